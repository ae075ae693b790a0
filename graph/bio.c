/* SPDX-License-Identifier: MIT */
/* bio.c: stage 10. Biography: "X was born in 1954 in Moscow" -> birth date and place; "took up
 * his post in Ankara in July 2013" -> the start of a tenure.
 * (Education comes from Graduation events, nationality from participants' demonyms.) */
#include "doc.h"

/* The person the sentence is about before token t: the nearest person mention. */
static int person_before(const ng_doc *d, size_t t) {
  for (size_t k = t; k-- > d->sent[d->tok[t].sent].tb;) {
    const ng_mention *m = ng_doc_mention_at(d, k);
    if (m && m->kind == NG_M_PERSON && m->entity >= 0)
      return m->entity;
  }
  return -1;
}

static void read_birth(ng_doc *d, size_t t) {
  int p = person_before(d, t);
  if (p < 0)
    return;
  ng_entity *e = &d->ent[p];
  for (size_t k = t + 1; k < d->sent[d->tok[t].sent].te; k++) {
    const ng_mention *m = ng_doc_mention_at(d, k);
    if (!m || m->tb != k)
      continue;
    if (m->kind == NG_M_DATE && e->birth.gran == NG_TIME_NONE && m->time.gran <= NG_TIME_DAY)
      e->birth = m->time;
    else if (m->kind == NG_M_PLACE && m->entity >= 0 && e->birthplace < 0 &&
             (ng_tok_is(d, k - 1, "in") || ng_tok_is(d, k - 1, "near")))
      e->birthplace = m->entity;
    k = m->te - 1;
  }
}

/* The tenure of `holder` that an appointment in country `country` (-1: none named) begins:
 * the one post of theirs to that country (an envoy's) or in it, or with no country their only
 * post; NULL when that leaves several ("named Senator X as foreign minister" in Brasília). */
static ng_tenure *appointed_tenure(ng_doc *d, int holder, int country) {
  ng_tenure *found = NULL;
  for (size_t i = 0; i < d->nten; i++) {
    ng_tenure *t = &d->ten[i];
    bool there = t->to_country >= 0 ? t->to_country == country : t->country == country;
    if (t->holder != holder || (country >= 0 && !there))
      continue;
    if (found)
      return NULL;
    found = t;
  }
  return found;
}

/* "He ... took up his post in Ankara in July 2013": a dated appointment starts the post it
 * gives its patient, when the text gives that post no start of its own. */
static void start_from_appointment(ng_doc *d, const ng_event *e) {
  if (e->merged_into != -1 || e->patient < 0 || e->date.gran == NG_TIME_NONE ||
      !ng_event_in_family(e->trigger->cls, "Appointment"))
    return;
  ng_tenure *t = appointed_tenure(d, e->patient, ng_doc_country_of(d, e->place));
  if (t && t->start.gran == NG_TIME_NONE)
    t->start = e->date;
}

ng_status ng_bio_run(ng_doc *d, const ng_diag *diag) {
  (void)diag;
  for (size_t i = 0; i < d->nev; i++)
    start_from_appointment(d, &d->ev[i]);
  for (size_t t = 0; t < d->ntok; t++)
    if (ng_tok_is(d, t, "born") && t > 0 && !(d->tok[t].flags & NG_TOK_QUOTED))
      read_birth(d, t);
  return NG_OK;
}
