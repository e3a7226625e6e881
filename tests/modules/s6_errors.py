import math, statistics, json, random, heapq, bisect, itertools, functools, collections, datetime, time, os.path, textwrap, string, operator, copy, enum, fractions, decimal, re, struct, base64, calendar, dataclasses, typing
cases = [
    "math.sqrt('x')", "math.floor(None)", "math.log(-1)", "math.gcd(2.0, 4)", "math.comb(5, -1)", "math.perm(3, 1.5)", "math.isqrt(2.5)", "math.prod(5)", "math.fsum(['a'])", "math.hypot('a')", "math.dist([1], [1, 2])", "math.ldexp(1.0, 1.5)", "math.trunc('x')", "math.ceil('x')", "math.factorial(10**20)",
    "statistics.mean(['a', 'b'])", "statistics.mean(5)", "statistics.median('x')", "statistics.fmean([])", "statistics.pstdev([])", "statistics.NormalDist(0, -1)", "statistics.geometric_mean([])", "statistics.quantiles([1, 2], n=0)",
    "json.dumps({}, indent=[])", "json.loads(None)", "json.loads('{\"a\":1}', object_hook=5)", "json.dumps({'a': float('inf')}, allow_nan=False)", "json.dump({}, 5)", "json.loads(b'\\xff')",
    "random.choice(5)", "random.randint(1.5, 3)", "random.randrange(10, 1)", "random.sample(5, 1)", "random.shuffle((1, 2))", "random.uniform('a', 1)", "random.choices([1], weights=[1, 2])", "random.seed({})", "random.Random('x').randint(3, 'y')",
    "heapq.heappush(5, 1)", "heapq.heappush([1], 'a')", "heapq.heapify((1,))", "heapq.nlargest('x', [1])", "bisect.bisect(5, 1)", "bisect.insort([1, 'a'], 2)", "bisect.bisect([1], 1, lo=-1)",
    "itertools.islice('abc', 'x')", "itertools.islice('abc', 1, 2, 0)", "list(itertools.permutations('ab', -1))", "itertools.repeat(1, 'x')", "itertools.count('a')", "itertools.cycle()", "list(itertools.zip_longest(1))", "itertools.tee([], -1)", "itertools.combinations('a')",
    "functools.reduce(5, [1, 2])", "functools.reduce(max)", "functools.partial()", "functools.partial(5)", "functools.lru_cache(maxsize='x')", "functools.total_ordering(type('X', (), {}))", "functools.cmp_to_key(None)(1) < functools.cmp_to_key(None)(2)",
    "collections.Counter().most_common('x')", "collections.deque(maxlen=-1)", "collections.deque([1]).rotate('x')", "collections.namedtuple('N', '1a')", "collections.namedtuple('N', 'a _b')", "collections.namedtuple('class', 'a')", "collections.OrderedDict().move_to_end('x')", "collections.OrderedDict().popitem()", "collections.ChainMap({}).pop('x')", "collections.ChainMap().popitem()", "collections.Counter('ab') < 5",
    "datetime.datetime(2024, '1', 1)", "datetime.date(2024, 1, 32)", "datetime.timedelta(days='x')", "datetime.date(2024, 1, 1) + 1", "datetime.datetime.strptime('2024', 5)", "datetime.datetime.fromisoformat('nope')", "datetime.timezone(5)", "datetime.timezone(datetime.timedelta(days=1))", "datetime.date.fromtimestamp('x')", "datetime.datetime(2024, 1, 1).strftime(5)", "datetime.time(12, 60)", "datetime.datetime(1, 1, 1) - datetime.timedelta(days=1)",
    "time.strftime(5)", "time.sleep(-1)", "time.sleep('x')", "time.gmtime('x')", "time.strptime('x', '%Y')", "time.localtime(1e20)",
    "os.path.join(None)", "os.path.basename(5)", "os.path.splitext(None)", "os.path.normpath(1)", "os.path.relpath('')",
    "textwrap.fill(5)", "textwrap.wrap('a b', width=-1)", "textwrap.dedent(None)", "textwrap.shorten('hello world', 3)", "textwrap.indent(5, ' ')",
    "string.Template(5).substitute()", "string.Template('$a').substitute({}, b=1)", "string.capwords(5)", "'{0} {1}'.format(1)", "'{a}'.format(1)", "'{:d}'.format('x')", "'{:q}'.format(1)", "'{0!z}'.format(1)", "format(1.5, 'd')", "'%d' % 'x'", "'%s %s' % (1,)", "'%(a)s' % {}", "'{' .format()", "'}'.format()",
    "operator.itemgetter()", "operator.attrgetter(5)", "operator.methodcaller()", "operator.getitem([], 0)", "operator.setitem((), 0, 1)",
        "enum.Enum('E', 5)", "enum.Enum('E', 'a b')('c')", "enum.Enum('E', 'a b')['c']",
    "fractions.Fraction(1, 'x')", "fractions.Fraction('1/0')", "fractions.Fraction('1.2.3')", "fractions.Fraction(1) < 'x'", "fractions.Fraction(1, 2) ** 'x'",
    "decimal.Decimal('1.5').quantize('x')", "decimal.Decimal(1) < 'x'", "decimal.Decimal('abc')", "decimal.Decimal(1) + 'x'", "decimal.getcontext().prec == decimal.Decimal(1).__round__('x')", "decimal.Decimal(float('nan')).to_integral_value() and int(decimal.Decimal('inf'))",
    "struct.pack('i', 'x')", "struct.pack('b', 300)", "struct.unpack('i', b'ab')", "struct.pack('z', 1)", "struct.calcsize('q!')",
    "base64.b64decode('abc')", "base64.b64decode(5)", "base64.b64encode('str')", "base64.b32decode('!!')",
    "calendar.month(2024, 0)", "calendar.weekday(2024, 2, 30)", "calendar.monthrange(0, 1)",
    "dataclasses.fields(5)", "dataclasses.asdict(5)", "dataclasses.replace(5)", "dataclasses.make_dataclass('X', [5])",
    "typing.cast()", "typing.Optional[1, 2]", "typing.Union[()]", "typing.List[int, str]", "typing.Callable[1]", "typing.TypeVar('T', int)", "isinstance(1, typing.List[int])",
]
for c in cases:
    try:
        r = eval(c)
        print(c, "=>", repr(r)[:60])
    except Exception as e:
        print(c, "->", type(e).__name__ + ":", str(e)[:150])
