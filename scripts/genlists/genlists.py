#!/usr/bin/env python3
"""Builds internal/gazetteer/lexicon/brands.txt and surnames.txt.

Sources, npm packages (fetch with `npm pack name-suggestion-index@8.0.20260918
@cspell/dict-people-names@1.1.16`, untar each; NSI_DIR and PEOPLE_DIR are
their package/ folders):
  brands.txt   name-suggestion-index (BSD-3-Clause), dist/wikidata/wikidata.json:
               the Wikidata labels of the brands and operators OpenStreetMap
               tags, kept when their description names a business.
  surnames.txt @cspell/dict-people-names (MIT), dict/people-names.txt.
Both drop names the lexicon already lists as places or given names, the
months, weekdays and holidays, and words that CoNLL-2003 TRAIN uses mostly
in lower case (common words).

usage: genlists.py NSI_DIR PEOPLE_DIR CONLL_TRAIN LEXICON_DIR
"""
import collections
import hashlib
import json
import re
import sys

nsi, people, train, lexdir = sys.argv[1:5]

# The inputs this script was run on; another version would give other lists.
PINS = {
    f"{nsi}/dist/wikidata/wikidata.json":
        "aa76497b745511b10ee9bf5df4ea95e8925388002b51aa1fb6eb613608510ab3",
    f"{people}/dict/people-names.txt":
        "f87952913f44ec85aa7c91c857138908f92ebc48353f280e731f7e512a91b035",
    train: "39f6efd4dd6d6894af7cf07e47ad3519e5d2247e1e9f6afce07343ff0c851ea0",
}
for path, want in PINS.items():
    got = hashlib.sha256(open(path, "rb").read()).hexdigest()
    if got != want:
        sys.exit(f"genlists: {path} differs from the pinned input: sha256 {got}, want {want}")

# Words of train in lower case vs capitalized, sentence starts excluded.
lower, upper = collections.Counter(), collections.Counter()
for line in open(train, encoding="utf-8"):
    for sent in json.loads(line)["text"].split("\n"):
        toks = sent.split(" ")
        for t in toks[1:]:
            if t[:1].islower():
                lower[t] += 1
            elif t[:1].isupper():
                upper[t.lower()] += 1


def common(word):
    w = word.lower()
    return lower[w] >= 2 and lower[w] >= upper[w]


def lexicon_names():
    names = set()
    for f, col in (("countries.tsv", None), ("cities.tsv", 0), ("regions.tsv", 0),
                   ("demonyms.tsv", 0)):
        for line in open(f"{lexdir}/{f}", encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            names.update(cols if col is None else [cols[col]])
    return names


# Months, weekdays and holidays are surnames and brands too ("Monday",
# "Christmas"), but in news they are dates.
CALENDAR = set("""January February March April May June July August September
October November December Monday Tuesday Wednesday Thursday Friday Saturday
Sunday Christmas Easter Eid Ramadan Diwali Hanukkah Passover Thanksgiving
Halloween Lent Advent Pentecost Noel Yule Epiphany Whitsun""".split())

places = lexicon_names() | CALENDAR
given = {l.strip() for l in open(f"{lexdir}/given_names.txt", encoding="utf-8")
         if l.strip() and not l.startswith("#")}

BUSINESS = re.compile(r"\b(company|companies|corporation|chain|brand|retailer|bank|"
                      r"manufacturer|multinational|supermarket|restaurant|airline|"
                      r"franchise|insurer|insurance|telecommunications|conglomerate|"
                      r"automaker|carmaker|business|enterprise|retail|holding|"
                      r"store|stores|firm|operator|provider|producer|brewery|"
                      r"fashion|clothing|hotel|coffeehouse|pharmacy|bakery|"
                      r"cooperative|subsidiary|group)\b")
NOT_BUSINESS = re.compile(r"\b(district|school|schools|municipal|municipality|flag|"
                          r"city|county|police|government|department|station|library|"
                          r"division|office|ministry|village|town|province|prefecture|"
                          r"army|church|parish|university|college|academy|hospital|"
                          r"park|museum|fire|court|council)\b")
NAME = re.compile(r"^[A-Z0-9][\w&'.+!-]*( [\w&'.+!-]+){0,4}$")


def ok(name):
    if not NAME.match(name) or name in places or name in given:
        return False
    if " " not in name and (common(name) or len(name) < 3):
        return False
    return True


brands = set()
wd = json.load(open(f"{nsi}/dist/wikidata/wikidata.json", encoding="utf-8"))["wikidata"]
for v in wd.values():
    label, desc = v.get("label", ""), (v.get("description") or "").lower()
    if label and BUSINESS.search(desc) and not NOT_BUSINESS.search(desc) and ok(label):
        brands.add(label)

surnames = set()
for line in open(f"{people}/dict/people-names.txt", encoding="utf-8"):
    w = line.strip()
    if w and w[:1].isupper() and " " not in w and ok(w):
        surnames.add(w)

HEAD = {
    "brands.txt": "# brands.txt: names of companies, brands, chains and operators, one per line,\n"
                  "# as written. From name-suggestion-index (BSD-3-Clause; Wikidata labels of\n"
                  "# the brands and operators it tags, kept when the description names a\n"
                  "# business), less places, given names, dates and common words (CoNLL-2003 train).\n"
                  "# Compiled for newsextract by scripts/genlists/genlists.py.\n",
    "surnames.txt": "# surnames.txt: family and personal names, one per line, as written. From\n"
                    "# @cspell/dict-people-names (MIT), less places, given names, dates and common\n"
                    "# words (CoNLL-2003 train).\n"
                    "# Compiled for newsextract by scripts/genlists/genlists.py.\n",
}
for f, names in (("brands.txt", brands), ("surnames.txt", surnames - brands)):
    with open(f"{lexdir}/{f}", "w", encoding="utf-8") as out:
        out.write(HEAD[f])
        for n in sorted(names):
            out.write(n + "\n")
    print(f, len(names))
