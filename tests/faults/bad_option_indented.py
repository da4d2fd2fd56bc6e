import sys

if __name__ == "__main__":
    # snippet: exit=1
    sys.exit(1)
