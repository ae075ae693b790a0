# SPDX-License-Identifier: MIT
"""Helpers shared by the end-to-end tests: run the newsgraph binary, parse its output with
rdflib (an RDF stack independent of raptor2), and read the expected-facts files."""
import glob
import os
import subprocess
import tempfile

import rdflib

NEWSGRAPH = os.environ.get("NEWSGRAPH", "newsgraph")
SOURCE = os.environ.get("NG_SOURCE", os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ARTICLES = os.path.join(SOURCE, "tests", "articles")
NG = rdflib.Namespace("https://w3id.org/newsgraph/ns#")
SCHEMA = rdflib.Namespace("http://schema.org/")
PREFIXES = """
PREFIX ng: <https://w3id.org/newsgraph/ns#>
PREFIX schema: <http://schema.org/>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
"""


def run(*args, stdin=None, check=True, env=None, timeout=300):
    """Run newsgraph; returns CompletedProcess (bytes). Fails on a crash or, if check, on rc != 0,
    and on running past `timeout` seconds (a hang)."""
    e = dict(os.environ)
    if env:
        e.update(env)
    r = subprocess.run([NEWSGRAPH, *args], input=stdin, capture_output=True, timeout=timeout, env=e)
    if r.returncode < 0:
        raise AssertionError(f"newsgraph {' '.join(args)} crashed with signal {-r.returncode}")
    if b"Sanitizer" in r.stderr or b"runtime error:" in r.stderr:
        raise AssertionError(f"newsgraph {' '.join(args)}: sanitizer report:\n{r.stderr.decode()}")
    if check and r.returncode != 0:
        raise AssertionError(f"newsgraph {' '.join(args)} exited {r.returncode}: {r.stderr.decode()}")
    return r


def graph(data, fmt):
    """Parse bytes in `fmt` (turtle, nt, nquads) into one rdflib Graph (named graphs merged)."""
    if fmt == "nquads":
        ds = rdflib.ConjunctiveGraph()
        ds.parse(data=data.decode("utf-8"), format="nquads")
        g = rdflib.Graph()
        for t in ds.triples((None, None, None)):
            g.add(t)
        return g
    g = rdflib.Graph()
    g.parse(data=data.decode("utf-8"), format=fmt)
    return g


def ask(g, query):
    return bool(g.query(PREFIXES + query).askAnswer)


def read_expect(path, with_gaps=False):
    """The facts of an .expect file: a list of (kind, fields, line number), plus, with_gaps,
    whether the line is marked "# gap: why" (a known gap of the extractor)."""
    facts = []
    for no, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.split(" #")[0].strip() if not raw.startswith("#") else ""
        if not line or ":" not in line:
            continue
        kind, rest = line.split(":", 1)
        fact = (kind.strip(), [f.strip() for f in rest.split(" | ")], no)
        facts.append(fact + ("# gap" in raw,) if with_gaps else fact)
    return facts


def check_expect(expect, kinds, problem):
    """Check the lines of `kinds` in an .expect file. problem(kind, fields) returns None when
    the fact holds, else what is missing. Returns (failures, known gaps): a line marked
    "# gap" that holds is a failure too, so the mark is removed and the fact stays checked."""
    failures, gaps = [], []
    for kind, fields, line, gap in read_expect(expect, with_gaps=True):
        if kind not in kinds:
            continue
        missing = problem(kind, fields)
        where = f"{os.path.basename(expect)}:{line}"
        if missing and gap:
            gaps.append(f"{where}: known gap: {missing}")
        elif missing:
            failures.append(f"{where}: {missing}")
        elif gap:
            failures.append(f"{where}: marked as a gap but now holds: remove the mark")
    return failures, gaps


def expect_args(path):
    for kind, fields, _ in read_expect(path):
        if kind == "args":
            return fields[0].split()
    return []


def add_article_tests(cls):
    """One test method per tests/articles/*.expect, calling cls.check_article(path)."""
    for expect in sorted(glob.glob(os.path.join(ARTICLES, "*.expect"))):
        name = "test_" + os.path.basename(expect)[:-len(".expect")].replace("-", "_")
        setattr(cls, name, lambda self, e=expect: self.check_article(e))


def tmpdir():
    return tempfile.TemporaryDirectory(prefix="ngtest-")
