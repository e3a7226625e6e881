import shlex

cases = [
    'ls -l "my file.txt" \'single q\' plain',
    'a "b c" d\\ e',
    'echo "nested \\"quote\\" here" end',
    "echo 'it''s'",
    'a#comment b',
    'a #comment b\nnext line',
    '',
    '   ',
    'x=1 y="2 3" z=\'\'',
    '"" \'\' a',
    'tab\tsep\nnewline',
    'unicode: caf\u00e9 \u00fcber "\u4e2d\u6587"',
    'a;b|c&&d>e',
    'esc\\\\aped \\"q\\"',
    '"a\\$b\\`c\\\\d\\e"',
    "'no \\escape in single'",
    'prog --opt=val -x -- "--not opt"',
]
for s in cases:
    print(repr(s))
    print('  posix   ', shlex.split(s))
    print('  comments', shlex.split(s, comments=True))
    print('  nonposix', shlex.split(s, posix=False))

for bad in ['"unterminated', "'open", 'trailing\\', 'a "b \\']:
    for posix in (True, False):
        try:
            print(repr(bad), posix, shlex.split(bad, posix=posix))
        except ValueError as e:
            print(repr(bad), posix, 'ValueError:', e)

for q in ['', 'simple', 'with space', "it's", 'a"b', '$HOME', 'x;y', '-rf', 'a/b.c:d,e@f%g+h=i',
          'caf\u00e9', '\n', "'", 'tab\t', '*.py']:
    print(repr(q), '->', shlex.quote(q))
print(shlex.quote(0))
for bad in [5, b'x', None]:
    try:
        print(shlex.quote(bad))
    except TypeError as e:
        print('TypeError:', e)

print(shlex.join(['ls', '-l', 'my file', "it's", '']))
cmd = shlex.join(['echo', 'a b', '$x', 'c\'d'])
print(cmd, shlex.split(cmd))

# shlex class
lex = shlex.shlex('a = b + "c d" # comment\nfoo(bar, 12.5)')
print(list(lex))
lex = shlex.shlex('a = b + "c d" # comment\nfoo(bar, 12.5)', posix=True)
print(list(lex))
lex = shlex.shlex('x = 1\ny = 2\n')
toks = []
while True:
    t = lex.get_token()
    if t == lex.eof:
        break
    toks.append((t, lex.lineno))
print(toks)
print(repr(lex.eof), repr(shlex.shlex('', posix=True).eof))

lex = shlex.shlex('a && b || c; (d > out.txt) 2>&1', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('a && b || c; (d > out.txt) ~/x.py -v', posix=True, punctuation_chars=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('a+b=c', punctuation_chars='+=')
print(lex.punctuation_chars, list(lex))
print(shlex.shlex('x', punctuation_chars=True).punctuation_chars)
print(repr(shlex.shlex('x').punctuation_chars))

lex = shlex.shlex('one two three')
print(lex.get_token())
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex('a b', infile='conf.txt')
print(lex.error_leader(), lex.error_leader('other', 7))
lex = shlex.shlex('path/to/file.txt a-b')
print(list(lex))
lex = shlex.shlex('path/to/file.txt a-b')
lex.wordchars += '/.-'
print(list(lex))
lex = shlex.shlex('k1:v1,k2:v2', posix=True)
lex.whitespace = ','
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('a "b c"', posix=True)
lex.quotes = "'"
lex.whitespace_split = True
print(list(lex))
print(lex.wordchars == shlex.shlex('', posix=True).wordchars, len(shlex.shlex('').wordchars), len(shlex.shlex('', posix=True).wordchars))
print(lex.commenters, repr(lex.whitespace), lex.escape, lex.escapedquotes, lex.debug)
