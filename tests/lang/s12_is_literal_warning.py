# "is" with a literal: operands CPython 3.11 folds into constants warn too.
import warnings
cases = ['x is 1', 'x is "a"', 'x is ()', 'x is (1,)', 'x is []', 'x is not 1.5', '() is x',
         'x is -1', 'x is None', 'x is ...', 'x is True', 'x is (None, True)', 'x is (x,)',
         'x is 2 * 3', 'x is 1 / 0', 'x is not -(1 + 2j)', 'x is ((), (1, "s"))',
         'x is -x', 'x is 1 % 0', 'x is 7 // 2', 'x is ~5', 'x is (1, [])', 'x is b"b"',
         'a is b is 1', '1 is x is y']
for src in cases:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        compile(src, '<s>', 'eval')
    print(repr(src), [str(m.message) for m in w])
