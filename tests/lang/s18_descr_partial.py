# Descriptors that define only some of __get__/__set__/__delete__.
class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)


class DeleteOnly:
    def __get__(self, obj, owner=None):
        return "DeleteOnly.__get__"

    def __delete__(self, obj):
        print("DeleteOnly.__delete__")


class SetNoDelete:
    def __get__(self, obj, owner=None):
        return "SetNoDelete.__get__"

    def __set__(self, obj, value):
        print("SetNoDelete.__set__", value)


class Holder:
    s = SetOnly()
    d = DeleteOnly()
    n = SetNoDelete()


h = Holder()
h.s = 1
print(type(h.s).__name__)  # no __get__, nothing in the dict: the descriptor itself
h.__dict__["s"] = "from the instance dict"
print(h.s)  # a data descriptor without __get__ lets the dict answer
del h.d
try:
    h.d = 2
except AttributeError as e:
    print("AttributeError", e)
h.n = 3
try:
    del h.n
except AttributeError as e:
    print("AttributeError", e)
h.__dict__["d"] = "shadowed?"
print(h.d, h.n)


# On a metaclass, the same rules apply to class attributes.
class Meta(type):
    s = SetOnly()


class K(metaclass=Meta):
    pass


print(type(K.s).__name__)
K.s = 5
