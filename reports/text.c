/* The text report: rustc-style diagnostics with source snippets and carets
 * (the layout of compiler/diag.c, driven by Findings instead of Spans),
 * then the verification verdicts and a summary line. */
#include "report_common.h"

#include <stdlib.h>
#include <string.h>

typedef struct Style {
    const char *sev, *bold, *gutter, *primary, *secondary, *reset;
} Style;

static Style style_for(FindingSeverity s, bool color) {
    if (!color)
        return (Style){"", "", "", "", "", ""};
    const char *c = s == FINDING_ERROR     ? "\x1b[1;31m"
                    : s == FINDING_WARNING ? "\x1b[1;33m"
                                           : "\x1b[1;32m";
    return (Style){c, "\x1b[1m", "\x1b[1;34m", c, "\x1b[1;34m", "\x1b[0m"};
}

static int digits(int n) {
    int d = 1;
    while (n >= 10) {
        n /= 10;
        d++;
    }
    return d;
}

/* Input text never reaches the terminal raw: control bytes (an escape
 * sequence in a string literal) become spaces; newlines are kept only
 * where the caller indents continuation lines. */
static void put_clean(StrBuf *sb, const char *s, const char *newline_indent) {
    for (const char *p = report_str(s); *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c == '\n' && newline_indent) {
            sb_putc(sb, '\n');
            sb_puts(sb, newline_indent);
        } else if (c < 0x20 || c == 0x7f) {
            sb_putc(sb, ' ');
        } else {
            sb_putc(sb, (char)c);
        }
    }
}

static int display_col(const char *line, size_t len, size_t off) {
    int col = 0;
    for (size_t i = 0; i < off && i < len; i++) {
        unsigned char c = (unsigned char)line[i];
        if (c == '\t')
            col += 4;
        else if ((c & 0xC0) != 0x80)
            col++;
    }
    return col;
}

static void put_source_line(StrBuf *sb, const char *line, size_t len) {
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)line[i];
        if (c == '\t')
            sb_puts(sb, "    ");
        else if (c < 0x20 || c == 0x7f)
            sb_putc(sb, ' ');
        else
            sb_putc(sb, (char)c);
    }
}

typedef struct Mark {
    const FindingLoc *loc;
    bool primary;
    int order; /* input order, for a stable sort */
} Mark;

static int cmp_mark(const void *pa, const void *pb) {
    const Mark *a = pa, *b = pb;
    if (a->loc->line != b->loc->line)
        return a->loc->line < b->loc->line ? -1 : 1;
    if (a->primary != b->primary)
        return a->primary ? -1 : 1;
    if (a->loc->col != b->loc->col)
        return a->loc->col < b->loc->col ? -1 : 1;
    return a->order - b->order;
}

static bool same_file(const FindingLoc *a, const FindingLoc *b) {
    return strcmp(report_str(a->file), report_str(b->file)) == 0;
}

/* The snippet of MARKS (all in one file whose text is known). */
static void render_snippet(const ReportCtx *cx, StrBuf *sb, Mark *marks, int n, int width,
                           const Style *st) {
    qsort(marks, (size_t)n, sizeof(Mark), cmp_mark);
    sb_printf(sb, "%s%*s |%s\n", st->gutter, width, "", st->reset);
    int prev_line = 0;
    for (int i = 0; i < n; i++) {
        const FindingLoc *l = marks[i].loc;
        size_t len;
        const char *text = report_line(cx, l->file, l->line, &len);
        if (!text)
            continue;
        if (l->line != prev_line) {
            if (prev_line && l->line > prev_line + 1)
                sb_printf(sb, "%s...%s\n", st->gutter, st->reset);
            sb_printf(sb, "%s%*d |%s ", st->gutter, width, l->line, st->reset);
            put_source_line(sb, text, len);
            sb_putc(sb, '\n');
            prev_line = l->line;
        }
        size_t s = report_col_offset(text, len, l->col);
        size_t e = l->end_line > l->line ? len : report_col_offset(text, len, l->end_col);
        int cs = display_col(text, len, s), ce = display_col(text, len, e);
        if (ce <= cs)
            ce = cs + 1;
        sb_printf(sb, "%s%*s |%s %*s%s", st->gutter, width, "", st->reset, cs, "",
                  marks[i].primary ? st->primary : st->secondary);
        for (int c = cs; c < ce; c++)
            sb_putc(sb, marks[i].primary ? '^' : '-');
        if (l->label && l->label[0]) {
            sb_putc(sb, ' ');
            put_clean(sb, l->label, NULL);
        }
        sb_printf(sb, "%s\n", st->reset);
    }
}

static bool has_text(const ReportCtx *cx, const FindingLoc *l) {
    size_t len;
    return report_line(cx, l->file, l->line, &len) != NULL;
}

static void render_location(StrBuf *sb, const FindingLoc *l, int width, const char *arrow,
                            const Style *st) {
    sb_printf(sb, "%*s%s%s%s ", width, "", st->gutter, arrow, st->reset);
    put_clean(sb, l->file, NULL);
    sb_printf(sb, ":%d:%d\n", l->line, l->col);
}

static void render_finding(const ReportCtx *cx, StrBuf *sb, const Finding *f, bool color) {
    Style st = style_for(f->severity, color);
    sb_printf(sb, "%s%s[", st.sev, finding_severity_name(f->severity));
    put_clean(sb, f->code ? f->code : f->rule, NULL);
    sb_printf(sb, "]%s%s: ", st.reset, st.bold);
    put_clean(sb, f->message, NULL);
    sb_printf(sb, "%s\n", st.reset);

    int maxline = f->primary.line;
    for (int i = 0; i < f->nrelated; i++)
        if (f->related[i].line > maxline)
            maxline = f->related[i].line;
    int width = digits(maxline > 0 ? maxline : 1);
    char indent[32];
    snprintf(indent, sizeof indent, "%*s   ", width, "");

    render_location(sb, &f->primary, width, "-->", &st);
    Mark *marks = xmalloc(sizeof(Mark) * (size_t)(f->nrelated + 1));
    int n = 0;
    bool snippet = has_text(cx, &f->primary);
    if (snippet) {
        marks[n++] = (Mark){&f->primary, true, -1};
        for (int i = 0; i < f->nrelated; i++)
            if (same_file(&f->related[i], &f->primary) && has_text(cx, &f->related[i]))
                marks[n++] = (Mark){&f->related[i], false, i};
        render_snippet(cx, sb, marks, n, width, &st);
    }
    /* Related spans elsewhere get their own snippet, or a note without text. */
    bool opened = false;
    for (int i = 0; i < f->nrelated; i++) {
        const FindingLoc *r = &f->related[i];
        if (snippet && same_file(r, &f->primary) && has_text(cx, r))
            continue;
        if (has_text(cx, r)) {
            render_location(sb, r, width, ":::", &st);
            Mark m = {r, false, i};
            render_snippet(cx, sb, &m, 1, width, &st);
            opened = false;
            continue;
        }
        if (!opened)
            sb_printf(sb, "%s%*s |%s\n", st.gutter, width, "", st.reset);
        opened = true;
        sb_printf(sb, "%s%*s =%s %snote%s: ", st.gutter, width, "", st.reset, st.bold, st.reset);
        put_clean(sb, r->label && r->label[0] ? r->label : "related", NULL);
        sb_puts(sb, " at ");
        put_clean(sb, r->file, NULL);
        sb_printf(sb, ":%d:%d\n", r->line, r->col);
    }
    free(marks);
    if (!opened)
        sb_printf(sb, "%s%*s |%s\n", st.gutter, width, "", st.reset);
    for (int i = 0; i < f->nnotes; i++) {
        sb_printf(sb, "%s%*s =%s ", st.gutter, width, "", st.reset);
        put_clean(sb, f->notes[i], indent);
        sb_putc(sb, '\n');
    }
    if (f->nwitness > 0) {
        sb_printf(sb, "%s%*s =%s %switness%s:\n", st.gutter, width, "", st.reset, st.bold,
                  st.reset);
        for (int i = 0; i < f->nwitness; i++) {
            const WitnessStep *w = &f->witness[i];
            sb_printf(sb, "%s%d. ", indent, i + 1);
            put_clean(sb, w->loc.file, NULL);
            sb_printf(sb, ":%d:%d: ", w->loc.line, w->loc.col);
            put_clean(sb, w->message, NULL);
            sb_putc(sb, '\n');
        }
    }
    sb_printf(sb, "%s%*s =%s %srule%s: ", st.gutter, width, "", st.reset, st.bold, st.reset);
    put_clean(sb, f->rule, NULL);
    if (f->function && f->function[0]) {
        sb_puts(sb, " in fn `");
        put_clean(sb, f->function, NULL);
        sb_putc(sb, '`');
    }
    sb_printf(sb, " [%s]\n\n", f->fingerprint[0] ? f->fingerprint : "no fingerprint");
}

static void plural(StrBuf *sb, int n, const char *one, const char *many) {
    sb_printf(sb, "%d %s", n, n == 1 ? one : many);
}

static void render_verifications(const ReportCtx *cx, StrBuf *sb, bool color) {
    const ReportInput *in = cx->in;
    if (in->nverifications == 0)
        return;
    const char *bold = color ? "\x1b[1m" : "", *reset = color ? "\x1b[0m" : "";
    sb_printf(sb, "%sverification%s: %d proved, %d refuted, %d unknown\n", bold, reset,
              cx->counts.by_verdict[VERDICT_PROVED], cx->counts.by_verdict[VERDICT_REFUTED],
              cx->counts.by_verdict[VERDICT_UNKNOWN]);
    for (int i = 0; i < in->nverifications; i++) {
        const VerificationRecord *v = &in->verifications[i];
        const char *vc = !color                          ? ""
                         : v->verdict == VERDICT_PROVED  ? "\x1b[1;32m"
                         : v->verdict == VERDICT_REFUTED ? "\x1b[1;31m"
                                                         : "\x1b[1;33m";
        sb_printf(sb, "  %s%-7s%s ", vc, verdict_name(v->verdict), reset);
        put_clean(sb, v->kind, NULL);
        sb_putc(sb, ' ');
        put_clean(sb, v->subject, NULL);
        if (v->file && v->file[0]) {
            sb_puts(sb, " (");
            put_clean(sb, v->file, NULL);
            sb_putc(sb, ')');
        }
        sb_printf(sb, " %.1f ms\n", v->solver_ms);
        if (v->reason && v->reason[0]) {
            sb_puts(sb, "          reason: ");
            put_clean(sb, v->reason, "                  ");
            sb_putc(sb, '\n');
        }
        if (v->counterexample && v->counterexample[0]) {
            sb_puts(sb, "          counterexample: ");
            put_clean(sb, v->counterexample, "                          ");
            sb_putc(sb, '\n');
        }
    }
    sb_putc(sb, '\n');
}

void report_text_write(const ReportCtx *cx, StrBuf *sb) {
    const ReportInput *in = cx->in;
    for (int i = 0; i < cx->nfindings; i++)
        if (!cx->findings[i]->suppressed)
            render_finding(cx, sb, cx->findings[i], in->color);
    render_verifications(cx, sb, in->color);

    const int *c = cx->counts.by_severity;
    const char *bold = in->color ? "\x1b[1m" : "", *reset = in->color ? "\x1b[0m" : "";
    sb_printf(sb, "%ssummary%s: ", bold, reset);
    plural(sb, c[FINDING_ERROR], "error", "errors");
    sb_puts(sb, ", ");
    plural(sb, c[FINDING_WARNING], "warning", "warnings");
    sb_puts(sb, ", ");
    plural(sb, c[FINDING_NOTE], "note", "notes");
    if (cx->counts.suppressed)
        sb_printf(sb, " (%d suppressed)", cx->counts.suppressed);
    sb_puts(sb, " in ");
    plural(sb, cx->npaths, "file", "files");
    sb_printf(sb, "; run %lld", in->run_id);
    if (!in->complete)
        sb_puts(sb, " (incomplete: the run was interrupted)");
    sb_putc(sb, '\n');
}
