/* Reading a whole run back for `grok-verify report` and `--baseline`. */
#include "db/db_internal.h"

#include <stdlib.h>
#include <string.h>

static const char *col_text(sqlite3_stmt *st, int i, Arena *a) {
    const unsigned char *s = sqlite3_column_text(st, i);
    return s ? arena_strndup(a, (const char *)s, (size_t)sqlite3_column_bytes(st, i)) : NULL;
}

static int prepare(Db *db, const char *sql, sqlite3_stmt **st, long long run_id) {
    if (sqlite3_prepare_v2(db->sql, sql, -1, st, NULL) != SQLITE_OK)
        return db_fail(db, "reading the run");
    if (run_id)
        sqlite3_bind_int64(*st, 1, run_id);
    return 0;
}

/* Grows *items (of SIZE bytes each) in the arena by doubling. */
static void *grow(Arena *a, void *items, int len, int *cap, size_t size) {
    if (len < *cap)
        return items;
    int ncap = *cap ? *cap * 2 : 16;
    void *n = arena_alloc(a, size * (size_t)ncap);
    if (len)
        memcpy(n, items, size * (size_t)len);
    *cap = ncap;
    return n;
}

static int load_run_row(Db *db, long long run_id, ReportInput *in, Arena *a) {
    sqlite3_stmt *st;
    if (prepare(db,
                "SELECT tool_version, started_at, finished_at, options, git_commit, complete "
                "FROM runs WHERE id = ?",
                &st, run_id) < 0)
        return -1;
    int rc = sqlite3_step(st);
    if (rc != SQLITE_ROW) {
        sqlite3_finalize(st);
        if (rc == SQLITE_DONE) {
            snprintf(db->err, sizeof(db->err), "database `%s` has no run %lld", db->path, run_id);
            return -1;
        }
        return db_fail(db, "reading the run");
    }
    in->run_id = run_id;
    in->tool_version = col_text(st, 0, a);
    in->started_at = col_text(st, 1, a);
    in->finished_at = col_text(st, 2, a);
    in->options = col_text(st, 3, a);
    in->git_commit = col_text(st, 4, a);
    in->complete = sqlite3_column_int(st, 5) != 0;
    sqlite3_finalize(st);
    return 0;
}

static int load_files(Db *db, long long run_id, ReportInput *in, Arena *a) {
    sqlite3_stmt *st;
    if (prepare(db, "SELECT path FROM files WHERE run_id = ? ORDER BY path", &st, run_id) < 0)
        return -1;
    int cap = 0, rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        in->files = grow(a, in->files, in->nfiles, &cap, sizeof(ReportFile));
        ReportFile *f = &in->files[in->nfiles++];
        memset(f, 0, sizeof(*f));
        f->path = col_text(st, 0, a);
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : db_fail(db, "reading the run's files");
}

static int load_findings(Db *db, long long run_id, ReportInput *in, Arena *a) {
    sqlite3_stmt *st;
    if (prepare(db,
                "SELECT " DB_FINDING_COLUMNS ", files.path FROM files JOIN findings ON "
                "findings.result_key = files.result_key WHERE files.run_id = ? ORDER BY "
                "findings.file, findings.line, findings.col, findings.rule, files.path, "
                "findings.seq",
                &st, run_id) < 0)
        return -1;
    Finding *items = NULL;
    int n = 0, cap = 0, rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        items = grow(a, items, n, &cap, sizeof(Finding));
        Finding *f = &items[n++];
        memset(f, 0, sizeof(*f));
        if (db_read_finding(db, st, 0, f, a) < 0) {
            sqlite3_finalize(st);
            return -1;
        }
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return db_fail(db, "reading the run's findings");
    in->findings = items;
    in->nfindings = n;
    /* Both lists are sorted by path, so one merge pass counts per file. */
    int j = 0;
    for (int i = 0; i < in->nfiles; i++) {
        while (j < n && strcmp(items[j].primary.file, in->files[i].path) < 0)
            j++;
        while (j < n && strcmp(items[j].primary.file, in->files[i].path) == 0) {
            in->files[i].nfindings++;
            j++;
        }
    }
    return 0;
}

static Verdict verdict_parse(const char *s) {
    if (s && strcmp(s, "proved") == 0)
        return VERDICT_PROVED;
    if (s && strcmp(s, "refuted") == 0)
        return VERDICT_REFUTED;
    return VERDICT_UNKNOWN;
}

static int load_verifications(Db *db, long long run_id, ReportInput *in, Arena *a) {
    sqlite3_stmt *st;
    if (prepare(db,
                "SELECT kind, subject, file, verdict, reason, counterexample, solver_ms FROM "
                "verifications WHERE run_id = ? ORDER BY file, subject, kind, id",
                &st, run_id) < 0)
        return -1;
    VerificationRecord *items = NULL;
    int cap = 0, rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        items = grow(a, items, in->nverifications, &cap, sizeof(VerificationRecord));
        VerificationRecord *v = &items[in->nverifications++];
        v->kind = col_text(st, 0, a);
        v->subject = col_text(st, 1, a);
        v->file = col_text(st, 2, a);
        v->verdict = verdict_parse((const char *)sqlite3_column_text(st, 3));
        v->reason = col_text(st, 4, a);
        v->counterexample = col_text(st, 5, a);
        v->solver_ms = sqlite3_column_double(st, 6);
    }
    sqlite3_finalize(st);
    in->verifications = items;
    return rc == SQLITE_DONE ? 0 : db_fail(db, "reading verifications");
}

/* Benchmarks: the whole history, so reports can show trends. */
static int load_benchmarks(Db *db, ReportInput *in, Arena *a) {
    sqlite3_stmt *st;
    if (prepare(db,
                "SELECT b.run_id, r.started_at, b.name, b.metric, b.unit, b.value FROM "
                "benchmarks b JOIN runs r ON r.id = b.run_id ORDER BY b.recorded_at, b.id",
                &st, 0) < 0)
        return -1;
    BenchmarkRecord *items = NULL;
    int cap = 0, rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        items = grow(a, items, in->nbenchmarks, &cap, sizeof(BenchmarkRecord));
        BenchmarkRecord *b = &items[in->nbenchmarks++];
        b->run_id = sqlite3_column_int64(st, 0);
        b->started_at = col_text(st, 1, a);
        b->name = col_text(st, 2, a);
        b->metric = col_text(st, 3, a);
        b->unit = col_text(st, 4, a);
        b->value = sqlite3_column_double(st, 5);
    }
    sqlite3_finalize(st);
    in->benchmarks = items;
    return rc == SQLITE_DONE ? 0 : db_fail(db, "reading benchmarks");
}

int db_load_report(Db *db, long long run_id, ReportInput *in, Arena *a) {
    memset(in, 0, sizeof(*in));
    if (load_run_row(db, run_id, in, a) < 0 || load_files(db, run_id, in, a) < 0 ||
        load_findings(db, run_id, in, a) < 0 || load_verifications(db, run_id, in, a) < 0 ||
        load_benchmarks(db, in, a) < 0)
        return -1;
    return 0;
}

int db_load_fingerprints(Db *db, long long run_id, const char ***out, int *n, Arena *a) {
    sqlite3_stmt *st;
    if (prepare(db,
                "SELECT DISTINCT findings.fingerprint FROM files JOIN findings ON "
                "findings.result_key = files.result_key WHERE files.run_id = ? AND "
                "findings.suppressed = 0 ORDER BY 1",
                &st, run_id) < 0)
        return -1;
    const char **items = NULL;
    int len = 0, cap = 0, rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        items = grow(a, items, len, &cap, sizeof(char *));
        items[len++] = col_text(st, 0, a);
    }
    sqlite3_finalize(st);
    *out = items;
    *n = len;
    return rc == SQLITE_DONE ? 0 : db_fail(db, "reading fingerprints");
}

int db_file_content_hash(Db *db, long long run_id, const char *path, const char **out, Arena *a) {
    *out = NULL;
    sqlite3_stmt *st;
    if (prepare(db, "SELECT content_hash FROM files WHERE run_id = ? AND path = ?", &st, run_id) <
        0)
        return -1;
    db_bind_text(st, 2, path);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        *out = col_text(st, 0, a);
    sqlite3_finalize(st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : db_fail(db, "reading a file's hash");
}

int db_load_benchmarks(Db *db, const BenchmarkRecord **out, int *n, Arena *a) {
    ReportInput in;
    memset(&in, 0, sizeof(in));
    int rc = load_benchmarks(db, &in, a);
    *out = in.benchmarks;
    *n = in.nbenchmarks;
    return rc;
}
