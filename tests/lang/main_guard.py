import imp_helper
print("main module name:", __name__)
if __name__ == "__main__":
    print("running as main")
import sys
print(sys.modules["__main__"].__name__, "main_guard" not in sys.modules)
