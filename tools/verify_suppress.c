/* Suppressions: `// grok-verify: ignore[rule, family] reason` silences
 * findings on its own line (after code) or on the next line with code
 * (when the comment stands alone); `#[allow(rule)]` silences findings
 * anywhere in the item it decorates. A suppression that silences nothing
 * is itself reported, so stale ones do not pile up and hide future bugs.
 *
 * Comments are found in the text; the lexer tells which `//` are inside
 * string or char literals (and so are not comments). Attributes come from
 * the AST. */
#include "verify_check_file.h"

#include "analysis/rules.h"
#include "lexer.h"

#include <stdlib.h>
#include <string.h>

typedef struct Suppression {
    const char *pattern;
    const char *reason;
    int first_line, last_line;
    Span span;
    bool used;
} Suppression;

typedef struct Collector {
    const CheckSettings *s;
    SourceMap *sm;
    uint32_t file;
    Arena *arena;
    DiagSink *ds; /* problems with suppressions themselves */
    Suppression *items;
    int len, cap;
} Collector;

static void add(Collector *c, const char *pattern, const char *reason, int first, int last,
                Span span) {
    int n;
    const RuleInfo *all = rule_all(&n);
    bool known = false;
    for (int i = 0; i < n && !known; i++)
        known = rule_matches(pattern, all[i].id);
    if (!known) {
        diag_add(c->ds, SEV_WARNING, span, NULL, "grok-verify/unknown-rule", "unknown rule",
                 "suppression names `%s`, which matches no rule", pattern);
        return;
    }
    if (c->len == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 8;
        Suppression *grown = arena_alloc(c->arena, sizeof(Suppression) * (size_t)c->cap);
        if (c->len)
            memcpy(grown, c->items, sizeof(Suppression) * (size_t)c->len);
        c->items = grown;
    }
    c->items[c->len++] = (Suppression){pattern, reason, first, last, span, false};
}

static bool is_space(char ch) {
    return ch == ' ' || ch == '\t' || ch == '\r';
}

static char *trimmed(Arena *a, const char *s, size_t n) {
    while (n > 0 && is_space(*s))
        s++, n--;
    while (n > 0 && is_space(s[n - 1]))
        n--;
    return arena_strndup(a, s, n);
}

/* Offsets covered by string and char literals, sorted. */
typedef struct Ranges {
    uint32_t *start, *end;
    int len;
} Ranges;

static Ranges literal_ranges(SourceMap *sm, uint32_t file, Arena *a) {
    Ranges r = {0};
    int cap = 0;
    DiagSink quiet;
    diag_sink_init(&quiet, sm, a);
    Lexer lx;
    lex_init(&lx, sm, file, a, &quiet);
    for (;;) {
        Token t = lex_next(&lx);
        if (t.kind == TK_EOF)
            break;
        if (t.kind != TK_STRING && t.kind != TK_RAW_STRING && t.kind != TK_CHAR)
            continue;
        if (r.len == cap) {
            cap = cap ? cap * 2 : 64;
            uint32_t *s = arena_alloc(a, sizeof(uint32_t) * (size_t)cap * 2);
            if (r.len) {
                memcpy(s, r.start, sizeof(uint32_t) * (size_t)r.len);
                memcpy(s + cap, r.end, sizeof(uint32_t) * (size_t)r.len);
            }
            r.start = s;
            r.end = s + cap;
        }
        r.start[r.len] = t.span.start;
        r.end[r.len++] = t.span.end;
    }
    diag_sink_free(&quiet);
    return r;
}

static bool in_ranges(const Ranges *r, uint32_t off) {
    int lo = 0, hi = r->len;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (r->end[mid] <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < r->len && r->start[lo] <= off;
}

/* 1-based line of the first line after LINE holding code (not blank, not
 * only a comment), or 0. */
static int next_code_line(SourceMap *sm, uint32_t file, int line) {
    SourceFile *sf = source_file(sm, file);
    for (int l = line + 1; l <= (int)sf->nlines; l++) {
        size_t n;
        const char *t = source_line_text(sm, file, l, &n);
        size_t i = 0;
        while (i < n && is_space(t[i]))
            i++;
        if (i == n || (n - i >= 2 && t[i] == '/' && t[i + 1] == '/'))
            continue;
        return l;
    }
    return 0;
}

static void collect_comments(Collector *c) {
    SourceFile *sf = source_file(c->sm, c->file);
    static const char MARK[] = "grok-verify:";
    if (!memmem(sf->text, sf->len, MARK, sizeof(MARK) - 1))
        return;
    Ranges lits = literal_ranges(c->sm, c->file, c->arena);
    const char *p = sf->text, *end = sf->text + sf->len;
    while ((p = memmem(p, (size_t)(end - p), MARK, sizeof(MARK) - 1)) != NULL) {
        uint32_t at = (uint32_t)(p - sf->text);
        p += sizeof(MARK) - 1;
        int line, col;
        source_line_col(c->sm, c->file, at, &line, &col);
        size_t llen;
        const char *ltext = source_line_text(c->sm, c->file, line, &llen);
        uint32_t lstart = (uint32_t)(ltext - sf->text);
        /* The marker must directly follow `//` (spaces allowed). */
        long k = (long)at - 1;
        while (k >= (long)lstart && is_space(sf->text[k]))
            k--;
        if (k < (long)lstart + 1 || sf->text[k] != '/' || sf->text[k - 1] != '/')
            continue;
        uint32_t slash = (uint32_t)k - 1;
        while (slash > lstart && sf->text[slash - 1] == '/')
            slash--;
        if (in_ranges(&lits, slash))
            continue;
        bool code_before = false;
        for (uint32_t i = lstart; i < slash; i++)
            code_before |= !is_space(sf->text[i]);
        uint32_t line_end = lstart + (uint32_t)llen;
        Span span = {c->file, slash, line_end};
        const char *q = p;
        while (q < sf->text + line_end && is_space(*q))
            q++;
        const char *close = NULL;
        if ((size_t)(sf->text + line_end - q) > 7 && strncmp(q, "ignore[", 7) == 0)
            close = memchr(q + 7, ']', (size_t)(sf->text + line_end - (q + 7)));
        if (!close) {
            diag_add(c->ds, SEV_WARNING, span, NULL, "grok-verify/malformed-suppression",
                     "expected `ignore[rule] reason`",
                     "malformed suppression comment; write `// grok-verify: ignore[rule_id] "
                     "reason`");
            continue;
        }
        const char *reason =
            trimmed(c->arena, close + 1, (size_t)(sf->text + line_end - close - 1));
        int target = code_before ? line : next_code_line(c->sm, c->file, line);
        if (!reason[0])
            diag_add(c->ds, SEV_WARNING, span, NULL, "grok-verify/malformed-suppression",
                     "no reason given", "a suppression needs a reason after `]`");
        const char *list = q + 7;
        bool any = false;
        while (list < close) {
            const char *comma = memchr(list, ',', (size_t)(close - list));
            const char *stop = comma ? comma : close;
            const char *pattern = trimmed(c->arena, list, (size_t)(stop - list));
            if (pattern[0]) {
                add(c, pattern, reason, target, target, span);
                any = true;
            }
            list = stop + 1;
        }
        if (!any)
            diag_add(c->ds, SEV_WARNING, span, NULL, "grok-verify/malformed-suppression",
                     "no rule named", "`ignore[]` names no rule");
    }
}

static void collect_allow(Collector *c, const Item *it) {
    int first, last, col;
    uint32_t start = it->span.start;
    for (int i = 0; i < it->nattrs; i++)
        if (it->attrs[i]->span.start < start)
            start = it->attrs[i]->span.start;
    source_line_col(c->sm, c->file, start, &first, &col);
    source_line_col(c->sm, c->file, it->span.end > 0 ? it->span.end - 1 : 0, &last, &col);
    SourceFile *sf = source_file(c->sm, c->file);
    for (int i = 0; i < it->nattrs; i++) {
        const Attr *a = it->attrs[i];
        if (!a->name || strcmp(a->name, "allow") != 0)
            continue;
        if (a->nargs == 0)
            diag_add(c->ds, SEV_WARNING, a->span, NULL, "grok-verify/malformed-suppression",
                     "no rule named", "`#[allow]` needs a rule id: `#[allow(rule_id)]`");
        for (int j = 0; j < a->nargs; j++) {
            Span sp = a->args[j]->span;
            if (sp.end <= sp.start || sp.end > sf->len)
                continue;
            /* `borrow/use-after-move` parses as an expression; its text,
             * without spaces or quotes, is the rule id. */
            char *id = arena_alloc(c->arena, sp.end - sp.start + 1);
            size_t n = 0;
            for (uint32_t k = sp.start; k < sp.end; k++)
                if (!is_space(sf->text[k]) && sf->text[k] != '\n' && sf->text[k] != '"')
                    id[n++] = sf->text[k];
            id[n] = 0;
            add(c, id, "", first, last, a->span);
        }
    }
}

static void walk_items(Collector *c, Item **items, int n) {
    for (int i = 0; i < n; i++) {
        const Item *it = items[i];
        if (!it)
            continue;
        collect_allow(c, it);
        switch (it->kind) {
        case IT_IMPL:
            walk_items(c, it->impl.items, it->impl.nitems);
            break;
        case IT_TRAIT:
            walk_items(c, it->trait.items, it->trait.nitems);
            break;
        case IT_MOD:
            walk_items(c, it->mod.items, it->mod.nitems);
            break;
        case IT_ACTOR:
            walk_items(c, it->actor.methods, it->actor.nmethods);
            break;
        case IT_EXTERN:
            walk_items(c, it->extern_.items, it->extern_.nitems);
            break;
        default:
            break;
        }
    }
}

/* A suppression for rules this run does not report is not "unused". */
static bool pattern_enabled(const CheckSettings *s, const char *pattern) {
    int n;
    const RuleInfo *all = rule_all(&n);
    for (int i = 0; i < n; i++)
        if (rule_matches(pattern, all[i].id) && check_rule_enabled(s, all[i].id))
            return true;
    return false;
}

void suppress_apply(const CheckSettings *s, SourceMap *sm, uint32_t file, const Module *mod,
                    FindingList *fl) {
    Arena *a = arena_new();
    DiagSink ds;
    diag_sink_init(&ds, sm, a);
    Collector c = {s, sm, file, a, &ds, NULL, 0, 0};
    collect_comments(&c);
    if (mod)
        walk_items(&c, mod->items, mod->nitems);
    for (int i = 0; i < fl->len; i++) {
        Finding *f = &fl->items[i];
        if (strcmp(f->rule, "grok-verify/io-error") == 0)
            continue;
        for (int j = 0; j < c.len; j++) {
            Suppression *sp = &c.items[j];
            if (f->primary.line < sp->first_line || f->primary.line > sp->last_line ||
                !rule_matches(sp->pattern, f->rule))
                continue;
            sp->used = true;
            if (!f->suppressed) {
                f->suppressed = true;
                f->suppression = arena_strdup(fl->arena, sp->reason);
            }
        }
    }
    for (int j = 0; j < c.len; j++) {
        Suppression *sp = &c.items[j];
        if (sp->used || !pattern_enabled(s, sp->pattern))
            continue;
        Diag *d = diag_add(&ds, SEV_WARNING, sp->span, NULL, "grok-verify/unused-suppression",
                           "suppresses nothing", "unused suppression of `%s`", sp->pattern);
        diag_help(&ds, d, "remove it, or move it to the line the finding is reported on");
    }
    int first = fl->len;
    finding_add_diags(fl, &ds, "");
    int kept = first;
    for (int i = first; i < fl->len; i++) {
        Finding *f = &fl->items[i];
        if (!check_rule_enabled(s, f->rule))
            continue;
        f->severity = (FindingSeverity)config_rule_severity(s->cfg, f->rule, (int)f->severity);
        fl->items[kept++] = *f;
    }
    fl->len = kept;
    diag_sink_free(&ds);
    arena_free(a);
}
