#!/usr/bin/env python3
"""Builds texts.tsv, the hand-written CV / vacancy / course evaluation set for skill extraction, from
texts.spec and the bundled ESCO v1.2.0 English CSVs. Run from this folder (or anywhere):

    python3 build-texts.py            # writes texts.tsv next to this script
    python3 build-texts.py --find RE  # lists the skill and occupation labels RE selects (for writing the spec)

texts.spec, one item per line (blank lines and lines starting with # are skipped):

    id|language|kind|text|skill regexes (;)|occupation regexes (;)

Each regex is a case-insensitive Python re.search over ESCO English preferred labels: skill regexes over
knowledge/skills (not skill groups), occupation regexes over occupations. A regex that selects nothing or
more than 8 concepts fails the build: make it tighter.

Ids follow Werkpad's importer (nl.werkpad.taxonomy.importer.EscoPackageReader): the UUID at the end of the
ESCO URI; a skill the bundle knows by English label only gets "local-" + the name-based (MD5) UUID of
"esco-skill-label:" + its lower-cased label, as EscoPackageReader.localSkillId does.
Deterministic: the same input gives byte-identical output.
"""
import csv, gzip, hashlib, re, sys, uuid
from pathlib import Path

csv.field_size_limit(1 << 30)
HERE = Path(__file__).resolve().parent
ESCO = HERE.parent.parent / "data" / "esco" / "v1.2.0" / "en"
MAX_PER_REGEX = 8
LANGUAGES = {"nl", "en"}
KINDS = {"cv", "vacancy", "course"}


def rows(name):
    with gzip.open(ESCO / name, "rt", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def uri_id(uri):
    return uri.rstrip("/").rsplit("/", 1)[-1]


def local_id(label):
    digest = bytearray(hashlib.md5(("esco-skill-label:" + label.strip().lower()).encode("utf-8")).digest())
    return "local-" + str(uuid.UUID(bytes=bytes(digest), version=3))


def load_skills():
    """id -> English preferred label, in the order Werkpad's importer meets them."""
    skills, by_label = {}, {}

    def add(uri, label):
        sid = uri_id(uri)
        if sid not in skills:
            skills[sid] = label
        by_label.setdefault(label.lower(), sid)

    for r in rows("skills_en_partial.csv.gz"):
        add(r["conceptUri"], r["preferredLabel"])
    for r in rows("skillsUriByLabel_en.csv.gz"):
        add(r["conceptUri"], r["preferredLabel"])
    for name in sorted(p.name for p in ESCO.glob("*SkillsCollection_en.csv.gz")):
        for r in rows(name):
            add(r["conceptUri"], r["preferredLabel"])
    groups = {r["preferredLabel"].lower() for r in rows("skillGroups_en.csv.gz")}
    for r in rows("occupationSkillLabels_en.csv.gz"):
        label = r["skillLabel"]
        if label.lower() not in by_label and label.lower() not in groups:
            by_label[label.lower()] = local_id(label)
            skills[local_id(label)] = label
    return skills


def load_occupations():
    return {uri_id(r["conceptUri"]): r["preferredLabel"] for r in rows("occupations_en.csv.gz")}


PROBLEMS = []


def select(regex, concepts, where):
    """The (label, id) pairs a regex selects; a problem is noted (and the build fails at the end) when it
    selects nothing or too much, so that one run lists every regex to fix."""
    try:
        pattern = re.compile(regex, re.IGNORECASE)
    except re.error as e:
        PROBLEMS.append(f"{where}: bad regex {regex!r}: {e}")
        return []
    hits = sorted(((label, cid) for cid, label in concepts.items() if pattern.search(label)), key=lambda x: (x[0].lower(), x[1]))
    if not hits:
        PROBLEMS.append(f"{where}: regex {regex!r} selects nothing")
    elif len(hits) > MAX_PER_REGEX:
        PROBLEMS.append(f"{where}: regex {regex!r} selects {len(hits)} (> {MAX_PER_REGEX}): "
                        + "; ".join(label for label, _ in hits[:20]))
        return []
    return hits


def find(regex):
    pattern = re.compile(regex, re.IGNORECASE)
    for kind, concepts in (("skill", load_skills()), ("occupation", load_occupations())):
        for cid, label in sorted(concepts.items(), key=lambda x: x[1].lower()):
            if pattern.search(label):
                print(f"{kind}\t{label}\t{cid}")


def build():
    skills, occupations = load_skills(), load_occupations()
    out, seen, counts = [], set(), {}
    spec = (HERE / "texts.spec").read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(spec, 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("|")
        if len(parts) != 6:
            sys.exit(f"texts.spec:{n}: expected 6 fields separated by |, found {len(parts)}")
        item, lang, kind, text, skill_res, occ_res = (p.strip() for p in parts)
        where = f"texts.spec:{n} ({item})"
        if item in seen:
            sys.exit(f"{where}: duplicate id")
        seen.add(item)
        if lang not in LANGUAGES or kind not in KINDS or not text:
            sys.exit(f"{where}: language must be nl/en, kind cv/vacancy/course, text not empty")
        gold, golden_occ = {}, {}
        for regex in filter(None, (r.strip() for r in skill_res.split(";"))):
            for label, cid in select(regex, skills, where):
                gold[cid] = label
        for regex in filter(None, (r.strip() for r in occ_res.split(";"))):
            for label, cid in select(regex, occupations, where):
                golden_occ[cid] = label
        if not gold:
            PROBLEMS.append(f"{where}: no skill selected")
        counts[(lang, kind)] = counts.get((lang, kind), 0) + 1
        print(f"{item}\t{len(gold)} skills\t{len(golden_occ)} occupations\t{'; '.join(gold.values())}"
              + (f"\t[{'; '.join(golden_occ.values())}]" if golden_occ else ""))
        out.append([item, lang, kind, text, ";".join(gold), ";".join(gold.values()),
                    ";".join(golden_occ), ";".join(golden_occ.values())])
    if PROBLEMS:
        print("\n".join(["", f"FAILED: {len(PROBLEMS)} problem(s) in texts.spec; texts.tsv not written"] + PROBLEMS),
              file=sys.stderr)
        sys.exit(1)
    header = ("# id\tlanguage\tkind\ttext\tskill ids (ESCO UUID, or local id) (;)\tskill English preferred labels (;)"
              "\toccupation ids (ESCO UUID) (;)\toccupation English preferred labels (;)"
              "  -- generated by build-texts.py from texts.spec, do not edit")
    with open(HERE / "texts.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write(header + "\n")
        for r in out:
            f.write("\t".join(r) + "\n")
    total = sum(len(r[4].split(";")) for r in out)
    print(f"texts.tsv: {len(out)} items, {total} gold skills ({total / max(1, len(out)):.2f} per item), "
          f"{sum(1 for r in out if r[6])} items name an occupation")
    for key in sorted(counts):
        print(f"  {key[0]} {key[1]}: {counts[key]}")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--find":
        find(sys.argv[2])
    elif len(sys.argv) == 1:
        build()
    else:
        sys.exit(__doc__)
