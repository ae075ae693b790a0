#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Rewrite the generated tail of ontology/newsgraph.ttl: the event classes of
data/event_classes.csv and one individual per position in data/positions.csv. Run it after
changing either; tests/ontology fails until you do.
Usage: scripts/sync-ontology.py [--check]"""
import csv, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ONTO = os.path.join(ROOT, "ontology", "newsgraph.ttl")
MARK = "# ---- generated from data/ by scripts/sync-ontology.py: do not edit below ----\n"


def turtle_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def event_classes():
    out = ["\n# Event classes (data/event_classes.csv)\n"]
    with open(os.path.join(ROOT, "data", "event_classes.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["class"] == "Event":
                continue
            line = (f"ng:{row['class']} a owl:Class ; rdfs:label {turtle_string(row['label'])}@en ;\n"
                    f"  rdfs:subClassOf ng:{row['parent']}")
            if row["cameo"]:
                line += f" ;\n  ng:defaultCameoCode {turtle_string(row['cameo'])}"
            if row["kairos"]:
                line += f" ;\n  ng:kairosType {turtle_string(row['kairos'])}"
            out.append(line + " .\n")
    return out


def generated():
    out = [MARK] + event_classes() + ["\n# Positions (data/positions.csv)\n"]
    with open(os.path.join(ROOT, "data", "positions.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            line = f"ng:{row['id']} a ng:Position , owl:NamedIndividual ; rdfs:label {turtle_string(row['label'])}@en"
            if row.get("wikidata"):
                line += f" ;\n  skos:exactMatch wd:{row['wikidata']}"
            out.append(line + " .\n")
    return "".join(out)


def main():
    text = open(ONTO, encoding="utf-8").read()
    head = text.split(MARK)[0].rstrip("\n") + "\n\n"
    new = head + generated()
    if "--check" in sys.argv:
        if new != text:
            print("ontology/newsgraph.ttl is out of date: run scripts/sync-ontology.py", file=sys.stderr)
            return 1
        return 0
    open(ONTO, "w", encoding="utf-8").write(new)
    return 0


if __name__ == "__main__":
    sys.exit(main())
