/* SPDX-License-Identifier: MIT */
/* quote.c: part of stage 10 (events). A statement's quotation: the quoted words right after its
 * verb ("said: “...”") or just before its speaker ("“...,” Peskov added") become the statement's
 * ng:quote, and "I" and "me" inside are mentions of the speaker. */
#include "doc.h"

#include <stdlib.h>
#include <string.h>

/* The quotation right after the trigger ("said: “...”") or just before its subject
 * ("“...,” Peskov added"): tokens [*qb, *qe). */
static bool find_quote(const ng_doc *d, const ng_mention *tm, size_t *qb, size_t *qe) {
  if (ng_tok_quoted(d, tm->tb))
    return false;
  /* right: "said “...”", or "reacted on his account: “...”" */
  for (size_t k = tm->te; k < d->ntok && k < tm->te + 10; k++) {
    if (ng_tok_quoted(d, k) && (k <= tm->te + 2 || ng_tok_is(d, k - 2, ":"))) {
      for (*qb = k; k < d->ntok && ng_tok_quoted(d, k); k++)
        ;
      *qe = k;
      return true;
    }
    if (ng_tok_is(d, k, ".") || ng_tok_quoted(d, k))
      break;
  }
  /* left: "“...,” spokesman John Kirby said", "“...,” the comedian and talk show host said" */
  for (size_t k = tm->tb; k > 0 && k + 8 > tm->tb; k--) {
    if (ng_tok_quoted(d, k - 1)) {
      for (*qe = k; k > 0 && ng_tok_quoted(d, k - 1); k--)
        ;
      *qb = k;
      return true;
    }
    const ng_mention *m = ng_doc_mention_at(d, k - 1);
    if (ng_tok_is(d, k - 1, ".") || (m && m->kind == NG_M_TRIGGER) ||
        ((d->tok[k - 1].flags & NG_TOK_CAP) && !m))
      break; /* over "the comedian and talk show host", not over another verb or sentence */
  }
  return false;
}

static const char *quote_text(ng_doc *d, size_t qb, size_t qe) {
  size_t e = qe;
  while (e > qb && (ng_tok_is(d, e - 1, ",") || ng_tok_is(d, e - 1, ".")))
    e--; /* the comma before the closing quote is the attribution's, not the speaker's */
  if (e == qb)
    return NULL;
  return ng_arena_strndup(d->arena, d->text + d->tok[qb].b, d->tok[e - 1].e - d->tok[qb].b);
}

typedef struct quote_span {
  size_t qb, qe;
  int speaker;
} quote_span;

/* "I", "me" inside a quotation are mentions of its speaker, when the speaker is a person. */
static void mention_speakers(ng_doc *d, const quote_span *spans, size_t n) {
  for (size_t k = 0; k < n; k++) {
    const ng_entity *who = &d->ent[spans[k].speaker];
    if (who->kind != NG_E_PERSON && (who->kind != NG_E_PARTICIPANT || who->plural))
      continue;
    for (size_t t = spans[k].qb; t < spans[k].qe; t++)
      if (ng_doc_token_free(d, t) && ng_doc_word_is(d, t, NG_GRAM_FIRST_PERSON)) {
        int m = ng_doc_add_mention(d, NG_M_PERSON, NG_FORM_PRONOUN, (uint32_t)t, (uint32_t)t + 1, NULL);
        d->m[m].entity = spans[k].speaker;
      }
  }
}

/* Does the line starting at token t open with a label and a colon ("Reporter:")? */
static bool opens_with_label(const ng_doc *d, size_t t) {
  enum { LABEL_TOKENS = 4 };
  for (size_t k = t + 1; k < d->ntok && k < t + LABEL_TOKENS && !(d->tok[k].flags & NG_TOK_NL); k++)
    if (ng_tok_is(d, k, ":"))
      return true;
  return false;
}

/* "President Ana Lee: Before I introduce ...": a line that opens with a person's name and a
 * colon gives that person's words, as a transcript does, up to the line of the next speaker or
 * the paragraph's end; "I" and "me" there are mentions of the speaker. */
static void mention_transcript_speakers(ng_doc *d) {
  int speaker = -1;
  for (size_t t = 0; t < d->ntok; t++) {
    uint32_t f = d->tok[t].flags;
    if (t == 0 || (f & NG_TOK_PARA))
      speaker = -1;
    if (t == 0 || (f & NG_TOK_NL)) { /* a line starts: a speaker's name and a colon? */
      const ng_mention *m = ng_doc_mention_at(d, t);
      if (m && m->kind == NG_M_TITLE)
        m = ng_doc_mention_at(d, m->te); /* "President Ana Lee:" */
      if (m && m->kind == NG_M_PERSON && m->form == NG_FORM_NAME && m->entity >= 0 &&
          ng_tok_is(d, m->te, ":")) {
        speaker = m->entity;
        t = m->te;
        continue;
      }
      if (opens_with_label(d, t))
        speaker = -1; /* "Reporter:", "Q:": someone else speaks */
    }
    if (speaker >= 0 && !(f & NG_TOK_QUOTED) && ng_doc_token_free(d, t) &&
        ng_doc_word_is(d, t, NG_GRAM_FIRST_PERSON)) {
      int k = ng_doc_add_mention(d, NG_M_PERSON, NG_FORM_PRONOUN, (uint32_t)t, (uint32_t)t + 1, NULL);
      d->m[k].entity = speaker;
    }
  }
}

void ng_attach_quotes(ng_doc *d) {
  quote_span *spans = NULL;
  size_t n = 0, cap = 0;
  for (size_t i = 0; i < d->nev; i++) {
    ng_event *e = &d->ev[i];
    size_t qb, qe;
    if (!ng_event_is_statement(e) || e->agent < 0 || !find_quote(d, &d->m[e->mentions[0]], &qb, &qe))
      continue;
    e->quote = quote_text(d, qb, qe);
    NG_GROW(spans, n, cap);
    spans[n++] = (quote_span){qb, qe, e->agent};
  }
  for (size_t i = 0; i < d->nev; i++) {
    ng_event *e = &d->ev[i];
    const ng_mention *tm = &d->m[e->mentions[0]];
    bool first_person = tm->tb > 0 && (ng_tok_is(d, tm->tb - 1, "i") || ng_tok_is(d, tm->tb - 1, "we"));
    for (size_t k = 0; k < n && first_person && e->agent < 0; k++)
      if (tm->tb >= spans[k].qb && tm->tb < spans[k].qe)
        e->agent = spans[k].speaker;
  }
  mention_speakers(d, spans, n);
  mention_transcript_speakers(d);
  free(spans);
}
