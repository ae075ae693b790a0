# SPDX-License-Identifier: MIT
"""A scratch Virtuoso server for tests and the benchmark: its own database in a directory,
on free ports of 127.0.0.1, stopped on exit. Needs virtuoso-t and isql-vt
(scripts/install-virtuoso.sh installs them)."""
import contextlib
import os
import socket
import subprocess
import time
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


INI = """[Database]
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
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
[HTTPServer]
ServerPort = 127.0.0.1:{http}
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
"""


class Server:
    def __init__(self, db, port, http):
        self.db, self.data = db, os.path.join(db, "data")
        self.isql = ["isql-vt", f"127.0.0.1:{port}", "dba", "dba"]
        self.sparql = f"http://127.0.0.1:{http}/sparql"

    def bulk_load(self, graph_iri, pattern="*.nq", timeout=3600):
        """Virtuoso's bulk loader over the files in db/data; returns the isql result."""
        return subprocess.run(self.isql + [f"exec=ld_dir('{self.data}', '{pattern}', '{graph_iri}'); "
                                           "rdf_loader_run(); checkpoint;"], capture_output=True, timeout=timeout)


@contextlib.contextmanager
def scratch(db, buffers=20000):
    """Start a server with its database in db (files to load go in db/data)."""
    os.makedirs(os.path.join(db, "data"), exist_ok=True)
    port, http = free_port(), free_port()
    with open(os.path.join(db, "virtuoso.ini"), "w") as f:
        f.write(INI.format(db=db, port=port, http=http, buffers=buffers, dirty=buffers * 3 // 4))
    proc = subprocess.Popen(["virtuoso-t", "+configfile", "virtuoso.ini", "+foreground"], cwd=db,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    server = Server(db, port, http)
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(server.sparql + "?query=ASK%7B%7D", timeout=2)
                break
            except Exception:
                time.sleep(0.2)
        yield server
    finally:
        subprocess.run(server.isql + ["exec=shutdown;"], capture_output=True, timeout=60)
        proc.wait(timeout=60)
