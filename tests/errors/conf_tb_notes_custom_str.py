class Base(Exception):
    def __str__(self):
        return "custom str " + str(len(self.args))
class Sub(Base): pass
def a(): b()
def b(): c()
def c(): raise Sub(1, 2, 3)
try:
    a()
except Base as e:
    e.add_note("note one")
    e.add_note("note two")
    raise
