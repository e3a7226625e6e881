import atexit
def first():
    print("first registered, runs last")
def second(x, y=0):
    print("second registered", x, y)
atexit.register(first)
atexit.register(second, 1, y=2)
@atexit.register
def third():
    print("decorated handler")
def never():
    print("never")
atexit.register(never)
atexit.unregister(never)
print("main done")
