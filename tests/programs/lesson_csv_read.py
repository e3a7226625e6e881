# csv reads the lesson's generated Emails.csv identically under weft and CPython:
# row count, column count, multi-line fields, and a hash of every parsed field.
import csv
import hashlib
import os
import shutil
import sys
import tempfile

sys.path.insert(0, "examples")
import gen_emails  # noqa: E402

d = tempfile.mkdtemp()
try:
    path = os.path.join(d, "Emails.csv")
    gen_emails.generate(path, 60, gen_emails.DEFAULT_SEED, True)
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    print("rows", len(body), "columns", sorted(set(len(r) for r in rows)))
    print(header == gen_emails.COLUMNS)
    h = hashlib.sha256()
    for r in rows:
        h.update("\x1f".join(r).encode("utf-8") + b"\x1e")
    print("sha256 of fields", h.hexdigest())
    col = header.index("ExtractedBodyText")
    multi = sum(1 for r in body if "\n" in r[col])
    quoted = sum(1 for r in body if '"' in r[col])
    print("multi-line bodies", multi, "with quotes", quoted)
    print("longest RawText", max(len(r[header.index("RawText")]) for r in body))
    print(body[0][:2], body[-1][:2], body[7][header.index("MetadataPdfLink")])
    with open(path, newline="", encoding="utf-8") as f:
        dicts = list(csv.DictReader(f))
    print(len(dicts), dicts[3]["DocNumber"], dicts[3]["MetadataDateSent"],
          repr(dicts[3]["ExtractedSubject"]))
    with open(path, encoding="utf-8") as f:
        text = f.read()
    print("characters", len(text), "lines", text.count("\n"))
finally:
    shutil.rmtree(d)
