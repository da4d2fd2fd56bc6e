from multiprocessing import Pool, Process, current_process


def start_a_child():
    me = current_process()
    try:
        Process(target=print, args=("never printed",)).start()
    except AssertionError as error:
        # flush: a Pool's workers are stopped, not ended, when it closes
        print(f"{me.name} (daemon={me.daemon}): {error}", flush=True)


if __name__ == "__main__":
    helper = Process(target=start_a_child, name="helper", daemon=True)
    helper.start()
    helper.join()
    with Pool(processes=1) as pool:  # a Pool's workers are daemons too
        pool.apply(start_a_child)
