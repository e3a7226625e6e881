class Plugin:
    plugins = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.plugins[cls.plugin_name] = cls
class A(Plugin): pass
class B(Plugin, name="bee"): pass
class C(B): pass
print(sorted(Plugin.plugins), C.plugin_name, B.plugin_name)
try:
    class D(Plugin, unknown=1): pass
except TypeError as e:
    print("TypeError", e)
class Ordered:
    def __init_subclass__(cls):
        cls.fields = [k for k in cls.__dict__ if not k.startswith("_")]
class Rec(Ordered):
    z = 1
    a = 2
    def m(self): pass
print(Rec.fields)
class Gen:
    def __class_getitem__(cls, params):
        return f"{cls.__name__} with {params}"
print(Gen[int], Gen[int, str], Gen["x"])
class Sub(Gen): pass
print(Sub[float])
print(list[int], tuple[int, ...], dict[str, list[int]], type(list[int]).__name__, list[int].__origin__, list[int].__args__)
print(list[int]([1, 2]), isinstance([], list), int | str, (int | None).__args__)
