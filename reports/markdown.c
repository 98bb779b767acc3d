/* The Markdown summary for pull-request comments: counts by severity and
 * by rule, verification verdicts, then the findings grouped by file. The
 * whole comment stays under REPORT_MARKDOWN_MAX_BYTES (GitHub refuses
 * comments over 65,536 characters): what does not fit is counted in a
 * closing note. Input text is escaped so that a message cannot inject
 * HTML or Markdown structure into the comment. */
#include "report_common.h"

#include <string.h>

#define TRAILER_RESERVE 600

static void md_char(StrBuf *sb, unsigned char c) {
    switch (c) {
    case '<':
        sb_puts(sb, "&lt;");
        break;
    case '>':
        sb_puts(sb, "&gt;");
        break;
    case '&':
        sb_puts(sb, "&amp;");
        break;
    case '\n':
    case '\r':
    case '\t':
        sb_putc(sb, ' ');
        break;
    default:
        if (c < 0x20 || c == 0x7f)
            break;
        if (strchr("\\`*_[]|!~", c))
            sb_putc(sb, '\\');
        sb_putc(sb, (char)c);
    }
}

/* Text in a paragraph, list item or table cell: one line, Markdown and
 * HTML metacharacters neutralised. */
static void md_text(StrBuf *sb, const char *s) {
    for (const char *p = report_str(s); *p; p++)
        md_char(sb, (unsigned char)*p);
}

static size_t tick_run(const char *p) {
    size_t n = 0;
    while (p[n] == '`')
        n++;
    return n;
}

/* A message: text escaped as md_text, except that `code` spans the
 * checkers write (balanced backtick runs) stay code spans, whose content
 * Markdown shows literally (no HTML inside them is interpreted). */
static void md_message(StrBuf *sb, const char *s) {
    const char *p = report_str(s);
    while (*p) {
        size_t run = tick_run(p);
        if (run == 0) {
            md_char(sb, (unsigned char)*p++);
            continue;
        }
        const char *close = NULL;
        for (const char *q = p + run; *q && *q != '\n';) {
            size_t r = tick_run(q);
            if (r == run) {
                close = q;
                break;
            }
            q += r ? r : 1;
        }
        if (!close) {
            for (size_t i = 0; i < run; i++)
                sb_puts(sb, "\\`");
            p += run;
            continue;
        }
        for (const char *q = p; q < close + run; q++) {
            unsigned char c = (unsigned char)*q;
            sb_putc(sb, c < 0x20 || c == 0x7f ? ' ' : (char)c);
        }
        p = close + run;
    }
}

static int longest_backtick_run(const char *s, size_t n) {
    int best = 0, run = 0;
    for (size_t i = 0; i < n; i++) {
        run = s[i] == '`' ? run + 1 : 0;
        if (run > best)
            best = run;
    }
    return best;
}

/* An inline code span that no backtick in S can close; IN_TABLE escapes
 * the pipes that would otherwise end a GFM table cell. */
static void md_code(StrBuf *sb, const char *s, bool in_table) {
    s = report_str(s);
    size_t n = strlen(s);
    int ticks = longest_backtick_run(s, n) + 1;
    for (int i = 0; i < ticks; i++)
        sb_putc(sb, '`');
    bool pad = n == 0 || s[0] == '`' || s[n - 1] == '`' || s[0] == ' ';
    if (pad)
        sb_putc(sb, ' ');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '|' && in_table)
            sb_puts(sb, "\\|");
        else if (c < 0x20 || c == 0x7f)
            sb_putc(sb, ' ');
        else
            sb_putc(sb, (char)c);
    }
    if (pad)
        sb_putc(sb, ' ');
    for (int i = 0; i < ticks; i++)
        sb_putc(sb, '`');
}

/* A fenced block, indented by INDENT, whose fence no line can close. */
static void md_block(StrBuf *sb, const char *indent, const char *lang, const char *s, size_t n) {
    int ticks = longest_backtick_run(s, n) + 1;
    if (ticks < 3)
        ticks = 3;
    sb_puts(sb, indent);
    for (int i = 0; i < ticks; i++)
        sb_putc(sb, '`');
    sb_printf(sb, "%s\n%s", lang, indent);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\n')
            sb_printf(sb, "\n%s", indent);
        else if (c == '\t' || (c >= 0x20 && c != 0x7f))
            sb_putc(sb, (char)c);
    }
    sb_printf(sb, "\n%s", indent);
    for (int i = 0; i < ticks; i++)
        sb_putc(sb, '`');
    sb_putc(sb, '\n');
}

static void plural(StrBuf *sb, int n, const char *one, const char *many) {
    sb_printf(sb, "%d %s", n, n == 1 ? one : many);
}

static void write_header(const ReportCtx *cx, StrBuf *sb) {
    const ReportInput *in = cx->in;
    const int *c = cx->counts.by_severity;
    sb_puts(sb, "## grok-verify: ");
    if (c[0] + c[1] + c[2] == 0) {
        sb_puts(sb, "no findings");
    } else {
        plural(sb, c[FINDING_ERROR], "error", "errors");
        sb_puts(sb, ", ");
        plural(sb, c[FINDING_WARNING], "warning", "warnings");
        sb_puts(sb, ", ");
        plural(sb, c[FINDING_NOTE], "note", "notes");
    }
    sb_printf(sb, "\n\nRun %lld · grok-verify ", in->run_id);
    md_text(sb, in->tool_version);
    if (in->git_commit) {
        sb_puts(sb, " · commit ");
        md_code(sb, in->git_commit, false);
    }
    sb_puts(sb, " · ");
    plural(sb, cx->npaths, "file", "files");
    if (in->started_at) {
        sb_puts(sb, " · started ");
        md_text(sb, in->started_at);
    }
    sb_puts(sb, "\n\n");
    if (!in->complete)
        sb_puts(sb, "> **Warning:** the run was interrupted; these results are incomplete.\n\n");

    sb_puts(sb, "| Severity | Findings |\n| --- | ---: |\n");
    sb_printf(sb, "| error | %d |\n| warning | %d |\n| note | %d |\n| suppressed | %d |\n\n",
              c[FINDING_ERROR], c[FINDING_WARNING], c[FINDING_NOTE], cx->counts.suppressed);
    if (cx->nrules > 0) {
        sb_puts(sb, "| Rule | Code | Errors | Warnings | Notes | Suppressed |\n"
                    "| --- | --- | ---: | ---: | ---: | ---: |\n");
        for (int i = 0; i < cx->nrules; i++) {
            const ReportRule *r = &cx->rules[i];
            sb_puts(sb, "| ");
            md_code(sb, r->id, true);
            sb_puts(sb, " | ");
            md_text(sb, r->code ? r->code : "—");
            sb_printf(sb, " | %d | %d | %d | %d |\n", r->by_severity[0], r->by_severity[1],
                      r->by_severity[2], r->suppressed);
        }
        sb_putc(sb, '\n');
    }
    if (in->nverifications > 0)
        sb_printf(sb, "**Verification:** %d PROVED · %d REFUTED · %d UNKNOWN\n\n",
                  cx->counts.by_verdict[VERDICT_PROVED], cx->counts.by_verdict[VERDICT_REFUTED],
                  cx->counts.by_verdict[VERDICT_UNKNOWN]);
}

static void write_verification(StrBuf *sb, const VerificationRecord *v) {
    sb_printf(sb, "- **%s** ", verdict_name(v->verdict));
    md_code(sb, v->kind, false);
    sb_puts(sb, " ");
    md_code(sb, v->subject, false);
    if (v->file && v->file[0]) {
        sb_puts(sb, " in ");
        md_code(sb, v->file, false);
    }
    if (v->reason && v->reason[0]) {
        sb_puts(sb, ": ");
        md_message(sb, v->reason);
    }
    sb_putc(sb, '\n');
    if (v->verdict == VERDICT_REFUTED && v->counterexample && v->counterexample[0]) {
        sb_puts(sb, "  Counterexample:\n\n");
        md_block(sb, "  ", "", v->counterexample, strlen(v->counterexample));
    }
}

static void write_finding(const ReportCtx *cx, StrBuf *sb, const Finding *f) {
    sb_printf(sb, "- **%s** ", finding_severity_name(f->severity));
    md_code(sb, f->rule, false);
    if (f->code) {
        sb_puts(sb, " (");
        md_text(sb, f->code);
        sb_putc(sb, ')');
    }
    sb_printf(sb, " line %d, column %d", f->primary.line, f->primary.col);
    if (f->function && f->function[0]) {
        sb_puts(sb, " in ");
        md_code(sb, f->function, false);
    }
    sb_puts(sb, ": ");
    md_message(sb, f->message);
    sb_putc(sb, '\n');
    size_t len;
    const char *line = report_line(cx, f->primary.file, f->primary.line, &len);
    if (line) {
        sb_putc(sb, '\n');
        md_block(sb, "  ", "rust", line, len);
    }
    for (int i = 0; i < f->nrelated; i++) {
        const FindingLoc *r = &f->related[i];
        sb_puts(sb, "  - ");
        md_message(sb, r->label && r->label[0] ? r->label : "related");
        sb_puts(sb, " at ");
        md_code(sb, r->file, false);
        sb_printf(sb, " line %d, column %d\n", r->line, r->col);
    }
    for (int i = 0; i < f->nnotes; i++) {
        sb_puts(sb, "  - ");
        md_message(sb, f->notes[i]);
        sb_putc(sb, '\n');
    }
    if (f->nwitness > 0) {
        sb_puts(sb, "  - witness:\n");
        for (int i = 0; i < f->nwitness; i++) {
            sb_printf(sb, "    %d. ", i + 1);
            md_code(sb, f->witness[i].loc.file, false);
            sb_printf(sb, " line %d: ", f->witness[i].loc.line);
            md_message(sb, f->witness[i].message);
            sb_putc(sb, '\n');
        }
    }
}

/* Appends PIECE unless the comment would outgrow its cap. */
static bool fits(StrBuf *sb, const StrBuf *piece) {
    if (sb->len + piece->len + TRAILER_RESERVE > REPORT_MARKDOWN_MAX_BYTES)
        return false;
    sb_putn(sb, piece->data ? piece->data : "", piece->len);
    return true;
}

void report_markdown_write(const ReportCtx *cx, StrBuf *sb) {
    const ReportInput *in = cx->in;
    write_header(cx, sb);
    int omitted_findings = 0, omitted_verifications = 0;
    bool full = false;
    StrBuf piece;
    sb_init(&piece);

    bool any_problem =
        cx->counts.by_verdict[VERDICT_REFUTED] + cx->counts.by_verdict[VERDICT_UNKNOWN] > 0;
    if (any_problem) {
        sb_puts(sb, "### Verification problems\n\n");
        for (int i = 0; i < in->nverifications; i++) {
            const VerificationRecord *v = &in->verifications[i];
            if (v->verdict == VERDICT_PROVED)
                continue;
            sb_clear(&piece);
            write_verification(&piece, v);
            if (full || !fits(sb, &piece)) {
                full = true;
                omitted_verifications++;
            }
        }
        sb_putc(sb, '\n');
    }

    int shown = cx->counts.by_severity[0] + cx->counts.by_severity[1] + cx->counts.by_severity[2];
    if (shown > 0)
        sb_puts(sb, "### Findings\n");
    const char *file = NULL;
    for (int i = 0; i < cx->nfindings; i++) {
        const Finding *f = cx->findings[i];
        if (f->suppressed)
            continue;
        sb_clear(&piece);
        if (!file || strcmp(file, report_str(f->primary.file)) != 0) {
            sb_puts(&piece, "\n#### ");
            md_code(&piece, f->primary.file, false);
            sb_puts(&piece, "\n\n");
        }
        write_finding(cx, &piece, f);
        if (full || !fits(sb, &piece)) {
            full = true;
            omitted_findings++;
            continue;
        }
        file = report_str(f->primary.file);
    }
    sb_free(&piece);
    if (cx->counts.suppressed > 0)
        sb_printf(sb, "\n_%d suppressed finding%s not listed._\n", cx->counts.suppressed,
                  cx->counts.suppressed == 1 ? " is" : "s are");
    if (full) {
        sb_puts(sb, "\n> **Truncated:** ");
        if (omitted_findings)
            plural(sb, omitted_findings, "finding", "findings");
        if (omitted_findings && omitted_verifications)
            sb_puts(sb, " and ");
        if (omitted_verifications)
            plural(sb, omitted_verifications, "verification", "verifications");
        sb_printf(sb,
                  " not shown: this comment is capped at %d characters. Run "
                  "`grok-verify report --run %lld --format html -o audit.html` for the full "
                  "report.\n",
                  REPORT_MARKDOWN_MAX_BYTES, in->run_id);
    }
}
