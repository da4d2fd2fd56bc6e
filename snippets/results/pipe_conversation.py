from multiprocessing import Pipe, Process


def shout_back(conn):
    while (text := conn.recv()) is not None:  # None means: we are done
        conn.send(text.upper())
    conn.close()


if __name__ == "__main__":
    here, there = Pipe()  # two connected ends, both can send and recv
    child = Process(target=shout_back, args=(there,))
    child.start()
    for word in ["hello", "pipe"]:
        here.send(word)
        print(f"sent {word!r}, got back {here.recv()!r}")
    here.send(None)
    child.join()
    print("child exit code:", child.exitcode)
