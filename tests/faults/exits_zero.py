if __name__ == "__main__":
    print("all is well")
