counter = 0
def incr():
    global counter
    counter += 1
for _ in range(5): incr()
print(counter)
def make():
    global made
    made = "created in function"
make()
print(made)
def outer():
    v = "outer"
    def set_it():
        nonlocal v
        v = "modified"
    set_it()
    return v
print(outer())
def two_levels():
    a = 0
    def l1():
        def l2():
            nonlocal a
            a += 1
        l2(); l2()
    l1()
    return a
print(two_levels())
def global_in_nested():
    def inner():
        global counter
        counter = 100
    inner()
print(global_in_nested(), counter)
for src in ["def f():\n    x = 1\n    global x\n", "def f():\n    nonlocal y\n", "def f(a):\n    global a\n", "x = 1\ndef f():\n    print(x)\n    nonlocal x\n"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
def shadow_builtin():
    global len
    len = lambda x: -1
    r = len([1, 2])
    del len
    return r
print(shadow_builtin(), len([1, 2]))
