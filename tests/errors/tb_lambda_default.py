# traceback through a lambda used as a sort key
data = [3, "a", 1]
data.sort(key=lambda v: v + 0)
