from ..base import Format
from .. import register, LOADED

LOADED.append(__name__)


@register("csv")
class CsvFormat(Format, ext="csv"):
    sep = ","

    def dump(self, rows):
        return "\n".join(self.sep.join(str(c) for c in r) for r in rows)
