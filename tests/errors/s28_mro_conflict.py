class A: pass
class B: pass
class X(A, B): pass
class Y(B, A): pass
class O: pass
class P(O): pass
for make in (lambda: type("Z", (X, Y), {}), lambda: type("Z2", (O, P), {}),
             lambda: type("Z3", (A, X), {}), lambda: type("Z4", (X, Y, O), {}),
             lambda: type("Z5", (A, A), {}), lambda: type("Z6", (O, X, P), {})):
    try:
        make()
    except TypeError as e:
        print(e)
def cls_stmt():
    class Q(X, Y):
        pass
try:
    cls_stmt()
except TypeError as e:
    print("class statement:", e)
