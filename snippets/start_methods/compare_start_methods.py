# snippet: alone
import multiprocessing as mp
import os
import time

setting = "default"  # changed below, inside the __main__ guard
executed_in = os.getpid()  # which process ran this file's top level


def probe(main_pid, answers):
    me = mp.current_process()
    answers.put({
        "setting seen by child": setting,
        "file run again in child": executed_in == os.getpid(),
        "os.getppid() is main": os.getppid() == main_pid,
        "parent_process() is main": mp.parent_process().pid == main_pid,
        "Process name": me.name.split("-")[0] + "-N",
    })


def pool_worker_name(_):
    return mp.current_process().name.split("-")[0] + "-N"


def start_and_join(context):
    """Seconds to start a process that does nothing, and wait for it."""
    began = time.perf_counter()
    child = context.Process(target=os.getpid)
    child.start()
    child.join()
    return time.perf_counter() - began


if __name__ == "__main__":
    setting = "changed in __main__"
    rows = {}
    for method in ("fork", "forkserver", "spawn"):
        if method not in mp.get_all_start_methods():
            continue
        context = mp.get_context(method)
        answers = context.Queue()
        child = context.Process(target=probe, args=(os.getpid(), answers))
        child.start()
        rows[method] = answers.get()
        child.join()
        with context.Pool(1) as pool:
            name = pool.apply(pool_worker_name, (0,))
        rows[method]["Pool worker name"] = name
        start_and_join(context)  # not timed: the first one may set things up
        rows[method]["start + join, ms"] = round(
            1000 * min(start_and_join(context) for _ in range(5)), 1)
    if "fork" in rows:  # not on Windows
        fork_ms = rows["fork"]["start + join, ms"]
        for method in rows:
            ratio = rows[method]["start + join, ms"] / fork_ms
            rows[method]["start + join, x fork"] = round(ratio, 1)

    methods = list(rows)
    print(f"{'':<26}" + "".join(f"{m:<24}" for m in methods))
    for question in rows[methods[0]]:
        answers = [str(rows[m][question]) for m in methods]
        print(f"{question:<26}" + "".join(f"{a:<24}" for a in answers))
