from . import LOADED

LOADED.append(__name__)


class Format:
    plugin_name = None

    def dump(self, rows):
        raise NotImplementedError(type(self).__name__ + ".dump")

    def __init_subclass__(cls, ext=None, **kw):
        super().__init_subclass__(**kw)
        cls.ext = ext or cls.__name__.lower()
