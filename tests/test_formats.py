# SPDX-License-Identifier: MIT
"""RDF output: parses in independent parsers (raptor's rapper, serd's serdi, rdflib), the
three formats hold the same graph, no blank nodes, deterministic bytes, mention offsets."""
import glob
import os
import re
import shutil
import subprocess
import unittest

import rdflib
from rdflib.compare import isomorphic

import ngtest as t

ARTICLES = sorted(glob.glob(os.path.join(t.ARTICLES, "*.txt")))[:5]
SAMPLE = os.path.join(t.SOURCE, "examples", "ankara-envoy.txt")
FORMATS = {"turtle": ("turtle", "turtle"), "ntriples": ("ntriples", "nt"), "nquads": ("nquads", "nquads")}


class Parsers(unittest.TestCase):
    def test_every_format_parses_everywhere_and_means_the_same(self):
        graphs = {}
        for fmt, (raptor_name, rdflib_name) in FORMATS.items():
            out = t.run("extract", "-f", fmt, "--date", "2016-12-19", *ARTICLES).stdout
            r = subprocess.run(["rapper", "-q", "-i", raptor_name, "-c", "-", "http://example.org/base"], input=out, capture_output=True)
            self.assertEqual(r.returncode, 0, f"rapper {fmt}: {r.stderr}")
            r = subprocess.run(["serdi", "-i", raptor_name, "-o", "ntriples", "-"], input=out,
                               capture_output=True)
            self.assertEqual(r.returncode, 0, f"serdi {fmt}: {r.stderr}")
            graphs[fmt] = t.graph(out, rdflib_name)
            self.assertGreater(len(graphs[fmt]), 100)
        self.assertTrue(isomorphic(graphs["turtle"], graphs["ntriples"]))
        self.assertTrue(isomorphic(graphs["ntriples"], graphs["nquads"]))

    def test_no_blank_nodes(self):
        out = t.run("extract", "-f", "ntriples", *ARTICLES).stdout.decode()
        self.assertNotIn("_:", out)

    def test_nquads_graph_per_article(self):
        out = t.run("extract", "-f", "nquads", *ARTICLES).stdout
        ds = rdflib.ConjunctiveGraph()
        ds.parse(data=out.decode(), format="nquads")
        names = {c.identifier for c in ds.contexts()}
        self.assertEqual(len(names), len(ARTICLES))
        for name in names:
            self.assertIn((name, rdflib.RDF.type, t.NG.Article), ds)

    def test_awkward_names_give_valid_iris(self):
        with t.tmpdir() as d:
            path = os.path.join(d, "a.txt")
            open(path, "w").write("President Владимир Путин met Foreign Minister Mevlüt Çavuşoğlu "
                                  "and spokesman O'Neil <Smith> \"Jr.\" in Ankara.\n")
            for fmt, (raptor_name, _) in FORMATS.items():
                out = t.run("extract", "-f", fmt, path).stdout
                r = subprocess.run(["serdi", "-i", raptor_name, "-o", "ntriples", "-"], input=out,
                                   capture_output=True)
                self.assertEqual(r.returncode, 0, r.stderr)
            self.assertIn(b"person/mevlut-cavusoglu", t.run("extract", "-f", "ntriples", path).stdout)


class Determinism(unittest.TestCase):
    def test_same_input_same_bytes_whatever_the_order(self):
        for fmt in FORMATS:
            a = t.run("extract", "-f", fmt, *ARTICLES).stdout
            b = t.run("extract", "-f", fmt, *reversed(ARTICLES)).stdout
            self.assertEqual(a, b, fmt)

    def test_directory_equals_files(self):
        with t.tmpdir() as d:
            for p in ARTICLES:
                shutil.copy(p, d)
            a = t.run("extract", "-f", "nquads", d).stdout
            b = t.run("extract", "-f", "nquads", *sorted(os.path.join(d, os.path.basename(p)) for p in ARTICLES)).stdout
            self.assertEqual(a, b)

    def test_iris_do_not_depend_on_the_file(self):
        with t.tmpdir() as d:
            shutil.copy(SAMPLE, os.path.join(d, "renamed.txt"))
            a = t.run("extract", "-f", "ntriples", SAMPLE).stdout
            b = t.run("extract", "-f", "ntriples", os.path.join(d, "renamed.txt")).stdout
            self.assertEqual(a, b)

    def test_url_names_the_article_and_base_the_entities(self):
        out = t.run("extract", "-f", "ntriples", "--url", "https://example.org/news/1",
                    "--base", "http://kg.example/id/", SAMPLE).stdout.decode()
        self.assertIn("<https://example.org/news/1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                      "<https://w3id.org/newsgraph/ns#Article>", out)
        self.assertIn("<http://kg.example/id/country/RU>", out)
        self.assertNotIn("w3id.org/newsgraph/id/", out)


class Mentions(unittest.TestCase):
    def test_full_mentions_have_correct_offsets(self):
        text = open(SAMPLE, encoding="utf-8").read()
        g = t.graph(t.run("extract", "-f", "ntriples", "--mentions", "full", SAMPLE).stdout, "nt")
        rows = list(g.query(t.PREFIXES + """SELECT ?m ?b ?e ?a ?ent WHERE {
            ?m itsrdf:taIdentRef ?ent ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?a ;
               nif:referenceContext ?ctx . ?ctx a nif:Context ; nif:isString ?s . }"""))
        self.assertGreater(len(rows), 10)
        for m, b, e, a, ent in rows:
            self.assertEqual(text[int(b):int(e)], str(a))
            self.assertTrue(str(m).endswith(f"#char={int(b)},{int(e)}"))

    def test_ids_and_none(self):
        ids = t.run("extract", "-f", "ntriples", SAMPLE).stdout.decode()
        self.assertIn("its/rdf#taIdentRef", ids)
        self.assertIn("ns#evidence", ids)
        self.assertNotIn("nif-core#beginIndex", ids)
        none = t.run("extract", "-f", "ntriples", "--mentions", "none", SAMPLE).stdout.decode()
        self.assertNotIn("taIdentRef", none)
        self.assertNotIn("ns#evidence", none)
        self.assertNotIn("#char=", none)
        self.assertIn("ns#Tenure", none)


if __name__ == "__main__":
    unittest.main(verbosity=2)
