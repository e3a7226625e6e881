"""Interactive quiz / number-guessing game driven by stdin, with input validation loops."""
import random
import sys
from collections import OrderedDict

QUESTIONS = OrderedDict([
    ("Capital of France?", {"answer": "paris", "points": 2}),
    ("2 ** 10 = ?", {"answer": "1024", "points": 1}),
    ("Largest planet?", {"answer": "jupiter", "points": 3}),
    ("Python's creator (last name)?", {"answer": "van rossum", "points": 5}),
])


def ask_int(prompt, lo, hi):
    while True:
        raw = input(prompt)
        try:
            val = int(raw)
        except ValueError:
            print(f"  {raw!r} is not a whole number")
            continue
        if not lo <= val <= hi:
            print(f"  please enter {lo}..{hi}")
            continue
        return val


name = input("Your name: ").strip().title() or "Anonymous"
print(f"Welcome, {name}!")
score = 0
for i, (q, meta) in enumerate(QUESTIONS.items(), 1):
    reply = input(f"Q{i}. {q} ").strip().lower()
    if reply == meta["answer"]:
        score += meta["points"]
        print(f"  correct! +{meta['points']}")
    elif reply and meta["answer"].startswith(reply[:3]):
        print(f"  close... it was {meta['answer'].title()!r}")
    else:
        print(f"  wrong, the answer is {meta['answer']}")
best = sum(m["points"] for m in QUESTIONS.values())
print(f"{name} scored {score}/{best} ({score / best:.0%})")

random.seed(2023)
secret = random.randint(1, 100)
tries = 0
while True:
    guess = ask_int("Guess (1-100): ", 1, 100)
    tries += 1
    if guess < secret:
        print("  higher")
    elif guess > secret:
        print("  lower")
    else:
        print(f"  got it in {tries} tries, it was {secret}")
        break
    if tries >= 7:
        print(f"  out of tries; it was {secret}")
        break

print("Enter numbers one per line, blank line to stop:")
nums = []
for line in iter(lambda: sys.stdin.readline().rstrip("\n"), ""):
    try:
        nums.append(float(line))
    except ValueError:
        print(f"  skipping {line!r}")
if nums:
    print(f"count={len(nums)} sum={sum(nums):g} mean={sum(nums) / len(nums):.3f} min={min(nums)} max={max(nums)}")
rest = sys.stdin.read()
print("remaining lines:", rest.splitlines())
try:
    input("one more? ")
except EOFError:
    print("\n(EOF reached)")
print(sys.stdin.readline() == "", sys.stdin.read() == "")
