from multiprocessing import Process, current_process

from busy_work import ONE_UNIT, busy_work


def work_and_report():
    me = current_process()
    print(f"{me.name} (pid {me.pid}): crunching", flush=True)
    busy_work(ONE_UNIT)
    print(f"{me.name} (pid {me.pid}): done", flush=True)


if __name__ == "__main__":
    named = Process(target=work_and_report, name="cruncher")
    unnamed = Process(target=work_and_report)  # gets a default name
    named.start()
    unnamed.start()
    named.join()
    unnamed.join()
    print(f"main process: {current_process().name}")
