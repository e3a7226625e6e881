import importlib.util, ast, re, sys
spec = importlib.util.spec_from_file_location("weft_ast", sys.argv[1] if len(sys.argv) > 1 else "/work/wt/prog8/lib/ast.py")
w = importlib.util.module_from_spec(spec); spec.loader.exec_module(w)
cases = ["1", "-1", "+1.5", "--2", "1_000", "0x1F", "0b101", "0o17", "1e10", "1.5e-3", "3j", "1+2j", "-1-2j", "1.5+0j",
 "'abc'", '"a" "b"', "b'x\\x00'", "r'\\n'", "'''tri\nple'''", "u'x'", "f'x'", "'a' f'b'",
 "[1, 2, (3, 4), {'a': [5]}]", "()", "(1,)", "(1)", "((1, 2),)", "[]", "{}", "{1, 2, 2}", "{'k': 1, 'j': (2,)}", "set()",
 "True", "False", "None", "...", "  [1,2]", "\t{'x': None}", "1, 2", "1,", "(1, 2,)", "[1, 2,]", "{'a': 1,}",
 "x", "1 + 1", "2 * 3", "abs(1)", "[1][0]", "a.b", "lambda: 0", "not True", "1 < 2", "-'a'", "-(1)", "+True", "1 + 'a'", "1j + 1",
 "1 +", "[1, 2", "", "   ", "#c\n1", "{**{}}", "{[1]: 2}", "{{1}}", "(1, [2, {3: 4}])", "\n1\n", "'\\u00e9'", "b'\\xff' b'a'",
 "1 if 1 else 2", "[x for x in ()]", "1;2", "0.1", "1__0", "09", "1.e5", ".5", "5.", "1_0.5_0e1_0", "-0", "-0.0", "((((1))))",
 "{1: {2: {3: 4}}}", "'multi\\\nline'", "(1,\n 2)", "[\n 'a', # comment\n 'b']",]
for c in cases:
    res = []
    for mod in (ast, w):
        try:
            r = repr(mod.literal_eval(c))
        except Exception as e:
            r = f"{type(e).__name__}: {re.sub(' at 0x[0-9a-f]+', '', str(e))}"
        res.append(r)
    if res[0] != res[1]:
        print(repr(c), "CPY", res[0], "| WEFT", res[1])
print("done")
