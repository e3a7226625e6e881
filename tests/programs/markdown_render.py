"""A tiny Markdown-to-HTML renderer driven by re: headings, lists, emphasis, links, code, escaping."""
import html
import re

DOC = """\
# Weft *notes*

Some **bold** text, some *italic* text and `inline <code>`.
A [link](https://example.org/a?b=1&c=2 "title") and an auto <https://python.org>.

## Lists

- first item
- second with **bold**
  - nested item
- third & last

1. one
2. two
10. ten

> quoted *text*
> over two lines

```
def f(x):
    return x < 3 and "a&b"
```

Trailing line with escaped \\*stars\\* and a_snake_case_word.
---
"""

INLINE = [
    (re.compile(r"`([^`]+)`"), lambda m: f"<code>{html.escape(m[1])}</code>"),
    (re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"), lambda m: f"<strong>{m[1]}</strong>"),
    (re.compile(r"(?<![\\\w])\*(?=\S)(.+?)(?<=\S)(?<!\\)\*"), lambda m: f"<em>{m[1]}</em>"),
    (re.compile(r'\[([^\]]+)\]\(([^)\s]+)(?:\s+"([^"]*)")?\)'),
     lambda m: f'<a href="{html.escape(m[2])}"' + (f' title="{m[3]}"' if m[3] else "") + f">{m[1]}</a>"),
    (re.compile(r"<(https?://[^>]+)>"), lambda m: f'<a href="{m[1]}">{m[1]}</a>'),
    (re.compile(r"\\([*_`])"), lambda m: m[1]),
]


def inline(text):
    parts = re.split(r"(`[^`]+`|<https?://[^>]+>)", text)
    out = []
    for i, part in enumerate(parts):
        if i % 2 == 0:
            part = html.escape(part, quote=False)
        for pat, fn in INLINE:
            part = pat.sub(fn, part)
        out.append(part)
    return "".join(out)


def render(doc):
    lines = doc.splitlines()
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("```"):
            j = lines.index("```", i + 1)
            out.append("<pre><code>" + html.escape("\n".join(lines[i + 1:j])) + "</code></pre>")
            i = j + 1
            continue
        if m := re.match(r"(#{1,6})\s+(.*)", line):
            level = len(m[1])
            slug = re.sub(r"[^a-z0-9]+", "-", re.sub(r"<[^>]+>", "", inline(m[2])).lower()).strip("-")
            out.append(f'<h{level} id="{slug}">{inline(m[2])}</h{level}>')
        elif re.fullmatch(r"-{3,}", line):
            out.append("<hr/>")
        elif re.match(r"\s*(?:[-*]|\d+\.)\s", line):
            items = []
            while i < len(lines) and (m := re.match(r"(\s*)([-*]|\d+\.)\s+(.*)", lines[i])):
                items.append((len(m[1]) // 2, "ol" if m[2][0].isdigit() else "ul", m[3]))
                i += 1
            out.extend(render_list(items))
            continue
        elif line.startswith(">"):
            quote = []
            while i < len(lines) and lines[i].startswith(">"):
                quote.append(lines[i].lstrip("> "))
                i += 1
            out.append("<blockquote>" + inline(" ".join(quote)) + "</blockquote>")
            continue
        elif line.strip():
            para = [line]
            while i + 1 < len(lines) and lines[i + 1].strip() and not re.match(r"[#>`-]|\d+\.", lines[i + 1]):
                i += 1
                para.append(lines[i])
            out.append("<p>" + inline(" ".join(para)) + "</p>")
        i += 1
    return "\n".join(out)


def render_list(items):
    out, stack = [], []
    for depth, kind, text in items:
        while len(stack) > depth + 1:
            out.append("  " * (len(stack) - 1) + f"</{stack.pop()}>")
        if len(stack) < depth + 1:
            out.append("  " * len(stack) + f"<{kind}>")
            stack.append(kind)
        out.append("  " * len(stack) + f"<li>{inline(text)}</li>")
    while stack:
        out.append("  " * (len(stack) - 1) + f"</{stack.pop()}>")
    return out


result = render(DOC)
print(result)
print(len(result.splitlines()), result.count("<li>"), sorted(set(re.findall(r"<(\w+)", result))))
print(html.escape('<a href="x">&\'</a>'), html.unescape("&lt;p&gt; &amp;amp; &#39; &#x263A; &copy; &nbsp;|"))
print(inline("a * b * c"), "|", inline("**unclosed"), "|", inline("2*3*4 = 24"), "|", inline("snake_case_name"))
