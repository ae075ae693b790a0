/* SPDX-License-Identifier: MIT */
/* rdf_out.h: one article's triples, collected, sorted, de-duplicated and handed to raptor2.
 * Strings are borrowed: they must live until ng_writer_write returns. */
#ifndef NG_RDF_OUT_H
#define NG_RDF_OUT_H
#include "util.h"

typedef struct ng_term {
  bool literal;
  const char *value;    /* IRI or lexical form */
  const char *datatype; /* literal datatype IRI, NULL for xsd:string */
} ng_term;

typedef struct ng_triple {
  const char *s, *p;
  ng_term o;
} ng_triple;

typedef struct ng_graph {
  ng_triple *t;
  size_t n, cap;
} ng_graph;

void ng_graph_iri(ng_graph *g, const char *s, const char *p, const char *o);
void ng_graph_lit(ng_graph *g, const char *s, const char *p, const char *lex, const char *datatype);
void ng_graph_free(ng_graph *g);

/* Write g as the graph named `name` (N-Quads) or a Turtle document of its own. */
ng_status ng_writer_write(ng_writer *w, ng_graph *g, const char *name, const ng_diag *diag);
/* The writer's configuration: base IRI and mention mode. */
const ng_config *ng_writer_config(const ng_writer *w);
#endif
