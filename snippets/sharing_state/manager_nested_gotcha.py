from multiprocessing import Manager, Process


def add_a_line(shared, settings):
    shared["lines"].append("from the child")  # appends to a copy
    settings.lines.append("from the child")  # the same: a copy


if __name__ == "__main__":
    with Manager() as manager:
        shared = manager.dict(lines=[])
        settings = manager.Namespace(lines=[])
        child = Process(target=add_a_line, args=(shared, settings))
        child.start()
        child.join()
        print("child exit code:", child.exitcode)
        print('shared["lines"] is', shared["lines"])
        print("settings.lines is", settings.lines)
