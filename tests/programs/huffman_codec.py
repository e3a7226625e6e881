"""Huffman coding and run-length compression of text and bytes, with bit packing and round trips."""
import heapq
from collections import Counter
from itertools import count


def build_codes(text):
    freq = Counter(text)
    if len(freq) == 1:
        return {next(iter(freq)): "0"}
    tie = count()
    heap = [(n, next(tie), sym) for sym, n in sorted(freq.items())]
    heapq.heapify(heap)
    while len(heap) > 1:
        n1, _, a = heapq.heappop(heap)
        n2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (n1 + n2, next(tie), (a, b)))
    codes = {}

    def walk(node, prefix):
        if isinstance(node, tuple):
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")
        else:
            codes[node] = prefix

    walk(heap[0][2], "")
    return codes


def encode(text, codes):
    bits = "".join(codes[c] for c in text)
    pad = -len(bits) % 8
    bits += "0" * pad
    return pad, bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8))


def decode(pad, data, codes):
    rev = {v: k for k, v in codes.items()}
    bits = "".join(f"{b:08b}" for b in data)
    if pad:
        bits = bits[:-pad]
    out, cur = [], ""
    for bit in bits:
        cur += bit
        if cur in rev:
            out.append(rev[cur])
            cur = ""
    if cur:
        raise ValueError(f"dangling bits {cur!r}")
    return "".join(out)


samples = ["abracadabra", "aaaaaaa", "mississippi river", "the quick brown fox jumps over the lazy dog",
           "ünïcödé ünïcödé ü", "x"]
for text in samples:
    codes = build_codes(text)
    pad, packed = encode(text, codes)
    back = decode(pad, packed, codes)
    ratio = len(packed) / len(text.encode())
    width = max(len(c) for c in codes.values())
    print(f"{text[:20]!r:<24} syms={len(codes):>2} maxlen={width} bytes={len(packed):>3} ratio={ratio:.3f} ok={back == text}")
codes = build_codes("abracadabra")
print(sorted(codes.items(), key=lambda kv: (len(kv[1]), kv[1])), encode("abracadabra", codes)[1].hex())
try:
    decode(0, b"\xff", {"a": "00", "b": "01"})
except ValueError as exc:
    print("ValueError:", exc)


def rle_encode(data: bytes) -> bytes:
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes([j - i, data[i]])
        i = j
    return bytes(out)


def rle_decode(data: bytes) -> bytes:
    if len(data) % 2:
        raise ValueError("odd-length RLE stream")
    return b"".join(bytes([data[i + 1]]) * data[i] for i in range(0, len(data), 2))


for raw in [b"", b"aaabccccd", b"\x00" * 300, bytes(range(5)) * 2, "ééé".encode()]:
    enc = rle_encode(raw)
    assert rle_decode(enc) == raw
    print(len(raw), len(enc), enc[:12], enc.hex(" ")[:30])
try:
    rle_decode(b"\x03")
except ValueError as exc:
    print("ValueError:", exc)


def lz_compress(s, window=16):
    i, out = 0, []
    while i < len(s):
        best = (0, 0)
        for j in range(max(0, i - window), i):
            k = 0
            while i + k < len(s) and s[j + k] == s[i + k] and k < 15:
                k += 1
            if k > best[1]:
                best = (i - j, k)
        if best[1] >= 3:
            out.append(best)
            i += best[1]
        else:
            out.append(s[i])
            i += 1
    return out


def lz_expand(tokens):
    out = []
    for t in tokens:
        if isinstance(t, tuple):
            off, n = t
            for _ in range(n):
                out.append(out[-off])
        else:
            out.append(t)
    return "".join(out)


for s in ["abcabcabcabcx", "aaaaaaaaaaaa", "to be or not to be, that is", "nope"]:
    toks = lz_compress(s)
    print(toks, lz_expand(toks) == s)
