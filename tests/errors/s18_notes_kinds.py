# __notes__ that are not a list of str: CPython 3.11 prints each item of any
# sequence (a str character by character), and the repr of anything else.
import sys


class BadNote:
    def __str__(self):
        raise RuntimeError("no")


class Seq:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return f"seq note {i}"


for notes in ["abc", ("a", b"b", None), [BadNote(), "after"], Seq(), ["multi\nline"], {"k": 1}]:
    e = ValueError("x")
    e.__notes__ = notes
    sys.excepthook(ValueError, e, None)
    sys.stderr.flush()
    print("--", file=sys.stderr)
e = ValueError("last")
e.__notes__ = 42
raise e
