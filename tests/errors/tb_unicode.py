def grüße(名前):
    raise ValueError(f"ungültig: {名前} ✗")
grüße("wört")
