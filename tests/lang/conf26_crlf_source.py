# Source text with Windows (\r\n) or old Mac (\r) line endings: the tokenizer reads
# every line break as \n first, so one inside a triple-quoted string (plain, raw,
# bytes or f-string) or after a backslash continuation is a plain \n.
ns = {}
for src in [
    "s = '''a\r\nb\rc'''\n",
    "s = 'x\\\r\ny'\n",
    "s = r'''a\r\nb'''\n",
    "s = rb'''a\r\nb'''\n",
    "s = f'''{1}\r\n{2}'''\n",
    "s = '''\r\n'''.count('\\n')\r\n",
    "def f():\r\n    '''doc\r\n    string'''\r\ns = f.__doc__\r\n",
]:
    exec(compile(src, "<s>", "exec"), ns)
    print(repr(ns["s"]))
exec(compile(b"s = '''a\r\nb\rc'''\n", "<s>", "exec"), ns)
print(repr(ns["s"]))
print(repr(eval("'''a\r\nb'''")))
