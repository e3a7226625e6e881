samples = ["hello", "Hello World", "HELLO", "hello123", "123", "", " ", "\t\n", "MiXeD cAsE", "snake_case", "Title Case Words", "ñandú", "ΑΒΓ", "abc!", "٢٣", "²", "Ⅷ", "x\u0301"]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold(),
          s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
