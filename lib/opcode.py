"""Opcode tables for weft's bytecode, built from the VM's one opcode table.

Follows https://docs.python.org/3.11/library/dis.html (the ``opcode`` module).
The names and numbers are CPython 3.11's; weft's compiler, VM and ``dis`` read
them from the same Rust table (crates/weft-compiler/src/opcode.rs).
"""

import _opcode

__all__ = ["cmp_op", "hasarg", "hasconst", "hasname", "hasjrel", "hasjabs",
           "haslocal", "hascompare", "hasfree", "hasnargs", "opname", "opmap",
           "HAVE_ARGUMENT", "EXTENDED_ARG", "stack_effect"]

cmp_op = _opcode.cmp_op
_nb_ops = [("NB_" + n, s) for n, s in zip(
    ["ADD", "AND", "FLOOR_DIVIDE", "LSHIFT", "MATRIX_MULTIPLY", "MULTIPLY",
     "REMAINDER", "OR", "POWER", "RSHIFT", "SUBTRACT", "TRUE_DIVIDE", "XOR",
     "INPLACE_ADD", "INPLACE_AND", "INPLACE_FLOOR_DIVIDE", "INPLACE_LSHIFT",
     "INPLACE_MATRIX_MULTIPLY", "INPLACE_MULTIPLY", "INPLACE_REMAINDER",
     "INPLACE_OR", "INPLACE_POWER", "INPLACE_RSHIFT", "INPLACE_SUBTRACT",
     "INPLACE_TRUE_DIVIDE", "INPLACE_XOR"], _opcode.nb_ops)]

HAVE_ARGUMENT = 90
EXTENDED_ARG = 144

opname = ["<%r>" % (op,) for op in range(256)]
opmap = {}
hasarg = []
hasconst = []
hasname = []
hasjrel = []
hasjabs = []
haslocal = []
hascompare = []
hasfree = []
hasnargs = []
_inline_cache_entries = [0] * 256
_docs = {}

for _name, _num, _cache, _kind, _doc in _opcode.table():
    opname[_num] = _name
    opmap[_name] = _num
    _inline_cache_entries[_num] = _cache
    _docs[_name] = _doc
    if _num >= HAVE_ARGUMENT:
        hasarg.append(_num)
    if _kind == "const":
        hasconst.append(_num)
    elif _kind in ("name", "global"):
        hasname.append(_num)
    elif _kind == "jump":
        hasjrel.append(_num)
    elif _kind == "local":
        haslocal.append(_num)
    elif _kind == "free":
        hasfree.append(_num)
    elif _kind == "compare":
        hascompare.append(_num)


def stack_effect(opcode, oparg=None, *, jump=None):
    """Net effect of the instruction on the stack."""
    if opcode >= HAVE_ARGUMENT:
        if oparg is None:
            raise ValueError("stack_effect: opcode requires oparg but oparg was not specified")
    elif oparg is not None:
        raise ValueError("stack_effect: opcode does not permit oparg but oparg was specified")
    if jump is None:
        return _opcode.stack_effect(opcode, oparg or 0)
    return _opcode.stack_effect(opcode, oparg or 0, jump=jump)
