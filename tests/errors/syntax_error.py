print("never printed")
x = (1 +
def f():
    pass
