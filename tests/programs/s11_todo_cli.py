"""A todo-list command-line tool: argparse subcommands over sys.argv, then a scripted session."""
# args: --db memory -v add "buy milk" --due 2024-03-09 --prio 2
import argparse
import sys
import shlex
from datetime import date
from dataclasses import dataclass, field, asdict
from operator import attrgetter


@dataclass
class Todo:
    id: int
    text: str
    due: date | None = None
    prio: int = 3
    done: bool = False
    tags: list = field(default_factory=list)


class TodoStore:
    def __init__(self):
        self.items: dict[int, Todo] = {}
        self.next_id = 1

    def add(self, text, due=None, prio=3, tags=()):
        t = Todo(self.next_id, text, due, prio, tags=list(tags))
        self.items[t.id] = t
        self.next_id += 1
        return t

    def get(self, tid):
        try:
            return self.items[tid]
        except KeyError:
            raise LookupError(f"no todo #{tid}") from None


def iso_date(s):
    try:
        return date.fromisoformat(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {s!r}")


def build_parser():
    p = argparse.ArgumentParser(prog="todo", description="Track things to do.")
    p.add_argument("--db", default="todo.json", help="storage file (default: %(default)s)")
    p.add_argument("-v", "--verbose", action="count", default=0)
    sub = p.add_subparsers(dest="cmd", required=True, metavar="COMMAND")
    a = sub.add_parser("add", help="add an item")
    a.add_argument("text")
    a.add_argument("--due", type=iso_date)
    a.add_argument("--prio", type=int, choices=range(1, 6), default=3)
    a.add_argument("-t", "--tag", action="append", dest="tags", default=[])
    ls = sub.add_parser("list", help="list items", aliases=["ls"])
    ls.add_argument("--all", action="store_true")
    ls.add_argument("--sort", choices=["prio", "due", "id"], default="id")
    d = sub.add_parser("done", help="mark done")
    d.add_argument("ids", type=int, nargs="+")
    return p


parser = build_parser()
store = TodoStore()
args = parser.parse_args()
print("argv:", sys.argv[1:])
print("parsed:", vars(args))


def run(ns):
    if ns.cmd == "add":
        t = store.add(ns.text, ns.due, ns.prio, ns.tags)
        print(f"added #{t.id}: {t.text!r}" + (f" due {t.due:%d %b}" if t.due else ""))
    elif ns.cmd in ("list", "ls"):
        rows = [t for t in store.items.values() if ns.all or not t.done]
        key = {"prio": attrgetter("prio", "id"), "due": lambda t: (t.due or date.max, t.id), "id": attrgetter("id")}[ns.sort]
        for t in sorted(rows, key=key):
            mark = "x" if t.done else " "
            due = t.due.isoformat() if t.due else "-"
            print(f"  [{mark}] {t.id:>3} p{t.prio} {due:<10} {t.text:<20} {','.join(t.tags)}")
    elif ns.cmd == "done":
        for i in ns.ids:
            try:
                store.get(i).done = True
                print(f"done #{i}")
            except LookupError as e:
                print("error:", e)


run(args)
script = """add "write tests" --prio 1 -t dev -t urgent
add 'call mom' --due 2024-03-10
add "pay rent" --due 2024-04-01 --prio 2
ls
done 1 7
list --sort prio
list --all --sort due
add "bad" --prio 9
add "bad date" --due tomorrow
frobnicate
done x"""
for line in script.splitlines():
    print(f"$ todo {line}")
    try:
        run(parser.parse_args(shlex.split(line)))
    except SystemExit as e:
        print(f"(exit status {e.code})")
print(asdict(store.get(3)))
print(parser.format_usage(), end="")
parser.print_help()
parser.parse_args(["list", "--sort", "size"])
