/* The per-file check pipeline of `grok-verify check`: read the file, look
 * up its cached result, otherwise run the front end (and, as they land, the
 * checkers) and turn diagnostics into findings, then apply grok.toml
 * severities, --rules filters and suppressions.
 *
 * Runs on worker threads: everything it touches is the FileResult, its own
 * arena and source map, and the worker's own read-only database handle. */
#ifndef GROK_VERIFY_CHECK_FILE_H
#define GROK_VERIFY_CHECK_FILE_H

#include "analysis/finding.h"
#include "ast.h"
#include "db/db.h"
#include "verify_config.h"

#include <stdbool.h>

/* Part of every cache key, with a hash of the grok-verify executable
 * itself (so a rebuilt checker never trusts results of the old one). */
#define VERIFY_CHECKER_VERSION "grok-verify " GROK_VERSION "; front end: lexer+parser v1"

typedef struct CheckSettings {
    const VerifyConfig *cfg; /* severities; never NULL */
    const char **rules;      /* --rules patterns (none: every rule) */
    int nrules;
    const char **exclude_rules;
    int nexclude_rules;
    bool use_cache; /* false with --no-cache: never reuse stored results */
    /* Hash of everything above that changes results, folded into keys. */
    char options_hash[33];
} CheckSettings;

/* Computes s->options_hash from the other fields. */
void check_settings_hash(CheckSettings *s, double smt_timeout);
/* Whether findings of RULE are reported under S (filters and "off"). */
bool check_rule_enabled(const CheckSettings *s, const char *rule);

typedef struct FileResult {
    const char *path; /* as shown to the user; owned by the caller */
    char *text;       /* the bytes, NUL-terminated (kept for report snippets); NULL on I/O error */
    size_t len;
    char content_hash[33];
    char key[33];         /* cache key; empty on I/O error */
    FindingList findings; /* sorted by line, column, rule */
    DbFileStat stat;
    bool stat_trusted; /* old enough to be stored for the next run's fast path */
    bool cached, io_error;
    const char *error; /* I/O error message (in findings.arena) */
} FileResult;

/* CACHE is the worker's read-only connection, or NULL. A cache read error
 * is not fatal (the file is checked instead); it is reported on stderr. */
void check_file(const CheckSettings *s, Db *cache, FileResult *r);
void file_result_free(FileResult *r);

/* Applies `// grok-verify: ignore[rule] reason` comments and `#[allow(rule)]`
 * on MOD's items (MOD may be NULL when the file did not parse) to the
 * findings of FL, and adds findings for unused, unknown-rule and malformed
 * suppressions (verify_suppress.c). */
void suppress_apply(const CheckSettings *s, SourceMap *sm, uint32_t file, const Module *mod,
                    FindingList *fl);

#endif
