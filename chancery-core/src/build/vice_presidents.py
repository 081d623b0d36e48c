#!/usr/bin/env python3
"""Writes vice-presidents.tsv from executive.yaml of unitedstates/congress-legislators (CC0).

Usage: vice_presidents.py EXECUTIVE_YAML OUT_TSV

One row a Vice President, in the columns of presidents.tsv: terms served back to back are one row
(a term that begins the day the one before it ends); a Vice President who became President leaves
the office the day the file's President term begins, as the file ends his last viceprez term. Days
no row covers are vacancies. The file gives no death, so the column is empty; people_id is empty:
none of the people database's bundled records is a Vice President. Standard library only: the file
is the repository's own generated YAML, read by its fixed layout.
"""
import re
import sys
import unicodedata

FIELD = re.compile(r"^(\s*)(-\s+)?([a-z_]+):\s*(.*)$")


def unquote(v):
    v = v.strip()
    return v[1:-1] if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"" else v


def people(text):
    """Each person of the file as {'name': {...}, 'bio': {...}, 'terms': [{...}, ...]}."""
    out = []
    section = None
    for line in text.splitlines():
        m = FIELD.match(line)
        if not m:
            continue
        indent, dash, key, value = len(m.group(1)), m.group(2), m.group(3), unquote(m.group(4))
        if indent == 0 and dash:  # "- id:" opens a person
            out.append({"name": {}, "bio": {}, "terms": []})
            section = key
        elif indent == 2 and not dash:  # "  name:", "  bio:", "  terms:"
            section = key
        elif section == "terms" and indent == 2 and dash:  # "  - type: viceprez"
            out[-1]["terms"].append({key: value})
        elif section == "terms" and indent == 4:
            out[-1]["terms"][-1][key] = value
        elif section in ("name", "bio") and indent == 4:
            out[-1][section][key] = value
    return out


def slug(*parts):
    s = unicodedata.normalize("NFKD", " ".join(p for p in parts if p))
    s = s.encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def rows(persons):
    out = []
    for p in persons:
        terms = sorted((t for t in p["terms"] if t["type"] == "viceprez"), key=lambda t: t["start"])
        spans = []
        for t in terms:
            if spans and spans[-1][1] == t["start"]:
                spans[-1][1] = t["end"]
            else:
                spans.append([t["start"], t["end"]])
        n = p["name"]
        forename = " ".join(x for x in (n.get("first"), n.get("middle")) if x)
        for start, end in spans:
            out.append(
                [
                    slug(n["last"], forename),
                    n["last"],
                    forename,
                    p["bio"].get("birthday", "")[:4],
                    "",
                    start,
                    end,
                    "",
                ]
            )
    return sorted(out, key=lambda r: r[5])


def main(src, dst):
    with open(src, encoding="utf-8") as f:
        table = rows(people(f.read()))
    header = ["id", "surname", "forename", "birth", "death", "took_office", "left_office", "people_id"]
    with open(dst, "w", encoding="utf-8", newline="\n") as f:
        for r in [header] + table:
            f.write("\t".join(r) + "\n")
    print(f"{len(table)} rows to {dst}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
