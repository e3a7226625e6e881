# hasattr(cls, name) and the kind of descriptor CPython keeps in the class's namespace.
import types
def f(a=1): yield a
checks = [(complex,'real'),(complex,'imag'),(range,'start'),(range,'stop'),(range,'step'),(slice,'start'),(slice,'stop'),(slice,'step'),
 (BaseException,'args'),(BaseException,'__traceback__'),(BaseException,'__cause__'),(BaseException,'__context__'),(BaseException,'__suppress_context__'),
 (StopIteration,'value'),(OSError,'errno'),(OSError,'strerror'),(OSError,'filename'),(OSError,'filename2'),(SyntaxError,'msg'),(KeyError,'args'),(Exception,'args'),
 (types.FunctionType,'__code__'),(types.FunctionType,'__defaults__'),(types.FunctionType,'__globals__'),(types.FunctionType,'__kwdefaults__'),(types.FunctionType,'__closure__'),(types.FunctionType,'__name__'),(types.FunctionType,'__qualname__'),
 (types.GeneratorType,'gi_code'),(types.GeneratorType,'gi_frame'),(types.GeneratorType,'gi_running'),(types.GeneratorType,'gi_yieldfrom'),(types.GeneratorType,'__name__'),
 (type,'__name__'),(type,'__qualname__'),(type,'__bases__'),(type,'__mro__'),(int,'real'),(int,'imag'),(float,'real'),(ImportError,'name'),(StopIteration,'args'),(SystemExit,'code')]
for cls, name in checks:
    d = None
    for k in cls.__mro__:
        if name in k.__dict__:
            d = k.__dict__[name]; break
    print(cls.__name__, name, hasattr(cls, name), type(d).__name__ if d is not None else None, type(getattr(cls, name, None)).__name__)
print(type(type.__dict__['__name__']).__name__, type(Exception.__dict__.get('args')).__name__)
