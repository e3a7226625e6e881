"""Text wrapping and filling (weft's own implementation, no regular expressions).

Follows https://docs.python.org/3.11/library/textwrap.html
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only ASCII whitespace counts: other Unicode spaces are not break points.
_whitespace = '\t\n\x0b\x0c\r '
_WS = frozenset(_whitespace)
# Characters after which an em-dash ("--") may split words.
_WORDPUNCT_EXTRA = frozenset('!"\'&.,?')


def _is_word(ch):
    return ch.isalnum() or ch == '_'


def _is_letter(ch):
    # a word character that is not a decimal digit
    return (ch.isalnum() or ch == '_') and not ch.isdecimal()


def _is_wordpunct(ch):
    return _is_word(ch) or ch in _WORDPUNCT_EXTRA


def _split_hyphenated(text):
    """Split text into whitespace runs, words, hyphenated word parts and em-dashes."""
    chunks = []
    n = len(text)
    i = 0
    WS = _WS
    while i < n:
        ch = text[i]
        if ch in WS:
            j = i + 1
            while j < n and text[j] in WS:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        # em-dash between words: (?<=wordpunct) -{2,} (?=\w)
        if ch == '-' and i > 0 and _is_wordpunct(text[i - 1]):
            j = i
            while j < n and text[j] == '-':
                j += 1
            if j - i >= 2 and j < n and _is_word(text[j]):
                chunks.append(text[i:j])
                i = j
                continue
        # a word, possibly hyphenated: grow it one character at a time
        j = i + 1
        while True:
            # hyphenated word: the next char is '-' ending a letter run
            if j < n and text[j] == '-':
                k = j  # position of the hyphen
                ok = False
                if k >= 2 and _is_letter(text[k - 1]) and _is_letter(text[k - 2]):
                    ok = True
                elif (k >= 3 and _is_letter(text[k - 1]) and text[k - 2] == '-'
                      and _is_letter(text[k - 3])):
                    ok = True
                if ok and k + 1 < n and _is_letter(text[k + 1]):
                    if k + 2 < n and _is_letter(text[k + 2]):
                        pass
                    elif (k + 3 < n and text[k + 2] == '-' and _is_letter(text[k + 3])):
                        pass
                    else:
                        ok = False
                else:
                    ok = False
                if ok:
                    j = k + 1
                    break
            # end of word
            if j >= n or text[j] in WS:
                break
            # em-dash follows
            if (_is_wordpunct(text[j - 1]) and text[j] == '-' and j + 1 < n
                    and text[j + 1] == '-'):
                k = j
                while k < n and text[k] == '-':
                    k += 1
                if k < n and _is_word(text[k]):
                    break
            if text[j] in WS:
                break
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_simple(text):
    chunks = []
    n = len(text)
    i = 0
    WS = _WS
    while i < n:
        j = i
        if text[i] in WS:
            while j < n and text[j] in WS:
                j += 1
        else:
            while j < n and text[j] not in WS:
                j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _sentence_end(chunk):
    # [a-z][\.\!\?][\"\']?\Z
    n = len(chunk)
    if n >= 1 and chunk[-1] in '"\'':
        n -= 1
    if n >= 2 and chunk[n - 1] in '.!?' and 'a' <= chunk[n - 2] <= 'z':
        return True
    return False


_unicode_whitespace_trans = {ord(c): ord(' ') for c in _whitespace}


class TextWrapper:
    """
    Object for wrapping/filling text.  The public interface consists of
    the wrap() and fill() methods; the other methods are just there for
    subclasses to override in order to tweak the default behaviour.
    If you want to completely replace the main wrapping algorithm,
    you'll probably have to override _wrap_chunks().
    """

    unicode_whitespace_trans = _unicode_whitespace_trans

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- Private methods -----------------------------------------------

    def _munge_whitespace(self, text):
        """Expand tabs and turn every ASCII whitespace character into a space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text to wrap into indivisible chunks."""
        if self.break_on_hyphens is True:
            return _split_hyphenated(text)
        return _split_simple(text)

    def _fix_sentence_endings(self, chunks):
        """Ensure two spaces follow each sentence end."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _sentence_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Break a chunk that is too long to fit on any line."""
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len

        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Wrap a sequence of chunks into lines of at most self.width characters."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        chunks.reverse()

        while chunks:
            cur_line = []
            cur_len = 0

            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)

            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]

            while chunks:
                length = len(chunks[-1])
                if cur_len + length <= width:
                    cur_line.append(chunks.pop())
                    cur_len += length
                else:
                    break

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if cur_line:
                if (self.max_lines is None or
                        len(lines) + 1 < self.max_lines or
                        (not chunks or
                         self.drop_whitespace and
                         len(chunks) == 1 and
                         not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    while cur_line:
                        if (cur_line[-1].strip() and
                                cur_len + len(self.placeholder) <= width):
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if (len(prev_line) + len(self.placeholder) <=
                                    self.width):
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break

        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    # -- Public interface ----------------------------------------------

    def wrap(self, text):
        """Split text into a list of lines of at most self.width characters."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap text and return a single string of the resulting lines."""
        return "\n".join(self.wrap(text))


# -- Convenience interface ---------------------------------------------

def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


# -- Loosely related functionality -------------------------------------

def dedent(text):
    """Remove any common leading whitespace from every line in `text`.

    Lines that consist solely of whitespace are normalized to a newline
    character in the output.  Tabs and spaces are both treated as
    whitespace, but they are not equal.
    """
    if not isinstance(text, str):
        # CPython's re.sub() on the text refuses it.
        if isinstance(text, (bytes, bytearray, memoryview)):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        raise TypeError("expected string or bytes-like object, got '%s'" % type(text).__name__)
    lines = text.split('\n')
    margin = None
    for idx in range(len(lines)):
        line = lines[idx]
        stripped = line.lstrip(' \t')
        if not stripped:
            if line:
                lines[idx] = ''
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            k = 0
            limit = min(len(margin), len(indent))
            while k < limit and margin[k] == indent[k]:
                k += 1
            margin = margin[:k]
    if margin:
        m = len(margin)
        for idx in range(len(lines)):
            if lines[idx].startswith(margin):
                lines[idx] = lines[idx][m:]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'.

    If 'predicate' is provided, 'prefix' will only be added to the lines
    where 'predicate(line)' is True. If 'predicate' is not provided,
    it will default to adding 'prefix' to all non-whitespace lines.
    """
    out = []
    if predicate is None:
        for line in text.splitlines(True):
            out.append(prefix + line if line.strip() else line)
    else:
        for line in text.splitlines(True):
            out.append(prefix + line if predicate(line) else line)
    return ''.join(out)
