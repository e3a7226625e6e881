# support module imported by import tests (also a test itself)
VALUE = 42
def f(): return "helper f"
if __name__ == "__main__":
    print("helper run as main")
else:
    print("helper imported as", __name__)
