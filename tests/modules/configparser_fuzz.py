# Seeded random inputs: weft's result (or exception) must match CPython's for each.
import random, configparser
random.seed(11)
frags = ['[s]', '[t]', '[DEFAULT]', 'a = 1', 'b:2', 'A=3', '  cont', '', '# c', '; c', 'x = %(a)s', 'y = ${a}', 'k', ' = v', '[]', '[u] x', 'z = v ; in', 'w = v # in', '\t\tdeep', 'q=%%', 'r = %(b)s%%']
for i in range(300):
    text = '\n'.join(random.choice(frags) for _ in range(random.randint(0, 8))) + '\n'
    kw = random.choice([{}, {'allow_no_value': True}, {'strict': False}, {'inline_comment_prefixes': (';', '#')},
                        {'empty_lines_in_values': False}, {'interpolation': configparser.ExtendedInterpolation()}])
    p = configparser.ConfigParser(**kw)
    try:
        p.read_string(text)
        out = [p.sections(), dict(p.defaults())]
        for s in p.sections():
            out.append(p.items(s, raw=True))
            for o in p.options(s):
                try:
                    out.append(p.get(s, o))
                except Exception as e:
                    out.append(type(e).__name__ + str(e))
    except Exception as e:
        out = type(e).__name__ + str(e)
    print(i, out)
