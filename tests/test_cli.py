# SPDX-License-Identifier: MIT
"""The command line: help, exit codes, bad input and atomic output."""
import os
import shutil
import unittest

import ngtest as t

SAMPLE = os.path.join(t.SOURCE, "examples", "ankara-envoy.txt")


class Usage(unittest.TestCase):
    def test_help_and_version(self):
        r = t.run("--help")
        self.assertIn(b"extract", r.stdout)
        r = t.run("extract", "--help")
        self.assertIn(b"--format", r.stdout)
        self.assertIn(b"Exit status", r.stdout)
        self.assertRegex(t.run("--version").stdout, rb"^newsgraph \d+\.\d+\.\d+\n$")

    def test_usage_errors_exit_1(self):
        for args in (["frobnicate"], ["extract", "--no-such-option", SAMPLE],
                     ["extract", "-f", "rdfxml", SAMPLE], ["extract", "--date", "2016-13-01", SAMPLE],
                     ["extract", "--date", "yesterday", SAMPLE], ["extract", "--url", "not an iri", SAMPLE],
                     ["extract", "--url", "http://x/a#frag", SAMPLE], ["extract", "--base", "relative/", SAMPLE],
                     ["extract", "--mentions", "some", SAMPLE], ["extract", "-o"]):
            r = t.run(*args, check=False)
            self.assertEqual(r.returncode, 1, args)
            self.assertEqual(r.stdout, b"", args)
            self.assertEqual(len(r.stderr.decode().strip().splitlines()), 2, r.stderr)  # error + hint

    def test_url_needs_one_article(self):
        r = t.run("extract", "--url", "https://example.org/a", SAMPLE,
                  os.path.join(t.ARTICLES, "cairo-sisi-second-term.txt"), check=False)
        self.assertEqual(r.returncode, 1)

    def test_missing_file_exit_3(self):
        r = t.run("extract", "/nonexistent/article.txt", check=False)
        self.assertEqual(r.returncode, 3)
        self.assertIn(b"/nonexistent/article.txt", r.stderr)


class BadInput(unittest.TestCase):
    """Each bad input: exit 2, one line naming the file and the position, nothing on stdout."""

    def bad(self, content, want):
        with t.tmpdir() as d:
            path = os.path.join(d, "bad.txt")
            open(path, "wb").write(content)
            r = t.run("extract", path, check=False)
            self.assertEqual(r.returncode, 2, r.stderr)
            self.assertEqual(r.stdout, b"")
            lines = r.stderr.decode().splitlines()
            self.assertEqual(len(lines), 1, lines)
            self.assertIn(path, lines[0])
            self.assertIn(want, lines[0])

    def test_invalid_utf8(self):
        self.bad(b"Ankara is the capital.\nIt is \xff here.", ":2:7: invalid UTF-8 (byte offset 29)")

    def test_binary(self):
        self.bad(b"\x7fELF\x02\x01\x01\x00\x00\x00", "NUL byte")

    def test_noncharacter(self):
        # valid UTF-8 that raptor2 would drop from the literals, losing text
        self.bad(b"Ankara is the capital.\nIt is \xef\xbf\xbf here.", ":2:7: U+FFFE or U+FFFF")

    def test_empty(self):
        self.bad(b"", "empty")

    def test_blank(self):
        self.bad(b"  \n\n \t\n", "white space")

    def test_too_large(self):
        self.bad(b"word " * (4 << 20), "larger than")

    def test_huge_line_is_fine(self):
        text = ("Turkish Prime Minister Binali Yildirim spoke. " * 20000).encode()
        with t.tmpdir() as d:
            path = os.path.join(d, "long.txt")
            open(path, "wb").write(text)
            r = t.run("extract", "-f", "ntriples", path)
            self.assertIn(b"binali-yildirim", r.stdout)

    def test_run_on_line_is_cut_into_sentences(self):
        # 40k words and no sentence end: every stage that scans a sentence would scan them all,
        # for every name and trigger in it (this took hours before sentences were cut)
        phrase = "Ambassador Lena Ostrova said the attack in Ankara killed two police officers and "
        text = (phrase * 3000).encode() + b"\n"
        with t.tmpdir() as d:
            path = os.path.join(d, "run-on.txt")
            open(path, "wb").write(text)
            r = t.run("extract", "-f", "ntriples", path)
            g = t.graph(r.stdout, "nt")
            self.assertTrue(b"/person/lena-ostrova>" in r.stdout)
            self.assertTrue(b"/place/TR/ankara>" in r.stdout)
            self.assertGreater(len(g), 10000)

    def test_long_title_case_run_is_not_quadratic(self):
        # 60k capitalised words with no name head among them: the search for "Moscow State
        # Institute"-style names scanned the whole run from every word (minutes, not seconds)
        run = " ".join(["Storm Harvest Crisis Debate Vote"] * 12000)
        text = (run + "\n\n" + open(SAMPLE).read()).encode()
        with t.tmpdir() as d:
            path = os.path.join(d, "caps.txt")
            open(path, "wb").write(text)
            r = t.run("extract", "-f", "ntriples", path, timeout=90)
            self.assertIn(b"/person/andrei-karlov>", r.stdout)

    def test_text_that_ends_on_a_trigger_or_a_title(self):
        # rules look at the token after a trigger or a title; with no full stop there is none
        # (a text that ended on a trigger crashed the release build)
        for text in (b"A bomb exploded", b"The attack", b"Police arrested", b"Ankara's governor since",
                     b"Ambassador", b"born in"):
            r = t.run("extract", "-f", "ntriples", "-", stdin=text, check=False)
            self.assertEqual(r.returncode, 0, (text, r.stderr))
            t.graph(r.stdout, "nt")

    def test_bad_file_among_good_ones_writes_nothing(self):
        with t.tmpdir() as d:
            shutil.copy(SAMPLE, os.path.join(d, "a.txt"))
            open(os.path.join(d, "b.txt"), "wb").write(b"bad \xc3\x28 byte")
            r = t.run("extract", d, check=False)
            self.assertEqual(r.returncode, 2)
            self.assertEqual(r.stdout, b"")
            self.assertIn(b"b.txt:1:5: invalid UTF-8", r.stderr)


class Output(unittest.TestCase):
    def test_output_file_is_atomic(self):
        with t.tmpdir() as d:
            out = os.path.join(d, "out.ttl")
            open(out, "w").write("previous content\n")
            bad = os.path.join(d, "bad.txt")
            open(bad, "wb").write(b"\xff")
            r = t.run("extract", "-o", out, SAMPLE, bad, check=False)
            self.assertEqual(r.returncode, 2)
            self.assertEqual(open(out).read(), "previous content\n")  # untouched
            self.assertEqual(sorted(os.listdir(d)), ["bad.txt", "out.ttl"])  # no temp file left
            t.run("extract", "-o", out, SAMPLE)
            self.assertIn("ng:Article", open(out).read())
            self.assertEqual(sorted(os.listdir(d)), ["bad.txt", "out.ttl"])

    def test_unwritable_output_exit_3(self):
        r = t.run("extract", "-o", "/nonexistent-dir/out.ttl", SAMPLE, check=False)
        self.assertEqual(r.returncode, 3)
        self.assertIn(b"/nonexistent-dir/out.ttl", r.stderr)

    def test_output_to_a_pipe_is_written_in_place(self):
        # a named pipe (like /dev/null or /dev/stderr) cannot be renamed over: it is written
        # directly, and stays what it was
        import stat
        import threading
        with t.tmpdir() as d:
            fifo = os.path.join(d, "out.fifo")
            os.mkfifo(fifo)
            got = []
            reader = threading.Thread(target=lambda: got.append(open(fifo, "rb").read()), daemon=True)
            reader.start()
            t.run("extract", "-f", "ntriples", "-o", fifo, SAMPLE)
            reader.join(30)
            self.assertTrue(stat.S_ISFIFO(os.stat(fifo).st_mode))
            self.assertIn(b"/ns#Article>", got[0])
            self.assertEqual(os.listdir(d), ["out.fifo"])

    def test_stdin(self):
        text = open(SAMPLE, "rb").read()
        a = t.run("extract", "--date", "2016-12-19", "-", stdin=text).stdout
        b = t.run("extract", "--date", "2016-12-19", SAMPLE).stdout
        self.assertEqual(a, b)  # the article IRI is a hash of the text, not of the file name

    def test_dump_stages(self):
        for stage in ("tokens", "sentences", "mentions"):
            r = t.run("extract", "--dump", stage, SAMPLE)
            self.assertTrue(r.stdout.startswith(b"token\t" if stage == "tokens" else
                                                b"sentence\t" if stage == "sentences" else b"begin\t"))

    def test_dump_names_the_form_of_a_common_noun_for_a_place(self):
        # "the city" for the town just named: the form column says so (it once read past
        # the end of the table of form names)
        text = b"A bomb exploded in Ankara on Monday. Police sealed off the city.\n"
        rows = t.run("extract", "--dump", "mentions", "-", stdin=text).stdout.decode().splitlines()[1:]
        cols = [r.split("\t") for r in rows]
        self.assertIn(["place", "nominal", "place/TR/ankara", "city"], [c[2:] for c in cols])

    def test_quotations(self):
        # which words are quoted decides whose "I" it is: straight quotes by the side they
        # face, a doubled opening curly quote closes, one unpaired mark ends with its line
        text = ('He said "we will win" and left. She said \u201cno one knows \u201c and went.\n'
                'A lone " mark here\nis closed by the line break.\n').encode()
        rows = t.run("extract", "--dump", "tokens", "-", stdin=text).stdout.decode().splitlines()[1:]
        quoted = {r.split("\t")[5] for r in rows if int(r.split("\t")[4], 16) & 0x0800}
        self.assertEqual(quoted, {"we", "will", "win", "no", "one", "knows", "mark", "here"})
        # tokenized corpora write `` and '': quotes too, and the speaker after them speaks
        text = b"`` There 's no way back , '' said Lina Varga , an aide .\n"
        rows = t.run("extract", "--dump", "tokens", "-", stdin=text).stdout.decode().splitlines()[1:]
        quoted = {r.split("\t")[5] for r in rows if int(r.split("\t")[4], 16) & 0x0800}
        self.assertEqual(quoted, {"There", "'s", "no", "way", "back", ","})
        g = t.graph(t.run("extract", "-f", "ntriples", "-", stdin=text).stdout, "nt")
        self.assertTrue(t.ask(g, 'ASK { ?e a ng:Statement ; ng:agent [ schema:name "Lina Varga" ] ; '
                                 'ng:quote "There \'s no way back" }'))

    def test_headline_names_end_where_the_story_ends_them(self):
        # capitals do not end a name in a headline: the story's own spelling does
        text = (b"Ellen Marsh Returns To Lead Fire Brigade\n\nLONDON - Ellen Marsh was named head of "
                b"the London Fire Brigade on Monday. Marsh, 51, said she was honoured.\n")
        rows = t.run("extract", "--dump", "mentions", "-", stdin=text).stdout.decode().splitlines()[1:]
        people = [(r.split("\t")[5], r.split("\t")[4]) for r in rows if r.split("\t")[2] == "person"]
        self.assertEqual(people, [("Ellen Marsh", "person/ellen-marsh")] * 2 +
                         [("Marsh", "person/ellen-marsh"), ("she", "person/ellen-marsh")])

    def people(self, text):
        rows = t.run("extract", "--dump", "mentions", "-", stdin=text).stdout.decode().splitlines()[1:]
        return [(r.split("\t")[5], r.split("\t")[4]) for r in rows if r.split("\t")[2] == "person"]

    def test_a_name_ends_where_a_sentence_begins(self):
        # a headline without a full stop: its last words and the story's first are two runs
        text = b"Club Hires Maurice Keller\nMaurice Keller was introduced as coach on Monday .\n"
        self.assertIn(("Maurice Keller", "person/maurice-keller"), self.people(text))

    def test_given_name_second_of_three_words(self):
        self.assertEqual(self.people(b"Investigators said Brax Harvey Lund acted alone.\n"),
                         [("Brax Harvey Lund", "person/brax-harvey-lund")])

    def test_results_list_people(self):
        # an initial and a surname; a name with its country in brackets, as results list them
        text = b"Scorers : J. Marlow 123 , Marek Wolny ( Poland ) 4-38 .\n"
        self.assertEqual(self.people(text), [("J. Marlow", "person/j-marlow"),
                                             ("Marek Wolny", "person/marek-wolny")])

    def test_a_list_of_people_names_people(self):
        text = b"Leaders : Tom Brennan , Willie Ashdown , Loren Pike and Steve Marlow .\n"
        self.assertEqual([p for p, _ in self.people(text)],
                         ["Tom Brennan", "Willie Ashdown", "Loren Pike", "Steve Marlow"])

    def test_names_beside_descriptions_months_and_particles(self):
        text = (b"Prime Minister Olivia May spoke in May 2017 . Prosecutors called Lian Qiao , owner "
                b"of a restaurant . The alleged killer , C\xc3\xa9dric Vautrin , fled . Attacks in Wadi "
                b"al-Harra . Gov. Samir el Haddad spoke . Later el Haddad left .\n")
        self.assertEqual([p for p, _ in self.people(text)],
                         ["Olivia May", "Lian Qiao", "Cédric Vautrin", "Samir el Haddad",
                          "el Haddad"])

    def test_quotation_speaker_described_in_several_words(self):
        text = (b"Comedian Ellen Park will host the gala on Friday. Park rehearsed on Thursday. "
                b"Park said the show was ready.\n\n"
                b"\xe2\x80\x9cI am thrilled,\xe2\x80\x9d the comedian and talk show host said.\n")
        self.assertIn(("I", "person/ellen-park"), self.people(text))

    def test_first_person_contractions_in_a_quotation_are_the_speaker(self):
        text = ("Maya Strand wrote on Friday: \u201cI\u2019m hosting the show! I'd like to thank my "
                "sister.\u201d\n").encode()
        people = self.people(text)
        for word in ("I\u2019m", "I'd", "my"):
            self.assertIn((word, "person/maya-strand"), people)

    def test_headline_in_capitals_names_the_story_person(self):
        text = b"GOLF - HENKE TAKES LEAD\n\nDaniel Henke shot a 62 on Thursday .\n"
        self.assertEqual(self.people(text), [("HENKE", "person/daniel-henke"),
                                             ("Daniel Henke", "person/daniel-henke")])

    def test_web_address_line_names_nobody(self):
        address = b"https://news.example.org/2020/01/02/woman-killed-by-gunman-named-anna-berg\n"
        text = address + b"Police said the city was calm.\n"
        rows = t.run("extract", "--dump", "mentions", "-", stdin=text).stdout.decode().splitlines()[1:]
        self.assertEqual([r for r in rows if int(r.split("\t")[0]) < len(address)], [])
        self.assertTrue(rows)  # the story's own line is read


class Data(unittest.TestCase):
    def copy_data(self, d):
        data = os.path.join(d, "data")
        shutil.copytree(os.path.join(t.SOURCE, "data"), data)
        return data

    def test_malformed_row_names_file_and_line(self):
        with t.tmpdir() as d:
            data = self.copy_data(d)
            path = os.path.join(data, "titles.csv")
            n = sum(1 for _ in open(path))
            open(path, "a").write('broken,"quote\n')
            r = t.run("extract", "--data", data, SAMPLE, check=False)
            self.assertEqual(r.returncode, 2)
            self.assertIn(f"titles.csv:{n + 1}:".encode(), r.stderr)

    def test_bad_reference_names_file_and_line(self):
        with t.tmpdir() as d:
            data = self.copy_data(d)
            path = os.path.join(data, "places.csv")
            n = sum(1 for _ in open(path))
            open(path, "a").write("atlantis,Atlantis,,ZZ,city,,\n")
            r = t.run("extract", "--data", data, SAMPLE, check=False)
            self.assertEqual(r.returncode, 2)
            self.assertIn(f"places.csv:{n + 1}: unknown country code 'ZZ'".encode(), r.stderr)

    def test_missing_data_dir(self):
        r = t.run("extract", "--data", "/nonexistent", SAMPLE, check=False)
        self.assertEqual(r.returncode, 2)
        self.assertIn(b"/nonexistent/", r.stderr)

    def test_new_row_adds_coverage(self):
        with t.tmpdir() as d:
            data = self.copy_data(d)
            art = os.path.join(d, "a.txt")
            open(art, "w").write("Grand Vizier Ahmet Pasha met the envoy on Monday.\n")
            before = t.run("extract", "--data", data, "-f", "ntriples", art).stdout
            self.assertNotIn(b"GrandVizier", before)
            with open(os.path.join(data, "positions.csv"), "a") as f:
                f.write("GrandVizier,Grand Vizier,0,,0,,,,\n")
            with open(os.path.join(data, "titles.csv"), "a") as f:
                f.write("grand vizier,GrandVizier,office,,,m\n")
            after = t.run("extract", "--data", data, "-f", "ntriples", art).stdout
            self.assertIn(b"<https://w3id.org/newsgraph/ns#GrandVizier>", after)


class CsvCorpus(unittest.TestCase):
    def test_csv_corpus(self):
        with t.tmpdir() as d:
            path = os.path.join(d, "corpus.csv")
            with open(path, "w") as f:
                f.write('id,date,url,text\n1,2016-12-19,https://example.org/a,"British Foreign Minister '
                        'Boris Johnson said, ""this is a test."""\n'
                        '2,,,"Kremlin Spokesman Dmitry Peskov told reporters."\n')
            g = t.graph(t.run("extract", "-f", "nquads", path).stdout, "nquads")
            self.assertTrue(t.ask(g, 'ASK { <https://example.org/a> schema:datePublished "2016-12-19"^^xsd:date }'))
            self.assertTrue(t.ask(g, 'ASK { ?p schema:name "Dmitry Peskov" }'))

    def test_malformed_csv(self):
        with t.tmpdir() as d:
            path = os.path.join(d, "corpus.csv")
            open(path, "w").write('text,date\n"ok",2016-12-19\n"bad"x,2016-12-19\n')
            r = t.run("extract", path, check=False)
            self.assertEqual(r.returncode, 2)
            self.assertIn(b"corpus.csv:3:", r.stderr)
            self.assertEqual(r.stdout, b"")

    def test_csv_row_with_bad_metadata_is_bad_input(self):
        with t.tmpdir() as d:
            path = os.path.join(d, "corpus.csv")
            for row, want in (('"Ankara is big.",2016-13-45,', b"corpus.csv:3: invalid date '2016-13-45'"),
                              ('"Ankara is big.",2016-12-19,not an iri', b"corpus.csv:3: invalid article IRI")):
                open(path, "w").write('text,date,url\n"ok",2016-12-19,\n' + row + "\n")
                r = t.run("extract", path, check=False)
                self.assertEqual(r.returncode, 2, r.stderr)
                self.assertIn(want, r.stderr)
                self.assertEqual(r.stdout, b"")

    def test_csv_without_text_column(self):
        with t.tmpdir() as d:
            path = os.path.join(d, "corpus.csv")
            open(path, "w").write("body,date\nhello,2016-12-19\n")
            r = t.run("extract", path, check=False)
            self.assertEqual(r.returncode, 2)
            self.assertIn(b"corpus.csv:1: no 'text' column", r.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
