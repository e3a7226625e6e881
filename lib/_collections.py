"""`_collections`: where CPython's C collection types live (weft defines them in
`collections`); named here so that deque iterators pickle by name."""

from collections import deque, defaultdict, OrderedDict
from collections import _deque_iterator, _deque_reverse_iterator

__all__ = ['deque', 'defaultdict', 'OrderedDict']
