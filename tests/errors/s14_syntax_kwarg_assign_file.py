# The printed form of CPython's "expression cannot contain assignment" for a script.
print("never printed")
result = max(values.count = 3)
