# format() with an empty spec of a str subclass is str(obj) (its own __str__), in
# f-strings, str.format, format() and str.__format__, as for int/float subclasses.
class S(str):
    def __str__(self): return 'S!'
s = S('x')
print(f'{s}', '{}'.format(s), format(s), format(s, ''), format(s, '>3'), f'{s:<3}|', s.__format__(''), str.__format__(s, ''), '%s' % s, f'{s!s}', f'{s!r}')
class S2(str): pass
print(f'{S2("y")}', format(S2('y')), type(format(S2('y'))).__name__, type(f'{S2("y")}').__name__, type(S2('y').__format__('')).__name__)
class F(float):
    def __str__(self): return 'F!'
class C(complex):
    def __str__(self): return 'C!'
class I(int):
    def __str__(self): return 'I!'
print(f'{F(1.5)}', format(F(1.5), ''), format(F(1.5), '.1f'), f'{C(1j)}', format(C(1j)), f'{I(2)}', format(I(2), 'd'), float.__format__(F(1.5), ''), int.__format__(I(2), ''))
class B(str):
    def __str__(self): return 5
try: print(f'{B("z")}')
except TypeError as e: print(e)
