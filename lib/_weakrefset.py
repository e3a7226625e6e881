"""`_weakrefset`: where CPython defines `WeakSet` (weft defines it in `weakref`)."""

from weakref import WeakSet

__all__ = ['WeakSet']
