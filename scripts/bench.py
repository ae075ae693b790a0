#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Benchmark: prints throughput and peak memory of extract, merge, load and the ready queries,
next to `LC_ALL=C sort -u` (the floor for de-duplication) and Virtuoso's bulk loader (when
installed). Not a test: it prints figures.
Usage: scripts/bench.py [--triples 1000000,5000000] [--newsgraph build/cmd/newsgraph] [--runs 3]
                       [--stress]
--stress times extraction of the worst articles we could write instead: a megabyte (just under
the article limit) of names, triggers and pronouns, with and without sentence ends.
The graph is generated: articles as named graphs with people drawn from a shared pool (so
that merging links them, some also named by surname only), tenures, events and mentions,
about 66 quads per article."""
import argparse
import glob
import hashlib
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
NG = "https://w3id.org/newsgraph/ns#"
ID = "https://w3id.org/newsgraph/id/"
S = "http://schema.org/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
PROV = "http://www.w3.org/ns/prov#wasDerivedFrom"
FIRST = ["Andrei", "Andrey", "Sergei", "Sergey", "Maria", "John", "Boris", "Ahmed", "Mohammed",
         "Muhammad", "Li", "Anna", "Pierre", "Hans", "Olga", "Yevgeny", "Evgeny", "Carlos"]
LAST = ["Karlov", "Lavrov", "Petrov", "Smith", "Khan", "Hassan", "Muller", "Dubois", "Silva",
        "Ivanov", "Orlov", "Tanaka", "Kim", "Nowak", "Rossi", "Yilmaz"]
POS = ["Ambassador", "ForeignMinister", "Spokesperson", "President", "PrimeMinister", "InteriorMinister"]
CC = ["RU", "TR", "US", "GB", "FR", "DE", "SY", "IR", "CN", "IN", "BR", "EG"]
EV = ["Attack", "Statement", "Meeting", "Arrest", "Condemnation", "Death"]


def lit(s):
    return '"' + s + '"'


def article(i, rng, out):
    a = f"<https://news.example.org/{i}>"
    q = lambda s, p, o: out.write(f"{s} <{p}> {o} {a} .\n")
    q(a, RDF, f"<{NG}Article>")
    q(a, S + "datePublished", f'"2016-12-{1 + i % 28:02d}"^^<http://www.w3.org/2001/XMLSchema#date>')
    people = []
    for k in range(4):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}{rng.randrange(300)}"
        p = f"<{ID}person/{name.lower().replace(' ', '-')}>"
        people.append(p)
        q(p, RDF, f"<{NG}Person>")
        q(p, S + "name", lit(name))
        q(p, NG + "mentionedIn", a)
        m = f"<https://news.example.org/{i}#char={k * 40},{k * 40 + 12}>"
        q(m, RDF, "<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Phrase>")
        q(m, "http://www.w3.org/2005/11/its/rdf#taIdentRef", p)
        c = rng.choice(CC)
        t = f"<{ID}tenure/{hashlib.sha1((p + c).encode()).hexdigest()[:12]}>"  # the same every run
        q(t, RDF, f"<{NG}Tenure>")
        q(t, NG + "holder", p)
        q(t, NG + "position", f"<{NG}{rng.choice(POS)}>")
        q(t, NG + "country", f"<{ID}country/{c}>")
        q(t, PROV, a)
        q(t, NG + "evidence", m)
    # a later mention by surname only ("Karlov"), which merge links to the full name
    surname = rng.choice(people).split("/")[-1].rstrip(">").split("-")[-1]
    p = f"<{ID}person/{surname}>"
    people.append(p)
    q(p, RDF, f"<{NG}Person>")
    q(p, S + "name", lit(surname.capitalize()))
    q(p, NG + "mentionedIn", a)
    for k in range(4):
        e = f"<{ID}event/{i:08d}{k}>"
        q(e, RDF, f"<{NG}{rng.choice(EV)}>")
        q(e, NG + "agent", rng.choice(people))
        q(e, NG + "patient", rng.choice(people))
        q(e, NG + "date", f'"2016-12-{1 + i % 28:02d}"^^<http://www.w3.org/2001/XMLSchema#date>')
        q(e, PROV, a)
    return 3 + 4 * 10 + 3 + 4 * 5


def generate(path, triples, shards):
    rng = random.Random(42)
    files = [open(f"{path}.{s}.nq", "w") for s in range(shards)]
    n = i = 0
    while n < triples:
        n += article(i, rng, files[i % shards])
        i += 1
    for f in files:
        f.close()
    return [f"{path}.{s}.nq" for s in range(shards)], n, i


def timed(cmd, outputs=(), **kw):
    """(seconds, peak KB) of a command, with /usr/bin/time; its output is discarded. Each run
    starts from the same state: the files it writes (`outputs`) removed, and what earlier steps
    wrote (the generated input, an earlier run's output) flushed to disk, so that the time is
    the command's own, not that of replacing an old output or of writing back someone else's
    data meanwhile (together about 10% of a 5M merge here)."""
    for p in outputs:
        if os.path.exists(p):
            os.remove(p)
    os.sync()
    r = subprocess.run(["/usr/bin/time", "-f", "%e %M", *cmd], stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, **kw)
    if r.returncode:
        sys.exit(f"failed: {' '.join(cmd)}\n{r.stderr.decode()[-500:]}")
    secs, kb = r.stderr.decode().strip().splitlines()[-1].split()
    return float(secs), int(kb)


def timed_runs(cmd, runs, outputs=(), **kw):
    """The median run of a command run `runs` times: (seconds, peak KB, [all seconds]). On a
    virtual machine one run may take a third longer than the next (the host backs freshly
    touched memory lazily), so one run is no figure to compare with an aim."""
    results = sorted(timed(cmd, outputs, **kw) for _ in range(runs))
    secs, kb = results[len(results) // 2]
    return secs, kb, [s for s, _ in results]


def report(what, n, secs, kb, all_secs=None):
    spread = ""
    if all_secs and len(all_secs) > 1:
        spread = f"  (median of {len(all_secs)}: {n / max(all_secs):,.0f}-{n / min(all_secs):,.0f}/s)"
    print(f"{what:<42} {n:>10,} {secs:8.2f} s {n / secs if secs else 0:>12,.0f}/s {kb / 1024:9.1f} MB"
          + spread)


def bench(ng, triples, tmp, runs):
    print(f"\n== {triples:,} triples")
    inputs, n, articles = generate(os.path.join(tmp, "gen"), triples, 8)
    print(f"generated {n:,} quads in {articles:,} articles, {len(inputs)} files")
    merged = os.path.join(tmp, "merged.nq")
    report("newsgraph merge (nquads)", n,
           *timed_runs([ng, "merge", "-o", merged, *inputs], runs, [merged]))
    report("newsgraph merge --memory 64 (spills)", n,
           *timed_runs([ng, "merge", "--memory", "64", "-o", merged + ".2", *inputs], runs,
                       [merged + ".2"]))
    nt = os.path.join(tmp, "all.nt")
    with open(nt, "w") as f:
        for p in inputs:
            for line in open(p):
                f.write(re.sub(r" <[^<>]*> \.$", " .", line))
    report("LC_ALL=C sort -u (the floor)", n,
           *timed_runs(["sort", "-u", "-o", nt + ".sorted", nt], runs, [nt + ".sorted"],
                       env=dict(os.environ, LC_ALL="C")))
    store = os.path.join(tmp, "store")
    shutil.rmtree(store, ignore_errors=True)
    secs, kb = timed([ng, "load", "--store", store, *inputs])
    report("newsgraph load (merge + BDB index)", n, secs, kb)
    for q in sorted(glob.glob(os.path.join(ROOT, "data", "queries", "*.rq"))):
        secs, kb = timed([ng, "query", "--store", store, "-r", "csv", "-q", q])
        print(f"  query {os.path.basename(q):<38} {secs:8.2f} s {kb / 1024:9.1f} MB")
    bench_virtuoso(inputs, n, tmp)


def bench_virtuoso(inputs, n, tmp):
    """Virtuoso's bulk loader (ld_dir + rdf_loader_run + checkpoint) on the same N-Quads, with
    a scratch database; skipped when Virtuoso is not installed (scripts/install-virtuoso.sh)."""
    if not shutil.which("virtuoso-t"):
        print("  (Virtuoso not installed: scripts/install-virtuoso.sh, then run again)")
        return
    import virtuoso
    db = os.path.join(tmp, "virtuoso")
    shutil.rmtree(db, ignore_errors=True)
    with virtuoso.scratch(db, buffers=170000) as server:  # about 1.3 GB of pages
        for p in inputs:
            os.link(p, os.path.join(server.data, os.path.basename(p)))
        os.sync()  # as for the other timings: the copied input is not written back meanwhile
        start = time.time()
        r = server.bulk_load("urn:newsgraph:bench")
        secs = time.time() - start
    if r.returncode:
        print(f"  Virtuoso bulk load failed: {r.stderr.decode()[-300:]}")
    else:
        print(f"{'Virtuoso bulk load (ld_dir, rdf_loader_run)':<42} {n:>10,} {secs:8.2f} s {n / secs:>12,.0f}/s")


def bench_one_agent(ng, tmp, reports=40000):
    """Linking where buckets are large: one group is the agent of every attack of a year
    (reports of the same day join), with dates and without."""
    rng = random.Random(7)
    dated, undated = os.path.join(tmp, "agent.nq"), os.path.join(tmp, "agent-undated.nq")
    with open(dated, "w") as f, open(undated, "w") as g:
        for i in range(reports):
            a = f"<https://news.example.org/a{i}>"
            e = f"<{ID}event/a{i:08d}>"
            lines = [f"{e} <{RDF}> <{NG}Attack> {a} .\n", f"{e} <{NG}agent> <{ID}organization/g> {a} .\n",
                     f"{e} <{PROV}> {a} {a} .\n"]
            f.writelines(lines)
            g.writelines(lines)
            day = f"2016-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}"
            f.write(f'{e} <{NG}date> "{day}"^^<http://www.w3.org/2001/XMLSchema#date> {a} .\n')
    for what, path, n in (("dated", dated, 4 * reports), ("undated", undated, 3 * reports)):
        secs, kb = timed([ng, "merge", "-o", path + ".out", path])
        report(f"merge: {reports:,} attacks by one group, {what}", n, secs, kb)


def bench_extract(ng):
    arts = sorted(glob.glob(os.path.join(ROOT, "tests", "articles", "*.txt")))
    tmp = tempfile.mkdtemp()
    for k in range(40):  # the same texts under 40 names
        for a in arts:
            shutil.copy(a, os.path.join(tmp, f"{k}-{os.path.basename(a)}"))
    n = 40 * len(arts)
    size = sum(os.path.getsize(p) for p in glob.glob(os.path.join(tmp, "*.txt")))
    secs, kb = timed([ng, "extract", "-f", "nquads", "-o", os.path.join(tmp, "out.nq"), tmp])
    print(f"\nnewsgraph extract: {size / 1e6:.2f} MB of text, {n} articles in {secs:.2f} s: "
          f"{size / 1e6 / secs:.2f} MB/s, {n / secs:.0f} articles/s, peak {kb / 1024:.1f} MB")
    shutil.rmtree(tmp)


def stress_texts(rng, size=1000000):
    """Worst cases for stages that compare names or events with each other: (label, text)."""
    given = ["John", "Mary", "Ahmed", "Olga", "Peter", "Anna", "Ivan", "Sara"]
    surnames = [f"{a}{b}" for a in ("Kar", "Lo", "No", "Ok", "Ta", "We", "Bro", "Sil")
                for b in ("lov", "pez", "vak", "afor", "naka", "ber", "ok", "va")]
    words = ["the", "attack", "killed", "said", "and", "in", "police", "man", "was", "of"]

    def fill(make):
        parts, n = [], 0
        while n < size:
            parts.append(make())
            n += len(parts[-1]) + 1
        return " ".join(parts)[:size] + "\n"

    def story():
        name = f"{rng.choice(given)} {rng.choice(surnames)}"
        return (f"Ambassador {name} said he met {rng.choice(surnames)} in Ankara. "
                f"{name.split()[1]} condemned the attack. She was arrested by police "
                f"and {rng.choice(surnames)} was killed.")
    yield "names, pronouns and events", fill(story)
    yield "one line of trigger words", fill(lambda: rng.choice(words))
    yield "one line of capitalised words", fill(lambda: rng.choice(given + surnames))
    yield "one line of a story", fill(story).replace(".", "")
    headline = ["Attack", "Bombing", "Shooting", "Killing", "Arrest", "Crisis", "Vote", "Storm"]
    yield "one line of capitalised trigger words", fill(lambda: rng.choice(headline))
    titles = ["Russian", "Ambassador", "to", "Turkey", "Foreign", "Minister", "Deputy", "Mayor"]
    yield "one line of titles", fill(lambda: rng.choice(titles))
    # each sentence a described victim of two events and a phrase that names him again
    yield "described hostages released", fill(
        lambda: "An engineer held hostage for two years was released on Sunday.")
    # bare nouns that refer back to the last body or place named of their class
    yield "the group, the city", fill(
        lambda: "The Kestrel Group met in Lyon. The group said the city was calm.")
    # places described, not named: each a node of its own, "the house" one told before
    yield "a house, the house", fill(
        lambda: "A guard was killed at a house in Lyon. Police searched the house on Monday.")


def bench_stress(ng):
    rng = random.Random(7)
    print(f"{'worst-case article (1 MB)':<42} {'time':>10} {'peak RSS':>12}")
    with tempfile.TemporaryDirectory() as tmp:
        for label, text in stress_texts(rng):
            path = os.path.join(tmp, "stress.txt")
            with open(path, "w") as f:
                f.write(text)
            secs, kb = timed([ng, "extract", "-f", "nquads", path])
            print(f"{label:<42} {secs:8.2f} s {kb / 1024:9.1f} MB")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--triples", default="1000000,5000000")
    ap.add_argument("--newsgraph", default=os.path.join(ROOT, "build", "cmd", "newsgraph"))
    ap.add_argument("--runs", type=int, default=3,
                    help="run merge and sort this many times and report the median (default 3)")
    ap.add_argument("--stress", action="store_true",
                    help="time the worst articles instead of the corpus benchmarks")
    args = ap.parse_args()
    if args.stress:
        bench_stress(args.newsgraph)
        return
    bench_extract(args.newsgraph)
    print(f"{'task':<42} {'quads':>10} {'time':>10} {'throughput':>14} {'peak RSS':>12}")
    with tempfile.TemporaryDirectory() as tmp:
        bench_one_agent(args.newsgraph, tmp)
    for n in [int(x) for x in args.triples.split(",")]:
        with tempfile.TemporaryDirectory() as tmp:
            bench(args.newsgraph, n, tmp, max(1, args.runs))


if __name__ == "__main__":
    main()
