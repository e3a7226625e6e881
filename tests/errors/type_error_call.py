def g(a, b):
    return a + b
g(1, 2, 3)
