# unicodedata's functions refuse a non-character with Argument Clinic's wording: 'argument'
# for the one-argument functions, 'argument 1' for those with a default; None is 'None'.
import unicodedata as u
for f in [u.category, u.bidirectional, u.combining, u.east_asian_width, u.mirrored, u.decomposition, u.decimal, u.digit, u.numeric, u.name]:
    for a in [None, 0, "", "ab", b"a", ["a"], "a", "5", "½"]:
        try: print(f.__name__, repr(a), repr(f(a)))
        except Exception as e: print(f.__name__, repr(a), type(e).__name__, e)
    try: print(f("x", None))
    except Exception as e: print(type(e).__name__, e)
