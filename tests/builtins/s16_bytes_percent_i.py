# bytes %-formatting reads %i as %d, so its error messages say %d; str keeps %i.
for fmt in ("%i", "%d", "%u", "%x", "%5i", "%-3i|"):
    for v in (None, "s", 3.7, -12, [1]):
        row = []
        for f in (fmt, fmt.encode()):
            try:
                row.append(repr(f % v))
            except TypeError as e:
                row.append(f"TypeError: {e}")
        print(fmt, repr(v), "|", " | ".join(row))
