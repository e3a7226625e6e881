"""Configuration loader whose failures chain exceptions; ends in an uncaught chained error."""
import json


class ConfigError(Exception):
    def __init__(self, key, reason):
        super().__init__(f"{key}: {reason}")
        self.key = key


class Transaction:
    def __init__(self, name):
        self.name = name
        self.log = []

    def __enter__(self):
        self.log.append("begin")
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.log.append("commit")
            return False
        self.log.append(f"rollback ({exc_type.__name__})")
        return issubclass(exc_type, KeyError)


def parse(text):
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise ConfigError("<root>", "invalid JSON") from e


def get_port(cfg):
    try:
        port = int(cfg["port"])
    except KeyError:
        raise ConfigError("port", "missing")
    except ValueError as e:
        raise ConfigError("port", f"not a number ({e})") from None
    if not 0 < port < 65536:
        raise ConfigError("port", f"{port} out of range")
    return port


for text in ['{"port": 8080}', '{"port": "http"}', '{}', '{"port": 70000}', '{port: 1}']:
    try:
        print(text, "->", get_port(parse(text)))
    except ConfigError as e:
        cause = e.__cause__
        ctx = e.__context__
        print(f"{text} -> ConfigError({e.key!r}) {e} | cause={type(cause).__name__ if cause else None}"
              f" | context={type(ctx).__name__ if ctx else None} | suppress={e.__suppress_context__}")

with Transaction("a") as t:
    {}["x"]
print("after suppressed:", t.log)
try:
    with Transaction("b") as t2:
        1 / 0
except ZeroDivisionError:
    print("propagated:", t2.log)
with Transaction("c") as t3:
    pass
print(t3.log)


def cleanup():
    try:
        return "from try"
    finally:
        print("finally runs before return")


def override():
    try:
        return 1
    finally:
        return 2


def loop_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


print(cleanup(), override(), loop_finally())
try:
    try:
        raise ValueError("inner")
    finally:
        print("inner finally")
except ValueError as e:
    print("caught", e)
e = None
try:
    raise TypeError("bound")
except TypeError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)


def load(text):
    try:
        return get_port(parse(text))
    except ConfigError as e:
        raise RuntimeError("startup failed") from e


try:
    load('{"port": 0}')
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
try:
    {}["k"]
except KeyError:
    try:
        None.attr
    except AttributeError as inner:
        print("context:", repr(inner.__context__))
load("{\"port\": -5}")
