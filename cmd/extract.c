/* SPDX-License-Identifier: MIT */
/* extract.c: `newsgraph extract`. Every input is checked before anything is written, so bad
 * input never leaves half a graph on stdout; with -o the output file appears, complete, only
 * when everything succeeded. Inputs go in sorted order, so the same set of files gives the same
 * bytes whatever order they were named in. */
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char USAGE[] =
    "Usage: newsgraph extract [options] [FILE|DIR|-]...\n"
    "Extract people, roles, countries, organizations and places from English news articles\n"
    "and write them as one RDF graph. FILE is a UTF-8 text article (*.txt) or a CSV corpus\n"
    "(*.csv, columns text,date,url,title); DIR is searched for both; - or no argument reads\n"
    "one article from standard input.\n"
    "\n"
    "Options:\n"
    "  -o, --output FILE     write to FILE (atomically) instead of standard output\n"
    "  -f, --format FORMAT   turtle (default), ntriples or nquads (one named graph per\n"
    "                        article, named by the article IRI)\n"
    "      --date YYYY-MM-DD publication date: dates such as \"Monday\" resolve against it\n"
    "      --url IRI         the article's IRI (one article only); default: a hash of the text\n"
    "      --title TEXT      the headline\n"
    "      --base IRI        namespace for minted IRIs (default " NG_DEFAULT_BASE ")\n"
    "      --mentions MODE   ids (default): NIF phrases <article#char=b,e> with their entity;\n"
    "                        full: also offsets, anchor text and context; none: no mentions\n"
    "      --data DIR        gazetteers and rule tables (default: the installed data/)\n"
    "      --dump STAGE      print a stage as TSV instead of RDF: tokens, sentences, mentions\n"
    "  -h, --help            show this help\n"
    "\n"
    "An article (a file, standard input or a CSV row) must be UTF-8 text of at most 1 MiB.\n"
    "Exit status: 0 success, 1 usage error, 2 bad input or data table, 3 I/O or RDF error.\n";

typedef struct extract_opts {
  const char *output, *date, *url, *title, *data;
  ng_config cfg;
  bool dump;
  ng_dump_stage stage;
} extract_opts;

typedef struct run {
  const extract_opts *o;
  const ng_kb *kb;
  ng_writer *w;
  FILE *out;
  bool check_only;
} run;

static int usage_error(const char *fmt, const char *arg) { return cli_usage("extract", fmt, arg); }

enum { OPT_DATE = 256, OPT_URL, OPT_TITLE, OPT_BASE, OPT_DATA, OPT_MENTIONS, OPT_DUMP };

static int parse_options(extract_opts *o, int argc, char **argv) {
  static const struct option LONG[] = {
      {"output", required_argument, NULL, 'o'},     {"format", required_argument, NULL, 'f'},
      {"date", required_argument, NULL, OPT_DATE},   {"url", required_argument, NULL, OPT_URL},
      {"title", required_argument, NULL, OPT_TITLE}, {"base", required_argument, NULL, OPT_BASE},
      {"data", required_argument, NULL, OPT_DATA},   {"dump", required_argument, NULL, OPT_DUMP},
      {"mentions", required_argument, NULL, OPT_MENTIONS},
      {"help", no_argument, NULL, 'h'},             {NULL, 0, NULL, 0}};
  int c;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":o:f:h", LONG, NULL)) != -1) {
    switch (c) {
    case 'o': o->output = optarg; break;
    case 'f':
      if (!ng_format_parse(optarg, &o->cfg.format))
        return usage_error("unknown format '%s' (turtle, ntriples, nquads)", optarg);
      break;
    case OPT_DATE:
      if (!ng_date_is_valid(optarg))
        return usage_error("invalid --date '%s' (want YYYY-MM-DD)", optarg);
      o->date = optarg;
      break;
    case OPT_URL:
      if (!ng_iri_is_valid(optarg) || strchr(optarg, '#'))
        return usage_error("invalid --url '%s' (want an absolute IRI without '#')", optarg);
      o->url = optarg;
      break;
    case OPT_TITLE: o->title = optarg; break;
    case OPT_BASE:
      if (!ng_iri_is_valid(optarg))
        return usage_error("invalid --base '%s' (want an absolute IRI)", optarg);
      o->cfg.base = optarg;
      break;
    case OPT_DATA: o->data = optarg; break;
    case OPT_MENTIONS:
      if (!strcmp(optarg, "none")) o->cfg.mentions = NG_MENTIONS_NONE;
      else if (!strcmp(optarg, "ids")) o->cfg.mentions = NG_MENTIONS_IDS;
      else if (!strcmp(optarg, "full")) o->cfg.mentions = NG_MENTIONS_FULL;
      else return usage_error("unknown --mentions '%s' (none, ids, full)", optarg);
      break;
    case OPT_DUMP:
      if (!ng_dump_stage_parse(optarg, &o->stage))
        return usage_error("unknown --dump stage '%s' (tokens, sentences, mentions)", optarg);
      o->dump = true;
      break;
    case 'h': fputs(USAGE, stdout); return -1;
    case ':': return usage_error("option '%s' needs a value", argv[optind - 1]);
    default: return usage_error("unknown option '%s'", argv[optind - 1]);
    }
  }
  return EXIT_OK;
}

/* One article: checked in the first pass, extracted (or dumped) in the second. */
static ng_status on_article(const ng_article *a, void *payload) {
  run *r = payload;
  ng_article with_meta = *a;
  if (!with_meta.date)
    with_meta.date = r->o->date;
  if (!with_meta.title)
    with_meta.title = r->o->title;
  if (!with_meta.url)
    with_meta.url = r->o->url;
  if (r->check_only)
    return ng_article_check(&with_meta, &cli_diag);
  if (r->o->dump)
    return ng_dump(r->out, r->kb, &with_meta, r->o->stage, &cli_diag);
  return ng_extract(r->w, r->kb, &with_meta, &cli_diag);
}

static ng_status each_article(run *r, const char *path, char *stdin_text, size_t stdin_len) {
  if (cli_has_suffix(path, ".csv")) {
    FILE *fp = fopen(path, "rb");
    if (!fp) {
      cli_error("%s: cannot open", path);
      return NG_ERR_IO;
    }
    ng_status st = ng_corpus_csv_each(fp, path, on_article, r, &cli_diag);
    fclose(fp);
    return st;
  }
  char *text = stdin_text;
  size_t len = stdin_len;
  ng_status st = NG_OK;
  if (strcmp(path, "-") != 0 && (st = cli_read_file(path, NG_MAX_ARTICLE, &text, &len)) != NG_OK)
    return st;
  ng_article a = {.text = text, .len = len, .source = strcmp(path, "-") ? path : "<stdin>"};
  st = on_article(&a, r);
  if (text != stdin_text)
    free(text);
  return st;
}

static ng_status each_input(run *r, const cli_inputs *in, char *stdin_text, size_t stdin_len) {
  ng_status st = NG_OK;
  for (size_t i = 0; i < in->n && st == NG_OK; i++)
    st = each_article(r, in->paths[i], stdin_text, stdin_len);
  return st;
}

static ng_status extract_all(const extract_opts *o, const cli_inputs *in, const ng_kb *kb,
                             char *stdin_text, size_t stdin_len) {
  run r = {.o = o, .kb = kb, .check_only = true};
  ng_status st;
  if ((st = each_input(&r, in, stdin_text, stdin_len)) != NG_OK)
    return st;
  cli_output out;
  if ((st = cli_output_open(&out, o->output)) != NG_OK)
    return st;
  r.check_only = false;
  r.out = out.fp;
  if (!o->dump && (st = ng_writer_new(&r.w, out.fp, &o->cfg, &cli_diag)) != NG_OK) {
    cli_output_abort(&out);
    return st;
  }
  st = each_input(&r, in, stdin_text, stdin_len);
  if (st == NG_OK && r.w)
    st = ng_writer_finish(r.w, &cli_diag);
  ng_writer_free(r.w);
  if (st == NG_OK)
    st = cli_output_commit(&out);
  else
    cli_output_abort(&out);
  return st;
}

/* extract_all, with standard input read first when it is one of the inputs ("-" sorts first). */
static ng_status extract_inputs(const extract_opts *o, const cli_inputs *in, const ng_kb *kb) {
  char *stdin_text = NULL;
  size_t stdin_len = 0;
  ng_status st = NG_OK;
  if (in->n && !strcmp(in->paths[0], "-"))
    st = cli_read_file("-", NG_MAX_ARTICLE, &stdin_text, &stdin_len);
  if (st == NG_OK)
    st = extract_all(o, in, kb, stdin_text, stdin_len);
  free(stdin_text);
  return st;
}

/* Articles given to `load`: extracted as by `extract -f nquads`, with no other option. */
ng_status cli_extract_articles(char **args, size_t nargs, const ng_kb *kb, const char *output) {
  extract_opts o = {.output = output, .cfg = NG_CONFIG_INIT};
  o.cfg.format = NG_FORMAT_NQUADS;
  cli_inputs in;
  ng_status st = cli_inputs_collect(&in, args, nargs);
  if (st == NG_OK)
    st = extract_inputs(&o, &in, kb);
  cli_inputs_free(&in);
  return st;
}

int cmd_extract(int argc, char **argv) {
  extract_opts o = {.cfg = NG_CONFIG_INIT};
  int rc = parse_options(&o, argc, argv);
  if (rc)
    return rc < 0 ? EXIT_OK : rc;
  cli_inputs in;
  char *stdin_default[] = {"-"};
  bool no_args = optind >= argc;
  if (no_args && isatty(STDIN_FILENO))
    return usage_error("%s", "no input: give FILE, DIR, or - for standard input");
  ng_status st = no_args ? cli_inputs_collect(&in, stdin_default, 1)
                         : cli_inputs_collect(&in, argv + optind, (size_t)(argc - optind));
  if (st != NG_OK) {
    cli_inputs_free(&in);
    return cli_exit_code(st);
  }
  if (in.n == 0) {
    cli_inputs_free(&in);
    return usage_error("%s", "no *.txt or *.csv article in the given directories");
  }
  if (o.url && (in.n > 1 || cli_has_suffix(in.paths[0], ".csv"))) {
    cli_inputs_free(&in);
    return usage_error("%s", "--url names one article: give exactly one text input");
  }
  ng_kb *kb = NULL;
  st = ng_kb_load(&kb, cli_data_dir(o.data), &cli_diag);
  if (st == NG_OK)
    st = extract_inputs(&o, &in, kb);
  ng_kb_free(kb);
  cli_inputs_free(&in);
  return cli_exit_code(st);
}
