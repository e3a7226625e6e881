class Cm:
    @classmethod
    @property
    def cp(cls): return 'cp ' + cls.__name__
    @classmethod
    def plain(cls): return cls.__name__
class Sub(Cm): pass
print(Cm.cp, Cm().cp, Sub.cp, Sub().cp, Cm.plain(), Sub().plain())
print(classmethod(property(lambda c: c.__name__)).__get__(None, Sub))
class Sup(Cm):
    @classmethod
    def f(cls): return super().plain()
print(Sup.f())
l = [3, 1, 2]
for r in [None, 'x', 1.5, 2, 0]:
    try: print(sorted(l, reverse=r))
    except Exception as e: print(type(e).__name__, e)
b = [1, 2, 3, 4]
for v in [5, None]:
    try: b[::2] = v
    except Exception as e: print(type(e).__name__, e)
    try: b[1:2] = v
    except Exception as e: print(type(e).__name__, e)
    try: b[::-1] = v
    except Exception as e: print(type(e).__name__, e)
