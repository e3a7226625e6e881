# Seeded random inputs: weft's result (or exception) must match CPython's for each.
import random
from urllib.parse import *
random.seed(5)
alpha = 'ab:/?#@[];=&%+ .1F\u00e9-_~v:%2'
for i in range(200):
    s = ''.join(random.choice(alpha) for _ in range(random.randint(0, 14)))
    out = []
    for f in (urlsplit, urlparse, quote, quote_plus, unquote, unquote_plus, parse_qsl, parse_qs, urldefrag):
        try:
            r = f(s)
            out.append(repr(r))
            if f is urlsplit:
                out.append(repr((r.hostname, r.username, r.password, r.geturl())))
                out.append(repr(r.port))
        except Exception as e:
            out.append(type(e).__name__ + str(e))
    try:
        out.append(urljoin('http://a/b/c/d;p?q', s))
        out.append(urljoin(s, '../x/./y'))
    except Exception as e:
        out.append(type(e).__name__ + str(e))
    print(i, out)
