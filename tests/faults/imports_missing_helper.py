import os

import no_such_helper  # a sibling module that does not exist

if __name__ == "__main__":
    no_such_helper.greet(os.getpid())
