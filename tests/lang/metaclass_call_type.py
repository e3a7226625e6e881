class M(type):
    __call__ = dict
class C(metaclass=M):
    pass
print(C(a=1), C([(1, 2)]))
