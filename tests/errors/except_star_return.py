# return inside an except* clause is a compile-time error at the return statement
def f():
    try:
        pass
    except* ValueError:
        return 1 + 2
