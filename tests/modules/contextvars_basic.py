import contextvars
from contextvars import ContextVar, Context, Token, copy_context
import re
import threading
from collections.abc import Mapping

def clean(s):
    return re.sub(r'0x[0-9a-fA-F]+', 'ADDR', str(s))

def t(label, f):
    try:
        print(label, clean(repr(f())))
    except Exception as e:
        print(label, type(e).__name__, clean(e))

request_id = ContextVar('request_id')
level = ContextVar('level', default=0)
print(request_id.name, level.name, clean(repr(request_id)), clean(repr(level)))
t('get unset', lambda: request_id.get())
t('get default arg', lambda: request_id.get('fallback'))
t('get var default', lambda: level.get())
t('get arg beats var default', lambda: level.get(99))
tok = request_id.set('abc')
print(request_id.get(), tok.var is request_id, tok.old_value is Token.MISSING, repr(Token.MISSING))
print(clean(repr(tok)))
tok2 = request_id.set('def')
print(request_id.get(), tok2.old_value)
request_id.reset(tok2)
print(request_id.get())
request_id.reset(tok)
t('after reset', lambda: request_id.get())
t('reset twice', lambda: request_id.reset(tok))
t('reset other var', lambda: level.reset(request_id.set(1)))
t('reset non-token', lambda: level.reset(5))
t('reset None', lambda: level.reset(None))
t('Token()', lambda: Token())
t('bad name', lambda: ContextVar(5))
t('no name', lambda: ContextVar())
t('two names', lambda: ContextVar('a', 'b'))
t('set no arg', lambda: level.set())
t('set name', lambda: setattr(level, 'name', 'x'))
t('set var', lambda: setattr(tok, 'var', 'x'))
t('subclass', lambda: type('X', (ContextVar,), {}))
t('Context args', lambda: Context(1))
t('generic', lambda: ContextVar[int])
print(type(level).__module__, ContextVar.__name__)

# Context behaves like a read-only mapping
request_id.set('top')
level.set(1)
ctx = copy_context()
print(isinstance(ctx, Mapping), len(ctx) >= 2, ctx[request_id], ctx.get(level), request_id in ctx)
print(sorted(v.name for v in ctx if v in (request_id, level)))
print(sorted(str(ctx[v]) for v in ctx.keys() if v in (request_id, level)))
empty = Context()
print(len(empty), list(empty), empty.get(level), empty.get(level, 'd'), level in empty)
t('empty[var]', lambda: empty[level])
t('ctx[5]', lambda: ctx[5])
t('5 in ctx', lambda: 5 in ctx)
t('ctx.get(5)', lambda: ctx.get('x'))
print(empty == Context(), ctx == ctx.copy(), ctx == empty, ctx != empty)

# run() isolates changes
def work(n):
    level.set(n)
    request_id.set('inside-%d' % n)
    return level.get(), request_id.get()

print(ctx.run(work, 5))
print('outside', level.get(), request_id.get())
print('ctx now', ctx[level], ctx[request_id])
print(ctx.run(lambda: (level.get(), request_id.get())))
snap = copy_context()
level.set(42)
print('snap', snap[level], 'current', level.get())

def reenter():
    return ctx.run(lambda: 1)
t('reenter', lambda: ctx.run(reenter))
print(Context().run(lambda a, b=2: (a, b, level.get()), 1, b=3))

def token_in_other_context():
    return level.reset(outer_tok)
outer_tok = level.set(7)
t('other ctx', lambda: Context().run(token_in_other_context))
level.reset(outer_tok)
print(level.get())

def raiser():
    level.set(-1)
    raise ValueError('boom')
c2 = copy_context()
try:
    c2.run(raiser)
except ValueError as e:
    print('raised', e, c2[level], level.get())

# each thread starts with a fresh, empty context
results = {}
def thread_body(i):
    results[i] = [level.get(), request_id.get('none')]
    request_id.set('t%d' % i)
    results[i].append(request_id.get())
threads = [threading.Thread(target=thread_body, args=(i,)) for i in range(3)]
for th in threads:
    th.start()
for th in threads:
    th.join(timeout=10)
print(sorted(results.items()), request_id.get())
# run a thread inside a copied context
c3 = copy_context()
out = []
th = threading.Thread(target=lambda: out.append(c3.run(lambda: (level.get(), request_id.get()))))
th.start(); th.join(timeout=10)
print(out)

# typical pattern: a logging context helper
user = ContextVar('user', default='anonymous')
def log(msg):
    return '[%s] %s' % (user.get(), msg)
def handle(name):
    token = user.set(name)
    try:
        return log('handling')
    finally:
        user.reset(token)
print(handle('alice'), log('idle'))
print([copy_context().run(handle, n) for n in ['bob', 'eve']], log('done'))
