/* SPDX-License-Identifier: MIT */
/* rdf_in.c: RDF parsers behind a small callback interface, for merge and load. N-Triples and
 * N-Quads, what merge and load read most, are parsed by serd (three to four times faster than
 * raptor's parser, which was most of a merge); every other syntax by raptor2. Either way a
 * term is written in N-Triples by raptor's own writer, so the forms do not depend on the
 * parser. One reader keeps one raptor world and one iostream for all its files: both are
 * costly to make, and merge and load read thousands of files. Terms are written into one
 * reused buffer; the written form of recent IRIs is remembered, as raptor writes byte by byte
 * and most IRIs recur (predicates, classes, the graph, the people of an article). */
#include "rdf_in.h"
#include "text.h"
#include "vocab.h"

#include <errno.h>
#include <raptor2.h>
#include <serd/serd.h>
#include <stdarg.h>
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
  char *block;          /* whole lines of the file for serd (see read_serd) */
  size_t blockcap;
  unsigned line;        /* lines of the file before the block */
  raptor_uri *datatype; /* the last literal datatype serd gave (most are the same few) */
  ng_buf lang;          /* a literal's language tag, folded */
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
    const char *text = msg->text ? msg->text : "parse error";
    if (!strncmp(text, "Failed to guess parser", 22)) /* raptor's words for it name no syntax */
      text = "cannot tell its RDF syntax from its content: name it .nq, .nt, .ttl, .trig or .rdf";
    if (line > 0)
      snprintf(buf, sizeof buf, "%s:%d: %s", r->path, line, text);
    else /* raptor knows no line: before the first, or of the whole file */
      snprintf(buf, sizeof buf, "%s: %s", r->path, text);
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
  free(r->block);
  if (r->datatype)
    raptor_free_uri(r->datatype);
  raptor_free_world(r->world);
  for (size_t i = 0; i < MEMO_SIZE; i++)
    free(r->memo[i].bytes);
  ng_buf_free(&r->terms);
  ng_buf_free(&r->lang);
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

/* Append raptor's N-Triples form of the IRI `raw`, from the memo when it was written lately.
 * `t` is its raptor term, or NULL to make one when needed (serd gives no terms). */
static void put_iri(ng_rdf_reader *r, const unsigned char *raw, size_t len, raptor_term *t) {
  struct memo *e = &r->memo[ng_hash_fast(raw, len) & (MEMO_SIZE - 1)];
  if (e->bytes && e->raw == len && !memcmp(e->bytes, raw, len)) {
    ng_buf_put(&r->terms, e->bytes + len, e->written);
    return;
  }
  size_t at = r->terms.len;
  raptor_term *made = t ? NULL : raptor_new_term_from_counted_uri_string(r->world, raw, len);
  raptor_term_escaped_write(t ? t : made, 0, r->terms_out);
  if (made)
    raptor_free_term(made);
  e->raw = len, e->written = r->terms.len - at;
  e->bytes = ng_xrealloc(e->bytes, e->raw + e->written);
  memcpy(e->bytes, raw, len);
  memcpy(e->bytes + len, r->terms.data + at, e->written);
}

/* Append the skolem IRI of blank node `label`; false when the file cannot be hashed. */
static bool put_blank(ng_rdf_reader *r, const unsigned char *label, size_t len) {
  if (!skolem_prefix(r))
    return false;
  ng_buf_printf(&r->terms, "<%s.well-known/genid/%s-", NG_DEFAULT_BASE, r->skolem);
  ng_percent_encode(&r->terms, (const char *)label, len);
  ng_buf_putc(&r->terms, '>');
  return true;
}

/* Append the N-Triples form of a term (and a NUL) to r->terms; blank nodes become skolem
 * IRIs. Returns its offset, or (size_t)-1 for no term. */
static size_t put_term(ng_rdf_reader *r, raptor_term *t) {
  if (!t)
    return (size_t)-1;
  size_t at = r->terms.len;
  if (t->type == RAPTOR_TERM_TYPE_BLANK) {
    if (!put_blank(r, t->value.blank.string, t->value.blank.string_len))
      return (size_t)-1;
  } else if (t->type == RAPTOR_TERM_TYPE_URI) {
    size_t len;
    const unsigned char *raw = raptor_uri_as_counted_string(t->value.uri, &len);
    put_iri(r, raw, len, t);
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

/* ---- serd, for N-Triples and N-Quads ---- */

/* Not an absolute IRI: an error, as with raptor's N-Triples parser (serd does not check). */
static void serd_fail(ng_rdf_reader *r, const char *what, const SerdNode *n) {
  r->st = ng_diag_report(r->diag, NG_ERR_INPUT, "%s: %s '%.*s' is not absolute.", r->path, what,
                         (int)n->n_bytes, (const char *)n->buf);
}

/* The datatype of a literal as a raptor URI (owned by the reader), or NULL for none. */
static raptor_uri *datatype_of(ng_rdf_reader *r, const SerdNode *dt) {
  if (!dt || !dt->buf)
    return NULL;
  size_t len;
  const unsigned char *have = r->datatype ? raptor_uri_as_counted_string(r->datatype, &len) : NULL;
  if (have && len == dt->n_bytes && !memcmp(have, dt->buf, len))
    return r->datatype;
  if (r->datatype)
    raptor_free_uri(r->datatype);
  r->datatype = raptor_new_uri_from_counted_string(r->world, dt->buf, dt->n_bytes);
  return r->datatype;
}

/* A literal through raptor's writer. The language is folded as raptor's N-Triples parser
 * folds it (lower case, '_' as '-'), so that both parsers give the same form. */
static void put_serd_literal(ng_rdf_reader *r, const SerdNode *o, const SerdNode *dt,
                             const SerdNode *lang) {
  ng_buf_clear(&r->lang);
  for (size_t i = 0; lang && lang->buf && i < lang->n_bytes; i++) {
    char c = (char)lang->buf[i];
    ng_buf_putc(&r->lang, c == '_' ? '-' : c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c);
  }
  raptor_uri *datatype = datatype_of(r, dt);
  bool tagged = r->lang.len && !datatype;
  raptor_term *t = raptor_new_term_from_counted_literal(
      r->world, o->buf, o->n_bytes, datatype, tagged ? (const unsigned char *)r->lang.data : NULL,
      (unsigned char)(tagged ? r->lang.len : 0));
  raptor_term_escaped_write(t, RAPTOR_ESCAPED_WRITE_NTRIPLES_LITERAL, r->terms_out);
  raptor_free_term(t);
}

/* put_term() for a serd node (datatype and language: a literal object's). */
static size_t put_serd_term(ng_rdf_reader *r, const SerdNode *n, const SerdNode *dt,
                            const SerdNode *lang) {
  if (!n || !n->buf)
    return (size_t)-1;
  size_t at = r->terms.len;
  if (n->type == SERD_BLANK) {
    if (!put_blank(r, n->buf, n->n_bytes))
      return (size_t)-1;
  } else if (n->type == SERD_URI) {
    if (raptor_uri_uri_string_is_absolute(n->buf) <= 0) {
      serd_fail(r, "URI", n);
      return (size_t)-1;
    }
    put_iri(r, n->buf, n->n_bytes, NULL);
  } else {
    if (dt && dt->buf && raptor_uri_uri_string_is_absolute(dt->buf) <= 0) {
      serd_fail(r, "Datatype URI", dt);
      return (size_t)-1;
    }
    put_serd_literal(r, n, dt, lang);
  }
  ng_buf_putc(&r->terms, '\0');
  return at;
}

static SerdStatus on_serd_statement(void *data, SerdStatementFlags flags, const SerdNode *graph,
                                    const SerdNode *subject, const SerdNode *predicate,
                                    const SerdNode *object, const SerdNode *datatype,
                                    const SerdNode *lang) {
  ng_rdf_reader *r = data;
  (void)flags;
  if (r->st != NG_OK)
    return SERD_ERR_BAD_ARG;
  ng_buf_clear(&r->terms);
  size_t s = put_serd_term(r, subject, NULL, NULL), p = put_serd_term(r, predicate, NULL, NULL),
         o = put_serd_term(r, object, datatype, lang), g = put_serd_term(r, graph, NULL, NULL);
  if (r->st != NG_OK)
    return SERD_ERR_BAD_ARG;
  const char *t = r->terms.data;
  ng_quad q = {t + s, t + p, t + o, g == (size_t)-1 ? NULL : t + g, NULL};
  if (object->type == SERD_LITERAL)
    q.o_value = (const char *)object->buf;
  r->st = r->fn(&q, r->payload);
  return r->st == NG_OK ? SERD_SUCCESS : SERD_ERR_BAD_ARG;
}

/* serd's errors as raptor's are reported: "path:line: message", the first one kept. */
static SerdStatus on_serd_error(void *data, const SerdError *e) {
  ng_rdf_reader *r = data;
  if (!r->error) {
    char msg[512];
    va_list args;
    va_copy(args, *e->args);
    vsnprintf(msg, sizeof msg, e->fmt, args);
    va_end(args);
    msg[strcspn(msg, "\n")] = '\0';
    ng_buf b = NG_BUF_INIT;
    ng_buf_printf(&b, "%s:%u: %s", r->path, r->line + e->line, msg);
    r->error = b.data;
  }
  return SERD_SUCCESS;
}

#define SERD_BLOCK ((size_t)1 << 20)

/* serd's N-Quads reader stops at a line that starts with no term ("garbage .") and says
 * nothing but SERD_FAILURE, as at the end of its input: the number (from 1) of the first line
 * of text that starts with neither a term nor a comment, or 0 when there is none. */
static unsigned line_without_subject(const char *text) {
  unsigned line = 1;
  for (const char *c = text; *c; line++) {
    c += strspn(c, " \t\r");
    if (*c && *c != '\n' && *c != '<' && *c != '_' && *c != '#')
      return line;
    c = strchr(c, '\n');
    if (!c)
      break;
    c++;
  }
  return 0;
}

/* Parse one block of whole lines (NUL-terminated) with a new reader. */
static void parse_block(ng_rdf_reader *r, SerdSyntax syntax, const char *text) {
  SerdReader *reader = serd_reader_new(syntax, r, NULL, NULL, NULL, on_serd_statement, NULL);
  serd_reader_set_strict(reader, true);
  serd_reader_set_error_sink(reader, on_serd_error, r);
  SerdStatus rc = serd_reader_read_string(reader, (const uint8_t *)text);
  serd_reader_free(reader);
  unsigned stray = rc == SERD_FAILURE ? line_without_subject(text) : 0;
  if (r->st == NG_OK && stray && !r->error)
    r->st = ng_diag_report(r->diag, NG_ERR_INPUT, "%s:%u: expected a subject (an IRI or a blank node)",
                           r->path, r->line + stray);
  else if (r->st == NG_OK && (rc > SERD_FAILURE || r->error))
    r->st = ng_diag_report(r->diag, NG_ERR_INPUT, "%s", r->error ? r->error : "cannot parse");
  for (const char *c = text; (c = strchr(c, '\n')); c++)
    r->line++;
}

/* Read more of fp after the `have` bytes kept at the front of the block; false at the end. */
static bool fill_block(ng_rdf_reader *r, FILE *fp, size_t *have) {
  if (r->blockcap < *have + SERD_BLOCK + 1) {
    r->blockcap = *have + SERD_BLOCK + 1;
    r->block = ng_xrealloc(r->block, r->blockcap);
  }
  size_t got = fread(r->block + *have, 1, SERD_BLOCK, fp);
  *have += got;
  r->block[*have] = '\0';
  return got > 0;
}

/* Parse fp with serd, a block of whole lines at a time: serd 0.30's N-Quads reader keeps each
 * statement's subject and predicate on its stack until the document ends (about 200 bytes a
 * quad), and a statement of N-Triples or N-Quads never spans lines. A NUL byte is an error
 * (serd would take it for the end). Any error stops the file, as with raptor. */
static void read_serd(ng_rdf_reader *r, FILE *fp, SerdSyntax syntax) {
  size_t have = 0;
  r->line = 0;
  for (bool more = true; more && r->st == NG_OK;) {
    more = fill_block(r, fp, &have);
    if (strlen(r->block) != have) {
      r->st = ng_diag_report(r->diag, NG_ERR_INPUT, "%s:%u: a NUL byte", r->path, r->line + 1);
      break;
    }
    char *end = more ? strrchr(r->block, '\n') : r->block + have;
    if (!end || end == r->block)
      continue; /* a line longer than the block (read on), or nothing left: serd fails on "" */
    size_t used = (size_t)(end - r->block) + (more ? 1 : 0);
    char keep = r->block[used];
    r->block[used] = '\0';
    parse_block(r, syntax, r->block);
    r->block[used] = keep;
    memmove(r->block, r->block + used, have - used);
    have -= used;
  }
  if (r->st == NG_OK && ferror(fp))
    r->st = ng_diag_report(r->diag, NG_ERR_IO, "%s: cannot read: %s", r->path, strerror(errno));
}

/* ---- raptor, for every other syntax ---- */

static void read_raptor(ng_rdf_reader *r, FILE *fp, const char *syntax) {
  const char *path = r->path;
  raptor_parser *parser = raptor_new_parser(r->world, syntax ? syntax : "guess");
  unsigned char *cwd = raptor_uri_filename_to_uri_string(path);
  raptor_uri *base = raptor_new_uri(r->world, cwd);
  raptor_parser_set_statement_handler(parser, r, on_statement);
  int rc = raptor_parser_parse_file_stream(parser, fp, path, base);
  raptor_free_uri(base);
  raptor_free_memory(cwd);
  raptor_free_parser(parser);
  if (r->st == NG_OK && (rc || r->error))
    r->st = ng_diag_report(r->diag, NG_ERR_INPUT, "%s", r->error ? r->error : "cannot parse");
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
  if (syntax && !strcmp(syntax, "nquads"))
    read_serd(r, fp, SERD_NQUADS);
  else if (syntax && !strcmp(syntax, "ntriples"))
    read_serd(r, fp, SERD_NTRIPLES);
  else
    read_raptor(r, fp, syntax);
  fclose(fp);
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
