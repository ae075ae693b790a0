/* SPDX-License-Identifier: MIT */
/* place.c: where the places a story names lie, and where its incident happened, as the text
 * says it. Stage 8, before the events: "the Ada Gallery in Izmir's Konak district" puts the
 * gallery in the district and the district in Izmir (schema:containedInPlace), so that "the
 * attack in the Konak district" may report an attack in Izmir. Stage 13, after the incidents:
 * "police were at the scene, the Ada Gallery" names the venue of the incident told before it,
 * a place of its own beside the city its sentence gave. Only places that no gazetteer row
 * places are placed: a city's country is the gazetteer's, never a sentence's. */
#include "doc.h"

/* The entity of the place or country named by the mention starting at token t ("Turkey", not
 * "Turkish"), or -1. */
static int named_place_at(const ng_doc *d, size_t t) {
  const ng_mention *m = ng_doc_mention_at(d, t);
  if (!m || m->tb != t || m->entity < 0 || m->form == NG_FORM_DEMONYM)
    return -1;
  return m->kind == NG_M_PLACE || m->kind == NG_M_COUNTRY ? m->entity : -1;
}

/* A place the text names with a head word ("Konak district", "Ada Gallery"): where it lies is
 * the text's to say. */
static bool is_unplaced(const ng_doc *d, int e) {
  return e >= 0 && d->ent[e].kind == NG_E_PLACE && !d->ent[e].place;
}

/* The country that place e lies in, through the places the text put it in; or -1. */
static int country_of_place(const ng_doc *d, int e) {
  enum { DEPTH = 8 };
  for (int k = 0; e >= 0 && k < DEPTH; k++) {
    if (d->ent[e].kind == NG_E_COUNTRY)
      return e;
    e = ng_doc_outer_place(d, e);
  }
  return -1;
}

/* The first thing the story says of where `inner` lies is kept. */
static void put_within(ng_doc *d, int inner, int outer) {
  if (!is_unplaced(d, inner) || d->ent[inner].within >= 0 || outer < 0 ||
      ng_doc_place_within(d, outer, inner))
    return;
  d->ent[inner].within = outer;
}

/* Is token t a possessive "'s", on its own or ending the mention before it? */
static bool possessive_at(const ng_doc *d, size_t t) {
  return t < d->ntok && (d->tok[t].flags & NG_TOK_POSS);
}

/* "Izmir's old Konak district": the headed place after a place's possessive and up to two
 * lower-case words, put inside that place. Returns it, or -1. */
static int possessed_place(ng_doc *d, const ng_mention *owner) {
  enum { ADJECTIVES = 2 };
  size_t k = owner->te;
  if (possessive_at(d, k))
    k++;
  else if (!possessive_at(d, owner->te - 1))
    return -1;
  for (size_t n = 0; n < ADJECTIVES && ng_doc_token_free(d, k) &&
                     (d->tok[k].flags & NG_TOK_WORD) && !(d->tok[k].flags & NG_TOK_CAP);
       n++)
    k++;
  int inner = named_place_at(d, k);
  if (!is_unplaced(d, inner))
    return -1;
  put_within(d, inner, owner->entity);
  return inner;
}

/* The place a phrase starting at token t names, the most precise of it: "the Konak district",
 * "Izmir's Konak district" (the district), "Izmir". Returns -1 if none starts there. */
static int place_phrase_at(ng_doc *d, size_t t) {
  if (ng_doc_word_is(d, t, NG_GRAM_DETERMINER))
    t++;
  int outer = named_place_at(d, t);
  if (outer < 0)
    return -1;
  int inner = possessed_place(d, ng_doc_mention_at(d, t));
  return inner >= 0 ? inner : outer;
}

/* Does the list of places end at token t: no "and" or "or" joins another place to it? */
static bool ends_place_list(const ng_doc *d, size_t t) {
  return t >= d->ntok || ng_tok_is(d, t, ",") || ng_tok_is(d, t, ".") || ng_tok_is(d, t, ")") ||
         d->tok[t].sent != d->tok[t - 1].sent;
}

/* "X in Y", "X on Y Street", and "X, Y" where Y is a city or country that ends the list ("a
 * cafe in Calle Mayor, Madrid, Spain"): X lies in Y. */
static void place_after(ng_doc *d, const ng_mention *m) {
  size_t t = m->te;
  if (t + 1 >= d->ntok)
    return;
  if (ng_tok_is(d, t, "in") || ng_tok_is(d, t, "on")) {
    put_within(d, m->entity, place_phrase_at(d, t + 1));
    return;
  }
  if (!ng_tok_is(d, t, ","))
    return;
  const ng_mention *next = ng_doc_mention_at(d, t + 1);
  int outer = named_place_at(d, t + 1);
  if (outer >= 0 && !is_unplaced(d, outer) && ends_place_list(d, next->te))
    put_within(d, m->entity, outer);
}

ng_status ng_place_run(ng_doc *d, const ng_diag *diag) {
  (void)diag;
  for (size_t i = 0; i < d->nm; i++) {
    const ng_mention *m = &d->m[i];
    if (named_place_at(d, m->tb) < 0 || ng_doc_mention_at(d, m->tb) != m)
      continue;
    possessed_place(d, m);
    if (is_unplaced(d, m->entity))
      place_after(d, m);
  }
  return NG_OK;
}

/* ---- the scene ---- */

/* The incident of the last event before token t that is part of a scene (an attack, a
 * killing): the event its reports became, and the whole it is part of; or -1. */
static int incident_before(const ng_doc *d, size_t t) {
  int best = -1;
  uint32_t best_tb = 0;
  for (size_t i = 0; i < d->nev; i++) {
    const ng_event *e = &d->ev[i];
    for (size_t k = 0; k < e->nmentions; k++) {
      uint32_t tb = d->m[e->mentions[k]].tb;
      if (tb < t && ng_event_in_scene(e) && (best < 0 || tb > best_tb))
        best = (int)i, best_tb = tb;
    }
  }
  while (best >= 0 && d->ev[best].merged_into >= 0)
    best = d->ev[best].merged_into;
  if (best >= 0 && d->ev[best].part_of >= 0)
    best = d->ev[best].part_of;
  return best >= 0 && d->ev[best].merged_into == -1 ? best : -1;
}

/* May `venue` be where event e happened: in the place e was told to be in, or in no place the
 * text contradicts? */
static bool fits_setting(const ng_doc *d, const ng_event *e, int venue) {
  if (e->place < 0 || e->place == venue)
    return true;
  if (ng_doc_place_within(d, venue, e->place))
    return true;
  int c = country_of_place(d, venue);
  return c < 0 || c == country_of_place(d, e->place);
}

/* Give event i the venue, as its place if it has none, else beside it (instead of one the
 * text only described: "an art gallery" is the X Gallery the scene names). */
static void set_venue(ng_doc *d, int i, int venue) {
  ng_event *e = &d->ev[i];
  if ((e->venue >= 0 && !d->ent[e->venue].described) || e->place == venue ||
      !fits_setting(d, e, venue))
    return;
  if (e->venue >= 0) {
    e->venue = venue;
    return;
  }
  if (e->place < 0)
    e->place = venue;
  else
    e->venue = venue;
}

/* "Police shot the gunman at the scene, the Ada Gallery in Izmir": the gallery is where the
 * incident told before that sentence happened, and where the events of the sentence before
 * "the scene" did. */
static void name_scenes(ng_doc *d) {
  for (size_t t = 1; t + 2 < d->ntok; t++) {
    if (!ng_doc_word_is(d, t, NG_GRAM_SCENE) || !ng_doc_word_is(d, t - 1, NG_GRAM_DEFINITE) ||
        !ng_tok_is(d, t + 1, ","))
      continue;
    int venue = place_phrase_at(d, t + 2);
    if (!is_unplaced(d, venue))
      continue;
    uint32_t sb = d->sent[d->tok[t].sent].tb;
    int incident = incident_before(d, sb);
    if (incident >= 0)
      set_venue(d, incident, venue);
    for (size_t i = 0; i < d->nev; i++) {
      const ng_mention *tm = &d->m[d->ev[i].mentions[0]];
      if (tm->tb >= sb && tm->tb < t && d->ev[i].merged_into == -1 && d->ev[i].part_of < 0 &&
          ng_event_in_scene(&d->ev[i]))
        set_venue(d, (int)i, venue);
    }
  }
}

ng_status ng_scene_run(ng_doc *d, const ng_diag *diag) {
  (void)diag;
  name_scenes(d);
  for (size_t i = 0; i < d->nent; i++) /* the country its places give, for the graph */
    if (is_unplaced(d, (int)i) && d->ent[i].of < 0)
      d->ent[i].of = country_of_place(d, d->ent[i].within);
  return NG_OK;
}
