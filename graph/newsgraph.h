/* SPDX-License-Identifier: MIT */
/**
 * newsgraph.h: the public API of libnewsgraph, which turns English news articles into RDF.
 *
 * Usage:
 *
 *     ng_kb *kb;                      // gazetteers and rule tables, loaded once
 *     if (ng_kb_load(&kb, "data", &diag) != NG_OK) ...;
 *     ng_config cfg = NG_CONFIG_INIT; cfg.format = NG_FORMAT_NTRIPLES;
 *     ng_writer *w;                   // an RDF serializer bound to a FILE
 *     ng_writer_new(&w, stdout, &cfg, &diag);
 *     ng_article a = { .text = buf, .len = n, .source = "a.txt", .date = "2016-12-19" };
 *     ng_extract(w, kb, &a, &diag);   // one article's graph, written at once
 *     ng_writer_finish(w);
 *     ng_writer_free(w); ng_kb_free(kb);
 *
 * Conventions: functions that can fail return ng_status (NG_OK is 0). The library never prints:
 * a one-line message goes to the caller's ng_diag sink. Objects returned through `**out` belong
 * to the caller and are released with the matching ng_X_free(), which accepts NULL.
 */
#ifndef NEWSGRAPH_H
#define NEWSGRAPH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NG_VERSION "0.1.0"

/** Outcome of a call. The CLI maps these to exit codes (see cmd/main.c). */
typedef enum {
  NG_OK = 0,
  NG_ERR_USAGE, /**< a bad option or argument */
  NG_ERR_INPUT, /**< a bad article: not UTF-8, binary, empty, too large */
  NG_ERR_DATA,  /**< a bad gazetteer or rule table under data/ */
  NG_ERR_IO,    /**< a file could not be read or written */
  NG_ERR_RDF    /**< raptor2/librdf refused a term or failed to write */
} ng_status;

/** Short English description of a status ("bad input"). Borrowed, static. */
const char *ng_strerror(ng_status st);

/** Where diagnostics go: `report` receives one line without a trailing newline. */
typedef struct ng_diag {
  void (*report)(void *payload, ng_status st, const char *message);
  void *payload;
} ng_diag;

/** The gazetteers and rule tables of data/: read-only once loaded. */
typedef struct ng_kb ng_kb;

/**
 * Load every table of `dir` (see data/README.md).
 * On success `*out` is owned by the caller: release with ng_kb_free().
 * On failure `*out` is NULL and `diag` (may be NULL) received "file:line: message".
 */
ng_status ng_kb_load(ng_kb **out, const char *dir, const ng_diag *diag);
void ng_kb_free(ng_kb *kb);

typedef enum { NG_FORMAT_TURTLE, NG_FORMAT_NTRIPLES, NG_FORMAT_NQUADS } ng_format;

/** Parse "turtle", "ntriples", "nquads" (and the aliases ttl, nt, nq). */
bool ng_format_parse(const char *name, ng_format *out);

/** How much of each entity mention is written (NIF phrases named <article>#char=b,e). */
typedef enum {
  NG_MENTIONS_NONE, /**< no mentions, and no ng:evidence */
  NG_MENTIONS_IDS,  /**< the phrase with its type and itsrdf:taIdentRef (the default) */
  NG_MENTIONS_FULL  /**< also nif:beginIndex, nif:endIndex, nif:anchorOf, nif:referenceContext */
} ng_mentions_mode;

typedef struct ng_config {
  ng_format format;
  ng_mentions_mode mentions;
  const char *base; /**< namespace of minted IRIs; NULL means NG_DEFAULT_BASE */
} ng_config;

#define NG_DEFAULT_BASE "https://w3id.org/newsgraph/id/"
#define NG_NS "https://w3id.org/newsgraph/ns#"
#define NG_CONFIG_INIT {NG_FORMAT_TURTLE, NG_MENTIONS_IDS, NULL}

/** One article and its metadata. Strings are borrowed for the duration of the call. */
typedef struct ng_article {
  const char *text; /**< UTF-8 (checked by ng_extract) */
  size_t len;       /**< bytes in text */
  const char *source; /**< name used in diagnostics ("a.txt", "-", "corpus.csv:12") */
  const char *date;   /**< publication date YYYY-MM-DD, or NULL */
  const char *url;    /**< the article's IRI, or NULL to mint one from a hash of the text */
  const char *title;  /**< headline, or NULL */
} ng_article;

/** An RDF output: a raptor2 serializer writing to a FILE the caller keeps open. */
typedef struct ng_writer ng_writer;

/**
 * Start writing RDF to `fp` (borrowed: not closed by the writer).
 * On success `*out` is owned by the caller: release with ng_writer_free().
 */
ng_status ng_writer_new(ng_writer **out, FILE *fp, const ng_config *cfg, const ng_diag *diag);
/** Flush what is pending and end the document; reports a write error as NG_ERR_IO. */
ng_status ng_writer_finish(ng_writer *w, const ng_diag *diag);
void ng_writer_free(ng_writer *w);

/**
 * Extract one article's graph and write it to `w`. Nothing is written when the
 * article is refused (bad UTF-8, NUL bytes, empty, bad metadata).
 */
ng_status ng_extract(ng_writer *w, const ng_kb *kb, const ng_article *a, const ng_diag *diag);

/**
 * Check an article before extracting it: its text (as ng_text_check) and its metadata
 * (date, IRI). Reports "source:line:column: message" to diag.
 */
ng_status ng_article_check(const ng_article *a, const ng_diag *diag);

/** Called for each article of a corpus; a non-NG_OK return stops the reading. */
typedef ng_status (*ng_article_fn)(const ng_article *a, void *payload);

/**
 * Read a CSV corpus (RFC 4180, UTF-8, header row) from `fp`, streaming one record at a time.
 * Columns by header name: `text` (required), `date`, `url`, `title` (optional; an empty
 * cell means none). Each article's source is "path:line". Malformed CSV, a missing `text`
 * column or an empty text is an error naming the line.
 */
ng_status ng_corpus_csv_each(FILE *fp, const char *path, ng_article_fn fn, void *payload,
                             const ng_diag *diag);

/** Largest article accepted, in bytes: a hundred times the longest news story, and small
 * enough that the stages which compare every event or name with every other stay in seconds
 * (scripts/bench.py --stress measures the worst inputs). */
#define NG_MAX_ARTICLE (1u << 20)

/**
 * Check an article's bytes: well-formed UTF-8, no NUL byte, not blank.
 * On failure `*bad_offset` is the byte offset of the problem and `*why` a static reason.
 */
ng_status ng_text_check(const char *text, size_t len, size_t *bad_offset, const char **why);

/** True if `s` is an absolute IRI (RFC 3987 shape, no spaces, quotes or angle brackets). */
bool ng_iri_is_valid(const char *s);

/** True if `s` is a valid calendar date YYYY-MM-DD. */
bool ng_date_is_valid(const char *s);

/** Options of ng_merge. */
typedef struct ng_merge_options {
  ng_format format;  /**< output syntax; nquads keeps one graph per article */
  const char *base;  /**< namespace of minted IRIs (the links graph), NULL for the default */
  size_t memory;     /**< bytes of quads held in memory before sorting spills to disk */
} ng_merge_options;
#define NG_MERGE_OPTIONS_INIT {NG_FORMAT_NQUADS, NULL, (size_t)256 << 20}

/**
 * Merge graphs (any syntax raptor2 parses, chosen by file extension) into one, written to
 * `out`: duplicates removed (per named graph), people linked across stories (owl:sameAs from
 * a merged-away IRI to the canonical one; its names become schema:alternateName), tenures and
 * events reported by several articles made one (with every article as prov:wasDerivedFrom and
 * ng:supportCount). The result depends only on the set of input quads, so merging is
 * commutative, associative and idempotent. Memory is bounded by `memory` plus what linking
 * needs (people, tenures and events, not triples).
 */
ng_status ng_merge(FILE *out, const char *const *inputs, size_t ninputs, const ng_kb *kb,
                   const ng_merge_options *opt, const ng_diag *diag);

/** Options of the persistent store (see graph/store.c for its layout). */
typedef struct ng_store_options {
  const char *type; /**< librdf storage for the index: "hashes" (Berkeley DB, default) or "sqlite" */
  size_t memory;    /**< sort budget in bytes, as for ng_merge */
} ng_store_options;
#define NG_STORE_OPTIONS_INIT {NULL, (size_t)256 << 20}

/**
 * Add graphs (any syntax; each named graph, or each file without graphs, is one article) to
 * the store in `dir` (created if needed). An article loaded again replaces its earlier
 * version; the merged graph and its index are rebuilt. Safe to kill at any moment.
 */
ng_status ng_store_load(const char *dir, const char *const *inputs, size_t n, const ng_kb *kb,
                        const ng_store_options *opt, const ng_diag *diag);

typedef enum {
  NG_RESULTS_TABLE, NG_RESULTS_CSV, NG_RESULTS_TSV, NG_RESULTS_JSON, NG_RESULTS_XML
} ng_results_format;
typedef struct ng_query_options {
  ng_results_format results; /**< for SELECT and ASK */
  ng_format graph_format;    /**< for CONSTRUCT and DESCRIBE */
} ng_query_options;

/** Run a SPARQL query (rasqal's dialect) on the store and write its results to `out`. */
ng_status ng_store_query(const char *dir, const char *sparql, const ng_store_options *opt,
                         const ng_query_options *q, FILE *out, const ng_diag *diag);

/** Write the store's whole merged graph to `out` in `fmt`. */
ng_status ng_store_export(const char *dir, ng_format fmt, FILE *out, const ng_diag *diag);

/** Stages that --dump can show, as TSV, for debugging and stage tests. */
typedef enum { NG_DUMP_TOKENS, NG_DUMP_SENTENCES, NG_DUMP_MENTIONS } ng_dump_stage;
bool ng_dump_stage_parse(const char *name, ng_dump_stage *out);
ng_status ng_dump(FILE *fp, const ng_kb *kb, const ng_article *a, ng_dump_stage stage,
                  const ng_diag *diag);

#ifdef __cplusplus
}
#endif
#endif
