# traceback.format_exc / format_exception draw carets in terminal columns: wide (East
# Asian) and fullwidth characters take two, as in CPython 3.11
import traceback


def total(p):
    return p["日本"] + len("ｘｙ") + p["k"]


def lookup(d):
    return d["ключ"]["語"]


for f, arg in [(total, {"日本": 1, "k": None}), (lookup, {"ключ": {}})]:
    try:
        f(arg)
    except Exception:
        text = traceback.format_exc()
        print(text.replace(__file__, "FILE"))
