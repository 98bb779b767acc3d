/* grok.toml: grok-verify's project configuration.
 *
 * The file is found by walking up from the working directory. The parser
 * accepts the TOML subset a configuration needs (tables, bare and quoted
 * keys, strings, integers, floats, booleans, arrays of strings, comments)
 * and rejects anything else with `grok.toml:LINE: key `K`: what was wrong`.
 *
 *   [check]
 *   include = ["src", "tests"]         # globs, relative to grok.toml's folder
 *   exclude = ["vendor", "*_gen.grok"]
 *   jobs = 4
 *   fail_on = "warning"                # error | warning | note | never
 *   format = "text"
 *   db = ".grok-verify/results.db"
 *   smt_timeout = 10                   # seconds
 *   rules = ["borrow", "lock"]         # rule ids or families
 *   exclude_rules = ["safety/overflow"]
 *
 *   [rules]                            # severity overrides; "off" disables
 *   "safety/overflow" = "warning"
 *   "lock" = "error"
 *
 *   [ai]
 *   backend = "offline"                # offline | command:PROG | http
 *   url = "http://localhost:8080/v1/chat/completions"
 *   model = "m"
 *   api_key_env = "GROK_AI_KEY"
 *   timeout = 60
 *
 * Command-line flags win over the file; the caller applies them after. */
#ifndef GROK_VERIFY_CONFIG_H
#define GROK_VERIFY_CONFIG_H

#include "arena.h"

#include <stdbool.h>
#include <stddef.h>

/* Severity overrides: FINDING_* values, or CONFIG_RULE_OFF. */
enum { CONFIG_RULE_OFF = -1 };

typedef struct ConfigRuleSeverity {
    const char *pattern; /* rule id or family pattern */
    int severity;
    int line;
} ConfigRuleSeverity;

typedef struct VerifyConfig {
    Arena *arena;
    const char *path;            /* the grok.toml read, or NULL */
    const char *root;            /* its directory (globs are relative to it), or NULL */
    PtrVec include, exclude;     /* const char * globs */
    PtrVec rules, exclude_rules; /* const char * rule patterns */
    ConfigRuleSeverity *severities;
    int nseverities;
    int jobs;                          /* 0 when unset */
    const char *fail_on, *format, *db; /* NULL when unset */
    double smt_timeout;                /* seconds; 0 when unset */
    int no_cache;                      /* -1 unset, else 0/1 */
    const char *ai_backend, *ai_url, *ai_model, *ai_api_key_env;
    double ai_timeout;
} VerifyConfig;

void config_init(VerifyConfig *cfg);
void config_free(VerifyConfig *cfg);

/* Parses TEXT (named PATH in messages) into CFG. Returns 0, or -1 with
 * `PATH:LINE: ...` in err. */
int config_parse(VerifyConfig *cfg, const char *path, const char *text, size_t len, char *err,
                 size_t errlen);
/* Reads and parses PATH. */
int config_load(VerifyConfig *cfg, const char *path, char *err, size_t errlen);
/* Looks for grok.toml in START and its parents; returns 1 and the path in
 * OUT when found, 0 when not. */
int config_find(const char *start, char *out, size_t outlen);

/* Glob match of a relative path: `*` and `?` stay within one path
 * component, `**` crosses components, `[a-z]` classes; a pattern without
 * `/` matches a file or folder name at any depth (as in .gitignore). */
bool config_glob_match(const char *pattern, const char *path);
/* Whether a file found by walking a folder is checked: it matches an
 * include glob (or there are none) and no exclude glob. REL is relative to
 * cfg->root (or the working directory without a grok.toml). */
bool config_path_selected(const VerifyConfig *cfg, const char *rel);
/* The configured severity of RULE (last matching override wins), or DEF. */
int config_rule_severity(const VerifyConfig *cfg, const char *rule, int def);

#endif
