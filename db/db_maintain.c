/* Whole-database operations: merging shard databases into one run,
 * vacuuming old runs, exporting every row as JSON lines. */
#include "db/db_internal.h"

#include "strbuf.h"

#include <stdlib.h>
#include <string.h>

static int prepare(Db *db, const char *sql, sqlite3_stmt **st) {
    if (sqlite3_prepare_v2(db->sql, sql, -1, st, NULL) != SQLITE_OK)
        return db_fail(db, "preparing the merge");
    return 0;
}

static int step_done(Db *db, sqlite3_stmt *st, const char *what) {
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : db_fail(db, what);
}

/* The shard's newest complete run, else its newest run at all. */
static int source_run(Db *db, long long *run, bool *complete, char *started, char *finished) {
    sqlite3_stmt *st;
    if (prepare(db,
                "SELECT id, complete, started_at, coalesce(finished_at, started_at) FROM src.runs "
                "WHERE options != 'bench record' ORDER BY complete DESC, id DESC LIMIT 1",
                &st) < 0)
        return -1;
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *run = sqlite3_column_int64(st, 0);
        *complete = sqlite3_column_int(st, 1) != 0;
        snprintf(started, 32, "%s", (const char *)sqlite3_column_text(st, 2));
        snprintf(finished, 32, "%s", (const char *)sqlite3_column_text(st, 3));
    } else {
        *run = 0;
    }
    sqlite3_finalize(st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : db_fail(db, "reading a shard's runs");
}

static int copy_run(Db *db, long long src_run, long long dst_run) {
    static const char *const COPY[] = {
        "INSERT OR IGNORE INTO main.cache(key, kind, nfindings, created_at) SELECT key, kind, "
        "nfindings, created_at FROM src.cache WHERE key IN (SELECT result_key FROM src.files "
        "WHERE run_id = ?1)",
        "INSERT OR IGNORE INTO main.findings(result_key, seq, " DB_FINDING_COLUMNS
        ") SELECT result_key, seq, " DB_FINDING_COLUMNS " FROM src.findings WHERE result_key IN "
        "(SELECT result_key FROM src.files WHERE run_id = ?1)",
        "INSERT OR IGNORE INTO main.functions(result_key, name, ir_hash) SELECT result_key, "
        "name, ir_hash FROM src.functions WHERE result_key IN (SELECT result_key FROM src.files "
        "WHERE run_id = ?1)",
        "INSERT OR REPLACE INTO main.files(run_id, path, content_hash, result_key, status, "
        "error, size, mtime_ns, ctime_ns, inode) SELECT ?2, path, content_hash, result_key, "
        "status, error, size, mtime_ns, ctime_ns, inode FROM src.files WHERE run_id = ?1",
        "INSERT INTO main.verifications(run_id, kind, subject, file, verdict, reason, "
        "counterexample, solver_ms) SELECT ?2, kind, subject, file, verdict, reason, "
        "counterexample, solver_ms FROM src.verifications WHERE run_id = ?1 ORDER BY id",
        "INSERT INTO main.benchmarks(run_id, name, metric, value, unit, machine, recorded_at) "
        "SELECT ?2, name, metric, value, unit, machine, recorded_at FROM src.benchmarks WHERE "
        "run_id = ?1 ORDER BY id",
    };
    for (size_t i = 0; i < sizeof(COPY) / sizeof(COPY[0]); i++) {
        sqlite3_stmt *st;
        if (prepare(db, COPY[i], &st) < 0)
            return -1;
        sqlite3_bind_int64(st, 1, src_run);
        sqlite3_bind_int64(st, 2, dst_run);
        if (step_done(db, st, "copying a shard") < 0)
            return -1;
    }
    return 0;
}

/* Merges one input; its own transaction, so the merged run only becomes
 * complete once every shard is in. */
static int merge_one(Db *db, const char *input, long long run_id, bool *all_complete,
                     char *min_start, char *max_finish, StrBuf *options) {
    char err[1024];
    Db *check;
    if (db_open(&check, input, DB_READONLY, err, sizeof(err)) < 0) {
        snprintf(db->err, sizeof(db->err), "%s", err);
        return -1;
    }
    db_close(check);
    sqlite3_stmt *st;
    if (prepare(db, "ATTACH DATABASE ? AS src", &st) < 0)
        return -1;
    db_bind_text(st, 1, input);
    if (step_done(db, st, "attaching a shard") < 0)
        return -1;
    long long src_run = 0;
    bool complete = false;
    char started[32] = "", finished[32] = "";
    int rc = source_run(db, &src_run, &complete, started, finished);
    if (rc == 0 && src_run == 0) {
        snprintf(db->err, sizeof(db->err), "database `%s` has no check run to merge", input);
        rc = -1;
    }
    if (rc == 0 && options->len == 0) {
        sqlite3_stmt *o;
        if (prepare(db, "SELECT options FROM src.runs WHERE id = ?", &o) == 0) {
            sqlite3_bind_int64(o, 1, src_run);
            if (sqlite3_step(o) == SQLITE_ROW && sqlite3_column_text(o, 0))
                sb_puts(options, (const char *)sqlite3_column_text(o, 0));
            sqlite3_finalize(o);
        }
    }
    if (rc == 0 && (rc = db_begin(db)) == 0) {
        rc = copy_run(db, src_run, run_id);
        if (rc == 0)
            rc = db_commit(db);
        if (rc < 0)
            db_rollback(db);
    }
    *all_complete &= complete;
    if (rc == 0 && (!min_start[0] || strcmp(started, min_start) < 0))
        snprintf(min_start, 32, "%s", started);
    if (rc == 0 && strcmp(finished, max_finish) > 0)
        snprintf(max_finish, 32, "%s", finished);
    sqlite3_exec(db->sql, "DETACH DATABASE src", NULL, NULL, NULL);
    return rc;
}

int db_merge(Db *db, const char *const *inputs, int ninputs, long long *run_id) {
    StrBuf from;
    sb_init(&from);
    for (int i = 0; i < ninputs; i++)
        sb_printf(&from, "%s%s", i ? ", " : "", inputs[i]);
    DbRunInfo info = {GROK_VERSION, "db merge", NULL, NULL};
    if (db_run_begin(db, &info, run_id) < 0) {
        sb_free(&from);
        return -1;
    }
    bool all_complete = true;
    char min_start[32] = "", max_finish[32] = "";
    StrBuf options;
    sb_init(&options);
    int rc = 0;
    for (int i = 0; i < ninputs && rc == 0; i++)
        rc = merge_one(db, inputs[i], *run_id, &all_complete, min_start, max_finish, &options);
    if (rc == 0) {
        sqlite3_stmt *st;
        rc = prepare(db,
                     "UPDATE runs SET started_at = ?, finished_at = ?, options = ?, merged_from "
                     "= ?, complete = ? WHERE id = ?",
                     &st);
        if (rc == 0) {
            db_bind_text(st, 1, min_start);
            db_bind_text(st, 2, max_finish);
            db_bind_text(st, 3, options.data ? options.data : "");
            db_bind_text(st, 4, from.data);
            sqlite3_bind_int(st, 5, all_complete);
            sqlite3_bind_int64(st, 6, *run_id);
            rc = step_done(db, st, "finishing the merged run");
        }
    }
    sb_free(&from);
    sb_free(&options);
    return rc;
}

int db_vacuum(Db *db, int keep) {
    char cond[96] = "1";
    if (keep > 0)
        snprintf(
            cond, sizeof(cond),
            "id IN (SELECT id FROM runs WHERE options != 'bench record' ORDER BY id DESC LIMIT %d)",
            keep);
    char sql[2048];
    snprintf(sql, sizeof(sql),
             "BEGIN IMMEDIATE;"
             "CREATE TEMP TABLE kept AS SELECT id FROM runs WHERE %s OR id IN (SELECT run_id FROM "
             "benchmarks);"
             "DELETE FROM files WHERE run_id NOT IN (SELECT id FROM kept);"
             "DELETE FROM verifications WHERE run_id NOT IN (SELECT id FROM kept);"
             "DELETE FROM runs WHERE id NOT IN (SELECT id FROM kept);"
             "DELETE FROM findings WHERE result_key NOT IN (SELECT result_key FROM files WHERE "
             "result_key IS NOT NULL);"
             "DELETE FROM functions WHERE result_key NOT IN (SELECT result_key FROM files WHERE "
             "result_key IS NOT NULL);"
             "DELETE FROM cache WHERE key NOT IN (SELECT result_key FROM files WHERE result_key "
             "IS NOT NULL);"
             "DROP TABLE kept;"
             "COMMIT;",
             cond);
    if (db_exec(db, sql) < 0) {
        db_rollback(db);
        return -1;
    }
    return db_exec(db, "VACUUM; PRAGMA wal_checkpoint(TRUNCATE)");
}

static const char *const TABLES[] = {"schema_version", "runs",     "files",         "functions",
                                     "cache",          "findings", "verifications", "benchmarks"};

int db_export(Db *db, FILE *out) {
    StrBuf sb;
    sb_init(&sb);
    for (size_t t = 0; t < sizeof(TABLES) / sizeof(TABLES[0]); t++) {
        char sql[128];
        snprintf(sql, sizeof(sql), "SELECT * FROM %s ORDER BY rowid", TABLES[t]);
        sqlite3_stmt *st;
        if (sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL) != SQLITE_OK) {
            sb_free(&sb);
            return db_fail(db, "exporting");
        }
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            sb_clear(&sb);
            sb_printf(&sb, "{\"table\":\"%s\"", TABLES[t]);
            for (int c = 0; c < sqlite3_column_count(st); c++) {
                const char *name = sqlite3_column_name(st, c);
                sb_putc(&sb, ',');
                sb_json_str(&sb, name, strlen(name));
                sb_putc(&sb, ':');
                switch (sqlite3_column_type(st, c)) {
                case SQLITE_NULL:
                    sb_puts(&sb, "null");
                    break;
                case SQLITE_INTEGER:
                    sb_printf(&sb, "%lld", (long long)sqlite3_column_int64(st, c));
                    break;
                case SQLITE_FLOAT:
                    sb_printf(&sb, "%.17g", sqlite3_column_double(st, c));
                    break;
                case SQLITE_BLOB: {
                    const unsigned char *b = sqlite3_column_blob(st, c);
                    int n = sqlite3_column_bytes(st, c);
                    sb_putc(&sb, '"');
                    for (int i = 0; i < n; i++)
                        sb_printf(&sb, "%02x", b[i]);
                    sb_putc(&sb, '"');
                    break;
                }
                default:
                    sb_json_str(&sb, (const char *)sqlite3_column_text(st, c),
                                (size_t)sqlite3_column_bytes(st, c));
                }
            }
            sb_puts(&sb, "}\n");
            fwrite(sb.data, 1, sb.len, out);
        }
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE) {
            sb_free(&sb);
            return db_fail(db, "exporting");
        }
    }
    sb_free(&sb);
    return ferror(out) ? -1 : 0;
}
