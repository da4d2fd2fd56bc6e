import multiprocessing as mp

from process_facts_fork import main

if __name__ == "__main__":
    mp.set_start_method("spawn")  # the only change from the fork example
    main()
