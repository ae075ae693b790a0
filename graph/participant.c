/* SPDX-License-Identifier: MIT */
/* participant.c: stage 7. People the text describes without naming them -> participant
 * entities: "an armed assailant", "the gunman", "a Turkish police officer" (a title nobody
 * holds). Descriptions of the same group in one article ("the gunman", "the assailant") are
 * one participant, with every description, the nationality a demonym gives, and the post a
 * title gives; "the gunman was a Turkish police officer" joins the two descriptions. */
#include "clause.h"
#include "doc.h"

#include <stdlib.h>
#include <string.h>

static bool is_determiner(const ng_doc *d, size_t t) {
  return ng_doc_word_is(d, t, NG_GRAM_DESCRIPTION_DET);
}

/* A lower-case adjective before the noun: "armed", "off-duty", "22-year-old". */
static bool is_modifier(const ng_doc *d, size_t t) {
  const ng_token *k = &d->tok[t];
  if (!(k->flags & NG_TOK_WORD) || (k->flags & (NG_TOK_CAP | NG_TOK_NUM)) ||
      d->tok_mention[t] >= 0 || is_determiner(d, t))
    return false; /* a number is the group's count: "19 people" */
  const ng_lex *l = ng_doc_lookup(d, t, 1);
  return !ng_lex_find(l, NG_LEX_COMMON) && !ng_lex_find(l, NG_LEX_TRIGGER) &&
         !ng_lex_find(l, NG_LEX_CUE) && !ng_lex_find(l, NG_LEX_SUPPORT);
}

/* Walk left over adjectives (and title adjectives: "former") and a demonym; returns the first
 * token of the description and sets *country to the demonym's country entity (or -1). */
static size_t read_left(const ng_doc *d, size_t t, int *country) {
  *country = -1;
  for (int steps = 0; t > 0 && steps < 3; steps++) {
    const ng_mention *m = ng_doc_mention_at(d, t - 1);
    if (m && m->kind == NG_M_COUNTRY && m->form == NG_FORM_DEMONYM && m->entity >= 0) {
      *country = m->entity;
      t = m->tb;
    } else if (is_modifier(d, t - 1) || (ng_doc_word_is(d, t - 1, NG_GRAM_TITLE_ADJECTIVE) &&
                                          ng_doc_token_free(d, t - 1))) {
      t--; /* "armed", and "former" of "a former police officer" */
    } else {
      break;
    }
  }
  return t;
}

/* The count opening a plural description at token b: "six people", "three other people",
 * "thousands of protesters" (but "two of the protesters" are some of them). A counted group is
 * a group of its own: the six detained are not the three wounded. */
static int count_start(const ng_doc *d, size_t b) {
  size_t k = b;
  if (k > 0 && (ng_tok_is(d, k - 1, "other") || ng_tok_is(d, k - 1, "more")))
    k--;
  else if (k > 1 && ng_tok_is(d, k - 1, "of"))
    k--;
  bool count = k > 0 && ng_doc_token_free(d, k - 1) &&
               ((d->tok[k - 1].flags & NG_TOK_NUM) || ng_doc_word_is(d, k - 1, NG_GRAM_NUMBER));
  return count ? (int)k - 1 : -1;
}

#define COUNTED_OFTEN UINTPTR_MAX /* several groups had this count */

/* The one group counted before with the count at `count_at`, whatever its noun, if its people
 * can be the `w`'s ("the two men" after "two diplomats", not after "two women", nor when two
 * groups of two were told); or 0. An encoded entity as in plural_entity(). */
static uintptr_t counted_any(ng_doc *d, ng_strmap *latest, const ng_participant_word *w,
                             int count_at) {
  const char *key = ng_arena_printf(d->arena, "counted-any/%s", d->tok[count_at].norm);
  uintptr_t told = (uintptr_t)ng_strmap_get(latest, key, strlen(key));
  if (told == COUNTED_OFTEN)
    return 0;
  const ng_participant_word *before = told ? d->ent[told / 2 - 1].word : NULL;
  bool fits = before && !(w->gender && before->gender && w->gender != before->gender);
  return fits ? told : 0;
}

/* The group a plural description names. A count opens a new group, except that the count a
 * headline gave, told again ("Poland expels three diplomats" and then "ordered three
 * Belarusian diplomats to leave"), or after "the" ("the three diplomats", or "the three men"
 * after three diplomats), is the group counted before; "the diplomats" is the last group
 * counted with that noun, else the last one given a nationality; other uncounted groups are
 * one per noun and nationality (`country`, an entity or -1). `latest` keeps, per noun, the
 * last counted group, each count's group and the last group with a nationality, and each
 * count's last group of any noun. */
static int plural_entity(ng_doc *d, ng_strmap *latest, const ng_participant_word *w,
                         int count_at, bool definite, int country) {
  const char *group = w->group;
  const char *last_key = ng_arena_printf(d->arena, "counted/%s", group);
  void **last = ng_strmap_slot(latest, last_key, strlen(last_key));
  if (count_at >= 0) {
    const char *count_key =
        ng_arena_printf(d->arena, "counted/%s/%s", group, d->tok[count_at].norm);
    void **same = ng_strmap_slot(latest, count_key, strlen(count_key));
    uintptr_t told = (uintptr_t)*same; /* 2 * (entity + 1) + 1 when told in a headline */
    if (!told && definite)
      told = counted_any(d, latest, w, count_at);
    bool headline = ng_sentence_is_headline(d, d->tok[count_at].sent);
    if (!told || !((told & 1) || definite)) {
      const char *key = ng_arena_printf(d->arena, "participant/%s/count/%d", group, count_at);
      told = 2 * ((uintptr_t)ng_doc_entity(d, NG_E_PARTICIPANT, key, group) + 1) + headline;
    }
    *same = (void *)told;
    *last = (void *)told;
    const char *any_key = ng_arena_printf(d->arena, "counted-any/%s", d->tok[count_at].norm);
    void **any = ng_strmap_slot(latest, any_key, strlen(any_key));
    bool another_group = *any && (uintptr_t)*any / 2 != told / 2;
    *any = (void *)(another_group ? COUNTED_OFTEN : told);
    return (int)(told / 2) - 1;
  }
  const char *named_key = ng_arena_printf(d->arena, "nationality/%s", group);
  void **named = ng_strmap_slot(latest, named_key, strlen(named_key));
  if (country < 0 && definite && (*last || *named))
    return (int)((uintptr_t)(*last ? *last : *named) / 2) - 1;
  /* "Russian diplomats" and "British diplomats" are two groups */
  const char *key = country >= 0 ? ng_arena_printf(d->arena, "participant/%s/group/%s", group,
                                                   d->ent[country].country->iso2)
                                 : ng_arena_printf(d->arena, "participant/%s/group", group);
  int e = ng_doc_entity(d, NG_E_PARTICIPANT, key, group);
  if (country >= 0)
    *named = (void *)(2 * ((uintptr_t)e + 1));
  return e;
}

/* The person a singular description names: the one the article last introduced with that
 * noun, except that "a man" again introduces another man, and "another man" always does. "An
 * armed assailant" after "the gunman" (a story that told the end first) introduces the
 * gunman. `latest`: group noun -> 2 * (entity + 1), + 1 once an indefinite description
 * introduced it. */
static int singular_entity(ng_doc *d, ng_strmap *latest, const char *group, bool introduces,
                           bool another, size_t at) {
  void **slot = ng_strmap_slot(latest, group, strlen(group));
  uintptr_t v = (uintptr_t)*slot;
  if (v && !another && !(introduces && (v & 1))) {
    *slot = (void *)(v | introduces);
    return (int)(v / 2) - 1;
  }
  const char *key = v ? ng_arena_printf(d->arena, "participant/%s/%zu", group, at)
                      : ng_arena_printf(d->arena, "participant/%s", group);
  int e = ng_doc_entity(d, NG_E_PARTICIPANT, key, group);
  *slot = (void *)(uintptr_t)(2 * ((uintptr_t)e + 1) + introduces);
  return e;
}

/* Record what a description says: the text (without its article), nationality, post. */
static void describe(ng_doc *d, int e, uint32_t tb, uint32_t te, int country,
                     const ng_position *post) {
  ng_entity_add_alt(&d->ent[e], ng_doc_span_text(d, tb, te));
  if (country >= 0 && d->ent[e].nationality < 0)
    d->ent[e].nationality = country;
  if (post && !d->ent[e].occupation)
    d->ent[e].occupation = post;
}

/* Does the noun at k describe the thing or post after it ("police car", "police station",
 * "veteran diplomat")? */
static bool modifies_next(const ng_doc *d, size_t k) {
  const ng_lex *l = k + 1 < d->ntok ? ng_lex_find(ng_doc_lookup(d, k + 1, 1), NG_LEX_HEAD) : NULL;
  const ng_mention *title = k + 1 < d->ntok ? ng_doc_mention_at(d, k + 1) : NULL;
  bool office = title && title->kind == NG_M_TITLE && title->tb == k + 1 &&
                !(d->tok[k].flags & NG_TOK_CAP) &&
                ((const ng_title *)title->ref)->kind == NG_TITLE_OFFICE;
  return l || office || ng_doc_word_is(d, k + 1, NG_GRAM_VEHICLE) ||
         ng_doc_word_is(d, k + 1, NG_GRAM_ORG_NOUN);
}

/* Is token k free for a participant: in no mention, or in a body of a country no one can
 * tell ("Police arrested 12" in a story that names no country: people, not an org)? */
static bool free_for_participant(const ng_doc *d, size_t k) {
  int m = d->tok_mention[k];
  bool body_of_no_country = m >= 0 && d->m[m].kind == NG_M_ORG && d->m[m].form == NG_FORM_UNIT &&
                            d->m[m].entity < 0 && !modifies_next(d, d->m[m].te - 1);
  return (m < 0 || body_of_no_country) && (d->tok[k].flags & NG_TOK_WORD);
}

static size_t longest_participant(const ng_doc *d, size_t i, const ng_participant_word **out) {
  for (size_t n = 3; n >= 1; n--) {
    bool free = i + n <= d->ntok;
    for (size_t k = i; free && k < i + n; k++)
      free = free_for_participant(d, k);
    const ng_lex *l = free ? ng_lex_find(ng_doc_lookup(d, i, n), NG_LEX_PARTICIPANT) : NULL;
    if (l) {
      *out = l->ref;
      return n;
    }
  }
  return 0;
}

/* "the militant group", "a rebel movement": the noun describes the body named by the head
 * word after it (heads.csv), not people of its own. */
static bool names_body_after(const ng_doc *d, size_t t) {
  const ng_lex *l = t < d->ntok ? ng_lex_find(ng_doc_lookup(d, t, 1), NG_LEX_HEAD) : NULL;
  return l && ((const ng_head *)l->ref)->target == NG_HEAD_ORG;
}

static void find_nouns(ng_doc *d) {
  ng_strmap *latest = ng_strmap_new();
  for (size_t i = 0; i < d->ntok; i++) {
    const ng_participant_word *w;
    /* a capitalised noun is a name's, but in a sentence's first word (or the first after a
       dateline) or a headline ("Cyclist Hurt In Leeds Crash, Driver Arrested") */
    bool name_case = (d->tok[i].flags & NG_TOK_CAP) && !(d->tok[i].flags & NG_TOK_SENT_START) &&
                     i != d->dateline_end && !ng_sentence_is_title_case(d, d->tok[i].sent);
    size_t n = name_case ? 0 : longest_participant(d, i, &w);
    if (!n || names_body_after(d, i + n) || (!w->plural && modifies_next(d, i + n - 1)) ||
        ng_doc_longer_trigger_at(d, i, n))
      continue; /* "a passenger plane", "the tourist city of X": a thing, not a person */
    int country;
    size_t b = read_left(d, i, &country);
    int m = ng_doc_add_mention(d, NG_M_PARTICIPANT, NG_FORM_NAME, (uint32_t)i, (uint32_t)(i + n), w);
    int count_at = w->plural ? count_start(d, b) : -1;
    if (count_at >= 0)
      b = (size_t)count_at;
    bool another = b > 0 && ng_doc_word_is(d, b - 1, NG_GRAM_ANOTHER);
    bool introduces = another || (b > 0 && ng_doc_word_is(d, b - 1, NG_GRAM_INDEFINITE));
    /* "the (three) diplomats", not "their diplomats" */
    size_t det = count_at >= 0 ? (size_t)count_at : b;
    bool definite = det > 0 && ng_doc_word_is(d, det - 1, NG_GRAM_DEFINITE) &&
                    !ng_doc_word_is(d, det - 1, NG_GRAM_POSSESSIVE);
    int e = w->plural ? plural_entity(d, latest, w, count_at, definite, country)
                      : singular_entity(d, latest, w->group, introduces, another, i);
    d->ent[e].plural = w->plural;
    d->m[m].entity = e;
    if (!d->ent[d->m[m].entity].word)
      d->ent[d->m[m].entity].word = w;
    describe(d, d->m[m].entity, (uint32_t)b, (uint32_t)(i + n), country, NULL);
    i += n - 1;
  }
  ng_strmap_free(latest);
}

/* The country whose possessive stands before token b ("Russia" of "Russia's"), or -1. */
static int country_owner(const ng_doc *d, size_t b) {
  const ng_mention *m;
  return ng_doc_possessor(d, b, &m) && m && m->kind == NG_M_COUNTRY && m->form == NG_FORM_NAME
             ? m->entity
             : -1;
}

/* Whose post a title or description at [b, ...) is: "his lawyer", "Rand's aide", "the
 * president's spokesman". OWNED_BY_NONE when nothing possessive stands before it; the
 * owner's entity, or -1 for an owner that is no entity we know (a title: "the president's"). */
#define OWNED_BY_NONE (-2)
static int possessive_owner(const ng_doc *d, size_t b) {
  const ng_mention *m;
  if (!ng_doc_possessor(d, b, &m))
    return OWNED_BY_NONE;
  return m && m->kind == NG_M_PERSON ? m->entity : -1;
}

/* "a Turkish police officer", "the ambassador", "Russia's ambassador to Turkey", "her
 * spokesman": a title no named person holds here. */
static void find_unheld_titles(ng_doc *d) {
  for (size_t i = 0; i < d->nm; i++) {
    ng_mention *m = &d->m[i];
    const ng_title *t = m->ref;
    if (m->kind != NG_M_TITLE || !t->pos || ng_doc_is_evidence(d, (int)i))
      continue;
    int country;
    size_t b = read_left(d, m->tb, &country);
    int owner = possessive_owner(d, b); /* "her spokesman": someone unnamed, not her */
    if (country < 0 && b >= 2 && (d->tok[b - 1].flags & NG_TOK_POSS))
      country = country_owner(d, b); /* "Russia's ambassador to Turkey" */
    else if (b == 0 || !(is_determiner(d, b - 1) || owner >= 0))
      continue;
    if (country < 0 && !is_determiner(d, b - 1) && owner < 0)
      continue;
    m->kind = NG_M_PARTICIPANT; /* his spokesman is not hers: one participant per owner */
    const char *sex = t->gender == 'f' ? "/f" : t->gender == 'm' ? "/m" : "";
    m->entity = ng_doc_entity(d, NG_E_PARTICIPANT,
                              owner >= 0 ? ng_arena_printf(d->arena, "participant/%s%s/of/%d",
                                                           t->pos->id, sex, owner)
                                         : ng_arena_printf(d->arena, "participant/%s%s",
                                                           t->pos->id, sex),
                              t->pos->id);
    d->ent[m->entity].gender = t->gender; /* "the spokeswoman" is not the spokesman */
    describe(d, m->entity, (uint32_t)b, m->te, country, t->pos);
  }
}

/* What a description says moves to the entity it turns out to describe: its texts (as
 * descriptions of a named person, as more descriptions of a participant), nationality and post. */
static void carry_over(ng_entity *to, const ng_entity *from) {
  void (*add)(ng_entity *, const char *) =
      to->kind == NG_E_PERSON ? ng_entity_add_desc : ng_entity_add_alt;
  if (to->kind == NG_E_PERSON && from->word && !strcmp(from->word->word, from->name))
    add(to, from->name); /* "the driver": its name, so not among the alts */
  for (size_t a = 0; a < from->nalt; a++)
    add(to, from->alt[a]);
  if (to->nationality < 0)
    to->nationality = from->nationality;
  if (!to->occupation)
    to->occupation = from->occupation;
}

/* "the gunman was a Turkish police officer", "The gunman, an off-duty police officer,": the
 * second description is the first one's. */
static void join_predicates(ng_doc *d) {
  for (size_t i = 0; i < d->nm; i++) {
    const ng_mention *p = &d->m[i];
    if (p->kind != NG_M_PARTICIPANT || p->entity < 0)
      continue;
    size_t k = p->te;
    bool apposition = ng_tok_is(d, k, ",") && ng_doc_word_is(d, k + 1, NG_GRAM_INDEFINITE);
    if (!(ng_tok_is(d, k, "was") || ng_tok_is(d, k, "is") || apposition))
      continue;
    k += 1 + ng_doc_word_is(d, k + 1, NG_GRAM_INDEFINITE);
    for (; k < d->ntok && k < p->te + 6; k++) {
      ng_mention *q = d->tok_mention[k] >= 0 ? &d->m[d->tok_mention[k]] : NULL;
      if (q && q->kind == NG_M_PARTICIPANT && q->entity >= 0 && q->entity != p->entity) {
        carry_over(&d->ent[p->entity], &d->ent[q->entity]);
        q->entity = p->entity;
        break;
      }
      if (q && q->kind != NG_M_COUNTRY)
        break;
    }
  }
}

static int person_mention_at(const ng_doc *d, size_t t) {
  const ng_mention *m = t < d->ntok ? ng_doc_mention_at(d, t) : NULL;
  return m && m->kind == NG_M_PERSON && m->form != NG_FORM_PRONOUN && m->entity >= 0 ? m->entity
                                                                                     : -1;
}

/* The token after the titles that start at token t ("Captain", "Dr.", "Deputy Minister"). */
static size_t past_titles(const ng_doc *d, size_t t) {
  const ng_mention *m;
  while ((m = ng_doc_mention_at(d, t)) && m->tb == t && m->kind == NG_M_TITLE)
    t = m->te;
  return t;
}

/* "A member of an armed group that opposed the government, he spent ...": a description that
 * opens its sentence and is closed by a comma before a subject pronoun is the pronoun's
 * person. */
static int fronted_apposition(const ng_doc *d, const ng_mention *p, uint32_t b) {
  const ng_sentence *s = &d->sent[d->tok[p->tb].sent];
  if (b != s->tb)
    return -1;
  size_t k = p->te;
  while (k < s->te && !ng_tok_is(d, k, ",") && !(d->tok[k].flags & NG_TOK_QUOTED))
    k++;
  const ng_mention *m = k + 1 < s->te ? ng_doc_mention_at(d, k + 1) : NULL;
  bool pronoun = m && m->kind == NG_M_PERSON && m->form == NG_FORM_PRONOUN && m->entity >= 0 &&
                 ng_doc_word_is(d, k + 1, NG_GRAM_SUBJECT_PRONOUN);
  return pronoun && d->ent[m->entity].kind == NG_E_PERSON ? m->entity : -1;
}

/* "The victim was identified as Helen Marsh", "the driver, who police identified as X,", "the
 * suspect, named as 34-year-old X": a verb that names (grammar.csv identify) and "as" within a
 * few words after the description, then the person (past an age). -1 when there is none. */
static int identified_as(const ng_doc *d, size_t k) {
  const ng_sentence *s = &d->sent[d->tok[k > 0 ? k - 1 : 0].sent];
  for (size_t end = k + 5; k < end && k + 1 < s->te; k++) {
    if (ng_doc_word_is(d, k, NG_GRAM_IDENTIFY) && ng_tok_is(d, k + 1, "as"))
      return person_mention_at(d, k + 2 + ng_tok_is_age(d, k + 2));
    const ng_mention *m = ng_doc_mention_at(d, k);
    if ((m && m->kind == NG_M_PERSON) || ng_doc_word_is(d, k, NG_GRAM_CLAUSE_BREAK))
      return -1; /* somebody else, or another clause */
  }
  return -1;
}

/* "a longtime Mwale supporter", "Lind's political adviser": the first token of the names and
 * adjectives that qualify the description starting at b, back to a determiner or a comma. */
static uint32_t over_name_modifiers(const ng_doc *d, uint32_t b) {
  enum { STEPS = 4 };
  uint32_t k = b;
  bool named = false; /* only over a name: else read_left has walked the adjectives */
  for (int steps = 0; k > 1 && steps < STEPS; steps++) {
    const ng_mention *m = ng_doc_mention_at(d, k - 1);
    const ng_token *t = &d->tok[k - 1];
    if (m && m->te == k && m->form == NG_FORM_NAME &&
        (m->kind == NG_M_PERSON || m->kind == NG_M_ORG))
      k = m->tb, named = true;
    else if (!m && (t->flags & NG_TOK_WORD) && (t->flags & NG_TOK_CAP) &&
             !(t->flags & NG_TOK_SENT_START))
      k--, named = true; /* a name no list knows */
    else if ((t->flags & NG_TOK_POSS) && !(t->flags & NG_TOK_WORD))
      k--; /* the "'s" of "Lind 's" */
    else if (is_modifier(d, k - 1))
      k--;
    else
      break;
  }
  return named && k > 0 && (is_determiner(d, k - 1) || ng_tok_is(d, k - 1, ",")) ? k : b;
}

/* The named person a description stands next to: "comedian Ada Brook" (right before
 * the name), "the driver, Tomasz Wierzbicki," and "Wierzbicki, the driver," (appositions),
 * "identified the gunman as ..." or "Hale was a climber" (predicates). -1 when it stands
 * alone. */
static int person_beside(const ng_doc *d, const ng_mention *p, uint32_t b) {
  int e = person_mention_at(d, p->te);
  if (e >= 0 || (e = identified_as(d, p->te)) >= 0)
    return e;
  if ((ng_tok_is(d, p->te, ",") || ng_tok_is(d, p->te, "as")) &&
      (e = person_mention_at(d, past_titles(d, p->te + 1))) >= 0)
    return e; /* "the driver, Tomasz Wierzbicki", "its pilot, Captain Ada Lind", "identified the
                 gunman as Mevlüt Altıntaş" */
  b = over_name_modifiers(d, b);
  if (b > 0 && is_determiner(d, b - 1))
    b--;
  if (b >= 2 && ng_tok_is(d, b - 1, ","))
    return person_mention_at(d, b - 2);
  if (b >= 2 && (ng_doc_word_is(d, b - 1, NG_GRAM_TITLE_COPULA) ||
                 ng_doc_word_is(d, b - 1, NG_GRAM_ROLE_LINK))) {
    /* "Hale was a climber", "Brook as host", "The cyclist, Amélie Roux, was a nurse" */
    e = person_mention_at(d, b - 2);
    return e < 0 && b >= 3 && ng_tok_is(d, b - 2, ",") ? person_mention_at(d, b - 3) : e;
  }
  return fronted_apposition(d, p, b);
}

/* The owner of the first mention of participant e that has one, or OWNED_BY_NONE. */
static int participant_owner(const ng_doc *d, int e) {
  for (size_t i = 0; i < d->nm; i++) {
    int country, owner = d->m[i].kind == NG_M_PARTICIPANT && d->m[i].entity == e
                             ? possessive_owner(d, read_left(d, d->m[i].tb, &country))
                             : OWNED_BY_NONE;
    if (owner != OWNED_BY_NONE)
      return owner;
  }
  return OWNED_BY_NONE;
}

/* Is the title that gives tenure t someone else's post than `owner`'s ("the president's
 * spokesman, Ada Mwale" is not "his spokeswoman")? */
static bool owned_by_other(const ng_doc *d, size_t t, int owner) {
  for (size_t i = 0; i < d->nm; i++) {
    int country, title_owner = d->m[i].kind == NG_M_TITLE && d->m[i].tenure == (int)t
                                   ? possessive_owner(d, read_left(d, d->m[i].tb, &country))
                                   : OWNED_BY_NONE;
    if (title_owner != OWNED_BY_NONE && (title_owner != owner || owner < 0))
      return true;
  }
  return false;
}

/* "his lawyer said" where the story names one holder of that post ("lawyer Claire Dubois"),
 * unless that holder's title makes them someone else's ("the president's spokesman"); a
 * holder of the other gender than the title's is not counted ("the spokeswoman" where a
 * spokesman and a spokeswoman are named). `genders`: ng_person_genders. */
static int only_holder(const ng_doc *d, int participant, const char *genders) {
  const ng_position *pos = d->ent[participant].occupation;
  int holder = -1, owner = participant_owner(d, participant);
  char gender = d->ent[participant].gender;
  for (size_t i = 0; i < d->nten && pos; i++)
    if (d->ten[i].pos == pos &&
        (d->ten[i].holder < 0 || ng_gender_fits(gender, genders[d->ten[i].holder]))) {
      if ((holder >= 0 && holder != d->ten[i].holder) ||
          (owner != OWNED_BY_NONE && owned_by_other(d, i, owner)))
        return -1;
      holder = d->ten[i].holder;
    }
  return holder;
}

/* Is a mention of this participant a post "to" a country no tenure of its holder names:
 * "Russia's ambassador to Turkey" is not "Russia's ambassador in London"? */
static bool posted_elsewhere(const ng_doc *d, int participant) {
  for (size_t i = 0; i < d->nm; i++) {
    const ng_mention *p = &d->m[i];
    const ng_mention *c = p->entity == participant && p->kind == NG_M_PARTICIPANT &&
                                  ng_tok_is(d, p->te, "to")
                              ? ng_doc_mention_at(d, p->te + 1)
                              : NULL;
    if (!c || c->kind != NG_M_COUNTRY || c->entity < 0)
      continue;
    for (size_t t = 0; t < d->nten; t++)
      if (d->ten[t].pos == d->ent[participant].occupation && d->ten[t].to_country == c->entity)
        return false;
    return true;
  }
  return false;
}

/* Does the article introduce this participant as someone new ("a man", "an employee")? */
static bool introduced_as_new(const ng_doc *d, int participant) {
  for (size_t i = 0; i < d->nm; i++) {
    const ng_mention *p = &d->m[i];
    int country;
    size_t b = p->kind == NG_M_PARTICIPANT && p->entity == participant ? read_left(d, p->tb, &country)
                                                                       : 0;
    if (b > 0 && ng_doc_word_is(d, b - 1, NG_GRAM_INDEFINITE))
      return true;
  }
  return false;
}

/* The person the article is about: named most often, and clearly more than anyone else. */
static int main_person(const ng_doc *d) {
  size_t *count = ng_xcalloc(d->nent ? d->nent : 1, sizeof *count);
  for (size_t i = 0; i < d->nm; i++)
    if (d->m[i].kind == NG_M_PERSON && d->m[i].form != NG_FORM_PRONOUN && d->m[i].entity >= 0)
      count[d->m[i].entity]++;
  size_t first = 0, second = 0;
  int best = -1;
  for (size_t e = 0; e < d->nent; e++)
    if (count[e] > first) {
      second = first, first = count[e], best = (int)e;
    } else if (count[e] > second) {
      second = count[e];
    }
  free(count);
  return first >= 3 && first >= 2 * second ? best : -1;
}

void ng_participant_fold(ng_doc *d, int participant, int into) {
  carry_over(&d->ent[into], &d->ent[participant]);
  for (size_t i = 0; i < d->nm; i++)
    if (d->m[i].entity == participant &&
        (d->m[i].kind == NG_M_PARTICIPANT || d->m[i].kind == NG_M_PERSON))
      d->m[i].entity = into;
}

void ng_participant_fold_all(ng_doc *d, const int *into) {
  for (size_t e = 0; e < d->nent; e++)
    if (into[e] >= 0)
      carry_over(&d->ent[into[e]], &d->ent[e]);
  for (size_t i = 0; i < d->nm; i++) {
    int e = d->m[i].entity;
    if (e >= 0 && into[e] >= 0 && (d->m[i].kind == NG_M_PARTICIPANT || d->m[i].kind == NG_M_PERSON))
      d->m[i].entity = into[e];
  }
}

/* A description that stands next to one named person means that person wherever the article
 * uses it ("the comedian added"); one that stands next to two people means nobody. */
static void link_to_people(ng_doc *d) {
  size_t n = d->nent;
  int *person = ng_xmalloc((n ? n : 1) * sizeof *person);
  for (size_t e = 0; e < n; e++)
    person[e] = -1;
  for (size_t i = 0; i < d->nm; i++) {
    const ng_mention *p = &d->m[i];
    if (p->kind != NG_M_PARTICIPANT || p->entity < 0 || d->ent[p->entity].plural)
      continue;
    int country;
    int e = person_beside(d, p, (uint32_t)read_left(d, p->tb, &country));
    if (e < 0)
      continue;
    person[p->entity] = person[p->entity] == -1 || person[p->entity] == e ? e : -2;
  }
  char *genders = ng_person_genders(d);
  for (size_t e = 0; e < n; e++)
    if (person[e] == -1 && d->ent[e].kind == NG_E_PARTICIPANT && !d->ent[e].word &&
        !posted_elsewhere(d, (int)e))
      person[e] = only_holder(d, (int)e, genders);
  free(genders);
  /* "the host" that no name stands beside and nothing introduced: the story's main person */
  int main = main_person(d);
  char main_gender = main >= 0 ? ng_person_gender(d, main) : 0;
  for (size_t e = 0; e < n && main >= 0; e++)
    if (person[e] == -1 && d->ent[e].kind == NG_E_PARTICIPANT && d->ent[e].word &&
        d->ent[e].word->anaphoric && !introduced_as_new(d, (int)e) &&
        ng_gender_fits(d->ent[e].word->gender, main_gender))
      person[e] = main;
  ng_participant_fold_all(d, person);
  free(person);
}

static bool is_one_person(const ng_doc *d, const ng_mention *m) {
  return m && m->entity >= 0 &&
         (m->kind == NG_M_PERSON || (m->kind == NG_M_PARTICIPANT && !d->ent[m->entity].plural));
}

/* "a reporter for a local newspaper who": past a phrase that a preposition opens right after
 * the noun (no comma), the one person named, described or given a post ("X, a reporter for
 * ...") that heads it; -1 if none ("reports of who opened fire", "said farmers who"). */
static int person_heading(const ng_doc *d, size_t t) {
  enum { WORDS = 8 };
  for (size_t j = t; j-- > 0 && t - j <= WORDS && (d->tok[j].flags & NG_TOK_WORD);) {
    const ng_mention *m = ng_doc_mention_at(d, j);
    if (!m || m->te >= t)
      continue;
    if (!ng_doc_word_is(d, m->te, NG_GRAM_PREPOSITION) || m->form == NG_FORM_PRONOUN)
      return -1;
    if (is_one_person(d, m))
      return m->entity;
    if (m->kind == NG_M_TITLE && m->tenure >= 0)
      return d->ten[m->tenure].holder;
    j = m->tb; /* past a place or a body in the phrase: "a reporter for Reuters who" */
  }
  return -1;
}

/* "Cook, who played for the Rovers", "the driver who fled", "a reporter for a local paper who
 * was shot": "who" is a mention of the person before it. */
static void mention_relatives(ng_doc *d) {
  for (size_t t = 2; t < d->ntok; t++) {
    if (!ng_doc_word_is(d, t, NG_GRAM_RELATIVE_WHO) || !ng_doc_token_free(d, t))
      continue;
    size_t comma = ng_tok_is(d, t - 1, ",");
    const ng_mention *before = ng_doc_mention_at(d, t - 1 - comma); /* "X, who", "the man who" */
    int entity = is_one_person(d, before) ? before->entity : -1;
    if (!before && !comma)
      entity = person_heading(d, t);
    if (entity >= 0) {
      int m = ng_doc_add_mention(d, NG_M_PERSON, NG_FORM_PRONOUN, (uint32_t)t, (uint32_t)t + 1, NULL);
      d->m[m].entity = entity;
    }
  }
}

/* "returned as an assistant coach", "was a diplomat": a description after a role link says
 * what someone else is; it brings no one new for a pronoun to mean. */
static bool after_role_link(const ng_doc *d, const ng_mention *o) {
  enum { WORDS = 4 }; /* "as an assistant coach", "was a senior police officer" */
  for (size_t k = o->tb; k > 0 && o->tb - k <= WORDS; k--) {
    if (ng_doc_word_is(d, k - 1, NG_GRAM_ROLE_LINK))
      return true;
    if (!ng_doc_token_free(d, k - 1) || !(d->tok[k - 1].flags & NG_TOK_WORD) ||
        (d->tok[k - 1].flags & NG_TOK_CAP))
      return false;
  }
  return false;
}

/* Is mention o someone a pronoun of gender g may mean, outside quotations? */
static bool antecedent(const ng_doc *d, const ng_mention *o, char g, const char *gender) {
  if (o->entity < 0 || (d->tok[o->tb].flags & NG_TOK_QUOTED) || o->form == NG_FORM_PRONOUN)
    return false;
  if (o->kind == NG_M_PARTICIPANT && after_role_link(d, o))
    return false;
  const ng_entity *x = &d->ent[o->entity];
  if (o->kind == NG_M_PERSON)
    return ng_gender_fits(gender[o->entity], g);
  return o->kind == NG_M_PARTICIPANT && x->kind == NG_E_PARTICIPANT && !x->plural && x->word &&
         ng_gender_fits(x->word->gender, g);
}

/* The mentions of each sentence, in mention order: `at[first[s] .. first[s + 1])`. */
typedef struct by_sentence {
  size_t *first, *at;
} by_sentence;

static by_sentence mentions_by_sentence(const ng_doc *d) {
  by_sentence b = {ng_xcalloc(d->nsent + 2, sizeof(size_t)), ng_xmalloc((d->nm ? d->nm : 1) * sizeof(size_t))};
  for (size_t k = 0; k < d->nm; k++)
    b.first[d->tok[d->m[k].tb].sent + 2]++;
  for (size_t s = 2; s < d->nsent + 2; s++)
    b.first[s] += b.first[s - 1];
  for (size_t k = 0; k < d->nm; k++)
    b.at[b.first[d->tok[d->m[k].tb].sent + 1]++] = k;
  return b;
}

/* Is mention o the subject of the verb whose object is the pronoun at token t: only
 * lower-case words between them ("a man stabbed her", "the gunman opened fire on him"), no
 * "and" ("police found the gunman and arrested him"), no clause break? */
static bool subject_of_object(const ng_doc *d, const ng_mention *o, size_t t) {
  for (size_t k = o->te; k < t; k++)
    if (!(d->tok[k].flags & NG_TOK_WORD) || (d->tok[k].flags & NG_TOK_CAP) ||
        !ng_doc_token_free(d, k) || ng_tok_is(d, k, "and") || ng_is_break(d, k) ||
        ng_doc_word_is(d, k, NG_GRAM_RELATIVE))
      return false;
  return true;
}

/* "His lawyer said he would appeal": a he/she after a pronoun of its gender earlier in its
 * sentence means whom that one means, not someone described before both. */
static bool same_pronoun_chain(const ng_doc *d, const ng_mention *o, const ng_mention *p) {
  const ng_pronoun *a = o->ref, *b = p->ref;
  return o->kind == NG_M_PERSON && o->form == NG_FORM_PRONOUN && a && o->entity >= 0 &&
         !(o->tb > 0 && ng_doc_word_is(d, o->tb - 1, NG_GRAM_PREPOSITION)) && /* "with her" */
         a->gender == b->gender && a->gender != 'n' && !a->plural &&
         d->tok[o->tb].sent == d->tok[p->tb].sent && !(d->tok[o->tb].flags & NG_TOK_QUOTED);
}

/* "'I still cannot believe it,' he added" after "her brother said", "police arrested him"
 * after "a gunman opened fire", "the gunman killed himself": a subject he/she, an object
 * him/her or a reflexive (in its own sentence), whose nearest
 * possible antecedent (this sentence or the one before) is a described person means that
 * person. resolve.c bound it before participants were known. An object pronoun never means
 * the subject of its own verb: in "an assailant opened fire on him", him is not the
 * assailant. A subject or possessive he/she/his/her means the nearest before it in its own
 * sentence ("said his son broke his leg"), else the first of the sentence before, its
 * subject ("The engineer was detained in May. His lawyer said ..."; "X declared a day of
 * national mourning. She visited ..."), not whoever that sentence named last. */
static void rebind_pronouns(ng_doc *d) {
  char *gender = ng_person_genders(d);
  by_sentence b = mentions_by_sentence(d);
  for (size_t i = 0; i < d->nm; i++) {
    ng_mention *p = &d->m[i];
    const ng_pronoun *pr = p->ref;
    if (p->kind != NG_M_PERSON || p->form != NG_FORM_PRONOUN || !pr)
      continue;
    bool reflexive = ng_doc_word_is(d, p->tb, NG_GRAM_REFLEXIVE); /* its own clause's subject */
    bool object = !reflexive && ng_is_object_pronoun(d, p);
    bool possessive = !object && !reflexive && ng_doc_word_is(d, p->tb, NG_GRAM_POSSESSIVE);
    if (!object && !reflexive && !possessive && !ng_doc_word_is(d, p->tb, NG_GRAM_SUBJECT_PRONOUN))
      continue;
    uint32_t s = d->tok[p->tb].sent;
    const ng_mention *best = NULL;
    for (size_t j = b.first[s > 0 && !reflexive ? s - 1 : s]; j < b.first[s + 1]; j++) {
      const ng_mention *o = &d->m[b.at[j]];
      bool earlier = best && !object && !reflexive && d->tok[best->tb].sent < s &&
                     d->tok[o->tb].sent < s;
      if (o->te <= p->tb && (!best || o->tb > best->tb) && !earlier &&
          ((antecedent(d, o, pr->gender, gender) && !(object && subject_of_object(d, o, p->tb))) ||
           (!object && !reflexive && same_pronoun_chain(d, o, p))))
        best = o;
    }
    if (best && (best->kind == NG_M_PARTICIPANT || best->form == NG_FORM_PRONOUN))
      p->entity = best->entity;
  }
  free(b.first);
  free(b.at);
  free(gender);
}

/* Is there a plural common noun between tokens b and e, in no mention ("the brothers carried
 * the bombs ... before detonating them")? Then "they" may mean those things; a measure after
 * digits ("within 72 hours") does not count. */
static bool plural_noun_between(const ng_doc *d, size_t b, size_t e) {
  for (size_t k = b; k < e; k++) {
    const char *w = d->tok[k].norm;
    size_t n = strlen(w);
    const ng_lex *l = ng_doc_lookup(d, k, 1);
    if ((d->tok[k].flags & NG_TOK_WORD) && !(d->tok[k].flags & (NG_TOK_CAP | NG_TOK_NUM)) &&
        ng_doc_token_free(d, k) && n > 3 && w[n - 1] == 's' && !strchr("siu", w[n - 2]) &&
        !ng_lex_find(l, NG_LEX_COMMON) && !ng_lex_find(l, NG_LEX_GRAMMAR) &&
        !(k > 0 && (d->tok[k - 1].flags & NG_TOK_NUM)))
      return true;
  }
  return false;
}

/* "Eva Lind and Ana Roth stayed in custody after they were charged": two people named together
 * between tokens b and e, whom "they" may mean. */
static bool named_pair_between(const ng_doc *d, size_t b, size_t e) {
  for (size_t k = b + 1; k + 1 < e; k++) {
    const ng_mention *before = ng_doc_mention_at(d, k - 1), *after = ng_doc_mention_at(d, k + 1);
    if (ng_tok_is(d, k, "and") && before && after && before->kind == NG_M_PERSON &&
        after->kind == NG_M_PERSON)
      return true;
  }
  return false;
}

/* Does the body that mention o names say something right after it, in the sentence of token
 * i ("Police say they traced him", "the ministry says they")? Then "they" at i is that
 * body, not people described before it. */
static bool body_speaks_before(const ng_doc *d, const ng_mention *o, size_t i) {
  if (o->kind != NG_M_ORG || o->te >= i || d->tok[o->tb].sent != d->tok[i].sent)
    return false;
  const ng_trigger *verb = ng_doc_trigger_reading(d, o->te, 1, false);
  return verb && ng_event_in_family(verb->cls, "Statement");
}

/* "Police arrested two men ... They were charged", "accusing them of spying": a plural
 * "they" or "them" outside quotations means the group of people described last in its
 * sentence or the one before, when there is one; "them" not the subject of its own verb
 * ("told the guards to beat them"). (Possessive and reflexive forms are left:
 * "their" only says whose; "themselves" is its own clause's subject.) */
static void plural_pronouns(ng_doc *d) {
  enum { REACH = 60 }; /* tokens back: a bound on a sentence without ends */
  for (size_t i = 0; i < d->ntok; i++) {
    const ng_lex *l = ng_lex_find(ng_doc_lookup(d, i, 1), NG_LEX_PRONOUN);
    const ng_pronoun *pr = l ? l->ref : NULL;
    if (!pr || !pr->plural || !ng_doc_token_free(d, i) || (d->tok[i].flags & NG_TOK_QUOTED) ||
        ng_doc_word_is(d, i, NG_GRAM_POSSESSIVE) || ng_doc_word_is(d, i, NG_GRAM_REFLEXIVE))
      continue;
    uint32_t s = d->tok[i].sent;
    size_t first = d->sent[s > 0 ? s - 1 : s].tb;
    bool object = ng_doc_word_is(d, i, NG_GRAM_OBJECT_PRONOUN);
    const ng_mention *best = NULL;
    for (size_t k = i; k-- > first && i - k <= REACH && !best;) {
      const ng_mention *o = ng_doc_mention_at(d, k);
      if (o && body_speaks_before(d, o, i))
        break;
      if (o && o->kind == NG_M_PARTICIPANT && o->entity >= 0 && o->form != NG_FORM_PRONOUN &&
          d->ent[o->entity].plural && !(d->tok[o->tb].flags & NG_TOK_QUOTED) &&
          !(object && subject_of_object(d, o, i)))
        best = o;
    }
    if (best && !plural_noun_between(d, best->te, i) && !named_pair_between(d, best->te, i)) {
      int entity = best->entity;
      int m = ng_doc_add_mention(d, NG_M_PARTICIPANT, NG_FORM_PRONOUN, (uint32_t)i,
                                 (uint32_t)i + 1, pr);
      d->m[m].entity = entity; /* after the call: adding may move d->m */
    }
  }
}

ng_status ng_participant_run(ng_doc *d, const ng_diag *diag) {
  (void)diag;
  find_unheld_titles(d);
  find_nouns(d);
  join_predicates(d);
  link_to_people(d);
  rebind_pronouns(d);
  plural_pronouns(d);
  mention_relatives(d);
  return NG_OK;
}
