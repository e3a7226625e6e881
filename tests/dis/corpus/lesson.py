# The lesson's own code ("Overcoming the Limitations of Threads"), as it writes it.
import threading
import time
import statistics


def open_emails():
    emails = []
    with open('../data/Emails.csv') as f:
        data = f.read()
    return data


def loop():
    for i in range(5):
        print(i)


times = []

for i in range(100):
    start = time.time()
    open_emails()
    times.append(time.time() - start)

print(statistics.median(times))

threaded_times = []

for i in range(100):

    start = time.time()

    thread1 = threading.Thread(target=open_emails)
    thread2 = threading.Thread(target=open_emails)
    thread1.start()
    thread2.start()
    thread1.join()
    thread2.join()

    threaded_times.append(time.time() - start)

print(statistics.median(threaded_times))
