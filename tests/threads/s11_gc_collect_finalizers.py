# gc.collect() in a function runs the finalizers of objects another thread released.
import gc
import threading

log = []


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        log.append(self.n)


def main():
    box = [[D(i) for i in range(10)]]
    done = threading.Event()

    def worker():
        box.pop()  # the worker drops the last reference to the main thread's list
        done.set()

    t = threading.Thread(target=worker)
    t.start()
    done.wait()
    gc.collect()
    print(sorted(log))
    t.join()


main()
