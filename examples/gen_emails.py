"""Write a deterministic, made-up Emails.csv shaped like the real one.

The lesson reads `Emails.csv`, the public release of Hillary Clinton's State
Department e-mails (7,945 rows, 22 columns, about 20 MB).  That file cannot be
downloaded here, so this script writes a stand-in with the same columns, the
same row count and roughly the same size: multi-line quoted bodies with commas
and doubled quotes, dates, document numbers and PDF links that look like the
real ones.  All names and texts are invented.

The output is identical byte for byte wherever it runs (python3 or weft): it
uses its own small random number generator, never `random`, and no hash-order
dependent containers.

    python3 examples/gen_emails.py [PATH] [--rows N] [--seed S] [--quiet]

PATH defaults to examples/data/Emails.csv next to this script.
"""

import csv
import os
import sys

COLUMNS = [
    "Id", "DocNumber", "MetadataSubject", "MetadataTo", "MetadataFrom",
    "SenderPersonId", "MetadataDateSent", "MetadataDateReleased",
    "MetadataPdfLink", "MetadataCaseNumber", "MetadataDocumentClass",
    "ExtractedSubject", "ExtractedTo", "ExtractedFrom", "ExtractedCc",
    "ExtractedDateSent", "ExtractedCaseNumber", "ExtractedDocNumber",
    "ExtractedDateReleased", "ExtractedReleaseInPartOrFull",
    "ExtractedBodyText", "RawText",
]

DEFAULT_ROWS = 7945
DEFAULT_SEED = 20150513


class Rng:
    """Park-Miller 'minimal standard' generator: x = x * 48271 mod (2**31 - 1).

    Products stay below 2**47, so every interpreter computes the same numbers
    with plain integer arithmetic.
    """

    def __init__(self, seed):
        x = seed % 2147483647
        if x <= 0:
            x += 2147483646
        self.x = x

    def next(self):
        self.x = self.x * 48271 % 2147483647
        return self.x

    def below(self, n):
        self.x = self.x * 48271 % 2147483647
        return self.x % n

    def pick(self, seq):
        self.x = self.x * 48271 % 2147483647
        return seq[self.x % len(seq)]

    def chance(self, percent):
        self.x = self.x * 48271 % 2147483647
        return self.x % 100 < percent


FIRST_NAMES = [
    "Anna", "Bernard", "Carla", "Daniel", "Elena", "Frank", "Grace", "Henry",
    "Irene", "James", "Karen", "Louis", "Maria", "Nathan", "Olivia", "Peter",
    "Quinn", "Rachel", "Samuel", "Teresa", "Victor", "Wendy", "Arthur", "Beth",
    "Cyrus", "Diane", "Edgar", "Fiona", "Gordon", "Helen", "Isaac", "Julia",
    "Kevin", "Laura", "Martin", "Nora", "Oscar", "Paula", "Robert", "Sylvia",
]

LAST_NAMES = [
    "Abernathy", "Bellweather", "Castellano", "Dunmore", "Everly", "Fairbanks",
    "Galloway", "Harrington", "Iverson", "Jardine", "Kessler", "Lindqvist",
    "Merriweather", "Northcott", "Oakridge", "Pemberton", "Quarles", "Rosenthal",
    "Sandoval", "Thackeray", "Underwood", "Vandermeer", "Whitcombe", "Yardley",
    "Ashford", "Blackwood", "Crenshaw", "Delacroix", "Ellsworth", "Fitzgerald",
]

MIDDLE = ["A", "B", "C", "D", "E", "J", "K", "L", "M", "R", "S", "T", "W"]

COMMON_WORDS = (
    "the of and to in a is that for it as was with be by on not he this are or "
    "his from at which but have an they you were her she there been one all we "
    "their has would when if so no will more can out about up what said them "
    "into some could time than other only new also these two may then do first "
    "any now such like our over me even most made after many before must well "
    "back through where much should very just those how state department "
    "secretary meeting call today tomorrow week minister president office "
    "government policy statement press report memo draft briefing schedule "
    "agreement talks security foreign embassy ambassador staff team update "
    "issue issues plan plans support budget vote congress senate house "
    "committee hearing visit trip travel conference summit trade development "
    "aid program programs election elections council nations united region "
    "regional relations partners allies leaders leader discussion discussions "
    "follow please thanks thank let know think need want see get talk send "
    "sent attached below above note notes version comments edits review "
    "morning afternoon evening night monday tuesday wednesday thursday friday "
    "saturday sunday january february march april may june july august "
    "september october november december sure good great important "
    "understand agree hope believe working work worked final latest early "
    "late next last same different public private official officials "
    "information question questions answer request requested list points "
    "speech remarks interview story article news media coverage reporters "
    "phone email message call back asap fyi keep mind time line timeline "
    "economic energy climate health women rights human people country "
    "countries world international military civilian assistance funding "
    "reform process progress outcome result results strategy approach "
    "option options proposal proposals position positions view views"
).split()

PLACES = [
    "Brussels", "Geneva", "Nairobi", "Jakarta", "Lima", "Oslo", "Cairo", "Seoul",
    "Ankara", "Bogota", "Hanoi", "Warsaw", "Lisbon", "Dakar", "Manila", "Quito",
    "Tunis", "Accra", "Vienna", "Canberra", "Ottawa", "Santiago", "Riga", "Doha",
]

TOPICS = [
    "schedule for next week", "call sheet", "draft remarks", "press guidance",
    "travel update", "meeting notes", "budget talking points", "op-ed draft",
    "statement on the elections", "readout of the call", "briefing memo",
    "agenda for the summit", "follow up", "quick question", "today's calls",
    "edits to the speech", "update on the talks", "list of invitees",
    "thank you note", "dinner on Thursday", "the hearing", "the vote count",
    "tomorrow's interview", "the new proposal", "the trade agreement",
    "energy security", "health initiative", "aid package", "Women's forum",
]

SYLLABLES = [
    "ba", "ler", "con", "dri", "ev", "fal", "gor", "hen", "is", "jon", "ka",
    "lum", "mor", "nes", "ost", "pra", "quo", "ril", "san", "tev", "ul", "vin",
    "wes", "xan", "yor", "zel", "ama", "bri", "cal", "den", "ema", "fer",
]

SIGNOFFS = ["Thanks", "Best", "Thx", "Cheers", "Regards", "Many thanks", "All best"]

RELEASES = [
    ("HRC_Email_1_296", "HRCH2", "HRC_Email_296", "F-2015-04841", "05/13/2015",
     "2015-05-22T04:00:00+00:00"),
    ("HRCEmail_JuneWeb", "HRCH1", "HRCEmail_JuneWeb", "F-2014-20439", "06/30/2015",
     "2015-06-30T04:00:00+00:00"),
    ("HRCEmail_JulyWeb", "HRCH3", "HRCEmail_JulyWeb", "F-2014-20439", "07/31/2015",
     "2015-07-31T04:00:00+00:00"),
    ("Clinton_Email_August_Release", "HRCH4", "Clinton_Email_August_Release",
     "F-2014-20439", "08/31/2015", "2015-08-31T04:00:00+00:00"),
    ("HRCEmail_SeptemberWeb", "HRCH5", "HRCEmail_SeptemberWeb", "F-2014-20439",
     "09/30/2015", "2015-09-30T04:00:00+00:00"),
]

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December"]
DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
             "Saturday", "Sunday"]


def all_dates():
    """Every day from 2009-01-21 to 2012-12-31 as (y, m, d, weekday)."""
    out = []
    weekday = 3  # 2009-01-01 was a Thursday (Monday == 0)
    for y in range(2009, 2013):
        leap = y % 4 == 0
        for m in range(1, 13):
            n = 31
            if m in (4, 6, 9, 11):
                n = 30
            elif m == 2:
                n = 29 if leap else 28
            for d in range(1, n + 1):
                if y > 2009 or m > 1 or d >= 21:
                    out.append((y, m, d, weekday))
                weekday = (weekday + 1) % 7
    return out


def two(n):
    if n < 10:
        return "0" + str(n)
    return str(n)


def make_words(rng, count):
    """Invented rare words (names of programs, places, people)."""
    words = []
    for _ in range(count):
        w = ""
        for _ in range(2 + rng.below(3)):
            w += rng.pick(SYLLABLES)
        words.append(w)
    return words


def make_sentences(rng, count, rare):
    sentences = []
    for _ in range(count):
        n = 5 + rng.below(14)
        words = []
        for i in range(n):
            r = rng.below(100)
            if r < 80:
                w = rng.pick(COMMON_WORDS)
            elif r < 90:
                w = rng.pick(rare)
            elif r < 95:
                w = rng.pick(PLACES)
            else:
                w = rng.pick(LAST_NAMES)
            if i > 2 and i < n - 2 and rng.chance(8):
                w += ","
            words.append(w)
        first = words[0]
        words[0] = first[:1].upper() + first[1:]
        r = rng.below(20)
        if r == 0:
            end = "?"
        elif r == 1:
            end = "!"
        else:
            end = "."
        s = " ".join(words) + end
        if rng.chance(6):
            # a quotation: the CSV writer doubles these quotes
            s = 'He said "' + s + '"'
        sentences.append(s)
    return sentences


class People:
    def __init__(self, rng, count):
        self.names = []      # "Last, First M"
        self.emails = []     # "Last, First M <LastF@state.gov>"
        seen = {}
        while len(self.names) < count:
            first = rng.pick(FIRST_NAMES)
            last = rng.pick(LAST_NAMES)
            key = last + first
            if key in seen:
                continue
            seen[key] = True
            mid = rng.pick(MIDDLE)
            name = last + ", " + first + " " + mid
            if rng.chance(70):
                addr = last + first[:1] + str(rng.below(30)) + "@state.gov"
            else:
                addr = first.lower() + "." + last.lower() + "@mailbox.example"
            self.names.append(name)
            self.emails.append(name + " <" + addr + ">")


def body_text(rng, sentences, people, sender_first):
    paragraphs = []
    for _ in range(1 + rng.below(6)):
        parts = []
        for _ in range(1 + rng.below(5)):
            parts.append(rng.pick(sentences))
        paragraphs.append(" ".join(parts))
    if rng.chance(30):
        # a forwarded or quoted earlier message
        who = rng.pick(people.emails)
        paragraphs.append("-----Original Message-----\nFrom: " + who +
                          "\nSubject: " + rng.pick(TOPICS) + "\n" +
                          rng.pick(sentences) + " " + rng.pick(sentences))
    paragraphs.append(rng.pick(SIGNOFFS) + ",\n" + sender_first)
    return "\n\n".join(paragraphs)


def generate(path, rows, seed, quiet):
    rng = Rng(seed)
    dates = all_dates()
    rare = make_words(rng, 4000)
    sentences = make_sentences(rng, 6000, rare)
    people = People(rng, 160)
    directory = os.path.dirname(path)
    if directory and not os.path.isdir(directory):
        os.makedirs(directory)
    doc = 5739545
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        for i in range(1, rows + 1):
            release = RELEASES[(i - 1) * len(RELEASES) // rows]
            batch, sub, docclass, case, released, released_iso = release
            doc += 1 + rng.below(40)
            docnum = "C0" + str(doc)
            y, m, d, wd = rng.pick(dates)
            hour = 7 + rng.below(15)
            minute = rng.below(60)
            utc_hour = "04" if 4 <= m <= 10 else "05"
            date_iso = str(y) + "-" + two(m) + "-" + two(d) + "T" + utc_hour + ":00:00+00:00"
            ampm = "AM" if hour < 12 else "PM"
            h12 = hour if hour <= 12 else hour - 12
            date_long = (DAY_NAMES[wd] + ", " + MONTH_NAMES[m - 1] + " " + str(d) +
                         ", " + str(y) + " " + str(h12) + ":" + two(minute) + " " + ampm)
            sender_id = rng.below(len(people.names))
            sender = people.names[sender_id]
            sender_email = people.emails[sender_id]
            sender_first = sender.split(", ")[1].split(" ")[0]
            topic = rng.pick(TOPICS)
            if rng.chance(15):
                topic = topic + " - " + rng.pick(PLACES)
            r = rng.below(10)
            if r < 3:
                subject = "RE: " + topic
            elif r < 5:
                subject = "FW: " + topic
            else:
                subject = topic
            if rng.chance(60):
                to_meta = "H"
                to_ext = ""
            else:
                k = rng.below(len(people.names))
                to_meta = people.names[k]
                to_ext = people.emails[k]
            cc = ""
            if rng.chance(25):
                cc = rng.pick(people.emails)
                if rng.chance(40):
                    cc = cc + "; " + rng.pick(people.emails)
            in_part = "RELEASE IN PART" if rng.chance(35) else "RELEASE IN FULL"
            pdf = ("DOCUMENTS/" + batch + "/" + sub + "/DOC_0" + docnum + "/" +
                   docnum + ".pdf")
            if rng.chance(4):
                body = ""
            else:
                body = body_text(rng, sentences, people, sender_first)
            header = ("UNCLASSIFIED\nU.S. Department of State\nCase No. " + case +
                      "\nDoc No. " + docnum + "\nDate: " + released + "\n" +
                      in_part + "\n")
            raw = (header + "From: " + sender_email + "\nSent: " + date_long +
                   "\nTo: " + to_ext + "\n" + ("Cc: " + cc + "\n" if cc else "") +
                   "Subject: " + subject + "\n\n" + body + "\n\n" + header.replace("\n", " ") +
                   "\n\f")
            w.writerow([
                str(i), docnum, topic, to_meta, sender, str(sender_id + 1), date_iso,
                released_iso, pdf, case, docclass, subject, to_ext, sender_email, cc,
                date_long, case, docnum, released, in_part, body, raw,
            ])
    if not quiet:
        print("wrote %s: %d rows, %d bytes" % (path, rows, os.path.getsize(path)))


def default_path():
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.join(here, "data", "Emails.csv")


def ensure(path=None, rows=DEFAULT_ROWS, quiet=True):
    """Generate the file at `path` (default examples/data/Emails.csv) unless it exists."""
    if path is None:
        path = default_path()
    if not os.path.exists(path):
        generate(path, rows, DEFAULT_SEED, quiet)
    return path


def data_path(argv):
    """The e-mail file an example should use: `--data PATH` from argv, else
    the EMAILS_CSV environment variable, else examples/data/Emails.csv.
    A missing file at the default place is generated first."""
    for i in range(len(argv)):
        if argv[i] == "--data" and i + 1 < len(argv):
            return ensure(argv[i + 1])
        if argv[i].startswith("--data="):
            return ensure(argv[i][7:])
    env = os.environ.get("EMAILS_CSV")
    if env:
        return env
    return ensure(default_path())


def main(argv):
    path = None
    rows = DEFAULT_ROWS
    seed = DEFAULT_SEED
    quiet = False
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--rows":
            i += 1
            rows = int(argv[i])
        elif a.startswith("--rows="):
            rows = int(a[7:])
        elif a == "--seed":
            i += 1
            seed = int(argv[i])
        elif a == "--quiet":
            quiet = True
        elif a in ("-h", "--help"):
            print(__doc__.strip())
            return 0
        elif a.startswith("-"):
            sys.stderr.write("gen_emails.py: unknown option %s\n" % a)
            return 2
        else:
            path = a
        i += 1
    if path is None:
        path = default_path()
    generate(path, rows, seed, quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
