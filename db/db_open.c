/* Opening the database: the checks that keep a bad file from being damaged
 * (newer schema, not a grok-verify database, read-only), WAL mode, and the
 * forward migrations. */
#include "db/db_internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* MIGRATIONS[v] upgrades a database at schema version v to v + 1. Each runs
 * in one transaction together with the version bump, so a killed migration
 * leaves the old version intact. */
static const char *const MIGRATIONS[DB_SCHEMA_VERSION] = {
    "CREATE TABLE schema_version(version INTEGER NOT NULL);"
    "INSERT INTO schema_version VALUES (0);"
    "CREATE TABLE runs("
    "  id INTEGER PRIMARY KEY,"
    "  started_at TEXT NOT NULL,"
    "  finished_at TEXT,"
    "  tool_version TEXT NOT NULL,"
    "  options TEXT NOT NULL,"
    "  git_commit TEXT,"
    "  shard TEXT,"
    "  machine TEXT,"
    "  merged_from TEXT,"
    "  complete INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE cache("
    "  key TEXT PRIMARY KEY,"
    "  kind TEXT NOT NULL," /* 'file' now; 'function' once the IR exists; 'run' = never reused */
    "  nfindings INTEGER NOT NULL,"
    "  created_at TEXT NOT NULL);"
    "CREATE TABLE files("
    "  id INTEGER PRIMARY KEY,"
    "  run_id INTEGER NOT NULL REFERENCES runs(id),"
    "  path TEXT NOT NULL,"
    "  content_hash TEXT,"
    "  result_key TEXT REFERENCES cache(key),"
    "  status TEXT NOT NULL," /* checked | cached | io-error */
    "  error TEXT,"
    "  UNIQUE(run_id, path));"
    "CREATE INDEX files_result ON files(result_key);"
    "CREATE TABLE functions("
    "  id INTEGER PRIMARY KEY,"
    "  result_key TEXT NOT NULL REFERENCES cache(key),"
    "  name TEXT NOT NULL,"
    "  ir_hash TEXT NOT NULL,"
    "  UNIQUE(result_key, name));"
    "CREATE TABLE findings("
    "  id INTEGER PRIMARY KEY,"
    "  result_key TEXT NOT NULL REFERENCES cache(key),"
    "  seq INTEGER NOT NULL,"
    "  rule TEXT NOT NULL,"
    "  code TEXT,"
    "  severity TEXT NOT NULL,"
    "  message TEXT NOT NULL,"
    "  function TEXT NOT NULL,"
    "  file TEXT NOT NULL,"
    "  line INTEGER, col INTEGER, end_line INTEGER, end_col INTEGER,"
    "  byte_start INTEGER, byte_end INTEGER,"
    "  label TEXT,"
    "  snippet TEXT,"
    "  fingerprint TEXT NOT NULL,"
    "  suppressed INTEGER NOT NULL,"
    "  suppression TEXT,"
    "  detail BLOB," /* related spans, notes, witness (db_finding_codec.c) */
    "  UNIQUE(result_key, seq));"
    "CREATE INDEX findings_fingerprint ON findings(fingerprint);"
    "CREATE TABLE verifications("
    "  id INTEGER PRIMARY KEY,"
    "  run_id INTEGER NOT NULL REFERENCES runs(id),"
    "  kind TEXT NOT NULL,"
    "  subject TEXT NOT NULL,"
    "  file TEXT,"
    "  verdict TEXT NOT NULL,"
    "  reason TEXT,"
    "  counterexample TEXT,"
    "  solver_ms REAL);"
    "CREATE TABLE benchmarks("
    "  id INTEGER PRIMARY KEY,"
    "  run_id INTEGER NOT NULL REFERENCES runs(id),"
    "  name TEXT NOT NULL,"
    "  metric TEXT NOT NULL,"
    "  value REAL NOT NULL,"
    "  unit TEXT NOT NULL,"
    "  machine TEXT NOT NULL,"
    "  recorded_at TEXT NOT NULL);",
    "ALTER TABLE files ADD COLUMN size INTEGER;"
    "ALTER TABLE files ADD COLUMN mtime_ns INTEGER;"
    "ALTER TABLE files ADD COLUMN ctime_ns INTEGER;"
    "ALTER TABLE files ADD COLUMN inode INTEGER;"
    "CREATE INDEX files_path ON files(path, size);",
};

int db_fail(Db *db, const char *what) {
    const char *msg = db->sql ? sqlite3_errmsg(db->sql) : "out of memory";
    snprintf(db->err, sizeof(db->err), "database `%s`: %s: %s", db->path, what, msg);
    return -1;
}

int db_exec(Db *db, const char *sql) {
    char *msg = NULL;
    if (sqlite3_exec(db->sql, sql, NULL, NULL, &msg) != SQLITE_OK) {
        snprintf(db->err, sizeof(db->err), "database `%s`: %s", db->path,
                 msg ? msg : sqlite3_errmsg(db->sql));
        sqlite3_free(msg);
        return -1;
    }
    return 0;
}

static const char *const STMT_SQL[STMT_COUNT] = {
    [STMT_ADD_FILE] = "INSERT OR REPLACE INTO files(run_id, path, content_hash, result_key, "
                      "status, error, size, mtime_ns, ctime_ns, inode) VALUES (?, ?, ?, ?, ?, "
                      "?, ?, ?, ?, ?)",
    [STMT_CACHE_INSERT] = "INSERT OR IGNORE INTO cache(key, kind, nfindings, created_at) "
                          "VALUES (?, ?, ?, ?)",
    [STMT_FINDING_INSERT] =
        "INSERT INTO findings(result_key, seq, rule, code, severity, message, function, file, "
        "line, col, end_line, end_col, byte_start, byte_end, label, snippet, fingerprint, "
        "suppressed, suppression, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?)",
    [STMT_CACHE_EXISTS] = "SELECT nfindings FROM cache WHERE key = ?",
    [STMT_CACHE_FINDINGS] =
        "SELECT rule, code, severity, message, function, file, line, col, end_line, end_col, "
        "byte_start, byte_end, label, snippet, fingerprint, suppressed, suppression, detail "
        "FROM findings WHERE result_key = ? ORDER BY seq",
    [STMT_STAT_LOOKUP] = "SELECT content_hash FROM files WHERE path = ? AND size = ? AND "
                         "mtime_ns = ? AND ctime_ns = ? AND inode = ? AND content_hash IS NOT "
                         "NULL ORDER BY id DESC LIMIT 1",
};

sqlite3_stmt *db_stmt(Db *db, DbStmt id) {
    if (!db->stmts[id]) {
        if (sqlite3_prepare_v3(db->sql, STMT_SQL[id], -1, SQLITE_PREPARE_PERSISTENT, &db->stmts[id],
                               NULL) != SQLITE_OK) {
            db_fail(db, "preparing a statement");
            return NULL;
        }
    }
    sqlite3_reset(db->stmts[id]);
    sqlite3_clear_bindings(db->stmts[id]);
    return db->stmts[id];
}

int db_bind_text(sqlite3_stmt *st, int i, const char *s) {
    return s ? sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT) : sqlite3_bind_null(st, i);
}

/* Reads the schema version without writing anything: -1 on error, 0 for an
 * empty file, else the stored version. */
static int read_version(Db *db, int *version) {
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(
        db->sql, "SELECT count(*), sum(name = 'schema_version') FROM sqlite_master", -1, &st, NULL);
    if (rc != SQLITE_OK)
        return -1;
    rc = sqlite3_step(st);
    if (rc != SQLITE_ROW) {
        sqlite3_finalize(st);
        return -1;
    }
    int ntables = sqlite3_column_int(st, 0);
    int has_version = sqlite3_column_int(st, 1);
    sqlite3_finalize(st);
    if (ntables == 0) {
        *version = 0;
        return 0;
    }
    if (!has_version) {
        snprintf(db->err, sizeof(db->err),
                 "database `%s` is an SQLite file but not a grok-verify database (it has no "
                 "schema_version table); refusing to modify it",
                 db->path);
        return -2;
    }
    rc = sqlite3_prepare_v2(db->sql, "SELECT max(version) FROM schema_version", -1, &st, NULL);
    if (rc != SQLITE_OK)
        return -1;
    rc = sqlite3_step(st);
    *version = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? 0 : -1;
}

int db_schema_version(Db *db) {
    int v = -1;
    if (read_version(db, &v) < 0)
        return -1;
    return v;
}

static int migrate(Db *db, int from) {
    for (int v = from; v < DB_SCHEMA_VERSION; v++) {
        if (db_exec(db, "BEGIN IMMEDIATE") < 0)
            return -1;
        /* Re-read inside the write lock: a concurrent run may have migrated. */
        int now;
        if (read_version(db, &now) < 0) {
            db_rollback(db);
            return db->err[0] ? -1 : db_fail(db, "reading the schema version");
        }
        if (now > v) {
            db_exec(db, "COMMIT");
            v = now - 1;
            continue;
        }
        char bump[96];
        snprintf(bump, sizeof(bump), "UPDATE schema_version SET version = %d", v + 1);
        if (db_exec(db, MIGRATIONS[v]) < 0 || db_exec(db, bump) < 0) {
            db_rollback(db);
            return -1;
        }
        if (db_exec(db, "COMMIT") < 0) {
            db_rollback(db);
            return -1;
        }
    }
    return 0;
}

/* The default database lives in .grok-verify/; create the folder. */
static int make_parent(const char *path, char *err, size_t errlen) {
    const char *slash = strrchr(path, '/');
    if (!slash || slash == path || strncmp(path, "file:", 5) == 0)
        return 0;
    char dir[4096];
    size_t n = (size_t)(slash - path);
    if (n >= sizeof(dir))
        return 0;
    memcpy(dir, path, n);
    dir[n] = 0;
    struct stat st;
    if (stat(dir, &st) == 0)
        return 0;
    if (make_parent(dir, err, errlen) < 0)
        return -1;
    if (mkdir(dir, 0777) < 0 && errno != EEXIST) {
        snprintf(err, errlen, "cannot create folder `%.900s` for the database: %s", dir,
                 strerror(errno));
        return -1;
    }
    return 0;
}

static int open_conn(Db *db, int flags) {
    if (sqlite3_open_v2(db->path, &db->sql, flags | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL) !=
        SQLITE_OK)
        return db_fail(db, "cannot open");
    sqlite3_busy_timeout(db->sql, 60000);
    sqlite3_extended_result_codes(db->sql, 1);
    return 0;
}

int db_open(Db **out, const char *path, DbMode mode, char *err, size_t errlen) {
    *out = NULL;
    Db *db = xcalloc(1, sizeof(Db));
    db->path = xstrdup(path);
    int version = 0;
    struct stat st;
    bool exists = strncmp(path, "file:", 5) == 0 || stat(path, &st) == 0;
    if (exists && strncmp(path, "file:", 5) != 0 && S_ISDIR(st.st_mode)) {
        snprintf(db->err, sizeof(db->err), "database `%s` is a directory", path);
        goto fail;
    }
    if (!exists && mode == DB_READONLY) {
        snprintf(db->err, sizeof(db->err), "database `%s` does not exist", path);
        goto fail;
    }
    if (exists) {
        /* Look first through a read-only connection, so a newer or foreign
         * file is rejected before anything could write to it. */
        if (open_conn(db, SQLITE_OPEN_READONLY) < 0)
            goto fail;
        int rc = read_version(db, &version);
        if (rc == -1) {
            db_fail(db, "cannot read (corrupt, or not an SQLite database?)");
            goto fail;
        }
        if (rc == -2)
            goto fail;
        if (version > DB_SCHEMA_VERSION) {
            snprintf(db->err, sizeof(db->err),
                     "database `%s` has schema version %d, but this grok-verify knows only "
                     "versions up to %d; use a newer grok-verify (the file was not modified)",
                     path, version, DB_SCHEMA_VERSION);
            goto fail;
        }
        if (mode == DB_READONLY) {
            if (version < DB_SCHEMA_VERSION) {
                snprintf(db->err, sizeof(db->err),
                         "database `%s` has schema version %d and needs migrating to %d; run "
                         "`grok-verify db migrate %s`",
                         path, version, DB_SCHEMA_VERSION, path);
                goto fail;
            }
            db->readonly = true;
            *out = db;
            return 0;
        }
        sqlite3_close(db->sql);
        db->sql = NULL;
    } else if (make_parent(path, db->err, sizeof(db->err)) < 0) {
        goto fail;
    }
    if (open_conn(db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) < 0)
        goto fail;
    if (sqlite3_db_readonly(db->sql, "main") == 1) {
        snprintf(db->err, sizeof(db->err),
                 "database `%s` is read-only (%s); pass a writable path with --db", path,
                 access(path, W_OK) == 0 ? "opened read-only" : strerror(errno));
        goto fail;
    }
    /* WAL lets readers (workers' cache lookups, reports) run beside the
     * writer; synchronous=NORMAL is durable to the last commit on power loss
     * only up to a checkpoint, but never corrupt, which is what a cache needs. */
    sqlite3_stmt *wal;
    if (sqlite3_prepare_v2(db->sql, "PRAGMA journal_mode=WAL", -1, &wal, NULL) != SQLITE_OK) {
        db_fail(db, "cannot read (corrupt, or not an SQLite database?)");
        goto fail;
    }
    int rc = sqlite3_step(wal);
    sqlite3_finalize(wal);
    if (rc != SQLITE_ROW) {
        if ((rc & 0xff) == SQLITE_READONLY || (rc & 0xff) == SQLITE_CANTOPEN)
            snprintf(db->err, sizeof(db->err),
                     "database `%s` is read-only or its folder is not writable (%s)", path,
                     sqlite3_errmsg(db->sql));
        else
            db_fail(db, "cannot read (corrupt, or not an SQLite database?)");
        goto fail;
    }
    if (db_exec(db, "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON") < 0)
        goto fail;
    int rv = read_version(db, &version);
    if (rv == -1) {
        db_fail(db, "cannot read (corrupt, or not an SQLite database?)");
        goto fail;
    }
    if (rv == -2)
        goto fail;
    if (migrate(db, version) < 0)
        goto fail;
    *out = db;
    return 0;
fail:
    snprintf(err, errlen, "%s", db->err);
    db_close(db);
    return -1;
}

void db_close(Db *db) {
    if (!db)
        return;
    for (int i = 0; i < STMT_COUNT; i++)
        sqlite3_finalize(db->stmts[i]);
    if (db->sql)
        sqlite3_close(db->sql);
    free(db->path);
    free(db);
}

const char *db_error(const Db *db) {
    return db->err;
}

const char *db_path(const Db *db) {
    return db->path;
}

int db_begin(Db *db) {
    return db_exec(db, "BEGIN IMMEDIATE");
}

int db_commit(Db *db) {
    return db_exec(db, "COMMIT");
}

void db_rollback(Db *db) {
    if (!sqlite3_get_autocommit(db->sql))
        sqlite3_exec(db->sql, "ROLLBACK", NULL, NULL, NULL);
}
