from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag,
                          quote, quote_plus, unquote, unquote_plus, quote_from_bytes,
                          unquote_to_bytes, urlencode, parse_qs, parse_qsl,
                          ParseResult, SplitResult)
import urllib.parse

urls = [
    'http://user:pw@www.Example.COM:8080/a/b;p=1?q=1&r=2#frag',
    'https://example.com',
    'https://example.com/',
    'ftp://ftp.host/pub/file.txt',
    'file:///etc/passwd',
    'mailto:someone@example.com',
    'news:comp.lang.python',
    '//netloc/only/path',
    '/just/a/path?x=1',
    'relative/path#top',
    'http://[::1]:80/ipv6',
    'http://[2001:db8::7%eth0]/zone',
    'HTTP://HOST/Path',
    'http://host:/empty-port',
    'http://@host',
    'http://user@host',
    'http://host/path;params;more',
    'tel:+1-555;ext=2',
    'x:y:z',
    '1http://notscheme',
    'a+b.c-d://host',
    'path:with:colons',
    '',
    '?',
    '#',
    '  \thttp://ws.example/\na\rb',
    'http://exa mple.com/sp ace',
    'http://münchen.de/ä?ö=ü#ß',
]
for u in urls:
    p = urlparse(u)
    s = urlsplit(u)
    print(repr(u))
    print(' ', p)
    print(' ', s)
    print('  geturl', p.geturl(), '|', s.geturl(), '|', urlunparse(p), '|', urlunsplit(s))
    print('  user', p.username, p.password, 'host', p.hostname, 'port', p.port)

print(urlparse('path', scheme='http'), urlparse('//h/p', 'https'))
print(urlsplit('http://h/p#f', allow_fragments=False))
for bad in ['http://[::1/x', 'http://::1]/x', 'http://[1.2.3.4]/', 'http://[zzz]/', 'http://[vA.ok]/', 'http://[v.bad]/']:
    try:
        print(urlsplit(bad))
    except ValueError as e:
        print('ValueError:', e)
for pbad in ['http://h:99999/', 'http://h:abc/', 'http://h:-1/', 'http://h:0/', 'http://h:65535/']:
    try:
        print(urlsplit(pbad).port)
    except ValueError as e:
        print('ValueError:', e)

r = urlparse('http://a/b')
print(r.scheme, r[0], r._fields, isinstance(r, tuple), len(r), type(r).__name__)
r2 = r._replace(path='/new', query='x=1')
print(r2, r2.geturl())
print(ParseResult('http', 'h', '/p', '', 'q', '').geturl(), SplitResult('', '', 'p', '', '').geturl())
print(urlunsplit(('http', '', 'x', '', '')), urlunsplit(('http', '', '', '', '')), urlunsplit(('', '', '//x', '', '')))
print(urlunparse(['https', 'h', 'p', 'pa', 'q', 'f']))

b = urlsplit(b'http://u:p@h:1/x?y#z')
print(b, b.hostname, b.port, b.username, b.password, b.geturl())
print(b.decode(), urlparse('http://h/').encode())
try:
    urljoin('http://a/', b'b')
except TypeError as e:
    print('TypeError:', e)

base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x',
            'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g',
            '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h',
            'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g#s/../x', 'http:g', 'https://other/x']:
    print(repr(rel), '->', urljoin(base, rel))
print(urljoin('', 'x'), urljoin('http://a/b', ''), urljoin('http://a', 'b'), urljoin('mailto:a', 'b'))
print(urljoin('https://api.example.com/v1/', 'users/42'), urljoin('https://api.example.com/v1', 'users/42'))
print(urljoin(b'http://a/b/', b'c'))
print(urldefrag('http://a/b#frag'), urldefrag('http://a/b'), urldefrag('http://a/b#frag').geturl())

for s in ['', 'abc', 'a b&c=d/e', 'ünïcödé', '~user/_.-', '100%', '\x00\n', 'a+b', '/path/x y']:
    print(repr(s), quote(s), quote(s, safe=''), quote_plus(s), quote_plus(s, safe='/'), quote(s, safe='&='))
print(quote(b'a b\xff'), quote_plus(b'x y'), quote_from_bytes(b'\x00/\xfe'), quote('é', encoding='latin-1'))
print(quote('é', encoding='ascii', errors='xmlcharrefreplace'), quote(bytearray(b'a b')))
for bad in [(123,), (b'x', '/', 'utf-8'), (b'x', '/', None, 'strict')]:
    try:
        quote(*bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    quote_from_bytes('str')
except TypeError as e:
    print('TypeError:', e)
for s in ['', 'abc', 'a%20b', 'a+b', '%E2%82%AC', '%e2%82%ac', '%zz', '%4', '%', '%ff', 'ü%20x', '%C3%A9%2', '%%41']:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(unquote(b'a%20b'), unquote('%E9', encoding='latin-1'), unquote('%ff', errors='strict' and 'ignore'))
try:
    unquote('%ff', errors='strict')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.reason)

print(urlencode({'a': 1, 'b': 'x y', 'c': 'ü&=', 'd': b'by tes'}))
print(urlencode([('k', 'v1'), ('k', 'v2')]), urlencode({}), urlencode([]))
print(urlencode({'k': ['a', 'b'], 'n': 5, 's': 'str', 't': (1, 2)}, doseq=True))
print(urlencode({'k': ['a', 'b']}), urlencode({'p': '/x y'}, safe='/'), urlencode({'q': 'a b'}, quote_via=quote))
for bad in ['string', [1, 2], 5]:
    try:
        urlencode(bad)
    except TypeError as e:
        print('TypeError:', e)

for q in ['a=1&b=2&a=3', 'a=&b=2', 'a&b=2', '', 'x=hello+world&y=%2Fpath', 'a=1;b=2', '&&a=1&&', 'k=v=w', '=v']:
    print(repr(q), parse_qs(q), parse_qs(q, keep_blank_values=True), parse_qsl(q), parse_qsl(q, keep_blank_values=True))
print(parse_qsl('a=1;b=2', separator=';'), parse_qs(b'a=1&b=%20'), parse_qsl(b'x=y'))
for args, kw in [(('a&b',), {'strict_parsing': True}), (('a=1&b=2&c=3',), {'max_num_fields': 2}),
                 (('a=1',), {'separator': ''}), (('a=1',), {'separator': None})]:
    try:
        print(parse_qsl(*args, **kw))
    except ValueError as e:
        print('ValueError:', e)
print(urllib.parse.__all__)
print(urllib.parse.uses_netloc[:5], 'tel' in urllib.parse.uses_params)
