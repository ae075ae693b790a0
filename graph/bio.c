/* SPDX-License-Identifier: MIT */
/* bio.c: stage 10. Biography: "X was born in 1954 in Moscow" -> birth date and place.
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

ng_status ng_bio_run(ng_doc *d, const ng_diag *diag) {
  (void)diag;
  for (size_t t = 0; t < d->ntok; t++)
    if (ng_tok_is(d, t, "born") && t > 0 && !(d->tok[t].flags & NG_TOK_QUOTED))
      read_birth(d, t);
  return NG_OK;
}
