/* SPDX-License-Identifier: MIT */
/* rdf_in.c: raptor2's parsers behind a small callback interface, for merge and load. One
 * reader keeps one raptor world and one iostream for all its files: both are costly to make,
 * and merge and load read thousands of files. Terms are written by raptor's own N-Triples
 * writer into one reused buffer, so a statement costs no allocation of ours; the written form
 * of recent IRIs is remembered, as raptor writes byte by byte and most IRIs recur (predicates,
 * classes, the graph, the people of an article). */
#include "rdf_in.h"
#include "text.h"
#include "vocab.h"

#include <errno.h>
#include <raptor2.h>
#include <stdlib.h>

const char *ng_rdf_syntax_for(const char *path) {
  static const struct {
    const char *ext, *syntax;
  } BY_EXT[] = {{".nq", "nquads"},  {".nt", "ntriples"}, {".ttl", "turtle"},
                {".trig", "trig"},  {".rdf", "rdfxml"},  {".owl", "rdfxml"},
                {".xml", "rdfxml"}, {".n3", "turtle"}};
  size_t n = strlen(path);
  for (size_t i = 0; i < NG_COUNTOF(BY_EXT); i++) {
    size_t k = strlen(BY_EXT[i].ext);
    if (n >= k && !strcmp(path + n - k, BY_EXT[i].ext))
      return BY_EXT[i].syntax;
  }
  return NULL;
}

#define MEMO_SIZE 1024 /* a power of two */

/* An IRI as raptor gives it, then as raptor writes it in N-Triples. */
struct memo {
  char *bytes; /* raw, then written */
  size_t raw, written;
};

struct ng_rdf_reader {
  raptor_world *world;
  struct memo memo[MEMO_SIZE];
  raptor_iostream *terms_out; /* writes into `terms` */
  ng_buf terms;               /* the current statement's terms, NUL-separated */
  /* the file being read */
  ng_quad_fn fn;
  void *payload;
  ng_status st;
  const char *path;
  char *error;
  char skolem[64]; /* prefix for this file's blank nodes; "" until the first one */
  const ng_diag *diag;
};

/* raptor writes most of a term byte by byte: the common case must not call out */
static int put_byte(void *data, const int byte) {
  ng_buf *b = data;
  if (b->len + 2 > b->cap)
    ng_buf_putc(b, (char)byte);
  else
    b->data[b->len++] = (char)byte, b->data[b->len] = '\0';
  return 0;
}

static int put_bytes(void *data, const void *ptr, size_t size, size_t nmemb) {
  ng_buf_put(data, ptr, size * nmemb);
  return (int)nmemb;
}

static const raptor_iostream_handler TO_BUF = {.version = 2, .write_byte = put_byte,
                                               .write_bytes = put_bytes};

static void on_log(void *data, raptor_log_message *msg) {
  ng_rdf_reader *r = data;
  if (msg->level >= RAPTOR_LOG_LEVEL_ERROR && !r->error) {
    char buf[512];
    int line = msg->locator ? raptor_locator_line(msg->locator) : -1;
    snprintf(buf, sizeof buf, "%s:%d: %s", r->path, line, msg->text ? msg->text : "parse error");
    r->error = ng_xstrdup(buf);
  }
}

ng_rdf_reader *ng_rdf_reader_new(void) {
  ng_rdf_reader *r = ng_xcalloc(1, sizeof *r);
  r->world = raptor_new_world();
  /* interning keeps every URI in a tree that each new term searches: slower, no gain here */
  raptor_world_set_flag(r->world, RAPTOR_WORLD_FLAG_URI_INTERNING, 0);
  raptor_world_open(r->world);
  raptor_world_set_log_handler(r->world, r, on_log);
  r->terms_out = raptor_new_iostream_from_handler(r->world, &r->terms, &TO_BUF);
  return r;
}

void ng_rdf_reader_free(ng_rdf_reader *r) {
  if (!r)
    return;
  raptor_free_iostream(r->terms_out);
  raptor_free_world(r->world);
  for (size_t i = 0; i < MEMO_SIZE; i++)
    free(r->memo[i].bytes);
  ng_buf_free(&r->terms);
  free(r);
}

/* Blank node labels are unique per file content, not per file name or position. Hashed when
 * the first blank node shows up: most graphs have none, and hashing reads the whole file. */
static bool skolem_prefix(ng_rdf_reader *r) {
  uint64_t h;
  if (r->skolem[0])
    return true;
  if (!ng_file_hash(r->path, &h)) {
    r->st = ng_diag_report(r->diag, NG_ERR_IO, "%s: cannot open: %s", r->path, strerror(errno));
    return false;
  }
  snprintf(r->skolem, sizeof r->skolem, "%016llx", (unsigned long long)h);
  return true;
}

/* Append raptor's N-Triples form of an IRI term, from the memo when it was written lately. */
static void put_iri(ng_rdf_reader *r, raptor_term *t) {
  size_t len;
  const unsigned char *raw = raptor_uri_as_counted_string(t->value.uri, &len);
  struct memo *e = &r->memo[ng_hash_fast(raw, len) & (MEMO_SIZE - 1)];
  if (e->bytes && e->raw == len && !memcmp(e->bytes, raw, len)) {
    ng_buf_put(&r->terms, e->bytes + len, e->written);
    return;
  }
  size_t at = r->terms.len;
  raptor_term_escaped_write(t, 0, r->terms_out);
  e->raw = len, e->written = r->terms.len - at;
  e->bytes = ng_xrealloc(e->bytes, e->raw + e->written);
  memcpy(e->bytes, raw, len);
  memcpy(e->bytes + len, r->terms.data + at, e->written);
}

/* Append the N-Triples form of a term (and a NUL) to r->terms; blank nodes become skolem
 * IRIs. Returns its offset, or (size_t)-1 for no term. */
static size_t put_term(ng_rdf_reader *r, raptor_term *t) {
  if (!t)
    return (size_t)-1;
  size_t at = r->terms.len;
  if (t->type == RAPTOR_TERM_TYPE_BLANK) {
    if (!skolem_prefix(r))
      return (size_t)-1;
    ng_buf_printf(&r->terms, "<%s.well-known/genid/%s-", NG_DEFAULT_BASE, r->skolem);
    ng_percent_encode(&r->terms, (const char *)t->value.blank.string, t->value.blank.string_len);
    ng_buf_putc(&r->terms, '>');
  } else if (t->type == RAPTOR_TERM_TYPE_URI) {
    put_iri(r, t);
  } else { /* N-Triples escapes: a literal may hold a newline (a quotation across lines) */
    raptor_term_escaped_write(t, RAPTOR_ESCAPED_WRITE_NTRIPLES_LITERAL, r->terms_out);
  }
  ng_buf_putc(&r->terms, '\0');
  return at;
}

static void on_statement(void *data, raptor_statement *st) {
  ng_rdf_reader *r = data;
  if (r->st != NG_OK)
    return;
  ng_buf_clear(&r->terms);
  size_t s = put_term(r, st->subject), p = put_term(r, st->predicate),
         o = put_term(r, st->object), g = put_term(r, st->graph);
  if (r->st != NG_OK)
    return;
  const char *t = r->terms.data;
  ng_quad q = {t + s, t + p, t + o, g == (size_t)-1 ? NULL : t + g, NULL};
  if (st->object->type == RAPTOR_TERM_TYPE_LITERAL)
    q.o_value = (const char *)st->object->value.literal.string;
  r->st = r->fn(&q, r->payload);
}

ng_status ng_rdf_reader_read(ng_rdf_reader *r, const char *path, const char *syntax,
                             ng_quad_fn fn, void *payload, const ng_diag *diag) {
  FILE *fp = fopen(path, "rb");
  if (!fp)
    return ng_diag_report(diag, NG_ERR_IO, "%s: cannot open: %s", path, strerror(errno));
  r->fn = fn, r->payload = payload, r->st = NG_OK, r->path = path, r->diag = diag;
  r->skolem[0] = '\0';
  if (!syntax)
    syntax = ng_rdf_syntax_for(path);
  raptor_parser *parser = raptor_new_parser(r->world, syntax ? syntax : "guess");
  unsigned char *cwd = raptor_uri_filename_to_uri_string(path);
  raptor_uri *base = raptor_new_uri(r->world, cwd);
  raptor_parser_set_statement_handler(parser, r, on_statement);
  int rc = raptor_parser_parse_file_stream(parser, fp, path, base);
  raptor_free_uri(base);
  raptor_free_memory(cwd);
  raptor_free_parser(parser);
  fclose(fp);
  if (r->st == NG_OK && (rc || r->error))
    r->st = ng_diag_report(diag, NG_ERR_INPUT, "%s", r->error ? r->error : "cannot parse");
  free(r->error);
  r->error = NULL;
  return r->st;
}

ng_status ng_rdf_read(const char *path, const char *syntax, ng_quad_fn fn, void *payload,
                      const ng_diag *diag) {
  ng_rdf_reader *r = ng_rdf_reader_new();
  ng_status st = ng_rdf_reader_read(r, path, syntax, fn, payload, diag);
  ng_rdf_reader_free(r);
  return st;
}
