from concurrent.futures import ProcessPoolExecutor


def parse(text):
    return int(text)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        futures = {text: executor.submit(parse, text)
                   for text in ["12", "twelve"]}
        for text, future in futures.items():
            error = future.exception()  # waits; None if it returned
            if error is None:
                print(f"{text!r}: result() is {future.result()}")
            else:
                print(f"{text!r}: exception() is {error!r}")
        try:
            futures["twelve"].result()  # raises the same exception
        except ValueError as error:
            print("result() raised ValueError; its cause holds the",
                  "worker's traceback:")
            print(error.__cause__)
