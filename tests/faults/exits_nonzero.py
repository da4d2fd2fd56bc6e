import os

if __name__ == "__main__":
    with open(os.path.join(os.environ["FAULT_PIDS"], "exits_nonzero"), "w") as pids:
        print(os.getpid(), file=pids)
    print("about to fail")
    raise SystemExit(3)
