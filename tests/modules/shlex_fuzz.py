# Seeded random inputs: weft's result (or exception) must match CPython's for each.
import random
import shlex
random.seed(3)
alpha = 'ab \t\n"\'\\#;|&()<>=-.~*é$'
for i in range(300):
    s = ''.join(random.choice(alpha) for _ in range(random.randint(0, 12)))
    out = []
    for kw in ({}, {'posix': False}, {'comments': True}):
        try:
            out.append(shlex.split(s, **kw))
        except ValueError as e:
            out.append('ValueError: %s' % e)
    for posix in (False, True):
        lex = shlex.shlex(s, posix=posix, punctuation_chars=True)
        lex.whitespace_split = posix
        try:
            out.append(list(lex))
        except ValueError as e:
            out.append('ValueError: %s' % e)
    out.append(shlex.quote(s))
    out.append(shlex.split(shlex.quote(s)) == ([s] if s else ['']))
    print(i, repr(s), out)
