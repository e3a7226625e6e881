# co_positions of a generator's RETURN_GENERATOR/POP_TOP prefix carry a line but no
# columns, so traceback.py prints no caret line for a throw() into an unstarted generator
import traceback


def gen():
    yield 1


def outer(a):
    def inner():
        return a
    return inner


print(list(gen.__code__.co_positions())[:3])
print(list(outer.__code__.co_positions())[:3])
print(list(outer(1).__code__.co_positions())[:2])
g = (x for x in ())
print(list(g.gi_code.co_positions())[:3])
try:
    g.throw(KeyError("k"))
except KeyError:
    traceback.print_exc()
try:
    gen().throw(ValueError)
except ValueError as e:
    print("".join(traceback.format_exception(e)), end="")
    print([f.colno for f in traceback.extract_tb(e.__traceback__)])
