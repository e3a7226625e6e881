"""Disassembler of weft's bytecode, with CPython 3.11's listing format.

Follows https://docs.python.org/3.11/library/dis.html. weft's code objects hold
CPython 3.11 opcodes; offsets and jump arguments are computed as CPython lays the
bytecode out (inline caches included), so listings line up with ``python3 -m dis``.
"""

import sys
import collections
import _opcode
from opcode import (cmp_op, hasarg, hasconst, hasname, hasjrel, hasjabs,
                    haslocal, hascompare, hasfree, hasnargs, opname, opmap,
                    HAVE_ARGUMENT, EXTENDED_ARG, stack_effect, _nb_ops,
                    _inline_cache_entries)

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode", "Positions",
           "cmp_op", "hasarg", "hasconst", "hasname", "hasjrel", "hasjabs",
           "haslocal", "hascompare", "hasfree", "hasnargs", "opname", "opmap",
           "HAVE_ARGUMENT", "EXTENDED_ARG", "stack_effect"]

class _Unknown:
    def __repr__(self):
        return "<unknown>"


UNKNOWN = _Unknown()

_have_code = ((lambda: None).__code__.__class__,)
_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5

FORMAT_VALUE_CONVERTERS = ((None, ''), (str, 'str'), (repr, 'repr'), (ascii, 'ascii'))
MAKE_FUNCTION_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure')

Positions = collections.namedtuple(
    'Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
    defaults=[None] * 4)

_Instruction = collections.namedtuple(
    "_Instruction",
    ["opname", "opcode", "arg", "argval", "argrepr", "offset", "starts_line",
     "is_jump_target", "positions"],
    defaults=[None])


class Instruction(_Instruction):
    """Details for a bytecode operation (as dis.Instruction in CPython 3.11)."""

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        fields = []
        if lineno_width:
            if self.starts_line is not None:
                fields.append(str(self.starts_line).rjust(lineno_width))
            else:
                fields.append(' ' * lineno_width)
        fields.append('-->' if mark_as_current else '   ')
        fields.append('>>' if self.is_jump_target else '  ')
        fields.append(repr(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                fields.append('(' + self.argrepr + ')')
        return ' '.join(fields).rstrip()


def _localsplus_names(co):
    cells = [c for c in co.co_cellvars if c not in co.co_varnames]
    return list(co.co_varnames) + cells + list(co.co_freevars)


def _get_code_object(x):
    """Return the code object of a function, method, generator or source."""
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if isinstance(x, _have_code):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _try_compile(source, name):
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        pass
    return compile(source, name, 'exec')


def _get_instructions(co, first_line=None):
    localsplus = None
    consts = co.co_consts
    names = co.co_names
    varnames = co.co_varnames
    line_offset = 0 if first_line is None else first_line - co.co_firstlineno
    for (offset, name, op, arg, kind, raw, line, starts, is_target,
         target, pos) in _opcode.code_instructions(co):
        argval = None
        argrepr = ''
        if arg is not None:
            argval = arg
            if name == 'KW_NAMES':
                argval = UNKNOWN  # as CPython 3.11's dis shows it
            elif kind == 'const':
                argval = consts[arg]
                argrepr = repr(argval)
            elif kind == 'name':
                argval = names[arg]
                argrepr = argval
            elif kind == 'global':
                argval = names[arg >> 1]
                argrepr = ('NULL + ' + argval) if arg & 1 else argval
            elif kind == 'local':
                argval = varnames[arg]
                argrepr = argval
            elif kind == 'free':
                if localsplus is None:
                    localsplus = _localsplus_names(co)
                argval = localsplus[arg]
                argrepr = argval
            elif kind == 'jump':
                argval = target
                argrepr = "to " + repr(target)
            elif kind == 'compare':
                argval = cmp_op[arg]
                argrepr = argval
            elif kind == 'binop':
                argrepr = _nb_ops[arg][1]
            elif name == 'FORMAT_VALUE':
                argval, argrepr = FORMAT_VALUE_CONVERTERS[arg & 0x3]
                argval = (argval, bool(arg & 0x4))
                if argval[1]:
                    if argrepr:
                        argrepr += ', '
                    argrepr += 'with format'
            elif name == 'MAKE_FUNCTION':
                argrepr = ', '.join(s for i, s in enumerate(MAKE_FUNCTION_FLAGS)
                                    if arg & (1 << i))
        starts_line = (line + line_offset) if starts else None
        yield Instruction(name, op, arg, argval, argrepr, offset, starts_line,
                          is_target, Positions(*pos))


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """Iterator over the instructions of a function, method, code object or source."""
    return _instructions_for_jumps(_get_code_object(x), first_line)


def _instructions_for_jumps(co, first_line):
    # As in CPython 3.11, only jumps (not exception handlers) mark targets here.
    labels = set(findlabels(co.co_code))
    for ins in _get_instructions(co, first_line):
        if ins.is_jump_target and ins.offset not in labels:
            ins = ins._replace(is_jump_target=False)
        yield ins


def findlinestarts(code):
    """Yield (offset, lineno) pairs where source lines start."""
    for ins in _get_instructions(code):
        if ins.starts_line is not None:
            yield ins.offset, ins.starts_line


def _unpack_opargs(code):
    """(offset, opcode, arg or None) for each instruction of raw bytecode, skipping
    inline caches and folding EXTENDED_ARG prefixes into the argument."""
    ext = 0
    skip = 0
    for i in range(0, len(code) - 1, 2):
        if skip:
            skip -= 1
            continue
        op = code[i]
        skip = _inline_cache_entries[op]
        if op >= HAVE_ARGUMENT:
            arg = code[i + 1] | ext
            ext = (arg << 8) if op == EXTENDED_ARG else 0
        else:
            arg = None
            ext = 0
        yield i, op, arg


_BACKWARD_JUMPS = frozenset(op for name, op in opmap.items() if "JUMP_BACKWARD" in name)


def _jump_target(op, arg, offset):
    if op in hasjabs:
        return arg * 2
    if op in _BACKWARD_JUMPS:
        arg = -arg
    return offset + 2 + 2 * _inline_cache_entries[op] + arg * 2


def findlabels(code):
    """Offsets in raw bytecode (``co_code``) that are jump targets, in order of use."""
    labels = []
    for offset, op, arg in _unpack_opargs(code):
        if arg is not None and (op in hasjrel or op in hasjabs):
            label = _jump_target(op, arg, offset)
            if label not in labels:
                labels.append(label)
    return labels


def _raw_instructions(code):
    """Instructions of raw bytecode, without names or constants to resolve."""
    labels = set(findlabels(code))
    for offset, op, arg in _unpack_opargs(code):
        argval = arg
        argrepr = ''
        if arg is not None:
            if op in hasjrel or op in hasjabs:
                argval = _jump_target(op, arg, offset)
                argrepr = "to " + repr(argval)
            elif op in hascompare:
                argval = cmp_op[arg]
                argrepr = argval
            elif opname[op] == 'BINARY_OP':
                argrepr = _nb_ops[arg][1]
        yield Instruction(opname[op], op, arg, argval, argrepr, offset, None,
                          offset in labels, Positions())


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object."""
    _disassemble_bytes(co, lasti, file)


def _disassemble_bytes(co, lasti=-1, file=None, first_line=None):
    instrs = list(_get_instructions(co, first_line))
    maxline = max([i.starts_line for i in instrs if i.starts_line is not None] or [0])
    lineno_width = len(str(maxline)) if maxline >= 1000 else 3
    maxoffset = instrs[-1].offset if instrs else 0
    offset_width = len(str(maxoffset)) if maxoffset >= 10000 else 4
    for i, ins in enumerate(instrs):
        if ins.starts_line is not None and i > 0:
            print(file=file)
        print(ins._disassemble(lineno_width, ins.offset == lasti, offset_width),
              file=file)
    table = _opcode.exception_table(co)
    if table:
        print("ExceptionTable:", file=file)
        for start, end, target, depth, lasti_flag in table:
            lasti_s = " lasti" if lasti_flag else ""
            print(f"  {start} to {end - 2} -> {target} [{depth}]{lasti_s}", file=file)


def _disassemble_recursive(co, *, file=None, depth=None):
    disassemble(co, file=file)
    if depth is None or depth > 0:
        if depth is not None:
            depth = depth - 1
        for x in co.co_consts:
            if isinstance(x, _have_code):
                print(file=file)
                print("Disassembly of %r:" % (x,), file=file)
                _disassemble_recursive(x, file=file, depth=depth)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, generators, code objects and source."""
    if x is None:
        distb(file=file)
        return
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    if hasattr(x, '__dict__') and not isinstance(x, _have_code):
        items = sorted(x.__dict__.items())
        for name, x1 in items:
            if isinstance(x1, (classmethod, staticmethod)):
                x1 = x1.__func__
            if hasattr(x1, '__code__') or isinstance(x1, type) or isinstance(x1, _have_code):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(x1, file=file, depth=depth)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif isinstance(x, _have_code):
        _disassemble_recursive(x, file=file, depth=depth)
    elif isinstance(x, str):
        _disassemble_recursive(_try_compile(x, '<dis>'), file=file, depth=depth)
    elif isinstance(x, (bytes, bytearray)):
        for ins in _raw_instructions(x):
            print(ins._disassemble(0), file=file)
    else:
        raise TypeError("don't know how to disassemble %s objects" %
                        type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (default: last traceback)."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


disco = disassemble

COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED", 2: "NEWLOCALS", 4: "VARARGS", 8: "VARKEYWORDS",
    16: "NESTED", 32: "GENERATOR", 64: "NOFREE", 128: "COROUTINE",
    256: "ITERABLE_COROUTINE", 512: "ASYNC_GENERATOR",
}


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


def _format_code_info(co):
    lines = []
    lines.append("Name:              %s" % co.co_name)
    lines.append("Filename:          %s" % co.co_filename)
    lines.append("Argument count:    %s" % co.co_argcount)
    lines.append("Positional-only arguments: %s" % co.co_posonlyargcount)
    lines.append("Kw-only arguments: %s" % co.co_kwonlyargcount)
    lines.append("Number of locals:  %s" % co.co_nlocals)
    lines.append("Stack size:        %s" % co.co_stacksize)
    lines.append("Flags:             %s" % pretty_flags(co.co_flags))
    if co.co_consts:
        lines.append("Constants:")
        for i_c in enumerate(co.co_consts):
            lines.append("%4d: %r" % i_c)
    if co.co_names:
        lines.append("Names:")
        for i_n in enumerate(co.co_names):
            lines.append("%4d: %s" % i_n)
    if co.co_varnames:
        lines.append("Variable names:")
        for i_n in enumerate(co.co_varnames):
            lines.append("%4d: %s" % i_n)
    if co.co_freevars:
        lines.append("Free variables:")
        for i_n in enumerate(co.co_freevars):
            lines.append("%4d: %s" % i_n)
    if co.co_cellvars:
        lines.append("Cell variables:")
        for i_n in enumerate(co.co_cellvars):
            lines.append("%4d: %s" % i_n)
    return "\n".join(lines)


def code_info(x):
    """Formatted details of a code object (as dis.code_info)."""
    return _format_code_info(_get_code_object(x))


def show_code(co, *, file=None):
    """Print details of a code object."""
    print(code_info(co), file=file)


class Bytecode:
    """The bytecode operations of a piece of code, iterable as Instructions."""

    def __init__(self, x, *, first_line=None, current_offset=None,
                 show_caches=False, adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._original_object = x
        self.current_offset = current_offset

    def __iter__(self):
        co = self.codeobj
        first = self.first_line if self._line_offset else None
        return _get_instructions(co, first)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti)

    def info(self):
        return _format_code_info(self.codeobj)

    def dis(self):
        import io
        output = io.StringIO()
        offset = self.current_offset if self.current_offset is not None else -1
        _disassemble_bytes(self.codeobj, offset, file=output,
                           first_line=self.first_line if self._line_offset else None)
        return output.getvalue()


def _test():
    """``weft -m dis [FILE]``: disassemble a source file (or standard input)."""
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument('infile', nargs='?', default='-')
    args = parser.parse_args()
    if args.infile == '-':
        name = '<stdin>'
        source = sys.stdin.buffer.read()
    else:
        name = args.infile
        try:
            with open(name, 'rb') as f:
                source = f.read()
        except OSError as e:
            parser.error("argument infile: can't open %r: %s" % (name, e))
    code = compile(source, name, "exec")
    dis(code)


if __name__ == "__main__":
    _test()
