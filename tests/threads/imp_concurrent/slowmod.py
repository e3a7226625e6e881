import time
A = 1
time.sleep(0.2)
def late():
    return "late ok"
