# SPDX-License-Identifier: MIT
"""The persistent store: load is idempotent and replaces corrected articles, a killed load is
recovered, query output formats, CONSTRUCT, export; and every ready query in data/queries
gives the same answers as rdflib (an independent SPARQL engine) on the merged graph."""
import csv
import glob
import io
import json
import os
import shutil
import unittest
import xml.dom.minidom

import rdflib

import ngtest as t

QUERIES = sorted(glob.glob(os.path.join(t.SOURCE, "data", "queries", "*.rq")))


def extract(d, name):
    expect = os.path.join(t.ARTICLES, name + ".expect")
    out = os.path.join(d, name + ".nq")
    t.run("extract", "-f", "nquads", *t.expect_args(expect), "-o", out, expect[:-7] + ".txt")
    return out


def rows(store, query, *args):
    out = t.run("query", "--store", store, "-r", "csv", *args, query).stdout.decode()
    return sorted(tuple(r) for r in list(csv.reader(io.StringIO(out)))[1:])


class Store(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = t.tmpdir()
        cls.d = cls.tmp.name
        cls.inputs = [extract(cls.d, os.path.basename(e)[:-7])
                      for e in sorted(glob.glob(os.path.join(t.ARTICLES, "*.expect")))
                      if "-corrected" not in e]
        cls.store = os.path.join(cls.d, "store")
        t.run("load", "--store", cls.store, *cls.inputs)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_ready_queries_agree_with_rdflib(self):
        ds = rdflib.ConjunctiveGraph()
        ds.parse(os.path.join(self.store, "merged.nq"), format="nquads")
        g = rdflib.Graph()
        for q in ds.triples((None, None, None)):
            g.add(q)
        for q in QUERIES:
            ours = rows(self.store, q, "-q")
            ref = sorted(tuple("" if x is None else str(x) for x in r) for r in g.query(open(q).read()))
            self.assertEqual(ours, ref, q)
            self.assertTrue(ours, f"{q} found nothing on the test corpus")

    def test_articles_load_as_their_extracted_graphs(self):
        # a text article, a directory and standard input are extracted (extract -f nquads) first
        src = os.path.join(self.d, "texts")
        os.makedirs(src, exist_ok=True)
        names = ("nairobi-border-patrols", "karlov-moscow-followup")
        for name in names:
            shutil.copy(os.path.join(t.ARTICLES, name + ".txt"), src)
        by_graph, by_text = os.path.join(self.d, "by-graph"), os.path.join(self.d, "by-text")
        graphs = []
        for name in names:
            graphs.append(os.path.join(self.d, name + ".plain.nq"))
            t.run("extract", "-f", "nquads", "-o", graphs[-1], os.path.join(src, name + ".txt"))
        t.run("load", "--store", by_graph, *graphs)
        t.run("load", "--store", by_text, os.path.join(src, names[0] + ".txt"))
        t.run("load", "--store", by_text, "-", stdin=open(os.path.join(src, names[1] + ".txt"), "rb").read())
        t.run("load", "--store", by_text, src)  # the same two again: nothing changes
        export = lambda store: t.run("export", "--store", store, "-f", "nquads").stdout
        self.assertEqual(export(by_text), export(by_graph))
        bad = os.path.join(self.d, "bad.txt")
        open(bad, "wb").write(b"bad \xff byte")
        r = t.run("load", "--store", by_text, bad, check=False)
        self.assertEqual(r.returncode, 2)
        self.assertIn(b"bad.txt:1:5: invalid UTF-8", r.stderr)
        self.assertEqual(export(by_text), export(by_graph))

    def test_load_twice_changes_nothing(self):
        before = open(os.path.join(self.store, "merged.nq"), "rb").read()
        t.run("load", "--store", self.store, self.inputs[0], self.inputs[1])
        self.assertEqual(open(os.path.join(self.store, "merged.nq"), "rb").read(), before)

    def test_correction_replaces_the_article(self):
        d = os.path.join(self.d, "corr")
        shutil.copytree(self.store, d)
        place = """PREFIX ng: <https://w3id.org/newsgraph/ns#> PREFIX schema: <http://schema.org/>
          PREFIX prov: <http://www.w3.org/ns/prov#>
          SELECT DISTINCT ?name WHERE { ?e a ng:Meeting ; prov:wasDerivedFrom
          <https://news.example.org/2017/02/20/syria-geneva-gatilov> ; ng:place ?p . ?p schema:name ?name }"""
        self.assertIn(("Vienna",), rows(d, place))
        t.run("load", "--store", d, extract(self.d, "syria-geneva-gatilov-corrected"))
        after = rows(d, place)
        self.assertNotIn(("Vienna",), after)
        self.assertIn(("Geneva",), after)

    def test_killed_load_is_recovered(self):
        d = os.path.join(self.d, "killed")
        shutil.copytree(self.store, d)
        q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
        want = rows(d, q)
        # a load killed after the graph files and merged.nq were written, before the index
        os.remove(os.path.join(d, "CURRENT"))
        open(os.path.join(d, "graphs", "x.nq.tmp.99"), "w").write("<a> <b> <c")  # a torn temp file
        self.assertEqual(rows(d, q), want)

    def test_result_formats(self):
        q = """PREFIX schema: <http://schema.org/> PREFIX ng: <https://w3id.org/newsgraph/ns#>
               SELECT ?n WHERE { ?p a ng:Person ; schema:name ?n } ORDER BY ?n LIMIT 3"""
        table = t.run("query", "--store", self.store, q).stdout.decode()
        self.assertIn("(3 rows)", table)
        js = json.loads(t.run("query", "--store", self.store, "-r", "json", q).stdout)
        self.assertEqual(len(js["results"]["bindings"]), 3)
        xml.dom.minidom.parseString(t.run("query", "--store", self.store, "-r", "xml", q).stdout)
        tsv = t.run("query", "--store", self.store, "-r", "tsv", q).stdout.decode().splitlines()
        self.assertEqual(len(tsv), 4)
        ask = t.run("query", "--store", self.store, "ASK { ?s ?p ?o }").stdout
        self.assertEqual(ask.strip(), b"true")

    def test_construct_and_export(self):
        q = """PREFIX ng: <https://w3id.org/newsgraph/ns#>
               CONSTRUCT { ?t ng:holder ?p } WHERE { ?t ng:holder ?p }"""
        g = rdflib.Graph()
        g.parse(data=t.run("query", "--store", self.store, q).stdout.decode(), format="turtle")
        self.assertGreater(len(g), 10)
        for fmt, parser in (("nquads", "nquads"), ("turtle", "turtle"), ("ntriples", "nt")):
            out = t.run("export", "--store", self.store, "-f", fmt).stdout
            self.assertGreater(len(t.graph(out, parser)), 1000)

    def test_errors(self):
        r = t.run("query", "--store", self.store, "SELECT WHERE {", check=False)
        self.assertEqual(r.returncode, 1)
        self.assertIn(b"query", r.stderr)
        r = t.run("query", "--store", os.path.join(self.d, "nothing"), "ASK {}", check=False)
        self.assertEqual(r.returncode, 3)
        r = t.run("load", self.inputs[0], check=False)
        self.assertEqual(r.returncode, 1)
        for fmt in ("csv", "tsv"):  # the W3C CSV/TSV result formats have no booleans
            r = t.run("query", "--store", self.store, "-r", fmt, "ASK { ?s ?p ?o }", check=False)
            self.assertEqual(r.returncode, 1)
            self.assertEqual(r.stdout, b"")
            self.assertIn(b"--results json or xml", r.stderr)
        r = t.run("query", "--store", self.store, "-r", "json", "ASK { ?s ?p ?o }")
        self.assertIs(json.loads(r.stdout)["boolean"], True)


if __name__ == "__main__":
    unittest.main(verbosity=2)
