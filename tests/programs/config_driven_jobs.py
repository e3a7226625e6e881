"""A job runner configured by TOML, reporting through logging, ordered with graphlib."""
import logging
import sys
import tomllib
from graphlib import TopologicalSorter, CycleError

CONFIG = """
[runner]
name = "nightly"
retries = 2
log_level = "DEBUG"

[jobs.fetch]
cost = 3
[jobs.build]
after = ["fetch"]
cost = 10
[jobs.test]
after = ["build"]
cost = 7
fail_times = 1
[jobs.docs]
after = ["fetch"]
cost = 2
[jobs.publish]
after = ["test", "docs"]
cost = 1
"""

cfg = tomllib.loads(CONFIG)
logging.basicConfig(stream=sys.stdout, level=cfg["runner"]["log_level"],
                    format="%(levelname).1s %(name)-14s %(message)s")
log = logging.getLogger(f"runner.{cfg['runner']['name']}")
jobs = cfg["jobs"]
graph = {name: set(spec.get("after", [])) for name, spec in jobs.items()}
order = list(TopologicalSorter(graph).static_order())
log.info("order: %s", " -> ".join(order))
clock = 0
failures = {n: spec.get("fail_times", 0) for n, spec in jobs.items()}
for name in order:
    jl = log.getChild(name)
    for attempt in range(1, cfg["runner"]["retries"] + 2):
        clock += jobs[name]["cost"]
        if failures[name] >= attempt:
            jl.warning("attempt %d failed at t=%d", attempt, clock)
            continue
        jl.debug("finished at t=%d (attempt %d)", clock, attempt)
        break
    else:
        jl.error("gave up")
log.info("total time %d units for %d jobs", clock, len(order))
ts = TopologicalSorter(graph)
ts.prepare()
wave = 0
while ts:
    ready = ts.get_ready()
    log.debug("wave %d: %s", wave, sorted(ready))
    ts.done(*ready)
    wave += 1
graph["fetch"].add("publish")
try:
    ts = TopologicalSorter(graph)
    ts.prepare()
except CycleError as e:
    log.error("cycle detected: %s", e.args[1])
logging.getLogger("runner").setLevel(logging.WARNING)
log.info("hidden")
log.warning("still visible; effective level %s", logging.getLevelName(log.getEffectiveLevel()))
