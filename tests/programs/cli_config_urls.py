# A small CLI tool: options via getopt, settings via configparser, command lines via shlex,
# endpoint URLs via urllib.parse, per-request state via contextvars.
import configparser
import contextvars
import getopt
import shlex
from urllib import parse

CONFIG = """
[DEFAULT]
scheme = https
timeout = 30

[api]
host = api.example.com
base = %(scheme)s://%(host)s/v2/
retries = 3
verbose = off

[hooks]
pre = git fetch --all --prune
post = echo "deployed to $ENV" 'it''s done' ; notify --channel=#ops
"""

request = contextvars.ContextVar('request', default=None)


def build_url(base, path, **query):
    url = parse.urljoin(base, path)
    if query:
        url += '?' + parse.urlencode(sorted(query.items()), doseq=True)
    return url


def describe(url):
    parts = parse.urlsplit(url)
    q = parse.parse_qs(parts.query)
    return '%s host=%s port=%s path=%s query=%s' % (parts.scheme, parts.hostname, parts.port,
                                                   parts.path, q)


def handle(n, url):
    request.set('req-%d' % n)
    return '%s %s' % (request.get(), describe(url))


def main(argv):
    try:
        opts, args = getopt.gnu_getopt(argv, 'vc:n:', ['verbose', 'config=', 'count='])
    except getopt.GetoptError as e:
        return 'error: %s' % e
    cfg = configparser.ConfigParser()
    cfg.read_string(CONFIG)
    count = 2
    for o, a in opts:
        if o in ('-v', '--verbose'):
            cfg['api']['verbose'] = 'on'
        elif o in ('-n', '--count'):
            count = int(a)
    api = cfg['api']
    print('base:', api['base'], 'retries:', api.getint('retries'), 'timeout:', api.getint('timeout'),
          'verbose:', api.getboolean('verbose'))
    for name in ('pre', 'post'):
        argv2 = shlex.split(cfg.get('hooks', name, raw=True))
        print(name, argv2, '->', shlex.join(argv2))
    urls = [build_url(api['base'], 'users/%d' % i, fields=['name', 'email'], q='a b&c') for i in range(count)]
    for i, u in enumerate(urls):
        print(contextvars.copy_context().run(handle, i, u))
    print('outside:', request.get())
    print('args:', args)
    return 'ok'


print(main(['-v', 'extra', '--count=3', 'more']))
print(main(['--cont', '1']))
print(main(['-x']))
print(parse.unquote_plus('q=a+b%26c'), parse.quote('/users/ä ö/', safe='/'))
