# a file mixing except and except*: CPython's caret under 'except*'
try:
    pass
except ValueError:
    pass
except* TypeError:
    pass
