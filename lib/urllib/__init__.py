"""urllib package (weft): only urllib.parse is provided.

Follows https://docs.python.org/3.11/library/urllib.html
"""
