/* SPDX-License-Identifier: MIT */
/* merge.c: many graphs -> one. Two passes over the quads, so memory holds only what linking
 * needs (people, tenures, events), never the triples themselves:
 *   1. collect: parse the inputs once, on several threads (parread.c); keep names, sameAs
 *      links, tenure keys, event classes, participants, dates, sources; every quad is spilled
 *      to a temporary file; then decide the canonical IRI of every person, tenure and event;
 *   2. rewrite: every spilled quad with canonical IRIs into external sorters (duplicates
 *      go; one sorter per part of the spill, each filled on a thread of its own), plus
 *      owl:sameAs for merged-away people and ng:supportCount for facts, then serialize.
 * Canonical IRIs depend only on the IRIs in a cluster (never on input order or counts), and
 * merged-away IRIs keep an owl:sameAs, so merging is commutative, associative and idempotent. */
#include "merge.h"
#include "parread.h"
#include "rdf_in.h"
#include "sorter.h"
#include "strmap.h"
#include "text.h"
#include "vocab.h"

#include "timex.h"

#include <ctype.h>
#include <inttypes.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>

typedef enum { N_OTHER, N_PERSON, N_TENURE, N_EVENT } node_kind;

/* Every string of the linking state is interned in merger.by_iri (one copy each), so lists
 * compare by pointer and nothing is freed string by string. */
typedef struct strlist {
  const char **v;
  uint32_t n, cap; /* small: six lists in each of many nodes */
} strlist;

/* What a named node says (people above all). */
typedef struct naming {
  strlist names;     /* schema:name values */
  strlist countries; /* person: countries of their tenures and nationality */
  strlist positions; /* person: positions of their tenures */
} naming;

/* What a tenure says. */
typedef struct tenure {
  const char *holder, *position, *country, *to; /* its key (N-Triples forms) */
  const char *start, *end;                      /* earliest start, latest end (lexical) */
} tenure;

/* One per subject that linking needs, so kept small: what only some nodes say sits in a
 * naming or tenure of their own (in merger.facts), found through a pointer that is NULL
 * while they say nothing of it. */
typedef struct node {
  const char *iri;              /* N-Triples form */
  strlist sources;              /* prov:wasDerivedFrom */
  naming *naming;               /* names, countries, posts; or NULL */
  tenure *tenure;               /* tenure facts; or NULL */
  const ng_event_class *family; /* event */
  const char *canon;            /* canonical IRI (N-Triples form), or NULL: itself */
  int parent;                   /* union-find */
  int same;                     /* participant root: the person the reports name, -1 or -2 */
  int smallest;                 /* participant root: the member with the smallest IRI */
  uint8_t kind;                 /* node_kind */
  bool participant;             /* described, not named ("the gunman") */
  bool key;                     /* event: a participant of another event (see bucket_report) */
  bool group;                   /* participant: several people ("the protesters") */
} node;

/* What one article says of an event: the facts of one subject in one named graph. Events are
 * linked report by report, so that a graph merged earlier (whose events hold several reports)
 * links as its articles would: merging stays associative. */
typedef struct report {
  int event;                 /* node of the subject */
  strlist sources;           /* prov:wasDerivedFrom */
  strlist agents, patients;
  strlist places;            /* ng:place below a country: cities, districts, venues */
  strlist dates;             /* lexical dates */
} report;

typedef struct merger {
  const ng_kb *kb;
  const ng_merge_options *opt;
  ng_strmap *by_iri; /* interned strings; an IRI (N-Triples form) of a node -> its index + 1 */
  ng_arena *facts;   /* the namings and tenures of nodes */
  node *nodes;
  size_t n, cap;
  ng_strmap *by_report; /* (subject node, graph) -> report index + 1 */
  report *reports;
  size_t nreports, repcap;
  size_t unions;        /* links made so far: linking repeats until it makes none */
  bool keys_renamed;    /* choose_events renamed an event that is a participant: see link_all */
  const char **same_as; /* pairs */
  size_t nsame, samecap;
  char *links_graph;
  struct memo *memo; /* see node_interned(); NULL until linking compares events */
  int last_subject;       /* see subject_node(); -1 at first */
  const char *last_graph; /* interned, see report_of() */
  ng_parread *read; /* pass 1's quads, for pass 2 */
  const ng_diag *diag;
} merger;

static const char *intern(merger *m, const char *s) {
  return ng_strmap_intern(m->by_iri, s, strlen(s));
}

/* Add an interned string once. Most lists hold one or two strings and there are hundreds
 * of thousands of them, so they start small. */
static void list_add(strlist *l, const char *s) {
  for (size_t i = 0; i < l->n; i++)
    if (l->v[i] == s)
      return;
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 2;
    l->v = ng_xrealloc(l->v, l->cap * sizeof *l->v);
  }
  l->v[l->n++] = s;
}

static void list_free(strlist *l) { free(l->v); }

#define MEMO_SIZE ((size_t)1 << 16) /* a power of two */

/* The node of an interned string, remembered by its address (interned strings never move). */
struct memo {
  const char *s;
  int node;
};

/* The node of an IRI (N-Triples form), created when asked to; -1 if absent. */
static int node_of(merger *m, const char *iri, bool create) {
  if (!create) {
    void *v = ng_strmap_get(m->by_iri, iri, strlen(iri));
    return v ? (int)(uintptr_t)v - 1 : -1;
  }
  if (m->memo) /* a new node: what the memo says "absent" may now be present */
    memset(m->memo, 0, MEMO_SIZE * sizeof *m->memo);
  const char *key;
  void **slot = ng_strmap_slot_interned(m->by_iri, iri, strlen(iri), &key);
  if (*slot)
    return (int)(uintptr_t)*slot - 1;
  NG_GROW(m->nodes, m->n, m->cap);
  node *x = &m->nodes[m->n];
  memset(x, 0, sizeof *x);
  x->iri = key;
  x->parent = (int)m->n;
  x->same = -1;
  x->smallest = (int)m->n;
  *slot = (void *)(uintptr_t)(m->n + 1);
  return (int)m->n++;
}

static const naming NO_NAMING;
static const tenure NO_TENURE;

/* What node x says, read-only: empty when it says nothing. */
static const naming *naming_of(const node *x) { return x->naming ? x->naming : &NO_NAMING; }
static const tenure *tenure_of(const node *x) { return x->tenure ? x->tenure : &NO_TENURE; }

/* What node x says, to be written. */
static naming *naming_w(merger *m, node *x) {
  if (!x->naming) {
    x->naming = ng_arena_alloc(m->facts, sizeof *x->naming);
    memset(x->naming, 0, sizeof *x->naming);
  }
  return x->naming;
}

static tenure *tenure_w(merger *m, node *x) {
  if (!x->tenure) {
    x->tenure = ng_arena_alloc(m->facts, sizeof *x->tenure);
    memset(x->tenure, 0, sizeof *x->tenure);
  }
  return x->tenure;
}

static void set_field(merger *m, const char **field, const char *v) {
  if (!*field)
    *field = intern(m, v);
}

/* ---- pass 1: what linking needs ---- */

static const char *ng_local(const char *iri_nt) {
  size_t k = strlen(NS_NG);
  return !strncmp(iri_nt + 1, NS_NG, k) ? iri_nt + 1 + k : NULL;
}

static void collect_type(merger *m, node *x, const char *o) {
  const char *local = ng_local(o);
  if (!local)
    return;
  char name[128];
  snprintf(name, sizeof name, "%.*s", (int)(strlen(local) - 1), local);
  if (!strcmp(name, "Person") && x->kind == N_OTHER)
    x->kind = N_PERSON;
  else if (!strcmp(name, "Participant"))
    x->participant = true;
  else if (!strcmp(name, "Group"))
    x->group = true;

  else if (!strcmp(name, "Tenure"))
    x->kind = N_TENURE;
  else {
    const ng_event_class *c = ng_kb_event_class(m->kb, name);
    if (c) {
      x->kind = N_EVENT;
      if (!x->family)
        x->family = ng_event_family(c);
    }
  }
}

/* Is the N-Triples IRI p the vocabulary term id? One pass, no strlen: every quad asks this
 * a dozen times. */
static bool is(const char *p, int id) {
  const char *v = ng_vocab_iri[id];
  if (*p++ != '<')
    return false;
  while (*v && *p == *v)
    p++, v++;
  return !*v && p[0] == '>' && !p[1];
}

/* Does a quad with predicate p say anything linking needs? (Most quads, mentions above all,
 * do not: they never create a node.) */
static bool decide_relevant(const ng_kb *kb, const ng_quad *q) {
  static const int PREDICATES[] = {
      V_SCHEMA_name,   V_OWL_sameAs,     V_PROV_wasDerivedFrom, V_NG_holder,
      V_NG_position,   V_NG_country,     V_NG_toCountry,        V_NG_startDate,
      V_NG_endDate,    V_NG_agent,       V_NG_patient,          V_NG_date,
      V_SCHEMA_nationality, V_NG_place};
  if (is(q->p, V_RDF_type)) {
    const char *local = ng_local(q->o);
    if (!local)
      return false;
    char name[128];
    snprintf(name, sizeof name, "%.*s", (int)(strlen(local) - 1), local);
    return !strcmp(name, "Person") || !strcmp(name, "Participant") || !strcmp(name, "Group") ||
           !strcmp(name, "Tenure") || ng_kb_event_class(kb, name);
  }
  for (size_t i = 0; i < NG_COUNTOF(PREDICATES); i++)
    if (is(q->p, PREDICATES[i]))
      return true;
  return false;
}

/* The report of subject node i in the quad's graph, created when asked to. The key is the
 * node and the interned graph string, as bytes: small, for there are many reports. */
static report *report_of(merger *m, int i, const char *graph) {
  struct {
    const char *graph;
    int node;
  } key;
  memset(&key, 0, sizeof key); /* the padding is part of the key */
  if (graph && (!m->last_graph || strcmp(m->last_graph, graph) != 0))
    m->last_graph = intern(m, graph); /* the same for all of an article's quads */
  key.graph = graph ? m->last_graph : NULL;
  key.node = i;
  void **slot = ng_strmap_slot(m->by_report, (const char *)&key, sizeof key);
  if (!*slot) {
    NG_GROW(m->reports, m->nreports, m->repcap);
    memset(&m->reports[m->nreports], 0, sizeof(report));
    m->reports[m->nreports].event = i;
    *slot = (void *)(uintptr_t)(++m->nreports);
  }
  return &m->reports[(uintptr_t)*slot - 1];
}

/* The facts an event's report gives (any subject may turn out to be an event: its type can
 * come after them; one typed already as a person or a tenure will not, and gets no report:
 * there is one of those for every article that names them). */
static void collect_report(merger *m, int i, const ng_quad *q) {
  const node *x = &m->nodes[i];
  if (x->kind == N_PERSON || x->kind == N_TENURE || x->participant)
    return;
  const char *p = q->p;
  bool role = (is(p, V_NG_agent) || is(p, V_NG_patient)) && q->o[0] == '<';
  bool date = is(p, V_NG_date) && q->o_value;
  bool place = is(p, V_NG_place) && q->o[0] == '<' && !strstr(q->o, "/country/");
  if (!role && !date && !place && !is(p, V_PROV_wasDerivedFrom))
    return;
  report *r = report_of(m, i, q->g);
  if (place) {
    list_add(&r->places, intern(m, q->o));
  } else if (role) {
    list_add(is(p, V_NG_agent) ? &r->agents : &r->patients, intern(m, q->o));
  } else if (date) {
    list_add(&r->dates, intern(m, q->o_value));
  } else {
    list_add(&r->sources, intern(m, q->o));
  }
}

/* decide_relevant() once per predicate (and per class, for rdf:type): a handful of strings
 * that every quad would otherwise compare against the vocabulary. A class is remembered with
 * its NUL as part of the key, so that it never meets a predicate. Runs on reader threads. */
static bool relevant(const ng_quad *q, ng_strmap *memo, const void *kb) {
  bool typed = is(q->p, V_RDF_type);
  const char *key = typed ? q->o : q->p;
  void **slot = ng_strmap_slot(memo, key, strlen(key) + typed);
  if (!*slot)
    *slot = (void *)(uintptr_t)(decide_relevant(kb, q) ? 2 : 1);
  return (uintptr_t)*slot == 2;
}

/* The node of a kept quad's subject: quads come grouped by subject, so most ask for the
 * subject of the quad before (a strcmp instead of a hash lookup that misses the cache). */
static int subject_node(merger *m, const char *s) {
  if (m->last_subject < 0 || strcmp(m->nodes[m->last_subject].iri, s) != 0)
    m->last_subject = node_of(m, s, true);
  return m->last_subject;
}

/* A quad relevant() kept, with an IRI subject, in input order. */
static ng_status collect(const ng_quad *q, void *payload) {
  merger *m = payload;
  int i = subject_node(m, q->s); /* may move m->nodes: index first, then point */
  node *x = &m->nodes[i];
  const char *p = q->p;
  if (is(p, V_RDF_type))
    collect_type(m, x, q->o);
  else if (is(p, V_SCHEMA_name) && q->o_value)
    list_add(&naming_w(m, x)->names, intern(m, q->o_value));
  else if (is(p, V_OWL_sameAs) && q->o[0] == '<') {
    NG_GROW(m->same_as, m->nsame + 1, m->samecap);
    m->same_as[m->nsame++] = intern(m, q->s);
    m->same_as[m->nsame++] = intern(m, q->o);
  } else if (is(p, V_PROV_wasDerivedFrom))
    list_add(&x->sources, intern(m, q->o));
  else if (is(p, V_NG_holder))
    set_field(m, &tenure_w(m, x)->holder, q->o);
  else if (is(p, V_NG_position))
    set_field(m, &tenure_w(m, x)->position, q->o);
  else if (is(p, V_NG_country))
    set_field(m, &tenure_w(m, x)->country, q->o);
  else if (is(p, V_NG_toCountry))
    set_field(m, &tenure_w(m, x)->to, q->o);
  else if (is(p, V_NG_startDate) && q->o_value) {
    tenure *t = tenure_w(m, x);
    if (!t->start || strcmp(q->o_value, t->start) < 0)
      t->start = intern(m, q->o_value);
  } else if (is(p, V_NG_endDate) && q->o_value) {
    tenure *t = tenure_w(m, x);
    if (!t->end || strcmp(q->o_value, t->end) > 0)
      t->end = intern(m, q->o_value);
  } else if (is(p, V_SCHEMA_nationality))
    list_add(&naming_w(m, x)->countries, intern(m, q->o));
  collect_report(m, i, q);
  return NG_OK;
}

/* ---- deciding the canonical IRIs ---- */

static int find(merger *m, int i) {
  while (m->nodes[i].parent != i)
    i = m->nodes[i].parent = m->nodes[m->nodes[i].parent].parent;
  return i;
}

static void unite(merger *m, int a, int b) {
  a = find(m, a), b = find(m, b);
  if (a != b) {
    m->nodes[a < b ? b : a].parent = a < b ? a : b;
    m->unions++;
  }
}

/* Words of a person's IRI slug: person/andrei-karlov has two. */
static size_t slug_words(const char *iri) {
  const char *slash = strrchr(iri, '/');
  size_t n = 1;
  for (const char *c = slash ? slash + 1 : iri; *c && *c != '>'; c++)
    n += *c == '-';
  return n;
}

/* The better canonical of two person IRIs: a named person before a described one, a full name
 * before a single word, the shorter full name ("andrei-karlov" before
 * "andrei-gennadyevich-karlov"), then the smaller IRI. Only the IRIs decide, so the choice
 * survives merging merged graphs. */
static bool better_person(const char *a, const char *b) {
  bool pa = strstr(a, "/participant/") != NULL, pb = strstr(b, "/participant/") != NULL;
  if (pa != pb)
    return pb; /* a name before a description */
  size_t wa = slug_words(a), wb = slug_words(b);
  if ((wa == 1) != (wb == 1))
    return wb == 1;
  if (wa != wb)
    return wa < wb;
  return strcmp(a, b) < 0;
}

/* A name as compared across stories: folded, lower case, given names by their canonical
 * transliteration ("Andrey Karlov" -> "andrei karlov"), without a suffix after two words
 * ("Ray Dunn Jr" -> "raymond dunn"). `words` gets the words. */
static size_t name_words(const ng_kb *kb, const char *name, char words[8][64]) {
  ng_buf f = NG_BUF_INIT;
  ng_fold(&f, name, strlen(name), true);
  size_t n = 0;
  const char *c = ng_buf_cstr(&f);
  while (*c && n < 8) {
    while (*c && !isalnum((unsigned char)*c))
      c++;
    size_t len = 0;
    char w[64];
    while (*c && (isalnum((unsigned char)*c) || *c == '\'') && len < 63)
      w[len++] = *c++;
    w[len] = '\0';
    if (len)
      snprintf(words[n++], 64, "%s", ng_kb_name_variant(kb, w));
  }
  ng_buf_free(&f);
  while (n > 2 && ng_kb_name_suffix(kb, words[n - 1]))
    n--;
  return n;
}

static bool lists_meet(const strlist *a, const strlist *b) {
  for (size_t i = 0; i < a->n; i++)
    for (size_t k = 0; k < b->n; k++)
      if (a->v[i] == b->v[k])
        return true;
  return false;
}

/* Countries and positions of people come from their tenures. */
static void person_profiles(merger *m) {
  for (size_t i = 0; i < m->n; i++) {
    const tenure *t = tenure_of(&m->nodes[i]);
    int h = m->nodes[i].kind == N_TENURE && t->holder ? node_of(m, t->holder, false) : -1;
    if (h < 0)
      continue;
    if (t->country)
      list_add(&naming_w(m, &m->nodes[h])->countries, t->country);
    if (t->position)
      list_add(&naming_w(m, &m->nodes[h])->positions, t->position);
  }
}

static bool is_person(const node *x) { return x->kind == N_PERSON && !x->participant; }
static bool is_person_like(const node *x) { return x->kind == N_PERSON || x->participant; }

/* Two people are compatible unless both have countries and none is shared, or both have
 * posts and none is shared. */
static bool compatible_people(const node *x, const node *y) {
  const naming *a = naming_of(x), *b = naming_of(y);
  if (a->countries.n && b->countries.n && !lists_meet(&a->countries, &b->countries))
    return false;
  return !(a->positions.n && b->positions.n && !lists_meet(&a->positions, &b->positions));
}

/* A long name ("Andrei Gennadyevich Karlov") of node `who`, as the key of its two-word form. */
typedef struct long_name {
  int who;
  char two[136]; /* "first|last|2": two words of at most 63 bytes */
} long_name;

/* Full names join when their words (after transliteration) are the same, or their first and
 * last words are ("Andrei Gennadyevich Karlov"). Names are split once: long forms are kept
 * for the second step, which needs every two-word form first. */
static void link_full_names(merger *m) {
  ng_strmap *by_key = ng_strmap_new();
  long_name *longs = NULL;
  size_t nlongs = 0, cap = 0;
  for (size_t i = 0; i < m->n; i++) {
    node *x = &m->nodes[i];
    const strlist *names = &naming_of(x)->names;
    for (size_t k = 0; is_person(x) && k < names->n; k++) {
      char w[8][64];
      size_t n = name_words(m->kb, names->v[k], w);
      if (n < 2)
        continue;
      char key[256];
      snprintf(key, sizeof key, "%s|%s|%zu", w[0], w[n - 1], n);
      void **slot = ng_strmap_slot(by_key, key, strlen(key));
      if (*slot)
        unite(m, (int)i, (int)(uintptr_t)*slot - 1);
      else
        *slot = (void *)(uintptr_t)(i + 1);
      if (n > 2) {
        NG_GROW(longs, nlongs, cap);
        longs[nlongs].who = (int)i;
        snprintf(longs[nlongs++].two, sizeof longs->two, "%s|%s|2", w[0], w[n - 1]);
      }
    }
  }
  for (size_t j = 0; j < nlongs; j++) { /* a long form joins the two-word form with its ends */
    void *v = ng_strmap_get(by_key, longs[j].two, strlen(longs[j].two));
    if (v && compatible_people(&m->nodes[longs[j].who], &m->nodes[(uintptr_t)v - 1]))
      unite(m, longs[j].who, (int)(uintptr_t)v - 1);
  }
  free(longs);
  ng_strmap_free(by_key);
}

typedef struct intlist {
  int *v;
  size_t n, cap;
} intlist;

/* Full-name people by the last word of their names: surname -> index + 1 into lists, each
 * list in node order. */
typedef struct surnames {
  ng_strmap *index;
  intlist *lists;
  size_t n, cap;
} surnames;

static void index_surname(surnames *by, const char *surname, int k) {
  void **slot = ng_strmap_slot(by->index, surname, strlen(surname));
  if (!*slot) {
    NG_GROW(by->lists, by->n, by->cap);
    by->lists[by->n] = (intlist){0};
    *slot = (void *)(uintptr_t)++by->n;
  }
  intlist *l = &by->lists[(uintptr_t)*slot - 1];
  if (l->n && l->v[l->n - 1] == k)
    return; /* another of its names */
  NG_GROW(l->v, l->n, l->cap);
  l->v[l->n++] = k;
}

static void index_surnames(const merger *m, surnames *by) {
  by->index = ng_strmap_new();
  for (size_t k = 0; k < m->n; k++) {
    const node *y = &m->nodes[k];
    if (!is_person(y) || slug_words(y->iri) < 2)
      continue;
    const strlist *names = &naming_of(y)->names;
    for (size_t j = 0; j < names->n; j++) {
      char v[8][64];
      size_t n = name_words(m->kb, names->v[j], v);
      if (n < 2)
        continue;
      index_surname(by, v[n - 1], (int)k);
      if (ng_kb_family_first(m->kb, v[0])) /* "Wang" of "Wang Lei" */
        index_surname(by, v[0], (int)k);
    }
  }
}

static void surnames_free(surnames *by) {
  for (size_t i = 0; i < by->n; i++)
    free(by->lists[i].v);
  free(by->lists);
  ng_strmap_free(by->index);
}

/* A one-word person ("Karlov") joins the only compatible full-name person with that surname
 * (looked up by surname: comparing every one-word person with every node was quadratic). */
static void link_surnames(merger *m) {
  surnames by = {0};
  index_surnames(m, &by);
  for (size_t i = 0; i < m->n; i++) {
    node *x = &m->nodes[i];
    const strlist *names = &naming_of(x)->names;
    if (!is_person(x) || !names->n || slug_words(x->iri) != 1)
      continue;
    char w[8][64];
    if (name_words(m->kb, names->v[0], w) != 1)
      continue;
    void *v = ng_strmap_get(by.index, w[0], strlen(w[0]));
    const intlist *fits = v ? &by.lists[(uintptr_t)v - 1] : NULL;
    int only = -1;
    bool ambiguous = false;
    for (size_t j = 0; fits && j < fits->n && !ambiguous; j++) {
      int k = fits->v[j];
      if (!compatible_people(x, &m->nodes[k]))
        continue;
      if (only >= 0 && find(m, only) != find(m, k))
        ambiguous = true;
      only = k;
    }
    if (only >= 0 && !ambiguous)
      unite(m, (int)i, only);
  }
  surnames_free(&by);
}

/* owl:sameAs between named people (from an earlier merge). The sameAs of countries and
 * organizations to Wikidata links nothing here, and a participant's is worked out again from
 * the reports, which keep its IRI. */
static void link_same_as(merger *m) {
  for (size_t i = 0; i + 1 < m->nsame; i += 2) {
    int a = node_of(m, m->same_as[i], true), b = node_of(m, m->same_as[i + 1], true);
    if (!is_person(&m->nodes[b]) || m->nodes[a].participant)
      continue;
    if (m->nodes[a].kind == N_OTHER)
      m->nodes[a].kind = N_PERSON; /* a merged-away person keeps only its sameAs */
    unite(m, a, b);
  }
}

/* Each cluster of named people gets its canonical IRI: the best member by better_person().
 * (Participants keep their IRIs: see link_role_fillers.) */
static void choose_people(merger *m) {
  int *best = ng_xmalloc((m->n ? m->n : 1) * sizeof(int));
  for (size_t i = 0; i < m->n; i++)
    best[i] = -1;
  for (size_t i = 0; i < m->n; i++) {
    if (!is_person(&m->nodes[i]))
      continue;
    int r = find(m, (int)i);
    if (best[r] < 0 || better_person(m->nodes[i].iri, m->nodes[best[r]].iri))
      best[r] = (int)i;
  }
  for (size_t i = 0; i < m->n; i++)
    if (is_person(&m->nodes[i])) {
      int b = best[find(m, (int)i)];
      m->nodes[i].canon = b != (int)i ? m->nodes[b].iri : NULL;
    }
  free(best);
}

static const node *node_at(const merger *m, const char *iri) {
  void *v = ng_strmap_get(m->by_iri, iri, strlen(iri));
  return v ? &m->nodes[(uintptr_t)v - 1] : NULL;
}

static const char *canon(const merger *m, const char *iri) {
  void *v = ng_strmap_get(m->by_iri, iri, strlen(iri));
  const node *x = v ? &m->nodes[(uintptr_t)v - 1] : NULL;
  return x && x->canon ? x->canon : iri;
}

/* node_at() for an interned string (a report's agents and patients): comparing reports asks
 * for the same strings millions of times, and a hash lookup each time was most of linking. */
static const node *node_interned(const merger *m, const char *s) {
  struct memo *e = &m->memo[(uint64_t)(uintptr_t)s * 0x9e3779b97f4a7c15ULL >> 48];
  if (e->s != s) {
    const node *x = node_at(m, s);
    e->s = s, e->node = x ? (int)(x - m->nodes) : -1;
  }
  return e->node >= 0 ? &m->nodes[e->node] : NULL;
}

static const char *canon_interned(const merger *m, const char *s) {
  const node *x = node_interned(m, s);
  return x && x->canon ? x->canon : s;
}

/* The IRI body of N-Triples term nt ("<x>" -> "x"), onto b; cut at BODY_MAX bytes, as the
 * fixed buffers that first named tenures did (names must not change). */
#define BODY_MAX 2047
static void put_body(ng_buf *b, const char *nt) {
  size_t len = nt ? strlen(nt) : 0;
  len = len >= 2 ? len - 2 : 0;
  ng_buf_put(b, nt ? nt + 1 : "", len < BODY_MAX ? len : BODY_MAX);
}

/* A tenure's key: holder (canonical), position's local name, country, receiving country;
 * its length, cut at 8191 bytes as before. Built by copying: snprintf was most of the time. */
static size_t tenure_key(const merger *m, const tenure *t, ng_buf *key) {
  ng_buf_clear(key);
  put_body(key, canon(m, t->holder));
  ng_buf_putc(key, '|');
  const char *pos = strrchr(t->position, '#');
  size_t plen = pos ? strlen(pos + 1) : 0;
  ng_buf_put(key, pos ? pos + 1 : "", plen ? plen - 1 : 0); /* without the '>' */
  ng_buf_putc(key, '|');
  put_body(key, t->country);
  ng_buf_putc(key, '|');
  put_body(key, t->to);
  return key->len < 8191 ? key->len : 8191;
}

/* The name `newsgraph extract` gives a tenure of this key hash: x's IRI up to "tenure/",
 * then the hash. False when the IRI has no "tenure/". */
static bool tenure_name(const char *iri, uint64_t hash, ng_buf *name) {
  ng_buf_clear(name);
  ng_buf_putc(name, '<');
  put_body(name, iri);
  const char *slash = strstr(name->data, "tenure/");
  if (!slash)
    return false;
  name->len = (size_t)(slash - name->data);
  char tail[] = "tenure/0123456789abcdef>"; /* the hash as %016x */
  for (int i = 15; i >= 0; i--, hash >>= 4)
    tail[7 + i] = "0123456789abcdef"[hash & 15];
  ng_buf_put(name, tail, sizeof tail - 1);
  return true;
}

/* Tenures: the same holder (after linking people), position, country and receiving country
 * are one tenure, named as `newsgraph extract` names it. */
static void choose_tenures(merger *m) {
  ng_buf key = NG_BUF_INIT, name = NG_BUF_INIT;
  for (size_t i = 0; i < m->n; i++) {
    node *x = &m->nodes[i];
    const tenure *t = tenure_of(x);
    if (x->kind != N_TENURE || !t->holder || !t->position)
      continue;
    size_t len = tenure_key(m, t, &key);
    uint64_t hash = ng_hash64(key.data, len, NG_HASH_SEED);
    if (tenure_name(x->iri, hash, &name) && strcmp(name.data, x->iri))
      x->canon = intern(m, name.data);
  }
  ng_buf_free(&key);
  ng_buf_free(&name);
  /* the earliest start and latest end of all the reports */
  ng_strmap *by_canon = ng_strmap_new();
  for (size_t i = 0; i < m->n; i++) {
    node *x = &m->nodes[i];
    if (x->kind != N_TENURE)
      continue;
    const char *c = x->canon ? x->canon : x->iri;
    tenure *t = tenure_w(m, x);
    void **slot = ng_strmap_slot(by_canon, c, strlen(c));
    if (!*slot) {
      *slot = t;
      continue;
    }
    tenure *first = *slot;
    if (t->start && (!first->start || strcmp(t->start, first->start) < 0))
      first->start = t->start;
    if (t->end && (!first->end || strcmp(t->end, first->end) > 0))
      first->end = t->end;
  }
  for (size_t i = 0; i < m->n; i++) {
    node *x = &m->nodes[i];
    if (x->kind != N_TENURE)
      continue;
    const char *c = x->canon ? x->canon : x->iri;
    tenure *t = x->tenure, *first = ng_strmap_get(by_canon, c, strlen(c));
    if (first != t)
      t->start = first->start, t->end = first->end;
  }
  ng_strmap_free(by_canon);
}

/* Days since 1970 of a lexical date "YYYY-MM-DD...", or LONG_MIN when it is less precise. */
static long day_of(const char *s) {
  char buf[11]; /* copied, not printed: linking asks this for every report many times */
  size_t n = strnlen(s, 10);
  memcpy(buf, s, n);
  buf[n] = '\0';
  if (!ng_date_is_valid(buf))
    return LONG_MIN;
  return ng_days_from_civil(atoi(buf), atoi(buf + 5), atoi(buf + 8));
}

/* Dates within a day of each other; a less precise date only needs the same year-month. */
static bool dates_close(const report *a, const report *b) {
  if (!a->dates.n || !b->dates.n)
    return true;
  for (size_t i = 0; i < a->dates.n; i++)
    for (size_t k = 0; k < b->dates.n; k++) {
      long x = day_of(a->dates.v[i]), y = day_of(b->dates.v[k]);
      if (x != LONG_MIN && y != LONG_MIN ? labs(x - y) <= 1
                                         : !strncmp(a->dates.v[i], b->dates.v[k], 7))
        return true;
    }
  return false;
}

/* Named people among an event's agents (canonical IRIs). */
static bool named_agent_in(const merger *m, const report *e, const char *who) {
  for (size_t k = 0; k < e->agents.n; k++) {
    const node *x = node_interned(m, e->agents.v[k]);
    if (x && is_person(x) && !strcmp(canon_interned(m, e->agents.v[k]), who))
      return true;
  }
  return false;
}

/* Two reports name different people as the agent: different events. */
static bool agents_conflict(const merger *m, const report *a, const report *b) {
  bool a_named = false;
  for (size_t k = 0; k < a->agents.n; k++) {
    const node *x = node_interned(m, a->agents.v[k]);
    if (!x || !is_person(x))
      continue;
    a_named = true;
    if (named_agent_in(m, b, canon_interned(m, a->agents.v[k])))
      return false;
  }
  for (size_t k = 0; a_named && k < b->agents.n; k++) {
    const node *x = node_interned(m, b->agents.v[k]);
    if (x && is_person(x))
      return true;
  }
  return false;
}

/* Do reports a and b name the same person (canonical IRIs) as the one the event happens to? */
static bool patient_person_shared(const merger *m, const report *a, const report *b) {
  for (size_t k = 0; k < a->patients.n; k++) {
    const node *x = node_interned(m, a->patients.v[k]);
    if (!x || !is_person(x))
      continue;
    const char *who = canon_interned(m, a->patients.v[k]);
    for (size_t j = 0; j < b->patients.n; j++)
      if (!strcmp(canon_interned(m, b->patients.v[j]), who))
        return true;
  }
  return false;
}

/* One family stands for all those a person undergoes once (event_classes.csv once), so that
 * their reports meet in the same lists. */
static const ng_event_class ONCE_FAMILY = {.name = "once"};

static const ng_event_class *bucket_family(const ng_event_class *f) {
  return f->once ? &ONCE_FAMILY : f;
}

/* Can reports a and b tell of one event? Of one family, or of two a person undergoes once
 * with the same named person undergoing them ("X died", "the killing of X"). */
static bool same_event(const merger *m, const report *a, const report *b) {
  const node *x = &m->nodes[a->event], *y = &m->nodes[b->event];
  bool kin = x->family == y->family ||
             (x->family->once && y->family->once && patient_person_shared(m, a, b));
  return kin && !lists_meet(&a->sources, &b->sources) && dates_close(a, b) &&
         !agents_conflict(m, a, b);
}

/* Reports that can tell of one event share a participant and a family, and their dates are
 * close (see dates_close): so they are indexed by participant, family and date, and a report
 * meets only those whose dates can be close. Comparing every two reports that share a
 * participant was quadratic: a country or a group is the agent of thousands of events. Lists
 * under a key (participant, family, kind, date):
 *   *  every report       U  undated reports
 *   D  a day ("2016-12-19", as days since 1970)
 *   A  a day-precise date's year-month      P  a less precise date's first 7 bytes
 * The lists only undated or less precise dates need are kept only when the merge has some. */
typedef struct bucket_key {
  const char *participant; /* interned */
  const ng_event_class *family;
  int64_t day;
  char kind, month[7];
} bucket_key;

typedef struct event_buckets {
  ng_strmap *by_key; /* key -> 1 + index of its first link */
  struct link {
    int report, next;
    int skip; /* a later link of this list: those in between are of this one's event */
  } *links;
  size_t n, cap;
  int *seen; /* report -> the last report compared with it, so each pair is compared once */
  bool undated, imprecise; /* some report has no date; some date is less precise than a day */
  bucket_key key;
} event_buckets;

/* The key of a list, in b->key (zeroed first: its padding is part of the key). */
static const bucket_key *key_of(event_buckets *b, const char *participant,
                                const ng_event_class *family, char kind, const char *date,
                                long day) {
  memset(&b->key, 0, sizeof b->key);
  b->key.participant = participant;
  b->key.family = family;
  b->key.kind = kind;
  b->key.day = kind == 'D' ? day : 0;
  if (kind == 'A' || kind == 'P')
    memcpy(b->key.month, date, strnlen(date, sizeof b->key.month)); /* as strncmp(, 7) */
  return &b->key;
}

static int link_event(merger *m, const event_buckets *b, int l) {
  return find(m, m->reports[b->links[l].report].event);
}

/* The first link from l on that is not of event `root`, skipping runs of it (and keeping the
 * longer skips found: events only ever join, so a run of one event stays one). */
static int skip_event(merger *m, event_buckets *b, int l, int root) {
  int first = l;
  while (l >= 0 && link_event(m, b, l) == root)
    l = b->links[l].skip;
  if (first >= 0 && b->links[first].skip != l && link_event(m, b, first) == root)
    b->links[first].skip = l;
  return l;
}

/* Compare report i with the reports under key, and unite it with those of the same event.
 * Reports already of its event are skipped by runs: a large list is mostly one event. */
static void compare_bucket(merger *m, event_buckets *b, int i, const bucket_key *key) {
  void *v = ng_strmap_get(b->by_key, (const char *)key, sizeof *key);
  const report *r = &m->reports[i];
  int l = skip_event(m, b, v ? (int)(uintptr_t)v - 1 : -1, find(m, r->event));
  while (l >= 0) {
    int k = b->links[l].report;
    if (b->seen[k] != i) { /* not compared already */
      b->seen[k] = i;
      if (same_event(m, r, &m->reports[k]))
        unite(m, r->event, m->reports[k].event);
    }
    l = skip_event(m, b, b->links[l].next, find(m, r->event));
  }
}

static void push_bucket(event_buckets *b, int i, const bucket_key *key) {
  void **slot = ng_strmap_slot(b->by_key, (const char *)key, sizeof *key);
  NG_GROW(b->links, b->n, b->cap);
  int next = (int)(uintptr_t)*slot - 1;
  b->links[b->n] = (struct link){i, next, next};
  *slot = (void *)(uintptr_t)(++b->n);
}

static bool mergeable(const node *event) {
  return event->kind == N_EVENT && event->family && event->family->merge;
}

/* Report i against the earlier reports that share participant `key` and could share its
 * dates, then indexed for the later ones. */
static void bucket_report(merger *m, event_buckets *b, int i, const char *key) {
  const node *x = node_interned(m, key);
  const char *c = x && x->participant ? m->nodes[find(m, (int)(x - m->nodes))].iri /* joined */
                                      : canon_interned(m, key);
  if (x && !x->participant && x->kind == N_EVENT)
    m->nodes[x - m->nodes].key = true; /* its name is part of the key */
  const report *r = &m->reports[i];
  const ng_event_class *f = bucket_family(m->nodes[r->event].family);
  if (!r->dates.n)
    compare_bucket(m, b, i, key_of(b, c, f, '*', NULL, 0));
  else if (b->undated)
    compare_bucket(m, b, i, key_of(b, c, f, 'U', NULL, 0));
  for (size_t k = 0; k < r->dates.n; k++) {
    const char *date = r->dates.v[k];
    long day = day_of(date);
    if (day != LONG_MIN) {
      for (long d = day - 1; d <= day + 1; d++)
        compare_bucket(m, b, i, key_of(b, c, f, 'D', NULL, d));
      if (b->imprecise)
        compare_bucket(m, b, i, key_of(b, c, f, 'P', date, 0));
    } else {
      compare_bucket(m, b, i, key_of(b, c, f, 'P', date, 0));
      compare_bucket(m, b, i, key_of(b, c, f, 'A', date, 0));
    }
  }
  if (b->undated)
    push_bucket(b, i, key_of(b, c, f, '*', NULL, 0));
  if (!r->dates.n)
    push_bucket(b, i, key_of(b, c, f, 'U', NULL, 0));
  for (size_t k = 0; k < r->dates.n; k++) {
    const char *date = r->dates.v[k];
    long day = day_of(date);
    if (day == LONG_MIN)
      push_bucket(b, i, key_of(b, c, f, 'P', date, 0));
    else {
      push_bucket(b, i, key_of(b, c, f, 'D', NULL, day));
      if (b->imprecise)
        push_bucket(b, i, key_of(b, c, f, 'A', date, 0));
    }
  }
}

/* Report i against the earlier reports told at place `key` (a city, a venue: never a
 * country) on a day within one of its own, then indexed for the later ones. A place is a
 * weaker bond than a participant: only reports dated to the day meet by it. */
static void bucket_place(merger *m, event_buckets *b, int i, const char *key) {
  const report *r = &m->reports[i];
  const ng_event_class *f = bucket_family(m->nodes[r->event].family);
  for (int push = 0; push < 2; push++)
    for (size_t k = 0; k < r->dates.n; k++) {
      long day = day_of(r->dates.v[k]);
      if (day == LONG_MIN)
        continue;
      if (push)
        push_bucket(b, i, key_of(b, key, f, 'D', NULL, day));
      else
        for (long d = day - 1; d <= day + 1; d++)
          compare_bucket(m, b, i, key_of(b, key, f, 'D', NULL, d));
    }
}

/* Events: reports of the same event (same family, a shared participant or a place below a
 * country with day-precise dates, dates within a day, no two different named agents) in
 * different articles become one event, named by the smallest IRI among them. */
static void choose_events(merger *m) {
  event_buckets buckets = {.by_key = ng_strmap_new()};
  buckets.seen = ng_xmalloc((m->nreports ? m->nreports : 1) * sizeof(int));
  for (size_t i = 0; i < m->nreports; i++) {
    const report *r = &m->reports[i];
    buckets.seen[i] = -1;
    if (!mergeable(&m->nodes[r->event]))
      continue; /* never bucketed: their dates decide no list */
    buckets.undated |= !r->dates.n;
    for (size_t k = 0; k < r->dates.n; k++)
      buckets.imprecise |= day_of(r->dates.v[k]) == LONG_MIN;
  }
  for (size_t i = 0; i < m->nreports; i++) {
    const report *r = &m->reports[i];
    if (!mergeable(&m->nodes[r->event]))
      continue;
    for (size_t k = 0; k < r->agents.n; k++)
      bucket_report(m, &buckets, (int)i, r->agents.v[k]);
    for (size_t k = 0; k < r->patients.n; k++)
      bucket_report(m, &buckets, (int)i, r->patients.v[k]);
    for (size_t k = 0; k < r->places.n; k++)
      bucket_place(m, &buckets, (int)i, r->places.v[k]);
  }
  free(buckets.links);
  free(buckets.seen);
  ng_strmap_free(buckets.by_key);
  /* the smallest IRI of each cluster names it */
  int *best = ng_xmalloc((m->n ? m->n : 1) * sizeof(int));
  for (size_t i = 0; i < m->n; i++)
    best[i] = -1;
  for (size_t i = 0; i < m->n; i++)
    if (m->nodes[i].kind == N_EVENT) {
      int r = find(m, (int)i);
      if (best[r] < 0 || strcmp(m->nodes[i].iri, m->nodes[best[r]].iri) < 0)
        best[r] = (int)i;
    }
  for (size_t i = 0; i < m->n; i++)
    if (m->nodes[i].kind == N_EVENT) {
      int b = best[find(m, (int)i)];
      const char *c = b != (int)i ? m->nodes[b].iri : NULL;
      m->keys_renamed |= m->nodes[i].key && m->nodes[i].canon != c;
      m->nodes[i].canon = c;
    }
  free(best);
}

/* One filler of a role in an event cluster. */
typedef struct filler {
  int cluster;      /* root of the event cluster */
  int role;         /* 0 agent, 1 patient */
  int who;          /* node index */
} filler;

static int cmp_fillers(const void *a, const void *b) {
  const filler *x = a, *y = b;
  if (x->cluster != y->cluster)
    return x->cluster < y->cluster ? -1 : 1;
  if (x->role != y->role)
    return x->role - y->role;
  return (x->who > y->who) - (x->who < y->who);
}

static void add_fillers(merger *m, filler **v, size_t *n, size_t *cap, int event, int role,
                        const strlist *l) {
  for (size_t k = 0; k < l->n; k++) {
    const node *x = node_interned(m, l->v[k]);
    int who = x ? (int)(x - m->nodes) : -1;
    if (who < 0 || !is_person_like(x))
      continue;
    NG_GROW(*v, *n, *cap);
    (*v)[(*n)++] = (filler){find(m, event), role, who};
  }
}

/* The range [a, *b) of fillers with the same cluster and role as v[a]. */
static size_t same_role_end(const filler *v, size_t n, size_t a) {
  size_t b = a;
  while (b < n && v[b].cluster == v[a].cluster && v[b].role == v[a].role)
    b++;
  return b;
}

/* In one event reported by several stories, the people described in the same role are one
 * ("the driver" of one report and "the driver" of another), and they are the person the
 * reports name in that role when they name exactly one. Participants keep their IRIs and get
 * owl:sameAs, so that every merge works this out again from the reports alone. */
static void link_role_fillers(merger *m) {
  filler *v = NULL;
  size_t n = 0, cap = 0;
  for (size_t i = 0; i < m->nreports; i++) {
    const report *r = &m->reports[i];
    if (m->nodes[r->event].kind == N_EVENT) {
      add_fillers(m, &v, &n, &cap, r->event, 0, &r->agents);
      add_fillers(m, &v, &n, &cap, r->event, 1, &r->patients);
    }
  }
  if (n)
    qsort(v, n, sizeof *v, cmp_fillers);
  for (size_t i = 0; i < m->n; i++)
    m->nodes[i].same = -1;
  /* described people of the same number in the same role join each other */
  for (size_t a = 0, b; a < n; a = b) {
    int first[2] = {-1, -1};
    b = same_role_end(v, n, a);
    for (size_t k = a; k < b; k++) {
      const node *x = &m->nodes[v[k].who];
      if (!x->participant)
        continue;
      if (first[x->group] >= 0)
        unite(m, first[x->group], v[k].who);
      else
        first[x->group] = v[k].who;
    }
  }
  /* ... and a single person is who the reports name beside them (-2: several) */
  for (size_t a = 0, b; a < n; a = b) {
    b = same_role_end(v, n, a);
    for (size_t k = a; k < b; k++) {
      if (!m->nodes[v[k].who].participant || m->nodes[v[k].who].group)
        continue;
      node *root = &m->nodes[find(m, v[k].who)];
      for (size_t j = a; j < b && root->same != -2; j++) {
        const node *x = &m->nodes[v[j].who];
        int who = is_person(x) ? find(m, v[j].who) : -1;
        if (who >= 0 && root->same != who)
          root->same = root->same == -1 ? who : -2;
      }
    }
  }
  free(v);
  for (size_t i = 0; i < m->n; i++) {
    node *root = &m->nodes[find(m, (int)i)];
    if (m->nodes[i].participant && strcmp(m->nodes[i].iri, m->nodes[root->smallest].iri) < 0)
      root->smallest = (int)i;
  }
}

/* The IRI a participant is owl:sameAs, or NULL: the person the reports name, else the
 * smallest IRI of the described people it joined. */
static const char *participant_same(merger *m, const node *x) {
  const node *root = &m->nodes[find(m, (int)(x - m->nodes))];
  if (root->same >= 0)
    return canon(m, m->nodes[root->same].iri);
  const node *smallest = &m->nodes[root->smallest];
  return smallest == x ? NULL : smallest->iri;
}

/* ---- pass 2: rewrite into the sorters ---- */

/* One thread's share of pass 2: a part of the spilled quads into a sorter of its own. Only
 * reads the merger. */
typedef struct rewriter {
  const merger *m;
  ng_sorter *sorter;
  ng_buf line;
  ng_buf last_s;           /* the subject of the quad before, and its node (see rewrite) */
  const node *last_node;
  struct object_memo *objects; /* OBJECTS entries, see object_canon() */
  bool keep_graphs;
  size_t part;
  pthread_t thread;
  ng_status st;
  char *error; /* the first message of a failure on the thread */
  ng_diag diag;
} rewriter;

/* One line per quad, so this runs a million times a merge: no printf. */
static ng_status emit_line(rewriter *r, const char *s, const char *p, const char *o, const char *g) {
  ng_buf *b = &r->line;
  ng_buf_clear(b);
  ng_buf_puts(b, s);
  ng_buf_putc(b, ' ');
  ng_buf_puts(b, p);
  ng_buf_putc(b, ' ');
  ng_buf_puts(b, o);
  if (g && r->keep_graphs) {
    ng_buf_putc(b, ' ');
    ng_buf_puts(b, g);
  }
  ng_buf_put(b, " .", 2);
  return ng_sorter_add(r->sorter, b->data, b->len, &r->diag);
}

/* The lexical form of a literal in N-Triples form: the text between the first two quotes
 * (dates, which never hold escapes). */
static bool literal_is(const char *nt, const char *lexical) {
  size_t n = strlen(lexical);
  return nt[0] == '"' && !strncmp(nt + 1, lexical, n) && nt[n + 1] == '"';
}

/* node_at() for a quad's subject. A part holds runs of quads with one subject (parread.c
 * deals them out in blocks): a strcmp with the subject before saves a hash lookup that
 * mostly misses the cache. */
static const node *subject_at(rewriter *r, const char *s) {
  if (r->last_s.len && !strcmp(r->last_s.data, s))
    return r->last_node;
  ng_buf_clear(&r->last_s);
  ng_buf_puts(&r->last_s, s);
  return r->last_node = node_at(r->m, s);
}

#define OBJECTS 256 /* a power of two */

/* The canonical IRI of a recent object IRI (not longer than `iri` holds), or NULL: itself. */
struct object_memo {
  char iri[160];
  const char *canon;
};

/* canon() for a quad's object IRI. An article's objects are a few dozen IRIs (its people,
 * classes, countries, the article itself) asked for again and again: a small table of recent
 * ones, in the thread's cache, answers most without probing the large map. */
static const char *object_canon(rewriter *r, const char *o) {
  size_t len = strlen(o);
  if (len >= sizeof r->objects->iri)
    return canon(r->m, o);
  struct object_memo *e = &r->objects[ng_hash_fast(o, len) & (OBJECTS - 1)];
  if (strcmp(e->iri, o) != 0) {
    const char *c = canon(r->m, o);
    memcpy(e->iri, o, len + 1);
    e->canon = c == o ? NULL : c; /* o is borrowed: remember "itself", not the pointer */
  }
  return e->canon ? e->canon : o;
}

static ng_status rewrite(const ng_quad *q, void *payload) {
  rewriter *r = payload;
  const node *subject = subject_at(r, q->s);
  const char *s = subject && subject->canon ? subject->canon : q->s;
  const char *o = q->o[0] == '<' ? object_canon(r, q->o) : q->o;
  const char *p = q->p;
  if (is(p, V_NG_supportCount) || (is(p, V_OWL_sameAs) && subject && is_person_like(subject)))
    return NG_OK; /* recomputed below */
  if (subject && subject->kind == N_TENURE) {
    const tenure *t = tenure_of(subject);
    if (is(p, V_NG_startDate) && !(t->start && literal_is(q->o, t->start)))
      return NG_OK; /* only the earliest stated start */
    if (is(p, V_NG_endDate) && !(t->end && literal_is(q->o, t->end)))
      return NG_OK;
  }
  if (subject && subject->kind == N_PERSON && subject->canon && is(p, V_SCHEMA_name))
    p = "<" NS_SCHEMA "alternateName>"; /* a merged-away person's names */
  return emit_line(r, s, p, o, q->g);
}

/* A fact (tenure or event) and its canonical IRI. Both IRIs are interned in by_iri, so the
 * facts of one canonical IRI share the pointer: grouping them is a sort, not a hash map. */
typedef struct fact {
  const char *canon;
  int node;
} fact;

static int cmp_pointers(const void *a, const void *b) {
  uintptr_t x = (uintptr_t) * (const char *const *)a, y = (uintptr_t) * (const char *const *)b;
  return (x > y) - (x < y);
}

/* The distinct sources of facts [a, b) (interned strings: distinct pointers). */
static size_t count_sources(const merger *m, const fact *f, size_t a, size_t b,
                            const char ***all, size_t *cap) {
  size_t n = 0;
  for (size_t i = a; i < b; i++) {
    const strlist *l = &m->nodes[f[i].node].sources;
    for (size_t k = 0; k < l->n; k++) {
      NG_GROW(*all, n, *cap);
      (*all)[n++] = l->v[k];
    }
  }
  if (n) /* a fact with no source has no list at all */
    qsort(*all, n, sizeof **all, cmp_pointers);
  size_t distinct = 0;
  for (size_t i = 0; i < n; i++)
    distinct += !i || (*all)[i] != (*all)[i - 1];
  return distinct;
}

/* ng:supportCount of each canonical fact: the articles its reports came from. */
static ng_status emit_support_counts(merger *m, rewriter *r) {
  fact *f = ng_xmalloc((m->n ? m->n : 1) * sizeof *f);
  size_t n = 0, cap = 0;
  for (size_t i = 0; i < m->n; i++) {
    const node *x = &m->nodes[i];
    if (x->kind == N_TENURE || x->kind == N_EVENT)
      f[n++] = (fact){x->canon ? x->canon : x->iri, (int)i};
  }
  qsort(f, n, sizeof *f, cmp_pointers); /* canon is the first member */
  const char **all = NULL;
  ng_status st = NG_OK;
  for (size_t a = 0, b; a < n && st == NG_OK; a = b) {
    for (b = a + 1; b < n && f[b].canon == f[a].canon;)
      b++;
    size_t count = count_sources(m, f, a, b, &all, &cap);
    char lit[96];
    snprintf(lit, sizeof lit, "\"%zu\"^^<%s>", count, NG_V(XSD_nonNegativeInteger));
    if (count)
      st = emit_line(r, f[a].canon, "<" NS_NG "supportCount>", lit, m->links_graph);
  }
  free(all);
  free(f);
  return st;
}

/* owl:sameAs from each merged-away person, and ng:supportCount of each fact. */
static ng_status emit_links(merger *m, rewriter *r) {
  ng_status st = NG_OK;
  for (size_t i = 0; i < m->n && st == NG_OK; i++) {
    node *x = &m->nodes[i];
    const char *same = x->participant ? participant_same(m, x) : is_person(x) ? x->canon : NULL;
    if (same)
      st = emit_line(r, x->iri, "<" NS_OWL "sameAs>", same, m->links_graph);
  }
  return st == NG_OK ? emit_support_counts(m, r) : st;
}

static void merger_free(merger *m) {
  for (size_t i = 0; i < m->n; i++) {
    node *x = &m->nodes[i];
    list_free(&x->sources);
    if (x->naming)
      list_free(&x->naming->names), list_free(&x->naming->countries),
          list_free(&x->naming->positions);
  }
  ng_arena_free(m->facts);
  free(m->nodes);
  for (size_t i = 0; i < m->nreports; i++) {
    report *r = &m->reports[i];
    list_free(&r->sources), list_free(&r->agents);
    list_free(&r->patients), list_free(&r->dates), list_free(&r->places);
  }
  free(m->reports);
  ng_strmap_free(m->by_report);
  free(m->same_as);
  free(m->links_graph);
  free(m->memo);
  ng_strmap_free(m->by_iri);
  ng_parread_free(m->read);
}

/* Pass 1 over every input: parsed on reader threads, collected here in input order. */
static ng_status collect_all(merger *m, const char *const *inputs, size_t ninputs) {
  return ng_parread_run(&m->read, inputs, ninputs, relevant, m->kb, collect, m, m->diag);
}

static void link_all(merger *m) {
  person_profiles(m);
  link_same_as(m);
  m->memo = ng_xcalloc(MEMO_SIZE, sizeof *m->memo);
  link_full_names(m);
  link_surnames(m);
  choose_people(m);
  choose_tenures(m);
  /* events link through participants and participants through events: repeat until nothing
     changes, so that the result does not depend on which links an input graph already holds.
     choose_events depends only on the participants' clusters (named people do not change in
     here) and the names of events that are participants: while neither changes, another
     round would join nothing (and rebuilding its index was most of a round). */
  size_t before;
  do {
    m->keys_renamed = false;
    choose_events(m);
    before = m->unions;
    link_role_fillers(m);
    choose_people(m);
  } while (m->unions != before || m->keys_renamed);
}

static void *rewrite_thread(void *arg) {
  rewriter *r = arg;
  r->st = ng_parread_replay_part(r->m->read, r->part, rewrite, r, &r->diag);
  return NULL;
}

/* Pass 2 on one thread per part; failures are reported in part order. */
static ng_status rewrite_all(rewriter *r, size_t n, const ng_diag *diag) {
  for (size_t i = 0; i < n; i++)
    if (pthread_create(&r[i].thread, NULL, rewrite_thread, &r[i]) != 0)
      rewrite_thread(&r[i]), r[i].thread = pthread_self(); /* no thread: done here */
  for (size_t i = 0; i < n; i++)
    if (!pthread_equal(r[i].thread, pthread_self()))
      pthread_join(r[i].thread, NULL);
  for (size_t i = 0; i < n; i++)
    if (r[i].st != NG_OK)
      return r[i].error ? ng_diag_report(diag, r[i].st, "%s", r[i].error) : r[i].st;
  return NG_OK;
}

/* Sorters for n parts, sharing the memory budget. */
static rewriter *rewriters_new(const merger *m, size_t n) {
  rewriter *r = ng_xcalloc(n, sizeof *r);
  size_t budget = m->opt->memory / n;
  for (size_t i = 0; i < n; i++) {
    r[i].m = m, r[i].part = i, r[i].keep_graphs = m->opt->format == NG_FORMAT_NQUADS;
    r[i].objects = ng_xcalloc(OBJECTS, sizeof *r[i].objects); /* "" matches no IRI */
    r[i].sorter = ng_sorter_new(budget > ((size_t)1 << 20) ? budget : (size_t)1 << 20);
    r[i].diag = (ng_diag){ng_diag_keep_first, &r[i].error};
  }
  return r;
}

static void rewriters_free(rewriter *r, size_t n) {
  for (size_t i = 0; i < n; i++) {
    ng_sorter_free(r[i].sorter);
    ng_buf_free(&r[i].line);
    ng_buf_free(&r[i].last_s);
    free(r[i].objects);
    free(r[i].error);
  }
  free(r);
}

/* Finish every sorter into one stream of sorted, distinct lines. */
static ng_status finish_sorters(rewriter *r, size_t n, FILE *out, const ng_diag *diag) {
  ng_sorter **s = ng_xmalloc(n * sizeof *s);
  for (size_t i = 0; i < n; i++)
    s[i] = r[i].sorter;
  ng_status st = ng_sorter_finish_all(s, n, out, diag);
  free(s);
  return st;
}

/* The sorted lines are N-Quads (N-Triples without graphs) in raptor's own escaping already:
 * they go straight out, and only Turtle needs a serializer (through a temporary file). */
static ng_status write_sorted(rewriter *r, size_t n, FILE *out, ng_format fmt, const char *base,
                              const ng_diag *diag) {
  if (fmt != NG_FORMAT_TURTLE)
    return finish_sorters(r, n, out, diag);
  FILE *sorted = tmpfile();
  if (!sorted)
    return ng_diag_report(diag, NG_ERR_IO, "cannot create a temporary file");
  ng_status st = finish_sorters(r, n, sorted, diag);
  if (st == NG_OK) {
    rewind(sorted);
    st = ng_rdf_copy_nquads(sorted, out, fmt, base, diag);
  }
  fclose(sorted);
  return st;
}

/* Pass 2 and the output, once pass 1 and linking are done. */
static ng_status rewrite_and_write(merger *m, rewriter *r, size_t n, FILE *out,
                                   const char *base) {
  ng_status st = emit_links(m, &r[0]); /* before the threads start on r[0] */
  if (st != NG_OK && r[0].error)
    st = ng_diag_report(m->diag, st, "%s", r[0].error);
  if (st == NG_OK)
    st = rewrite_all(r, n, m->diag);
  if (st == NG_OK)
    st = write_sorted(r, n, out, m->opt->format, base, m->diag);
  return st;
}

/* The sorters' memory for what pass 2 will add, made ready while linking runs. */
typedef struct reserver {
  rewriter *r;
  size_t n;
  ng_spill_size size; /* of pass 1's quads: pass 2 writes about as many lines */
  pthread_t thread;
  bool started;
} reserver;

static void *reserve_thread(void *arg) {
  reserver *z = arg;
  uint64_t bytes = z->size.terms + (z->r[0].keep_graphs ? z->size.graphs : 0) + 2 * z->size.quads;
  for (size_t i = 0; i < z->n; i++) /* " ." and the NUL of each line */
    ng_sorter_reserve(z->r[i].sorter, (size_t)(z->size.quads / z->n), (size_t)(bytes / z->n));
  return NULL;
}

/* Linking is one thread's work: the sorters' memory is made ready on another meanwhile. */
static void link_reserving(merger *m, reserver *z) {
  z->started = pthread_create(&z->thread, NULL, reserve_thread, z) == 0;
  link_all(m);
  if (z->started)
    pthread_join(z->thread, NULL);
}

/* Linking, then pass 2 and the output. */
static ng_status link_and_write(merger *m, FILE *out, const char *base) {
  size_t n = ng_parread_parts(m->read);
  reserver z = {.r = rewriters_new(m, n), .n = n, .size = ng_parread_sizes(m->read)};
  link_reserving(m, &z);
  ng_status st = rewrite_and_write(m, z.r, n, out, base);
  rewriters_free(z.r, n);
  return st;
}

ng_status ng_merge(FILE *out, const char *const *inputs, size_t ninputs, const ng_kb *kb,
                   const ng_merge_options *opt, const ng_diag *diag) {
  merger m = {.kb = kb, .opt = opt, .by_iri = ng_strmap_new(), .facts = ng_arena_new(), .by_report = ng_strmap_new(),
              .last_subject = -1, .diag = diag};
  const char *base = opt->base ? opt->base : NG_DEFAULT_BASE;
  ng_buf g = NG_BUF_INIT;
  ng_buf_printf(&g, "<%sgraph/links>", base);
  m.links_graph = g.data;
  ng_status st = collect_all(&m, inputs, ninputs);
  if (st == NG_OK)
    st = link_and_write(&m, out, base);
  merger_free(&m);
  return st;
}
