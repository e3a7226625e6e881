# Compile-time SyntaxWarnings (printed once when the script is compiled).
x = 5
if x is 5:
    print("is literal")
if x is not "a":
    print("is not literal")
print(x is None, x is True, x is ...)
assert (x, "always true")
try:
    None["key"]
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2]["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    ("a" "b")(1)
except TypeError as e:
    print("TypeError:", e)
items = [
    (1, 2)
    (3, 4)
] if False else []
print(items)
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile("y = 1\nif y is 1: pass\n", "<snippet>", "exec")
    compile("(1, 2)[1.5]", "<snippet2>", "eval")
for w in caught:
    print(w.category.__name__, w.filename, w.lineno, w.message)
