"""xml.etree.ElementPath -- the XPath subset used by Element.find/findall (weft's own).

https://docs.python.org/3.11/library/xml.etree.elementtree.html#elementtree-xpath
"""

import re

_STEP = re.compile(r"""\.\.|\.|//|/|\*|\[[^\]]*\]|\{[^}]*\}[^/\[\]]+|[^/\[\]{}.*][^/\[\]]*""")


def _qualify(tag, namespaces):
    if namespaces and ":" in tag and not tag.startswith("{"):
        prefix, local = tag.split(":", 1)
        if prefix not in namespaces:
            raise SyntaxError("prefix %r not found in prefix map" % prefix)
        return "{%s}%s" % (namespaces[prefix], local)
    if namespaces and "" in namespaces and not tag.startswith("{") and tag != "*":
        return "{%s}%s" % (namespaces[""], tag)
    return tag


def _parents(root):
    return {c: p for p in root.iter() for c in p}


def _predicate(nodes, pred, namespaces, root):
    body = pred[1:-1].strip()
    m = re.fullmatch(r"@([\w:{}.-]+)(?:\s*(!?=)\s*(['\"])(.*)\3)?", body)
    if m:
        key, op, value = m.group(1), m.group(2), m.group(4)
        if op is None:
            return [n for n in nodes if n.get(key) is not None]
        if op == "=":
            return [n for n in nodes if n.get(key) == value]
        return [n for n in nodes if n.get(key) is not None and n.get(key) != value]
    if re.fullmatch(r"\d+", body):
        i = int(body)
        if i < 1:
            raise SyntaxError("XPath position >= 1 expected")
        return _positional(nodes, lambda sibs: i - 1, root)
    m = re.fullmatch(r"last\(\)(?:\s*-\s*(\d+))?", body)
    if m:
        back = int(m.group(1) or 0)
        return _positional(nodes, lambda sibs: len(sibs) - 1 - back, root)
    m = re.fullmatch(r"([\w:{}.*-]+)(?:\s*(!?=)\s*(['\"])(.*)\3)?", body)
    if m:
        tag, op, value = _qualify(m.group(1), namespaces), m.group(2), m.group(4)
        out = []
        for n in nodes:
            kids = [c for c in n if tag == "*" or c.tag == tag]
            if op is None:
                ok = bool(kids)
            else:
                ok = any(("".join(c.itertext()) == value) == (op == "=") for c in kids)
            if ok:
                out.append(n)
        return out
    raise SyntaxError("invalid predicate")


def _positional(nodes, pick, root):
    parents = _parents(root)
    out = []
    for n in nodes:
        p = parents.get(n)
        if p is None:
            continue
        sibs = [c for c in p if c.tag == n.tag]
        k = pick(sibs)
        if 0 <= k < len(sibs) and sibs[k] is n:
            out.append(n)
    return out


def _select(elem, path, namespaces):
    if path[:1] == "/":
        raise SyntaxError("cannot use absolute path on element")
    tokens = _STEP.findall(path)
    if "".join(tokens) != path:
        raise SyntaxError("invalid path")
    nodes = [elem]
    i = 0
    need_step = True
    while i < len(tokens):
        t = tokens[i]
        if t == "/":
            need_step = True
            i += 1
            continue
        if t == "//":
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is None or nxt in ("/", "//") or nxt.startswith("["):
                raise SyntaxError("invalid descendant")
            tag = None if nxt == "*" else _qualify(nxt, namespaces)
            seen, out = set(), []
            for n in nodes:
                for d in n.iter(tag):
                    if d is not n and id(d) not in seen:
                        seen.add(id(d))
                        out.append(d)
            nodes = out
            i += 2
            need_step = False
            continue
        if t.startswith("["):
            nodes = _predicate(nodes, t, namespaces, elem)
        elif t == ".":
            pass
        elif t == "..":
            parents = _parents(elem)
            out = []
            for n in nodes:
                p = parents.get(n)
                if p is not None and p not in out:
                    out.append(p)
            nodes = out
        elif t == "*":
            nodes = [c for n in nodes for c in n]
        else:
            tag = _qualify(t, namespaces)
            nodes = [c for n in nodes for c in n if c.tag == tag]
        need_step = False
        i += 1
    if need_step and path:
        raise SyntaxError("invalid path")
    return nodes
