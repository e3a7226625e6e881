"""weft's locale: the C locale only (with UTF-8 text), giving CPython's answers for it.
https://docs.python.org/3.11/library/locale.html"""

import sys

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding"]

_builtin_str = str

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

_CATEGORY_NAMES = ['LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES',
                   'LC_ALL', 'LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT',
                   'LC_IDENTIFICATION']


class Error(Exception):
    pass


Error.__module__ = 'locale'

# Python sets LC_CTYPE from the environment at start-up; weft behaves as if it was C.UTF-8.
_current = {LC_CTYPE: 'C.UTF-8', LC_NUMERIC: 'C', LC_TIME: 'C', LC_COLLATE: 'C',
            LC_MONETARY: 'C', LC_MESSAGES: 'C'}
_EXTRA = ['LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT', 'LC_IDENTIFICATION']
_SUPPORTED = ('C', 'POSIX', 'C.UTF-8', 'C.utf8', 'C.UTF8', 'C.utf-8')


def _env_locale(category):
    import posix
    env = posix.environ
    for name in ('LC_ALL', _CATEGORY_NAMES[category], 'LANG'):
        v = env.get(name.encode())
        if v:
            return v.decode('utf-8', 'surrogateescape')
    return 'C'


def _check(name):
    if name not in _SUPPORTED:
        raise Error('unsupported locale setting')
    return name


def setlocale(category, locale=None):
    """Set (or, with locale None, query) the locale of category. Only C/POSIX locales exist."""
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    if category not in (LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL):
        raise Error('unsupported locale setting')
    if locale is None:
        if category == LC_ALL:
            values = [_current[c] for c in (LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES)]
            if all(v == values[0] for v in values):
                return values[0]
            parts = ['%s=%s' % (_CATEGORY_NAMES[c], _current[c])
                     for c in (LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES)]
            parts += ['%s=C' % n for n in _EXTRA]
            return ';'.join(parts)
        return _current[category]
    cats = [category] if category != LC_ALL else [LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE,
                                                   LC_MONETARY, LC_MESSAGES]
    new = {}
    for cat in cats:
        name = locale if locale != '' else _env_locale(cat)
        new[cat] = _check(name)
    _current.update(new)
    return setlocale(category)


def localeconv():
    """Numeric and monetary conventions of the (C) locale."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '', 'negative_sign': '',
            'int_frac_digits': 127, 'frac_digits': 127, 'p_cs_precedes': 127, 'p_sep_by_space': 127,
            'n_cs_precedes': 127, 'n_sep_by_space': 127, 'p_sign_posn': 127, 'n_sign_posn': 127,
            'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def getencoding():
    """The locale encoding: UTF-8."""
    return 'UTF-8'


def getpreferredencoding(do_setlocale=True):
    """The encoding used for text data: UTF-8."""
    return 'UTF-8'


_ALIASES = {'c.utf8': 'en_US.UTF-8', 'c': 'C', 'posix': 'C', 'c.ascii': 'C', 'en_us': 'en_US.ISO8859-1',
            'en_us.utf8': 'en_US.UTF-8', 'en_gb': 'en_GB.ISO8859-1', 'en_gb.utf8': 'en_GB.UTF-8',
            'de_de': 'de_DE.ISO8859-1', 'de_de.utf8': 'de_DE.UTF-8', 'fr_fr': 'fr_FR.ISO8859-1',
            'fr_fr.utf8': 'fr_FR.UTF-8', 'en': 'en_US.ISO8859-1', 'de': 'de_DE.ISO8859-1',
            'fr': 'fr_FR.ISO8859-1'}


def normalize(localename):
    """Normalize a locale name the way CPython's alias table does for common names."""
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    if '@' in code:
        code, modifier = code.split('@', 1)
    else:
        modifier = ''
    if '.' in code:
        langname, encoding = code.split('.')[:2]
    else:
        langname = code
        encoding = ''
    norm_encoding = encoding.replace('-', '').replace('_', '')
    lookup = langname + ('.' + norm_encoding if norm_encoding else '')
    if lookup in _ALIASES:
        result = _ALIASES[lookup]
        return result + ('@' + modifier if modifier else '')
    if langname in _ALIASES and encoding:
        base = _ALIASES[langname].split('.')[0]
        enc = {'utf8': 'UTF-8', 'iso88591': 'ISO8859-1', 'iso885915': 'ISO8859-15'}.get(norm_encoding, encoding)
        return base + '.' + enc + ('@' + modifier if modifier else '')
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    elif code == 'C':
        return None, None
    elif code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of two strings -- language code, encoding.') from None


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of the category's current setting."""
    localename = setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """(language code, encoding) from the environment (deprecated in CPython)."""
    try:
        import warnings
        warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in Python 3.15. "
                      "Use setlocale(), getencoding() and getlocale() instead.",
                      DeprecationWarning, stacklevel=2)
    except ImportError:
        pass
    import posix
    localename = None
    for variable in envvars:
        v = posix.environ.get(variable.encode())
        if v:
            localename = v.decode('utf-8', 'surrogateescape')
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    return _parse_localename(localename)


def resetlocale(category=LC_ALL):
    setlocale(category, '')


def strcoll(a, b):
    """Compare two strings (code point order in the C locale)."""
    return (a > b) - (a < b)


def strxfrm(s):
    return s


def _group(s, monetary=False):
    return s, 0


def format_string(f, val, grouping=False, monetary=False):
    """Format val with the %-format f (the C locale has no grouping)."""
    return f % val


def format(percent, value, grouping=False, monetary=False, *additional):
    return percent % value


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    """Convert a float to a string like str() with '%.12g'."""
    return _builtin_str('%.12g' % val)


def delocalize(string):
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))
