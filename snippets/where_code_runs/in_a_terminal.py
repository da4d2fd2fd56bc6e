# snippet: posix
from pathlib import Path

from terminal import run_in_a_terminal

HERE = Path(__file__).parent

if __name__ == "__main__":
    for name in ("lines_lost_without_flush.py",
                 "lines_grouped_without_flush.py"):
        print(f"$ python {name}")
        print(run_in_a_terminal(HERE / name), end="")
