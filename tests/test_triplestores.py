# SPDX-License-Identifier: MIT
"""Loading the exported graph into real triple stores: Oxigraph (npm) and Virtuoso (Debian),
each giving the same answers to the ready queries as the embedded store. Each test is skipped
where its store cannot be installed (no npm registry, no apt)."""
import csv
import glob
import io
import json
import os
import shutil
import subprocess
import sys
import unittest
import urllib.parse
import urllib.request

import ngtest as t
import test_store

QUERIES = sorted(glob.glob(os.path.join(t.SOURCE, "data", "queries", "*.rq")))
CACHE = os.environ.get("NG_NPM_CACHE", os.path.join(os.path.expanduser("~"), ".cache", "newsgraph-npm"))


def normalise(rows):
    return sorted(tuple(r) for r in rows)


class TripleStores(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = t.tmpdir()
        cls.d = cls.tmp.name
        inputs = [test_store.extract(cls.d, os.path.basename(e)[:-7])
                  for e in sorted(glob.glob(os.path.join(t.ARTICLES, "*.expect")))
                  if "-corrected" not in e]
        cls.store = os.path.join(cls.d, "store")
        t.run("load", "--store", cls.store, *inputs)
        cls.export = os.path.join(cls.d, "export.nq")
        t.run("export", "--store", cls.store, "-f", "nquads", "-o", cls.export)
        cls.ours = {}
        for q in QUERIES:
            out = t.run("query", "--store", cls.store, "-r", "csv", "-q", q).stdout.decode()
            cls.ours[q] = normalise(list(csv.reader(io.StringIO(out)))[1:])

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_oxigraph(self):
        if not shutil.which("npm") or not shutil.which("node"):
            self.skipTest("node/npm not installed")
        os.makedirs(CACHE, exist_ok=True)
        if not os.path.isdir(os.path.join(CACHE, "node_modules", "oxigraph")):
            r = subprocess.run(["npm", "install", "--silent", "--prefix", CACHE, "oxigraph@0.5"],
                               capture_output=True, timeout=300)
            if r.returncode:
                self.skipTest("cannot install oxigraph from npm: " + r.stderr.decode()[-200:])
        script = os.path.join(self.d, "oxigraph_query.mjs")
        shutil.copy(os.path.join(t.SOURCE, "tests", "stores", "oxigraph_query.mjs"), script)
        os.symlink(os.path.join(CACHE, "node_modules"), os.path.join(self.d, "node_modules"))
        r = subprocess.run(["node", script, self.export, *QUERIES], capture_output=True, timeout=300)
        self.assertEqual(r.returncode, 0, r.stderr.decode())
        for q, line in zip(QUERIES, r.stdout.decode().splitlines()):
            self.assertEqual(normalise(json.loads(line)), self.ours[q], q)

    def test_virtuoso(self):
        if subprocess.run([os.path.join(t.SOURCE, "scripts", "install-virtuoso.sh")]).returncode:
            self.skipTest("Virtuoso cannot be installed here")
        sys.path.insert(0, os.path.join(t.SOURCE, "scripts"))
        import virtuoso
        with virtuoso.scratch(os.path.join(self.d, "virtuoso")) as server:
            shutil.copy(self.export, os.path.join(server.data, "export.nq"))
            r = server.bulk_load("urn:newsgraph:default", timeout=300)
            self.assertEqual(r.returncode, 0, r.stderr)
            for q in QUERIES:
                body = urllib.parse.urlencode({"query": open(q).read()}).encode()
                req = urllib.request.Request(server.sparql, data=body, headers={"Accept": "text/csv"})
                out = urllib.request.urlopen(req, timeout=120).read().decode()
                self.assertEqual(normalise(list(csv.reader(io.StringIO(out)))[1:]), self.ours[q], q)

if __name__ == "__main__":
    unittest.main(verbosity=2)
