class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
l = [D(1), D(2), D(3)]
del l
t = (D(4), D(5), D(6))
del t
def f():
    x = [D(7), D(8)]
    y = (D(9), D(10))
f()
print("end")
