print('single', "double", '''triple''', """also""")
print("esc: \t|\\|\'|\"|\x41|\u00e9|\U0001F600|\N{GREEK SMALL LETTER ALPHA}|\101")
print(r"raw \n \t", len(r"\n"), len("\n"))
print("implicit" " concat" ' works')
print(b"bytes \x00\xff", rb"\d", len(b"\x00"))
print("a\
b")
s = """line1
line2"""
print(s.splitlines())
print(0x1F, 0o17, 0b101, 1_000_000, 0x_ff, 1e3, 1.5e-3, 3j, 1_0.5, .5, 5.)
print(type(3j).__name__, 10 // 3, 10 / 4, -7 // 2, -7 % 3, 2 ** -1, 2 ** 100)
print(True + True, None, ..., Ellipsis)
print('\a\b\f\v\r'.encode())
print(len("é"), len("😀"), "😀".encode("utf-8"))
print(repr("it's"), repr('say "hi"'), repr("both ' \""), repr("\n\t\x7f\x00é\u200b"))
