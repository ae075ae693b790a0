/* SPDX-License-Identifier: MIT */
/* util.c: allocation that aborts on exhaustion, byte buffers, the per-document arena,
 * diagnostics formatting and the stable hash used for IRIs. */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS, MADV_HUGEPAGE */
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

static void out_of_memory(size_t n) {
  fprintf(stderr, "newsgraph: out of memory allocating %zu bytes\n", n);
  abort();
}

void *ng_xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p)
    out_of_memory(n);
  return p;
}

void *ng_xcalloc(size_t n, size_t size) {
  void *p = calloc(n ? n : 1, size ? size : 1);
  if (!p)
    out_of_memory(n * size);
  return p;
}

void *ng_xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q)
    out_of_memory(n);
  return q;
}

void *ng_xmap(size_t n) {
  void *p = mmap(NULL, n ? n : 1, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED)
    out_of_memory(n);
#ifdef MADV_HUGEPAGE
  madvise(p, n ? n : 1, MADV_HUGEPAGE); /* advice only: without huge pages it still works */
#endif
  return p;
}

void ng_unmap(void *p, size_t n) {
  if (p)
    munmap(p, n ? n : 1);
}

#define MAPPED_BYTES ((size_t)2 << 20)

void *ng_xzalloc_sized(size_t n) { return n >= MAPPED_BYTES ? ng_xmap(n) : ng_xcalloc(1, n); }

void ng_free_sized(void *p, size_t n) {
  if (n >= MAPPED_BYTES)
    ng_unmap(p, n);
  else
    free(p);
}

char *ng_xstrndup(const char *s, size_t n) {
  char *d = ng_xmalloc(n + 1);
  memcpy(d, s, n);
  d[n] = '\0';
  return d;
}

char *ng_xstrdup(const char *s) { return ng_xstrndup(s, strlen(s)); }

static void buf_reserve(ng_buf *b, size_t extra) {
  if (b->len + extra + 1 <= b->cap)
    return;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < b->len + extra + 1)
    cap *= 2;
  b->data = ng_xrealloc(b->data, cap);
  b->cap = cap;
}

void ng_buf_put(ng_buf *b, const char *s, size_t n) {
  buf_reserve(b, n);
  if (n)
    memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = '\0';
}

void ng_buf_puts(ng_buf *b, const char *s) { ng_buf_put(b, s, strlen(s)); }

void ng_buf_putc(ng_buf *b, char c) { ng_buf_put(b, &c, 1); }

void ng_buf_printf(ng_buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n <= 0)
    return;
  buf_reserve(b, (size_t)n);
  va_start(ap, fmt);
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
}

void ng_buf_clear(ng_buf *b) {
  b->len = 0;
  if (b->data)
    b->data[0] = '\0';
}

const char *ng_buf_cstr(ng_buf *b) { return b->data ? b->data : ""; }

void ng_buf_free(ng_buf *b) {
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}

/* Arena: a list of blocks; big requests get a block of their own. Blocks start small and
 * double (an arena for one phrase of a table must not zero 64 KiB), and past the first
 * megabyte (a merge's linking state, not a document) they are large and mapped in huge
 * pages. */
struct arena_block {
  struct arena_block *next;
  size_t used, size;
  max_align_t data[];
};
struct ng_arena {
  struct arena_block *head;
  size_t nblocks;
};
#define ARENA_FIRST_BLOCK 1024
#define ARENA_BLOCK 65536
#define ARENA_BIG_BLOCK ((size_t)8 << 20)
#define ARENA_SMALL_BLOCKS 21 /* about a megabyte */

/* The size of small block number i: doubling up to ARENA_BLOCK. */
static size_t small_block(size_t i) {
  size_t size = ARENA_FIRST_BLOCK;
  for (; i > 0 && size < ARENA_BLOCK; i--)
    size *= 2;
  return size;
}

ng_arena *ng_arena_new(void) { return ng_xcalloc(1, sizeof(ng_arena)); }

void ng_arena_free(ng_arena *a) {
  if (!a)
    return;
  for (struct arena_block *b = a->head, *next; b; b = next) {
    next = b->next;
    ng_free_sized(b, sizeof(*b) + b->size);
  }
  free(a);
}

void *ng_arena_alloc(ng_arena *a, size_t n) {
  n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
  struct arena_block *b = a->head;
  if (!b || b->size - b->used < n) {
    bool big = a->nblocks >= ARENA_SMALL_BLOCKS;
    size_t block = big ? ARENA_BIG_BLOCK - sizeof(*b) : small_block(a->nblocks);
    size_t size = n > block ? n : block;
    b = ng_xzalloc_sized(sizeof(*b) + size);
    b->used = 0;
    b->size = size;
    a->nblocks++;
    b->next = a->head;
    a->head = b;
  }
  void *p = (char *)b->data + b->used;
  b->used += n;
  return p;
}

char *ng_arena_strndup(ng_arena *a, const char *s, size_t n) {
  char *d = ng_arena_alloc(a, n + 1);
  memcpy(d, s, n);
  d[n] = '\0';
  return d;
}

char *ng_arena_printf(ng_arena *a, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  char *d = ng_arena_alloc(a, (size_t)(n > 0 ? n : 0) + 1);
  va_start(ap, fmt);
  vsnprintf(d, (size_t)(n > 0 ? n : 0) + 1, fmt, ap);
  va_end(ap);
  return d;
}

ng_status ng_diag_report(const ng_diag *d, ng_status st, const char *fmt, ...) {
  if (!d || !d->report)
    return st;
  char line[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(line, sizeof line, fmt, ap);
  va_end(ap);
  d->report(d->payload, st, line);
  return st;
}

void ng_diag_keep_first(void *first, ng_status st, const char *message) {
  char **kept = first;
  (void)st;
  if (!*kept)
    *kept = ng_xstrdup(message);
}

const char *ng_strerror(ng_status st) {
  switch (st) {
  case NG_OK: return "success";
  case NG_ERR_USAGE: return "usage error";
  case NG_ERR_INPUT: return "bad input";
  case NG_ERR_DATA: return "bad data table";
  case NG_ERR_IO: return "input/output error";
  case NG_ERR_RDF: return "RDF error";
  }
  return "unknown error";
}

uint64_t ng_hash64(const void *data, size_t n, uint64_t seed) {
  const unsigned char *p = data;
  uint64_t h = seed;
  for (size_t i = 0; i < n; i++) {
    h ^= p[i];
    h *= 0x100000001b3ULL;
  }
  return h;
}

uint64_t ng_hash_fast(const void *data, size_t n) {
  const unsigned char *p = data;
  uint64_t h = 0x9e3779b97f4a7c15ULL ^ n, w;
  for (; n >= 8; p += 8, n -= 8) {
    memcpy(&w, p, 8);
    h = (h ^ w) * 0xff51afd7ed558ccdULL;
    h ^= h >> 32;
  }
  w = 0;
  if (n)
    memcpy(&w, p, n);
  h = (h ^ w) * 0xc4ceb9fe1a85ec53ULL; /* the final mix spreads every byte to the low bits */
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  return h ^ (h >> 33);
}

bool ng_file_hash(const char *path, uint64_t *out) {
  FILE *fp = fopen(path, "rb");
  if (!fp)
    return false;
  uint64_t h = NG_HASH_SEED;
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
    h = ng_hash64(buf, n, h);
  bool ok = !ferror(fp);
  fclose(fp);
  *out = h;
  return ok;
}

bool ng_list_has(const char *list, const char *name) {
  size_t n = name ? strlen(name) : 0;
  for (const char *h = list; n && h && *h; h += strcspn(h, "|"), h += *h == '|')
    if (strcspn(h, "|") == n && !strncmp(h, name, n))
      return true;
  return false;
}
