f = lambda x: x.upper()
vals = [f(v) for v in ["a", "b", 3]]
