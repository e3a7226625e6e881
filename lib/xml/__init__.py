"""weft's xml package (xml.etree.ElementTree is written; dom, sax and parsers are
not yet). https://docs.python.org/3.11/library/xml.html"""

__all__ = ["dom", "parsers", "sax", "etree"]
