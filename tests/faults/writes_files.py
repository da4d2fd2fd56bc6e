import os
from pathlib import Path

if __name__ == "__main__":
    Path("notes.txt").write_text("written by the snippet\n")
    Path(__file__).with_name("beside_me.txt").write_text("me too\n")
    print("wrote", Path("notes.txt").resolve().relative_to(Path.cwd()))
    print("I am", __file__)
