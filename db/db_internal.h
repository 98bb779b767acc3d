/* What the db_*.c files share: the connection, its path and last error, and
 * the prepared statements kept for the life of the connection. */
#ifndef GROK_DB_INTERNAL_H
#define GROK_DB_INTERNAL_H

#include "db/db.h"

#include <sqlite3.h>

typedef enum DbStmt {
    STMT_ADD_FILE,
    STMT_CACHE_INSERT,
    STMT_FINDING_INSERT,
    STMT_CACHE_EXISTS,
    STMT_CACHE_FINDINGS,
    STMT_STAT_LOOKUP,
    STMT_COUNT
} DbStmt;

struct Db {
    sqlite3 *sql;
    char *path;
    char err[1024];
    bool readonly;
    sqlite3_stmt *stmts[STMT_COUNT];
};

/* Records "database `PATH`: WHAT: sqlite's message" and returns -1. */
int db_fail(Db *db, const char *what);
/* Runs SQL that returns no rows. */
int db_exec(Db *db, const char *sql);
/* The prepared statement for ID (prepared on first use), reset and unbound. */
sqlite3_stmt *db_stmt(Db *db, DbStmt id);
/* Binds a string or NULL. */
int db_bind_text(sqlite3_stmt *st, int i, const char *s);

FindingSeverity db_severity_parse(const char *s);
/* The finding columns, in this order, as SELECTed by every reader. */
#define DB_FINDING_COLUMNS                                                                         \
    "rule, code, severity, message, function, file, line, col, end_line, end_col, byte_start, "    \
    "byte_end, label, snippet, fingerprint, suppressed, suppression, detail"
/* Reads one row's finding columns, starting at column C. */
int db_read_finding(Db *db, sqlite3_stmt *st, int c, Finding *f, Arena *a);

/* Serialises a finding's related spans, notes and witness into a blob and
 * back (db_finding_codec.c). */
void *db_detail_encode(const Finding *f, int *len);
int db_detail_decode(const void *blob, int len, Finding *f, Arena *a);

#endif
