/* SPDX-License-Identifier: MIT */
/* store.c: the persistent store behind `load`, `query` and `export`, the only file that
 * talks to librdf. Layout of a store directory:
 *   graphs/<hash>.nq   one file per article (named graph), its quads sorted: the source of
 *                      truth, each written atomically (temporary file, then rename)
 *   merged.nq          ng_merge of every graph file: people, tenures, events linked
 *   index-<n>*         a librdf storage (Berkeley DB "hashes" by default) built from merged.nq
 *   CURRENT            "<n> <hash of merged.nq>": the index that matches merged.nq
 * Loading writes the graph files, re-merges and builds a new index, then renames CURRENT
 * over the old one; a kill at any moment leaves either the old or the new state, and a
 * query that finds CURRENT out of date with merged.nq rebuilds the index first. Loading the
 * same article twice writes the same file; a corrected article (same graph IRI) replaces it. */
#define _GNU_SOURCE /* syncfs */
#include "rdf_in.h"
#include "sorter.h"
#include "text.h"
#include "util.h"

#include <db.h>
#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <librdf.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

/* Berkeley DB's cache. librdf opens each index file as a database of its own, without an
 * environment, so BDB gives it the default cache of 256 KB, and librdf has no option to
 * change that: building an index of a million triples then reads and writes a page through
 * the kernel for almost every insert. This definition of db_create() comes before libdb's in
 * symbol lookup (the executable is searched first); it creates the handle with libdb's own
 * and sizes the cache of a database opened without an environment, and the pages of one it
 * creates (an existing database keeps the page size it was made with). 16 MB for each of the
 * index's three files: indexing 1.17M triples took 22.2 s with the default, 14.7 s with
 * 16 MB and 13.6 s with 48 MB (three times the memory for 7%); pages of 16 kB instead of
 * 4 kB then saved another 14% (1.17M triples) and 9% (5.8M). */
enum { BDB_CACHE_BYTES = 16u << 20, BDB_PAGE_BYTES = 16u << 10 };

typedef int (*db_create_fn)(DB **, DB_ENV *, u_int32_t);
static db_create_fn libdb_create;

static void find_libdb_create(void) { *(void **)&libdb_create = dlsym(RTLD_NEXT, "db_create"); }

int db_create(DB **dbp, DB_ENV *env, u_int32_t flags) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, find_libdb_create);
  if (!libdb_create)
    return ENOSYS;
  int ret = libdb_create(dbp, env, flags);
  if (ret == 0 && !env) { /* hints: BDB keeps its defaults if it refuses them */
    (*dbp)->set_cachesize(*dbp, 0, BDB_CACHE_BYTES, 1);
    (*dbp)->set_pagesize(*dbp, BDB_PAGE_BYTES);
  }
  return ret;
}

typedef struct store {
  const char *dir;
  const ng_store_options *opt;
  const ng_diag *diag;
  librdf_world *world;
  char *error;
} store;

static char *path_in(const store *s, const char *name) {
  ng_buf b = NG_BUF_INIT;
  ng_buf_printf(&b, "%s/%s", s->dir, name);
  return b.data;
}

static int on_librdf_log(void *data, librdf_log_message *msg) {
  store *s = data;
  if (librdf_log_message_level(msg) >= LIBRDF_LOG_ERROR && !s->error) {
    const char *text = librdf_log_message_message(msg);
    s->error = ng_xstrdup(text ? text : "librdf error");
  }
  return 1; /* handled: librdf prints nothing */
}

static ng_status librdf_failure(store *s, const char *what) {
  ng_status st = ng_diag_report(s->diag, NG_ERR_RDF, "%s: %s: %s", s->dir, what,
                                s->error ? s->error : "librdf failed");
  free(s->error);
  s->error = NULL;
  return st;
}

static ng_status open_world(store *s) {
  s->world = librdf_new_world();
  librdf_world_open(s->world);
  librdf_world_set_logger(s->world, s, on_librdf_log);
  return NG_OK;
}

static void close_world(store *s) {
  if (s->world)
    librdf_free_world(s->world);
  free(s->error);
}

/* Files written under temporary names and not yet durable: commit_files makes them durable
 * together and only then renames them into place, so a load costs one sync, not one per
 * article. Until the commit, a crash leaves only temporary files, which nothing reads. */
typedef struct pending {
  char **tmp, **path;
  size_t n, cap;
} pending;

static void discard_files(pending *p) {
  for (size_t i = 0; i < p->n; i++) {
    if (p->tmp[i])
      unlink(p->tmp[i]);
    free(p->tmp[i]), free(p->path[i]);
  }
  free(p->tmp), free(p->path);
  memset(p, 0, sizeof *p);
}

/* Write `fill`'s output to a new temporary file that commit_files will rename to `path`. */
static ng_status write_tmp(const store *s, pending *p, const char *path,
                           ng_status (*fill)(FILE *, void *), void *payload) {
  ng_buf tmp = NG_BUF_INIT;
  ng_buf_printf(&tmp, "%s.tmp.%ld.%zu", path, (long)getpid(), p->n);
  FILE *fp = fopen(tmp.data, "wb");
  if (!fp) {
    ng_status st = ng_diag_report(s->diag, NG_ERR_IO, "%s: %s", tmp.data, strerror(errno));
    ng_buf_free(&tmp);
    return st;
  }
  if (p->n == p->cap) {
    NG_GROW(p->tmp, p->n, p->cap);
    p->path = ng_xrealloc(p->path, p->cap * sizeof(char *));
  }
  p->tmp[p->n] = tmp.data, p->path[p->n++] = ng_xstrdup(path);
  ng_status st = fill(fp, payload);
  bool ok = fclose(fp) == 0;
  if (st == NG_OK && !ok)
    st = ng_diag_report(s->diag, NG_ERR_IO, "%s: cannot write: %s", path, strerror(errno));
  return st;
}

/* syncfs: one call for the whole file system beats an fsync per file by far, as thousands
 * of small article files each waited for their own journal commit. (Elsewhere, sync() is
 * synchronous on the systems we know of.) */
static int sync_fs(int fd) {
#ifdef __linux__
  return syncfs(fd);
#else
  (void)fd;
  sync();
  return 0;
#endif
}

/* Make `path` durable (a directory: its entries), or with `everything`, all that was written
 * to its file system. */
static ng_status sync_path(const store *s, const char *path, bool everything) {
  int fd = open(path, O_RDONLY);
  bool ok = fd >= 0 && (everything ? sync_fs(fd) : fsync(fd)) == 0;
  int err = errno;
  if (fd >= 0)
    close(fd);
  return ok ? NG_OK
            : ng_diag_report(s->diag, NG_ERR_IO, "%s: cannot sync: %s", path, strerror(err));
}

/* Make every pending file durable, rename it into place, then make the renames durable
 * (`dir` holds them all). On failure the temporary files are removed. */
static ng_status commit_files(const store *s, pending *p, const char *dir) {
  ng_status st = p->n ? sync_path(s, dir, true) : NG_OK;
  for (size_t i = 0; i < p->n && st == NG_OK; i++) {
    if (rename(p->tmp[i], p->path[i]) != 0)
      st = ng_diag_report(s->diag, NG_ERR_IO, "%s: cannot rename: %s", p->path[i], strerror(errno));
    else
      free(p->tmp[i]), p->tmp[i] = NULL;
  }
  if (st == NG_OK && p->n)
    st = sync_path(s, dir, false);
  discard_files(p);
  return st;
}

/* Write `fill`'s output to path atomically and durably. */
static ng_status atomic_write(const store *s, const char *path, ng_status (*fill)(FILE *, void *),
                              void *payload) {
  pending p = {0};
  ng_status st = write_tmp(s, &p, path, fill, payload);
  if (st != NG_OK) {
    discard_files(&p);
    return st;
  }
  return commit_files(s, &p, s->dir);
}

/* ---- graph files ---- */

struct sorted_copy {
  FILE *in;        /* sorted "g s p o ." lines */
  char *pending;   /* the first line of the next graph, already read */
  size_t cap;
  char *graph;     /* the graph being copied */
};

/* Copy the lines of the current graph, as "s p o g .", to fp. */
static ng_status copy_graph(FILE *fp, void *payload) {
  struct sorted_copy *c = payload;
  size_t glen = strlen(c->graph);
  do {
    const char *rest = c->pending + glen + 1;
    size_t n = strlen(rest);
    while (n && (rest[n - 1] == '\n' || rest[n - 1] == '.' || rest[n - 1] == ' '))
      n--;
    fwrite(rest, 1, n, fp); /* a million lines a load: no printf */
    fputc(' ', fp);
    fputs(c->graph, fp);
    fputs(" .\n", fp);
    if (getline(&c->pending, &c->cap, c->in) <= 0) {
      c->pending[0] = '\0';
      break;
    }
  } while (!strncmp(c->pending, c->graph, glen) && c->pending[glen] == ' ');
  return ferror(fp) ? NG_ERR_IO : NG_OK;
}

struct grouping {
  ng_sorter *sorter;
  ng_buf line;
  const char *path;
  char default_graph[512]; /* named by the file's hash, made when a quad first needs it */
  const ng_diag *diag;
};

static ng_status group_quad(const ng_quad *q, void *payload) {
  struct grouping *g = payload;
  if (!q->g && !g->default_graph[0]) {
    uint64_t h;
    if (!ng_file_hash(g->path, &h))
      return ng_diag_report(g->diag, NG_ERR_IO, "%s: %s", g->path, strerror(errno));
    snprintf(g->default_graph, sizeof g->default_graph, "<%sgraph/%016" PRIx64 ">",
             NG_DEFAULT_BASE, h);
  }
  const char *part[] = {q->g ? q->g : g->default_graph, q->s, q->p, q->o};
  ng_buf_clear(&g->line);
  for (size_t i = 0; i < NG_COUNTOF(part); i++) { /* a million lines a load: no printf */
    ng_buf_puts(&g->line, part[i]);
    ng_buf_putc(&g->line, ' ');
  }
  ng_buf_putc(&g->line, '.');
  return ng_sorter_add(g->sorter, g->line.data, g->line.len, NULL);
}

/* One input file -> one graphs/<hash>.nq per named graph in it (a file without graphs is one
 * graph named by its content), pending until commit_files. */
static ng_status load_file(store *s, ng_rdf_reader *reader, pending *files, const char *graphdir,
                           const char *path) {
  struct grouping g = {.sorter = ng_sorter_new(s->opt->memory), .path = path, .diag = s->diag};
  FILE *sorted = tmpfile();
  ng_status st = sorted ? ng_rdf_reader_read(reader, path, NULL, group_quad, &g, s->diag)
                         : ng_diag_report(s->diag, NG_ERR_IO, "cannot create a temporary file");
  if (st == NG_OK)
    st = ng_sorter_finish(g.sorter, sorted, s->diag);
  struct sorted_copy c = {.in = sorted};
  if (st == NG_OK) {
    rewind(sorted);
    if (getline(&c.pending, &c.cap, sorted) <= 0)
      c.pending = NULL;
  }
  while (st == NG_OK && c.pending && c.pending[0]) {
    char *space = strchr(c.pending, ' ');
    c.graph = ng_xstrndup(c.pending, (size_t)(space - c.pending));
    char name[4200];
    snprintf(name, sizeof name, "%s/%016" PRIx64 ".nq", graphdir,
             ng_hash64(c.graph, strlen(c.graph), NG_HASH_SEED));
    st = write_tmp(s, files, name, copy_graph, &c);
    free(c.graph);
  }
  free(c.pending);
  if (sorted)
    fclose(sorted);
  ng_sorter_free(g.sorter);
  ng_buf_free(&g.line);
  return st;
}

static int cmp_paths(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The graph files, sorted by name. */
static ng_status list_graphs(const store *s, char ***out, size_t *n) {
  *out = NULL;
  *n = 0;
  char *graphdir = path_in(s, "graphs");
  DIR *dp = opendir(graphdir);
  size_t cap = 0;
  struct dirent *de;
  while (dp && (de = readdir(dp))) {
    size_t len = strlen(de->d_name);
    if (len < 4 || strcmp(de->d_name + len - 3, ".nq"))
      continue;
    NG_GROW(*out, *n, cap);
    ng_buf b = NG_BUF_INIT;
    ng_buf_printf(&b, "%s/%s", graphdir, de->d_name);
    (*out)[(*n)++] = b.data;
  }
  if (dp)
    closedir(dp);
  free(graphdir);
  qsort(*out, *n, sizeof(char *), cmp_paths); /* a deterministic merge input order */
  return NG_OK;
}

static void free_list(char **v, size_t n) {
  for (size_t i = 0; i < n; i++)
    free(v[i]);
  free(v);
}

/* ---- merged.nq and the index ---- */

struct remerge {
  store *s;
  const ng_kb *kb;
  char **graphs;
  size_t n;
};

static ng_status fill_merged(FILE *fp, void *payload) {
  struct remerge *r = payload;
  ng_merge_options opt = NG_MERGE_OPTIONS_INIT;
  opt.memory = r->s->opt->memory;
  return ng_merge(fp, (const char *const *)r->graphs, r->n, r->kb, &opt, r->s->diag);
}

static ng_status write_empty(FILE *fp, void *payload) {
  (void)fp, (void)payload;
  return NG_OK;
}

static ng_status remerge(store *s, const ng_kb *kb) {
  struct remerge r = {.s = s, .kb = kb};
  list_graphs(s, &r.graphs, &r.n);
  char *merged = path_in(s, "merged.nq");
  ng_status st = atomic_write(s, merged, r.n ? fill_merged : write_empty, &r);
  free(merged);
  free_list(r.graphs, r.n);
  return st;
}

/* A store file that cannot be read, with the errno that said so. */
static ng_status unreadable(const ng_diag *diag, const char *path, int err) {
  return ng_diag_report(diag, NG_ERR_IO, "%s: %s (not a newsgraph store?)", path, strerror(err));
}

static ng_status file_hash(const store *s, const char *path, uint64_t *out) {
  return ng_file_hash(path, out) ? NG_OK : unreadable(s->diag, path, errno);
}

/* CURRENT: generation, hash of merged.nq, storage type. */
typedef struct current {
  unsigned long gen;
  uint64_t hash;
  char type[32];
} current;

static bool read_current(const store *s, current *c) {
  char *path = path_in(s, "CURRENT");
  FILE *fp = fopen(path, "r");
  free(path);
  memset(c, 0, sizeof *c);
  if (!fp)
    return false;
  bool ok = fscanf(fp, "%lu %" SCNx64 " %31s", &c->gen, &c->hash, c->type) == 3;
  fclose(fp);
  return ok;
}

static ng_status fill_current(FILE *fp, void *payload) {
  const current *c = payload;
  fprintf(fp, "%lu %016" PRIx64 " %s\n", c->gen, c->hash, c->type);
  return NG_OK;
}

/* librdf storage name and options for generation `gen`. */
static void storage_args(const store *s, const char *type, unsigned long gen, bool create,
                         ng_buf *name, ng_buf *options) {
  if (!strcmp(type, "sqlite")) {
    ng_buf_printf(name, "%s/index-%lu.sqlite", s->dir, gen);
    ng_buf_printf(options, "new='%s',contexts='no',synchronous='off'", create ? "yes" : "no");
  } else {
    ng_buf_printf(name, "index-%lu", gen);
    ng_buf_printf(options, "hash-type='bdb',dir='%s',new='%s',contexts='no'", s->dir,
                  create ? "yes" : "no");
  }
}

static librdf_model *open_model(store *s, const char *type, unsigned long gen, bool create,
                                librdf_storage **storage) {
  ng_buf name = NG_BUF_INIT, options = NG_BUF_INIT;
  storage_args(s, type, gen, create, &name, &options);
  *storage = librdf_new_storage(s->world, type, name.data, options.data);
  ng_buf_free(&name);
  ng_buf_free(&options);
  return *storage ? librdf_new_model(s->world, *storage, NULL) : NULL;
}

/* Remove the files of an index generation. */
static void remove_generation(const store *s, unsigned long gen) {
  char prefix[64];
  snprintf(prefix, sizeof prefix, "index-%lu", gen);
  size_t plen = strlen(prefix);
  DIR *dp = opendir(s->dir);
  struct dirent *de;
  while (dp && (de = readdir(dp))) {
    if (strncmp(de->d_name, prefix, plen) || (de->d_name[plen] != '-' && de->d_name[plen] != '.'))
      continue;
    ng_buf p = NG_BUF_INIT;
    ng_buf_printf(&p, "%s/%s", s->dir, de->d_name);
    unlink(p.data);
    ng_buf_free(&p);
  }
  if (dp)
    closedir(dp);
}

/* Call fn on each of merged.nq's triples in the order of librdf's parser stream, until it
 * returns non-zero (then in *stopped). */
static ng_status each_statement(store *s, const char *merged,
                                int (*fn)(librdf_statement *, void *), void *payload,
                                int *stopped) {
  *stopped = 0;
  FILE *fp = fopen(merged, "rb");
  if (!fp)
    return ng_diag_report(s->diag, NG_ERR_IO, "%s: %s", merged, strerror(errno));
  librdf_parser *parser = librdf_new_parser(s->world, "nquads", NULL, NULL);
  librdf_uri *base = librdf_new_uri(s->world, (const unsigned char *)"urn:newsgraph:store");
  librdf_stream *stream = parser ? librdf_parser_parse_file_handle_as_stream(parser, fp, 0, base) : NULL;
  for (; stream && !librdf_stream_end(stream) && !*stopped; librdf_stream_next(stream))
    *stopped = fn(librdf_stream_get_object(stream), payload);
  bool parsed = stream != NULL;
  if (stream)
    librdf_free_stream(stream);
  librdf_free_uri(base);
  if (parser)
    librdf_free_parser(parser);
  bool empty = ftell(fp) == 0;
  fclose(fp);
  return !parsed && !empty ? librdf_failure(s, "cannot index merged.nq") : NG_OK;
}

static int add_statement(librdf_statement *statement, void *model) {
  /* one set of triples: named graphs stay in merged.nq and the graph files (rasqal joins
     wrongly over duplicate statements in several contexts) */
  return librdf_model_add_statement(model, statement);
}

/* Add merged.nq's triples to a new storage. */
static ng_status fill_index(store *s, librdf_model *model, const char *merged) {
  int failed;
  librdf_model_transaction_start(model);
  ng_status st = each_statement(s, merged, add_statement, model, &failed);
  librdf_model_transaction_commit(model);
  return st == NG_OK && failed ? librdf_failure(s, "cannot index merged.nq") : st;
}

/* ---- a Berkeley DB index built in key order ----
 * librdf's "hashes" storage keeps three B-trees with unsorted duplicates: sp2o (key subject
 * and predicate, value object), po2s and so2p. Adding a statement looks it up in sp2o and puts
 * it in each tree at a place of its own, so a million statements in file order touch pages all
 * over three files much larger than any cache. Here the statements are read once, each term
 * kept once, and each tree is written in its own key order: the same records, with a key's
 * values in the order librdf would have added them (first occurrence, stream order), so every
 * lookup and every query gives what it gave before; only the pages are filled in order. */
enum { BULK_HASHES = 3 };
static const struct {
  const char *name;
  int key[2], value; /* statement parts: 0 subject, 1 predicate, 2 object */
} BULK_HASH[BULK_HASHES] = {{"sp2o", {0, 1}, 2}, {"po2s", {1, 2}, 0}, {"so2p", {0, 2}, 1}};
/* librdf_statement_encode_parts2: 'x', then each part's letter and librdf_node_encode bytes */
static const unsigned char BULK_TAG[3] = {'s', 'p', 'o'};
static const librdf_statement_part BULK_PART[3] = {
    LIBRDF_STATEMENT_SUBJECT, LIBRDF_STATEMENT_PREDICATE, LIBRDF_STATEMENT_OBJECT};

typedef struct bulk {
  unsigned char *arena; /* every distinct term's encoding, once */
  size_t alen, acap;
  size_t *off;          /* per term: its encoding in the arena */
  uint32_t *len;
  size_t nterms, tcap;
  uint32_t *slot;       /* open addressing: term id + 1, or 0 */
  size_t nslots;
  uint32_t (*st)[4];    /* statements: three term ids (then ranks) and the file position */
  size_t nst, scap;
  uint32_t *term_at;    /* once ranked: the term id of each rank */
} bulk;

static void bulk_free(bulk *b) {
  free(b->arena), free(b->off), free(b->len), free(b->slot), free(b->st), free(b->term_at);
}

static uint32_t bulk_slot_of(const bulk *b, const unsigned char *enc, size_t len, size_t *pos) {
  size_t mask = b->nslots - 1, i = (size_t)ng_hash_fast(enc, len) & mask;
  for (; b->slot[i]; i = (i + 1) & mask) {
    uint32_t id = b->slot[i] - 1;
    if (b->len[id] == len && !memcmp(b->arena + b->off[id], enc, len))
      break;
  }
  *pos = i;
  return b->slot[i];
}

/* The id of a term, its encoding added if it is new; UINT32_MAX if librdf cannot encode it. */
static uint32_t bulk_term(bulk *b, librdf_node *node) {
  size_t len = librdf_node_encode(node, NULL, 0);
  if (!len || len > UINT32_MAX || b->nterms >= UINT32_MAX - 1)
    return UINT32_MAX;
  while (b->alen + len > b->acap) {
    b->acap = b->acap ? 2 * b->acap : 1u << 20;
    b->arena = ng_xrealloc(b->arena, b->acap);
  }
  unsigned char *enc = b->arena + b->alen;
  if (librdf_node_encode(node, enc, len) != len)
    return UINT32_MAX;
  if (2 * (b->nterms + 1) > b->nslots) { /* grow the table to keep it half empty */
    free(b->slot);
    b->nslots = b->nslots ? 2 * b->nslots : 1u << 16;
    b->slot = ng_xcalloc(b->nslots, sizeof *b->slot);
    for (size_t id = 0; id < b->nterms; id++) {
      size_t pos;
      bulk_slot_of(b, b->arena + b->off[id], b->len[id], &pos);
      b->slot[pos] = (uint32_t)id + 1;
    }
  }
  size_t pos;
  uint32_t found = bulk_slot_of(b, enc, len, &pos);
  if (found)
    return found - 1;
  NG_GROW(b->off, b->nterms, b->tcap);
  b->len = ng_xrealloc(b->len, b->tcap * sizeof *b->len);
  b->off[b->nterms] = b->alen, b->len[b->nterms] = (uint32_t)len;
  b->alen += len;
  b->slot[pos] = (uint32_t)b->nterms + 1;
  return (uint32_t)b->nterms++;
}

/* BDB's default B-tree order: bytewise, a prefix first. */
static int bulk_cmp_terms(const void *x, const void *y, void *ctx) {
  const bulk *b = ctx;
  uint32_t i = *(const uint32_t *)x, j = *(const uint32_t *)y;
  size_t n = b->len[i] < b->len[j] ? b->len[i] : b->len[j];
  int c = memcmp(b->arena + b->off[i], b->arena + b->off[j], n);
  return c ? c : (b->len[i] > b->len[j]) - (b->len[i] < b->len[j]);
}

/* Statements by three fields, then by their position in the stream (a total order: the
 * first of equal statements comes first whatever the sort). */
static int bulk_cmp_statements(const void *x, const void *y, void *ctx) {
  const uint32_t *a = x, *b = y;
  const int *key = ctx;
  for (int k = 0; k < 3; k++)
    if (a[key[k]] != b[key[k]])
      return a[key[k]] < b[key[k]] ? -1 : 1;
  return (a[3] > b[3]) - (a[3] < b[3]);
}

static void bulk_sort(uint32_t (*st)[4], size_t n, int k0, int k1, int k2) {
  int key[3] = {k0, k1, k2};
  qsort_r(st, n, sizeof *st, bulk_cmp_statements, key);
}

/* Ranks for the term ids in key order. False if one term's encoding is a prefix of
 * another's: keys would then not sort as their terms do (librdf's encodings carry their
 * lengths first, so this does not happen; if it ever did, the caller adds one by one). */
static bool bulk_rank(bulk *b, uint32_t **rank_of) {
  uint32_t *order = ng_xmalloc((b->nterms ? b->nterms : 1) * sizeof *order);
  for (size_t i = 0; i < b->nterms; i++)
    order[i] = (uint32_t)i;
  qsort_r(order, b->nterms, sizeof *order, bulk_cmp_terms, b);
  uint32_t *rank = ng_xmalloc((b->nterms ? b->nterms : 1) * sizeof *rank);
  bool ok = true;
  for (size_t r = 0; r < b->nterms; r++) {
    rank[order[r]] = (uint32_t)r;
    if (r && b->len[order[r - 1]] < b->len[order[r]] &&
        !memcmp(b->arena + b->off[order[r - 1]], b->arena + b->off[order[r]], b->len[order[r - 1]]))
      ok = false;
  }
  *rank_of = rank;
  b->term_at = order;
  return ok;
}

static void bulk_put_part(ng_buf *buf, const bulk *b, int part, uint32_t term) {
  if (b->term_at)
    term = b->term_at[term];
  ng_buf_putc(buf, (char)BULK_TAG[part]);
  ng_buf_put(buf, (const char *)b->arena + b->off[term], b->len[term]);
}

/* The key and value of statement `st` (terms by id) in hash h, as librdf encodes them. */
static void bulk_record(const bulk *b, int h, const uint32_t *st, ng_buf *key, ng_buf *value) {
  ng_buf_clear(key), ng_buf_clear(value);
  ng_buf_putc(key, 'x'), ng_buf_putc(value, 'x');
  bulk_put_part(key, b, BULK_HASH[h].key[0], st[BULK_HASH[h].key[0]]);
  bulk_put_part(key, b, BULK_HASH[h].key[1], st[BULK_HASH[h].key[1]]);
  bulk_put_part(value, b, BULK_HASH[h].value, st[BULK_HASH[h].value]);
}

/* Does librdf encode `statement` for each hash as bulk_record does? */
static bool bulk_same_encoding(librdf_world *w, const bulk *b, librdf_statement *statement,
                               const uint32_t *st) {
  ng_buf key = NG_BUF_INIT, value = NG_BUF_INIT, lib = NG_BUF_INIT;
  bool same = true;
  for (int h = 0; h < BULK_HASHES && same; h++) {
    bulk_record(b, h, st, &key, &value);
    for (int kv = 0; kv < 2 && same; kv++) {
      int fields = kv ? BULK_PART[BULK_HASH[h].value]
                      : BULK_PART[BULK_HASH[h].key[0]] | BULK_PART[BULK_HASH[h].key[1]];
      const ng_buf *mine = kv ? &value : &key;
      size_t n = librdf_statement_encode_parts2(w, statement, NULL, NULL, 0, fields);
      ng_buf_clear(&lib);
      for (size_t i = 0; i < n; i++) /* room for librdf's bytes */
        ng_buf_putc(&lib, 0);
      same = n == mine->len &&
             librdf_statement_encode_parts2(w, statement, NULL, (unsigned char *)lib.data, n,
                                            fields) == n &&
             !memcmp(lib.data, mine->data, n);
    }
  }
  ng_buf_free(&key), ng_buf_free(&value), ng_buf_free(&lib);
  return same;
}

/* One hash of a new index to write: its own copy of the statements, which it sorts. */
typedef struct bulk_job {
  const bulk *b;
  int h;
  uint32_t (*st)[4];
  char *file;
  int ret; /* Berkeley DB's: an errno, or one of its own (negative) */
} bulk_job;

static void *bulk_write(void *payload) {
  bulk_job *j = payload;
  const bulk *b = j->b;
  bulk_sort(j->st, b->nst, BULK_HASH[j->h].key[0], BULK_HASH[j->h].key[1], 3);
  DB *db = NULL;
  int ret = db_create(&db, NULL, 0);
  if (!ret) /* as librdf's BDB hash opens it */
    ret = db->set_flags(db, DB_DUP);
  if (!ret)
    ret = db->open(db, NULL, j->file, NULL, DB_BTREE, DB_CREATE | DB_TRUNCATE, 0644);
  ng_buf key = NG_BUF_INIT, value = NG_BUF_INIT;
  for (size_t i = 0; i < b->nst && !ret; i++) {
    bulk_record(b, j->h, j->st[i], &key, &value);
    DBT k = {.data = key.data, .size = (u_int32_t)key.len};
    DBT v = {.data = value.data, .size = (u_int32_t)value.len};
    ret = db->put(db, NULL, &k, &v, 0);
  }
  ng_buf_free(&key), ng_buf_free(&value);
  if (db) {
    int closed = db->close(db, 0);
    if (!ret)
      ret = closed;
  }
  j->ret = ret;
  return NULL;
}

static ng_status bulk_job_status(const store *s, const bulk_job *j) {
  if (j->ret > 0)
    return ng_diag_report(s->diag, NG_ERR_IO, "%s: cannot write: %s", j->file, strerror(j->ret));
  return j->ret ? ng_diag_report(s->diag, NG_ERR_RDF, "%s: cannot write: Berkeley DB error %d",
                                 j->file, j->ret)
                : NG_OK;
}

struct bulk_read {
  store *s;
  bulk b;
};

/* Keep one statement (its terms' ids and its position); non-zero if it cannot be kept. In
 * the stream's order, which is not the file's (librdf hands each chunk's statements out last
 * first), for a key's values to come in the order librdf_model_add_statement gave them. */
static int bulk_statement(librdf_statement *t, void *payload) {
  struct bulk_read *r = payload;
  bulk *b = &r->b;
  uint32_t st[4] = {bulk_term(b, librdf_statement_get_subject(t)),
                    bulk_term(b, librdf_statement_get_predicate(t)),
                    bulk_term(b, librdf_statement_get_object(t)), (uint32_t)b->nst};
  if (st[0] == UINT32_MAX || st[1] == UINT32_MAX || st[2] == UINT32_MAX ||
      b->nst >= UINT32_MAX || (!b->nst && !bulk_same_encoding(r->s->world, b, t, st)))
    return 1;
  NG_GROW(b->st, b->nst, b->scap);
  memcpy(b->st[b->nst++], st, sizeof st);
  return 0;
}

/* Build the files of index generation `gen` from merged.nq. *built is false, and nothing
 * written, if librdf encodes some term in a way this does not sort: the caller then adds the
 * statements through librdf. */
static ng_status bulk_index(store *s, const char *merged, unsigned long gen, bool *built) {
  *built = false;
  struct bulk_read r = {.s = s};
  int stopped;
  ng_status st = each_statement(s, merged, bulk_statement, &r, &stopped);
  bulk b = r.b;
  if (st != NG_OK) {
    bulk_free(&b);
    return st;
  }
  bool ok = !stopped;
  free(b.slot), b.slot = NULL;
  uint32_t *rank = NULL;
  ok = ok && bulk_rank(&b, &rank);
  if (ok) {
    for (size_t i = 0; i < b.nst; i++)
      for (int k = 0; k < 3; k++)
        b.st[i][k] = rank[b.st[i][k]];
    /* a statement is added once, where it first comes (librdf skips one it holds) */
    bulk_sort(b.st, b.nst, 0, 1, 2);
    size_t n = 0;
    for (size_t i = 0; i < b.nst; i++)
      if (!n || memcmp(b.st[i], b.st[n - 1], 3 * sizeof b.st[i][0]))
        memcpy(b.st[n++], b.st[i], sizeof b.st[i]);
    b.nst = n;
    /* the three files are written on two threads: sp2o on one, po2s then so2p on this one */
    bulk_job job[BULK_HASHES];
    for (int h = 0; h < BULK_HASHES; h++) {
      ng_buf file = NG_BUF_INIT;
      ng_buf_printf(&file, "%s/index-%lu-%s.db", s->dir, gen, BULK_HASH[h].name);
      job[h] = (bulk_job){.b = &b, .h = h, .file = file.data};
      if (h == 0) { /* a copy for the thread; the others sort the statements in turn */
        job[h].st = ng_xmalloc((b.nst ? b.nst : 1) * sizeof *b.st);
        memcpy(job[h].st, b.st, b.nst * sizeof *b.st);
      } else {
        job[h].st = b.st;
      }
    }
    pthread_t thread;
    bool threaded = pthread_create(&thread, NULL, bulk_write, &job[0]) == 0;
    if (!threaded)
      bulk_write(&job[0]);
    for (int h = 1; h < BULK_HASHES; h++)
      bulk_write(&job[h]);
    if (threaded)
      pthread_join(thread, NULL);
    for (int h = 0; h < BULK_HASHES; h++) {
      if (st == NG_OK)
        st = bulk_job_status(s, &job[h]);
      if (job[h].st != b.st)
        free(job[h].st);
      free(job[h].file);
    }
    *built = st == NG_OK;
  }
  free(rank);
  bulk_free(&b);
  return st;
}

struct hash_job {
  const char *path;
  uint64_t hash;
  bool ok;
  int err;
};

static void *hash_file(void *payload) {
  struct hash_job *j = payload;
  j->ok = ng_file_hash(j->path, &j->hash);
  j->err = errno;
  return NULL;
}

/* Build a new index generation from merged.nq and make it CURRENT. */
static ng_status rebuild_index(store *s) {
  current old, now = {0};
  bool had = read_current(s, &old);
  char *merged = path_in(s, "merged.nq");
  now.gen = had ? old.gen + 1 : 1;
  snprintf(now.type, sizeof now.type, "%s", s->opt->type ? s->opt->type : "hashes");
  /* merged.nq is hashed (for CURRENT) on a thread of its own while the index is built */
  struct hash_job hj = {.path = merged};
  pthread_t hasher;
  bool threaded = pthread_create(&hasher, NULL, hash_file, &hj) == 0;
  if (!threaded)
    hash_file(&hj);
  bool built = false;
  ng_status st = NG_OK;
  if (!strcmp(now.type, "hashes"))
    st = bulk_index(s, merged, now.gen, &built);
  librdf_storage *storage = NULL;
  librdf_model *model = st == NG_OK && !built ? open_model(s, now.type, now.gen, true, &storage) : NULL;
  if (st == NG_OK && !built && !model)
    st = librdf_failure(s, "cannot create the index (is the storage type available?)");
  if (st == NG_OK && !built)
    st = fill_index(s, model, merged);
  if (model)
    librdf_free_model(model);
  if (storage)
    librdf_free_storage(storage);
  if (threaded)
    pthread_join(hasher, NULL);
  now.hash = hj.hash;
  if (!hj.ok && st == NG_OK)
    st = unreadable(s->diag, merged, hj.err);
  char *cur = path_in(s, "CURRENT");
  if (st == NG_OK) /* the index is durable before CURRENT names it */
    st = sync_path(s, s->dir, true);
  if (st == NG_OK)
    st = atomic_write(s, cur, fill_current, &now);
  if (st == NG_OK && had)
    remove_generation(s, old.gen);
  else if (st != NG_OK)
    remove_generation(s, now.gen);
  free(cur);
  free(merged);
  return st;
}

/* The index matches merged.nq, or is rebuilt (after a load that was killed half way). */
static ng_status ensure_index(store *s) {
  current c;
  uint64_t h;
  char *merged = path_in(s, "merged.nq");
  ng_status st = file_hash(s, merged, &h);
  free(merged);
  if (st != NG_OK)
    return st;
  if (read_current(s, &c) && c.hash == h && (!s->opt->type || !strcmp(c.type, s->opt->type)))
    return NG_OK;
  return rebuild_index(s);
}

ng_status ng_store_load(const char *dir, const char *const *inputs, size_t n, const ng_kb *kb,
                        const ng_store_options *opt, const ng_diag *diag) {
  if (mkdir(dir, 0777) != 0 && errno != EEXIST)
    return ng_diag_report(diag, NG_ERR_IO, "%s: cannot create: %s", dir, strerror(errno));
  store s = {.dir = dir, .opt = opt, .diag = diag};
  ng_status st = open_world(&s);
  char *graphdir = path_in(&s, "graphs");
  mkdir(graphdir, 0777);
  ng_rdf_reader *reader = ng_rdf_reader_new();
  pending files = {0};
  for (size_t i = 0; i < n && st == NG_OK; i++)
    st = load_file(&s, reader, &files, graphdir, inputs[i]);
  ng_rdf_reader_free(reader);
  if (st == NG_OK)
    st = commit_files(&s, &files, graphdir);
  discard_files(&files);
  free(graphdir);
  if (st == NG_OK)
    st = remerge(&s, kb);
  if (st == NG_OK)
    st = rebuild_index(&s);
  close_world(&s);
  return st;
}

/* ---- query ---- */

/* A result value for the terminal: IRIs and literals without their N-Triples quoting. */
static char *value_text(librdf_node *node) {
  if (!node)
    return ng_xstrdup("");
  raptor_term *t = (raptor_term *)node;
  if (t->type == RAPTOR_TERM_TYPE_URI)
    return ng_xstrdup((const char *)raptor_uri_as_string(t->value.uri));
  if (t->type == RAPTOR_TERM_TYPE_LITERAL)
    return ng_xstrdup((const char *)t->value.literal.string);
  size_t len;
  unsigned char *s = raptor_term_to_counted_string(t, &len);
  char *copy = ng_xstrndup((const char *)s, len);
  raptor_free_memory(s);
  return copy;
}

/* Bindings as an aligned table (what a person at a terminal wants). */
static ng_status print_table(librdf_query_results *r, FILE *out) {
  int ncols = librdf_query_results_get_bindings_count(r);
  char **cells = NULL;
  size_t n = 0, cap = 0, *width = ng_xcalloc((size_t)(ncols > 0 ? ncols : 1), sizeof(size_t));
  for (int c = 0; c < ncols; c++) {
    NG_GROW(cells, n, cap);
    cells[n++] = ng_xstrdup(librdf_query_results_get_binding_name(r, c));
  }
  for (; !librdf_query_results_finished(r); librdf_query_results_next(r))
    for (int c = 0; c < ncols; c++) {
      librdf_node *v = librdf_query_results_get_binding_value(r, c);
      NG_GROW(cells, n, cap);
      cells[n++] = value_text(v);
      if (v)
        librdf_free_node(v);
    }
  for (size_t i = 0; i < n; i++) {
    size_t w = ng_utf8_width(cells[i]);
    if (w > width[i % (size_t)ncols])
      width[i % (size_t)ncols] = w;
  }
  for (size_t i = 0; i < n; i++) {
    size_t c = i % (size_t)ncols;
    fputs(cells[i], out);
    if (c + 1 < (size_t)ncols)
      fprintf(out, "%*s", (int)(width[c] - ng_utf8_width(cells[i]) + 2), "");
    else
      fputc('\n', out);
    if (i + 1 == (size_t)ncols) { /* a rule under the header */
      for (size_t k = 0; k < (size_t)ncols; k++)
        for (size_t j = 0; j < width[k] + (k + 1 < (size_t)ncols ? 2 : 0); j++)
          fputc('-', out);
      fputc('\n', out);
    }
  }
  fprintf(out, "(%zu row%s)\n", ncols ? n / (size_t)ncols - 1 : 0,
          ncols && n / (size_t)ncols - 1 == 1 ? "" : "s");
  for (size_t i = 0; i < n; i++)
    free(cells[i]);
  free(cells);
  free(width);
  return ferror(out) ? NG_ERR_IO : NG_OK;
}

static ng_status print_results(store *s, librdf_query_results *r, const ng_query_options *q,
                               FILE *out) {
  static const char *const FORMATS[] = {NULL, "csv", "tsv", "json", "xml"};
  if (librdf_query_results_is_boolean(r) && q->results == NG_RESULTS_TABLE) {
    fprintf(out, "%s\n", librdf_query_results_get_boolean(r) > 0 ? "true" : "false");
    return NG_OK;
  }
  if (librdf_query_results_is_boolean(r) &&
      (q->results == NG_RESULTS_CSV || q->results == NG_RESULTS_TSV)) /* W3C defines none */
    return ng_diag_report(s->diag, NG_ERR_USAGE,
                          "an ASK query gives true or false, which CSV and TSV results cannot "
                          "hold: use --results json or xml, or the table");
  if (librdf_query_results_is_graph(r)) {
    static const char *const SYNTAX[] = {"turtle", "ntriples", "nquads"};
    librdf_stream *stream = librdf_query_results_as_stream(r);
    librdf_serializer *ser = librdf_new_serializer(s->world, SYNTAX[q->graph_format], NULL, NULL);
    int rc = stream && ser ? librdf_serializer_serialize_stream_to_file_handle(ser, out, NULL, stream) : 1;
    if (ser)
      librdf_free_serializer(ser);
    if (stream)
      librdf_free_stream(stream);
    return rc ? librdf_failure(s, "cannot write the graph") : NG_OK;
  }
  if (q->results == NG_RESULTS_TABLE)
    return print_table(r, out);
  unsigned char *text = librdf_query_results_to_string2(r, FORMATS[q->results], NULL, NULL, NULL);
  if (!text)
    return librdf_failure(s, "cannot format the results");
  fputs((const char *)text, out);
  librdf_free_memory(text);
  return ferror(out) ? NG_ERR_IO : NG_OK;
}

ng_status ng_store_query(const char *dir, const char *sparql, const ng_store_options *opt,
                         const ng_query_options *q, FILE *out, const ng_diag *diag) {
  store s = {.dir = dir, .opt = opt, .diag = diag};
  ng_status st = open_world(&s);
  if (st == NG_OK && !(opt->type && !strcmp(opt->type, "memory")))
    st = ensure_index(&s);
  current c;
  librdf_storage *storage = NULL;
  librdf_model *model = NULL;
  if (st == NG_OK && opt->type && !strcmp(opt->type, "memory")) {
    /* no index on disk: merged.nq read into librdf's in-memory store for this query */
    char *merged = path_in(&s, "merged.nq");
    storage = librdf_new_storage(s.world, "hashes", "mem", "hash-type='memory'");
    model = storage ? librdf_new_model(s.world, storage, NULL) : NULL;
    st = model ? fill_index(&s, model, merged) : librdf_failure(&s, "cannot create a memory store");
    free(merged);
  } else if (st == NG_OK && read_current(&s, &c) &&
             !(model = open_model(&s, c.type, c.gen, false, &storage))) {
    st = librdf_failure(&s, "cannot open the index");
  }
  librdf_query *query = NULL;
  librdf_query_results *results = NULL;
  if (st == NG_OK) {
    query = librdf_new_query(s.world, "sparql", NULL, (const unsigned char *)sparql, NULL);
    if (!query)
      st = ng_diag_report(diag, NG_ERR_USAGE, "the query does not parse: %s",
                          s.error ? s.error : "SPARQL syntax error");
  }
  if (st == NG_OK && !(results = librdf_query_execute(query, model)))
    st = ng_diag_report(diag, NG_ERR_USAGE, "the query cannot run: %s",
                        s.error ? s.error : "unsupported by rasqal (see the README)");
  if (st == NG_OK)
    st = print_results(&s, results, q, out);
  if (results)
    librdf_free_query_results(results);
  if (query)
    librdf_free_query(query);
  if (model)
    librdf_free_model(model);
  if (storage)
    librdf_free_storage(storage);
  close_world(&s);
  return st;
}

ng_status ng_store_export(const char *dir, ng_format fmt, FILE *out, const ng_diag *diag) {
  store s = {.dir = dir, .diag = diag};
  char *merged = path_in(&s, "merged.nq");
  FILE *fp = fopen(merged, "rb");
  ng_status st = fp ? ng_rdf_copy_nquads(fp, out, fmt, NULL, diag)
                    : unreadable(diag, merged, errno);
  if (fp)
    fclose(fp);
  free(merged);
  return st;
}
