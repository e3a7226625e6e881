class CM:
    def __enter__(self): return self
    def __exit__(self, *exc):
        raise RuntimeError("exit failed")
with CM():
    x = [1, 2][5]
