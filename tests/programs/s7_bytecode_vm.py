"""A tiny stack-based bytecode VM with an assembler and disassembler."""
from enum import IntEnum
from collections import namedtuple


class Op(IntEnum):
    PUSH = 1
    POP = 2
    ADD = 3
    SUB = 4
    MUL = 5
    DIV = 6
    DUP = 7
    SWAP = 8
    JMP = 9
    JZ = 10
    PRINT = 11
    HALT = 12
    LOAD = 13
    STORE = 14
    LT = 15
    CALL = 16
    RET = 17


Instr = namedtuple("Instr", "op arg")
WITH_ARG = {Op.PUSH, Op.JMP, Op.JZ, Op.LOAD, Op.STORE, Op.CALL}


class VMError(Exception):
    def __init__(self, pc, msg):
        super().__init__(f"pc={pc}: {msg}")
        self.pc = pc


def assemble(source):
    labels, lines = {}, []
    for raw in source.strip().splitlines():
        line = raw.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(lines)
            continue
        lines.append(line.split())
    code = []
    for parts in lines:
        op = Op[parts[0].upper()]
        arg = None
        if op in WITH_ARG:
            a = parts[1]
            if a.lstrip("-").isdigit():
                arg = int(a)
            elif a in labels:
                arg = labels[a]
            else:
                arg = a
        code.append(Instr(op, arg))
    return code


def disassemble(code):
    for i, ins in enumerate(code):
        arg = "" if ins.arg is None else repr(ins.arg)
        print(f"{i:04d} {ins.op.name:<6} {arg:>8}  ({int(ins.op):#04x})")


class VM:
    def __init__(self, code, trace=False):
        self.code = code
        self.stack = []
        self.frames = []
        self.vars = {}
        self.out = []
        self.trace = trace
        self.steps = 0

    def pop(self, pc):
        if not self.stack:
            raise VMError(pc, "stack underflow")
        return self.stack.pop()

    def run(self, limit=10_000):
        pc = 0
        while True:
            if pc >= len(self.code):
                raise VMError(pc, "fell off end")
            ins = self.code[pc]
            self.steps += 1
            if self.steps > limit:
                raise VMError(pc, f"step limit {limit} exceeded")
            if self.trace:
                print(f"  [{pc:3}] {ins.op.name:<5} stack={self.stack}")
            pc += 1
            op = ins.op
            if op == Op.PUSH:
                self.stack.append(ins.arg)
            elif op == Op.POP:
                self.pop(pc)
            elif op in (Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.LT):
                b, a = self.pop(pc), self.pop(pc)
                if op is Op.ADD:
                    r = a + b
                elif op is Op.SUB:
                    r = a - b
                elif op is Op.MUL:
                    r = a * b
                elif op is Op.LT:
                    r = int(a < b)
                else:
                    if b == 0:
                        raise VMError(pc - 1, "division by zero")
                    r = a // b
                self.stack.append(r)
            elif op == Op.DUP:
                v = self.pop(pc)
                self.stack += [v, v]
            elif op == Op.SWAP:
                self.stack[-1], self.stack[-2] = self.stack[-2], self.stack[-1]
            elif op == Op.JMP:
                pc = ins.arg
            elif op == Op.JZ:
                if self.pop(pc) == 0:
                    pc = ins.arg
            elif op == Op.LOAD:
                try:
                    self.stack.append(self.vars[ins.arg])
                except KeyError as e:
                    raise VMError(pc - 1, f"unknown variable {e}") from None
            elif op == Op.STORE:
                self.vars[ins.arg] = self.pop(pc)
            elif op == Op.CALL:
                self.frames.append(pc)
                pc = ins.arg
            elif op == Op.RET:
                pc = self.frames.pop()
            elif op == Op.PRINT:
                self.out.append(self.pop(pc))
            elif op == Op.HALT:
                return self.out
            else:
                raise VMError(pc, f"bad op {ins.op!r}")


FACT = """
    push 1
    store acc
    push 20
    store n
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    call sq
    halt
sq:           ; squares 12 and prints
    push 12
    dup
    mul
    print
    ret
"""

code = assemble(FACT)
disassemble(code)
vm = VM(code)
print("output:", vm.run())
print("steps:", vm.steps, "vars:", sorted(vm.vars.items()))

small = assemble("push 7\npush 3\nsub\ndup\nprint\npush 2\nlt\nprint\nhalt")
print(VM(small, trace=True).run())

for prog in ["push 1\npush 0\ndiv\nhalt", "pop\nhalt", "load zz\nhalt",
             "top:\njmp top", "push 5"]:
    try:
        VM(assemble(prog)).run(limit=50)
    except VMError as exc:
        print(type(exc).__name__, exc, exc.pc, exc.args)

try:
    assemble("frobnicate 3")
except KeyError as e:
    print("KeyError", e)
print(Op(5), repr(Op.MUL), Op.MUL + 1, Op["HALT"].value, list(Op)[:3])
print(Instr(Op.PUSH, 3), Instr._fields, Instr(Op.POP, None)._replace(arg=9))
