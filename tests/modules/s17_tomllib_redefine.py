# tomllib: which redefinitions are errors, with CPython's messages and positions (after the
# header's key, after the key/value pair); valid documents with dotted keys and arrays of tables.
import tomllib
for s in ["x = 1\nx = 2", "[a]\n[a]", "a.b = 1\na.b = 2", "a = 1\na.b = 2", "[a]\nb = 1\n[a.b]", "a = {x = 1}\na.y = 2", "[[a]]\n[a]", "x = 1\n[x]", "a = [1]\n[[a]]", "[t]\nx=1\n[t]\ny=2", "k = 1\n\nk = 3\n", "[a.b]\n[a]\n[a.b]"]:
    try:
        print(tomllib.loads(s))
    except tomllib.TOMLDecodeError as e:
        print(repr(s), "->", e)
for s in ["a = {x=1, x=2}", "a = {x.y=1, x.y=2}", "a = {x=1, x.y=2}", "a = {x=[1], x.y=2}", "a = {x={q=1}, x.z=2}", "[a.b]\nc=1\n[a]\nb.d=2", "a.b=1\n[a]", "[x]\na.b=1\n[x.a]", "[x]\na.b=1\n[x.a.b]", "a=[{b=1}]\n[a.c]", "[[a]]\nb=1\n[[a]]\nb=2\n[a.c]", "[[a]]\n[a.c]\n[a.c]"]:
    try:
        print(tomllib.loads(s))
    except tomllib.TOMLDecodeError as e:
        print(repr(s), "->", e)
ok = """
[fruit]
apple.color = "red"
apple.taste.sweet = true
[fruit.apple.texture]
smooth = true
[[fruits]]
name = "apple"
[fruits.physical]
color = "red"
[[fruits.varieties]]
name = "red delicious"
[[fruits.varieties]]
name = "granny smith"
[[fruits]]
name = "banana"
[[fruits.varieties]]
name = "plantain"
[dog."tater.man"]
type.name = "pug"
[x.y.z.w]
[x]
inline = {a.b = 1, c = [1, {d = 2}]}
"""
print(tomllib.loads(ok))
