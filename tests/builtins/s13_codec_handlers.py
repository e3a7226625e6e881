# Error handlers applied where they do not fit.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# surrogateescape only turns lone surrogates back into bytes; anything else is an error.
show(lambda: "é".encode("ascii", "surrogateescape"))
show(lambda: "a€b".encode("latin-1", "surrogateescape"))
show(lambda: "abc".encode("ascii", "surrogateescape"))
# Encode-only handlers reject a decoding error.
show(lambda: b"\xff".decode("utf-8", "namereplace"))
show(lambda: b"a\xffb".decode("ascii", "xmlcharrefreplace"))
show(lambda: b"abc".decode("ascii", "namereplace"))
show(lambda: b"\xff".decode("utf-8", "no-such-handler"))
