class C:
    def method(self): pass
C().methd()
