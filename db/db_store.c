/* Writing results: runs, the files of a run, cached per-file results with
 * their findings, verification verdicts and benchmark rows; and reading a
 * cached result back. */
#include "db/db_internal.h"

#include <stdlib.h>
#include <string.h>

int db_run_begin(Db *db, const DbRunInfo *info, long long *run_id) {
    char now[32];
    db_now_iso(now);
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db->sql,
                           "INSERT INTO runs(started_at, tool_version, options, git_commit, shard, "
                           "machine, complete) VALUES (?, ?, ?, ?, ?, ?, 0)",
                           -1, &st, NULL) != SQLITE_OK)
        return db_fail(db, "starting a run");
    db_bind_text(st, 1, now);
    db_bind_text(st, 2, info->tool_version ? info->tool_version : GROK_VERSION);
    db_bind_text(st, 3, info->options ? info->options : "");
    db_bind_text(st, 4, info->git_commit);
    db_bind_text(st, 5, info->shard);
    db_bind_text(st, 6, db_machine_info());
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return db_fail(db, "starting a run");
    *run_id = sqlite3_last_insert_rowid(db->sql);
    return 0;
}

int db_run_finish(Db *db, long long run_id) {
    char now[32];
    db_now_iso(now);
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db->sql, "UPDATE runs SET finished_at = ?, complete = 1 WHERE id = ?",
                           -1, &st, NULL) != SQLITE_OK)
        return db_fail(db, "finishing the run");
    db_bind_text(st, 1, now);
    sqlite3_bind_int64(st, 2, run_id);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : db_fail(db, "finishing the run");
}

int db_latest_run(Db *db, bool complete_only, long long *run_id) {
    sqlite3_stmt *st;
    /* Runs made only to hold a benchmark row are not check runs. */
    const char *sql = complete_only ? "SELECT max(id) FROM runs WHERE complete = 1 AND options != "
                                      "'bench record'"
                                    : "SELECT max(id) FROM runs WHERE options != 'bench record'";
    if (sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL) != SQLITE_OK)
        return db_fail(db, "finding the latest run");
    int rc = sqlite3_step(st);
    *run_id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? 0 : db_fail(db, "finding the latest run");
}

static const char *const FILE_STATUS[] = {"checked", "cached", "io-error"};

int db_add_file(Db *db, long long run_id, const char *path, const char *content_hash,
                const char *result_key, DbFileStatus status, const char *error,
                const DbFileStat *st) {
    sqlite3_stmt *q = db_stmt(db, STMT_ADD_FILE);
    if (!q)
        return -1;
    sqlite3_bind_int64(q, 1, run_id);
    db_bind_text(q, 2, path);
    db_bind_text(q, 3, content_hash);
    db_bind_text(q, 4, result_key);
    db_bind_text(q, 5, FILE_STATUS[status]);
    db_bind_text(q, 6, error);
    if (st) {
        sqlite3_bind_int64(q, 7, st->size);
        sqlite3_bind_int64(q, 8, st->mtime_ns);
        sqlite3_bind_int64(q, 9, st->ctime_ns);
        sqlite3_bind_int64(q, 10, st->inode);
    }
    return sqlite3_step(q) == SQLITE_DONE ? 0 : db_fail(db, "recording a file");
}

int db_stat_lookup(Db *db, const char *path, const DbFileStat *st, char out[33], bool *found) {
    *found = false;
    sqlite3_stmt *q = db_stmt(db, STMT_STAT_LOOKUP);
    if (!q)
        return -1;
    db_bind_text(q, 1, path);
    sqlite3_bind_int64(q, 2, st->size);
    sqlite3_bind_int64(q, 3, st->mtime_ns);
    sqlite3_bind_int64(q, 4, st->ctime_ns);
    sqlite3_bind_int64(q, 5, st->inode);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        const unsigned char *h = sqlite3_column_text(q, 0);
        if (h && strlen((const char *)h) == 32) {
            memcpy(out, h, 33);
            *found = true;
        }
    }
    sqlite3_reset(q);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : db_fail(db, "looking up a file's stat");
}

static int insert_finding(Db *db, const char *key, int seq, const Finding *f) {
    sqlite3_stmt *st = db_stmt(db, STMT_FINDING_INSERT);
    if (!st)
        return -1;
    const FindingLoc *p = &f->primary;
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, seq);
    db_bind_text(st, 3, f->rule ? f->rule : "");
    db_bind_text(st, 4, f->code);
    db_bind_text(st, 5, finding_severity_name(f->severity));
    db_bind_text(st, 6, f->message ? f->message : "");
    db_bind_text(st, 7, f->function ? f->function : "");
    db_bind_text(st, 8, p->file ? p->file : "");
    sqlite3_bind_int(st, 9, p->line);
    sqlite3_bind_int(st, 10, p->col);
    sqlite3_bind_int(st, 11, p->end_line);
    sqlite3_bind_int(st, 12, p->end_col);
    sqlite3_bind_int64(st, 13, p->byte_start);
    sqlite3_bind_int64(st, 14, p->byte_end);
    db_bind_text(st, 15, p->label);
    db_bind_text(st, 16, f->snippet);
    db_bind_text(st, 17, f->fingerprint);
    sqlite3_bind_int(st, 18, f->suppressed);
    db_bind_text(st, 19, f->suppression);
    int len = 0;
    void *blob = db_detail_encode(f, &len);
    if (blob)
        sqlite3_bind_blob(st, 20, blob, len, free);
    else
        sqlite3_bind_null(st, 20);
    return sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(db, "recording a finding");
}

int db_cache_put(Db *db, const char *key, const char *kind, const FindingList *fl, int first,
                 int n) {
    sqlite3_stmt *st = db_stmt(db, STMT_CACHE_INSERT);
    if (!st)
        return -1;
    char now[32];
    db_now_iso(now);
    db_bind_text(st, 1, key);
    db_bind_text(st, 2, kind);
    sqlite3_bind_int(st, 3, n);
    db_bind_text(st, 4, now);
    if (sqlite3_step(st) != SQLITE_DONE)
        return db_fail(db, "storing a result");
    if (sqlite3_changes(db->sql) == 0)
        return 0; /* stored already, by an earlier or concurrent run */
    for (int i = 0; i < n; i++)
        if (insert_finding(db, key, i, &fl->items[first + i]) < 0)
            return -1;
    return 0;
}

static const char *col_text(sqlite3_stmt *st, int i, Arena *a) {
    const unsigned char *s = sqlite3_column_text(st, i);
    return s ? arena_strndup(a, (const char *)s, (size_t)sqlite3_column_bytes(st, i)) : NULL;
}

FindingSeverity db_severity_parse(const char *s) {
    if (s && strcmp(s, "warning") == 0)
        return FINDING_WARNING;
    if (s && strcmp(s, "note") == 0)
        return FINDING_NOTE;
    return FINDING_ERROR;
}

int db_read_finding(Db *db, sqlite3_stmt *st, int c, Finding *f, Arena *a) {
    f->rule = col_text(st, c + 0, a);
    f->code = col_text(st, c + 1, a);
    f->severity = db_severity_parse((const char *)sqlite3_column_text(st, c + 2));
    f->message = col_text(st, c + 3, a);
    f->function = col_text(st, c + 4, a);
    f->primary.file = col_text(st, c + 5, a);
    f->primary.line = sqlite3_column_int(st, c + 6);
    f->primary.col = sqlite3_column_int(st, c + 7);
    f->primary.end_line = sqlite3_column_int(st, c + 8);
    f->primary.end_col = sqlite3_column_int(st, c + 9);
    f->primary.byte_start = (uint32_t)sqlite3_column_int64(st, c + 10);
    f->primary.byte_end = (uint32_t)sqlite3_column_int64(st, c + 11);
    f->primary.label = col_text(st, c + 12, a);
    f->snippet = col_text(st, c + 13, a);
    const unsigned char *fp = sqlite3_column_text(st, c + 14);
    snprintf(f->fingerprint, sizeof(f->fingerprint), "%s", fp ? (const char *)fp : "");
    f->suppressed = sqlite3_column_int(st, c + 15) != 0;
    f->suppression = col_text(st, c + 16, a);
    if (!f->rule)
        f->rule = "";
    if (!f->message)
        f->message = "";
    if (!f->function)
        f->function = "";
    if (db_detail_decode(sqlite3_column_blob(st, c + 17), sqlite3_column_bytes(st, c + 17), f, a) <
        0) {
        snprintf(db->err, sizeof(db->err),
                 "database `%s`: a finding's detail blob is damaged (rule %s); run `grok-verify "
                 "db vacuum` or delete the database",
                 db->path, f->rule);
        return -1;
    }
    return 0;
}

int db_cache_get(Db *db, const char *key, FindingList *out, bool *hit) {
    *hit = false;
    sqlite3_stmt *st = db_stmt(db, STMT_CACHE_EXISTS);
    if (!st)
        return -1;
    db_bind_text(st, 1, key);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_DONE)
        return 0;
    if (rc != SQLITE_ROW)
        return db_fail(db, "looking up the cache");
    int expected = sqlite3_column_int(st, 0);
    sqlite3_reset(st);
    st = db_stmt(db, STMT_CACHE_FINDINGS);
    if (!st)
        return -1;
    db_bind_text(st, 1, key);
    int start = out->len, got = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        Finding *f = finding_add(out);
        if (db_read_finding(db, st, 0, f, out->arena) < 0) {
            out->len = start;
            return -1;
        }
        got++;
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) {
        out->len = start;
        return db_fail(db, "reading cached findings");
    }
    if (got != expected) {
        /* Cache row and findings are written in one transaction, so this
         * is damage, not a race; recompute rather than trust it. */
        out->len = start;
        return 0;
    }
    *hit = true;
    return 0;
}

int db_add_verification(Db *db, long long run_id, const VerificationRecord *v) {
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(
            db->sql,
            "INSERT INTO verifications(run_id, kind, subject, file, verdict, reason, "
            "counterexample, solver_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            -1, &st, NULL) != SQLITE_OK)
        return db_fail(db, "recording a verification");
    sqlite3_bind_int64(st, 1, run_id);
    db_bind_text(st, 2, v->kind ? v->kind : "");
    db_bind_text(st, 3, v->subject ? v->subject : "");
    db_bind_text(st, 4, v->file);
    db_bind_text(st, 5,
                 v->verdict == VERDICT_PROVED    ? "proved"
                 : v->verdict == VERDICT_REFUTED ? "refuted"
                                                 : "unknown");
    db_bind_text(st, 6, v->reason);
    db_bind_text(st, 7, v->counterexample);
    sqlite3_bind_double(st, 8, v->solver_ms);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : db_fail(db, "recording a verification");
}

int db_add_benchmark(Db *db, long long run_id, const DbBenchmark *b) {
    bool own_run = run_id == 0;
    if (own_run) {
        DbRunInfo info = {GROK_VERSION, "bench record", NULL, NULL};
        if (db_run_begin(db, &info, &run_id) < 0)
            return -1;
    }
    char now[32];
    db_now_iso(now);
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db->sql,
                           "INSERT INTO benchmarks(run_id, name, metric, value, unit, machine, "
                           "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           -1, &st, NULL) != SQLITE_OK)
        return db_fail(db, "recording a benchmark");
    sqlite3_bind_int64(st, 1, run_id);
    db_bind_text(st, 2, b->name);
    db_bind_text(st, 3, b->metric);
    sqlite3_bind_double(st, 4, b->value);
    db_bind_text(st, 5, b->unit);
    db_bind_text(st, 6, db_machine_info());
    db_bind_text(st, 7, now);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return db_fail(db, "recording a benchmark");
    return own_run ? db_run_finish(db, run_id) : 0;
}
