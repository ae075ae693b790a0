/* SPDX-License-Identifier: MIT */
/* emit.h: the resolved document as triples. */
#ifndef NG_EMIT_H
#define NG_EMIT_H
#include "doc.h"
#include "rdf_out.h"

/* The article's IRI: its --url, or <base>article/<hash of the text>. Arena-owned. */
const char *ng_emit_article_iri(ng_doc *d, const ng_config *cfg);
/* Append every triple of the document to g (strings live in d's arena). */
void ng_emit(ng_doc *d, const ng_config *cfg, ng_graph *g);
#endif
