# sys.exit(v) builds SystemExit as PyErr_SetObject does: None gives no args, a tuple its items
import sys
for v in [None, (1, 2), (), (5,), [1], "x"]:
    try:
        sys.exit(v)
    except SystemExit as e:
        print(repr(v), e.args, repr(e.code), repr(str(e)))
try:
    sys.exit()
except SystemExit as e:
    print(e.args, repr(e.code))
