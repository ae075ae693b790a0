/* SPDX-License-Identifier: MIT */
/* sorter.h: sort and de-duplicate lines within a memory budget. Lines are kept in memory
 * until the budget is reached, then written out as sorted runs to temporary files; the end
 * merges the runs. Memory stays bounded however many lines go in. */
#ifndef NG_SORTER_H
#define NG_SORTER_H
#include "util.h"

typedef struct ng_sorter ng_sorter;
/* Caller owns the sorter: release with ng_sorter_free(). budget: bytes of lines in memory. */
ng_sorter *ng_sorter_new(size_t budget);
void ng_sorter_free(ng_sorter *s);
/* Make ready, now and on this thread, the memory for `lines` lines of `bytes` bytes in all
 * (NULs included) that are about to come, as much as the budget holds: filling fresh memory
 * waits for the kernel to zero it, which a thread with nothing else to do can take on. */
void ng_sorter_reserve(ng_sorter *s, size_t lines, size_t bytes);
/* Add one line (without its newline). */
ng_status ng_sorter_add(ng_sorter *s, const char *line, size_t len, const ng_diag *diag);
/* Write the distinct lines, sorted bytewise, each followed by '\n', to `out`. */
ng_status ng_sorter_finish(ng_sorter *s, FILE *out, const ng_diag *diag);
/* The same for the lines of n sorters together (each filled by a thread of its own, say);
 * their memory parts are sorted on as many threads. */
ng_status ng_sorter_finish_all(ng_sorter *const *s, size_t n, FILE *out, const ng_diag *diag);
/* Lines added so far, and sorted runs spilled to disk. */
size_t ng_sorter_count(const ng_sorter *s);
size_t ng_sorter_runs(const ng_sorter *s);
#endif
