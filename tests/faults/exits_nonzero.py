import os

if __name__ == "__main__":
    with open(os.environ["FAULT_PIDS"], "w") as pids:
        print(os.getpid(), file=pids)
    print("about to fail")
    raise SystemExit(3)
