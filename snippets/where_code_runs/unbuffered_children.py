import os
import subprocess
import sys
from pathlib import Path

PROGRAM = Path(__file__).with_name("lines_lost_without_flush.py")

if __name__ == "__main__":
    for shown, options, variables in [
        ("python -u", ["-u"], {}),
        ("PYTHONUNBUFFERED=1 python", [], {"PYTHONUNBUFFERED": "1"}),
    ]:
        print(f"$ {shown} {PROGRAM.name} | cat", flush=True)
        subprocess.run([sys.executable, *options, PROGRAM],
                       env={**os.environ, **variables})
