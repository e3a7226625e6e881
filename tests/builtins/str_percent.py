print("%s|%r|%a" % ("é", "é", "é"))
print("%d|%i|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o" % (42, 42, 42, 42, 42, 42, 42, 255, 255, 255, 8, 8))
print("%f|%.2f|%10.3f|%-10.1f|%e|%.3E|%g|%G|%.3g" % (3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 31415.9, 1e-5, 1e20, 1234.5))
print("%c%c|%%|%5s|%-5s|%.2s" % ("a", 98, "ab", "ab", "abcdef"))
print("%(name)s is %(age)d" % {"name": "Al", "age": 3})
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%s" % [1, 2], "%s" % ((1, 2),), "%r" % {"a": 1}, "%s %s" % (None, True))
print("%d" % 3.99, "%d" % -3.99, "%x" % -255, "%o" % -8, "%e" % 0, "%g" % 100000, "%g" % 1000000, "%.0f" % 0.5, "%.0f" % 1.5)
print("%s" % "single", "%5.1s|" % "xyz", "%i" % True, "%f" % 1, "%s" % 1.0, "%r" % 1.0, "%.3s" % None)
print(b"%s %d %x %c" % (b"hi", 5, 255, 65), b"%b" % b"xx", b"%r" % b"q")
for bad in ["%d" , "%q", "%(x)d"]:
    try:
        print(bad % "str")
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    "%c" % 1114112
except OverflowError as e:
    print("OverflowError", e)
try:
    "%c" % "ab"
except TypeError as e:
    print("TypeError", e)
print("%%" % (), "100%%" % ())
print("%-+8.2f|" % 2.5, "%+08.2f|" % -2.5, "% 08.2f|" % 2.5, "%#.0f" % 3, "%#g" % 1.0, "%#x" % 0)
print("%.15g" % 0.1, "%.17g" % 0.1, "%20.10e" % 12345.6789)
print("%s and %s" % ("a", "b"), "%r" % "it's")
