import builtins
def tree(cls, depth=0):
    print("  " * depth + cls.__name__)
    subs = [c for c in cls.__subclasses__() if c.__module__ == "builtins"]
    for c in sorted(subs, key=lambda c: c.__name__):
        tree(c, depth + 1)
tree(BaseException)
names = sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
print(len(names), names)
print(IOError is OSError, EnvironmentError is OSError)
