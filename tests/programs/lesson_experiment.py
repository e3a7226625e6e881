import threading, time, statistics, tempfile, os, csv
d = tempfile.mkdtemp()
path = os.path.join(d, "Emails.csv")
with open(path, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["Id", "MetadataSubject", "ExtractedBodyText"])
    for i in range(500):
        w.writerow([i, f"Subject {i}", "Line one\nLine two, with comma\n\"quoted\" " * (i % 5)])
def open_emails():
    emails = []
    with open(path) as f:
        data = f.read()
    return data
times = []
for i in range(20):
    start = time.time()
    open_emails()
    times.append(time.time() - start)
threaded_times = []
for i in range(20):
    start = time.time()
    thread1 = threading.Thread(target=open_emails)
    thread2 = threading.Thread(target=open_emails)
    thread1.start()
    thread2.start()
    thread1.join()
    thread2.join()
    threaded_times.append(time.time() - start)
print(type(statistics.median(times)).__name__, type(statistics.median(threaded_times)).__name__)
print(len(open_emails()))
with open(path, newline="") as f:
    rows = list(csv.reader(f))
print(len(rows), rows[0], rows[3])
def loop():
    for i in range(5):
        print(i)
loop()
os.remove(path)
os.rmdir(d)
