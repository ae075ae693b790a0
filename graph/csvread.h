/* SPDX-License-Identifier: MIT */
/* csvread.h: CSV files read with libcsv in strict mode, one record at a time, with the line
 * numbers libcsv does not track. Used for the tables of data/ and for CSV article corpora. */
#ifndef NG_CSVREAD_H
#define NG_CSVREAD_H
#include "util.h"

/* Called for each record. `fields[i]` are NUL-terminated, borrowed until the call returns.
 * `line` is the line where the record starts. A non-NG_OK return stops the reading. */
typedef ng_status (*ng_csv_record_fn)(char **fields, size_t nfields, size_t line, void *payload);

/* Read `fp` (named `path` in messages); records longer than `max_record` bytes are an error. */
ng_status ng_csv_each(FILE *fp, const char *path, size_t max_record, ng_csv_record_fn fn,
                      void *payload, const ng_diag *diag);

/* A whole table in memory, with columns looked up by header name. */
typedef struct ng_table ng_table;
typedef struct ng_colspec {
  const char *name;
  bool required; /* the header must have it and no row may leave it empty */
} ng_colspec;

/* Load `dir`/`file`. Columns not in `spec` are allowed and ignored.
 * Caller owns *out (ng_table_free); on failure *out is NULL and diag got "file:line: ...". */
ng_status ng_table_load(ng_table **out, const char *dir, const char *file, const ng_colspec *spec,
                        size_t nspec, const ng_diag *diag);
void ng_table_free(ng_table *t);
size_t ng_table_rows(const ng_table *t);
/* Column index by header name, or -1 when the file has no such column. */
int ng_table_col(const ng_table *t, const char *name);
/* Field text ("" for a missing column or an empty field). Borrowed until ng_table_free. */
const char *ng_table_get(const ng_table *t, size_t row, int col);
size_t ng_table_line(const ng_table *t, size_t row);
const char *ng_table_path(const ng_table *t);
#endif
