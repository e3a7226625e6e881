# An uncaught exception is kept in sys.last_type/last_value/last_traceback (atexit
# handlers see it); its frames' locals are released before __main__'s globals.
import atexit
import sys


class R:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n, R.__name__, file=sys.stderr)


def report():
    print("atexit:", sys.last_type.__name__, repr(sys.last_value), sys.last_traceback.tb_next.tb_frame.f_code.co_name)


atexit.register(report)
print(hasattr(sys, "last_value"))
g = R("global")


def work():
    local = R("local")
    raise ValueError("boom")


work()
