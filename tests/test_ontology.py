# SPDX-License-Identifier: MIT
"""The ontology declares every term the extractor writes: every predicate, every class
(object of rdf:type) and every ng: individual, on all the test articles; and it is in step
with data/ (positions, organization and place types) and ontology/vocab.def."""
import csv
import glob
import os
import re
import subprocess
import sys
import unittest

import rdflib

import ngtest as t

ONTOLOGY = os.path.join(t.SOURCE, "ontology", "newsgraph.ttl")
BUILTIN = ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2000/01/rdf-schema#",
           "http://www.w3.org/2002/07/owl#")


def declared():
    g = rdflib.Graph()
    g.parse(ONTOLOGY, format="turtle")
    return g, {s for s in g.subjects(rdflib.RDF.type, None)}


class Ontology(unittest.TestCase):
    def test_parses_in_rapper(self):
        r = subprocess.run(["rapper", "-q", "-i", "turtle", "-c", ONTOLOGY], capture_output=True)
        self.assertEqual(r.returncode, 0, r.stderr)

    def test_every_emitted_term_is_declared(self):
        _, terms = declared()
        articles = sorted(glob.glob(os.path.join(t.ARTICLES, "*.txt")))
        out = t.run("extract", "-f", "ntriples", "--mentions", "full", "--date", "2016-12-19", *articles).stdout
        g = t.graph(out, "nt")
        used = set(g.predicates()) | set(g.objects(None, rdflib.RDF.type))
        used |= {o for o in g.objects() if isinstance(o, rdflib.URIRef) and o.startswith(str(t.NG))}
        missing = sorted(str(u) for u in used if not str(u).startswith(BUILTIN) and u not in terms)
        self.assertEqual(missing, [])

    def test_vocab_def_terms_are_declared(self):
        _, terms = declared()
        ns = {"RDF": BUILTIN[0], "RDFS": BUILTIN[1], "OWL": BUILTIN[2], "NG": str(t.NG),
              "SCHEMA": "http://schema.org/", "PROV": "http://www.w3.org/ns/prov#",
              "NIF": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
              "ITSRDF": "http://www.w3.org/2005/11/its/rdf#", "XSD": "http://www.w3.org/2001/XMLSchema#"}
        text = open(os.path.join(t.SOURCE, "ontology", "vocab.def")).read()
        missing = []
        for space, local in re.findall(r'NG_TERM\(\w+, (\w+), "(\w+)"\)', text):
            iri = rdflib.URIRef(ns[space] + local)
            if space not in ("RDF", "RDFS", "OWL", "XSD") and iri not in terms:
                missing.append(str(iri))
        self.assertEqual(missing, [])

    def test_data_types_and_positions_are_declared(self):
        g, terms = declared()
        data = os.path.join(t.SOURCE, "data")
        want = set()
        for f, col in (("organizations.csv", "type"), ("org_units.csv", "type"), ("heads.csv", "type"),
                       ("venues.csv", "type"), ("positions.csv", "id")):
            with open(os.path.join(data, f), encoding="utf-8") as fh:
                want |= {r[col] for r in csv.DictReader(fh)}
        missing = sorted(w for w in want if t.NG[w] not in terms)
        self.assertEqual(missing, [], "run scripts/sync-ontology.py or declare the class")

    def test_generated_part_is_in_step(self):
        r = subprocess.run([sys.executable, os.path.join(t.SOURCE, "scripts", "sync-ontology.py"), "--check"],
                           capture_output=True)
        self.assertEqual(r.returncode, 0, r.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
