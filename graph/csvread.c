/* SPDX-License-Identifier: MIT */
/* csvread.c: the only file that includes <csv.h>. libcsv's callbacks return void, so errors
 * are parked in the reader context and checked after each chunk. The input is fed one line at a
 * time so that a record's line number is known when it completes. */
#include "csvread.h"
#include "text.h"

#include <csv.h>
#include <errno.h>
#include <stdlib.h>

struct reader {
  const char *path;
  size_t line;         /* line being fed */
  size_t record_line;  /* line where the current record started (0: none yet) */
  size_t record_bytes; /* bytes fed since the current record started */
  char **fields;
  size_t nfields, cap;
  ng_csv_record_fn fn;
  void *payload;
  ng_status st;
  const ng_diag *diag;
};

static void on_field(void *s, size_t len, void *data) {
  struct reader *r = data;
  if (r->st != NG_OK)
    return;
  if (r->record_line == 0)
    r->record_line = r->line;
  NG_GROW(r->fields, r->nfields, r->cap);
  r->fields[r->nfields++] = s ? ng_xstrndup(s, len) : ng_xstrdup("");
}

static void clear_fields(struct reader *r) {
  for (size_t i = 0; i < r->nfields; i++)
    free(r->fields[i]);
  r->nfields = 0;
}

static void on_record(int term, void *data) {
  struct reader *r = data;
  (void)term;
  if (r->st == NG_OK && r->nfields > 0)
    r->st = r->fn(r->fields, r->nfields, r->record_line ? r->record_line : r->line, r->payload);
  clear_fields(r);
  r->record_line = 0;
  r->record_bytes = 0;
}

static ng_status feed(struct reader *r, struct csv_parser *p, const char *chunk, size_t n,
                      size_t max_record) {
  size_t bad = ng_utf8_invalid_at(chunk, n);
  if (bad < n)
    return ng_diag_report(r->diag, NG_ERR_INPUT, "%s:%zu: invalid UTF-8 (byte %zu of the line)",
                          r->path, r->line, bad + 1);
  if (memchr(chunk, '\0', n))
    return ng_diag_report(r->diag, NG_ERR_INPUT, "%s:%zu: NUL byte (binary file?)", r->path,
                          r->line);
  r->record_bytes += n;
  if (r->record_bytes > max_record)
    return ng_diag_report(r->diag, NG_ERR_INPUT,
                          "%s:%zu: record longer than %zu bytes (an unclosed quote?)", r->path,
                          r->record_line ? r->record_line : r->line, max_record);
  if (csv_parse(p, chunk, n, on_field, on_record, r) != n && r->st == NG_OK)
    return ng_diag_report(r->diag, NG_ERR_INPUT, "%s:%zu: malformed CSV (%s)", r->path, r->line,
                          csv_strerror(csv_error(p)));
  return r->st;
}

ng_status ng_csv_each(FILE *fp, const char *path, size_t max_record, ng_csv_record_fn fn,
                      void *payload, const ng_diag *diag) {
  struct csv_parser p;
  if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
    return ng_diag_report(diag, NG_ERR_IO, "%s: cannot start the CSV parser", path);
  struct reader r = {.path = path, .line = 0, .fn = fn, .payload = payload, .diag = diag};
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  ng_status st = NG_OK;
  while (st == NG_OK && (n = getline(&line, &cap, fp)) > 0) {
    r.line++;
    st = feed(&r, &p, line, (size_t)n, max_record);
  }
  if (st == NG_OK && ferror(fp))
    st = ng_diag_report(diag, NG_ERR_IO, "%s: read error", path);
  if (st == NG_OK && csv_fini(&p, on_field, on_record, &r) != 0)
    st = ng_diag_report(diag, NG_ERR_INPUT, "%s:%zu: malformed CSV (unterminated quoted field)",
                        path, r.record_line ? r.record_line : r.line);
  if (st == NG_OK)
    st = r.st;
  clear_fields(&r);
  free(r.fields);
  free(line);
  csv_free(&p);
  return st;
}

/* ---- whole tables ---- */

struct ng_table {
  char *path;
  char **header;
  size_t ncols;
  char **cells; /* nrows * ncols */
  size_t *lines;
  size_t nrows, cap;
  const ng_colspec *spec;
  size_t nspec;
  const ng_diag *diag;
};

static ng_status check_header(ng_table *t, char **fields, size_t n, size_t line) {
  t->ncols = n;
  t->header = ng_xcalloc(n, sizeof(char *));
  for (size_t i = 0; i < n; i++) {
    for (size_t k = 0; k < i; k++)
      if (strcmp(fields[k], fields[i]) == 0)
        return ng_diag_report(t->diag, NG_ERR_DATA, "%s:%zu: column '%s' appears twice",
                              t->path, line, fields[i]);
    t->header[i] = ng_xstrdup(fields[i]);
  }
  for (size_t s = 0; s < t->nspec; s++)
    if (t->spec[s].required && ng_table_col(t, t->spec[s].name) < 0)
      return ng_diag_report(t->diag, NG_ERR_DATA, "%s:%zu: missing column '%s' in the header",
                            t->path, line, t->spec[s].name);
  return NG_OK;
}

static ng_status add_row(ng_table *t, char **fields, size_t n, size_t line) {
  if (n != t->ncols)
    return ng_diag_report(t->diag, NG_ERR_DATA, "%s:%zu: %zu fields, the header has %zu",
                          t->path, line, n, t->ncols);
  for (size_t s = 0; s < t->nspec; s++) {
    int c = ng_table_col(t, t->spec[s].name);
    if (t->spec[s].required && fields[c][0] == '\0')
      return ng_diag_report(t->diag, NG_ERR_DATA, "%s:%zu: empty value in required column '%s'",
                            t->path, line, t->spec[s].name);
  }
  if (t->nrows >= t->cap) {
    t->cap = t->cap ? t->cap * 2 : 64;
    t->cells = ng_xrealloc(t->cells, t->cap * t->ncols * sizeof(char *));
    t->lines = ng_xrealloc(t->lines, t->cap * sizeof(size_t));
  }
  for (size_t i = 0; i < n; i++) {
    t->cells[t->nrows * t->ncols + i] = fields[i];
    fields[i] = ng_xstrdup(""); /* the table took the field; the reader frees this one */
  }
  t->lines[t->nrows++] = line;
  return NG_OK;
}

static ng_status on_table_record(char **fields, size_t n, size_t line, void *payload) {
  ng_table *t = payload;
  return t->header ? add_row(t, fields, n, line) : check_header(t, fields, n, line);
}

ng_status ng_table_load(ng_table **out, const char *dir, const char *file, const ng_colspec *spec,
                        size_t nspec, const ng_diag *diag) {
  *out = NULL;
  ng_table *t = ng_xcalloc(1, sizeof *t);
  ng_buf path = NG_BUF_INIT;
  ng_buf_printf(&path, "%s/%s", dir, file);
  t->path = ng_xstrdup(ng_buf_cstr(&path));
  ng_buf_free(&path);
  t->spec = spec;
  t->nspec = nspec;
  t->diag = diag;
  FILE *fp = fopen(t->path, "rb");
  if (!fp) {
    ng_status st = ng_diag_report(diag, NG_ERR_DATA, "%s: cannot open: %s", t->path,
                                  strerror(errno));
    ng_table_free(t);
    return st;
  }
  ng_status st = ng_csv_each(fp, t->path, 1u << 20, on_table_record, t, diag);
  fclose(fp);
  if (st == NG_OK && !t->header)
    st = ng_diag_report(diag, NG_ERR_DATA, "%s:1: no header row", t->path);
  if (st != NG_OK) {
    ng_table_free(t);
    return st == NG_ERR_INPUT ? NG_ERR_DATA : st;
  }
  *out = t;
  return NG_OK;
}

void ng_table_free(ng_table *t) {
  if (!t)
    return;
  for (size_t i = 0; i < t->nrows * t->ncols; i++)
    free(t->cells[i]);
  for (size_t i = 0; t->header && i < t->ncols; i++)
    free(t->header[i]);
  free(t->header);
  free(t->cells);
  free(t->lines);
  free(t->path);
  free(t);
}

size_t ng_table_rows(const ng_table *t) { return t->nrows; }

int ng_table_col(const ng_table *t, const char *name) {
  for (size_t i = 0; i < t->ncols; i++)
    if (strcmp(t->header[i], name) == 0)
      return (int)i;
  return -1;
}

const char *ng_table_get(const ng_table *t, size_t row, int col) {
  return col < 0 ? "" : t->cells[row * t->ncols + (size_t)col];
}

size_t ng_table_line(const ng_table *t, size_t row) { return t->lines[row]; }
const char *ng_table_path(const ng_table *t) { return t->path; }
