# Compiling a long generated module (many distinct names and constants) is linear.
src = "\n".join("x%d = (%d, %r, %d.5)" % (i, i, str(i), i) for i in range(30000))
ns = {}
exec(compile(src, "<big>", "exec"), ns)
print(ns["x29999"], len([k for k in ns if k.startswith("x")]))
