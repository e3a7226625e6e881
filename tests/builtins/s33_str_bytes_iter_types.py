# The iterator a str/bytes/bytearray hands out, whether through iter() or by calling
# __iter__ directly (also on a subclass instance): str_ascii_iterator, str_iterator,
# bytes_iterator, bytearray_iterator.
import collections


class S(str):
    pass


class B(bytes):
    pass


class BA(bytearray):
    pass


for x in ["abc", "é", "", b"ab", bytearray(b"ab"), S("xy"), S("ü"), B(b"q"), BA(b"r"),
          [1], (1,), {1: 2}, {1}, range(3), {}.keys(), {}.values(), {}.items()]:
    a = iter(x)
    b = x.__iter__()
    c = type(x).__iter__(x)
    print(type(x).__name__, type(a).__name__, type(b).__name__, type(c).__name__,
          list(b), type(a) is type(b))

# The iterators keep working after their source changes or runs out.
ba = bytearray(b"abc")
it = ba.__iter__()
print(next(it))
ba.extend(b"de")
print(list(it))
print(list(it))
s = "héllo".__iter__()
print(next(s), next(s), list(s))
print(type(iter(S("ab"))).__name__, list(iter(S("ab"))))
print(sorted(set("abc".__iter__())))
print(collections.Counter(b"abca".__iter__()).most_common(1))
