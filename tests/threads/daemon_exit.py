import threading, time
def forever():
    while True:
        time.sleep(0.01)
t = threading.Thread(target=forever, daemon=True)
t.start()
finished = []
def short():
    time.sleep(0.05)
    finished.append(1)
    print("non-daemon thread finished")
threading.Thread(target=short).start()
print("main exits; waits for non-daemon, not for daemon")
