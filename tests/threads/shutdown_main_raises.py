import threading, time
def slow():
    time.sleep(0.3)
    print("non-daemon finished", flush=True)
threading.Thread(target=slow).start()
print("main raising")
raise ValueError("main failed")
