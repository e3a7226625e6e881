# Reference listing generator: prints the same format as weft_compiler::compile::listing
# for CPython 3.11 (usage: python3 pylisting.py FILE.py > FILE.dis).
import dis, sys, types
def argrepr(co, ins, idx_of):
    op = ins.opname
    if ins.arg is None: return ""
    if ins.opcode in dis.hasjrel or ins.opcode in dis.hasjabs:
        return "to %d" % idx_of[ins.argval]
    if op == "LOAD_CONST" or op == "KW_NAMES":
        v = co.co_consts[ins.arg]
        if isinstance(v, types.CodeType): return "<code %s>" % v.co_name
        return crepr(v)
    if op == "LOAD_GLOBAL":
        return ("NULL + " if ins.arg & 1 else "") + ins.argval
    if ins.opcode in dis.hasname: return ins.argval
    if ins.argrepr: return ins.argrepr
    return str(ins.arg)
def crepr(c):
    if isinstance(c, frozenset):
        return "frozenset({" + ", ".join(sorted(crepr(x) for x in c)) + "})" if c else "frozenset()"
    if isinstance(c, tuple):
        return "(" + ", ".join(crepr(x) for x in c) + ("," if len(c) == 1 else "") + ")"
    return repr(c)
def listing(co, out):
    out.append("code %s %s args=%d posonly=%d kwonly=%d flags=%d stack=%d" % (co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_flags, co.co_stacksize))
    out.append("  consts: " + ", ".join("<code %s>" % c.co_name if isinstance(c, types.CodeType) else crepr(c) for c in co.co_consts))
    out.append("  names: " + " ".join(co.co_names))
    out.append("  varnames: " + " ".join(co.co_varnames) + " | cells: " + " ".join(co.co_cellvars) + " | free: " + " ".join(co.co_freevars))
    allins = list(dis.get_instructions(co, show_caches=False))
    ins = [i for i in allins if i.opname not in ("CACHE", "EXTENDED_ARG")]
    idx_of = {i.offset: n for n, i in enumerate(ins)}
    pending = []
    for i in allins:
        if i.opname == "EXTENDED_ARG":
            pending.append(i.offset)
        elif i.opname != "CACHE":
            for o in pending:
                idx_of[o] = idx_of[i.offset]
            pending = []
    for i in ins:
        line = i.positions.lineno if i.positions.lineno is not None else 0
        a = argrepr(co, i, idx_of)
        out.append(("%d %s %s" % (line, i.opname, a)).rstrip())
    et = dis._parse_exception_table(co)
    for e in et:
        out.append("  exc %d..%d -> %d depth %d%s" % (idx_of[e.start], idx_of.get(e.end, len(ins)), idx_of[e.target], e.depth, " lasti" if e.lasti else ""))
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            listing(c, out)
src = sys.stdin.read() if len(sys.argv) < 2 else open(sys.argv[1]).read()
sys.setrecursionlimit(10000)
mode = sys.argv[2] if len(sys.argv) > 2 else "exec"
out = []
listing(compile(src, "<s>", mode), out)
out.append("")
print("\n".join(out))
