/* SPDX-License-Identifier: MIT */
/* cli.h: what the subcommands of the newsgraph CLI share: exit codes, diagnostics on
 * stderr, atomic output files and input enumeration. */
#ifndef NG_CLI_H
#define NG_CLI_H
#include "newsgraph.h"
#include <stdio.h>

/* Exit codes (documented in --help and the README). */
enum { EXIT_OK = 0, EXIT_USAGE = 1, EXIT_INPUT = 2, EXIT_FAILURE_IO = 3 };
int cli_exit_code(ng_status st);

/* A diagnostics sink that prints "newsgraph: message" on stderr. */
extern const ng_diag cli_diag;
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* The data directory: --data, else $NEWSGRAPH_DATA, else the installed one, else the
 * source tree's. Borrowed. */
const char *cli_data_dir(const char *option);

/* Output to stdout, or to a file written atomically: a temporary file in the same
 * directory, renamed over the target only by cli_output_commit. */
typedef struct cli_output {
  FILE *fp;
  int fd; /* the temporary file's, for fsync */
  char *path, *tmp;
} cli_output;
ng_status cli_output_open(cli_output *o, const char *path);
ng_status cli_output_commit(cli_output *o);
void cli_output_abort(cli_output *o); /* removes the temporary file; idempotent */

/* Inputs: "-" (stdin), files and directories (walked recursively, *.txt and *.csv, hidden
 * entries skipped), de-duplicated and sorted so the order on the command line does not matter. */
typedef struct cli_inputs {
  char **paths;
  size_t n, cap;
} cli_inputs;
ng_status cli_inputs_collect(cli_inputs *in, char **args, size_t nargs);
void cli_inputs_free(cli_inputs *in);

/* Read a whole file ("-" is stdin) of at most max bytes. Caller frees *out. */
ng_status cli_read_file(const char *path, size_t max, char **out, size_t *len);
bool cli_has_suffix(const char *s, const char *suffix);

/* Print "newsgraph: message" and "Try 'newsgraph CMD --help'."; returns EXIT_USAGE. */
int cli_usage(const char *cmd, const char *fmt, const char *arg);

/* Extract articles (files, directories, "-") into one N-Quads file, written atomically. */
ng_status cli_extract_articles(char **args, size_t nargs, const ng_kb *kb, const char *output);

int cmd_extract(int argc, char **argv);
int cmd_merge(int argc, char **argv);
int cmd_load(int argc, char **argv);
int cmd_query(int argc, char **argv);
int cmd_export(int argc, char **argv);
#endif
