/* SPDX-License-Identifier: MIT */
/* main.c: the newsgraph command line. Dispatches to a subcommand; each one parses its own
 * options, prints its own diagnostics and returns an exit code (see cli.h). */
#include "cli.h"

#include <string.h>

static const char USAGE[] =
    "Usage: newsgraph COMMAND [options] [ARGS]\n"
    "Turn English news articles into an RDF knowledge graph.\n"
    "\n"
    "Commands:\n"
    "  extract   articles (text files, directories, CSV corpora) -> RDF\n"
    "  merge     graphs -> one graph, with people, tenures and events linked across stories\n"
    "  load      graphs -> a persistent store (merged, indexed with librdf)\n"
    "  query     SPARQL on a store\n"
    "  export    a store's whole graph, for a bulk loader\n"
    "\n"
    "Run 'newsgraph COMMAND --help' for a command's options.\n"
    "  -h, --help       show this help\n"
    "  -V, --version    show the version\n"
    "\n"
    "Exit status: 0 success, 1 usage error, 2 bad input or data table, 3 I/O or RDF error.\n";

static const struct {
  const char *name;
  int (*run)(int argc, char **argv);
} COMMANDS[] = {
    {"extract", cmd_extract},
    {"merge", cmd_merge},
    {"load", cmd_load},
    {"query", cmd_query},
    {"export", cmd_export},
};

int main(int argc, char **argv) {
  if (argc < 2) {
    fputs(USAGE, stderr);
    return EXIT_USAGE;
  }
  if (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help")) {
    fputs(USAGE, stdout);
    return EXIT_OK;
  }
  if (!strcmp(argv[1], "-V") || !strcmp(argv[1], "--version")) {
    printf("newsgraph %s\n", NG_VERSION);
    return EXIT_OK;
  }
  for (size_t i = 0; i < sizeof COMMANDS / sizeof COMMANDS[0]; i++)
    if (!strcmp(argv[1], COMMANDS[i].name))
      return COMMANDS[i].run(argc - 1, argv + 1);
  cli_error("unknown command '%s'", argv[1]);
  fputs("Try 'newsgraph --help'.\n", stderr);
  return EXIT_USAGE;
}
