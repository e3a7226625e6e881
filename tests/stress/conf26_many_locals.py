# A function with very many local variables compiles in linear time (the compiler
# once searched its list of local names linearly at every access: 150000 locals
# took minutes).
N = 150000
src = "def f():\n" + "".join(f"    v{i} = {i}\n" for i in range(N)) + f"    return v0 + v{N - 1}\n"
ns = {}
exec(compile(src, "<many_locals>", "exec"), ns)
print(ns["f"](), ns["f"].__code__.co_nlocals)
