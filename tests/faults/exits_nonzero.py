import os
from pathlib import Path

if __name__ == "__main__":
    Path("pids.txt").write_text(f"{os.getpid()}\n")
    print("about to fail")
    raise SystemExit(3)
