# posix functions take ints through __index__ (IntEnum members such as signal.SIGINT).
import os
import signal
import enum
import time


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


got = []
old = signal.signal(signal.SIGINT, lambda s, f: got.append(s))
os.kill(os.getpid(), signal.SIGINT)
for _ in range(100):
    if got:
        break
    time.sleep(0.01)
print("handled:", got == [signal.SIGINT], type(got[0]).__name__ if got else None)
signal.signal(signal.SIGINT, old)

os.kill(os.getpid(), Idx(0))
print("kill 0 ok")


class Mode(enum.IntEnum):
    R = os.R_OK
    W = os.W_OK


print(os.access(".", Mode.R), os.access(".", Idx(os.R_OK)))
print(os.strerror(Idx(2)))

r, w = os.pipe()
print(os.write(Idx(w), b"hello"))
print(os.read(Idx(r), Idx(3)), os.read(r, True))
os.close(Idx(w))
os.close(r)

for bad in (1.5, "3", None, [1]):
    try:
        os.strerror(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    os.kill(os.getpid(), 2.0)
except TypeError as e:
    print("TypeError:", e)


class BadIdx:
    def __index__(self):
        return "x"


try:
    os.strerror(BadIdx())
except TypeError as e:
    print("TypeError:", e)
m = os.umask(Idx(0o22))
os.umask(m)
print("umask ok")
