import json, io, csv
records = [{"id": i, "name": f"user{i}", "score": round(i * 1.37, 2), "tags": ["t%d" % (i % 3)] * (i % 3), "active": i % 2 == 0, "ref": None} for i in range(8)]
s = json.dumps(records, indent=2, sort_keys=True)
back = json.loads(s)
print(back == records, len(s))
print(s[:200])
buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=["id", "name", "score", "active"], extrasaction="ignore", lineterminator="\n")
w.writeheader()
w.writerows(records)
print(buf.getvalue())
rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
print(rows[3], sum(float(r["score"]) for r in rows))
agg = {}
for r in records:
    agg.setdefault(r["active"], []).append(r["score"])
print(json.dumps({str(k): {"n": len(v), "mean": sum(v) / len(v)} for k, v in agg.items()}, sort_keys=True))
