/* SPDX-License-Identifier: MIT */
/* incident.c: stage 11. The events of one article read sentence by sentence (event.c) -> the
 * incidents the article tells: reports of one event become one ("the killing" after "shot
 * dead"), an attack on an office holder who died is an assassination, "the gunman" and "a woman"
 * are the people the story names in those roles, and the parts of an incident share its
 * place and time. */
#include "clause.h"
#include "doc.h"

#include <stdlib.h>
#include <string.h>

/* ---- one event, many reports ---- */

/* The event that report i became (itself when it stands alone). */
static int canonical(const ng_doc *d, int i) {
  while (i >= 0 && d->ev[i].merged_into >= 0)
    i = d->ev[i].merged_into;
  return i;
}

static bool is_anaphoric(const ng_doc *d, const ng_event *e) {
  const ng_mention *tm = &d->m[e->mentions[0]];
  size_t k = tm->tb;
  while (k > 0 && k + 3 > tm->tb && !ng_doc_word_is(d, k - 1, NG_GRAM_DEFINITE) &&
         (d->tok[k - 1].flags & NG_TOK_WORD) && !(d->tok[k - 1].flags & NG_TOK_CAP) &&
         !ng_doc_mention_at(d, k - 1))
    k--; /* adjectives: "the gun assault", "this cowardly attack" */
  return ((const ng_trigger *)tm->ref)->noun && k > 0 &&
         ng_doc_word_is(d, k - 1, NG_GRAM_DEFINITE);
}

static bool compatible(int a, int b) { return a < 0 || b < 0 || a == b; }

static bool shared(int a, int b) { return a >= 0 && a == b; }

static bool same_day(const ng_timex *a, const ng_timex *b) {
  if (a->gran == NG_TIME_NONE || b->gran == NG_TIME_NONE)
    return true;
  return a->year == b->year && (a->gran < NG_TIME_MONTH || b->gran < NG_TIME_MONTH ||
                                a->month == b->month) &&
         (a->gran < NG_TIME_DAY || b->gran < NG_TIME_DAY || a->day == b->day);
}

/* Marks the events that another event is about ("a case into an act of terrorism", "condemned
 * an attack"). The caller owns the array. */
static bool *events_that_are_patients(const ng_doc *d) {
  bool *is_patient = ng_xcalloc(d->nev ? d->nev : 1, sizeof *is_patient);
  for (size_t i = 0; i < d->nev; i++)
    if (d->ev[i].patient_event >= 0)
      is_patient[d->ev[i].patient_event] = true;
  return is_patient;
}

/* Could `later` be another report of `earlier`? "The attack" with no place or date of its own
 * refers back (`anaphor`); otherwise two reports are one event only when they name the same
 * participant or place; either way nothing they say may conflict. */
static bool corefer(const ng_event *earlier, const ng_event *later, bool anaphor) {
  const ng_event_class *f = ng_event_family(earlier->trigger->cls);
  if (f != ng_event_family(later->trigger->cls) || !f->merge || earlier->merged_into != -1)
    return false;
  bool common = anaphor || shared(earlier->patient, later->patient) ||
                shared(earlier->agent, later->agent) || shared(earlier->place, later->place);
  return common && compatible(earlier->patient, later->patient) &&
         compatible(earlier->agent, later->agent) &&
         compatible(earlier->place, later->place) && same_day(&earlier->date, &later->date);
}

/* The more specific of two classes: Shooting over Attack, Assassination over Shooting. */
static const ng_trigger *more_specific(const ng_trigger *a, const ng_trigger *b) {
  int da = 0, db = 0;
  for (const ng_event_class *c = a->cls; c; c = c->parent)
    da++;
  for (const ng_event_class *c = b->cls; c; c = c->parent)
    db++;
  return db > da ? b : a;
}

static void merge_into(ng_doc *d, ng_event *to, ng_event *from, int to_index) {
  to->trigger = more_specific(to->trigger, from->trigger);
  for (size_t k = 0; k < from->nmentions; k++) {
    NG_GROW(to->mentions, to->nmentions, to->mcap);
    to->mentions[to->nmentions++] = from->mentions[k];
    d->m[from->mentions[k]].event = to_index;
  }
  if (to->agent < 0)
    to->agent = from->agent;
  if (to->coagent < 0 && from->coagent != to->agent)
    to->coagent = from->coagent;
  if (to->patient < 0)
    to->patient = from->patient;
  if (to->place < 0)
    to->place = from->place;
  if (to->venue < 0 && (to->place == from->place || from->place < 0))
    to->venue = from->venue;
  if (to->date.gran < from->date.gran)
    to->date = from->date;
  from->merged_into = to_index;
}

static uint32_t sentence_of(const ng_doc *d, const ng_event *e) {
  return d->tok[d->m[e->mentions[0]].tb].sent;
}

/* The earlier event that event i reports again, or -1: the nearest one it fits, but for a
 * bare "the killing" one reported clearly more often (what the story is about), else the nearest
 * of its own kind ("the bombing" after a bombing and an ambush told since). Looks back over
 * LOOKBACK events at most, more than any article tells, so that a text of a million trigger
 * words is not a trillion comparisons. */
static int reported_event(const ng_doc *d, size_t i, const bool *is_patient) {
  enum { CLEARLY_MORE = 2, LOOKBACK = 1000 };
  const ng_event *e = &d->ev[i];
  /* "the van-and-knife attack in Harbour Street" says which attack it is: not an anaphor;
   * "opened a criminal case into an act of terrorism" names the story's attack again */
  bool undated_unplaced = e->place < 0 && e->date.gran == NG_TIME_NONE;
  bool definite = undated_unplaced && is_anaphoric(d, e);
  bool bare = definite && e->agent < 0 && e->patient < 0;
  bool anaphor = definite || (undated_unplaced && e->agent < 0 && e->patient < 0 &&
                              e->patient_event < 0 && is_patient[i]);
  int nearest = -1, most = -1, same_kind = -1;
  bool specific = e->trigger->cls != ng_event_family(e->trigger->cls);
  for (size_t j = i; j-- > 0 && i - j <= LOOKBACK;) {
    if (d->ev[j].merged_into >= 0 || !corefer(&d->ev[j], e, anaphor) ||
        (e->cause && sentence_of(d, &d->ev[j]) == sentence_of(d, e)))
      continue; /* "stormed the embassy following the execution": not the storming */
    if (nearest < 0)
      nearest = (int)j;
    if (!bare)
      break;
    if (most < 0 || d->ev[j].nmentions > d->ev[most].nmentions)
      most = (int)j;
    if (same_kind < 0 && specific && ng_event_is_a(d->ev[j].trigger->cls, e->trigger->cls->name))
      same_kind = (int)j;
  }
  if (most >= 0 && d->ev[most].nmentions >= d->ev[nearest].nmentions + CLEARLY_MORE)
    return most;
  return same_kind >= 0 ? same_kind : nearest; /* "the bombing": a bombing, not a later ambush */
}

enum { MAX_FAMILIES = 64 };

/* Is event e told in the headline? */
static bool in_headline(const ng_doc *d, const ng_event *e) {
  return ng_sentence_is_headline(d, sentence_of(d, e));
}

/* "Two Men Shot In Pub Shooting ... A gunman shot two men at a pub": the
 * headline tells the story's event in few words, so its report of a kind is the first report of
 * that kind in the body, whatever participants its short words found. Returns a headline
 * report (other than `into`, where body report i went) that body report i, the first of its
 * family in the body, tells again, or -1. (Events
 * are in text order: the search stops where the headline sentences end.) */
static int headline_report(const ng_doc *d, size_t i, int into) {
  const ng_event *e = &d->ev[into];
  const ng_event_class *f = ng_event_family(e->trigger->cls);
  int found = -1;
  for (size_t j = 0; j < i && sentence_of(d, &d->ev[j]) < NG_HEADLINE_SENTENCES; j++) {
    const ng_event *h = &d->ev[j];
    if ((int)j != into && ng_event_family(h->trigger->cls) == f && in_headline(d, h) &&
        h->merged_into == -1 && same_day(&h->date, &e->date))
      found = (int)j;
  }
  return found;
}

/* Families the body has told, to find the first body report of each (a handful: a linear
 * search over at most MAX is cheaper than a map). */
typedef struct families {
  const ng_event_class *v[MAX_FAMILIES];
  size_t n;
} families;

/* Adds f; true when it was not there before (and there was room to remember it). */
static bool first_of_family(families *told, const ng_event_class *f) {
  for (size_t k = 0; k < told->n; k++)
    if (told->v[k] == f)
      return false;
  if (told->n == MAX_FAMILIES)
    return false;
  told->v[told->n++] = f;
  return true;
}

/* Entity `from` turned out to be `to`: the events' arguments follow. */
static void replace_argument(ng_doc *d, int from, int to) {
  for (size_t j = 0; j < d->nev; j++) {
    if (d->ev[j].agent == from)
      d->ev[j].agent = to;
    if (d->ev[j].patient == from)
      d->ev[j].patient = to;
  }
}

/* "Gunmen kill five in attack ... killing five officers": the people a headline says an event
 * befell are those its first report in the body names, described or named. */
static void fold_headline_patient(ng_doc *d, const ng_event *body, const ng_event *head) {
  int from = head->patient, to = body->patient;
  if (from < 0 || to < 0 || from == to || d->ent[from].kind != NG_E_PARTICIPANT ||
      (d->ent[to].kind != NG_E_PARTICIPANT && d->ent[to].kind != NG_E_PERSON))
    return;
  ng_participant_fold(d, from, to);
  replace_argument(d, from, to);
}

static void merge_reports(ng_doc *d) {
  bool *is_patient = events_that_are_patients(d);
  families told = {.n = 0};
  for (size_t i = 0; i < d->nev; i++) {
    ng_event *e = &d->ev[i];
    const ng_event_class *f = ng_event_family(e->trigger->cls);
    bool first = !in_headline(d, e) && first_of_family(&told, f);
    int j = e->merged_into == -1 ? reported_event(d, i, is_patient) : -1;
    bool headline = e->merged_into == -1 && first && f->merge;
    int into = (int)i;
    if (j >= 0) /* (a first body report that fits one of the headline's is the headline's) */
      merge_into(d, &d->ev[j], e, into = j);
    /* every headline report ("Shot In Pub Shooting"); the body's participants first */
    for (int h; headline && (h = headline_report(d, i, into)) >= 0;) {
      fold_headline_patient(d, &d->ev[into], &d->ev[h]);
      merge_into(d, &d->ev[into], &d->ev[h], into);
    }
  }
  free(is_patient);
  /* an event that is a patient points at the event its report became */
  for (size_t i = 0; i < d->nev; i++) {
    int p = canonical(d, d->ev[i].patient_event);
    d->ev[i].patient_event = p == (int)i ? -1 : p;
  }
}

/* Per entity: is it the agent of an attack (`attacker`), the patient of a death or killing
 * (`died`)? Looked up once, for every event asks. The caller owns the arrays. */
static void attackers_and_dead(const ng_doc *d, bool **attacker, bool **died) {
  *attacker = ng_xcalloc(d->nent ? d->nent : 1, sizeof **attacker);
  *died = ng_xcalloc(d->nent ? d->nent : 1, sizeof **died);
  for (size_t k = 0; k < d->nev; k++) {
    const ng_event *e = &d->ev[k];
    const ng_event_class *c = e->trigger->cls;
    if (e->agent >= 0 && ng_event_in_family(c, "Attack"))
      (*attacker)[e->agent] = true;
    if (e->patient >= 0 && (ng_event_in_family(c, "Death") || ng_event_in_family(c, "Killing")))
      (*died)[e->patient] = true;
  }
}

/* Does a noun sum up a verb report of e in the same sentence ("X was shot dead in Ankara, a
 * killing that ...")? Such a noun names the act of someone, where "X was killed" alone may
 * tell of an accident. */
static bool summed_up_by_noun(const ng_doc *d, const ng_event *e) {
  for (size_t i = 0; i < e->nmentions; i++)
    for (size_t k = 0; k < e->nmentions; k++) {
      const ng_mention *verb = &d->m[e->mentions[i]], *noun = &d->m[e->mentions[k]];
      if (!ng_is_event_noun(verb) && ng_is_event_noun(noun) &&
          d->tok[verb->tb].sent == d->tok[noun->tb].sent)
        return true;
    }
  return false;
}

/* An attack on someone holding a public post (not a profession: positions.csv) who then
 * died or was killed, or a killing of such a person by someone ("shot dead by a policeman",
 * "the killing of Russia's ambassador", "was shot dead in Ankara, a killing that ..."), is an
 * assassination. */
static void find_assassinations(ng_doc *d) {
  const ng_event_class *assassination = ng_kb_event_class(d->kb, "Assassination");
  if (!assassination)
    return;
  bool *attacker, *died;
  attackers_and_dead(d, &attacker, &died);
  bool *holds_post = ng_xcalloc(d->nent ? d->nent : 1, sizeof *holds_post);
  for (size_t t = 0; t < d->nten; t++)
    if (d->ten[t].holder >= 0 && !d->ten[t].pos->profession)
      holds_post[d->ten[t].holder] = true;
  for (size_t i = 0; i < d->nev; i++) {
    ng_event *a = &d->ev[i];
    bool violent = ng_event_in_family(a->trigger->cls, "Attack") ||
                   (ng_event_in_family(a->trigger->cls, "Killing") &&
                    (a->agent >= 0 || a->trigger->noun || summed_up_by_noun(d, a)));
    bool person = a->patient >= 0 && (d->ent[a->patient].kind == NG_E_PERSON ||
                                      (d->ent[a->patient].kind == NG_E_PARTICIPANT &&
                                       !d->ent[a->patient].plural));
    if (a->merged_into >= 0 || !person ||
        !violent || a->trigger->cls == assassination)
      continue;
    /* "Russia's ambassador" holds a post too; a gunman killed by police is not assassinated,
     * nor is a police officer who shot the ambassador */
    const ng_position *occupation = d->ent[a->patient].occupation;
    bool office = (occupation && !occupation->profession) || holds_post[a->patient];
    if (office && !attacker[a->patient] && died[a->patient]) {
      ng_event_reclassify(d, a, assassination);
      if (a->agent >= 0)
        attacker[a->agent] = true; /* an assassination is an attack */
    }
  }
  free(attacker);
  free(died);
  free(holds_post);
}

/* ---- who "the gunman" is ---- */

/* The doer noun of mention m ("gunman" names the agent of an Attack), when it is definite. */
static const ng_event_class *definite_doer(const ng_doc *d, const ng_mention *m) {
  if (m->kind != NG_M_PARTICIPANT || m->entity < 0 || m->tb == 0 ||
      !ng_doc_word_is(d, m->tb - 1, NG_GRAM_DEFINITE))
    return NULL;
  const ng_participant_word *w = ng_doc_participant_word(d, m);
  return w && !w->plural ? w->doer_of : NULL;
}

/* Is some report of event e told in the REACH sentences up to mention m, before it? */
static bool reported_before(const ng_doc *d, const ng_event *e, const ng_mention *m) {
  enum { REACH = 2 };
  uint32_t s = d->tok[m->tb].sent;
  for (size_t k = 0; k < e->nmentions; k++) {
    const ng_mention *t = &d->m[e->mentions[k]];
    if (t->te <= m->tb && d->tok[t->tb].sent + REACH >= s)
      return true;
  }
  return false;
}

/* "The gunman": the agent of the attack told before it. After an attack by one described
 * person ("shot dead by an off-duty policeman ... identified the gunman as X") it is that
 * person, so the description is X's too; after an attack by nobody named ("He was shot in the
 * back. The gunman, an off-duty police officer, ...") it is its agent. */
static void identify_doers(ng_doc *d) {
  /* the doer mentions, looked up once: [mention, its family] pairs */
  size_t n = 0;
  struct doer { const ng_mention *m; const ng_event_class *family; } *doers =
      ng_xmalloc((d->nm ? d->nm : 1) * sizeof *doers);
  for (size_t k = 0; k < d->nm; k++) {
    const ng_event_class *c = definite_doer(d, &d->m[k]);
    const ng_entity *x = c ? &d->ent[d->m[k].entity] : NULL;
    if (x && !(x->kind == NG_E_PARTICIPANT && x->plural))
      doers[n++] = (struct doer){&d->m[k], ng_event_family(c)};
  }
  for (size_t i = 0; i < d->nev; i++) {
    ng_event *e = &d->ev[i];
    int agent = e->agent;
    bool described = agent >= 0 && d->ent[agent].kind == NG_E_PARTICIPANT && !d->ent[agent].plural;
    if (e->merged_into != -1 || (agent >= 0 && !described))
      continue;
    const ng_event_class *family = ng_event_family(e->trigger->cls);
    for (size_t k = 0; k < n; k++) {
      const ng_mention *m = doers[k].m;
      if (doers[k].family != family || m->entity == agent)
        continue;
      if (agent < 0) {
        if (!reported_before(d, e, m))
          continue;
        e->agent = m->entity;
        break;
      }
      if (m->tb < d->m[e->mentions[0]].te)
        continue;
      ng_participant_fold(d, agent, m->entity);
      replace_argument(d, agent, m->entity);
      break;
    }
  }
  free(doers);
}

/* ---- who "a woman" is ---- */

/* The one named person who is the patient of a `family` event here, or -1 (none, or two). */
static int named_patient(const ng_doc *d, const ng_event_class *family) {
  int named = -1;
  for (size_t i = 0; i < d->nev; i++) {
    const ng_event *e = &d->ev[i];
    if (e->merged_into == -2 || e->patient < 0 || ng_event_family(e->trigger->cls) != family ||
        d->ent[e->patient].kind != NG_E_PERSON)
      continue;
    if (named >= 0 && named != e->patient)
      return -1;
    named = e->patient;
  }
  return named;
}

/* named_patient of each family asked so far, until a fold changes the patients: a text of
 * many described victims and no named one reads its events once per family, not per victim. */
typedef struct named_patients {
  const ng_event_class *family[MAX_FAMILIES];
  int named[MAX_FAMILIES];
  size_t n;
} named_patients;

static int named_patient_of(const ng_doc *d, named_patients *seen, const ng_event_class *f) {
  for (size_t k = 0; k < seen->n; k++)
    if (seen->family[k] == f)
      return seen->named[k];
  int named = named_patient(d, f);
  if (seen->n < MAX_FAMILIES)
    seen->family[seen->n] = f, seen->named[seen->n++] = named;
  return named;
}

/* "A woman has died after being hit by a car ... Nadia Farrow was leaving her car when she was
 * hit": when an incident happens to one named person in the story, the one described who
 * suffers it too (and does nothing to anyone, and is no word for a doer: "the gunman") is
 * that person. */
static void name_described_patients(ng_doc *d) {
  bool *agent = ng_xcalloc(d->nent ? d->nent : 1, sizeof *agent); /* anywhere */
  for (size_t i = 0; i < d->nev; i++)
    if (d->ev[i].agent >= 0)
      agent[d->ev[i].agent] = true;
  named_patients seen = {.n = 0};
  for (size_t i = 0; i < d->nev; i++) {
    ng_event *e = &d->ev[i];
    int p = e->patient;
    if (e->merged_into == -2 || p < 0 || !ng_event_in_scene(e) || d->ent[p].kind != NG_E_PARTICIPANT ||
        d->ent[p].plural || !d->ent[p].word || d->ent[p].word->doer_of || agent[p])
      continue; /* "police killed the gunman": a word for a doer is not the victim */
    int named = named_patient_of(d, &seen, ng_event_family(e->trigger->cls));
    if (named < 0 || !ng_gender_fits(d->ent[p].word->gender, ng_person_gender(d, named)))
      continue;
    ng_participant_fold(d, p, named);
    replace_argument(d, p, named);
    seen.n = 0; /* the patients changed: ask again */
  }
  free(agent);
}

/* ---- the incident's setting ---- */

/* A place noun: the head of a place name (heads.csv) or a venue (venues.csv). */
static bool is_place_head(const ng_doc *d, const char *w, size_t len) {
  const ng_lex *all = ng_kb_lookup(d->kb, w, len), *l = ng_lex_find(all, NG_LEX_HEAD);
  return (l && ((const ng_head *)l->ref)->target == NG_HEAD_PLACE) ||
         ng_lex_find(all, NG_LEX_VENUE);
}

/* A lower-case place noun at token t: 1; its plural: 2; else 0. */
static int place_noun_at(const ng_doc *d, size_t t) {
  const char *w = d->tok[t].norm;
  size_t n = strlen(w);
  if (!ng_doc_token_free(d, t) || (d->tok[t].flags & NG_TOK_CAP) || !n)
    return 0;
  if (is_place_head(d, w, n))
    return 1;
  return n > 1 && w[n - 1] == 's' && is_place_head(d, w, n - 1) ? 2 : 0;
}

/* "a wave of shooting broke out in the main Catholic areas", "was killed in a village": the
 * clause places the event where the text names no place (a place preposition, then a plural or
 * indefinite place noun past a few words), so the event has a place of its own and takes none
 * from the events before it. "Inside the gallery" means the gallery the story named. */
static bool unnamed_place(const ng_doc *d, const ng_event *e) {
  enum { WORDS = 3 };
  const ng_mention *tm = &d->m[e->mentions[0]];
  size_t cb, ce;
  ng_clause_of(d, tm->tb, tm->te, &cb, &ce);
  for (size_t k = cb; k + 1 < ce; k++) {
    if (!ng_doc_word_is(d, k, NG_GRAM_PLACE_PREP))
      continue;
    bool definite = ng_doc_word_is(d, k + 1, NG_GRAM_DETERMINER) &&
                    !ng_doc_word_is(d, k + 1, NG_GRAM_INDEFINITE);
    for (size_t t = k + 1; t < ce && t <= k + 1 + WORDS && ng_doc_token_free(d, t) &&
                           (d->tok[t].flags & NG_TOK_WORD);
         t++) {
      int noun = place_noun_at(d, t);
      if (noun == 2 || (noun == 1 && !definite))
        return true;
    }
  }
  return false;
}

/* Where the event at index `i` happened: its own place, else its incident's; or -1. */
static int setting_place(const ng_doc *d, int i) {
  const ng_event *e = &d->ev[i];
  return e->place >= 0 ? e->place : e->part_of >= 0 ? d->ev[e->part_of].place : -1;
}

/* "Karlov was shot dead in Ankara on Monday. Three other people were wounded.": a part of an
 * incident that names no place of its own is ng:partOf the part told just before it (within the
 * two sentences before), whose place is the incident's, and has its date unless it gives its
 * own. The place itself is not copied: ng:place is what the event's own sentence says (on the
 * WikiEvents dev texts a place taken from another sentence was never the annotated one). */
static void inherit_setting(ng_doc *d) {
  enum { REACH = 2 };
  for (size_t i = 0; i < d->nev; i++) {
    int ei = canonical(d, (int)i);
    ng_event *e = &d->ev[ei];
    if (e->merged_into == -2 || !ng_event_in_scene(e) ||
        (setting_place(d, ei) >= 0 && e->date.gran != NG_TIME_NONE))
      continue;
    uint32_t s = d->tok[d->m[d->ev[i].mentions[0]].tb].sent;
    bool own_place = e->place >= 0 || unnamed_place(d, e);
    for (size_t j = i; j-- > 0;) {
      if (d->tok[d->m[d->ev[j].mentions[0]].tb].sent + REACH < s)
        break;
      int bi = canonical(d, (int)j);
      const ng_event *before = &d->ev[bi];
      if (bi == ei || before->merged_into == -2 || !ng_event_in_scene(before) ||
          ng_at_another_time(d, d->m[d->ev[j].mentions[0]].tb, &d->m[d->ev[i].mentions[0]]))
        continue;
      if (e->cause)
        break; /* "stormed the embassy following the execution of a cleric" */
      int where = setting_place(d, bi);
      int whole = before->place >= 0 ? bi : before->part_of;
      if (!own_place && e->part_of < 0 && where >= 0 && whole != ei &&
          same_day(&e->date, &before->date)) { /* not an ambush two days before */
        e->part_of = whole;
        if (e->venue >= 0 && d->ent[e->venue].bare)
          e->venue = -1; /* "wounded inside the gallery": the incident's scene, told before */
      }
      if (e->date.gran == NG_TIME_NONE && (where < 0 || where == setting_place(d, ei)))
        e->date = before->date; /* not the time of an incident elsewhere */
      if (setting_place(d, ei) >= 0 && e->date.gran != NG_TIME_NONE)
        break;
    }
  }
}

/* Does a reflexive word follow one of the event's words closely ("killed himself")? */
static bool told_as_reflexive(const ng_doc *d, const ng_event *e) {
  enum { REACH = 3 };
  for (size_t i = 0; i < e->nmentions; i++) {
    const ng_mention *m = &d->m[e->mentions[i]];
    for (size_t k = m->te; k < d->ntok && k < m->te + REACH; k++)
      if (ng_doc_word_is(d, k, NG_GRAM_REFLEXIVE))
        return true;
  }
  return false;
}

/* An act of someone on themselves is told with a reflexive ("killed himself"). Otherwise an
 * agent that is also the patient came from a misread pronoun or from another report ("he was
 * shot dead by a guard" merged with "he opened fire"): the patient stays, the agent goes. What
 * someone says of themselves ("said he would resign") is no act; but what a speaker condemns
 * or denies is not the speaker ("condemned what he called a crackdown"): its patient goes. */
static void drop_self_agents(ng_doc *d) {
  for (size_t i = 0; i < d->nev; i++) {
    ng_event *e = &d->ev[i];
    if (e->merged_into != -1 || e->agent < 0 || e->agent != e->patient || told_as_reflexive(d, e))
      continue;
    if (!ng_event_is_statement(e) || ng_event_is_a(e->trigger->cls, "Accusation"))
      e->agent = -1; /* the one accused is the object right after the verb: more sure */
    else if (e->trigger->cls->parent && ng_event_in_family(e->trigger->cls->parent, "Statement"))
      e->patient = -1; /* a kind of statement: a condemnation, a denial */
  }
}

ng_status ng_incident_run(ng_doc *d, const ng_diag *diag) {
  (void)diag;
  name_described_patients(d);
  merge_reports(d);
  identify_doers(d); /* the gunman of an attack; then of an assassination found by killing */
  find_assassinations(d);
  identify_doers(d);
  merge_reports(d); /* a killing that became an assassination meets the attack it reports */
  inherit_setting(d);
  drop_self_agents(d);
  return NG_OK;
}
