# An uncaught KeyboardInterrupt prints its traceback and ends the process by SIGINT
# (exit status -2 seen from the parent), even while other threads run.
import os, signal, threading, time

def spin():
    while True:
        sum(range(50))
threading.Thread(target=spin, daemon=True).start()
threading.Thread(target=lambda: (time.sleep(0.2), os.kill(os.getpid(), int(signal.SIGINT)))).start()
print("sleeping", flush=True)
time.sleep(30)
print("not reached")
