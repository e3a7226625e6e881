"""weft's xml package (only the package itself so far: dom, sax, etree and parsers are
not written yet). https://docs.python.org/3.11/library/xml.html"""

__all__ = ["dom", "parsers", "sax", "etree"]
