# an unknown __future__ feature: CPython points at the statement, not the name
from __future__ import annotations, nope
print("never")
