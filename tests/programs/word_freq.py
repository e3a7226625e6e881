import sys
from collections import Counter, defaultdict
text = sys.stdin.read()
words = [w.strip(".,;:!?\"'()").lower() for w in text.split()]
words = [w for w in words if w]
c = Counter(words)
print("words:", len(words), "unique:", len(c))
for w, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:10]:
    print(f"{w:>10} {n:3d} {'#' * n}")
by_len = defaultdict(list)
for w in sorted(c):
    by_len[len(w)].append(w)
for k in sorted(by_len):
    print(k, by_len[k][:6])
lines = text.splitlines()
print("lines:", len(lines), "longest:", max(range(len(lines)), key=lambda i: len(lines[i])) + 1)
print("avg word length: %.3f" % (sum(map(len, words)) / len(words)))
