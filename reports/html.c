/* The HTML audit report: one self-contained file (inline CSS and SVG, no
 * script, no external resource; a Content-Security-Policy forbids both, so
 * even a missed escape could not run code). Sections: run summary, findings
 * grouped by rule then file with source context, verification verdicts
 * with counterexamples, AI rewrite decisions, benchmark trends.
 *
 * Every string from the input goes through sb_xml_escape. */
#include "report_common.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define CONTEXT_LINES 2
#define MAX_SPAN_LINES 8

static void h(StrBuf *sb, const char *s) {
    s = report_str(s);
    sb_xml_escape(sb, s, strlen(s));
}

static void hn(StrBuf *sb, const char *s, size_t n) {
    sb_xml_escape(sb, s, n);
}

/* A message: escaped, with the `code` spans checkers write (a backtick
 * pair on one line) shown as <code>. */
static void hmsg(StrBuf *sb, const char *s) {
    const char *p = report_str(s);
    while (*p) {
        const char *open = strchr(p, '`');
        const char *close = open ? strchr(open + 1, '`') : NULL;
        const char *nl = open ? memchr(open, '\n', close ? (size_t)(close - open) : 0) : NULL;
        if (!open || !close || nl || close == open + 1) {
            size_t n = open && close ? (size_t)(close - p) : strlen(p);
            hn(sb, p, n);
            p += n;
            continue;
        }
        hn(sb, p, (size_t)(open - p));
        sb_puts(sb, "<code>");
        hn(sb, open + 1, (size_t)(close - open - 1));
        sb_puts(sb, "</code>");
        p = close + 1;
    }
}

static void fmt_value(StrBuf *sb, double v) {
    if (!isfinite(v))
        sb_puts(sb, "n/a");
    else if (fabs(v) < 1e9 && v == floor(v))
        sb_printf(sb, "%.0f", v);
    else
        sb_printf(sb, "%.6g", v);
}

static const char *css =
    "*{box-sizing:border-box}"
    "body{margin:0;font:14px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif;color:#1d2330;"
    "background:#f4f6fa}"
    "header{background:#1f2a44;color:#fff;padding:20px 32px}"
    "header h1{margin:0 0 4px;font-size:24px}header p{margin:0;color:#c5cee0}"
    "nav{background:#fff;border-bottom:1px solid #dde2ec;padding:8px 32px}"
    "nav a{margin-right:18px;color:#2854c5;text-decoration:none;font-weight:600}"
    "main{padding:8px 32px 32px;max-width:1400px}"
    "section{background:#fff;border:1px solid #dde2ec;border-radius:8px;padding:16px 20px;"
    "margin:16px 0}"
    "h2{margin:0 0 12px;font-size:20px}h3{margin:18px 0 6px;font-size:16px}"
    "h4{margin:12px 0 6px;font-size:14px;color:#3b4660}"
    "code,pre,.src{font-family:ui-monospace,'DejaVu Sans Mono',Menlo,monospace;font-size:13px}"
    ".cards{display:flex;flex-wrap:wrap;gap:12px;margin:12px 0}"
    ".card{border-radius:8px;padding:10px 16px;min-width:120px;background:#eef1f7}"
    ".card b{display:block;font-size:26px}"
    ".card.error{background:#fde7e7;color:#9b1c1c}.card.warning{background:#fff3d6;color:#8a5300}"
    ".card.note{background:#e2f3f1;color:#0d6157}.card.proved{background:#e3f4e4;color:#1b6b25}"
    ".card.refuted{background:#fde7e7;color:#9b1c1c}.card.unknown{background:#f0ecdf;"
    "color:#6b5a1b}"
    "table{border-collapse:collapse;margin:8px 0}"
    "th,td{border-bottom:1px solid #e4e8f0;padding:4px 10px;text-align:left;vertical-align:top}"
    "th{background:#f0f3f8}td.n{text-align:right;white-space:nowrap}td code{white-space:nowrap}"
    "dl.meta{display:grid;grid-template-columns:max-content auto;gap:2px 16px;margin:0}"
    "dl.meta dt{font-weight:600;color:#56617a}dl.meta dd{margin:0;word-break:break-all}"
    ".badge{display:inline-block;border-radius:4px;padding:0 6px;font-size:12px;font-weight:700;"
    "text-transform:uppercase;color:#fff}"
    ".badge.error,.badge.REFUTED{background:#c62828}.badge.warning{background:#b26a00}"
    ".badge.note{background:#0d7c6f}.badge.PROVED{background:#2e7d32}"
    ".badge.UNKNOWN{background:#8d7a2a}.badge.suppressed{background:#7a8194}"
    ".finding{border-left:4px solid #c62828;background:#fbfcfe;margin:8px 0;padding:8px 12px}"
    ".finding.warning{border-color:#b26a00}.finding.note{border-color:#0d7c6f}"
    ".finding.suppressed{opacity:.65;border-color:#7a8194}"
    ".finding .loc{font-family:ui-monospace,monospace;color:#3b4660}"
    ".src{border-collapse:collapse;margin:6px 0;width:100%;background:#fff;"
    "border:1px solid #e4e8f0}"
    ".src td{border:0;padding:0 8px;white-space:pre-wrap;word-break:break-all;tab-size:4}"
    ".src td.ln{color:#8a93a6;text-align:right;width:1%;user-select:none}"
    ".src tr.hit{background:#fff1f1}.src tr.rel{background:#eef4ff}"
    ".src mark{background:#ffcdd2;color:inherit;border-bottom:2px solid #c62828}"
    "ul,ol{margin:4px 0;padding-left:22px}"
    "pre{background:#f6f8fb;border:1px solid #e4e8f0;padding:8px;white-space:pre-wrap;"
    "word-break:break-all;margin:4px 0}"
    ".muted{color:#6b7488}.fp{font-size:12px;color:#6b7488;margin:4px 0 0}"
    "figure{display:inline-block;margin:8px 16px 8px 0;vertical-align:top}"
    "figcaption{font-weight:600;margin-bottom:4px}"
    "svg text{font:11px system-ui,sans-serif;fill:#3b4660}"
    "footer{color:#6b7488;padding:0 32px 24px;font-size:12px}";

static void write_head(const ReportCtx *cx, StrBuf *sb) {
    const ReportInput *in = cx->in;
    sb_puts(sb, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                "style-src 'unsafe-inline'; img-src data:\">\n"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    sb_printf(sb, "<title>grok-verify audit report — run %lld</title>\n", in->run_id);
    sb_printf(sb, "<style>%s</style>\n</head>\n<body>\n", css);
    sb_printf(sb, "<header><h1>grok-verify audit report</h1><p>Run %lld · grok-verify ",
              in->run_id);
    h(sb, in->tool_version);
    if (in->started_at) {
        sb_puts(sb, " · ");
        h(sb, in->started_at);
    }
    if (!in->complete)
        sb_puts(sb, " · <strong>interrupted: results are incomplete</strong>");
    sb_puts(sb, "</p></header>\n<nav><a href=\"#summary\">Summary</a><a href=\"#findings\">"
                "Findings</a><a href=\"#verification\">Verification</a><a href=\"#ai\">AI "
                "rewrites</a><a href=\"#benchmarks\">Benchmarks</a></nav>\n<main>\n");
}

static void meta_row(StrBuf *sb, const char *name, const char *value) {
    sb_printf(sb, "<dt>%s</dt><dd>", name);
    if (value)
        h(sb, value);
    else
        sb_puts(sb, "<span class=\"muted\">—</span>");
    sb_puts(sb, "</dd>\n");
}

static void card(StrBuf *sb, const char *cls, int n, const char *label) {
    sb_printf(sb, "<div class=\"card %s\"><b>%d</b>%s</div>\n", cls, n, label);
}

/* Horizontal bars, one per (label, count), with the counts written out. */
static void bar_chart(StrBuf *sb, const char *title, const char *const labels[], const int counts[],
                      const char *const colors[], int n) {
    int max = 1;
    for (int i = 0; i < n; i++)
        if (counts[i] > max)
            max = counts[i];
    int height = 24 * n + 8;
    sb_printf(sb,
              "<figure><figcaption>%s</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" "
              "width=\"360\" height=\"%d\" viewBox=\"0 0 360 %d\" role=\"img\">\n",
              title, height, height);
    for (int i = 0; i < n; i++) {
        int y = 4 + 24 * i;
        double w = 220.0 * counts[i] / max;
        sb_printf(sb, "<text x=\"0\" y=\"%d\">%s</text>", y + 14, labels[i]);
        sb_printf(sb, "<rect x=\"90\" y=\"%d\" width=\"%.1f\" height=\"18\" fill=\"%s\"/>", y,
                  w < 1 && counts[i] ? 1.0 : w, colors[i]);
        sb_printf(sb, "<text x=\"%.1f\" y=\"%d\">%d</text>\n", 96 + w, y + 14, counts[i]);
    }
    sb_puts(sb, "</svg></figure>\n");
}

static void write_summary(const ReportCtx *cx, StrBuf *sb) {
    const ReportInput *in = cx->in;
    const int *c = cx->counts.by_severity, *v = cx->counts.by_verdict;
    sb_puts(sb, "<section id=\"summary\"><h2>Run summary</h2>\n<dl class=\"meta\">\n");
    char run[32];
    snprintf(run, sizeof run, "%lld", in->run_id);
    meta_row(sb, "Run", run);
    meta_row(sb, "Status", in->complete ? "complete" : "interrupted (incomplete)");
    meta_row(sb, "Tool version", in->tool_version);
    meta_row(sb, "Started", in->started_at);
    meta_row(sb, "Finished", in->finished_at);
    meta_row(sb, "Git commit", in->git_commit);
    meta_row(sb, "Command line", in->options);
    sb_puts(sb, "</dl>\n<div class=\"cards\">\n");
    card(sb, "error", c[FINDING_ERROR], "errors");
    card(sb, "warning", c[FINDING_WARNING], "warnings");
    card(sb, "note", c[FINDING_NOTE], "notes");
    card(sb, "", cx->counts.suppressed, "suppressed");
    card(sb, "", cx->npaths, "files");
    card(sb, "proved", v[VERDICT_PROVED], "proved");
    card(sb, "refuted", v[VERDICT_REFUTED], "refuted");
    card(sb, "unknown", v[VERDICT_UNKNOWN], "unknown");
    sb_puts(sb, "</div>\n");
    static const char *const sev_labels[] = {"errors", "warnings", "notes", "suppressed"};
    static const char *const sev_colors[] = {"#c62828", "#b26a00", "#0d7c6f", "#7a8194"};
    int sev_counts[] = {c[0], c[1], c[2], cx->counts.suppressed};
    bar_chart(sb, "Findings by severity", sev_labels, sev_counts, sev_colors, 4);
    static const char *const ver_labels[] = {"PROVED", "REFUTED", "UNKNOWN"};
    static const char *const ver_colors[] = {"#2e7d32", "#c62828", "#8d7a2a"};
    bar_chart(sb, "Verification verdicts", ver_labels, v, ver_colors, 3);
    if (cx->nrules > 0) {
        sb_puts(sb, "<table><tr><th>Rule</th><th>Code</th><th>Errors</th><th>Warnings</th>"
                    "<th>Notes</th><th>Suppressed</th></tr>\n");
        for (int i = 0; i < cx->nrules; i++) {
            const ReportRule *r = &cx->rules[i];
            sb_printf(sb, "<tr><td><a href=\"#rule-%d\"><code>", i);
            h(sb, r->id);
            sb_puts(sb, "</code></a></td><td>");
            h(sb, r->code ? r->code : "—");
            sb_printf(sb,
                      "</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td class=\"n\">%d</td>"
                      "<td class=\"n\">%d</td></tr>\n",
                      r->by_severity[0], r->by_severity[1], r->by_severity[2], r->suppressed);
        }
        sb_puts(sb, "</table>\n");
    }
    sb_puts(sb, "</section>\n");
}

/* One source row; on the primary line the span's columns are marked. */
static void source_row(StrBuf *sb, int lineno, const char *text, size_t len, const char *cls,
                       size_t mark_start, size_t mark_end) {
    sb_printf(sb, "<tr%s%s%s><td class=\"ln\">%d</td><td>", cls ? " class=\"" : "", cls ? cls : "",
              cls ? "\"" : "", lineno);
    if (mark_end > mark_start) {
        hn(sb, text, mark_start);
        sb_puts(sb, "<mark>");
        hn(sb, text + mark_start, mark_end - mark_start);
        sb_puts(sb, "</mark>");
        hn(sb, text + mark_end, len - mark_end);
    } else {
        hn(sb, text, len);
    }
    sb_puts(sb, "</td></tr>\n");
}

static bool related_on_line(const Finding *f, int line) {
    for (int i = 0; i < f->nrelated; i++)
        if (f->related[i].line == line &&
            strcmp(report_str(f->related[i].file), report_str(f->primary.file)) == 0)
            return true;
    return false;
}

static void source_context(const ReportCtx *cx, StrBuf *sb, const Finding *f) {
    const FindingLoc *p = &f->primary;
    size_t len;
    if (!report_line(cx, p->file, p->line, &len)) {
        sb_puts(sb, "<p class=\"muted\">(source text not available)</p>\n");
        return;
    }
    int last = p->end_line > p->line ? p->end_line : p->line;
    if (last > p->line + MAX_SPAN_LINES)
        last = p->line + MAX_SPAN_LINES;
    int from = p->line - CONTEXT_LINES > 1 ? p->line - CONTEXT_LINES : 1;
    sb_puts(sb, "<table class=\"src\">\n");
    for (int ln = from; ln <= last + CONTEXT_LINES; ln++) {
        const char *text = report_line(cx, p->file, ln, &len);
        if (!text)
            break;
        size_t ms = 0, me = 0;
        const char *cls = NULL;
        if (ln >= p->line && ln <= last) {
            cls = "hit";
            ms = ln == p->line ? report_col_offset(text, len, p->col) : 0;
            me = ln == p->end_line ? report_col_offset(text, len, p->end_col) : len;
            if (me < ms)
                me = ms;
        } else if (related_on_line(f, ln)) {
            cls = "rel";
        }
        source_row(sb, ln, text, len, cls, ms, me);
    }
    sb_puts(sb, "</table>\n");
}

static void loc_text(StrBuf *sb, const FindingLoc *l) {
    sb_puts(sb, "<span class=\"loc\">");
    h(sb, l->file);
    sb_printf(sb, ":%d:%d</span>", l->line, l->col);
}

static void write_finding(const ReportCtx *cx, StrBuf *sb, const Finding *f) {
    const char *sev = finding_severity_name(f->severity);
    sb_printf(sb, "<div class=\"finding %s%s\">\n<div>", sev, f->suppressed ? " suppressed" : "");
    sb_printf(sb, "<span class=\"badge %s\">%s</span> ", sev, sev);
    if (f->suppressed)
        sb_puts(sb, "<span class=\"badge suppressed\">suppressed</span> ");
    loc_text(sb, &f->primary);
    if (f->function && f->function[0]) {
        sb_puts(sb, " in <code>");
        h(sb, f->function);
        sb_puts(sb, "</code>");
    }
    sb_puts(sb, " — <strong>");
    hmsg(sb, f->message);
    sb_puts(sb, "</strong>");
    if (f->primary.label && f->primary.label[0]) {
        sb_puts(sb, " <span class=\"muted\">(");
        hmsg(sb, f->primary.label);
        sb_puts(sb, ")</span>");
    }
    sb_puts(sb, "</div>\n");
    source_context(cx, sb, f);
    if (f->nrelated > 0) {
        sb_puts(sb, "<ul>\n");
        for (int i = 0; i < f->nrelated; i++) {
            sb_puts(sb, "<li>");
            hmsg(sb,
                 f->related[i].label && f->related[i].label[0] ? f->related[i].label : "related");
            sb_puts(sb, " at ");
            loc_text(sb, &f->related[i]);
            /* Lines in other files are not in the context table: quote them. */
            size_t len;
            const char *line = report_line(cx, f->related[i].file, f->related[i].line, &len);
            if (line && strcmp(report_str(f->related[i].file), report_str(f->primary.file))) {
                sb_puts(sb, "<pre>");
                hn(sb, line, len);
                sb_puts(sb, "</pre>");
            }
            sb_puts(sb, "</li>\n");
        }
        sb_puts(sb, "</ul>\n");
    }
    if (f->nnotes > 0) {
        sb_puts(sb, "<ul>\n");
        for (int i = 0; i < f->nnotes; i++) {
            sb_puts(sb, "<li>");
            hmsg(sb, f->notes[i]);
            sb_puts(sb, "</li>\n");
        }
        sb_puts(sb, "</ul>\n");
    }
    if (f->nwitness > 0) {
        sb_puts(sb, "<div>Witness trace:</div><ol>\n");
        for (int i = 0; i < f->nwitness; i++) {
            sb_puts(sb, "<li>");
            loc_text(sb, &f->witness[i].loc);
            sb_puts(sb, " ");
            hmsg(sb, f->witness[i].message);
            sb_puts(sb, "</li>\n");
        }
        sb_puts(sb, "</ol>\n");
    }
    sb_puts(sb, "<p class=\"fp\">fingerprint ");
    h(sb, f->fingerprint[0] ? f->fingerprint : "—");
    if (f->suppressed) {
        sb_puts(sb, " · suppressed: ");
        h(sb, f->suppression && f->suppression[0] ? f->suppression : "no reason given");
    }
    sb_puts(sb, "</p>\n</div>\n");
}

static void write_findings(const ReportCtx *cx, StrBuf *sb) {
    sb_puts(sb, "<section id=\"findings\"><h2>Findings</h2>\n");
    if (cx->nfindings == 0)
        sb_puts(sb, "<p>No findings.</p>\n");
    for (int r = 0; r < cx->nrules; r++) {
        const ReportRule *rule = &cx->rules[r];
        sb_printf(sb, "<h3 id=\"rule-%d\"><code>", r);
        h(sb, rule->id);
        sb_puts(sb, "</code>");
        if (rule->code) {
            sb_puts(sb, " [");
            h(sb, rule->code);
            sb_puts(sb, "]");
        }
        if (rule->info && rule->info->summary) {
            sb_puts(sb, " — ");
            h(sb, rule->info->summary);
        }
        sb_puts(sb, "</h3>\n");
        if (rule->info && rule->info->help) {
            sb_puts(sb, "<details><summary>About this rule</summary><pre>");
            h(sb, rule->info->help);
            sb_puts(sb, "</pre></details>\n");
        }
        const char *file = NULL;
        for (int i = 0; i < cx->nfindings; i++) {
            const Finding *f = cx->findings[i];
            if (strcmp(report_str(f->rule), rule->id) != 0)
                continue;
            if (!file || strcmp(file, report_str(f->primary.file)) != 0) {
                file = report_str(f->primary.file);
                sb_puts(sb, "<h4>");
                h(sb, file);
                sb_puts(sb, "</h4>\n");
            }
            write_finding(cx, sb, f);
        }
    }
    sb_puts(sb, "</section>\n");
}

static void verification_rows(StrBuf *sb, const VerificationRecord *v, bool ai) {
    const char *verdict = verdict_name(v->verdict);
    sb_puts(sb, "<tr><td>");
    if (ai) {
        sb_printf(sb, "<strong>%s</strong></td><td>",
                  v->verdict == VERDICT_PROVED    ? "accepted"
                  : v->verdict == VERDICT_REFUTED ? "rejected"
                                                  : "rejected (not proved)");
    }
    sb_printf(sb, "<span class=\"badge %s\">%s</span></td><td><code>", verdict, verdict);
    h(sb, v->kind);
    sb_puts(sb, "</code></td><td><code>");
    h(sb, v->subject);
    sb_puts(sb, "</code></td><td>");
    h(sb, v->file);
    sb_puts(sb, "</td><td class=\"n\">");
    sb_printf(sb, "%.1f ms", v->solver_ms);
    sb_puts(sb, "</td><td>");
    h(sb, v->reason);
    if (v->counterexample && v->counterexample[0]) {
        sb_puts(sb, "<div>Counterexample:</div><pre>");
        h(sb, v->counterexample);
        sb_puts(sb, "</pre>");
    }
    sb_puts(sb, "</td></tr>\n");
}

static void write_verifications(const ReportCtx *cx, StrBuf *sb) {
    const ReportInput *in = cx->in;
    const int *v = cx->counts.by_verdict;
    sb_printf(sb,
              "<section id=\"verification\"><h2>Verification verdicts</h2>\n<p>%d PROVED · %d "
              "REFUTED · %d UNKNOWN. UNKNOWN is never treated as proved: its reason is "
              "shown.</p>\n",
              v[VERDICT_PROVED], v[VERDICT_REFUTED], v[VERDICT_UNKNOWN]);
    if (in->nverifications == 0) {
        sb_puts(sb, "<p>No verification was run.</p>\n</section>\n");
        return;
    }
    sb_puts(sb, "<table><tr><th>Verdict</th><th>Kind</th><th>Subject</th><th>File</th>"
                "<th>Solver</th><th>Reason / counterexample</th></tr>\n");
    for (int i = 0; i < in->nverifications; i++)
        verification_rows(sb, &in->verifications[i], false);
    sb_puts(sb, "</table>\n</section>\n");
}

static void write_ai(const ReportCtx *cx, StrBuf *sb) {
    const ReportInput *in = cx->in;
    sb_puts(sb, "<section id=\"ai\"><h2>AI rewrite decisions</h2>\n");
    int n = 0;
    for (int i = 0; i < in->nverifications; i++)
        n += report_is_ai_kind(in->verifications[i].kind);
    if (n == 0) {
        sb_puts(sb, "<p>No AI rewrite was attempted in this run.</p>\n</section>\n");
        return;
    }
    sb_puts(sb, "<p>A candidate rewrite is accepted only when its equivalence with the original "
                "is PROVED.</p>\n<table><tr><th>Decision</th><th>Verdict</th><th>Kind</th>"
                "<th>Subject</th><th>File</th><th>Solver</th><th>Reason / counterexample</th>"
                "</tr>\n");
    for (int i = 0; i < in->nverifications; i++)
        if (report_is_ai_kind(in->verifications[i].kind))
            verification_rows(sb, &in->verifications[i], true);
    sb_puts(sb, "</table>\n</section>\n");
}

static int cmp_bench(const void *pa, const void *pb, void *ctx) {
    const BenchmarkRecord *all = ctx;
    const BenchmarkRecord *a = &all[*(const int *)pa], *b = &all[*(const int *)pb];
    int c = strcmp(report_str(a->name), report_str(b->name));
    if (!c)
        c = strcmp(report_str(a->metric), report_str(b->metric));
    if (!c)
        c = strcmp(report_str(a->unit), report_str(b->unit));
    if (!c)
        c = *(const int *)pa - *(const int *)pb;
    return c;
}

static bool same_series(const BenchmarkRecord *a, const BenchmarkRecord *b) {
    return strcmp(report_str(a->name), report_str(b->name)) == 0 &&
           strcmp(report_str(a->metric), report_str(b->metric)) == 0 &&
           strcmp(report_str(a->unit), report_str(b->unit)) == 0;
}

/* A line chart of one series across runs (oldest left). */
static void trend_chart(StrBuf *sb, const BenchmarkRecord *all, const int *idx, int n) {
    const double W = 520, H = 200, left = 64, right = 16, top = 12, bottom = 36;
    double lo = INFINITY, hi = -INFINITY;
    for (int i = 0; i < n; i++) {
        double v = all[idx[i]].value;
        if (isfinite(v)) {
            lo = v < lo ? v : lo;
            hi = v > hi ? v : hi;
        }
    }
    if (!isfinite(lo)) {
        lo = 0;
        hi = 1;
    }
    if (hi - lo < 1e-12) {
        double pad = fabs(hi) > 0 ? fabs(hi) * 0.1 : 1;
        lo -= pad;
        hi += pad;
    }
    sb_printf(sb,
              "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
              "viewBox=\"0 0 %.0f %.0f\" role=\"img\">\n",
              W, H, W, H);
    sb_printf(sb,
              "<rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" fill=\"#f8fafd\" "
              "stroke=\"#dde2ec\"/>\n",
              left, top, W - left - right, H - top - bottom);
    double pw = W - left - right, ph = H - top - bottom;
    for (int k = 0; k <= 2; k++) {
        double v = lo + (hi - lo) * k / 2.0, y = top + ph - ph * k / 2.0;
        sb_printf(sb, "<line x1=\"%.0f\" y1=\"%.1f\" x2=\"%.0f\" y2=\"%.1f\" stroke=\"#e4e8f0\"/>",
                  left, y, W - right, y);
        sb_printf(sb, "<text x=\"%.0f\" y=\"%.1f\" text-anchor=\"end\">", left - 6, y + 4);
        fmt_value(sb, v);
        sb_puts(sb, "</text>\n");
    }
    StrBuf pts;
    sb_init(&pts);
    for (int i = 0; i < n; i++) {
        const BenchmarkRecord *b = &all[idx[i]];
        double x = n == 1 ? left + pw / 2 : left + pw * i / (n - 1);
        sb_printf(sb, "<text x=\"%.1f\" y=\"%.0f\" text-anchor=\"middle\">#%lld</text>\n", x,
                  H - bottom + 16, b->run_id);
        if (!isfinite(b->value))
            continue;
        double y = top + ph - ph * (b->value - lo) / (hi - lo);
        sb_printf(&pts, "%s%.1f,%.1f", pts.len ? " " : "", x, y);
        sb_printf(sb,
                  "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#2854c5\"><title>run %lld: ", x,
                  y, b->run_id);
        fmt_value(sb, b->value);
        sb_putc(sb, ' ');
        h(sb, b->unit);
        sb_puts(sb, "</title></circle>\n");
    }
    if (pts.len)
        sb_printf(sb,
                  "<polyline points=\"%s\" fill=\"none\" stroke=\"#2854c5\" "
                  "stroke-width=\"2\"/>\n",
                  pts.data);
    sb_free(&pts);
    sb_printf(sb, "<text x=\"%.0f\" y=\"%.0f\" text-anchor=\"middle\">run</text>\n", left + pw / 2,
              H - 4);
    sb_puts(sb, "</svg>\n");
}

static void write_benchmarks(const ReportCtx *cx, StrBuf *sb) {
    const ReportInput *in = cx->in;
    sb_puts(sb, "<section id=\"benchmarks\"><h2>Benchmark history</h2>\n");
    if (in->nbenchmarks == 0) {
        sb_puts(sb, "<p>No benchmark results recorded.</p>\n</section>\n");
        return;
    }
    int *idx = xmalloc(sizeof(int) * (size_t)in->nbenchmarks);
    for (int i = 0; i < in->nbenchmarks; i++)
        idx[i] = i;
    qsort_r(idx, (size_t)in->nbenchmarks, sizeof(int), cmp_bench, (void *)in->benchmarks);
    for (int i = 0; i < in->nbenchmarks;) {
        int j = i + 1;
        while (j < in->nbenchmarks && same_series(&in->benchmarks[idx[i]], &in->benchmarks[idx[j]]))
            j++;
        const BenchmarkRecord *first = &in->benchmarks[idx[i]];
        const BenchmarkRecord *lastb = &in->benchmarks[idx[j - 1]];
        sb_puts(sb, "<figure><figcaption>");
        h(sb, first->name);
        sb_puts(sb, " — ");
        h(sb, first->metric);
        if (first->unit && first->unit[0]) {
            sb_puts(sb, " (");
            h(sb, first->unit);
            sb_putc(sb, ')');
        }
        if (j - i > 1 && first->value != 0 && isfinite(first->value) && isfinite(lastb->value))
            sb_printf(sb, " <span class=\"muted\">%+.1f%% since run %lld</span>",
                      100.0 * (lastb->value - first->value) / fabs(first->value), first->run_id);
        sb_puts(sb, "</figcaption>\n");
        trend_chart(sb, in->benchmarks, idx + i, j - i);
        sb_puts(sb, "<table><tr><th>Run</th><th>Started</th><th>Value</th></tr>\n");
        for (int k = i; k < j; k++) {
            const BenchmarkRecord *b = &in->benchmarks[idx[k]];
            sb_printf(sb, "<tr><td>%lld</td><td>", b->run_id);
            h(sb, b->started_at);
            sb_puts(sb, "</td><td class=\"n\">");
            fmt_value(sb, b->value);
            sb_putc(sb, ' ');
            h(sb, b->unit);
            sb_puts(sb, "</td></tr>\n");
        }
        sb_puts(sb, "</table></figure>\n");
        i = j;
    }
    free(idx);
    sb_puts(sb, "</section>\n");
}

void report_html_write(const ReportCtx *cx, StrBuf *sb) {
    write_head(cx, sb);
    write_summary(cx, sb);
    write_findings(cx, sb);
    write_verifications(cx, sb);
    write_ai(cx, sb);
    write_benchmarks(cx, sb);
    sb_printf(sb,
              "</main>\n<footer>Generated by grok-verify from run %lld. This file is "
              "self-contained: it loads no network resource and runs no script.</footer>\n"
              "</body>\n</html>\n",
              cx->in->run_id);
}
