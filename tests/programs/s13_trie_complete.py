"""Trie-based autocomplete with frequency ranking and fuzzy matching."""
from collections import Counter, defaultdict
import heapq

TEXT = """The quick brown fox jumps over the lazy dog. The dog barks; the fox runs.
Thequick thinking of the theorem: therapists theorize that there is theatre in theory.
Brownies, brown bread and broth -- brother Bronson brought brooms.
Dogs dodge doors; doves dove down. Does the doe do what the dog does?"""


class Node:
    __slots__ = ("children", "count", "word")

    def __init__(self):
        self.children = {}
        self.count = 0
        self.word = None

    def __repr__(self):
        return f"Node({self.word!r}, count={self.count}, kids={''.join(sorted(self.children))})"


class Trie:
    def __init__(self):
        self.root = Node()
        self.size = 0

    def insert(self, word, n=1):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, Node())
        if node.word is None:
            self.size += 1
        node.word = word
        node.count += n

    def __len__(self):
        return self.size

    def __contains__(self, word):
        node = self._find(word)
        return node is not None and node.word is not None

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def __iter__(self):
        stack = [self.root]
        while stack:
            node = stack.pop()
            if node.word is not None:
                yield node.word
            stack.extend(node.children[k] for k in sorted(node.children, reverse=True))

    def complete(self, prefix, k=3):
        node = self._find(prefix)
        if node is None:
            return []
        found = []
        stack = [node]
        while stack:
            n = stack.pop()
            if n.word is not None:
                found.append((n.count, n.word))
            stack.extend(n.children.values())
        return [w for c, w in heapq.nlargest(k, found, key=lambda t: (t[0], [-ord(c) for c in t[1]]))]

    def fuzzy(self, word, max_edits=1):
        results = []
        first_row = list(range(len(word) + 1))

        def walk(node, ch, prev_row):
            row = [prev_row[0] + 1]
            for i in range(1, len(word) + 1):
                cost = 0 if word[i - 1] == ch else 1
                row.append(min(row[i - 1] + 1, prev_row[i] + 1, prev_row[i - 1] + cost))
            if node.word is not None and row[-1] <= max_edits:
                results.append((row[-1], node.word))
            if min(row) <= max_edits:
                for c, child in sorted(node.children.items()):
                    walk(child, c, row)

        for c, child in sorted(self.root.children.items()):
            walk(child, c, first_row)
        return sorted(results)


words = [w.strip(".,;:?-").casefold() for w in TEXT.split()]
words = [w for w in words if w]
freq = Counter(words)
t = Trie()
for w, n in freq.items():
    t.insert(w, n)

print(len(t), "distinct words,", sum(freq.values()), "total")
print("most common:", freq.most_common(4))
for prefix in ["th", "the", "bro", "do", "x", ""]:
    print(f"{prefix!r:>6} -> {t.complete(prefix, 4)}")
print("'theory' in trie:", "theory" in t, "| 'theo' in trie:", "theo" in t)
print("first 8 in order:", list(t)[:8])
print("fuzzy 'dag':", t.fuzzy("dag"))
print("fuzzy 'brwn':", t.fuzzy("brwn", 2)[:5])
print(t._find("fo"))

by_len = defaultdict(list)
for w in t:
    by_len[len(w)].append(w)
for n in sorted(by_len)[-3:]:
    print(n, by_len[n])

by_initial = Counter(w[0] for w in words)
for letter, n in sorted(by_initial.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(f"{letter}: {'#' * n} ({n})")
print(repr(t.root)[:40])
try:
    t.root.extra = 1
except AttributeError as e:
    print("slots:", e)
