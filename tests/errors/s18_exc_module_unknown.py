# An exception class whose __module__ is not a str is printed as <unknown>.Name.
import sys
class E(Exception): pass
E.__module__ = None
sys.excepthook(E, E('mod none'), None)
class F(Exception): pass
F.__module__ = 5
raise F('mod int')
