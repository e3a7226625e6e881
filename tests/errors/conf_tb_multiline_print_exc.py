def f(a, b):
    return a / b + \
        compute(a,
                b)

def compute(x, y):
    return [x ** y for _ in range(2)][5]

def g():
    result = f(1, 2) * \
        3
    return result

class Thing:
    def __getitem__(self, k):
        return self.data[k]

try:
    g()
except IndexError as e:
    print("caught", e)
    import traceback
    traceback.print_exc()
t = Thing()
obj = {"x": {"y": t}}
obj["x"]["y"]["z"]
