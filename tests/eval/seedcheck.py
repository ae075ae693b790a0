# SPDX-License-Identifier: MIT
"""Run the evaluation's seed check (../shared/eval/seedcheck.py, rdflib) on the Karlov article.
Usage: seedcheck.py extract|events. Exits 77 (skipped) when ../shared is not there."""
import os
import subprocess
import sys
import tempfile

SOURCE = os.environ.get("NG_SOURCE", os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
SHARED = os.environ.get("NG_SHARED", os.path.join(os.path.dirname(SOURCE), "shared"))
ARTICLE = os.path.join(SHARED, "corpus", "karlov-2016-12-19.txt")
CHECK = os.path.join(SHARED, "eval", "seedcheck.py")


def main():
    which = sys.argv[1] if len(sys.argv) > 1 else "extract"
    if not (os.path.exists(ARTICLE) and os.path.exists(CHECK)):
        print(f"skipped: {ARTICLE} or {CHECK} is not there")
        return 77
    ng = os.environ.get("NEWSGRAPH", "newsgraph")
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "karlov.ttl")
        r = subprocess.run([ng, "extract", "--date", "2016-12-19", "-o", out, ARTICLE])
        if r.returncode:
            return r.returncode
        return subprocess.run(["/usr/bin/python3", CHECK, which, out,
                               os.path.join(SOURCE, "ontology", "newsgraph.ttl")]).returncode


if __name__ == "__main__":
    sys.exit(main())
