"""Compare lib/html/parser.py (loaded under an alias) with CPython's html.parser on many inputs."""
import importlib.util
import html.parser as real

spec = importlib.util.spec_from_file_location("weft_html_parser", "lib/html/parser.py")
mine = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mine)


def recorder(base, **kw):
    class R(base):
        def __init__(self):
            super().__init__(**kw)
            self.ev = []
        def handle_starttag(self, t, a): self.ev.append(("start", t, a, self.get_starttag_text()))
        def handle_endtag(self, t): self.ev.append(("end", t))
        def handle_startendtag(self, t, a): self.ev.append(("startend", t, a))
        def handle_data(self, d): self.ev.append(("data", d))
        def handle_comment(self, d): self.ev.append(("comment", d))
        def handle_decl(self, d): self.ev.append(("decl", d))
        def handle_pi(self, d): self.ev.append(("pi", d))
        def unknown_decl(self, d): self.ev.append(("unknown", d))
        def handle_entityref(self, n): self.ev.append(("ent", n))
        def handle_charref(self, n): self.ev.append(("char", n))
    return R()


CASES = [
    "<html><head><title>T &amp; co</title></head><body class='x' id=main>Hi</body></html>",
    "<!DOCTYPE html><p>one<br/>two<br>three<img src=\"a.png\" alt='A &lt; B' hidden></p>",
    "<!-- a comment --><?xml version='1.0'?><![CDATA[raw <stuff>]]>",
    "<script>if (a < b && c > d) { x = '</p>'; }</script><style>p>a{}</style>after",
    "<A HREF='HTTP://X'>Link</A><Input Type=checkbox CHECKED>",
    "text with &copy; &#169; &#xA9; &notanentity; and & alone < not a tag",
    "<ul>\n  <li>one</li>\n  <li>two</li>\n</ul>\n",
    "<div data-x = \"1\" data-y='2' data-z=3/>",
    "<p>unclosed <b>bold",
    "</>empty end</ p>",
    "<a href=x/>z</a>",
    "<br />x<hr/>",
    "caf&eacute; &amp&lt;",
]
bad = 0
for case in CASES:
    for kw in ({}, {"convert_charrefs": False}):
        for pieces in ([case], [case[:len(case) // 2], case[len(case) // 2:]], list(case)):
            a, b = recorder(real.HTMLParser, **kw), recorder(mine.HTMLParser, **kw)
            for p in pieces:
                a.feed(p)
                b.feed(p)
            a.close()
            b.close()
            # data may be split differently across feeds: compare with adjacent data merged
            def merged(ev):
                out = []
                for e in ev:
                    if e[0] == "data" and out and out[-1][0] == "data":
                        out[-1] = ("data", out[-1][1] + e[1])
                    else:
                        out.append(e)
                return out
            ea, eb = merged(a.ev), merged(b.ev)
            if ea != eb or (len(pieces) == 1 and a.ev != b.ev) or a.getpos() != b.getpos():
                bad += 1
                print("MISMATCH", repr(case), kw, len(pieces))
                print("  real:", a.ev, a.getpos())
                print("  mine:", b.ev, b.getpos())
print("mismatches:", bad)
