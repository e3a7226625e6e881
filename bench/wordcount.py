"""Dict-heavy word counting over generated text (dict get/set, string
keys, sorting of items).

    python3 bench/wordcount.py [WORDS]
"""
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "we", "zu",
             "an", "el", "is", "or", "um", "ba", "de", "fi", "go", "hu"]


def make_text(n):
    x = 12345
    words = []
    for _ in range(n):
        x = x * 48271 % 2147483647
        # skewed lengths and choices: a few very common words, many rare ones
        k = x % 1000
        if k < 500:
            w = SYLLABLES[k % 20]
        elif k < 900:
            w = SYLLABLES[k % 20] + SYLLABLES[(k // 20) % 20]
        else:
            w = SYLLABLES[x % 20] + SYLLABLES[(x // 20) % 20] + SYLLABLES[(x // 400) % 20]
        if x % 13 == 0:
            w = w.capitalize()
        words.append(w)
    return " ".join(words)


def count_words(text):
    counts = {}
    for w in text.split():
        w = w.lower()
        counts[w] = counts.get(w, 0) + 1
    return counts


def count_pairs(text):
    pairs = {}
    words = text.lower().split()
    prev = words[0]
    for w in words[1:]:
        key = (prev, w)
        if key in pairs:
            pairs[key] += 1
        else:
            pairs[key] = 1
        prev = w
    return pairs


def main(n):
    text = make_text(n)
    counts = count_words(text)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print("distinct:", len(counts), "total:", sum(counts.values()))
    print("top:", top)
    pairs = count_pairs(text)
    best = max(pairs.items(), key=lambda kv: (kv[1], kv[0]))
    print("pairs:", len(pairs), best)
    inverted = {}
    for w, c in counts.items():
        inverted.setdefault(c, []).append(w)
    print("singletons:", len(inverted.get(1, [])), "buckets:", len(inverted))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 400000)
