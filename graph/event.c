/* SPDX-License-Identifier: MIT */
/* event.c: stage 10. Trigger words (triggers.csv) -> events with their participants.
 * Each trigger is an event of its class; its arguments are bound inside its sentence:
 *   verb, active   subject = agent (or patient for "died"), object = patient
 *   verb, passive  subject = patient, "by X" = agent
 *   noun           "of/on/against X" or "X's" = patient, "by/from X" = agent, and the subject
 *                  of a support verb before it ("organized a coup attempt")
 *   place          the place named nearest the trigger; date: the nearest date
 * modality.c says which triggers report no event ("had not arrested", "released photos");
 * incident.c then joins the reports of one event across the article's sentences. */
#include "clause.h"
#include "doc.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>


/* A lower-case word that is neither common nor a trigger: an adjective, as in "this cowardly
 * attack", "the gun assault". */
bool ng_is_adjective_like(const ng_doc *d, size_t t) {
  const ng_token *k = &d->tok[t];
  /* a capital is a name's, but in a headline in title case ("in Pub Shooting") */
  bool name_case = (k->flags & NG_TOK_CAP) && !ng_sentence_is_title_case(d, k->sent);
  if (!(k->flags & NG_TOK_WORD) || name_case || (k->flags & NG_TOK_NUM) || d->tok_mention[t] >= 0)
    return false; /* a number is no adjective: "the April 15 attack" */
  const ng_lex *l = ng_doc_lookup(d, t, 1);
  return !ng_lex_find(l, NG_LEX_COMMON) && !ng_lex_find(l, NG_LEX_TRIGGER) &&
         !ng_lex_find(l, NG_LEX_SUPPORT) && !ng_lex_find(l, NG_LEX_CUE);
}

/* The trigger of mention m when it is a verb ("attacked", not "the attack"), or NULL. */
static const ng_trigger *verb_trigger(const ng_mention *m) {
  return m && m->kind == NG_M_TRIGGER && !((const ng_trigger *)m->ref)->noun ? m->ref : NULL;
}

/* Does a support verb end right before token t ("imposed [new] sanctions")? */
static bool support_ends_at(const ng_doc *d, size_t t) {
  for (size_t n = 1; n <= 4 && n <= t; n++)
    if (ng_lex_find(ng_doc_lookup(d, t - n, n), NG_LEX_SUPPORT))
      return true;
  return false;
}

/* "the April 15, 2013, attack", "the Dec. 19 attack": a date before a noun modifies it; what
 * comes before the date decides. Returns the token to look before. */
static size_t over_date_modifier(const ng_doc *d, size_t t) {
  size_t k = t > 1 && ng_tok_is(d, t - 1, ",") ? t - 1 : t;
  const ng_mention *m = k > 0 ? ng_doc_mention_at(d, k - 1) : NULL;
  if (!m || m->kind != NG_M_DATE)
    return t;
  return m->tb > 0 && ng_doc_word_is(d, m->tb - 1, NG_GRAM_DETERMINER) ? m->tb : t;
}

/* Is token k an "and" that joins two modifiers of one noun ("a missile and drone attack")? */
static bool joins_modifiers(const ng_doc *d, size_t k) {
  return k > 0 && k + 1 < d->ntok && ng_tok_is(d, k, "and") && ng_is_adjective_like(d, k - 1) &&
         ng_is_adjective_like(d, k + 1);
}

static bool is_noun_context(const ng_doc *d, size_t t) {
  t = over_date_modifier(d, t);
  bool joined = false;
  for (int skip = 0; skip < 2 && t > 1 && ng_is_adjective_like(d, t - 1) &&
                     !ng_doc_word_is(d, t - 1, NG_GRAM_NOUN_CONTEXT);
       skip++) {
    t--; /* not over "planning" of "was planning attacks": the word says a noun follows */
    if (!joined && t > 2 && joins_modifiers(d, t - 1) &&
        (ng_doc_word_is(d, t - 3, NG_GRAM_DETERMINER) || ng_is_adjective_like(d, t - 3)))
      t -= 2, joined = true; /* "a [massive] missile and drone attack" */
  }
  if (t > 1 && ng_tok_is_quote_mark(d, t - 1))
    t--; /* the "cowardly attack" */
  if (t == 0)
    return false;
  if (support_ends_at(d, t))
    return true; /* its object: "imposed sanctions", "staged protests" */
  if (ng_is_event_noun(ng_doc_mention_at(d, t - 1)))
    return true; /* a compound: "coup probe", "murder trial" */
  const ng_mention *m = ng_doc_mention_at(d, t - 1);
  return ng_doc_word_is(d, t - 1, NG_GRAM_DETERMINER) || ng_doc_word_is(d, t - 1, NG_GRAM_NOUN_CONTEXT) ||
         (d->tok[t - 1].flags & (NG_TOK_POSS | NG_TOK_NUM)) || (m && m->kind == NG_M_COUNTRY);
}

/* Right after a determiner: "the accused", "a convicted recruiter". (Not over other words:
 * "the device detonated"; "that" also opens clauses: "the attack that killed"; and "those
 * arrested" are those who were arrested.) */
static bool after_determiner(const ng_doc *d, size_t t) {
  return t > 0 && ng_doc_word_is(d, t - 1, NG_GRAM_DETERMINER) &&
         !ng_doc_word_is(d, t - 1, NG_GRAM_RELATIVE) &&
         !(ng_doc_word_is(d, t - 1, NG_GRAM_ELIDED_RELATIVE) && ng_is_participle(d, t));
}

/* ---- triggers ---- */

/* A date, or a word for a span or point of time ("year", "day", "Monday", "following"). */
static bool is_time_word(const ng_doc *d, size_t k) {
  const ng_mention *m = ng_doc_mention_at(d, k);
  if (m && m->kind == NG_M_DATE)
    return true;
  const ng_lex *l = ng_lex_find(ng_doc_lookup(d, k, 1), NG_LEX_CALENDAR);
  if (!l)
    return false;
  switch (((const ng_calendar_word *)l->ref)->kind) {
  case NG_CAL_MONTH: case NG_CAL_WEEKDAY: case NG_CAL_RELDAY: case NG_CAL_DAYPART:
  case NG_CAL_YEAR_SHIFT: case NG_CAL_UNIT: case NG_CAL_PERIOD: case NG_CAL_SHIFT:
    return true;
  default:
    return false;
  }
}

static bool is_comma(const ng_doc *d, size_t t) {
  return !(d->tok[t].flags & NG_TOK_WORD) && ng_tok_is(d, t, ",");
}

/* Is the word [i, i+n), with no determiner or possessive right before it, followed by what
 * can only be a verb's object: a count or a determiner ("a bomb wounded two officers", "the
 * explosion injured the driver")? ("The attack two days ago" has its determiner: a noun.) */
static bool object_follows(const ng_doc *d, size_t i, size_t n) {
  size_t t = i + n;
  if (t >= d->ntok || i == 0 || ng_doc_word_is(d, i - 1, NG_GRAM_DETERMINER) ||
      ng_doc_word_is(d, i - 1, NG_GRAM_POSSESSIVE) || (d->tok[i - 1].flags & NG_TOK_POSS) ||
      !(d->tok[i - 1].flags & NG_TOK_WORD))
    return false;
  for (size_t k = t; k < d->ntok && k < t + 3; k++)
    if (is_time_word(d, k))
      return false; /* "a bus crash the next year", "the attack two days ago" */
  return (d->tok[t].flags & NG_TOK_NUM) || ng_doc_word_is(d, t, NG_GRAM_NUMBER) ||
         (ng_doc_word_is(d, t, NG_GRAM_DETERMINER) && !ng_doc_word_is(d, t, NG_GRAM_RELATIVE));
}

/* Is the one word at i, ending in -s, the plural noun a name before it qualifies, "several EU
 * states", "27 EU states", rather than a verb? ("The Pentagon says": after "the" a name may be
 * the subject; "member states" is a participant of participants.csv, no trigger.) */
static bool plural_after_qualifier(const ng_doc *d, size_t i, size_t n) {
  const char *w = d->tok[i].norm;
  size_t len = strlen(w);
  if (n != 1 || i == 0 || len < 3 || w[len - 1] != 's')
    return false;
  const ng_mention *m = ng_doc_mention_at(d, i - 1);
  bool name = m && (m->kind == NG_M_ORG || m->kind == NG_M_COUNTRY || m->kind == NG_M_PLACE);
  if (!name || m->te != i || m->tb == 0)
    return false;
  size_t b = m->tb - 1;
  bool quantifier = ng_doc_word_is(d, b, NG_GRAM_DESCRIPTION_DET) &&
                    !ng_doc_word_is(d, b, NG_GRAM_DETERMINER) &&
                    !ng_doc_word_is(d, b, NG_GRAM_POSSESSIVE) &&
                    !ng_doc_word_is(d, b, NG_GRAM_RELATIVE); /* "several", "some", "two" */
  return quantifier || ng_doc_word_is(d, b, NG_GRAM_NUMBER) || (d->tok[b].flags & NG_TOK_NUM);
}

/* The reading of tokens [i, i+n) that fits: a noun after a determiner, else a verb; a word
 * with only a verb reading is no trigger right after a determiner (it is an adjective or a
 * noun there: "the accused", "a convicted recruiter"). */
static const ng_trigger *pick_reading(const ng_doc *d, size_t i, size_t n) {
  const ng_trigger *verb = NULL, *noun = NULL;
  for (const ng_lex *l = ng_doc_lookup(d, i, n); l; l = l->next)
    if (l->kind == NG_LEX_TRIGGER) {
      const ng_trigger *t = l->ref;
      if (t->noun && !noun)
        noun = t;
      if (!t->noun && !verb)
        verb = t;
    }
  bool infinitive = i > 0 && ng_tok_is(d, i - 1, "to"); /* "the opportunity to attack X" */
  /* "condemns killing of envoy": a headline drops the determiner, but "of" keeps the noun */
  bool of_after = i + n < d->ntok && ng_tok_is(d, i + n, "of");
  /* "Attacks on servicemen have become frequent": a sentence opens with a subject */
  bool opens = (d->tok[i].flags & NG_TOK_SENT_START) &&
               !ng_sentence_is_title_case(d, d->tok[i].sent);
  /* "arrested bombing suspect X": the act a suspect is suspected of is named by a noun */
  bool suspect_after = noun && noun->cls->offence && i + n < d->ntok &&
                       ng_doc_word_is(d, i + n, NG_GRAM_SUSPECT);
  if (noun && verb && object_follows(d, i, n))
    return verb; /* "a bomb wounded two officers": not "the wounded" over "bomb" */
  if (noun && (!verb || suspect_after ||
               ((is_noun_context(d, i) || of_after || opens) && !infinitive)))
    return noun;
  if (!noun && plural_after_qualifier(d, i, n))
    return NULL;
  /* "denied involvement in the Jalalabad bombing": a determiner before the name before it */
  const ng_mention *name = i > 0 ? ng_doc_mention_at(d, i - 1) : NULL;
  if (noun && name && name->te == i && name->kind == NG_M_PLACE && after_determiner(d, name->tb))
    return noun;
  return noun || !after_determiner(d, i) ? verb : NULL;
}

static void add_event(ng_doc *d, int mention, const ng_trigger *t) {
  NG_GROW(d->ev, d->nev, d->evcap);
  ng_event *e = &d->ev[d->nev];
  memset(e, 0, sizeof *e);
  e->trigger = t;
  e->agent = e->coagent = e->patient = e->patient_event = e->place = e->venue = -1;
  e->part_of = e->merged_into = -1;
  NG_GROW(e->mentions, e->nmentions, e->mcap);
  e->mentions[e->nmentions++] = mention;
  d->m[mention].event = (int)d->nev++;
}

/* May token k, inside a phrase trigger that starts before it, be part of the trigger? A word
 * no mention covers, or a pronoun determiner: "took up his post" keeps "his" a mention; or, as
 * the phrase's last word, a described person: "taken hostage" keeps "hostage" one. */
static bool trigger_word(const ng_doc *d, size_t k, bool inner, bool last) {
  if (!(d->tok[k].flags & NG_TOK_WORD))
    return false;
  const ng_mention *m = ng_doc_mention_at(d, k);
  return !m || (inner && m->form == NG_FORM_PRONOUN && m->tb == k && m->te == k + 1) ||
         (last && m->kind == NG_M_PARTICIPANT && m->tb == k && m->te == k + 1) ||
         (last && m->kind == NG_M_TITLE && m->tb == k); /* "recalled its ambassador to X" */
}

/* "KABUL, March 4": a capitalised month name is the month, not a march, wherever a date
 * mention did not take it (one with no publication date to resolve it against). Only at the
 * start of a sentence or in a title-case headline, with no day after it, may it be the noun. */
static bool is_month_name(const ng_doc *d, size_t i) {
  const ng_lex *l = ng_lex_find(ng_doc_lookup(d, i, 1), NG_LEX_CALENDAR);
  const ng_calendar_word *c = l ? l->ref : NULL;
  bool day_after = i + 1 < d->ntok && (d->tok[i + 1].flags & NG_TOK_NUM);
  return c && c->kind == NG_CAL_MONTH && (d->tok[i].flags & NG_TOK_CAP) &&
         (day_after || !((d->tok[i].flags & NG_TOK_SENT_START) ||
                         ng_sentence_is_title_case(d, d->tok[i].sent)));
}

static void find_triggers(ng_doc *d) {
  size_t max = NG_TRIGGER_MAX_WORDS;
  for (size_t i = 0; i < d->ntok; i++) {
    if (is_month_name(d, i))
      continue;
    for (size_t n = max; n >= 1; n--) {
      bool free = i + n <= d->ntok;
      for (size_t k = i; free && k < i + n; k++)
        free = trigger_word(d, k, k > i && k + 1 < i + n, k > i && k + 1 == i + n);
      const ng_trigger *t = free ? pick_reading(d, i, n) : NULL;
      if (!t)
        continue;
      int inner[NG_TRIGGER_MAX_WORDS] = {-1, -1, -1, -1}; /* pronouns stay mentions of their own */
      for (size_t k = i; k < i + n; k++)
        inner[k - i] = d->tok_mention[k];
      int m = ng_doc_add_mention(d, NG_M_TRIGGER, NG_FORM_NAME, (uint32_t)i, (uint32_t)(i + n), t);
      for (size_t k = i; k < i + n; k++)
        if (inner[k - i] >= 0)
          d->tok_mention[k] = inner[k - i];
      add_event(d, m, t);
      i += n - 1;
      break;
    }
  }
}

/* ---- arguments ---- */

typedef struct arg {
  int entity, event; /* at most one is >= 0 */
  bool seat; /* entity is a country named by its capital ("Moscow condemned") */
} arg;
static const arg NO_ARG = {-1, -1, false};

static bool has_arg(arg a) { return a.entity >= 0 || a.event >= 0; }

/* The person a title mention names when it is the evidence of their post: "its ambassador to
 * Turkey, Andrey Karlov" stands for Karlov. -1 otherwise. */
static int title_holder(const ng_doc *d, const ng_mention *m) {
  return m->kind == NG_M_TITLE && m->tenure >= 0 ? d->ten[m->tenure].holder : -1;
}

/* "Moscow condemned", "called on Minsk": a capital named as who acts or is acted on stands
 * for its country's government; not after a `where_prep` ("in Minsk", "flew to Minsk", "west
 * of Minsk") or an article ("a Minsk street vendor"), not before an event noun ("Minsk talks"),
 * nor inside a longer name or word. (A dateline is no subject: see left_arg.) The country
 * entity, or -1. */
static int seat_of_government(const ng_doc *d, const ng_mention *m) {
  const ng_place *p = m->kind == NG_M_PLACE && m->entity >= 0 ? d->ent[m->entity].place : NULL;
  if (!p || !p->country || p->country->capital_place != p || !(d->tok[m->tb].flags & NG_TOK_CAP))
    return -1;
  if (m->tb > 0 && (ng_doc_word_is(d, m->tb - 1, NG_GRAM_WHERE_PREP) ||
                    (ng_doc_word_is(d, m->tb - 1, NG_GRAM_DETERMINER) &&
                     !ng_doc_word_is(d, m->tb - 1, NG_GRAM_RELATIVE))))
    return -1; /* "in Minsk"; "a Minsk protest", but "said that Minsk would" */
  size_t next = m->te;
  const ng_mention *n = ng_doc_mention_at(d, next);
  if (n && n->kind == NG_M_TRIGGER && ((const ng_trigger *)n->ref)->noun)
    return -1; /* "Minsk talks" */
  if ((next < d->ntok && ((d->tok[next].flags & NG_TOK_CAP) || ng_tok_is(d, next, "-"))) ||
      (m->tb > 0 && ng_tok_is(d, m->tb - 1, "-")))
    return -1; /* part of a longer name or word: "Minsk Radio", "pro-Minsk", "Minsk-based" */
  return ng_doc_country_of(d, m->entity);
}

/* What the mention covering token t can be an argument as. */
static arg candidate_at(const ng_doc *d, size_t t, bool events) {
  const ng_mention *m = ng_doc_mention_at(d, t);
  if (!m)
    return NO_ARG;
  int holder = title_holder(d, m);
  if (holder >= 0)
    return (arg){holder, -1, false};
  bool entity = m->entity >= 0 &&
                (m->kind == NG_M_PERSON || m->kind == NG_M_ORG || m->kind == NG_M_PARTICIPANT ||
                 (m->kind == NG_M_COUNTRY && m->form == NG_FORM_NAME));
  if (entity)
    return (arg){m->entity, -1, false};
  int country = seat_of_government(d, m);
  if (country >= 0)
    return (arg){country, -1, true};
  const ng_trigger *trig = m->kind == NG_M_TRIGGER ? m->ref : NULL;
  if (events && trig && m->event >= 0 && trig->noun && !trig->doer)
    return (arg){-1, m->event, false};
  return NO_ARG;
}

bool ng_is_object_pronoun(const ng_doc *d, const ng_mention *m) {
  if (!ng_doc_word_is(d, m->tb, NG_GRAM_OBJECT_PRONOUN))
    return false;
  size_t t = m->te; /* "her" is also a possessive: "her car", but "hit her", "stabbed her in",
                       "stabbed her as she left", "the van that struck her was towed" */
  return !ng_doc_word_is(d, m->tb, NG_GRAM_POSSESSIVE) || t >= d->ntok ||
         !(d->tok[t].flags & NG_TOK_WORD) || ng_doc_word_is(d, t, NG_GRAM_PREPOSITION) ||
         ng_doc_word_is(d, t, NG_GRAM_PASSIVE_AUX) || ng_doc_word_is(d, t, NG_GRAM_MODAL) ||
         ng_doc_word_is(d, t, NG_GRAM_PERFECT) ||
         ng_doc_word_is(d, t, NG_GRAM_PLACE_PREP) || ng_doc_word_is(d, t, NG_GRAM_PATIENT_PREP) ||
         ng_doc_word_is(d, t, NG_GRAM_RELATIVE) || ng_doc_word_is(d, t, NG_GRAM_TEMPORAL) ||
         ng_tok_is(d, t, "and");
}

bool ng_is_break(const ng_doc *d, size_t t) {
  return ng_doc_word_is(d, t, NG_GRAM_CLAUSE_BREAK);
}

/* "condemned that attack": a relative word that is also a determiner, right before an event
 * noun that no verb follows ("said that attacks had increased" opens a clause), is the
 * determiner. */
static bool determines_event_noun(const ng_doc *d, size_t t) {
  const ng_mention *noun = t + 1 < d->ntok ? ng_doc_mention_at(d, t + 1) : NULL;
  if (!ng_doc_word_is(d, t, NG_GRAM_DETERMINER) || !noun || noun->tb != t + 1 ||
      noun->kind != NG_M_TRIGGER || !((const ng_trigger *)noun->ref)->noun)
    return false;
  const ng_mention *after = noun->te < d->ntok ? ng_doc_mention_at(d, noun->te) : NULL;
  return noun->te >= d->ntok ||
         (!ng_is_auxiliary(d, noun->te) && !(after && after->kind == NG_M_TRIGGER));
}

static bool opens_clause(const ng_doc *d, size_t t) {
  return ng_is_break(d, t) ||
         (ng_doc_word_is(d, t, NG_GRAM_RELATIVE) && !determines_event_noun(d, t));
}

static bool same_quoting(const ng_doc *d, size_t a, size_t b) {
  return (d->tok[a].flags & NG_TOK_QUOTED) == (d->tok[b].flags & NG_TOK_QUOTED);
}

/* "Jeremy Corbyn, the leader of the opposition Labour Party, said": when a comma comes right
 * before the verb and closes an apposition, the subject is before the apposition. Returns the
 * token to scan left from. */
static size_t skip_apposition(const ng_doc *d, size_t t, size_t first) {
  size_t verb = t;
  for (int adverbs = 0; adverbs < 2 && t > first + 1 && ng_doc_token_free(d, t - 1) &&
                        (d->tok[t - 1].flags & NG_TOK_WORD) && !(d->tok[t - 1].flags & NG_TOK_CAP);
       adverbs++)
    t--; /* "X, Turkey's foreign minister, again urged" */
  if (t == 0 || !ng_tok_is(d, t - 1, ","))
    return verb;
  for (size_t k = t - 1; k-- > first;) {
    if (ng_tok_is(d, k, ",")) {
      const ng_mention *m = ng_doc_mention_at(d, k + 1);
      bool opens = ng_tok_is(d, k + 1, "the") || ng_tok_is(d, k + 1, "a") ||
                   ng_tok_is(d, k + 1, "an") || ng_tok_is(d, k + 1, "who") ||
                   ng_tok_is(d, k + 1, "which") || (m && m->kind == NG_M_TITLE) ||
                   /* "Russia's ambassador" */
                   (m && m->te < t && (d->tok[m->te].flags & NG_TOK_POSS)) ||
                   (d->tok[k + 1].flags & NG_TOK_NUM);
      return opens ? k : verb;
    }
    if (ng_is_break(d, k) || ng_tok_quoted(d, k))
      break;
  }
  return verb;
}

bool ng_is_gerund(const ng_doc *d, size_t t) {
  size_t n = strlen(d->tok[t].norm);
  return n > 4 && !strcmp(d->tok[t].norm + n - 3, "ing");
}

/* A past participle: "-ed", or an irregular form from grammar.csv ("shot", "slain"). */
bool ng_is_participle(const ng_doc *d, size_t t) {
  const char *w = d->tok[t].norm;
  size_t n = strlen(w);
  return (n > 3 && !strcmp(w + n - 2, "ed")) || ng_doc_word_is(d, t, NG_GRAM_PARTICIPLE);
}

/* A name that only modifies what follows it: a possessor ("Syria's defense minister") or a
 * country or organization before a title, name or description ("U.S. Sen. Robert F. Kennedy",
 * "NATO service members"). */
/* The place described right after mention m ("police" of "a police checkpoint"), or NULL. */
static const ng_mention *described_place_after(const ng_doc *d, const ng_mention *m) {
  const ng_mention *place = ng_doc_mention_at(d, m->te);
  return place && place->tb == m->te && place->form == NG_FORM_DESCRIBED ? place : NULL;
}

static bool is_modifier_at(const ng_doc *d, const ng_mention *m) {
  if (m->te < d->ntok && (d->tok[m->te].flags & NG_TOK_POSS))
    return true;
  if (described_place_after(d, m) && m->kind != NG_M_PERSON)
    return true; /* "a police checkpoint", "the army base": whose place */
  if (m->kind == NG_M_PERSON && m->form == NG_FORM_PRONOUN &&
      ng_doc_word_is(d, m->tb, NG_GRAM_DETERMINER) && m->te < d->ntok &&
      (d->tok[m->te].flags & NG_TOK_WORD) && !ng_is_object_pronoun(d, m))
    return true; /* "signed his letter": "his" only says whose */
  if (ng_is_event_noun(m)) { /* "arrested murder suspects": the people, not the murder */
    const ng_mention *head = ng_doc_mention_at(d, m->te);
    return head && head->tb == m->te && head->kind == NG_M_PARTICIPANT;
  }
  if (m->kind != NG_M_COUNTRY && m->kind != NG_M_ORG && m->kind != NG_M_PLACE)
    return false; /* a place: "Moscow police", "the Minsk regime" */
  const ng_mention *next = ng_doc_mention_at(d, m->te);
  if (!next) /* "a police checkpoint", but not "the military stationed there" */
    return m->te < d->ntok && ng_is_adjective_like(d, m->te) && !ng_is_participle(d, m->te) &&
           !ng_is_gerund(d, m->te) && !is_time_word(d, m->te); /* "on Lorvia overnight" */
  return next->kind == NG_M_TITLE || next->kind == NG_M_PERSON ||
         next->kind == NG_M_PARTICIPANT || next->kind == NG_M_ORG;
}

/* "Boko Haram, the Islamist group that": the name before an apposition of a few words, in no
 * mention, that opens with a determiner and ends at token k. */
static arg apposed_before(const ng_doc *d, size_t k) {
  enum { APPOSITION_WORDS = 4 };
  size_t b = k;
  while (b > 0 && k - b < APPOSITION_WORDS && ng_doc_token_free(d, b - 1) &&
         (d->tok[b - 1].flags & NG_TOK_WORD) && !(d->tok[b - 1].flags & NG_TOK_NUM))
    b--;
  if (b == k || !ng_doc_word_is(d, b, NG_GRAM_DETERMINER) || b < 2 || !ng_tok_is(d, b - 1, ","))
    return NO_ARG;
  return candidate_at(d, b - 2, false);
}

/* What the relative word at token k refers to: the name right before it ("Drost, who", "the
 * groups that"). "Where" and "when" refer to a place or a time, never to a subject. */
static arg antecedent(const ng_doc *d, size_t k) {
  if (ng_tok_is(d, k, "where") || ng_tok_is(d, k, "when"))
    return NO_ARG;
  const ng_mention *self = ng_doc_mention_at(d, k); /* "who" that names its person */
  if (self && self->kind == NG_M_PERSON && self->entity >= 0)
    return candidate_at(d, k, false);
  bool that = ng_tok_is(d, k, "that");
  if (k > 0 && ng_tok_is(d, k - 1, ","))
    k--;
  const ng_mention *m = k > 0 ? ng_doc_mention_at(d, k - 1) : NULL;
  const ng_mention *verb = that && m && m->tb > 0 ? ng_doc_mention_at(d, m->tb - 1) : NULL;
  if (verb_trigger(verb) &&
      ng_event_in_family(((const ng_trigger *)verb->ref)->cls, "Statement"))
    return NO_ARG; /* "told reporters that lawmakers had signed": what was told, not who */
  arg a = k > 0 ? candidate_at(d, k - 1, false) : NO_ARG;
  return has_arg(a) ? a : apposed_before(d, k);
}

/* A lower-case word in no mention and of no grammar slot ("central", "authorities"); unlike
 * modality.c's plain noun, a common word or a trigger word may be one. */
static bool is_plain_word(const ng_doc *d, size_t t) {
  const ng_token *k = &d->tok[t];
  return (k->flags & NG_TOK_WORD) && !(k->flags & (NG_TOK_CAP | NG_TOK_NUM)) &&
         d->tok_mention[t] < 0 && !ng_lex_find(ng_doc_lookup(d, t, 1), NG_LEX_GRAMMAR);
}

/* Can the trigger at token t be read as a noun ("IS attacks", "a kidnap case"), whichever
 * reading it was given? */
static bool may_be_event_noun(const ng_doc *d, size_t t) {
  const ng_mention *m = ng_doc_mention_at(d, t);
  return m && m->kind == NG_M_TRIGGER && ng_doc_trigger_reading(d, m->tb, m->te - m->tb, true);
}

/* If the mention at token k is where something is ("outside the National Assembly", "a nurse
 * in the hospital"), the token its phrase starts at; else 0. Not after a preposition that can
 * also take a patient ("shouted at the police for arrests"), nor one that goes on up to
 * t: "in a police raid" is the police's raid. */
static size_t where_phrase_start(const ng_doc *d, size_t k, size_t t) {
  const ng_mention *m = ng_doc_mention_at(d, k);
  size_t b = m->tb;
  if (m->te >= t &&
      (may_be_event_noun(d, t) || (b > 0 && ng_doc_word_is(d, b - 1, NG_GRAM_DETERMINER))))
    return 0; /* but "a plane crash in Nepal killed 18": where it was */
  const ng_mention *whose = b > 0 ? ng_doc_mention_at(d, b - 1) : NULL;
  if (whose && whose->kind == NG_M_COUNTRY) /* "the Zambian parliament" */
    b = whose->tb;
  for (int n = 0; n < 2 && b > 1 && is_plain_word(d, b - 1); n++)
    b--; /* "in central Mali" */
  if (b > 0 && ng_doc_word_is(d, b - 1, NG_GRAM_DETERMINER))
    b--;
  bool where = b > 0 && ng_doc_word_is(d, b - 1, NG_GRAM_PLACE_PREP) &&
               !ng_doc_word_is(d, b - 1, NG_GRAM_PATIENT_PREP);
  return where ? b - 1 : 0;
}

/* Is the mention at token k the possessor of a common noun that ends right before token t,
 * the verb: "her party said", "his family said" (the party and the family say it, not her)?
 * Not of a post ("his lawyer said") nor of a noun with more after it ("the IRA's decision to
 * carry out"). */
static bool owns_subject(const ng_doc *d, size_t k, size_t t) {
  enum { NOUN_WORDS = 2 };
  const ng_mention *m = ng_doc_mention_at(d, k);
  if (m->tb > 0 && ng_doc_word_is(d, m->tb - 1, NG_GRAM_PREPOSITION))
    return false; /* "barred from his office stabbed a clerk": the office is no subject */
  bool possessive = (d->tok[m->te - 1].flags & NG_TOK_POSS) ||
                    (m->form == NG_FORM_PRONOUN && ng_doc_word_is(d, m->tb, NG_GRAM_POSSESSIVE) &&
                     !ng_is_object_pronoun(d, m));
  if (!possessive || m->te >= t || t - m->te > NOUN_WORDS)
    return false;
  for (size_t j = m->te; j < t; j++)
    if (!ng_doc_token_free(d, j) || !(d->tok[j].flags & NG_TOK_WORD) ||
        ng_doc_word_is(d, j, NG_GRAM_PASSIVE_AUX) || ng_doc_word_is(d, j, NG_GRAM_PERFECT) ||
        ng_doc_word_is(d, j, NG_GRAM_MODAL) || ng_doc_word_is(d, j, NG_GRAM_ADVERB) ||
        ng_tok_is(d, j, "to"))
      return false; /* "his decision to appoint": he appoints */
  return true;
}

/* Are the tokens [b, e) auxiliaries and adverbs ("after being hit", "after allegedly")? */
static bool only_auxiliaries(const ng_doc *d, size_t b, size_t e) {
  for (size_t k = b; k < e; k++)
    if (!ng_is_auxiliary(d, k) && !ng_doc_word_is(d, k, NG_GRAM_ADVERB))
      return false;
  return true;
}

/* "a military spokesman said": a post's title right before the verb, whose holder the text
 * does not name, is the subject: someone unnamed, not a name further left. Only a name that
 * qualifies the title speaks for them ("Russia's ambassador said"). (A title in an
 * apposition, ", a former minister, said", leaves the subject before it.) */
static arg unnamed_titled(const ng_doc *d, const ng_mention *title, size_t first) {
  enum { ADJECTIVES = 3 }; /* "a senior military spokesman" */
  size_t k = title->tb;
  while (k > first + 1 && title->tb - k < ADJECTIVES && ng_is_adjective_like(d, k - 1))
    k--;
  const ng_mention *m = k > first ? ng_doc_mention_at(d, k - 1) : NULL;
  return m && is_modifier_at(d, m) ? candidate_at(d, m->tb, false) : NO_ARG;
}

/* Does mention m follow a participle and "by" (over a determiner): the doer of a passive
 * ("kidnapped by gunmen"; not "reports by witnesses")? */
static bool after_by(const ng_doc *d, const ng_mention *m) {
  size_t k = m->tb;
  if (k > 0 && ng_doc_word_is(d, k - 1, NG_GRAM_DETERMINER))
    k--;
  return k > 1 && ng_tok_is(d, k - 1, "by") && ng_is_participle(d, k - 2);
}

/* "An engineer who was kidnapped by gunmen in June has been released": the doer of a passive is
 * no subject of a verb after it; the subject is that of the relative clause the passive is in,
 * before token t, or no one. */
static arg subject_of_relative(const ng_doc *d, size_t t, size_t first) {
  for (size_t k = t; k-- > first;) {
    if (ng_is_break(d, k))
      break;
    if (ng_doc_word_is(d, k, NG_GRAM_RELATIVE))
      return antecedent(d, k);
    /* "a nun kidnapped by jihadists ... has been freed": a participle right after its noun */
    if (k > first + 1 && ng_tok_is(d, k, "by") && ng_is_participle(d, k - 1)) {
      arg noun = candidate_at(d, k - 2, false);
      if (has_arg(noun))
        return noun;
    }
  }
  return NO_ARG;
}

/* "Ivo Rand of the Kestrel Liberation Front": the named person right before "of (the)"
 * and the body's mention m, or -1. */
static int person_of_body(const ng_doc *d, const ng_mention *m) {
  size_t k = m->tb;
  if (k > 0 && ng_tok_is(d, k - 1, "the"))
    k--;
  if (k < 2 || !ng_tok_is(d, k - 1, "of"))
    return -1;
  const ng_mention *p = ng_doc_mention_at(d, k - 2);
  return p && p->kind == NG_M_PERSON && p->form != NG_FORM_PRONOUN && p->entity >= 0 ? p->entity
                                                                                      : -1;
}

/* "A friend of X was convicted", "supporters of the party marched": the described people
 * before "of" head the phrase that ends in mention m, not the one they are said of. */
static int described_of(const ng_doc *d, const ng_mention *m) {
  size_t k = m->tb;
  for (int n = 0; n < 3 && k > 0; n++) { /* over what describes the one named: "of bombing
                                            suspect X", "of Lorvian opposition leader X" */
    if (k >= 2 && (d->tok[k - 1].flags & NG_TOK_POSS) && !(d->tok[k - 1].flags & NG_TOK_WORD))
      k--; /* "of Syria's National Defence Forces" */
    const ng_mention *q = ng_doc_mention_at(d, k - 1);
    if (!q || q->te != k || !(q->kind == NG_M_PARTICIPANT || q->kind == NG_M_TITLE ||
                              q->kind == NG_M_COUNTRY || ng_is_event_noun(q)))
      break;
    k = q->tb;
  }
  if (k > 0 && ng_doc_word_is(d, k - 1, NG_GRAM_DETERMINER))
    k--;
  if (k < 2 || !(ng_tok_is(d, k - 1, "of") || ng_tok_is(d, k - 1, "for")))
    return -1; /* "a lawyer for X said" */
  const ng_mention *p = ng_doc_mention_at(d, k - 2);
  return p && p->kind == NG_M_PARTICIPANT && p->te == k - 1 ? p->entity : -1;
}

/* The "(" of a short bracket that ")" at token k closes, after token first; else 0. */
static size_t bracket_open(const ng_doc *d, size_t k, size_t first) {
  enum { WORDS = 6 };
  if (!ng_tok_is(d, k, ")"))
    return 0;
  for (size_t j = k; j-- > first && k - j <= WORDS;)
    if (ng_tok_is(d, j, "("))
      return j > first ? j : 0;
  return 0;
}

/* "..., the company said", "The union has said", "before the device exploded": a common noun
 * with its determiner, opening the clause right before the verb at t, is the subject, a body
 * or thing the text does not name; so the subject is no one named further left. */
static bool unnamed_noun_subject(const ng_doc *d, size_t t, size_t first) {
  enum { NOUN_WORDS = 3 }; /* "the country's disaster agency" */
  if (ng_is_event_noun(ng_doc_mention_at(d, t)))
    return false; /* "the paedophile kidnap": the determiner is the event noun's own */
  t = ng_over_auxiliaries_left(d, t);
  if (t <= first || ng_doc_mention_at(d, t - 1))
    return false;
  for (size_t k = t, words = 0; k-- > first && words <= NOUN_WORDS;) {
    if (ng_doc_word_is(d, k, NG_GRAM_DETERMINER) && !ng_doc_word_is(d, k, NG_GRAM_RELATIVE))
      return k + 1 < t && (k == first || ng_tok_is(d, k - 1, ",") || ng_tok_is(d, k - 1, "that") ||
                           ng_doc_word_is(d, k - 1, NG_GRAM_SUBORDINATOR) ||
                           ng_doc_word_is(d, k - 1, NG_GRAM_TEMPORAL));
    const ng_token *w = &d->tok[k];
    if ((w->flags & NG_TOK_POSS) && !(w->flags & NG_TOK_WORD))
      continue; /* the "'s" of "the country's" */
    if (!(w->flags & NG_TOK_WORD) || (w->flags & (NG_TOK_CAP | NG_TOK_NUM)) ||
        !ng_doc_token_free(d, k) || ng_lex_find(ng_doc_lookup(d, k, 1), NG_LEX_COMMON) ||
        ng_doc_word_is(d, k, NG_GRAM_NUMBER))
      return false;
    words++;
  }
  return false;
}

static arg left_arg(const ng_doc *d, size_t t);
static size_t subject_anchor(const ng_doc *d, size_t tb);

/* "Lorvia says it regrets", "the ministry said on Monday it had summoned", "The EU imposed
 * sanctions on six officers it blamed": "it" right before the verb at t is its subject: the
 * subject of a verb of saying right before it, else the body or country that opens the
 * sentence; else a thing, no one named further left. Sets *found when "it" is there. */
static arg it_subject(const ng_doc *d, size_t t, size_t first, bool *found) {
  t = ng_over_auxiliaries_left(d, t);
  *found = t > first && ng_tok_is(d, t - 1, "it") && !ng_doc_mention_at(d, t - 1);
  if (!*found)
    return NO_ARG;
  size_t k = t - 1; /* "it" */
  const ng_mention *before = k > first ? ng_doc_mention_at(d, k - 1) : NULL;
  if (before && before->kind == NG_M_DATE) /* "said Monday it had seized" */
    before = before->tb > first ? ng_doc_mention_at(d, before->tb - 1) : NULL;
  if (before && verb_trigger(before) && before->event >= 0 &&
      ng_event_is_statement(&d->ev[before->event]))
    return left_arg(d, subject_anchor(d, before->tb));
  enum { OPENING = 24 }; /* bounded: the subject opens the sentence */
  for (k = first; k + 1 < t && k < first + OPENING; k++) {
    const ng_mention *m = ng_doc_mention_at(d, k);
    if (!m || is_modifier_at(d, m)) {
      k = m ? m->te - 1 : k; /* "The Danish navy": past "Danish" */
      continue;
    }
    arg a = candidate_at(d, k, false);
    bool body = a.entity >= 0 && (d->ent[a.entity].kind == NG_E_ORG ||
                                  d->ent[a.entity].kind == NG_E_COUNTRY);
    return body ? a : NO_ARG;
  }
  return NO_ARG;
}

/* The nearest argument left of token t in its sentence and clause (the subject), after the
 * dateline; not one that says where ("protesters outside the embassy demanded"). */
static arg left_arg(const ng_doc *d, size_t t) {
  size_t first = d->sent[d->tok[t].sent].tb;
  if (d->dateline_end > first && d->dateline_end <= t)
    first = d->dateline_end;
  if (unnamed_noun_subject(d, t, first))
    return NO_ARG;
  bool it = false;
  arg body = it_subject(d, t, first, &it);
  if (it)
    return body;
  t = skip_apposition(d, t, first);
  for (size_t k = t; k-- > first;) {
    size_t open = k == t - 1 ? bracket_open(d, k, first) : 0;
    if (open) {
      k = open; /* "the Economic Community of West African States (ECOWAS) condemned" */
      continue;
    }
    if (ng_is_break(d, k))
      break;
    if (!same_quoting(d, k, t))
      continue;
    if (ng_doc_word_is(d, k, NG_GRAM_RELATIVE))
      return antecedent(d, k); /* "Karlov, who was shot": "who" is Karlov; "establish who": none */
    if (ng_doc_word_is(d, k, NG_GRAM_NEGATIVE))
      return NO_ARG; /* "no group has claimed responsibility": nobody did */
    const ng_mention *m = ng_doc_mention_at(d, k);
    if (m && m->kind == NG_M_TITLE && m->te == t && ((const ng_title *)m->ref)->pos &&
        title_holder(d, m) < 0)
      return unnamed_titled(d, m, first);
    if (m && m->kind == NG_M_ORG && m->entity < 0 && only_auxiliaries(d, m->te, t) &&
        !is_modifier_at(d, m) && !where_phrase_start(d, k, t))
      return NO_ARG; /* "he said the army had withdrawn": a body we cannot name, not "he" */
    if (!m && ((d->tok[k].flags & NG_TOK_NUM) || ng_doc_word_is(d, k, NG_GRAM_NUMBER)) &&
        only_auxiliaries(d, k + 1, t) && !ng_tok_is(d, k + 1, ",") &&
        !(k > 0 && ng_doc_word_is(d, k - 1, NG_GRAM_PREPOSITION)))
      return NO_ARG; /* "300 were injured and 50 were arrested": a count of its own, which
                        bind_count reads (not "Lind, 45, ...", nor "a father of three died") */
    arg a = candidate_at(d, k, false);
    size_t where = has_arg(a) ? where_phrase_start(d, k, t) : 0;
    if (where > first) {
      k = where;
      continue;
    }
    if (has_arg(a) && after_by(d, m))
      return subject_of_relative(d, m->tb, first);
    int member = has_arg(a) && m->kind == NG_M_ORG ? person_of_body(d, m) : -1;
    if (member >= 0)
      return (arg){member, -1, false}; /* "X of the Front told reporters": X */
    int described = has_arg(a) ? described_of(d, m) : -1;
    if (described >= 0)
      return (arg){described, -1, false};
    if (has_arg(a))
      return owns_subject(d, k, t) ? NO_ARG : a; /* a possessor too: "the IRA's decision to
                                                    carry out ..." */
  }
  return NO_ARG;
}

/* A preposition before a number or "least" opens a quantity, not a phrase of its own:
 * "killed at least 10 people", "wounded over 100". */
static bool is_quantity(const ng_doc *d, size_t t) {
  return t < d->ntok && ((d->tok[t].flags & NG_TOK_NUM) || ng_doc_word_is(d, t, NG_GRAM_NUMBER) ||
                         ng_tok_is(d, t, "least") || ng_tok_is(d, t, "most"));
}

/* Does a clause of what happens meanwhile open at token t ("fire tear gas as thousands
 * protest")? Not "as many as 40 ships". */
static bool opens_meanwhile(const ng_doc *d, size_t t) {
  return ng_doc_word_is(d, t, NG_GRAM_TEMPORAL) &&
         !(t + 1 < d->ntok && ng_tok_is(d, t + 1, "many"));
}

/* "a group of politicians", "thousands of protesters": the people are after "of". */
static bool of_collective(const ng_doc *d, size_t k) {
  return k > 0 && ng_tok_is(d, k, "of") &&
         (ng_doc_word_is(d, k - 1, NG_GRAM_COLLECTIVE) ||
          ng_doc_word_is(d, k - 1, NG_GRAM_NUMBER) || (d->tok[k - 1].flags & NG_TOK_NUM));
}

/* The first argument right of token t, within a few words and before the clause ends. A
 * verb's object (`object`) comes before any preposition: "killed in blasts" has none. */
static arg right_arg(const ng_doc *d, size_t t, size_t reach, bool object) {
  size_t end = d->sent[d->tok[t > 0 ? t - 1 : 0].sent].te;
  for (size_t k = t; k < end && k < t + reach; k++) {
    const ng_mention *m = ng_doc_mention_at(d, k);
    arg a = candidate_at(d, k, true);
    bool modifier = has_arg(a) && is_modifier_at(d, m);
    if (has_arg(a) && !modifier)
      return a;
    /* "on a unit of Iran's intelligence ministry": a possessor does not use up the reach */
    if (modifier)
      reach += m->te - m->tb + 1;
    if (m)
      k = m->te - 1;
    if (ng_is_break(d, k) || ng_tok_is(d, k, ",") || ng_tok_is(d, k, ".") ||
        (ng_doc_word_is(d, k, NG_GRAM_RELATIVE) && !determines_event_noun(d, k)) ||
        ng_tok_is(d, k, "and") ||
        (object && ng_doc_word_is(d, k, NG_GRAM_PREPOSITION) && !is_quantity(d, k + 1) &&
         !of_collective(d, k)) ||
        (object && opens_meanwhile(d, k)) ||
        verb_trigger(m))
      break;
  }
  return NO_ARG;
}

/* The argument after `word` ("by X", "of X") within a few tokens after t, or none; not in a
 * clause of its own ("The strike came as mediators from Egypt pressed": not from Egypt). */
static arg after_word(const ng_doc *d, size_t t, const char *word, size_t reach) {
  size_t end = d->sent[d->tok[t > 0 ? t - 1 : 0].sent].te;
  for (size_t k = t; k < end && k < t + reach; k++) {
    if (ng_tok_is(d, k, word))
      return right_arg(d, k + 1, 4, false);
    if (ng_is_break(d, k) || ng_tok_is(d, k, ".") || opens_meanwhile(d, k))
      break;
  }
  return NO_ARG;
}

/* The one after "with" within a few words after the verb tm, unless an event noun comes first:
 * in "arrived in Kyiv for talks with X", X is a partner of the talks, not of the arrival. */
static arg with_partner(const ng_doc *d, const ng_mention *tm) {
  enum { REACH = 8 };
  for (size_t k = tm->te; k < d->ntok && k < tm->te + REACH && !ng_tok_is(d, k, "with"); k++)
    if (ng_is_event_noun(ng_doc_mention_at(d, k)))
      return NO_ARG;
  return after_word(d, tm->te, "with", REACH);
}

/* "and" or "but" between two verbs of one subject ("welcomed the deal but urged Moscow"). */
static bool joins_verbs(const ng_doc *d, size_t k) {
  return ng_tok_is(d, k, "and") || ng_tok_is(d, k, "but");
}

/* "was arrested in Madrid in 2019 and extradited to Peru", "was sentenced ... but released":
 * a participle right after "and" or "but" shares the passive of the verb before it in its
 * clause. */
static bool passive_before_and(const ng_doc *d, size_t tb) {
  enum { REACH = 12 };
  if (tb < 2 || !joins_verbs(d, tb - 1) || !ng_is_participle(d, tb))
    return false;
  for (size_t k = tb - 1; k-- > 0 && tb - k < REACH && !opens_clause(d, k);) {
    const ng_mention *m = ng_doc_mention_at(d, k);
    if (m && m->tb == k && verb_trigger(m))
      return k > 0 && ng_doc_word_is(d, k - 1, NG_GRAM_PASSIVE_AUX);
  }
  return false;
}

/* "was shot", "were killed"; but "are investigating" is active. */
bool ng_is_passive(const ng_doc *d, size_t tb) {
  if (ng_is_gerund(d, tb))
    return false;
  if (passive_before_and(d, tb))
    return true;
  for (size_t k = tb, steps = 0; k > 0 && steps < 3; k--, steps++) {
    if (ng_tok_is_quote_mark(d, k - 1))
      continue; /* "was ‘neutralized’" */
    if (ng_doc_mention_at(d, k - 1) || !(d->tok[k - 1].flags & NG_TOK_WORD))
      return false; /* a name is no auxiliary: "IS attacks" */
    if (ng_doc_word_is(d, k - 1, NG_GRAM_PASSIVE_AUX))
      return true;
  }
  return false;
}

/* A support verb within three words before a noun trigger: "organized a failed coup attempt",
 * not across a preposition ("injuries suffered during the attack"). */
size_t ng_support_verb_before(const ng_doc *d, size_t tb) {
  enum { STEPS = 4, JOINED = 2 };
  bool joined = false;
  for (size_t k = tb, steps = 0; k > 0 && steps < STEPS + (joined ? JOINED : 0); k--, steps++) {
    if (k < tb && k > 1 && ng_tok_is(d, k, "of") && ng_doc_word_is(d, k - 1, NG_GRAM_SERIES)) {
      k--; /* "launched a series of attacks": launching the series launched the attacks */
      continue;
    }
    if (k < tb && k > 1 && !joined && joins_modifiers(d, k)) {
      joined = true; /* "launched a missile and drone attack" */
      continue;
    }
    if (k < tb && (ng_doc_word_is(d, k, NG_GRAM_PREPOSITION) || opens_clause(d, k)))
      return 0; /* nor across "that": "told reporters that the speech ..." */
    for (size_t n = 1; n <= 4 && n <= k; n++)
      if (ng_lex_find(ng_doc_lookup(d, k - n, n), NG_LEX_SUPPORT))
        return k - n + 1;
  }
  return 0;
}

/* Is the support verb starting at token t one whose subject undergoes the event ("won")? */
static bool subject_undergoes(const ng_doc *d, size_t t) {
  for (size_t n = 1; n <= 4 && t + n <= d->ntok; n++) {
    const ng_lex *l = ng_lex_find(ng_doc_lookup(d, t, n), NG_LEX_SUPPORT);
    if (l)
      return l->ref != NULL;
  }
  return false;
}

static void set_arg(ng_event *e, arg a, bool agent) {
  if (a.seat && !agent && e->trigger->cls->scene)
    return; /* "shelled Kyiv": the city is where, not whom */
  if (agent && e->agent < 0)
    e->agent = a.entity;
  else if (!agent && e->patient < 0 && e->patient_event < 0) {
    e->patient = a.entity;
    e->patient_event = a.event;
  }
}

/* Does no object follow a verb ending before token t: a preposition, punctuation, an auxiliary
 * ("the members killed were ...") or "and" before anything but another verb ("killed and to
 * all those injured", but "attacked and killed")? */
bool ng_no_object_after(const ng_doc *d, size_t t) {
  if (t >= d->ntok)
    return true;
  if (ng_tok_is(d, t, "and")) {
    const ng_mention *m = ng_doc_mention_at(d, t + 1);
    return !verb_trigger(m);
  }
  if (ng_doc_word_is(d, t, NG_GRAM_PREPOSITION) && is_quantity(d, t + 1) &&
      !ng_doc_word_is(d, t + 2, NG_GRAM_DURATION))
    return false; /* "shot dead at least 19 people": a count is an object ("for two years" is
                     no count) */
  return ng_doc_word_is(d, t, NG_GRAM_PREPOSITION) || ng_doc_word_is(d, t, NG_GRAM_PASSIVE_AUX) ||
         ng_tok_is(d, t, ",") || ng_tok_is(d, t, ".") || ng_is_break(d, t);
}

/* A passive without its auxiliary: "Lind, shot dead by a guard", or a participle right after
 * its subject and with no object, "seven militants killed in blasts", "four men injured." */
static bool is_bare_passive(const ng_doc *d, const ng_event *e, const ng_mention *tm) {
  if (e->trigger->intransitive || !ng_is_participle(d, tm->tb))
    return false;
  /* a phrase that ends in its object's preposition is active: "fired tear gas at a march by
     students" */
  bool takes_object = tm->te - tm->tb > 1 && ng_doc_word_is(d, tm->te - 1, NG_GRAM_PREPOSITION);
  if (!takes_object && has_arg(after_word(d, tm->te, "by", 3)))
    return true;
  /* a phrase whose object starts inside it is active: "France recalled its ambassador" */
  if (tm->te - tm->tb > 2 && (ng_doc_word_is(d, tm->tb + 1, NG_GRAM_DETERMINER) ||
                              ng_doc_word_is(d, tm->tb + 1, NG_GRAM_POSSESSIVE)))
    return false;
  if (ng_event_is_statement(e) || ng_event_in_family(e->trigger->cls, "Appeal"))
    return false; /* one who speaks needs no object: "“Who was it?” Mendeloff asked." */
  return tm->tb > 0 && has_arg(candidate_at(d, tm->tb - 1, false)) && ng_no_object_after(d, tm->te);
}

/* "was", "been", "had": a word that only helps the verb after it. */
bool ng_is_auxiliary(const ng_doc *d, size_t t) {
  return ng_doc_word_is(d, t, NG_GRAM_PASSIVE_AUX) || ng_doc_word_is(d, t, NG_GRAM_PERFECT);
}

/* The first token of the auxiliaries right before token tb ("was" of "was released"). */
size_t ng_over_auxiliaries_left(const ng_doc *d, size_t tb) {
  while (tb > 1 && ng_is_auxiliary(d, tb - 1))
    tb--;
  return tb;
}

/* "... and was first elected": the token after "and" when only auxiliaries and adverbs stand
 * between it and the verb at tb; else tb. */
static size_t over_auxiliaries(const ng_doc *d, size_t tb) {
  size_t j = tb;
  while (j > 1 && j + 3 > tb && (ng_is_auxiliary(d, j - 1) || ng_doc_word_is(d, j - 1, NG_GRAM_ADVERB)))
    j--;
  return j < tb && joins_verbs(d, j - 1) ? j : tb;
}

/* The end of the first argument of the clause before token t that is not a modifier: the
 * subject the clause's verbs share ("Sisi, a former defense minister, led ... and was first
 * elected"). t when there is none. */
static size_t first_subject_end(const ng_doc *d, size_t t) {
  size_t b = t;
  while (b > d->sent[d->tok[t].sent].tb && !ng_is_break(d, b - 1) && !opens_clause(d, b - 1))
    b--;
  if (b > d->sent[d->tok[t].sent].tb && ng_doc_word_is(d, b - 1, NG_GRAM_RELATIVE))
    return b; /* "a caller who gave a name and requested": who it was; "said that it was ..." */
  for (size_t k = b; k < t; k++) {
    const ng_mention *m = ng_doc_mention_at(d, k);
    if (m && has_arg(candidate_at(d, k, false)) && !is_modifier_at(d, m))
      return m->te;
    if (m)
      k = m->te - 1;
  }
  return t;
}

/* Is the verb at token tb an infinitive ("called for X to be freed and said ...": "said"
 * shares the subject of "called", not of "freed")? */
static bool is_infinitive(const ng_doc *d, size_t tb) {
  size_t k = tb;
  while (k > 0 && tb - k < 2 && ng_is_auxiliary(d, k - 1))
    k--;
  return k > 0 && ng_tok_is(d, k - 1, "to");
}

/* "summoned the ambassador, Ivo Rand, to protest": the token of the subject_control verb whose
 * object stands before the "to" of the infinitive at tb (its doer is that verb's subject), or
 * 0. */
static size_t purpose_controller(const ng_doc *d, size_t tb) {
  enum { OBJECT_TOKENS = 10 };
  if (!is_infinitive(d, tb))
    return 0;
  size_t to = tb;
  while (!ng_tok_is(d, to - 1, "to"))
    to--;
  to--;
  if (to < 2)
    return 0; /* "To protest the ban, ...": no verb before it */
  for (size_t k = to - 1; k-- > 0 && to - k <= OBJECT_TOKENS && !opens_clause(d, k);) {
    if (ng_doc_word_is(d, k, NG_GRAM_SUBJECT_CONTROL))
      return k;
    if (verb_trigger(ng_doc_mention_at(d, k)))
      return 0;
  }
  return 0;
}

/* "The attack killed three people and injured 260", "Gunmen attacked a checkpoint, killing
 * four officers": the second verb shares the first verb's subject, not the first verb's
 * object; with no verb we know before it ("X, Russia's ambassador to the United States,
 * thanked Americans ... and said"), the clause's first subject. Returns the token to look
 * left from for the subject. */
static size_t subject_anchor(const ng_doc *d, size_t tb) {
  size_t controller = purpose_controller(d, tb);
  if (controller)
    return subject_anchor(d, controller);
  size_t j = over_auxiliaries(d, tb);
  /* "killing four and wounding two", "..., killing four", "before fleeing in a car": an
     "-ing" form with no subject of its own shares the verb's before it */
  bool gerund_after = ng_is_gerund(d, j) && j >= 2 &&
                      (ng_tok_is(d, j - 1, ",") || ng_doc_word_is(d, j - 1, NG_GRAM_SUBORDINATOR));
  if (j < 2 || !(joins_verbs(d, j - 1) || gerund_after))
    return tb;
  bool finite = !ng_is_gerund(d, tb);
  for (size_t k = j - 1; k-- > d->sent[d->tok[j].sent].tb && !opens_clause(d, k);) {
    const ng_mention *m = ng_doc_mention_at(d, k);
    /* "fired tear gas at a march by people protesting ..., and arrested 40": a finite verb
       is not coordinated with an "-ing" form that describes a noun */
    if (verb_trigger(m) && !is_infinitive(d, m->tb) && !(finite && ng_is_gerund(d, m->tb)))
      return subject_anchor(d, m->tb);
  }
  return first_subject_end(d, j);
}

/* "“...,” said one official", "“...,” declared John Smith": after a quotation the subject may
 * follow its verb. */
static bool after_quotation(const ng_doc *d, size_t tb) {
  return tb >= 2 && !(d->tok[tb - 1].flags & NG_TOK_WORD) && !ng_tok_quoted(d, tb - 1) &&
         ng_tok_quoted(d, tb - 2);
}

/* "a driver suspected of killing a cyclist": the one suspected is the doer. */
static bool bind_accused(const ng_doc *d, ng_event *e, const ng_mention *tm) {
  if (tm->tb < 2 || e->trigger->doer || !ng_is_gerund(d, tm->tb) || !ng_tok_is(d, tm->tb - 1, "of") ||
      !ng_doc_word_is(d, tm->tb - 2, NG_GRAM_ACCUSATION))
    return false;
  set_arg(e, left_arg(d, tm->tb - 2), !e->trigger->subject_is_patient);
  if (!e->trigger->subject_is_patient)
    set_arg(e, right_arg(d, tm->te, 6, true), false);
  return true;
}

/* A mention that only qualifies the person after it: a title, "Egypt's", "French", or a
 * possessive before a title ("his Saudi counterpart"). */
static bool qualifies_person(const ng_doc *d, const ng_mention *m) {
  bool whose = m->kind == NG_M_PERSON && m->form == NG_FORM_PRONOUN &&
               ng_doc_word_is(d, m->tb, NG_GRAM_POSSESSIVE);
  return m->kind == NG_M_TITLE || ((m->kind == NG_M_COUNTRY || m->kind == NG_M_ORG || whose) &&
                                   is_modifier_at(d, m));
}

/* "Egypt's Foreign Minister Sameh Shoukry and Defense Minister Sedki Sobhy held talks",
 * "Kenya and Ethiopia signed a deal": the person or country joined by "and" to the subject
 * (found left of token t), one of its kind, is an agent too. */
static int coordinated_agent(const ng_doc *d, size_t t, arg subject) {
  if (subject.entity < 0 || (d->ent[subject.entity].kind != NG_E_PERSON &&
                             d->ent[subject.entity].kind != NG_E_COUNTRY))
    return -1;
  const ng_mention *m = NULL;
  for (size_t k = t; k-- > d->sent[d->tok[t].sent].tb && !m;)
    if (candidate_at(d, k, false).entity == subject.entity)
      m = ng_doc_mention_at(d, k);
  size_t b = m ? m->tb : 0;
  for (const ng_mention *q; b > 0 && (q = ng_doc_mention_at(d, b - 1)) && qualifies_person(d, q);)
    b = q->tb;
  if (b < 2 || !ng_tok_is(d, b - 1, "and"))
    return -1;
  arg other = candidate_at(d, b - 2, false);
  bool same_kind = other.entity >= 0 && other.entity != subject.entity &&
                   d->ent[other.entity].kind == d->ent[subject.entity].kind;
  return same_kind ? other.entity : -1;
}

/* Done with someone (event_classes.csv partner): meetings, agreements. */
static bool is_partner(const ng_event *e) {
  return e->trigger->cls->partner;
}

/* The mention of the conjunct before mention m in "A, B and C" (over titles and modifiers
 * before m: "Egypt's Foreign Minister X and Defense Minister Y"), when it names the same kind
 * of entity as m; NULL otherwise. */
static const ng_mention *previous_conjunct(const ng_doc *d, const ng_mention *m) {
  size_t b = m->tb;
  for (const ng_mention *q; b > 0 && (q = ng_doc_mention_at(d, b - 1)) && qualifies_person(d, q);)
    b = q->tb;
  if (b < 2 || !(ng_tok_is(d, b - 1, "and") || ng_tok_is(d, b - 1, ",")))
    return NULL;
  size_t k = b - 2 - (b >= 3 && ng_tok_is(d, b - 1, "and") && ng_tok_is(d, b - 2, ","));
  const ng_mention *p = ng_doc_mention_at(d, k);
  arg a = candidate_at(d, k, false), own = candidate_at(d, m->tb, false);
  bool same = a.entity >= 0 && own.entity >= 0 && a.entity != own.entity &&
              d->ent[a.entity].kind == d->ent[own.entity].kind && !is_modifier_at(d, p);
  return same ? p : NULL;
}

/* The subject's mention left of token t (the nearest that stands for entity `subject`). */
static const ng_mention *subject_mention(const ng_doc *d, size_t t, int subject) {
  for (size_t k = t; k-- > d->sent[d->tok[t].sent].tb;)
    if (candidate_at(d, k, false).entity == subject)
      return ng_doc_mention_at(d, k);
  return NULL;
}

/* "Otieno flew to Addis Ababa to see Bekele. The two leaders met for three hours": an event
 * done with someone whose subject is a pair described, not named, is between the last two
 * people named before it, in its sentence or the two before. */
static void bind_named_pair(const ng_doc *d, ng_event *e, const ng_mention *tm) {
  enum { SENTENCES_BACK = 2, TOKENS_BACK = 200 }; /* bounded: no square of a megabyte line */
  if (e->patient >= 0 || e->patient_event >= 0 || !is_partner(e))
    return;
  size_t noun = ng_over_auxiliaries_left(d, tm->tb); /* the token after the subject */
  const ng_mention *subject = noun > 0 ? ng_doc_mention_at(d, noun - 1) : NULL;
  bool described = subject && subject->kind == NG_M_PARTICIPANT && subject->entity == e->agent &&
                   d->ent[e->agent].plural; /* "the two men" */
  bool plain = !subject && e->agent < 0 && noun > 0 && (d->tok[noun - 1].flags & NG_TOK_WORD) &&
               !(d->tok[noun - 1].flags & NG_TOK_CAP); /* "the two leaders" */
  size_t pair = described ? subject->tb : noun - 1;
  if (!(described || plain) || pair == 0 || !ng_doc_word_is(d, pair - 1, NG_GRAM_PAIR))
    return;
  uint32_t sent = d->tok[pair].sent;
  size_t first = d->sent[sent > SENTENCES_BACK ? sent - SENTENCES_BACK : 0].tb;
  if (pair > first + TOKENS_BACK)
    first = pair - TOKENS_BACK;
  int named[2] = {-1, -1}, n = 0;
  for (size_t k = pair; k-- > first && n < 2;) {
    const ng_mention *m = ng_doc_mention_at(d, k);
    if (!m || m->kind != NG_M_PERSON || m->form == NG_FORM_PRONOUN || m->entity < 0)
      continue;
    if (n == 0 || named[0] != m->entity)
      named[n++] = m->entity;
    k = m->tb;
  }
  if (n < 2)
    return;
  e->agent = named[1]; /* in the order they were named */
  e->patient = named[0];
}

/* "Russia, Turkey and Iran agreed to ...", "A and B met": an event done with someone whose
 * subject is a coordination is done by the first with the second (the others join in; one
 * event line has one agent and one patient). Only for verbs used without an object, which say
 * the parties do it together ("A and B visited X" is no visit of A to B). */
static void bind_coordinated_partners(const ng_doc *d, ng_event *e, const ng_mention *tm) {
  if (e->agent < 0 || e->patient >= 0 || e->patient_event >= 0 || !is_partner(e) ||
      !e->trigger->intransitive)
    return;
  const ng_mention *last = subject_mention(d, tm->tb, e->agent), *first = NULL, *second = NULL;
  for (const ng_mention *m = last; m; m = previous_conjunct(d, m))
    second = first, first = m;
  if (!second)
    return;
  e->agent = candidate_at(d, first->tb, false).entity;
  e->patient = candidate_at(d, second->tb, false).entity;
  e->coagent = -1;
}

static bool is_attack(const ng_event *e) {
  return ng_event_in_family(e->trigger->cls, "Attack");
}

/* "attacked the Intercontinental Hotel", "an attack on the Al-Noor Mosque": a venue the story
 * names, as the object of an attack, is its target. (Elsewhere a place is where, not whom.) */
static arg venue_target(const ng_doc *d, const ng_event *e, size_t t) {
  enum { REACH = 3 };
  if (!is_attack(e) || e->patient >= 0 || e->patient_event >= 0)
    return NO_ARG;
  for (size_t k = t; k < d->ntok && k < t + REACH; k++) {
    const ng_mention *m = ng_doc_mention_at(d, k);
    if (m && described_place_after(d, m))
      m = described_place_after(d, m); /* "attacked a police checkpoint": the checkpoint */
    if (m) {
      const char *cls = m->kind == NG_M_PLACE && m->entity >= 0 ? ng_entity_class(&d->ent[m->entity]) : NULL;
      return cls && !strcmp(cls, "Venue") ? (arg){m->entity, -1, false} : NO_ARG;
    }
    if (!ng_doc_word_is(d, k, NG_GRAM_DETERMINER))
      return NO_ARG;
  }
  return NO_ARG;
}

/* "the incident must be investigated": the subject of a passive is a thing the text names
 * with a common noun, so nobody we know is its patient (but in "a commander of the militia
 * was killed" the noun after "of" is no subject). */
static bool common_noun_subject(const ng_doc *d, size_t tb) {
  size_t k = tb;
  while (k > 0 && tb - k < 5 &&
         (ng_is_auxiliary(d, k - 1) || ng_doc_word_is(d, k - 1, NG_GRAM_MODAL) ||
          ng_doc_word_is(d, k - 1, NG_GRAM_ADVERB) || ng_tok_is_quote_mark(d, k - 1)))
    k--;
  return k >= 2 && k < tb && ng_doc_token_free(d, k - 1) && (d->tok[k - 1].flags & NG_TOK_WORD) &&
         !(d->tok[k - 1].flags & NG_TOK_CAP) && ng_doc_word_is(d, k - 2, NG_GRAM_DETERMINER) &&
         !(k >= 4 && ng_tok_is(d, k - 3, "of") && has_arg(candidate_at(d, k - 4, false)));
}

/* The statement verb before a gerund in its clause, with no other verb between ("wrote to X
 * on Wednesday urging ..."), or NULL. Not a progressive: "said he was walking" has a subject
 * of its own. */
static const ng_event *speech_before_gerund(const ng_doc *d, const ng_mention *tm) {
  if (!ng_is_gerund(d, tm->tb) || tm->tb == 0 || ng_is_auxiliary(d, tm->tb - 1))
    return NULL;
  size_t cb, ce;
  ng_clause_of(d, tm->tb, tm->te, &cb, &ce);
  for (size_t k = tm->tb; k-- > cb;) {
    const ng_mention *m = ng_doc_mention_at(d, k);
    if (!m || m->kind != NG_M_TRIGGER || ((const ng_trigger *)m->ref)->noun)
      continue;
    return m->event >= 0 && ng_event_is_statement(&d->ev[m->event]) ? &d->ev[m->event] : NULL;
  }
  return NULL;
}

/* "Kirby wrote to Foreign Secretary Boris Johnson on Wednesday urging Britain to ...": a
 * gerund after a statement verb says what the statement did, so it has the speaker as its
 * agent and, when the speaker addressed a named person, that person as its patient. */
static bool bind_speech_gerund(const ng_doc *d, ng_event *e, const ng_mention *tm) {
  const ng_event *speech = speech_before_gerund(d, tm);
  if (!speech || speech->agent < 0 || e->trigger->subject_is_patient)
    return false;
  set_arg(e, (arg){speech->agent, -1, false}, true);
  if (speech->patient >= 0 && d->ent[speech->patient].kind == NG_E_PERSON)
    set_arg(e, (arg){speech->patient, -1, false}, false);
  set_arg(e, right_arg(d, tm->te, 6, true), false);
  return true;
}

/* "..., the ministry said": a speaker named by a common noun right after a comma is no one we
 * know; what comes before the comma is what was said, not who said it. */
static bool speaker_unnamed(const ng_doc *d, const ng_event *e, const ng_mention *tm) {
  enum { NOUN_WORDS = 4 };
  if (!ng_event_is_statement(e))
    return false;
  for (size_t k = tm->tb, n = 0; k > 0 && n <= NOUN_WORDS; k--, n++) {
    if (ng_tok_is(d, k - 1, ","))
      return n > 0;
    if ((!is_plain_word(d, k - 1) && !ng_doc_word_is(d, k - 1, NG_GRAM_DETERMINER)) ||
        ng_is_participle(d, k - 1))
      return false; /* "X, a teacher, shrugged and said": a verb before, not a noun */
  }
  return false;
}

/* "Russian missiles struck", "Israeli jets bombed": the country of the weapon or the force
 * named right before an attack verb (a demonym and one plain word) is its agent. */
static arg country_of_subject_noun(const ng_doc *d, const ng_event *e, const ng_mention *tm) {
  size_t k = ng_over_auxiliaries_left(d, tm->tb);
  if (!is_attack(e) || k < 2 || !ng_doc_token_free(d, k - 1) ||
      !(d->tok[k - 1].flags & NG_TOK_WORD) || (d->tok[k - 1].flags & (NG_TOK_CAP | NG_TOK_NUM)) ||
      ng_lex_find(ng_doc_lookup(d, k - 1, 1), NG_LEX_GRAMMAR))
    return NO_ARG; /* "Seven Iraqis who seized": people, not their country */
  const ng_mention *m = ng_doc_mention_at(d, k - 2);
  return m && m->te == k - 1 && m->kind == NG_M_COUNTRY && m->form == NG_FORM_DEMONYM &&
                 m->entity >= 0
             ? (arg){m->entity, -1, false}
             : NO_ARG;
}

/* Is the part of the sentence that the comma at token c closes what is reported, not a relative
 * clause ("X, which hands out prizes, said") nor an apposition to a name before it ("X, 36
 * years old, said")? */
static bool reported_clause_before(const ng_doc *d, size_t c) {
  size_t first = d->sent[d->tok[c].sent].tb, b = c;
  while (b > first && !is_comma(d, b - 1))
    b--;
  if (ng_doc_word_is(d, b, NG_GRAM_RELATIVE) || ng_doc_word_is(d, b, NG_GRAM_RELATIVE_WHO))
    return false;
  const ng_mention *named = b >= first + 2 ? ng_doc_mention_at(d, b - 2) : NULL;
  return !(named && named->te == b - 1 &&
           (named->kind == NG_M_PERSON || named->kind == NG_M_ORG ||
            named->kind == NG_M_COUNTRY || named->kind == NG_M_PARTICIPANT));
}

/* "The blast happened as the soldiers were returning, said Ivo Rand, a spokesman": a verb of
 * saying after a comma, with the speaker right after it, reports the clause before it; its
 * subject is the one named after it, not someone in that clause. */
static arg speaker_after_clause(const ng_doc *d, const ng_event *e, const ng_mention *tm) {
  if (!ng_event_is_statement(e) || tm->tb == 0 || tm->te != tm->tb + 1 ||
      !is_comma(d, tm->tb - 1) || !ng_doc_word_is(d, tm->tb, NG_GRAM_INVERTING) ||
      !reported_clause_before(d, tm->tb - 1))
    return NO_ARG;
  size_t k = tm->te;
  if (ng_doc_word_is(d, k, NG_GRAM_DETERMINER))
    k++; /* "said the ministry" */
  for (int n = 0; n < 2 && is_plain_word(d, k); n++)
    k++; /* "said provincial spokesman X" */
  const ng_mention *m = ng_doc_mention_at(d, k);
  const ng_mention *named = m && m->kind == NG_M_TITLE ? ng_doc_mention_at(d, m->te) : NULL;
  if (named && named->tb == m->te && named->kind == NG_M_PERSON)
    m = named, k = named->tb; /* the name after the title */
  arg a = m && m->tb == k && m->form != NG_FORM_PRONOUN ? candidate_at(d, k, false) : NO_ARG;
  size_t end = m ? m->te : k; /* the name ends the clause: "said X, a spokesman", "said X." */
  bool last = end >= d->sent[d->tok[tm->tb].sent].te || is_comma(d, end) ||
              ng_tok_is(d, end, ".") || ng_doc_word_is(d, end, NG_GRAM_PREPOSITION);
  return a.entity >= 0 && last ? a : NO_ARG;
}

static void bind_verb(const ng_doc *d, ng_event *e, const ng_mention *tm) {
  if (bind_speech_gerund(d, e, tm))
    return;
  if (after_quotation(d, tm->tb) && !e->trigger->subject_is_patient) {
    set_arg(e, right_arg(d, tm->te, 6, false), true);
    return;
  }
  arg speaker = speaker_after_clause(d, e, tm);
  if (has_arg(speaker)) {
    set_arg(e, speaker, true);
    return;
  }
  arg subject = speaker_unnamed(d, e, tm) ? NO_ARG : left_arg(d, subject_anchor(d, tm->tb));
  /* "Arrested ..., he was booked and later released": the first verb has no subject written */
  if (!has_arg(subject) && over_auxiliaries(d, tm->tb) < tm->tb)
    subject = left_arg(d, tm->tb);
  if (ng_is_passive(d, tm->tb) || is_bare_passive(d, e, tm)) {
    if (!common_noun_subject(d, tm->tb))
      set_arg(e, subject, false);
    if (!e->trigger->subject_is_patient) /* "pronounced dead by a doctor": no killer */
      set_arg(e, after_word(d, tm->te, "by", 8), true);
  } else if (e->trigger->subject_is_patient) {
    set_arg(e, subject, false);
  } else {
    set_arg(e, has_arg(subject) ? subject : country_of_subject_noun(d, e, tm), true);
    e->coagent = e->agent == subject.entity ? coordinated_agent(d, tm->tb, subject) : -1;
    set_arg(e, right_arg(d, tm->te, 6, true), false);
    set_arg(e, venue_target(d, e, tm->te), false);
    /* "held talks in Cairo with X" (but in "clashed with X" both sides attack) */
    if (e->trigger->intransitive && !is_attack(e))
      set_arg(e, with_partner(d, tm), false);
    bind_coordinated_partners(d, e, tm);
    bind_named_pair(d, e, tm);
  }
}

/* A name right before the noun, over adjectives, is its actor ("Taliban attack", "Russian
 * airstrikes", "U.S. sanctions"), or for an event that happens to someone, its patient
 * ("Russian casualties"). A place there is the event's place, not a participant. */
static void bind_premodifier(const ng_doc *d, ng_event *e, const ng_mention *tm) {
  size_t k = tm->tb;
  while (k > 1 && ng_is_adjective_like(d, k - 1))
    k--;
  const ng_mention *m = k > 0 ? ng_doc_mention_at(d, k - 1) : NULL;
  if (!m || (m->kind != NG_M_ORG && m->kind != NG_M_COUNTRY) || m->entity < 0 ||
      (m->kind == NG_M_COUNTRY && e->trigger->cls->home))
    return; /* "the Malawi election" was in Malawi (its place is read with the clause's) */
  if (m->tb > 0 && (d->tok[m->tb - 1].flags & NG_TOK_POSS))
    return; /* "Russia's Syrian allies' attack": too far to tell */
  set_arg(e, (arg){m->entity, -1, false}, !e->trigger->subject_is_patient);
}

/* "a battle between troops and militants": the first is the agent, the second the patient. */
static void bind_between(const ng_doc *d, ng_event *e, const ng_mention *tm) {
  if (!ng_tok_is(d, tm->te, "between"))
    return;
  arg first = right_arg(d, tm->te + 1, 4, false);
  size_t k = tm->te + 1;
  while (k < tm->te + 6 && !ng_tok_is(d, k, "and"))
    k++;
  if (!has_arg(first) || !ng_tok_is(d, k, "and"))
    return;
  set_arg(e, first, true);
  set_arg(e, right_arg(d, k + 1, 4, false), false);
}

/* "talks on Syria in Moscow on Tuesday with his Turkish and Iranian counterparts, Mevlüt
 * Çavuşoğlu and ...": for events done with someone (meetings, agreements), the first one named
 * after "with" in the trigger's clause, over determiners ("his") and descriptions. */
static arg partner_after(const ng_doc *d, const ng_mention *tm) {
  size_t cb, ce;
  ng_clause_of(d, tm->tb, tm->te, &cb, &ce);
  size_t k = tm->te;
  while (k < ce && k < tm->te + 12 && !ng_tok_is(d, k, "with"))
    k++;
  if (k >= ce || !ng_tok_is(d, k, "with"))
    return NO_ARG;
  for (size_t j = k + 1; j < ce && j < k + 12; j++) {
    if (ng_doc_word_is(d, j, NG_GRAM_DETERMINER))
      continue;
    const ng_mention *m = ng_doc_mention_at(d, j);
    arg a = candidate_at(d, j, false);
    if (has_arg(a) && !is_modifier_at(d, m))
      return a;
    if (m)
      j = m->te - 1;
  }
  return NO_ARG;
}

/* "the coup probe", "a murder trial": an event noun before another one of another kind is
 * what that one is about. */
static void bind_compound(const ng_doc *d, ng_event *e, const ng_mention *tm) {
  const ng_mention *m = tm->tb > 0 ? ng_doc_mention_at(d, tm->tb - 1) : NULL;
  if (ng_is_event_noun(m) && m->event >= 0 && d->ev[m->event].merged_into != -2 &&
      ng_event_family(d->ev[m->event].trigger->cls) != ng_event_family(e->trigger->cls))
    set_arg(e, (arg){-1, m->event, false}, false);
}

/* "The blast left three people dead": what happened to the people a resultative verb (grammar
 * resultative) takes as its object, named right before the word for the state it left them
 * in, is the event's patient. */
static void bind_resultative(const ng_doc *d, ng_event *e, const ng_mention *tm) {
  const ng_mention *who = tm->tb > 0 ? ng_doc_mention_at(d, tm->tb - 1) : NULL;
  if (!e->trigger->subject_is_patient || !who || who->te != tm->tb)
    return;
  size_t b = who->tb;
  while (b > 0 && ng_doc_token_free(d, b - 1) && tm->tb - b < 6 &&
         !ng_doc_word_is(d, b - 1, NG_GRAM_RESULTATIVE) &&
         (ng_doc_word_is(d, b - 1, NG_GRAM_DESCRIPTION_DET) || (d->tok[b - 1].flags & NG_TOK_NUM) ||
          ng_doc_word_is(d, b - 1, NG_GRAM_NUMBER) || ng_is_adjective_like(d, b - 1)))
    b--; /* "left at least three people dead" */
  while (b > 0 && tm->tb - b < 8 && (ng_tok_is(d, b - 1, "least") || ng_tok_is(d, b - 1, "at")))
    b--;
  arg a = candidate_at(d, who->tb, false);
  if (b > 0 && ng_doc_word_is(d, b - 1, NG_GRAM_RESULTATIVE) && has_arg(a))
    set_arg(e, a, false);
}

/* "He is not charged with taking part in the attack": a negation between the subject and the
 * verb at t denies that the subject did it. */
static bool negated_since_subject(const ng_doc *d, size_t t) {
  for (size_t k = t; k-- > d->sent[d->tok[t].sent].tb;) {
    if (opens_clause(d, k) || has_arg(candidate_at(d, k, false)))
      return false;
    if (ng_doc_word_is(d, k, NG_GRAM_NEGATION))
      return true;
  }
  return false;
}

/* Is the mention at token t an event noun ("murder charges": "murder" modifies it)? */
static bool before_event_noun(const ng_doc *d, size_t t) {
  const ng_mention *m = ng_doc_mention_at(d, t);
  return m && m->tb == t && m->kind == NG_M_TRIGGER && ((const ng_trigger *)m->ref)->noun;
}

/* "sent back to Estonia to face trial": a name right before the "to" of an infinitive verb
 * at token t is another verb's object or place, not this one's subject. */
static bool object_before_infinitive(const ng_doc *d, size_t t) {
  return t >= 2 && ng_tok_is(d, t - 1, "to") && ng_doc_mention_at(d, t - 2);
}

/* "an attack on Lorvia's power grid": the country whose thing an attack targets, right
 * after the preposition at token t, is its target when nothing else was found. */
static arg country_owning(const ng_doc *d, const ng_event *e, size_t t) {
  const ng_mention *m = ng_doc_mention_at(d, t);
  if (!is_attack(e) || !m || m->tb != t || m->kind != NG_M_COUNTRY || m->form != NG_FORM_NAME ||
      m->entity < 0 || m->te >= d->ntok || !(d->tok[m->te].flags & NG_TOK_POSS))
    return NO_ARG;
  return (arg){m->entity, -1, false};
}

static void bind_noun(const ng_doc *d, ng_event *e, const ng_mention *tm) {
  bind_between(d, e, tm);
  bind_compound(d, e, tm);
  bind_resultative(d, e, tm);
  size_t after = tm->te; /* over a date: "the arrest last month of a Norwegian engineer" */
  const ng_mention *date = ng_doc_mention_at(d, after);
  if (date && date->tb == after && date->kind == NG_M_DATE)
    after = date->te;
  if (is_partner(e))
    set_arg(e, partner_after(d, tm), false);
  else if (ng_doc_word_is(d, after, NG_GRAM_PATIENT_PREP)) {
    set_arg(e, right_arg(d, after + 1, 4, false), false); /* "the killing of its ambassador" */
    if (!ng_doc_word_is(d, after, NG_GRAM_PLACE_PREP)) /* "explosions at Harbour Street" */
      set_arg(e, venue_target(d, e, after + 1), false);
    set_arg(e, country_owning(d, e, after + 1), false);
  }
  size_t k = tm->tb; /* over adjectives: "his opening speech", "Russia's new sanctions" */
  while (k > 1 && ng_is_adjective_like(d, k - 1))
    k--;
  const ng_mention *pronoun = k > 0 ? ng_doc_mention_at(d, k - 1) : NULL;
  bool statement = ng_event_is_statement(e);
  if (pronoun && pronoun->kind == NG_M_PERSON && pronoun->form == NG_FORM_PRONOUN &&
      ng_doc_word_is(d, k - 1, NG_GRAM_DETERMINER) && pronoun->entity >= 0)
    set_arg(e, (arg){pronoun->entity, -1, false}, statement); /* "his speech", "his arrest" */
  else if (k >= 2 && (d->tok[k - 1].flags & NG_TOK_POSS)) {
    arg owner = candidate_at(d, k - 2, false);
    bool person = owner.entity >= 0 && (d->ent[owner.entity].kind == NG_E_PERSON);
    set_arg(e, owner, !person || statement);
  }
  set_arg(e, after_word(d, tm->te, "by", 8), true);
  set_arg(e, after_word(d, tm->te, "from", 6), true);
  size_t sv = ng_support_verb_before(d, tm->tb);
  if (sv && !negated_since_subject(d, sv) && !before_event_noun(d, tm->te) &&
      !object_before_infinitive(d, sv - 1))
    /* "organized a coup attempt"; "suffered injuries" is done to its subject; in "faces
       murder charges" the verb's object is the charges, not the murder */
    set_arg(e, left_arg(d, subject_anchor(d, sv - 1)),
            !e->trigger->subject_is_patient && !subject_undergoes(d, sv - 1));
  bind_premodifier(d, e, tm);
}

/* The person a doer noun names: "assassin Pavel Drost", "assassin, Brax Harvey Lund", or
 * "Drost, the assassin of Hale". */
static int doer_named(const ng_doc *d, const ng_mention *tm) {
  size_t k = tm->te + ng_tok_is(d, tm->te, ",");
  const ng_mention *m = ng_doc_mention_at(d, k);
  if (m && m->tb == k && m->kind == NG_M_PERSON)
    return m->entity;
  size_t b = tm->tb - (tm->tb > 0 && ng_doc_word_is(d, tm->tb - 1, NG_GRAM_DETERMINER));
  m = b >= 2 && ng_tok_is(d, b - 1, ",") ? ng_doc_mention_at(d, b - 2) : NULL;
  return m && m->kind == NG_M_PERSON ? m->entity : -1;
}

/* The person a doer noun acted on: "Hale's assassin", "the assassin of Hale", "the
 * Kennedy assassin". */
static int doer_victim(const ng_doc *d, const ng_mention *tm) {
  const ng_mention *m = NULL;
  if (tm->tb >= 2 && (d->tok[tm->tb - 1].flags & NG_TOK_POSS))
    m = ng_doc_mention_at(d, tm->tb - 2);
  else if (tm->tb >= 1)
    m = ng_doc_mention_at(d, tm->tb - 1);
  if (m && m->kind == NG_M_PERSON)
    return m->entity;
  arg a = ng_tok_is(d, tm->te, "of") ? right_arg(d, tm->te + 1, 6, false) : NO_ARG;
  return a.entity >= 0 && d->ent[a.entity].kind == NG_E_PERSON ? a.entity : -1;
}

/* "Governor Tom Hale's assassin Pavel Drost": an event only when both people are named. */
static void bind_doer(const ng_doc *d, ng_event *e, const ng_mention *tm) {
  e->agent = doer_named(d, tm);
  e->patient = doer_victim(d, tm);
  if (e->agent < 0 || e->patient < 0 || e->agent == e->patient)
    e->merged_into = -2;
}

/* "bombing suspect Ivo Rand", "Ivo Rand, the bombing suspect", "the murder suspects": the one
 * suspected of the act the noun names is its doer, named or described; nobody else in the
 * clause takes part in it (not "police" in "police arrested arson suspect X"). */
static bool bind_suspected(const ng_doc *d, ng_event *e, const ng_mention *tm) {
  const ng_mention *who = ng_doc_mention_at(d, tm->te);
  if (!e->trigger->noun || !e->trigger->cls->offence || !who || who->tb != tm->te ||
      who->kind != NG_M_PARTICIPANT ||
      !ng_doc_word_is(d, tm->te, NG_GRAM_SUSPECT))
    return false;
  ng_mention phrase = *who; /* the words "bombing suspect", for the name on either side */
  phrase.tb = tm->tb;
  int named = doer_named(d, &phrase);
  if (!e->trigger->subject_is_patient)
    e->agent = named >= 0 ? named : who->entity;
  return true;
}

/* ---- place and date: in the trigger's own clause ---- */

/* The clause around tokens [tb, te): from the word after a clause break or a relative word
 * ("who", "that", "where") to the next one. A relative clause set off by a comma ("Chávez, who
 * died in 2013, ...") ends at the next comma, and what follows that comma is not in it. */
void ng_clause_of(const ng_doc *d, size_t tb, size_t te, size_t *cb, size_t *ce) {
  const ng_sentence *s = &d->sent[d->tok[tb].sent];
  size_t b = tb, e = te;
  while (b > s->tb && !opens_clause(d, b - 1))
    b--;
  bool aside = b >= s->tb + 2 && ng_doc_word_is(d, b - 1, NG_GRAM_RELATIVE) &&
               ng_tok_is(d, b - 2, ",");
  for (size_t k = b; aside && k < tb; k++)
    if (ng_tok_is(d, k, ","))
      b = k + 1, aside = false; /* "Gülen, who lives in X, denies ...": past the aside */
  while (e < s->te && !opens_clause(d, e) && !(aside && ng_tok_is(d, e, ",")))
    e++;
  *cb = b;
  *ce = e;
}

/* May token t sit between a place preposition and its place: "in [the city of] Lyon",
 * "in [Norway's western] Bergen county", "in [the Black Sea resort of] Sochi"? */
static bool inside_place_phrase(const ng_doc *d, size_t t) {
  const ng_mention *m = ng_doc_mention_at(d, t);
  if (m) /* a possessor too: "at his home", "outside the minister's house" */
    return m->kind == NG_M_PLACE || m->kind == NG_M_COUNTRY || ng_doc_after_possessor(d, m);
  if (ng_tok_is(d, t, "of") || (d->tok[t].flags & NG_TOK_POSS))
    return true;
  if (d->tok[t].flags & NG_TOK_CAP) { /* "the Black Sea resort of", not "the Gulf of Riga" */
    enum { NAME_WORDS = 4 };
    size_t k = t;
    while (k < d->ntok && k < t + NAME_WORDS && (d->tok[k].flags & NG_TOK_CAP) &&
           ng_doc_token_free(d, k))
      k++;
    return k + 1 < d->ntok && (d->tok[k].flags & NG_TOK_WORD) && ng_doc_token_free(d, k) &&
           ng_tok_is(d, k + 1, "of");
  }
  const ng_lex *l = ng_doc_lookup(d, t, 1);
  return (d->tok[t].flags & NG_TOK_WORD) &&
         !ng_lex_find(l, NG_LEX_TRIGGER) && !ng_lex_find(l, NG_LEX_CUE) &&
         !ng_lex_find(l, NG_LEX_SUPPORT) && !ng_doc_word_is(d, t, NG_GRAM_PREPOSITION) &&
         !opens_clause(d, t);
}

/* Is the place mention m the event's place: the object of "in/at/near...", or a name right
 * before the trigger noun ("the Manchester bombing")? */
static bool place_attached(const ng_doc *d, const ng_mention *m, const ng_mention *tm) {
  if (m->te == tm->tb && ((const ng_trigger *)tm->ref)->noun)
    return true;
  bool on = m->form == NG_FORM_DESCRIBED && ((const ng_venue_word *)m->ref)->surface;
  for (size_t k = m->tb, steps = 0; k > 0 && steps < 6; k--, steps++) {
    if (ng_doc_word_is(d, k - 1, NG_GRAM_PLACE_PREP) || (on && ng_tok_is(d, k - 1, "on")))
      return true; /* "on a busy street" too */
    if (!inside_place_phrase(d, k - 1))
      return false;
  }
  return false;
}

static bool is_place_mention(const ng_mention *m) {
  return m->entity >= 0 && (m->kind == NG_M_PLACE || m->kind == NG_M_COUNTRY) &&
         m->form != NG_FORM_DEMONYM && /* "Chechen fighters" are not where it happened */
         m->form != NG_FORM_DESCRIBED; /* a venue: read beside the place (see venue_of) */
}

static bool is_described_place(const ng_mention *m) {
  return m->entity >= 0 && m->form == NG_FORM_DESCRIBED;
}

/* The mention that ends where a clause of setting opens: "the bus station, where ...", "the
 * coup attempt of July 15, 2016, in which ...": the clause happens there and then. */
static const ng_mention *setting_before(const ng_doc *d, size_t cb) {
  if (cb == 0 || !ng_doc_word_is(d, cb - 1, NG_GRAM_RELATIVE) || ng_tok_is(d, cb - 1, "that"))
    return NULL;
  size_t k = cb - 1;
  if (ng_tok_is(d, k, "which") || ng_tok_is(d, k, "whom")) {
    if (k == 0 || !ng_doc_word_is(d, k - 1, NG_GRAM_PREPOSITION))
      return NULL; /* "which killed": the subject, not a setting */
    k--;
  }
  if (k > 0 && ng_tok_is(d, k - 1, ","))
    k--;
  return k > 0 ? ng_doc_mention_at(d, k - 1) : NULL;
}

/* Is the event noun m a gathering (event_classes.csv audience) that the speech verb tm
 * addresses, its object right after it ("told a rally", not "condemned the killing")? */
static bool addressed_gathering(const ng_doc *d, const ng_mention *tm, const ng_mention *m) {
  size_t k = tm->te;
  while (k < m->tb && ng_doc_word_is(d, k, NG_GRAM_DETERMINER))
    k++;
  return k == m->tb && tm->event >= 0 && ng_event_is_statement(&d->ev[tm->event]) &&
         m->event >= 0 && d->ev[m->event].trigger->cls->audience;
}

/* Does the place at token t after the trigger tm of an event with no scene belong to the
 * phrase of a noun of a scene event between them, within a few words and no comma ("sanctions
 * over the death of X in a Minsk jail": the place is the death's; but "killed in an attack on
 * the market in Strasbourg" is one scene, and one who "told a rally in X" spoke there)? */
static bool in_scene_noun_phrase(const ng_doc *d, const ng_mention *tm, size_t t) {
  enum { PHRASE = 8 };
  if (tm->event < 0 || d->ev[tm->event].trigger->cls->scene)
    return false;
  for (size_t k = t; k-- > tm->te && t - k <= PHRASE;) {
    if (ng_tok_is(d, k, ","))
      return false;
    const ng_mention *m = ng_doc_mention_at(d, k);
    if (ng_is_event_noun(m) && m->event >= 0 && d->ev[m->event].trigger->cls->scene)
      return !addressed_gathering(d, tm, m);
  }
  return false;
}

/* Is the trigger tm a verb of saying ("said", "told")? */
static bool says(const ng_doc *d, const ng_mention *tm) {
  return tm->event >= 0 && ng_event_is_statement(&d->ev[tm->event]) &&
         !((const ng_trigger *)tm->ref)->noun;
}

/* Is there, between the trigger tm and token t after it, "of" and an "-ing" verb that reports
 * no event ("convicted of trying to join the group in Syria": Syria is where he would have
 * joined it, not where he was convicted), or, for an event that is no scene of its own, a
 * clause of its own ("resigned after the bureau raided his office in Lilongwe": where the raid
 * was; but "were killed after a bomb exploded in Kabul" were killed there), or another verb
 * after "and" that is no scene ("condemned the arrest and summoned the envoy in Santiago")? */
static bool verb_between(const ng_doc *d, const ng_mention *tm, size_t t) {
  enum { REACH = 32 }; /* bounded: no square of a megabyte-long line */
  bool scene = ((const ng_trigger *)tm->ref)->cls->scene;
  size_t subordinator = 0; /* "after", "before" ...: the token after it, or 0 */
  bool comma = false;
  bool saying = says(d, tm);
  bool asking = tm->event >= 0 && ng_event_in_family(d->ev[tm->event].trigger->cls, "Appeal");
  for (size_t k = t > tm->te + REACH ? t - REACH : tm->te + 1; k < t; k++) {
    if (ng_tok_is(d, k - 1, "of") && ng_doc_token_free(d, k) && ng_is_gerund(d, k))
      return true;
    if (saying && (ng_is_auxiliary(d, k) || ng_doc_word_is(d, k, NG_GRAM_MODAL)))
      return true; /* "said X had taken bribes in 2019", "said the line would open by 2027":
                      the reported clause's time and place */
    if (asking && ng_tok_is(d, k - 1, "to") &&
        (is_plain_word(d, k) || verb_trigger(ng_doc_mention_at(d, k))))
      return true; /* "urged the rebels to restore peace in Sudan": where peace would be */
    comma |= ng_tok_is(d, k - 1, ",");
    const ng_mention *m = ng_doc_mention_at(d, k);
    const ng_trigger *verb = m && m->tb == k ? verb_trigger(m) : NULL;
    if (verb && comma && m->event >= 0 && ng_event_is_statement(&d->ev[m->event]))
      return true; /* "had warned them last year, she told reporters in Oslo": where she spoke */
    if (verb && ng_is_auxiliary(d, k - 1) && ng_is_participle(d, tm->tb) &&
        (tm->tb == 0 || !ng_is_auxiliary(d, tm->tb - 1)))
      return true; /* "an engineer held hostage for years was released on Sunday": the
                      sentence's own verb after a participle that describes its subject */
    if (subordinator && verb && !only_auxiliaries(d, subordinator, k))
      return true; /* a subject before the verb: a clause ("after allegedly stabbing": none) */
    if (verb && ((const ng_trigger *)tm->ref)->noun && !scene && k > 0 &&
        has_arg(candidate_at(d, k - 1, false)))
      return true; /* "in his speech he urged them to end the war in Sudan": his own clause */
    if (verb && !verb->cls->scene && (ng_tok_is(d, k - 1, "and") || over_auxiliaries(d, k) < k))
      return true; /* "condemned the arrest and summoned the envoy in Santiago", "and were
                      flown to a hospital in Kathmandu" */
    /* "has detained thousands since a gunman killed 39 at an Istanbul nightclub": what
       follows "since" and its clause started a period; its place and time are not the
       period's events' */
    if (!subordinator && ng_doc_word_is(d, k - 1, NG_GRAM_SUBORDINATOR) &&
        (!scene || ng_doc_word_is(d, k - 1, NG_GRAM_PERIOD_START)))
      subordinator = k;
  }
  return false;
}

/* "imposed sanctions on Monday over the violent suppression of protests": an event noun after
 * a cause_prep (over a determiner and adjectives), or "of" such a noun, is another event than
 * the one told before it, a cause or an earlier event, and a place or date before it is not
 * its own; so is the act named after an offence_head and a preposition ("charged with the
 * murder of X"). */
static bool after_cause_prep(const ng_doc *d, const ng_mention *tm, int depth) {
  enum { WORDS = 4 }; /* "over the violent, brutal suppression" */
  if (tm->kind != NG_M_TRIGGER || !((const ng_trigger *)tm->ref)->noun)
    return false;
  size_t k = tm->tb;
  if (ng_is_gerund(d, k) && !(k > 0 && ng_doc_word_is(d, k - 1, NG_GRAM_DETERMINER)))
    return false; /* "shot three people before killing himself": one scene; but "over the
                     killing of X" is a noun */
  while (k > 0 && tm->tb - k < WORDS && !ng_is_gerund(d, k - 1) &&
         (ng_is_adjective_like(d, k - 1) || ng_doc_word_is(d, k - 1, NG_GRAM_DETERMINER)))
    k--;
  if (k > 0 && ng_doc_word_is(d, k - 1, NG_GRAM_CAUSE_PREP))
    return true;
  if (k > 1 && k < tm->tb && ng_doc_word_is(d, k - 1, NG_GRAM_PREPOSITION)) {
    const ng_mention *who = ng_doc_mention_at(d, k - 2); /* "convicted X of the killing" */
    size_t head = who && who->kind != NG_M_TRIGGER && who->tb > 0 ? who->tb - 1 : k - 2;
    if (ng_doc_word_is(d, head, NG_GRAM_OFFENCE_HEAD))
      return true; /* "charged with the murder of X": the act is an earlier one */
  }
  const ng_mention *of = k > 1 && ng_tok_is(d, k - 1, "of") ? ng_doc_mention_at(d, k - 2) : NULL;
  return of && depth < 2 && after_cause_prep(d, of, depth + 1);
}

static bool told_as_cause(const ng_doc *d, const ng_mention *tm) {
  return tm->event >= 0 && d->ev[tm->event].cause;
}

/* "An engineer who was kidnapped in June has been released": is the mention at token k, before
 * the trigger tm, inside a relative clause (no comma since its relative word) whose own verb
 * comes before k? Then a date there is that verb's. (A place there often says where the
 * subject was, and so where the event was: "a clerk who had worked at a bank in Lyon came
 * back with a rifle and shot".) */
static bool in_relative_before(const ng_doc *d, const ng_mention *tm, size_t k) {
  enum { REACH = 30 };
  size_t first = d->sent[d->tok[tm->tb].sent].tb;
  for (size_t j = k; j-- > first && k - j <= REACH && !ng_is_break(d, j) &&
                     !ng_tok_is(d, j, ",");) {
    if (!ng_doc_word_is(d, j, NG_GRAM_RELATIVE) || ng_tok_is(d, j, "that"))
      continue;
    for (size_t v = j + 1; v < k; v++) {
      const ng_mention *m = ng_doc_mention_at(d, v);
      if (m && m != tm && m->tb == v && verb_trigger(m))
        return true;
    }
    return false;
  }
  return false;
}

/* "Among the dead were four tourists, India's embassy in Kathmandu said": is the place at token
 * k, after a comma after the trigger tm, in the phrase of a speaker whose verb of saying
 * follows within a few words? Then it is where the speaker is. (A country there, "a group in
 * China said", is most often the one the story is about: it stays.) */
static bool in_speaker_phrase(const ng_doc *d, const ng_mention *tm, size_t k) {
  enum { REACH = 32, WORDS = 4 }; /* bounded: no square of a megabyte-long line */
  const ng_mention *place = ng_doc_mention_at(d, k);
  if (place->kind == NG_M_COUNTRY)
    return false;
  bool comma = false;
  for (size_t j = k > tm->te + REACH ? k - REACH : tm->te; j < k && !comma; j++)
    comma = ng_tok_is(d, j, ",");
  size_t end = place->te, sentence_end = d->sent[d->tok[k].sent].te;
  for (size_t j = end; comma && j < sentence_end && j < end + WORDS; j++) {
    const ng_mention *m = ng_doc_mention_at(d, j);
    if (ng_tok_is(d, j, ",") || ng_is_break(d, j))
      return false;
    if (m && m->tb == j && m->event >= 0 && verb_trigger(m) &&
        ng_event_is_statement(&d->ev[m->event]))
      return true;
  }
  return false;
}

static bool span_subordinator(const ng_doc *d, size_t s) {
  return s > 0 && ng_doc_word_is(d, s, NG_GRAM_SUBORDINATOR) &&
         ng_doc_word_is(d, s - 1, NG_GRAM_DURATION);
}

bool ng_at_another_time(const ng_doc *d, size_t k, const ng_mention *tm) {
  enum { REACH = 32 }; /* bounded: every pair of events of a long line asks */
  size_t from = k < tm->tb ? (tm->tb > k + REACH ? tm->tb - REACH : k + 1) : tm->te;
  size_t to = k < tm->tb ? tm->tb : (k < tm->te + REACH ? k : tm->te + REACH);
  for (size_t s = from; s < to; s++)
    if (span_subordinator(d, s))
      return true;
  return false;
}

/* "A day after militants fired rockets at X, airstrikes killed ...": is token k inside a
 * clause opened by a subordinator after a span of time, with a verb of its own, that a comma
 * closes before the trigger tm (not "three days after the April 15, 2013, bombing")? Then it
 * tells another time, and a place or date there is not tm's. */
static bool in_fronted_clause_of_another_time(const ng_doc *d, size_t k, const ng_mention *tm) {
  enum { REACH = 32 };
  size_t comma = k;
  while (comma < tm->tb && comma < k + REACH && !is_comma(d, comma))
    comma++;
  if (comma >= tm->tb || !is_comma(d, comma))
    return false;
  size_t first = d->sent[d->tok[k].sent].tb;
  for (size_t s = k; s-- > first && k - s <= REACH && !is_comma(d, s);)
    if (span_subordinator(d, s))
      for (size_t v = s + 1; v < comma; v++)
        if (verb_trigger(ng_doc_mention_at(d, v)))
          return true;
  return false;
}

/* Does token k tell another time than the trigger tm's (either of the above; after tm only the
 * first: "The raids began a day after NATO said its troops had killed a commander in Helmand":
 * Helmand is not where the raids were)? */
static bool told_at_another_time(const ng_doc *d, size_t k, const ng_mention *tm) {
  return ng_at_another_time(d, k, tm) ||
         (k < tm->tb && in_fronted_clause_of_another_time(d, k, tm));
}

/* The place attached to the trigger tm in the clause [cb, ce), the nearest if several, or -1;
 * a named one, or with `described` one the text describes ("a police station"). */
static int attached_place(const ng_doc *d, const ng_mention *tm, size_t cb, size_t ce,
                          bool described) {
  int best = -1;
  size_t best_dist = (size_t)-1;
  if (told_as_cause(d, tm))
    cb = tm->tb;
  for (size_t k = cb; k < ce; k++) {
    const ng_mention *m = ng_doc_mention_at(d, k);
    if (!m || m->tb != k || !(described ? is_described_place(m) : is_place_mention(m)) ||
        !same_quoting(d, k, tm->tb) ||
        !place_attached(d, m, tm) ||
        (k >= tm->te && (in_scene_noun_phrase(d, tm, k) || verb_between(d, tm, k) ||
                         in_speaker_phrase(d, tm, k))) ||
        told_at_another_time(d, k, tm))
      continue; /* not from a quotation the trigger is outside of */
    /* a city or venue is more precise than its country: "in Turkey's capital Ankara" */
    size_t dist = (k < tm->tb ? tm->tb - k : k - tm->te) + (m->kind == NG_M_COUNTRY ? 1000 : 0);
    if (dist < best_dist)
      best = m->entity, best_dist = dist;
  }
  return best;
}

/* "... was taken to a hospital in Tripoli, the ministry said.": a verb of saying that ends its
 * sentence, with at most a few words after it ("said in a statement on Monday"), reports what
 * comes before the comma, unless that opens with a preposition or a subordinator ("In Oslo,
 * Rand told reporters."). */
static bool reports_what_comes_before(const ng_doc *d, const ng_mention *tm, size_t cb) {
  enum { TAIL = 6 };
  size_t end = d->sent[d->tok[tm->tb].sent].te;
  if (end - tm->te > TAIL + 1 || ng_doc_word_is(d, cb, NG_GRAM_PREPOSITION) ||
      ng_doc_word_is(d, cb, NG_GRAM_SUBORDINATOR))
    return false;
  for (size_t k = tm->te; k < end; k++) {
    const ng_mention *m = ng_doc_mention_at(d, k);
    bool setting = m && (m->kind == NG_M_DATE || (ng_is_event_noun(m) && m->event >= 0 &&
                                                   ng_event_is_statement(&d->ev[m->event])));
    if (ng_tok_is(d, k, "that") || ng_tok_is(d, k, ":") || ng_tok_quoted(d, k) ||
        (m && !setting))
      return false; /* what is said comes after: "said that ...", or someone is told */
  }
  return true;
}

/* "Gunmen shot the chief in Cadereyta on Friday, prosecutors said": the place and time before
 * the comma that sets off a speaker belong to the event reported there, not to the saying. The
 * clause of a verb of saying starts after that comma when a deed or a saying is reported before
 * it ("In Moscow, Lavrov said" reports none: Moscow is where he spoke). */
static size_t saying_clause_start(const ng_doc *d, const ng_mention *tm, size_t cb) {
  if (!says(d, tm))
    return cb;
  size_t comma = tm->tb;
  while (comma > cb && !ng_tok_is(d, comma - 1, ","))
    comma--;
  for (size_t k = cb; comma > cb && k + 1 < comma; k++) {
    const ng_mention *m = ng_doc_mention_at(d, k);
    if (m && m->kind == NG_M_TRIGGER && m->event >= 0 && !((const ng_trigger *)m->ref)->noun &&
        (!ng_event_is_statement(&d->ev[m->event]) || !ng_is_gerund(d, k)))
      return comma; /* a deed or a saying told in a verb ("Speaking at X, Y said" is the
                       speaker's own) */
  }
  return comma > cb && reports_what_comes_before(d, tm, cb) ? comma : cb;
}

/* The "when" clause right after the clause [.., ce) of trigger tm, in its sentence, as
 * [*nb, *ne): it tells the moment tm happened; not for a verb of saying ("X said, after
 * guards detained three men near Y"). */
static bool when_clause_after(const ng_doc *d, const ng_mention *tm, size_t ce, size_t *nb,
                              size_t *ne) {
  if (ce + 1 >= d->ntok || !ng_doc_word_is(d, ce, NG_GRAM_TEMPORAL) || says(d, tm) ||
      d->tok[ce].sent != d->tok[tm->tb].sent)
    return false;
  ng_clause_of(d, ce + 1, ce + 2, nb, ne);
  return true;
}

/* The place attached to the trigger in its clause; else the setting of a relative clause
 * ("the city where ..."); else a place in a "when" clause right after it ("was shot dead when
 * he answered the door in Alder Road"), which tells the moment it happened (but not where a
 * speaker spoke: "X said, after guards detained three men near Y"). */
static int nearest_place(const ng_doc *d, const ng_mention *tm) {
  size_t cb, ce;
  ng_clause_of(d, tm->tb, tm->te, &cb, &ce);
  cb = saying_clause_start(d, tm, cb);
  int best = attached_place(d, tm, cb, ce, false);
  const ng_mention *m = best < 0 ? setting_before(d, cb) : NULL;
  if (m && is_place_mention(m))
    return m->entity;
  size_t nb, ne;
  if (best < 0 && when_clause_after(d, tm, ce, &nb, &ne))
    best = attached_place(d, tm, nb, ne, false);
  return best;
}

/* "was shot dead at his home in Kandahar", "a bomb went off at a crowded market": the place
 * the text describes in the trigger's clause is where it happened, inside the named place of
 * the event (or in none the text gives), as its venue beside that place. Not for a statement,
 * whose clause goes on with what is said ("officials say a device blew up at a bank"). */
static void venue_of(const ng_doc *d, ng_event *e, const ng_mention *tm) {
  if (ng_event_is_statement(e) || e->cause)
    return; /* "soldiers stood guard on the streets after the blast": not the blast's */
  size_t cb, ce;
  ng_clause_of(d, tm->tb, tm->te, &cb, &ce);
  int venue = attached_place(d, tm, saying_clause_start(d, tm, cb), ce, true);
  const ng_mention *setting = venue < 0 ? setting_before(d, cb) : NULL;
  if (setting && is_described_place(setting))
    venue = setting->entity; /* "the bus depot, where two guards died" */
  int within = venue >= 0 ? d->ent[venue].within : -1;
  if (venue >= 0 && e->venue < 0 &&
      (within < 0 || e->place < 0 || ng_doc_place_within(d, within, e->place) ||
       ng_doc_place_within(d, e->place, within)))
    e->venue = venue;
}

/* Does date mention m come right after the noun of another event, for a trigger tm that is
 * no scene of its own ("the expulsions follow the arrest last month": the arrest's month; but
 * "suffered burns in a train crash two years later" were suffered then)? */
static bool dates_other_noun(const ng_doc *d, const ng_mention *tm, const ng_mention *m) {
  const ng_mention *n = m->tb > 0 ? ng_doc_mention_at(d, m->tb - 1) : NULL;
  return n && n != tm && n->kind == NG_M_TRIGGER && ((const ng_trigger *)n->ref)->noun &&
         !((const ng_trigger *)tm->ref)->cls->scene;
}

/* "have detained 14,000 people since the protests began in September": between the trigger
 * and token k, a period_start word that opens a clause (no date right after it) says since
 * when, and a date in that clause is its own verb's. */
static bool in_since_clause(const ng_doc *d, const ng_mention *tm, size_t k) {
  enum { REACH = 32 }; /* bounded: asked for every date after a trigger in its clause */
  for (size_t j = k > tm->te + REACH ? k - REACH : tm->te; j + 1 < k; j++) {
    const ng_mention *next = ng_doc_mention_at(d, j + 1);
    if (ng_doc_word_is(d, j, NG_GRAM_PERIOD_START) && !(next && next->kind == NG_M_DATE))
      return true;
  }
  return false;
}

/* "said Girard would return to Paris on Wednesday": a day after the story was filed is what
 * the statement tells of, never when a verb of saying was said. */
static bool said_after_filing(const ng_doc *d, const ng_mention *tm, const ng_timex *t) {
  const ng_timex *p = &d->pubdate;
  if (!says(d, tm) || p->gran < NG_TIME_DAY || t->gran < NG_TIME_DAY)
    return false;
  return ng_days_from_civil(t->year, t->month, t->day) >
         ng_days_from_civil(p->year, p->month, p->day);
}

static bool nearest_date(const ng_doc *d, const ng_mention *tm, ng_timex *out) {
  size_t cb, ce, best_dist = (size_t)-1;
  ng_clause_of(d, tm->tb, tm->te, &cb, &ce);
  size_t clause_end = ce;
  cb = told_as_cause(d, tm) ? tm->tb : saying_clause_start(d, tm, cb);
  /* "from 2001 to 2006 and took up his post in July 2013": a date before an "and", when one
   * follows the verb, is the other verb's ("struck an iceberg on April 14, 1912, and sank"
   * shares it) */
  size_t and_before = cb;
  for (size_t k = tm->tb; k-- > cb && and_before == cb;)
    if (ng_tok_is(d, k, "and"))
      and_before = k;
  /* "called the verdict unfair and said they would rally on Saturday": past a speech verb
   * after it, a date is the saying's or what it reports */
  bool own_after = false;
  for (size_t k = tm->te; k < ce; k++) {
    if (ng_lex_find(ng_doc_lookup(d, k, 1), NG_LEX_CUE)) {
      ce = k;
      break;
    }
    const ng_mention *m = ng_doc_mention_at(d, k);
    own_after |= m && m->tb == k && m->kind == NG_M_DATE && same_quoting(d, k, tm->tb);
  }
  for (size_t k = cb; k < ce; k++) {
    const ng_mention *m = ng_doc_mention_at(d, k);
    if (!m || m->tb != k || m->kind != NG_M_DATE || !same_quoting(d, k, tm->tb) ||
        (own_after && k < tm->tb && m->te <= and_before) || dates_other_noun(d, tm, m) ||
        (k > 0 && ng_doc_word_is(d, k - 1, NG_GRAM_PERIOD_START) &&
         !((const ng_trigger *)tm->ref)->cls->scene) ||
        (k >= tm->te && (verb_between(d, tm, k) || in_since_clause(d, tm, k))) ||
        (k < tm->tb && in_relative_before(d, tm, k)) ||
        told_at_another_time(d, k, tm) ||
        said_after_filing(d, tm, &m->time))
      continue; /* "met, their first meeting since X took office in September" */
    size_t dist = k < tm->tb ? tm->tb - k : k - tm->te;
    if (dist < best_dist)
      *out = m->time, best_dist = dist;
  }
  const ng_mention *m = best_dist == (size_t)-1 ? setting_before(d, cb) : NULL;
  if (m && m->kind == NG_M_DATE)
    *out = m->time, best_dist = 0;
  size_t nb, ne; /* "were wounded when a bomb exploded in X on Friday": that Friday */
  if (best_dist == (size_t)-1 && when_clause_after(d, tm, clause_end, &nb, &ne))
    for (size_t k = nb; k < ne && best_dist == (size_t)-1; k++) {
      m = ng_doc_mention_at(d, k);
      if (m && m->tb == k && m->kind == NG_M_DATE && same_quoting(d, k, tm->tb))
        *out = m->time, best_dist = 0;
    }
  return best_dist != (size_t)-1;
}

/* "shelled Donetsk", "seized the village of Karsu": the place an attack verb takes as its
 * object is where it happened (a city is no one it was done to: see set_arg). -1 if none. */
static int place_object(const ng_doc *d, const ng_event *e, const ng_mention *tm) {
  if (!is_attack(e) || ((const ng_trigger *)tm->ref)->noun)
    return -1;
  size_t k = tm->te;
  while (k < d->ntok && ng_doc_word_is(d, k, NG_GRAM_DETERMINER))
    k++;
  if (k + 2 < d->ntok && ng_doc_token_free(d, k) && ng_tok_is(d, k + 1, "of"))
    k += 2; /* "the village of Karsu" */
  const ng_mention *m = ng_doc_mention_at(d, k);
  return m && m->tb == k && m->kind == NG_M_PLACE && m->form != NG_FORM_NOMINAL &&
                 m->form != NG_FORM_DESCRIBED && m->entity >= 0
             ? m->entity
             : -1; /* not "the city", which may mean one named before or after, nor "a market",
                      the target */
}

/* "YOKOHAMA, Japan, Aug. 29 (Wire) - ... Abe told African leaders on Wednesday": what the
 * story reports of the day it was filed, with no place of its own, happened where it was
 * filed. */
static void place_from_dateline(const ng_doc *d, ng_event *e) {
  const ng_timex *p = &d->pubdate, *t = &e->date;
  if (e->place >= 0 || d->dateline_place < 0 || p->gran == NG_TIME_NONE || t->gran < NG_TIME_DAY)
    return;
  long days = ng_days_from_civil(p->year, p->month, p->day) -
              ng_days_from_civil(t->year, t->month, t->day);
  if (days >= 0 && days <= 1)
    e->place = d->dateline_place;
}

/* The place that a phrase opening the paragraph around token t names ("At the Russian embassy
 * in Washington, ...", "In Moscow, ..."): the last place before its comma, the most precise
 * one. -1 when the paragraph does not open with one. */
static int paragraph_place(const ng_doc *d, size_t t) {
  size_t p = t;
  while (p > 0 && !(d->tok[p].flags & NG_TOK_PARA))
    p--;
  if (!ng_doc_word_is(d, p, NG_GRAM_PLACE_PREP))
    return -1;
  int place = -1;
  for (size_t k = p + 1; k < d->ntok && k < p + 12; k++) {
    if (ng_tok_is(d, k, ","))
      return place;
    const ng_mention *m = ng_doc_mention_at(d, k);
    if (ng_is_break(d, k) || opens_clause(d, k) || (m && m->kind == NG_M_TRIGGER))
      return -1; /* "In a statement, ...", "At talks where ...": no setting */
    if (m && m->tb == k && is_place_mention(m))
      place = m->entity;
  }
  return -1;
}

/* Is a statement reported between the start of the paragraph around token t and t? */
static bool statement_before_in_paragraph(const ng_doc *d, size_t t) {
  for (size_t k = t; k-- > 0;) {
    const ng_mention *m = ng_doc_mention_at(d, k);
    if (m && m->kind == NG_M_TRIGGER && m->event >= 0 && ng_event_is_statement(&d->ev[m->event]))
      return true;
    if (d->tok[k].flags & NG_TOK_PARA)
      break;
  }
  return false;
}

/* "At the Russian embassy in Washington, visitors left flowers. X, Russia's ambassador, ...
 * said ...": a place phrase that opens a paragraph sets its scene, and the paragraph's first
 * speaker, given no place of their own, spoke there (a second speaker may be elsewhere: "In
 * Ankara, X said ... The Syrian army said ..."). */
static void place_from_paragraph(const ng_doc *d, ng_event *e, const ng_mention *tm) {
  if (e->place < 0 && ng_event_is_statement(e) && !ng_tok_quoted(d, tm->tb) &&
      !statement_before_in_paragraph(d, tm->tb))
    e->place = paragraph_place(d, tm->tb);
}

/* "The Astana talks ended on Tuesday with Russia, Turkey and Iran agreeing to ...": an event
 * done with someone (an agreement) with no place of its own, told in the clause of another
 * kind of such event (talks) that has one, happened there. */
static void place_from_talks(ng_doc *d, ng_event *e) {
  const ng_mention *tm = &d->m[e->mentions[0]];
  size_t cb, ce;
  if (e->place >= 0 || !is_partner(e))
    return;
  ng_clause_of(d, tm->tb, tm->te, &cb, &ce);
  for (size_t k = cb; k < ce; k++) {
    const ng_mention *m = ng_doc_mention_at(d, k);
    const ng_event *o = m && m->tb == k && ng_is_event_noun(m) && m->event >= 0 ? &d->ev[m->event] : NULL;
    if (o && o->place >= 0 && is_partner(o) &&
        ng_event_family(o->trigger->cls) != ng_event_family(e->trigger->cls)) {
      e->place = o->place;
      return;
    }
  }
}

/* The interval ("ten days after") before the trigger of e in its clause, with no verb between
 * them: its first token, *days and *end set; or (size_t)-1. */
static size_t interval_before(const ng_doc *d, const ng_mention *tm, size_t cb, long *days) {
  for (size_t k = tm->tb; k-- > cb;) {
    size_t end;
    if (ng_timex_interval(d, k, &end, days))
      return end <= tm->tb ? k : (size_t)-1;
    const ng_mention *m = ng_doc_mention_at(d, k);
    if (verb_trigger(m))
      return (size_t)-1; /* "ten days after X said Y was killed": the saying */
  }
  return (size_t)-1;
}

/* Is there a date in tokens [b, e)? */
static bool date_within(const ng_doc *d, size_t b, size_t e) {
  for (size_t k = b; k < e; k++)
    if (ng_doc_mention_at(d, k) && ng_doc_mention_at(d, k)->kind == NG_M_DATE)
      return true;
  return false;
}

/* "The deal was announced ten days after Andrei Karlov ... was shot dead", "agreed on Thursday
 * ..., two weeks after gunmen killed four herders": an event told after "N days after", with no
 * date after that, is dated from the date of the clause before it (not its own), or, with none,
 * from the day the story was filed (what it tells without a date is its news). */
static void date_from_interval(const ng_doc *d, ng_event *e) {
  const ng_mention *tm = &d->m[e->mentions[0]];
  size_t cb, ce;
  long days;
  ng_clause_of(d, tm->tb, tm->te, &cb, &ce);
  size_t k = interval_before(d, tm, cb, &days);
  if (k == (size_t)-1 || date_within(d, k, ce))
    return;
  ng_timex anchor = d->pubdate;
  for (size_t j = cb; j < k; j++) {
    const ng_mention *m = ng_doc_mention_at(d, j);
    if (m && m->tb == j && m->kind == NG_M_DATE)
      anchor = m->time;
  }
  e->date = anchor.gran >= NG_TIME_DAY ? ng_timex_add_days(&anchor, days) : (ng_timex){0};
}

/* "Rebels seized Karsu on Monday. Two days later, troops shelled it": an event with no date
 * of its own told within a few words of "N days later" (or "earlier"), in its clause, is dated
 * from the last event the story dated before it, within a few sentences. */
static void date_from_later(const ng_doc *d, ng_event *e, size_t i) {
  enum { SENTENCES = 3, WORDS = 12, EVENTS = 200 }; /* "Two days later, the troops of X ..." */
  const ng_mention *tm = &d->m[e->mentions[0]];
  size_t end;
  long days = 0;
  if (e->date.gran != NG_TIME_NONE)
    return;
  bool later = false;
  for (size_t k = tm->tb; k-- > 0 && tm->tb - k <= WORDS && !later && !ng_is_break(d, k);)
    later = ng_timex_later(d, k, &end, &days);
  for (size_t k = tm->te; k < d->ntok && k - tm->te <= WORDS && !later && !ng_is_break(d, k); k++)
    later = ng_timex_later(d, k, &end, &days);
  if (!later)
    return;
  uint32_t s = d->tok[tm->tb].sent;
  for (size_t j = i; j-- > 0 && i - j <= EVENTS;) {
    const ng_event *b = &d->ev[j];
    uint32_t bs = d->tok[d->m[b->mentions[0]].tb].sent;
    if (bs + SENTENCES < s)
      break;
    if (b->merged_into != -2 && b->date.gran >= NG_TIME_DAY && bs < s) {
      e->date = ng_timex_add_days(&b->date, days);
      return;
    }
  }
}

/* The date of a statement by `speaker` in the sentence before token t's, or NULL. */
static const ng_timex *speaker_date_before(const ng_doc *d, size_t t, int speaker) {
  uint32_t s = d->tok[t].sent;
  for (size_t k = s > 0 ? d->sent[s - 1].tb : d->sent[s].tb; s > 0 && k < d->sent[s - 1].te; k++) {
    const ng_mention *m = ng_doc_mention_at(d, k);
    const ng_event *o = m && m->kind == NG_M_TRIGGER && m->event >= 0 ? &d->ev[m->event] : NULL;
    if (o && ng_event_is_statement(o) && o->agent == speaker && o->date.gran != NG_TIME_NONE)
      return &o->date;
  }
  return NULL;
}

/* "Putin said on Thursday that ... Russia and Turkey will act as guarantors, Putin told a
 * meeting at the Kremlin": a speaker's statement with no date, right after a dated one of
 * theirs, goes on telling the same occasion. */
static void date_from_speaker(ng_doc *d, ng_event *e) {
  const ng_mention *tm = &d->m[e->mentions[0]];
  if (e->date.gran != NG_TIME_NONE || e->agent < 0 || !ng_event_is_statement(e) ||
      ng_tok_quoted(d, tm->tb))
    return;
  const ng_timex *t = speaker_date_before(d, tm->tb, e->agent);
  if (t)
    e->date = *t;
}

/* "Putin told a meeting at the Kremlin": a statement made to a meeting was made when the
 * meeting was held, so either dates the other. */
static void date_meeting_spoken_to(ng_doc *d, ng_event *e) {
  if (!ng_event_is_statement(e) || e->patient_event < 0)
    return;
  ng_event *m = &d->ev[e->patient_event];
  if (!is_partner(m) || !m->trigger->noun)
    return;
  if (m->date.gran == NG_TIME_NONE)
    m->date = e->date;
  else if (e->date.gran == NG_TIME_NONE)
    e->date = m->date;
}

/* ---- people given only by their number: "wounded 71", "five more were wounded" ---- */

/* A count standing for people: a number ("71", "1,500"; not "3pm" or "1990s"), or a number
 * word ("three", "dozens", "scores"). */
static bool is_count(const ng_doc *d, size_t t) {
  const char *w = d->tok[t].norm;
  bool number = (d->tok[t].flags & NG_TOK_NUM) && strspn(w, "0123456789,.") == strlen(w);
  return ng_doc_token_free(d, t) && (number || ng_doc_word_is(d, t, NG_GRAM_NUMBER));
}

/* "more", "others": the head a count may take without a noun ("260 others", "130 more"); and
 * lives (grammar toll), each one a person ("claimed twelve lives"). */
static bool is_count_head(const ng_doc *d, size_t t) {
  return ng_tok_is(d, t, "more") || ng_tok_is(d, t, "others") || ng_doc_word_is(d, t, NG_GRAM_TOLL);
}

/* A verb ("killed 43, wounded 20"), or a noun of what befell people that names them ("37
 * dead", "two deaths"); not "20 agreements", "12 meetings": a count of events, not of people. */
static bool names_people(const ng_trigger *t) {
  return !t->noun || t->subject_is_patient;
}

/* Does the noun phrase end before token t (no noun follows the count)? */
static bool phrase_ends(const ng_doc *d, size_t t, size_t sent_end) {
  const ng_mention *m = ng_doc_mention_at(d, t);
  return t >= sent_end || !(d->tok[t].flags & NG_TOK_WORD) || opens_clause(d, t) ||
         ng_doc_word_is(d, t, NG_GRAM_PREPOSITION) || ng_doc_word_is(d, t, NG_GRAM_PASSIVE_AUX) ||
         ng_tok_is(d, t, "and") || ng_tok_is(d, t, "had") || ng_tok_is(d, t, "have") ||
         (m && m->kind == NG_M_TRIGGER && names_people(m->ref));
}

/* After the "of" of "38 of 45 missiles": another count and a plain word that names no one,
 * things. ("23 of the gunmen" are people, whatever the word.) */
static bool counts_things(const ng_doc *d, size_t k) {
  if (k + 1 >= d->ntok || !ng_doc_token_free(d, k) ||
      !((d->tok[k].flags & NG_TOK_NUM) || ng_doc_word_is(d, k, NG_GRAM_NUMBER)))
    return false;
  return ng_doc_token_free(d, k + 1) && is_plain_word(d, k + 1) &&
         !ng_doc_word_is(d, k + 1, NG_GRAM_NUMBER);
}

/* A count and its head from token c: [c, *end), or false. Not the count of people described
 * after "of" ("thousands of protesters": the protesters). */
static bool count_phrase_at(const ng_doc *d, size_t c, size_t *end) {
  if (!is_count(d, c))
    return false;
  size_t e = c + 1 + is_count_head(d, c + 1);
  *end = e;
  const ng_mention *of_whom = ng_tok_is(d, e, "of") ? ng_doc_mention_at(d, e + 1) : NULL;
  if (of_whom && of_whom->kind == NG_M_PARTICIPANT && of_whom->tb == e + 1)
    return false;
  if (ng_tok_is(d, e, "of") && counts_things(d, e + 1))
    return false; /* "shot down 38 of 45 missiles" */
  return phrase_ends(d, e, d->sent[d->tok[c].sent].te);
}

/* The count right after a verb, over words like "more than", "another", "the". */
static bool count_after(const ng_doc *d, size_t t, size_t *b, size_t *e) {
  size_t end = d->sent[d->tok[t > 0 ? t - 1 : 0].sent].te;
  for (size_t k = t; k < end && k < t + 4; k++) {
    if (count_phrase_at(d, k, e)) {
      *b = k;
      return true;
    }
    if (!ng_doc_token_free(d, k) || (d->tok[k].flags & NG_TOK_CAP) ||
        !(d->tok[k].flags & NG_TOK_WORD) ||
        opens_meanwhile(d, k))
      return false;
  }
  return false;
}

/* A lower-case plural noun at token t that no list knows ("herders", "miners"). */
static bool unknown_plural_noun(const ng_doc *d, size_t t) {
  const char *w = d->tok[t].norm;
  size_t n = strlen(w);
  return (d->tok[t].flags & NG_TOK_WORD) && !(d->tok[t].flags & (NG_TOK_CAP | NG_TOK_NUM)) &&
         ng_doc_token_free(d, t) && n > 3 && w[n - 1] == 's' && w[n - 2] != 's' &&
         !ng_doc_lookup(d, t, 1);
}

/* "killed 14 herders", "abducted 30 miners": after a verb done to people, a count and a plural
 * noun no list knows are people all the same. */
static bool counted_people_after(const ng_doc *d, const ng_event *e, size_t t, size_t *b,
                                 size_t *end) {
  size_t sent_end = d->sent[d->tok[t > 0 ? t - 1 : 0].sent].te;
  if (!e->trigger->cls->person_object || t + 2 > sent_end || !is_count(d, t) ||
      ng_doc_mention_at(d, t) || !unknown_plural_noun(d, t + 1) ||
      !phrase_ends(d, t + 2, sent_end))
    return false;
  *b = t;
  *end = t + 2;
  return true;
}

/* The count that is the subject before a verb, over auxiliaries and adverbs: "five more were
 * wounded", "496 had been killed", "Scores died". */
static bool count_before(const ng_doc *d, size_t t, size_t *b, size_t *e) {
  size_t first = d->sent[d->tok[t].sent].tb;
  for (size_t steps = 0; t > first && steps < 4; steps++) {
    size_t k = t - 1 - (t - 1 > first && is_count_head(d, t - 1));
    if (count_phrase_at(d, k, e) && *e == t) {
      *b = k;
      return true;
    }
    if (!ng_is_auxiliary(d, t - 1))
      return false;
    t--;
  }
  return false;
}

/* An unnamed group of people known by its number, as a participant of its own. */
static int count_entity(ng_doc *d, size_t b, size_t e) {
  const char *key = ng_arena_printf(d->arena, "participant/count/%zu", b);
  int ent = ng_doc_entity(d, NG_E_PARTICIPANT, key, "people");
  d->ent[ent].plural = true;
  ng_entity_add_alt(&d->ent[ent], ng_doc_span_text(d, (uint32_t)b, (uint32_t)e));
  int m = ng_doc_add_mention(d, NG_M_PARTICIPANT, NG_FORM_NAME, (uint32_t)b, (uint32_t)e, NULL);
  d->m[m].entity = ent;
  return ent;
}

/* "nine people were killed and 23 others wounded": a count between "and" and a participle is
 * the subject of a passive whose auxiliary the first verb gave; a count of its own, and no
 * one's act (the first verb's subject is no agent of it). */
static bool elided_passive(const ng_doc *d, const ng_mention *tm) {
  size_t b, end;
  return !((const ng_trigger *)tm->ref)->noun && ng_is_participle(d, tm->tb) &&
         count_before(d, tm->tb, &b, &end) && end == tm->tb && b > 0 && ng_tok_is(d, b - 1, "and");
}

/* The patient of a verb with none yet, when it is a bare count: "killed 13 people and wounded
 * 71", "five more were wounded", "the 130 injured", "and three injured". */
static void bind_count(ng_doc *d, ng_event *e) {
  const ng_mention *tm = &d->m[e->mentions[0]];
  size_t b, end;
  if (e->merged_into == -2)
    return; /* not reported: its count would be a group of no event */
  bool elided = tm->tb > 0 && elided_passive(d, tm);
  if (elided && e->patient < 0 && e->patient_event < 0)
    e->agent = -1; /* the subject of "were killed" did not wound the others */
  bool subject_is_patient = tm->tb > 0 && (e->trigger->subject_is_patient || elided ||
                                           ng_is_passive(d, tm->tb));
  bool found = ((const ng_trigger *)tm->ref)->noun || subject_is_patient
                   ? count_before(d, tm->tb, &b, &end)
                   : count_after(d, tm->te, &b, &end) ||
                         counted_people_after(d, e, tm->te, &b, &end);
  if (!found && !e->trigger->subject_is_patient && count_before(d, tm->tb, &b, &end) &&
      b > 0 && ng_doc_word_is(d, b - 1, NG_GRAM_RESULTATIVE))
    found = true; /* "clashes left dozens injured": the count the state is told of */
  if (found && e->patient < 0 && e->patient_event < 0)
    e->patient = count_entity(d, b, end);
}

/* "The explosion targeted a bakery", "bombings targeted at the military": a verb of the same
 * kind as the event noun that is its subject says more about that event (its target) and is
 * not another one. */
static void fold_into_subject(ng_doc *d, ng_event *e) {
  const ng_mention *tm = &d->m[e->mentions[0]];
  const ng_mention *s = tm->tb > 0 ? ng_doc_mention_at(d, tm->tb - 1) : NULL;
  if (e->trigger->noun || !s || s->kind != NG_M_TRIGGER || s->event < 0 ||
      !((const ng_trigger *)s->ref)->noun)
    return;
  ng_event *subject = &d->ev[s->event];
  if (ng_event_family(subject->trigger->cls) != ng_event_family(e->trigger->cls))
    return;
  arg target = {e->patient, e->patient_event, false};
  if (!has_arg(target) && ng_doc_word_is(d, tm->te, NG_GRAM_PATIENT_PREP))
    target = right_arg(d, tm->te + 1, 4, false); /* "targeted at the military" */
  set_arg(subject, target, false);
  e->merged_into = -2;
}

static bool same_time(const ng_timex *a, const ng_timex *b) {
  return a->gran == b->gran && a->year == b->year && a->month == b->month && a->day == b->day &&
         a->hour == b->hour && a->minute == b->minute;
}

/* Does a mention of the place `entity` (or, with entity -1, of the time t) come after token
 * `after`, before a comma and the clause end ce? */
static bool setting_after(const ng_doc *d, size_t after, size_t ce, int entity, const ng_timex *t) {
  for (size_t k = after; k < ce && !ng_tok_is(d, k, ","); k++) { /* in the noun's own phrase */
    const ng_mention *m = ng_doc_mention_at(d, k);
    if (m && m->tb == k &&
        (entity >= 0 ? m->entity == entity : m->kind == NG_M_DATE && same_time(&m->time, t)))
      return true;
  }
  return false;
}

/* "Johnson on Monday condemned the killing of the ambassador in Ankara": a clause's place or
 * time belongs to the event it follows, the condemnation or the killing, not to both. */
static void share_setting_with_verb(ng_doc *d, ng_event *e) {
  if (e->trigger->noun || e->patient_event < 0)
    return;
  ng_event *named = &d->ev[e->patient_event];
  if (!named->trigger->noun)
    return;
  const ng_mention *tm = &d->m[named->mentions[0]];
  size_t cb, ce;
  ng_clause_of(d, tm->tb, tm->te, &cb, &ce);
  /* after the noun it is the named event's; an incident's alone ("the killing in Ankara"),
   * but "told a news conference in Cairo" was in Cairo too, as was one who "told a rally" */
  bool own = ng_event_in_scene(named) && !addressed_gathering(d, &d->m[e->mentions[0]], tm);
  if (named->place >= 0 && named->place == e->place) {
    if (!setting_after(d, tm->te, ce, named->place, NULL))
      named->place = -1;
    else if (own)
      e->place = -1;
  }
  if (named->date.gran != NG_TIME_NONE && same_time(&named->date, &e->date)) {
    if (!setting_after(d, tm->te, ce, -1, &named->date))
      named->date = (ng_timex){0};
    else if (own)
      e->date = (ng_timex){0};
  }
}

/* The event of the nearest verb before the preposition `prep` that an event noun tm follows
 * (over a determiner and adjectives), within a few words in its clause: "arrived in Kyiv for
 * talks", "was arrested last week on charges"; else NULL. */
static const ng_event *verb_before_prep(const ng_doc *d, const ng_mention *tm, const char *prep) {
  enum { REACH = 10 };
  size_t k = tm->tb;
  while (k > 0 && (ng_doc_word_is(d, k - 1, NG_GRAM_DETERMINER) || ng_is_adjective_like(d, k - 1)))
    k--;
  if (k == 0 || !ng_tok_is(d, k - 1, prep))
    return NULL;
  for (size_t j = k - 1; j-- > 0 && k - j <= REACH && !ng_is_break(d, j);) {
    const ng_mention *m = ng_doc_mention_at(d, j);
    if (verb_trigger(m) && m->event >= 0)
      return &d->ev[m->event];
  }
  return NULL;
}

/* "X arrived in Kyiv on Monday for talks with Y", "flew to Cairo for a meeting": the event a
 * journey was made for is done by the one who travelled. */
static void purpose_of_journey(ng_doc *d, ng_event *e) {
  if (!e->trigger->noun || e->agent >= 0 || e->merged_into == -2)
    return;
  const ng_event *journey = verb_before_prep(d, &d->m[e->mentions[0]], "for");
  if (journey && ng_event_in_family(journey->trigger->cls, "Transport") && journey->agent >= 0 &&
      journey->agent != e->patient)
    e->agent = journey->agent;
}

/* "Mwale was arrested last week on charges of bribery": the charges an arrest is made on are
 * against the one arrested. */
static void charged_on_arrest(ng_doc *d, ng_event *e) {
  if (!e->trigger->noun || e->patient >= 0 || e->merged_into == -2 ||
      !ng_event_in_family(e->trigger->cls, "Charge"))
    return;
  const ng_event *arrest = verb_before_prep(d, &d->m[e->mentions[0]], "on");
  if (arrest && ng_event_in_family(arrest->trigger->cls, "Arrest"))
    e->patient = arrest->patient;
}

/* Is there a clause break between tokens a and b? */
static bool break_between(const ng_doc *d, size_t a, size_t b) {
  for (size_t k = a < b ? a : b; k < (a < b ? b : a); k++)
    if (ng_is_break(d, k))
      return true;
  return false;
}

/* The organization that makes a statement in the sentence of token t and with no clause break
 * between (what it says: "..., the office said"; not "the police responded, but ..."), or -1. */
static int body_speaking_in(const ng_doc *d, size_t t) {
  const ng_sentence *s = &d->sent[d->tok[t].sent];
  for (size_t k = s->tb; k < s->te; k++) {
    const ng_mention *m = ng_doc_mention_at(d, k);
    const ng_event *e = m && m->kind == NG_M_TRIGGER && m->event >= 0 ? &d->ev[m->event] : NULL;
    if (e && ng_event_is_statement(e) && e->agent >= 0 && d->ent[e->agent].kind == NG_E_ORG &&
        !break_between(d, k, t))
      return e->agent;
  }
  return -1;
}

/* "Police detained 27 people in an investigation into the network ..., the prosecutor's
 * office said": a body that reports an investigation nobody is said to lead is leading it
 * (event_classes.csv by_speaker). */
static void agent_from_speaker(ng_doc *d, ng_event *e) {
  if (e->agent >= 0 || e->merged_into != -1 ||
      !e->trigger->cls->by_speaker)
    return;
  int body = body_speaking_in(d, d->m[e->mentions[0]].tb);
  if (body >= 0 && body != e->patient)
    e->agent = body;
}

/* The person whose vehicle a "when"/"as" clause after token t shows passing by: "... as the
 * convoy of the city's security chief, X, drove past", "when X's car passed". -1 if none. */
static int passer_after(const ng_doc *d, size_t t) {
  const ng_sentence *s = &d->sent[d->tok[t].sent];
  while (t < s->te && !ng_doc_word_is(d, t, NG_GRAM_TEMPORAL))
    t++;
  for (size_t k = t + 1; k < s->te && k < t + 6; k++) {
    if (!ng_doc_word_is(d, k, NG_GRAM_VEHICLE))
      continue;
    const ng_mention *m = k >= 2 && (d->tok[k - 1].flags & NG_TOK_POSS)
                              ? ng_doc_mention_at(d, k - 2) : NULL;
    if (m && m->kind == NG_M_PERSON)
      return m->entity; /* "X's car" */
    /* "the convoy of [the city's security chief,] X": the first person within the phrase */
    for (size_t j = k + 2; ng_tok_is(d, k + 1, "of") && j < s->te && j < k + 14; j++) {
      const ng_mention *p = ng_doc_mention_at(d, j);
      if (p && p->kind == NG_M_PERSON && p->entity >= 0)
        return p->entity;
      if (p && p->kind == NG_M_TRIGGER)
        break;
    }
    return -1;
  }
  return -1;
}

/* An attack with no target whose moment is someone passing by targets them: "a bomb exploded
 * in Alexandria as the convoy of X drove past". */
static void target_from_passing(ng_doc *d, ng_event *e) {
  if (!is_attack(e) || e->patient >= 0 || e->patient_event >= 0 || e->merged_into == -2)
    return;
  const ng_mention *tm = &d->m[e->mentions[0]];
  int passer = passer_after(d, tm->te);
  if (passer >= 0 && passer != e->agent)
    e->patient = passer;
}

/* Does the speaker hold a post of `country`? */
static bool serves_country(const ng_doc *d, int speaker, int country) {
  for (size_t i = 0; country >= 0 && i < d->nten; i++)
    if (d->ten[i].holder == speaker && d->ten[i].country == country)
      return true;
  return false;
}

/* "Ruiz asked the detective whether he had proof", "asked whether ...", "“Who was it?” he
 * asked": an appeal verb after a quoted question, or followed in its clause by a question word
 * (grammar question) before any "to", asks a question: a statement, not an appeal ("asked
 * them to leave"). */
static void question_from_asking(ng_doc *d, ng_event *e) {
  if (e->trigger->noun || !ng_event_in_family(e->trigger->cls, "Appeal"))
    return;
  const ng_event_class *statement = ng_kb_event_class(d->kb, "Statement");
  const ng_mention *tm = &d->m[e->mentions[0]];
  if (!statement)
    return;
  size_t q = tm->tb; /* over the speaker: "“...?” prosecutor Mendeloff asked" */
  for (int steps = 0; steps < 3 && q > 0 && ng_doc_mention_at(d, q - 1); steps++)
    q = ng_doc_mention_at(d, q - 1)->tb;
  if (q >= 2 && ng_tok_is_quote_mark(d, q - 1) && ng_tok_is(d, q - 2, "?")) {
    ng_event_reclassify(d, e, statement); /* "“Who was it?” Mendeloff asked." */
    return;
  }
  const ng_sentence *s = &d->sent[d->tok[tm->tb].sent];
  for (size_t k = tm->te; k < s->te && k < tm->te + 12; k++) {
    if (ng_tok_is(d, k, "to") || ng_tok_is(d, k, "for") || ng_is_break(d, k))
      return;
    if (ng_doc_word_is(d, k, NG_GRAM_QUESTION)) {
      ng_event_reclassify(d, e, statement);
      return;
    }
  }
}

/* "X warned that Tehran would reconsider its cooperation": a warning (grammar warning) that the
 * speaker's own country will act (grammar volition) is a threat; "warned that prices would
 * rise" stays a statement. */
static void threat_from_warning(ng_doc *d, ng_event *e) {
  const ng_mention *tm = &d->m[e->mentions[0]];
  if (!ng_event_is_statement(e) || e->agent < 0 || tm->te != tm->tb + 1 ||
      !ng_doc_word_is(d, tm->tb, NG_GRAM_WARNING))
    return;
  const ng_event_class *threat = ng_kb_event_class(d->kb, "Threat");
  if (!threat)
    return;
  size_t k = tm->te + ng_tok_is(d, tm->te, "that");
  const ng_mention *s = k < d->ntok ? ng_doc_mention_at(d, k) : NULL;
  if (!s || s->tb != k || s->entity < 0 || s->te >= d->ntok ||
      !ng_doc_word_is(d, s->te, NG_GRAM_VOLITION) ||
      !serves_country(d, e->agent, ng_doc_country_of(d, s->entity)))
    return;
  ng_event_reclassify(d, e, threat);
}

/* "Oslo ordered three Russian diplomats to leave the country": an appeal to someone whose
 * infinitive, within a few words, sends them out of a country is an expulsion. */
static void expulsion_from_order(ng_doc *d, ng_event *e) {
  enum { WORDS = 8 };
  const ng_mention *tm = &d->m[e->mentions[0]];
  if (!ng_event_in_family(e->trigger->cls, "Appeal") || e->trigger->noun || e->patient < 0)
    return;
  const ng_event_class *expulsion = ng_kb_event_class(d->kb, "Expulsion");
  for (size_t k = tm->te; expulsion && k + 2 < d->ntok && k < tm->te + WORDS && !ng_is_break(d, k);
       k++) {
    if (!ng_tok_is(d, k, "to"))
      continue;
    if (!ng_doc_word_is(d, k + 1, NG_GRAM_DEPARTURE))
      return; /* "ordered them to stop", "urged X to leave politics" */
    size_t j = k + 2 + ng_doc_word_is(d, k + 2, NG_GRAM_DETERMINER);
    const ng_mention *m = j < d->ntok ? ng_doc_mention_at(d, j) : NULL;
    if (ng_doc_word_is(d, j, NG_GRAM_HOMELAND) ||
        (m && m->kind == NG_M_COUNTRY && m->form == NG_FORM_NAME))
      ng_event_reclassify(d, e, expulsion);
    return;
  }
}

static bool is_country(const ng_doc *d, int entity) {
  return entity >= 0 && d->ent[entity].kind == NG_E_COUNTRY;
}

/* Does the subject before the active verb tm name no one who may bring charges (grammar
 * judicial): "rights groups accused", "the opposition accused", but not "prosecutors accused"?
 * The subject is the words since the clause's start, a comma or a relative word. */
static bool subject_not_judicial(const ng_doc *d, const ng_mention *tm) {
  enum { SUBJECT_WORDS = 8 };
  if (ng_is_passive(d, tm->tb) || ng_tok_is(d, tm->te, "of"))
    return false; /* "X was accused of fraud", "the man accused of shooting": by whom is not said */
  size_t t = ng_over_auxiliaries_left(d, tm->tb);
  size_t first = d->sent[d->tok[t].sent].tb, words = 0;
  for (size_t k = t; k-- > first && t - k <= SUBJECT_WORDS;) {
    if (ng_doc_word_is(d, k, NG_GRAM_JUDICIAL))
      return false;
    if (is_comma(d, k) || ng_is_break(d, k) || ng_doc_word_is(d, k, NG_GRAM_RELATIVE))
      break;
    words += (d->tok[k].flags & NG_TOK_WORD) != 0;
  }
  return words > 0;
}

/* "Rand accused Lorvia of interfering", "Lorvia accuses Dorvan of spying": a country on
 * either side makes an accusation (CAMEO 112) of what reads as a charge: no court indicts a
 * state, and a state brings no indictment in another's affairs; so does a subject that could
 * bring no charge ("rights groups accused the army of abuses"). */
static void accusation_by_state(ng_doc *d, ng_event *e) {
  const ng_mention *tm = &d->m[e->mentions[0]];
  if (!ng_event_in_family(e->trigger->cls, "Charge") || e->trigger->noun ||
      !ng_doc_word_is(d, tm->tb, NG_GRAM_ACCUSATION))
    return;
  const ng_event_class *accusation = ng_kb_event_class(d->kb, "Accusation");
  if ((is_country(d, e->agent) || is_country(d, e->patient) ||
       subject_not_judicial(d, tm)) && accusation)
    ng_event_reclassify(d, e, accusation);
}

/* A span of time in one hyphenated word: a count (digits or a count word) and a `duration`
 * word: "48-hour", "one-day". Its halves are looked up in the token's folded form. */
static bool is_span_compound(const ng_doc *d, size_t t) {
  const char *w = d->tok[t].norm, *h = strchr(w, '-');
  if (!h || h == w)
    return false;
  bool unit = false;
  for (const ng_lex *l = ng_kb_lookup(d->kb, h + 1, strlen(h + 1)); l; l = l->next)
    unit |= l->kind == NG_LEX_GRAMMAR && (uintptr_t)l->ref == (uintptr_t)NG_GRAM_DURATION;
  if (!unit || isdigit((unsigned char)w[0]))
    return unit;
  const ng_lex *c = ng_lex_find(ng_kb_lookup(d->kb, w, (size_t)(h - w)), NG_LEX_CALENDAR);
  return c && ((const ng_calendar_word *)c->ref)->kind == NG_CAL_COUNT;
}

/* "a 48-hour strike", "a one-day strike": a stoppage of work, a protest, not an attack. */
static void stoppage_of_work(ng_doc *d, ng_event *e) {
  const ng_mention *tm = &d->m[e->mentions[0]];
  const ng_event_class *protest = ng_kb_event_class(d->kb, "Protest");
  if (protest && ng_event_in_family(e->trigger->cls, "Attack") && e->trigger->noun &&
      tm->te == tm->tb + 1 && tm->tb > 0 && ng_doc_word_is(d, tm->tb, NG_GRAM_STOPPAGE) &&
      is_span_compound(d, tm->tb - 1))
    ng_event_reclassify(d, e, protest);
}

/* "was jailed for 12 years", "jailed X for life": a jailing for a term is the sentence to it,
 * not the arrest ("jailed for spying" stays one). */
static void term_of_prison(ng_doc *d, ng_event *e) {
  const ng_mention *tm = &d->m[e->mentions[0]];
  const ng_event_class *sentencing = ng_kb_event_class(d->kb, "Sentencing");
  size_t k = tm->te;
  const ng_mention *object = ng_doc_mention_at(d, k); /* "jailed Ivo Rand for six years" */
  if (object && object->tb == k &&
      (object->kind == NG_M_PERSON || object->kind == NG_M_PARTICIPANT))
    k = object->te;
  if (!sentencing || e->trigger->noun || !ng_event_in_family(e->trigger->cls, "Arrest") ||
      !ng_doc_word_is(d, tm->tb, NG_GRAM_INCARCERATION) || k + 1 >= d->ntok ||
      !ng_tok_is(d, k++, "for"))
    return;
  bool life = ng_tok_is(d, k, "life");
  bool count = (d->tok[k].flags & NG_TOK_NUM) || ng_doc_word_is(d, k, NG_GRAM_NUMBER);
  if (life || (count && k + 1 < d->ntok && ng_doc_word_is(d, k + 1, NG_GRAM_DURATION)))
    ng_event_reclassify(d, e, sentencing);
}

/* "Lorvia summoned the ambassador to protest against the arrests": a country that protests
 * does so through its diplomats, a condemnation, not a demonstration in its streets. (The
 * noun is told of people: "Lorvia's protests" are held there.) */
static void protest_by_state(ng_doc *d, ng_event *e) {
  const ng_event_class *condemnation = ng_kb_event_class(d->kb, "Condemnation");
  if (ng_event_in_family(e->trigger->cls, "Protest") && !e->trigger->noun &&
      is_country(d, e->agent) && condemnation)
    ng_event_reclassify(d, e, condemnation);
}

/* "fired dozens of rockets at the town": a verb told of a thing, with a preposition a few words
 * after it that makes a phrase trigger of the verb ("fired at"), is that phrase's event, whose
 * target follows the preposition (the things are no patient). */
static void aimed_at(ng_doc *d, ng_event *e, const ng_mention *tm) {
  enum { WORDS = 6 };
  if (e->trigger->noun || tm->te != tm->tb + 1 || !ng_told_of_a_thing(d, e, tm))
    return;
  for (size_t k = tm->te + 1; k < d->ntok && k <= tm->te + WORDS && !ng_is_break(d, k) &&
                              !ng_tok_is(d, k, ",");
       k++) {
    char key[64]; /* "fired at": the verb and the preposition, as a phrase of the lexicon */
    int n = snprintf(key, sizeof key, "%s %s", d->tok[tm->tb].norm, d->tok[k].norm);
    if (!ng_doc_word_is(d, k, NG_GRAM_PREPOSITION) || n < 0 || (size_t)n >= sizeof key)
      continue;
    const ng_lex *l = ng_lex_find(ng_kb_lookup(d->kb, key, (size_t)n), NG_LEX_TRIGGER);
    const ng_trigger *t = l ? l->ref : NULL;
    if (!t || t->noun || t->cls->person_patient)
      continue; /* "of" in "dozens of rockets" */
    ng_event_reclassify(d, e, t->cls);
    e->patient = e->patient_event = -1;
    set_arg(e, right_arg(d, k + 1, 4, false), false);
    return;
  }
}

/* The event class whose doer some description of entity x names ("a suicide bomber": Attack),
 * or NULL. */
static const ng_event_class *doer_class_of(const ng_doc *d, int x) {
  for (size_t k = 0; x >= 0 && k < d->nm; k++) {
    const ng_participant_word *w = d->m[k].entity == x ? ng_doc_participant_word(d, &d->m[k]) : NULL;
    if (w && w->doer_of)
      return w->doer_of;
  }
  return NULL;
}

/* "a suicide bomber crashed into a checkpoint": one who attacks and crashes into something rams
 * it; the crash is the attack, and the one who crashed its agent. */
static void ramming_attack(ng_doc *d, ng_event *e) {
  if (!ng_event_in_family(e->trigger->cls, "Crash") || e->trigger->noun)
    return;
  const ng_event_class *doer = doer_class_of(d, e->patient);
  if (!doer || !ng_event_in_family(doer, "Attack"))
    return;
  ng_event_reclassify(d, e, doer);
  e->agent = e->patient;
  e->patient = -1;
}

/* "graduated in 1997 from X", "studied law at X": a school comes after "from" or "at", past a
 * year or a field of study. Studying at no school (a university, college, academy...: heads.csv)
 * is no schooling, and no event: "studied the report". */
static void bind_school(ng_doc *d, ng_event *e) {
  if (!ng_event_is_schooling(e) || e->trigger->noun)
    return;
  bool graduation = ng_event_in_family(e->trigger->cls, "Graduation");
  const ng_mention *tm = &d->m[e->mentions[0]];
  if (e->patient < 0 && e->patient_event < 0)
    set_arg(e, after_word(d, tm->te, graduation ? "from" : "at", 6), false);
  size_t cb, ce;
  ng_clause_of(d, tm->tb, tm->te, &cb, &ce);
  /* "was born in 1945 and studied law", "studied law at X and served in Chile from 2015": a
   * year or a place across an "and" from the verb is the other verb's */
  size_t and = tm->te;
  while (and < ce && !ng_tok_is(d, and, "and"))
    and++;
  bool and_before = tm->tb > cb && ng_tok_is(d, tm->tb - 1, "and");
  if (and_before || and < ce) {
    if (!setting_after(d, tm->te, and, -1, &e->date))
      e->date = (ng_timex){0};
    e->place = attached_place(d, tm, tm->tb, and, false);
  }
  const ng_entity *p = e->patient >= 0 ? &d->ent[e->patient] : NULL;
  bool school = p && p->kind == NG_E_ORG && p->type && !strcmp(p->type, "EducationalOrganization");
  if (!school && !graduation) /* "studied the footage at the FBI": no schooling */
    e->merged_into = -2;
}

/* "the landslide claimed twelve lives", "the war has claimed more than 500,000 lives": a verb of
 * claiming (grammar toll_verb) whose object is lives (grammar toll) tells of deaths it caused,
 * not of a statement. */
static void lives_claimed(ng_doc *d, ng_event *e) {
  const ng_mention *tm = &d->m[e->mentions[0]];
  const ng_event_class *killing = ng_kb_event_class(d->kb, "Killing");
  if (!killing || !ng_event_is_statement(e) || !ng_doc_word_is(d, tm->te - 1, NG_GRAM_TOLL_VERB))
    return;
  for (size_t k = tm->te; k < d->ntok && k < tm->te + 6; k++) {
    if (ng_doc_word_is(d, k, NG_GRAM_TOLL)) {
      ng_event_reclassify(d, e, killing);
      e->patient = e->patient_event = -1;
      return;
    }
    if (ng_is_break(d, k) || ng_tok_is(d, k, ",") || ng_tok_is(d, k, ".") ||
        ng_doc_word_is(d, k, NG_GRAM_RELATIVE) || ng_doc_mention_at(d, k))
      return; /* "claimed the attack saved lives": lives of another clause */
  }
}

/* The token of the `among` word before the trigger tm, over a few plain words ("among [the]
 * [five] [people] detained"), or SIZE_MAX. */
static size_t among_before(const ng_doc *d, const ng_mention *tm) {
  enum { WORDS = 4 };
  uint32_t first = d->sent[d->tok[tm->tb].sent].tb;
  for (size_t k = tm->tb; k-- > first && tm->tb - k <= WORDS;) {
    if (ng_doc_word_is(d, k, NG_GRAM_AMONG))
      return k;
    const ng_mention *m = ng_doc_mention_at(d, k);
    if ((m && m->kind != NG_M_PARTICIPANT) || !(d->tok[k].flags & (NG_TOK_WORD | NG_TOK_NUM)))
      return SIZE_MAX;
  }
  return SIZE_MAX;
}

/* "X was among those arrested", "X was among five people detained", "Among the dead was X":
 * the one said to be among those the event befell is its patient, rather than the group the
 * sentence counts. */
static void patient_among(ng_doc *d, ng_event *e) {
  const ng_mention *tm = &d->m[e->mentions[0]];
  size_t among = among_before(d, tm);
  if (among == SIZE_MAX)
    return;
  arg one = NO_ARG;
  if (among > 1 && ng_doc_word_is(d, among - 1, NG_GRAM_PASSIVE_AUX)) {
    const ng_mention *m = ng_doc_mention_at(d, among - 2);
    if (m && m->te == among - 1)
      one = candidate_at(d, among - 2, false);
  } else if ((among == d->sent[d->tok[among].sent].tb || ng_tok_is(d, among - 1, ",")) &&
             ng_doc_word_is(d, tm->te, NG_GRAM_PASSIVE_AUX)) {
    size_t k = tm->te + 1; /* "were [four] tourists" */
    while (k < tm->te + 3 && ng_doc_token_free(d, k) && is_quantity(d, k))
      k++;
    one = candidate_at(d, k, false);
  }
  if (one.entity < 0 || one.entity == e->agent)
    return;
  const ng_entity *now = e->patient >= 0 ? &d->ent[e->patient] : NULL;
  if (!now || (now->kind == NG_E_PARTICIPANT && now->plural &&
               d->ent[one.entity].kind != NG_E_PARTICIPANT))
    e->patient = one.entity;
}

typedef void event_pass(ng_doc *d, ng_event *e);

/* The described person the trigger phrase of e ends in ("hostage" of "held hostage"), when
 * it is someone else than e's patient, a person or a description; else -1. */
static int phrase_patient(const ng_doc *d, const ng_event *e) {
  const ng_mention *tm = &d->m[e->mentions[0]];
  const ng_mention *last = tm->te > tm->tb + 1 ? ng_doc_mention_at(d, tm->te - 1) : NULL;
  if (!last || last->kind != NG_M_PARTICIPANT || last->entity < 0 || e->patient < 0 ||
      e->patient == last->entity || d->ent[e->patient].kind == NG_E_COUNTRY ||
      d->ent[e->patient].kind == NG_E_ORG)
    return -1;
  return last->entity;
}

/* "an engineer held hostage", "three men were taken hostage": the described person a trigger
 * phrase ends in is its patient, so the hostage the story names again is that one. All such
 * folds are made in one pass over the mentions and events (a text of many hostages costs no
 * square). */
static void fold_hostages(ng_doc *d) {
  int *into = NULL;
  for (size_t i = 0; i < d->nev; i++) {
    int from = phrase_patient(d, &d->ev[i]);
    if (from < 0)
      continue;
    if (!into) {
      into = ng_xmalloc(d->nent * sizeof *into);
      for (size_t e = 0; e < d->nent; e++)
        into[e] = -1;
    }
    if (into[from] < 0 && into[d->ev[i].patient] != from)
      into[from] = d->ev[i].patient;
  }
  if (!into)
    return;
  ng_participant_fold_all(d, into);
  for (size_t i = 0; i < d->nev; i++) {
    ng_event *e = &d->ev[i];
    e->agent = e->agent >= 0 && into[e->agent] >= 0 ? into[e->agent] : e->agent;
    e->patient = e->patient >= 0 && into[e->patient] >= 0 ? into[e->patient] : e->patient;
  }
  free(into);
}

ng_status ng_event_run(ng_doc *d, const ng_diag *diag) {
  (void)diag;
  find_triggers(d);
  for (size_t i = 0; i < d->nev; i++) {
    ng_event *e = &d->ev[i];
    const ng_mention *tm = &d->m[e->mentions[0]];
    if (bind_accused(d, e, tm) || bind_suspected(d, e, tm))
      ; /* "suspected of killing", read either as a noun or a verb; "murder suspect" */
    else if (e->trigger->doer)
      bind_doer(d, e, tm);
    else if (e->trigger->noun)
      bind_noun(d, e, tm);
    else
      bind_verb(d, e, tm);
    e->cause = after_cause_prep(d, tm, 0);
    e->place = nearest_place(d, tm);
    if (e->place < 0)
      e->place = place_object(d, e, tm);
    nearest_date(d, tm, &e->date);
    date_from_interval(d, e);
    date_from_later(d, e, i);
    place_from_dateline(d, e);
    aimed_at(d, e, tm);
    if (ng_event_not_reported(d, e, tm))
      e->merged_into = -2;
    place_from_paragraph(d, e, tm);
  }
  /* then each pass, in order, over every event (a later pass reads what an earlier one set) */
  static event_pass *const PASSES[] = {
      share_setting_with_verb, target_from_passing, threat_from_warning, expulsion_from_order,
      question_from_asking, ramming_attack, accusation_by_state, protest_by_state,
      stoppage_of_work,      term_of_prison, lives_claimed, patient_among,
      bind_school,
      place_from_talks,        date_from_speaker,   date_meeting_spoken_to, purpose_of_journey,
      charged_on_arrest,
      bind_count, /* adds mentions: after the loop that holds mention pointers */
      fold_into_subject};
  for (size_t p = 0; p < NG_COUNTOF(PASSES); p++)
    for (size_t i = 0; i < d->nev; i++)
      PASSES[p](d, &d->ev[i]);
  for (size_t i = 0; i < d->nev; i++) /* once the passes have settled each event's class */
    venue_of(d, &d->ev[i], &d->m[d->ev[i].mentions[0]]);
  fold_hostages(d);
  ng_attach_quotes(d);
  for (size_t i = 0; i < d->nev; i++)
    agent_from_speaker(d, &d->ev[i]);
  /* a statement by nobody the text identifies says nothing about who said what; but
     "Italy has been criticized by rights groups" says something of Italy */
  for (size_t i = 0; i < d->nev; i++) {
    const ng_event *e = &d->ev[i];
    bool of_someone = e->patient >= 0 && (ng_event_is_a(e->trigger->cls, "Condemnation") ||
                                          ng_event_is_a(e->trigger->cls, "Accusation"));
    if (ng_event_is_statement(e) && e->agent < 0 && e->patient_event < 0 && !of_someone)
      d->ev[i].merged_into = -2;
  }
  return NG_OK;
}
