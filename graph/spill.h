/* SPDX-License-Identifier: MIT */
/* spill.h: parsed quads kept in a temporary file, so a second pass over them needs no second
 * parse. The terms are stored as rdf_in gave them (N-Triples forms, written by raptor), in
 * length-prefixed records that only this module writes and reads: no RDF syntax is parsed. */
#ifndef NG_SPILL_H
#define NG_SPILL_H
#include "rdf_in.h"

typedef struct ng_spill ng_spill;
/* On success *out is owned by the caller: release with ng_spill_free(); the file goes with it. */
ng_status ng_spill_new(ng_spill **out, const ng_diag *diag);
void ng_spill_free(ng_spill *s);
/* Append one quad. */
ng_status ng_spill_put(ng_spill *s, const ng_quad *q, const ng_diag *diag);
/* The offset where the next record will go. What was put before it is then readable by
 * ng_spill_replay_range, from any thread, while this one goes on putting. */
ng_status ng_spill_mark(ng_spill *s, uint64_t *out, const ng_diag *diag);
/* Call fn for the records between two marks, in order. Reads with pread and a buffer of its
 * own, so it may run while another thread puts records after `to`. */
ng_status ng_spill_replay_range(const ng_spill *s, uint64_t from, uint64_t to, ng_quad_fn fn,
                                void *payload, const ng_diag *diag);
/* How much was put: quads, bytes of their subjects, predicates and objects (a separator
 * after each), and bytes of their graphs (a separator after each). */
typedef struct ng_spill_size {
  uint64_t quads, terms, graphs;
} ng_spill_size;
ng_spill_size ng_spill_sizes(const ng_spill *s);
/* Call fn for every quad put so far, in order (strings borrowed until fn returns). */
ng_status ng_spill_replay(ng_spill *s, ng_quad_fn fn, void *payload, const ng_diag *diag);
#endif
