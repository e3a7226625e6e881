# str.lower/upper/swapcase of short ASCII strings (converted a word at a time) and
# of the lengths around the word and inline limits.
for w in ["", "a", "Ab", "aBc", "ABCD", "abcDe", "HeLLo!", "Zz@[`{7", "ABCDEFGH", "abcdefghIJKLMNOPQRSTUVWXYZ0123", "abcdefghIJKLMNOPQRSTUVWXYZ01234", "ÀbC", "x"*29+"Y"]:
    print(repr(w.lower()), repr(w.upper()), repr(w.swapcase()), len(w.lower()))
