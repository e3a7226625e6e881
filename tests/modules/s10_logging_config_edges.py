"""logging.config: custom factories, deferred MemoryHandler targets, cfg://, ".", incremental, fileConfig; logging.handlers edge cases."""
import logging, logging.config, logging.handlers, sys, io, os, tempfile
class MyFmt(logging.Formatter):
    def __init__(self, fmt=None, datefmt=None, tag="T"):
        super().__init__(fmt, datefmt); self.tag = tag
    def format(self, r): return self.tag + ":" + super().format(r)
child = logging.getLogger("svc.child"); child.setLevel(logging.ERROR); child.addHandler(logging.NullHandler())
other = logging.getLogger("zzz")
cfg = {
  "version": 1,
  "formatters": {"f": {"()": MyFmt, "format": "%(name)s %(message)s", "tag": "X"},
                 "g": {"()": "logging.Formatter", "fmt": "[%(levelname)s] %(message)s"}},
  "handlers": {"a_mem": {"class": "logging.handlers.MemoryHandler", "capacity": 10, "target": "z_out", "flushLevel": 40},
               "z_out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "f", ".": {"terminator": " <<\n"}},
               "g_out": {"class": "logging.StreamHandler", "stream": "cfg://custom.stream", "formatter": "g"}},
  "custom": {"stream": sys.stdout},
  "loggers": {"svc": {"handlers": ["a_mem", "g_out"], "level": "DEBUG", "propagate": False}},
}
logging.config.dictConfig(cfg)
print(child.level, child.handlers, child.propagate, other.disabled)
log = logging.getLogger("svc")
log.info("buffered"); log.debug("also"); print("--"); log.error("flush now")
child.warning("child msg")
try:
    logging.config.dictConfig({"version": 1, "incremental": True, "handlers": {"nope": {}}})
except ValueError as e: print(e)
logging.config.dictConfig({"version": 1, "incremental": True, "handlers": {"z_out": {"level": "CRITICAL"}}, "loggers": {"svc": {"level": "WARNING"}}})
log.error("err2"); log.critical("crit")
logging.getLogger("svc").handlers[0].flush()
ini = """
[loggers]
keys=root,app

[handlers]
keys=out

[formatters]
keys=simple

[logger_root]
level=WARNING
handlers=

[logger_app]
level=DEBUG
handlers=out
qualname=app
propagate=0

[handler_out]
class=StreamHandler
level=INFO
formatter=simple
args=(sys.stdout,)

[formatter_simple]
format=%(levelname)s:%(name)s:%(message)s
"""
logging.config.fileConfig(io.StringIO(ini))
a = logging.getLogger("app"); a.debug("hidden"); a.info("from ini"); print(a.propagate, log.disabled)
with tempfile.TemporaryDirectory() as d:
    h = logging.handlers.TimedRotatingFileHandler(os.path.join(d, "t.log"), when="midnight", backupCount=3)
    print(h.when, h.interval, h.suffix, h.backupCount, h.getFilesToDelete())
    h.close()
    for w in ("W9", "X", "W"):
        try: logging.handlers.TimedRotatingFileHandler(os.path.join(d, "t.log"), when=w)
        except ValueError as e: print(e)
    w = logging.handlers.WatchedFileHandler(os.path.join(d, "w.log"))
    lg = logging.getLogger("w"); lg.addHandler(w); lg.propagate = False
    lg.warning("one"); os.remove(os.path.join(d, "w.log")); lg.warning("two"); w.close()
    print(open(os.path.join(d, "w.log")).read())
    r = logging.handlers.RotatingFileHandler(os.path.join(d, "r.log"), maxBytes=10, backupCount=1)
    r.namer = lambda n: n + ".bak"
    lr = logging.getLogger("r"); lr.addHandler(r); lr.propagate = False
    for i in range(4): lr.warning("line %d", i)
    r.close()
    print(sorted(os.listdir(d)))
print(logging.config.valid_ident("abc"))
try: logging.config.valid_ident("1x")
except ValueError as e: print(e)
