# Module-level objects read into locals (`y = G`), which weft's thread cache of globals
# now serves: rebinding frees the old object at once (its __del__ runs where CPython
# runs it), other threads' rebinding is seen, and reads stay correct while another
# thread rebinds globals many times.
import threading

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

OBJ = Noisy("first")
LST = [1, 2, 3]

def read():
    y = OBJ
    z = LST
    return y.name, len(z)

print(read())
print(read())
OBJ = Noisy("second")
print("rebound")
print(read())
LST = LST + [4]
print(read())

COUNT = 0
SEEN = []
def bump():
    global COUNT
    for _ in range(3000):
        COUNT += 1

def reader():
    total = 0
    for _ in range(3000):
        z = LST
        total += len(z)
    SEEN.append(total)

ts = [threading.Thread(target=bump), threading.Thread(target=reader)]
for t in ts: t.start()
for t in ts: t.join()
print(COUNT, SEEN)
del OBJ
print("end")
