# An uncaught f-string expression error shows the expression, as CPython 3.11 does.
name = 'x'
print(f'hello {name +}')
