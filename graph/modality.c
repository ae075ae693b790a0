/* SPDX-License-Identifier: MIT */
/* modality.c: part of stage 10 (events). Which triggers report no event: a line that labels a
 * section, another sense of the word ("released photos"), or what the text does not state as
 * having happened ("had not arrested", "would resign", "if he is convicted", "nobody was
 * hurt"). The words that decide are grammar.csv roles. */
#include "clause.h"
#include "doc.h"

/* "had not questioned her until late that evening": it happened, later. */
static bool until_after(const ng_doc *d, size_t tb) {
  size_t cb, ce;
  ng_clause_of(d, tb, tb + 1, &cb, &ce);
  for (size_t k = tb + 1; k < ce && k < tb + 8; k++)
    if (ng_doc_word_is(d, k, NG_GRAM_UNTIL))
      return true;
  return false;
}

/* Does the verb group before token tb say that its verb did not or may not happen: "had not
 * interviewed", "will be fired", "would reconsider", "without investigating"? */
static bool verb_group_unreal(const ng_doc *d, size_t tb) {
  for (size_t k = tb, steps = 0; k > 0 && steps < 5; k--, steps++) {
    if (ng_doc_mention_at(d, k - 1))
      return false; /* the subject: "Olivia May condemned" has no modal */
    if (ng_doc_word_is(d, k - 1, NG_GRAM_MODAL))
      return true;
    if (ng_doc_word_is(d, k - 1, NG_GRAM_NEGATION))
      return !until_after(d, tb);
    if (!ng_is_auxiliary(d, k - 1) && !ng_doc_word_is(d, k - 1, NG_GRAM_ADVERB) &&
        !ng_tok_is_quote_mark(d, k - 1))
      return false;
  }
  return false;
}

/* Is token tb inside a clause opened by "if", "unless" or "whether" ("if he is convicted")?
 * Such a clause ends at a comma. */
static bool in_condition(const ng_doc *d, size_t tb) {
  for (size_t k = tb; k-- > d->sent[d->tok[tb].sent].tb;) {
    if (ng_doc_word_is(d, k, NG_GRAM_CONDITIONAL))
      return true;
    if (ng_is_break(d, k) || ng_tok_is(d, k, ","))
      return false;
  }
  return false;
}

/* "nobody was hurt", "no one was killed", "no group has claimed": the subject right before
 * the verb group is nobody. */
static bool negative_subject(const ng_doc *d, size_t tb) {
  size_t j = tb;
  while (j > 0 && tb - j < 4 && (ng_is_auxiliary(d, j - 1) || ng_doc_word_is(d, j - 1, NG_GRAM_ADVERB)))
    j--;
  if ((j > 0 && ng_doc_word_is(d, j - 1, NG_GRAM_NEGATIVE)) ||
      (j > 1 && ng_doc_word_is(d, j - 2, NG_GRAM_NEGATIVE) && (d->tok[j - 1].flags & NG_TOK_WORD) &&
       !(d->tok[j - 1].flags & NG_TOK_CAP)))
    return true;
  /* "neither X nor the city police responded": "nor" opens the subject's last part */
  enum { SUBJECT_WORDS = 6 };
  for (size_t k = j; k-- > 0 && j - k <= SUBJECT_WORDS && (d->tok[k].flags & NG_TOK_WORD);)
    if (ng_tok_is(d, k, "nor"))
      return true;
  return false;
}

/* "no injuries", "no claim": a noun after "no", over up to two adjectives; and one after a
 * word that makes it no particular event that happened: "any deal", "awaiting trial", "a
 * possible strike". */
static bool negated_noun(const ng_doc *d, size_t tb) {
  for (size_t k = tb, skip = 0; k > 0 && skip <= 2; k--, skip++) {
    if (ng_doc_word_is(d, k - 1, NG_GRAM_NEGATIVE) || ng_doc_word_is(d, k - 1, NG_GRAM_UNREAL_MOD))
      return true;
    if (!ng_is_adjective_like(d, k - 1))
      return false;
  }
  return false;
}

static bool ends_in_full_stop(const ng_doc *d, const ng_sentence *s) {
  for (size_t k = s->te; k-- > s->tb;)
    if (ng_tok_is(d, k, ".") || ng_tok_is(d, k, "!") || ng_tok_is(d, k, "?"))
      return true;
    else if (!ng_tok_is_quote_mark(d, k))
      return false;
  return false;
}

/* Has the body begun before sentence s: is there a sentence before it that ends in a full
 * stop? What comes before (a web address, the headline, a dateline) is no section label. */
static bool body_before(const ng_doc *d, const ng_sentence *s) {
  for (const ng_sentence *p = d->sent; p < s; p++)
    if (ends_in_full_stop(d, p))
      return true;
  return false;
}

/* A line inside the article that labels a section ("Pending charges", "==The attack==", a
 * list item "* 2014 Harbour Airfield bombing"): short, no final punctuation, not the headline.
 * It names a topic the text around it reports; it is not a report of its own. */
static bool in_section_label(const ng_doc *d, size_t tb) {
  enum { LABEL_WORDS = 12 };
  const ng_sentence *s = &d->sent[d->tok[tb].sent];
  if (!body_before(d, s) || !(d->tok[s->tb].flags & (NG_TOK_NL | NG_TOK_PARA)) ||
      (s->te < d->ntok && !(d->tok[s->te].flags & (NG_TOK_NL | NG_TOK_PARA))))
    return false;
  const ng_token *last = &d->tok[s->te - 1];
  if ((last->flags & NG_TOK_PUNCT) && !ng_tok_is(d, s->te - 1, "=") && !ng_tok_is(d, s->te - 1, "]"))
    return false; /* a sentence, or a quotation */
  size_t words = 0;
  for (size_t k = s->tb; k < s->te; k++)
    words += (d->tok[k].flags & NG_TOK_WORD) != 0;
  return words <= LABEL_WORDS;
}

/* A lower-case word that names a thing: no function word, pronoun, grammar word, trigger or
 * mention ("photos", "rumours", "cases"). */
static bool is_plain_noun(const ng_doc *d, size_t t) {
  const ng_token *k = &d->tok[t];
  if (!(k->flags & NG_TOK_WORD) || (k->flags & (NG_TOK_CAP | NG_TOK_NUM)) || d->tok_mention[t] >= 0 ||
      ng_tok_is_age(d, t))
    return false;
  const ng_lex *l = ng_doc_lookup(d, t, 1);
  const ng_lex *common = ng_lex_find(l, NG_LEX_COMMON);
  return !(common && (uintptr_t)common->ref == NG_COMMON_FUNCTION) && !ng_lex_find(l, NG_LEX_PRONOUN) &&
         !ng_lex_find(l, NG_LEX_GRAMMAR) && !ng_lex_find(l, NG_LEX_TRIGGER);
}

/* A free lower-case function word that may qualify a noun ("last", "first", "only"). */
static bool is_adjective_word(const ng_doc *d, size_t t) {
  const ng_lex *l = ng_doc_lookup(d, t, 1), *common = ng_lex_find(l, NG_LEX_COMMON);
  return ng_doc_token_free(d, t) && !(d->tok[t].flags & NG_TOK_CAP) && common &&
         (uintptr_t)common->ref == NG_COMMON_FUNCTION && !ng_lex_find(l, NG_LEX_GRAMMAR) &&
         !ng_lex_find(l, NG_LEX_PRONOUN);
}

/* A noun phrase of things ends right before token t: plain nouns after a determiner or a
 * number ("the photos were", "this handout photo", "three boats were"), not a verb ("where he
 * had worked was arrested") nor a span of time ("held for two years was released"). */
static bool thing_before(const ng_doc *d, size_t t) {
  size_t k = t;
  while (k > 0 && t - k < 3 && is_plain_noun(d, k - 1))
    k--;
  if (k == t || k == 0)
    return false;
  bool counted = ng_doc_word_is(d, k - 1, NG_GRAM_DETERMINER) ||
                 ng_doc_word_is(d, k - 1, NG_GRAM_NUMBER) ||
                 ng_doc_word_is(d, k - 1, NG_GRAM_DESCRIPTION_DET) ||
                 (d->tok[k - 1].flags & NG_TOK_NUM);
  return counted && !ng_doc_word_is(d, t - 1, NG_GRAM_DURATION);
}

/* "the FBI released photos", "dismissed the rumours", "a handout photo released": an event
 * that happens to a person (event_classes.csv person_patient) told of a thing is another
 * sense of its verb. The thing is a plain lower-case noun where the person would stand. */
bool ng_told_of_a_thing(const ng_doc *d, const ng_event *e, const ng_mention *tm) {
  if (e->trigger->noun || !e->trigger->cls->person_patient)
    return false;
  if (ng_is_passive(d, tm->tb) || (tm->tb > 0 && ng_is_participle(d, tm->tb) &&
                                is_plain_noun(d, tm->tb - 1) && ng_no_object_after(d, tm->te)))
    return tm->tb > 0 && thing_before(d, ng_over_auxiliaries_left(d, tm->tb));
  size_t k = tm->te;
  while (k < d->ntok && ng_doc_word_is(d, k, NG_GRAM_DETERMINER))
    k++;
  /* over a count: "fired two rockets", "fired dozens of rockets" (but "fired 40 workers",
   * "arrested 14 armed Lorvian smugglers": a capitalised word may start the people) */
  bool counted = false;
  if (k < d->ntok && ((d->tok[k].flags & NG_TOK_NUM) || ng_doc_word_is(d, k, NG_GRAM_NUMBER)) &&
      !ng_doc_mention_at(d, k)) {
    counted = true;
    k++;
    if (k + 1 < d->ntok && ng_tok_is(d, k, "of"))
      k++;
  }
  /* over a possessor: "captured the rebels' last territory" is told of the territory */
  const ng_mention *whose = ng_doc_mention_at(d, k);
  size_t after = whose && whose->tb == k && !counted && !ng_is_event_noun(whose)
                     ? ng_doc_after_possessor(d, whose)
                     : 0;
  if (after)
    for (k = after; k + 1 < after + 3 && is_adjective_word(d, k); k++)
      ; /* "last", "first" */
  const ng_mention *m = ng_doc_mention_at(d, k);
  const ng_mention *head = m && m->tb == k ? ng_doc_mention_at(d, m->te) : NULL;
  if (m && m->tb == k && ng_is_event_noun(m) &&
      !(head && head->tb == m->te && head->kind == NG_M_PARTICIPANT))
    return true; /* "dismissed the sanctions as meaningless": an event is no person (but
                    "arrested murder suspects" are people) */
  while (k + 1 < d->ntok && is_plain_noun(d, k) && is_plain_noun(d, k + 1))
    k++; /* to the last plain word: "the detained activists" ends in people */
  return k + 1 < d->ntok && is_plain_noun(d, k) && !ng_doc_mention_at(d, k + 1) &&
         !(counted && (d->tok[k + 1].flags & NG_TOK_CAP));
}

/* "The killings were planned and executed", "the raid was carried out": a verb of what is done
 * to people (person_object), told in the passive of an event noun, is another sense: the event
 * was carried out, no one was killed by it. */
static bool done_to_an_event(const ng_doc *d, const ng_event *e, const ng_mention *tm) {
  if (e->trigger->noun || !e->trigger->cls->person_object)
    return false;
  size_t k = tm->tb;
  if (k >= 2 && ng_tok_is(d, k - 1, "and") && ng_is_participle(d, k - 2))
    k -= 2; /* "planned and executed" */
  if (!ng_is_passive(d, k))
    return false;
  k = ng_over_auxiliaries_left(d, k);
  const ng_mention *m = k > 0 ? ng_doc_mention_at(d, k - 1) : NULL;
  return m && m->te == k && ng_is_event_noun(m);
}

/* "sentenced a former officer to death": an event noun after "to", told after a sentencing
 * in its clause, is the penalty, not an event that took place. */
static bool names_a_penalty(const ng_doc *d, const ng_event *e, const ng_mention *tm) {
  enum { REACH = 10 };
  if (!e->trigger->noun || tm->tb == 0 || !ng_tok_is(d, tm->tb - 1, "to"))
    return false;
  for (size_t k = tm->tb - 1; k-- > 0 && tm->tb - k <= REACH && !ng_is_break(d, k);) {
    const ng_mention *m = ng_doc_mention_at(d, k);
    if (m && m->kind == NG_M_TRIGGER && m->tb == k)
      return ng_event_in_family(((const ng_trigger *)m->ref)->cls, "Sentencing");
  }
  return false;
}

/* "faced the threat of prison": a `risk` noun before "of", with no one whose it is, is a
 * danger, not a threat anyone made ("the rebels' threat of attacks", "renewed its threat of
 * attacks" are threats). */
static bool names_a_risk(const ng_doc *d, const ng_event *e, const ng_mention *tm) {
  size_t b = tm->tb;
  bool whose = b > 0 && (ng_doc_word_is(d, b - 1, NG_GRAM_POSSESSIVE) ||
                         (d->tok[b - 1].flags & NG_TOK_POSS) || ng_tok_is(d, b - 1, "'"));
  return e->trigger->noun && e->agent < 0 && !whose && tm->te == b + 1 &&
         ng_doc_word_is(d, b, NG_GRAM_RISK) && ng_tok_is(d, tm->te, "of");
}

/* A lower-case word of a noun phrase: no grammar word, trigger or mention ("public"). */
static bool is_content_word(const ng_doc *d, size_t t) {
  const ng_token *k = &d->tok[t];
  if (!(k->flags & NG_TOK_WORD) || (k->flags & (NG_TOK_CAP | NG_TOK_NUM)) || d->tok_mention[t] >= 0)
    return false;
  const ng_lex *l = ng_doc_lookup(d, t, 1);
  return !ng_lex_find(l, NG_LEX_GRAMMAR) && !ng_lex_find(l, NG_LEX_TRIGGER);
}

/* The first token of the bare noun or list of them that ends right before token tb: words
 * joined by "and", "or" and, when `commas`, commas ("street rallies and [protests]"). The
 * word that governs the list is the one before it. */
static size_t bare_list_start(const ng_doc *d, size_t tb, bool commas) {
  size_t k = tb;
  while (k > 1 && tb - k < 6 &&
         ((commas && ng_tok_is(d, k - 1, ",")) || ng_tok_is(d, k - 1, "and") || ng_tok_is(d, k - 1, "or") ||
          is_content_word(d, k - 1)))
    k--;
  return k;
}

/* "banning them from travelling", "barred from leaving the country": an "-ing" form after
 * "from" and, a few words before it, a word that forbids or prevents (grammar hinder). */
static bool hindered(const ng_doc *d, size_t tb) {
  enum { WORDS = 4 }; /* "prevented the two men from" */
  if (tb < 2 || !ng_is_gerund(d, tb) || !ng_tok_is(d, tb - 1, "from"))
    return false;
  for (size_t k = tb - 1; k-- > 0 && tb - 1 - k <= WORDS && !ng_is_break(d, k);)
    if (ng_doc_word_is(d, k, NG_GRAM_HINDER))
      return true;
  return false;
}

/* "plans to attack", "refused to comment", "the threat of arrest", "the risk of attack", "a
 * ban on rallies and protests", "fear losing their jobs": the event is what someone
 * intends, fears, forbids or avoids. */
static bool after_unreal_head(const ng_doc *d, size_t tb, bool noun) {
  if (tb >= 1 && ng_is_gerund(d, tb) && ng_doc_word_is(d, tb - 1, NG_GRAM_UNREAL_HEAD))
    return true;
  if (hindered(d, tb))
    return true;
  while (tb >= 3 && ng_is_auxiliary(d, tb - 1))
    tb--; /* "declined to be named", "expected to have been charged" */
  tb = bare_list_start(d, tb, noun); /* a verb's would cross clauses: "refused to stop, saying" */
  if (tb > 1 && ng_doc_word_is(d, tb - 1, NG_GRAM_DETERMINER))
    tb--; /* "a ban on arms exports" */
  return tb >= 2 && (ng_tok_is(d, tb - 1, "to") || ng_tok_is(d, tb - 1, "of") || ng_tok_is(d, tb - 1, "on")) &&
         ng_doc_word_is(d, tb - 2, NG_GRAM_UNREAL_HEAD);
}

/* Does a patient follow token t ("on police"; not "on Friday")? */
static bool patient_after(const ng_doc *d, size_t t) {
  if (t + 1 >= d->ntok || !ng_doc_word_is(d, t, NG_GRAM_PATIENT_PREP))
    return false;
  const ng_mention *m = ng_doc_mention_at(d, t + 1);
  return !(m && m->kind == NG_M_DATE);
}

/* A word of accusation within a few words before token t, in its clause: "charged [the
 * driver] with", "on charges of". */
static bool accusation_before(const ng_doc *d, size_t t) {
  for (size_t k = t, steps = 0; k > 0 && steps < 5 && !ng_is_break(d, k - 1); k--, steps++)
    if (ng_doc_word_is(d, k - 1, NG_GRAM_OFFENCE_HEAD))
      return true;
  return false;
}

/* "charged with murder", "on charges of arson and theft", "convicted him of fraud": a
 * bare noun after "of" or "with" that follows a word of accusation (over other bare nouns of
 * a list, after which a trigger word may have been read as a verb: "of fraud and murder"),
 * or right before a noun for an offence ("murder charges"), names the kind of offence, not
 * one act. */
static bool names_offence(const ng_doc *d, const ng_event *e, const ng_mention *tm) {
  if (tm->te < d->ntok && ng_doc_word_is(d, tm->te, NG_GRAM_OFFENCE_NOUN))
    return true; /* "murder charges", "public order offences" */
  size_t k = bare_list_start(d, tm->tb, true);
  if ((!e->trigger->noun && k == tm->tb) || e->patient >= 0 || patient_after(d, tm->te) ||
      !ng_no_object_after(d, tm->te))
    return false; /* "accused of attacks on police", "suspected of killing a cyclist": those acts */
  return k > 1 && (ng_tok_is(d, k - 1, "of") || ng_tok_is(d, k - 1, "with")) && accusation_before(d, k - 1);
}

/* "fight the infection", "the battle against poverty", "an epidemic to battle", "battled the blaze":
 * combat whose opponent is an illness, a fire or a social ill is a figure of speech. */
static bool against_an_ill(const ng_doc *d, const ng_event *e, const ng_mention *tm) {
  if (!ng_event_in_family(e->trigger->cls, "Attack"))
    return false;
  if (tm->tb >= 2 && ng_tok_is(d, tm->tb - 1, "to") && ng_doc_word_is(d, tm->tb - 2, NG_GRAM_AILMENT))
    return true;
  size_t k = tm->te;
  if (k < d->ntok && ng_doc_word_is(d, k, NG_GRAM_PATIENT_PREP))
    k++;
  for (size_t skip = 0; k < d->ntok && skip < 3; k++, skip++)
    if (ng_doc_word_is(d, k, NG_GRAM_AILMENT))
      return true;
    else if (!ng_doc_word_is(d, k, NG_GRAM_DETERMINER) && !ng_is_adjective_like(d, k))
      return false;
  return false;
}

/* A speech verb before "to" that reports no speech: hearsay, by a verb that has no active "to
 * be" ("officials said to be close to the minister"; but "the army claimed to have destroyed it" is a claim), and "add
 * to", which means "increase" ("added to the confusion"). */
static bool speech_verb_before_to(const ng_doc *d, const ng_event *e, const ng_mention *tm) {
  if (e->trigger->noun || !ng_event_is_statement(e) || tm->te + 1 >= d->ntok || !ng_tok_is(d, tm->te, "to"))
    return false;
  if (ng_doc_word_is(d, tm->te - 1, NG_GRAM_NO_RECIPIENT))
    return true;
  return ng_is_auxiliary(d, tm->te + 1) && ng_doc_word_is(d, tm->te - 1, NG_GRAM_HEARSAY);
}

/* "the death penalty", "an arrest warrant": the event noun only modifies a noun that names
 * no event. */
static bool modifies_no_event(const ng_doc *d, const ng_event *e, const ng_mention *tm) {
  return e->trigger->noun && tm->te < d->ntok && ng_doc_word_is(d, tm->te, NG_GRAM_NO_EVENT_HEAD);
}

/* "protests spread across the country", "the fighting spread": an outbreak verb whose subject
 * is another event tells how that event grew, not of a disease. */
static bool spread_of_an_event(const ng_doc *d, const ng_event *e, const ng_mention *tm) {
  if (e->trigger->noun || !ng_event_in_family(e->trigger->cls, "Outbreak"))
    return false;
  size_t k = ng_over_auxiliaries_left(d, tm->tb);
  const ng_mention *subject = k > 0 ? ng_doc_mention_at(d, k - 1) : NULL;
  /* a word that can be an event noun, whichever reading it was given: "as protests spread" */
  return subject && subject->te == k && subject->kind == NG_M_TRIGGER &&
         ng_doc_trigger_reading(d, subject->tb, subject->te - subject->tb, true);
}

/* "X escaped an assassination attempt": a verb that says its subject underwent the event noun
 * after it (cues.csv undergo) is that event told of its patient, no journey of its own. */
static bool undergoes_event_after(const ng_doc *d, const ng_event *e, const ng_mention *tm) {
  const ng_lex *cue = ng_lex_find(ng_doc_lookup(d, tm->tb, tm->te - tm->tb), NG_LEX_SUPPORT);
  if (e->trigger->noun || !cue || !cue->ref)
    return false;
  size_t k = tm->te;
  while (k < d->ntok && ng_doc_word_is(d, k, NG_GRAM_DETERMINER))
    k++;
  const ng_mention *m = k < d->ntok ? ng_doc_mention_at(d, k) : NULL;
  return m && m->tb == k && ng_is_event_noun(m);
}

/* Another sense of the trigger's word, or a figure of speech. */
static bool other_sense(const ng_doc *d, const ng_event *e, const ng_mention *tm) {
  return ng_told_of_a_thing(d, e, tm) || names_offence(d, e, tm) || against_an_ill(d, e, tm) ||
         speech_verb_before_to(d, e, tm) || modifies_no_event(d, e, tm) ||
         done_to_an_event(d, e, tm) || names_a_penalty(d, e, tm) || names_a_risk(d, e, tm) ||
         spread_of_an_event(d, e, tm) || undergoes_event_after(d, e, tm);
}

/* "urged the government to release X", "called on Lorvia to withdraw its troops": a verb of
 * an infinitive after a directive verb and its object (grammar.csv directive) is what
 * someone was asked to do. The object is a few words, within the clause. */
static bool asked_to_do(const ng_doc *d, size_t tb) {
  enum { OBJECT_WORDS = 6 };
  if (tb < 3 || !ng_tok_is(d, tb - 1, "to"))
    return false;
  for (size_t k = tb - 1; k-- > 0 && tb - k <= OBJECT_WORDS + 2;) {
    if (ng_doc_word_is(d, k, NG_GRAM_DIRECTIVE))
      return k + 2 < tb; /* an object between: in "asked to attend" the asker attends */
    if (ng_is_break(d, k) || ng_tok_is(d, k, ",") || ng_tok_is(d, k, "."))
      return false;
  }
  return false;
}

/* Token tb, or the earliest of the determiners right before it. */
static size_t over_determiners_left(const ng_doc *d, size_t tb) {
  while (tb > 0 && ng_doc_word_is(d, tb - 1, NG_GRAM_DETERMINER))
    tb--;
  return tb;
}

/* "narrowly escaped death", "avoided injury": what befalls someone (a noun whose subject is its
 * patient) right after a verb of evading (grammar evade) did not befall them. */
static bool evaded(const ng_doc *d, const ng_event *e, const ng_mention *tm) {
  size_t k = over_determiners_left(d, tm->tb);
  return e->trigger->noun && e->trigger->subject_is_patient && k > 0 &&
         ng_doc_word_is(d, k - 1, NG_GRAM_EVADE);
}

/* "postponed the vote", "sought a referendum", "police foiled an attack": an event noun that
 * is the object of a verb that puts it off, asks for it or stops it (over a determiner or a
 * plain word: "postponed municipal elections") did not take place; "the delayed election"
 * (an adjective after "the") did. */
static bool called_off(const ng_doc *d, const ng_event *e, const ng_mention *tm) {
  size_t k = tm->tb;
  if (k > 1 && is_plain_noun(d, k - 1) && !ng_doc_word_is(d, k - 2, NG_GRAM_DETERMINER))
    k--; /* "postponed municipal elections" */
  size_t noun = k;
  k = over_determiners_left(d, k);
  bool determiner = k < noun;
  if (!e->trigger->noun || k == 0 || !ng_doc_word_is(d, k - 1, NG_GRAM_CALL_OFF) ||
      ng_tok_is(d, tm->te, "from"))
    return false; /* "stopped the vote from settling X": the vote was held */
  return determiner || k < 2 || !ng_doc_word_is(d, k - 2, NG_GRAM_DETERMINER);
}

/* A report of what did not happen, may happen or would happen under a condition: "he is not
 * charged with ...", "they'll be fired", "the threat of arrest if he returns", "there
 * were no injuries". */
static bool stated_unreal(const ng_doc *d, const ng_event *e, const ng_mention *tm) {
  if (in_condition(d, tm->tb) || after_unreal_head(d, tm->tb, e->trigger->noun))
    return true;
  /* (before the noun test: a noun-only trigger word after "to" is the verb) */
  if (asked_to_do(d, tm->tb) || evaded(d, e, tm) || called_off(d, e, tm))
    return true;
  if (!e->trigger->noun)
    return verb_group_unreal(d, tm->tb) || negative_subject(d, tm->tb);
  size_t support = ng_support_verb_before(d, tm->tb);
  return negated_noun(d, tm->tb) || (support > 0 && verb_group_unreal(d, support - 1));
}

bool ng_event_not_reported(const ng_doc *d, const ng_event *e, const ng_mention *tm) {
  return in_section_label(d, tm->tb) || other_sense(d, e, tm) || stated_unreal(d, e, tm);
}
