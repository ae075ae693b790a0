/* SPDX-License-Identifier: MIT */
/* spill.c: a record is five 32-bit lengths (subject, predicate, object, graph, a literal's
 * lexical form; NONE for an absent one) in host order, then each present string with its NUL,
 * so that replay hands out pointers into one reused buffer. The file never outlives the
 * process (tmpfile), so host byte order is fine. */
#include "spill.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/types.h>
#include <unistd.h>

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

/* Bytes of the strings of a record, from its lengths. */
static size_t strings_size(const uint32_t len[NFIELDS]) {
  size_t total = 0;
  for (int i = 0; i < NFIELDS; i++)
    total += len[i] == NONE ? 0 : (size_t)len[i] + 1;
  return total;
}

/* Point q into the strings of a record. */
static void point_quad(const uint32_t len[NFIELDS], const char *at, ng_quad *q) {
  const char *field[NFIELDS];
  for (int i = 0; i < NFIELDS; i++) {
    field[i] = len[i] == NONE ? NULL : at;
    at += len[i] == NONE ? 0 : (size_t)len[i] + 1;
  }
  *q = (ng_quad){field[0], field[1], field[2], field[3], field[4]};
}

/* Read the next record into s->rec and point q into it. Returns false at the end. */
static bool read_record(ng_spill *s, ng_quad *q, bool *bad) {
  uint32_t len[NFIELDS];
  if (fread(len, sizeof len, 1, s->fp) != 1)
    return false;
  size_t total = strings_size(len);
  if (s->reccap < total) {
    s->reccap = total * 2;
    s->rec = ng_xrealloc(s->rec, s->reccap);
  }
  if (fread(s->rec, 1, total, s->fp) != total) {
    *bad = true;
    return false;
  }
  point_quad(len, s->rec, q);
  return true;
}

ng_status ng_spill_mark(ng_spill *s, uint64_t *out, const ng_diag *diag) {
  off_t at = fflush(s->fp) == 0 ? ftello(s->fp) : -1;
  if (at < 0)
    return ng_diag_report(diag, NG_ERR_IO, "cannot write a temporary file: %s", strerror(errno));
  *out = (uint64_t)at;
  return NG_OK;
}

/* Reading a range of the file with pread: bytes [at, have) of buf are read, not yet used. */
struct range {
  int fd;
  uint64_t pos, end; /* the next byte to read, and where the range ends */
  char *buf;
  size_t cap, at, have;
};

/* Make n bytes available at buf + at; false when the range ends first or reading fails. */
static bool range_fill(struct range *r, size_t n) {
  if (r->have - r->at >= n)
    return true;
  if (r->at) { /* keep the unused bytes, at the front */
    memmove(r->buf, r->buf + r->at, r->have - r->at);
    r->have -= r->at, r->at = 0;
  }
  if (r->cap < n) {
    r->cap = n > IO_BUFFER ? n : IO_BUFFER;
    r->buf = ng_xrealloc(r->buf, r->cap);
  }
  while (r->have < n) {
    size_t want = r->cap - r->have;
    if (want > r->end - r->pos)
      want = (size_t)(r->end - r->pos);
    ssize_t got = want ? pread(r->fd, r->buf + r->have, want, (off_t)r->pos) : 0;
    if (got <= 0)
      return false;
    r->have += (size_t)got, r->pos += (uint64_t)got;
  }
  return true;
}

ng_status ng_spill_replay_range(const ng_spill *s, uint64_t from, uint64_t to, ng_quad_fn fn,
                                void *payload, const ng_diag *diag) {
  struct range r = {.fd = fileno(s->fp), .pos = from, .end = to};
  ng_status st = NG_OK;
  bool bad = false;
  while (st == NG_OK && (r.pos < r.end || r.at < r.have)) {
    uint32_t len[NFIELDS];
    if (!range_fill(&r, sizeof len)) {
      bad = true;
      break;
    }
    memcpy(len, r.buf + r.at, sizeof len);
    size_t total = sizeof len + strings_size(len);
    if (!range_fill(&r, total)) {
      bad = true;
      break;
    }
    ng_quad q;
    point_quad(len, r.buf + r.at + sizeof len, &q);
    r.at += total;
    st = fn(&q, payload);
  }
  free(r.buf);
  if (st == NG_OK && bad)
    st = ng_diag_report(diag, NG_ERR_IO, "cannot read a temporary file back");
  return st;
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
