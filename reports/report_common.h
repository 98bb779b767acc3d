/* What every report format shares: the findings in report order, counts,
 * the rules and files the run touched, and source lines for snippets.
 * report_write builds one ReportCtx and hands it to the format's writer,
 * which appends the whole document to a StrBuf (so a failed write never
 * leaves half a report behind a success status). */
#ifndef GROK_REPORT_COMMON_H
#define GROK_REPORT_COMMON_H

#include "analysis/rules.h"
#include "reports/report.h"
#include "strbuf.h"

#include <stddef.h>

typedef struct ReportCounts {
    int by_severity[3]; /* unsuppressed findings, indexed by FindingSeverity */
    int suppressed;
    int by_verdict[3]; /* indexed by Verdict */
} ReportCounts;

/* A rule that at least one finding names. */
typedef struct ReportRule {
    const char *id;
    const char *code;      /* catalogue's, else the first finding's; may be NULL */
    const RuleInfo *info;  /* NULL when the catalogue does not know the id */
    FindingSeverity level; /* default severity, or the first finding's */
    int by_severity[3];    /* unsuppressed */
    int suppressed;
} ReportRule;

/* A file: checked (in ReportInput.files) or named by a finding. */
typedef struct ReportPath {
    const char *path;
    const ReportFile *file;    /* NULL when only findings name it */
    const size_t *line_starts; /* NULL without text */
    int nlines;
    int by_severity[3]; /* unsuppressed findings whose primary span is here */
    int suppressed;
} ReportPath;

typedef struct ReportCtx {
    const ReportInput *in;
    const Finding **findings; /* report order: file, line, column, rule, input order */
    int nfindings;
    ReportRule *rules; /* sorted by id */
    int nrules;
    ReportPath *paths; /* sorted by path */
    int npaths;
    ReportCounts counts;
} ReportCtx;

void report_ctx_init(ReportCtx *cx, const ReportInput *in);
void report_ctx_free(ReportCtx *cx);

const ReportRule *report_rule(const ReportCtx *cx, const char *id);
int report_rule_index(const ReportCtx *cx, const char *id);
const ReportPath *report_path(const ReportCtx *cx, const char *path);
/* 1-based LINE of PATH without its line terminator; NULL when the text is
 * unknown or the line does not exist. */
const char *report_line(const ReportCtx *cx, const char *path, int line, size_t *len);
/* Byte offset in LINE of 1-based column COL (columns count Unicode scalar
 * values, as FindingLoc does); clamped to the line's length. */
size_t report_col_offset(const char *line, size_t len, int col);

/* NULL-safe string: "" for NULL. */
static inline const char *report_str(const char *s) {
    return s ? s : "";
}
/* A JSON number; non-finite values become null. Shortest form that reads
 * back as the same double, so output is stable and exact. */
void report_json_number(StrBuf *sb, double v);
/* The verification kind names an AI rewrite decision ("ai-gate", "ai/..."). */
int report_is_ai_kind(const char *kind);

void report_text_write(const ReportCtx *cx, StrBuf *sb);
void report_json_write(const ReportCtx *cx, StrBuf *sb);
void report_sarif_write(const ReportCtx *cx, StrBuf *sb);
void report_junit_write(const ReportCtx *cx, StrBuf *sb);
void report_markdown_write(const ReportCtx *cx, StrBuf *sb);
void report_html_write(const ReportCtx *cx, StrBuf *sb);

/* GitHub code scanning accepts at most this many results per run. */
#define REPORT_SARIF_MAX_RESULTS 25000
/* GitHub comments hold 65,536 characters; leave room for the trailer. */
#define REPORT_MARKDOWN_MAX_BYTES 65000

#endif
