/* SPDX-License-Identifier: MIT */
/* rdf_out.c: the only file that talks to raptor2. Every serialization goes through raptor's
 * serializers (escaping is theirs, not ours). Turtle gets a serializer per article, because
 * raptor's Turtle writer holds its whole graph until the end; N-Triples and N-Quads stream
 * through one serializer. Triples are sorted and de-duplicated first, so the output does not
 * depend on the order the extractor found things in. */
#include "rdf_out.h"
#include "rdf_in.h"
#include "vocab.h"

#include <errno.h>
#include <raptor2.h>
#include <stdlib.h>

/* A serializer and the stream it writes to. */
typedef struct output {
  raptor_serializer *ser;
  raptor_iostream *io;
} output;

struct ng_writer {
  raptor_world *world;
  output stream; /* N-Triples / N-Quads: one for the whole run */
  FILE *fp;
  ng_config cfg;
  char *base;
  char *error; /* the first message raptor logged */
};

/* raptor's Turtle writer logs "Illegal value for xsd:boolean literal." when it cannot write a
 * typed literal in short form ("x"^^xsd:boolean), then writes it in full: an ill-typed literal
 * is legal RDF and loses nothing, so that message is no failure. */
static bool is_short_form_refusal(const raptor_log_message *msg) {
  return msg->text && !strncmp(msg->text, "Illegal value for xsd:", 22);
}

static void on_raptor_log(void *data, raptor_log_message *msg) {
  ng_writer *w = data;
  if (msg->level >= RAPTOR_LOG_LEVEL_ERROR && !w->error && !is_short_form_refusal(msg))
    w->error = ng_xstrdup(msg->text ? msg->text : "unknown raptor error");
}

static const char *syntax_name(ng_format f) {
  return f == NG_FORMAT_TURTLE ? "turtle" : f == NG_FORMAT_NTRIPLES ? "ntriples" : "nquads";
}

static ng_status check_error(ng_writer *w, const ng_diag *diag) {
  if (w->error) {
    ng_status st = ng_diag_report(diag, NG_ERR_RDF, "raptor: %s", w->error);
    free(w->error);
    w->error = NULL;
    return st;
  }
  if (ferror(w->fp))
    return ng_diag_report(diag, NG_ERR_IO, "write error: %s", strerror(errno));
  return NG_OK;
}

static void set_prefix(ng_writer *w, raptor_serializer *ser, const char *prefix, const char *ns) {
  raptor_uri *u = raptor_new_uri(w->world, (const unsigned char *)ns);
  raptor_serializer_set_namespace(ser, u, (const unsigned char *)prefix);
  raptor_free_uri(u);
}

/* Raptor writes N-Triples a byte at a time: through putc_unlocked, not the fputc of its own
 * file streams, which takes the FILE's lock for every byte (40% of extracting). The writer is
 * used by one thread at a time. */
static int put_byte(void *fp, const int byte) { return putc_unlocked(byte, (FILE *)fp) == EOF; }

static int put_bytes(void *fp, const void *ptr, size_t size, size_t nmemb) {
  return (int)fwrite(ptr, size, nmemb, (FILE *)fp);
}

static const raptor_iostream_handler TO_FILE = {.version = 2, .write_byte = put_byte,
                                                 .write_bytes = put_bytes};

static void close_output(output *o) {
  if (o->ser) {
    raptor_serializer_serialize_end(o->ser);
    raptor_free_serializer(o->ser);
  }
  if (o->io)
    raptor_free_iostream(o->io);
  *o = (output){NULL, NULL};
}

static raptor_serializer *start_serializer(ng_writer *w, raptor_iostream *io) {
  raptor_serializer *ser = raptor_new_serializer(w->world, syntax_name(w->cfg.format));
  if (!ser)
    return NULL;
  if (w->cfg.format == NG_FORMAT_TURTLE) {
    for (size_t i = 0; ng_vocab_prefixes[i][0]; i++)
      set_prefix(w, ser, ng_vocab_prefixes[i][0], ng_vocab_prefixes[i][1]);
    static const char *const MINTED[] = {"person", "country", "org", "place", "tenure"};
    for (size_t i = 0; i < NG_COUNTOF(MINTED); i++) {
      char ns[2048];
      snprintf(ns, sizeof ns, "%s%s/", w->base, MINTED[i]);
      set_prefix(w, ser, MINTED[i], ns);
    }
  }
  if (raptor_serializer_start_to_iostream(ser, NULL, io)) {
    raptor_free_serializer(ser);
    return NULL;
  }
  return ser;
}

/* A serializer writing to the writer's file; false when raptor cannot start one. */
static bool open_output(ng_writer *w, output *o) {
  o->io = raptor_new_iostream_from_handler(w->world, w->fp, &TO_FILE);
  o->ser = o->io ? start_serializer(w, o->io) : NULL;
  if (!o->ser)
    close_output(o);
  return o->ser != NULL;
}

ng_status ng_writer_new(ng_writer **out, FILE *fp, const ng_config *cfg, const ng_diag *diag) {
  *out = NULL;
  const char *base = cfg->base ? cfg->base : NG_DEFAULT_BASE;
  if (!ng_iri_is_valid(base))
    return ng_diag_report(diag, NG_ERR_USAGE, "invalid base IRI '%s'", base);
  ng_writer *w = ng_xcalloc(1, sizeof *w);
  w->fp = fp;
  w->cfg = *cfg;
  w->base = ng_xstrdup(base);
  w->cfg.base = w->base;
  w->world = raptor_new_world();
  if (!w->world || raptor_world_open(w->world)) {
    ng_writer_free(w);
    return ng_diag_report(diag, NG_ERR_RDF, "cannot start raptor2");
  }
  raptor_world_set_log_handler(w->world, w, on_raptor_log);
  if (cfg->format != NG_FORMAT_TURTLE && !open_output(w, &w->stream)) {
    ng_status st = check_error(w, diag);
    ng_writer_free(w);
    return st != NG_OK ? st : ng_diag_report(diag, NG_ERR_RDF, "cannot start the serializer");
  }
  *out = w;
  return NG_OK;
}

const ng_config *ng_writer_config(const ng_writer *w) { return &w->cfg; }

ng_status ng_writer_finish(ng_writer *w, const ng_diag *diag) {
  close_output(&w->stream);
  if (fflush(w->fp) != 0)
    return ng_diag_report(diag, NG_ERR_IO, "write error: %s", strerror(errno));
  return check_error(w, diag);
}

void ng_writer_free(ng_writer *w) {
  if (!w)
    return;
  if (w->stream.ser) /* not finished: nothing more is written */
    raptor_free_serializer(w->stream.ser);
  if (w->stream.io)
    raptor_free_iostream(w->stream.io);
  if (w->world)
    raptor_free_world(w->world);
  free(w->error);
  free(w->base);
  free(w);
}

/* ---- the triple buffer ---- */

void ng_graph_iri(ng_graph *g, const char *s, const char *p, const char *o) {
  NG_GROW(g->t, g->n, g->cap);
  g->t[g->n++] = (ng_triple){s, p, {false, o, NULL}};
}

void ng_graph_lit(ng_graph *g, const char *s, const char *p, const char *lex, const char *dt) {
  NG_GROW(g->t, g->n, g->cap);
  g->t[g->n++] = (ng_triple){s, p, {true, lex, dt}};
}

void ng_graph_free(ng_graph *g) {
  free(g->t);
  g->t = NULL;
  g->n = g->cap = 0;
}

static int cmp_str(const char *a, const char *b) { return strcmp(a ? a : "", b ? b : ""); }

static int cmp_triples(const void *pa, const void *pb) {
  const ng_triple *a = pa, *b = pb;
  int c;
  if ((c = strcmp(a->s, b->s)) || (c = strcmp(a->p, b->p)))
    return c;
  if (a->o.literal != b->o.literal)
    return a->o.literal ? 1 : -1;
  if ((c = strcmp(a->o.value, b->o.value)))
    return c;
  return cmp_str(a->o.datatype, b->o.datatype);
}

static raptor_term *iri_term(ng_writer *w, const char *iri) {
  return raptor_new_term_from_uri_string(w->world, (const unsigned char *)iri);
}

static raptor_term *object_term(ng_writer *w, const ng_term *o) {
  if (!o->literal)
    return iri_term(w, o->value);
  raptor_uri *dt = o->datatype ? raptor_new_uri(w->world, (const unsigned char *)o->datatype) : NULL;
  raptor_term *t = raptor_new_term_from_counted_literal(
      w->world, (const unsigned char *)o->value, strlen(o->value), dt, NULL, 0);
  if (dt)
    raptor_free_uri(dt);
  return t;
}

static int serialize(ng_writer *w, raptor_serializer *ser, const ng_triple *t, const char *name) {
  raptor_term *g = name && w->cfg.format == NG_FORMAT_NQUADS ? iri_term(w, name) : NULL;
  raptor_statement *st = raptor_new_statement_from_nodes(
      w->world, iri_term(w, t->s), iri_term(w, t->p), object_term(w, &t->o), g);
  int rc = st ? raptor_serializer_serialize_statement(ser, st) : 1;
  raptor_free_statement(st);
  return rc;
}

ng_status ng_writer_write(ng_writer *w, ng_graph *g, const char *name, const ng_diag *diag) {
  qsort(g->t, g->n, sizeof *g->t, cmp_triples);
  output own = {NULL, NULL};
  output *out = w->stream.ser ? &w->stream : &own;
  if (!out->ser && !open_output(w, out))
    return ng_diag_report(diag, NG_ERR_RDF, "cannot start the %s serializer",
                          syntax_name(w->cfg.format));
  int rc = 0;
  for (size_t i = 0; i < g->n && !rc; i++)
    if (i == 0 || cmp_triples(&g->t[i - 1], &g->t[i]) != 0)
      rc = serialize(w, out->ser, &g->t[i], name);
  close_output(&own);
  ng_status st = check_error(w, diag);
  if (st == NG_OK && rc)
    st = ng_diag_report(diag, NG_ERR_RDF, "raptor could not write a statement");
  return st;
}

/* ---- copying N-Quads through a serializer (merge, export) ---- */

struct copy {
  ng_writer *w;
  raptor_serializer *ser;
  int failed;
};

static void copy_statement(void *data, raptor_statement *st) {
  struct copy *c = data;
  if (!c->failed)
    c->failed = raptor_serializer_serialize_statement(c->ser, st);
}

ng_status ng_rdf_copy_nquads(FILE *in, FILE *out, ng_format fmt, const char *base,
                             const ng_diag *diag) {
  ng_config cfg = {fmt, NG_MENTIONS_IDS, base};
  ng_writer *w;
  ng_status st;
  NG_TRY(st, ng_writer_new(&w, out, &cfg, diag));
  output own = {NULL, NULL};
  if (!w->stream.ser)
    open_output(w, &own);
  struct copy c = {.w = w, .ser = w->stream.ser ? w->stream.ser : own.ser};
  raptor_parser *parser = raptor_new_parser(w->world, "nquads");
  raptor_uri *base_uri = raptor_new_uri(w->world, (const unsigned char *)"urn:newsgraph:copy");
  raptor_parser_set_statement_handler(parser, &c, copy_statement);
  int rc = c.ser ? raptor_parser_parse_file_stream(parser, in, "(merged)", base_uri) : 1;
  raptor_free_uri(base_uri);
  raptor_free_parser(parser);
  close_output(&own);
  st = ng_writer_finish(w, diag);
  if (st == NG_OK && (rc || c.failed))
    st = ng_diag_report(diag, NG_ERR_RDF, "cannot re-serialize the merged graph");
  ng_writer_free(w);
  return st;
}
