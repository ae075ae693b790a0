/* SPDX-License-Identifier: MIT */
/* doc.h: the document model every stage reads and extends. One ng_doc per article; all its
 * memory is the doc's (arena + arrays) and goes with ng_doc_free. Tokens, mentions and
 * entities refer to each other by index, never by pointer, so arrays may grow. */
#ifndef NG_DOC_H
#define NG_DOC_H
#include "kb.h"
#include "strmap.h"
#include "timex.h"
#include "util.h"

enum {
  NG_TOK_WORD = 1 << 0,       /* letters and/or digits */
  NG_TOK_NUM = 1 << 1,        /* starts with a digit */
  NG_TOK_PUNCT = 1 << 2,      /* one punctuation mark (or "...") */
  NG_TOK_CAP = 1 << 3,        /* starts with an upper-case letter */
  NG_TOK_ALLCAPS = 1 << 4,    /* two or more letters, all upper case */
  NG_TOK_POSS = 1 << 5,       /* the possessive clitic 's */
  NG_TOK_ABBR = 1 << 6,       /* ends in a period that belongs to it (Mr., U.S., J.) */
  NG_TOK_ABBR_MAYBE = 1 << 7, /* ... and that period may also end the sentence */
  NG_TOK_NL = 1 << 8,         /* a line break comes before it */
  NG_TOK_PARA = 1 << 9,       /* a blank line comes before it */
  NG_TOK_SENT_START = 1 << 10,
  NG_TOK_QUOTED = 1 << 11,    /* inside a quotation */
  NG_TOK_SPACE_BEFORE = 1 << 12,
};

typedef struct ng_token {
  uint32_t b, e;   /* byte offsets in the text, end exclusive */
  uint32_t cb, ce; /* code point offsets (what NIF and RFC 5147 count) */
  uint32_t flags;
  uint32_t sent;    /* sentence index */
  const char *norm; /* folded, lower case: the lookup key of this token */
  const ng_lex *lex; /* the lexicon entries of the token alone: every stage asks for them */
  uint32_t phrase;   /* tokens of the longest lexicon phrase that may start here (0: none) */
} ng_token;

typedef struct ng_sentence {
  uint32_t tb, te;  /* tokens [tb, te) */
  bool title_case;  /* a headline in title case: see ng_sentence_is_title_case() */
} ng_sentence;

typedef enum {
  NG_M_COUNTRY,
  NG_M_PLACE,
  NG_M_ORG,
  NG_M_TITLE,
  NG_M_PERSON,
  NG_M_DATE,
  NG_M_PARTICIPANT, /* "the gunman": ref ng_participant_word, or the title of "a police officer" */
  NG_M_TRIGGER,     /* ref ng_trigger; `event` is the event it reports */
  NG_M_KIND_COUNT
} ng_mkind;

typedef enum {
  NG_FORM_NAME,     /* the entity's name or alias */
  NG_FORM_DEMONYM,  /* "Russian" */
  NG_FORM_SURNAME,  /* "Karlov" for Andrei Karlov */
  NG_FORM_GIVEN,    /* "Ada" for Ada Brook, once she is named in full */
  NG_FORM_PRONOUN,  /* "He" */
  NG_FORM_UNIT,     /* a generic body of a country: "Russia's Foreign Ministry" */
  NG_FORM_HEADED,   /* a name ending in a head word: "Diplomatic Academy" */
  NG_FORM_NOMINAL,  /* "the city": a common noun for a place the story named */
  NG_FORM_SHARED,   /* "Ana" of "Ana and Luis Ferro": ref ng_shared_name */
  NG_FORM_DESCRIBED, /* "a police station": a place not named; ref ng_venue_word */
  NG_FORM_COUNT
} ng_mform;

/* A given name whose surname the next name gives: "Ana" of "Ana and Luis Ferro". */
typedef struct ng_shared_name {
  const char *name;  /* "Ana Ferro" */
  uint32_t surname;  /* the token of "Ferro" */
} ng_shared_name;

typedef struct ng_mention {
  uint32_t tb, te; /* tokens [tb, te) */
  ng_mkind kind;
  ng_mform form;
  const void *ref;     /* kb row: ng_country, ng_place, ng_org, ng_title; NULL otherwise */
  const ng_unit *unit; /* NG_FORM_UNIT: the generic body */
  const char *type;    /* NG_FORM_HEADED: the ontology class from heads.csv */
  int country;         /* NG_FORM_UNIT: the country mention it belongs to, else -1 */
  int entity;          /* index in doc->entities once resolved, else -1 */
  int event;           /* NG_M_TRIGGER: index in doc->events, else -1 */
  int tenure;          /* the first tenure this mention is evidence of, else -1 */
  ng_timex time;       /* NG_M_DATE */
} ng_mention;

typedef enum { NG_E_PERSON, NG_E_COUNTRY, NG_E_ORG, NG_E_PLACE, NG_E_PARTICIPANT } ng_ekind;

typedef struct ng_entity {
  ng_ekind kind;
  const char *key;  /* identity within the article (and the source of the IRI) */
  const char *name; /* preferred name */
  const char **alt; /* alternate names */
  size_t nalt, altcap;
  const ng_country *country; /* NG_E_COUNTRY */
  const ng_org *org;         /* gazetteer organization */
  const ng_unit *unit;       /* generic body; its country is `of` */
  const ng_place *place;
  const char *type; /* ontology class for orgs and places ("Ministry", "Venue") */
  const ng_venue_word *described; /* a place described, not named ("a police station") */
  bool bare; /* ... first written "the station" alone: maybe a place the story told otherwise */
  int of;           /* entity this one belongs to (a unit's country, a place's country), or -1 */
  int within;       /* a place the text puts this one in ("the X Gallery in Izmir"), or -1 */
  const char *iri;
  /* people and participants */
  bool plural;                   /* a participant standing for several people */
  const ng_participant_word *word; /* the noun that made a participant, or NULL (a title) */
  int nationality;               /* country entity, or -1 */
  const ng_position *occupation; /* "a police officer" */
  const char **desc;             /* a named person's descriptions ("the comedian") */
  size_t ndesc, desccap;
  ng_timex birth;
  int birthplace; /* place entity, or -1 */
  char gender;        /* what its names bound so far say: 'm', 'f' or 0 (resolve.c) */
  bool gender_stated; /* ... said by the text beside a name, not by a given name */
} ng_entity;

typedef struct ng_event {
  const ng_trigger *trigger; /* the most specific trigger: class and CAMEO code */
  int *mentions;             /* trigger mentions */
  size_t nmentions, mcap;
  int agent, patient; /* entities, or -1 */
  int coagent;        /* the other of two coordinated subjects ("A and B met"), or -1 */
  int patient_event;  /* the event that is the patient ("condemned the attack"), or -1 */
  int place;          /* entity, or -1 */
  int venue;          /* a venue the text names as the scene, inside `place`, or -1 */
  int part_of;        /* the event of the incident this one is part of, where it names no
                         place of its own ("Three others were wounded"), or -1 */
  ng_timex date;
  bool cause; /* an event noun told as the cause of, or as earlier than, the event before it
                 ("imposed sanctions over the suppression of protests"): no part of its scene */
  const char *quote; /* what a statement quotes, or NULL */
  int merged_into;   /* another event this one is a report of, or -1 */
  const char *iri;
} ng_event;

typedef struct ng_tenure {
  int holder; /* person entity */
  const ng_position *pos;
  const char *title; /* as written */
  int country, to_country, org; /* entities or -1 */
  ng_timex start, end;
  int *evidence; /* mention indexes */
  size_t nevidence, evcap;
  const char *iri;
} ng_tenure;

typedef struct ng_doc {
  const ng_kb *kb;
  const ng_article *article;
  const char *text;
  size_t len;
  size_t ncp; /* code points in text */
  ng_arena *arena;
  ng_token *tok; /* tok[ntok] is an empty token at the end of the text, in the last sentence:
                    "the token after the trigger" may be asked of a trigger that ends it */
  size_t ntok, tokcap;
  ng_sentence *sent;
  size_t nsent, sentcap;
  ng_mention *m;
  size_t nm, mcap;
  ng_entity *ent;
  size_t nent, entcap;
  ng_tenure *ten;
  size_t nten, tencap;
  ng_event *ev;
  size_t nev, evcap;
  int *tok_mention; /* per token: the mention covering it, or -1 */
  ng_timex pubdate; /* granularity NG_TIME_NONE without --date */
  int dateline;     /* country entity of the dateline ("ANKARA, Dec. 20 -"), or -1 */
  int dateline_place; /* place entity of the dateline ("ANKARA"), or -1 */
  size_t dateline_end; /* the token after the dateline's dash, where its sentence's story
                          starts ("KANO, Oct 4 - A car bomb ..."), or 0 */
  bool whole_words;   /* tokenize: cut no hyphenated word (a table's phrase, keyed as written) */
  ng_strmap *lower; /* words the text also writes in lower case ("arrested"), for names */
  ng_strmap *ent_by_key; /* entity key -> index + 1 of the first entity with it */
} ng_doc;

ng_doc *ng_doc_new(const ng_kb *kb, const ng_article *a);
void ng_doc_free(ng_doc *d);

/* Token text, borrowed from the article. */
static inline const char *ng_tok_text(const ng_doc *d, size_t i) { return d->text + d->tok[i].b; }
static inline size_t ng_tok_len(const ng_doc *d, size_t i) { return d->tok[i].e - d->tok[i].b; }
bool ng_tok_is(const ng_doc *d, size_t i, const char *norm);
/* Is token i a quotation mark (straight, curly, single or double, guillemet)? */
bool ng_tok_is_quote_mark(const ng_doc *d, size_t i);

/* The mention covering token t, or NULL (also past the end). Borrowed. */
static inline const ng_mention *ng_doc_mention_at(const ng_doc *d, size_t t) {
  return t < d->ntok && d->tok_mention[t] >= 0 ? &d->m[d->tok_mention[t]] : NULL;
}
/* Is token i inside the text and covered by no mention? */
static inline bool ng_doc_token_free(const ng_doc *d, size_t i) {
  return i < d->ntok && d->tok_mention[i] < 0;
}
/* Does token t fill the grammar.csv slot `role` ("the" is a determiner)? */
bool ng_doc_word_is(const ng_doc *d, size_t t, ng_grammar_role role);
/* The most words a trigger phrase of triggers.csv is read with. */
#define NG_TRIGGER_MAX_WORDS 4
/* Does a trigger phrase longer than n words start at token t ("a general strike", "a terrorist
 * attack")? Then its first words name an event, not a person or a post. */
bool ng_doc_longer_trigger_at(const ng_doc *d, size_t t, size_t n);
/* The first trigger reading of tokens [t, t+n) as a noun (`noun`) or as a verb, whichever
 * reading the mention there was given ("protests" may be read as either), or NULL. */
const ng_trigger *ng_doc_trigger_reading(const ng_doc *d, size_t t, size_t n, bool noun);
/* Does a possessive stand right before token b ("his lawyer", "Rand's aide", "Russia's
 * ambassador")? *whose is then the mention it is of (the pronoun, or the name before "'s"),
 * or NULL when that is no mention. */
bool ng_doc_possessor(const ng_doc *d, size_t b, const ng_mention **whose);
/* The token right after the possessive of mention m ("his" home, "Rand's" aide, "IS ’s"
 * territory, the "'s" written apart or not), or 0 when m is no possessor. */
size_t ng_doc_after_possessor(const ng_doc *d, const ng_mention *m);
/* Is mention m an event noun ("the attack"), not a verb? */
static inline bool ng_is_event_noun(const ng_mention *m) {
  return m && m->kind == NG_M_TRIGGER && ((const ng_trigger *)m->ref)->noun;
}
/* Is mention m the evidence of some tenure? */
bool ng_doc_is_evidence(const ng_doc *d, int m);
/* The position of the tenure mention m is evidence of ("the head" of X is a Military
 * Commander), or NULL. */
const ng_position *ng_doc_evidence_of(const ng_doc *d, int m);
/* Add a mention over tokens [tb, te); returns its index. Marks tok_mention. */
/* An age that ends at token t: "23-year-old", "sixty-one-year-old", "23 - year - old",
 * "23 year old". */
bool ng_tok_is_age(const ng_doc *d, size_t t);
/* The ontology class of a place entity: "City", "Region", "District", or its head's. */
const char *ng_place_class(const ng_entity *place);
/* The class of a place or organization entity ("City", "ArmedGroup"); NULL for others. */
const char *ng_entity_class(const ng_entity *x);
/* The place (or country) entity e lies in: the one the text puts it in, else its gazetteer
 * country; -1 if none. */
static inline int ng_doc_outer_place(const ng_doc *d, int e) {
  return d->ent[e].within >= 0 ? d->ent[e].within : d->ent[e].of;
}
/* Does place `inner` lie in place `outer` (or is it `outer`), by what the gazetteer and the text
 * say (ng_doc_outer_place, step by step)? */
bool ng_doc_place_within(const ng_doc *d, int inner, int outer);
/* The country entity an entity stands for or belongs to (a place's, a body's), or -1. */
int ng_doc_country_of(const ng_doc *d, int e);
/* The participants.csv word of a participant mention ("gunman"), or NULL. Borrowed from the kb. */
const ng_participant_word *ng_doc_participant_word(const ng_doc *d, const ng_mention *m);
/* Event e becomes one of class `cls`: a copy of its trigger with that class and its CAMEO code. */
void ng_event_reclassify(ng_doc *d, ng_event *e, const ng_event_class *cls);
int ng_doc_add_mention(ng_doc *d, ng_mkind kind, ng_mform form, uint32_t tb, uint32_t te,
                       const void *ref);
/* The text of tokens [tb, te) with every run of white space made one space (arena). */
const char *ng_doc_span_text(ng_doc *d, uint32_t tb, uint32_t te);
/* The part of a name word that identifies a surname: "al-Sisi" -> "sisi" (a particle
 * joined by a hyphen is dropped). Borrowed from the token's norm. */
const char *ng_surname_key(const ng_doc *d, const char *norm);
/* The words of tokens [tb, te) in their lexicon form, one space between, written into key:
 * a key for comparing runs of words. Borrowed from key. */
const char *ng_doc_words_key(const ng_doc *d, uint32_t tb, uint32_t te, ng_buf *key);
/* The token of a name of two words or more that holds its family name: the last word, before
 * any suffix ("Jr.", "III") when two words stay ahead of it. */
uint32_t ng_name_last_word(const ng_doc *d, uint32_t tb, uint32_t te);
/* "Salinas" of "Ricardo Salinas Ortega": in a name of three words or more, the word before
 * the last when it is no given name (nor an initial), which names the person alone as a
 * first family name does; else the last word. */
uint32_t ng_name_first_family_word(const ng_doc *d, uint32_t tb, uint32_t te);
/* A headline: most of the words of sentence `sent` capitalised ("Ada Brook Named As Awards
 * Host", "Cyclist Hurt In Leeds Crash, Driver Arrested"). */
bool ng_sentence_is_title_case(const ng_doc *d, uint32_t sent);
/* A headline: a sentence in title case among the first NG_HEADLINE_SENTENCES, or a first one in
 * sentence case ("Gunmen kill police chief in Mexico") that is a paragraph of its own with no
 * full stop. */
enum { NG_HEADLINE_SENTENCES = 3 };
bool ng_sentence_is_headline(const ng_doc *d, uint32_t sent);
/* The country entity that a mention's surroundings suggest: the nearest country named
 * before it in this sentence, else the dateline's country, else the nearest in the two sentences
 * before; -1 if none. */
int ng_doc_context_country(const ng_doc *d, size_t mention);
/* The kb lexicon entries of tokens [i, i+n), or NULL. */
const ng_lex *ng_doc_lookup(const ng_doc *d, size_t i, size_t n);
/* The first entry of `kind` among them, or NULL. */
const ng_lex *ng_lex_find(const ng_lex *l, ng_lex_kind kind);

/* Pipeline stages, in order (pipeline.c runs them). */
ng_status ng_tokenize_run(ng_doc *d, const ng_diag *diag);
ng_status ng_sentence_run(ng_doc *d, const ng_diag *diag);
ng_status ng_gazetteer_run(ng_doc *d, const ng_diag *diag);
ng_status ng_person_run(ng_doc *d, const ng_diag *diag);
ng_status ng_role_run(ng_doc *d, const ng_diag *diag);
ng_status ng_participant_run(ng_doc *d, const ng_diag *diag);
ng_status ng_event_run(ng_doc *d, const ng_diag *diag);
ng_status ng_incident_run(ng_doc *d, const ng_diag *diag);
ng_status ng_bio_run(ng_doc *d, const ng_diag *diag);
ng_status ng_place_run(ng_doc *d, const ng_diag *diag);
ng_status ng_venue_run(ng_doc *d, const ng_diag *diag);
ng_status ng_scene_run(ng_doc *d, const ng_diag *diag);
/* Is token t inside a quotation? */
static inline bool ng_tok_quoted(const ng_doc *d, size_t t) {
  return t < d->ntok && (d->tok[t].flags & NG_TOK_QUOTED);
}
/* Is the event a statement (or a kind of one: a condemnation)? */
static inline bool ng_event_is_statement(const ng_event *e) {
  return ng_event_in_family(e->trigger->cls, "Statement");
}
/* Is the event a schooling: a graduation or a study ("graduated from X", "studied at X")? */
static inline bool ng_event_is_schooling(const ng_event *e) {
  return ng_event_in_family(e->trigger->cls, "Graduation") ||
         ng_event_in_family(e->trigger->cls, "Study");
}
/* Quotations of statements (quote.c); "I condemn this attack" inside one is the speaker's. */
void ng_attach_quotes(ng_doc *d);
/* Is the event part of an incident (event_classes.csv `scene`: attacks, deaths, arrests)? */
static inline bool ng_event_in_scene(const ng_event *e) {
  for (const ng_event_class *c = e->trigger->cls; c; c = c->parent)
    if (c->scene)
      return true;
  return false;
}
/* Add an entity (or find the one with this key); returns its index. */
int ng_doc_entity(ng_doc *d, ng_ekind kind, const char *key, const char *name);
/* Add name to an entity's alternate names unless it has it. */
void ng_entity_add_alt(ng_entity *e, const char *name);
void ng_entity_add_desc(ng_entity *e, const char *text);
char ng_person_gender(const ng_doc *d, int entity);
/* ng_person_gender of every entity at once (0 for those not people): an array of d->nent the
 * caller frees. For stages that ask it of many mentions while no mention changes entity. */
char *ng_person_genders(const ng_doc *d);
bool ng_gender_fits(char a, char b); /* genders 'm', 'f', 'n' or 0 (unknown) agree */
ng_status ng_resolve_run(ng_doc *d, const ng_diag *diag);
/* A description turns out to be someone else's (a named person's, another description's):
 * what it says moves over, and its mentions name that one. Events are the caller's. */
void ng_participant_fold(ng_doc *d, int participant, int into);
/* The same for every entity e with into[e] >= 0 (into holds nent values), in one pass over
 * the mentions. */
void ng_participant_fold_all(ng_doc *d, const int *into);
#endif
