"""Utility functions checked with doctest.

>>> slugify("Hello, World!")
'hello-world'
"""
import doctest
import re


def slugify(text, sep="-"):
    """Turn text into a URL slug.

    >>> slugify("  Crème brûlée  recipe ")
    'crème-brûlée-recipe'
    >>> slugify("a_b c", sep="_")
    'a_b_c'
    >>> slugify("")
    ''
    """
    words = re.findall(r"\w+", text.lower())
    return sep.join(w for part in words for w in part.split("_") if w)


def chunks(seq, n):
    """Split seq into lists of length n.

    >>> chunks([1, 2, 3, 4, 5], 2)
    [[1, 2], [3, 4], [5]]
    >>> for c in chunks("abcdef", 4):
    ...     print(c)
    ['a', 'b', 'c', 'd']
    ['e', 'f']
    >>> chunks([], 3)
    []
    >>> chunks([1], 0)
    Traceback (most recent call last):
        ...
    ValueError: n must be positive
    """
    if n <= 0:
        raise ValueError("n must be positive")
    return [list(seq[i:i + n]) for i in range(0, len(seq), n)]


class Matrix:
    """A tiny matrix.

    >>> m = Matrix([[1, 2], [3, 4]])
    >>> m
    Matrix([[1, 2], [3, 4]])
    >>> print(m)
    1 2
    3 4
    >>> m.transpose().rows
    [[1, 3], [2, 4]]
    >>> (m * m).rows == [[7, 10], [15, 22]]
    True
    """

    def __init__(self, rows):
        self.rows = rows

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        return "\n".join(" ".join(str(x) for x in r) for r in self.rows)

    def transpose(self):
        """
        >>> Matrix([[1, 2, 3]]).transpose()
        Matrix([[1], [2], [3]])
        """
        return Matrix([list(c) for c in zip(*self.rows)])

    def __mul__(self, other):
        cols = other.transpose().rows
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    @staticmethod
    def identity(n):
        """
        >>> Matrix.identity(3)   # doctest: +NORMALIZE_WHITESPACE
        Matrix([[1, 0, 0],
                [0, 1, 0],
                [0, 0, 1]])
        """
        return Matrix([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        """
        >>> Matrix([[0] * 5] * 2).shape
        (2, 5)
        """
        return len(self.rows), len(self.rows[0]) if self.rows else 0


def stats(xs):
    """Mean and spread (this docstring has deliberate mistakes).

    >>> stats([1, 2, 3, 4])
    {'mean': 2.5, 'range': 3}
    >>> stats([2.5])
    {'mean': 2.5, 'range': 0}
    >>> stats(range(100))      # doctest: +ELLIPSIS
    {'mean': 49.5, ...}
    >>> stats([])
    {'mean': 0, 'range': 0}
    >>> print("line one\\n\\nline three")
    line one
    <BLANKLINE>
    line three
    >>> print("  a   b  ")
    a b
    >>> 1 == 1
    1
    >>> [1, 2,
    ...  3]
    [1, 2, 3]
    >>> stats("x")   # doctest: +SKIP
    nonsense
    >>> print("trailing ")
    trailing
    >>> None
    >>> 42
    >>> stats([1]) # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    KeyError: 'oops'
    """
    xs = list(xs)
    if not xs:
        return {"mean": None}
    return {"mean": sum(xs) / len(xs), "range": max(xs) - min(xs)}


def undocumented():
    return 1


__test__ = {
    "arith": """
    >>> 2 ** 10
    1024
    >>> x = 7
    >>> x * 6
    42
    >>> divmod(x, 2)
    (4, 1)
    """,
}


if __name__ == "__main__":
    results = doctest.testmod()
    print(results)
    print(results.failed, results.attempted, results._fields)

    def square(x):
        """
        >>> square(3)
        9
        >>> square(-2)
        5
        """
        return x * x

    doctest.run_docstring_examples(square, {"square": square}, name="square")
    doctest.run_docstring_examples(square, {"square": square}, verbose=True)
    print(doctest.testmod(verbose=True, report=True).attempted)
    parser = doctest.DocTestParser()
    for ex in parser.get_examples(chunks.__doc__):
        print(ex.lineno, ex.indent, repr(ex.source), repr(ex.want), repr(ex.exc_msg))
    print(doctest.ELLIPSIS, doctest.NORMALIZE_WHITESPACE, doctest.SKIP, doctest.IGNORE_EXCEPTION_DETAIL)
    print(doctest.OutputChecker().check_output("[1, ..., 9]\n", "[1, 2, 3, 9]\n", doctest.ELLIPSIS))
    finder = doctest.DocTestFinder()
    print([t.name for t in finder.find(Matrix)])
