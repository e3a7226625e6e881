"""Compare lib/signal.py constants and basic functions with CPython's signal."""
import os, sys, signal
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import weftlib
w = weftlib.load('signal')
bad = 0
for n in dir(signal):
    if n.startswith('SIG') or n in ('NSIG', 'ITIMER_REAL', 'ITIMER_VIRTUAL', 'ITIMER_PROF'):
        a, b = getattr(signal, n), getattr(w, n, None)
        if a != b or repr(a).replace('signal.', '') != repr(b).replace('weft_signal.', ''):
            bad += 1; print('DIFF', n, repr(a), repr(b))
for i in range(1, 65):
    if signal.strsignal(i) != w.strsignal(i):
        bad += 1; print('strsignal', i)
if signal.valid_signals() != w.valid_signals():
    bad += 1; print('valid_signals')
h = lambda s, f: None
w.signal(w.SIGUSR1, h)
if w.getsignal(w.SIGUSR1) is not h or w.getsignal(w.SIGUSR2) != signal.getsignal(signal.SIGUSR2):
    bad += 1; print('getsignal')
for args in [(99, h), (signal.SIGKILL, h), (2, 5)]:
    try:
        signal.signal(*args); ra = None
    except Exception as e:
        ra = (type(e), str(e))
    try:
        w.signal(*args); rb = None
    except Exception as e:
        rb = (type(e), str(e))
    if ra != rb:
        bad += 1; print('signal err', args, ra, rb)
print('signal: %d mismatches' % bad)
