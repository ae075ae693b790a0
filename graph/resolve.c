/* SPDX-License-Identifier: MIT */
/* resolve.c: stage 5. Mentions -> entities. Mentions are put in text order, then each one is
 * bound to an entity: countries by ISO code, places and organizations by their gazetteer id
 * (or their name when a head word made them), people by name. A person's longer form ("Andrei
 * Gennadyevich Karlov") joins the person with the same first and last word; a surname joins
 * the last person with that surname; he/she joins the subject of the nearest sentence that
 * names a person. The preferred name is the first-and-last form when the text has it. */
#include "clause.h"
#include "doc.h"
#include "strmap.h"
#include "text.h"

#include <stdint.h>
#include <stdlib.h>

static int cmp_mentions(const void *a, const void *b) {
  const ng_mention *x = a, *y = b;
  if (x->tb != y->tb)
    return x->tb < y->tb ? -1 : 1;
  return x->te < y->te ? 1 : x->te > y->te ? -1 : 0;
}

/* Sort mentions by position and fix the indexes that point at them. */
/* Sorts the mentions by position; each keeps its entity. */
static void sort_mentions(ng_doc *d) {
  int *entity = ng_xmalloc((d->nm ? d->nm : 1) * sizeof(int));
  for (size_t i = 0; i < d->nm; i++) {
    entity[i] = d->m[i].entity;
    d->m[i].entity = (int)i; /* remember the old index while sorting */
  }
  if (d->nm)
    qsort(d->m, d->nm, sizeof *d->m, cmp_mentions);
  int *where = ng_xmalloc((d->nm ? d->nm : 1) * sizeof(int));
  for (size_t i = 0; i < d->nm; i++)
    where[d->m[i].entity] = (int)i;
  for (size_t i = 0; i < d->nm; i++) {
    d->m[i].entity = entity[d->m[i].entity];
    if (d->m[i].country >= 0)
      d->m[i].country = where[d->m[i].country];
  }
  free(where);
  free(entity);
  for (size_t t = 0; t < d->ntok; t++)
    d->tok_mention[t] = -1;
  for (size_t i = 0; i < d->nm; i++)
    for (uint32_t t = d->m[i].tb; t < d->m[i].te; t++)
      d->tok_mention[t] = (int)i;
}

/* The index of the first entity with `key`: a map, so that an article with thousands of
 * entities costs no square of them. */
static void index_entity(ng_doc *d, size_t i) {
  if (!d->ent_by_key)
    d->ent_by_key = ng_strmap_new();
  void **slot = ng_strmap_slot(d->ent_by_key, d->ent[i].key, strlen(d->ent[i].key));
  if (!*slot)
    *slot = (void *)(uintptr_t)(i + 1);
}

static void reindex_entities(ng_doc *d) {
  ng_strmap_free(d->ent_by_key);
  d->ent_by_key = NULL;
  for (size_t i = 0; i < d->nent; i++)
    index_entity(d, i);
}

static int find_entity(const ng_doc *d, const char *key) {
  void *v = d->ent_by_key ? ng_strmap_get(d->ent_by_key, key, strlen(key)) : NULL;
  return v ? (int)((uintptr_t)v - 1) : -1;
}

int ng_doc_entity(ng_doc *d, ng_ekind kind, const char *key, const char *name) {
  int e = find_entity(d, key);
  if (e >= 0)
    return e;
  NG_GROW(d->ent, d->nent, d->entcap);
  ng_entity *x = &d->ent[d->nent];
  memset(x, 0, sizeof *x);
  x->kind = kind;
  x->key = key;
  x->name = name;
  x->of = x->within = -1;
  x->nationality = -1;
  x->birthplace = -1;
  index_entity(d, d->nent);
  return (int)d->nent++;
}

void ng_entity_add_alt(ng_entity *e, const char *name) {
  if (strcmp(e->name, name) == 0)
    return;
  for (size_t i = 0; i < e->nalt; i++)
    if (strcmp(e->alt[i], name) == 0)
      return;
  NG_GROW(e->alt, e->nalt, e->altcap);
  e->alt[e->nalt++] = name;
}

void ng_entity_add_desc(ng_entity *e, const char *text) {
  for (size_t i = 0; i < e->ndesc; i++)
    if (strcmp(e->desc[i], text) == 0)
      return;
  NG_GROW(e->desc, e->ndesc, e->desccap);
  e->desc[e->ndesc++] = text;
}

static const char *slug(ng_doc *d, const char *prefix, const char *text) {
  ng_buf b = NG_BUF_INIT;
  ng_buf_puts(&b, prefix);
  ng_slug(&b, text, strlen(text));
  const char *s = ng_arena_strndup(d->arena, b.data, b.len);
  ng_buf_free(&b);
  return s;
}

static int country_entity(ng_doc *d, const ng_country *c) {
  int e = ng_doc_entity(d, NG_E_COUNTRY, ng_arena_printf(d->arena, "country/%s", c->iso2), c->name);
  d->ent[e].country = c;
  return e;
}

static int place_entity(ng_doc *d, const ng_mention *m) {
  if (m->form == NG_FORM_HEADED) {
    const char *name = ng_doc_span_text(d, m->tb, m->te);
    int e = ng_doc_entity(d, NG_E_PLACE, slug(d, "place/", name), name);
    d->ent[e].type = m->type;
    uint32_t te = m->te; /* "Wadi Barada valley", "Hmeimim air base": known without the head */
    while (m->ref && te > m->tb + 1 && !(d->tok[te - 1].flags & NG_TOK_CAP))
      te--;
    if (te < m->te)
      ng_entity_add_alt(&d->ent[e], ng_doc_span_text(d, m->tb, te));
    return e;
  }
  const ng_place *p = m->ref;
  int e = ng_doc_entity(d, NG_E_PLACE, ng_arena_printf(d->arena, "place/%s/%s", p->country->iso2,
                                                    p->id), p->name);
  d->ent[e].place = p;
  int country = country_entity(d, p->country); /* may move d->ent: call first */
  d->ent[e].of = country;
  return e;
}

/* The country of a name ending in a head word: a country or place inside it ("Moscow State
 * Institute", "University of Sao Paulo"), else one right before it ("Iran's Ministry of
 * Intelligence", "the Egyptian National Election Authority"); -1 if none. */
static int headed_country(ng_doc *d, const ng_mention *m) {
  for (uint32_t t = m->tb; t < m->te; t++) {
    for (uint32_t n = m->te - t; n >= 1; n--) {
      for (const ng_lex *l = ng_doc_lookup(d, t, n); l; l = l->next) {
        if (l->kind == NG_LEX_COUNTRY || l->kind == NG_LEX_DEMONYM)
          return country_entity(d, l->ref);
        if (l->kind == NG_LEX_PLACE)
          return country_entity(d, ((const ng_place *)l->ref)->country);
      }
    }
  }
  uint32_t t = m->tb;
  if (t > 0 && (d->tok[t - 1].flags & NG_TOK_POSS))
    t--;
  int before = t > 0 ? d->tok_mention[t - 1] : -1;
  if (before >= 0 && d->m[before].kind == NG_M_COUNTRY)
    return country_entity(d, d->m[before].ref);
  const ng_head *head = m->ref;
  return head && head->national ? ng_doc_context_country(d, (size_t)(m - d->m)) : -1;
}

/* The gazetteer place right before mention m, over a possessive: "Ankara riot police". */
static const ng_place *place_before(const ng_doc *d, const ng_mention *m) {
  uint32_t t = m->tb;
  if (t > 0 && (d->tok[t - 1].flags & NG_TOK_POSS))
    t--;
  const ng_mention *p = t > 0 ? ng_doc_mention_at(d, t - 1) : NULL;
  return p && p->kind == NG_M_PLACE && p->form == NG_FORM_NAME ? p->ref : NULL;
}

/* The name a headed mention writes: its text, with a possessive inside written "'s" whatever
 * the apostrophe ("People’s Mujahedin" and "People's Mujahedin" are one name). */
static const char *headed_name_text(ng_doc *d, const ng_mention *m) {
  ng_buf b = NG_BUF_INIT;
  for (uint32_t t = m->tb; t < m->te; t++) {
    if (t > m->tb && (d->tok[t].flags & NG_TOK_SPACE_BEFORE))
      ng_buf_putc(&b, ' ');
    if (d->tok[t].flags & NG_TOK_POSS)
      ng_buf_puts(&b, "'s");
    else
      ng_buf_put(&b, ng_tok_text(d, t), ng_tok_len(d, t));
  }
  const char *s = ng_arena_strndup(d->arena, ng_buf_cstr(&b), b.len);
  ng_buf_free(&b);
  return s;
}

/* The country of a sentence that opens on where it happens ("In Minsk, the Foreign Ministry
 * said"), for a mention after that opening; -1 if the sentence opens otherwise. */
static int opening_scene_country(const ng_doc *d, const ng_mention *m) {
  uint32_t tb = d->sent[d->tok[m->tb].sent].tb;
  const ng_mention *scene = ng_doc_mention_at(d, tb + 1);
  if (!scene || scene->tb != tb + 1 || scene->te >= m->tb || scene->entity < 0 ||
      !ng_doc_word_is(d, tb, NG_GRAM_WHERE_PREP) || !ng_tok_is(d, scene->te, ","))
    return -1;
  if (scene->kind == NG_M_COUNTRY)
    return scene->entity;
  return scene->kind == NG_M_PLACE ? d->ent[scene->entity].of : -1;
}

static int org_entity(ng_doc *d, const ng_mention *m) {
  if (m->form == NG_FORM_HEADED) {
    const char *name = headed_name_text(d, m);
    int e = ng_doc_entity(d, NG_E_ORG, slug(d, "org/", name), name);
    d->ent[e].type = m->type;
    if (d->ent[e].of < 0) {
      int c = headed_country(d, m);
      d->ent[e].of = c;
    }
    return e;
  }
  if (m->form == NG_FORM_UNIT) {
    const ng_country *c = NULL;
    const ng_place *place = place_before(d, m);
    if (m->country >= 0) {
      c = d->m[m->country].ref;
    } else if (place && place->country) {
      c = place->country; /* "the Ankara riot police", "Istanbul's police" */
    } else {
      /* "the Foreign Ministry said": in wire copy, the ministry of the dateline's country,
         unless the sentence opens elsewhere ("In Minsk, the Foreign Ministry said") */
      int e = opening_scene_country(d, m);
      if (e < 0)
        e = d->dateline >= 0 ? d->dateline : ng_doc_context_country(d, (size_t)(m - d->m));
      if (e < 0)
        return -1; /* "the Foreign Ministry" of no country we can tell */
      c = d->ent[e].country;
    }
    int e = ng_doc_entity(d, NG_E_ORG,
                       ng_arena_printf(d->arena, "org/%s/%s", c->iso2, m->unit->id),
                       m->unit->label);
    d->ent[e].unit = m->unit;
    d->ent[e].type = m->unit->type;
    int country = country_entity(d, c); /* may move d->ent: call first */
    d->ent[e].of = country;
    ng_entity_add_alt(&d->ent[e], ng_doc_span_text(d, m->tb, m->te));
    return e;
  }
  const ng_org *o = m->ref;
  int e = ng_doc_entity(d, NG_E_ORG, ng_arena_printf(d->arena, "org/%s", o->id), o->name);
  ng_entity_add_alt(&d->ent[e], ng_doc_span_text(d, m->tb, m->te)); /* the name as the text wrote it */
  d->ent[e].org = o;
  d->ent[e].type = o->type;
  if (o->country) {
    int country = country_entity(d, o->country); /* may move d->ent: call first */
    d->ent[e].of = country;
  }
  return e;
}

/* ---- people ---- */

/* Does mention m name a person in full: two words or more, or a given name with the surname
 * of the next name ("Kemal" of "Kemal and Yusuf Darbinyan")? */
static bool is_full_name(const ng_mention *m) {
  return m->kind == NG_M_PERSON &&
         ((m->form == NG_FORM_NAME && m->te - m->tb >= 2) || m->form == NG_FORM_SHARED);
}

/* "Kim Lind was leaving her car": a possessive his/her later in the named person's own
 * clause, with no one else, no comma and no speech verb between, says the person's gender.
 * It outranks the given-name list, whose genders are only the usual ones. */
static char stated_gender(const ng_doc *d, const ng_mention *m) {
  enum { CLAUSE_TOKENS = 16 }; /* bounded: a line of a million names costs no square */
  uint32_t sent = d->tok[m->tb].sent;
  for (const ng_mention *o = m + 1; o < d->m + d->nm && d->tok[o->tb].sent == sent; o++) {
    if (o->tb > m->te + CLAUSE_TOKENS)
      return 0;
    if (o->kind != NG_M_PERSON && o->kind != NG_M_PARTICIPANT)
      continue;
    size_t from = m->te; /* over an age: "Kim Lind, 59, had parked her car" */
    if (ng_tok_is(d, from, ",") && from + 2 < o->tb && (d->tok[from + 1].flags & NG_TOK_NUM) &&
        ng_tok_is(d, from + 2, ","))
      from += 3;
    for (size_t k = from; k < o->tb; k++)
      if (!(d->tok[k].flags & NG_TOK_WORD) || (d->tok[k].flags & NG_TOK_QUOTED) ||
          ng_doc_word_is(d, k, NG_GRAM_CLAUSE_BREAK) || ng_doc_word_is(d, k, NG_GRAM_RELATIVE) ||
          ng_lex_find(ng_doc_lookup(d, k, 1), NG_LEX_CUE))
        return 0;
    const ng_pronoun *p = o->form == NG_FORM_PRONOUN ? o->ref : NULL;
    bool possessive =
        p && ng_doc_word_is(d, o->tb, NG_GRAM_POSSESSIVE) && !ng_is_object_pronoun(d, o);
    return possessive && p->gender != 'n' ? p->gender : 0;
  }
  return 0;
}

/* What the given name of a full-name mention says of the person's gender: 'm', 'f' or 0. */
static char listed_gender(const ng_doc *d, const ng_mention *m) {
  if (!is_full_name(m))
    return 0;
  const ng_lex *l = ng_lex_find(ng_doc_lookup(d, m->tb, 1), NG_LEX_GIVEN);
  return l ? (char)(uintptr_t)l->ref : 0;
}

/* Is someone else whose given name is of gender g named in full in m's sentence or the two
 * before it? */
static bool other_named_before(const ng_doc *d, const ng_mention *m, char g) {
  enum { SENTENCES = 2, MENTIONS = 60 }; /* bounded: a line of names costs no square */
  uint32_t s = d->tok[m->tb].sent;
  for (const ng_mention *o = m; o-- > d->m && m - o <= MENTIONS;) {
    if (d->tok[o->tb].sent + SENTENCES < s)
      return false;
    if (listed_gender(d, o) == g && strcmp(d->tok[o->te - 1].norm, d->tok[m->te - 1].norm))
      return true;
  }
  return false;
}

/* What person name mention m says of the gender: the text beside it (`*stated`), else its
 * given name; 0 for other mentions or when neither tells. A possessive that contradicts the
 * given name while someone of its gender was just named is that one's: "Daniel Otieno
 * resigned. President Grace Wanjiru accepted his resignation." */
static char name_gender(const ng_doc *d, const ng_mention *m, bool *stated) {
  *stated = false;
  if (m->kind != NG_M_PERSON || (m->form != NG_FORM_NAME && m->form != NG_FORM_SHARED))
    return 0;
  char g = stated_gender(d, m), listed = listed_gender(d, m);
  if (g && listed && g != listed && other_named_before(d, m, g))
    g = 0;
  *stated = g != 0;
  return g ? g : listed;
}

/* What the text says of the person's gender at any of its names, else what the given name of
 * its first full name says. */
char ng_person_gender(const ng_doc *d, int entity) {
  char listed = 0;
  for (size_t i = 0; i < d->nm; i++) {
    bool stated;
    char g = d->m[i].entity == entity ? name_gender(d, &d->m[i], &stated) : 0;
    if (g && stated)
      return g;
    if (!listed)
      listed = g;
  }
  return listed;
}

/* Fold what mention m says of its person's gender into *gender and *stated, read in mention
 * order as ng_person_gender reads them: the first stated gender, else the first listed one. */
static void fold_gender(const ng_doc *d, const ng_mention *m, char *gender, bool *stated) {
  bool says;
  char g = *stated ? 0 : name_gender(d, m, &says);
  if (g && (says || !*gender)) {
    *gender = g;
    *stated = says;
  }
}

/* Kept on the entity as names are bound, so that a pronoun asks its candidates' gender
 * without reading every mention of the text. */
static void note_gender(ng_doc *d, const ng_mention *m) {
  if (m->entity >= 0)
    fold_gender(d, m, &d->ent[m->entity].gender, &d->ent[m->entity].gender_stated);
}

char *ng_person_genders(const ng_doc *d) {
  char *gender = ng_xcalloc(d->nent ? d->nent : 1, 1);
  bool *stated = ng_xcalloc(d->nent ? d->nent : 1, sizeof *stated);
  for (size_t i = 0; i < d->nm; i++)
    if (d->m[i].entity >= 0)
      fold_gender(d, &d->m[i], &gender[d->m[i].entity], &stated[d->m[i].entity]);
  free(stated);
  return gender;
}

bool ng_gender_fits(char a, char b) { return !a || !b || a == 'n' || b == 'n' || a == b; }

static const char *first_norm(const ng_doc *d, const ng_mention *m) { return d->tok[m->tb].norm; }
static const char *last_norm(const ng_doc *d, const ng_mention *m) {
  if (m->form == NG_FORM_SHARED)
    return d->tok[((const ng_shared_name *)m->ref)->surname].norm;
  return d->tok[ng_name_last_word(d, m->tb, m->te)].norm;
}

/* Are the words of the shorter of two name mentions the first (or, at_end, the last) words of
 * the longer? Sets *shorter to it. */
static bool name_inside(const ng_doc *d, const ng_mention *a, const ng_mention *b, bool at_end,
                        const ng_mention **shorter) {
  if (a->form != NG_FORM_NAME || b->form != NG_FORM_NAME)
    return false;
  if (a->te - a->tb > b->te - b->tb) {
    const ng_mention *t = a;
    a = b, b = t;
  }
  *shorter = a;
  uint32_t n = a->te - a->tb, skip = at_end ? (b->te - b->tb) - n : 0;
  for (uint32_t k = 0; k < n; k++)
    if (strcmp(d->tok[a->tb + k].norm, d->tok[b->tb + skip + k].norm))
      return false;
  return true;
}

/* "Aloysio Nunes" and "Aloysio Nunes Ferreira Filho". */
static bool is_prefix_name(const ng_doc *d, const ng_mention *a, const ng_mention *b) {
  const ng_mention *shorter;
  return name_inside(d, a, b, false, &shorter);
}

/* "Boone Isaacs" of "Cheryl Boone Isaacs": the shorter, of two or more words and no given name
 * first, is the longer's family name. */
static bool is_family_name_of(const ng_doc *d, const ng_mention *a, const ng_mention *b) {
  const ng_mention *shorter;
  return a->te - a->tb != b->te - b->tb && name_inside(d, a, b, true, &shorter) &&
         shorter->te - shorter->tb >= 2 && !ng_lex_find(ng_doc_lookup(d, shorter->tb, 1), NG_LEX_GIVEN);
}

/* How many mentions back (and, for a surname, ahead) a name looks for the person it names:
 * further than any article needs, so that a text of a million names costs no more than its
 * length times this. */
enum { PERSON_REACH = 4000 };

/* The person entity a full name joins: the same first and last word ("Andrei Gennadyevich
 * Karlov"), a name that starts with it or with which it starts, or one whose family name it
 * is; the first such name of the PERSON_REACH before it. */
static int person_for_name(ng_doc *d, size_t mi) {
  const ng_mention *m = &d->m[mi];
  for (size_t k = mi > PERSON_REACH ? mi - PERSON_REACH : 0; k < mi; k++) {
    const ng_mention *o = &d->m[k];
    if (!is_full_name(o) || o->entity < 0)
      continue;
    if ((!strcmp(first_norm(d, o), first_norm(d, m)) && !strcmp(last_norm(d, o), last_norm(d, m))) ||
        is_prefix_name(d, o, m) || is_family_name_of(d, o, m))
      return o->entity;
  }
  return -1;
}

/* Is w the family name of full name o: its last word, the first of two family names
 * ("Salinas" of "Ricardo Salinas Ortega"), or its first word when that is a family name
 * written first ("Wang" of "Wang Lei")? */
static bool has_surname(const ng_doc *d, const ng_mention *o, const char *w) {
  if (!strcmp(ng_surname_key(d, last_norm(d, o)), w))
    return true;
  if (o->form == NG_FORM_NAME &&
      !strcmp(ng_surname_key(d, d->tok[ng_name_first_family_word(d, o->tb, o->te)].norm), w))
    return true;
  return !strcmp(first_norm(d, o), w) && ng_kb_family_first(d->kb, w);
}

static bool is_full_name_with_surname(const ng_doc *d, const ng_mention *o, const char *w) {
  return o->kind == NG_M_PERSON && o->form == NG_FORM_NAME && o->te - o->tb >= 2 &&
         has_surname(d, o, w);
}

/* The person a single word names: the most recent one with that surname, else the first
 * after it, PERSON_REACH mentions each way at most. */
static int person_for_surname(const ng_doc *d, size_t mi) {
  const char *w = ng_surname_key(d, d->tok[d->m[mi].te - 1].norm); /* "el Haddad": Haddad */
  for (size_t k = mi; k-- > 0 && mi - k <= PERSON_REACH;)
    if (is_full_name_with_surname(d, &d->m[k], w))
      return (int)k;
  for (size_t k = mi; k < d->nm && k - mi <= PERSON_REACH; k++)
    if (is_full_name_with_surname(d, &d->m[k], w))
      return (int)k;
  return -1;
}

static int person_entity(ng_doc *d, size_t mi);

/* The subject of the nearest sentence (this one, before the pronoun, then up to three back)
 * that the pronoun's gender fits. */
static int person_for_pronoun(const ng_doc *d, size_t mi) {
  enum { SUBJECT_REACH = 3, NAME_REACH = 8 };
  const ng_pronoun *p = d->m[mi].ref;
  uint32_t s = d->tok[d->m[mi].tb].sent;
  size_t first = mi; /* the first mention SUBJECT_REACH sentences back */
  while (first > 0 && d->tok[d->m[first - 1].tb].sent + SUBJECT_REACH >= s)
    first--;
  for (uint32_t back = 0; back <= SUBJECT_REACH && back <= s; back++) {
    for (size_t k = first; k < mi; k++) {
      const ng_mention *o = &d->m[k];
      if (o->kind == NG_M_PERSON && o->entity >= 0 && d->tok[o->tb].sent == s - back &&
          !(d->tok[o->tb].flags & NG_TOK_QUOTED) &&
          ng_gender_fits(d->ent[o->entity].gender, p ? p->gender : 0))
        return o->entity;
    }
  }
  /* no subject nearby (quotations in between): the last person named before it */
  for (size_t k = mi; k-- > 0 && d->tok[d->m[k].tb].sent + NAME_REACH >= s;) {
    const ng_mention *o = &d->m[k];
    if (o->kind == NG_M_PERSON && o->form != NG_FORM_PRONOUN && o->entity >= 0 &&
        ng_gender_fits(d->ent[o->entity].gender, p ? p->gender : 0))
      return o->entity;
  }
  return -1;
}

/* The person a given name alone names ("Ada"): the one full name that starts with it. */
static int person_for_given(ng_doc *d, size_t mi) {
  int found = -1;
  for (size_t k = 0; k < d->nm; k++) {
    const ng_mention *o = &d->m[k];
    if (!is_full_name(o) || strcmp(first_norm(d, o), first_norm(d, &d->m[mi])))
      continue;
    if (o->entity < 0) {
      d->m[k].entity = person_entity(d, k);
      note_gender(d, &d->m[k]);
    }
    if (found >= 0 && found != d->m[k].entity)
      return -1; /* two people share the name: say nothing */
    found = d->m[k].entity;
  }
  return found;
}

static int person_entity(ng_doc *d, size_t mi) {
  ng_mention *m = &d->m[mi];
  if (m->form == NG_FORM_PRONOUN)
    return person_for_pronoun(d, mi);
  if (m->form == NG_FORM_GIVEN)
    return person_for_given(d, mi);
  if (m->form == NG_FORM_SHARED) {
    int e = person_for_name(d, mi);
    return e >= 0 ? e
                  : ng_doc_entity(d, NG_E_PERSON, ng_arena_printf(d->arena, "m%zu", mi),
                                  ((const ng_shared_name *)m->ref)->name);
  }
  if (m->te - m->tb == 1 || m->form == NG_FORM_SURNAME) {
    int k = person_for_surname(d, mi);
    if (k >= 0) {
      m->form = NG_FORM_SURNAME;
      if (d->m[k].entity < 0) { /* a surname before the full name: bind it now */
        d->m[k].entity = person_entity(d, (size_t)k);
        note_gender(d, &d->m[k]);
      }
      return d->m[k].entity;
    }
  }
  if (m->te - m->tb == 1) { /* "Ellen said", a cue making it a name: the Ellen named in full */
    int e = person_for_given(d, mi);
    if (e >= 0) {
      m->form = NG_FORM_GIVEN;
      return e;
    }
  }
  if (m->entity >= 0)
    return m->entity;
  const char *name = ng_doc_span_text(d, m->tb, m->te);
  int e = m->te - m->tb >= 2 ? person_for_name(d, mi) : -1;
  if (e >= 0)
    return e;
  /* provisional key: the final one comes from the preferred name */
  return ng_doc_entity(d, NG_E_PERSON, ng_arena_printf(d->arena, "m%zu", mi), name);
}

static bool is_name_form(const ng_mention *m) {
  return m->entity >= 0 && m->kind == NG_M_PERSON && m->form == NG_FORM_NAME;
}

/* The preferred name: a form of exactly two words, first and last ("Andrei Karlov" of
 * "Andrei Gennadyevich Karlov", not "Boone Isaacs" of "Cheryl Boone Isaacs"), when there is
 * one, else the longest (the first of them). One pass over the mentions for each step, so an
 * article of many people costs no mentions-times-people. */
static void choose_person_names(ng_doc *d) {
  const ng_mention **longest = ng_xcalloc(d->nent ? d->nent : 1, sizeof *longest);
  const ng_mention **two = ng_xcalloc(d->nent ? d->nent : 1, sizeof *two);
  for (size_t i = 0; i < d->nm; i++) {
    const ng_mention *m = &d->m[i];
    const ng_mention *best = is_name_form(m) ? longest[m->entity] : NULL;
    if (is_name_form(m) && (!best || m->te - m->tb > best->te - best->tb))
      longest[m->entity] = m;
  }
  for (size_t i = 0; i < d->nm; i++) {
    const ng_mention *m = &d->m[i];
    if (is_name_form(m) && m->te - m->tb == 2 && !two[m->entity] &&
        !strcmp(d->tok[m->tb].norm, d->tok[longest[m->entity]->tb].norm))
      two[m->entity] = m;
  }
  for (size_t e = 0; e < d->nent; e++) {
    ng_entity *x = &d->ent[e];
    const ng_mention *name = two[e] ? two[e] : longest[e];
    if (x->kind != NG_E_PERSON)
      continue;
    x->name = name ? ng_doc_span_text(d, name->tb, name->te) : x->name;
    x->key = slug(d, "person/", x->name);
  }
  reindex_entities(d); /* the people's keys changed */
  for (size_t i = 0; i < d->nm; i++) {
    const ng_mention *m = &d->m[i];
    if (m->entity >= 0 && d->ent[m->entity].kind == NG_E_PERSON && m->form == NG_FORM_NAME &&
        m->te - m->tb >= 2)
      ng_entity_add_alt(&d->ent[m->entity], ng_doc_span_text(d, m->tb, m->te));
  }
  free(longest);
  free(two);
}

/* Is country entity c named (by name or demonym) by a mention other than `skip`? */
static bool named_elsewhere(const ng_doc *d, int c, size_t skip) {
  for (size_t i = 0; i < d->nm; i++)
    if (i != skip && d->m[i].kind == NG_M_COUNTRY && d->m[i].entity == c)
      return true;
  return false;
}

static bool is_dash(const ng_doc *d, size_t t) {
  return ng_tok_is(d, t, "-") || ng_tok_is(d, t, "--") || ng_tok_is(d, t, "\u2013") ||
         ng_tok_is(d, t, "\u2014");
}

/* The token after the dash that closes a dateline opening at token t, within its sentence's
 * first words ("KANO, Nigeria, Oct 4 (Wire) - "), or 0. */
static size_t dateline_end(const ng_doc *d, size_t t) {
  enum { DATELINE_TOKENS = 16 };
  size_t end = d->sent[d->tok[t].sent].te;
  for (size_t k = t + 1; k < end && k <= t + DATELINE_TOKENS; k++)
    if (is_dash(d, k))
      return k + 1;
  return 0;
}

/* A dateline whose town we do not know ("LORCA, May 2 (Wire) - Police ..."): a word in
 * capitals opening one of the first paragraphs, a dash soon after it, and the story in
 * ordinary case after the dash (not a headline: "SOCCER - LATE GOAL SINKS LEEDS"). Where
 * its story starts, or 0. */
static size_t unknown_dateline_end(const ng_doc *d) {
  for (size_t t = 0; t < d->ntok && d->tok[t].sent <= 3; t++) {
    const ng_token *k = &d->tok[t];
    if ((t > 0 && !(k->flags & NG_TOK_NL)) || !(k->flags & NG_TOK_WORD))
      continue;
    if (!(k->flags & NG_TOK_ALLCAPS) || (k->flags & NG_TOK_NUM) || k->ce - k->cb < 2)
      continue; /* not "A man - who ..." */
    size_t end = dateline_end(d, t);
    bool story = end && end + 1 < d->ntok && !(d->tok[end].flags & NG_TOK_ALLCAPS) &&
                 !(d->tok[end + 1].flags & NG_TOK_ALLCAPS);
    return story ? end : 0; /* the first line that opens in capitals decides */
  }
  return 0;
}

/* "ANKARA, Dec. 20 (Wire) -", "MOSCOW -": a place in capitals opening one of the first
 * paragraphs. It counts only when the story names that country itself: a Brussels dateline
 * on a story about Iran says little about whose "Foreign Minister" is meant. */
static void find_dateline(ng_doc *d) {
  for (size_t i = 0; i < d->nm; i++) {
    const ng_mention *m = &d->m[i];
    const ng_token *t = &d->tok[m->tb];
    if (d->tok[m->tb].sent > 3)
      break;
    bool opens = m->tb == 0 || (t->flags & NG_TOK_NL);
    if (opens && (t->flags & NG_TOK_ALLCAPS) && m->entity >= 0 &&
        (m->kind == NG_M_PLACE || m->kind == NG_M_COUNTRY)) {
      int c = m->kind == NG_M_COUNTRY ? m->entity : d->ent[m->entity].of;
      d->dateline_place = m->kind == NG_M_PLACE ? m->entity : -1;
      d->dateline_end = dateline_end(d, m->tb);
      if (named_elsewhere(d, c, i))
        d->dateline = c;
      return;
    }
  }
  d->dateline_end = unknown_dateline_end(d);
}

/* The latest mention of each class of place and organization, kept up to date by a walk over
 * the (sorted) mentions in text order: one pass for a whole article, however many nouns refer
 * back. */
typedef struct class_latest {
  const char *cls;
  ng_mkind kind;
  int entity;
  size_t mention; /* index of the latest mention: the first of those starting furthest on */
} class_latest;

typedef struct named_last {
  class_latest *of;
  size_t n, cap;
  size_t next; /* the next mention to pass */
} named_last;

/* Pass the first nm mentions that start before token t, noting each class's latest. */
static void pass_mentions(const ng_doc *d, named_last *nl, size_t t, size_t nm) {
  for (; nl->next < nm && d->m[nl->next].tb < t; nl->next++) {
    const ng_mention *m = &d->m[nl->next];
    if ((m->kind != NG_M_ORG && m->kind != NG_M_PLACE) || m->form == NG_FORM_NOMINAL ||
        m->entity < 0 || m->te > t)
      continue;
    const char *cls = ng_entity_class(&d->ent[m->entity]);
    if (!cls)
      continue;
    size_t k = 0;
    while (k < nl->n && (nl->of[k].kind != m->kind || strcmp(nl->of[k].cls, cls)))
      k++;
    if (k == nl->n) {
      NG_GROW(nl->of, nl->n, nl->cap);
      nl->of[nl->n++] = (class_latest){cls, m->kind, -1, 0};
    }
    if (nl->of[k].entity < 0 || m->tb > d->m[nl->of[k].mention].tb)
      nl->of[k] = (class_latest){cls, m->kind, m->entity, nl->next};
  }
}

/* The place or organization of one of the classes `list` the story named last before the
 * mentions passed (its latest mention), or -1. */
static int last_named_of(const ng_doc *d, const named_last *nl, ng_mkind kind, const char *list) {
  const class_latest *best = NULL;
  for (size_t k = 0; k < nl->n; k++) {
    const class_latest *c = &nl->of[k];
    if (c->kind != kind || !ng_list_has(list, c->cls))
      continue;
    uint32_t tb = d->m[c->mention].tb;
    if (!best || tb > d->m[best->mention].tb ||
        (tb == d->m[best->mention].tb && c->mention < best->mention))
      best = c;
  }
  return best ? best->entity : -1;
}

/* "the city", "the province", "the group": a definite noun that heads.csv says refers back
 * (column refers) is the place or organization of those classes the story named last
 * ("Kandahar province ... the province", "the Islamic State ... the group claimed"). Not "the
 * city of Lyon", which names its place, nor "the city council", nor "his village". Returns
 * whether it added any. */
static bool refer_nouns(ng_doc *d) {
  bool added = false;
  size_t nm = d->nm; /* the nouns' own mentions go after these */
  named_last nl = {0};
  for (size_t i = 1; i < d->ntok; i++) {
    if (!ng_doc_token_free(d, i) || !ng_doc_word_is(d, i - 1, NG_GRAM_DEFINITE) ||
        ng_lex_find(ng_doc_lookup(d, i - 1, 1), NG_LEX_PRONOUN) ||
        (i + 1 < d->ntok && (ng_tok_is(d, i + 1, "of") ||
                             ng_lex_find(ng_doc_lookup(d, i + 1, 1), NG_LEX_HEAD))))
      continue;
    const ng_lex *l = ng_lex_find(ng_doc_lookup(d, i, 1), NG_LEX_HEAD);
    const ng_head *h = l ? l->ref : NULL;
    if (!h || !h->refers)
      continue;
    ng_mkind kind = h->target == NG_HEAD_PLACE ? NG_M_PLACE : NG_M_ORG;
    pass_mentions(d, &nl, i, nm);
    int e = last_named_of(d, &nl, kind, h->refers);
    if (e >= 0) {
      int m = ng_doc_add_mention(d, kind, NG_FORM_NOMINAL, (uint32_t)i, (uint32_t)i + 1, NULL);
      d->m[m].entity = e; /* after the call: adding may move d->m */
      added = true;
    }
  }
  free(nl.of);
  return added;
}

/* ---- organizations named again ---- */

static void put_key(ng_strmap *map, const ng_doc *d, uint32_t tb, uint32_t te, size_t value,
                    ng_buf *key) {
  ng_doc_words_key(d, tb, te, key);
  void **slot = ng_strmap_slot(map, key->data, key->len);
  if (!*slot)
    *slot = (void *)(uintptr_t)(value + 1);
}

/* A company's name before its legal form: "Comelf" of "Comelf Ltd". */
static bool is_company_form(const ng_doc *d, const ng_mention *m) {
  return m->form == NG_FORM_HEADED && m->type && !strcmp(m->type, "Company") && m->te - m->tb >= 2 &&
         ng_lex_find(ng_doc_lookup(d, m->te - 1, 1), NG_LEX_HEAD);
}

/* The words of every organization the article names by name -> its mention's index + 1;
 * for a company, also its words before the legal form. */
static ng_strmap *org_names(const ng_doc *d, ng_buf *key) {
  ng_strmap *orgs = ng_strmap_new();
  for (size_t i = 0; i < d->nm; i++) {
    const ng_mention *m = &d->m[i];
    if (m->kind != NG_M_ORG || m->entity < 0 || (m->form != NG_FORM_NAME && m->form != NG_FORM_HEADED))
      continue;
    put_key(orgs, d, m->tb, m->te, i, key);
    if (is_company_form(d, m))
      put_key(orgs, d, m->tb, m->te - 1, i, key);
  }
  return orgs;
}

/* The family names of the people the article names in full ("Ford" of "Harrison Ford"). */
static ng_strmap *full_name_surnames(const ng_doc *d, ng_buf *key) {
  ng_strmap *names = ng_strmap_new();
  for (size_t i = 0; i < d->nm; i++)
    if (is_full_name(&d->m[i]) && d->m[i].form == NG_FORM_NAME) {
      uint32_t last = ng_name_last_word(d, d->m[i].tb, d->m[i].te);
      put_key(names, d, last, last + 1, i, key);
    }
  return names;
}

/* "Harbor Tools spokesman Ivo Kanel ... Harbor Tools said", "Comelf Ltd ... Comelf said": a
 * name the person rules took (a cue makes "X said" a person) is the organization with those
 * words, unless it is the family name of someone named in full. */
static void orgs_named_again(ng_doc *d) {
  ng_buf key = NG_BUF_INIT;
  ng_strmap *orgs = org_names(d, &key), *surnames = full_name_surnames(d, &key);
  for (size_t i = 0; i < d->nm; i++) {
    ng_mention *m = &d->m[i];
    if (m->kind != NG_M_PERSON || (m->form != NG_FORM_NAME && m->form != NG_FORM_SURNAME))
      continue;
    ng_doc_words_key(d, m->tb, m->te, &key);
    void *v = ng_strmap_get(orgs, key.data, key.len);
    if (!v || ng_strmap_get(surnames, key.data, key.len))
      continue;
    const ng_mention *o = &d->m[(uintptr_t)v - 1];
    m->kind = NG_M_ORG, m->form = o->form, m->ref = o->ref, m->type = o->type;
    m->entity = o->entity;
  }
  ng_strmap_free(orgs);
  ng_strmap_free(surnames);
  ng_buf_free(&key);
}

/* "near the town of Tera ... gunmen ambushed a patrol near Tera": a place the story named with
 * its head ("the town of X", "Wadi Barada valley") is that place when its capitalised words
 * come again alone, in words no other mention took. Returns whether it added any. */
static bool places_named_again(ng_doc *d) {
  enum { WORDS = 4 };
  ng_buf key = NG_BUF_INIT;
  ng_strmap *places = ng_strmap_new();
  size_t n = d->nm;
  for (size_t i = 0; i < n; i++) {
    const ng_mention *m = &d->m[i];
    if (m->kind != NG_M_PLACE || m->form != NG_FORM_HEADED || m->entity < 0)
      continue;
    uint32_t te = m->te;
    while (te > m->tb && !(d->tok[te - 1].flags & NG_TOK_CAP))
      te--;
    if (te > m->tb && te - m->tb <= WORDS)
      put_key(places, d, m->tb, te, i, &key);
  }
  bool added = false;
  for (size_t t = 0; t < d->ntok && ng_strmap_count(places); t++) {
    size_t len = 0;
    while (len < WORDS && t + len < d->ntok && (d->tok[t + len].flags & NG_TOK_CAP) &&
           ng_doc_token_free(d, t + len))
      len++;
    for (; len > 0; len--) {
      ng_doc_words_key(d, (uint32_t)t, (uint32_t)(t + len), &key);
      void *v = ng_strmap_get(places, key.data, key.len);
      if (!v || (t + len < d->ntok && (d->tok[t + len].flags & NG_TOK_CAP)))
        continue; /* the whole name, not the start of a longer one */
      const ng_mention *o = &d->m[(uintptr_t)v - 1];
      int entity = o->entity;
      const char *type = o->type;
      int m = ng_doc_add_mention(d, NG_M_PLACE, NG_FORM_NAME, (uint32_t)t, (uint32_t)(t + len),
                                 NULL);
      d->m[m].entity = entity; /* after the call: adding may move d->m */
      d->m[m].type = type;
      added = true;
      t += len - 1;
      break;
    }
  }
  ng_strmap_free(places);
  ng_buf_free(&key);
  return added;
}

ng_status ng_resolve_run(ng_doc *d, const ng_diag *diag) {
  (void)diag;
  sort_mentions(d);
  for (size_t i = 0; i < d->nm; i++) /* places and countries first: the dateline needs them */
    if (d->m[i].kind == NG_M_COUNTRY)
      d->m[i].entity = country_entity(d, d->m[i].ref);
    else if (d->m[i].kind == NG_M_PLACE)
      d->m[i].entity = place_entity(d, &d->m[i]);
  find_dateline(d);
  if (places_named_again(d))
    sort_mentions(d);
  for (size_t i = 0; i < d->nm; i++)
    if (d->m[i].kind == NG_M_ORG)
      d->m[i].entity = org_entity(d, &d->m[i]);
  orgs_named_again(d);
  for (size_t i = 0; i < d->nm; i++)
    if (d->m[i].kind == NG_M_PERSON) {
      d->m[i].entity = person_entity(d, i);
      note_gender(d, &d->m[i]);
    }
  choose_person_names(d);
  if (refer_nouns(d))
    sort_mentions(d); /* the nouns join the other mentions in text order */
  return NG_OK;
}
