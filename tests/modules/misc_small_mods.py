import errno, signal, platform, locale, keyword, token, string, numbers, gc, inspect, itertools, os
print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.errorcode[2], os.strerror(errno.ENOENT))
print(signal.SIGINT, signal.SIGTERM, int(signal.SIGINT), signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.Signals(2).name)
print(type(platform.system()).__name__, platform.system(), type(platform.python_version()).__name__, type(platform.machine()).__name__)
print(locale.getpreferredencoding(False) in ("UTF-8", "utf-8", "ANSI_X3.4-1968"), type(locale.localeconv()).__name__)
print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist), keyword.kwlist[:5])
print(gc.isenabled(), type(gc.collect()).__name__)
def sample(a, b=2, *args, c, **kw):
    "Sample doc."
    return a
sig = inspect.signature(sample)
print(sig, list(sig.parameters), sig.parameters["b"].default, inspect.isfunction(sample), inspect.isclass(int), inspect.getdoc(sample), inspect.ismodule(os))
print(inspect.isgeneratorfunction(lambda: (yield)), inspect.getmro(bool), inspect.getsource(sample).splitlines()[0])
print(sorted(n for n, _ in inspect.getmembers(numbers.Number) if not n.startswith("_"))[:3])
