"""xml.etree -- the ElementTree XML API package (https://docs.python.org/3.11/library/xml.etree.elementtree.html)."""
