/* SPDX-License-Identifier: MIT */
/* rdf_in.c: raptor2's parsers behind a small callback interface, for merge and load. */
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

struct reader {
  raptor_world *world;
  ng_quad_fn fn;
  void *payload;
  ng_status st;
  const char *path;
  char *error;
  char skolem[64]; /* prefix for this file's blank nodes */
  const ng_diag *diag;
};

static void on_log(void *data, raptor_log_message *msg) {
  struct reader *r = data;
  if (msg->level >= RAPTOR_LOG_LEVEL_ERROR && !r->error) {
    char buf[512];
    int line = msg->locator ? raptor_locator_line(msg->locator) : -1;
    snprintf(buf, sizeof buf, "%s:%d: %s", r->path, line, msg->text ? msg->text : "parse error");
    r->error = ng_xstrdup(buf);
  }
}

/* The N-Triples form of a term; blank nodes become skolem IRIs. Caller frees. */
static char *term_string(struct reader *r, raptor_term *t) {
  if (!t)
    return NULL;
  if (t->type == RAPTOR_TERM_TYPE_BLANK) {
    ng_buf b = NG_BUF_INIT;
    ng_buf_printf(&b, "<%s.well-known/genid/%s-", NG_DEFAULT_BASE, r->skolem);
    ng_percent_encode(&b, (const char *)t->value.blank.string, t->value.blank.string_len);
    ng_buf_putc(&b, '>');
    return b.data;
  }
  /* raptor_term_to_counted_string leaves newlines in literals raw: write with N-Triples
   * escapes instead */
  void *s = NULL;
  size_t len = 0;
  raptor_iostream *out = raptor_new_iostream_to_string(r->world, &s, &len, NULL);
  raptor_term_escaped_write(t, RAPTOR_ESCAPED_WRITE_NTRIPLES_LITERAL, out);
  raptor_free_iostream(out); /* completes s */
  char *copy = ng_xstrndup(s ? (const char *)s : "", len);
  raptor_free_memory(s);
  return copy;
}

static void on_statement(void *data, raptor_statement *st) {
  struct reader *r = data;
  if (r->st != NG_OK)
    return;
  char *s = term_string(r, st->subject), *p = term_string(r, st->predicate),
       *o = term_string(r, st->object), *g = term_string(r, st->graph);
  raptor_term *obj = st->object;
  ng_quad q = {s, p, o, g, NULL, NULL, NULL};
  char *s_iri = NULL, *o_iri = NULL;
  if (obj->type == RAPTOR_TERM_TYPE_LITERAL)
    q.o_value = (const char *)obj->value.literal.string;
  if (s[0] == '<')
    q.s_iri = s_iri = ng_xstrndup(s + 1, strlen(s) - 2);
  if (o[0] == '<')
    q.o_iri = o_iri = ng_xstrndup(o + 1, strlen(o) - 2);
  r->st = r->fn(&q, r->payload);
  free(s), free(p), free(o), free(g), free(s_iri), free(o_iri);
}

/* Blank node labels are unique per file content, not per file name or position. */
static ng_status content_hash(const char *path, char out[64], const ng_diag *diag) {
  uint64_t h;
  if (!ng_file_hash(path, &h))
    return ng_diag_report(diag, NG_ERR_IO, "%s: cannot open: %s", path, strerror(errno));
  snprintf(out, 64, "%016llx", (unsigned long long)h);
  return NG_OK;
}

ng_status ng_rdf_read(const char *path, const char *syntax, ng_quad_fn fn, void *payload,
                      const ng_diag *diag) {
  struct reader r = {.fn = fn, .payload = payload, .path = path, .diag = diag};
  ng_status st;
  NG_TRY(st, content_hash(path, r.skolem, diag));
  FILE *fp = fopen(path, "rb");
  if (!fp)
    return ng_diag_report(diag, NG_ERR_IO, "%s: cannot open: %s", path, strerror(errno));
  r.world = raptor_new_world();
  raptor_world_open(r.world);
  raptor_world_set_log_handler(r.world, &r, on_log);
  if (!syntax)
    syntax = ng_rdf_syntax_for(path);
  raptor_parser *parser = raptor_new_parser(r.world, syntax ? syntax : "guess");
  unsigned char *cwd = raptor_uri_filename_to_uri_string(path);
  raptor_uri *base = raptor_new_uri(r.world, cwd);
  raptor_parser_set_statement_handler(parser, &r, on_statement);
  int rc = raptor_parser_parse_file_stream(parser, fp, path, base);
  raptor_free_uri(base);
  raptor_free_memory(cwd);
  raptor_free_parser(parser);
  raptor_free_world(r.world);
  fclose(fp);
  if (r.st == NG_OK && (rc || r.error))
    r.st = ng_diag_report(diag, NG_ERR_INPUT, "%s", r.error ? r.error : "cannot parse");
  free(r.error);
  return r.st;
}
