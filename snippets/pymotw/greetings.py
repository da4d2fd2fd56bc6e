"""A module that only defines a function: importing it starts nothing."""


def greet():
    print("greetings from a function defined in greetings.py")
