/* SPDX-License-Identifier: MIT */
/* clause.h: the clause grammar that event.c (arguments) and modality.c (what is no event)
 * share. Internal to the library. Tokens are indices into d->tok. */
#ifndef NG_CLAUSE_H
#define NG_CLAUSE_H

#include "doc.h"

/* The clause around tokens [tb, te): [*cb, *ce). */
void ng_clause_of(const ng_doc *d, size_t tb, size_t te, size_t *cb, size_t *ce);
/* Is pronoun mention m an object ("hit her", "arrested him"), not a possessive ("her car")? */
bool ng_is_object_pronoun(const ng_doc *d, const ng_mention *m);
/* "The attack in Orangi came two days after gunmen ambushed a convoy": is there, between token
 * k and the trigger tm (before or after it), a subordinator after a span of time? The clause it
 * opens tells an event at another time: a place on the far side is not that event's, nor is
 * the incident. */
bool ng_at_another_time(const ng_doc *d, size_t k, const ng_mention *tm);
/* A clause break (grammar.csv clause_break) at token t. */
bool ng_is_break(const ng_doc *d, size_t t);
/* A lower-case word that is neither common nor a trigger: an adjective ("cowardly"). */
bool ng_is_adjective_like(const ng_doc *d, size_t t);
/* "was", "been", "had": a word that only helps the verb after it. */
bool ng_is_auxiliary(const ng_doc *d, size_t t);
/* A past participle: "-ed", or an irregular one from grammar.csv. */
bool ng_is_participle(const ng_doc *d, size_t t);
/* An "-ing" form: "attacking", "losing". */
bool ng_is_gerund(const ng_doc *d, size_t t);
/* "was shot", "were killed": the verb at tb is passive. */
bool ng_is_passive(const ng_doc *d, size_t tb);
/* No object follows a verb that ends before token t. */
bool ng_no_object_after(const ng_doc *d, size_t t);
/* The first token of the auxiliaries right before token tb. */
size_t ng_over_auxiliaries_left(const ng_doc *d, size_t tb);
/* The start of a support verb within a few words before the noun at tb ("launched an
 * attack"), or 0. */
size_t ng_support_verb_before(const ng_doc *d, size_t tb);

/* modality.c: does the trigger tm of event e report no event (a section label, another sense
 * of its word, or what the text does not state as having happened)? */
bool ng_event_not_reported(const ng_doc *d, const ng_event *e, const ng_mention *tm);
/* Is a verb of what happens to a person told of a thing ("released photos", "fired rockets")? */
bool ng_told_of_a_thing(const ng_doc *d, const ng_event *e, const ng_mention *tm);

#endif
