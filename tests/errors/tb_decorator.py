def deco(f):
    def wrapper(*args):
        return f(*args)
    return wrapper
@deco
def target(n):
    return {"a": 1}[n]
target("b")
