from multiprocessing import Pipe, Process


def send_lines(conn):
    for n in range(3):
        conn.send(f"line {n}")
    conn.close()  # the child's copy of the writing end


if __name__ == "__main__":
    reader, writer = Pipe(duplex=False)  # one-way: reader <- writer
    child = Process(target=send_lines, args=(writer,))
    child.start()
    for _ in range(3):
        print("got", reader.recv())
    child.join()
    print("child has exited; anything to read?", reader.poll(0.5))
    writer.close()  # our own copy of the writing end
    print("our copy closed too; anything to read?", reader.poll(0.5))
    try:
        reader.recv()
    except EOFError:
        print("recv() raised EOFError: no writing end is left open")
