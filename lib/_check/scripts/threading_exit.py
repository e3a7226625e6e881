import threading, time
def late():
    time.sleep(0.05)
    print('late non-daemon done')
def forever():
    time.sleep(30)
threading.Thread(target=late).start()
threading.Thread(target=forever, daemon=True).start()
print('main done')
