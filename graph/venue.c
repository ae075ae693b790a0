/* SPDX-License-Identifier: MIT */
/* venue.c: stage 9, before the events. Places the story describes without naming them: "at a
 * police station", "outside his home", "in a village near Ghazni" (venues.csv). Each is a
 * place of its own article, since the house of one story is not the house of another; it
 * keeps what the text calls it and the place the text puts it in ("a flat in the old town"). The
 * events read it as their venue, beside the named place they happened in. */
#include "doc.h"
#include "strmap.h"

#include <inttypes.h>
#include <stdint.h>
#include <string.h>

/* The venues.csv row a free lower-case word at token t is, or NULL. */
static const ng_venue_word *venue_word_at(const ng_doc *d, size_t t) {
  if (!ng_doc_token_free(d, t) || (d->tok[t].flags & NG_TOK_CAP))
    return NULL;
  const ng_lex *l = ng_lex_find(ng_doc_lookup(d, t, 1), NG_LEX_VENUE);
  return l ? l->ref : NULL;
}

/* A free word that only says what kind of place it is: "busy", "police", "bus", and a
 * capitalised one no table knows ("the Christmas market") but not a sentence's first. */
static bool is_plain_modifier(const ng_doc *d, size_t t) {
  const ng_token *k = &d->tok[t];
  if (!ng_doc_token_free(d, t) || !(k->flags & NG_TOK_WORD) || (k->flags & NG_TOK_NUM) ||
      ((k->flags & NG_TOK_CAP) && d->sent[k->sent].tb == t))
    return false;
  const ng_lex *l = ng_doc_lookup(d, t, 1);
  return !ng_lex_find(l, NG_LEX_GRAMMAR) && !ng_lex_find(l, NG_LEX_TRIGGER) &&
         !ng_lex_find(l, NG_LEX_CUE) && !ng_lex_find(l, NG_LEX_SUPPORT) &&
         !ng_lex_find(l, NG_LEX_CALENDAR);
}

/* A name inside the phrase that says whose or where ("a Kabul police station", "the Russian
 * embassy", "the Mill Lane bus station"): not a person, not a trigger. */
static const ng_mention *inner_name(const ng_doc *d, size_t t) {
  const ng_mention *m = ng_doc_mention_at(d, t);
  if (!m || m->kind == NG_M_PERSON || m->kind == NG_M_TRIGGER || m->kind == NG_M_DATE ||
      m->form == NG_FORM_PRONOUN)
    return NULL;
  return m;
}

/* Does a function word at token t end a noun phrase before it ("at the station in", "the
 * house where", "the bakery was")? */
static bool closes_noun_phrase(const ng_doc *d, size_t t) {
  static const ng_grammar_role ROLES[] = {
      NG_GRAM_PREPOSITION, NG_GRAM_PLACE_PREP,  NG_GRAM_WHERE_PREP, NG_GRAM_RELATIVE,
      NG_GRAM_CLAUSE_BREAK, NG_GRAM_TEMPORAL,   NG_GRAM_SUBORDINATOR, NG_GRAM_PASSIVE_AUX,
      NG_GRAM_PERFECT,     NG_GRAM_MODAL,       NG_GRAM_CAUSE_PREP, NG_GRAM_PATIENT_PREP};
  for (size_t i = 0; i < NG_COUNTOF(ROLES); i++)
    if (ng_doc_word_is(d, t, ROLES[i]))
      return true;
  return ng_tok_is(d, t, "and") || ng_tok_is(d, t, "or");
}

/* May the word after a venue word end the phrase: punctuation, a date, a function word, a verb
 * ("the house exploded"); not a word the venue word only qualifies ("a house party", "a
 * school Easter fair", "the market's"), nor "of" and a name ("the town of Lorca" is Lorca)? */
static bool ends_phrase(const ng_doc *d, size_t t) {
  if (t >= d->ntok || d->tok[t].sent != d->tok[t - 1].sent)
    return true;
  const ng_token *k = &d->tok[t];
  if (k->flags & NG_TOK_POSS)
    return false;
  const ng_mention *m = ng_doc_mention_at(d, t);
  if (m)
    return m->kind == NG_M_DATE || (m->kind == NG_M_TRIGGER && !((const ng_trigger *)m->ref)->noun);
  if (!(k->flags & NG_TOK_WORD))
    return true;
  if (k->flags & NG_TOK_CAP)
    return false;
  if (ng_tok_is(d, t, "of"))
    return t + 1 < d->ntok && !(d->tok[t + 1].flags & NG_TOK_CAP) && ng_doc_token_free(d, t + 1);
  const ng_lex *l = ng_doc_lookup(d, t, 1);
  return closes_noun_phrase(d, t) || ng_lex_find(l, NG_LEX_CUE) ||
         ng_doc_trigger_reading(d, t, 1, false);
}

/* A described place ending at a venue word. */
typedef struct phrase {
  size_t first;  /* its first word after the determiner or possessor */
  size_t tail;   /* its first free word: the mention (names inside it keep theirs) */
  int within;    /* a place named inside it ("the Mill Lane bus station"), or -1 */
  bool definite; /* "the", "his": may mean one told before ("a" may not) */
} phrase;

/* Read the phrase ending at the venue word at token h into *p. False unless a place
 * preposition opens it, or what names what an act is aimed at: a preposition ("a raid on a
 * market") or the act's verb ("attacked a police checkpoint"). */
static bool read_phrase(const ng_doc *d, size_t h, phrase *p) {
  enum { WORDS = 4 };
  size_t t = h;
  bool free_run = true; /* the words read so far are free: the mention may start earlier */
  p->tail = h;
  p->within = -1;
  for (int steps = 0; t > 0 && steps < WORDS; steps++) {
    const ng_mention *m = inner_name(d, t - 1);
    if (is_plain_modifier(d, t - 1)) {
      t--;
      if (free_run)
        p->tail = t;
    } else if (m) {
      free_run = false;
      if (m->kind == NG_M_PLACE && m->form != NG_FORM_DEMONYM && p->within < 0)
        p->within = m->entity;
      t = m->tb;
    } else {
      break;
    }
  }
  p->first = t;
  const ng_mention *whose;
  size_t open;
  if (t > 0 && ng_doc_word_is(d, t - 1, NG_GRAM_DETERMINER)) {
    open = t - 1;
    p->definite = !ng_doc_word_is(d, t - 1, NG_GRAM_INDEFINITE);
  } else if (ng_doc_possessor(d, t, &whose) && whose) {
    open = whose->tb; /* "his home", "the minister's house" */
    if (open > 0 && ng_doc_word_is(d, open - 1, NG_GRAM_DETERMINER))
      open--;
    p->definite = true;
  } else {
    return false; /* "in hospital", "at home": which, the text does not say */
  }
  return open > 0 && (ng_doc_word_is(d, open - 1, NG_GRAM_PLACE_PREP) ||
                     ng_doc_word_is(d, open - 1, NG_GRAM_PATIENT_PREP) || /* "a raid on a market" */
                     ng_doc_trigger_reading(d, open - 1, 1, false)); /* "attacked a checkpoint" */
}

/* The place named right after "in" past the venue word ("a flat in the old town", "a checkpoint
 * in western Kabul"), or -1. */
static int place_after(const ng_doc *d, size_t h) {
  if (!ng_tok_is(d, h + 1, "in"))
    return -1;
  size_t k = h + 2 + ng_doc_word_is(d, h + 2, NG_GRAM_DETERMINER);
  if (is_plain_modifier(d, k) && !(d->tok[k].flags & NG_TOK_CAP))
    k++; /* "in western Kabul" */
  const ng_mention *m = ng_doc_mention_at(d, k);
  return m && m->tb == k && m->entity >= 0 && m->form != NG_FORM_DEMONYM &&
                 (m->kind == NG_M_PLACE || m->kind == NG_M_COUNTRY)
             ? m->entity
             : -1;
}

/* What the stage remembers while it reads the article: each map is read once per phrase, so a
 * long article costs no square of its phrases. */
typedef struct venues {
  ng_strmap *named; /* last word of a named place -> (its first end token + 1) */
  ng_strmap *last;  /* venue word -> (the last described place with it + 1) */
} venues;

static void *as_value(size_t n) { return (void *)(uintptr_t)n; }
static size_t of_value(const void *v) { return (size_t)(uintptr_t)v; }

/* Did the story name, before token h, a place whose name ends in the venue word at h ("the
 * Ada Gallery ... inside the gallery")? Then "the gallery" is that one. */
static bool named_before(const ng_doc *d, const venues *v, size_t h) {
  size_t end = of_value(ng_strmap_get(v->named, d->tok[h].norm, strlen(d->tok[h].norm)));
  return end && end - 1 <= h;
}

/* The place named before `end` whose name ends in the word at token t. */
static void remember_name(const ng_doc *d, venues *v, size_t t, size_t end) {
  const char *w = d->tok[t].norm;
  void **first = ng_strmap_slot(v->named, w, strlen(w));
  if (!*first || of_value(*first) - 1 > end)
    *first = as_value(end + 1);
}

static void add_venue(ng_doc *d, venues *v, size_t h, const ng_venue_word *w, const phrase *p) {
  if (p->definite && p->first == h && named_before(d, v, h))
    return;
  const char *text = ng_doc_span_text(d, (uint32_t)p->first, (uint32_t)h + 1);
  void **last = ng_strmap_slot(v->last, w->word, strlen(w->word));
  int e = p->definite && *last ? (int)of_value(*last) - 1 : -1; /* "the house" told before */
  if (e < 0) {
    e = ng_doc_entity(d, NG_E_PLACE, ng_arena_printf(d->arena, "location/%" PRIu32, d->tok[h].cb),
                      text);
    d->ent[e].described = w;
    d->ent[e].type = w->type;
    d->ent[e].bare = p->definite && p->first == h;
    *last = as_value((size_t)e + 1);
  } else {
    ng_entity_add_alt(&d->ent[e], text);
  }
  int within = p->within >= 0 ? p->within : place_after(d, h);
  if (d->ent[e].within < 0 && within >= 0 && within != e)
    d->ent[e].within = within;
  int m = ng_doc_add_mention(d, NG_M_PLACE, NG_FORM_DESCRIBED, (uint32_t)p->tail,
                             (uint32_t)h + 1, w);
  d->m[m].entity = e;
}

ng_status ng_venue_run(ng_doc *d, const ng_diag *diag) {
  (void)diag;
  venues v = {.named = ng_strmap_new(), .last = ng_strmap_new()};
  for (size_t i = 0; i < d->nm; i++) {
    const ng_mention *m = &d->m[i];
    if (m->kind == NG_M_PLACE) { /* "the Ada Gallery", and "Lisburn Road station" */
      remember_name(d, &v, m->te - 1, m->te);
      if (ng_doc_token_free(d, m->te) && !(d->tok[m->te].flags & NG_TOK_CAP))
        remember_name(d, &v, m->te, m->te + 1);
    }
  }
  for (size_t h = 1; h < d->ntok; h++) {
    const ng_venue_word *w = venue_word_at(d, h);
    phrase p;
    if (w && ends_phrase(d, h + 1) && read_phrase(d, h, &p))
      add_venue(d, &v, h, w, &p);
  }
  ng_strmap_free(v.named);
  ng_strmap_free(v.last);
  return NG_OK;
}
