/* The per-file pipeline (see verify_check_file.h). Checkers plug in at
 * run_checkers(): each adds its findings to the list; everything after
 * (severities, filters, suppressions, ordering, fingerprints) is shared. */
#include "verify_check_file.h"

#include "analysis/rules.h"
#include "parser.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

/* Hashes the running executable: every checker is linked into it, so any
 * change to any checker gives new cache keys without anyone having to
 * remember to bump VERIFY_CHECKER_VERSION. */
static void hash_self(DbHash *h) {
    FILE *fp = fopen("/proc/self/exe", "rb");
    if (!fp)
        return;
    char buf[1 << 16];
    size_t got;
    while ((got = fread(buf, 1, sizeof(buf), fp)) > 0)
        db_hash_update(h, buf, got);
    fclose(fp);
}

void check_settings_hash(CheckSettings *s, double smt_timeout) {
    DbHash h;
    db_hash_init(&h);
    char buf[64];
    db_hash_update(&h, VERIFY_CHECKER_VERSION, sizeof(VERIFY_CHECKER_VERSION));
    hash_self(&h);
    for (int i = 0; i < s->nrules; i++)
        db_hash_update(&h, s->rules[i], strlen(s->rules[i]) + 1);
    db_hash_update(&h, "\1", 1);
    for (int i = 0; i < s->nexclude_rules; i++)
        db_hash_update(&h, s->exclude_rules[i], strlen(s->exclude_rules[i]) + 1);
    db_hash_update(&h, "\1", 1);
    for (int i = 0; i < s->cfg->nseverities; i++) {
        const ConfigRuleSeverity *r = &s->cfg->severities[i];
        snprintf(buf, sizeof(buf), "=%d;", r->severity);
        db_hash_update(&h, r->pattern, strlen(r->pattern));
        db_hash_update(&h, buf, strlen(buf));
    }
    snprintf(buf, sizeof(buf), "smt=%.3f", smt_timeout);
    db_hash_update(&h, buf, strlen(buf));
    db_hash_hex(&h, s->options_hash);
}

bool check_rule_enabled(const CheckSettings *s, const char *rule) {
    if (strcmp(rule, "grok-verify/io-error") == 0)
        return true; /* an unchecked file is never filtered away */
    if (s->nrules > 0) {
        bool any = false;
        for (int i = 0; i < s->nrules && !any; i++)
            any = rule_matches(s->rules[i], rule);
        if (!any)
            return false;
    }
    for (int i = 0; i < s->nexclude_rules; i++)
        if (rule_matches(s->exclude_rules[i], rule))
            return false;
    return config_rule_severity(s->cfg, rule, FINDING_ERROR) != CONFIG_RULE_OFF;
}

/* The innermost function whose span holds OFFSET, for fingerprints (so a
 * finding keeps its identity when code above it moves). */
static const char *enclosing_fn(Item **items, int n, uint32_t offset, const char *outer) {
    for (int i = 0; i < n; i++) {
        const Item *it = items[i];
        if (!it || offset < it->span.start || offset >= it->span.end)
            continue;
        switch (it->kind) {
        case IT_FN:
            return it->name ? it->name : outer;
        case IT_IMPL:
            return enclosing_fn(it->impl.items, it->impl.nitems, offset, outer);
        case IT_TRAIT:
            return enclosing_fn(it->trait.items, it->trait.nitems, offset, outer);
        case IT_MOD:
            return enclosing_fn(it->mod.items, it->mod.nitems, offset, outer);
        case IT_ACTOR:
            return enclosing_fn(it->actor.methods, it->actor.nmethods, offset,
                                it->name ? it->name : outer);
        default:
            return outer;
        }
    }
    return outer;
}

/* The front end now; type, borrow and lock checkers join here. */
static Module *run_checkers(SourceMap *sm, Arena *arena, DiagSink *ds) {
    return parse_file(sm, 0, arena, ds, "crate");
}

static int compare_findings(const void *a, const void *b) {
    const Finding *x = a, *y = b;
    if (x->primary.line != y->primary.line)
        return x->primary.line < y->primary.line ? -1 : 1;
    if (x->primary.col != y->primary.col)
        return x->primary.col < y->primary.col ? -1 : 1;
    int c = strcmp(x->rule, y->rule);
    if (c)
        return c;
    return strcmp(x->message, y->message);
}

static void io_error(FileResult *r, const char *msg) {
    r->io_error = true;
    Finding *f = finding_add(&r->findings);
    Arena *a = r->findings.arena;
    f->rule = "grok-verify/io-error";
    f->severity = FINDING_ERROR;
    f->message = arena_strdup(a, msg);
    f->primary.file = arena_strdup(a, r->path);
    f->primary.line = f->primary.end_line = 1;
    f->primary.col = f->primary.end_col = 1;
    f->snippet = "";
    finding_fingerprint(f);
    r->error = f->message;
}

/* Reads PATH whole, with source_load's checks and messages. The source map
 * (and its line table) is only built when the file has to be checked, so a
 * cache hit costs one read and one hash. */
static int read_source(const char *path, char **out, size_t *out_len, char *err, size_t errlen) {
    struct stat st;
    if (stat(path, &st) != 0) {
        snprintf(err, errlen, "cannot read `%s`: %s", path, strerror(errno));
        return -1;
    }
    if (S_ISDIR(st.st_mode)) {
        snprintf(err, errlen, "cannot read `%s`: it is a directory, not a source file", path);
        return -1;
    }
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        snprintf(err, errlen, "cannot read `%s`: %s", path, strerror(errno));
        return -1;
    }
    size_t cap = S_ISREG(st.st_mode) && st.st_size > 0 ? (size_t)st.st_size + 1 : 65536;
    if (cap > SOURCE_MAX_BYTES + 1)
        cap = SOURCE_MAX_BYTES + 1;
    char *buf = xmalloc(cap);
    size_t len = 0, got;
    do {
        if (len + 1 >= cap) {
            if (cap > SOURCE_MAX_BYTES) {
                snprintf(err, errlen, "cannot read `%s`: file is larger than %u bytes", path,
                         SOURCE_MAX_BYTES);
                free(buf);
                fclose(fp);
                return -1;
            }
            cap *= 2;
            buf = xrealloc(buf, cap);
        }
        got = fread(buf + len, 1, cap - len - 1, fp);
        len += got;
    } while (got > 0);
    bool failed = ferror(fp);
    fclose(fp);
    if (failed) {
        snprintf(err, errlen, "cannot read `%s`: I/O error", path);
        free(buf);
        return -1;
    }
    buf[len] = 0;
    *out = buf;
    *out_len = len;
    return 0;
}

/* A modification time this close to now could still be shared by an edit
 * made later within the same clock tick, so such stats are not trusted. */
static const long long RACY_NS = 2000000000LL;

static void take_stat(FileResult *r) {
    struct stat st;
    if (stat(r->path, &st) != 0 || !S_ISREG(st.st_mode))
        return;
    r->stat.size = (long long)st.st_size;
    r->stat.mtime_ns = (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec;
    r->stat.ctime_ns = (long long)st.st_ctim.tv_sec * 1000000000LL + st.st_ctim.tv_nsec;
    r->stat.inode = (long long)st.st_ino;
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    long long now_ns = (long long)now.tv_sec * 1000000000LL + now.tv_nsec;
    r->stat_trusted = now_ns - r->stat.mtime_ns > RACY_NS && now_ns - r->stat.ctime_ns > RACY_NS;
}

static void make_key(const CheckSettings *s, FileResult *r) {
    DbHash h;
    db_hash_init(&h);
    db_hash_update(&h, s->options_hash, 32);
    db_hash_update(&h, r->path, strlen(r->path) + 1);
    db_hash_update(&h, r->content_hash, 32);
    db_hash_hex(&h, r->key);
}

/* Loads KEY's stored findings; true on a hit. */
static bool cache_hit(Db *cache, FileResult *r) {
    bool hit = false;
    if (db_cache_get(cache, r->key, &r->findings, &hit) < 0) {
        fprintf(stderr, "warning: %s; checking `%s` again\n", db_error(cache), r->path);
        return false;
    }
    return hit;
}

void check_file(const CheckSettings *s, Db *cache, FileResult *r) {
    finding_list_init(&r->findings);
    char err[1024];
    take_stat(r);
    /* Fast path: same stat as a recorded run, so the same content; the file
     * is only read when its findings need snippets. */
    if (cache && s->use_cache && r->stat_trusted) {
        bool found = false;
        if (db_stat_lookup(cache, r->path, &r->stat, r->content_hash, &found) == 0 && found) {
            make_key(s, r);
            if (cache_hit(cache, r)) {
                r->cached = true;
                if (r->findings.len > 0 &&
                    read_source(r->path, &r->text, &r->len, err, sizeof(err)) < 0)
                    r->text = NULL;
                return;
            }
        }
    }
    if (read_source(r->path, &r->text, &r->len, err, sizeof(err)) < 0) {
        io_error(r, err);
        return;
    }
    DbHash h;
    db_hash_init(&h);
    db_hash_update(&h, r->text, r->len);
    db_hash_hex(&h, r->content_hash);
    make_key(s, r);
    if (cache && s->use_cache && cache_hit(cache, r)) {
        r->cached = true;
        return;
    }

    SourceMap *sm = source_map_new();
    source_add_text(sm, r->path, r->text, r->len);
    Arena *arena = arena_new();
    DiagSink ds;
    diag_sink_init(&ds, sm, arena);
    Module *mod = run_checkers(sm, arena, &ds);
    FindingList *fl = &r->findings;
    finding_add_diags(fl, &ds, "");

    /* Severities and filters first, so suppressions only count what is
     * actually reported. */
    int kept = 0;
    for (int i = 0; i < fl->len; i++) {
        Finding *f = &fl->items[i];
        if (!check_rule_enabled(s, f->rule))
            continue;
        f->severity = (FindingSeverity)config_rule_severity(s->cfg, f->rule, (int)f->severity);
        if (mod)
            f->function = arena_strdup(
                fl->arena, enclosing_fn(mod->items, mod->nitems, f->primary.byte_start, ""));
        finding_fingerprint(f);
        fl->items[kept++] = *f;
    }
    fl->len = kept;
    suppress_apply(s, sm, 0, mod, fl);
    if (fl->len > 1)
        qsort(fl->items, (size_t)fl->len, sizeof(Finding), compare_findings);
    diag_sink_free(&ds);
    arena_free(arena);
    source_map_free(sm);
}

void file_result_free(FileResult *r) {
    finding_list_free(&r->findings);
    free(r->text);
    r->text = NULL;
}
