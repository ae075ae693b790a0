/* SPDX-License-Identifier: MIT */
/* parread.h: many RDF files read on several threads (raptor parses; each thread has a reader
 * of its own). Every quad goes to a spill (spill.c) for a later pass in any order; the quads a
 * filter keeps are handed to the caller's thread in input order, file by file as each one is
 * parsed, so that the caller's work on file 1 overlaps the parsing of files 2 and 3. */
#ifndef NG_PARREAD_H
#define NG_PARREAD_H
#include "rdf_in.h"
#include "spill.h"
#include "strmap.h"

/* Keep the quad? Runs on the reading threads: `memo` is the calling thread's own map, for
 * the filter to remember answers in; `payload` must only be read. */
typedef bool (*ng_quad_keep)(const ng_quad *q, ng_strmap *memo, const void *payload);

typedef struct ng_parread ng_parread;

/* Read `paths` (syntax by extension, or guessed) and call fn, on this thread, for each quad
 * whose subject is an IRI and that keep() keeps: the same calls, in the same order, as reading
 * the files one after the other would give. The first failure stops the reading and is
 * reported as that file alone would report it. On success *out holds every quad read: caller
 * owns it, release with ng_parread_free(). */
ng_status ng_parread_run(ng_parread **out, const char *const *paths, size_t n, ng_quad_keep keep,
                         const void *keep_payload, ng_quad_fn fn, void *payload,
                         const ng_diag *diag);
/* The quads read are kept in parts (one per core), which different threads may replay at
 * once. */
size_t ng_parread_parts(const ng_parread *pr);
/* How much the parts hold in all (see ng_spill_sizes). */
ng_spill_size ng_parread_sizes(const ng_parread *pr);
/* Call fn for every quad of a part, in no particular order (strings borrowed until fn
 * returns). */
ng_status ng_parread_replay_part(ng_parread *pr, size_t part, ng_quad_fn fn, void *payload,
                                 const ng_diag *diag);
void ng_parread_free(ng_parread *pr);
#endif
