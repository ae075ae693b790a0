/* SPDX-License-Identifier: MIT */
/* doc.c: the per-article document model and its small helpers. */
#include "doc.h"
#include "text.h"

#include <stdlib.h>

ng_doc *ng_doc_new(const ng_kb *kb, const ng_article *a) {
  ng_doc *d = ng_xcalloc(1, sizeof *d);
  d->kb = kb;
  d->article = a;
  d->text = a->text;
  d->len = a->len;
  d->arena = ng_arena_new();
  d->dateline = d->dateline_place = -1;
  if (a->date && ng_date_is_valid(a->date))
    d->pubdate = ng_timex_from_iso(a->date);
  return d;
}

void ng_doc_free(ng_doc *d) {
  if (!d)
    return;
  ng_strmap_free(d->lower);
  ng_strmap_free(d->ent_by_key);
  for (size_t i = 0; i < d->nent; i++) {
    free(d->ent[i].alt);
    free(d->ent[i].desc);
  }
  for (size_t i = 0; i < d->nten; i++)
    free(d->ten[i].evidence);
  for (size_t i = 0; i < d->nev; i++)
    free(d->ev[i].mentions);
  free(d->ev);
  free(d->tok);
  free(d->sent);
  free(d->m);
  free(d->ent);
  free(d->ten);
  free(d->tok_mention);
  ng_arena_free(d->arena);
  free(d);
}

bool ng_tok_is(const ng_doc *d, size_t i, const char *norm) {
  return i < d->ntok && strcmp(d->tok[i].norm, norm) == 0;
}

bool ng_tok_is_age(const ng_doc *d, size_t t) {
  const char *w = d->tok[t].norm;
  size_t n = strlen(w);
  if (n > 8 && !strcmp(w + n - 8, "year-old"))
    return true;
  if (strcmp(w, "old") || t < 2)
    return false;
  if (ng_tok_is(d, t - 1, "-") && ng_tok_is(d, t - 2, "year"))
    return true; /* "year - old", as tokenized corpora write it */
  size_t k = t - 1; /* "23 year old", "23 - year old" */
  if (!ng_tok_is(d, k, "year"))
    return false;
  k -= k >= 2 && ng_tok_is(d, k - 1, "-");
  return k >= 1 && (d->tok[k - 1].flags & NG_TOK_NUM);
}

const char *ng_place_class(const ng_entity *x) {
  if (x->type)
    return x->type;
  const char *k = x->place->kind;
  return !strcmp(k, "region") ? "Region" : !strcmp(k, "district") ? "District" : "City";
}

const char *ng_entity_class(const ng_entity *x) {
  return x->kind == NG_E_PLACE ? ng_place_class(x) : x->kind == NG_E_ORG ? x->type : NULL;
}

bool ng_doc_place_within(const ng_doc *d, int inner, int outer) {
  enum { DEPTH = 8 }; /* a venue, a district, a city, a region, a country */
  for (int k = 0; inner >= 0 && k < DEPTH; k++) {
    if (inner == outer)
      return true;
    inner = ng_doc_outer_place(d, inner);
  }
  return false;
}

int ng_doc_country_of(const ng_doc *d, int e) {
  while (e >= 0 && d->ent[e].kind != NG_E_COUNTRY)
    e = d->ent[e].of;
  return e;
}

const ng_participant_word *ng_doc_participant_word(const ng_doc *d, const ng_mention *m) {
  if (m->kind != NG_M_PARTICIPANT)
    return NULL;
  const ng_lex *l = ng_lex_find(ng_doc_lookup(d, m->tb, m->te - m->tb), NG_LEX_PARTICIPANT);
  return l ? l->ref : NULL;
}

void ng_event_reclassify(ng_doc *d, ng_event *e, const ng_event_class *cls) {
  ng_trigger *t = ng_arena_alloc(d->arena, sizeof *t);
  *t = *e->trigger;
  t->cls = cls;
  t->cameo = cls->cameo;
  e->trigger = t;
}

int ng_doc_add_mention(ng_doc *d, ng_mkind kind, ng_mform form, uint32_t tb, uint32_t te,
                       const void *ref) {
  NG_GROW(d->m, d->nm, d->mcap);
  ng_mention *m = &d->m[d->nm];
  memset(m, 0, sizeof *m);
  m->tb = tb;
  m->te = te;
  m->kind = kind;
  m->form = form;
  m->ref = ref;
  m->country = -1;
  m->entity = -1;
  m->event = -1;
  m->tenure = -1;
  for (uint32_t t = tb; t < te; t++)
    d->tok_mention[t] = (int)d->nm;
  return (int)d->nm++;
}

bool ng_doc_word_is(const ng_doc *d, size_t t, ng_grammar_role role) {
  for (const ng_lex *l = ng_doc_lookup(d, t, 1); l; l = l->next)
    if (l->kind == NG_LEX_GRAMMAR && (uintptr_t)l->ref == (uintptr_t)role)
      return true;
  return false;
}

bool ng_doc_longer_trigger_at(const ng_doc *d, size_t t, size_t n) {
  for (size_t len = n + 1; len <= NG_TRIGGER_MAX_WORDS && t + len <= d->ntok; len++)
    if (ng_lex_find(ng_doc_lookup(d, t, len), NG_LEX_TRIGGER))
      return true;
  return false;
}

const ng_trigger *ng_doc_trigger_reading(const ng_doc *d, size_t t, size_t n, bool noun) {
  for (const ng_lex *l = ng_doc_lookup(d, t, n); l; l = l->next)
    if (l->kind == NG_LEX_TRIGGER && ((const ng_trigger *)l->ref)->noun == noun)
      return l->ref;
  return NULL;
}

bool ng_doc_possessor(const ng_doc *d, size_t b, const ng_mention **whose) {
  const ng_mention *m = b > 0 ? ng_doc_mention_at(d, b - 1) : NULL;
  *whose = NULL;
  if (m && m->form == NG_FORM_PRONOUN && ng_doc_word_is(d, b - 1, NG_GRAM_POSSESSIVE)) {
    *whose = m;
    return true;
  }
  if (b == 0 || !(d->tok[b - 1].flags & NG_TOK_POSS))
    return false;
  *whose = (d->tok[b - 1].flags & NG_TOK_WORD) ? m : b > 1 ? ng_doc_mention_at(d, b - 2) : NULL;
  return true;
}

size_t ng_doc_after_possessor(const ng_doc *d, const ng_mention *m) {
  size_t after = m->te;
  uint32_t flags = after < d->ntok ? d->tok[after].flags : 0;
  if ((flags & NG_TOK_POSS) && !(flags & NG_TOK_WORD))
    after++; /* "'s" written apart */
  const ng_mention *owner;
  return ng_doc_possessor(d, after, &owner) && owner == m ? after : 0;
}

const ng_position *ng_doc_evidence_of(const ng_doc *d, int m) {
  return d->m[m].tenure >= 0 ? d->ten[d->m[m].tenure].pos : NULL;
}

bool ng_doc_is_evidence(const ng_doc *d, int m) { return ng_doc_evidence_of(d, m) != NULL; }

const char *ng_doc_span_text(ng_doc *d, uint32_t tb, uint32_t te) {
  ng_buf b = NG_BUF_INIT;
  for (uint32_t t = tb; t < te; t++) {
    if (t > tb && (d->tok[t].flags & NG_TOK_SPACE_BEFORE))
      ng_buf_putc(&b, ' ');
    ng_buf_put(&b, ng_tok_text(d, t), ng_tok_len(d, t));
  }
  const char *s = ng_arena_strndup(d->arena, ng_buf_cstr(&b), b.len);
  ng_buf_free(&b);
  return s;
}

const ng_lex *ng_doc_lookup(const ng_doc *d, size_t i, size_t n) {
  if (i >= d->ntok || n == 0 || n > d->ntok - i)
    return NULL; /* (also "the word before" token 0, asked as SIZE_MAX) */
  if (n == 1)
    return d->tok[i].lex;
  if (n > d->tok[i].phrase)
    return NULL; /* no phrase that long starts with this word */
  /* called several times per token: build the key on the stack when it fits */
  char stack[256];
  size_t len = 0;
  for (size_t k = i; k < i + n; k++)
    len += strlen(d->tok[k].norm) + (k > i);
  char *key = len < sizeof stack ? stack : ng_xmalloc(len + 1);
  char *p = key;
  for (size_t k = i; k < i + n; k++) {
    if (k > i)
      *p++ = ' ';
    size_t w = strlen(d->tok[k].norm);
    memcpy(p, d->tok[k].norm, w);
    p += w;
  }
  *p = '\0';
  const ng_lex *l = ng_kb_lookup(d->kb, key, len);
  if (key != stack)
    free(key);
  return l;
}

const ng_lex *ng_lex_find(const ng_lex *l, ng_lex_kind kind) {
  for (; l; l = l->next)
    if (l->kind == kind)
      return l;
  return NULL;
}

/* The country of the nearest country or place mention before `mention`, no more than `back`
 * sentences back: "... in Kabul on Monday, police said" is Afghanistan's police even after
 * "a Norwegian aid worker". */
static int country_before(const ng_doc *d, size_t mention, uint32_t back) {
  uint32_t s = d->tok[d->m[mention].tb].sent;
  for (size_t k = mention; k-- > 0;) {
    const ng_mention *m = &d->m[k];
    if (d->tok[m->tb].sent + back < s)
      break;
    if (m->kind == NG_M_COUNTRY && m->entity >= 0)
      return m->entity;
    if (m->kind == NG_M_PLACE && m->entity >= 0 && d->ent[m->entity].of >= 0)
      return d->ent[m->entity].of;
  }
  return -1;
}

int ng_doc_context_country(const ng_doc *d, size_t mention) {
  int c = country_before(d, mention, 0);
  if (c < 0)
    c = d->dateline;
  return c >= 0 ? c : country_before(d, mention, 2);
}

const char *ng_surname_key(const ng_doc *d, const char *norm) {
  const char *hyphen = strchr(norm, '-');
  if (!hyphen || hyphen == norm || !hyphen[1])
    return norm;
  return ng_lex_find(ng_kb_lookup(d->kb, norm, (size_t)(hyphen - norm)), NG_LEX_PARTICLE)
             ? hyphen + 1 : norm;
}

const char *ng_doc_words_key(const ng_doc *d, uint32_t tb, uint32_t te, ng_buf *key) {
  ng_buf_clear(key);
  for (uint32_t t = tb; t < te; t++) {
    if (t > tb)
      ng_buf_putc(key, ' ');
    ng_buf_puts(key, d->tok[t].norm);
  }
  return ng_buf_cstr(key);
}

uint32_t ng_name_last_word(const ng_doc *d, uint32_t tb, uint32_t te) {
  uint32_t last = te - 1;
  while (last > tb + 1 && (ng_kb_name_suffix(d->kb, d->tok[last].norm) ||
                           (d->tok[last].flags & NG_TOK_PUNCT)))
    last--; /* "Jr." may end in its own full stop */
  return last;
}

uint32_t ng_name_first_family_word(const ng_doc *d, uint32_t tb, uint32_t te) {
  uint32_t last = ng_name_last_word(d, tb, te), k = last - 1;
  if (last < tb + 2 || !(d->tok[k].flags & NG_TOK_CAP) || (d->tok[k].flags & NG_TOK_PUNCT) ||
      d->tok[k].e - d->tok[k].b < 3 || ng_lex_find(ng_doc_lookup(d, k, 1), NG_LEX_GIVEN))
    return last;
  return k;
}

bool ng_tok_is_quote_mark(const ng_doc *d, size_t i) {
  if (i >= d->ntok || !(d->tok[i].flags & NG_TOK_PUNCT))
    return false;
  uint32_t cp = ng_utf8_decode(d->text + d->tok[i].b, d->tok[i].e - d->tok[i].b, &(size_t){0});
  return cp == '"' || cp == '\'' || cp == '`' || cp == 0x2018 || cp == 0x2019 || cp == 0x201C ||
         cp == 0x201D || cp == 0x00AB || cp == 0x00BB;
}

bool ng_sentence_is_title_case(const ng_doc *d, uint32_t sent) {
  return d->sent[sent].title_case;
}

bool ng_sentence_is_headline(const ng_doc *d, uint32_t sent) {
  enum { HEADLINE_TOKENS = 25 };
  if (sent >= NG_HEADLINE_SENTENCES || sent >= d->nsent)
    return false;
  if (d->sent[sent].title_case)
    return true;
  const ng_sentence *s = &d->sent[sent];
  return sent == 0 && s->te - s->tb <= HEADLINE_TOKENS && !ng_tok_is(d, s->te - 1, ".") &&
         (s->te >= d->ntok || (d->tok[s->te].flags & (NG_TOK_PARA | NG_TOK_NL)));
}
