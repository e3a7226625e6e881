"""Check that lib/io.py exposes the names of CPython's io with the same objects."""
import os, sys, io
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import weftlib
w = weftlib.load('io')
bad = 0
for n in io.__all__:
    if not hasattr(w, n):
        print('missing', n); bad += 1
for n in ['open', 'StringIO', 'BytesIO', 'TextIOWrapper', 'FileIO', 'SEEK_SET', 'SEEK_END', 'SEEK_CUR', 'DEFAULT_BUFFER_SIZE', 'UnsupportedOperation']:
    if getattr(w, n) != getattr(io, n):
        print('differs', n); bad += 1
print(isinstance(sys.stdout, w.TextIOBase), isinstance(w.BytesIO(), w.BufferedIOBase), isinstance(w.StringIO(), w.IOBase))
print(w.text_encoding(None), w.text_encoding('ascii'))
print('io: %d mismatches' % bad)
