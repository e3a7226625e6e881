# Which classes are generic (C[int] gives a GenericAlias) and which are not, as in
# CPython 3.11; the module names the classes report.
import tempfile, difflib, subprocess, re, csv, pathlib, unittest, queue, os, weakref
import logging, types, enum
classes = [
    tempfile.TemporaryDirectory, tempfile.SpooledTemporaryFile, difflib.SequenceMatcher,
    subprocess.Popen, subprocess.CompletedProcess, re.Pattern, re.Match,
    csv.DictReader, csv.DictWriter, pathlib.Path, pathlib.PurePath,
    unittest.case._AssertRaisesContext, queue.Queue, queue.SimpleQueue, os.PathLike,
    os.DirEntry, type(os.environ), weakref.WeakSet, weakref.WeakKeyDictionary,
    weakref.WeakValueDictionary, weakref.WeakMethod, logging.StreamHandler,
    logging.FileHandler, logging.LoggerAdapter, types.MappingProxyType, enumerate,
    ExceptionGroup, BaseExceptionGroup, logging.Logger,
]
for c in classes:
    try:
        r = c[int]
        print(c.__name__, repr(r), type(r).__name__, r.__origin__ is c, r.__args__)
    except TypeError as e:
        print(c.__name__, 'TypeError:', e)
print(logging.Logger, logging.LoggerAdapter, logging.Manager, logging.RootLogger,
      logging.PlaceHolder, weakref.WeakSet)
import _weakrefset
print(_weakrefset.WeakSet is weakref.WeakSet)
print(enumerate[int](['a']).__class__.__name__, list(enumerate[str]('ab')))
print(ExceptionGroup[ValueError]('m', [ValueError(1)]).exceptions)
print(type(list[int]) is types.GenericAlias, enumerate[int] == enumerate[int])
