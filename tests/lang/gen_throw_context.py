# generator.throw()/close() into a generator paused inside its own except/with blocks
import sys


def ctx(e):
    return repr(e.__context__)


def paused_in_except():
    try:
        raise KeyError("handled in gen")
    except KeyError:
        yield 1
        yield 2


g = paused_in_except()
next(g)
try:
    g.throw(ValueError("thrown"))
except ValueError as e:
    print("context:", ctx(e))

# not in an except block: no context, even if the caller is handling one
def plain():
    yield 1

g = plain()
next(g)
try:
    raise OSError("caller's")
except OSError:
    try:
        g.throw(ValueError("thrown2"))
    except ValueError as e:
        print("plain context:", ctx(e))

# generator catches the thrown exception and raises another
def catches():
    try:
        raise KeyError("k")
    except KeyError:
        try:
            yield 1
        except ValueError as v:
            print("caught in gen:", repr(v), "ctx", ctx(v))
            raise TypeError("converted")

g = catches()
next(g)
try:
    g.throw(ValueError("v"))
except TypeError as e:
    print("TypeError ctx:", ctx(e), "->", ctx(e.__context__))

# sys.exception() inside the generator sees its own handled exception
def shows():
    try:
        raise KeyError("mine")
    except KeyError:
        while True:
            try:
                yield repr(sys.exception())
            except ValueError:
                yield "got " + repr(sys.exception())

g = shows()
print(next(g))
print(g.throw(ValueError("x")))
print(next(g))

# close() while paused in an except block
def closing():
    try:
        raise KeyError("during close")
    except KeyError:
        try:
            yield 1
        except GeneratorExit as ge:
            print("GeneratorExit ctx:", ctx(ge))
            raise

g = closing()
next(g)
g.close()
print("closed")

# close() where the generator raises something else
def bad_close():
    try:
        raise KeyError("k2")
    except KeyError:
        try:
            yield 1
        finally:
            raise RuntimeError("in finally")

g = bad_close()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError ctx:", ctx(e), "->", ctx(e.__context__))

# with block: __exit__ receives the thrown exception
class CM:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit got:", t.__name__ if t else None, repr(v), "ctx", ctx(v) if v else None)
        return False


def in_with():
    with CM():
        yield 1

g = in_with()
next(g)
try:
    g.throw(ValueError("into with"))
except ValueError as e:
    print("after with:", repr(e), ctx(e))

def with_in_except():
    try:
        raise KeyError("outer k")
    except KeyError:
        with CM():
            yield 1

g = with_in_except()
next(g)
try:
    g.throw(ValueError("into with2"))
except ValueError as e:
    print("after with2:", repr(e), ctx(e))

# an exception thrown twice into the same paused except block
g = paused_in_except()
next(g)
err = ValueError("again")
try:
    g.throw(err)
except ValueError as e:
    print("first:", ctx(e))

# yield from: throw goes to the inner generator, which chains to its own handled exception
def outer():
    try:
        raise IndexError("outer handled")
    except IndexError:
        yield from paused_in_except()

g = outer()
next(g)
try:
    g.throw(ValueError("deleg"))
except ValueError as e:
    print("delegated ctx:", ctx(e))
