/* SPDX-License-Identifier: MIT */
/* sentence.c: stage 2. Tokens -> sentences. A sentence ends at . ! ? (with the closing quotes
 * that follow) unless a lower-case word comes next; after an abbreviation that may end a
 * sentence ("the U.S.") only when the next word is a common function word ("The", "He");
 * never inside "U.S. State Department". A blank line always ends one, a line break does unless
 * the next line continues in lower case. */
#include "doc.h"
#include "text.h"

static bool is_terminal(const ng_token *t) {
  return (t->flags & NG_TOK_PUNCT) &&
         (!strcmp(t->norm, ".") || !strcmp(t->norm, "!") || !strcmp(t->norm, "?") ||
          !strcmp(t->norm, "..."));
}

static bool is_closer(const ng_doc *d, const ng_token *t) {
  if (!(t->flags & NG_TOK_PUNCT) || (t->flags & NG_TOK_SPACE_BEFORE))
    return false;
  uint32_t cp = ng_utf8_decode(d->text + t->b, t->e - t->b, &(size_t){0});
  return cp == '"' || cp == '\'' || cp == 0x201D || cp == 0x2019 || cp == ')' || cp == ']' ||
         cp == 0x00BB;
}

static bool starts_lower(const ng_doc *d, const ng_token *t) {
  uint32_t cp = ng_utf8_decode(d->text + t->b, t->e - t->b, &(size_t){0});
  return ng_cp_is_letter(cp) && !ng_cp_is_upper(cp);
}

static bool is_function_word(const ng_doc *d, size_t i) {
  const ng_lex *l = ng_lex_find(ng_doc_lookup(d, i, 1), NG_LEX_COMMON);
  return l && (uintptr_t)l->ref == NG_COMMON_FUNCTION;
}

/* One past the last token of the sentence that may end at token i, or 0 for no break. */
static size_t break_after(const ng_doc *d, size_t i) {
  const ng_token *t = &d->tok[i];
  size_t k = i + 1;
  if (k >= d->ntok)
    return k;
  if (is_terminal(t)) {
    while (k < d->ntok && is_closer(d, &d->tok[k]))
      k++;
    if (k < d->ntok && starts_lower(d, &d->tok[k]) && !(d->tok[k].flags & NG_TOK_NL))
      return 0;
    return k;
  }
  const ng_token *next = &d->tok[k];
  if (next->flags & NG_TOK_PARA)
    return k;
  if ((t->flags & NG_TOK_ABBR_MAYBE) && (next->flags & NG_TOK_CAP) && is_function_word(d, k))
    return k;
  if ((next->flags & NG_TOK_NL) && !starts_lower(d, next) && strcmp(t->norm, ","))
    return k;
  return 0;
}

static void push_sentence(ng_doc *d, size_t tb, size_t te) {
  NG_GROW(d->sent, d->nsent, d->sentcap);
  d->sent[d->nsent].tb = (uint32_t)tb;
  d->sent[d->nsent].te = (uint32_t)te;
  for (size_t t = tb; t < te; t++)
    d->tok[t].sent = (uint32_t)d->nsent;
  d->tok[tb].flags |= NG_TOK_SENT_START;
  d->nsent++;
}

/* A line that is a web address ("http://example.com/woman-killed-in-queens") says nothing in
 * words: its tokens are not words, so no stage reads names or events in its slug. */
static void silence_addresses(ng_doc *d) {
  for (size_t s = 0; s < d->nsent; s++) {
    const ng_sentence *st = &d->sent[s];
    if (!ng_doc_word_is(d, st->tb, NG_GRAM_WEB_ADDRESS))
      continue;
    for (size_t i = st->tb; i < st->te; i++)
      d->tok[i].flags &= ~(uint32_t)(NG_TOK_WORD | NG_TOK_CAP | NG_TOK_ALLCAPS);
  }
}

/* Computed once per sentence: the stages ask it of every capitalised token. */
static bool counts_as_title_case(const ng_doc *d, const ng_sentence *s) {
  size_t words = 0, caps = 0;
  for (uint32_t t = s->tb; t < s->te; t++)
    if ((d->tok[t].flags & NG_TOK_WORD) && !(d->tok[t].flags & NG_TOK_NUM)) {
      words++;
      caps += (d->tok[t].flags & NG_TOK_CAP) != 0;
    }
  return words >= 3 && caps * 10 >= words * 7;
}

/* Text with no sentence breaks (a list, a dump, a run-on line) is cut into pieces every stage
 * can afford: each scans its sentence, so one sentence of a million words would cost a million
 * squared. A piece long enough ends at its next comma or semicolon, and any piece at HARD. */
enum { SOFT_SENTENCE_TOKENS = 150, HARD_SENTENCE_TOKENS = 300 };

static bool cut_long(const ng_doc *d, size_t start, size_t i) {
  size_t len = i + 1 - start;
  if (len >= HARD_SENTENCE_TOKENS)
    return true;
  return len >= SOFT_SENTENCE_TOKENS && (ng_tok_is(d, i, ",") || ng_tok_is(d, i, ";"));
}

ng_status ng_sentence_run(ng_doc *d, const ng_diag *diag) {
  (void)diag;
  size_t start = 0;
  for (size_t i = 0; i < d->ntok;) {
    size_t end = break_after(d, i);
    if (!end && cut_long(d, start, i))
      end = i + 1;
    if (end) {
      push_sentence(d, start, end);
      start = i = end;
    } else {
      i++;
    }
  }
  if (start < d->ntok)
    push_sentence(d, start, d->ntok);
  d->tok[d->ntok].sent = d->nsent ? (uint32_t)(d->nsent - 1) : 0; /* the end token's */
  silence_addresses(d);
  for (size_t s = 0; s < d->nsent; s++)
    d->sent[s].title_case = counts_as_title_case(d, &d->sent[s]);
  return NG_OK;
}
