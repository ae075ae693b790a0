# SPDX-License-Identifier: MIT
"""newsgraph merge on the multi-story corpus of tests/articles: people linked across stories
(name variants, surnames) and kept apart when they differ; one event and one tenure with
every source; and the algebra: commutative, associative, idempotent, shards equal the whole."""
import glob
import os
import shutil
import subprocess
import unittest

import rdflib

import ngtest as t

SEED = os.path.join(t.ARTICLES, "..", "..", "examples", "ankara-envoy.txt")
KARLOV_STORIES = ["karlov-moscow-followup", "karlov-washington-reaction", "syria-ceasefire-announced"]


def extract_all(d):
    """Extract every test article (and the bundled sample) to d/NAME.nq; returns the paths."""
    out = []
    for expect in sorted(glob.glob(os.path.join(t.ARTICLES, "*.expect"))):
        name = os.path.basename(expect)[:-len(".expect")]
        path = os.path.join(d, name + ".nq")
        t.run("extract", "-f", "nquads", *t.expect_args(expect), "-o", path, expect[:-len(".expect")] + ".txt")
        out.append(path)
    path = os.path.join(d, "ankara-envoy.nq")
    t.run("extract", "-f", "nquads", "--date", "2016-12-19", "--url", "https://example.org/ankara-envoy",
          "-o", path, os.path.join(t.SOURCE, "examples", "ankara-envoy.txt"))
    return out + [path]


def merge(d, name, *inputs, fmt="nquads"):
    out = os.path.join(d, name)
    t.run("merge", "-f", fmt, "-o", out, *inputs)
    return out


def load(path):
    ds = rdflib.ConjunctiveGraph()
    ds.parse(path, format="nquads")
    g = rdflib.Graph()
    for q in ds.triples((None, None, None)):
        g.add(q)
    g.parse(os.path.join(t.SOURCE, "ontology", "newsgraph.ttl"), format="turtle")
    return g


class Merge(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = t.tmpdir()
        cls.d = cls.tmp.name
        cls.inputs = extract_all(cls.d)
        cls.merged = merge(cls.d, "all.nq", *cls.inputs)
        cls.g = load(cls.merged)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def merge_stories(self, stories, name, *extract_args):
        """Extracts each {key: text} as https://example.org/<key> and merges them into name."""
        graphs = []
        for key, text in stories.items():
            src = os.path.join(self.d, f"{key}.txt")
            open(src, "w", encoding="utf-8").write(text)
            graphs.append(os.path.join(self.d, f"{key}.nq"))
            t.run("extract", "-f", "nquads", "--url", f"https://example.org/{key}", *extract_args,
                  "-o", graphs[-1], src)
        return load(merge(self.d, name, *graphs))

    def people(self, surname):
        q = f'SELECT DISTINCT ?p WHERE {{ ?p a ng:Person ; schema:name ?n . FILTER(CONTAINS(?n, "{surname}")) }}'
        return {str(r[0]) for r in self.g.query(t.PREFIXES + q)}

    def test_name_variants_join(self):
        for surname, canonical in (("Karlov", "andrei-karlov"), ("Lavrov", "sergei-lavrov"),
                                   ("Zarif", "mohammad-javad-zarif"), ("Orlov", "evgeny-orlov")):
            people = self.people(surname)
            self.assertEqual(len(people), 1, f"{surname}: {people}")
            self.assertTrue(people.pop().endswith(canonical))  # the smaller IRI of the variants

    def test_merged_away_iri_stays_reachable(self):
        self.assertTrue(t.ask(self.g, """ASK { <https://w3id.org/newsgraph/id/person/andrey-karlov>
            owl:sameAs <https://w3id.org/newsgraph/id/person/andrei-karlov> .
            <https://w3id.org/newsgraph/id/person/andrei-karlov> schema:alternateName "Andrey Karlov" }"""))

    def test_different_people_stay_apart(self):
        kirbys = {str(r[0]) for r in self.g.query(t.PREFIXES + """SELECT ?n WHERE {
            ?p a ng:Person ; schema:name ?n . FILTER(CONTAINS(?n, "Kirby")) }""")}
        self.assertEqual(kirbys, {"John Kirby", "Andrew Kirby"})
        self.assertFalse(t.ask(self.g, """ASK { ?a schema:name "John Kirby" . ?b schema:name "Andrew Kirby" .
            FILTER(?a = ?b) }"""))
        self.assertEqual(len(self.people("Altıntaş") | self.people("Çavuşoğlu")), 2)

    def test_one_assassination_with_every_report(self):
        rows = list(self.g.query(t.PREFIXES + """SELECT ?e (COUNT(DISTINCT ?a) AS ?n) ?c WHERE {
            ?e a ng:Assassination ; ng:patient ?k ; prov:wasDerivedFrom ?a ; ng:supportCount ?c .
            ?k schema:name "Andrei Karlov" } GROUP BY ?e ?c"""))
        self.assertEqual(len(rows), 1, rows)
        self.assertGreaterEqual(int(rows[0][1]), 3)
        self.assertEqual(int(rows[0][1]), int(rows[0][2]))

    def test_one_ambassador_tenure_with_earliest_start(self):
        rows = list(self.g.query(t.PREFIXES + """SELECT ?t (COUNT(DISTINCT ?a) AS ?n) WHERE {
            ?t a ng:Tenure ; ng:holder ?k ; ng:position ng:Ambassador ; ng:toCountry ?to ;
               prov:wasDerivedFrom ?a . ?k schema:name "Andrei Karlov" . ?to ng:isoCode "TR" } GROUP BY ?t"""))
        self.assertEqual(len(rows), 1, rows)
        self.assertGreaterEqual(int(rows[0][1]), 3)
        starts = list(self.g.objects(rows[0][0], t.NG.startDate))
        self.assertEqual([str(s) for s in starts], ["2013"])

    def test_no_duplicates(self):
        lines = open(self.merged, encoding="utf-8").read().splitlines()
        self.assertEqual(len(lines), len(set(lines)))

    def test_commutative_associative_idempotent(self):
        a, b, c = self.inputs[:4], self.inputs[4:9], self.inputs[9:]
        ab = merge(self.d, "ab.nq", *a, *b)
        bc = merge(self.d, "bc.nq", *b, *c)
        m1 = merge(self.d, "m1.nq", *reversed(self.inputs))
        m2 = merge(self.d, "m2.nq", ab, *c)
        m3 = merge(self.d, "m3.nq", *a, bc)
        m4 = merge(self.d, "m4.nq", self.merged, self.merged)
        whole = open(self.merged, "rb").read()
        for m in (m1, m2, m3, m4):
            self.assertEqual(open(m, "rb").read(), whole, m)

    def test_shards_equal_the_whole(self):
        shards = [self.inputs[i::3] for i in range(3)]
        parts = [merge(self.d, f"shard{i}.nq", *s) for i, s in enumerate(shards)]
        final = merge(self.d, "shards.nq", *parts)
        self.assertEqual(open(final, "rb").read(), open(self.merged, "rb").read())

    def test_small_memory_budget_spills_and_agrees(self):
        small = os.path.join(self.d, "small.nq")
        t.run("merge", "--memory", "1", "-o", small, *self.inputs)
        self.assertEqual(open(small, "rb").read(), open(self.merged, "rb").read())

    def test_formats_and_bad_input(self):
        nt = merge(self.d, "all.nt", *self.inputs[:3], fmt="ntriples")
        ttl = merge(self.d, "all.ttl", *self.inputs[:3], fmt="turtle")
        g1, g2 = rdflib.Graph(), rdflib.Graph()
        g1.parse(nt, format="nt")
        g2.parse(ttl, format="turtle")
        self.assertEqual(len(g1), len(g2))
        bad = os.path.join(self.d, "bad.nq")
        open(bad, "w").write("<a> <b> .\n")
        r = t.run("merge", "-o", os.path.join(self.d, "x.nq"), bad, check=False)
        self.assertEqual(r.returncode, 2)
        self.assertIn(b"bad.nq", r.stderr)
        self.assertFalse(os.path.exists(os.path.join(self.d, "x.nq")))

    def test_a_line_that_is_no_statement_stops_the_merge(self):
        # in N-Quads, a line that starts with no term once ended the file without a word,
        # and the statements after it were lost
        bad = os.path.join(self.d, "stray.nq")
        open(bad, "w").write("<http://x.org/a> <http://x.org/b> <http://x.org/c> .\n"
                             "\n# a comment\n"
                             "stray words .\n"
                             "<http://x.org/a> <http://x.org/b> <http://x.org/d> .\n")
        out = os.path.join(self.d, "stray-out.nq")
        r = t.run("merge", "-o", out, bad, check=False)
        self.assertEqual(r.returncode, 2)
        self.assertIn(b"stray.nq:4: expected a subject", r.stderr)
        self.assertFalse(os.path.exists(out))

    def test_a_file_of_no_known_syntax_is_named_in_the_error(self):
        notes = os.path.join(self.d, "notes.txt")
        open(notes, "wb").write(b"\xff\xfe not RDF at all\n")
        r = t.run("merge", notes, check=False)
        self.assertEqual(r.returncode, 2)
        self.assertEqual(r.stderr.decode().strip(), f"newsgraph: {notes}: cannot tell its RDF syntax "
                         "from its content: name it .nq, .nt, .ttl, .trig or .rdf")

    def test_described_person_joins_the_one_another_report_names(self):
        # one report says "a gunman", another names him: the same killing, the same man
        stories = {
            "a": "KABUL - A gunman killed Ingrid Dahl, a Norwegian aid worker, in Kabul on Monday, "
                 "police said.\n\nThe gunman escaped on a motorbike.\n",
            "b": "KABUL - Farid Noori killed Ingrid Dahl, a Norwegian aid worker, in Kabul on Monday, "
                 "Afghan police said.\n\nNoori, 24, was arrested at a checkpoint north of the city.\n",
            "c": "OSLO - Ingrid Dahl, a Norwegian aid worker, was killed in Kabul on Monday. Her family "
                 "said Olav Berg killed Ingrid Dahl.\n",
        }
        graphs = {}
        for name, text in stories.items():
            src = os.path.join(self.d, f"kabul-{name}.txt")
            open(src, "w", encoding="utf-8").write(text)
            graphs[name] = os.path.join(self.d, f"kabul-{name}.nq")
            t.run("extract", "-f", "nquads", "--date", "2021-03-02", "--url", f"https://example.org/kabul-{name}",
                  "-o", graphs[name], src)
        killing = t.PREFIXES + """SELECT DISTINCT ?e WHERE { ?e a ng:Killing ; ng:patient ?d .
                                     ?d schema:name "Ingrid Dahl" . }"""
        gunman = t.PREFIXES + """SELECT ?g WHERE { ?g a ng:Participant ; schema:description "gunman" . }"""
        same_as = lambda g: [str(o).rsplit("/", 1)[-1] for r in g.query(gunman) for o in g.objects(r[0], rdflib.OWL.sameAs)]
        g = load(merge(self.d, "kabul-ab.nq", graphs["a"], graphs["b"]))
        events = list(g.query(killing))
        self.assertEqual(len(events), 1, "one killing, reported twice")
        agents = {str(a).rsplit("/", 2)[-2] for a in g.objects(events[0][0], t.NG.agent)}
        self.assertEqual(agents, {"person", "participant"})
        self.assertEqual(same_as(g), ["farid-noori"])
        # a third report names somebody else: the gunman could be either, so he is neither
        g = load(merge(self.d, "kabul-abc.nq", *graphs.values()))
        self.assertEqual(len(g.query(gunman)), 1)
        self.assertEqual(same_as(g), [])
        self.assertEqual(open(merge(self.d, "kabul-abc2.nq", merge(self.d, "kabul-ab2.nq", graphs["a"], graphs["b"]),
                                    graphs["c"]), "rb").read(),
                         open(os.path.join(self.d, "kabul-abc.nq"), "rb").read(), "associative")

    def test_family_name_written_first(self):
        # "Wang" in another story is the Wang of "Wang Lei", whose family name comes first
        stories = {"w1": "Police detained the activist Wang Lei on Monday, a rights group said.\n",
                   "w2": "Wang said on Friday that he had been released.\n"}
        g = self.merge_stories(stories, "wang.nq")
        self.assertEqual(str(g.value(rdflib.URIRef("https://w3id.org/newsgraph/id/person/wang"), rdflib.OWL.sameAs)),
                         "https://w3id.org/newsgraph/id/person/wang-lei")

    def test_english_short_forms_of_a_given_name_join(self):
        # "Bill" stands for William only; "Chris" could be Christopher or Christine
        stories = {"b1": "Senator Bill Tarrant said on Monday that the bill would pass.\n",
                   "b2": "Senator William Tarrant said on Friday that he would vote no.\n",
                   "j1": "Ray Dunmore Jr. said on Monday that he would run.\n",
                   "j2": "Raymond Dunmore said on Friday that he was ready.\n",
                   "c1": "Chris Wendover said the vote was close.\n",
                   "c2": "Christine Wendover said the vote was fair.\n"}
        g = self.merge_stories(stories, "short.nq")
        person = "https://w3id.org/newsgraph/id/person/"
        self.assertEqual(str(g.value(rdflib.URIRef(person + "william-tarrant"), rdflib.OWL.sameAs)),
                         person + "bill-tarrant")
        # and a suffix after the name changes nothing
        self.assertEqual(str(g.value(rdflib.URIRef(person + "ray-dunmore-jr"), rdflib.OWL.sameAs)),
                         person + "raymond-dunmore")
        self.assertIsNone(g.value(rdflib.URIRef(person + "chris-wendover"), rdflib.OWL.sameAs))
        self.assertIsNone(g.value(rdflib.URIRef(person + "christine-wendover"), rdflib.OWL.sameAs))

    def test_reports_of_one_place_and_day_join(self):
        # no participant named: a city and the day are what the reports share. A country is
        # too large, another day another bombing, and without a date nothing joins by place
        stories = {"p1": "A bomb exploded at a market in Mosul on Monday, police said.\n",
                   "p2": "A bomb went off in a crowded market in Mosul on Monday.\n",
                   "p3": "A bomb exploded at a market in Mosul on Friday.\n",
                   "p4": "A bomb exploded at a market in Iraq on Monday.\n",
                   "p5": "A bomb exploded at a market in Iraq on Monday.\n"}
        g = self.merge_stories(stories, "place.nq", "--date", "2020-05-04")
        sources = sorted(sorted(str(s)[-2:] for s in g.objects(e, rdflib.URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")))
                         for e in g.subjects(rdflib.RDF.type, t.NG.Bombing))
        self.assertEqual(sources, [["p1", "p2"], ["p3"], ["p4"], ["p5"]])
        g = self.merge_stories(stories, "place-undated.nq")
        self.assertEqual(len(set(g.subjects(rdflib.RDF.type, t.NG.Bombing))), 5)

    def test_a_death_and_a_killing_of_one_person_join(self):
        # a person dies once: "X died" in one story and "the killing of X" in another are one
        # event; another person's death, or an attack on X, stays apart
        stories = {"d1": "Ivo Rand died in hospital in Lorca on Monday.\n",
                   "d2": "Police are investigating the killing of Ivo Rand, who was stabbed in "
                         "Lorca on Monday.\n",
                   "d3": "Ada Mwale died in Lorca on Monday.\n"}
        g = self.merge_stories(stories, "deaths.nq", "--date", "2020-05-06")
        q = """SELECT ?e (GROUP_CONCAT(DISTINCT STR(?s); separator=" ") AS ?src) WHERE {
                 ?e ng:patient [ schema:name ?n ] ; prov:wasDerivedFrom ?s .
                 { ?e a ng:Death } UNION { ?e a ng:Killing } } GROUP BY ?e"""
        rows = sorted(sorted(x[-2:] for x in str(r[1]).split()) for r in g.query(t.PREFIXES + q))
        self.assertEqual(rows, [["d1", "d2"], ["d3"]])

    def test_event_reports_join_by_date(self):
        # attacks by one group, each told by one article: reports join when their dates are
        # within a day, or one is only the month of the other; one with no date joins them all
        dates = {"a": "2016-12-19", "b": "2016-12-20", "c": "2016-12-23",
                 "e": "2017-03", "f": "2017-03-15", "g": "2017-04-15", "h": "2017-06-10", "i": "2017-06",
                 "u": None}
        xsd, ids = "http://www.w3.org/2001/XMLSchema#", "https://w3id.org/newsgraph/id/"

        def events_of(keys):
            nq = os.path.join(self.d, f"by-date-{''.join(keys)}.nq")
            with open(nq, "w") as f:
                for k in keys:
                    e, a = f"<{ids}event/{k}>", f"<https://example.org/{k}>"
                    f.write(f"{e} <{rdflib.RDF.type}> <{t.NG.Attack}> {a} .\n")
                    f.write(f"{e} <{t.NG.agent}> <{ids}organization/x> {a} .\n")
                    f.write(f"{e} <{rdflib.PROV.wasDerivedFrom}> {a} {a} .\n")
                    if dates[k]:
                        kind = "date" if len(dates[k]) == 10 else "gYearMonth"
                        f.write(f'{e} <{t.NG.date}> "{dates[k]}"^^<{xsd}{kind}> {a} .\n')
            g = load(merge(self.d, os.path.basename(nq) + ".merged", nq))
            return {k: g.value(predicate=rdflib.PROV.wasDerivedFrom,
                               object=rdflib.URIRef(f"https://example.org/{k}")) for k in keys}

        event = events_of("abcefghi")
        self.assertEqual(event["a"], event["b"], "a day apart")
        self.assertNotEqual(event["b"], event["c"], "three days apart")
        self.assertEqual(event["e"], event["f"], "a month and a day in it")
        self.assertNotEqual(event["f"], event["g"], "another month")
        self.assertEqual(event["h"], event["i"], "a day, then its month")
        self.assertEqual(len(set(events_of("abcefghiu").values())), 1, "the undated report joins every one")

    def test_literals_keep_every_character(self):
        # a quotation spanning lines, tabs, quotes, backslashes, non-ASCII and a language tag
        values = [r'line one .\nline two', r'tab\there', r'say \"no\"', r'back\\slash', 'Çavuşoğlu – “x”']  # N-Triples escapes
        src = os.path.join(self.d, "literals.nt")
        with open(src, "w", encoding="utf-8") as f:
            for i, v in enumerate(values):
                f.write(f'<https://example.org/s{i}> <https://example.org/p> "{v}"@en .\n')
        expected = rdflib.Graph().parse(src, format="nt")
        for fmt, syntax in (("nquads", "nquads"), ("ntriples", "nt"), ("turtle", "turtle")):
            out = merge(self.d, "literals." + fmt, src, fmt=fmt)
            got = rdflib.ConjunctiveGraph() if fmt == "nquads" else rdflib.Graph()
            got.parse(out, format=syntax)
            self.assertEqual({str(o) for o in got.objects()}, {str(o) for o in expected.objects()}, fmt)
            self.assertEqual({o.language for o in got.objects()}, {"en"}, fmt)

    def test_a_fact_with_no_source_gets_no_support_count(self):
        # a hand-written graph may type an event or a tenure and say nothing more of it
        src = os.path.join(self.d, "bare.nt")
        with open(src, "w") as f:
            f.write("<https://w3id.org/newsgraph/id/event/x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                    "<https://w3id.org/newsgraph/ns#Killing> .\n"
                    "<https://w3id.org/newsgraph/id/tenure/y> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                    "<https://w3id.org/newsgraph/ns#Tenure> .\n")
        got = rdflib.Graph().parse(merge(self.d, "bare.out.nt", src, fmt="ntriples"), format="nt")
        self.assertEqual(set(got), set(rdflib.Graph().parse(src, format="nt")))

    def test_ill_typed_literals_are_kept_in_turtle(self):
        # legal RDF; raptor's Turtle writer cannot shorten them and writes them in full
        xsd = "http://www.w3.org/2001/XMLSchema#"
        src = os.path.join(self.d, "ill-typed.nt")
        with open(src, "w") as f:
            for i, (value, datatype) in enumerate((("x", "boolean"), ("1.5", "integer"), ("abc", "double"))):
                f.write(f'<https://example.org/s> <https://example.org/p{i}> "{value}"^^<{xsd}{datatype}> .\n')
        out = merge(self.d, "ill-typed.ttl", src, fmt="turtle")
        # serd reads the lexical forms as written (rdflib would read "x"^^xsd:boolean as false)
        r = subprocess.run(["serdi", "-i", "turtle", "-o", "ntriples", out], capture_output=True, check=True)
        self.assertEqual(sorted(r.stdout.decode().splitlines()), sorted(open(src).read().splitlines()))


if __name__ == "__main__":
    unittest.main(verbosity=2)
