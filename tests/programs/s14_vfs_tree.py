"""A simulated file tree built on pathlib.PurePosixPath: mkdir -p, du, find, tree printing, mv."""
import fnmatch
from pathlib import PurePosixPath, PureWindowsPath


class FsError(Exception):
    pass


class Node:
    def __init__(self, name, size=None):
        self.name = name
        self.size = size
        self.children = {} if size is None else None

    @property
    def is_dir(self):
        return self.children is not None

    def __repr__(self):
        kind = "dir" if self.is_dir else f"file {self.size}B"
        return f"Node({self.name!r}, {kind})"


class FileSystem:
    def __init__(self):
        self.root = Node("/")

    def _walk_to(self, path, create=False):
        path = PurePosixPath(path)
        if not path.is_absolute():
            raise FsError(f"relative path not allowed: {path}")
        node = self.root
        for part in path.parts[1:]:
            if part == "..":
                raise FsError(f"'..' not supported in {path}")
            if not node.is_dir:
                raise FsError(f"not a directory: {node.name}")
            if part not in node.children:
                if not create:
                    raise FsError(f"no such file or directory: {path}")
                node.children[part] = Node(part)
            node = node.children[part]
        return node

    def mkdir_p(self, path):
        return self._walk_to(path, create=True)

    def write(self, path, size):
        path = PurePosixPath(path)
        parent = self._walk_to(path.parent)
        if not parent.is_dir:
            raise FsError(f"not a directory: {path.parent}")
        existing = parent.children.get(path.name)
        if existing is not None and existing.is_dir:
            raise FsError(f"is a directory: {path}")
        parent.children[path.name] = Node(path.name, size)

    def du(self, path="/"):
        node = self._walk_to(path)
        return self._size(node)

    def _size(self, node):
        if not node.is_dir:
            return node.size
        return sum(self._size(c) for c in node.children.values())

    def walk(self, path="/"):
        start = PurePosixPath(path)
        stack = [(start, self._walk_to(start))]
        while stack:
            p, node = stack.pop()
            yield p, node
            if node.is_dir:
                for name in sorted(node.children, reverse=True):
                    stack.append((p / name, node.children[name]))

    def find(self, pattern, path="/"):
        return [str(p) for p, n in self.walk(path) if not n.is_dir and fnmatch.fnmatch(p.name, pattern)]

    def tree(self, path="/"):
        lines = [path]

        def rec(node, prefix):
            names = sorted(node.children, key=lambda n: (not node.children[n].is_dir, n.lower()))
            for i, name in enumerate(names):
                child = node.children[name]
                last = i == len(names) - 1
                label = name + "/" if child.is_dir else f"{name} ({child.size})"
                lines.append(prefix + ("└── " if last else "├── ") + label)
                if child.is_dir:
                    rec(child, prefix + ("    " if last else "│   "))

        rec(self._walk_to(path), "")
        return "\n".join(lines)

    def mv(self, src, dst):
        src, dst = PurePosixPath(src), PurePosixPath(dst)
        if dst.is_relative_to(src):
            raise FsError(f"cannot move {src} into itself")
        parent = self._walk_to(src.parent)
        node = parent.children.pop(src.name)
        target = self._walk_to(dst.parent)
        node.name = dst.name
        target.children[dst.name] = node


fs = FileSystem()
for d in ("/home/ada/projects/engine", "/home/ada/docs", "/etc", "/var/log/app"):
    fs.mkdir_p(d)
files = {
    "/home/ada/projects/engine/main.py": 1200, "/home/ada/projects/engine/README.md": 300,
    "/home/ada/projects/engine/test_main.py": 800, "/home/ada/docs/notes.txt": 90,
    "/home/ada/docs/Thesis.PDF": 250_000, "/etc/hosts": 120, "/var/log/app/app.log": 4096,
    "/var/log/app/app.log.1": 8192, "/home/ada/.bashrc": 42,
}
for p, size in files.items():
    fs.write(p, size)
print(fs.tree())
print("du /home:", fs.du("/home"), "du /:", f"{fs.du():,}")
print("*.py:", fs.find("*.py"))
print("app.log*:", fs.find("app.log*", "/var"))
print("[A-Z]*:", fs.find("[A-Z]*"))
fs.mv("/home/ada/docs", "/home/ada/projects/docs")
print(fs.tree("/home"))
for op in (lambda: fs.mv("/home", "/home/ada/x"), lambda: fs.write("/etc/hosts/x", 1),
           lambda: fs.du("/nope"), lambda: fs.write("/home/ada", 3), lambda: fs.mkdir_p("rel/dir"),
           lambda: fs.du("/home/../etc")):
    try:
        op()
    except FsError as e:
        print("FsError:", e)

print("-- PurePath behaviour")
p = PurePosixPath("/srv/data/archive.tar.gz")
print(p.name, p.stem, p.suffix, p.suffixes, p.parent, list(map(str, p.parents)))
print(p.with_suffix(".zip"), p.with_name("x.txt"), p.with_stem("backup") if hasattr(p, "with_stem") else "")
print(p.relative_to("/srv"), p.parts, p.anchor, p.match("*.gz"), p.match("data/*.gz"), p.match("/data/*.gz"))
print(PurePosixPath("a//b/./c/"), PurePosixPath("/a") / "b" / "/c", PurePosixPath("a", "b", "..", "c"))
print(repr(PurePosixPath("x/y")), PurePosixPath("x") == PurePosixPath("x/"), PurePosixPath("B") < PurePosixPath("a"))
print(sorted([PurePosixPath("b/a"), PurePosixPath("a/c"), PurePosixPath("a")]))
w = PureWindowsPath(r"C:\Users\Ada\file.TXT")
print(w.drive, w.root, w.name, w.suffix, w.parent, w.as_posix(), w == PureWindowsPath("c:/users/ada/FILE.txt"))
try:
    p.relative_to("/other")
except ValueError as e:
    print("ValueError:", e)
try:
    PurePosixPath("noext").with_suffix("bad")
except ValueError as e:
    print("ValueError:", e)
