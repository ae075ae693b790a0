/* SPDX-License-Identifier: MIT */
/* kb.h: the knowledge base loaded from data/: gazetteer rows and one lexicon that maps a
 * phrase (folded lower-case tokens joined by single spaces) to everything it can mean.
 * Immutable once ng_kb_load returns; stages receive it as const. */
#ifndef NG_KB_H
#define NG_KB_H
#include "newsgraph.h"
#include <stdint.h>

typedef struct ng_country {
  const char *iso2, *iso3, *name, *wikidata, *capital;
  const struct ng_place *capital_place; /* the places.csv row of the capital, or NULL */
  bool former;
} ng_country;

typedef struct ng_place {
  const char *id, *name, *kind, *wikidata;
  const ng_country *country;
} ng_place;

typedef struct ng_unit {
  const char *id, *label, *type;
} ng_unit;

typedef struct ng_position {
  const char *id, *label, *wikidata;
  bool to_country; /* held to another country: ambassador, consul */
  bool in_org;     /* a post inside a named organization (spokesperson): inherits it */
  bool profession; /* a trade, not a public office: killing its holder is no assassination */
  const ng_unit *unit;
  const char *head_of; /* organization classes or org_units ids it heads, '|'-separated */
  const char *member_of; /* ... whose members hold it ("a member of the riot police") */
} ng_position;

/* NG_TITLE_HEAD: "head", "leader": the post is the one that heads the body named after it.
 * NG_TITLE_MEMBER: "member": the post of the members of the body named after it.
 * NG_TITLE_COUNTERPART: "counterpart": the post of the one named before, in another country. */
typedef enum {
  NG_TITLE_OFFICE,
  NG_TITLE_RANK,
  NG_TITLE_HONORIFIC,
  NG_TITLE_HEAD,
  NG_TITLE_COUNTERPART,
  NG_TITLE_MEMBER
} ng_title_kind;
typedef struct ng_title {
  const char *title;
  const ng_position *pos; /* NULL for honorifics */
  ng_title_kind kind;
  const ng_country *country; /* the country the title alone implies, or NULL */
  bool before_name; /* a title only capitalised right before a name: "Major X", "a major attack" */
  char gender;      /* 'm' or 'f' when the word says it ("spokeswoman"), else 0 */
} ng_title;

typedef struct ng_org {
  const char *id, *name, *type, *wikidata;
  const ng_country *country;
} ng_org;

typedef enum { NG_HEAD_ORG, NG_HEAD_PLACE } ng_head_target;
typedef struct ng_head {
  const char *word, *type; /* type: ontology class local name */
  ng_head_target target;
  bool national; /* a state body: takes the country of its context */
  const char *refers; /* "the city", "the group": the classes ('|') of the place or body the
                       * story named last that the bare noun means, or NULL */
  bool first;         /* may open a name: "Camp Bastion", "Fort Hood" */
} ng_head;

typedef struct ng_pronoun {
  char gender; /* m f n */
  bool plural;
} ng_pronoun;

typedef enum { NG_COMMON_FUNCTION, NG_COMMON_WEEKDAY, NG_COMMON_MONTH, NG_COMMON_OTHER } ng_common;

typedef enum {
  NG_CAL_MONTH,     /* value 1..12 */
  NG_CAL_WEEKDAY,   /* value 1 (Monday) .. 7 */
  NG_CAL_RELDAY,    /* value: days from publication (yesterday -1) */
  NG_CAL_FUTURE,    /* a word that puts a sentence in the future (will, next) */
  NG_CAL_YEAR_PREP, /* a preposition that makes a bare number a year (in, since) */
  NG_CAL_AMPM,      /* value 0 (a.m.) or 12 (p.m.) */
  NG_CAL_SHIFT,     /* value: days from publication, before a part of the day ("previous") */
  NG_CAL_DAYPART,   /* "evening", "night": what a shift word counts in */
  NG_CAL_PAST,      /* a word that puts a bare month before publication (last) */
  NG_CAL_YEAR_SHIFT, /* value: years from the date before ("the following year" +1) */
  NG_CAL_COUNT,      /* a number word that counts days or weeks ("ten days after"): its value */
  NG_CAL_UNIT,       /* value: days in it ("days" 1, "weeks" 7) */
  NG_CAL_SEQUENCE,   /* value: +1 "after", -1 "before" ("ten days after X") */
  NG_CAL_RANGE_TO,   /* joins the years of a range: "from 2015 to 2018", "2015-2018" */
  NG_CAL_PERIOD,     /* value: months in it, after "last", "next" or "this" ("last month" 1) */
  NG_CAL_DEADLINE,   /* before a month and day, looks forward: "by Oct. 15" */
  NG_CAL_PRESENT,    /* before a `period`, the publication's own: "this month" */
  NG_CAL_LATER,      /* after a count and unit, from the story's last date: "two days later" 1 */
  NG_CAL_AGO,        /* after a count and a unit or period, back from publication: "two days ago" */
} ng_cal_kind;
typedef struct ng_calendar_word {
  ng_cal_kind kind;
  int value;
} ng_calendar_word;

typedef struct ng_event_class {
  const char *name, *label, *cameo, *kairos;
  const struct ng_event_class *parent; /* NULL for Event */
  bool merge;                          /* reports in one article are usually one event */
  bool scene; /* part of an incident: with no place or time of its own, it has the incident's */
  /* the five flags below hold for a class when they hold for its parent (set on loading) */
  bool partner; /* done with someone: "talks with X" has X as patient, "talks on Syria" none */
  bool by_speaker; /* with no agent of its own, done by the body that reports it */
  bool person_patient; /* happens to a person: "released photos" is another sense */
  bool person_object;  /* two capitalised words after its verb name a person: "murdered Ana Lee" */
  bool offence;        /* a crime one may be suspected of: "a bombing suspect" did it */
  bool audience;       /* a gathering one speaks to: who "told a rally in X" spoke there */
  bool home;           /* a country before its noun is where, not who: "the Malawi election" */
  bool once; /* a person undergoes it once: a death. Reports of any such family with the same
                named patient are one event ("X died", "the killing of X") */
} ng_event_class;

/* The class of the family a class belongs to: the child of Event on its path (Attack for
 * Shooting). */
const ng_event_class *ng_event_family(const ng_event_class *c);
/* Is class c of the family named `family` ("Attack" for an Assassination)? */
bool ng_event_in_family(const ng_event_class *c, const char *family);
/* Is c the class named `name` or one below it (a Condemnation is a Statement)? */
bool ng_event_is_a(const ng_event_class *c, const char *name);

typedef struct ng_trigger {
  const char *word, *cameo; /* cameo may be "": the class's code applies */
  const ng_event_class *cls;
  bool subject_is_patient;        /* "X died": the subject is what happened to */
  bool noun;
  bool doer;         /* a noun for who does it ("assassin"): the event is named by its agent */
  bool intransitive; /* often used without an object ("X fought in Y"): never a bare passive */
} ng_trigger;

typedef struct ng_participant_word {
  const char *word, *group;
  bool plural;
  char gender;     /* 'm', 'f', or 0 when the word does not say */
  bool anaphoric;  /* "the X" alone may mean the story's main person */
  const struct ng_event_class *doer_of; /* "the gunman": the agent of an Attack, or NULL */
} ng_participant_word;

/* A noun for a place the text describes without naming it (venues.csv): "station". */
typedef struct ng_venue_word {
  const char *word, *type; /* type: ontology class local name */
  bool surface;            /* a place one is on: "on a busy street" is there */
} ng_venue_word;

/* Slots of function words (grammar.csv). */
typedef enum {
  NG_GRAM_DETERMINER, NG_GRAM_NOUN_CONTEXT, NG_GRAM_PASSIVE_AUX, NG_GRAM_CLAUSE_BREAK,
  NG_GRAM_PATIENT_PREP, NG_GRAM_PLACE_PREP, NG_GRAM_DEFINITE, NG_GRAM_DESCRIPTION_DET,
  NG_GRAM_ROLE_LINK, NG_GRAM_TITLE_COPULA, NG_GRAM_FIRST_PERSON, NG_GRAM_RELATIVE_WHO,
  NG_GRAM_SUBJECT_PRONOUN, NG_GRAM_RELATIVE, NG_GRAM_PREPOSITION, NG_GRAM_PARTICIPLE,
  NG_GRAM_NUMBER, NG_GRAM_COLLECTIVE, NG_GRAM_INDEFINITE, NG_GRAM_NEGATIVE, NG_GRAM_CAPITAL,
  NG_GRAM_ACCUSATION, NG_GRAM_ADVERB, NG_GRAM_MODAL, NG_GRAM_WEB_ADDRESS,
  NG_GRAM_PERFECT, NG_GRAM_NEGATION, NG_GRAM_CONDITIONAL, NG_GRAM_UNREAL_HEAD, NG_GRAM_UNTIL, NG_GRAM_SERIES, NG_GRAM_TEMPORAL,
  NG_GRAM_VEHICLE, NG_GRAM_WARNING, NG_GRAM_VOLITION, NG_GRAM_QUESTION,
  NG_GRAM_UNREAL_MOD, NG_GRAM_OFFENCE_HEAD, NG_GRAM_AILMENT, NG_GRAM_NO_RECIPIENT,
  NG_GRAM_HEARSAY, NG_GRAM_TOLL_VERB, NG_GRAM_TOLL, NG_GRAM_IDENTIFY, NG_GRAM_POSSESSIVE,
  NG_GRAM_ANOTHER, NG_GRAM_ORG_NOUN, NG_GRAM_OBJECT_PRONOUN, NG_GRAM_WHERE_PREP,
  NG_GRAM_TITLE_ADJECTIVE, NG_GRAM_REFLEXIVE, NG_GRAM_SUBORDINATOR, NG_GRAM_PAIR,
  NG_GRAM_NO_EVENT_HEAD, NG_GRAM_CAUSE_PREP,
  NG_GRAM_OFFENCE_NOUN, NG_GRAM_PERIOD_START, NG_GRAM_DEPARTURE,
  NG_GRAM_SUBJECT_CONTROL, NG_GRAM_DURATION, NG_GRAM_HOMELAND, NG_GRAM_DESTINATION,
  NG_GRAM_HINDER, NG_GRAM_RESULTATIVE, NG_GRAM_AMONG,
  NG_GRAM_ELIDED_RELATIVE, NG_GRAM_SCENE, NG_GRAM_RISK, NG_GRAM_STOPPAGE,
  NG_GRAM_SUSPECT, NG_GRAM_INCARCERATION, NG_GRAM_DIRECTIVE,
  NG_GRAM_INVERTING, NG_GRAM_JUDICIAL, NG_GRAM_EVADE, NG_GRAM_CALL_OFF, NG_GRAM_COUNT
} ng_grammar_role;

typedef enum {
  NG_LEX_COUNTRY, /* ref: ng_country (name or alias) */
  NG_LEX_DEMONYM, /* ref: ng_country */
  NG_LEX_PLACE,   /* ref: ng_place */
  NG_LEX_PLACE_DEMONYM, /* ref: ng_place: "Chechen" of Chechnya */
  NG_LEX_ORG,     /* ref: ng_org */
  NG_LEX_ORG_ADJ, /* ref: ng_org: an adjective that names it ("Conservative") */
  NG_LEX_UNIT,    /* ref: ng_unit */
  NG_LEX_TITLE,   /* ref: ng_title */
  NG_LEX_GIVEN,   /* ref: the gender, 'm', 'f' or 0, encoded as (void *)(uintptr_t)c */
  NG_LEX_PARTICLE,
  NG_LEX_SUFFIX,
  NG_LEX_FAMILY_FIRST, /* a family name written first: "Wang" of "Wang Lei" */
  NG_LEX_COMMON,  /* ref: ng_common encoded as (void *)(uintptr_t)kind */
  NG_LEX_PRONOUN, /* ref: ng_pronoun */
  NG_LEX_CUE,     /* ref: NULL: a speech verb */
  NG_LEX_HEAD,    /* ref: ng_head */
  NG_LEX_CALENDAR,/* ref: ng_calendar_word */
  NG_LEX_TRIGGER, /* ref: ng_trigger */
  NG_LEX_PARTICIPANT, /* ref: ng_participant_word */
  NG_LEX_VENUE,       /* ref: ng_venue_word */
  NG_LEX_SUPPORT, /* ref: (void *)0: a verb whose subject acts the event noun after it; 1:
                     whose subject undergoes it ("won the election", "survived an attack") */
  NG_LEX_NAME_VARIANT, /* ref: const char *, the canonical spelling */
  NG_LEX_GRAMMAR, /* ref: ng_grammar_role encoded as (void *)(uintptr_t)role */
  NG_LEX_KIND_COUNT
} ng_lex_kind;

typedef struct ng_lex {
  ng_lex_kind kind;
  const void *ref;
  bool caps_only; /* a short acronym ("US", "IS"): matches only a word written in capitals */
  const struct ng_lex *next;
} ng_lex;

/* Entries for a phrase key, or NULL. Borrowed from the kb. */
const ng_lex *ng_kb_lookup(const ng_kb *kb, const char *key, size_t len);
/* Tokens of the longest lexicon phrase that starts with `word` (0: none starts with it). */
size_t ng_kb_phrase_tokens(const ng_kb *kb, const char *word, size_t len);
/* Abbreviation with its period ("u.s." folded): 0 unknown, 1 never ends a sentence, 2 maybe. */
int ng_kb_abbrev(const ng_kb *kb, const char *folded, size_t len);
const ng_country *ng_kb_country(const ng_kb *kb, const char *iso2);
const ng_position *ng_kb_position(const ng_kb *kb, const char *id);
/* The post of the one who heads an organization of class `type` or that is the generic body
 * `unit` (positions.csv head_of; either may be NULL), or NULL. */
const ng_position *ng_kb_head_position(const ng_kb *kb, const char *type, const ng_unit *unit);
/* The post of a member of such an organization (positions.csv member_of), or NULL. */
const ng_position *ng_kb_member_position(const ng_kb *kb, const char *type, const ng_unit *unit);
const ng_event_class *ng_kb_event_class(const ng_kb *kb, const char *name);
/* The spelling a given name is compared as ("andrey" -> "andrei"); the word itself if none. */
const char *ng_kb_name_variant(const ng_kb *kb, const char *word);
/* Is word (folded, no period) a suffix that ends a name ("jr", "iii")? */
bool ng_kb_name_suffix(const ng_kb *kb, const char *word);
/* Is word (folded) a family name written first, as "Wang" of "Wang Lei"? */
bool ng_kb_family_first(const ng_kb *kb, const char *word);
size_t ng_kb_npositions(const ng_kb *kb);
const ng_position *ng_kb_position_at(const ng_kb *kb, size_t i);
#endif
