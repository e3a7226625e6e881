import threading, sys, re
norm = lambda s: re.sub(r"0x[0-9a-f]+", "ADDR", re.sub(r"owner=\d+", "owner=N", s))
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced":
        events.append(event)
    return tracer
def traced():
    x = 1
    return x
threading.settrace(tracer)
print(threading.gettrace() is tracer)
t = threading.Thread(target=traced); t.start(); t.join(5)
threading.settrace(None)
print(type(events).__name__)
prof = []
def profiler(frame, event, arg):
    if frame.f_code.co_name == "traced":
        prof.append(event)
threading.setprofile(profiler)
print(threading.getprofile() is profiler)
t = threading.Thread(target=traced); t.start(); t.join(5)
threading.setprofile(None)
print(type(prof).__name__)
r = threading.RLock()
print(norm(repr(r)))
r.acquire(); r.acquire()
print(norm(repr(r)))
r.release(); r.release()
c = threading.Condition(r)
print(norm(repr(c)))
s = threading.Semaphore(2)
print(norm(repr(s)))
print(norm(repr(threading.BoundedSemaphore(3))))
print(norm(repr(threading.Event())))
print(norm(repr(threading.Barrier(2))))
print(threading.stack_size())
