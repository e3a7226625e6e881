"""An order workflow as a table-driven state machine with enums, transition guards, hooks and an audit log."""
import enum
from dataclasses import dataclass, field


class State(enum.Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    REFUNDED = "refunded"

    @property
    def terminal(self):
        return self in (State.DELIVERED, State.CANCELLED, State.REFUNDED)


class Event(enum.Enum):
    PAY = enum.auto()
    SHIP = enum.auto()
    DELIVER = enum.auto()
    CANCEL = enum.auto()
    REFUND = enum.auto()


class TransitionError(Exception):
    def __init__(self, order, event, reason):
        super().__init__(f"order {order.id}: cannot {event.name.lower()} from {order.state.value} ({reason})")
        self.order, self.event, self.reason = order, event, reason


TABLE = {
    (State.NEW, Event.PAY): State.PAID,
    (State.NEW, Event.CANCEL): State.CANCELLED,
    (State.PAID, Event.SHIP): State.SHIPPED,
    (State.PAID, Event.CANCEL): State.REFUNDED,
    (State.SHIPPED, Event.DELIVER): State.DELIVERED,
    (State.DELIVERED, Event.REFUND): State.REFUNDED,
}


@dataclass
class Order:
    id: int
    amount: float
    paid: float = 0.0
    state: State = State.NEW
    history: list = field(default_factory=list)

    def guard(self, event, **info):
        if event is Event.PAY and info.get("amount", 0) < self.amount:
            return f"payment {info.get('amount', 0):.2f} < {self.amount:.2f}"
        if event is Event.REFUND and len(self.history) > 4:
            return "refund window closed"
        return None

    def fire(self, event, **info):
        key = (self.state, event)
        if key not in TABLE:
            raise TransitionError(self, event, "no such transition")
        reason = self.guard(event, **info)
        if reason:
            raise TransitionError(self, event, reason)
        old, self.state = self.state, TABLE[key]
        hook = getattr(self, f"on_{self.state.value}", None)
        note = hook(**info) if hook else ""
        self.history.append(f"{old.value}->{self.state.value}{' ' + note if note else ''}")
        return self

    def on_paid(self, amount, **_):
        self.paid = amount
        change = amount - self.amount
        return f"(change {change:.2f})" if change else ""

    def on_refunded(self, **_):
        refunded, self.paid = self.paid, 0.0
        return f"(refunded {refunded:.2f})"


orders = [Order(1, 25.0), Order(2, 99.99), Order(3, 10.0), Order(4, 5.5)]
script = [
    (1, Event.PAY, {"amount": 30.0}), (1, Event.SHIP, {}), (1, Event.DELIVER, {}), (1, Event.REFUND, {}),
    (2, Event.SHIP, {}), (2, Event.PAY, {"amount": 50}), (2, Event.PAY, {"amount": 99.99}), (2, Event.CANCEL, {}),
    (3, Event.CANCEL, {}), (3, Event.PAY, {"amount": 10}),
    (4, Event.PAY, {"amount": 5.5}), (4, Event.SHIP, {}), (4, Event.DELIVER, {}), (4, Event.DELIVER, {}),
]
by_id = {o.id: o for o in orders}
for oid, event, info in script:
    try:
        o = by_id[oid].fire(event, **info)
        print(f"#{oid} {event.name:<8} -> {o.state.name}")
    except TransitionError as exc:
        print(f"#{oid} {event.name:<8} !! {exc} [{exc.reason}]")

for o in orders:
    print(o.id, o.state, o.state.terminal, f"{o.paid:.2f}", o.history)
print(sorted({s.name for s in State if s.terminal}), [e.name for e in Event], Event.PAY.value, State("paid"))
summary = {}
for o in orders:
    summary.setdefault(o.state, []).append(o.id)
print({k.value: v for k, v in sorted(summary.items(), key=lambda kv: kv[0].value)})
reachable = {State.NEW}
frontier = [State.NEW]
while frontier:
    s = frontier.pop()
    for (src, ev), dst in TABLE.items():
        if src is s and dst not in reachable:
            reachable.add(dst)
            frontier.append(dst)
print(sorted(s.value for s in reachable), len(reachable) == len(State))
try:
    State("lost")
except ValueError as exc:
    print("ValueError:", exc)
print(repr(State.NEW), State.NEW == "new", State.NEW.value == "new", State["SHIPPED"], isinstance(State.PAID, State))
