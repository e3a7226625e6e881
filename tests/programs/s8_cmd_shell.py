"""A key-value store shell built on cmd.Cmd, driven by stdin."""
import cmd
import io
import shlex


class KVShell(cmd.Cmd):
    intro = "Welcome to kv. Type help or ? to list commands."
    prompt = "kv> "

    def __init__(self, **kw):
        super().__init__(**kw)
        self.store = {}
        self.history = []

    def precmd(self, line):
        if line and line != "EOF":
            self.history.append(line)
        return line.lower() if line.startswith("GET ") else line

    def do_set(self, arg):
        "set KEY VALUE -- store a value"
        try:
            key, value = shlex.split(arg)
        except ValueError:
            print("usage: set KEY VALUE")
            return
        self.store[key] = value

    def do_get(self, arg):
        "get KEY -- show a value"
        print(self.store.get(arg, f"(no such key: {arg!r})"))

    def do_del(self, arg):
        if self.store.pop(arg, None) is None:
            print("nothing deleted")

    def do_list(self, arg):
        """list [PREFIX] -- list keys"""
        keys = sorted(k for k in self.store if k.startswith(arg))
        self.columnize(keys or ["(empty)"], 30)

    def help_del(self):
        print("del KEY -- remove a key")

    def help_about(self):
        print("kv: a toy store")

    def do_history(self, arg):
        for i, h in enumerate(self.history, 1):
            print(f"{i:3} {h}")

    def do_shell(self, arg):
        print("shell disabled:", arg)

    def do_quit(self, arg):
        "Quit the shell."
        print("bye")
        return True

    do_EOF = do_quit

    def default(self, line):
        print(f"unknown command: {line!r}")

    def emptyline(self):
        print("(empty line ignored)")

    def postloop(self):
        print(f"{len(self.store)} keys stored")


KVShell().cmdloop()

script = io.StringIO("set a 1\nlist\n\nlist\nEOF\n")
out = io.StringIO()
plain = cmd.Cmd(stdin=script, stdout=out)
plain.use_rawinput = False
plain.prompt = "> "
plain.do_list = lambda arg: print("listing", repr(arg), file=out)
plain.do_EOF = lambda arg: True
plain.cmdloop("plain intro")
print(out.getvalue())
c = cmd.Cmd()
print(c.parseline("  foo bar baz "), c.parseline("?x"), c.parseline("!ls"), c.parseline(""), c.parseline("x-y"))
c.columnize([f"item{i}" for i in range(30)], 40)
c.columnize(["only"])
c.columnize([])
try:
    c.columnize(["a", 1, "b", 2])
except TypeError as e:
    print("TypeError:", e)
c.do_help("")
c.do_help("nothing")
c.onecmd("help help")
