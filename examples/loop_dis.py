"""The lesson's loop() and its bytecode, as shown by dis.dis().

    python3 examples/loop_dis.py

CPython 3.11 prints its own opcodes (RESUME, FOR_ITER, PRECALL, ...);
weft compiles to bytecode of the same kind and prints it the same way.
"""
import dis
import sys


def loop():
    for i in range(5):
        print(i)


loop()
print()
print("bytecode of loop() under", sys.implementation.name, "%d.%d" % sys.version_info[:2])
dis.dis(loop)
