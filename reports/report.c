#include "report_common.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

const char *verdict_name(Verdict v) {
    switch (v) {
    case VERDICT_PROVED:
        return "PROVED";
    case VERDICT_REFUTED:
        return "REFUTED";
    case VERDICT_UNKNOWN:
        return "UNKNOWN";
    }
    return "UNKNOWN";
}

static const struct {
    const char *name;
    ReportFormat fmt;
} format_names[] = {
    {"text", REPORT_TEXT},   {"json", REPORT_JSON},         {"sarif", REPORT_SARIF},
    {"junit", REPORT_JUNIT}, {"markdown", REPORT_MARKDOWN}, {"md", REPORT_MARKDOWN},
    {"html", REPORT_HTML},
};

int report_format_parse(const char *name) {
    if (!name)
        return -1;
    for (size_t i = 0; i < sizeof format_names / sizeof format_names[0]; i++)
        if (strcmp(name, format_names[i].name) == 0)
            return (int)format_names[i].fmt;
    return -1;
}

int report_is_ai_kind(const char *kind) {
    return kind && strncmp(kind, "ai", 2) == 0;
}

void report_json_number(StrBuf *sb, double v) {
    if (!isfinite(v)) {
        sb_puts(sb, "null");
        return;
    }
    if (v == 0) {
        sb_puts(sb, "0"); /* also folds -0 */
        return;
    }
    char buf[40];
    for (int prec = 15; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*g", prec, v);
        if (strtod(buf, NULL) == v)
            break;
    }
    sb_puts(sb, buf);
}

static int clamp_severity(FindingSeverity s) {
    return s == FINDING_WARNING ? 1 : s == FINDING_NOTE ? 2 : 0;
}

static int cmp_str(const char *a, const char *b) {
    return strcmp(report_str(a), report_str(b));
}

typedef struct OrderKey {
    const Finding *f;
    int index;
} OrderKey;

static int cmp_order(const void *pa, const void *pb) {
    const OrderKey *a = pa, *b = pb;
    int c = cmp_str(a->f->primary.file, b->f->primary.file);
    if (c)
        return c;
    if (a->f->primary.line != b->f->primary.line)
        return a->f->primary.line < b->f->primary.line ? -1 : 1;
    if (a->f->primary.col != b->f->primary.col)
        return a->f->primary.col < b->f->primary.col ? -1 : 1;
    c = cmp_str(a->f->rule, b->f->rule);
    if (c)
        return c;
    return a->index - b->index;
}

static int cmp_rule(const void *pa, const void *pb) {
    return cmp_str(((const ReportRule *)pa)->id, ((const ReportRule *)pb)->id);
}

static int cmp_path(const void *pa, const void *pb) {
    return cmp_str(((const ReportPath *)pa)->path, ((const ReportPath *)pb)->path);
}

static int cmp_path_key(const void *key, const void *elem) {
    return cmp_str(key, ((const ReportPath *)elem)->path);
}

static int cmp_rule_key(const void *key, const void *elem) {
    return cmp_str(key, ((const ReportRule *)elem)->id);
}

const ReportRule *report_rule(const ReportCtx *cx, const char *id) {
    if (!cx->nrules)
        return NULL;
    return bsearch(report_str(id), cx->rules, (size_t)cx->nrules, sizeof(ReportRule), cmp_rule_key);
}

int report_rule_index(const ReportCtx *cx, const char *id) {
    const ReportRule *r = report_rule(cx, id);
    return r ? (int)(r - cx->rules) : -1;
}

const ReportPath *report_path(const ReportCtx *cx, const char *path) {
    if (!cx->npaths)
        return NULL;
    return bsearch(report_str(path), cx->paths, (size_t)cx->npaths, sizeof(ReportPath),
                   cmp_path_key);
}

/* Line starts of a file's text; a final line without newline counts. */
static size_t *index_lines(const char *text, size_t len, int *nlines) {
    int n = 1;
    for (size_t i = 0; i < len; i++)
        if (text[i] == '\n' && i + 1 < len)
            n++;
    size_t *starts = xmalloc(sizeof(size_t) * (size_t)n);
    int k = 0;
    starts[k++] = 0;
    for (size_t i = 0; i < len; i++)
        if (text[i] == '\n' && i + 1 < len)
            starts[k++] = i + 1;
    *nlines = n;
    return starts;
}

const char *report_line(const ReportCtx *cx, const char *path, int line, size_t *len) {
    const ReportPath *p = report_path(cx, path);
    if (!p || !p->line_starts || line < 1 || line > p->nlines)
        return NULL;
    const char *text = p->file->text;
    size_t start = p->line_starts[line - 1];
    size_t end = line < p->nlines ? p->line_starts[line] : p->file->len;
    if (end > start && text[end - 1] == '\n')
        end--;
    if (end > start && text[end - 1] == '\r')
        end--;
    *len = end - start;
    return text + start;
}

size_t report_col_offset(const char *line, size_t len, int col) {
    size_t i = 0;
    for (int c = 1; c < col && i < len; c++) {
        i++;
        while (i < len && ((unsigned char)line[i] & 0xC0) == 0x80)
            i++;
    }
    return i;
}

static ReportPath *add_path(ReportPath **paths, int *n, int *cap, const char *path) {
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 16;
        *paths = xrealloc(*paths, sizeof(ReportPath) * (size_t)*cap);
    }
    ReportPath *p = &(*paths)[(*n)++];
    memset(p, 0, sizeof *p);
    p->path = report_str(path);
    return p;
}

static void collect_paths(ReportCtx *cx) {
    const ReportInput *in = cx->in;
    int cap = 0;
    for (int i = 0; i < in->nfiles; i++) {
        ReportPath *p = add_path(&cx->paths, &cx->npaths, &cap, in->files[i].path);
        p->file = &in->files[i];
    }
    for (int i = 0; i < in->nfindings; i++)
        add_path(&cx->paths, &cx->npaths, &cap, in->findings[i].primary.file);
    if (cx->npaths)
        qsort(cx->paths, (size_t)cx->npaths, sizeof(ReportPath), cmp_path);
    /* Merge duplicates, keeping the entry that has a ReportFile. */
    int w = 0;
    for (int r = 0; r < cx->npaths; r++) {
        if (w > 0 && strcmp(cx->paths[w - 1].path, cx->paths[r].path) == 0) {
            if (!cx->paths[w - 1].file)
                cx->paths[w - 1].file = cx->paths[r].file;
            continue;
        }
        cx->paths[w++] = cx->paths[r];
    }
    cx->npaths = w;
    for (int i = 0; i < cx->npaths; i++) {
        ReportPath *p = &cx->paths[i];
        if (p->file && p->file->text)
            p->line_starts = index_lines(p->file->text, p->file->len, &p->nlines);
    }
}

static void collect_rules(ReportCtx *cx) {
    const ReportInput *in = cx->in;
    int cap = 0;
    for (int i = 0; i < in->nfindings; i++) {
        if (cx->nrules == cap) {
            cap = cap ? cap * 2 : 16;
            cx->rules = xrealloc(cx->rules, sizeof(ReportRule) * (size_t)cap);
        }
        const Finding *f = &in->findings[i];
        ReportRule *r = &cx->rules[cx->nrules++];
        memset(r, 0, sizeof *r);
        r->id = report_str(f->rule);
        r->code = f->code;
        r->level = f->severity;
    }
    if (cx->nrules)
        qsort(cx->rules, (size_t)cx->nrules, sizeof(ReportRule), cmp_rule);
    int w = 0;
    for (int r = 0; r < cx->nrules; r++) {
        if (w > 0 && strcmp(cx->rules[w - 1].id, cx->rules[r].id) == 0) {
            if (!cx->rules[w - 1].code)
                cx->rules[w - 1].code = cx->rules[r].code;
            continue;
        }
        cx->rules[w++] = cx->rules[r];
    }
    cx->nrules = w;
    for (int i = 0; i < cx->nrules; i++) {
        ReportRule *r = &cx->rules[i];
        r->info = rule_lookup(r->id);
        if (r->info) {
            r->level = r->info->default_severity;
            if (r->info->code)
                r->code = r->info->code;
        }
    }
}

void report_ctx_init(ReportCtx *cx, const ReportInput *in) {
    memset(cx, 0, sizeof *cx);
    cx->in = in;
    int n = in->nfindings > 0 && in->findings ? in->nfindings : 0;
    OrderKey *keys = xmalloc(sizeof(OrderKey) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++)
        keys[i] = (OrderKey){&in->findings[i], i};
    if (n)
        qsort(keys, (size_t)n, sizeof(OrderKey), cmp_order);
    cx->findings = xmalloc(sizeof(Finding *) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++)
        cx->findings[i] = keys[i].f;
    cx->nfindings = n;
    free(keys);

    collect_paths(cx);
    collect_rules(cx);
    for (int i = 0; i < n; i++) {
        const Finding *f = cx->findings[i];
        ReportRule *r = (ReportRule *)report_rule(cx, f->rule);
        ReportPath *p = (ReportPath *)report_path(cx, f->primary.file);
        if (f->suppressed) {
            cx->counts.suppressed++;
            r->suppressed++;
            p->suppressed++;
        } else {
            int s = clamp_severity(f->severity);
            cx->counts.by_severity[s]++;
            r->by_severity[s]++;
            p->by_severity[s]++;
        }
    }
    for (int i = 0; i < in->nverifications; i++) {
        Verdict v = in->verifications[i].verdict;
        if ((unsigned)v <= VERDICT_UNKNOWN)
            cx->counts.by_verdict[v]++;
    }
}

void report_ctx_free(ReportCtx *cx) {
    for (int i = 0; i < cx->npaths; i++)
        free((void *)cx->paths[i].line_starts);
    free(cx->paths);
    free(cx->rules);
    free(cx->findings);
    memset(cx, 0, sizeof *cx);
}

int report_write(ReportFormat fmt, const ReportInput *in, FILE *out, char *err, size_t errlen) {
    if (!in || !out) {
        snprintf(err, errlen, "report: no input or no output stream");
        return -1;
    }
    if ((in->nfindings > 0 && !in->findings) || (in->nfiles > 0 && !in->files) ||
        (in->nverifications > 0 && !in->verifications) ||
        (in->nbenchmarks > 0 && !in->benchmarks) || in->nfindings < 0 || in->nfiles < 0 ||
        in->nverifications < 0 || in->nbenchmarks < 0) {
        snprintf(err, errlen, "report: inconsistent input (a count without its array)");
        return -1;
    }
    ReportCtx cx;
    report_ctx_init(&cx, in);
    StrBuf sb;
    sb_init(&sb);
    switch (fmt) {
    case REPORT_TEXT:
        report_text_write(&cx, &sb);
        break;
    case REPORT_JSON:
        report_json_write(&cx, &sb);
        break;
    case REPORT_SARIF:
        report_sarif_write(&cx, &sb);
        break;
    case REPORT_JUNIT:
        report_junit_write(&cx, &sb);
        break;
    case REPORT_MARKDOWN:
        report_markdown_write(&cx, &sb);
        break;
    case REPORT_HTML:
        report_html_write(&cx, &sb);
        break;
    default:
        report_ctx_free(&cx);
        snprintf(err, errlen, "report: unknown format %d", (int)fmt);
        return -1;
    }
    report_ctx_free(&cx);
    int status = 0;
    errno = 0;
    if (sb.len && fwrite(sb.data, 1, sb.len, out) != sb.len)
        status = -1;
    if (fflush(out) != 0 || ferror(out))
        status = -1;
    if (status)
        snprintf(err, errlen, "report: cannot write output: %s",
                 errno ? strerror(errno) : "I/O error");
    sb_free(&sb);
    return status;
}
