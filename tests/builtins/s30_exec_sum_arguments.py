# exec() and sum() check their arguments as CPython 3.11's Argument Clinic does.
for s in ['exec()', 'eval()', 'exec(1, 2, 3, 4)', 'eval("1", None, None, 1)',
          'exec("1", foo=1)', 'eval("1", globals=None)', 'exec("1", closure=None)',
          'exec("x=1", globals={})', 'exec("1", {}, {}, closure=None)',
          'exec("1", {}, {}, closure=1)', 'exec("1", closure=None, foo=2)',
          'sum([1], begin=1)', 'sum([1], start=1)', 'sum()', 'sum(1, 2, 3)',
          'sum([1, 2], 10)', 'sum([[1]], start=[])', 'sum([1], 2, start=3)']:
    try:
        print(s, "->", eval(s))
    except Exception as e:
        print(s, "->", type(e).__name__, e)
g = {}
exec("y = 6 * 7", g)
print(g["y"])
