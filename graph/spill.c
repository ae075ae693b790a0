/* SPDX-License-Identifier: MIT */
/* spill.c: a record is five 32-bit lengths (subject, predicate, object, graph, a literal's
 * lexical form; NONE for an absent one) in host order, then each present string with its NUL,
 * so that replay hands out pointers into one reused buffer. The file never outlives the
 * process (tmpfile), so host byte order is fine. */
#include "spill.h"

#include <errno.h>
#include <stdlib.h>

#define NFIELDS 5
#define NONE UINT32_MAX
#define IO_BUFFER ((size_t)1 << 20)

struct ng_spill {
  FILE *fp;
  char *iobuf; /* stdio buffer: records are small, writes many */
  char *rec;   /* the record being read back */
  size_t reccap;
};

ng_status ng_spill_new(ng_spill **out, const ng_diag *diag) {
  *out = NULL;
  FILE *fp = tmpfile();
  if (!fp)
    return ng_diag_report(diag, NG_ERR_IO, "cannot create a temporary file: %s", strerror(errno));
  ng_spill *s = ng_xcalloc(1, sizeof *s);
  s->fp = fp;
  s->iobuf = ng_xmalloc(IO_BUFFER);
  setvbuf(fp, s->iobuf, _IOFBF, IO_BUFFER);
  *out = s;
  return NG_OK;
}

void ng_spill_free(ng_spill *s) {
  if (!s)
    return;
  fclose(s->fp); /* before its buffer goes */
  free(s->iobuf);
  free(s->rec);
  free(s);
}

ng_status ng_spill_put(ng_spill *s, const ng_quad *q, const ng_diag *diag) {
  const char *field[NFIELDS] = {q->s, q->p, q->o, q->g, q->o_value};
  uint32_t len[NFIELDS];
  for (int i = 0; i < NFIELDS; i++) {
    size_t n = field[i] ? strlen(field[i]) : 0;
    if (n >= NONE)
      return ng_diag_report(diag, NG_ERR_INPUT, "a term of %zu bytes is too long", n);
    len[i] = field[i] ? (uint32_t)n : NONE;
  }
  fwrite(len, sizeof len, 1, s->fp);
  for (int i = 0; i < NFIELDS; i++)
    if (field[i])
      fwrite(field[i], 1, len[i] + 1, s->fp);
  if (ferror(s->fp))
    return ng_diag_report(diag, NG_ERR_IO, "cannot write a temporary file: %s", strerror(errno));
  return NG_OK;
}

/* Read the next record into s->rec and point q into it. Returns false at the end. */
static bool read_record(ng_spill *s, ng_quad *q, bool *bad) {
  uint32_t len[NFIELDS];
  if (fread(len, sizeof len, 1, s->fp) != 1)
    return false;
  size_t total = 0;
  for (int i = 0; i < NFIELDS; i++)
    total += len[i] == NONE ? 0 : (size_t)len[i] + 1;
  if (s->reccap < total) {
    s->reccap = total * 2;
    s->rec = ng_xrealloc(s->rec, s->reccap);
  }
  if (fread(s->rec, 1, total, s->fp) != total) {
    *bad = true;
    return false;
  }
  const char *field[NFIELDS], *at = s->rec;
  for (int i = 0; i < NFIELDS; i++) {
    field[i] = len[i] == NONE ? NULL : at;
    at += len[i] == NONE ? 0 : (size_t)len[i] + 1;
  }
  *q = (ng_quad){field[0], field[1], field[2], field[3], field[4]};
  return true;
}

ng_status ng_spill_replay(ng_spill *s, ng_quad_fn fn, void *payload, const ng_diag *diag) {
  if (fflush(s->fp) != 0 || fseek(s->fp, 0, SEEK_SET) != 0)
    return ng_diag_report(diag, NG_ERR_IO, "cannot read a temporary file: %s", strerror(errno));
  ng_quad q;
  bool bad = false;
  ng_status st = NG_OK;
  while (st == NG_OK && read_record(s, &q, &bad))
    st = fn(&q, payload);
  if (st == NG_OK && (bad || ferror(s->fp)))
    st = ng_diag_report(diag, NG_ERR_IO, "cannot read a temporary file back");
  if (fseek(s->fp, 0, SEEK_END) != 0 && st == NG_OK) /* further puts append */
    st = ng_diag_report(diag, NG_ERR_IO, "cannot seek a temporary file: %s", strerror(errno));
  return st;
}
