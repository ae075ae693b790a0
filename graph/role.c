/* SPDX-License-Identifier: MIT */
/* role.c: stage 6. Titles -> tenures (who holds which post, of which country, to which
 * country, in which organization, since when). For each title mention:
 *   modifiers on its left   "Russia's Foreign Ministry Spokeswoman", "Turkish Prime Minister"
 *   complements on its right "Ambassador of the Russia to Turkey", "since July 2013"
 *   a holder                 the name after it, an apposition before it ("Lavrov, Russia's
 *                            foreign minister"), or the subject of "as"/"is" ("He has been
 *                            serving as the Ambassador")
 * What the title does not say is taken, in order, from a coordinated title before it
 * ("Interior Minister X and Defense Minister Y"), then from the organization or country named
 * nearest before it in this sentence or the previous one. Tenures with the same holder,
 * position, country and receiving country are one tenure with all their evidence. */
#include "doc.h"

#include <stdlib.h>

typedef struct role {
  int title;       /* mention */
  const ng_position *pos; /* the title's, or for "the head of X" the post that heads X */
  int holder;      /* person mention */
  int country, to_country, org; /* entities */
  ng_timex start, end;
  uint32_t left, right; /* token span of the whole role phrase */
  bool stated;          /* its country or organization is in its own words */
} role;

static bool is_word(const ng_doc *d, size_t t, const char *w) { return ng_tok_is(d, t, w); }

/* The first country named in the sentence of token t, before it: what "its" refers to in
 * "Russia flew investigators ... after the killing of its ambassador". */
static int sentence_country(const ng_doc *d, uint32_t t) {
  for (uint32_t k = d->sent[d->tok[t].sent].tb; k < t; k++) {
    const ng_mention *m = ng_doc_mention_at(d, k);
    if (m && m->kind == NG_M_COUNTRY && m->entity >= 0)
      return m->entity;
  }
  return -1;
}

/* Walk left from the title over "the", countries, organizations and possessives. */
static uint32_t read_modifiers(const ng_doc *d, role *r, uint32_t t) {
  while (t > 0) {
    uint32_t p = t - 1;
    const ng_mention *m = ng_doc_mention_at(d, p);
    if (d->tok[p].flags & NG_TOK_POSS) {
      t = p;
    } else if (is_word(d, p, "its") || is_word(d, p, "their")) {
      if (r->country < 0)
        r->country = sentence_country(d, p);
      t = p;
      break;
    } else if (m && m->kind == NG_M_PLACE && m->entity >= 0 && m->te == t &&
               (d->tok[t].flags & NG_TOK_POSS)) {
      if (r->country < 0) /* "Moscow's envoy": a city stands for its country */
        r->country = ng_doc_country_of(d, m->entity);
      t = m->tb;
    } else if (m && (m->kind == NG_M_COUNTRY || m->kind == NG_M_ORG) && m->entity >= 0) {
      if (m->kind == NG_M_ORG && r->org < 0)
        r->org = m->entity;
      if (r->country < 0)
        r->country = ng_doc_country_of(d, m->entity);
      t = m->tb;
    } else {
      break;
    }
  }
  return t;
}

/* "professor of economics at", "vice president of marketing for": a field of the post (up to
 * three lower-case words after "of") before the body it is held at. Returns the token of "at"
 * or "for", or t when there is no such field. */
static uint32_t skip_field(const ng_doc *d, uint32_t t) {
  enum { FIELD_WORDS = 3 };
  if (!is_word(d, t, "of"))
    return t;
  uint32_t k = t + 1;
  while (k < d->ntok && k - t <= FIELD_WORDS && (d->tok[k].flags & NG_TOK_WORD) &&
         !(d->tok[k].flags & NG_TOK_CAP) && ng_doc_token_free(d, k) && !is_word(d, k, "at") &&
         !is_word(d, k, "for"))
    k++;
  return k > t + 1 && (is_word(d, k, "at") || is_word(d, k, "for")) ? k : t;
}

/* "of (the) Russia", "to Turkey", "in Ankara" after the title. Returns the first token after. */
static uint32_t read_complements(const ng_doc *d, role *r, const ng_position *pos, uint32_t t) {
  if (pos->in_org)
    t = skip_field(d, t);
  for (;;) {
    bool of = is_word(d, t, "of") || is_word(d, t, "for") || is_word(d, t, "at"),
         to = is_word(d, t, "to"),
         in = is_word(d, t, "in");
    if (!of && !to && !in)
      return t;
    uint32_t k = t + 1 + is_word(d, t + 1, "the");
    const ng_mention *m = ng_doc_mention_at(d, k);
    if (!m || m->entity < 0 || m->tb != k ||
        !(m->kind == NG_M_COUNTRY || m->kind == NG_M_ORG || m->kind == NG_M_PLACE))
      return t;
    int c = ng_doc_country_of(d, m->entity);
    const ng_mention *owned = (d->tok[m->te].flags & NG_TOK_POSS) ? ng_doc_mention_at(d, m->te + 1) : NULL;
    if (owned && owned->kind == NG_M_ORG && owned->entity >= 0 && r->org < 0 && of) {
      r->org = owned->entity; /* "a spokesman for Poland's Foreign Ministry" */
      if (r->country < 0)
        r->country = ng_doc_country_of(d, owned->entity);
      t = owned->te;
      continue;
    }
    if (m->kind == NG_M_ORG && (of || (to && pos->to_country)) && r->org < 0) {
      r->org = m->entity; /* "spokesman of the Kremlin", "ambassador to the United Nations" */
      if (of && r->country < 0)
        r->country = c;
    } else if (of && m->kind == NG_M_COUNTRY && r->country < 0) {
      r->country = c;
    } else if ((to || in) && m->kind != NG_M_ORG && pos->to_country && r->to_country < 0) {
      r->to_country = c; /* "ambassador to Turkey", "envoy in Ankara" */
    } else {
      return t;
    }
    t = m->te;
  }
}

/* The person named from token t, or a subject pronoun ("A film critic for years, he wrote"),
 * not another one ("acting minister, her office said", "the minister himself"). */
static int person_mention_at(const ng_doc *d, size_t t) {
  const ng_mention *m = ng_doc_mention_at(d, t);
  bool person = m && m->kind == NG_M_PERSON && m->tb == t && m->entity >= 0 &&
                (m->form != NG_FORM_PRONOUN || ng_doc_word_is(d, t, NG_GRAM_SUBJECT_PRONOUN));
  return person ? d->tok_mention[t] : -1;
}

/* The person named at token t, past the ranks and honorifics before the name: "the city's
 * security chief, Maj. Gen. X" and "army chief of staff Gen. X" give the office to X too. */
static int holder_at(const ng_doc *d, uint32_t t) {
  const ng_mention *m;
  while ((m = ng_doc_mention_at(d, t)) && m->kind == NG_M_TITLE && m->tb == t &&
         (((const ng_title *)m->ref)->kind == NG_TITLE_RANK ||
          ((const ng_title *)m->ref)->kind == NG_TITLE_HONORIFIC))
    t = m->te;
  return person_mention_at(d, t);
}

static int apposition_holder(const ng_doc *d, uint32_t left);

/* "X, a former governor of São Paulo state and a former health minister": the second title
 * (after the "and" at token a) has the holder of the first. */
static int coordinated_apposition(const ng_doc *d, uint32_t a) {
  for (uint32_t k = a; k-- > d->sent[d->tok[a].sent].tb && !is_word(d, k, ",");) {
    const ng_mention *m = ng_doc_mention_at(d, k);
    if (m && m->kind == NG_M_TITLE)
      return apposition_holder(d, m->tb);
  }
  return -1;
}

/* "X, (the) Russia's foreign minister", "X, a former defense minister", "X, the authority's
 * chairman": the person whose name ends before the comma. */
static int apposition_holder(const ng_doc *d, uint32_t left) {
  uint32_t t = left;
  for (int words = 0; t > 0 && words < 3; words++) {
    const ng_token *p = &d->tok[t - 1];
    bool word = (p->flags & NG_TOK_WORD) && !ng_doc_mention_at(d, t - 1); /* "a Conservative member" */
    if (!word && !(p->flags & NG_TOK_POSS))
      break;
    int first = is_word(d, t - 1, "and") ? coordinated_apposition(d, t - 1) : -1;
    if (first >= 0)
      return first;
    t--;
  }
  for (uint32_t k = t + 1; k < left; k++)
    if (ng_doc_word_is(d, k, NG_GRAM_DETERMINER))
      return -1; /* "X, accompanied the chancellor": a word before the article, no apposition */
  if (t < 2 || !is_word(d, t - 1, ","))
    return -1;
  if (t >= 4 && ((d->tok[t - 2].flags & NG_TOK_NUM) || ng_tok_is_age(d, t - 2)) &&
      is_word(d, t - 3, ","))
    t -= 2; /* "X, 58, a former finance minister" */
  const ng_mention *m = ng_doc_mention_at(d, t - 2);
  return m && m->kind == NG_M_PERSON && m->entity >= 0 ? d->tok_mention[m->tb] : -1;
}

/* "He has been serving as the Ambassador", "Karlov was Russia's ambassador", "became the new
 * prime minister": the nearest person before "as" or a form of "be" that introduces the
 * title; "appointed X ambassador": X, named between the role link and the title. */
static int predicate_holder(const ng_doc *d, uint32_t left) {
  enum { ADJECTIVES = 2 };
  uint32_t t = left;
  for (int n = 0; n < ADJECTIVES && t > 0 && ng_doc_word_is(d, t - 1, NG_GRAM_TITLE_ADJECTIVE);
       n++)
    t--;
  /* "as the country's new foreign minister", "as its ambassador": whose post it is */
  if (t > 2 && (d->tok[t - 1].flags & NG_TOK_POSS) && !(d->tok[t - 1].flags & NG_TOK_WORD) &&
      ng_doc_word_is(d, t - 2, NG_GRAM_HOMELAND))
    t -= 2;
  else if (t > 0 && ng_doc_word_is(d, t - 1, NG_GRAM_POSSESSIVE))
    t--;
  if (t > 0 && (is_word(d, t - 1, "the") || is_word(d, t - 1, "a")))
    t--;
  if (t == 0)
    return -1;
  const ng_mention *object = ng_doc_mention_at(d, t - 1);
  if (object && object->kind == NG_M_PERSON && object->form == NG_FORM_NAME &&
      object->entity >= 0 && object->te == t && object->tb > 0 &&
      ng_doc_word_is(d, object->tb - 1, NG_GRAM_ROLE_LINK))
    return d->tok_mention[object->tb]; /* "appointed Ivo Rand ambassador to France" */
  if (!ng_doc_word_is(d, t - 1, NG_GRAM_ROLE_LINK))
    return -1;
  const ng_sentence *s = &d->sent[d->tok[left].sent];
  for (uint32_t k = t; k-- > s->tb;) {
    const ng_mention *m = ng_doc_mention_at(d, k);
    if (m && m->kind == NG_M_PERSON && m->entity >= 0)
      return d->tok_mention[k];
  }
  return -1;
}

/* "since July 2013", "from 2001 to 2006" after the role, before the next title. */
static void read_period(const ng_doc *d, role *r, uint32_t t) {
  const ng_sentence *s = &d->sent[d->tok[t].sent];
  for (uint32_t k = t; k + 1 < s->te; k++) {
    const ng_mention *m = ng_doc_mention_at(d, k + 1);
    if (ng_doc_mention_at(d, k) && ng_doc_mention_at(d, k)->kind == NG_M_TITLE && k > t)
      return; /* another title: its own clause */
    if (!m || m->kind != NG_M_DATE || m->tb != k + 1)
      continue;
    if (is_word(d, k, "since") || is_word(d, k, "from")) {
      r->start = m->time;
      const ng_mention *e = ng_doc_mention_at(d, m->te + 1);
      if ((is_word(d, m->te, "to") || is_word(d, m->te, "until")) && e && e->kind == NG_M_DATE)
        r->end = e->time;
      return;
    }
  }
}

/* "Interior Minister X and Defense Minister Y": Y's title shares X's modifiers. */
static void inherit_coordinated(const ng_doc *d, role *r, const role *roles, size_t nroles) {
  if (r->left < 2 || !is_word(d, r->left - 1, "and"))
    return;
  const ng_mention *prev = ng_doc_mention_at(d, r->left - 2);
  for (size_t i = nroles; prev && i-- > 0;) {
    if (roles[i].holder >= 0 && &d->m[roles[i].holder] == prev) {
      r->country = roles[i].country;
      if (r->org < 0)
        r->org = roles[i].org;
      return;
    }
  }
}

/* A person serves one country: a tenure without one takes the country of the holder's
 * other tenures in the article ("He was ambassador to North Korea from 2001"): first one whose
 * own words give a country, before or after it ("Lt. Gen. X, the head of the Russian
 * military's ... center"), then any read before it. */
static void inherit_from_holder(const ng_doc *d, role *r, const role *roles, size_t nroles) {
  int holder = d->m[r->holder].entity;
  for (size_t i = 0; i < nroles; i++)
    if (roles[i].stated && roles[i].country >= 0 && d->m[roles[i].holder].entity == holder) {
      r->country = roles[i].country;
      return;
    }
  for (size_t i = 0; i < d->nten; i++)
    if (d->ten[i].holder == holder && d->ten[i].country >= 0) {
      r->country = d->ten[i].country;
      return;
    }
}

/* The nearest organization with a country (for posts inside an organization, searched
 * first) or country or, in the sentence of t - 1, place, between tokens first and t. A country
 * or place after a `destination` word is where someone goes or is sent ("ambassador to
 * Tunisia", "a trip to Geneva"), not whose post a title is. */
static bool inherit_nearby(const ng_doc *d, role *r, const ng_position *pos, uint32_t t,
                           uint32_t first, bool orgs_only) {
  uint32_t s = d->tok[t > 0 ? t - 1 : 0].sent;
  bool quoted = ng_tok_quoted(d, d->m[r->title].tb);
  bool closing = t > first && is_word(d, t - 1, ","); /* "..., Foreign Minister X said" */
  for (int pass = pos->in_org ? 0 : 1; pass < (orgs_only ? 1 : 2); pass++) {
    for (uint32_t k = t; k-- > first;) {
      const ng_mention *m = ng_doc_mention_at(d, k);
      if (!m || m->entity < 0 || k != m->tb || ng_tok_quoted(d, k) != quoted)
        continue; /* a quotation's words are the speaker's, not the setting of the title */
      if (m->kind == NG_M_ORG && (ng_doc_country_of(d, m->entity) >= 0 || pos->in_org)) {
        if (pos->in_org && r->org < 0)
          r->org = m->entity; /* of no country too: "the African Union ... its chairman" */
        r->country = ng_doc_country_of(d, m->entity);
        return true;
      }
      if (closing && m->form == NG_FORM_DEMONYM)
        continue; /* "two Belarusian diplomats": said of someone else in what is reported */
      if (pass == 1 && !(k > 0 && ng_doc_word_is(d, k - 1, NG_GRAM_DESTINATION)) &&
          (m->kind == NG_M_COUNTRY || (m->kind == NG_M_PLACE && d->tok[k].sent == s))) {
        r->country = ng_doc_country_of(d, m->entity);
        return true;
      }
    }
  }
  return false;
}

static int country_entity_of(const ng_doc *d, const ng_country *c) {
  for (size_t i = 0; c && i < d->nent; i++)
    if (d->ent[i].kind == NG_E_COUNTRY && d->ent[i].country == c)
      return (int)i;
  return -1;
}

/* "Iran's Foreign Ministry spokesman ... Foreign Minister X said": the body of the post, named
 * in the sentences before (the nearest), says whose post it is. */
static bool inherit_unit(const ng_doc *d, role *r, const ng_position *pos, uint32_t s) {
  enum { SENTENCES_BACK = 8, TOKENS_BACK = 1000 }; /* bounded: a million titles cost no square */
  uint32_t first = d->sent[s > SENTENCES_BACK ? s - SENTENCES_BACK : 0].tb;
  if (d->sent[s].tb > first + TOKENS_BACK)
    first = d->sent[s].tb - TOKENS_BACK;
  for (uint32_t k = d->sent[s].tb; pos->unit && k-- > first;) {
    const ng_mention *m = ng_doc_mention_at(d, k);
    if (m && m->entity >= 0 && d->ent[m->entity].unit == pos->unit && d->ent[m->entity].of >= 0) {
      r->country = d->ent[m->entity].of;
      return true;
    }
  }
  return false;
}

/* "Poland ordered ... to leave, Foreign Minister X said": a title that closes the sentence
 * after a comma speaks for the country that opens it, not for one named in between. */
static bool inherit_opening_country(const ng_doc *d, role *r, uint32_t t) {
  const ng_sentence *s = &d->sent[d->tok[t].sent];
  const ng_mention *m = ng_doc_mention_at(d, s->tb);
  if (t <= s->tb || !is_word(d, t - 1, ",") || !m || m->tb != s->tb ||
      m->kind != NG_M_COUNTRY || m->form != NG_FORM_NAME || m->entity < 0 ||
      ng_tok_quoted(d, s->tb) != ng_tok_quoted(d, d->m[r->title].tb))
    return false;
  r->country = m->entity;
  return true;
}

/* In order: the country opening the sentence of a closing title, what this sentence names
 * before the title, the organization the previous one names (for posts inside an
 * organization: "the State Department said... Spokesman X"), the country the title itself
 * implies ("Secretary of State"), the body of the post named before, the dateline's country,
 * what the previous sentence names. */
static void inherit_from_context(const ng_doc *d, role *r, const ng_title *title, uint32_t t) {
  uint32_t s = d->tok[t].sent;
  if (!r->pos->in_org && inherit_opening_country(d, r, t))
    return;
  if (inherit_nearby(d, r, r->pos, t, d->sent[s].tb, false))
    return;
  if (s > 0 && r->pos->in_org &&
      inherit_nearby(d, r, r->pos, d->sent[s].tb, d->sent[s - 1].tb, true))
    return;
  if ((r->country = country_entity_of(d, title->country)) >= 0)
    return;
  if (inherit_unit(d, r, r->pos, s))
    return;
  if ((r->country = d->dateline) >= 0)
    return;
  if (s > 0)
    inherit_nearby(d, r, r->pos, d->sent[s].tb, d->sent[s - 1].tb, false);
}

/* "the head of U.S. Central Command", "leader of the Ghad Party", "who heads the Russian
 * military's ... center": a head title (titles.csv kind head) is the post that heads the
 * organization after it (positions.csv head_of), over "of", "the", a country and a place; that
 * organization is the post's, and its country the post's country. With member, a member title
 * ("a member of the Ankara riot police") is the post of its members (positions.csv member_of).
 * Returns the token after the organization, or 0 when none of a known class follows. */
static uint32_t read_headed_body(const ng_doc *d, role *r, uint32_t t, bool member) {
  t += is_word(d, t, "of");
  t += is_word(d, t, "the");
  for (const ng_mention *m; (m = ng_doc_mention_at(d, t)) && m->entity >= 0 && m->tb == t;) {
    if (m->kind == NG_M_COUNTRY || m->kind == NG_M_PLACE) {
      t = m->te + ((d->tok[m->te].flags & NG_TOK_POSS) != 0); /* "the Russian", "Kenya's" */
      continue; /* "the Ankara police": the body's country comes with the body */
    }
    const ng_entity *body = &d->ent[m->entity];
    r->pos = m->kind != NG_M_ORG ? NULL
             : member           ? ng_kb_member_position(d->kb, body->type, body->unit)
                                : ng_kb_head_position(d->kb, body->type, body->unit);
    if (!r->pos)
      return 0;
    r->org = m->entity;
    r->country = ng_doc_country_of(d, m->entity);
    return m->te;
  }
  return 0;
}

/* "He had led the Foreign Ministry since May 2016": the person right before a head verb, over
 * auxiliaries and adverbs, heads what follows it. -1 when none. */
static int subject_holder(const ng_doc *d, uint32_t t) {
  while (t > 0 && (ng_doc_word_is(d, t - 1, NG_GRAM_PERFECT) ||
                   ng_doc_word_is(d, t - 1, NG_GRAM_PASSIVE_AUX) ||
                   ng_doc_word_is(d, t - 1, NG_GRAM_ADVERB)))
    t--;
  const ng_mention *m = t > 0 ? ng_doc_mention_at(d, t - 1) : NULL;
  return m && m->kind == NG_M_PERSON && m->entity >= 0 ? (int)(m - d->m) : -1;
}

static bool read_role(const ng_doc *d, int ti, role *r) {
  const ng_mention *tm = &d->m[ti];
  const ng_title *title = tm->ref;
  *r = (role){.title = ti, .pos = title->pos, .holder = -1, .country = -1, .to_country = -1,
              .org = -1};
  bool body = title->kind == NG_TITLE_HEAD || title->kind == NG_TITLE_MEMBER;
  uint32_t after = body ? read_headed_body(d, r, tm->te, title->kind == NG_TITLE_MEMBER) : 0;
  if (!r->pos)
    return false;
  r->left = body ? tm->tb : read_modifiers(d, r, tm->tb);
  if (!after)
    after = read_complements(d, r, r->pos, tm->te);
  r->holder = holder_at(d, after);
  if (r->holder < 0 && is_word(d, after, ",") && (r->left == 0 || !is_word(d, r->left - 1, ",")))
    r->holder = holder_at(d, after + 1); /* "its ambassador to Turkey, Andrey Karlov" */
  if (r->holder >= 0)
    after = d->m[r->holder].te;
  else if ((r->holder = apposition_holder(d, r->left)) < 0 &&
           (r->holder = predicate_holder(d, r->left)) < 0 && title->kind == NG_TITLE_HEAD)
    r->holder = subject_holder(d, tm->tb);
  if (r->holder < 0)
    return false;
  r->right = after;
  read_period(d, r, after);
  return true;
}

/* "Jeremy Corbyn, the leader of the opposition Labour Party": a title that ends in "of the X"
 * right before an organization a head leads also reads "the leader of [the X organization]":
 * its holder heads that organization too. Adds that role to roles[]. */
static void read_title_before_body(const ng_doc *d, const role *r, role **roles, size_t *n,
                                   size_t *cap) {
  const ng_mention *tm = &d->m[r->title];
  bool of = false;
  for (uint32_t k = tm->tb + 1; k + 1 < tm->te; k++)
    of |= is_word(d, k, "of");
  const ng_mention *m = ng_doc_mention_at(d, tm->te);
  if (!of || !m || m->tb != tm->te || m->kind != NG_M_ORG || m->entity < 0)
    return;
  role h = *r;
  h.pos = ng_kb_head_position(d->kb, d->ent[m->entity].type, d->ent[m->entity].unit);
  if (!h.pos || h.pos == r->pos)
    return;
  h.org = m->entity;
  h.country = ng_doc_country_of(d, m->entity) >= 0 ? ng_doc_country_of(d, m->entity) : r->country;
  h.stated = h.country >= 0;
  NG_GROW(*roles, *n, *cap);
  (*roles)[(*n)++] = h;
}

/* ---- "his Turkish and Iranian counterparts, X and Y" ---- */

/* The countries named before a counterpart title at token t, in order: "Turkish and Iranian".
 * *start is the token where they start (t when there are none). */
static size_t countries_before(const ng_doc *d, uint32_t t, int *out, size_t max,
                               uint32_t *start) {
  size_t n = 0;
  while (t > 0 && n < max) {
    const ng_mention *m = ng_doc_mention_at(d, t - 1);
    if (m && m->kind == NG_M_COUNTRY && m->entity >= 0)
      out[n++] = m->entity, t = m->tb;
    else if (is_word(d, t - 1, "and") || is_word(d, t - 1, ","))
      t--;
    else
      break;
  }
  *start = t;
  for (size_t i = 0; i < n / 2; i++) { /* read right to left: put them in text order */
    int x = out[i];
    out[i] = out[n - 1 - i], out[n - 1 - i] = x;
  }
  return n;
}

/* The end of an honorific at token t ("Prince", "Dr."), else t. */
static uint32_t past_honorific(const ng_doc *d, uint32_t t) {
  const ng_mention *h = t < d->ntok ? ng_doc_mention_at(d, t) : NULL;
  bool honorific = h && h->tb == t && h->kind == NG_M_TITLE &&
                   ((const ng_title *)h->ref)->kind == NG_TITLE_HONORIFIC;
  return honorific ? h->te : t;
}

/* The people named right after a counterpart title: ", X and Y", "Prince X". */
static size_t people_after(const ng_doc *d, uint32_t t, int *out, size_t max) {
  size_t n = 0;
  for (t += is_word(d, t, ","); n < max; t++) {
    t = past_honorific(d, t);
    int p = person_mention_at(d, t);
    if (p < 0)
      break;
    out[n++] = p;
    t = d->m[p].te;
    if (!is_word(d, t, ",") && !is_word(d, t, "and"))
      break;
  }
  return n;
}

/* The person whose counterpart a title is, named by a possessive that ends at token t, before
 * its countries ("his Turkish counterpart", "Rand's Iranian counterparts"); else -1. */
static int counterpart_owner(const ng_doc *d, uint32_t t) {
  const ng_mention *m;
  return ng_doc_possessor(d, t, &m) && m && m->kind == NG_M_PERSON ? m->entity : -1;
}

/* "Lavrov ... held talks with his Turkish and Iranian counterparts, X and Y": a counterpart has
 * the post of the last person given one before it in the sentence, or else of the one whose
 * counterpart it is, given one earlier in the story ("Rand met his Russian counterpart, X",
 * sentences after "Foreign Minister Ivo Rand"), in the country named with it (the countries
 * and the people in the same order). Adds the roles to roles[]. */
static void read_counterparts(const ng_doc *d, int ti, role **roles, size_t *n, size_t *cap) {
  const ng_mention *tm = &d->m[ti];
  role of = {0}; /* a copy: adding roles below may move the array */
  bool found = false;
  for (size_t i = *n; i-- > 0 && !found;)
    if (d->tok[d->m[(*roles)[i].title].tb].sent == d->tok[tm->tb].sent && (*roles)[i].title < ti)
      of = (*roles)[i], found = true;
  int countries[8], people[8];
  uint32_t start;
  size_t nc = countries_before(d, tm->tb, countries, 8, &start);
  size_t np = people_after(d, tm->te, people, 8);
  int owner = found ? -1 : counterpart_owner(d, start);
  for (size_t i = *n; i-- > 0 && !found && owner >= 0;)
    if (d->m[(*roles)[i].holder].entity == owner && (*roles)[i].title < ti)
      of = (*roles)[i], found = true;
  for (size_t i = 0; found && i < np; i++) {
    role r = {.title = ti, .pos = of.pos, .holder = people[i], .country = -1, .to_country = -1,
              .org = -1, .left = tm->tb, .right = d->m[people[i]].te};
    if (nc == np || nc == 1)
      r.country = countries[nc == 1 ? 0 : i];
    r.stated = r.country >= 0;
    if (d->m[r.holder].entity == d->m[of.holder].entity || r.country == of.country)
      continue; /* a counterpart is someone else, elsewhere */
    NG_GROW(*roles, *n, *cap);
    (*roles)[(*n)++] = r;
  }
}

static long timex_key(const ng_timex *t) { return t->year * 10000L + t->month * 100 + t->day; }

static void add_evidence(ng_doc *d, ng_tenure *t, int mention) {
  for (size_t i = 0; i < t->nevidence; i++)
    if (t->evidence[i] == mention)
      return;
  NG_GROW(t->evidence, t->nevidence, t->evcap);
  t->evidence[t->nevidence++] = mention;
  int index = (int)(t - d->ten);
  if (d->m[mention].tenure < 0 || index < d->m[mention].tenure)
    d->m[mention].tenure = index;
}

/* Merge a role into the tenure with the same key, or start a new tenure. */
static void add_tenure(ng_doc *d, const role *r) {
  const ng_mention *tm = &d->m[r->title];
  int holder = d->m[r->holder].entity;
  ng_tenure *t = NULL;
  for (size_t i = 0; i < d->nten && !t; i++)
    if (d->ten[i].holder == holder && d->ten[i].pos == r->pos &&
        d->ten[i].country == r->country && d->ten[i].to_country == r->to_country)
      t = &d->ten[i];
  if (!t) {
    NG_GROW(d->ten, d->nten, d->tencap);
    t = &d->ten[d->nten++];
    memset(t, 0, sizeof *t);
    t->holder = holder;
    t->pos = r->pos;
    t->country = r->country;
    t->to_country = r->to_country;
    t->org = -1;
    t->title = ng_doc_span_text(d, tm->tb, tm->te);
  }
  if (t->org < 0)
    t->org = r->org;
  /* the earliest stated start wins */
  if (r->start.gran != NG_TIME_NONE &&
      (t->start.gran == NG_TIME_NONE || timex_key(&r->start) < timex_key(&t->start)))
    t->start = r->start;
  if (r->end.gran != NG_TIME_NONE && t->end.gran == NG_TIME_NONE)
    t->end = r->end;
  add_evidence(d, t, r->title);
  add_evidence(d, t, r->holder);
}

/* "Serbia's ambassador, X" and, later, "X has served as ambassador in Zagreb": a post whose
 * destination one mention leaves unsaid is the one post of that holder, kind and country that
 * another mention gives a destination, when only one does (a country not yet read from the
 * context does not differ). */
static void share_destination(const ng_doc *d, role *r, const role *roles, size_t n) {
  int holder = d->m[r->holder].entity, to = -1;
  for (size_t j = 0; j < n && to != -2 && r->to_country < 0; j++) {
    const role *o = &roles[j];
    if (o->to_country >= 0 && o->pos == r->pos && d->m[o->holder].entity == holder &&
        (o->country == r->country || o->country < 0))
      to = to < 0 || to == o->to_country ? o->to_country : -2;
  }
  if (to >= 0)
    r->to_country = to;
}

ng_status ng_role_run(ng_doc *d, const ng_diag *diag) {
  (void)diag;
  role *roles = NULL;
  size_t n = 0, cap = 0;
  for (size_t i = 0; i < d->nm; i++) { /* first what each title says itself */
    role r;
    if (d->m[i].kind == NG_M_TITLE &&
        ((const ng_title *)d->m[i].ref)->kind == NG_TITLE_COUNTERPART)
      read_counterparts(d, (int)i, &roles, &n, &cap);
    if (d->m[i].kind != NG_M_TITLE || !read_role(d, (int)i, &r))
      continue;
    if (r.country < 0 && r.org < 0)
      inherit_coordinated(d, &r, roles, n);
    r.stated = r.country >= 0 || r.org >= 0;
    NG_GROW(roles, n, cap);
    roles[n++] = r;
    read_title_before_body(d, &r, &roles, &n, &cap);
  }
  for (size_t i = 0; i < n; i++) { /* then what the others and the context say */
    role *r = &roles[i];
    if (r->country < 0 && r->org < 0)
      inherit_from_holder(d, r, roles, n);
    if (r->country < 0 && r->org < 0)
      inherit_from_context(d, r, d->m[r->title].ref, r->left);
    share_destination(d, r, roles, n);
    add_tenure(d, r);
  }
  free(roles);
  return NG_OK;
}
