"""Helper for the checkers: load a weft lib module under an alias, without putting lib/ on sys.path."""
import importlib.util
import os
import sys

LIB = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load(name, alias=None, spec_name=None):
    """spec_name: the __name__ the module runs under (e.g. 'datetime' so reprs match)."""
    alias = alias or 'weft_' + name
    spec_name = spec_name or alias
    if alias in sys.modules:
        return sys.modules[alias]
    pkg = os.path.join(LIB, name, '__init__.py')
    if os.path.exists(pkg):
        spec = importlib.util.spec_from_file_location(
            spec_name, pkg, submodule_search_locations=[os.path.join(LIB, name)])
    else:
        spec = importlib.util.spec_from_file_location(spec_name, os.path.join(LIB, name + '.py'))
    mod = importlib.util.module_from_spec(spec)
    sys.modules[alias] = mod
    spec.loader.exec_module(mod)
    return mod


class Checker:
    def __init__(self, name):
        self.name = name
        self.n = 0
        self.bad = 0

    def same(self, label, got, want):
        self.n += 1
        if type(got) is not type(want) or repr(got) != repr(want):
            self.bad += 1
            if self.bad <= 40:
                g = repr(got)
                w = repr(want)
                if len(g) > 400 or len(w) > 400:
                    i = 0
                    while i < min(len(g), len(w)) and g[i] == w[i]:
                        i += 1
                    start = max(0, i - 100)
                    g = ('...' if start else '') + g[start:start + 300]
                    w = ('...' if start else '') + w[start:start + 300]
                print('MISMATCH %s:\n  weft:    %s\n  cpython: %s' % (label[:300], g, w))
            return False
        return True

    def call(self, label, f_weft, f_py):
        """Compare results or exception (type name + message)."""
        def run(f):
            try:
                return ('ok', f())
            except Exception as e:
                return ('exc', type(e).__name__, str(e))
        return self.same(label, run(f_weft), run(f_py))

    def done(self):
        print('%s: %d checks, %d mismatches' % (self.name, self.n, self.bad))
        return self.bad == 0
