/* Findings: the one struct every checker produces and every report and the
 * database consume (ARCHITECTURE.md, "Findings"). A Finding carries its
 * source text positions resolved already (file path, line, column), so
 * db/ and reports/ never need the SourceMap.
 *
 * A FindingList owns its findings and all their strings (one arena). */
#ifndef GROK_FINDING_H
#define GROK_FINDING_H

#include "arena.h"
#include "diag.h"

#include <stdbool.h>
#include <stdint.h>

typedef enum FindingSeverity { FINDING_ERROR, FINDING_WARNING, FINDING_NOTE } FindingSeverity;

typedef struct FindingLoc {
    const char *file; /* path as given on the command line */
    int line, col, end_line, end_col; /* 1-based; end is exclusive */
    uint32_t byte_start, byte_end;
    const char *label; /* text shown under the span; may be NULL */
} FindingLoc;

/* One step of a witness trace (a borrow's path through the CFG, the edges
 * of a lock-order cycle): where, and what happens there. */
typedef struct WitnessStep {
    FindingLoc loc;
    const char *message;
} WitnessStep;

typedef struct Finding {
    const char *rule; /* "borrow/use-after-move" (stable id) */
    const char *code; /* "E0382" or NULL */
    FindingSeverity severity;
    const char *message;
    const char *function; /* enclosing function, "" when none */
    FindingLoc primary;
    FindingLoc *related; /* secondary spans with labels */
    int nrelated;
    const char **notes; /* `= note:` / `= help:` lines, prefix included */
    int nnotes;
    WitnessStep *witness;
    int nwitness;
    /* Source line of the primary span, whitespace-normalised; part of the
     * fingerprint so that it survives edits elsewhere in the file. */
    const char *snippet;
    char fingerprint[17]; /* 16 hex digits */
    bool suppressed;
    const char *suppression; /* the reason given, when suppressed */
} Finding;

typedef struct FindingList {
    Arena *arena;
    Finding *items;
    int len, cap;
} FindingList;

void finding_list_init(FindingList *fl);
void finding_list_free(FindingList *fl);
/* Appends a zeroed finding whose strings the caller fills from fl->arena. */
Finding *finding_add(FindingList *fl);
/* Computes f->fingerprint from rule, function and snippet. */
void finding_fingerprint(Finding *f);
/* Converts every diagnostic of a sink (errors and warnings) to findings. */
void finding_add_diags(FindingList *fl, const DiagSink *ds, const char *function);
const char *finding_severity_name(FindingSeverity s);

#endif
