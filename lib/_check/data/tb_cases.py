# Cases for traceback_check.py: each function raises something.
import json


class Custom(Exception):
    pass


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no")


def binop_simple():
    x = 1
    return x / 0


def binop_parens():
    a = 1
    return (a) + 'b'


def binop_chain():
    a, b, c = 1, 2, None
    return a + b * c


def binop_pow():
    return 2 ** 'x'


def binop_nospace():
    return 1+'a'


def binop_floordiv():
    y = 0
    return 10 // y


def subscript():
    d = {'a': 1}
    return d['b']


def subscript_nested():
    d = {'a': {'b': 1}}
    return d['a']['c'] + 1


def subscript_spaces():
    lst = [1, 2]
    value = lst [ 5 ]
    return value


def attr():
    x = None
    return x.foo


def call_middle():
    return len(5) + 1


def call_whole():
    int('x')


def method_call():
    s = "abc"
    return s.index('z')


def nested_call():
    return json.loads('{bad')


def multiline():
    return max(
        1,
        'a')


def multiline_binop():
    return (1 +
            'a')


def unicode_line():
    s = 'héllo'
    return s + 1


def raise_plain():
    raise Custom("custom message")


def raise_empty():
    raise ValueError


def raise_badstr():
    raise BadStr()


def raise_from():
    try:
        {}['k']
    except KeyError as e:
        raise ValueError("converted") from e


def raise_context():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("during")


def raise_suppress():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("suppressed") from None


def raise_chain3():
    try:
        try:
            raise KeyError('a')
        except KeyError as e:
            raise ValueError('b') from e
    except ValueError:
        raise RuntimeError('c')


def recurse(n=0):
    return recurse(n + 1) if n < 30 else 1 / 0


def recurse_mutual(n=0):
    if n > 20:
        raise OverflowError("deep")
    return recurse_mutual2(n)


def recurse_mutual2(n):
    return recurse_mutual(n + 1)


def group():
    raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("inner", [TypeError(2), KeyError(3)])])


def group_raised():
    excs = []
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            excs.append(e)
    raise ExceptionGroup("many", excs)


def group_wide():
    raise ExceptionGroup("wide", [ValueError(i) for i in range(20)])


def notes():
    e = ValueError("with notes")
    e.add_note("first note")
    e.add_note("second\nmultiline")
    raise e


def syntax():
    compile("x = (1 +\n", "<src>", "exec")


def syntax2():
    compile("def f():\n    return 1 +* 2\n", "file.py", "exec")


def syntax3():
    compile("  x = $", "f.py", "exec")


def syntax_eval():
    eval("1 +")


def module_exc():
    json.loads("[1,")


def keyerror_tuple():
    raise KeyError((1, 2))


def lambda_err():
    f = lambda x: x.nope
    return f(1)


def comprehension():
    return [1 / x for x in [1, 0]]


def gen():
    def g():
        yield 1
        raise StopIteration
    return list(g())


def assertion():
    assert 1 == 2, "math is broken"


def string_concat():
    a = "x"
    b = 3
    return a + \
        b


def subscript_call():
    def f():
        return [1]
    return f()[3]


def compare():
    return 1 < 'a'


def unary():
    return -'a'


def bool_op():
    x = None
    return x and x.y or x.z


def ternary():
    x = None
    return x.a if x else x.b


def tuple_op():
    return (1, 2) + 3


def list_op():
    return [1] * 'a'


def str_mod():
    return "%d" % 'x'


def string_brackets():
    return "[(" + 1


def fstring():
    v = 1
    return f"{v}" + v


CASES = [v for k, v in list(globals().items()) if callable(v) and not isinstance(v, type)
         and k not in ('recurse_mutual2',) and getattr(v, '__module__', None) == __name__]
