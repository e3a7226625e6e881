def a(): b()
def b(): c()
def c(): d()
def d(): e()
def e(): raise IndexError("deep down")
try:
    a()
except IndexError as exc:
    try:
        raise KeyError("second") from exc
    except KeyError:
        raise ValueError("third")
