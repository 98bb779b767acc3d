/* The results database: one SQLite file (WAL mode) holding runs, the files
 * each run checked, cached per-file results and their findings,
 * verification verdicts and benchmark measurements.
 *
 * Results are content-addressed: a cache entry's key is a hash of what
 * determines a result (file path + content + checker version + options;
 * per function once the IR exists, with `kind` telling the two apart), and
 * findings belong to a cache entry, not to a run. A run only records which
 * file had which key, so a warm re-run writes one small row per file and
 * a killed run's finished files are reused by the next run.
 *
 * Every function that can fail returns 0 or -1; db_error() says why, with
 * the database path. */
#ifndef GROK_DB_H
#define GROK_DB_H

#include "analysis/finding.h"
#include "reports/report.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

/* Version 1: runs, files, functions, cache, findings, verifications,
 * benchmarks. Version 2: files remember their stat (size, mtime, ctime,
 * inode) so unchanged files need not be read again. Bump it with a new
 * entry in db_open.c's migrations. */
#define DB_SCHEMA_VERSION 2

typedef struct Db Db;

typedef enum DbMode {
    DB_READWRITE, /* creates the file (and its folder) when missing */
    DB_READONLY   /* the file must exist; nothing is ever written */
} DbMode;

/* Opens PATH, refusing a newer schema (without writing to the file), a file
 * that is not a grok-verify database, and (for DB_READWRITE) a read-only
 * file; migrates older schemas forward. On failure *out is NULL and err
 * holds the reason. */
int db_open(Db **out, const char *path, DbMode mode, char *err, size_t errlen);
void db_close(Db *db);
const char *db_error(const Db *db);
const char *db_path(const Db *db);
/* Schema version of an open database (after migration: DB_SCHEMA_VERSION). */
int db_schema_version(Db *db);

/* Transactions: one per batch of files (BEGIN IMMEDIATE, so concurrent
 * runs queue on busy_timeout instead of failing half-way). */
int db_begin(Db *db);
int db_commit(Db *db);
void db_rollback(Db *db);

typedef struct DbRunInfo {
    const char *tool_version;
    const char *options;    /* the command line */
    const char *git_commit; /* may be NULL */
    const char *shard;      /* "I/N" or NULL */
} DbRunInfo;

/* Inserts an incomplete run (committed at once, so a killed run is visible
 * as incomplete). */
int db_run_begin(Db *db, const DbRunInfo *info, long long *run_id);
/* Marks the run complete (sets finished_at). */
int db_run_finish(Db *db, long long run_id);
/* The newest check or merge run (complete only when COMPLETE_ONLY; runs
 * that only hold a `bench record` row do not count); *run_id = 0 if none. */
int db_latest_run(Db *db, bool complete_only, long long *run_id);

typedef enum DbFileStatus { DB_FILE_CHECKED, DB_FILE_CACHED, DB_FILE_IO_ERROR } DbFileStatus;

/* What stat() said about a file when its content hash was taken. Stored
 * only when the modification time was old enough that a later edit must
 * change it (the "racy git" rule), so equal stats mean equal content. */
typedef struct DbFileStat {
    long long size, mtime_ns, ctime_ns, inode;
} DbFileStat;

/* Records that RUN checked PATH with result RESULT_KEY (NULL for an I/O
 * error, with ERROR the message); ST may be NULL. Inside a batch
 * transaction. */
int db_add_file(Db *db, long long run_id, const char *path, const char *content_hash,
                const char *result_key, DbFileStatus status, const char *error,
                const DbFileStat *st);
/* The content hash last recorded for PATH with exactly stat ST; *found
 * false when there is none. */
int db_stat_lookup(Db *db, const char *path, const DbFileStat *st, char out[33], bool *found);

/* Stores FL's findings [first, first+n) as the result of KEY unless KEY is
 * stored already (a concurrent run may have computed it too). */
int db_cache_put(Db *db, const char *key, const char *kind, const FindingList *fl, int first,
                 int n);
/* Appends KEY's findings to OUT; *hit tells whether KEY was stored. */
int db_cache_get(Db *db, const char *key, FindingList *out, bool *hit);

int db_add_verification(Db *db, long long run_id, const VerificationRecord *v);

typedef struct DbBenchmark {
    const char *name, *metric, *unit;
    double value;
} DbBenchmark;
/* Records one measurement under RUN (0: a run of its own is created). */
int db_add_benchmark(Db *db, long long run_id, const DbBenchmark *b);

/* Fills IN with everything run RUN_ID recorded; strings live in ARENA. File
 * texts are not stored, so in->files[i].text is NULL. */
int db_load_report(Db *db, long long run_id, ReportInput *in, Arena *arena);
/* Fingerprints of the unsuppressed findings of RUN_ID, sorted (for
 * --baseline); strings live in ARENA. */
int db_load_fingerprints(Db *db, long long run_id, const char ***out, int *n, Arena *arena);

/* Every benchmark row, oldest first (strings in ARENA). */
int db_load_benchmarks(Db *db, const BenchmarkRecord **out, int *n, Arena *arena);
/* The content hash RUN_ID recorded for PATH (*out NULL when none). */
int db_file_content_hash(Db *db, long long run_id, const char *path, const char **out,
                         Arena *arena);

/* Combines the newest run of every input database into one new run of DB
 * (complete when every input run was). */
int db_merge(Db *db, const char *const *inputs, int ninputs, long long *run_id);
/* Deletes check runs other than the newest KEEP (0: keep all; runs holding
 * benchmark rows are history and always kept), results no remaining run
 * uses, then VACUUMs. */
int db_vacuum(Db *db, int keep);
/* Every row of every table as JSON lines: {"table":"runs","id":1,...}. */
int db_export(Db *db, FILE *out);

/* A streaming 128-bit hash (not cryptographic) for cache keys and file
 * identity, finished as 32 hex digits. */
typedef struct DbHash {
    uint64_t h1, h2, total;
    unsigned char buf[8];
    int nbuf;
} DbHash;
void db_hash_init(DbHash *h);
void db_hash_update(DbHash *h, const void *data, size_t len);
void db_hash_hex(DbHash *h, char out[33]);
/* Machine description for benchmark rows: "Linux x86_64, 8 cpus, host". */
const char *db_machine_info(void);
/* Current UTC time as ISO-8601 with milliseconds. */
void db_now_iso(char out[32]);

#endif
