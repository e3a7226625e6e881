try:
    [][1]
except IndexError:
    raise LookupError("replaced") from None
