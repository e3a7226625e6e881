# The dis API: get_instructions, Instruction fields, Bytecode, code_info, show_code,
# findlabels, findlinestarts, disassemble, classes, methods, strings, modules.
import dis
import io
import re
import types


def clean(text):
    return re.sub(r"at 0x[0-9a-f]+", "at 0x?", text)


def show(x, **kw):
    buf = io.StringIO()
    dis.dis(x, file=buf, **kw)
    print(clean(buf.getvalue()), end="")


def loop():
    for i in range(5):
        print(i)


def branchy(x):
    if x:
        return 1
    while x < 10:
        x += 1
    try:
        x = 1 / x
    except ZeroDivisionError:
        x = 0
    return x


class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    @staticmethod
    def kind():
        return "shape"

    @classmethod
    def make(cls):
        return cls("x")

    @property
    def label(self):
        return self.name.upper()


def outer(a):
    def inner(b):
        return a + b
    return [inner(x) for x in range(a)]


# Instruction named tuples
for ins in dis.get_instructions(loop):
    print(ins.opname, ins.opcode, ins.arg, repr(ins.argval), repr(ins.argrepr), ins.offset,
          ins.starts_line, ins.is_jump_target, tuple(ins.positions))
ins = next(iter(dis.get_instructions(loop)))
print(type(ins).__name__, ins._fields, isinstance(ins, tuple))
print(ins == dis.Instruction(*ins), ins.positions == dis.Positions(*ins.positions))
print(dis.Positions._fields)
print([i.opname for i in dis.get_instructions("a = b + 1")])
print([i.argval for i in dis.get_instructions(loop, first_line=100) if i.starts_line])

# jump targets, labels, line starts
print(dis.findlabels(branchy.__code__.co_code))
print([i.offset for i in dis.get_instructions(branchy) if i.is_jump_target])
print(list(dis.findlinestarts(branchy.__code__)))
print(list(dis.findlinestarts(loop.__code__)))

# Bytecode
bc = dis.Bytecode(loop)
print([i.opname for i in bc])
print(bc.codeobj is loop.__code__, bc.first_line, bc.current_offset)
print(bc.dis(), end="")
print(dis.Bytecode(loop, first_line=10).dis(), end="")
print(dis.Bytecode(loop, current_offset=14).dis(), end="")
print(clean(bc.info()))
print(clean(dis.Bytecode(outer).info()))
print(repr(dis.Bytecode("x + 1")))

# code_info / show_code on functions, methods, code objects and source
print(clean(dis.code_info(loop)))
print(clean(dis.code_info(Shape.area)))
print(clean(dis.code_info("x = y * 2")))
buf = io.StringIO()
dis.show_code(outer, file=buf)
print(clean(buf.getvalue()), end="")
print(dis.pretty_flags(3), "|", dis.pretty_flags(0x20 | 0x1), "|", dis.pretty_flags(0))

# disassemble a code object (no recursion) and with a current instruction
buf = io.StringIO()
dis.disassemble(outer.__code__, file=buf)
print(clean(buf.getvalue()), end="")
buf = io.StringIO()
dis.disassemble(loop.__code__, lasti=8, file=buf)
print(buf.getvalue(), end="")

# dis of methods, classes, code objects, source strings and modules
show(Shape.area)
show(Shape("s").area)
show(Shape)
show(outer)
show(outer, depth=0)
show(outer.__code__)
show("x = [i for i in y]")
show("a if b else c")
mod = types.ModuleType("m")
exec("def f(x):\n    return x * 2\nclass K:\n    def m(self):\n        return 1\nv = 3\n",
     mod.__dict__)
show(mod)
try:
    dis.dis(42)
except TypeError as e:
    print("TypeError:", e)
try:
    dis.code_info(3.5)
except TypeError as e:
    print("TypeError:", e)

# opcode tables
print(dis.opname[dis.opmap["FOR_ITER"]], dis.opmap["RETURN_VALUE"], dis.HAVE_ARGUMENT,
      dis.EXTENDED_ARG)
print(sorted(dis.hasjrel))
print(dis.hasjabs, dis.hasconst, dis.hascompare, dis.hasfree, dis.hasnargs)
print(sorted(dis.hasname), sorted(dis.haslocal))
print(dis.cmp_op, len(dis.opname), dis.opname[:6])
print(dis.stack_effect(dis.opmap["LOAD_CONST"], 0), dis.stack_effect(dis.opmap["POP_TOP"]),
      dis.stack_effect(dis.opmap["BUILD_LIST"], 3),
      dis.stack_effect(dis.opmap["FOR_ITER"], 4, jump=True),
      dis.stack_effect(dis.opmap["FOR_ITER"], 4, jump=False))
try:
    dis.stack_effect(dis.opmap["LOAD_CONST"])
except ValueError as e:
    print("ValueError:", e)
try:
    dis.stack_effect(dis.opmap["POP_TOP"], 1)
except ValueError as e:
    print("ValueError:", e)


# raw bytecode
def countdown(x):
    while x:
        x -= 1


show(countdown.__code__.co_code)
print(dis.findlabels(countdown.__code__.co_code))
print([(i.argval, i.argrepr) for i in dis.get_instructions("f(a=1)") if i.opname == "KW_NAMES"])


# tracebacks: the instruction that raised is marked with -->
def fails(d):
    x = 1
    return d["missing"] + x


try:
    fails({})
except KeyError:
    import sys
    tb = sys.exc_info()[2]
    buf = io.StringIO()
    dis.distb(tb.tb_next, file=buf)
    print(buf.getvalue(), end="")
    buf = io.StringIO()
    dis.distb(tb, file=buf)
    print(clean(buf.getvalue()).count("-->"))
    print(dis.Bytecode.from_traceback(tb).current_offset == tb.tb_next.tb_lasti)
    print(dis.Bytecode.from_traceback(tb).dis(), end="")
