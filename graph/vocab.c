/* SPDX-License-Identifier: MIT */
/* vocab.c: ontology/vocab.def expanded into IRIs. */
#include "vocab.h"

#include <stddef.h>

const char *const ng_vocab_iri[NG_VOCAB_COUNT] = {
#define NG_TERM(id, ns, local) NS_##ns local,
#include "../ontology/vocab.def"
#undef NG_TERM
};

const char *const ng_vocab_prefixes[][2] = {
    {"ng", NS_NG},     {"schema", NS_SCHEMA}, {"prov", NS_PROV}, {"nif", NS_NIF},
    {"itsrdf", NS_ITSRDF}, {"owl", NS_OWL},   {"rdfs", NS_RDFS}, {"xsd", NS_XSD},
    {"wd", NS_WD},     {NULL, NULL},
};
