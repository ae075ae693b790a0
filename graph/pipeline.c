/* SPDX-License-Identifier: MIT */
/* pipeline.c: the stage table and the public entry points. An article is checked first
 * (UTF-8, NUL bytes, metadata), then runs through the stages in order, and is written only
 * when every stage succeeded, so a refused article leaves no output behind. */
#include "emit.h"
#include "text.h"

#include <inttypes.h>

typedef ng_status (*stage_fn)(ng_doc *d, const ng_diag *diag);
static const struct {
  const char *name;
  stage_fn run;
} STAGES[] = {
    {"tokens", ng_tokenize_run},  {"sentences", ng_sentence_run}, {"gazetteer", ng_gazetteer_run},
    {"persons", ng_person_run},   {"entities", ng_resolve_run},   {"roles", ng_role_run},
    {"participants", ng_participant_run}, {"places", ng_place_run}, {"venues", ng_venue_run},
    {"events", ng_event_run},
    {"incidents", ng_incident_run}, {"bio", ng_bio_run}, {"scenes", ng_scene_run},
};

/* "file:line:column: message (byte N)" for a problem at byte `off` of the article. */
static ng_status report_at(const ng_article *a, size_t off, const char *why, const ng_diag *diag) {
  size_t line = 1, col = 1;
  for (size_t i = 0; i < off && i < a->len; i++) {
    if (a->text[i] == '\n')
      line++, col = 1;
    else
      col++;
  }
  return ng_diag_report(diag, NG_ERR_INPUT, "%s:%zu:%zu: %s (byte offset %zu)", a->source, line,
                        col, why, off);
}

ng_status ng_article_check(const ng_article *a, const ng_diag *diag) {
  size_t off;
  const char *why;
  if (ng_text_check(a->text, a->len, &off, &why) != NG_OK)
    return report_at(a, off, why, diag);
  /* bad metadata comes from the input (a CSV row); the CLI checks its own options first */
  if (a->date && !ng_date_is_valid(a->date))
    return ng_diag_report(diag, NG_ERR_INPUT, "%s: invalid date '%s' (want YYYY-MM-DD)",
                          a->source, a->date);
  if (a->url && (!ng_iri_is_valid(a->url) || strchr(a->url, '#')))
    return ng_diag_report(diag, NG_ERR_INPUT,
                          "%s: invalid article IRI '%s' (want an absolute IRI without '#')",
                          a->source, a->url);
  if (a->title && ng_utf8_invalid_at(a->title, strlen(a->title)) < strlen(a->title))
    return ng_diag_report(diag, NG_ERR_USAGE, "%s: the title is not UTF-8", a->source);
  return NG_OK;
}

static ng_status run_stages(ng_doc *d, const char *stop_after, const ng_diag *diag) {
  ng_status st;
  for (size_t i = 0; i < NG_COUNTOF(STAGES); i++) {
    NG_TRY(st, STAGES[i].run(d, diag));
    if (stop_after && !strcmp(stop_after, STAGES[i].name))
      break;
  }
  return NG_OK;
}

ng_status ng_extract(ng_writer *w, const ng_kb *kb, const ng_article *a, const ng_diag *diag) {
  ng_status st;
  NG_TRY(st, ng_article_check(a, diag));
  ng_doc *d = ng_doc_new(kb, a);
  ng_graph g = {0};
  st = run_stages(d, NULL, diag);
  if (st == NG_OK) {
    ng_emit(d, ng_writer_config(w), &g);
    st = ng_writer_write(w, &g, ng_emit_article_iri(d, ng_writer_config(w)), diag);
  }
  ng_graph_free(&g);
  ng_doc_free(d);
  return st;
}

bool ng_format_parse(const char *name, ng_format *out) {
  static const struct {
    const char *name;
    ng_format f;
  } NAMES[] = {{"turtle", NG_FORMAT_TURTLE},     {"ttl", NG_FORMAT_TURTLE},
               {"ntriples", NG_FORMAT_NTRIPLES}, {"nt", NG_FORMAT_NTRIPLES},
               {"nquads", NG_FORMAT_NQUADS},     {"nq", NG_FORMAT_NQUADS}};
  for (size_t i = 0; i < NG_COUNTOF(NAMES); i++)
    if (!strcmp(name, NAMES[i].name)) {
      *out = NAMES[i].f;
      return true;
    }
  return false;
}

/* ---- --dump ---- */

static const char *const DUMP_STAGE[] = {"tokens", "sentences", "mentions"};
static const char *const KIND_NAME[] = {"country", "place", "org",         "title",
                                        "person",  "date",  "participant", "trigger"};
static const char *const FORM_NAME[] = {"name", "demonym", "surname", "given",
                                        "pronoun", "unit", "headed", "nominal", "shared",
                                        "described"};
_Static_assert(NG_COUNTOF(KIND_NAME) == NG_M_KIND_COUNT, "a name for every mention kind");
_Static_assert(NG_COUNTOF(FORM_NAME) == NG_FORM_COUNT, "a name for every mention form");

bool ng_dump_stage_parse(const char *name, ng_dump_stage *out) {
  for (size_t i = 0; i < NG_COUNTOF(DUMP_STAGE); i++)
    if (!strcmp(name, DUMP_STAGE[i])) {
      *out = (ng_dump_stage)i;
      return true;
    }
  return false;
}

static void dump_tokens(FILE *fp, const ng_doc *d) {
  fprintf(fp, "token\tbegin\tend\tsentence\tflags\ttext\n");
  for (size_t i = 0; i < d->ntok; i++)
    fprintf(fp, "%zu\t%" PRIu32 "\t%" PRIu32 "\t%" PRIu32 "\t%04" PRIx32 "\t%.*s\n", i,
            d->tok[i].cb, d->tok[i].ce, d->tok[i].sent, d->tok[i].flags,
            (int)ng_tok_len(d, i), ng_tok_text(d, i));
}

static void dump_sentences(FILE *fp, const ng_doc *d) {
  fprintf(fp, "sentence\tbegin\tend\ttext\n");
  for (size_t s = 0; s < d->nsent; s++) {
    const ng_token *b = &d->tok[d->sent[s].tb], *e = &d->tok[d->sent[s].te - 1];
    fprintf(fp, "%zu\t%" PRIu32 "\t%" PRIu32 "\t", s, b->cb, e->ce);
    for (const char *p = d->text + b->b; p < d->text + e->e; p++)
      fputc(*p == '\n' || *p == '\t' ? ' ' : *p, fp);
    fputc('\n', fp);
  }
}

static void dump_mentions(FILE *fp, const ng_doc *d) {
  fprintf(fp, "begin\tend\tkind\tform\tentity\ttext\n");
  for (size_t i = 0; i < d->nm; i++) {
    const ng_mention *m = &d->m[i];
    const ng_token *b = &d->tok[m->tb], *e = &d->tok[m->te - 1];
    const char *ent = m->entity >= 0 ? d->ent[m->entity].key : "-";
    if (m->kind == NG_M_TITLE)
      ent = ((const ng_title *)m->ref)->pos ? ((const ng_title *)m->ref)->pos->id : "no position";
    if (m->kind == NG_M_TRIGGER)
      ent = m->event >= 0 ? d->ev[m->event].trigger->cls->name : "-";
    fprintf(fp, "%" PRIu32 "\t%" PRIu32 "\t%s\t%s\t%s\t%.*s\n", b->cb, e->ce, KIND_NAME[m->kind],
            FORM_NAME[m->form], ent, (int)(e->e - b->b), d->text + b->b);
  }
}

ng_status ng_dump(FILE *fp, const ng_kb *kb, const ng_article *a, ng_dump_stage stage,
                  const ng_diag *diag) {
  ng_status st;
  NG_TRY(st, ng_article_check(a, diag));
  ng_doc *d = ng_doc_new(kb, a);
  st = run_stages(d, NULL, diag);
  if (st == NG_OK) {
    if (stage == NG_DUMP_TOKENS)
      dump_tokens(fp, d);
    else if (stage == NG_DUMP_SENTENCES)
      dump_sentences(fp, d);
    else
      dump_mentions(fp, d);
  }
  ng_doc_free(d);
  return st;
}
