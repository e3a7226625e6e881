# Instance attributes that shadow methods, however they get into the instance dict,
# and methods that reappear when the shadowing attribute goes away.
class A:
    def m(self):
        return "method"

    def n(self):
        return "n-method"


a = A()
calls = []
for step in range(6):
    if step == 1:
        a.m = lambda: "attr"
    elif step == 2:
        del a.m
    elif step == 3:
        a.__dict__["m"] = lambda: "via __dict__"
    elif step == 4:
        vars(a).clear()
    elif step == 5:
        a.__dict__.update({"m": lambda: "via update", "n": lambda: "n via update"})
    calls.append((a.m(), a.n()))
for c in calls:
    print(c)

d = {}
for i in range(100):
    d["k%d" % i] = i
print(sum(d.get("k%d" % i, 0) for i in range(200)))
d.clear()
print(d.get("k1"), len(d))
d["k1"] = 5
print(d.get("k1"), d.get("k2", "missing"))
setattr(a, "n", lambda: "setattr")
print(a.n())
delattr(a, "n")
print(a.n())
