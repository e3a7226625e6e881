from ..util.money import fmt
from ..util import money as m
class Product:
    def __init__(self, name, cents):
        self.name, self.cents = name, cents
    def __str__(self):
        return f"{self.name}: {fmt(self.cents)}"
print("product loaded", __name__, m.__name__)
