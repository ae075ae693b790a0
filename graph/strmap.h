/* SPDX-License-Identifier: MIT */
/* strmap.h: a string-keyed hash map (open addressing). Keys are copied into the map;
 * values are borrowed pointers the caller keeps alive. */
#ifndef NG_STRMAP_H
#define NG_STRMAP_H
#include <stddef.h>

typedef struct ng_strmap ng_strmap;
ng_strmap *ng_strmap_new(void);
void ng_strmap_free(ng_strmap *m);
/* The value stored under key, or NULL. */
void *ng_strmap_get(const ng_strmap *m, const char *key, size_t len);
/* The slot for key, inserted (holding NULL) when missing. Valid until the map is freed. */
void **ng_strmap_slot(ng_strmap *m, const char *key, size_t len);
size_t ng_strmap_count(const ng_strmap *m);
/* The map's own copy of key, added with a NULL value if absent: one copy per distinct string,
 * so copies compare equal by pointer. Borrowed; valid until the map is freed. */
const char *ng_strmap_intern(ng_strmap *m, const char *key, size_t len);
/* ng_strmap_slot and ng_strmap_intern in one lookup: the slot, and the map's copy of key in
 * *interned. */
void **ng_strmap_slot_interned(ng_strmap *m, const char *key, size_t len, const char **interned);
#endif
