# __prepare__ must return a mapping.
class M(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return 5


try:

    class A(metaclass=M):
        pass

except TypeError as e:
    print("TypeError", e)


class NotAType:
    @staticmethod
    def __prepare__(*a):
        return None

    def __call__(self, *a):
        return "made"


try:

    class B(metaclass=NotAType()):
        pass

except TypeError as e:
    print("TypeError", e)


class ListNS:
    @staticmethod
    def __prepare__(*a):
        return [0]


try:

    class C(metaclass=ListNS):
        pass

except Exception as e:
    print(type(e).__name__, e)


class Custom(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        class NS(dict):
            def __setitem__(self, k, v):
                print("namespace gets", k)
                super().__setitem__(k, v)

        return NS()


class D(metaclass=Custom):
    x = 1
print(D.x)
