/* SPDX-License-Identifier: MIT */
/* store.c: `newsgraph load`, `query` and `export`: the persistent store (graph/store.c). */
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char LOAD_USAGE[] =
    "Usage: newsgraph load --store DIR [options] FILE...\n"
    "Add graphs (any syntax, e.g. the output of extract) to a persistent store. Articles\n"
    "(*.txt, *.csv, directories of them, - for standard input) are extracted first, as by\n"
    "'newsgraph extract' with no options (give --date and the like to extract instead). Each\n"
    "named graph (article) is kept as a file of its own; loading an article again replaces it,\n"
    "and the merged graph (see 'newsgraph merge') and its librdf index are rebuilt. A load\n"
    "that is killed leaves the store as it was before or after, never in between.\n"
    "\n"
    "Options:\n"
    "  -s, --store DIR       the store (created if needed)\n"
    "      --store-type T    librdf storage of the index: hashes (Berkeley DB, default), sqlite\n"
    "      --memory MB       sort memory before spilling to disk (default 256)\n"
    "      --data DIR        gazetteers and rule tables\n"
    "  -h, --help            show this help\n";

static const char QUERY_USAGE[] =
    "Usage: newsgraph query --store DIR ['SPARQL' | -q FILE.rq] [options]\n"
    "Run a SPARQL query on the store with rasqal. Supported: SELECT, ASK, CONSTRUCT, DESCRIBE,\n"
    "OPTIONAL, UNION, FILTER, GROUP BY, COUNT, HAVING, subqueries, BIND. Not supported by\n"
    "rasqal: property paths, EXISTS, MINUS (use Virtuoso, Jena or Oxigraph for full SPARQL 1.1).\n"
    "\n"
    "Options:\n"
    "  -s, --store DIR       the store\n"
    "  -q, --query-file FILE read the query from FILE\n"
    "  -r, --results FMT     table (default), csv, tsv, json, xml (W3C SPARQL result formats)\n"
    "  -f, --format FMT      CONSTRUCT/DESCRIBE output: turtle (default), ntriples, nquads\n"
    "      --store-type T    as for load, or memory: no index, merged.nq read for this query\n"
    "  -h, --help            show this help\n";

static const char EXPORT_USAGE[] =
    "Usage: newsgraph export --store DIR [-f nquads|turtle|ntriples] [-o FILE]\n"
    "Write the store's whole merged graph, e.g. for a bulk loader.\n";

enum { OPT_TYPE = 256, OPT_MEMORY, OPT_DATA };

static bool parse_memory(const char *arg, size_t *out) {
  char *end;
  long mb = strtol(arg, &end, 10);
  if (*end || mb < 1)
    return false;
  *out = (size_t)mb << 20;
  return true;
}

/* What `load` reads: the graphs named, and one temporary N-Quads file that holds the
 * articles named, extracted. */
typedef struct load_inputs {
  char **graphs, **articles;
  size_t ngraphs, narticles;
  char *extracted; /* the temporary file, removed by load_inputs_free */
} load_inputs;

static bool is_article(const char *arg) {
  struct stat sb;
  return !strcmp(arg, "-") || cli_has_suffix(arg, ".txt") || cli_has_suffix(arg, ".csv") ||
         (stat(arg, &sb) == 0 && S_ISDIR(sb.st_mode));
}

static ng_status extract_to_temp(load_inputs *in, const ng_kb *kb) {
  const char *tmpdir = getenv("TMPDIR");
  if (!tmpdir || !*tmpdir)
    tmpdir = "/tmp";
  size_t n = strlen(tmpdir) + 32;
  in->extracted = malloc(n);
  if (!in->extracted)
    abort();
  snprintf(in->extracted, n, "%s/newsgraph-load-XXXXXX.nq", tmpdir);
  int fd = mkstemps(in->extracted, 3);
  if (fd < 0) {
    cli_error("%s: cannot create: %s", in->extracted, strerror(errno));
    free(in->extracted);
    in->extracted = NULL;
    return NG_ERR_IO;
  }
  close(fd);
  ng_status st = cli_extract_articles(in->articles, in->narticles, kb, in->extracted);
  if (st == NG_OK)
    in->graphs[in->ngraphs++] = in->extracted;
  return st;
}

static ng_status split_inputs(load_inputs *in, char **args, size_t n, const ng_kb *kb) {
  in->graphs = calloc(n + 1, sizeof *in->graphs);
  in->articles = calloc(n, sizeof *in->articles);
  if (!in->graphs || !in->articles)
    abort();
  for (size_t i = 0; i < n; i++)
    if (is_article(args[i]))
      in->articles[in->narticles++] = args[i];
    else
      in->graphs[in->ngraphs++] = args[i];
  return in->narticles ? extract_to_temp(in, kb) : NG_OK;
}

static void load_inputs_free(load_inputs *in) {
  if (in->extracted)
    unlink(in->extracted);
  free(in->extracted);
  free(in->graphs);
  free(in->articles);
}

int cmd_load(int argc, char **argv) {
  static const struct option LONG[] = {
      {"store", required_argument, NULL, 's'}, {"store-type", required_argument, NULL, OPT_TYPE},
      {"memory", required_argument, NULL, OPT_MEMORY}, {"data", required_argument, NULL, OPT_DATA},
      {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
  ng_store_options opt = NG_STORE_OPTIONS_INIT;
  const char *dir = NULL, *data = NULL;
  int c;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":s:h", LONG, NULL)) != -1) {
    switch (c) {
    case 's': dir = optarg; break;
    case OPT_TYPE:
      if (strcmp(optarg, "hashes") && strcmp(optarg, "sqlite"))
        return cli_usage("load", "unknown --store-type '%s' (hashes, sqlite)", optarg);
      opt.type = optarg;
      break;
    case OPT_MEMORY:
      if (!parse_memory(optarg, &opt.memory))
        return cli_usage("load", "invalid --memory '%s' (megabytes)", optarg);
      break;
    case OPT_DATA: data = optarg; break;
    case 'h': fputs(LOAD_USAGE, stdout); return EXIT_OK;
    case ':': return cli_usage("load", "option '%s' needs a value", argv[optind - 1]);
    default: return cli_usage("load", "unknown option '%s'", argv[optind - 1]);
    }
  }
  if (!dir)
    return cli_usage("load", "%s", "--store DIR is required");
  if (optind >= argc)
    return cli_usage("load", "%s", "no input: give the graphs to load");
  ng_kb *kb = NULL;
  ng_status st = ng_kb_load(&kb, cli_data_dir(data), &cli_diag);
  load_inputs in = {0};
  if (st == NG_OK)
    st = split_inputs(&in, argv + optind, (size_t)(argc - optind), kb);
  if (st == NG_OK)
    st = ng_store_load(dir, (const char *const *)in.graphs, in.ngraphs, kb, &opt, &cli_diag);
  load_inputs_free(&in);
  ng_kb_free(kb);
  return cli_exit_code(st);
}

static bool parse_results(const char *arg, ng_results_format *out) {
  static const char *const NAMES[] = {"table", "csv", "tsv", "json", "xml"};
  for (size_t i = 0; i < sizeof NAMES / sizeof NAMES[0]; i++)
    if (!strcmp(arg, NAMES[i])) {
      *out = (ng_results_format)i;
      return true;
    }
  return false;
}

int cmd_query(int argc, char **argv) {
  static const struct option LONG[] = {
      {"store", required_argument, NULL, 's'},  {"query-file", required_argument, NULL, 'q'},
      {"results", required_argument, NULL, 'r'}, {"format", required_argument, NULL, 'f'},
      {"store-type", required_argument, NULL, OPT_TYPE}, {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0}};
  ng_store_options opt = NG_STORE_OPTIONS_INIT;
  ng_query_options q = {NG_RESULTS_TABLE, NG_FORMAT_TURTLE};
  const char *dir = NULL, *file = NULL;
  int c;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":s:q:r:f:h", LONG, NULL)) != -1) {
    switch (c) {
    case 's': dir = optarg; break;
    case 'q': file = optarg; break;
    case 'r':
      if (!parse_results(optarg, &q.results))
        return cli_usage("query", "unknown --results '%s' (table, csv, tsv, json, xml)", optarg);
      break;
    case 'f':
      if (!ng_format_parse(optarg, &q.graph_format))
        return cli_usage("query", "unknown format '%s' (turtle, ntriples, nquads)", optarg);
      break;
    case OPT_TYPE: opt.type = optarg; break;
    case 'h': fputs(QUERY_USAGE, stdout); return EXIT_OK;
    case ':': return cli_usage("query", "option '%s' needs a value", argv[optind - 1]);
    default: return cli_usage("query", "unknown option '%s'", argv[optind - 1]);
    }
  }
  if (!dir)
    return cli_usage("query", "%s", "--store DIR is required");
  if ((file != NULL) == (optind < argc) || argc - optind > 1)
    return cli_usage("query", "%s", "give one query: 'SPARQL' or -q FILE.rq");
  char *text = NULL;
  size_t len = 0;
  ng_status st = file ? cli_read_file(file, 1u << 20, &text, &len) : NG_OK;
  if (st == NG_OK)
    st = ng_store_query(dir, file ? text : argv[optind], &opt, &q, stdout, &cli_diag);
  free(text);
  if (st == NG_OK && (fflush(stdout) != 0 || ferror(stdout)))
    st = NG_ERR_IO;
  return cli_exit_code(st);
}

int cmd_export(int argc, char **argv) {
  static const struct option LONG[] = {{"store", required_argument, NULL, 's'},
                                       {"format", required_argument, NULL, 'f'},
                                       {"output", required_argument, NULL, 'o'},
                                       {"help", no_argument, NULL, 'h'},
                                       {NULL, 0, NULL, 0}};
  const char *dir = NULL, *output = NULL;
  ng_format fmt = NG_FORMAT_NQUADS;
  int c;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":s:f:o:h", LONG, NULL)) != -1) {
    switch (c) {
    case 's': dir = optarg; break;
    case 'o': output = optarg; break;
    case 'f':
      if (!ng_format_parse(optarg, &fmt))
        return cli_usage("export", "unknown format '%s' (nquads, turtle, ntriples)", optarg);
      break;
    case 'h': fputs(EXPORT_USAGE, stdout); return EXIT_OK;
    case ':': return cli_usage("export", "option '%s' needs a value", argv[optind - 1]);
    default: return cli_usage("export", "unknown option '%s'", argv[optind - 1]);
    }
  }
  if (!dir || optind < argc)
    return cli_usage("export", "%s", "usage: newsgraph export --store DIR [-f FORMAT] [-o FILE]");
  cli_output out;
  ng_status st = cli_output_open(&out, output);
  if (st == NG_OK) {
    st = ng_store_export(dir, fmt, out.fp, &cli_diag);
    if (st == NG_OK)
      st = cli_output_commit(&out);
    else
      cli_output_abort(&out);
  }
  return cli_exit_code(st);
}
