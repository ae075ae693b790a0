/* SPDX-License-Identifier: MIT */
/* kb.c: loads data/ (every CSV file) into typed rows and one phrase lexicon. Every phrase is tokenized by
 * the same tokenizer as articles, so "U.S." or "Côte d'Ivoire" in a table matches the text.
 * Cross-file references (a place's country, a title's position) are checked here: a bad row
 * stops the load with "file:line: message". */
#include "doc.h"
#include "csvread.h"
#include "strmap.h"
#include "text.h"

#include <stdlib.h>

typedef enum {
  T_ABBREV, T_COUNTRIES, T_PLACES, T_UNITS, T_POSITIONS, T_TITLES, T_ORGS, T_HEADS,
  T_GIVEN, T_NAMEWORDS, T_COMMON, T_PRONOUNS, T_CUES, T_CALENDAR, T_EVENT_CLASSES, T_TRIGGERS,
  T_PARTICIPANTS, T_VENUES, T_NAME_VARIANTS, T_GRAMMAR,
  T_COUNT
} table_id;

struct ng_kb {
  ng_table *table[T_COUNT];
  ng_arena *arena;
  ng_strmap *lexicon; /* phrase key -> ng_lex chain */
  ng_strmap *abbrev;  /* folded abbreviation -> (void *)1 never, (void *)2 maybe */
  ng_strmap *country_by_iso2, *position_by_id, *unit_by_id, *event_class_by_name;
  ng_country *countries;
  size_t ncountries;
  ng_position *positions;
  size_t npositions;
  ng_strmap *phrase_tokens; /* first word -> tokens of the longest phrase it starts */
  ng_buf key; /* scratch for building keys */
};

/* ---- lexicon ---- */

/* Tokenize `phrase` and return its key in kb->key, or false when it has no tokens. */
static bool phrase_key(ng_kb *kb, const char *phrase, size_t *ntok) {
  ng_article a = {.text = phrase, .len = strlen(phrase), .source = "(data)"};
  ng_doc *d = ng_doc_new(kb, &a);
  d->whole_words = true; /* keys do not depend on what the tables loaded so far hold */
  ng_tokenize_run(d, NULL);
  ng_buf_clear(&kb->key);
  for (size_t i = 0; i < d->ntok; i++) {
    if (i)
      ng_buf_putc(&kb->key, ' ');
    ng_buf_puts(&kb->key, d->tok[i].norm);
  }
  *ntok = d->ntok;
  ng_doc_free(d);
  return *ntok > 0;
}

/* "US", "IS", "WHO": an acronym of at most three capitals, which the text must write in
 * capitals too ("Is it ...?" is no Islamic State). */
static bool is_short_acronym(const char *phrase) {
  size_t n = strlen(phrase);
  for (size_t i = 0; i < n; i++)
    if (phrase[i] < 'A' || phrase[i] > 'Z')
      return false;
  return n >= 2 && n <= 3;
}

static void lex_add(ng_kb *kb, const char *phrase, ng_lex_kind kind, const void *ref) {
  size_t ntok;
  if (!phrase_key(kb, phrase, &ntok))
    return;
  void **slot = ng_strmap_slot(kb->lexicon, kb->key.data, kb->key.len);
  for (const ng_lex *l = *slot; l; l = l->next)
    if (l->kind == kind && l->ref == ref)
      return;
  ng_lex *e = ng_arena_alloc(kb->arena, sizeof *e);
  e->kind = kind;
  e->ref = ref;
  e->caps_only = is_short_acronym(phrase);
  e->next = *slot;
  *slot = e;
  const char *space = memchr(kb->key.data, ' ', kb->key.len);
  size_t first = space ? (size_t)(space - kb->key.data) : kb->key.len;
  void **longest = ng_strmap_slot(kb->phrase_tokens, kb->key.data, first);
  if ((uintptr_t)*longest < ntok)
    *longest = (void *)(uintptr_t)ntok;
}

/* Add every '|'-separated value of `list`; a leading "the " is dropped (the text has it). */
static void lex_add_list(ng_kb *kb, const char *list, ng_lex_kind kind, const void *ref) {
  while (*list) {
    const char *bar = strchr(list, '|');
    size_t n = bar ? (size_t)(bar - list) : strlen(list);
    char *one = ng_xstrndup(list, n);
    const char *p = one;
    if (strncmp(p, "the ", 4) == 0 || strncmp(p, "The ", 4) == 0)
      p += 4;
    lex_add(kb, p, kind, ref);
    free(one);
    list += n + (bar != NULL);
  }
}

const ng_lex *ng_kb_lookup(const ng_kb *kb, const char *key, size_t len) {
  return ng_strmap_get(kb->lexicon, key, len);
}

size_t ng_kb_phrase_tokens(const ng_kb *kb, const char *word, size_t len) {
  return (uintptr_t)ng_strmap_get(kb->phrase_tokens, word, len);
}

int ng_kb_abbrev(const ng_kb *kb, const char *folded, size_t len) {
  if (!kb || !kb->abbrev)
    return 0;
  return (int)(uintptr_t)ng_strmap_get(kb->abbrev, folded, len);
}

const ng_country *ng_kb_country(const ng_kb *kb, const char *iso2) {
  return ng_strmap_get(kb->country_by_iso2, iso2, strlen(iso2));
}

const ng_position *ng_kb_position(const ng_kb *kb, const char *id) {
  return ng_strmap_get(kb->position_by_id, id, strlen(id));
}

size_t ng_kb_npositions(const ng_kb *kb) { return kb->npositions; }
const ng_position *ng_kb_position_at(const ng_kb *kb, size_t i) { return &kb->positions[i]; }

/* The post whose head_of (or, if member, member_of) lists the unit, else the class. */
static const ng_position *body_position(const ng_kb *kb, const char *type, const ng_unit *unit,
                                        bool member) {
  for (size_t i = 0; unit && i < kb->npositions; i++) /* the body itself: "the Foreign Ministry" */
    if (ng_list_has(member ? kb->positions[i].member_of : kb->positions[i].head_of, unit->id))
      return &kb->positions[i];
  for (size_t i = 0; i < kb->npositions; i++)
    if (ng_list_has(member ? kb->positions[i].member_of : kb->positions[i].head_of, type))
      return &kb->positions[i];
  return NULL;
}

const ng_position *ng_kb_head_position(const ng_kb *kb, const char *type, const ng_unit *unit) {
  return body_position(kb, type, unit, false);
}

const ng_position *ng_kb_member_position(const ng_kb *kb, const char *type, const ng_unit *unit) {
  return body_position(kb, type, unit, true);
}

/* ---- row checks ---- */

struct loader {
  ng_kb *kb;
  const ng_diag *diag;
  const ng_table *t;
  size_t row;
};

static ng_status row_error(const struct loader *ld, const char *fmt, const char *value) {
  char msg[512];
  snprintf(msg, sizeof msg, fmt, value);
  return ng_diag_report(ld->diag, NG_ERR_DATA, "%s:%zu: %s", ng_table_path(ld->t),
                        ng_table_line(ld->t, ld->row), msg);
}

static const char *get(const struct loader *ld, const char *col) {
  return ng_table_get(ld->t, ld->row, ng_table_col(ld->t, col));
}

/* Value of an enumerated column: its index in `allowed`, or -1 after reporting. */
static int enum_value(const struct loader *ld, const char *col, const char *const *allowed,
                      size_t n, ng_status *st) {
  const char *v = get(ld, col);
  for (size_t i = 0; i < n; i++)
    if (strcmp(v, allowed[i]) == 0)
      return (int)i;
  *st = row_error(ld, "unknown value '%s'", v);
  return -1;
}

/* A 0/1 column; an optional one may be absent or empty (false). */
static bool flag_value(const struct loader *ld, const char *col, bool optional, ng_status *st) {
  static const char *const BOOL[] = {"0", "1"};
  if (optional && (ng_table_col(ld->t, col) < 0 || !*get(ld, col)))
    return false;
  return enum_value(ld, col, BOOL, 2, st) == 1;
}

static const ng_country *country_ref(const struct loader *ld, const char *col, bool required,
                                     ng_status *st) {
  const char *v = get(ld, col);
  if (!*v && !required)
    return NULL;
  const ng_country *c = ng_kb_country(ld->kb, v);
  if (!c)
    *st = row_error(ld, "unknown country code '%s' (not in countries.csv)", v);
  return c;
}

static ng_status check_wikidata(const struct loader *ld) {
  const char *q = get(ld, "wikidata");
  if (!*q)
    return NG_OK;
  bool ok = q[0] == 'Q' && q[1];
  for (const char *p = q + 1; ok && *p; p++)
    ok = *p >= '0' && *p <= '9';
  return ok ? NG_OK : row_error(ld, "bad Wikidata id '%s' (want Q123)", q);
}

/* ---- one loader per table ---- */

static const char *const NEVER_MAYBE[] = {"never", "maybe"};

static ng_status load_abbrev(struct loader *ld) {
  ng_status st = NG_OK;
  int v = enum_value(ld, "ends_sentence", NEVER_MAYBE, 2, &st);
  if (st != NG_OK)
    return st;
  const char *a = get(ld, "abbrev");
  ng_buf f = NG_BUF_INIT;
  ng_fold(&f, a, strlen(a), true);
  *ng_strmap_slot(ld->kb->abbrev, f.data, f.len) = (void *)(uintptr_t)(v + 1);
  ng_buf_free(&f);
  return NG_OK;
}

static ng_status load_country(struct loader *ld) {
  static const char *const STATUS[] = {"current", "former"};
  ng_status st = NG_OK;
  ng_country *c = &ld->kb->countries[ld->row];
  c->iso2 = get(ld, "iso2");
  c->iso3 = get(ld, "iso3");
  c->name = get(ld, "name");
  c->capital = get(ld, "capital");
  c->wikidata = get(ld, "wikidata");
  c->former = enum_value(ld, "status", STATUS, 2, &st) == 1;
  if (st != NG_OK)
    return st;
  if (strlen(c->iso2) != 2 || strlen(c->iso3) != 3)
    return row_error(ld, "bad ISO code for '%s'", c->name);
  NG_TRY(st, check_wikidata(ld));
  void **slot = ng_strmap_slot(ld->kb->country_by_iso2, c->iso2, 2);
  if (*slot)
    return row_error(ld, "duplicate iso2 '%s'", c->iso2);
  *slot = c;
  lex_add(ld->kb, c->name, NG_LEX_COUNTRY, c);
  lex_add_list(ld->kb, get(ld, "aliases"), NG_LEX_COUNTRY, c);
  lex_add_list(ld->kb, get(ld, "demonyms"), NG_LEX_DEMONYM, c);
  return NG_OK;
}

static ng_status load_place(struct loader *ld) {
  static const char *const KINDS[] = {"capital", "city", "region", "district"};
  ng_status st = NG_OK;
  ng_place *p = ng_arena_alloc(ld->kb->arena, sizeof *p);
  p->id = get(ld, "id");
  p->name = get(ld, "name");
  p->kind = KINDS[0];
  int k = enum_value(ld, "kind", KINDS, NG_COUNTOF(KINDS), &st);
  p->country = country_ref(ld, "country", true, &st);
  if (st != NG_OK)
    return st;
  p->kind = KINDS[k];
  p->wikidata = get(ld, "wikidata");
  NG_TRY(st, check_wikidata(ld));
  lex_add(ld->kb, p->name, NG_LEX_PLACE, p);
  lex_add_list(ld->kb, get(ld, "aliases"), NG_LEX_PLACE, p);
  lex_add_list(ld->kb, get(ld, "demonyms"), NG_LEX_PLACE_DEMONYM, p);
  return NG_OK;
}

static ng_status load_unit(struct loader *ld) {
  const char *id = get(ld, "id");
  void **slot = ng_strmap_slot(ld->kb->unit_by_id, id, strlen(id));
  ng_unit *u = *slot;
  if (!u) {
    u = ng_arena_alloc(ld->kb->arena, sizeof *u);
    u->id = id;
    u->label = get(ld, "label");
    u->type = get(ld, "type");
    *slot = u;
  }
  lex_add(ld->kb, get(ld, "phrase"), NG_LEX_UNIT, u);
  return NG_OK;
}

static ng_status load_position(struct loader *ld) {
  ng_status st = NG_OK;
  ng_position *p = &ld->kb->positions[ld->row];
  p->id = get(ld, "id");
  p->label = get(ld, "label");
  p->wikidata = get(ld, "wikidata");
  p->to_country = flag_value(ld, "to_country", false, &st);
  p->in_org = flag_value(ld, "in_org", true, &st);
  p->profession = flag_value(ld, "profession", true, &st);
  p->head_of = get(ld, "head_of");
  p->member_of = get(ld, "member_of");
  if (st != NG_OK)
    return st;
  NG_TRY(st, check_wikidata(ld));
  const char *unit = get(ld, "unit");
  if (*unit && !(p->unit = ng_strmap_get(ld->kb->unit_by_id, unit, strlen(unit))))
    return row_error(ld, "unknown unit '%s' (not in org_units.csv)", unit);
  void **slot = ng_strmap_slot(ld->kb->position_by_id, p->id, strlen(p->id));
  if (*slot)
    return row_error(ld, "duplicate position id '%s'", p->id);
  *slot = p;
  return NG_OK;
}

/* An optional gender column: 'm', 'f', or 0 when empty. */
static char gender_value(const struct loader *ld, ng_status *st) {
  static const char *const GENDERS[] = {"", "m", "f"};
  int g = enum_value(ld, "gender", GENDERS, 3, st);
  return g > 0 ? GENDERS[g][0] : 0;
}

static ng_status load_title(struct loader *ld) {
  static const char *const KINDS[] = {"office", "rank", "honorific", "head", "counterpart",
                                      "member"};
  ng_status st = NG_OK;
  ng_title *t = ng_arena_alloc(ld->kb->arena, sizeof *t);
  t->title = get(ld, "title");
  t->kind = (ng_title_kind)enum_value(ld, "kind", KINDS, NG_COUNTOF(KINDS), &st);
  t->country = ng_table_col(ld->t, "country") >= 0 ? country_ref(ld, "country", false, &st) : NULL;
  t->before_name = flag_value(ld, "before_name", true, &st);
  t->gender = gender_value(ld, &st);
  if (st != NG_OK)
    return st;
  const char *pos = get(ld, "position");
  t->pos = *pos ? ng_kb_position(ld->kb, pos) : NULL;
  if (*pos && !t->pos)
    return row_error(ld, "unknown position '%s' (not in positions.csv)", pos);
  bool positionless = t->kind == NG_TITLE_HONORIFIC || t->kind == NG_TITLE_HEAD ||
                     t->kind == NG_TITLE_COUNTERPART || t->kind == NG_TITLE_MEMBER;
  if (!t->pos != positionless)
    return row_error(ld, "title '%s' needs a position unless it is an honorific, a head or a "
                         "counterpart, which have none", t->title);
  lex_add(ld->kb, t->title, NG_LEX_TITLE, t);
  return NG_OK;
}

static ng_status load_org(struct loader *ld) {
  ng_status st = NG_OK;
  ng_org *o = ng_arena_alloc(ld->kb->arena, sizeof *o);
  o->id = get(ld, "id");
  o->name = get(ld, "name");
  o->type = get(ld, "type");
  o->wikidata = get(ld, "wikidata");
  o->country = country_ref(ld, "country", false, &st);
  if (st != NG_OK)
    return st;
  NG_TRY(st, check_wikidata(ld));
  lex_add(ld->kb, o->name, NG_LEX_ORG, o);
  lex_add_list(ld->kb, get(ld, "aliases"), NG_LEX_ORG, o);
  lex_add_list(ld->kb, get(ld, "adjectives"), NG_LEX_ORG_ADJ, o);
  return NG_OK;
}

static ng_status load_head(struct loader *ld) {
  static const char *const TARGETS[] = {"org", "place"};
  ng_status st = NG_OK;
  ng_head *h = ng_arena_alloc(ld->kb->arena, sizeof *h);
  h->word = get(ld, "word");
  h->type = get(ld, "type");
  h->target = (ng_head_target)enum_value(ld, "entity", TARGETS, 2, &st);
  h->national = flag_value(ld, "national", true, &st);
  const char *refers = get(ld, "refers");
  h->refers = *refers ? ng_arena_strndup(ld->kb->arena, refers, strlen(refers)) : NULL;
  h->first = flag_value(ld, "first", true, &st);
  if (st == NG_OK)
    lex_add(ld->kb, h->word, NG_LEX_HEAD, h);
  return st;
}

/* "Kari" and "Kári" are one key once accents fold: a name the list gives two genders (or one
 * and none) says nothing of the gender, whichever row comes last. */
static void add_given(ng_kb *kb, const char *name, char gender) {
  size_t ntok;
  if (!phrase_key(kb, name, &ntok))
    return;
  void **slot = ng_strmap_slot(kb->lexicon, kb->key.data, kb->key.len);
  for (ng_lex *l = *slot; l; l = (ng_lex *)l->next) /* the kb's arena owns them all */
    if (l->kind == NG_LEX_GIVEN) {
      if ((char)(uintptr_t)l->ref != gender)
        l->ref = NULL;
      return;
    }
  lex_add(kb, name, NG_LEX_GIVEN, (void *)(uintptr_t)gender);
}

static ng_status load_given(struct loader *ld) {
  ng_status st = NG_OK;
  char gender = gender_value(ld, &st);
  if (st == NG_OK)
    add_given(ld->kb, get(ld, "name"), gender);
  return st;
}

static ng_status load_nameword(struct loader *ld) {
  static const char *const KINDS[] = {"particle", "suffix", "family_first"};
  static const ng_lex_kind LEX[] = {NG_LEX_PARTICLE, NG_LEX_SUFFIX, NG_LEX_FAMILY_FIRST};
  ng_status st = NG_OK;
  int k = enum_value(ld, "kind", KINDS, NG_COUNTOF(KINDS), &st);
  if (st == NG_OK)
    lex_add(ld->kb, get(ld, "word"), LEX[k], NULL);
  return st;
}

static ng_status load_common(struct loader *ld) {
  static const char *const KINDS[] = {"function", "weekday", "month", "other"};
  ng_status st = NG_OK;
  int k = enum_value(ld, "kind", KINDS, 4, &st);
  if (st == NG_OK)
    lex_add(ld->kb, get(ld, "word"), NG_LEX_COMMON, (void *)(uintptr_t)k);
  return st;
}

static ng_status load_pronoun(struct loader *ld) {
  static const char *const GENDERS[] = {"m", "f", "n"};
  static const char *const NUMBERS[] = {"sg", "pl"};
  ng_status st = NG_OK;
  ng_pronoun *p = ng_arena_alloc(ld->kb->arena, sizeof *p);
  int g = enum_value(ld, "gender", GENDERS, 3, &st);
  p->plural = enum_value(ld, "number", NUMBERS, 2, &st) == 1;
  if (st != NG_OK)
    return st;
  p->gender = GENDERS[g][0];
  lex_add(ld->kb, get(ld, "word"), NG_LEX_PRONOUN, p);
  return NG_OK;
}

static ng_status load_cue(struct loader *ld) {
  static const char *const KINDS[] = {"speech", "support", "undergo"};
  ng_status st = NG_OK;
  int k = enum_value(ld, "kind", KINDS, 3, &st);
  if (st == NG_OK) /* an undergo verb is a support verb whose subject is the patient */
    lex_add(ld->kb, get(ld, "word"), k ? NG_LEX_SUPPORT : NG_LEX_CUE, (void *)(uintptr_t)(k == 2));
  return st;
}

static ng_status load_trigger(struct loader *ld) {
  static const char *const SUBJECTS[] = {"agent", "patient"};
  static const char *const POS[] = {"verb", "noun", "doer"};
  ng_status st = NG_OK;
  ng_trigger *t = ng_arena_alloc(ld->kb->arena, sizeof *t);
  t->word = get(ld, "word");
  t->cls = ng_kb_event_class(ld->kb, get(ld, "class"));
  t->cameo = get(ld, "cameo");
  if (!t->cls)
    return row_error(ld, "unknown event class '%s' (not in event_classes.csv)", get(ld, "class"));
  t->subject_is_patient = enum_value(ld, "subject", SUBJECTS, 2, &st) == 1;
  int pos = enum_value(ld, "pos", POS, 3, &st);
  t->noun = pos >= 1;
  t->doer = pos == 2;
  t->intransitive = flag_value(ld, "intransitive", true, &st);
  for (const char *c = t->cameo; st == NG_OK && *c; c++)
    if (*c < '0' || *c > '9')
      return row_error(ld, "CAMEO code '%s' is not a number", t->cameo);
  if (st == NG_OK)
    lex_add(ld->kb, t->word, NG_LEX_TRIGGER, t);
  return st;
}

static ng_status load_event_class(struct loader *ld) {
  ng_status st = NG_OK;
  ng_event_class *c = ng_arena_alloc(ld->kb->arena, sizeof *c);
  c->name = get(ld, "class");
  c->label = get(ld, "label");
  c->cameo = get(ld, "cameo");
  c->kairos = get(ld, "kairos");
  c->merge = flag_value(ld, "merge", false, &st);
  c->scene = flag_value(ld, "scene", true, &st);
  c->partner = flag_value(ld, "partner", true, &st);
  c->by_speaker = flag_value(ld, "by_speaker", true, &st);
  c->person_patient = flag_value(ld, "person_patient", true, &st);
  c->person_object = flag_value(ld, "person_object", true, &st) || c->person_patient;
  c->audience = flag_value(ld, "audience", true, &st);
  c->home = flag_value(ld, "home", true, &st);
  c->once = flag_value(ld, "once", true, &st);
  c->offence = flag_value(ld, "offence", true, &st);
  const char *parent = get(ld, "parent");
  c->parent = *parent ? ng_kb_event_class(ld->kb, parent) : NULL;
  if (st != NG_OK)
    return st;
  if (*parent && !c->parent)
    return row_error(ld, "unknown parent class '%s' (classes must come after their parent)",
                     parent);
  if (c->parent) { /* what a family does, its classes do: an Assassination is an Attack */
    c->partner |= c->parent->partner;
    c->by_speaker |= c->parent->by_speaker;
    c->person_patient |= c->parent->person_patient;
    c->person_object |= c->parent->person_object;
    c->offence |= c->parent->offence;
  }
  void **slot = ng_strmap_slot(ld->kb->event_class_by_name, c->name, strlen(c->name));
  if (*slot)
    return row_error(ld, "duplicate event class '%s'", c->name);
  *slot = c;
  return NG_OK;
}

const ng_event_class *ng_kb_event_class(const ng_kb *kb, const char *name) {
  return ng_strmap_get(kb->event_class_by_name, name, strlen(name));
}

const ng_event_class *ng_event_family(const ng_event_class *c) {
  while (c->parent && c->parent->parent)
    c = c->parent;
  return c;
}

bool ng_event_in_family(const ng_event_class *c, const char *family) {
  return !strcmp(ng_event_family(c)->name, family);
}

bool ng_event_is_a(const ng_event_class *c, const char *name) {
  for (; c; c = c->parent)
    if (!strcmp(c->name, name))
      return true;
  return false;
}

static ng_status load_grammar(struct loader *ld) {
  static const char *const ROLES[NG_GRAM_COUNT] = {
      "determiner",   "noun_context", "passive_aux", "clause_break",   "patient_prep",
      "place_prep",   "definite",     "description_det", "role_link",  "title_copula",
      "first_person",   "relative_who", "subject_pronoun",
      "relative",     "preposition",  "participle", "number", "collective",
      "indefinite",   "negative",     "capital",      "accusation",   "adverb",
      "modal",        "web_address",  "perfect",      "negation",     "conditional",
      "unreal_head",  "until",        "series",       "temporal",     "vehicle",      "warning",      "volition",     "question",
      "unreal_mod",   "offence_head", "ailment",      "no_recipient", "hearsay",
      "toll_verb",    "toll",         "identify",     "possessive",   "another",      "org_noun",
      "object_pronoun", "where_prep", "title_adjective", "reflexive", "subordinator", "pair",
      "no_event_head", "cause_prep", "offence_noun",
      "period_start", "departure", "subject_control", "duration", "homeland",
      "destination", "hinder", "resultative", "among",
      "elided_relative", "scene", "risk", "stoppage",
      "suspect", "incarceration", "directive",
      "inverting", "judicial", "evade", "call_off"};
  ng_status st = NG_OK;
  int r = enum_value(ld, "role", ROLES, NG_GRAM_COUNT, &st);
  if (st == NG_OK)
    lex_add(ld->kb, get(ld, "word"), NG_LEX_GRAMMAR, (void *)(uintptr_t)r);
  return st;
}

static ng_status load_name_variant(struct loader *ld) {
  lex_add(ld->kb, get(ld, "variant"), NG_LEX_NAME_VARIANT, get(ld, "canonical"));
  return NG_OK;
}

bool ng_kb_family_first(const ng_kb *kb, const char *word) {
  return ng_lex_find(ng_kb_lookup(kb, word, strlen(word)), NG_LEX_FAMILY_FIRST) != NULL;
}

bool ng_kb_name_suffix(const ng_kb *kb, const char *word) {
  return ng_lex_find(ng_kb_lookup(kb, word, strlen(word)), NG_LEX_SUFFIX) != NULL;
}

const char *ng_kb_name_variant(const ng_kb *kb, const char *word) {
  const ng_lex *l = ng_lex_find(ng_kb_lookup(kb, word, strlen(word)), NG_LEX_NAME_VARIANT);
  return l ? l->ref : word;
}

static ng_status load_participant(struct loader *ld) {
  ng_status st = NG_OK;
  ng_participant_word *p = ng_arena_alloc(ld->kb->arena, sizeof *p);
  p->word = get(ld, "word");
  p->group = get(ld, "group");
  p->plural = flag_value(ld, "plural", false, &st);
  p->gender = gender_value(ld, &st);
  p->anaphoric = flag_value(ld, "anaphoric", false, &st);
  const char *doer = get(ld, "doer_of");
  p->doer_of = *doer ? ng_kb_event_class(ld->kb, doer) : NULL;
  if (*doer && !p->doer_of)
    return row_error(ld, "unknown event class '%s'", doer);
  if (st == NG_OK)
    lex_add(ld->kb, p->word, NG_LEX_PARTICIPANT, p);
  return st;
}

static ng_status load_venue(struct loader *ld) {
  ng_status st = NG_OK;
  ng_venue_word *v = ng_arena_alloc(ld->kb->arena, sizeof *v);
  v->word = get(ld, "word");
  v->type = get(ld, "type");
  v->surface = flag_value(ld, "surface", true, &st);
  if (st == NG_OK)
    lex_add(ld->kb, v->word, NG_LEX_VENUE, v);
  return st;
}

static ng_status load_calendar(struct loader *ld) {
  static const char *const KINDS[] = {"month",     "weekday", "relday", "future",
                                      "year_prep", "ampm",    "shift",  "daypart",
                                      "past",      "year_shift", "count",  "unit",
                                      "sequence",  "range_to",   "period",  "deadline",
                                      "present",   "later",      "ago"};
  static const int MIN[] = {1, 1, -7, 0, 0, 0, -7, 0, 0, -1, 1, 1, -1, 0, 1, 0, 0, -1, 0},
                   MAX[] = {12, 7, 7, 0, 0, 12, 7, 0, 0, 1, 31, 7, 1, 0, 12, 0, 0, 1, 0};
  ng_status st = NG_OK;
  ng_calendar_word *c = ng_arena_alloc(ld->kb->arena, sizeof *c);
  int k = enum_value(ld, "kind", KINDS, NG_COUNTOF(KINDS), &st);
  if (st != NG_OK)
    return st;
  c->kind = (ng_cal_kind)k;
  c->value = atoi(get(ld, "value"));
  if (c->value < MIN[k] || c->value > MAX[k])
    return row_error(ld, "value out of range for '%s'", get(ld, "word"));
  lex_add(ld->kb, get(ld, "word"), NG_LEX_CALENDAR, c);
  return NG_OK;
}

/* ---- the table list ---- */

#define COLS(...) ((const ng_colspec[]){__VA_ARGS__})
#define NCOLS(...) (sizeof((const ng_colspec[]){__VA_ARGS__}) / sizeof(ng_colspec))
#define TABLE(id, file, fn, ...) {id, file, fn, COLS(__VA_ARGS__), NCOLS(__VA_ARGS__)}

static const struct table_def {
  table_id id;
  const char *file;
  ng_status (*load_row)(struct loader *);
  const ng_colspec *cols;
  size_t ncols;
} TABLES[] = {
    /* order matters: a table may refer only to those above it */
    TABLE(T_ABBREV, "abbreviations.csv", load_abbrev, {"abbrev", true}, {"ends_sentence", true}),
    TABLE(T_COUNTRIES, "countries.csv", load_country, {"iso2", true}, {"iso3", true},
          {"name", true}, {"aliases", false}, {"demonyms", false}, {"capital", false},
          {"wikidata", false}, {"status", true}),
    TABLE(T_PLACES, "places.csv", load_place, {"id", true}, {"name", true}, {"aliases", false},
          {"country", true}, {"kind", true}, {"wikidata", false}),
    TABLE(T_UNITS, "org_units.csv", load_unit, {"id", true}, {"phrase", true}, {"label", true},
          {"type", true}),
    TABLE(T_POSITIONS, "positions.csv", load_position, {"id", true}, {"label", true},
          {"to_country", true}, {"unit", false}, {"in_org", false}, {"wikidata", false},
          {"head_of", false}, {"member_of", false}, {"profession", false}),
    TABLE(T_TITLES, "titles.csv", load_title, {"title", true}, {"position", false},
          {"kind", true}, {"country", false}),
    TABLE(T_ORGS, "organizations.csv", load_org, {"id", true}, {"name", true},
          {"aliases", false}, {"type", true}, {"country", false}, {"wikidata", false},
          {"adjectives", false}),
    TABLE(T_HEADS, "heads.csv", load_head, {"word", true}, {"entity", true}, {"type", true},
          {"national", false}, {"refers", false}, {"first", false}),
    TABLE(T_GIVEN, "given_names.csv", load_given, {"name", true}, {"gender", false}),
    TABLE(T_NAMEWORDS, "name_words.csv", load_nameword, {"word", true}, {"kind", true}),
    TABLE(T_COMMON, "common_words.csv", load_common, {"word", true}, {"kind", true}),
    TABLE(T_PRONOUNS, "pronouns.csv", load_pronoun, {"word", true}, {"gender", true},
          {"number", true}),
    TABLE(T_CUES, "cues.csv", load_cue, {"word", true}, {"kind", true}),
    TABLE(T_CALENDAR, "calendar.csv", load_calendar, {"word", true}, {"kind", true},
          {"value", false}),
    TABLE(T_EVENT_CLASSES, "event_classes.csv", load_event_class, {"class", true},
          {"parent", false}, {"label", true}, {"cameo", false}, {"kairos", false},
          {"merge", true}, {"scene", false}, {"partner", false},
          {"by_speaker", false}, {"person_patient", false}, {"person_object", false}),
    TABLE(T_TRIGGERS, "triggers.csv", load_trigger, {"word", true}, {"class", true},
          {"cameo", false}, {"subject", true}, {"pos", true}, {"intransitive", false}),
    TABLE(T_PARTICIPANTS, "participants.csv", load_participant, {"word", true}, {"group", true},
          {"plural", true}, {"gender", false}, {"anaphoric", true}, {"doer_of", false}),
    TABLE(T_VENUES, "venues.csv", load_venue, {"word", true}, {"type", true},
          {"surface", false}),
    TABLE(T_NAME_VARIANTS, "name_variants.csv", load_name_variant, {"variant", true},
          {"canonical", true}),
    TABLE(T_GRAMMAR, "grammar.csv", load_grammar, {"word", true}, {"role", true}),
};

static ng_status load_table(ng_kb *kb, const char *dir, const struct table_def *def,
                            const ng_diag *diag) {
  ng_status st;
  NG_TRY(st, ng_table_load(&kb->table[def->id], dir, def->file, def->cols, def->ncols, diag));
  struct loader ld = {.kb = kb, .diag = diag, .t = kb->table[def->id]};
  size_t n = ng_table_rows(ld.t);
  if (def->id == T_COUNTRIES)
    kb->countries = ng_xcalloc(n, sizeof *kb->countries), kb->ncountries = n;
  if (def->id == T_POSITIONS)
    kb->positions = ng_xcalloc(n, sizeof *kb->positions), kb->npositions = n;
  for (ld.row = 0; ld.row < n; ld.row++)
    NG_TRY(st, def->load_row(&ld));
  return NG_OK;
}

/* A capital named in countries.csv must be a place of that country; the country keeps it. */
static ng_status check_capitals(ng_kb *kb, const ng_diag *diag) {
  struct loader ld = {.kb = kb, .diag = diag, .t = kb->table[T_COUNTRIES]};
  for (ld.row = 0; ld.row < kb->ncountries; ld.row++) {
    ng_country *c = &kb->countries[ld.row];
    if (!*c->capital)
      continue;
    size_t ntok;
    phrase_key(kb, c->capital, &ntok);
    for (const ng_lex *l = ng_kb_lookup(kb, kb->key.data, kb->key.len); l; l = l->next)
      if (l->kind == NG_LEX_PLACE && ((const ng_place *)l->ref)->country == c)
        c->capital_place = l->ref;
    if (!c->capital_place)
      return row_error(&ld, "capital '%s' is not a place of this country in places.csv",
                       c->capital);
  }
  return NG_OK;
}

ng_status ng_kb_load(ng_kb **out, const char *dir, const ng_diag *diag) {
  *out = NULL;
  ng_kb *kb = ng_xcalloc(1, sizeof *kb);
  kb->arena = ng_arena_new();
  kb->lexicon = ng_strmap_new();
  kb->phrase_tokens = ng_strmap_new();
  kb->abbrev = ng_strmap_new();
  kb->country_by_iso2 = ng_strmap_new();
  kb->position_by_id = ng_strmap_new();
  kb->unit_by_id = ng_strmap_new();
  kb->event_class_by_name = ng_strmap_new();
  ng_status st = NG_OK;
  for (size_t i = 0; i < NG_COUNTOF(TABLES) && st == NG_OK; i++)
    st = load_table(kb, dir, &TABLES[i], diag);
  if (st == NG_OK)
    st = check_capitals(kb, diag);
  if (st != NG_OK) {
    ng_kb_free(kb);
    return st;
  }
  *out = kb;
  return NG_OK;
}

void ng_kb_free(ng_kb *kb) {
  if (!kb)
    return;
  for (size_t i = 0; i < T_COUNT; i++)
    ng_table_free(kb->table[i]);
  ng_strmap_free(kb->lexicon);
  ng_strmap_free(kb->phrase_tokens);
  ng_strmap_free(kb->abbrev);
  ng_strmap_free(kb->country_by_iso2);
  ng_strmap_free(kb->position_by_id);
  ng_strmap_free(kb->unit_by_id);
  ng_strmap_free(kb->event_class_by_name);
  ng_arena_free(kb->arena);
  free(kb->countries);
  free(kb->positions);
  ng_buf_free(&kb->key);
  free(kb);
}
