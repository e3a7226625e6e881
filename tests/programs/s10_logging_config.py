"""An application's logging setup: dictConfig, rotating files, memory and queue handlers."""
import logging
import logging.config
import logging.handlers
import os
import queue
import sys
import tempfile


class OnlyLevels(logging.Filter):
    def __init__(self, levels=()):
        super().__init__()
        self.levels = {logging.getLevelName(x) for x in levels}

    def filter(self, record):
        return record.levelno in self.levels


class ListHandler(logging.Handler):
    def __init__(self, prefix=""):
        super().__init__()
        self.prefix = prefix
        self.lines = []

    def emit(self, record):
        self.lines.append(self.prefix + self.format(record))


def setup(tmp):
    config = {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "brief": {"format": "%(levelname)-8s %(name)s: %(message)s"},
            "braces": {"format": "{levelname}|{name}|{message}", "style": "{"},
            "plain": {"format": "%(message)s"},
        },
        "filters": {
            "app_only": {"name": "app"},
            "errors_and_info": {"()": OnlyLevels, "levels": ["ERROR", "INFO"]},
        },
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "level": "INFO",
                "formatter": "brief",
                "stream": "ext://sys.stdout",
            },
            "file": {
                "class": "logging.handlers.RotatingFileHandler",
                "filename": os.path.join(tmp, "app.log"),
                "maxBytes": 60,
                "backupCount": 2,
                "formatter": "plain",
                "level": "DEBUG",
            },
            "collector": {
                "()": ListHandler,
                "prefix": "> ",
                "formatter": "braces",
                "filters": ["errors_and_info"],
            },
        },
        "loggers": {
            "app": {"level": "DEBUG", "handlers": ["file", "collector"], "propagate": True},
            "app.db": {"level": "WARNING"},
            "noisy": {"level": "CRITICAL", "propagate": False},
        },
        "root": {"level": "WARNING", "handlers": ["console"]},
    }
    logging.config.dictConfig(config)
    return logging.getLogger("app").handlers


def main():
    before = logging.getLogger("preexisting")
    with tempfile.TemporaryDirectory() as tmp:
        handlers = setup(tmp)
        print([type(h).__name__ for h in handlers], [h.name for h in handlers])
        print(logging.getLogger().level, logging.getLogger("app").level, logging.getLogger("app.db").getEffectiveLevel())
        log = logging.getLogger("app")
        db = logging.getLogger("app.db")
        for i in range(6):
            log.debug("debug message number %d", i)
        log.info("service started on port %s", 8080)
        db.info("this is filtered by level")
        db.warning("slow query took %.1fs", 2.25)
        log.error("something broke: %r", {"code": 7})
        logging.getLogger("noisy").error("never shown")
        logging.getLogger("other").warning("root handles this")
        print("preexisting disabled:", before.disabled)
        collector = handlers[1]
        print(collector.lines)
        for h in handlers:
            h.flush()
        names = sorted(os.listdir(tmp))
        print(names)
        for n in names:
            with open(os.path.join(tmp, n)) as f:
                print(n, "->", f.read().splitlines())

        mem_target = ListHandler("mem: ")
        mem_target.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
        mem = logging.handlers.MemoryHandler(capacity=3, flushLevel=logging.ERROR, target=mem_target)
        mlog = logging.getLogger("mem")
        mlog.propagate = False
        mlog.setLevel(logging.DEBUG)
        mlog.addHandler(mem)
        mlog.info("one")
        mlog.info("two")
        print("buffered:", len(mem.buffer), mem_target.lines)
        mlog.info("three")
        print("after capacity:", len(mem.buffer), mem_target.lines)
        mlog.info("four")
        mlog.error("five!")
        print("after error:", mem_target.lines[3:])
        mlog.debug("six")
        mem.close()
        print("after close:", mem_target.lines[5:], mem.target)

        q = queue.Queue()
        qh = logging.handlers.QueueHandler(q)
        sink = ListHandler("q: ")
        sink.setFormatter(logging.Formatter("%(name)s %(message)s"))
        listener = logging.handlers.QueueListener(q, sink, respect_handler_level=True)
        qlog = logging.getLogger("queued")
        qlog.propagate = False
        qlog.addHandler(qh)
        listener.start()
        for i in range(3):
            qlog.warning("item %d of %d", i + 1, 3)
        listener.stop()
        print(sink.lines)

        bh = logging.handlers.BufferingHandler(2)
        print(bh.shouldFlush(logging.makeLogRecord({"msg": "x"})), bh.capacity)
        logging.shutdown()
    for bad in ({}, {"version": 2}, {"version": 1, "handlers": {"h": {"class": "nope.Missing"}}},
                {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "ghost"}}},
                {"version": 1, "loggers": {"x": {"handlers": ["ghost"]}}}):
        try:
            logging.config.dictConfig(bad)
        except ValueError as e:
            print("ValueError:", e, "| cause:", type(e.__cause__).__name__)
    logging.config.dictConfig({"version": 1, "incremental": True, "root": {"level": "DEBUG"}})
    print(logging.getLogger().level)


main()
