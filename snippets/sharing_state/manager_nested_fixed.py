from multiprocessing import Manager, Process


def add_a_line(shared, settings):
    shared["lines"].append("from the child")  # a list proxy: kept
    lines = settings.lines  # take a copy out...
    lines.append("from the child")
    settings.lines = lines  # ...and put it back: an assignment


if __name__ == "__main__":
    with Manager() as manager:
        shared = manager.dict(lines=manager.list())  # a proxy inside
        settings = manager.Namespace(lines=[])
        child = Process(target=add_a_line, args=(shared, settings))
        child.start()
        child.join()
        print('shared["lines"] is', list(shared["lines"]))
        print("settings.lines is", settings.lines)
