# driver: python3
# Runs $WEFT_UNDER_TEST (weft, or python3 under --regen) on one script with no -O,
# -O and -OO: asserts, __debug__, docstrings, sys.flags.optimize, compile(optimize=).
import os
import subprocess
import sys
import tempfile

interp = os.environ.get("WEFT_UNDER_TEST") or sys.executable
tmp = os.path.realpath(tempfile.mkdtemp(prefix="weftopt"))
script = os.path.join(tmp, "opt.py")
with open(script, "w") as f:
    f.write('"""Module doc."""\nimport sys\ndef f():\n    """f doc."""\n    return 1\nclass C:\n    """C doc."""\nprint(sys.flags.optimize, __debug__, __doc__, f.__doc__, C.__doc__)\ntry:\n    assert 1 == 2, print(\'evaluated message\')\n    print(\'assert skipped\')\nexcept AssertionError as e:\n    print(\'AssertionError\', e)\nif __debug__:\n    print(\'debug branch\')\nelse:\n    print(\'optimized branch\')\nfor lvl in (-1, 0, 1, 2):\n    ns = {}\n    exec(compile(\'"""d"""\\nx = __debug__\\ntry:\\n    assert False\\n    a = "skipped"\\nexcept AssertionError:\\n    a = "raised"\\n\', \'m\', \'exec\', optimize=lvl), ns)\n    print(lvl, ns[\'x\'], ns[\'a\'], ns.get(\'__doc__\'))\ntry:\n    compile(\'1\', \'m\', \'eval\', optimize=3)\nexcept ValueError as e:\n    print(\'ValueError\', e)\n')
for flags in ([], ["-O"], ["-OO"], ["-OOO"], ["-O", "-c", "import sys; print(sys.flags.optimize, __debug__)"]):
    args = flags if "-c" in flags else flags + [script]
    r = subprocess.run([interp] + args, capture_output=True, text=True)
    print("flags", flags[:2])
    print(r.stdout, end="")
    print("stderr", r.stderr.replace(tmp, "TMP"))
    print("rc", r.returncode)
