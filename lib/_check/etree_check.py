"""Compare lib/xml/etree/ElementTree.py (loaded under an alias) with CPython's on many inputs."""
import importlib.util
import xml.etree.ElementTree as real

import sys

ep_spec = importlib.util.spec_from_file_location("weft_ep", "lib/xml/etree/ElementPath.py")
weft_ep = importlib.util.module_from_spec(ep_spec)
ep_spec.loader.exec_module(weft_ep)
saved = sys.modules["xml.etree.ElementPath"]
sys.modules["xml.etree.ElementPath"] = weft_ep  # only while loading weft's ElementTree
spec = importlib.util.spec_from_file_location("weft_et", "lib/xml/etree/ElementTree.py")
mine = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mine)
sys.modules["xml.etree.ElementPath"] = saved

DOCS = [
    "<a/>", "<a>text</a>", "<a x='1' y=\"2\">t<b>u</b>tail<c/>end</a>",
    "<?xml version='1.0'?>\n<!-- c --><root>\n  <item id='1'>One &amp; &lt;two&gt; &#233; &#x263A;</item>\n  <item id='2'><![CDATA[<raw>]]></item>\n</root>\n",
    "<r xmlns='http://d' xmlns:p='http://p'><p:x p:a='1' b='2'/><y/></r>",
    "<a><b></a>", "<a>", "", "<a/><b/>", "<a>&foo;</a>", "<a b='1' b2=x/>", "<a>x</a>junk", "  <a/>  ",
    "<lib><book year='2001' lang='en'><title>A</title><price>10</price></book><book year='1999'><title>B</title><price>5.5</price></book><mag><title>C</title></mag></lib>",
]
PATHS = ["book", "*", ".//title", "book/title", "book[@year]", "book[@year='1999']", "book[title='A']", "book[2]",
         "book[last()]", "*/title", ".", "book/..", ".//*", "nothing", "book[@lang!='en']", "mag/title", "//x", "/abs", "book[0]"]


def dumpel(m, e):
    return (e.tag, sorted(e.attrib.items()), e.text, e.tail, [dumpel(m, c) for c in e])


def run(m, doc):
    out = []
    try:
        r = m.fromstring(doc)
    except m.ParseError as e:
        return ["ParseError", str(e), e.position, e.code]
    out.append(dumpel(m, r))
    for enc in (None, "unicode", "utf-8"):
        out.append(m.tostring(r, encoding=enc))
    out.append(m.tostring(r, encoding="unicode", short_empty_elements=False))
    out.append(list(r.itertext()))
    out.append([e.tag for e in r.iter()])
    for p in PATHS:
        try:
            out.append((p, [e.tag + str(sorted(e.attrib.items())) for e in r.findall(p)], r.findtext(p)))
        except SyntaxError as e:
            out.append((p, "SyntaxError", str(e)))
    m.indent(r)
    out.append(m.tostring(r, encoding="unicode"))
    return out


bad = 0
for d in DOCS:
    a, b = run(real, d), run(mine, d)
    for x, y in zip(a, b):
        if x != y:
            bad += 1
            print("MISMATCH", repr(d))
            print("  real:", x)
            print("  mine:", y)
    if len(a) != len(b):
        print("LEN", repr(d), len(a), len(b)); bad += 1
e = real.Element("t", {"k": "v\n\"&"}, z="1"); e.text = "é<"; real.SubElement(e, "s").tail = "x"
f = mine.Element("t", {"k": "v\n\"&"}, z="1"); f.text = "é<"; mine.SubElement(f, "s").tail = "x"
for args in [{}, {"encoding": "unicode"}, {"encoding": "utf-8"}, {"encoding": "latin-1"}, {"encoding": "unicode", "xml_declaration": True}]:
    if real.tostring(e, **args) != mine.tostring(f, **args):
        bad += 1; print("MISMATCH tostring", args, real.tostring(e, **args), mine.tostring(f, **args))
print("mismatches:", bad)
