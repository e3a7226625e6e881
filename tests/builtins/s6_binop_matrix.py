# binary operators over mixed built-in operands: results and exact error messages
nums = ["0", "-7", "2**70", "-(2**65)", "True", "-2.5", "float('inf')", "float('nan')", "3j", "(1-2j)"]
others = ["'ab'", "b'xy'", "bytearray(b'q')", "[1, 2]", "(3,)", "{1: 2}", "{1, 2}", "frozenset({3})", "None", "range(3)", "{2: 0}.keys()", "{}.items()", "{}.values()"]
ops = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "<", ">=", "==", "in", "@"]
def run(a, op, b):
    if op in ("**", "<<") and ("2**70" in b or "inf" in b) and a not in ("0", "True", "'ab'", "None"):
        return
    src = f"({a}) {op} ({b})"
    try:
        r = eval(src)
        # string hashes vary between runs: show sets in a fixed order
        out = "set " + repr(sorted(r, key=repr)) if isinstance(r, (set, frozenset)) else repr(r)
        if len(out) > 40: out = out[:40] + "..."
    except Exception as e:
        out = type(e).__name__ + ": " + str(e)
    print(src, "=>", out)
for a in nums:
    for op in ops:
        for b in nums:
            run(a, op, b)
for a in others:
    for op in ops:
        for b in nums[:5] + others:
            run(a, op, b)
for a in nums[:5]:
    for op in ops:
        for b in others:
            run(a, op, b)
