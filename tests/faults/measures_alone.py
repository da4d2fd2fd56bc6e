# snippet: alone
import time

if __name__ == "__main__":
    started = time.perf_counter()
    time.sleep(1)
    print(f"slept {time.perf_counter() - started:.1f} s")
