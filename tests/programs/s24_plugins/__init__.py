"""A tiny plugin package: registry in the package, plugins in submodules."""
REGISTRY = {}
LOADED = []


def register(name):
    def deco(cls):
        REGISTRY[name] = cls
        cls.plugin_name = name
        return cls
    return deco


def __getattr__(name):
    # lazy attribute: PEP 562 module __getattr__
    if name == "default":
        from .formats import csvfmt
        return csvfmt.CsvFormat
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["register", "REGISTRY"]
