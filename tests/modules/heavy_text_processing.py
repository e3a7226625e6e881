import re
from collections import Counter
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
words = re.findall(r"[a-z']+", text.lower())
c = Counter(words)
print(len(words), c.most_common(6))
print(sorted(set(words))[:10])
lines = text.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:20])
print(" ".join(w.capitalize() for w in words[:8]))
freq = {}
for w in words:
    freq[w[0]] = freq.get(w[0], 0) + 1
print(sorted(freq.items()))
print(text.count("it was"), text.find("wisdom"), text.replace("times", "TIMES", 1)[:40])
table = "\n".join(f"{w:<12}|{n:>3}" for w, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(table)
