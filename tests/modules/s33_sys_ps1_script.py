# sys.ps1 and sys.ps2 exist only once the interpreter is interactive: a script sees
# neither (the usual test for interactive mode).
import sys
print(hasattr(sys, "ps1"), hasattr(sys, "ps2"))
print("ps1" in dir(sys), "ps2" in vars(sys))
