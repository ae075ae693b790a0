/* SPDX-License-Identifier: MIT */
/* vocab.h: namespaces and the fixed terms of ontology/vocab.def. */
#ifndef NG_VOCAB_H
#define NG_VOCAB_H

#define NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NS_RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define NS_OWL "http://www.w3.org/2002/07/owl#"
#define NS_XSD "http://www.w3.org/2001/XMLSchema#"
#define NS_NG "https://w3id.org/newsgraph/ns#"
#define NS_SCHEMA "http://schema.org/"
#define NS_PROV "http://www.w3.org/ns/prov#"
#define NS_NIF "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
#define NS_ITSRDF "http://www.w3.org/2005/11/its/rdf#"
#define NS_WD "http://www.wikidata.org/entity/"

typedef enum {
#define NG_TERM(id, ns, local) V_##id,
#include "../ontology/vocab.def"
#undef NG_TERM
  NG_VOCAB_COUNT
} ng_vocab_id;

/* The full IRI of a fixed term. */
extern const char *const ng_vocab_iri[NG_VOCAB_COUNT];
#define NG_V(id) (ng_vocab_iri[V_##id])

/* Prefixes written in Turtle output, as {prefix, namespace} pairs ending in {NULL, NULL}. */
extern const char *const ng_vocab_prefixes[][2];
#endif
