# f-string syntax errors as compile() reports them: message, line and offset.
cases = [
    "f'{'",
    "x = 'a' 'b' f'{'",
    "f'{x:{'",
    "f'{}'",
    "f'{ }'",
    "f'{x!z}'",
    "f'{x!}'",
    "f'{x:{y:{z}}}'",
    "f'{1:{2:{3}}}'",
    "f'{x:{y}}'",
    "f'}'",
    "f'{x'",
    "f'{x!r'",
    "f'{x:'",
    "f'{\"\\n\"}'",
    "f'{x=!z}'",
    "name = 'w'\nmsg = f'hello {name!r:>{width}} and {'",
    "f'{x:#x}' + f'{\"#\"}'",
    "f'{{}}' f'{{{x}}}'",
    "f'{ {1: {2: 3}}[1] }'",
    "print(f'{value:{fill}{align}{width}}')",
]
for src in cases:
    try:
        compile(src, "<fstring>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset)
