def f():
    return 1

result = f()
... = result
