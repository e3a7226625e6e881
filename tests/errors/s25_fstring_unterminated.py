# CPython 3.11's tokenizer reads an f-string as a plain string literal: one that reaches
# its line's end (a newline inside a replacement field included) or the end of the source
# is "unterminated string literal", located where the string starts.
def show(src):
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset), repr(e.text))


for src in [
    "x = f'{1\n",
    'print(f"hello {name")\n',
    "x = f'abc\n",
    "x = f'abc",
    "x = f'{a}\ny = 2\n",
    "f'{\n",
    "x = f'{a[1\n",
    "x = f'{a:\n",
    "x = (f'{a\n)\n",
    'x = f"{a!r\n',
    "x = f'{a}' + f'{b\n",
    "x = f'''{a\n",
    "x = f'''{a}\n\n",
    "x = f'{a\nb}'\n",
    "x = rf'\\'\n",
    "x = f'a\\\nb'\n",
    "x = f'''a'b''c\n'''\n",
    "x = f'\\''\n",
    "x = 1 +\ny = f'{x\n",
    "if x:\n  y = f'{x\n z = 1\n",
    "x = )\ny = f'oops\n",
    "x = f'{x}' '\n",
]:
    show(src)
