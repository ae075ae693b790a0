/* SPDX-License-Identifier: MIT */
/* bio.c: stage 12. Biography: "X was born in 1954 in Moscow" -> birth date and place; "took up
 * his post in Ankara in July 2013" -> the start of a tenure, "resigned on Thursday" its end.
 * (Education comes from Graduation events, nationality from participants' demonyms.) */
#include "clause.h"
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
  enum { REACH = 12 }; /* "born on March 3, 1950 in Lyon, France" */
  size_t end = d->sent[d->tok[t].sent].te;
  for (size_t k = t + 1; k < end && k <= t + REACH; k++) {
    if (ng_tok_is(d, k, "and") || ng_is_break(d, k))
      break; /* "born in Krakow and graduated in 1989": the year is the degree's */
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

/* Does a role link ("as", "became") come right before the title at token t, over a
 * determiner, a possessive and title adjectives ("as its new ambassador")? */
static bool after_role_link(const ng_doc *d, size_t t) {
  enum { WORDS = 3 };
  for (size_t k = t; k > 0 && t - k <= WORDS; k--) {
    if (ng_doc_word_is(d, k - 1, NG_GRAM_ROLE_LINK))
      return true;
    if (!ng_doc_word_is(d, k - 1, NG_GRAM_DETERMINER) &&
        !ng_doc_word_is(d, k - 1, NG_GRAM_POSSESSIVE) &&
        !ng_doc_word_is(d, k - 1, NG_GRAM_TITLE_ADJECTIVE))
      return false;
  }
  return false;
}

/* The tenure of `holder` whose title the sentence of the event's first word names at token
 * `from` or after ("appointed X as prime minister", "Prime Minister X resigned"), or NULL;
 * a title after a role link first ("named veteran diplomat X as its ambassador": the
 * embassy, not the diplomat's career). */
static ng_tenure *named_tenure(ng_doc *d, int holder, const ng_event *e, size_t from) {
  uint32_t sent = d->tok[d->m[e->mentions[0]].tb].sent;
  ng_tenure *found = NULL;
  for (size_t i = 0; i < d->nten; i++) {
    ng_tenure *t = &d->ten[i];
    for (size_t k = 0; t->holder == holder && k < t->nevidence; k++) {
      const ng_mention *m = &d->m[t->evidence[k]];
      if (d->tok[m->tb].sent != sent || m->tb < from)
        continue;
      if (m->kind == NG_M_TITLE && after_role_link(d, m->tb))
        return t; /* the title's link: the holder's name after "appointed" links nothing */
      if (!found)
        found = t;
    }
  }
  return found;
}

/* "He ... took up his post in Ankara in July 2013", "was appointed prime minister on
 * Thursday": a dated appointment starts the post it gives its patient, the one named after
 * it, else its post in the place named, when the text gives that post no start of its own. */
static void start_from_appointment(ng_doc *d, const ng_event *e) {
  if (e->merged_into != -1 || e->patient < 0 || e->date.gran == NG_TIME_NONE ||
      !ng_event_in_family(e->trigger->cls, "Appointment"))
    return;
  ng_tenure *t = named_tenure(d, e->patient, e, d->m[e->mentions[0]].te);
  if (!t)
    t = appointed_tenure(d, e->patient, ng_doc_country_of(d, e->place));
  if (t && t->start.gran == NG_TIME_NONE)
    t->start = e->date;
}

/* "Prime Minister X resigned on Thursday", "X was dismissed as interior minister on Friday":
 * a dated resignation or dismissal ends the post its sentence names for its patient, else
 * the patient's only post, when the text gives that post no end of its own. */
static void end_from_resignation(ng_doc *d, const ng_event *e) {
  if (e->merged_into != -1 || e->patient < 0 || e->date.gran == NG_TIME_NONE ||
      !(ng_event_in_family(e->trigger->cls, "Resignation") ||
        ng_event_in_family(e->trigger->cls, "Dismissal")))
    return;
  ng_tenure *t = named_tenure(d, e->patient, e, 0);
  if (!t)
    t = appointed_tenure(d, e->patient, -1);
  if (t && t->end.gran == NG_TIME_NONE)
    t->end = e->date;
}

ng_status ng_bio_run(ng_doc *d, const ng_diag *diag) {
  (void)diag;
  for (size_t i = 0; i < d->nev; i++) {
    start_from_appointment(d, &d->ev[i]);
    end_from_resignation(d, &d->ev[i]);
  }
  for (size_t t = 0; t < d->ntok; t++)
    if (ng_tok_is(d, t, "born") && t > 0 && !(d->tok[t].flags & NG_TOK_QUOTED))
      read_birth(d, t);
  return NG_OK;
}
