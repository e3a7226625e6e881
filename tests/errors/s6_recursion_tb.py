# runaway recursion: the traceback compresses repeated lines
def depth(n):
    return depth(n + 1) + 1
def walk(node):
    return walk(node["child"]) if node else 0
print(walk({"child": {"child": None}}))
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
def a(n): return b(n)
def b(n): return a(n)
a(1)
