/* SPDX-License-Identifier: MIT */
/* strmap.c: linear probing over a power-of-two table, grown at 50% load. Keys are copied
 * into an arena: no allocation per key, all released at once. */
#include "strmap.h"
#include "util.h"

#include <stdlib.h>

struct entry {
  char *key; /* NULL: empty slot */
  size_t len;
  uint64_t hash;
  void *value;
};
struct ng_strmap {
  struct entry *slots;
  size_t cap, count;
  ng_arena *keys;
};

ng_strmap *ng_strmap_new(void) {
  ng_strmap *m = ng_xcalloc(1, sizeof *m);
  m->cap = 64;
  m->slots = ng_xcalloc(m->cap, sizeof *m->slots);
  m->keys = ng_arena_new();
  return m;
}

void ng_strmap_free(ng_strmap *m) {
  if (!m)
    return;
  ng_arena_free(m->keys);
  free(m->slots);
  free(m);
}

static struct entry *find(const ng_strmap *m, const char *key, size_t len, uint64_t h) {
  for (size_t i = h & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
    struct entry *e = &m->slots[i];
    if (!e->key || (e->hash == h && e->len == len && memcmp(e->key, key, len) == 0))
      return e;
  }
}

void *ng_strmap_get(const ng_strmap *m, const char *key, size_t len) {
  struct entry *e = find(m, key, len, ng_hash_fast(key, len));
  return e->key ? e->value : NULL;
}

static void grow(ng_strmap *m) {
  struct entry *old = m->slots;
  size_t oldcap = m->cap;
  m->cap *= 2;
  m->slots = ng_xcalloc(m->cap, sizeof *m->slots);
  for (size_t i = 0; i < oldcap; i++)
    if (old[i].key)
      *find(m, old[i].key, old[i].len, old[i].hash) = old[i];
  free(old);
}

static struct entry *add(ng_strmap *m, const char *key, size_t len) {
  if ((m->count + 1) * 2 > m->cap)
    grow(m);
  uint64_t h = ng_hash_fast(key, len);
  struct entry *e = find(m, key, len, h);
  if (!e->key) {
    e->key = ng_arena_strndup(m->keys, key, len);
    e->len = len;
    e->hash = h;
    e->value = NULL;
    m->count++;
  }
  return e;
}

void **ng_strmap_slot(ng_strmap *m, const char *key, size_t len) { return &add(m, key, len)->value; }

const char *ng_strmap_intern(ng_strmap *m, const char *key, size_t len) {
  return add(m, key, len)->key;
}

void **ng_strmap_slot_interned(ng_strmap *m, const char *key, size_t len, const char **interned) {
  struct entry *e = add(m, key, len);
  *interned = e->key;
  return &e->value;
}

size_t ng_strmap_count(const ng_strmap *m) { return m->count; }
