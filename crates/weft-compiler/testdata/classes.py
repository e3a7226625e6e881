class A:
    x: int
    y: str = "s"
    def __init__(self, v):
        self.__v = v
    @property
    def v(self):
        return self.__v
    class Inner:
        def m(self):
            def deep():
                pass
            return deep
class B(A, metaclass=Meta, k=1):
    def m(self):
        return super().m()
def f():
    class Local:
        pass
    return Local
