/* SPDX-License-Identifier: MIT */
/* rdf_in.h: reading RDF in any syntax raptor2 parses (N-Triples and N-Quads through serd,
 * which is faster), one quad at a time, with every term in its N-Triples form as raptor writes
 * it ("<iri>", "\"text\"@en", "\"1\"^^<...>"), whichever parser read it. Blank nodes are
 * replaced by skolem IRIs unique to the file's content, so two files never share a blank node. */
#ifndef NG_RDF_IN_H
#define NG_RDF_IN_H
#include "util.h"

typedef struct ng_quad {
  const char *s, *p, *o; /* N-Triples forms, NUL-terminated */
  const char *g;         /* graph in N-Triples form, or NULL for the default graph */
  const char *o_value;   /* a literal object's lexical form (UTF-8), else NULL */
} ng_quad;

typedef ng_status (*ng_quad_fn)(const ng_quad *q, void *payload);

/* The raptor syntax name for a file name (by extension), or NULL to let raptor guess. */
const char *ng_rdf_syntax_for(const char *path);

/* A reader for many files in turn. Caller owns it: release with ng_rdf_reader_free(). */
typedef struct ng_rdf_reader ng_rdf_reader;
ng_rdf_reader *ng_rdf_reader_new(void);
void ng_rdf_reader_free(ng_rdf_reader *r);

/* Parse `path` ("-" is not accepted) in `syntax` (NULL: by extension or guessed), calling fn
 * for each quad; the quad's strings are borrowed until fn returns. */
ng_status ng_rdf_reader_read(ng_rdf_reader *r, const char *path, const char *syntax,
                             ng_quad_fn fn, void *payload, const ng_diag *diag);
/* The same with a reader of its own, for a single file. */
ng_status ng_rdf_read(const char *path, const char *syntax, ng_quad_fn fn, void *payload,
                      const ng_diag *diag);

/* Parse N-Quads from `in` and write them to `out` in `fmt` through raptor's serializers
 * (Turtle gets the project's prefixes under `base`). */
ng_status ng_rdf_copy_nquads(FILE *in, FILE *out, ng_format fmt, const char *base,
                             const ng_diag *diag);
#endif
