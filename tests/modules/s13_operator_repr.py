# operator's functions are built-ins in CPython: their repr has no address
import operator
print(operator.eq, operator.__lt__, operator.add, operator.itemgetter(1), repr(operator.not_))
print([operator.lt, operator.iadd], {"f": operator.contains})
print(operator.eq.__name__, operator.eq(1, 1))
