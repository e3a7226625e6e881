"""Compare JSONEncoder.iterencode chunks of lib/json with CPython's (python3, repo root)."""
import importlib.util, json, random, sys
spec = importlib.util.spec_from_file_location("json", "lib/json/__init__.py",
                                              submodule_search_locations=["lib/json"])
saved = {k: sys.modules.pop(k) for k in list(sys.modules) if k == 'json' or k.startswith('json.')}
w = importlib.util.module_from_spec(spec); sys.modules['json'] = w; spec.loader.exec_module(w)
import json._iterencode as wi
import json.encoder as wenc
for k in list(sys.modules):
    if k == 'json' or k.startswith('json.'):
        sys.modules.pop(k)
sys.modules.update(saved)
import json as cj
rng = random.Random(2)
def gen(d):
    r = rng.random()
    if d > 3 or r < 0.4:
        return rng.choice([None, True, False, 1, -5, 2.5, 'x', 'é"\n', 10**20, float('inf')])
    if r < 0.7:
        return [gen(d + 1) for _ in range(rng.randint(0, 4))]
    return {rng.choice(['a', 'b', 1, 2.0, None, True]): gen(d + 1) for _ in range(rng.randint(0, 4))}
class O: pass
bad = 0
for i in range(3000):
    v = gen(0)
    if i % 10 == 0: v = [v, O()]
    kw = rng.choice([{}, {'indent': 2}, {'sort_keys': True}, {'separators': (',', ':')},
                     {'ensure_ascii': False}, {'indent': '\t', 'sort_keys': True}])
    kw = dict(kw, default=lambda o: {'o': [1]})
    if 'sort_keys' in kw and isinstance(v, (dict, list)): v = {'k': [1, {'z': 1, 'a': 2}]}
    a = list(cj.JSONEncoder(**kw).iterencode(v))
    b = list(wi.iterencode(wenc.JSONEncoder(**kw), v))
    if a != b:
        bad += 1
        if bad < 10: print(kw, v, a, b)
print("mismatches:", bad)
