# traceback carets under wide (East Asian) characters take two columns each, as in CPython 3.11
def total(prices):
    return prices["日本"] + len("ｘｙ") + prices["ключ"]
print(total({"日本": 1, "ключ": 2}))
print(total({"日本": 1, "ключ": None}))
