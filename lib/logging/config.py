"""logging.config -- configure logging from a dictionary (weft's own implementation).

Follows https://docs.python.org/3.11/library/logging.config.html: dictConfig() with the
version-1 schema (formatters, filters, handlers, loggers, root, incremental,
disable_existing_loggers), user-defined objects through the '()' key, '.' properties,
'ext://' and 'cfg://' values; fileConfig() for the configparser format.
"""

import io
import logging
import logging.handlers
import re

__all__ = ['dictConfig', 'fileConfig', 'valid_ident', 'BaseConfigurator',
           'DictConfigurator', 'dictConfigClass']

IDENTIFIER = re.compile(r'^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    if not IDENTIFIER.match(s):
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _resolve_dotted(name):
    """Import the module part of a dotted name and fetch the rest as attributes."""
    parts = name.split('.')
    used = parts.pop(0)
    found = __import__(used)
    for frag in parts:
        used += '.' + frag
        try:
            found = getattr(found, frag)
        except AttributeError:
            __import__(used)
            found = getattr(found, frag)
    return found


class BaseConfigurator(object):
    """Holds the configuration and converts 'ext://' and 'cfg://' values."""

    CONVERT_PATTERN = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')
    WORD_PATTERN = re.compile(r'^\s*(\w+)\s*')
    DOT_PATTERN = re.compile(r'^\.\s*(\w+)\s*')
    INDEX_PATTERN = re.compile(r'^\[\s*(\w+)\s*\]\s*')
    DIGIT_PATTERN = re.compile(r'^\d+$')

    value_converters = {'ext': 'ext_convert', 'cfg': 'cfg_convert'}
    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = config

    def resolve(self, s):
        try:
            return _resolve_dotted(s)
        except ImportError as e:
            v = ValueError('Cannot resolve %r: %s' % (s, e))
            raise v from e

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        rest = value
        m = self.WORD_PATTERN.match(rest)
        if m is None:
            raise ValueError("Unable to convert %r" % value)
        rest = rest[m.end():]
        d = self.config[m.groups()[0]]
        while rest:
            m = self.DOT_PATTERN.match(rest)
            if m:
                d = d[m.groups()[0]]
            else:
                m = self.INDEX_PATTERN.match(rest)
                if m:
                    idx = m.groups()[0]
                    if not self.DIGIT_PATTERN.match(idx):
                        d = d[idx]
                    else:
                        try:
                            n = int(idx)
                            d = d[n]
                        except TypeError:
                            d = d[idx]
            if m:
                rest = rest[m.end():]
            else:
                raise ValueError('Unable to convert %r at %r' % (value, rest))
        return d

    def convert(self, value):
        if isinstance(value, str):
            m = self.CONVERT_PATTERN.match(value)
            if m:
                d = m.groupdict()
                converter = self.value_converters.get(d['prefix'])
                if converter:
                    value = getattr(self, converter)(d['suffix'])
        elif isinstance(value, dict) and not isinstance(value, _Converted):
            value = _Converted((k, self.convert(v)) for k, v in value.items())
        elif isinstance(value, list):
            value = [self.convert(v) for v in value]
        elif isinstance(value, tuple) and not hasattr(value, '_fields'):
            value = tuple(self.convert(v) for v in value)
        return value

    def configure_custom(self, config):
        c = config.pop('()')
        if not callable(c):
            c = self.resolve(c)
        props = config.pop('.', None)
        kwargs = {k: self.convert(config[k]) for k in config if valid_ident(k)}
        result = c(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def as_tuple(self, value):
        if isinstance(value, list):
            value = tuple(value)
        return value


class _Converted(dict):
    """A dict whose values were already converted."""


class DictConfigurator(BaseConfigurator):
    """Applies a version-1 logging configuration dictionary."""

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        incremental = config.pop('incremental', False)
        with logging._lock:
            if incremental:
                self._configure_incremental(config)
            else:
                self._configure_full(config)

    def _configure_incremental(self, config):
        handlers = config.get('handlers', {})
        for name in handlers:
            if name not in logging._handlers:
                raise ValueError('No handler found with name %r' % name)
            try:
                handler = logging._handlers[name]
                level = handlers[name].get('level', None)
                if level:
                    handler.setLevel(logging._checkLevel(level))
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        loggers = config.get('loggers', {})
        for name in loggers:
            try:
                self.configure_logger(name, loggers[name], True)
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        root = config.get('root', None)
        if root:
            try:
                self.configure_root(root, True)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _configure_full(self, config):
        disable_existing = config.pop('disable_existing_loggers', True)
        _clear_existing_handlers()
        self.formatters = {}
        for name, fconf in config.get('formatters', {}).items():
            try:
                self.formatters[name] = self.configure_formatter(dict(fconf))
            except Exception as e:
                raise ValueError('Unable to configure formatter %r' % name) from e
        self.filters = {}
        for name, fconf in config.get('filters', {}).items():
            try:
                self.filters[name] = self.configure_filter(dict(fconf))
            except Exception as e:
                raise ValueError('Unable to configure filter %r' % name) from e
        self.handlers = {}
        handlers = config.get('handlers', {})
        deferred = []
        for name in sorted(handlers):
            try:
                self._make_handler(name, handlers[name])
            except _NotYet:
                deferred.append(name)
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        for name in deferred:
            try:
                self._make_handler(name, handlers[name])
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e

        root = logging.root
        existing = sorted(root.manager.loggerDict)
        child_loggers = []
        loggers = config.get('loggers', {})
        for name in loggers:
            if name in existing:
                i = existing.index(name) + 1
                prefixed = name + "."
                while i < len(existing) and existing[i].startswith(prefixed):
                    child_loggers.append(existing[i])
                    i += 1
                existing.remove(name)
            try:
                self.configure_logger(name, loggers[name])
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        _handle_existing(root, existing, child_loggers, disable_existing)
        rootconf = config.get('root', None)
        if rootconf:
            try:
                self.configure_root(rootconf)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _make_handler(self, name, hconf):
        handler = self.configure_handler(dict(hconf))
        handler.name = name
        self.handlers[name] = handler

    def configure_formatter(self, config):
        if '()' in config:
            factory = config['()']
            try:
                return self.configure_custom(config)
            except TypeError as te:
                if "'format'" not in str(te):
                    raise
                config['fmt'] = config.pop('format')
                config['()'] = factory
                return self.configure_custom(config)
        fmt = config.get('format', None)
        dfmt = config.get('datefmt', None)
        style = config.get('style', '%')
        cname = config.get('class', None)
        if not cname:
            c = logging.Formatter
        else:
            c = cname if callable(cname) else self.resolve(cname)
        if 'validate' in config:
            return c(fmt, dfmt, style, config['validate'])
        return c(fmt, dfmt, style)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                if callable(f) or callable(getattr(f, 'filter', None)):
                    obj = f
                else:
                    obj = self.filters[f]
                filterer.addFilter(obj)
            except Exception as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        config = self.convert(config)
        formatter = None
        config_fmt = config.pop('formatter', None)
        if config_fmt:
            try:
                formatter = self.formatters[config_fmt]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % config_fmt) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            c = config.pop('()')
            if not callable(c):
                c = self.resolve(c)
            factory = c
        else:
            cname = config.pop('class')
            klass = cname if callable(cname) else self.resolve(cname)
            if isinstance(klass, type) and issubclass(klass, logging.handlers.MemoryHandler) \
                    and 'target' in config:
                target = self.handlers.get(config['target'])
                if target is None:
                    if config['target'] in self.config.get('handlers', {}):
                        raise _NotYet('target not configured yet')
                    raise ValueError('Unable to set target handler %r' % config['target'])
                config['target'] = target
            factory = klass
        props = config.pop('.', None)
        kwargs = {k: config[k] for k in config if valid_ident(k)}
        try:
            result = factory(**kwargs)
        except TypeError as te:
            if "'stream'" not in str(te):
                raise
            kwargs['strm'] = kwargs.pop('stream')
            result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.handlers[h])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get('handlers', None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get('filters', None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


class _NotYet(ValueError):
    pass


def _clear_existing_handlers():
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging using a dictionary."""
    dictConfigClass(dict(config)).configure()


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    """Configure logging from a configparser-format file (or parser, or open file)."""
    import configparser
    if isinstance(fname, configparser.RawConfigParser):
        cp = fname
    else:
        cp = configparser.ConfigParser(defaults)
        if hasattr(fname, 'readline'):
            cp.read_file(fname)
        else:
            cp.read(fname, encoding=io.text_encoding(encoding)
                    if hasattr(io, 'text_encoding') else encoding)
    formatters = {}
    flist = cp["formatters"]["keys"]
    for form in [f.strip() for f in flist.split(",") if f.strip()]:
        sec = cp["formatter_%s" % form]
        fs = sec.get("format", None, raw=True)
        dfs = sec.get("datefmt", None, raw=True)
        stl = sec.get("style", '%', raw=True)
        cname = sec.get("class", None)
        c = _resolve_dotted(cname) if cname else logging.Formatter
        formatters[form] = c(fs, dfs, stl)
    with logging._lock:
        _clear_existing_handlers()
        handlers = {}
        hlist = cp["handlers"]["keys"]
        fixups = []
        for hand in [h.strip() for h in hlist.split(",") if h.strip()]:
            section = cp["handler_%s" % hand]
            klass = section["class"]
            fmt = section.get("formatter", "")
            try:
                klass = eval(klass, vars(logging))
            except (AttributeError, NameError):
                klass = _resolve_dotted(klass)
            args = eval(section.get("args", '()'), vars(logging))
            kwargs = eval(section.get("kwargs", '{}'), vars(logging))
            h = klass(*args, **kwargs)
            h.name = hand
            if "level" in section:
                h.setLevel(section["level"])
            if fmt:
                h.setFormatter(formatters[fmt])
            if issubclass(klass, logging.handlers.MemoryHandler):
                target = section.get("target", "")
                if target:
                    fixups.append((h, target))
            handlers[hand] = h
        for h, t in fixups:
            h.setTarget(handlers[t])
        llist = [x.strip() for x in cp["loggers"]["keys"].split(",") if x.strip()]
        llist.remove("root")
        section = cp["logger_root"]
        root = logging.root
        if "level" in section:
            root.setLevel(section["level"])
        for h in root.handlers[:]:
            root.removeHandler(h)
        for hand in [x.strip() for x in section.get("handlers", "").split(",") if x.strip()]:
            root.addHandler(handlers[hand])
        existing = sorted(root.manager.loggerDict)
        child_loggers = []
        for log in llist:
            section = cp["logger_%s" % log]
            qn = section["qualname"]
            propagate = section.getint("propagate", fallback=1)
            logger = logging.getLogger(qn)
            if qn in existing:
                i = existing.index(qn) + 1
                prefixed = qn + "."
                while i < len(existing) and existing[i].startswith(prefixed):
                    child_loggers.append(existing[i])
                    i += 1
                existing.remove(qn)
            if "level" in section:
                logger.setLevel(section["level"])
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            logger.propagate = propagate
            logger.disabled = False
            for hand in [x.strip() for x in section.get("handlers", "").split(",") if x.strip()]:
                logger.addHandler(handlers[hand])
        _handle_existing(root, existing, child_loggers, disable_existing_loggers)


def listen(port=9030, verify=None):
    raise NotImplementedError("logging.config.listen is not available in weft")


def stopListening():
    pass


def _handle_existing(root, existing, child_loggers, disable):
    """Loggers the configuration did not name: children of named ones are reset to
    propagate, the others are disabled when `disable` is true (as CPython does)."""
    for name in existing:
        logger = root.manager.loggerDict[name]
        if name in child_loggers:
            if not isinstance(logger, logging.PlaceHolder):
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
        elif not isinstance(logger, logging.PlaceHolder):
            logger.disabled = disable
