# The carets under a failing subscript run from its `[` (past a closing parenthesis
# or spaces after the value) to its `]`, as CPython 3.11 prints them.
import traceback

def run(f):
    try:
        f()
    except Exception:
        lines = traceback.format_exc().splitlines()
        print("\n".join(lines[-3:]))

def a(): return ([1])[5]
def b(): return [1] [5]
def c(): return [1][ 5 ]
def d(): return {}['k']
def e(): return [[1]][0][ (3) ]
def f(): return ( [1] ) [ 5 ]  # comment
def g(): return {} [ 'a' ] [ 'b' ]
def h(): return 1 + [1][2]
for fn in (a, b, c, d, e, f, g, h):
    run(fn)
x = ( [1, 2] )  [  3  ]
