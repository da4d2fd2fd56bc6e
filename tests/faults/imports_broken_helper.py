import broken_helper

if __name__ == "__main__":
    broken_helper.greet()
