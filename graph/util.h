/* SPDX-License-Identifier: MIT */
/* util.h: memory, byte buffers and growable arrays shared by every stage.
 * Running out of memory aborts inside ng_x*alloc (as cmark does), so callers never check. */
#ifndef NG_UTIL_H
#define NG_UTIL_H

#include "newsgraph.h"
#include <stdarg.h>
#include <stdint.h>
#include <string.h>

#define NG_COUNTOF(a) (sizeof(a) / sizeof((a)[0]))

void *ng_xmalloc(size_t n);
void *ng_xcalloc(size_t n, size_t size);
void *ng_xrealloc(void *p, size_t n);
/* n zeroed bytes straight from the kernel, in huge pages where it has them (large buffers
 * filled once: the faults of 4 kB pages cost a third of a merge); release with ng_unmap(p, n). */
void *ng_xmap(size_t n);
void ng_unmap(void *p, size_t n);
/* n zeroed bytes: ng_xmap() from 2 MB up, calloc() below; release with ng_free_sized(p, n). */
void *ng_xzalloc_sized(size_t n);
void ng_free_sized(void *p, size_t n);
char *ng_xstrdup(const char *s);
char *ng_xstrndup(const char *s, size_t n);

/* Is `name` one of the '|'-separated values of `list` (a CSV cell: "ArmedGroup|PoliticalParty")? */
bool ng_list_has(const char *list, const char *name);

/* Make room for one more element in a (ptr, len, cap) array. */
#define NG_GROW(ptr, len, cap)                                                                 \
  do {                                                                                         \
    if ((len) >= (cap)) {                                                                      \
      (cap) = (cap) ? (cap) * 2 : 16;                                                          \
      (ptr) = ng_xrealloc((ptr), (cap) * sizeof(*(ptr)));                                      \
    }                                                                                          \
  } while (0)

/* A byte buffer, always NUL-terminated once anything was put. */
typedef struct ng_buf {
  char *data;
  size_t len, cap;
} ng_buf;
#define NG_BUF_INIT {NULL, 0, 0}
void ng_buf_put(ng_buf *b, const char *s, size_t n);
void ng_buf_puts(ng_buf *b, const char *s);
void ng_buf_putc(ng_buf *b, char c);
void ng_buf_printf(ng_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void ng_buf_clear(ng_buf *b);
const char *ng_buf_cstr(ng_buf *b); /* "" when empty; borrowed until the next put */
void ng_buf_free(ng_buf *b);

/* A bump allocator: everything one document needs, released at once by ng_arena_free. */
typedef struct ng_arena ng_arena;
ng_arena *ng_arena_new(void);
void ng_arena_free(ng_arena *a);
void *ng_arena_alloc(ng_arena *a, size_t n);
char *ng_arena_strndup(ng_arena *a, const char *s, size_t n);
char *ng_arena_printf(ng_arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Diagnostics: format one line, hand it to the sink, return `st` (so callers can `return`). */
ng_status ng_diag_report(const ng_diag *d, ng_status st, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* A sink that keeps the first message in `*(char **)first` (caller frees it): for a thread
 * whose failure the caller's thread reports later, in an order that does not depend on
 * timing. */
void ng_diag_keep_first(void *first, ng_status st, const char *message);

#define NG_TRY(st, expr)                                                                       \
  do {                                                                                         \
    if (((st) = (expr)) != NG_OK)                                                              \
      return (st);                                                                             \
  } while (0)

/* FNV-1a, 64 bits: stable across machines, used for minted IRIs (not for security). */
uint64_t ng_hash64(const void *data, size_t n, uint64_t seed);
#define NG_HASH_SEED 0xcbf29ce484222325ULL
/* A faster hash, 8 bytes at a time, for in-memory tables only: unlike ng_hash64 (which names
 * files and IRIs) its values may change between versions. */
uint64_t ng_hash_fast(const void *data, size_t n);
/* ng_hash64 of a whole file's bytes. Returns false (errno set) if it cannot be read. */
bool ng_file_hash(const char *path, uint64_t *out);

#endif
