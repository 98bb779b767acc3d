/* grok.toml parser and the settings it carries (see verify_config.h).
 *
 * Parsing happens in two steps: the TOML subset is read into (table, key,
 * value, line) entries, then each entry is applied to VerifyConfig with
 * its own validation, so every message can name the line and the key. */
#include "verify_config.h"

#include "analysis/rules.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef enum ValueKind { VAL_STRING, VAL_INT, VAL_FLOAT, VAL_BOOL, VAL_ARRAY } ValueKind;

typedef struct Value {
    ValueKind kind;
    const char *str;
    long long i;
    double f;
    bool b;
    PtrVec items; /* VAL_ARRAY: const char * (arrays hold strings only) */
} Value;

typedef struct Parser {
    VerifyConfig *cfg;
    const char *path;
    const char *s, *end;
    int line;
    const char *table;
    const char *key; /* the key being parsed, for messages */
    char *err;
    size_t errlen;
    PtrVec seen; /* "table\0key" strings, for duplicate detection */
} Parser;

void config_init(VerifyConfig *cfg) {
    memset(cfg, 0, sizeof(*cfg));
    cfg->arena = arena_new();
    cfg->no_cache = -1;
}

void config_free(VerifyConfig *cfg) {
    if (cfg->arena)
        arena_free(cfg->arena);
    memset(cfg, 0, sizeof(*cfg));
}

static int config_error(Parser *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int config_error(Parser *p, const char *fmt, ...) {
    int n = snprintf(p->err, p->errlen, "%s:%d: ", p->path, p->line);
    if (n < 0 || (size_t)n >= p->errlen)
        return -1;
    if (p->key)
        n += snprintf(p->err + n, p->errlen - (size_t)n, "key `%s`: ", p->key);
    if (n < 0 || (size_t)n >= p->errlen)
        return -1;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(p->err + n, p->errlen - (size_t)n, fmt, ap);
    va_end(ap);
    return -1;
}

static void skip_blank(Parser *p) {
    while (p->s < p->end && (*p->s == ' ' || *p->s == '\t'))
        p->s++;
}

/* Skips blanks, comments and (when MULTILINE) newlines. */
static void skip_space(Parser *p, bool multiline) {
    for (;;) {
        skip_blank(p);
        if (p->s < p->end && *p->s == '#') {
            while (p->s < p->end && *p->s != '\n')
                p->s++;
        }
        if (multiline && p->s < p->end && (*p->s == '\n' || *p->s == '\r')) {
            if (*p->s == '\n')
                p->line++;
            p->s++;
            continue;
        }
        return;
    }
}

static bool at_line_end(Parser *p) {
    skip_space(p, false);
    return p->s >= p->end || *p->s == '\n' ||
           (*p->s == '\r' && p->s + 1 < p->end && p->s[1] == '\n');
}

static int parse_string(Parser *p, const char **out) {
    char quote = *p->s++;
    size_t cap = 64, n = 0;
    char *buf = xmalloc(cap);
    for (;;) {
        if (p->s >= p->end || *p->s == '\n') {
            free(buf);
            return config_error(p, "unterminated string");
        }
        char c = *p->s++;
        if (c == quote)
            break;
        char tmp[4];
        int tn = 1;
        tmp[0] = c;
        if (c == '\\' && quote == '"') {
            if (p->s >= p->end) {
                free(buf);
                return config_error(p, "unterminated string");
            }
            char e = *p->s++;
            switch (e) {
            case 'n':
                tmp[0] = '\n';
                break;
            case 't':
                tmp[0] = '\t';
                break;
            case 'r':
                tmp[0] = '\r';
                break;
            case '"':
                tmp[0] = '"';
                break;
            case '\\':
                tmp[0] = '\\';
                break;
            case 'u': {
                unsigned cp = 0;
                for (int k = 0; k < 4; k++) {
                    char h = p->s < p->end ? *p->s++ : 0;
                    int v = h >= '0' && h <= '9'   ? h - '0'
                            : h >= 'a' && h <= 'f' ? h - 'a' + 10
                            : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                                   : -1;
                    if (v < 0) {
                        free(buf);
                        return config_error(p, "`\\u` needs four hex digits");
                    }
                    cp = cp * 16 + (unsigned)v;
                }
                tn = utf8_encode(cp, tmp);
                if (tn == 0) {
                    free(buf);
                    return config_error(p, "`\\u%04X` is not a Unicode scalar value", cp);
                }
                break;
            }
            default:
                free(buf);
                return config_error(p, "unknown escape `\\%c` in string", e);
            }
        }
        if (n + 5 > cap) {
            cap *= 2;
            buf = xrealloc(buf, cap);
        }
        memcpy(buf + n, tmp, (size_t)tn);
        n += (size_t)tn;
    }
    if (utf8_first_invalid(buf, n) >= 0) {
        free(buf);
        return config_error(p, "string is not valid UTF-8");
    }
    *out = arena_strndup(p->cfg->arena, buf, n);
    free(buf);
    return 0;
}

static bool is_bare(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
}

static int parse_key(Parser *p, const char **out) {
    if (p->s < p->end && (*p->s == '"' || *p->s == '\''))
        return parse_string(p, out);
    const char *start = p->s;
    while (p->s < p->end && is_bare(*p->s))
        p->s++;
    if (p->s == start) {
        if (p->s < p->end && *p->s == '/')
            return config_error(p, "a key with `/` must be quoted, e.g. \"borrow/use-after-move\"");
        return config_error(p, "expected a key, found `%c`", p->s < p->end ? *p->s : ' ');
    }
    if (p->s < p->end && (*p->s == '/' || *p->s == '*'))
        return config_error(p, "a key with `%c` must be quoted, e.g. \"borrow/use-after-move\"",
                            *p->s);
    if (p->s < p->end && *p->s == '.')
        return config_error(p, "dotted keys are not supported");
    *out = arena_strndup(p->cfg->arena, start, (size_t)(p->s - start));
    return 0;
}

static int parse_number(Parser *p, Value *v) {
    const char *start = p->s;
    while (p->s < p->end && (is_bare(*p->s) || *p->s == '.' || *p->s == '+'))
        p->s++;
    size_t n = (size_t)(p->s - start);
    char buf[64];
    if (n == 0 || n >= sizeof(buf))
        return config_error(p, "expected a value");
    size_t o = 0;
    for (size_t i = 0; i < n; i++)
        if (start[i] != '_')
            buf[o++] = start[i];
    buf[o] = 0;
    char *end;
    errno = 0;
    if (strpbrk(buf, ".eE") && strncmp(buf, "0x", 2) != 0) {
        v->kind = VAL_FLOAT;
        v->f = strtod(buf, &end);
    } else {
        v->kind = VAL_INT;
        v->i = strtoll(buf, &end, 10);
        v->f = (double)v->i;
    }
    if (*end != 0 || errno == ERANGE || !isfinite(v->f))
        return config_error(p, "`%.*s` is not a valid value (strings need quotes)", (int)n, start);
    return 0;
}

static int parse_value(Parser *p, Value *v) {
    memset(v, 0, sizeof(*v));
    skip_blank(p);
    if (p->s >= p->end || *p->s == '\n' || *p->s == '#')
        return config_error(p, "expected a value after `=`");
    char c = *p->s;
    if (c == '"' || c == '\'') {
        v->kind = VAL_STRING;
        return parse_string(p, &v->str);
    }
    if (c == '[') {
        p->s++;
        v->kind = VAL_ARRAY;
        for (;;) {
            skip_space(p, true);
            if (p->s >= p->end)
                return config_error(p, "unterminated array (missing `]`)");
            if (*p->s == ']') {
                p->s++;
                return 0;
            }
            if (*p->s != '"' && *p->s != '\'')
                return config_error(p, "arrays may only hold strings");
            const char *item;
            if (parse_string(p, &item) < 0)
                return -1;
            ptrvec_push(p->cfg->arena, &v->items, (void *)item);
            skip_space(p, true);
            if (p->s < p->end && *p->s == ',') {
                p->s++;
                continue;
            }
            if (p->s < p->end && *p->s == ']')
                continue;
            if (p->s >= p->end)
                return config_error(p, "unterminated array (missing `]`)");
            return config_error(p, "expected `,` or `]` in array");
        }
    }
    if (p->end - p->s >= 4 && strncmp(p->s, "true", 4) == 0 &&
        (p->end - p->s == 4 || !is_bare(p->s[4]))) {
        p->s += 4;
        v->kind = VAL_BOOL;
        v->b = true;
        return 0;
    }
    if (p->end - p->s >= 5 && strncmp(p->s, "false", 5) == 0 &&
        (p->end - p->s == 5 || !is_bare(p->s[5]))) {
        p->s += 5;
        v->kind = VAL_BOOL;
        return 0;
    }
    if ((c >= '0' && c <= '9') || c == '-' || c == '+')
        return parse_number(p, v);
    return config_error(p, "expected a value (strings need quotes)");
}

static int want_string(Parser *p, const Value *v, const char **out) {
    if (v->kind != VAL_STRING)
        return config_error(p, "expected a string");
    *out = v->str;
    return 0;
}

/* A pattern that matches no rule is a typo that would silently do nothing. */
static int want_known_rule(Parser *p, const char *pattern) {
    int n;
    const RuleInfo *all = rule_all(&n);
    for (int i = 0; i < n; i++)
        if (rule_matches(pattern, all[i].id))
            return 0;
    return config_error(p, "`%s` matches no rule (see `grok-verify explain`)", pattern);
}

static int want_rule_list(Parser *p, const Value *v, PtrVec *out);

static int want_strings(Parser *p, const Value *v, PtrVec *out) {
    if (v->kind != VAL_ARRAY)
        return config_error(p, "expected an array of strings, e.g. [\"a\", \"b\"]");
    for (int i = 0; i < v->items.len; i++)
        ptrvec_push(p->cfg->arena, out, v->items.items[i]);
    return 0;
}

static int want_rule_list(Parser *p, const Value *v, PtrVec *out) {
    if (want_strings(p, v, out) < 0)
        return -1;
    for (int i = 0; i < v->items.len; i++)
        if (want_known_rule(p, v->items.items[i]) < 0)
            return -1;
    return 0;
}

static int want_seconds(Parser *p, const Value *v, double *out) {
    if (v->kind != VAL_INT && v->kind != VAL_FLOAT)
        return config_error(p, "expected a number of seconds");
    if (v->f <= 0 || v->f > 1e6)
        return config_error(p, "expected a number of seconds between 0 and 1000000");
    *out = v->f;
    return 0;
}

static int one_of(Parser *p, const char *s, const char *const *allowed) {
    for (int i = 0; allowed[i]; i++)
        if (strcmp(s, allowed[i]) == 0)
            return i;
    char list[256] = "";
    for (int i = 0; allowed[i]; i++) {
        strncat(list, i ? ", " : "", sizeof(list) - strlen(list) - 1);
        strncat(list, allowed[i], sizeof(list) - strlen(list) - 1);
    }
    return config_error(p, "`%s` is not one of %s", s, list);
}

static const char *const FAIL_ON[] = {"error", "warning", "note", "never", NULL};
static const char *const FORMATS[] = {"text", "json", "sarif", "junit", "markdown", "html", NULL};
static const char *const SEVERITIES[] = {"error", "warning", "note", "off", NULL};

static int apply_check(Parser *p, const char *key, const Value *v) {
    VerifyConfig *c = p->cfg;
    if (strcmp(key, "include") == 0)
        return want_strings(p, v, &c->include);
    if (strcmp(key, "exclude") == 0)
        return want_strings(p, v, &c->exclude);
    if (strcmp(key, "rules") == 0)
        return want_rule_list(p, v, &c->rules);
    if (strcmp(key, "exclude_rules") == 0)
        return want_rule_list(p, v, &c->exclude_rules);
    if (strcmp(key, "jobs") == 0) {
        if (v->kind != VAL_INT || v->i < 1 || v->i > 1024)
            return config_error(p, "expected an integer from 1 to 1024");
        c->jobs = (int)v->i;
        return 0;
    }
    if (strcmp(key, "fail_on") == 0) {
        if (want_string(p, v, &c->fail_on) < 0 || one_of(p, c->fail_on, FAIL_ON) < 0)
            return -1;
        return 0;
    }
    if (strcmp(key, "format") == 0) {
        if (want_string(p, v, &c->format) < 0 || one_of(p, c->format, FORMATS) < 0)
            return -1;
        return 0;
    }
    if (strcmp(key, "db") == 0) {
        if (want_string(p, v, &c->db) < 0)
            return -1;
        if (!c->db[0])
            return config_error(p, "the database path is empty");
        return 0;
    }
    if (strcmp(key, "smt_timeout") == 0)
        return want_seconds(p, v, &c->smt_timeout);
    if (strcmp(key, "no_cache") == 0) {
        if (v->kind != VAL_BOOL)
            return config_error(p, "expected true or false");
        c->no_cache = v->b;
        return 0;
    }
    return config_error(
        p, "unknown key in [check] (known: include, exclude, rules, exclude_rules, jobs, "
           "fail_on, format, db, smt_timeout, no_cache)");
}

static int apply_rule(Parser *p, const char *key, const Value *v) {
    const char *sev = NULL;
    if (want_known_rule(p, key) < 0 || want_string(p, v, &sev) < 0)
        return -1;
    int k = one_of(p, sev, SEVERITIES);
    if (k < 0)
        return -1;
    VerifyConfig *c = p->cfg;
    ConfigRuleSeverity *n =
        arena_alloc(c->arena, sizeof(ConfigRuleSeverity) * (size_t)(c->nseverities + 1));
    if (c->nseverities)
        memcpy(n, c->severities, sizeof(ConfigRuleSeverity) * (size_t)c->nseverities);
    int sevs[] = {FINDING_ERROR, FINDING_WARNING, FINDING_NOTE, CONFIG_RULE_OFF};
    n[c->nseverities++] = (ConfigRuleSeverity){key, sevs[k], p->line};
    c->severities = n;
    return 0;
}

static int apply_ai(Parser *p, const char *key, const Value *v) {
    VerifyConfig *c = p->cfg;
    if (strcmp(key, "backend") == 0) {
        if (want_string(p, v, &c->ai_backend) < 0)
            return -1;
        const char *b = c->ai_backend;
        if (strcmp(b, "offline") != 0 && strcmp(b, "http") != 0 &&
            !(strncmp(b, "command:", 8) == 0 && b[8]))
            return config_error(p, "`%s` is not one of offline, command:PROGRAM, http", b);
        return 0;
    }
    if (strcmp(key, "url") == 0)
        return want_string(p, v, &c->ai_url);
    if (strcmp(key, "model") == 0)
        return want_string(p, v, &c->ai_model);
    if (strcmp(key, "api_key_env") == 0)
        return want_string(p, v, &c->ai_api_key_env);
    if (strcmp(key, "timeout") == 0)
        return want_seconds(p, v, &c->ai_timeout);
    if (strcmp(key, "api_key") == 0)
        return config_error(p, "keys do not belong in grok.toml; name an environment variable with "
                               "`api_key_env`");
    return config_error(p,
                        "unknown key in [ai] (known: backend, url, model, api_key_env, timeout)");
}

static int apply(Parser *p, const char *key, const Value *v) {
    if (!p->table)
        return config_error(p, "settings belong in a table: [check], [rules] or [ai]");
    if (strcmp(p->table, "check") == 0)
        return apply_check(p, key, v);
    if (strcmp(p->table, "rules") == 0)
        return apply_rule(p, key, v);
    return apply_ai(p, key, v);
}

static int parse_table_header(Parser *p) {
    p->s++;
    skip_blank(p);
    const char *name;
    p->key = NULL;
    if (p->s < p->end && *p->s == '[')
        return config_error(p, "arrays of tables ([[...]]) are not supported");
    if (parse_key(p, &name) < 0)
        return -1;
    skip_blank(p);
    if (p->s >= p->end || *p->s != ']')
        return config_error(p, "expected `]` after the table name");
    p->s++;
    if (!at_line_end(p))
        return config_error(p, "unexpected text after the table header");
    if (strcmp(name, "check") != 0 && strcmp(name, "rules") != 0 && strcmp(name, "ai") != 0)
        return config_error(p, "unknown table [%s] (known: [check], [rules], [ai])", name);
    for (int i = 0; i < p->seen.len; i++)
        if (strcmp(p->seen.items[i], name) == 0 &&
            ((char *)p->seen.items[i])[strlen(name) + 1] == 0)
            return config_error(p, "table [%s] appears twice", name);
    char *mark = arena_alloc(p->cfg->arena, strlen(name) + 2);
    strcpy(mark, name);
    ptrvec_push(p->cfg->arena, &p->seen, mark);
    p->table = name;
    return 0;
}

static int check_duplicate(Parser *p, const char *key) {
    const char *t = p->table ? p->table : "";
    size_t tl = strlen(t);
    for (int i = 0; i < p->seen.len; i++) {
        const char *s = p->seen.items[i];
        if (strcmp(s, t) == 0 && strcmp(s + tl + 1, key) == 0)
            return config_error(p, "set twice in this table");
    }
    char *mark = arena_alloc(p->cfg->arena, tl + strlen(key) + 2);
    memcpy(mark, t, tl + 1);
    strcpy(mark + tl + 1, key);
    ptrvec_push(p->cfg->arena, &p->seen, mark);
    return 0;
}

int config_parse(VerifyConfig *cfg, const char *path, const char *text, size_t len, char *err,
                 size_t errlen) {
    Parser p = {cfg, path, text, text + len, 1, NULL, NULL, err, errlen, {0}};
    long bad = utf8_first_invalid(text, len);
    if (bad >= 0) {
        for (long i = 0; i < bad; i++)
            p.line += text[i] == '\n';
        return config_error(&p, "the file is not valid UTF-8 (byte offset %ld)", bad);
    }
    while (p.s < p.end) {
        p.key = NULL;
        skip_space(&p, true);
        if (p.s >= p.end)
            break;
        if (*p.s == '[') {
            if (parse_table_header(&p) < 0)
                return -1;
            continue;
        }
        const char *key;
        if (parse_key(&p, &key) < 0)
            return -1;
        p.key = key;
        skip_blank(&p);
        if (p.s >= p.end || *p.s != '=')
            return config_error(&p, "expected `=` after the key");
        p.s++;
        Value v;
        if (parse_value(&p, &v) < 0)
            return -1;
        if (!at_line_end(&p))
            return config_error(&p, "unexpected text after the value");
        if (check_duplicate(&p, key) < 0 || apply(&p, key, &v) < 0)
            return -1;
    }
    cfg->path = arena_strdup(cfg->arena, path);
    return 0;
}

int config_load(VerifyConfig *cfg, const char *path, char *err, size_t errlen) {
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        snprintf(err, errlen, "cannot read `%s`: %s", path, strerror(errno));
        return -1;
    }
    size_t cap = 4096, len = 0;
    char *buf = xmalloc(cap);
    size_t got;
    while ((got = fread(buf + len, 1, cap - len, fp)) > 0) {
        len += got;
        if (len == cap) {
            if (cap >= (16u << 20)) {
                fclose(fp);
                free(buf);
                snprintf(err, errlen, "cannot read `%s`: larger than 16 MiB", path);
                return -1;
            }
            cap *= 2;
            buf = xrealloc(buf, cap);
        }
    }
    bool failed = ferror(fp);
    fclose(fp);
    if (failed) {
        free(buf);
        snprintf(err, errlen, "cannot read `%s`: I/O error", path);
        return -1;
    }
    int rc = config_parse(cfg, path, buf, len, err, errlen);
    free(buf);
    if (rc == 0) {
        const char *slash = strrchr(path, '/');
        cfg->root = slash ? arena_strndup(cfg->arena, path, (size_t)(slash - path)) : ".";
        if (slash == path)
            cfg->root = "/";
    }
    return rc;
}

int config_find(const char *start, char *out, size_t outlen) {
    char dir[PATH_MAX];
    if (!realpath(start, dir))
        return 0;
    for (;;) {
        int n = snprintf(out, outlen, "%s%sgrok.toml", dir, strcmp(dir, "/") == 0 ? "" : "/");
        struct stat st;
        if (n > 0 && (size_t)n < outlen && stat(out, &st) == 0 && S_ISREG(st.st_mode))
            return 1;
        char *slash = strrchr(dir, '/');
        if (!slash || strcmp(dir, "/") == 0)
            return 0;
        if (slash == dir)
            dir[1] = 0;
        else
            *slash = 0;
    }
}

static bool class_match(const char **pp, char c) {
    const char *p = *pp + 1;
    bool negate = *p == '!' || *p == '^';
    if (negate)
        p++;
    bool hit = false;
    bool first = true;
    while (*p && (*p != ']' || first)) {
        first = false;
        if (p[1] == '-' && p[2] && p[2] != ']') {
            hit |= c >= p[0] && c <= p[2];
            p += 3;
        } else {
            hit |= c == *p++;
        }
    }
    *pp = *p ? p + 1 : p;
    return hit != negate;
}

static bool glob_at(const char *p, const char *s) {
    while (*p) {
        if (p[0] == '*' && p[1] == '*') {
            const char *rest = p + 2;
            if (*rest == '/') {
                /* `**` + `/` matches zero or more whole folders. */
                if (glob_at(rest + 1, s))
                    return true;
                for (const char *t = s; *t; t++)
                    if (*t == '/' && glob_at(rest + 1, t + 1))
                        return true;
                return false;
            }
            for (const char *t = s;; t++) {
                if (glob_at(rest, t))
                    return true;
                if (!*t)
                    return false;
            }
        }
        if (*p == '*') {
            for (const char *t = s;; t++) {
                if (glob_at(p + 1, t))
                    return true;
                if (!*t || *t == '/')
                    return false;
            }
        }
        if (!*s)
            return false;
        if (*p == '?') {
            if (*s == '/')
                return false;
        } else if (*p == '[') {
            if (*s == '/' || !class_match(&p, *s))
                return false;
            s++;
            continue;
        } else if (*p != *s) {
            return false;
        }
        p++;
        s++;
    }
    return *s == 0;
}

bool config_glob_match(const char *pattern, const char *path) {
    while (path[0] == '.' && path[1] == '/')
        path += 2;
    while (pattern[0] == '.' && pattern[1] == '/')
        pattern += 2;
    if (strchr(pattern, '/'))
        return glob_at(pattern, path) || (pattern[strlen(pattern) - 1] == '/' &&
                                          strncmp(path, pattern, strlen(pattern)) == 0);
    /* A bare name matches any component, so "vendor" excludes a folder. */
    const char *comp = path;
    for (;;) {
        const char *slash = strchr(comp, '/');
        size_t n = slash ? (size_t)(slash - comp) : strlen(comp);
        char buf[PATH_MAX];
        if (n < sizeof(buf)) {
            memcpy(buf, comp, n);
            buf[n] = 0;
            if (glob_at(pattern, buf))
                return true;
        }
        if (!slash)
            return false;
        comp = slash + 1;
    }
}

bool config_path_selected(const VerifyConfig *cfg, const char *rel) {
    bool included = cfg->include.len == 0;
    for (int i = 0; i < cfg->include.len && !included; i++) {
        const char *g = cfg->include.items[i];
        included = config_glob_match(g, rel);
        if (!included && strchr(g, '/')) {
            /* "src/" + "**" style prefixes: a folder glob includes what is in it. */
            size_t n = strlen(g);
            char buf[PATH_MAX];
            if (n + 4 < sizeof(buf)) {
                snprintf(buf, sizeof(buf), "%s%s**", g, g[n - 1] == '/' ? "" : "/");
                included = config_glob_match(buf, rel);
            }
        }
    }
    if (!included)
        return false;
    for (int i = 0; i < cfg->exclude.len; i++) {
        const char *g = cfg->exclude.items[i];
        if (config_glob_match(g, rel))
            return false;
        size_t n = strlen(g);
        char buf[PATH_MAX];
        if (strchr(g, '/') && n + 4 < sizeof(buf)) {
            snprintf(buf, sizeof(buf), "%s%s**", g, g[n - 1] == '/' ? "" : "/");
            if (config_glob_match(buf, rel))
                return false;
        }
    }
    return true;
}

int config_rule_severity(const VerifyConfig *cfg, const char *rule, int def) {
    int sev = def;
    for (int i = 0; i < cfg->nseverities; i++)
        if (rule_matches(cfg->severities[i].pattern, rule))
            sev = cfg->severities[i].severity;
    return sev;
}
