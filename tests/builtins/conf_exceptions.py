import builtins
def t(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
names = sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
for n in names:
    c = getattr(builtins, n)
    print(n, [k.__name__ for k in c.__mro__], c.__module__)
for n in names:
    c = getattr(builtins, n)
    if n in ('BaseExceptionGroup', 'ExceptionGroup'):
        continue
    try:
        e0, e1, e2 = c(), c('msg'), c('a', 2)
        print(n, repr(e0), repr(str(e0)), repr(e1), repr(str(e1)), repr(e2), repr(str(e2)), e2.args)
    except Exception as ex:
        print(n, 'ctor error', type(ex).__name__, ex)
t('KeyError str', lambda: [str(KeyError('k')), str(KeyError()), str(KeyError('a', 'b')), str(KeyError(1)), repr(KeyError('k'))])
t('OSError', lambda: [str(OSError(2, 'No such file')), str(OSError(2, 'No such file', 'f.txt')), str(OSError(2, 'x', 'f', None, 'g')), repr(OSError(2, 'x')), type(OSError(2, 'x')).__name__, type(OSError(13, 'x')).__name__, type(OSError(17, 'x')).__name__, OSError(2, 'x', 'f').filename, OSError(2, 'x').errno, OSError('a').errno, OSError(1, 2, 3, 4, 5, 6).args])
t('OSError attrs', lambda: (lambda e: (e.errno, e.strerror, e.filename, e.filename2, e.args))(OSError(2, 'msg', 'a', None, 'b')))
t('FileNotFoundError str', lambda: str(FileNotFoundError(2, 'No such file or directory', 'x')))
t('OSError errno map', lambda: [type(OSError(e, 'm')).__name__ for e in (1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 104, 110, 111, 113, 114, 115, 36)])
t('UnicodeDecodeError', lambda: (lambda e: (str(e), e.encoding, e.object, e.start, e.end, e.reason, e.args))(UnicodeDecodeError('utf-8', b'ab\xff', 2, 3, 'invalid start byte')))
t('UnicodeDecodeError range', lambda: str(UnicodeDecodeError('utf-8', b'ab\xff\xfe', 2, 4, 'bad')))
t('UnicodeEncodeError', lambda: str(UnicodeEncodeError('ascii', 'aé', 1, 2, 'ordinal not in range(128)')))
t('UnicodeEncodeError2', lambda: str(UnicodeEncodeError('ascii', 'a\U0001f600', 1, 2, 'x')))
t('UnicodeTranslateError', lambda: str(UnicodeTranslateError('aé', 1, 2, 'x')))
t('real decode err', lambda: b'ab\xff'.decode('utf-8'))
t('real decode err2', lambda: b'\xe2\x82'.decode('utf-8'))
t('real decode err3', lambda: b'\x80abc'.decode('ascii'))
t('real decode err4', lambda: b'\xed\xa0\x80'.decode('utf-8'))
t('real decode err5', lambda: b'\xf0\x28\x8c\xbc'.decode('utf-8'))
t('real decode err6', lambda: b'\xc3'.decode('utf-8'))
t('decode replace', lambda: [b'a\xffb\xe2\x82c'.decode('utf-8', 'replace'), b'a\xffb'.decode('ascii', 'ignore'), b'\xff'.decode('latin-1'), b'a\xff'.decode('utf-8', 'backslashreplace'), b'a\xed\xa0\x80b'.decode('utf-8', 'replace')])
t('add_note', lambda: (lambda e: (e.add_note('n1'), e.add_note('n2'), e.__notes__)[2])(ValueError('x')))
t('add_note bad', lambda: ValueError().add_note(5))
t('StopIteration', lambda: [StopIteration(5).value, StopIteration().value, StopIteration(1, 2).value])
t('SystemExit', lambda: [SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code])
t('SyntaxError', lambda: (lambda e: (str(e), e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno))(SyntaxError('bad', ('f.py', 3, 4, 'x = (', 3, 6))))
t('SyntaxError str', lambda: [str(SyntaxError('m', ('f.py', 3, 4, 'x'))), str(SyntaxError('m', (None, 3, 4, 'x'))), str(SyntaxError('m', ('f.py', None, 4, 'x')))])
t('ImportError', lambda: (lambda e: (str(e), e.name, e.path, e.msg))(ImportError('m', name='n', path='p')))
t('ImportError bad kw', lambda: ImportError('m', foo=1))
t('NameError name', lambda: NameError('x', name='y').name)
t('AttributeError name', lambda: (lambda e: (e.name, e.obj))(AttributeError('x', name='y', obj=5)))
t('exc kw', lambda: ValueError(x=1))
t('BaseException args set', lambda: (lambda e: (setattr(e, 'args', [1, 2]), e.args, str(e))[1:])(ValueError()))
t('exc repr nested', lambda: repr(ValueError(ValueError('a'))))
t('exc str one tuple', lambda: str(ValueError((1, 2))))
t('exc eq', lambda: ValueError(1) == ValueError(1))
t('with_traceback', lambda: ValueError().with_traceback(None).__traceback__)
t('cause context', lambda: [ValueError().__cause__, ValueError().__context__, ValueError().__suppress_context__])
def f():
    try:
        raise KeyError('a')
    except KeyError as e:
        raise ValueError('b') from e
try:
    f()
except ValueError as e:
    print('chain', repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
t('raise non-exc', lambda: exec('raise 5'))
t('raise class non-exc', lambda: exec('raise int'))
t('from non-exc', lambda: exec('raise ValueError from 5'))
t('EG', lambda: (lambda g: (str(g), repr(g), g.exceptions, g.message, type(g).__name__))(ExceptionGroup('msg', [ValueError(1), TypeError(2)])))
t('BEG', lambda: type(BaseExceptionGroup('m', [KeyboardInterrupt()])).__name__)
t('BEG exc', lambda: type(BaseExceptionGroup('m', [ValueError()])).__name__)
t('EG bad', lambda: ExceptionGroup('m', []))
t('EG bad2', lambda: ExceptionGroup('m', [KeyboardInterrupt()]))
t('EG bad3', lambda: ExceptionGroup('m', ValueError()))
t('EG bad4', lambda: ExceptionGroup(1, [ValueError()]))
t('EG split', lambda: (lambda g: [repr(x) for x in g.split(ValueError)])(ExceptionGroup('m', [ValueError(1), TypeError(2), ExceptionGroup('n', [ValueError(3)])])))
t('EG subgroup', lambda: repr(ExceptionGroup('m', [ValueError(1), TypeError(2)]).subgroup(lambda e: isinstance(e, TypeError))))
t('EG str count', lambda: str(ExceptionGroup('m', [ValueError(1)])))
t('warning classes', lambda: [issubclass(DeprecationWarning, Warning), UserWarning.__mro__[1].__name__, issubclass(EncodingWarning, Warning)])
t('exc subclass', lambda: (lambda C: (repr(C('a')), str(C('a', 'b')), C.__mro__[1].__name__))(type('MyErr', (ValueError,), {})))
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
t('E', lambda: (repr(E(1, 2)), str(E(1, 2)), E(1, 2).args))
class E2(Exception):
    def __str__(self): return 'custom'
t('E2', lambda: (repr(E2('x')), str(E2('x'))))
t('exc dict', lambda: ValueError().__dict__)
t('BaseException new', lambda: BaseException.__new__(ValueError, 1, 2).args)
t('exc getattr', lambda: ValueError().foo)
t('errno module', lambda: __import__('errno').ENOENT)
