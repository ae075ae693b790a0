/* SPDX-License-Identifier: MIT */
/* strmap.c: linear probing over a power-of-two table, grown at 50% load. A slot holds only
 * the key's address and its hash (16 bytes: four to a cache line), so probing and growing
 * never leave the table; the key's length and value sit just before its bytes in an arena:
 * no allocation per key, all released at once, and a value's address never moves. */
#include "strmap.h"
#include "util.h"

#include <stdlib.h>

struct entry {
  const char *key; /* NULL: empty slot */
  uint64_t hash;
};
/* What precedes each key's bytes in the arena. */
struct header {
  void *value;
  size_t len;
};
struct ng_strmap {
  struct entry *slots;
  size_t cap, count;
  ng_arena *keys;
};

static struct header *header_of(const char *key) { return (struct header *)(void *)key - 1; }

/* A zeroed table of cap slots; a large one (a merge's) in huge pages. */
static struct entry *slots_new(size_t cap) { return ng_xzalloc_sized(cap * sizeof(struct entry)); }

static void slots_free(struct entry *slots, size_t cap) {
  ng_free_sized(slots, cap * sizeof(struct entry));
}

ng_strmap *ng_strmap_new(void) {
  ng_strmap *m = ng_xcalloc(1, sizeof *m);
  m->cap = 64;
  m->slots = slots_new(m->cap);
  m->keys = ng_arena_new();
  return m;
}

void ng_strmap_free(ng_strmap *m) {
  if (!m)
    return;
  ng_arena_free(m->keys);
  slots_free(m->slots, m->cap);
  free(m);
}

static struct entry *find(const ng_strmap *m, const char *key, size_t len, uint64_t h) {
  for (size_t i = h & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
    struct entry *e = &m->slots[i];
    if (!e->key ||
        (e->hash == h && header_of(e->key)->len == len && memcmp(e->key, key, len) == 0))
      return e;
  }
}

/* An empty slot for a key known to be absent (growing: no key compares). */
static struct entry *free_slot(const ng_strmap *m, uint64_t h) {
  size_t i = h & (m->cap - 1);
  while (m->slots[i].key)
    i = (i + 1) & (m->cap - 1);
  return &m->slots[i];
}

void *ng_strmap_get(const ng_strmap *m, const char *key, size_t len) {
  struct entry *e = find(m, key, len, ng_hash_fast(key, len));
  return e->key ? header_of(e->key)->value : NULL;
}

static void grow(ng_strmap *m) {
  struct entry *old = m->slots;
  size_t oldcap = m->cap;
  m->cap *= 2;
  m->slots = slots_new(m->cap);
  for (size_t i = 0; i < oldcap; i++)
    if (old[i].key)
      *free_slot(m, old[i].hash) = old[i];
  slots_free(old, oldcap);
}

/* The map's copy of key, added (with a NULL value) when absent. */
static const char *add(ng_strmap *m, const char *key, size_t len) {
  if ((m->count + 1) * 2 > m->cap)
    grow(m);
  uint64_t h = ng_hash_fast(key, len);
  struct entry *e = find(m, key, len, h);
  if (!e->key) {
    struct header *head = ng_arena_alloc(m->keys, sizeof *head + len + 1);
    head->value = NULL;
    head->len = len;
    char *copy = (char *)(head + 1);
    memcpy(copy, key, len);
    copy[len] = '\0';
    e->key = copy;
    e->hash = h;
    m->count++;
  }
  return e->key;
}

void **ng_strmap_slot(ng_strmap *m, const char *key, size_t len) {
  return &header_of(add(m, key, len))->value;
}

const char *ng_strmap_intern(ng_strmap *m, const char *key, size_t len) { return add(m, key, len); }

void **ng_strmap_slot_interned(ng_strmap *m, const char *key, size_t len, const char **interned) {
  *interned = add(m, key, len);
  return &header_of(*interned)->value;
}

size_t ng_strmap_count(const ng_strmap *m) { return m->count; }
