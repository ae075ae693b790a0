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
import socket
import subprocess
import time
import unittest
import urllib.parse
import urllib.request

import ngtest as t
import test_store

QUERIES = sorted(glob.glob(os.path.join(t.SOURCE, "data", "queries", "*.rq")))
CACHE = os.environ.get("NG_NPM_CACHE", os.path.join(os.path.expanduser("~"), ".cache", "newsgraph-npm"))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


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
        db = os.path.join(self.d, "virtuoso")
        os.makedirs(os.path.join(db, "data"))
        shutil.copy(self.export, os.path.join(db, "data", "export.nq"))
        port, http = free_port(), free_port()
        open(os.path.join(db, "virtuoso.ini"), "w").write(f"""[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{port}
DirsAllowed = ., {db}/data, /usr/share/virtuoso-opensource-7/vad
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
[HTTPServer]
ServerPort = 127.0.0.1:{http}
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
""")
        server = subprocess.Popen(["virtuoso-t", "+configfile", "virtuoso.ini", "+foreground"], cwd=db,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            url = f"http://127.0.0.1:{http}/sparql"
            for _ in range(300):
                try:
                    urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=2)
                    break
                except Exception:
                    time.sleep(0.2)
            isql = ["isql-vt", f"127.0.0.1:{port}", "dba", "dba"]
            r = subprocess.run(isql + [f"exec=ld_dir('{db}/data', '*.nq', 'urn:newsgraph:default'); "
                                       "rdf_loader_run(); checkpoint;"], capture_output=True, timeout=300)
            self.assertEqual(r.returncode, 0, r.stderr)
            for q in QUERIES:
                body = urllib.parse.urlencode({"query": open(q).read()}).encode()
                req = urllib.request.Request(url, data=body, headers={"Accept": "text/csv"})
                out = urllib.request.urlopen(req, timeout=120).read().decode()
                self.assertEqual(normalise(list(csv.reader(io.StringIO(out)))[1:]), self.ours[q], q)
        finally:
            subprocess.run(["isql-vt", f"127.0.0.1:{port}", "dba", "dba", "exec=shutdown;"],
                           capture_output=True, timeout=60)
            server.wait(timeout=60)


if __name__ == "__main__":
    unittest.main(verbosity=2)
