"""The chunks JSONEncoder.iterencode() yields (json.dump writes them one by one), cut
where CPython's encoder cuts them. https://docs.python.org/3.11/library/json.html"""

from json.encoder import encode_basestring, encode_basestring_ascii, _floatstr


def iterencode(enc, o):
    """Generate the JSON text of o for the encoder enc, chunk by chunk."""
    markers = {} if enc.check_circular else None
    encoder = encode_basestring_ascii if enc.ensure_ascii else encode_basestring
    indent = enc.indent
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    item_separator = enc.item_separator
    key_separator = enc.key_separator
    sort_keys = enc.sort_keys
    skipkeys = enc.skipkeys
    allow_nan = enc.allow_nan
    default = enc.default
    int_repr = int.__repr__

    def scalar(v):
        # The text of a scalar value, or None for containers and other objects.
        if isinstance(v, str):
            return encoder(v)
        if v is None:
            return 'null'
        if v is True:
            return 'true'
        if v is False:
            return 'false'
        if isinstance(v, int):
            return int_repr(v)
        if isinstance(v, float):
            return _floatstr(v, allow_nan)
        return None

    def enter(obj):
        if markers is not None:
            mid = id(obj)
            if mid in markers:
                raise ValueError("Circular reference detected")
            markers[mid] = obj
            return mid
        return None

    def leave(mid):
        if markers is not None:
            del markers[mid]

    def enc_list(lst, level):
        if not lst:
            yield '[]'
            return
        mid = enter(lst)
        buf = '['
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            separator = item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            text = scalar(value)
            if text is not None:
                yield buf + text
            else:
                yield buf
                yield from enc_any(value, level)
        if newline_indent is not None:
            level -= 1
            yield '\n' + indent * level
        yield ']'
        leave(mid)

    def enc_dict(dct, level):
        if not dct:
            yield '{}'
            return
        mid = enter(dct)
        yield '{'
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            separator = item_separator + newline_indent
            yield newline_indent
        else:
            newline_indent = None
            separator = item_separator
        first = True
        items = sorted(dct.items()) if sort_keys else dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _floatstr(key, allow_nan)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int_repr(key)
            elif skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                yield separator
            yield encoder(key)
            yield key_separator
            text = scalar(value)
            if text is not None:
                yield text
            else:
                yield from enc_any(value, level)
        if newline_indent is not None:
            level -= 1
            yield '\n' + indent * level
        yield '}'
        leave(mid)

    def enc_any(o, level):
        text = scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from enc_list(o, level)
        elif isinstance(o, dict):
            yield from enc_dict(o, level)
        else:
            mid = enter(o)
            yield from enc_any(default(o), level)
            leave(mid)

    return enc_any(o, 0)
