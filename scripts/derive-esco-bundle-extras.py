#!/usr/bin/env python3
"""Derives the extra ESCO files Werkpad bundles next to its v1.2.0 copy (see
src/main/resources/data/PROVENANCE.md). Run from the repository root with the shared data folder:

    python3 scripts/derive-esco-bundle-extras.py /path/to/shared/data/esco

Writes, gzipped, into src/main/resources/data/esco/v1.2.0/:
  en/skillsUriByLabel_en.csv.gz  the official v1.1.1 skills (URI, type, reuse level, labels, description)
                                 whose English preferred label equals, exactly, the label of a v1.2.0 skill
                                 the bundle knows by label only, and whose URI is a v1.2.0 skill URI too
  nl/skillGroups_nl.csv.gz       the 640 v1.2.0 skill groups in Dutch (copied as is)
  nl/legacySkillLabels_nl.csv.gz the Dutch labels of the ESCO v1.0 transversal, language and ICT collections
Deterministic: the same input gives byte-identical output (gzip mtime 0, rows sorted by URI).
"""
import csv, gzip, io, sys, zipfile
from pathlib import Path

csv.field_size_limit(1 << 30)
esco = Path(sys.argv[1])
out = Path("src/main/resources/data/esco/v1.2.0")

def rows(path_or_stream):
    return list(csv.DictReader(path_or_stream))

def write(path, header, data):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(data)
    with open(path, "wb") as f:
        with gzip.GzipFile(fileobj=f, mode="wb", mtime=0, filename="") as gz:
            gz.write(buf.getvalue().encode("utf-8"))
    print(f"{path}: {len(data)} rows")

v120 = esco / "v1.2.0"
known = {r["preferredLabel"] for r in rows(open(v120 / "en/skills_en_partial.csv", encoding="utf-8"))}
known_uris = {r["conceptUri"] for r in rows(open(v120 / "en/skills_en_partial.csv", encoding="utf-8"))}
by_label = {r["skillLabel"] for r in rows(open(v120 / "en/occupationSkillLabels_en.csv", encoding="utf-8"))}
label_only = by_label - known
v120_uris = {r["conceptUri"] for r in rows(open(v120 / "en/broaderRelationsSkillPillar_en.csv", encoding="utf-8"))}

zpath = esco / "v1.1.1" / "ESCO dataset - v1.1.1 - classification - en - csv.zip"
with zipfile.ZipFile(zpath) as z, z.open("skills_en.csv") as f:
    v111 = rows(io.TextIOWrapper(f, encoding="utf-8"))

def flat(s):  # ESCO lists labels one per line; Werkpad's reader takes " | " or new lines
    return " | ".join(x.strip() for x in s.splitlines() if x.strip())

picked = {}
for r in v111:
    label, uri = r["preferredLabel"], r["conceptUri"]
    if label in label_only and uri in v120_uris and uri not in known_uris:
        picked.setdefault(uri, r)
header = ["conceptType", "conceptUri", "skillType", "reuseLevel", "preferredLabel", "altLabels", "hiddenLabels",
          "description", "version"]
write(out / "en/skillsUriByLabel_en.csv.gz", header,
      [[r["conceptType"], u, r["skillType"], r["reuseLevel"], r["preferredLabel"], flat(r["altLabels"]),
        flat(r["hiddenLabels"]), r["description"].strip(), "v1.1.1"] for u, r in sorted(picked.items())])
print(f"label-only v1.2.0 skills: {len(label_only)}; given their v1.1.1 URI: {len(picked)}")

groups = rows(open(v120 / "nl/skillGroups_nl.csv", encoding="utf-8"))
gh = list(groups[0].keys())
write(out / "nl/skillGroups_nl.csv.gz", gh, [[g[k] for k in gh] for g in sorted(groups, key=lambda g: g["conceptUri"])])

legacy = {}
for name in ["transversalSkillsCollection_nl.csv", "languageSkillsCollection_nl.csv", "ictSkillsCollection_nl.csv"]:
    for r in rows(open(esco / "v1.0-nl-collections" / name, encoding="utf-8")):
        legacy.setdefault(r["conceptUri"], r)
write(out / "nl/legacySkillLabels_nl.csv.gz", ["conceptUri", "preferredLabel", "altLabels", "description", "version"],
      [[u, r["preferredLabel"], r["altLabels"], r["description"].strip(), "v1.0"] for u, r in sorted(legacy.items())])
