# return/break/continue inside finally override the try block's outcome
def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return i
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError
            out.append(i)
        finally:
            out.append("f")
            continue
    return out
print(continue_in_finally())
def finally_sees_return_value():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
print(finally_sees_return_value())
def nested():
    try:
        try:
            return 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
def except_then_finally():
    try:
        1 / 0
    except ZeroDivisionError:
        return "except"
    finally:
        print("cleanup")
print(except_then_finally())
def raise_in_finally():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
try:
    raise_in_finally()
except TypeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def loop_else():
    for i in range(2):
        try:
            continue
        finally:
            print("f", i)
    else:
        return "else ran"
print(loop_else())
def while_return():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            if n < 3:
                continue
print(while_return())
import sys
def exc_info_restored():
    try:
        raise ValueError
    except ValueError:
        try:
            raise KeyError
        except KeyError:
            pass
        return sys.exc_info()[0].__name__
print(exc_info_restored(), sys.exc_info())
