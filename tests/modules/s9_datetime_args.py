import datetime as d
for f in [lambda: d.date(2020,1,1,x=1), lambda: d.time(x=1), lambda: d.timedelta(x=1), lambda: d.timezone(x=1), lambda: d.date(2020,1), lambda: d.datetime(2020), lambda: d.time(1,2,3,4,None,5), lambda: d.date(1,2,3,4), lambda: d.date(), lambda: d.datetime(2020, 1, 1, hours=1), lambda: d.date(year=2020, month=1, day=1, x=1), lambda: d.datetime(1,2,3,4,5,6,7,None,8), lambda: d.datetime(2020,1,1,tzinfo=None, fold=2)]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
for f in [lambda: d.date("x"), lambda: d.date(2020, "x"), lambda: d.date(2020.5, 1, 1), lambda: d.date(2020, 1, day=2), lambda: d.date(2020, year=1), lambda: d.datetime(2020, 1, 2, 3, 4, 5, 6, d.timezone.utc), lambda: d.datetime(2020, 1, 2, tzinfo=d.timezone.utc, fold=1), lambda: d.time(1, 2, 3, 4, d.timezone.utc, fold=1), lambda: d.time(tzinfo=5),
          lambda: d.timedelta(1, 2, 3, 4, 5, 6, 7, 8), lambda: d.timezone(d.timedelta(0), "n", 3), lambda: d.timezone(), lambda: d.timezone(offset=d.timedelta(hours=1), name="N"), lambda: d.time(1.5), lambda: d.datetime(2020, 1, 1, 1, fold=2), lambda: d.datetime(2020, 1, 1, fold=1.0), lambda: d.time(25), lambda: d.date(year=2020, month=2, day=3), lambda: d.datetime(year=2020, month=1, day=1, minute=5)]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
import pickle, copy
x = d.datetime(2020, 1, 2, 3, 4, 5, 6, d.timezone.utc)
print(pickle.loads(pickle.dumps(x)) == x, copy.copy(d.time(1, tzinfo=d.timezone.utc)), pickle.loads(pickle.dumps(d.timezone(d.timedelta(hours=1), "X"))))
class MyDate(d.date):
    def __new__(cls, y, m, dd, extra=None):
        self = super().__new__(cls, y, m, dd)
        self.extra = extra
        return self
print(MyDate(2020, 1, 2, "e").extra, repr(MyDate(2020, 1, 2)))
import random, datetime as dtm
from datetime import datetime, date, time, timedelta, timezone
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)
random.seed(1)
print(random.randrange(0, 10**30, 7), random.randrange(-10**20, 10**20), random.randint(-2**100, 2**100))
big = list(range(1000)); random.shuffle(big); print(big[:10], sum(big))
print(random.sample(range(10**9), 3), random.sample(list(range(50)), 40)[:5], random.sample(range(100), k=21)[:5])
print(random.choices(range(100), k=3, weights=range(100)), random.choices("ab", cum_weights=[1, 1], k=3))
show("choice dict", lambda: random.choice({1: "a", 0: "b"}))
show("choice dict missing", lambda: random.choice({5: "a"}))
show("choice set", lambda: random.choice({1, 2}))
show("choice gen", lambda: random.choice(x for x in "ab"))
print([random.gauss(0, 1) for _ in range(3)], random.normalvariate(0, 0))
r = random.Random(); r.seed(3); print(r.random(), random.Random(3.0).random(), random.Random(-3).random() == random.Random(3).random())
print(random.randrange(10, step=3) if False else random.randrange(0, 10, 3), random.randrange(stop=5, start=1) if False else "")
show("randrange kw", lambda: random.randrange(start=1, stop=5))
show("randint 1 arg", lambda: random.randint(5))
show("sample k missing", lambda: random.sample([1, 2]))
show("uniform str", lambda: random.uniform("a", 1))
random.seed("same"); a = random.random(); random.seed("same"); print(a == random.random())
random.seed(b"x"); print(random.random()); random.seed(bytearray(b"x")); print(random.random())
random.seed(0); print(random.betavariate(1, 1), random.betavariate(0.1, 0.1), random.gammavariate(1, 1), random.gammavariate(0.1, 1))
print(random.vonmisesvariate(1, 1e-7), random.triangular(10, 0), random.expovariate(-1))
print(datetime(2020, 5, 17, 8, 3, 9).strftime("%-d %-m %-H|%I|%l|%k|%s"[:13]))
print(datetime(2021, 1, 1) - datetime(2020, 1, 1, 12), str(timedelta(days=-1, seconds=1)), str(-timedelta(hours=1, microseconds=5)))
print(date.fromtimestamp(0) <= date(1970, 1, 2), datetime(2020, 1, 1).astimezone(timezone.utc).tzinfo, datetime(2020, 1, 1, 0, 0).strftime("%Z|%z|"))
class MyDT(datetime):
    def hello(self): return "hi"
m = MyDT(2020, 1, 2, 3)
print(m, repr(m), type(m + timedelta(1)).__name__, type(m.replace(year=2021)).__name__, m.hello(), type(MyDT.now()).__name__)
class MyDate(date):
    pass
print(repr(MyDate(2020, 1, 1)), type(MyDate.today()).__name__, type(MyDate.fromisoformat("2020-02-02")).__name__)
print(datetime(2020, 2, 29) + timedelta(days=365), datetime(2020, 3, 31).replace(month=4, day=30), timedelta(days=1, seconds=-1))
print(datetime.fromisoformat("2020-01-01T10:20:30.123456"), datetime.fromisoformat("2020-01-01T10:20"), datetime.fromisoformat("2020-01-01 10"), datetime.fromisoformat("2020-01-01T10:20:30.1"))
print(time.fromisoformat("10:20"), time.fromisoformat("10:20:30+01:00"), date.fromisoformat("20200102") if False else "", datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=1), "X")).tzname())
print(datetime.strptime("2020-06-15 13:45", "%Y-%m-%d %H:%M").strftime("%A %d. %B %Y %I:%M%p"), datetime.strptime("1/2/2003", "%m/%d/%Y").date())
print(datetime.strptime("Jun 1 2005  1:33PM", "%b %d %Y %I:%M%p"), datetime.strptime("2020-01-01 +05:30", "%Y-%m-%d %z").utcoffset(), datetime.strptime("12:00 UTC", "%H:%M %Z"))
show("strptime range", lambda: datetime.strptime("2020-13-01", "%Y-%m-%d"))
show("strptime feb30", lambda: datetime.strptime("2021-02-30", "%Y-%m-%d"))
show("strptime unconverted", lambda: datetime.strptime("10:00 am extra", "%H:%M %p"))
show("strptime type", lambda: datetime.strptime(20200101, "%Y%m%d"))
show("dt sub int", lambda: datetime(2020, 1, 1) - 5)
show("td + int", lambda: timedelta(1) + 1)
show("td cmp int", lambda: timedelta(1) < 1)
show("td eq int", lambda: timedelta(0) == 0)
show("time + td", lambda: time(1) + timedelta(hours=1))
show("dt kw bad", lambda: datetime(2020, 1, 1, hours=1))
show("date float", lambda: date(2020.0, 1, 1))
show("td str", lambda: timedelta("1"))
show("utcoffset bad", lambda: datetime(2020, 1, 1, tzinfo=5))
print(timedelta(days=1.5, hours=-0.5), timedelta(0.000001), timedelta(microseconds=0.5), timedelta(microseconds=1.5), timedelta(seconds=1e-7))
print(datetime(2020, 1, 1).isoformat(timespec="microseconds"), time(1, 2, 3).isoformat(timespec="auto"), datetime(1, 1, 1).strftime("%Y|%y|%C"), date(900, 1, 1).strftime("%Y"))
print(datetime.combine(date(2020, 1, 1), time(5), tzinfo=timezone.utc), datetime(2020, 6, 1, tzinfo=timezone.utc).timetuple().tm_isdst, dtm.timezone(timedelta(0)) == timezone.utc)
print(sorted({datetime(2020, 1, 1): 1, datetime(2019, 1, 1): 2}), datetime(2020, 1, 1) in {datetime(2020, 1, 1, 0, 0, 0)}, hash(time(1)) == hash(time(1)))
print(datetime(2020, 10, 5, 14, 30).strftime("%d/%m/%y %H:%M:%S.%f %j %U"), "{:%Y-%m-%d %H:%M}".format(datetime(2022, 2, 2, 2, 2)), f"{datetime(2000, 1, 1):%c}")
print(timezone(timedelta(hours=3)).tzname(None), timezone(timedelta(hours=-3, minutes=-30)).tzname(None), timezone(timedelta(seconds=30)), timezone.utc.tzname(None), repr(timezone(timedelta(hours=2), "Foo")))
