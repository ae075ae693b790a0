/* SPDX-License-Identifier: MIT */
/* tokenize.c: stage 1. Text -> tokens with byte and code point offsets.
 * Words keep internal apostrophes and hyphens (O'Brien, al-Assad), but a country, a place or
 * their demonym at either end of a hyphenated word is a word of its own ("US-backed",
 * "pro-Syrian", "British-Pakistani"), and numbers keep their
 * separators (7:30, 2016-12-19, 1.5). The possessive 's is a token of its own, so "Russia’s"
 * matches the country. A period belongs to its word when the word is a known abbreviation
 * (Mr., Jan.), an initial (J.) or an acronym written with periods (U.S., U.N.). */
#include "doc.h"
#include "text.h"

#include <stdlib.h>

typedef struct cursor {
  const char *s;
  size_t len;
  size_t i;  /* byte offset */
  size_t cp; /* code point offset */
} cursor;

/* The code point `ahead` code points after the cursor, or 0 past the end. */
static uint32_t peek(const cursor *c, size_t ahead) {
  size_t i = c->i, adv;
  uint32_t cp = 0;
  for (size_t k = 0; k <= ahead; k++) {
    if (i >= c->len)
      return 0;
    cp = ng_utf8_decode(c->s + i, c->len - i, &adv);
    i += adv;
  }
  return cp;
}

static void advance(cursor *c, size_t n) {
  for (size_t k = 0; k < n && c->i < c->len; k++) {
    size_t adv;
    ng_utf8_decode(c->s + c->i, c->len - c->i, &adv);
    c->i += adv;
    c->cp++;
  }
}

static bool is_word_cp(uint32_t cp) { return ng_cp_is_letter(cp) || ng_cp_is_digit(cp); }
static bool is_hyphen(uint32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

/* "U.S." / "a.m.": letter-period pairs, at least two. Returns code points, or 0. */
static size_t acronym_length(const cursor *c) {
  size_t n = 0;
  while (ng_cp_is_letter(peek(c, n)) && peek(c, n + 1) == '.')
    n += 2;
  if (n < 4 || is_word_cp(peek(c, n)))
    return 0;
  return n;
}

/* Code points of a word starting at the cursor, stopping before a possessive 's. */
static size_t word_length(const cursor *c) {
  size_t n = 0;
  for (;;) {
    uint32_t cp = peek(c, n), next = peek(c, n + 1);
    if (is_word_cp(cp)) {
      n++;
    } else if (ng_cp_is_apostrophe(cp) && n > 0 && ng_cp_is_letter(next)) {
      bool possessive = (next == 's' || next == 'S') && !is_word_cp(peek(c, n + 2));
      if (possessive)
        return n;
      n++;
    } else if (is_hyphen(cp) && n > 0 && is_word_cp(next)) {
      n++;
    } else if (cp == '&' && n > 0 && ng_cp_is_upper(peek(c, n - 1)) && ng_cp_is_upper(next)) {
      n++; /* "AT&T", "E&T": one name, not a letter that could be someone's */
    } else if ((cp == '.' || cp == ',' || cp == ':' || cp == '/') && n > 0 &&
               ng_cp_is_digit(peek(c, n - 1)) && ng_cp_is_digit(next)) {
      n++;
    } else {
      return n;
    }
  }
}

static void set_norm(ng_doc *d, ng_token *t) {
  ng_buf b = NG_BUF_INIT;
  ng_fold(&b, d->text + t->b, t->e - t->b, true);
  t->norm = ng_arena_strndup(d->arena, ng_buf_cstr(&b), b.len);
  ng_buf_free(&b);
}

static void set_case_flags(ng_doc *d, ng_token *t) {
  size_t letters = 0, upper = 0, i = t->b, adv;
  bool first = true;
  while (i < t->e) {
    uint32_t cp = ng_utf8_decode(d->text + i, t->e - i, &adv);
    if (ng_cp_is_letter(cp)) {
      letters++;
      upper += ng_cp_is_upper(cp);
      if (first && ng_cp_is_upper(cp))
        t->flags |= NG_TOK_CAP;
      first = false;
    } else if (ng_cp_is_digit(cp) && first) {
      t->flags |= NG_TOK_NUM;
      first = false;
    }
    i += adv;
  }
  if (letters >= 2 && upper == letters)
    t->flags |= NG_TOK_ALLCAPS;
}

/* The word [start, end) folded, with a period after it: how abbreviations are known ("dr."). */
static void fold_with_period(const ng_doc *d, size_t start, size_t end, ng_buf *out) {
  ng_fold(out, d->text + start, end - start, true);
  ng_buf_putc(out, '.');
}

/* 0, or 1 for an abbreviation that never ends a sentence, 2 for one that may (abbreviations.csv). */
static int abbreviation_kind(const ng_doc *d, size_t start, size_t end) {
  ng_buf b = NG_BUF_INIT;
  fold_with_period(d, start, end, &b);
  int kind = ng_kb_abbrev(d->kb, b.data, b.len);
  ng_buf_free(&b);
  return kind;
}

/* A trailing period joins the word when the word is an abbreviation or an initial. */
static uint32_t abbreviation_period(ng_doc *d, const cursor *c, size_t start, size_t ncp) {
  if (peek(c, 0) != '.')
    return 0;
  int kind = abbreviation_kind(d, start, c->i);
  if (kind)
    return NG_TOK_ABBR | (kind == 2 ? NG_TOK_ABBR_MAYBE : 0);
  if (ncp == 1 && ng_cp_is_upper(ng_utf8_decode(d->text + start, c->i - start, &(size_t){0})))
    return NG_TOK_ABBR | NG_TOK_ABBR_MAYBE; /* an initial, or "Group A." ending a sentence */
  return 0;
}

/* A middle initial: one capital letter right after a capitalised word ("Francis S"). */
static bool is_middle_initial(const ng_doc *d, size_t start, size_t ncp) {
  if (ncp != 1 || !ng_cp_is_upper(ng_utf8_decode(d->text + start, d->len - start, &(size_t){0})) ||
      d->ntok == 0)
    return false;
  const ng_token *prev = &d->tok[d->ntok - 1];
  return (prev->flags & NG_TOK_WORD) && (prev->flags & NG_TOK_CAP) && !(prev->flags & NG_TOK_ALLCAPS) &&
         prev->e + 1 == start && d->text[prev->e] == ' ';
}

/* Text tokenized before it came here puts a space before every period: "Dr . Regina Benjamin",
 * "Francis S . Collins". The period still belongs to a title that never ends a sentence, or
 * to a middle initial, when a capitalised word follows it. Returns the code points to take
 * (the space and the period), or 0. */
static size_t spaced_period(ng_doc *d, const cursor *c, size_t start, size_t ncp) {
  if (peek(c, 0) != ' ' || peek(c, 1) != '.' || peek(c, 2) != ' ' || !ng_cp_is_upper(peek(c, 3)))
    return 0;
  return abbreviation_kind(d, start, c->i) == 1 || is_middle_initial(d, start, ncp) ? 2 : 0;
}

/* Is the text [b, e) capitalised and, as a whole, a country, a place or a demonym of one? */
static bool names_country_or_place(const ng_doc *d, size_t b, size_t e) {
  if (e <= b || !ng_cp_is_upper(ng_utf8_decode(d->text + b, e - b, &(size_t){0})))
    return false;
  ng_buf f = NG_BUF_INIT;
  ng_fold(&f, d->text + b, e - b, true);
  bool found = false;
  for (const ng_lex *l = ng_kb_lookup(d->kb, ng_buf_cstr(&f), f.len); l && !found; l = l->next)
    found = l->kind == NG_LEX_COUNTRY || l->kind == NG_LEX_DEMONYM || l->kind == NG_LEX_PLACE ||
            l->kind == NG_LEX_PLACE_DEMONYM;
  ng_buf_free(&f);
  return found;
}

/* The code points of the first token of the n-code-point word at the cursor when it is to be
 * cut at a hyphen (before the hyphen after a leading country, before the one before a trailing
 * one), else n. A word the tables know whole ("Guinea-Bissau") stays whole. */
static size_t hyphen_cut(const ng_doc *d, const cursor *c, size_t n) {
  size_t first = 0, last = 0, first_at = 0, after_last = 0, at = c->i;
  for (size_t k = 0; k < n; k++) {
    size_t adv;
    uint32_t cp = ng_utf8_decode(d->text + at, d->len - at, &adv);
    if (is_hyphen(cp)) {
      if (!first)
        first = k, first_at = at;
      last = k, after_last = at + adv;
    }
    at += adv;
  }
  if (!first || d->whole_words)
    return n;
  ng_buf whole = NG_BUF_INIT;
  ng_fold(&whole, d->text + c->i, at - c->i, true);
  bool known = ng_kb_lookup(d->kb, ng_buf_cstr(&whole), whole.len) != NULL;
  ng_buf_free(&whole);
  if (known)
    return n;
  if (names_country_or_place(d, c->i, first_at))
    return first;
  return names_country_or_place(d, after_last, at) ? last : n;
}

static ng_token *push_token(ng_doc *d, size_t b, size_t cb) {
  NG_GROW(d->tok, d->ntok, d->tokcap);
  ng_token *t = &d->tok[d->ntok++];
  memset(t, 0, sizeof *t);
  t->b = (uint32_t)b;
  t->cb = (uint32_t)cb;
  return t;
}

/* Does the possessive clitic ’s / 's, a whole word, start `ahead` code points on? */
static bool clitic_at(const cursor *c, size_t ahead) {
  uint32_t s = peek(c, ahead + 1);
  return ng_cp_is_apostrophe(peek(c, ahead)) && (s == 's' || s == 'S') &&
         !is_word_cp(peek(c, ahead + 2));
}

static void scan_word(ng_doc *d, cursor *c) {
  size_t b = c->i, cb = c->cp;
  uint32_t flags = NG_TOK_WORD;
  size_t spaced = 0, word_end = 0;
  size_t n = acronym_length(c);
  if (n) {
    advance(c, n);
    ng_buf f = NG_BUF_INIT;
    ng_fold(&f, d->text + b, c->i - b, true);
    flags |= NG_TOK_ABBR | (ng_kb_abbrev(d->kb, f.data, f.len) == 1 ? 0 : NG_TOK_ABBR_MAYBE);
    ng_buf_free(&f);
  } else {
    n = hyphen_cut(d, c, word_length(c));
    advance(c, n);
    uint32_t abbr = abbreviation_period(d, c, b, n);
    if (abbr)
      advance(c, 1);
    else if ((spaced = spaced_period(d, c, b, n)) != 0)
      word_end = c->i, abbr = NG_TOK_ABBR | (n == 1 ? NG_TOK_ABBR_MAYBE : 0);
    advance(c, spaced);
    flags |= abbr;
  }
  ng_token *t = push_token(d, b, cb);
  t->e = (uint32_t)c->i;
  t->ce = (uint32_t)c->cp;
  t->flags |= flags;
  set_case_flags(d, t);
  set_norm(d, t);
  if (spaced) { /* "Dr ." is known as "dr." */
    ng_buf f = NG_BUF_INIT;
    fold_with_period(d, b, word_end, &f);
    t->norm = ng_arena_strndup(d->arena, f.data, f.len);
    ng_buf_free(&f);
  }
  /* the possessive clitic: ’s / 's after the word, or after one space as tokenized corpora
   * write it ("Paper 's chairman") */
  if (peek(c, 0) == ' ' && clitic_at(c, 1))
    advance(c, 1);
  if (clitic_at(c, 0)) {
    ng_token *p = push_token(d, c->i, c->cp);
    advance(c, 2);
    p->e = (uint32_t)c->i;
    p->ce = (uint32_t)c->cp;
    p->flags = NG_TOK_POSS;
    p->norm = "'s";
  }
}

static void scan_punct(ng_doc *d, cursor *c) {
  size_t b = c->i, cb = c->cp;
  size_t n = 1;
  if (peek(c, 0) == '.' && peek(c, 1) == '.' && peek(c, 2) == '.')
    n = 3;
  else if ((peek(c, 0) == '-' || peek(c, 0) == '`' || peek(c, 0) == '\'') &&
           peek(c, 1) == peek(c, 0))
    n = 2; /* "--"; "``" and "''", quotes as tokenized corpora write them */
  advance(c, n);
  ng_token *t = push_token(d, b, cb);
  t->e = (uint32_t)c->i;
  t->ce = (uint32_t)c->cp;
  t->flags = NG_TOK_PUNCT;
  set_norm(d, t);
}

/* Which way a straight double quote faces: ' "Yes' opens, 'yes," ' closes; with space on both
 * sides (text tokenised with spaces) it cannot tell (0). */
static int straight_quote_side(const ng_doc *d, size_t i) {
  bool space_before = i == 0 || (d->tok[i].flags & (NG_TOK_SPACE_BEFORE | NG_TOK_NL));
  bool space_after = i + 1 >= d->ntok || (d->tok[i + 1].flags & (NG_TOK_SPACE_BEFORE | NG_TOK_NL));
  return space_before == space_after ? 0 : space_before ? 1 : -1;
}

/* Mark tokens inside double quotes. A blank line closes any quote left open; an opening mark
 * inside an open quotation closes it (nested quotations use single marks, so it is a typo for
 * the closing one); a straight quote that cannot tell its side closes at the end of its line,
 * so that one unpaired mark does not make the rest of a story a quotation. */
static void mark_quotes(ng_doc *d) {
  bool open = false, ends_at_line = false;
  for (size_t i = 0; i < d->ntok; i++) {
    ng_token *t = &d->tok[i];
    if ((t->flags & NG_TOK_PARA) || ((t->flags & NG_TOK_NL) && ends_at_line))
      open = false;
    uint32_t cp = ng_utf8_decode(d->text + t->b, t->e - t->b, &(size_t){0});
    if (t->e - t->b == 2 && (cp == '`' || cp == '\'') && d->text[t->b + 1] == (char)cp)
      cp = cp == '`' ? 0x201C : 0x201D; /* not "'s" */
    if (cp == 0x201C || cp == 0x00AB) {
      open = !open, ends_at_line = false;
    } else if (cp == 0x201D || cp == 0x00BB) {
      open = false;
    } else if (cp == '"') {
      int side = straight_quote_side(d, i);
      open = side ? side > 0 : !open;
      ends_at_line = side == 0;
    } else if (open) {
      t->flags |= NG_TOK_QUOTED;
    }
  }
}

/* A name in quotation marks ("the “Islamic State” group") is named, not quoted: a run of at
 * most four quoted words that all start with a capital is not a quotation. */
static void unmark_quoted_names(ng_doc *d) {
  enum { NAME_WORDS = 4 };
  for (size_t i = 0; i < d->ntok;) {
    if (!(d->tok[i].flags & NG_TOK_QUOTED)) {
      i++;
      continue;
    }
    size_t e = i;
    bool name = true;
    while (e < d->ntok && (d->tok[e].flags & NG_TOK_QUOTED)) {
      name = name && (d->tok[e].flags & NG_TOK_WORD) && (d->tok[e].flags & NG_TOK_CAP);
      e++;
    }
    for (size_t k = i; name && e - i <= NAME_WORDS && k < e; k++)
      d->tok[k].flags &= ~(unsigned)NG_TOK_QUOTED;
    i = e;
  }
}

/* tok[ntok]: no text, no flags, in no mention (doc.h). */
static void add_end_token(ng_doc *d) {
  NG_GROW(d->tok, d->ntok + 1, d->tokcap);
  d->tok[d->ntok] = (ng_token){.b = (uint32_t)d->len, .e = (uint32_t)d->len, .cb = (uint32_t)d->ncp,
                               .ce = (uint32_t)d->ncp, .norm = ""};
}

/* Every stage asks the lexicon about single tokens many times: ask it once per token, and
 * note how long a phrase may start there, so that longer spans need no lookup at all. */
static void look_up_tokens(ng_doc *d) {
  for (size_t i = 0; i < d->ntok; i++) {
    size_t len = strlen(d->tok[i].norm);
    d->tok[i].lex = ng_kb_lookup(d->kb, d->tok[i].norm, len);
    d->tok[i].phrase = (uint32_t)ng_kb_phrase_tokens(d->kb, d->tok[i].norm, len);
  }
}

ng_status ng_tokenize_run(ng_doc *d, const ng_diag *diag) {
  (void)diag;
  cursor c = {.s = d->text, .len = d->len};
  int newlines = 0;
  bool space = false;
  while (c.i < c.len) {
    uint32_t cp = peek(&c, 0);
    if (ng_cp_is_space(cp)) {
      newlines += cp == '\n';
      space = true;
      advance(&c, 1);
      continue;
    }
    size_t before = d->ntok;
    if (is_word_cp(cp))
      scan_word(d, &c);
    else
      scan_punct(d, &c);
    ng_token *t = &d->tok[before];
    t->flags |= (newlines ? NG_TOK_NL : 0) | (newlines > 1 ? NG_TOK_PARA : 0) |
                (space ? NG_TOK_SPACE_BEFORE : 0);
    newlines = 0;
    space = false;
  }
  d->ncp = c.cp;
  add_end_token(d);
  if (!d->whole_words) /* a table's phrase is only keyed: the lexicon is still being built */
    look_up_tokens(d);
  free(d->tok_mention);
  d->tok_mention = ng_xmalloc((d->ntok + 1) * sizeof(int));
  for (size_t i = 0; i <= d->ntok; i++)
    d->tok_mention[i] = -1;
  mark_quotes(d);
  unmark_quoted_names(d);
  return NG_OK;
}
