import threading, time, sys
def worker():
    time.sleep(0.2)
    print("worker sees main alive:", threading.main_thread().is_alive(), flush=True)
threading.Thread(target=worker).start()
sys.exit(0)
