/* SPDX-License-Identifier: MIT */
/* gazetteer.c: stage 3. Tokens -> mentions of what data/ knows: countries (names, aliases,
 * demonyms), places, organizations, a country's generic bodies ("Russia's Foreign Ministry",
 * "the Foreign Ministry of Russia"), names ending in a head word ("Diplomatic Academy",
 * "Cankaya district"), titles ("Foreign Minister") and dates.
 * At each token the longest reading wins; on a tie the gazetteer beats a head-word name.
 * Proper names must be capitalised in the text; titles, generic bodies and head words not. */
#include "doc.h"

static bool is_cap(const ng_doc *d, size_t i) {
  return i < d->ntok && (d->tok[i].flags & (NG_TOK_CAP | NG_TOK_ALLCAPS));
}

static bool span_free(const ng_doc *d, size_t i, size_t n) {
  for (size_t k = i; k < i + n; k++)
    if (!ng_doc_token_free(d, k))
      return false;
  return true;
}

static bool is_proper_kind(ng_lex_kind k) {
  return k == NG_LEX_COUNTRY || k == NG_LEX_DEMONYM || k == NG_LEX_PLACE || k == NG_LEX_PLACE_DEMONYM ||
         k == NG_LEX_ORG;
}

static bool is_mention_kind(ng_lex_kind k) {
  return is_proper_kind(k) || k == NG_LEX_TITLE || k == NG_LEX_UNIT;
}

static size_t longest_entry(const ng_doc *d, size_t i, const ng_lex **out);
static bool is_name_word(const ng_doc *d, size_t i);

/* Does a body whose members hold a post follow token t: "of the Ankara riot police"? Past "of",
 * "the" and the names of places and countries; the body is a generic one or a known one. */
static bool member_body_at(const ng_doc *d, size_t t) {
  if (!ng_tok_is(d, t, "of"))
    return false;
  t += 1 + ng_tok_is(d, t + 1, "the");
  const ng_lex *l;
  for (size_t n; (n = longest_entry(d, t, &l)) > 0; t += n + ((d->tok[t + n].flags & NG_TOK_POSS) != 0)) {
    if (l->kind == NG_LEX_UNIT)
      return ng_kb_member_position(d->kb, ((const ng_unit *)l->ref)->type, l->ref) != NULL;
    if (l->kind == NG_LEX_ORG)
      return ng_kb_member_position(d->kb, ((const ng_org *)l->ref)->type, NULL) != NULL;
    if (l->kind != NG_LEX_PLACE && l->kind != NG_LEX_COUNTRY && l->kind != NG_LEX_DEMONYM)
      return false;
  }
  return false;
}

/* A title of kind member ("member") is one only before such a body: else "members" are
 * people the text describes. */
static bool is_member_title(const ng_lex *l) {
  return l->kind == NG_LEX_TITLE && ((const ng_title *)l->ref)->kind == NG_TITLE_MEMBER;
}

/* Longest lexicon entry of a mention kind at i. Returns its length in tokens (0: none). */
static size_t longest_entry(const ng_doc *d, size_t i, const ng_lex **out) {
  for (size_t n = d->tok[i].phrase; n >= 1; n--) {
    if (i + n > d->ntok || !span_free(d, i, n))
      continue;
    for (const ng_lex *l = ng_doc_lookup(d, i, n); l; l = l->next) {
      if (!is_mention_kind(l->kind) || (is_proper_kind(l->kind) && !is_cap(d, i)) ||
          (l->caps_only && !(d->tok[i].flags & NG_TOK_ALLCAPS)) ||
          (is_member_title(l) && !member_body_at(d, i + n)) ||
          (l->kind == NG_LEX_TITLE && !is_cap(d, i) && ng_doc_longer_trigger_at(d, i, n)) ||
          (l->kind == NG_LEX_TITLE && ((const ng_title *)l->ref)->before_name &&
           !(is_cap(d, i) && i + n < d->ntok && is_name_word(d, i + n))))
        continue;
      *out = l;
      return n;
    }
  }
  return 0;
}

static const ng_lex *entry_of(const ng_doc *d, size_t i, size_t n, ng_lex_kind kind) {
  return ng_lex_find(ng_doc_lookup(d, i, n), kind);
}

static bool is_common(const ng_doc *d, size_t i) {
  return entry_of(d, i, 1, NG_LEX_COMMON) || entry_of(d, i, 1, NG_LEX_PRONOUN);
}

/* A capitalised word that can be part of a name ("Contemporary", "Moscow"). */
static bool is_name_word(const ng_doc *d, size_t i) {
  return ng_doc_token_free(d, i) && is_cap(d, i) && (d->tok[i].flags & NG_TOK_WORD) &&
         !(d->tok[i].flags & NG_TOK_NUM) && !is_common(d, i);
}

static const ng_head *head_at(const ng_doc *d, size_t i) {
  const ng_lex *l = i < d->ntok ? entry_of(d, i, 1, NG_LEX_HEAD) : NULL;
  return l ? l->ref : NULL;
}

/* A free lower-case word. */
static bool is_plain_word(const ng_doc *d, size_t i) {
  return ng_doc_token_free(d, i) && (d->tok[i].flags & NG_TOK_WORD) && !is_cap(d, i);
}

/* True if tokens [i, i+n) are, as a whole, a known country, place or organization. */
static bool is_known_name(const ng_doc *d, size_t i, size_t n) {
  for (const ng_lex *l = ng_doc_lookup(d, i, n); l; l = l->next)
    if (is_proper_kind(l->kind))
      return true;
  return false;
}

/* "Diplomatic Academy", "Moscow State Institute of International Relations", "Cankaya
 * district": capitalised words ending in a head word, then "of (the) Name..." segments.
 * Returns the length (0: none) and the head. */
static size_t headed_name(const ng_doc *d, size_t i, const ng_head **head) {
  /* Bounded so that a run of thousands of capitalised words costs no square of them. */
  enum { MAX_NAME_WORDS = 12 };
  size_t k = i, stop = d->sent[d->tok[i].sent].te;
  const ng_head *last = NULL;
  size_t end = 0;
  while (k < stop && k - i < MAX_NAME_WORDS && is_name_word(d, k)) {
    const ng_head *h = head_at(d, k);
    /* a head first only when "of Name" follows: "University of Sao Paulo"; one that opens a
       name ends none ("Aoraki Mount Cook") */
    if (h && !(h->first && k > i) &&
        (k > i || (ng_tok_is(d, k + 1, "of") && is_cap(d, k + 2 + ng_tok_is(d, k + 2, "the")))))
      last = h, end = k + 1;
    k++;
  }
  if (!end && k > i && ng_doc_token_free(d, k) && !is_cap(d, k) && head_at(d, k) &&
      !is_known_name(d, i, k - i)) {
    last = head_at(d, k), end = k + 1; /* a lower-case head: "Gulen movement" */
  } else if (!end && k > i && is_plain_word(d, k) && !entry_of(d, k, 1, NG_LEX_GRAMMAR) &&
             head_at(d, k + 1) &&
             head_at(d, k + 1)->target == NG_HEAD_PLACE && is_plain_word(d, k + 1) &&
             !is_known_name(d, i, k - i)) {
    /* "Hmeimim air base", "Ain al-Asad air base"; not "Naina in hospital" */
    last = head_at(d, k + 1), end = k + 2;
  } else if (!end && k > i + 1 && head_at(d, i) && head_at(d, i)->first) {
    last = head_at(d, i), end = k; /* "Camp Bastion", "Fort Hood" */
  }
  if (!end)
    return 0;
  while (ng_tok_is(d, end, "of")) {
    /* after "of", any capitalised word is part of the name: "of International Relations" */
    size_t s = end + 1 + ng_tok_is(d, end + 1, "the"), e = s;
    while (ng_doc_token_free(d, e) && is_cap(d, e) && (d->tok[e].flags & NG_TOK_WORD))
      e++;
    if (e == s)
      break;
    end = e;
  }
  *head = last;
  return end - i;
}

/* "People's Mujahedin Organization of Iran", "People's Liberation Army": a capitalised common
 * noun (not a name: "Putin's Security Council" is not one name) with a possessive inside a
 * sentence opens the name after it. Returns the length of the
 * whole name (0: none). */
static size_t possessive_name(const ng_doc *d, size_t i, const ng_head **head) {
  bool noun = is_common(d, i) || entry_of(d, i, 1, NG_LEX_PARTICIPANT);
  bool opens = ng_doc_token_free(d, i) && is_cap(d, i) && noun &&
               d->sent[d->tok[i].sent].tb != i && i + 2 < d->ntok &&
               (d->tok[i + 1].flags & NG_TOK_POSS) && is_name_word(d, i + 2);
  size_t h = opens ? headed_name(d, i + 2, head) : 0;
  return h ? h + 2 : 0;
}

/* "Russia's Foreign Ministry", "the Russian Foreign Ministry", "Turkish police". */
static bool unit_before(ng_doc *d, size_t i, const ng_lex *country, size_t n) {
  size_t u = i + n + (i + n < d->ntok && (d->tok[i + n].flags & NG_TOK_POSS));
  for (size_t len = d->tok[u].phrase; len >= 1; len--) {
    const ng_lex *unit = u + len <= d->ntok && span_free(d, u, len)
                             ? entry_of(d, u, len, NG_LEX_UNIT) : NULL;
    if (!unit)
      continue;
    int c = ng_doc_add_mention(d, NG_M_COUNTRY,
                               country->kind == NG_LEX_DEMONYM ? NG_FORM_DEMONYM : NG_FORM_NAME,
                               (uint32_t)i, (uint32_t)(i + n), country->ref);
    int o = ng_doc_add_mention(d, NG_M_ORG, NG_FORM_UNIT, (uint32_t)u, (uint32_t)(u + len), NULL);
    d->m[o].unit = unit->ref;
    d->m[o].country = c;
    return true;
  }
  return false;
}

/* "the Foreign Ministry of Russia", "Ministry of Foreign Affairs of the USSR and Russia" */
static bool unit_of_country(ng_doc *d, size_t i, const ng_lex *unit, size_t n) {
  size_t k = i + n;
  if (!ng_tok_is(d, k, "of"))
    return false;
  k += 1 + ng_tok_is(d, k + 1, "the");
  const ng_lex *c = NULL;
  size_t cn = longest_entry(d, k, &c);
  if (!cn || (c->kind != NG_LEX_COUNTRY))
    return false;
  int o = ng_doc_add_mention(d, NG_M_ORG, NG_FORM_UNIT, (uint32_t)i, (uint32_t)(i + n), NULL);
  int cm = ng_doc_add_mention(d, NG_M_COUNTRY, NG_FORM_NAME, (uint32_t)k, (uint32_t)(k + cn),
                              c->ref);
  d->m[o].unit = unit->ref;
  d->m[o].country = cm;
  return true;
}

static void add_entry_mention(ng_doc *d, size_t i, size_t n, const ng_lex *l) {
  static const ng_mkind KIND[NG_LEX_KIND_COUNT] = {
      [NG_LEX_COUNTRY] = NG_M_COUNTRY, [NG_LEX_DEMONYM] = NG_M_COUNTRY,
      [NG_LEX_PLACE] = NG_M_PLACE,     [NG_LEX_PLACE_DEMONYM] = NG_M_PLACE,
      [NG_LEX_ORG] = NG_M_ORG,         [NG_LEX_TITLE] = NG_M_TITLE,
  };
  bool demonym = l->kind == NG_LEX_DEMONYM || l->kind == NG_LEX_PLACE_DEMONYM;
  ng_doc_add_mention(d, KIND[l->kind], demonym ? NG_FORM_DEMONYM : NG_FORM_NAME,
                     (uint32_t)i, (uint32_t)(i + n), l->ref);
}

/* "the western province of Aydın", "the town of Bucha": a lower-case place head, "of" and a
 * name no table knows; the name is the place's. Returns the tokens consumed, or 0. */
static size_t place_of_head(ng_doc *d, size_t i) {
  const ng_head *head = is_cap(d, i) ? NULL : head_at(d, i);
  if (!head || head->target != NG_HEAD_PLACE || !ng_tok_is(d, i + 1, "of"))
    return 0;
  size_t b = i + 2, e = b;
  while (is_name_word(d, e))
    e++;
  if (e == b || is_known_name(d, b, e - b) || head_at(d, e))
    return 0; /* "the city of Lyon" is Lyon already; "province of X Region" is headed */
  int m = ng_doc_add_mention(d, NG_M_PLACE, NG_FORM_HEADED, (uint32_t)b, (uint32_t)e, head);
  d->m[m].type = head->type;
  return e - i;
}

/* Has the story named `c` before token i, by a country, a demonym or one of its places? */
static bool country_named_before(const ng_doc *d, size_t i, const ng_country *c) {
  for (size_t k = 0; k < d->nm && d->m[k].tb < i; k++) {
    const ng_mention *m = &d->m[k];
    if ((m->kind == NG_M_COUNTRY && m->ref == c) ||
        (m->kind == NG_M_PLACE && m->form == NG_FORM_NAME && ((const ng_place *)m->ref)->country == c))
      return true;
  }
  return false;
}

/* "a Conservative member of parliament", "a Tory MP": a capitalised adjective right before a
 * title names the organization (organizations.csv adjectives) of a country the story has
 * named, which tells apart the parties of different countries that share a name. */
static size_t org_adjective(ng_doc *d, size_t i) {
  const ng_lex *title = NULL;
  if (!is_cap(d, i) || !longest_entry(d, i + 1, &title) || title->kind != NG_LEX_TITLE)
    return 0;
  for (const ng_lex *l = ng_doc_lookup(d, i, 1); l; l = l->next) {
    const ng_org *o = l->ref;
    if (l->kind == NG_LEX_ORG_ADJ && o->country && country_named_before(d, i, o->country)) {
      ng_doc_add_mention(d, NG_M_ORG, NG_FORM_NAME, (uint32_t)i, (uint32_t)i + 1, o);
      return 1;
    }
  }
  return 0;
}

/* "Martin Bishop", "Sean Jordan": a capitalised title word or place name right after a given name
 * (one that is no common word: "Will President Biden ...") is the surname. */
static bool surname_after_given(const ng_doc *d, size_t i) {
  return i > 0 && is_cap(d, i) && !(d->tok[i].flags & NG_TOK_ALLCAPS) && is_cap(d, i - 1) &&
         !(d->tok[i - 1].flags & NG_TOK_ALLCAPS) && ng_doc_token_free(d, i - 1) &&
         entry_of(d, i - 1, 1, NG_LEX_GIVEN) && !is_common(d, i - 1) && !is_name_word(d, i + 1);
}

/* "King said": the word is that surname again when the story used it so, and here it is alone:
 * no determiner, possessive or name before it ("the King", "Jordan's King", "Jordanian King"),
 * no name after it ("King Abdullah"). */
static bool surname_again(const ng_doc *d, size_t i) {
  if (!is_cap(d, i) || (d->tok[i].flags & NG_TOK_ALLCAPS) || is_name_word(d, i + 1))
    return false;
  if (i > 0 && (ng_doc_word_is(d, i - 1, NG_GRAM_DETERMINER) || (d->tok[i - 1].flags & NG_TOK_POSS) ||
                !ng_doc_token_free(d, i - 1) || is_cap(d, i - 1)) &&
      !(d->tok[i].flags & (NG_TOK_SENT_START | NG_TOK_NL)))
    return false;
  for (size_t k = 1; k < i; k++)
    if (!strcmp(d->tok[k].norm, d->tok[i].norm) && surname_after_given(d, k))
      return true;
  return false;
}

/* "Defence Minister Aden Duale", "Foreign Minister Israel Katz": a place name right after a
 * title and before another name word is a given name. */
static bool given_after_title(const ng_doc *d, size_t i) {
  const ng_mention *title = i > 0 ? ng_doc_mention_at(d, i - 1) : NULL;
  const ng_lex *next;
  return title && title->kind == NG_M_TITLE && title->te == i && i + 1 < d->ntok &&
         !(d->tok[i].flags & (NG_TOK_NL | NG_TOK_SENT_START)) && is_name_word(d, i + 1) &&
         !longest_entry(d, i + 1, &next); /* not "US Army" */
}

/* Is the one-word entry l at token i a surname here: a title word or a place name after a given
 * name ("Martin Bishop", "Sean Jordan"), or a title word the story used so before ("Bishop
 * said")? */
static bool reads_as_surname(const ng_doc *d, size_t i, const ng_lex *l) {
  if (l->kind == NG_LEX_TITLE)
    return surname_after_given(d, i) || surname_again(d, i);
  return (l->kind == NG_LEX_COUNTRY || l->kind == NG_LEX_PLACE) &&
         (surname_after_given(d, i) || given_after_title(d, i));
}

/* Try every reading at token i; returns tokens consumed (0: nothing here). */
static size_t chunk_at(ng_doc *d, size_t i) {
  const ng_lex *l = NULL;
  size_t n = longest_entry(d, i, &l);
  if (n == 1 && reads_as_surname(d, i, l))
    return 0; /* a name: person.c's */
  if (n && (l->kind == NG_LEX_COUNTRY || l->kind == NG_LEX_DEMONYM) && unit_before(d, i, l, n))
    return n;
  if (n && l->kind == NG_LEX_UNIT && unit_of_country(d, i, l, n))
    return n;
  size_t of = n ? 0 : place_of_head(d, i);
  if (!of && !n)
    of = org_adjective(d, i);
  if (of)
    return of;
  const ng_head *head = NULL;
  size_t h = is_name_word(d, i) ? headed_name(d, i, &head) : 0;
  if (!h)
    h = possessive_name(d, i, &head);
  if (h > n) {
    int m = ng_doc_add_mention(d, head->target == NG_HEAD_ORG ? NG_M_ORG : NG_M_PLACE,
                               NG_FORM_HEADED, (uint32_t)i, (uint32_t)(i + h), head);
    d->m[m].type = head->type;
    return h;
  }
  if (n && l->kind == NG_LEX_UNIT) {
    /* "the Foreign Ministry said": whose ministry is left to resolve.c */
    int m = ng_doc_add_mention(d, NG_M_ORG, NG_FORM_UNIT, (uint32_t)i, (uint32_t)(i + n), NULL);
    d->m[m].unit = l->ref;
    return n;
  }
  if (n) {
    add_entry_mention(d, i, n, l);
    return n;
  }
  return 0;
}

static void find_dates(ng_doc *d) {
  for (size_t i = 0; i < d->ntok;) {
    size_t end;
    ng_timex t;
    if (ng_doc_token_free(d, i) && ng_timex_parse(d, i, &end, &t) && span_free(d, i, end - i)) {
      int m = ng_doc_add_mention(d, NG_M_DATE, NG_FORM_NAME, (uint32_t)i, (uint32_t)end, NULL);
      d->m[m].time = t;
      i = end;
    } else {
      i++;
    }
  }
}

/* "the Turkish capital", "Russia's capital": the capital countries.csv gives. */
static void find_capitals(ng_doc *d) {
  for (size_t i = 1; i < d->ntok; i++) {
    if (!ng_doc_token_free(d, i) || !ng_doc_word_is(d, i, NG_GRAM_CAPITAL))
      continue;
    size_t k = i - ((d->tok[i - 1].flags & NG_TOK_POSS) != 0);
    const ng_mention *c = k > 0 ? ng_doc_mention_at(d, k - 1) : NULL;
    const ng_country *country = c && c->kind == NG_M_COUNTRY ? c->ref : NULL;
    if (country && country->capital_place)
      ng_doc_add_mention(d, NG_M_PLACE, NG_FORM_NAME, (uint32_t)i, (uint32_t)i + 1,
                         country->capital_place);
  }
}

/* A word that goes on a name: "al-Sukhnah" of "Badia al-Sukhnah", "bin" of "Ali bin Said". */
static bool name_joiner(const ng_doc *d, size_t i) {
  if (!ng_doc_token_free(d, i) || !(d->tok[i].flags & NG_TOK_WORD))
    return false;
  const char *w = ng_tok_text(d, i), *dash = memchr(w, '-', ng_tok_len(d, i));
  return entry_of(d, i, 1, NG_LEX_PARTICLE) ||
         (dash && dash + 1 < w + ng_tok_len(d, i) && dash[1] >= 'A' && dash[1] <= 'Z');
}

/* Does a country, or a region the gazetteer knows, start at token t and end a place phrase
 * there ("..., Pakistan, on Monday", "..., Kansas.")? */
static bool region_ends_phrase(const ng_doc *d, size_t t) {
  const ng_mention *m = ng_doc_mention_at(d, t);
  if (!m || m->tb != t || m->form != NG_FORM_NAME)
    return false;
  if (m->kind != NG_M_COUNTRY &&
      (m->kind != NG_M_PLACE || strcmp(((const ng_place *)m->ref)->kind, "region")))
    return false;
  size_t e = m->te;
  return e >= d->ntok || d->tok[e].sent != d->tok[t].sent || !(d->tok[e].flags & NG_TOK_WORD) ||
         !is_cap(d, e);
}

/* "in Tarbela, Pakistan", "near Ridgeway, Kansas": capitalised words no table knows, after a
 * place preposition and before a comma and a country or region that ends the phrase, name a
 * place there (place.c puts it inside). */
static void find_places_by_region(ng_doc *d) {
  enum { NAME_WORDS = 4 };
  for (size_t i = 0; i + 3 < d->ntok; i++) {
    if (!ng_doc_word_is(d, i, NG_GRAM_PLACE_PREP) || !is_name_word(d, i + 1))
      continue;
    size_t k = i + 1;
    while (k < d->ntok && k < i + 1 + NAME_WORDS && (is_name_word(d, k) || name_joiner(d, k)))
      k++;
    if (!ng_tok_is(d, k, ",") || !region_ends_phrase(d, k + 1))
      continue;
    int m = ng_doc_add_mention(d, NG_M_PLACE, NG_FORM_HEADED, (uint32_t)i + 1, (uint32_t)k, NULL);
    d->m[m].type = "Place";
    i = k;
  }
}

ng_status ng_gazetteer_run(ng_doc *d, const ng_diag *diag) {
  (void)diag;
  for (size_t i = 0; i < d->ntok;) {
    size_t n = ng_doc_token_free(d, i) ? chunk_at(d, i) : 0;
    i += n ? n : 1;
  }
  find_places_by_region(d);
  find_capitals(d);
  find_dates(d);
  return NG_OK;
}
