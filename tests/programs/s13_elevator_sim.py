"""Elevator bank simulation: enum states, dataclasses with ordering, sorted by several keys."""
from dataclasses import dataclass, field, replace, asdict, astuple
from enum import Enum, IntEnum, auto
from typing import Optional
import itertools


class Direction(IntEnum):
    DOWN = -1
    IDLE = 0
    UP = 1


class DoorState(Enum):
    OPEN = auto()
    CLOSED = auto()
    STUCK = auto()

    def __str__(self):
        return self.name.lower()


@dataclass(order=True, frozen=True)
class Request:
    time: int
    floor: int
    dest: int
    rid: int = field(compare=False, default=0)

    @property
    def direction(self) -> Direction:
        return Direction.UP if self.dest > self.floor else Direction.DOWN


@dataclass
class Car:
    name: str
    floor: int = 0
    direction: Direction = Direction.IDLE
    door: DoorState = DoorState.CLOSED
    riders: list = field(default_factory=list)
    stops: set = field(default_factory=set)
    moved: int = 0
    capacity: int = 4
    log: list = field(default_factory=list, repr=False)

    def step(self, now):
        if not self.stops:
            self.direction = Direction.IDLE
            return
        target = min(self.stops, key=lambda f: (abs(f - self.floor), f))
        if target == self.floor:
            self.stops.discard(target)
            self.door = DoorState.OPEN
            leaving = [r for r in self.riders if r.dest == self.floor]
            for r in leaving:
                self.riders.remove(r)
                self.log.append((now, f"{self.name} drops #{r.rid} at {self.floor}"))
            return
        self.door = DoorState.CLOSED
        self.direction = Direction(1 if target > self.floor else -1)
        self.floor += self.direction
        self.moved += 1


@dataclass
class Building:
    floors: int
    cars: list
    waiting: list = field(default_factory=list)
    served: int = 0
    best: Optional[Car] = None

    def assign(self, req: Request, now: int):
        def cost(car: Car):
            load = len(car.riders) + len(car.stops)
            return (abs(car.floor - req.floor) + 2 * load, car.name)
        car = min(self.cars, key=cost)
        if len(car.riders) >= car.capacity:
            self.waiting.append(req)
            return None
        car.stops.add(req.floor)
        car.riders.append(req)
        car.stops.add(req.dest)
        car.log.append((now, f"{car.name} takes #{req.rid} {req.floor}->{req.dest} ({req.direction.name})"))
        return car


counter = itertools.count(1)
reqs = [Request(t, f, d, next(counter)) for t, f, d in
        [(0, 0, 7), (0, 5, 1), (1, 3, 9), (2, 9, 0), (2, 2, 3), (4, 8, 8 - 6), (5, 0, 4), (6, 6, 7)]]
reqs.append(replace(reqs[0], time=7, rid=next(counter)))
bld = Building(10, [Car("A"), Car("B", floor=9), Car("C", floor=5, capacity=1)])
pending = sorted(reqs, reverse=True)
for now in range(25):
    while pending and pending[-1].time <= now:
        bld.assign(pending.pop(), now)
    for car in bld.cars:
        car.step(now)
    if now % 5 == 4:
        states = ", ".join(f"{c.name}@{c.floor}{'^v-'[(1 - c.direction) % 3] if c.direction else '-'}:{c.door}" for c in bld.cars)
        print(f"t={now:>2} {states}")

events = sorted(itertools.chain.from_iterable(c.log for c in bld.cars))
for t, msg in events:
    print(f"{t:>3}  {msg}")
print()
ranking = sorted(bld.cars, key=lambda c: (-c.moved, c.name))
for c in ranking:
    print(f"{c.name}: moved {c.moved:>3} floors, final floor {c.floor}, door {c.door!s:>6} {c.door!r}")
print(bld.cars[0])
print(asdict(reqs[1]), astuple(reqs[2]))
print(sorted(reqs[:4]), reqs[0] == replace(reqs[0], rid=99), reqs[0] < reqs[1])
print(Direction(-1), Direction.UP + 1, list(Direction), DoorState["STUCK"], DoorState(2))
print(hash(reqs[3]) == hash(Request(2, 9, 0, 55)))
try:
    reqs[0].floor = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Direction(5)
except ValueError as e:
    print(e)
print(max(bld.cars, key=lambda c: c.moved).name, sum(c.moved for c in bld.cars))
