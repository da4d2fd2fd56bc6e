import os

if __name__ == "__main__":
    with open(os.path.join(os.environ["FAULT_PIDS"], "floods"), "w") as pids:
        print(os.getpid(), file=pids)
    while True:  # an accidental endless print loop
        print("again and again and again")
