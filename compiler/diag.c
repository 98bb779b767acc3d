#include "diag.h"
#include "strbuf.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

int diag_default_max_errors = 0;

void diag_sink_init(DiagSink *ds, SourceMap *sm, Arena *arena) {
    memset(ds, 0, sizeof(*ds));
    ds->sm = sm;
    ds->arena = arena;
    ds->max_errors = diag_default_max_errors;
}

void diag_sink_free(DiagSink *ds) {
    free(ds->items);
    ds->items = NULL;
    ds->len = ds->cap = 0;
}

static char *vformat(Arena *a, const char *fmt, va_list ap) {
    StrBuf sb;
    sb_init(&sb);
    sb_vprintf(&sb, fmt, ap);
    char *s = arena_strndup(a, sb.data ? sb.data : "", sb.len);
    sb_free(&sb);
    return s;
}

static void push_label(DiagSink *ds, Diag *d, Span span, const char *text, bool primary) {
    if (d->nlabels == d->labels_cap) {
        int cap = d->labels_cap ? d->labels_cap * 2 : 4;
        DiagLabel *l = arena_alloc(ds->arena, sizeof(DiagLabel) * (size_t)cap);
        if (d->nlabels)
            memcpy(l, d->labels, sizeof(DiagLabel) * (size_t)d->nlabels);
        d->labels = l;
        d->labels_cap = cap;
    }
    d->labels[d->nlabels++] = (DiagLabel){span, text, primary};
}

static void push_note(DiagSink *ds, Diag *d, Severity kind, bool has_span, Span span,
                      const char *text) {
    if (d->nnotes == d->notes_cap) {
        int cap = d->notes_cap ? d->notes_cap * 2 : 4;
        DiagNote *n = arena_alloc(ds->arena, sizeof(DiagNote) * (size_t)cap);
        if (d->nnotes)
            memcpy(n, d->notes, sizeof(DiagNote) * (size_t)d->nnotes);
        d->notes = n;
        d->notes_cap = cap;
    }
    d->notes[d->nnotes++] = (DiagNote){kind, has_span, span, text};
}

/* Diagnostics past max_errors are built (callers keep a valid pointer) but
 * not recorded. */
Diag *diag_add(DiagSink *ds, Severity sev, Span span, const char *code, const char *rule,
               const char *label, const char *fmt, ...) {
    if (sev == SEV_ERROR && ds->max_errors && ds->nerrors >= ds->max_errors) {
        ds->nerrors++;
        ds->dropped++;
        if (!ds->overflow)
            ds->overflow = arena_alloc(ds->arena, sizeof(Diag));
        *ds->overflow =
            (Diag){.severity = sev, .code = code, .rule = rule, .message = "", .span = span};
        return ds->overflow;
    }
    Diag *d = arena_alloc(ds->arena, sizeof(Diag));
    d->severity = sev;
    d->code = code;
    d->rule = rule;
    d->span = span;
    va_list ap;
    va_start(ap, fmt);
    d->message = vformat(ds->arena, fmt, ap);
    va_end(ap);
    push_label(ds, d, span, label ? arena_strdup(ds->arena, label) : NULL, true);
    if (sev == SEV_ERROR) {
        ds->nerrors++;
    } else if (sev == SEV_WARNING) {
        ds->nwarnings++;
    }
    if (ds->len == ds->cap) {
        ds->cap = ds->cap ? ds->cap * 2 : 16;
        ds->items = xrealloc(ds->items, sizeof(Diag *) * (size_t)ds->cap);
    }
    ds->items[ds->len++] = d;
    return d;
}

void diag_label(DiagSink *ds, Diag *d, Span span, const char *fmt, ...) {
    if (!d || d == ds->overflow)
        return;
    va_list ap;
    va_start(ap, fmt);
    push_label(ds, d, span, vformat(ds->arena, fmt, ap), false);
    va_end(ap);
}

void diag_note(DiagSink *ds, Diag *d, const char *fmt, ...) {
    if (!d || d == ds->overflow)
        return;
    va_list ap;
    va_start(ap, fmt);
    push_note(ds, d, SEV_NOTE, false, (Span){0, 0, 0}, vformat(ds->arena, fmt, ap));
    va_end(ap);
}

void diag_help(DiagSink *ds, Diag *d, const char *fmt, ...) {
    if (!d || d == ds->overflow)
        return;
    va_list ap;
    va_start(ap, fmt);
    push_note(ds, d, SEV_HELP, false, (Span){0, 0, 0}, vformat(ds->arena, fmt, ap));
    va_end(ap);
}

void diag_note_at(DiagSink *ds, Diag *d, Span span, const char *fmt, ...) {
    if (!d || d == ds->overflow)
        return;
    va_list ap;
    va_start(ap, fmt);
    push_note(ds, d, SEV_NOTE, true, span, vformat(ds->arena, fmt, ap));
    va_end(ap);
}

static const char *sev_name(Severity s) {
    switch (s) {
    case SEV_ERROR:
        return "error";
    case SEV_WARNING:
        return "warning";
    case SEV_NOTE:
        return "note";
    case SEV_HELP:
        return "help";
    }
    return "error";
}

typedef struct Style {
    const char *sev, *bold, *gutter, *primary, *secondary, *reset;
} Style;

static Style style_for(Severity s, bool color) {
    if (!color)
        return (Style){"", "", "", "", "", ""};
    const char *c = s == SEV_ERROR     ? "\x1b[1;31m"
                    : s == SEV_WARNING ? "\x1b[1;33m"
                    : s == SEV_NOTE    ? "\x1b[1;32m"
                                       : "\x1b[1;36m";
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

/* One character of an echoed source line: its byte length and display
 * width. Invalid UTF-8 is one byte shown as U+FFFD; tabs are 4 wide. */
static int line_char(const char *line, size_t len, size_t i, int *width) {
    unsigned char c = (unsigned char)line[i];
    *width = c == '\t' ? 4 : 1;
    if (c < 0x80)
        return 1;
    uint32_t cp;
    int n = utf8_decode(line + i, len - i, &cp);
    return n > 0 ? n : 1;
}

/* Display column (0-based) of byte offset OFF within a line. */
static int display_col(const char *line, size_t len, size_t off) {
    int col = 0, w;
    for (size_t i = 0; i < off && i < len;) {
        i += (size_t)line_char(line, len, i, &w);
        col += w;
    }
    return col;
}

/* Echoes the display columns [from, to) of a source line as valid UTF-8
 * without control characters, so a terminal shows exactly the text. */
static void put_source_line(StrBuf *sb, const char *line, size_t len, int from, int to) {
    int col = 0, w;
    for (size_t i = 0; i < len && col < to;) {
        int n = line_char(line, len, i, &w);
        unsigned char c = (unsigned char)line[i];
        if (col >= from) {
            if (c == '\t')
                sb_puts(sb, "    ");
            else if (c < 0x20 || c == 0x7f)
                sb_putc(sb, ' ');
            else if (c < 0x80)
                sb_putc(sb, (char)c);
            else if (n > 1)
                sb_putn(sb, line + i, (size_t)n);
            else
                sb_puts(sb, "\xEF\xBF\xBD");
        }
        i += (size_t)n;
        col += w;
    }
}

/* Lines wider than this are shown as a window around their labels. */
#define SNIPPET_MAX_WIDTH 120
#define SNIPPET_CONTEXT 40

typedef struct LabelPos {
    const DiagLabel *label;
    int line, col_start, col_end; /* display columns, end exclusive */
} LabelPos;

static LabelPos label_pos(const SourceMap *sm, const DiagLabel *l) {
    LabelPos p = {l, 0, 0, 0};
    int line, col;
    source_line_col(sm, l->span.file, l->span.start, &line, &col);
    p.line = line;
    size_t len;
    const char *text = source_line_text(sm, l->span.file, line, &len);
    SourceFile *f = source_file(sm, l->span.file);
    size_t line_off = f ? (size_t)(text - f->text) : 0;
    size_t s = l->span.start - line_off;
    size_t e = l->span.end > l->span.start ? l->span.end - line_off : s;
    if (e > len)
        e = len; /* multi-line span: underline to the end of its first line */
    p.col_start = display_col(text, len, s);
    p.col_end = display_col(text, len, e);
    if (p.col_end <= p.col_start)
        p.col_end = p.col_start + 1;
    return p;
}

static int cmp_label_pos(const void *a, const void *b) {
    const LabelPos *x = a, *y = b;
    if (x->line != y->line)
        return x->line - y->line;
    if (x->label->primary != y->label->primary)
        return x->label->primary ? -1 : 1;
    return x->col_start - y->col_start;
}

static void render_snippet(StrBuf *sb, const SourceMap *sm, const DiagLabel *labels, int n,
                           int width, const Style *st) {
    LabelPos *pos = xmalloc(sizeof(LabelPos) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++)
        pos[i] = label_pos(sm, &labels[i]);
    qsort(pos, (size_t)n, sizeof(LabelPos), cmp_label_pos);
    sb_printf(sb, "%s%*s |%s\n", st->gutter, width, "", st->reset);
    int prev_line = 0;
    int from = 0, to = 0, shift = 0; /* the window of the current line */
    for (int i = 0; i < n; i++) {
        LabelPos *p = &pos[i];
        if (p->line != prev_line) {
            if (prev_line && p->line > prev_line + 1)
                sb_printf(sb, "%s...%s\n", st->gutter, st->reset);
            size_t len;
            const char *text = source_line_text(sm, p->label->span.file, p->line, &len);
            int line_width = display_col(text, len, len);
            int lo = p->col_start, hi = p->col_end;
            for (int j = i + 1; j < n && pos[j].line == p->line; j++) {
                lo = pos[j].col_start < lo ? pos[j].col_start : lo;
                hi = pos[j].col_end > hi ? pos[j].col_end : hi;
            }
            from = 0;
            to = line_width;
            if (line_width > SNIPPET_MAX_WIDTH) {
                from = lo > SNIPPET_CONTEXT ? lo - SNIPPET_CONTEXT : 0;
                to = hi + SNIPPET_CONTEXT;
                if (to > from + SNIPPET_MAX_WIDTH)
                    to = from + SNIPPET_MAX_WIDTH;
                if (to > line_width)
                    to = line_width;
            }
            shift = from > 0 ? 3 - from : 0;
            sb_printf(sb, "%s%*d |%s %s", st->gutter, width, p->line, st->reset,
                      from > 0 ? "..." : "");
            put_source_line(sb, text, len, from, to);
            sb_puts(sb, to < line_width ? "...\n" : "\n");
            prev_line = p->line;
        }
        const char *mark_style = p->label->primary ? st->primary : st->secondary;
        char mark = p->label->primary ? '^' : '-';
        int cs = p->col_start < from ? from : p->col_start;
        int ce = p->col_end > to ? to : p->col_end;
        if (ce <= cs)
            ce = cs + 1;
        sb_printf(sb, "%s%*s |%s ", st->gutter, width, "", st->reset);
        sb_printf(sb, "%*s%s", cs + shift, "", mark_style);
        for (int c = cs; c < ce; c++)
            sb_putc(sb, mark);
        if (p->label->text && p->label->text[0])
            sb_printf(sb, " %s", p->label->text);
        sb_printf(sb, "%s\n", st->reset);
    }
    free(pos);
}

static void render_location(StrBuf *sb, const SourceMap *sm, Span span, int width,
                            const char *arrow, const Style *st) {
    int line, col;
    source_line_col(sm, span.file, span.start, &line, &col);
    SourceFile *f = source_file(sm, span.file);
    sb_printf(sb, "%*s%s%s%s %s:%d:%d\n", width, "", st->gutter, arrow, st->reset,
              f ? f->path : "<unknown>", line, col);
}

static void render_text(StrBuf *sb, const SourceMap *sm, const Diag *d, bool color) {
    Style st = style_for(d->severity, color);
    sb_printf(sb, "%s%s", st.sev, sev_name(d->severity));
    if (d->code)
        sb_printf(sb, "[%s]", d->code);
    sb_printf(sb, "%s%s: %s%s\n", st.reset, st.bold, d->message, st.reset);

    /* Labels in the primary span's file share one snippet; others get their own. */
    int maxline = 1;
    for (int i = 0; i < d->nlabels; i++) {
        int line, col;
        source_line_col(sm, d->labels[i].span.file, d->labels[i].span.start, &line, &col);
        if (line > maxline)
            maxline = line;
    }
    for (int i = 0; i < d->nnotes; i++) {
        if (d->notes[i].has_span) {
            int line, col;
            source_line_col(sm, d->notes[i].span.file, d->notes[i].span.start, &line, &col);
            if (line > maxline)
                maxline = line;
        }
    }
    int width = digits(maxline);
    bool has_source = source_file(sm, d->span.file) != NULL;
    if (has_source) {
        render_location(sb, sm, d->span, width, "-->", &st);
        DiagLabel *same = xmalloc(sizeof(DiagLabel) * (size_t)d->nlabels);
        int nsame = 0;
        for (int i = 0; i < d->nlabels; i++)
            if (d->labels[i].span.file == d->span.file)
                same[nsame++] = d->labels[i];
        render_snippet(sb, sm, same, nsame, width, &st);
        for (int i = 0; i < d->nlabels; i++) {
            if (d->labels[i].span.file == d->span.file)
                continue;
            render_location(sb, sm, d->labels[i].span, width, ":::", &st);
            render_snippet(sb, sm, &d->labels[i], 1, width, &st);
        }
        free(same);
    }
    bool opened = false;
    for (int i = 0; i < d->nnotes; i++) {
        const DiagNote *n = &d->notes[i];
        Style ns = style_for(n->kind, color);
        if (n->has_span && source_file(sm, n->span.file)) {
            sb_printf(sb, "%s%s%s: %s\n", ns.sev, sev_name(n->kind), ns.reset, n->text);
            render_location(sb, sm, n->span, width, "-->", &st);
            DiagLabel l = {n->span, NULL, false};
            render_snippet(sb, sm, &l, 1, width, &st);
            opened = false;
            continue;
        }
        if (!opened && has_source)
            sb_printf(sb, "%s%*s |%s\n", st.gutter, width, "", st.reset);
        opened = true;
        sb_printf(sb, "%s%*s =%s %s%s%s: %s\n", st.gutter, width, "", st.reset, st.bold,
                  sev_name(n->kind), st.reset, n->text);
    }
    sb_putc(sb, '\n');
}

static void json_span(StrBuf *sb, const SourceMap *sm, Span span) {
    int line, col, eline, ecol;
    source_line_col(sm, span.file, span.start, &line, &col);
    source_line_col(sm, span.file, span.end, &eline, &ecol);
    SourceFile *f = source_file(sm, span.file);
    const char *path = f ? f->path : "";
    sb_puts(sb, "{\"file\":");
    sb_json_str(sb, path, strlen(path));
    sb_printf(sb,
              ",\"byte_start\":%u,\"byte_end\":%u,\"line_start\":%d,\"column_start\":%d,"
              "\"line_end\":%d,\"column_end\":%d",
              span.start, span.end, line, col, eline, ecol);
}

static void render_json(StrBuf *sb, const SourceMap *sm, const Diag *d) {
    sb_puts(sb, "{\"severity\":");
    const char *sev = sev_name(d->severity);
    sb_json_str(sb, sev, strlen(sev));
    sb_puts(sb, ",\"code\":");
    if (d->code)
        sb_json_str(sb, d->code, strlen(d->code));
    else
        sb_puts(sb, "null");
    sb_puts(sb, ",\"rule\":");
    if (d->rule)
        sb_json_str(sb, d->rule, strlen(d->rule));
    else
        sb_puts(sb, "null");
    sb_puts(sb, ",\"message\":");
    sb_json_str(sb, d->message, strlen(d->message));
    sb_puts(sb, ",\"spans\":[");
    for (int i = 0; i < d->nlabels; i++) {
        if (i)
            sb_putc(sb, ',');
        json_span(sb, sm, d->labels[i].span);
        sb_printf(sb, ",\"primary\":%s,\"label\":", d->labels[i].primary ? "true" : "false");
        if (d->labels[i].text)
            sb_json_str(sb, d->labels[i].text, strlen(d->labels[i].text));
        else
            sb_puts(sb, "null");
        sb_putc(sb, '}');
    }
    sb_puts(sb, "],\"children\":[");
    for (int i = 0; i < d->nnotes; i++) {
        const DiagNote *n = &d->notes[i];
        if (i)
            sb_putc(sb, ',');
        sb_puts(sb, "{\"severity\":");
        const char *k = sev_name(n->kind);
        sb_json_str(sb, k, strlen(k));
        sb_puts(sb, ",\"message\":");
        sb_json_str(sb, n->text, strlen(n->text));
        if (n->has_span) {
            sb_puts(sb, ",\"span\":");
            json_span(sb, sm, n->span);
            sb_putc(sb, '}');
        }
        sb_putc(sb, '}');
    }
    sb_puts(sb, "]}\n");
}

void diag_render_one(DiagSink *ds, const Diag *d, FILE *out, DiagFormat fmt, bool color) {
    StrBuf sb;
    sb_init(&sb);
    if (fmt == DIAG_JSON)
        render_json(&sb, ds->sm, d);
    else
        render_text(&sb, ds->sm, d, color);
    fwrite(sb.data, 1, sb.len, out);
    sb_free(&sb);
}

void diag_render(DiagSink *ds, FILE *out, DiagFormat fmt, bool color) {
    for (int i = 0; i < ds->len; i++)
        diag_render_one(ds, ds->items[i], out, fmt, color);
    if (fmt == DIAG_JSON && ds->dropped)
        fprintf(out,
                "{\"severity\":\"note\",\"code\":null,\"rule\":null,\"message\":\"%d more "
                "errors were not shown\",\"spans\":[],\"children\":[]}\n",
                ds->dropped);
    if (fmt != DIAG_TEXT || ds->nerrors == 0)
        return;
    Style st = style_for(SEV_ERROR, color);
    if (ds->dropped)
        fprintf(out, "%snote%s: %d more errors were not shown\n\n", style_for(SEV_NOTE, color).sev,
                st.reset, ds->dropped);
    if (ds->nerrors == 1)
        fprintf(out, "%serror%s%s: aborting due to 1 previous error%s\n\n", st.sev, st.reset,
                st.bold, st.reset);
    else
        fprintf(out, "%serror%s%s: aborting due to %d previous errors%s\n\n", st.sev, st.reset,
                st.bold, ds->nerrors, st.reset);
}

void diag_plain_error(FILE *out, bool color, const char *fmt, ...) {
    Style st = style_for(SEV_ERROR, color);
    fprintf(out, "%serror%s%s: ", st.sev, st.reset, st.bold);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(out, fmt, ap);
    va_end(ap);
    fprintf(out, "%s\n", st.reset);
}
