def t(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
ints = [0, 5, -5, 255, -255, 1234567, -1234567, 2**70, True]
specs = ['', 'd', '5d', '<5', '^7', '=+8', '+', '-', ' ', '#x', '#X', '#o', '#b', 'x', '_x', '_b', ',d', '_d', '08,d', '010_x', 'c', 'n', 'e', '.2e', 'f', '.3%', 'g', 'G', '#g', 'z', 'z.1f', '*^+#12_x', '0=10', '010', '-#010b', '.0f', '.2', '#.0e']
for v in ints:
    out = []
    for sp in specs:
        try:
            out.append(format(v, sp))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(v, out)
floats = [0.0, -0.0, 1.5, -1.5, 1234567.891, 1e-7, 1e16, 123456789e20, float('inf'), float('-inf'), float('nan'), 0.5, 2.5, 1/3, 100.0]
fspecs = ['', 'f', '.2f', '10.3f', '<10', '^10.1', '=+10.2f', 'e', 'E', '.3e', 'g', 'G', '.3g', '#g', '#.3g', '%', '.1%', ',', ',.2f', '_.3f', '012,.2f', 'n', '.0f', '#.0f', '.0e', '#.0e', 'z.1f', 'z', 'z.0f', '+.1e', ' g', '.10g', '.20g', '.0', '.1', '.17', 'r', 'd', 'x', 'c', 's', '_', '0', '010', '-010.1', ',g', '_e']
for v in floats:
    out = []
    for sp in fspecs:
        try:
            out.append(format(v, sp))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(v, out)
sspecs = ['', 's', '10', '<10', '>10', '^10', '*^9', '.2', '10.2s', '=10', '+', '010', 'd', '#', ',', 'z', '_', ' ', '0<5', 'x<5', '\u00e9>4']
for v in ['abc', '', 'héllo']:
    out = []
    for sp in sspecs:
        try:
            out.append(format(v, sp))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(v, out)
for v, sp in [(5, '.2d'), (5, 'cc'), (-1, 'c'), (0x110000, 'c'), (5, ',x'), (5, ',b'), (5, '_o'), (5, '_n'), (5, ',n'), (5, ',,'), (5, '_,'), (5, ',_'), (5, 's'), (5, 'y'), (5, '\u00e9'), (5, '<<<'), (5, '99999999999999999999'), (1.5, '.999999999999999999999f'), (5, '#c'), (5, '+c'), ('a', 'z'), (None, ''), (None, 's'), ([], ''), ([], 'x'), (1.5, '=+z10.2f'), (2**64, 'c')]:
    t(f'format({v!r}, {sp!r})', lambda: format(v, sp))
t('format(1, 1)', lambda: format(1, 1))
class C:
    def __format__(self, spec): return 'C<' + spec + '>'
t('custom', lambda: [format(C(), 'xyz'), f'{C():abc}', '{:q}'.format(C())])
class B:
    def __format__(self, spec): return 5
t('bad __format__', lambda: format(B()))
t('fstring', lambda: [f'{3.14159:.{2}f}', f'{"a"!r:>5}', f'{10:#_b}', f'{1e6:,}', f'{12345.6789:_.2f}', f'{-0.0:z.2f}', f'{"x":{"<"}{5}}'])
t('percent', lambda: ['%d %i %u' % (1, 2, 3), '%5.2f|%-8s|%+d' % (3.14159, 'ab', 5), '%x %X %o %#x %#o %#X' % (255, 255, 8, 255, 8, 255), '%e %E %g %G' % (12345.678, 0.0001, 1e-5, 1e20), '%c%c' % (65, 'b'), '%r %a %s' % ('é', 'é', 'é'), '%%', '%(a)s-%(b)d' % {'a': 'x', 'b': 2}, '%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159), '%05d|%-05d|% d|%+05.1f' % (42, 42, 42, 2.5), '%s' % [1, 2], '%s' % (1,), '%.3s' % 'abcdef', '%d' % 3.9, '%x' % -255, '%o' % -8, '%i' % True, '%5%' % (), '%#.3g' % 1.0, '%s %s' % (b'a', None)])
for fm, a in [('%d', 'x'), ('%d', ()), ('%d %d', (1,)), ('%d', (1, 2)), ('%z', 1), ('%(a)s', (1,)), ('%(a)s', {}), ('%c', 'ab'), ('%c', 0x110000), ('%c', -1), ('%c', 1.5), ('%x', 1.5), ('%', ()), ('%(a', {}), ('%*d', ('a', 1)), ('%d', None), ('%s %(a)s', {'a': 1}), ('abc', 5), ('abc', ()), ('abc', []), ('abc', {}), ('%f', 'x'), ('%.*f', (1.5, 1.0)), ('%d', 2**70), ('%f', 2**2000), ('%s', ())]:
    t(f'percent {fm!r} % {a!r}', lambda: fm % a)
t('bytes percent', lambda: [b'%d %s %r %a %c %x' % (5, b'ab', b'x', 'é', 65, 255), b'%c' % b'z', b'%5s|' % b'ab', b'%(k)s' % {b'k': b'v'}])
t('bytes percent bad', lambda: b'%s' % 'str')
t('bytes percent bad2', lambda: b'%c' % 256)
t('bytes percent bad3', lambda: b'%c' % b'ab')
