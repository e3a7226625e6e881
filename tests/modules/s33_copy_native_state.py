# copy/pickle of objects with native state (mappingproxy, dict views, staticmethod,
# classmethod, property, getset_descriptor, and subclasses) fail with CPython's
# "cannot pickle" from protocol 2 on; below protocol 2 a heap subclass reduces.
import copy, pickle, types
class SM(staticmethod): pass
class PR(property): pass
for o in [types.MappingProxyType({}), {}.keys(), {}.values(), {}.items(), staticmethod(len), classmethod(len), property(), SM(len), PR(), int.__dict__['real'], type.__dict__['__name__']]:
    for f in [copy.copy, copy.deepcopy, pickle.dumps, lambda o: o.__reduce_ex__(2), lambda o: o.__reduce_ex__(0)]:
        try: r = f(o); print(type(o).__name__, 'ok', type(r).__name__)
        except Exception as e: print(type(o).__name__, type(e).__name__, e)
