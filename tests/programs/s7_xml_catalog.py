"""Read, query, modify and write an XML book catalog with xml.etree.ElementTree."""
import io
import xml.etree.ElementTree as ET

CATALOG = """<?xml version="1.0" encoding="UTF-8"?>
<!-- sample catalog -->
<catalog updated="2024-05-01">
  <book id="bk101" lang="en">
    <author>Gambardella, Matthew</author>
    <title>XML Developer's Guide</title>
    <genre>Computer</genre>
    <price>44.95</price>
  </book>
  <book id="bk102" lang="fr">
    <author>Ralls, Kim</author>
    <title>Midnight Rain &amp; Fog</title>
    <genre>Fantasy</genre>
    <price>5.95</price>
  </book>
  <book id="bk103">
    <author>Corets, Eva</author>
    <title>Maeve Ascendant</title>
    <genre>Fantasy</genre>
    <price>5.95</price>
    <note><![CDATA[Contains <spoilers> & more]]></note>
  </book>
  <magazine id="mg1"><title>Caf&#233; Monthly</title></magazine>
</catalog>
"""

root = ET.fromstring(CATALOG)
print(root.tag, root.attrib, len(root), [child.tag for child in root])
for book in root.findall("book"):
    price = float(book.findtext("price"))
    print(f"{book.get('id'):<6} {book.get('lang', '??'):<3} {book.find('title').text:<24} {price:>6.2f}")
print("fantasy:", [b.get("id") for b in root.iterfind("book[genre='Fantasy']")])
print("french:", [b.findtext("title") for b in root.findall("book[@lang='fr']")])
print("all titles:", [t.text for t in root.iter("title")])
print("second book:", root.find("book[2]").get("id"), "last:", root.find("book[last()]").get("id"))
print("note:", repr(root.find(".//note").text), "missing:", root.find("dvd"), repr(root.findtext("dvd", "n/a")))
print("any title:", [e.text for e in root.findall("*/title")][-1], "| parents:", [p.tag for p in root.findall(".//note/..")])
total = sum(float(p.text) for p in root.iter("price"))
print(f"total {total:.2f} over {len(root.findall('.//price'))} prices")

for book in root.findall("book"):
    price = book.find("price")
    price.text = f"{float(price.text) * 1.1:.2f}"
    price.set("currency", "EUR")
    book.attrib.pop("lang", None)
new = ET.SubElement(root, "book", id="bk104", lang="de")
for tag, text in [("author", "Müller, Jörg"), ("title", "Grüße <aus> Köln"), ("price", "12.00")]:
    ET.SubElement(new, tag).text = text
root.remove(root.find("magazine"))
print(ET.tostring(new))
print(ET.tostring(new, encoding="unicode"))
print(ET.tostring(root.find("book/price"), encoding="unicode"), len(root))

small = ET.Element("summary", {"count": str(len(root))})
for b in sorted(root.findall("book"), key=lambda b: float(b.findtext("price"))):
    item = ET.SubElement(small, "item", ref=b.get("id"))
    item.text = b.findtext("title")
empty = ET.SubElement(small, "empty")
ET.indent(small)
print(ET.tostring(small, encoding="unicode"))
print(ET.tostring(empty, encoding="unicode", short_empty_elements=False).strip())
tree = ET.ElementTree(small)
buf = io.BytesIO()
tree.write(buf, encoding="utf-8", xml_declaration=True)
print(buf.getvalue().decode().splitlines()[:2])
again = ET.parse(io.BytesIO(buf.getvalue()))
print(again.getroot().tag, [i.get("ref") for i in again.iter("item")], again.findtext("item"))
print("text:", "".join(ET.fromstring("<p>Hello <b>bold</b> and <i>it</i>!</p>").itertext()))
ns = ET.fromstring('<feed xmlns="http://www.w3.org/2005/Atom" xmlns:x="urn:x"><entry x:k="v"><title>T</title></entry></feed>')
print(ns.tag, [e.tag for e in ns.iter()], ns.find("{http://www.w3.org/2005/Atom}entry").attrib)
print(ns.findtext("a:entry/a:title", namespaces={"a": "http://www.w3.org/2005/Atom"}))
for bad in ["<a><b></a>", "<a>", "<a>&nbsp;</a>", "<a/><b/>", "<a x=1/>"]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print(f"{bad!r:14} ParseError: {e} {e.position}")
try:
    root.findall("/catalog")
except SyntaxError as e:
    print("SyntaxError:", e)
el = ET.Element("x")
try:
    el.append("not an element")
except TypeError as e:
    print("TypeError:", e)
