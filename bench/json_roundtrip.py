"""json.dumps / json.loads of a large generated document (nested dicts
and lists, strings with escapes, ints, floats, booleans, None).

    python3 bench/json_roundtrip.py [RECORDS]
"""
import json
import sys


def make_doc(n):
    x = 7
    records = []
    for i in range(n):
        x = x * 48271 % 2147483647
        records.append({
            "id": i,
            "name": "user %d" % (x % 10007),
            "email": "u%d@example.org" % x,
            "score": (x % 100000) / 1000.0,
            "active": x % 3 == 0,
            "manager": None if x % 5 else i // 2,
            "tags": ["t%d" % (x % 17), "t%d" % (x % 23), "quote \"%d\"" % (x % 5)],
            "address": {"street": "%d Main St\nApt %d" % (x % 999, x % 40),
                        "city": "Caf\u00e9 %d" % (x % 50), "zip": "%05d" % (x % 99999)},
            "history": [x % 97, x % 89, -(x % 83), 1.5 * (x % 11)],
        })
    return {"version": 3, "generated": "2015-05-13T00:00:00", "records": records}


def main(n):
    doc = make_doc(n)
    total = 0
    for indent in (None, 2):
        text = json.dumps(doc, indent=indent)
        back = json.loads(text)
        total += len(text)
        if back != doc:
            print("round trip mismatch")
    compact = json.dumps(doc, separators=(",", ":"), sort_keys=True)
    ascii_ = json.dumps(doc, ensure_ascii=False)
    back = json.loads(compact)
    print("chars:", total, len(compact), len(ascii_))
    print("records:", len(back["records"]), back["records"][-1]["name"],
          sum(r["history"][0] for r in back["records"]))
    print("sample:", json.dumps(back["records"][1], sort_keys=True)[:120])


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 8000)
