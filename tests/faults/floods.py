import os

if __name__ == "__main__":
    with open(os.environ["FAULT_PIDS"], "w") as pids:
        print(os.getpid(), file=pids)
    while True:  # an accidental endless print loop
        print("again and again and again")
