import json
def parse(s):
    return json.loads(s)
lst = [1, 2, 3]
fn = lambda i: lst[i]
print(sorted([3, 1, 2], key=lambda v: -v))
print(list(map(fn, [0, 1])))
res = (
    fn(0) +
    fn(10)
)
