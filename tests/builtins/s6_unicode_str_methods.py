# str methods over random unicode text: case mapping, predicates, whitespace (fixed seed)
import random
rng = random.Random(5)
pool = ("aZ09 _-'.\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u00a0\u1680\u2000\u2028\u2029\u3000\u200b"
        "ßİıſǅǈǋǲΐΣσςﬀﬁﬃŉǰ\u0345Άάΐϐϑϕϖϰϱϵ"
        "ÀàÉéÑñÖöÜüÿŸĲĳŒœ" "ДдЖжЁё" "ⅠⅰⅫ①⑳" "٠١٢٣" "０１２" "²³¹¼½" "𝐀𝐚𝟎" "😀👍🏽" "中文字" "ᾈᾀᾼ" "Ꭰꭰ")
for _ in range(150):
    s = "".join(rng.choice(pool) for _ in range(rng.randrange(0, 9)))
    out = [s.upper(), s.lower(), s.casefold(), s.title(), s.capitalize(), s.swapcase(), s.split(), s.splitlines(), s.strip(),
           s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(), s.isupper(), s.islower(), s.istitle(),
           s.isidentifier(), s.isprintable(), s.isascii(), len(s.encode("utf-8")), s.center(12, "·"), s.zfill(6), s.expandtabs(3)]
    print(ascii(s), ascii(out))
