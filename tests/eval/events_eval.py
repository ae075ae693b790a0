#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Event extraction scored on real annotated news (../shared/eval, development splits).

WikiEvents-dev: trigger identification and classification (KAIROS level 2, e.g. Conflict.Attack)
with one-to-one overlap matching, and argument F1 per role: a predicted argument is right when
one of its entity's mentions overlaps the gold argument mention, in an event whose trigger
matched. Our roles map to KAIROS roles by event type (agent of an attack is its Attacker,
patient of a death its Victim, ...).
CoNLL04-dev: Kill (killer -> victim: our Killing/Assassination/Attack events) and Work_For
(person -> organization: our tenures), matched by name.
Usage: events_eval.py [--misses] [NEWSGRAPH]. --misses also lists the triggers that matched no
gold one, the gold ones nobody found and the matched ones given another class, by word, for
reading by hand. Where tests/eval/adjudicated_triggers.tsv and adjudicated_places.tsv hold
our own reading of predictions the gold lacks (an event of the type given or not; the
places right or not), it also counts those verdicts: a reading of ours, not the gold's.
Skips (exit 0) when ../shared/eval is not there."""
import collections
import csv
import json
import os
import re
import subprocess
import sys
import tempfile

import rdflib

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))
EVAL = os.environ.get("NG_EVAL", os.path.join(os.path.dirname(SOURCE), "shared", "eval"))
NG = "https://w3id.org/newsgraph/ns#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
ITS = rdflib.URIRef("http://www.w3.org/2005/11/its/rdf#taIdentRef")
SCHEMA = "http://schema.org/"
sys.path.insert(0, EVAL)

# (KAIROS level 2, our role) -> KAIROS role
ROLE = {
    ("Conflict.Attack", "agent"): "Attacker", ("Conflict.Attack", "patient"): "Target",
    ("Life.Die", "agent"): "Killer", ("Life.Die", "patient"): "Victim",
    ("Life.Injure", "agent"): "Injurer", ("Life.Injure", "patient"): "Victim",
    ("Justice.ArrestJailDetain", "agent"): "Jailer", ("Justice.ArrestJailDetain", "patient"): "Detainee",
    ("Contact.Contact", "agent"): "Communicator", ("Contact.Contact", "patient"): "Recipient",
    ("Contact.RequestCommand", "agent"): "Communicator", ("Contact.RequestCommand", "patient"): "Recipient",
    ("Contact.ThreatenCoerce", "agent"): "Communicator", ("Contact.ThreatenCoerce", "patient"): "Recipient",
    ("Conflict.Demonstrate", "agent"): "Demonstrator",
    ("Justice.InvestigateCrime", "agent"): "Investigator", ("Justice.InvestigateCrime", "patient"): "Defendant",
    ("Justice.ChargeIndict", "agent"): "Prosecutor", ("Justice.ChargeIndict", "patient"): "Defendant",
    ("Movement.Transportation", "agent"): "Transporter", ("Movement.Transportation", "patient"): "PassengerArtifact",
}
# Gold roles that are one of ours under another name (a victim of an attack is its target too)
SAME = {"Target": {"Target", "Victim"}, "Communicator": {"Communicator", "Participant"},
        "Recipient": {"Recipient", "Participant"}}


def prf(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def extract(ng, path, *args):
    r = subprocess.run([ng, "extract", "-f", "ntriples", "--mentions", "full", *args, path],
                       capture_output=True, timeout=300)
    g = rdflib.Graph()
    if r.returncode == 0:
        g.parse(data=r.stdout.decode(), format="nt")
    return g


def offsets(g, m):
    b, e = g.value(m, rdflib.URIRef(NIF + "beginIndex")), g.value(m, rdflib.URIRef(NIF + "endIndex"))
    return (int(b), int(e)) if b is not None and e is not None else None


def entity_mentions(g):
    out = collections.defaultdict(list)
    for m, ent in g.subject_objects(ITS):
        off = offsets(g, m)
        if off:
            out[ent].append(off)
    return out


def predicted_events(g):
    """[(trigger spans, kairos type, {role: (entity, ...)})] for each event (an event may have
    several places: a city and the venue the text names as its scene)."""
    import score
    out = []
    for ev in set(g.subjects(rdflib.URIRef(NG + "trigger"), None)):
        classes = {str(c) for c in g.objects(ev, rdflib.RDF.type)}
        k = score.kairos(classes)
        args = {}
        for role in ("agent", "patient", "place"):
            v = tuple(sorted(g.objects(ev, rdflib.URIRef(NG + role))))
            if v:
                args[role] = v
        spans = [offsets(g, t) for t in g.objects(ev, rdflib.URIRef(NG + "trigger"))]
        for s in spans:
            if s:
                out.append((s, k, args))
    return out


def places_key(places):
    """A short stable key for a set of place IRIs (adjudicated_places.tsv)."""
    import hashlib
    return hashlib.sha1("|".join(sorted(str(p) for p in places)).encode()).hexdigest()[:12]


def adjudicated(name, key_cols):
    """Our own reading of predictions the gold lacks (tests/eval/<name>): key -> verdict."""
    path = os.path.join(HERE, name)
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        return {tuple(r[c] for c in key_cols): r["verdict"] for r in csv.DictReader(f, delimiter="\t")}


def wikievents(ng, misses=None):
    gold_events, gold_ents = collections.defaultdict(list), {}
    with open(os.path.join(EVAL, "wikievents-dev", "gold.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            if r["kind"] == "ENTITY":
                gold_ents[r["id"]] = (int(r["char_start"]), int(r["char_end"]))
            else:
                args = [a.split("=", 1) for a in r["event_args(role=entity_id)"].split(";") if "=" in a]
                gold_events[r["doc_id"]].append(((int(r["char_start"]), int(r["char_end"])),
                                                 ".".join(r["type"].split(".")[:2]), args))
    read_triggers = adjudicated("adjudicated_triggers.tsv", ("doc_id", "begin", "end", "kairos"))
    read_places = adjudicated("adjudicated_places.tsv", ("doc_id", "begin", "end", "places"))
    unmatched, other_places = collections.Counter(), collections.Counter()
    ti = tc = npred = ngold = 0
    arg_tp, arg_pred, arg_gold = collections.Counter(), collections.Counter(), collections.Counter()
    m_pred, m_gold = collections.Counter(), collections.Counter()  # on matched triggers only
    tdir = os.path.join(EVAL, "wikievents-dev", "text")
    for fn in sorted(os.listdir(tdir)):
        doc = fn[:-4]
        g = extract(ng, os.path.join(tdir, fn))
        mentions = entity_mentions(g)
        preds = predicted_events(g)
        golds = gold_events[doc]
        npred += len(preds)
        ngold += len(golds)
        for gold in golds:
            for role, ent in gold[2]:
                arg_gold[role] += 1
        used = set()
        text = open(os.path.join(tdir, fn), encoding="utf-8").read()
        for (b, e), k, args in preds:
            roles = {}
            for ours, ent in args.items():
                roles[("Place" if ours == "place" else ROLE.get((k, ours), ours))] = ent
            for r in roles:
                arg_pred[r] += 1
            for gi, (gs, gk, gargs) in enumerate(golds):
                if gi in used or not (b < gs[1] and gs[0] < e):
                    continue
                used.add(gi)
                ti += 1
                tc += k == gk
                if misses is not None and k != gk:
                    misses["matched, other class"][(text[b:e].lower(), f"{k} (gold {gk})")] += 1
                for r in roles:
                    m_pred[r] += 1
                for role, _ in gargs:
                    m_gold[role] += 1
                gold_places = [gold_ents.get(x) for r_, x in gargs if r_ == "Place"]
                if "place" in args and not any(
                        sp and mb < sp[1] and sp[0] < me
                        for sp in gold_places for x in args["place"] for mb, me in mentions.get(x, [])):
                    other_places[read_places.get((doc, str(b), str(e), places_key(args["place"])),
                                                 "not read")] += 1
                for role, ent_id in gargs:
                    span = gold_ents.get(ent_id)
                    for ours, ent in roles.items():
                        if role in SAME.get(ours, {ours}) and span and any(
                                mb < span[1] and span[0] < me
                                for x in ent for mb, me in mentions.get(x, [])):
                            arg_tp[role] += 1
                            break
                break
            else:
                unmatched[read_triggers.get((doc, str(b), str(e), str(k)), "not read")] += 1
                if misses is not None:
                    misses["ours, not in the gold"][(text[b:e].lower(), k)] += 1
        for gi, (gs, gk, _) in enumerate(golds):
            if misses is not None and gi not in used:
                misses["gold, not found"][(text[gs[0]:gs[1]].lower(), gk)] += 1
    print(f"wikievents-dev triggers: {npred} predicted, {ngold} gold")
    for name, tp in (("identification", ti), ("classification", tc)):
        p, r, f = prf(tp, npred, ngold)
        print(f"wikievents-dev trigger {name}: P={p:.3f} R={r:.3f} F1={f:.3f}")
    # Our own reading (tests/eval/adjudicated_*.tsv), not the gold's: which of the predictions
    # the gold lacks report a real event of the type given, or name the right place
    if read_triggers:
        real = unmatched["real"]
        print(f"wikievents-dev triggers the gold lacks, read by us: {sum(unmatched.values())}: "
              + ", ".join(f"{v} {n}" for v, n in sorted(unmatched.items()))
              + f"; counting the real ones as right, classification P={(tc + real) / npred:.3f}")
    if read_places:
        print(f"wikievents-dev places on matched triggers the gold lacks or gives another, read by us: "
              f"{sum(other_places.values())}: " + ", ".join(f"{v} {n}" for v, n in sorted(other_places.items())))
    # Two views: arguments of the events whose trigger matched a gold trigger (comparable to
    # systems given the triggers), and end to end (every predicted argument, every gold one).
    for role in ("Attacker", "Target", "Victim", "Place", "Communicator", "Detainee", "Killer"):
        p, r, f = prf(arg_tp[role], m_pred[role], m_gold[role])
        pe, re_, fe = prf(arg_tp[role], arg_pred[role], arg_gold[role])
        print(f"wikievents-dev argument {role}: matched-trigger P={p:.3f} R={r:.3f} F1={f:.3f} "
              f"| end-to-end P={pe:.3f} R={re_:.3f} F1={fe:.3f} "
              f"({arg_tp[role]} right, {m_pred[role]}/{arg_pred[role]} predicted, {m_gold[role]}/{arg_gold[role]} gold)")
    p, r, f = prf(sum(arg_tp.values()), sum(m_pred.values()), sum(m_gold.values()))
    pe, re_, fe = prf(sum(arg_tp.values()), sum(arg_pred.values()), sum(arg_gold.values()))
    print(f"wikievents-dev argument all roles: matched-trigger P={p:.3f} R={r:.3f} F1={f:.3f} "
          f"| end-to-end P={pe:.3f} R={re_:.3f} F1={fe:.3f}")
    for what, counts in (misses or {}).items():
        print(f"\n{what} ({sum(counts.values())}):")
        for (word, k), n in counts.most_common():
            print(f"  {n:3}  {word:<24} {k}")


def norm(s):
    return re.sub(r"\s+", " ", s.replace(" 's", "'s")).strip().lower()


def conll04(ng):
    rows = list(csv.DictReader(open(os.path.join(EVAL, "conll04-dev", "dev_relations.tsv"), encoding="utf-8"),
                               delimiter="\t"))
    data = json.load(open(os.path.join(EVAL, "conll04-dev", "conll04_dev.json"), encoding="utf-8"))
    gold = collections.defaultdict(set)
    for r in rows:
        if r["relation"] in ("Kill", "Work_For"):
            gold[r["relation"]].add((r["orig_id"], norm(r["head"]), norm(r["tail"])))
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "conll04.csv")
        with open(corpus, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["url", "text"])
            for s in data:
                w.writerow([f"urn:conll04:{s['orig_id']}", " ".join(s["tokens"])])
        r = subprocess.run([ng, "extract", "-f", "nquads", "--mentions", "none", corpus],
                           capture_output=True, timeout=600)
        ds = rdflib.ConjunctiveGraph()
        ds.parse(data=r.stdout.decode(), format="nquads")
    pred = collections.defaultdict(set)
    name = rdflib.URIRef(SCHEMA + "name")
    q_kill = """SELECT ?a ?k ?v WHERE { ?e a ?c ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?a ;
        <%(ng)sagent> ?ka ; <%(ng)spatient> ?va . ?ka <%(s)sname> ?k . ?va <%(s)sname> ?v .
        FILTER(?c IN (<%(ng)sKilling>, <%(ng)sAssassination>, <%(ng)sAttack>, <%(ng)sShooting>)) }"""
    q_work = """SELECT ?a ?p ?o WHERE { ?t a <%(ng)sTenure> ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?a ;
        <%(ng)sholder> ?h ; <%(ng)sorganization> ?org . ?h <%(s)sname> ?p .
        { ?org <%(s)sname> ?o } UNION { ?org <%(s)salternateName> ?o } }"""
    for rel, q in (("Kill", q_kill), ("Work_For", q_work)):
        for a, h, t in ds.query(q % {"ng": NG, "s": SCHEMA}):
            pred[rel].add((str(a).rsplit(":", 1)[-1], norm(str(h)), norm(str(t))))
    for rel in ("Kill", "Work_For"):
        # a predicted pair is right when its names are the gold head and tail, or end them
        # ("Hale" for "President Hale")
        def match(p, gset):
            return any(p[0] == g[0] and (p[1] == g[1] or g[1].endswith(p[1]) or p[1].endswith(g[1])) and
                       (p[2] == g[2] or g[2].endswith(p[2]) or p[2].endswith(g[2])) for g in gset)
        tp = sum(1 for p in pred[rel] if match(p, gold[rel]))
        found = sum(1 for g in gold[rel] if match(g, pred[rel]))
        p_, _, _ = prf(tp, len(pred[rel]), len(gold[rel]))
        _, r_, _ = prf(found, len(pred[rel]), len(gold[rel]))
        f = 2 * p_ * r_ / (p_ + r_) if p_ + r_ else 0.0
        print(f"conll04-dev {rel}: P={p_:.3f} R={r_:.3f} F1={f:.3f} ({len(pred[rel])} predicted, {len(gold[rel])} gold)")


def main():
    args = sys.argv[1:]
    if args and args[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0
    if any(a.startswith("-") and a != "--misses" for a in args):
        print("events_eval.py: unknown option; see --help", file=sys.stderr)
        return 2
    misses = None
    if args and args[0] == "--misses":
        misses = {"ours, not in the gold": collections.Counter(), "gold, not found": collections.Counter(),
                  "matched, other class": collections.Counter()}
        args = args[1:]
    ng = args[0] if args else os.path.join(SOURCE, "build", "cmd", "newsgraph")
    if not os.path.isdir(EVAL):
        print(f"skipped: {EVAL} is not there")
        return 0
    wikievents(ng, misses)
    conll04(ng)
    return 0


if __name__ == "__main__":
    sys.exit(main())
