#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Cross-document linking scored on real annotated news (../shared/eval, development splits).

ECB+-dev: each topic's articles are extracted (one named graph each) and merged; a gold mention
is found when one of our mentions in the same article ends where it ends and starts inside it
(people) or overlaps it (events: our trigger mentions against ACTION_* mentions). Our cluster of
a found mention is the canonical IRI of its entity or event after the merge (owl:sameAs
followed); a gold mention we do not find is a singleton. B3 precision, recall and F1 over all gold
mentions, for people (HUMAN_PART_PER) and for events, next to two baselines that are given the
gold mentions: clustering them by exact string, and by last word.
CoNLL-2003-dev (AIDA): people with the same Wikipedia title in different documents.
Usage: linking_eval.py [NEWSGRAPH]. Skips (exit 0) when ../shared/eval is not there."""
import collections
import csv
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))
EVAL = os.environ.get("NG_EVAL", os.path.join(os.path.dirname(SOURCE), "shared", "eval"))
NG = "https://w3id.org/newsgraph/ns#"
ITS = "http://www.w3.org/2005/11/its/rdf#taIdentRef"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
CHAR = re.compile(r"^(.*)#char=(\d+),(\d+)$")


def b3(gold, pred):
    """gold, pred: dict mention -> cluster over the same mentions. (P, R, F1)."""
    members_g, members_p = collections.defaultdict(set), collections.defaultdict(set)
    for m, c in gold.items():
        members_g[c].add(m)
    for m, c in pred.items():
        members_p[c].add(m)
    if not gold:
        return 0.0, 0.0, 0.0
    p = r = 0.0
    for m in gold:
        both = len(members_g[gold[m]] & members_p[pred[m]])
        p += both / len(members_p[pred[m]])
        r += both / len(members_g[gold[m]])
    p, r = p / len(gold), r / len(gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


class Merged:
    """The merged graph, read with rdflib: mentions with offsets, triggers, identities."""

    def __init__(self, path):
        import rdflib
        ds = rdflib.ConjunctiveGraph()
        ds.parse(path, format="nquads")
        self.same, self.types = {}, collections.defaultdict(set)
        self.mentions, self.triggers = [], []  # (article, b, e, node)
        for s, p, o, _ in ds.quads((None, None, None, None)):
            s, p, o = str(s), str(p), str(o)
            if p == SAME_AS:
                self.same[s] = o
            elif p == RDF_TYPE:
                self.types[s].add(o)
            elif p == ITS and CHAR.match(s):
                a, b, e = CHAR.match(s).groups()
                self.mentions.append((a, int(b), int(e), o))
            elif p == NG + "trigger" and CHAR.match(o):
                a, b, e = CHAR.match(o).groups()
                self.triggers.append((a, int(b), int(e), s))

    def canon(self, x):
        seen = set()
        while x in self.same and x not in seen:
            seen.add(x)
            x = self.same[x]
        return x


def extract_and_merge(ng, docs, tmp):
    """docs: [(doc_id, path)]. Each article is named urn:eval:<doc_id>. Returns Merged."""
    outs = []
    for doc, path in docs:
        out = os.path.join(tmp, f"{len(outs)}.nq")
        r = subprocess.run([ng, "extract", "-f", "nquads", "--url", f"urn:eval:{doc}", "-o", out, path],
                           capture_output=True, timeout=300)
        if r.returncode == 0:
            outs.append(out)
        else:
            print(f"  {doc}: extract failed: {r.stderr.decode(errors='replace').strip()}")
    merged = os.path.join(tmp, "merged.nq")
    subprocess.run([ng, "merge", "-f", "nquads", "-o", merged, *outs], check=True, timeout=1800)
    return Merged(merged)


# ECB+ glues clitics to the word before them ("MacFarlane's", "I'm"); our mentions end before them.
CLITIC = re.compile(r"(?:'s|'|'m|'d|'ll|'re|'ve)$", re.I)


def find(spans, doc, b, e, head, text=""):
    """Our node for gold mention [b, e) of doc: same end (before a trailing clitic) and starting
    inside it (head), or overlapping it."""
    ends = {e, e - len(CLITIC.search(text).group(0))} if head and CLITIC.search(text) else {e}
    for pb, pe, node in spans.get(doc, ()):
        if (pe in ends and b <= pb < pe) if head else (pb < e and b < pe):
            return node
    return None


def score(gold_rows, spans, canon, head):
    """gold_rows: [(key, doc, b, e, cluster, text)]. Returns (P, R, F1, found)."""
    gold, pred, found = {}, {}, 0
    for key, doc, b, e, cluster, text in gold_rows:
        gold[key] = cluster
        node = find(spans, doc, b, e, head, text)
        pred[key] = ("ours", canon(node)) if node else ("missing", key)
        found += node is not None
    return (*b3(gold, pred), found)


def baseline(gold_rows, key_of):
    """Gold mentions clustered by key_of(text) within each topic (key[0] of a row's key)."""
    gold = {k: c for k, _, _, _, c, _ in gold_rows}
    pred = {k: (k[0], key_of(t)) for k, _, _, _, _, t in gold_rows}
    return b3(gold, pred)


def line(name, p, r, f, extra=""):
    print(f"{name}: B3 P={p:.3f} R={r:.3f} F1={f:.3f}{extra}")


def ecbplus(ng):
    base = os.path.join(EVAL, "ecbplus-dev")
    rows = [r for r in csv.DictReader(open(os.path.join(base, "gold_mentions.tsv"), encoding="utf-8"),
                                      delimiter="\t") if r["instance_id"]]
    kinds = {"people": lambda tag: tag.startswith("HUMAN_PART_PER"),
             "events": lambda tag: tag.startswith("ACTION")}
    gold = {k: [] for k in kinds}
    for i, r in enumerate(rows):
        doc = r["doc"].replace(".xml", "")
        for k, wanted in kinds.items():
            if wanted(r["tag"]):
                gold[k].append(((r["topic"], i), doc, int(r["char_start"]), int(r["char_end"]),
                                r["instance_id"], r["text"]))
    spans = {"people": collections.defaultdict(list), "events": collections.defaultdict(list)}
    canon = {}
    for topic in sorted({r["topic"] for r in rows}, key=int):
        docs = sorted({r["doc"].replace(".xml", "") for r in rows if r["topic"] == topic})
        paths = [(d, os.path.join(base, "text", d + ".txt")) for d in docs]
        with tempfile.TemporaryDirectory(prefix="ng-ecb-") as tmp:
            g = extract_and_merge(ng, [p for p in paths if os.path.exists(p[1])], tmp)
        for a, b, e, node in g.mentions:
            if NG + "Person" in g.types.get(node, ()):
                spans["people"][a[len("urn:eval:"):]].append((b, e, node))
        for a, b, e, node in g.triggers:
            spans["events"][a[len("urn:eval:"):]].append((b, e, node))
        canon.update({n: g.canon(n) for n in set(g.same)})
    resolve = lambda n: canon.get(n, n)
    for kind, head in (("people", True), ("events", False)):
        p, r, f, found = score(gold[kind], spans[kind], resolve, head)
        line(f"ecb+-dev {kind}", p, r, f, f" ({found}/{len(gold[kind])} gold mentions found; the rest count as singletons)")
        line(f"ecb+-dev {kind} baseline exact string", *baseline(gold[kind], lambda t: t.lower()))
        line(f"ecb+-dev {kind} baseline last word", *baseline(gold[kind], lambda t: t.lower().split()[-1]))


def aida(ng):
    base = os.path.join(EVAL, "conll2003-dev")
    rows = [r for r in csv.DictReader(open(os.path.join(base, "gold_linked_mentions.tsv"), encoding="utf-8"),
                                      delimiter="\t")
            if r["ner_type"] == "PER" and r["wiki_title"] not in ("", "--NME--")]
    tdir = os.path.join(base, "text")
    docs = sorted(f[:-4] for f in os.listdir(tdir) if f.endswith(".txt"))
    with tempfile.TemporaryDirectory(prefix="ng-aida-") as tmp:
        g = extract_and_merge(ng, [(d, os.path.join(tdir, d + ".txt")) for d in docs], tmp)
    spans = collections.defaultdict(list)
    for a, b, e, node in g.mentions:
        if NG + "Person" in g.types.get(node, ()):
            spans[a[len("urn:eval:"):]].append((b, e, node))
    gold = [(i, f"{int(r['doc_idx']):03d}", int(r["char_start"]), int(r["char_end"]), r["wiki_title"], r["surface"])
            for i, r in enumerate(rows)]
    p, r, f, found = score(gold, spans, g.canon, True)
    line("conll2003-dev people (AIDA titles)", p, r, f, f" ({found}/{len(gold)} gold mentions found)")
    line("conll2003-dev people baseline exact string",
         *baseline([((0, i), *rest) for i, *rest in gold], lambda t: t.lower()))


def main():
    if len(sys.argv) > 1 and sys.argv[1].startswith("-"):
        help_asked = sys.argv[1] in ("-h", "--help")
        print(__doc__.strip() if help_asked else "linking_eval.py: unknown option; see --help",
              file=sys.stdout if help_asked else sys.stderr)
        return 0 if help_asked else 2
    ng = sys.argv[1] if len(sys.argv) > 1 else os.path.join(SOURCE, "build", "cmd", "newsgraph")
    if not os.path.isdir(EVAL):
        print(f"skipped: {EVAL} is not there")
        return 0
    ecbplus(ng)
    aida(ng)
    return 0


if __name__ == "__main__":
    sys.exit(main())
