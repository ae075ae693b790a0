/* SPDX-License-Identifier: MIT */
/* emit.c: stage 14. The resolved document -> triples (rdf_out.h). Mints the IRIs: the
 * article by --url or a hash of its text, entities from their keys under the base IRI
 * (person/andrei-karlov, country/RU, org/RU/foreign-ministry, place/TR/ankara), tenures from
 * a hash of holder, position, country and receiving country, and mentions as NIF phrases
 * <article#char=b,e>. No blank nodes: every node has a name that the same input reproduces. */
#include "emit.h"
#include "text.h"
#include "vocab.h"

#include <inttypes.h>
#include <stdlib.h>

typedef struct emitter {
  ng_doc *d;
  ng_graph *g;
  const ng_config *cfg;
  const char *article;
  bool *used; /* per entity: described in the output */
} emitter;

static const char *ng_class(emitter *e, const char *local) {
  return ng_arena_printf(e->d->arena, "%s%s", NS_NG, local);
}

static void emit_time(emitter *e, const char *s, const char *p, const ng_timex *t);
static void emit_position(emitter *e, const ng_position *p);

static const char *hex_hash(emitter *e, const char *s) {
  uint64_t h = ng_hash64(s, strlen(s), NG_HASH_SEED);
  return ng_arena_printf(e->d->arena, "%016" PRIx64, h);
}

const char *ng_emit_article_iri(ng_doc *d, const ng_config *cfg) {
  if (d->article->url)
    return d->article->url;
  uint64_t h = ng_hash64(d->text, d->len, NG_HASH_SEED);
  return ng_arena_printf(d->arena, "%sarticle/%016" PRIx64, cfg->base, h);
}

static const char *mention_iri(emitter *e, const ng_mention *m) {
  return ng_arena_printf(e->d->arena, "%s#char=%" PRIu32 ",%" PRIu32, e->article,
                         e->d->tok[m->tb].cb, e->d->tok[m->te - 1].ce);
}

static void mark_used(emitter *e, int ent) {
  for (; ent >= 0 && !e->used[ent]; ent = e->d->ent[ent].of) {
    e->used[ent] = true;
    mark_used(e, e->d->ent[ent].within);
  }
}

static void emit_article(emitter *e) {
  const ng_article *a = e->d->article;
  ng_graph_iri(e->g, e->article, NG_V(RDF_type), NG_V(NG_Article));
  ng_graph_iri(e->g, e->article, NG_V(RDF_type), NG_V(SCHEMA_NewsArticle));
  if (a->date)
    ng_graph_lit(e->g, e->article, NG_V(SCHEMA_datePublished), a->date, NG_V(XSD_date));
  if (a->title)
    ng_graph_lit(e->g, e->article, NG_V(SCHEMA_headline), a->title, NULL);
  if (a->url)
    ng_graph_iri(e->g, e->article, NG_V(SCHEMA_url), a->url);
}

static void same_as_wikidata(emitter *e, const char *iri, const char *qid) {
  if (qid && *qid)
    ng_graph_iri(e->g, iri, NG_V(OWL_sameAs), ng_arena_printf(e->d->arena, "%s%s", NS_WD, qid));
}

/* What the text says of a person besides the name: "the comedian", "a Turkish police officer". */
static void emit_description(emitter *e, const ng_entity *x) {
  for (size_t k = 0; k < x->ndesc; k++)
    ng_graph_lit(e->g, x->iri, NG_V(SCHEMA_description), x->desc[k], NULL);
  if (x->nationality >= 0)
    ng_graph_iri(e->g, x->iri, NG_V(SCHEMA_nationality), e->d->ent[x->nationality].iri);
  if (x->occupation) {
    ng_graph_iri(e->g, x->iri, NG_V(NG_occupation), ng_class(e, x->occupation->id));
    emit_position(e, x->occupation);
  }
}

/* "the gunman": no name; descriptions, nationality and post as the text gives them. */
static void emit_participant(emitter *e, const ng_entity *x, bool mentioned) {
  ng_graph_iri(e->g, x->iri, NG_V(RDF_type), NG_V(NG_Participant));
  ng_graph_iri(e->g, x->iri, NG_V(RDF_type), x->plural ? NG_V(NG_Group) : NG_V(NG_Person));
  if (!x->plural)
    ng_graph_iri(e->g, x->iri, NG_V(RDF_type), NG_V(SCHEMA_Person));
  if (x->word && !strcmp(x->word->word, x->name))
    ng_graph_lit(e->g, x->iri, NG_V(SCHEMA_description), x->name, NULL); /* "people" as written */
  for (size_t k = 0; k < x->nalt; k++)
    ng_graph_lit(e->g, x->iri, NG_V(SCHEMA_description), x->alt[k], NULL);
  emit_description(e, x);
  if (mentioned)
    ng_graph_iri(e->g, x->iri, NG_V(NG_mentionedIn), e->article);
}

static void emit_entity_types(emitter *e, const ng_entity *x) {
  static const int NG_CLASS[] = {[NG_E_PERSON] = V_NG_Person, [NG_E_COUNTRY] = V_NG_Country,
                                 [NG_E_ORG] = V_NG_Organization, [NG_E_PLACE] = V_NG_Place,
                                 [NG_E_PARTICIPANT] = V_NG_Participant};
  static const int SCHEMA_CLASS[] = {
      [NG_E_PERSON] = V_SCHEMA_Person, [NG_E_COUNTRY] = V_SCHEMA_Country,
      [NG_E_ORG] = V_SCHEMA_Organization, [NG_E_PLACE] = V_SCHEMA_Place,
      [NG_E_PARTICIPANT] = V_SCHEMA_Person};
  ng_graph_iri(e->g, x->iri, NG_V(RDF_type), ng_vocab_iri[NG_CLASS[x->kind]]);
  ng_graph_iri(e->g, x->iri, NG_V(RDF_type), ng_vocab_iri[SCHEMA_CLASS[x->kind]]);
  const char *sub = ng_entity_class(x);
  if (sub && strcmp(sub, "Organization") && strcmp(sub, "Place"))
    ng_graph_iri(e->g, x->iri, NG_V(RDF_type), ng_class(e, sub));
  if (x->kind == NG_E_COUNTRY && x->country->former)
    ng_graph_iri(e->g, x->iri, NG_V(RDF_type), NG_V(NG_FormerCountry));
}

static void emit_entity(emitter *e, int i, bool mentioned) {
  const ng_entity *x = &e->d->ent[i];
  if (x->kind == NG_E_PARTICIPANT) {
    emit_participant(e, x, mentioned);
    return;
  }
  emit_entity_types(e, x);
  /* a described place has no name: what the text calls it describes it ("bus station") */
  const char *name = x->described ? NG_V(SCHEMA_description) : NG_V(SCHEMA_name);
  const char *alt = x->described ? NG_V(SCHEMA_description) : NG_V(SCHEMA_alternateName);
  ng_graph_lit(e->g, x->iri, name, x->name, NULL);
  for (size_t k = 0; k < x->nalt; k++)
    ng_graph_lit(e->g, x->iri, alt, x->alt[k], NULL);
  if (x->kind == NG_E_PERSON)
    emit_description(e, x);
  if (mentioned)
    ng_graph_iri(e->g, x->iri, NG_V(NG_mentionedIn), e->article);
  if (x->of >= 0) {
    ng_graph_iri(e->g, x->iri, NG_V(NG_country), e->d->ent[x->of].iri);
    if (x->kind == NG_E_PLACE && x->within < 0) /* else the most precise place says it */
      ng_graph_iri(e->g, x->iri, NG_V(SCHEMA_containedInPlace), e->d->ent[x->of].iri);
  }
  if (x->within >= 0)
    ng_graph_iri(e->g, x->iri, NG_V(SCHEMA_containedInPlace), e->d->ent[x->within].iri);
  if (x->country) {
    ng_graph_lit(e->g, x->iri, NG_V(NG_isoCode), x->country->iso2, NULL);
    ng_graph_lit(e->g, x->iri, NG_V(NG_iso3Code), x->country->iso3, NULL);
    same_as_wikidata(e, x->iri, x->country->wikidata);
  }
  if (x->org)
    same_as_wikidata(e, x->iri, x->org->wikidata);
  if (x->place)
    same_as_wikidata(e, x->iri, x->place->wikidata);
  emit_time(e, x->iri, NG_V(SCHEMA_birthDate), &x->birth);
  if (x->birthplace >= 0)
    ng_graph_iri(e->g, x->iri, NG_V(SCHEMA_birthPlace), e->d->ent[x->birthplace].iri);
}

static void emit_mention(emitter *e, const ng_mention *m, const char *target) {
  const char *iri = mention_iri(e, m);
  ng_graph_iri(e->g, iri, NG_V(RDF_type), NG_V(NIF_Phrase));
  ng_graph_iri(e->g, iri, NG_V(ITS_taIdentRef), target);
  if (e->cfg->mentions != NG_MENTIONS_FULL)
    return;
  const ng_token *b = &e->d->tok[m->tb], *end = &e->d->tok[m->te - 1];
  const char *nn = NG_V(XSD_nonNegativeInteger);
  ng_graph_iri(e->g, iri, NG_V(RDF_type), NG_V(NIF_OffsetBasedString));
  ng_graph_lit(e->g, iri, NG_V(NIF_beginIndex), ng_arena_printf(e->d->arena, "%" PRIu32, b->cb), nn);
  ng_graph_lit(e->g, iri, NG_V(NIF_endIndex), ng_arena_printf(e->d->arena, "%" PRIu32, end->ce), nn);
  ng_graph_lit(e->g, iri, NG_V(NIF_anchorOf),
               ng_arena_strndup(e->d->arena, e->d->text + b->b, end->e - b->b), NULL);
  ng_graph_iri(e->g, iri, NG_V(NIF_referenceContext),
               ng_arena_printf(e->d->arena, "%s#char=0,%zu", e->article, e->d->ncp));
}

static void emit_context(emitter *e) {
  const char *ctx = ng_arena_printf(e->d->arena, "%s#char=0,%zu", e->article, e->d->ncp);
  const char *nn = NG_V(XSD_nonNegativeInteger);
  ng_graph_iri(e->g, ctx, NG_V(RDF_type), NG_V(NIF_Context));
  ng_graph_iri(e->g, ctx, NG_V(RDF_type), NG_V(NIF_OffsetBasedString));
  ng_graph_lit(e->g, ctx, NG_V(NIF_beginIndex), "0", nn);
  ng_graph_lit(e->g, ctx, NG_V(NIF_endIndex), ng_arena_printf(e->d->arena, "%zu", e->d->ncp), nn);
  ng_graph_lit(e->g, ctx, NG_V(NIF_isString), ng_arena_strndup(e->d->arena, e->d->text, e->d->len),
               NULL);
  ng_graph_iri(e->g, ctx, NG_V(PROV_wasDerivedFrom), e->article);
  if (e->d->article->url)
    ng_graph_iri(e->g, ctx, NG_V(NIF_sourceUrl), e->d->article->url);
}

static const char *position_iri(emitter *e, const ng_position *p) { return ng_class(e, p->id); }

static void emit_position(emitter *e, const ng_position *p) {
  const char *iri = position_iri(e, p);
  ng_graph_iri(e->g, iri, NG_V(RDF_type), NG_V(NG_Position));
  ng_graph_lit(e->g, iri, NG_V(RDFS_label), p->label, NULL);
  same_as_wikidata(e, iri, p->wikidata);
}

static void emit_time(emitter *e, const char *s, const char *p, const ng_timex *t) {
  if (t->gran == NG_TIME_NONE)
    return;
  char lex[32];
  const char *xsd;
  ng_timex_format(t, lex, &xsd);
  ng_graph_lit(e->g, s, p, ng_arena_strndup(e->d->arena, lex, strlen(lex)),
               ng_arena_printf(e->d->arena, "%s%s", NS_XSD, xsd));
}

static const char *tenure_iri(emitter *e, const ng_tenure *t) {
  const ng_entity *ent = e->d->ent;
  const char *key = ng_arena_printf(
      e->d->arena, "%s|%s|%s|%s", ent[t->holder].iri, t->pos->id,
      t->country >= 0 ? ent[t->country].iri : "", t->to_country >= 0 ? ent[t->to_country].iri : "");
  return ng_arena_printf(e->d->arena, "%stenure/%s", e->cfg->base, hex_hash(e, key));
}

static void emit_tenure(emitter *e, ng_tenure *t) {
  const ng_entity *ent = e->d->ent;
  const char *iri = t->iri = tenure_iri(e, t);
  ng_graph_iri(e->g, iri, NG_V(RDF_type), NG_V(NG_Tenure));
  ng_graph_iri(e->g, iri, NG_V(NG_holder), ent[t->holder].iri);
  ng_graph_iri(e->g, iri, NG_V(NG_position), position_iri(e, t->pos));
  ng_graph_lit(e->g, iri, NG_V(NG_title), t->title, NULL);
  if (t->country >= 0)
    ng_graph_iri(e->g, iri, NG_V(NG_country), ent[t->country].iri);
  if (t->to_country >= 0)
    ng_graph_iri(e->g, iri, NG_V(NG_toCountry), ent[t->to_country].iri);
  if (t->org >= 0)
    ng_graph_iri(e->g, iri, NG_V(NG_organization), ent[t->org].iri);
  emit_time(e, iri, NG_V(NG_startDate), &t->start);
  emit_time(e, iri, NG_V(NG_endDate), &t->end);
  if (e->cfg->mentions != NG_MENTIONS_NONE)
    for (size_t k = 0; k < t->nevidence; k++)
      ng_graph_iri(e->g, iri, NG_V(NG_evidence), mention_iri(e, &e->d->m[t->evidence[k]]));
  ng_graph_iri(e->g, iri, NG_V(PROV_wasDerivedFrom), e->article);
  emit_position(e, t->pos);
}

static const char *event_iri(emitter *e, const ng_event *ev) {
  const ng_token *t = &e->d->tok[e->d->m[ev->mentions[0]].tb];
  const char *key = ng_arena_printf(e->d->arena, "%s|%s|%" PRIu32, e->article,
                                    ev->trigger->cls->name, t->cb);
  return ng_arena_printf(e->d->arena, "%sevent/%s", e->cfg->base, hex_hash(e, key));
}

static bool is_written(const ng_event *ev) { return ev->merged_into == -1; }

static void emit_event(emitter *e, const ng_event *ev) {
  const ng_entity *ent = e->d->ent;
  const char *iri = ev->iri;
  const char *cameo = *ev->trigger->cameo ? ev->trigger->cameo : ev->trigger->cls->cameo;
  ng_graph_iri(e->g, iri, NG_V(RDF_type), ng_class(e, ev->trigger->cls->name));
  if (*cameo)
    ng_graph_lit(e->g, iri, NG_V(NG_cameoCode), cameo, NULL);
  if (ev->agent >= 0)
    ng_graph_iri(e->g, iri, NG_V(NG_agent), ent[ev->agent].iri);
  if (ev->coagent >= 0)
    ng_graph_iri(e->g, iri, NG_V(NG_agent), ent[ev->coagent].iri);
  if (ev->patient >= 0)
    ng_graph_iri(e->g, iri, NG_V(NG_patient), ent[ev->patient].iri);
  if (ev->patient_event >= 0 && is_written(&e->d->ev[ev->patient_event]))
    ng_graph_iri(e->g, iri, NG_V(NG_patient), e->d->ev[ev->patient_event].iri);
  if (ev->place >= 0)
    ng_graph_iri(e->g, iri, NG_V(NG_place), ent[ev->place].iri);
  if (ev->venue >= 0)
    ng_graph_iri(e->g, iri, NG_V(NG_place), ent[ev->venue].iri);
  if (ev->part_of >= 0 && is_written(&e->d->ev[ev->part_of]))
    ng_graph_iri(e->g, iri, NG_V(NG_partOf), e->d->ev[ev->part_of].iri);
  emit_time(e, iri, NG_V(NG_date), &ev->date);
  if (ev->quote)
    ng_graph_lit(e->g, iri, NG_V(NG_quote), ev->quote, NULL);
  if (e->cfg->mentions != NG_MENTIONS_NONE)
    for (size_t k = 0; k < ev->nmentions; k++)
      ng_graph_iri(e->g, iri, NG_V(NG_trigger), mention_iri(e, &e->d->m[ev->mentions[k]]));
  ng_graph_iri(e->g, iri, NG_V(PROV_wasDerivedFrom), e->article);
  /* "graduated from X", "studied at X": X is one of the person's schools */
  if (ng_event_is_schooling(ev) && ev->agent >= 0 && ev->patient >= 0 &&
      ent[ev->patient].kind == NG_E_ORG)
    ng_graph_iri(e->g, ent[ev->agent].iri, NG_V(SCHEMA_alumniOf), ent[ev->patient].iri);
}

static void emit_mentions(emitter *e) {
  if (e->cfg->mentions == NG_MENTIONS_NONE)
    return;
  if (e->cfg->mentions == NG_MENTIONS_FULL)
    emit_context(e);
  for (size_t i = 0; i < e->d->nm; i++) {
    const ng_mention *m = &e->d->m[i];
    if (m->kind == NG_M_TRIGGER) {
      if (m->event >= 0 && is_written(&e->d->ev[m->event]))
        emit_mention(e, m, e->d->ev[m->event].iri);
    } else if (m->entity >= 0 && e->used[m->entity]) {
      emit_mention(e, m, e->d->ent[m->entity].iri);
    }
    else if (m->kind == NG_M_TITLE && ng_doc_is_evidence(e->d, (int)i))
      emit_mention(e, m, position_iri(e, ng_doc_evidence_of(e->d, (int)i)));
  }
}

/* Named entities are the same node in every story; what a story describes without a name
 * ("the gunman", "a police station") is its own. */
static const char *entity_iri(emitter *e, const ng_entity *x) {
  ng_doc *d = e->d;
  const char *kind = x->kind == NG_E_PARTICIPANT ? "participant" : x->described ? "location" : NULL;
  if (!kind)
    return ng_arena_printf(d->arena, "%s%s", e->cfg->base, x->key);
  const char *key = ng_arena_printf(d->arena, "%s|%s", e->article, x->key);
  return ng_arena_printf(d->arena, "%s%s/%s", e->cfg->base, kind, hex_hash(e, key));
}

void ng_emit(ng_doc *d, const ng_config *cfg, ng_graph *g) {
  emitter e = {.d = d, .g = g, .cfg = cfg, .article = ng_emit_article_iri(d, cfg)};
  e.used = ng_xcalloc(d->nent ? d->nent : 1, sizeof(bool));
  bool *mentioned = ng_xcalloc(d->nent ? d->nent : 1, sizeof(bool));
  for (size_t i = 0; i < d->nent; i++)
    d->ent[i].iri = entity_iri(&e, &d->ent[i]);
  for (size_t i = 0; i < d->nm; i++)
    if (d->m[i].entity >= 0) {
      if (!d->ent[d->m[i].entity].described) /* "in the grain market": only where it happened */
        mark_used(&e, d->m[i].entity);
      mentioned[d->m[i].entity] = true;
    }
  for (size_t i = 0; i < d->nten; i++) {
    mark_used(&e, d->ten[i].country);
    mark_used(&e, d->ten[i].to_country);
    mark_used(&e, d->ten[i].org);
  }
  for (size_t i = 0; i < d->nent; i++)
    if (e.used[i]) { /* what a described entity points to is described too */
      mark_used(&e, d->ent[i].nationality);
      mark_used(&e, d->ent[i].birthplace);
    }
  for (size_t i = 0; i < d->nev; i++) {
    if (!is_written(&d->ev[i]))
      continue;
    d->ev[i].iri = event_iri(&e, &d->ev[i]);
    mark_used(&e, d->ev[i].agent);
    mark_used(&e, d->ev[i].coagent);
    mark_used(&e, d->ev[i].patient);
    mark_used(&e, d->ev[i].place);
    mark_used(&e, d->ev[i].venue);
  }
  emit_article(&e);
  for (size_t i = 0; i < d->nent; i++)
    if (e.used[i])
      emit_entity(&e, (int)i, mentioned[i]);
  for (size_t i = 0; i < d->nten; i++)
    emit_tenure(&e, &d->ten[i]);
  for (size_t i = 0; i < d->nev; i++)
    if (is_written(&d->ev[i]))
      emit_event(&e, &d->ev[i]);
  emit_mentions(&e);
  free(mentioned);
  free(e.used);
}
