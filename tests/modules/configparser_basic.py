import configparser
import io
import os
import tempfile

INI = """\
# top comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes
home = /home/user

[bitbucket.org]
User = hg

[topsecret.server.com]
Port = 50022
ForwardX11 = no
path = %(home)s/secret
ratio: 0.75
; semicolon comment
multi = first line
    second line

    after blank
empty =
colon: a = b
"""

cp = configparser.ConfigParser()
cp.read_string(INI)
print(cp.sections(), cp.defaults())
print(cp.has_section('bitbucket.org'), cp.has_section('DEFAULT'), cp.has_section('nope'))
print(cp.options('topsecret.server.com'))
print(cp.get('topsecret.server.com', 'path'), cp.get('topsecret.server.com', 'path', raw=True))
print(repr(cp.get('topsecret.server.com', 'multi')), repr(cp['topsecret.server.com']['empty']))
print(cp.get('topsecret.server.com', 'colon'))
print(cp.getint('topsecret.server.com', 'port'), cp.getfloat('topsecret.server.com', 'ratio'))
print(cp.getboolean('topsecret.server.com', 'forwardx11'), cp.getboolean('bitbucket.org', 'ForwardX11'))
print(cp.get('bitbucket.org', 'user'), cp['bitbucket.org']['User'], cp['DEFAULT']['compression'])
print(cp.has_option('bitbucket.org', 'compression'), cp.has_option('bitbucket.org', 'nope'),
      cp.has_option('nope', 'x'), cp.has_option('', 'home'), cp.has_option('DEFAULT', 'Home'))
print(cp.items('bitbucket.org'))
print(cp.items('topsecret.server.com', raw=True)[:3])
print(cp.items('bitbucket.org', vars={'user': 'override', 'extra': 'x'}))
print(cp.get('bitbucket.org', 'user', vars={'User': 'v'}), cp.get('bitbucket.org', 'nope', fallback='fb'))
print(cp.get('nosect', 'x', fallback=None), cp.getint('bitbucket.org', 'nope', fallback=7))
print(list(cp), len(cp), 'bitbucket.org' in cp, 'DEFAULT' in cp, 'x' in cp)
print([(k, type(v).__name__) for k, v in cp.items()])
sec = cp['topsecret.server.com']
print(sec, sec.name, sec.parser is cp, len(sec), sorted(sec), 'port' in sec, 'PORT' in sec)
print(sec.get('port'), sec.getint('port'), sec.getfloat('ratio'), sec.getboolean('compression'),
      sec.get('missing'), sec.get('missing', 'dflt'), sec.getint('missing', 3))
print(dict(cp['bitbucket.org']))
print(list(cp['DEFAULT'].items()))

def err(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e, getattr(e, 'args', None))

err(lambda: cp.get('nosect', 'x'))
err(lambda: cp.get('bitbucket.org', 'nope'))
err(lambda: cp.options('nosect'))
err(lambda: cp.items('nosect'))
err(lambda: cp.getint('bitbucket.org', 'user'))
err(lambda: cp.getboolean('bitbucket.org', 'user'))
err(lambda: cp['nosect'])
err(lambda: cp['bitbucket.org']['nope'])
err(lambda: cp.add_section('bitbucket.org'))
err(lambda: cp.add_section('DEFAULT'))
err(lambda: cp.add_section(5))
err(lambda: cp.set('bitbucket.org', 'k', 5))
err(lambda: cp.set('bitbucket.org', 5, 'v'))
err(lambda: cp.set('nosect', 'k', 'v'))
err(lambda: cp.set('bitbucket.org', 'k', '100%'))
err(lambda: cp.set('bitbucket.org', 'k', '%(x'))
err(lambda: cp.read_string('no header = 1\n'))
err(lambda: cp.read_string('[a]\nx=1\nx=2\n'))
err(lambda: cp.read_string('[b]\n[b]\n', source='file.ini'))
err(lambda: configparser.ConfigParser().read_string('[s]\njunk line\n=v\nok=1\nalso junk\n'))
err(lambda: cp.__delitem__('DEFAULT'))
err(lambda: cp.__delitem__('zzz'))

# interpolation errors
bad = configparser.ConfigParser()
bad.read_string("""[s]
missing = %(nothere)s
syntax = %(broken
lone = 50% off
loop = %(loop)s
ok = 100%% sure
deep1 = %(deep2)s
deep2 = %(deep3)s
deep3 = end
""")
for opt in ['missing', 'syntax', 'lone', 'loop', 'ok', 'deep1']:
    err(lambda: bad.get('s', opt))
err(lambda: bad.items('s'))
print(bad.get('s', 'lone', raw=True))
raw = configparser.RawConfigParser()
raw.read_string(INI)
print(raw.get('topsecret.server.com', 'path'))
raw.set('bitbucket.org', 'num', 5)
print(raw.get('bitbucket.org', 'num'))
noint = configparser.ConfigParser(interpolation=None)
noint.read_string('[a]\nx = %(y)s 100%\n')
print(noint.get('a', 'x'))

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""[common]
home_dir: /Users
library_dir: /Library
system_dir: /System
macports_dir: /opt/local
cost = $$5

[Frameworks]
Python: 3.2
path: ${common:system_dir}/Library/Frameworks/

[Arthur]
nickname: Two Sheds
last_name: Jackson
my_dir: ${common:home_dir}/twosheds
my_pictures: ${my_dir}/Pictures
python_dir: ${Frameworks:path}/Python/Versions/${Frameworks:Python}
bad_ref: ${nope}
bad_sect: ${zz:top}
too_many: ${a:b:c}
""")
for opt in ['my_pictures', 'python_dir', 'bad_ref', 'bad_sect', 'too_many']:
    err(lambda: ext.get('Arthur', opt))
print(ext.get('common', 'cost'))
err(lambda: ext.set('common', 'x', 'a$b'))

# building and writing
out = configparser.ConfigParser()
out['DEFAULT'] = {'ServerAliveInterval': '45', 'Compression': 'yes', 'CompressionLevel': '9'}
out['bitbucket.org'] = {}
out['bitbucket.org']['User'] = 'hg'
out['topsecret.server.com'] = {}
top = out['topsecret.server.com']
top['Port'] = '50022'
top['ForwardX11'] = 'no'
out['DEFAULT']['ForwardX11'] = 'yes'
out.add_section('extra')
out.set('extra', 'multi', 'line1\nline2')
out.set('extra', 'pct', '100%%')
buf = io.StringIO()
out.write(buf)
print(buf.getvalue())
buf = io.StringIO()
out.write(buf, space_around_delimiters=False)
print(buf.getvalue())
print(out.remove_option('extra', 'pct'), out.remove_option('extra', 'pct'), out.remove_section('extra'), out.remove_section('extra'))
del out['bitbucket.org']['user']
del out['bitbucket.org']
print(out.sections())
err(lambda: out.remove_option('nosect', 'x'))
out.read_dict({'new': {'a': 1, 'b': 'two', 'C': 2.5}, 'bitbucket.org': {'x': 'y'}})
print(out.items('new'), out.sections())
err(lambda: out.read_dict({'new': {'a': 1, 'A': 2}}))

# files
d = tempfile.mkdtemp()
p1 = os.path.join(d, 'one.ini')
with open(p1, 'w') as f:
    f.write('[file]\nkey = from file\n')
fc = configparser.ConfigParser()
print(fc.read([p1, os.path.join(d, 'missing.ini')]) == [p1], fc.get('file', 'key'))
print(fc.read(os.path.join(d, 'missing.ini')))
with open(p1) as f:
    fc2 = configparser.ConfigParser()
    fc2.read_file(f)
print(fc2.sections())
os.remove(p1)
os.rmdir(d)

# options
opts = configparser.ConfigParser(allow_no_value=True, delimiters=('=',), inline_comment_prefixes=('#', ';'),
                                 comment_prefixes=('//',), strict=False, empty_lines_in_values=False,
                                 default_section='common')
opts.read_string("""[common]
base = 1
[mysqld]
skip-bdb
user = mysql   # inline comment
url = http://x;y  ; trailing
a:b = c
// full comment
dup = 1
dup = 2
multi = one
   two

   not part
[mysqld]
more = yes
""")
print(opts.sections(), opts.items('mysqld'))
print(opts.get('mysqld', 'skip-bdb'), opts.has_option('mysqld', 'skip-bdb'), opts.default_section)
buf = io.StringIO()
opts.write(buf)
print(buf.getvalue())

cs = configparser.ConfigParser()
cs.optionxform = str
cs.read_string('[S]\nCamelCase = 1\n')
print(cs.options('S'), cs.get('S', 'CamelCase'))
conv = configparser.ConfigParser(converters={'list': lambda v: [x.strip() for x in v.split(',')]})
conv.read_string('[s]\nitems = a, b ,c\n')
print(conv.getlist('s', 'items'), conv['s'].getlist('items'), conv['s'].getlist('nope'), sorted(conv.converters))
dflt = configparser.ConfigParser(defaults={'x': 1, 'y': '%(x)s-2'})
print(dflt.defaults(), dflt.get('DEFAULT', 'y'))
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)
print(issubclass(configparser.MissingSectionHeaderError, configparser.ParsingError),
      issubclass(configparser.InterpolationMissingOptionError, configparser.InterpolationError),
      issubclass(configparser.NoSectionError, configparser.Error), issubclass(configparser.Error, Exception))
e = configparser.ParsingError('src')
e.append(3, "'bad'")
print(repr(e), e.errors, e.args)
err(lambda: configparser.ParsingError())
print(cp.popitem()[0], cp.sections())
cp.clear()
print(cp.sections(), cp.defaults())
