import os
os.environ["WEFT_A"] = "1"
os.environ.setdefault("WEFT_B", "2")
os.environ.setdefault("WEFT_A", "ignored")
print(os.environ["WEFT_A"], os.environ["WEFT_B"], os.getenv("WEFT_A"), "WEFT_B" in os.environ)
print(os.environ.pop("WEFT_A"), os.environ.get("WEFT_A", "gone"))
try:
    os.environ["WEFT_X"] = 1
except TypeError as e:
    print("TypeError", e)
print(type(os.environ).__name__, isinstance(os.environ.copy(), dict))
del os.environ["WEFT_B"]
print(os.getenv("WEFT_B"))
print(os.path.join(os.curdir, "x"), os.getcwd() == os.path.abspath("."), os.path.isabs(os.getcwd()))
print(os.path.basename(os.getcwd()) != "", os.sep.join(["a", "b"]), os.devnull)
print(type(os.times()).__name__ if hasattr(os, "times") else "times_result", os.getpid() > 0, os.getppid() > 0 if hasattr(os, "getppid") else True)
print(len(os.urandom(16)), type(os.urandom(0)).__name__, os.cpu_count() >= 1, os.get_terminal_size.__name__)
with open(os.devnull, "w") as f:
    print(f.write("discarded"))
