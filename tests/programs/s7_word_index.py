"""A trie-based word index over unicode text with autocomplete."""
import re
import unicodedata
from collections import Counter, defaultdict


class TrieNode:
    __slots__ = ("children", "count", "word")

    def __init__(self):
        self.children = {}
        self.count = 0
        self.word = None


class Trie:
    def __init__(self, words=()):
        self.root = TrieNode()
        self._size = 0
        for w in words:
            self.add(w)

    def add(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
        if node.word is None:
            self._size += 1
            node.word = word
        node.count += 1

    def __len__(self):
        return self._size

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

    def complete(self, prefix, limit=5):
        node = self._find(prefix)
        if node is None:
            return []
        found = []

        def walk(n):
            if n.word is not None:
                found.append((n.count, n.word))
            for k in sorted(n.children):
                walk(n.children[k])
        walk(node)
        found.sort(key=lambda t: (-t[0], t[1]))
        return [w for _, w in found[:limit]]

    def remove(self, word):
        path = [self.root]
        for ch in word:
            nxt = path[-1].children.get(ch)
            if nxt is None:
                raise KeyError(word)
            path.append(nxt)
        if path[-1].word is None:
            raise KeyError(word)
        path[-1].word = None
        path[-1].count = 0
        self._size -= 1
        for i in range(len(word), 0, -1):
            node = path[i]
            if node.children or node.word is not None:
                break
            del path[i - 1].children[word[i - 1]]


TEXT = """Straße, STRASSE und strasse: Der Bäcker backt Brötchen.
Café, cafe, CAFÉ! Naïve résumé — naive resume; the theater (théâtre) thé.
Ελληνικά λέξεις και ελληνικά, Москва москва МОСКВА. 東京 東京タワー
The the THE they then there, there's "quotes" and it's don't won't."""


def fold(word):
    nfkd = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in nfkd if not unicodedata.combining(c))


words = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", TEXT)
print(len(words), words[:8])
trie = Trie(w.casefold() for w in words)
print("distinct casefolded:", len(trie))
print("strasse" in trie, "straße" in trie, "café" in trie, "caf" in trie)
print(trie.complete("th"), trie.complete("the", 2), trie.complete("x"))
print(trie.complete("μ"), trie.complete("мос"), trie.complete("東"))
print(list(trie)[:10])
trie.remove("there")
print(len(trie), "there" in trie, "there's" in trie, trie.complete("ther"))
try:
    trie.remove("nonexistent")
except KeyError as e:
    print("KeyError:", e, repr(e))

folded = Counter(fold(w) for w in words)
print(folded.most_common(6))
groups = defaultdict(set)
for w in words:
    groups[fold(w)].add(w)
for key in sorted(k for k, v in groups.items() if len(v) > 1):
    print(f"{key!r:>12} <- {sorted(groups[key])}")
for w in ["Straße", "ǅemal", "ﬁne", "İstanbul", "ΣΊΣΥΦΟΣ"]:
    print(w, w.lower(), w.upper(), w.casefold(), w.title(), w.swapcase(), len(w.upper()))
print([unicodedata.name(c, "?") for c in "é—東"])
print([unicodedata.category(c) for c in "aZ5 _—東\n"])
print(sorted(["éclair", "eclair", "Zebra", "apple", "Äpfel"]), sorted(["éclair", "Zebra", "Äpfel"], key=fold))
