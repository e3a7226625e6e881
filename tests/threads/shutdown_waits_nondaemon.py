import threading, time, sys, atexit
atexit.register(lambda: print("atexit runs after non-daemon threads finished"))
def slow():
    time.sleep(0.3)
    print("non-daemon finished", flush=True)
def forever():
    while True:
        time.sleep(0.01)
threading.Thread(target=slow).start()
threading.Thread(target=forever, daemon=True).start()
print("main done", threading.active_count())
raise SystemExit(3)
