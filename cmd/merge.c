/* SPDX-License-Identifier: MIT */
/* merge.c: `newsgraph merge`: graphs in any syntax -> one de-duplicated, linked graph. */
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char USAGE[] =
    "Usage: newsgraph merge [options] FILE...\n"
    "Merge graphs (Turtle, N-Triples, N-Quads, TriG, RDF/XML, by file extension) into one:\n"
    "duplicates removed (per named graph), the same person linked across stories (owl:sameAs\n"
    "from merged-away IRIs), tenures and events reported by several articles made one, each\n"
    "with every source article (prov:wasDerivedFrom) and ng:supportCount. The result depends\n"
    "only on the set of inputs: merging in shards and merging the shards gives the same bytes.\n"
    "\n"
    "Options:\n"
    "  -o, --output FILE     write to FILE (atomically) instead of standard output\n"
    "  -f, --format FORMAT   nquads (default: keeps each article's named graph), ntriples, turtle\n"
    "      --base IRI        namespace of minted IRIs (default " NG_DEFAULT_BASE ")\n"
    "      --memory MB       memory for sorting before spilling to disk (default 256)\n"
    "      --data DIR        gazetteers and rule tables (event classes, name variants)\n"
    "  -h, --help            show this help\n"
    "\n"
    "Exit status: 0 success, 1 usage error, 2 bad input or data table, 3 I/O or RDF error.\n";

enum { OPT_BASE = 256, OPT_MEMORY, OPT_DATA };

int cmd_merge(int argc, char **argv) {
  static const struct option LONG[] = {
      {"output", required_argument, NULL, 'o'}, {"format", required_argument, NULL, 'f'},
      {"base", required_argument, NULL, OPT_BASE}, {"memory", required_argument, NULL, OPT_MEMORY},
      {"data", required_argument, NULL, OPT_DATA}, {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0}};
  ng_merge_options opt = NG_MERGE_OPTIONS_INIT;
  const char *output = NULL, *data = NULL;
  int c;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":o:f:h", LONG, NULL)) != -1) {
    switch (c) {
    case 'o': output = optarg; break;
    case 'f':
      if (!ng_format_parse(optarg, &opt.format))
        return cli_usage("merge", "unknown format '%s' (nquads, ntriples, turtle)", optarg);
      break;
    case OPT_BASE:
      if (!ng_iri_is_valid(optarg))
        return cli_usage("merge", "invalid --base '%s' (want an absolute IRI)", optarg);
      opt.base = optarg;
      break;
    case OPT_MEMORY: {
      char *end;
      long mb = strtol(optarg, &end, 10);
      if (*end || mb < 1)
        return cli_usage("merge", "invalid --memory '%s' (megabytes, at least 1)", optarg);
      opt.memory = (size_t)mb << 20;
      break;
    }
    case OPT_DATA: data = optarg; break;
    case 'h': fputs(USAGE, stdout); return EXIT_OK;
    case ':': return cli_usage("merge", "option '%s' needs a value", argv[optind - 1]);
    default: return cli_usage("merge", "unknown option '%s'", argv[optind - 1]);
    }
  }
  if (optind >= argc)
    return cli_usage("merge", "%s", "no input: give the graphs to merge");
  for (int i = optind; i < argc; i++) {
    struct stat sb;
    if (stat(argv[i], &sb) != 0 || !S_ISREG(sb.st_mode)) {
      cli_error("%s: not a readable file", argv[i]);
      return EXIT_FAILURE_IO;
    }
  }
  ng_kb *kb = NULL;
  ng_status st = ng_kb_load(&kb, cli_data_dir(data), &cli_diag);
  cli_output out;
  if (st == NG_OK && (st = cli_output_open(&out, output)) == NG_OK) {
    st = ng_merge(out.fp, (const char *const *)argv + optind, (size_t)(argc - optind), kb, &opt,
                  &cli_diag);
    if (st == NG_OK)
      st = cli_output_commit(&out);
    else
      cli_output_abort(&out);
  }
  ng_kb_free(kb);
  return cli_exit_code(st);
}
