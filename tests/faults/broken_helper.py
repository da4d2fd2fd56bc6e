def greet():
    print("hello"))
