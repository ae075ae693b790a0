# SPDX-License-Identifier: MIT
"""data/ lint: the tables against Debian's iso-codes, unique keys, and the schemas that
data/README.md documents (every column a table has is described there)."""
import csv
import glob
import json
import os
import re
import unittest

import ngtest as t

DATA = os.path.join(t.SOURCE, "data")
ISO = "/usr/share/iso-codes/json/iso_3166-1.json"


def rows(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return list(csv.DictReader(f))


class Countries(unittest.TestCase):
    @unittest.skipUnless(os.path.exists(ISO), "iso-codes is not installed")
    def test_every_iso_country_with_its_codes(self):
        ours = {r["iso2"]: r for r in rows("countries.csv")}
        for c in json.load(open(ISO, encoding="utf-8"))["3166-1"]:
            self.assertIn(c["alpha_2"], ours, c["name"])
            self.assertEqual(ours[c["alpha_2"]]["iso3"], c["alpha_3"], c["name"])

    def test_historical_countries(self):
        ours = {r["iso2"]: r for r in rows("countries.csv")}
        for code in ("SU", "YU"):
            self.assertEqual(ours[code]["status"], "former")

    def test_wikidata_ids(self):
        for name in ("countries.csv", "places.csv", "organizations.csv", "positions.csv"):
            for r in rows(name):
                self.assertRegex(r["wikidata"], r"^(Q[1-9][0-9]*)?$", f"{name}: {r}")

    def test_key_seed_facts(self):
        ours = {r["iso2"]: r for r in rows("countries.csv")}
        for iso, q in {"RU": "Q159", "TR": "Q43", "SY": "Q858", "US": "Q30", "GB": "Q145"}.items():
            self.assertEqual(ours[iso]["wikidata"], q)
        self.assertIn("U.S.", ours["US"]["aliases"].split("|"))
        self.assertIn("Russian", ours["RU"]["demonyms"].split("|"))


class Tables(unittest.TestCase):
    def test_unique_keys(self):
        for name, key in (("countries.csv", ("iso2",)), ("places.csv", ("country", "id")),
                          ("organizations.csv", ("id",)), ("positions.csv", ("id",)),
                          ("titles.csv", ("title",)), ("given_names.csv", ("name",)),
                          ("common_words.csv", ("word",))):
            seen = set()
            for r in rows(name):
                k = tuple(r[c] for c in key)
                self.assertNotIn(k, seen, f"{name}: duplicate {k}")
                seen.add(k)

    def test_readme_documents_every_column(self):
        readme = open(os.path.join(DATA, "README.md"), encoding="utf-8").read()
        for path in sorted(glob.glob(os.path.join(DATA, "*.csv"))):
            name = os.path.basename(path)
            self.assertIn(f"## {name}", readme)
            section = readme.split(f"## {name}", 1)[1].split("\n## ", 1)[0]
            with open(path, encoding="utf-8") as f:
                header = next(csv.reader(f))
            for col in header:
                self.assertRegex(section, rf"\| {re.escape(col)} \|", f"{name}: column {col}")


if __name__ == "__main__":
    unittest.main(verbosity=2)
