# Sources with very many names in one scope compile in (near) linear time: the
# compiler once searched a function's local names linearly at every access (150000
# locals took minutes) and copied the enclosing scope's names for every nested
# function (10000 nested defs took 9 s).
N = 150000
src = "def f():\n" + "".join(f"    v{i} = {i}\n" for i in range(N)) + f"    return v0 + v{N - 1}\n"
ns = {}
exec(compile(src, "<many_locals>", "exec"), ns)
print(ns["f"](), ns["f"].__code__.co_nlocals)

N = 3000
src = "def f():\n" + "".join(f"    def g{i}(): return {i}\n" for i in range(N))
src += f"    return g0() + g{N - 1}()\n"
exec(compile(src, "<many_defs>", "exec"), ns)
print(ns["f"]())
