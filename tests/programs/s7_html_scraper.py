"""Scrape an HTML page with html.parser: links, headings outline, a table, text-only view."""
from html.parser import HTMLParser
from html import escape, unescape
from collections import Counter

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Caf&eacute; Menu &amp; Prices</title>
  <style>body > p { color: red; }</style>
  <script type="text/javascript">if (a < b && b > c) { document.write("</p>"); }</script>
</head>
<body>
  <!-- navigation -->
  <nav><a href="/">Home</a> | <a href='/menu?lang=en&amp;page=2' class="active current">Menu</a> |
       <A HREF=/contact TARGET=_blank>Contact</A></nav>
  <h1>Today&#39;s specials</h1>
  <h2 id="drinks">Drinks</h2>
  <table>
    <tr><th>Item</th><th>Price</th></tr>
    <tr><td>Espresso</td><td>2.50</td></tr>
    <tr><td>Caf&eacute; au lait</td><td>3.20</td></tr>
    <tr><td>Th&eacute; &lt;vert&gt;</td><td>2.90</td></tr>
  </table>
  <h2 id="food">Food</h2>
  <p>Croissant<br/>Pain au chocolat<br>Quiche &#x2014; daily</p>
  <img src="logo.png" alt="Logo &copy; 2024" width=120 hidden>
  <input type="checkbox" checked disabled/>
  <?php echo "ignored"; ?>
  <p>Contact: <a href="mailto:chef@example.com">chef@example.com</a></p>
</body>
</html>
"""


class Outline(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.headings, self.rows, self.text = [], [], [], []
        self.tags = Counter()
        self.events = []
        self._in = []
        self._row = None
        self._cell = None

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        self._in.append(tag)
        d = dict(attrs)
        if tag == "a":
            self.links.append([d.get("href"), ""])
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th"):
            self._cell = ""
        elif tag in ("img", "input"):
            self.events.append((tag, attrs, self.get_starttag_text()))

    def handle_startendtag(self, tag, attrs):
        self.events.append(("self-closing", tag, attrs))
        super().handle_startendtag(tag, attrs)

    def handle_endtag(self, tag):
        if tag in self._in:
            while self._in.pop() != tag:
                pass
        if tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None
        elif tag in ("td", "th") and self._cell is not None:
            self._row.append(self._cell.strip())
            self._cell = None

    def handle_data(self, data):
        top = self._in[-1] if self._in else None
        if top in ("script", "style"):
            self.events.append((top, data))
            return
        if top == "a" and self.links:
            self.links[-1][1] += data
        if top in ("h1", "h2"):
            self.headings.append((top, data))
        if self._cell is not None:
            self._cell += data
        if data.strip():
            self.text.append(" ".join(data.split()))

    def handle_comment(self, data):
        self.events.append(("comment", data))

    def handle_decl(self, decl):
        self.events.append(("decl", decl))

    def handle_pi(self, data):
        self.events.append(("pi", data))


p = Outline()
for chunk in (PAGE[i:i + 97] for i in range(0, len(PAGE), 97)):
    p.feed(chunk)
p.close()

print("== links")
for href, label in p.links:
    print(f"  {label.strip():<18} -> {href}")
print("== outline")
for tag, text in p.headings:
    print("  " * (int(tag[1]) - 1) + "- " + text)
print("== table")
widths = [max(len(r[i]) for r in p.rows) for i in range(len(p.rows[0]))]
for r in p.rows:
    print("  | " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |")
total = sum(float(r[1]) for r in p.rows[1:])
print(f"  total {total:.2f}, average {total / (len(p.rows) - 1):.3f}")
print("== events")
for e in p.events:
    print(" ", e)
print("== tags", sorted(p.tags.items()))
print("== text:", " / ".join(p.text))
print("== pos", p.getpos())


class Refs(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.out = []

    def handle_data(self, d):
        self.out.append(("data", d))

    def handle_entityref(self, name):
        self.out.append(("entity", name, unescape(f"&{name};")))

    def handle_charref(self, name):
        code = int(name[1:], 16) if name[0] in "xX" else int(name)
        self.out.append(("char", name, chr(code)))


r = Refs()
r.feed("5 &lt; 6 &amp&amp; caf&eacute; &#233; &#xE9; & done")
r.close()
print(r.out)
print(escape("<a href='x'>&</a>"), escape("\"q\"", quote=False), unescape("&lt;&gt;&amp;&quot;&#39;&nbsp;|&bogus;"))
