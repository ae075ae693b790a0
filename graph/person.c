/* SPDX-License-Identifier: MIT */
/* person.c: stage 4. Capitalised words that the gazetteer left free -> person mentions.
 * A run of name words ("Andrei Gennadyevich Karlov", "Osama bin Laden", "J. Smith Jr.") is a
 * person when something says so: a title before it, a known given name first, a speech verb
 * next to it ("Peskov added", "said Kirby"), or an apposition with a title ("Lavrov, Russia's
 * foreign minister"). A single word that is the surname of a person named in the article
 * ("Karlov said") and a singular he/she outside quotes are mentions too; resolve.c decides
 * whom they mean. */
#include "doc.h"
#include "strmap.h"

static const ng_lex *entry(const ng_doc *d, size_t i, ng_lex_kind kind) {
  return i < d->ntok ? ng_lex_find(ng_doc_lookup(d, i, 1), kind) : NULL;
}

/* "al-Sisi", "bin-Salman": a lower-case particle joined by a hyphen to a capitalised name. */
static bool is_particle_joined(const ng_doc *d, size_t i) {
  const char *norm = d->tok[i].norm, *hyphen = strchr(norm, '-');
  if (!hyphen || hyphen == norm || (d->tok[i].flags & NG_TOK_CAP))
    return false;
  const char *rest = ng_tok_text(d, i) + (hyphen - norm) + 1;
  if (!(*rest >= 'A' && *rest <= 'Z'))
    return false;
  char key[16];
  size_t n = (size_t)(hyphen - norm);
  if (n >= sizeof key)
    return false;
  memcpy(key, norm, n);
  key[n] = '\0';
  return ng_lex_find(ng_kb_lookup(d->kb, key, n), NG_LEX_PARTICLE) != NULL;
}

/* "Welsh-born", "Kenyan-born": an adjective of origin, not a name. */
static bool born_adjective(const ng_doc *d, size_t i) {
  const char *w = d->tok[i].norm;
  size_t n = strlen(w);
  return n > 5 && !strcmp(w + n - 5, "-born");
}

/* "Jan Orr": a word of dates that is also a given name starts a name when a capitalised
 * word that is no word of dates follows it ("Jan 5" and "Jan Feb" stay dates). */
static bool given_name_first(const ng_doc *d, size_t i) {
  size_t k = i + 1;
  return entry(d, i, NG_LEX_GIVEN) && k < d->ntok && ng_doc_token_free(d, k) &&
         (d->tok[k].flags & NG_TOK_CAP) && (d->tok[k].flags & NG_TOK_WORD) &&
         !(d->tok[k].flags & (NG_TOK_NUM | NG_TOK_ALLCAPS)) && !entry(d, k, NG_LEX_CALENDAR) &&
         !entry(d, k, NG_LEX_COMMON);
}

/* A capitalised word (not all capitals, not a number, not a common word) no mention covers. */
static bool is_name_word(const ng_doc *d, size_t i) {
  if (!ng_doc_token_free(d, i))
    return false;
  if (is_particle_joined(d, i))
    return true;
  uint32_t f = d->tok[i].flags;
  if (!(f & NG_TOK_CAP) || !(f & NG_TOK_WORD) || (f & (NG_TOK_NUM | NG_TOK_POSS)))
    return false;
  if ((f & NG_TOK_ALLCAPS) && !(f & NG_TOK_ABBR))
    return false; /* headlines and acronyms */
  if (born_adjective(d, i))
    return false;
  return !entry(d, i, NG_LEX_COMMON) && !entry(d, i, NG_LEX_PRONOUN) &&
         !entry(d, i, NG_LEX_CUE) && (!entry(d, i, NG_LEX_CALENDAR) || given_name_first(d, i));
}

static bool is_initial(const ng_doc *d, size_t i) {
  const char *norm = d->tok[i].norm; /* "j." of "J." and of a pre-tokenized "J ." */
  return ng_doc_token_free(d, i) && (d->tok[i].flags & NG_TOK_ABBR) && (d->tok[i].flags & NG_TOK_CAP) &&
         norm[0] && norm[1] == '.' && !norm[2];
}

/* A capitalised common word inside a sentence: a surname after a given name ("Ruth
 * Cook", "Omar Field"), where it cannot be a sentence's first word. */
static bool is_common_surname(const ng_doc *d, size_t i) {
  if (!ng_doc_token_free(d, i))
    return false;
  uint32_t f = d->tok[i].flags;
  return (f & NG_TOK_CAP) && (f & NG_TOK_WORD) && !(f & (NG_TOK_NUM | NG_TOK_POSS | NG_TOK_ALLCAPS |
                                                         NG_TOK_SENT_START | NG_TOK_NL)) &&
         entry(d, i, NG_LEX_COMMON) && !entry(d, i, NG_LEX_PRONOUN) && !entry(d, i, NG_LEX_CALENDAR);
}

/* A capitalised word of saying right after a given name inside a sentence of ordinary case:
 * a surname ("Foreign Minister Omar Said offered"), as the verb would be written in lower case. */
static bool is_cue_surname(const ng_doc *d, size_t i) {
  uint32_t f = d->tok[i].flags;
  return ng_doc_token_free(d, i) && (f & NG_TOK_CAP) && (f & NG_TOK_WORD) &&
         !(f & (NG_TOK_ALLCAPS | NG_TOK_SENT_START | NG_TOK_NL)) && entry(d, i, NG_LEX_CUE) &&
         !ng_sentence_is_title_case(d, d->tok[i].sent);
}

/* A month after a given name, with no day after it: "Olivia May said", not "in May 2017". */
static bool is_month_surname(const ng_doc *d, size_t i) {
  const ng_lex *l = ng_doc_token_free(d, i) && (d->tok[i].flags & NG_TOK_CAP)
                        ? entry(d, i, NG_LEX_CALENDAR) : NULL;
  const ng_calendar_word *c = l ? l->ref : NULL;
  return c && c->kind == NG_CAL_MONTH && !(i + 1 < d->ntok && (d->tok[i + 1].flags & NG_TOK_NUM)) &&
         !(d->tok[i].flags & (NG_TOK_SENT_START | NG_TOK_NL));
}

/* Words the text writes in lower case too: capitalised in a headline ("Dario Keane
 * Arrested For DUI"), they end a name rather than continue it. */
static void collect_lower_words(ng_doc *d) {
  d->lower = ng_strmap_new();
  for (size_t s = 0; s < d->nsent; s++) {
    const ng_sentence *st = &d->sent[s]; /* (a web address has no words: sentence.c) */
    for (size_t i = st->tb; i < st->te; i++)
      if ((d->tok[i].flags & NG_TOK_WORD) && !(d->tok[i].flags & (NG_TOK_CAP | NG_TOK_NUM)) &&
          !is_particle_joined(d, i))
        *ng_strmap_slot(d->lower, d->tok[i].norm, strlen(d->tok[i].norm)) = d->lower;
  }
}

/* Does token k continue the run that starts at i? Past two words, not with a word the text
 * also writes in lower case. */
static bool continues_name(const ng_doc *d, size_t i, size_t k) {
  if ((!is_name_word(d, k) && !is_initial(d, k)) || (d->tok[k].flags & NG_TOK_SENT_START))
    return false; /* a headline's last word and the story's first are two runs */
  const char *w = d->tok[k].norm;
  return k < i + 2 || entry(d, k, NG_LEX_GIVEN) || !ng_strmap_get(d->lower, w, strlen(w));
}

/* "de" in "Ana de Souza", "de la" in "Rosa Vidal de la Fuente", "van der": how many
 * particles (at most two) start at k with a name word right after them, or 0. */
static size_t particles_before_name(const ng_doc *d, size_t k) {
  for (size_t n = 1; n <= 2; n++) {
    size_t p = k + n - 1;
    if (p >= d->ntok || !ng_doc_token_free(d, p) || !entry(d, p, NG_LEX_PARTICLE))
      return 0;
    if (is_name_word(d, p + 1))
      return n;
  }
  return 0;
}

/* Length of the name run starting at i (0: none). */
static size_t name_run(const ng_doc *d, size_t i) {
  if (!is_name_word(d, i) && !is_initial(d, i))
    return 0;
  size_t k = i + 1;
  for (;;) {
    size_t particles = 0;
    if (continues_name(d, i, k))
      k++;
    else if ((particles = particles_before_name(d, k)))
      k += particles + 1;
    else if (ng_doc_token_free(d, k) && entry(d, k, NG_LEX_SUFFIX) && (d->tok[k].flags & NG_TOK_CAP) &&
             !ng_tok_is(d, k - 1, ","))
      return k + 1 - i; /* "Martin Luther King Jr.", "Ottokar VI" (not "Leeds v Hull") */
    else if (k == i + 1 && entry(d, i, NG_LEX_GIVEN) &&
             (is_common_surname(d, k) || is_month_surname(d, k) || is_cue_surname(d, k)) &&
             !is_name_word(d, k + 1))
      return 2;
    else
      return k - i;
  }
}

/* A singular noun that describes a person: "comedian", "wife", "driver". */
static const ng_participant_word *descriptor_at(const ng_doc *d, size_t i) {
  if (i >= d->ntok || !ng_doc_token_free(d, i))
    return NULL;
  const ng_lex *l = entry(d, i, NG_LEX_PARTICIPANT);
  const ng_participant_word *w = l ? l->ref : NULL;
  return w && !w->plural ? w : NULL;
}

/* "comedian Ada Brook", "my wife Anna", "31-year-old Tomasz Wierzbicki": a
 * describing noun or an age right before the run. */
static bool descriptor_before(const ng_doc *d, size_t i) {
  if (i == 0)
    return false;
  return ng_tok_is_age(d, i - 1) || descriptor_at(d, i - 1);
}

/* ", the owner of ...", ", a mother of three": a describing noun in an apposition after the
 * run, over a determiner and a few adjectives. */
static bool descriptor_apposition(const ng_doc *d, size_t k) {
  if (!ng_tok_is(d, k, ","))
    return false;
  k++;
  if (k < d->ntok && ng_doc_word_is(d, k, NG_GRAM_DESCRIPTION_DET))
    k++;
  for (int steps = 0; steps < 3 && k < d->ntok; steps++, k++) {
    if (descriptor_at(d, k))
      return true;
    if (!(d->tok[k].flags & NG_TOK_WORD) || (d->tok[k].flags & NG_TOK_CAP))
      return false;
  }
  return false;
}

/* "my wife Anna", "his sister Meilin": a possessive and a noun for a relative (a describing
 * noun that says a gender) name the one word after them, known given name or not. */
static bool relative_before(const ng_doc *d, size_t i) {
  const ng_participant_word *w = i >= 2 ? descriptor_at(d, i - 1) : NULL;
  return w && w->gender && ng_doc_word_is(d, i - 2, NG_GRAM_POSSESSIVE);
}

/* The run a describing noun introduces is a name when it has two words or a given name:
 * "to host Oscars" is a verb and a title; "The alleged killer, Cédric Vautrin": over a comma;
 * "Lian Qiao, owner of a noodle bar": after it. */
static bool described_run(const ng_doc *d, size_t i, size_t n) {
  bool named = n >= 2 || entry(d, i, NG_LEX_GIVEN) || relative_before(d, i);
  bool comma_before = i >= 2 && ng_tok_is(d, i - 1, ",") && descriptor_at(d, i - 2);
  return named && (descriptor_before(d, i) || comma_before ||
                   (n >= 2 && descriptor_apposition(d, i + n)));
}

/* "Brook, 55, earned": an age in commas after the run. */
static bool age_apposition(const ng_doc *d, size_t k) {
  if (k + 2 >= d->ntok || !ng_tok_is(d, k, ",") || !(d->tok[k + 1].flags & NG_TOK_NUM))
    return false;
  const ng_token *n = &d->tok[k + 1];
  return n->ce - n->cb <= 3 && (ng_tok_is(d, k + 2, ",") || ng_tok_is(d, k + 2, ")"));
}

static bool mention_is(const ng_doc *d, size_t i, ng_mkind kind) {
  return i < d->ntok && d->tok_mention[i] >= 0 && d->m[d->tok_mention[i]].kind == kind;
}

/* "Omar Rashed ( Pakistan )": a country in brackets after the run, as results list people. */
static bool country_in_brackets(const ng_doc *d, size_t k) {
  if (!ng_tok_is(d, k, "(") || !mention_is(d, k + 1, NG_M_COUNTRY))
    return false;
  const ng_mention *c = &d->m[d->tok_mention[k + 1]];
  return ng_tok_is(d, c->te, ")");
}

static bool title_before(const ng_doc *d, size_t i) {
  return i > 0 && mention_is(d, i - 1, NG_M_TITLE);
}

static bool cue_around(const ng_doc *d, size_t i, size_t n) {
  return entry(d, i + n, NG_LEX_CUE) || (i > 0 && entry(d, i - 1, NG_LEX_CUE));
}

/* ", (the|a) [Country|Org]['s] title": an apposition that names the post of the run. */
static bool title_apposition(const ng_doc *d, size_t k) {
  if (!ng_tok_is(d, k, ","))
    return false;
  k++;
  if (ng_tok_is(d, k, "the") || ng_tok_is(d, k, "a") || ng_tok_is(d, k, "an"))
    k++;
  for (int steps = 0; steps < 6 && k < d->ntok; steps++, k++) {
    if (mention_is(d, k, NG_M_TITLE))
      return true;
    bool lower_word = (d->tok[k].flags & NG_TOK_WORD) && !(d->tok[k].flags & NG_TOK_CAP) &&
                      ng_doc_token_free(d, k) && steps < 3;
    if (!(mention_is(d, k, NG_M_COUNTRY) || mention_is(d, k, NG_M_ORG) || lower_word ||
          (d->tok[k].flags & NG_TOK_POSS)))
      return false;
  }
  return false;
}

/* "Staffan de Mistura", "Abdel Fattah al-Sisi": a particle inside the run. */
static bool has_particle(const ng_doc *d, size_t i, size_t n) {
  for (size_t k = i + 1; k < i + n; k++)
    if (entry(d, k, NG_LEX_PARTICLE) || is_particle_joined(d, k))
      return true;
  return false;
}

/* "X was a diplomat", "X, who is the ...": a copula and a title after the run. */
static bool title_predicate(const ng_doc *d, size_t k) {
  if (!ng_doc_word_is(d, k, NG_GRAM_TITLE_COPULA))
    return false;
  k++;
  for (int steps = 0; steps < 4 && k < d->ntok; steps++, k++) {
    if (mention_is(d, k, NG_M_TITLE))
      return true;
    if (!(d->tok[k].flags & (NG_TOK_WORD | NG_TOK_POSS)) || mention_is(d, k, NG_M_PERSON))
      return false;
  }
  return false;
}

/* "the presidential spokesman, Alexandre Parola": a title, a comma, the run. */
static bool title_then_comma(const ng_doc *d, size_t i) {
  return i >= 2 && ng_tok_is(d, i - 1, ",") && mention_is(d, i - 2, NG_M_TITLE);
}

/* A lone capitalised word that the text also writes in lower case or that describes people
 * ("Nurse Hurt", "Witnesses said") is a headline's or a sentence's first word, not a name. */
static bool is_lone_common_word(const ng_doc *d, size_t i, size_t n) {
  const char *w = d->tok[i].norm;
  return n == 1 && !entry(d, i, NG_LEX_GIVEN) &&
         (ng_strmap_get(d->lower, w, strlen(w)) || entry(d, i, NG_LEX_PARTICIPANT) ||
          entry(d, i, NG_LEX_HEAD)); /* "of First Union said": a body's head word */
}

/* "said Rovers owner Dan Hale", "City manager Ian Platt": one word before a post or a
 * describing noun that a name follows names the body the person serves, not a person. */
static bool names_body_of_next(const ng_doc *d, size_t i, size_t n) {
  size_t k = i + n;
  if (n != 1 || k >= d->ntok || entry(d, i, NG_LEX_GIVEN))
    return false;
  if (mention_is(d, k, NG_M_TITLE))
    k = d->m[d->tok_mention[k]].te;
  else if (descriptor_at(d, k))
    k++;
  else
    return false;
  return k < d->ntok && is_name_word(d, k) && is_name_word(d, k + 1);
}

/* "the news agency Kovo", "the aircraft carrier Ada Lind": a lower-case noun before the
 * run says it names a body or a thing. */
static bool names_body_after_noun(const ng_doc *d, size_t i) {
  return i > 0 && ng_doc_word_is(d, i - 1, NG_GRAM_ORG_NOUN) && !(d->tok[i - 1].flags & NG_TOK_CAP);
}

/* "the club fired Jim Orton", "police arrested Ana Lee": two or more name words right after
 * a verb whose object is a person (event_classes.csv person_object). */
static bool object_of_person_verb(const ng_doc *d, size_t i, size_t n) {
  const ng_lex *l = n >= 2 && i > 0 ? entry(d, i - 1, NG_LEX_TRIGGER) : NULL;
  const ng_trigger *t = l ? l->ref : NULL;
  return t && !t->noun && !t->subject_is_patient && !t->intransitive && t->cls->person_object &&
         !(d->tok[i - 1].flags & NG_TOK_CAP);
}

/* "identified as Vishal Rao", "named as 23-year-old Ivo Dal": two or more words after a verb
 * that names someone and "as" (past an age). */
static bool identified_as_before(const ng_doc *d, size_t i, size_t n) {
  size_t k = i >= 1 && ng_tok_is_age(d, i - 1) ? i - 1 : i;
  return n >= 2 && k >= 2 && ng_tok_is(d, k - 1, "as") && ng_doc_word_is(d, k - 2, NG_GRAM_IDENTIFY);
}

static bool is_person_run(const ng_doc *d, size_t i, size_t n) {
  if (is_lone_common_word(d, i, n) || names_body_of_next(d, i, n) || names_body_after_noun(d, i))
    return false;
  if (title_before(d, i) || cue_around(d, i, n) || title_apposition(d, i + n) ||
      title_predicate(d, i + n) || title_then_comma(d, i) || described_run(d, i, n) ||
      age_apposition(d, i + n) || (n >= 2 && country_in_brackets(d, i + n)) ||
      object_of_person_verb(d, i, n) || identified_as_before(d, i, n))
    return true;
  /* "Brax Harvey Lund": a given name may come second in three words; "J. Marlow": an initial */
  /* "in Wadi al-Harra" is a place, "Karim al-Nasser" a person */
  bool after_place_prep = i > 0 && ng_doc_word_is(d, i - 1, NG_GRAM_PLACE_PREP);
  return n >= 2 && (entry(d, i, NG_LEX_GIVEN) != NULL || entry(d, i, NG_LEX_FAMILY_FIRST) ||
                    (has_particle(d, i, n) && !after_place_prep) ||
                    (n >= 3 && entry(d, i + 1, NG_LEX_GIVEN) != NULL) || is_initial(d, i));
}

/* Where in the run [i, i+n) its last describing noun with a word of the run after it
 * stands, or n: "Comedian Ada Brook", "Financial Secretary Ana Obi". */
static size_t descriptor_in_run(const ng_doc *d, size_t i, size_t n) {
  for (size_t k = n - 1; k-- > 0;)
    if (descriptor_at(d, i + k))
      return k;
  return n;
}

/* "el Aissami said", "de Mistura said": lower-case particles (at most two) that a name starts
 * with, right before its first capitalised word. */
static size_t lower_particles_before(const ng_doc *d, size_t i) {
  size_t n = 0;
  while (n < 2 && i > n && ng_doc_token_free(d, i - n - 1) && entry(d, i - n - 1, NG_LEX_PARTICLE) &&
         !(d->tok[i - n - 1].flags & (NG_TOK_CAP | NG_TOK_SENT_START)))
    n++;
  return n;
}

/* "Fired Jim Orton", "Named Ana Lee coach": in capitals (a headline, a list of moves) the verb
 * of an event before a given name is no part of the name. */
static bool verb_before_given_name(const ng_doc *d, size_t i, size_t n) {
  const ng_lex *l = n >= 3 ? entry(d, i, NG_LEX_TRIGGER) : NULL;
  return l && !((const ng_trigger *)l->ref)->noun && !entry(d, i, NG_LEX_GIVEN) &&
         entry(d, i + 1, NG_LEX_GIVEN);
}

static void find_names(ng_doc *d) {
  for (size_t i = 0; i < d->ntok;) {
    size_t n = name_run(d, i);
    size_t described = n >= 2 ? descriptor_in_run(d, i, n) : n;
    if (verb_before_given_name(d, i, n))
      described = 0;
    if (described < n) {
      i += described + 1; /* "Comedian Ada Brook", "Financial Secretary Ana Obi" */
      continue;
    }
    if (n && is_person_run(d, i, n)) {
      size_t b = i - lower_particles_before(d, i);
      ng_doc_add_mention(d, NG_M_PERSON, NG_FORM_NAME, (uint32_t)b, (uint32_t)(i + n), NULL);
      i += n;
    } else {
      i += n ? n : 1;
    }
  }
}

/* Where the words of name k appear inside mention m, or -1. */
static long find_inside(const ng_doc *d, const ng_mention *m, const ng_mention *k) {
  uint32_t n = m->te - m->tb, nk = k->te - k->tb;
  for (uint32_t o = 0; nk < n && o + nk <= n; o++) {
    uint32_t j = 0;
    while (j < nk && !strcmp(d->tok[m->tb + o + j].norm, d->tok[k->tb + j].norm))
      j++;
    if (j == nk)
      return o;
  }
  return -1;
}

static bool is_list_joint(const ng_doc *d, size_t k) {
  return ng_tok_is(d, k, ",") || ng_tok_is(d, k, "and");
}

/* Is m a title of a post held inside a body (positions.csv in_org: "spokesman")? */
static bool is_post_in_body(const ng_mention *m) {
  const ng_title *title = m && m->kind == NG_M_TITLE ? m->ref : NULL;
  return title && title->pos && title->pos->in_org;
}

/* Is the run [i, i+n), with no given name first, the owner of a post held inside a body
 * ("Bluewater Freight's chief executive"): then it names the body. */
static bool owns_post_in_body(const ng_doc *d, size_t i, size_t n) {
  size_t k = i + n;
  return k + 1 < d->ntok && (d->tok[k].flags & NG_TOK_POSS) &&
         is_post_in_body(ng_doc_mention_at(d, k + 1)) && !entry(d, i, NG_LEX_GIVEN);
}

/* Does a person named in full stand next to the run [i, i+n) in a list ("Tom Brennan ,
 * Willie Ashdown , Loren Pike")? */
static bool listed_with_person(const ng_doc *d, size_t i, size_t n) {
  if (owns_post_in_body(d, i, n))
    return false; /* "Petra Lund, Bluewater Freight's chief executive" */
  const ng_mention *before = i >= 2 && is_list_joint(d, i - 1) ? ng_doc_mention_at(d, i - 2) : NULL;
  const ng_mention *after = is_list_joint(d, i + n) ? ng_doc_mention_at(d, i + n + 1) : NULL;
  return (before && before->kind == NG_M_PERSON && before->te - before->tb >= 2) ||
         (after && after->kind == NG_M_PERSON && after->te - after->tb >= 2 && after->tb == i + n + 1);
}

/* A list of people names people: two capitalised words beside a person in a list are one too,
 * and the next one along. */
static void find_listed_names(ng_doc *d) {
  for (bool added = true; added;) {
    added = false;
    for (size_t i = 0; i < d->ntok; i++) {
      size_t n = ng_doc_token_free(d, i) ? name_run(d, i) : 0;
      if (n >= 2 && n <= 3 && !is_lone_common_word(d, i, n) && listed_with_person(d, i, n)) {
        ng_doc_add_mention(d, NG_M_PERSON, NG_FORM_NAME, (uint32_t)i, (uint32_t)(i + n), NULL);
        added = true;
      }
      i += n ? n - 1 : 0;
    }
  }
}

/* In a headline capitals do not end a name; the name as the story writes it elsewhere does:
 * "Ada Brook Named As Awards Host" names Ada Brook. */
static void trim_headline_names(ng_doc *d) {
  for (size_t i = 0; i < d->nm; i++) {
    ng_mention *m = &d->m[i];
    if (m->kind != NG_M_PERSON || m->te - m->tb < 3 || !ng_sentence_is_title_case(d, d->tok[m->tb].sent))
      continue;
    for (size_t k = 0; k < d->nm; k++) {
      const ng_mention *o = &d->m[k];
      long at = o->kind == NG_M_PERSON && o->te - o->tb >= 2 && !ng_sentence_is_title_case(d, d->tok[o->tb].sent)
                    ? find_inside(d, m, o) : -1;
      if (at < 0)
        continue;
      uint32_t tb = m->tb + (uint32_t)at, te = tb + (o->te - o->tb);
      for (uint32_t t = m->tb; t < m->te; t++)
        if (t < tb || t >= te)
          d->tok_mention[t] = -1;
      m->tb = tb, m->te = te;
      break;
    }
  }
}

/* "Kemal and Yusuf Darbinyan": a given name alone, "and", then a person named in full whose
 * first word is a given name too. The first shares the second's surname. */
static void find_shared_surnames(ng_doc *d) {
  for (size_t i = 0; i + 3 < d->ntok; i++) {
    const ng_mention *next = ng_doc_mention_at(d, i + 2);
    if (!next || next->kind != NG_M_PERSON || next->form != NG_FORM_NAME || next->tb != i + 2 ||
        next->te - next->tb < 2 || !entry(d, i + 2, NG_LEX_GIVEN) || !ng_tok_is(d, i + 1, "and") ||
        !entry(d, i, NG_LEX_GIVEN) || name_run(d, i) != 1 || (i > 0 && is_name_word(d, i - 1)))
      continue;
    ng_shared_name *shared = ng_arena_alloc(d->arena, sizeof *shared);
    shared->surname = next->te - 1;
    shared->name = ng_arena_printf(d->arena, "%.*s %.*s", (int)ng_tok_len(d, i), ng_tok_text(d, i),
                                   (int)ng_tok_len(d, shared->surname), ng_tok_text(d, shared->surname));
    ng_doc_add_mention(d, NG_M_PERSON, NG_FORM_SHARED, (uint32_t)i, (uint32_t)i + 1, shared);
  }
}

/* The names of the people the article names with two or more words, looked up once for
 * every single name word asks: their surnames, their first words, their two-word forms. */
typedef struct known_names {
  ng_strmap *surnames, *firsts, *pairs;
} known_names;

static void add_name(ng_strmap *set, const char *key) {
  *ng_strmap_slot(set, key, strlen(key)) = set; /* any non-NULL value marks a member */
}

static bool is_known(const ng_strmap *set, const char *key) {
  return ng_strmap_get(set, key, strlen(key)) != NULL;
}

static known_names known_names_collect(const ng_doc *d) {
  known_names k = {ng_strmap_new(), ng_strmap_new(), ng_strmap_new()};
  for (size_t m = 0; m < d->nm; m++) {
    const ng_mention *pm = &d->m[m];
    if (pm->kind == NG_M_PERSON && pm->form == NG_FORM_SHARED)
      add_name(k.firsts, d->tok[pm->tb].norm); /* "Kemal" of "Kemal and Yusuf Darbinyan" */
    if (pm->kind != NG_M_PERSON || pm->form != NG_FORM_NAME)
      continue;
    if (pm->te - pm->tb == 1) { /* "Obama said": the one word names him elsewhere too */
      add_name(k.surnames, ng_surname_key(d, d->tok[pm->tb].norm));
      continue;
    }
    const char *surname = ng_surname_key(d, d->tok[ng_name_last_word(d, pm->tb, pm->te)].norm);
    const char *first = d->tok[pm->tb].norm;
    add_name(k.surnames, surname);
    uint32_t family = ng_name_first_family_word(d, pm->tb, pm->te);
    add_name(k.surnames, ng_surname_key(d, d->tok[family].norm));
    add_name(k.firsts, first);
    if (pm->te - pm->tb == 2)
      add_name(k.pairs, ng_arena_printf(d->arena, "%s\x1f%s", first, d->tok[pm->tb + 1].norm));
  }
  return k;
}

static void known_names_free(known_names *k) {
  ng_strmap_free(k->surnames);
  ng_strmap_free(k->firsts);
  ng_strmap_free(k->pairs);
}

/* The words of tokens [b, e) as a key of names_given. */
/* The length of the longest known name (two words or more, `max` at most) at token s, or 0. */
static size_t known_name_at(const ng_doc *d, const ng_strmap *given, size_t s, size_t max,
                            ng_buf *key) {
  enum { LONGEST = 12 };
  for (size_t len = max < LONGEST ? max : LONGEST; len >= 2; len--)
    if (is_known(given, ng_doc_words_key(d, (uint32_t)s, (uint32_t)(s + len), key)))
      return len;
  return 0;
}

/* "Dr. Regina Obi spoke ... The president named Regina Obi": a run of name words that begins
 * with a name of two or more words that a cue made a person's elsewhere in the article is that
 * name here too, with no cue of its own. */
static void find_repeated_names(ng_doc *d) {
  ng_strmap *given = ng_strmap_new();
  ng_buf key = NG_BUF_INIT;
  for (size_t m = 0; m < d->nm; m++) {
    const ng_mention *pm = &d->m[m];
    if (pm->kind == NG_M_PERSON && pm->form == NG_FORM_NAME && pm->te - pm->tb >= 2)
      add_name(given, ng_doc_words_key(d, pm->tb, pm->te, &key));
  }
  for (size_t i = 0; ng_strmap_count(given) && i < d->ntok; i++) {
    size_t n = ng_doc_token_free(d, i) ? name_run(d, i) : 0;
    /* in a headline the name may start anywhere in the run: "Sixers Hire Ada Brook As Coach" */
    size_t starts = n && ng_sentence_is_title_case(d, d->tok[i].sent) ? n - 1 : 1;
    for (size_t s = i; s < i + starts; s++) {
      size_t len = known_name_at(d, given, s, i + n - s, &key);
      if (len) {
        ng_doc_add_mention(d, NG_M_PERSON, NG_FORM_NAME, (uint32_t)s, (uint32_t)(s + len), NULL);
        break;
      }
    }
    i += n ? n - 1 : 0;
  }
  ng_buf_free(&key);
  ng_strmap_free(given);
}

/* A word in capitals ("HENKE TAKES LEAD"): it can only be a name the story spells otherwise. */
static bool is_capitals_word(const ng_doc *d, size_t i) {
  uint32_t f = d->tok[i].flags;
  return ng_doc_token_free(d, i) && (f & NG_TOK_ALLCAPS) && !(f & (NG_TOK_ABBR | NG_TOK_NUM)) &&
         d->tok[i].ce - d->tok[i].cb >= 3;
}

static bool is_single_name_word(const ng_doc *d, size_t i) {
  return (is_name_word(d, i) || is_common_surname(d, i) || is_capitals_word(d, i)) &&
         !is_name_word(d, i + 1) && (i == 0 || !is_name_word(d, i - 1));
}

/* "MARIA LOPEZ WINS IN MADRID": a two-word name the article gives elsewhere, in capitals. */
static bool is_capitals_full_name(const ng_doc *d, const known_names *k, size_t i) {
  if (i + 1 >= d->ntok || !is_capitals_word(d, i) || !is_capitals_word(d, i + 1))
    return false;
  return is_known(k->pairs, ng_arena_printf(d->arena, "%s\x1f%s", d->tok[i].norm, d->tok[i + 1].norm));
}

/* Is token i the first word, a given name or a family name written first ("Wang" of "Wang
 * Donghai"), of a person named with two or more words? */
static bool is_known_given_name(const ng_doc *d, const known_names *k, size_t i) {
  return (entry(d, i, NG_LEX_GIVEN) || entry(d, i, NG_LEX_FAMILY_FIRST)) &&
         is_known(k->firsts, d->tok[i].norm);
}

/* "London police", "London mayor", "London bombing": a noun after a place that makes it a
 * modifier, not a person. */
static bool names_a_thing_of_place(const ng_doc *d, size_t i) {
  static const ng_lex_kind NOUNS[] = {NG_LEX_PARTICIPANT, NG_LEX_HEAD, NG_LEX_TITLE, NG_LEX_UNIT};
  for (size_t k = 0; k < NG_COUNTOF(NOUNS); k++)
    if (entry(d, i, NOUNS[k]))
      return true;
  const ng_lex *t = entry(d, i, NG_LEX_TRIGGER);
  return t && ((const ng_trigger *)t->ref)->noun;
}

/* "Neil Jordan ... Jordan said", "Trevor Holland ... recognised Holland": a country or place
 * the gazetteer found in one word that is the family name of someone named in full is that
 * person. Not after a place preposition ("in Jordan"), a comma ("Amman, Jordan") or "and",
 * nor before a possessive ("Jordan's king"), a capitalised word or a noun that makes the
 * place a modifier ("London police"). Makes the mention at i, if any, that person's. */
static bool take_place_for_surname(ng_doc *d, const known_names *k, size_t i) {
  int at = d->tok_mention[i];
  ng_mention *m = at >= 0 ? &d->m[at] : NULL;
  if (!m || (m->kind != NG_M_COUNTRY && m->kind != NG_M_PLACE) || m->form != NG_FORM_NAME ||
      m->tb != i || m->te != i + 1 || !(d->tok[i].flags & NG_TOK_CAP) ||
      !is_known(k->surnames, d->tok[i].norm))
    return false;
  if (i > 0 && (ng_doc_word_is(d, i - 1, NG_GRAM_PLACE_PREP) || ng_tok_is(d, i - 1, ",") ||
                ng_tok_is(d, i - 1, "and")))
    return false;
  if (i + 1 < d->ntok && ((d->tok[i + 1].flags & (NG_TOK_POSS | NG_TOK_CAP)) ||
                           names_a_thing_of_place(d, i + 1)))
    return false;
  m->kind = NG_M_PERSON, m->form = NG_FORM_SURNAME, m->ref = NULL;
  return true;
}

/* "Karlov said", "Ellen joked": one word of a name given in full elsewhere in the article. */
static void find_surnames(ng_doc *d) {
  known_names k = known_names_collect(d);
  for (size_t i = 0; i < d->ntok; i++) {
    if (take_place_for_surname(d, &k, i))
      continue;
    if (is_capitals_full_name(d, &k, i)) {
      ng_doc_add_mention(d, NG_M_PERSON, NG_FORM_SURNAME, (uint32_t)i, (uint32_t)(i + 2), NULL);
      i++;
      continue;
    }
    if (!is_single_name_word(d, i))
      continue;
    if (is_known(k.surnames, ng_surname_key(d, d->tok[i].norm))) {
      size_t b = i - lower_particles_before(d, i); /* "el Haddad": written with its particle */
      ng_doc_add_mention(d, NG_M_PERSON, NG_FORM_SURNAME, (uint32_t)b, (uint32_t)(i + 1), NULL);
    }
    else if (is_known_given_name(d, &k, i))
      ng_doc_add_mention(d, NG_M_PERSON, NG_FORM_GIVEN, (uint32_t)i, (uint32_t)(i + 1), NULL);
  }
  known_names_free(&k);
}

/* "Harbor Tools spokesman Ivo Kanel ... Harbor Tools said": the words before the post were
 * taken for a person (the cue after their repeat names them so), but name the body. Makes
 * that mention, if any, the organization: two words or more with no given name first and
 * a person named after the post ("Putin spokesman Dmitry Peskov" stays his). */
static bool take_person_before_post(ng_doc *d, uint32_t end, uint32_t post_end,
                                    uint32_t max_words) {
  int k = d->tok_mention[end - 1];
  ng_mention *m = k >= 0 ? &d->m[k] : NULL;
  if (!m || m->kind != NG_M_PERSON || m->form != NG_FORM_NAME || m->te != end ||
      m->te - m->tb < 2 || m->te - m->tb > max_words || entry(d, m->tb, NG_LEX_GIVEN) ||
      !mention_is(d, post_end, NG_M_PERSON) ||
      d->tok[m->tb].sent != d->tok[end - 1].sent)
    return false;
  m->kind = NG_M_ORG, m->form = NG_FORM_HEADED, m->type = "Organization";
  return true;
}

/* "Chevron spokesman Jon Lifa", "the Harbor Tools spokesman", "Bluewater Freight's chief
 * executive": capitalised words no other rule took, right before a lower-case post held
 * inside an organization (positions.csv in_org), name that organization. Not when a given
 * name opens them ("Ada Brook's spokesman" is hers), nor alone at a sentence's start unless
 * a name follows the post. */
static void find_bodies_of_posts(ng_doc *d) {
  enum { MAX_WORDS = 4 };
  for (size_t i = 0, n = d->nm; i < n; i++) {
    const ng_mention *post = &d->m[i];
    if (!is_post_in_body(post) || (d->tok[post->tb].flags & NG_TOK_CAP))
      continue;
    uint32_t end = post->tb, first = d->sent[d->tok[post->tb].sent].tb;
    bool possessive = end > first && (d->tok[end - 1].flags & NG_TOK_POSS);
    end -= possessive;
    uint32_t b = end;
    while (b > first && end - b < MAX_WORDS && is_name_word(d, b - 1))
      b--;
    if (b == end && end > first && take_person_before_post(d, end, post->te, MAX_WORDS))
      continue;
    bool determined = b > first && ng_doc_word_is(d, b - 1, NG_GRAM_DETERMINER);
    if (b > first && (d->tok[b - 1].flags & NG_TOK_CAP) && !determined)
      continue; /* "Nordic Steel's": the name starts before, with a word of another kind */
    bool named_after = mention_is(d, post->te, NG_M_PERSON);
    if (b == end || entry(d, b, NG_LEX_GIVEN) || is_lone_common_word(d, b, end - b) ||
        !(possessive || determined || named_after))
      continue;
    int m = ng_doc_add_mention(d, NG_M_ORG, NG_FORM_HEADED, b, end, NULL);
    d->m[m].type = "Organization";
  }
}

/* "the aid group Bright Path said": capitalised words no other rule took, right after a
 * lower-case noun that says they name a body and that heads.csv knows as the head of an
 * organization ("group", "agency", "party"), name that body ("the aircraft carrier Ada Lind"
 * stays a thing). */
static void find_bodies_after_nouns(ng_doc *d) {
  enum { MAX_WORDS = 4 };
  for (size_t i = 1; i < d->ntok; i++) {
    const ng_lex *l = ng_lex_find(ng_doc_lookup(d, i - 1, 1), NG_LEX_HEAD);
    if (!names_body_after_noun(d, i) || !l || ((const ng_head *)l->ref)->target != NG_HEAD_ORG ||
        !is_name_word(d, i) || (d->tok[i].flags & (NG_TOK_NL | NG_TOK_SENT_START)) ||
        d->tok[i].e - d->tok[i].b < 2)
      continue; /* not the next line's first word, nor "N / A" */
    size_t e = i;
    while (e < d->ntok && e - i < MAX_WORDS && is_name_word(d, e))
      e++;
    int m = ng_doc_add_mention(d, NG_M_ORG, NG_FORM_HEADED, (uint32_t)i, (uint32_t)e, NULL);
    d->m[m].type = "Organization";
    i = e;
  }
}

static void find_pronouns(ng_doc *d) {
  for (size_t i = 0; i < d->ntok; i++) {
    const ng_lex *l = entry(d, i, NG_LEX_PRONOUN);
    const ng_pronoun *p = l ? l->ref : NULL;
    if (p && !p->plural && p->gender != 'n' && ng_doc_token_free(d, i) &&
        !(d->tok[i].flags & NG_TOK_QUOTED))
      ng_doc_add_mention(d, NG_M_PERSON, NG_FORM_PRONOUN, (uint32_t)i, (uint32_t)(i + 1), p);
  }
}

ng_status ng_person_run(ng_doc *d, const ng_diag *diag) {
  (void)diag;
  collect_lower_words(d);
  find_names(d);
  find_listed_names(d);
  trim_headline_names(d);
  find_shared_surnames(d);
  find_repeated_names(d);
  find_surnames(d);
  find_bodies_of_posts(d);
  find_bodies_after_nouns(d);
  find_pronouns(d);
  return NG_OK;
}
