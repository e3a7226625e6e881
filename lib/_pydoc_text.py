"""pydoc's text renderer: TextDoc lays out modules, classes, routines and data the way
help() prints them."""

import builtins
import inspect
import pydoc
from collections import deque


class _Rule:
    """A row of dashes between class sections, from the second section on."""

    def __init__(self, push):
        self.push = push
        self.needed = False

    def maybe(self):
        if self.needed:
            self.push('-' * 70)
        self.needed = True


class TextDoc:
    """Formatter of text documentation (bold is an overstrike, removed by plain())."""

    _repr_instance = pydoc.TextRepr()
    repr = _repr_instance.repr

    def bold(self, text):
        return ''.join(ch + '\b' + ch for ch in text)

    def indent(self, text, prefix='    '):
        if not text:
            return ''
        lines = [prefix + line for line in text.split('\n')]
        if lines:
            lines[-1] = lines[-1].rstrip()
        return '\n'.join(lines)

    def section(self, title, contents):
        return self.bold(title) + '\n' + self.indent(contents).rstrip() + '\n\n'

    def document(self, obj, name=None, *args):
        """Dispatch on the kind of obj."""
        args = (obj, name) + args
        try:
            if inspect.ismodule(obj):
                return self.docmodule(*args)
            if inspect.isclass(obj):
                return self.docclass(*args)
            if inspect.isroutine(obj):
                return self.docroutine(*args)
        except AttributeError:
            pass
        if inspect.isdatadescriptor(obj):
            return self.docdata(*args)
        return self.docother(*args)

    # ------------------------------------------------------------ classes

    def formattree(self, tree, modname, parent=None, prefix=''):
        result = ''
        for entry in tree:
            if isinstance(entry, tuple):
                c, bases = entry
                result += prefix + pydoc.classname(c, modname)
                if bases and bases != (parent,):
                    result += '(%s)' % ', '.join(pydoc.classname(b, modname) for b in bases)
                result += '\n'
            elif isinstance(entry, list):
                result += self.formattree(entry, modname, c, prefix + '    ')
        return result

    def docclass(self, obj, name=None, mod=None, *ignored):
        realname = obj.__name__
        name = name or realname
        if name == realname:
            title = 'class ' + self.bold(realname)
        else:
            title = self.bold(name) + ' = class ' + realname
        if obj.__bases__:
            title += '(%s)' % ', '.join(pydoc.classname(b, obj.__module__) for b in obj.__bases__)
        contents = []
        push = contents.append
        try:
            signature = inspect.signature(obj)
        except (ValueError, TypeError):
            signature = None
        if signature:
            argspec = str(signature)
            if argspec and argspec != '()':
                push(name + argspec + '\n')
        doc = pydoc.getdoc(obj)
        if doc:
            push(doc + '\n')
        mro = deque(inspect.getmro(obj))
        if len(mro) > 2:
            push('Method resolution order:')
            for base in mro:
                push('    ' + pydoc.classname(base, obj.__module__))
            push('')
        subclasses = sorted((str(c.__name__) for c in type.__subclasses__(obj)
                             if not c.__name__.startswith('_') and c.__module__ == 'builtins'),
                            key=str.lower)
        if subclasses:
            push('Built-in subclasses:')
            for i, subname in enumerate(subclasses):
                if i == 4:
                    push('    ... and %d other subclasses' % (len(subclasses) - 4))
                    break
                push('    ' + subname)
            push('')
        rule = _Rule(push)

        def spill(msg, attrs, kind, render):
            """One section: the attributes of `kind`, each rendered; the rest returned."""
            ok, attrs = pydoc._split_list(attrs, lambda t: t[1] == kind)
            if ok:
                rule.maybe()
                push(msg)
                for aname, _kind, home, value in ok:
                    push(render(aname, home, value))
            return attrs

        def routine(aname, home, value):
            try:
                value = getattr(obj, aname)
            except Exception:
                return self.docdata(value, aname, mod)
            return self.document(value, aname, mod, obj)

        def descriptor(aname, home, value):
            return self.docdata(value, aname, mod)

        def data(aname, home, value):
            vdoc = pydoc.getdoc(value)
            try:
                shown = getattr(obj, aname)
            except AttributeError:
                shown = home.__dict__[aname]
            return self.docother(shown, aname, mod, maxlen=70, doc=vdoc) + '\n'

        attrs = [a for a in pydoc.classify_class_attrs(obj) if pydoc.visiblename(a[0], obj=obj)]
        while attrs:
            thisclass = mro.popleft() if mro else attrs[0][2]
            attrs, inherited = pydoc._split_list(attrs, lambda t: t[2] is thisclass)
            if obj is not builtins.object and thisclass is builtins.object:
                attrs = inherited
                continue
            if thisclass is obj:
                tag = 'defined here'
            else:
                tag = 'inherited from %s' % pydoc.classname(thisclass, obj.__module__)
            pydoc.sort_attributes(attrs, obj)
            attrs = spill('Methods %s:\n' % tag, attrs, 'method', routine)
            attrs = spill('Class methods %s:\n' % tag, attrs, 'class method', routine)
            attrs = spill('Static methods %s:\n' % tag, attrs, 'static method', routine)
            attrs = spill('Readonly properties %s:\n' % tag, attrs, 'readonly property',
                          descriptor)
            attrs = spill('Data descriptors %s:\n' % tag, attrs, 'data descriptor', descriptor)
            attrs = spill('Data and other attributes %s:\n' % tag, attrs, 'data', data)
            attrs = inherited
        body = '\n'.join(contents)
        if not body:
            return title + '\n'
        return title + '\n' + self.indent(body.rstrip(), ' |  ') + '\n'

    # ------------------------------------------------------------ routines and data

    def docroutine(self, obj, name=None, mod=None, cl=None):
        realname = obj.__name__
        name = name or realname
        note = ''
        skipdocs = False
        if pydoc._is_bound_method(obj):
            imclass = obj.__self__.__class__
            if cl:
                if imclass is not cl:
                    note = ' from ' + pydoc.classname(imclass, mod)
            elif obj.__self__ is not None:
                note = ' method of %s instance' % pydoc.classname(obj.__self__.__class__, mod)
            else:
                note = ' unbound %s method' % pydoc.classname(imclass, mod)
        if name == realname:
            title = self.bold(realname)
        else:
            if cl and inspect.getattr_static(cl, realname, []) is obj:
                skipdocs = True
            title = self.bold(name) + ' = ' + realname
        argspec = None
        if inspect.isroutine(obj):
            try:
                signature = inspect.signature(obj)
            except (ValueError, TypeError):
                signature = None
            if signature:
                argspec = str(signature)
                if realname == '<lambda>':
                    title = self.bold(name) + ' lambda '
                    argspec = argspec[1:-1]
        if not argspec:
            argspec = '(...)'
        decl = title + argspec + note
        if skipdocs:
            return decl + '\n'
        doc = pydoc.getdoc(obj) or ''
        return decl + '\n' + (doc and self.indent(doc).rstrip() + '\n')

    def docdata(self, obj, name=None, mod=None, cl=None):
        parts = []
        if name:
            parts.append(self.bold(name) + '\n')
        doc = pydoc.getdoc(obj) or ''
        if doc:
            parts.append(self.indent(doc) + '\n')
        return ''.join(parts)

    docproperty = docdata

    def docother(self, obj, name=None, mod=None, parent=None, maxlen=None, doc=None):
        shown = self.repr(obj)
        if maxlen:
            line = (name and name + ' = ' or '') + shown
            chop = maxlen - len(line)
            if chop < 0:
                shown = shown[:chop] + '...'
        line = (name and self.bold(name) + ' = ' or '') + shown
        if not doc:
            doc = pydoc.getdoc(obj)
        if doc:
            line += '\n' + self.indent(str(doc)) + '\n'
        return line

    # ------------------------------------------------------------ modules

    def docmodule(self, obj, name=None, mod=None):
        name = obj.__name__
        synop, desc = pydoc.splitdoc(pydoc.getdoc(obj))
        result = self.section('NAME', name + (synop and ' - ' + synop))
        all_names = getattr(obj, '__all__', None)
        if desc:
            result += self.section('DESCRIPTION', desc)
        classes, funcs, data = [], [], []
        for key, value in inspect.getmembers(obj, inspect.isclass):
            if (all_names is not None or (inspect.getmodule(value) or obj) is obj):
                if pydoc.visiblename(key, all_names, obj):
                    classes.append((key, value))
        for key, value in inspect.getmembers(obj, inspect.isroutine):
            if (all_names is not None or inspect.isbuiltin(value)
                    or inspect.getmodule(value) is obj):
                if pydoc.visiblename(key, all_names, obj):
                    funcs.append((key, value))
        for key, value in inspect.getmembers(obj, lambda v: not (
                inspect.ismodule(v) or inspect.isclass(v) or inspect.isroutine(v))):
            if pydoc.visiblename(key, all_names, obj):
                data.append((key, value))
        if classes:
            tree = inspect.getclasstree([value for key, value in classes], True)
            contents = [self.formattree(tree, name)]
            contents += [self.document(value, key, name) for key, value in classes]
            result += self.section('CLASSES', '\n'.join(contents))
        if funcs:
            contents = [self.document(value, key, name) for key, value in funcs]
            result += self.section('FUNCTIONS', '\n'.join(contents))
        if data:
            contents = [self.docother(value, key, name, maxlen=70) for key, value in data]
            result += self.section('DATA', '\n'.join(contents))
        if hasattr(obj, '__version__'):
            version = str(obj.__version__)
            result += self.section('VERSION', version)
        try:
            result += self.section('FILE', inspect.getabsfile(obj))
        except TypeError:
            result += self.section('FILE', '(built-in)')
        return result


class PlainTextDoc(TextDoc):
    """TextDoc without the overstrike bold."""

    def bold(self, text):
        return text
