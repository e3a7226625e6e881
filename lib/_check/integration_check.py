"""Run lib/ as the real standard library (first on sys.path) under CPython.

All libdata modules are imported from lib/ in place of CPython's own, with the
C accelerators they must not rely on (_collections, _functools, _operator, ...)
hidden, and then used together, including by CPython stdlib modules that
import them (re, json, argparse...).  Prints 'integration ok' at the end.
"""
import os, sys, subprocess

LIB = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
MINE = ['abc', 'collections', 'collections.abc', 'heapq', 'bisect', 'copy', 'copyreg', 'functools', 'operator',
        'itertools', 'string', 'textwrap', 'keyword', 'enum', 'dataclasses', 'contextlib', 'types', 'typing',
        'numbers', 'pprint', 'reprlib', 'struct', 'array']

CHILD = r'''
import sys
LIB = %r
MINE = %r
for name in ['_collections', '_functools', '_operator', '_heapq', '_bisect', '_struct', '_abc', '_collections_abc']:
    sys.modules[name] = None
sys.modules.pop('_collections_abc', None)
for name in list(sys.modules):
    base = name.split('.')[0]
    if base in MINE or name in ('re', 'sre_compile', 'sre_parse', 'sre_constants', 'json', 'argparse', 'gettext', 'locale',
                                'fractions', 'decimal', 'statistics', 'random', 'io', 'os', 'posixpath', 'genericpath',
                                'stat', 'tokenize', 'linecache', 'traceback', 'warnings', 'inspect', 'dis', 'opcode',
                                'ast', 'weakref', 'threading', 'queue', 'signal', 'selectors', 'subprocess', 'shlex',
                                'calendar', 'datetime', 'csv', 'uuid', 'base64', 'binascii', 'hashlib', 'unittest',
                                'difflib', 'fnmatch', 'glob', 'shutil', 'tempfile', 'pathlib', 'urllib', 'email', 'ntpath',
                                'encodings', 'codecs', 'site', 'sysconfig', 'importlib', 'zipfile', 'lzma', 'bz2',
                                'zlib', 'pickle', '_compat_pickle', '_pydecimal', 'numbers', 'contextvars', 'string',
                                'collections', 'typing', 'abc') or base.startswith('re.') or base == 're':
        if base not in ('encodings', 'codecs', 'io', 'site', 'importlib', 'os', 'posixpath', 'genericpath', 'stat', 'abc'):
            sys.modules.pop(name, None)
# abc and io are used by the interpreter itself; reload abc from lib anyway
sys.modules.pop('abc', None)
sys.path.insert(0, LIB)
import importlib, importlib.machinery
class _LibFinder:
    @staticmethod
    def find_spec(name, path=None, target=None):
        if name in MINE:
            return importlib.machinery.PathFinder.find_spec(name, path or [LIB])
        return None
sys.meta_path.insert(0, _LibFinder)
for name in MINE:
    m = importlib.import_module(name)
    f = getattr(m, '__file__', '') or ''
    assert f.startswith(LIB), (name, f)

import collections, functools, itertools, operator, heapq, bisect, copy, string, textwrap, enum, dataclasses
import contextlib, types, typing, numbers, pprint, reprlib, struct, array, abc
assert collections.deque.__module__ == 'collections'
d = collections.deque(range(5), maxlen=4); d.rotate(1); assert list(d) == [4, 1, 2, 3], d
c = collections.Counter('abracadabra'); assert c.most_common(2) == [('a', 5), ('b', 2)]
P = collections.namedtuple('P', 'x y', defaults=[0]); assert repr(P(1)) == 'P(x=1, y=0)'
assert isinstance({}, collections.abc.Mapping) and isinstance([], collections.abc.MutableSequence)
assert issubclass(collections.OrderedDict, collections.abc.MutableMapping)
@functools.lru_cache(maxsize=2)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
assert fib(30) == 832040
assert list(itertools.islice(itertools.count(), 3)) == [0, 1, 2]
assert functools.reduce(operator.add, range(5)) == 10
class Color(enum.Enum):
    RED = 1
    GREEN = enum.auto()
assert repr(Color.GREEN) == '<Color.GREEN: 2>'
@dataclasses.dataclass(order=True)
class Pt:
    x: int
    y: typing.List[int] = dataclasses.field(default_factory=list)
assert repr(Pt(1)) == 'Pt(x=1, y=[])' and Pt(1) < Pt(2)
assert pprint.pformat({'a': list(range(30))}, width=30).count('\n') == 29
assert struct.pack('<hd', 1, 1.5) == b'\x01\x00' + b'\x00' * 6 + b'\xf8?'
assert textwrap.fill('hello world ' * 10, 20).count('\n') == 6
assert string.Template('$a').substitute(a=1) == '1'
with contextlib.suppress(KeyError):
    {}[1]
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
try:
    A()
    raise SystemExit('abstract class instantiated')
except TypeError as e:
    assert str(e) == "Can't instantiate abstract class A with abstract method f", e

# CPython modules built on top of ours
import re
assert re.sub(r'(\w+)', r'<\1>', 'ab cd') == '<ab> <cd>'
assert re.compile('x', re.I | re.M).flags & re.I
import json
assert json.dumps({'b': [1, 2], 'a': None}, sort_keys=True, indent=1) == '{\n "a": null,\n "b": [\n  1,\n  2\n ]\n}'
import argparse
p = argparse.ArgumentParser(prog='t')
p.add_argument('--n', type=int, default=3)
assert p.parse_args(['--n', '5']).n == 5
import fractions, decimal, statistics
assert statistics.median([3, 1, 2]) == 2
assert isinstance(fractions.Fraction(1, 3), numbers.Rational)
import random
random.seed(1); assert random.randrange(100) == 17
import inspect
assert str(inspect.signature(Pt)) == '(x: int, y: List[int] = <factory>) -> None', str(inspect.signature(Pt))
import threading, queue
q = queue.Queue(); q.put(1); assert q.get() == 1
import csv, io
assert list(csv.reader(io.StringIO('a,"b\nc"\n'))) == [['a', 'b\nc']]
import unittest, difflib, datetime, calendar, pickle
assert pickle.loads(pickle.dumps(Pt(3, [1]))) == Pt(3, [1])
assert pickle.loads(pickle.dumps(collections.OrderedDict(a=1))) == collections.OrderedDict(a=1)
assert pickle.loads(pickle.dumps(collections.deque([1, 2], maxlen=5))).maxlen == 5
assert pickle.loads(pickle.dumps(Color.RED)) is Color.RED
assert copy.deepcopy(collections.defaultdict(list, a=[1]))['a'] == [1]
print('integration ok')
'''

r = subprocess.run([sys.executable, '-S', '-X', 'frozen_modules=off', '-c', CHILD % (LIB, MINE)], capture_output=True, text=True)
sys.stdout.write(r.stdout)
sys.stderr.write(r.stderr[-4000:])
sys.exit(r.returncode)
