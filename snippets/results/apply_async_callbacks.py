from multiprocessing import Pool


def parse(text):
    return int(text)


def on_result(number):  # runs in the parent, on a helper thread
    print("callback got", number)


def on_error(error):  # the same thread, with the exception object
    print("error_callback got", repr(error))


if __name__ == "__main__":
    with Pool(2) as pool:
        good = pool.apply_async(parse, ("12",), callback=on_result,
                                error_callback=on_error)
        bad = pool.apply_async(parse, ("twelve",), callback=on_result,
                               error_callback=on_error)
        pool.close()
        pool.join()  # every task done, every callback called
    print("good.successful():", good.successful(), "get():", good.get())
    print("bad.successful():", bad.successful())
    try:
        bad.get()
    except ValueError as error:
        print("bad.get() raised ValueError:", error)
