/* SPDX-License-Identifier: MIT */
/* parread.c: the caller's thread hands out files to reader threads, one file at a time, and
 * takes their kept quads back in input order. A thread appends a file's kept quads to a spill
 * of its own and notes where they start and end; the caller replays that range (spill.c reads
 * it with pread while the thread goes on appending). Memory stays that of the spills' buffers,
 * however many files and quads. Every quad is spilled once: a kept one only there (writing
 * every quad a second time was a large part of the reading), the others, in blocks of DEAL
 * quads in turn, to one of as many spills per thread as there are cores. The later pass gets
 * that many parts even from a single file: a part is its spills of the others and every
 * part-th chunk (CHUNK kept quads, between marks) of the kept spills. */
#include "parread.h"
#include "spill.h"

#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

#define MAX_THREADS 8
#define DEAL 256 /* quads put in a part before the next part's turn */
#define CHUNK 4096 /* kept quads between the marks that cut the kept spills into parts */

/* One input file: which thread read it, where its kept quads are, how it ended. */
typedef struct job {
  size_t worker;
  uint64_t from, to;
  ng_status st;
  char *error; /* the first message, reported from the caller's thread */
  bool done;
} job;

typedef struct worker {
  ng_parread *pr;
  size_t id;
  pthread_t thread;
  ng_rdf_reader *reader;
  ng_spill *rest[MAX_THREADS]; /* the quads not kept, dealt out in blocks (one per part) */
  ng_spill *kept;
  uint64_t *chunks; /* where each chunk of the kept spill starts, then where the last ends */
  size_t nchunks, chunkcap; /* chunks, and the marks in `chunks` (one more once read) */
  size_t turn, nkept;
  ng_strmap *memo;
  const ng_diag *diag; /* the current file's: into its job */
} worker;

struct ng_parread {
  const char *const *paths;
  size_t n;
  ng_quad_keep keep;
  const void *keep_payload;
  pthread_mutex_t lock;
  pthread_cond_t done; /* a job is done */
  size_t next;         /* the next file to hand out */
  bool stop;           /* the caller gave up: hand out no more */
  job *jobs;
  worker *workers;
  size_t nworkers, started;
  size_t nparts;
};

/* Note where the kept spill is now: the start of a chunk, or the end of the last. */
static ng_status mark_chunk(worker *w, const ng_diag *diag) {
  NG_GROW(w->chunks, w->nchunks, w->chunkcap);
  return ng_spill_mark(w->kept, &w->chunks[w->nchunks++], diag);
}

static ng_status on_quad(const ng_quad *q, void *payload) {
  worker *w = payload;
  /* dealt out in blocks of quads, not one by one: a part then gets runs of quads with one
     subject, which its rewriter looks up once (merge.c) */
  if (!(q->s[0] == '<' && w->pr->keep(q, w->memo, w->pr->keep_payload)))
    return ng_spill_put(w->rest[w->turn++ / DEAL % w->pr->nparts], q, w->diag);
  ng_status st;
  if (w->nkept++ % CHUNK == 0)
    NG_TRY(st, mark_chunk(w, w->diag));
  return ng_spill_put(w->kept, q, w->diag);
}

/* The next file to read, or n when there is none (or the caller stopped). */
static size_t take(ng_parread *pr) {
  pthread_mutex_lock(&pr->lock);
  size_t i = pr->stop || pr->next >= pr->n ? pr->n : pr->next++;
  pthread_mutex_unlock(&pr->lock);
  return i;
}

static void read_one(worker *w, job *j, const char *path) {
  ng_diag d = {ng_diag_keep_first, &j->error}; /* reported when the caller reaches the file */
  w->diag = &d;
  ng_status st = ng_spill_mark(w->kept, &j->from, &d);
  if (st == NG_OK)
    st = ng_rdf_reader_read(w->reader, path, NULL, on_quad, w, &d);
  if (st == NG_OK)
    st = ng_spill_mark(w->kept, &j->to, &d);
  w->diag = NULL;
  pthread_mutex_lock(&w->pr->lock);
  j->worker = w->id, j->st = st, j->done = true;
  pthread_cond_broadcast(&w->pr->done);
  pthread_mutex_unlock(&w->pr->lock);
}

static void *work(void *arg) {
  worker *w = arg;
  for (size_t i; (i = take(w->pr)) < w->pr->n;)
    read_one(w, &w->pr->jobs[i], w->pr->paths[i]);
  return NULL;
}

/* Cores, a few at most. */
static size_t core_count(void) {
  long cores = sysconf(_SC_NPROCESSORS_ONLN);
  size_t k = cores > 0 ? (size_t)cores : 1;
  return k < MAX_THREADS ? k : MAX_THREADS;
}

/* Readers are made here, on the caller's thread: making a raptor world is not thread-safe. */
static ng_status start(ng_parread *pr, const ng_diag *diag) {
  for (size_t i = 0; i < pr->nworkers; i++) {
    worker *w = &pr->workers[i];
    w->pr = pr, w->id = i;
    w->reader = ng_rdf_reader_new();
    w->memo = ng_strmap_new();
    ng_status st = ng_spill_new(&w->kept, diag);
    for (size_t k = 0; k < pr->nparts && st == NG_OK; k++)
      st = ng_spill_new(&w->rest[k], diag);
    if (st != NG_OK)
      return st;
  }
  for (; pr->started < pr->nworkers; pr->started++)
    if (pthread_create(&pr->workers[pr->started].thread, NULL, work, &pr->workers[pr->started]))
      break;
  if (!pr->started) /* no thread at all: read everything here, then hand it over */
    work(&pr->workers[0]);
  return NG_OK;
}

static void stop_and_join(ng_parread *pr) {
  pthread_mutex_lock(&pr->lock);
  pr->stop = true;
  pthread_mutex_unlock(&pr->lock);
  for (size_t i = 0; i < pr->started; i++)
    pthread_join(pr->workers[i].thread, NULL);
  pr->started = 0;
  for (size_t i = 0; i < pr->nworkers; i++) { /* only the spills stay */
    worker *w = &pr->workers[i];
    ng_rdf_reader_free(w->reader), w->reader = NULL;
    ng_strmap_free(w->memo), w->memo = NULL;
  }
}

/* The end of the last chunk of every kept spill, once reading is over. */
static ng_status end_chunks(ng_parread *pr, const ng_diag *diag) {
  ng_status st = NG_OK;
  for (size_t i = 0; i < pr->nworkers && st == NG_OK; i++)
    if (pr->workers[i].nchunks)
      st = mark_chunk(&pr->workers[i], diag);
  return st;
}

/* Wait for file i, then hand its kept quads to fn (or report how it failed). */
static ng_status deliver(ng_parread *pr, size_t i, ng_quad_fn fn, void *payload,
                         const ng_diag *diag) {
  job *j = &pr->jobs[i];
  pthread_mutex_lock(&pr->lock);
  while (!j->done)
    pthread_cond_wait(&pr->done, &pr->lock);
  pthread_mutex_unlock(&pr->lock);
  if (j->st != NG_OK)
    return j->error ? ng_diag_report(diag, j->st, "%s", j->error) : j->st;
  return ng_spill_replay_range(pr->workers[j->worker].kept, j->from, j->to, fn, payload, diag);
}

ng_status ng_parread_run(ng_parread **out, const char *const *paths, size_t n, ng_quad_keep keep,
                         const void *keep_payload, ng_quad_fn fn, void *payload,
                         const ng_diag *diag) {
  *out = NULL;
  ng_parread *pr = ng_xcalloc(1, sizeof *pr);
  pr->paths = paths, pr->n = n, pr->keep = keep, pr->keep_payload = keep_payload;
  pthread_mutex_init(&pr->lock, NULL);
  pthread_cond_init(&pr->done, NULL);
  pr->jobs = ng_xcalloc(n ? n : 1, sizeof *pr->jobs);
  pr->nparts = core_count();
  pr->nworkers = pr->nparts < n ? pr->nparts : (n ? n : 1); /* no more threads than files */
  pr->workers = ng_xcalloc(pr->nworkers, sizeof *pr->workers);
  ng_status st = start(pr, diag);
  for (size_t i = 0; i < n && st == NG_OK; i++)
    st = deliver(pr, i, fn, payload, diag);
  stop_and_join(pr);
  if (st == NG_OK)
    st = end_chunks(pr, diag);
  if (st != NG_OK) {
    ng_parread_free(pr);
    return st;
  }
  *out = pr;
  return NG_OK;
}

size_t ng_parread_parts(const ng_parread *pr) { return pr->nparts; }

static void add_sizes(ng_spill_size *to, const ng_spill *s) {
  ng_spill_size z = ng_spill_sizes(s);
  to->quads += z.quads, to->terms += z.terms, to->graphs += z.graphs;
}

ng_spill_size ng_parread_sizes(const ng_parread *pr) {
  ng_spill_size all = {0};
  for (size_t i = 0; i < pr->nworkers; i++) {
    add_sizes(&all, pr->workers[i].kept);
    for (size_t k = 0; k < pr->nparts; k++)
      add_sizes(&all, pr->workers[i].rest[k]);
  }
  return all;
}

ng_status ng_parread_replay_part(ng_parread *pr, size_t part, ng_quad_fn fn, void *payload,
                                 const ng_diag *diag) {
  ng_status st = NG_OK;
  for (size_t i = 0; i < pr->nworkers && st == NG_OK; i++) {
    worker *w = &pr->workers[i];
    st = ng_spill_replay(w->rest[part], fn, payload, diag);
    for (size_t c = part; c + 1 < w->nchunks && st == NG_OK; c += pr->nparts)
      st = ng_spill_replay_range(w->kept, w->chunks[c], w->chunks[c + 1], fn, payload, diag);
  }
  return st;
}

void ng_parread_free(ng_parread *pr) {
  if (!pr)
    return;
  stop_and_join(pr);
  for (size_t i = 0; i < pr->nworkers; i++) {
    worker *w = &pr->workers[i];
    for (size_t k = 0; k < pr->nparts; k++)
      ng_spill_free(w->rest[k]);
    ng_spill_free(w->kept);
    free(w->chunks);
  }
  for (size_t i = 0; i < pr->n; i++)
    free(pr->jobs[i].error);
  free(pr->jobs);
  free(pr->workers);
  pthread_mutex_destroy(&pr->lock);
  pthread_cond_destroy(&pr->done);
  free(pr);
}
