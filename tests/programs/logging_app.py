import logging
import sys

logging.warning("root warning %s", "before config")
logging.info("not shown")
log = logging.getLogger("app.db")
log.error("db error %d", 42)
print(repr(logging.getLogger()), repr(log), log.parent, log.getEffectiveLevel())
logging.basicConfig(level=logging.DEBUG, format="%(levelname)-8s %(name)s:%(funcName)s:%(lineno)d %(message)s", stream=sys.stdout)
logging.debug("debug now visible")
log.info("hello %s and %r", "world", "x")
def work(n):
    log.warning("work %(n)s items", {"n": n})
    try:
        1 / n
    except ZeroDivisionError:
        log.exception("failed dividing by %d", n)
work(3)
work(0)
child = logging.getLogger("app")
print(log.parent is child, child.parent is logging.root, logging.getLogger("app.db") is log, child.getChild("db") is log)
child.setLevel(logging.ERROR)
log.warning("suppressed by parent level")
log.error("shown")
print(log.isEnabledFor(logging.WARNING), log.getEffectiveLevel(), logging.getLevelName(40), logging.getLevelName("ERROR"), logging.getLevelName(25))
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[{levelname}] {name} | {message}", style="{"))
audit = logging.getLogger("audit")
audit.addHandler(h)
audit.propagate = False
audit.setLevel(logging.INFO)
audit.info("user %s logged in", "ann")
audit.info("template")
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("$levelname-$name: $message", style="$"))
audit.addHandler(h2)
audit.warning("two handlers")
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
audit.addFilter(OnlyOdd())
for i in range(4):
    audit.info("number %d", i)
adapter = logging.LoggerAdapter(logging.getLogger("adapted"), {"ip": "1.2.3.4"})
fmt = logging.Formatter("%(ip)s %(message)s")
ah = logging.StreamHandler(sys.stdout)
ah.setFormatter(fmt)
logging.getLogger("adapted").addHandler(ah)
logging.getLogger("adapted").propagate = False
adapter.warning("from adapter")
print(repr(adapter), repr(h), repr(logging.root))
logging.addLevelName(25, "NOTICE")
logging.log(25, "custom level")
logging.disable(logging.WARNING)
logging.warning("disabled")
logging.error("error passes")
logging.disable(logging.NOTSET)
try:
    logging.Formatter("no fields", style="{")
except ValueError as e:
    print("ValueError:", e)
try:
    logging.basicConfig(foo=1, force=True)
except ValueError as e:
    print("ValueError:", e)
try:
    log.setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)
r = logging.makeLogRecord({"msg": "hi %s", "args": ("there",), "levelno": 10})
print(r.getMessage(), logging.Formatter().format(r))
print(sorted(logging.getLevelNamesMapping().items()))
logging.info("extra %s", "x", extra={"user": "u"})
try:
    logging.info("x", extra={"msg": 1})
except KeyError as e:
    print("KeyError:", e)
logging.getLogger("stderr.only").critical("to stderr via root handler")
