"""weft's cmd: line-oriented command interpreters (https://docs.python.org/3.11/library/cmd.html)."""

import string
import sys

__all__ = ['Cmd']

PROMPT = '(Cmd) '
IDENTCHARS = string.ascii_letters + string.digits + '_'


class Cmd:
    """A framework for command interpreters: `do_<name>(arg)` methods are the commands,
    `help_<name>()` methods or the do_ method's docstring their help."""

    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = '='
    lastcmd = ''
    intro = None
    doc_leader = ''
    doc_header = 'Documented commands (type help <topic>):'
    misc_header = 'Miscellaneous help topics:'
    undoc_header = 'Undocumented commands:'
    nohelp = '*** No help on %s'
    use_rawinput = 1

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        self.stdin = stdin if stdin is not None else sys.stdin
        self.stdout = stdout if stdout is not None else sys.stdout
        self.cmdqueue = []
        self.completekey = completekey

    def cmdloop(self, intro=None):
        """Prompt, read a line, dispatch it; repeat until a command returns a true value."""
        self.preloop()
        if intro is not None:
            self.intro = intro
        if self.intro:
            self.stdout.write(str(self.intro) + '\n')
        stop = None
        while not stop:
            if self.cmdqueue:
                line = self.cmdqueue.pop(0)
            elif self.use_rawinput:
                try:
                    line = input(self.prompt)
                except EOFError:
                    line = 'EOF'
            else:
                self.stdout.write(self.prompt)
                self.stdout.flush()
                line = self.stdin.readline()
                line = line.rstrip('\r\n') if line else 'EOF'
            line = self.precmd(line)
            stop = self.onecmd(line)
            stop = self.postcmd(stop, line)
        self.postloop()

    def precmd(self, line):
        return line

    def postcmd(self, stop, line):
        return stop

    def preloop(self):
        pass

    def postloop(self):
        pass

    def parseline(self, line):
        """(command, argument, line): '?' means help, '!' shell (if do_shell exists)."""
        line = line.strip()
        if not line:
            return None, None, line
        if line[0] == '?':
            line = 'help ' + line[1:]
        elif line[0] == '!':
            if not hasattr(self, 'do_shell'):
                return None, None, line
            line = 'shell ' + line[1:]
        i = 0
        while i < len(line) and line[i] in self.identchars:
            i += 1
        return line[:i], line[i:].strip(), line

    def onecmd(self, line):
        """Run one command line; returns what its do_ method returns."""
        cmd, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if cmd is None:
            return self.default(line)
        self.lastcmd = '' if line == 'EOF' else line
        if cmd == '':
            return self.default(line)
        try:
            func = getattr(self, 'do_' + cmd)
        except AttributeError:
            return self.default(line)
        return func(arg)

    def emptyline(self):
        """An empty line repeats the last command."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        self.stdout.write('*** Unknown syntax: %s\n' % line)

    def completedefault(self, *ignored):
        return []

    def completenames(self, text, *ignored):
        return [name[3:] for name in self.get_names() if name.startswith('do_' + text)]

    def complete(self, text, state):
        if state == 0:
            self.completion_matches = self.completenames(text)
        try:
            return self.completion_matches[state]
        except IndexError:
            return None

    def get_names(self):
        return dir(self.__class__)

    def complete_help(self, *args):
        commands = set(self.completenames(*args))
        topics = set(a[5:] for a in self.get_names() if a.startswith('help_' + args[0]))
        return list(commands | topics)

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            try:
                func = getattr(self, 'help_' + arg)
            except AttributeError:
                try:
                    doc = getattr(self, 'do_' + arg).__doc__
                except AttributeError:
                    doc = None
                if doc:
                    self.stdout.write('%s\n' % str(doc))
                    return
                self.stdout.write('%s\n' % str(self.nohelp % (arg,)))
                return
            func()
            return
        names = self.get_names()
        topics = {n[5:] for n in names if n.startswith('help_')}
        documented, undocumented = [], []
        seen = None
        for name in sorted(names):
            if not name.startswith('do_') or name == seen:
                continue
            seen = name
            cmd = name[3:]
            if cmd in topics:
                documented.append(cmd)
                topics.discard(cmd)
            elif getattr(self, name).__doc__:
                documented.append(cmd)
            else:
                undocumented.append(cmd)
        self.stdout.write('%s\n' % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def print_topics(self, header, cmds, cmdlen, maxcol):
        if cmds:
            self.stdout.write('%s\n' % str(header))
            if self.ruler:
                self.stdout.write('%s\n' % str(self.ruler * len(header)))
            self.columnize(cmds, maxcol - 1)
            self.stdout.write('\n')

    def columnize(self, list, displaywidth=80):
        """Print the strings in `list` in as few rows as fit `displaywidth`, filling
        columns top to bottom, two spaces between columns."""
        if not list:
            self.stdout.write('<empty>\n')
            return
        bad = [i for i, x in enumerate(list) if not isinstance(x, str)]
        if bad:
            raise TypeError('list[i] not a string for i in %s' % ', '.join(map(str, bad)))
        size = len(list)
        if size == 1:
            self.stdout.write('%s\n' % str(list[0]))
            return
        nrows, widths = size, [0]
        for rows in range(1, size):
            cols = (size + rows - 1) // rows
            ws = []
            total = -2
            for c in range(cols):
                w = max((len(x) for x in list[c * rows:(c + 1) * rows]), default=0)
                ws.append(w)
                total += w + 2
                if total > displaywidth:
                    break
            if total <= displaywidth:
                nrows, widths = rows, ws
                break
        ncols = (size + nrows - 1) // nrows if widths != [0] else 1
        for r in range(nrows):
            cells = [list[r + nrows * c] if r + nrows * c < size else '' for c in range(ncols)]
            while cells and not cells[-1]:
                cells.pop()
            self.stdout.write('%s\n' % '  '.join(x.ljust(widths[c]) for c, x in enumerate(cells)))
