"""A to-do list CLI that stores tasks in a JSON file inside a temp dir."""
import argparse
import json
import os
import sys
import tempfile
from dataclasses import dataclass, asdict, field
from datetime import date, timedelta
from enum import Enum, auto
from pathlib import Path


class Priority(Enum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()

    def __str__(self):
        return self.name.lower()


@dataclass
class Task:
    title: str
    priority: Priority = Priority.MEDIUM
    due: date | None = None
    done: bool = False
    tags: list = field(default_factory=list)

    def to_json(self):
        d = asdict(self)
        d["priority"] = self.priority.name
        d["due"] = self.due.isoformat() if self.due else None
        return d

    @classmethod
    def from_json(cls, d):
        return cls(d["title"], Priority[d["priority"]],
                   date.fromisoformat(d["due"]) if d["due"] else None, d["done"], d["tags"])


class Store:
    def __init__(self, path):
        self.path = Path(path)

    def load(self):
        if not self.path.exists():
            return []
        with self.path.open(encoding="utf-8") as f:
            return [Task.from_json(d) for d in json.load(f)]

    def save(self, tasks):
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps([t.to_json() for t in tasks], indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.path)


def build_parser():
    p = argparse.ArgumentParser(prog="todo", description="Manage tasks.")
    sub = p.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("add", help="add a task")
    a.add_argument("title")
    a.add_argument("-p", "--priority", choices=[x.name.lower() for x in Priority], default="medium")
    a.add_argument("--due", type=int, metavar="DAYS", help="due in DAYS days")
    a.add_argument("-t", "--tag", action="append", default=[])
    d = sub.add_parser("done")
    d.add_argument("index", type=int)
    ls = sub.add_parser("list")
    ls.add_argument("--all", action="store_true")
    ls.add_argument("--sort", choices=["priority", "due", "title"], default="priority")
    return p


TODAY = date(2024, 2, 27)


def run(argv, store):
    args = build_parser().parse_args(argv)
    tasks = store.load()
    if args.cmd == "add":
        due = TODAY + timedelta(days=args.due) if args.due is not None else None
        tasks.append(Task(args.title, Priority[args.priority.upper()], due, tags=args.tag))
        store.save(tasks)
        print(f"added #{len(tasks)}: {args.title}")
    elif args.cmd == "done":
        if not 1 <= args.index <= len(tasks):
            print(f"todo: no task #{args.index}", file=sys.stderr)
            return 3
        tasks[args.index - 1].done = True
        store.save(tasks)
        print(f"completed: {tasks[args.index - 1].title}")
    elif args.cmd == "list":
        keys = {
            "priority": lambda t: (-t.priority.value, t.title),
            "due": lambda t: (t.due is None, t.due or date.max),
            "title": lambda t: t.title.casefold(),
        }
        shown = [t for t in tasks if args.all or not t.done]
        for t in sorted(shown, key=keys[args.sort]):
            mark = "x" if t.done else " "
            due = t.due.strftime("%a %d %b") if t.due else "-"
            left = f"({(t.due - TODAY).days:+d}d)" if t.due else ""
            tags = " ".join(f"#{g}" for g in t.tags)
            print(f"[{mark}] {t.title:<20.20} {str(t.priority):>6} {due:>10} {left:<6} {tags}".rstrip())
        print(f"{len(shown)} shown, {sum(t.done for t in tasks)} done")
    return 0


with tempfile.TemporaryDirectory() as tmp:
    store = Store(os.path.join(tmp, "tasks.json"))
    cmds = [
        ["add", "Buy milk", "-p", "low", "--due", "1", "-t", "home", "-t", "shop"],
        ["add", "Write report for the quarterly meeting", "-p", "high", "--due", "-2"],
        ["add", "Café ☕ with Zoë", "--due", "10"],
        ["add", "Refactor"],
        ["list"],
        ["done", "2"],
        ["done", "9"],
        ["list", "--all", "--sort", "due"],
        ["list", "--sort", "title"],
    ]
    for c in cmds:
        print("$ todo", " ".join(c))
        rc = run(c, store)
        if rc:
            print("exit status", rc)
    raw = json.loads(Path(store.path).read_text(encoding="utf-8"))
    print(json.dumps(raw[2], sort_keys=True))
    print(sorted(os.listdir(tmp)), os.path.getsize(store.path) > 100)
    for bad in (["add"], ["list", "--sort", "size"], ["frob"], ["done", "two"]):
        print("$ todo", " ".join(bad))
        try:
            run(bad, store)
        except SystemExit as e:
            print("SystemExit", e.code)
print(Priority.HIGH, repr(Priority.HIGH), Priority(1), list(Priority), Priority.LOW < Priority.HIGH if False else "-")
print(Path(tmp).exists())
sys.exit(run(["list"], Store("/nonexistent/x.json")) + 4)
