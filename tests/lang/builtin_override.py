import builtins
orig_print = print
def print(*a, **k):
    orig_print("[custom]", *a, **k)
print("hello")
del print
print("restored")
builtins.my_global_helper = lambda: "from builtins"
print(my_global_helper())
del builtins.my_global_helper
try:
    my_global_helper()
except NameError as e:
    print("NameError", e)
class list(list):
    def first(self): return self[0]
print(list([5, 6]).first(), type(list()).__name__, [].__class__ is builtins.list)
del list
print(list("ab"))
len = 5
print(len)
del len
print(len("abc"))
