import getopt

def show(fn, args, short, long=[]):
    try:
        opts, rest = fn(args, short, long)
        print(fn.__name__, opts, rest)
    except getopt.GetoptError as e:
        print(fn.__name__, "GetoptError:", e, "| opt =", repr(e.opt), "| msg =", repr(e.msg), e.args)

g = getopt.getopt
gg = getopt.gnu_getopt
show(g, ['-a', '-b', 'val', 'file1', '-c'], 'ab:c')
show(g, ['-abval', 'x'], 'ab:')
show(g, ['-ab', 'val'], 'ab:')
show(g, ['-a', '--', '-b', 'x'], 'ab')
show(g, ['-', '-a'], 'a')
show(g, [], 'a')
show(g, ['-x'], 'a')
show(g, ['-b'], 'ab:')
show(g, ['--verbose', '--out=f.txt', '--level', '3', 'rest'], 'v', ['verbose', 'out=', 'level='])
show(g, ['--verb'], '', ['verbose'])
show(g, ['--ve'], '', ['verbose', 'version'])
show(g, ['--version'], '', ['verbose', 'version'])
show(g, ['--out'], '', ['out='])
show(g, ['--verbose=1'], '', ['verbose'])
show(g, ['--nope'], '', ['verbose'])
show(g, ['--o=1'], '', ['output='])
show(g, ['--out=', 'x'], '', ['out='])
show(g, ['--help'], '', 'help')
show(g, ['-:'], 'a:')
show(g, ('-a', 'b'), 'a')
show(gg, ['file', '-a', 'x', '--long', 'y', '--', '-b'], 'a', ['long'])
show(gg, ['file', '-a', 'x'], '+a')
show(gg, ['-a', 'file', '-a'], '+a')
show(gg, ['-', '-a'], 'a')
show(gg, ['-bq', 'z'], 'b:')
show(gg, ['--x'], 'a', ['x=', 'xy'])
print(getopt.error is getopt.GetoptError)
e = getopt.GetoptError('boom')
print(repr(e.opt), str(e), e.args)
import sys
argv = ['prog', '-h', '-o', 'out.txt', '--verbose', 'in1', 'in2']
try:
    opts, args = getopt.getopt(argv[1:], "ho:v", ["help", "output=", "verbose"])
except getopt.GetoptError as err:
    print(err)
    sys.exit(2)
output = None
verbose = False
for o, a in opts:
    if o in ("-v", "--verbose"):
        verbose = True
    elif o in ("-h", "--help"):
        print("usage")
    elif o in ("-o", "--output"):
        output = a
print(output, verbose, args)
