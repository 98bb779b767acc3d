/* Reports: one run's results rendered for people and tools. The input is
 * plain data (filled by `grok-verify check` directly, or loaded from the
 * database by db_load_report), so reports never touch SQLite or sources.
 *
 * Formats: text (rustc-style with snippets and carets), JSON (versioned
 * schema), SARIF 2.1.0, JUnit XML, Markdown (PR comments), HTML (a single
 * self-contained audit report). */
#ifndef GROK_REPORT_H
#define GROK_REPORT_H

#include "analysis/finding.h"

#include <stdbool.h>
#include <stdio.h>

typedef enum ReportFormat {
    REPORT_TEXT,
    REPORT_JSON,
    REPORT_SARIF,
    REPORT_JUNIT,
    REPORT_MARKDOWN,
    REPORT_HTML
} ReportFormat;

typedef enum Verdict { VERDICT_PROVED, VERDICT_REFUTED, VERDICT_UNKNOWN } Verdict;

/* A Z3 question's answer (equivalence, translation validation, safety). */
typedef struct VerificationRecord {
    const char *kind;    /* "equiv", "tv/sccp", "ai-gate", "safety" ... */
    const char *subject; /* function or pass name */
    const char *file;
    Verdict verdict;
    const char *reason;         /* why UNKNOWN / what was proved */
    const char *counterexample; /* REFUTED: inputs and both outcomes */
    double solver_ms;
} VerificationRecord;

typedef struct BenchmarkRecord {
    long long run_id;
    const char *started_at; /* ISO-8601 UTC */
    const char *name, *metric, *unit;
    double value;
} BenchmarkRecord;

/* A file that was checked, with its text when available (for snippets). */
typedef struct ReportFile {
    const char *path;
    const char *text; /* may be NULL: snippets are then omitted */
    size_t len;
    int nfindings;
} ReportFile;

typedef struct ReportInput {
    long long run_id;
    const char *tool_version;
    const char *started_at, *finished_at; /* ISO-8601 UTC */
    const char *options;                  /* the command line, for the record */
    const char *git_commit;               /* may be NULL */
    bool complete;                        /* false for a run that was interrupted */
    ReportFile *files;
    int nfiles;
    const Finding *findings; /* sorted by file, line, column, rule */
    int nfindings;
    const VerificationRecord *verifications;
    int nverifications;
    const BenchmarkRecord *benchmarks; /* history across runs, oldest first */
    int nbenchmarks;
    bool color; /* text format only */
} ReportInput;

/* Writes the report; returns 0, or -1 with a message in err on failure. */
int report_write(ReportFormat fmt, const ReportInput *in, FILE *out, char *err, size_t errlen);
/* "text" → REPORT_TEXT ...; returns -1 for an unknown name. */
int report_format_parse(const char *name);
const char *verdict_name(Verdict v);

#endif
