from .util.money import nothing
