"""A tutorial-style script that documents its own API with help() and introspection."""
import inspect
from dataclasses import dataclass, field


def celsius_to_fahrenheit(c: float) -> float:
    """Convert Celsius to Fahrenheit.

    >>> celsius_to_fahrenheit(100)
    212.0
    """
    return c * 9 / 5 + 32


# Kelvin conversion (documented by this comment)
def to_kelvin(c, *, offset=273.15):
    return c + offset


class Thermometer:
    """A thermometer that remembers its readings."""

    unit = "C"
    precision = 1

    def __init__(self, name, readings=None):
        self.name = name
        self.readings = list(readings or [])

    def __repr__(self):
        return f"Thermometer({self.name!r}, n={len(self.readings)})"

    def __len__(self):
        """Number of readings."""
        return len(self.readings)

    def record(self, value):
        """Store one reading (rounded to `precision` digits)."""
        self.readings.append(round(value, self.precision))
        return self

    @property
    def average(self):
        """Mean of the readings, or None."""
        return sum(self.readings) / len(self.readings) if self.readings else None

    @classmethod
    def from_fahrenheit(cls, name, values):
        """Build from Fahrenheit readings."""
        return cls(name, [(v - 32) * 5 / 9 for v in values])

    @staticmethod
    def valid(value):
        return -90 <= value <= 60


class DigitalThermometer(Thermometer):
    """Adds a battery level."""

    precision = 2

    def __init__(self, name, battery=100):
        super().__init__(name)
        self.battery = battery

    def record(self, value):
        self.battery -= 1
        return super().record(value)


@dataclass(order=True)
class Reading:
    """One timestamped value."""
    when: str
    value: float = 0.0
    tags: list = field(default_factory=list, compare=False)


t = DigitalThermometer("lab")
for v in (21.456, 22.1, 19.999):
    t.record(v)
print(t, len(t), t.average, t.battery, Thermometer.valid(70))
f = Thermometer.from_fahrenheit("old", [32, 212, 98.6])
print(f.readings, f.average, celsius_to_fahrenheit(37), to_kelvin(0))
print(inspect.signature(Thermometer.record), inspect.signature(to_kelvin), inspect.signature(Reading))
print(inspect.getdoc(Thermometer.average), "|", inspect.getcomments(to_kelvin).strip())
print([m for m, _ in inspect.getmembers(DigitalThermometer, inspect.isfunction)])
print(DigitalThermometer.__mro__, DigitalThermometer.__bases__, DigitalThermometer.record.__qualname__)
print(sorted(Reading("b", 2.0) for _ in range(1)), Reading("a") < Reading("a", 1.0))
help(celsius_to_fahrenheit)
help(to_kelvin)
help(Thermometer)
help(DigitalThermometer)
help(t.record)
help(Reading)
