# A syntax error in an f-string replacement field's expression is reported as CPython
# 3.11's f-string parser reports it: against the text "(expr)", prefixed "f-string: ",
# on the line where the expression starts; bracket errors after the string.
cases = ["print(f'{1+}')\n", "x = 1\nx = f'''\n{1 +}\n'''\n", "x = 1\ny = f'{a b}' + f'{c d}'\n",
         "f'{x}' f'{1+}'\n", "f'{x:{1+}}'\n", "f'{x!r:>{1 +}}'\n", "f'{a[}'\n", "f'{  }'\n",
         "f'{!r}'\n", "f'{x:}' f'{ 1 ; 2 }'\n", "f'{1}{2 +}'\n", "f'{x=}{1 +}'\n",
         "f'''{\n1 + \n}'''\n", "f'{x = }' f'{(1+)=}'\n", "f\"{'a' if 1}\"\n", "f'{a!}'\n",
         "f'{a:{b:{c}}}'\n", "f'{x:{\"a\" \"b\"}}'\n", "f'{a:=1}'\n", "f'{(a:=1)}'\n",
         "x = f'{)}'\n", "x = f'{import os}'\n", "x = f'{lambda x: 1}'\n", "x = f'{=}'\n",
         "x = f'{ = }'\n", "x = f'{(a,]}'\n", "x = f'{a]}'\n", "x = f'{x:{)}}'\n",
         "x = f'{a!=b} {a<=b} {a>b} {a==b}'\n", "x = f'{\"}\" + 1 +}'\n", "x = f'{a.}'\n",
         "x = f'{def}'\n", "x = f\"{'a' 'b' +}\"\n"]
for src in cases:
    try:
        compile(src, "s", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
