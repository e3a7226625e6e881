"""csv.reader over the ~21 MB Emails.csv (multi-line quoted fields).

    python3 bench/csv_read.py [PASSES] [PATH]

PATH defaults to examples/data/Emails.csv, which is generated (by
examples/gen_emails.py) if it is missing.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.path.join(os.path.dirname(HERE), "examples")


def ensure_data(path):
    if not os.path.exists(path):
        sys.path.insert(0, EXAMPLES)
        import gen_emails
        gen_emails.generate(path, gen_emails.DEFAULT_ROWS, gen_emails.DEFAULT_SEED, True)


def read_once(path):
    rows = 0
    cells = 0
    body_chars = 0
    lines = 0
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        body = header.index("ExtractedBodyText")
        for row in reader:
            rows += 1
            cells += len(row)
            text = row[body]
            body_chars += len(text)
            lines += text.count("\n")
    return rows, cells, body_chars, lines


def main(passes, path):
    ensure_data(path)
    for _ in range(passes):
        result = read_once(path)
    print("rows=%d cells=%d body_chars=%d body_newlines=%d" % result)


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    p = sys.argv[2] if len(sys.argv) > 2 else os.path.join(EXAMPLES, "data", "Emails.csv")
    main(n, p)
