/* SPDX-License-Identifier: MIT */
/* spill.c: a record is five 32-bit codes (subject, predicate, object, graph, a literal's
 * lexical form) in host order, then the bytes of each field the codes say are stored, with
 * its NUL, so that replay hands out pointers into one reused buffer. A code is a length, or
 * NONE (absent), SAME (the previous record's field: quads come grouped by subject, and every
 * quad of an article has its graph, so this leaves out about a third of the bytes, which
 * writing and reading back were most of a merge's reading threads) or LEXICAL (the text of
 * the object between its first two quotes, as for most literals). The file never outlives
 * the process (tmpfile), so host byte order is fine. */
#include "spill.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/types.h>
#include <unistd.h>

#define NFIELDS 5
#define NONE UINT32_MAX
#define SAME (UINT32_MAX - 1)
#define LEXICAL (UINT32_MAX - 2)
#define LONGEST (UINT32_MAX - 3) /* codes above are markers */
#define IO_BUFFER ((size_t)1 << 20)

enum { F_S, F_P, F_O, F_G, F_VALUE };

/* The fields a record may give as SAME: what the previous record had (owned copies). The
 * writer and each reader keep one; a mark starts the writer afresh, so that a range read from
 * a mark needs nothing before it. */
typedef struct previous {
  ng_buf s, g;
  bool s_set, g_set;
} previous;

struct ng_spill {
  FILE *fp;
  char *iobuf; /* stdio buffer: records are small, writes many */
  char *rec;   /* the record being read back */
  size_t reccap;
  ng_buf put;  /* the record being written: one fwrite a record, not one a field */
  previous last; /* of the records written */
  ng_spill_size size;
};

static void previous_free(previous *p) {
  ng_buf_free(&p->s);
  ng_buf_free(&p->g);
}

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
  previous_free(&s->last);
  ng_buf_free(&s->put);
  free(s->rec);
  free(s);
}

/* The code of a field that may be SAME, remembering it for the next record. */
static uint32_t code_same(ng_buf *last, bool *set, const char *field, size_t n) {
  if (*set && last->len == n && !memcmp(last->data, field, n))
    return SAME;
  ng_buf_clear(last);
  ng_buf_put(last, field, n);
  *set = true;
  return (uint32_t)n;
}

/* Is the lexical form v (n bytes) the text of the object o between its first two quotes? */
static bool is_lexical(const char *o, size_t olen, const char *v, size_t n) {
  return olen >= n + 2 && o[0] == '"' && o[n + 1] == '"' && !memcmp(o + 1, v, n) &&
         !memchr(v, '"', n);
}

ng_status ng_spill_put(ng_spill *s, const ng_quad *q, const ng_diag *diag) {
  const char *field[NFIELDS] = {q->s, q->p, q->o, q->g, q->o_value};
  size_t len[NFIELDS];
  uint32_t code[NFIELDS];
  for (int i = 0; i < NFIELDS; i++) {
    len[i] = field[i] ? strlen(field[i]) : 0;
    if (len[i] > LONGEST)
      return ng_diag_report(diag, NG_ERR_INPUT, "a term of %zu bytes is too long", len[i]);
    code[i] = field[i] ? (uint32_t)len[i] : NONE;
  }
  if (field[F_S])
    code[F_S] = code_same(&s->last.s, &s->last.s_set, field[F_S], len[F_S]);
  if (field[F_G])
    code[F_G] = code_same(&s->last.g, &s->last.g_set, field[F_G], len[F_G]);
  if (field[F_VALUE] && field[F_O] &&
      is_lexical(field[F_O], len[F_O], field[F_VALUE], len[F_VALUE]))
    code[F_VALUE] = LEXICAL;
  s->size.quads++;
  s->size.terms += len[F_S] + len[F_P] + len[F_O] + 3;
  s->size.graphs += field[F_G] ? len[F_G] + 1 : 0;
  ng_buf_clear(&s->put);
  ng_buf_put(&s->put, (const char *)code, sizeof code);
  for (int i = 0; i < NFIELDS; i++)
    if (code[i] <= LONGEST)
      ng_buf_put(&s->put, field[i], len[i] + 1);
  fwrite(s->put.data, 1, s->put.len, s->fp);
  if (ferror(s->fp))
    return ng_diag_report(diag, NG_ERR_IO, "cannot write a temporary file: %s", strerror(errno));
  return NG_OK;
}

ng_spill_size ng_spill_sizes(const ng_spill *s) { return s->size; }

/* Bytes of the strings of a record, from its codes. */
static size_t strings_size(const uint32_t code[NFIELDS]) {
  size_t total = 0;
  for (int i = 0; i < NFIELDS; i++)
    total += code[i] <= LONGEST ? (size_t)code[i] + 1 : 0;
  return total;
}

/* What a reader keeps across records: the fields SAME refers to, and a lexical form. */
typedef struct decoder {
  previous last;
  ng_buf value;
} decoder;

static void decoder_free(decoder *d) {
  previous_free(&d->last);
  ng_buf_free(&d->value);
}

/* A field that may be SAME: the previous one, or the stored one (kept for the next). */
static const char *field_same(ng_buf *last, bool *set, uint32_t code, const char *stored) {
  if (code == SAME)
    return *set ? ng_buf_cstr(last) : NULL;
  if (code == NONE)
    return NULL;
  ng_buf_clear(last);
  ng_buf_put(last, stored, code);
  *set = true;
  return stored;
}

/* The object's text between its first two quotes, into d->value. */
static const char *lexical_of(decoder *d, const char *o) {
  const char *end = o && o[0] == '"' ? strchr(o + 1, '"') : NULL;
  if (!end)
    return NULL;
  ng_buf_clear(&d->value);
  ng_buf_put(&d->value, o + 1, (size_t)(end - o - 1));
  return ng_buf_cstr(&d->value);
}

/* Markers only where ng_spill_put writes them. */
static bool codes_valid(const uint32_t code[NFIELDS]) {
  for (int i = 0; i < NFIELDS; i++) {
    bool same = i == F_S || i == F_G, lexical = i == F_VALUE;
    if ((code[i] == SAME && !same) || (code[i] == LEXICAL && !lexical))
      return false;
  }
  return true;
}

/* Point q into the strings of a record (and into d). False if the record is not one that
 * ng_spill_put wrote after what d has seen. */
static bool point_quad(decoder *d, const uint32_t code[NFIELDS], const char *at, ng_quad *q) {
  if (!codes_valid(code))
    return false;
  const char *stored[NFIELDS];
  for (int i = 0; i < NFIELDS; i++) {
    stored[i] = code[i] <= LONGEST ? at : NULL;
    at += code[i] <= LONGEST ? (size_t)code[i] + 1 : 0;
  }
  const char *s = field_same(&d->last.s, &d->last.s_set, code[F_S], stored[F_S]);
  const char *g = field_same(&d->last.g, &d->last.g_set, code[F_G], stored[F_G]);
  const char *v = code[F_VALUE] == LEXICAL ? lexical_of(d, stored[F_O]) : stored[F_VALUE];
  if ((code[F_S] == SAME && !s) || (code[F_G] == SAME && !g) || (code[F_VALUE] == LEXICAL && !v))
    return false;
  *q = (ng_quad){s, stored[F_P], stored[F_O], g, v};
  return true;
}

/* Read the next record into s->rec and point q into it. Returns false at the end. */
static bool read_record(ng_spill *s, decoder *d, ng_quad *q, bool *bad) {
  uint32_t len[NFIELDS];
  if (fread(len, sizeof len, 1, s->fp) != 1)
    return false;
  size_t total = strings_size(len);
  if (s->reccap < total) {
    s->reccap = total * 2;
    s->rec = ng_xrealloc(s->rec, s->reccap);
  }
  if (fread(s->rec, 1, total, s->fp) != total || !point_quad(d, len, s->rec, q)) {
    *bad = true;
    return false;
  }
  return true;
}

ng_status ng_spill_mark(ng_spill *s, uint64_t *out, const ng_diag *diag) {
  off_t at = fflush(s->fp) == 0 ? ftello(s->fp) : -1;
  if (at < 0)
    return ng_diag_report(diag, NG_ERR_IO, "cannot write a temporary file: %s", strerror(errno));
  *out = (uint64_t)at;
  s->last.s_set = s->last.g_set = false; /* a range read from here needs nothing before */
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
  decoder d = {0};
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
    if (!point_quad(&d, len, r.buf + r.at + sizeof len, &q)) {
      bad = true;
      break;
    }
    r.at += total;
    st = fn(&q, payload);
  }
  free(r.buf);
  decoder_free(&d);
  if (st == NG_OK && bad)
    st = ng_diag_report(diag, NG_ERR_IO, "cannot read a temporary file back");
  return st;
}

ng_status ng_spill_replay(ng_spill *s, ng_quad_fn fn, void *payload, const ng_diag *diag) {
  if (fflush(s->fp) != 0 || fseek(s->fp, 0, SEEK_SET) != 0)
    return ng_diag_report(diag, NG_ERR_IO, "cannot read a temporary file: %s", strerror(errno));
  ng_quad q;
  decoder d = {0};
  bool bad = false;
  ng_status st = NG_OK;
  while (st == NG_OK && read_record(s, &d, &q, &bad))
    st = fn(&q, payload);
  decoder_free(&d);
  if (st == NG_OK && (bad || ferror(s->fp)))
    st = ng_diag_report(diag, NG_ERR_IO, "cannot read a temporary file back");
  if (fseek(s->fp, 0, SEEK_END) != 0 && st == NG_OK) /* further puts append */
    st = ng_diag_report(diag, NG_ERR_IO, "cannot seek a temporary file: %s", strerror(errno));
  return st;
}
