"""A pipeline whose final stage fails: exception chaining ends the program."""
import json


class PipelineError(Exception):
    pass


def parse(raw):
    return json.loads(raw)


def validate(doc):
    if "id" not in doc:
        raise KeyError("id")
    return doc


def stage(raw):
    try:
        return validate(parse(raw))
    except (ValueError, KeyError) as e:
        raise PipelineError(f"bad record {raw!r}") from e


good = []
for raw in ['{"id": 1}', '{"id": 2, "x": [1, 2]}', '{"name": "no id"}']:
    try:
        good.append(stage(raw))
    except PipelineError as e:
        print("skipped:", e, "because", repr(e.__cause__))
print(good)


class Processor:
    def __init__(self, items):
        self.items = items

    def total(self):
        return sum(self.weight(i) for i in self.items)

    def weight(self, item):
        try:
            return item["w"] * 2
        except TypeError:
            return len(item) / 0


print(Processor([{"w": 1}, {"w": 2}]).total())
Processor([{"w": 1}, "abc"]).total()
