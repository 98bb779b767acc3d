/* Diagnostics: every error or warning the compiler reports, collected in a
 * DiagSink and rendered rustc-style (text with carets, colours on a TTY) or
 * as JSON lines for tools.
 *
 *   error[E0100]: expected `;`, found `}`
 *    --> file.grok:3:14
 *     |
 *   3 |     let x = 1 }
 *     |              ^ expected `;`
 *     |
 *     = help: ...
 *
 * Each diagnostic has a stable rule id (`syntax/expected-token`,
 * `type/mismatch`, ...) next to its E-code; the checkers turn diagnostics
 * into Findings with the same rule ids. Messages live in the sink's arena. */
#ifndef GROK_DIAG_H
#define GROK_DIAG_H

#include "arena.h"
#include "source.h"

#include <stdbool.h>
#include <stdio.h>

typedef enum Severity { SEV_ERROR, SEV_WARNING, SEV_NOTE, SEV_HELP } Severity;

typedef struct DiagLabel {
    Span span;
    const char *text; /* may be NULL */
    bool primary;
} DiagLabel;

typedef struct DiagNote {
    Severity kind; /* SEV_NOTE or SEV_HELP */
    bool has_span;
    Span span;
    const char *text;
} DiagNote;

typedef struct Diag {
    Severity severity;
    const char *code; /* "E0100" */
    const char *rule; /* "syntax/expected-token" */
    const char *message;
    Span span;         /* primary span */
    DiagLabel *labels; /* labels[0] is the primary label */
    int nlabels, labels_cap;
    DiagNote *notes;
    int nnotes, notes_cap;
} Diag;

typedef struct DiagSink {
    SourceMap *sm;
    Arena *arena;
    Diag **items;
    int len, cap;
    int nerrors, nwarnings;
    /* Stop recording after this many errors (0 = no limit); a final note
     * says how many more there were. */
    int max_errors;
    int dropped;
    /* Returned for errors past max_errors: nothing is formatted or stored
     * for them, and labels or notes added to it are ignored, so millions
     * of errors cost neither time nor memory. */
    Diag *overflow;
} DiagSink;

typedef enum DiagFormat { DIAG_TEXT, DIAG_JSON } DiagFormat;

/* max_errors of every sink diag_sink_init sets up (0 = no limit); the
 * tools set it from --max-errors before any work. */
extern int diag_default_max_errors;

void diag_sink_init(DiagSink *ds, SourceMap *sm, Arena *arena);
void diag_sink_free(DiagSink *ds);

/* Adds a diagnostic with its primary span; LABEL is the text under the
 * caret (NULL for none); the message is printf-formatted. */
Diag *diag_add(DiagSink *ds, Severity sev, Span span, const char *code, const char *rule,
               const char *label, const char *fmt, ...) __attribute__((format(printf, 7, 8)));
#define diag_error(ds, span, code, rule, label, ...)                                               \
    diag_add(ds, SEV_ERROR, span, code, rule, label, __VA_ARGS__)
/* A secondary span underlined with `-` and its text. */
void diag_label(DiagSink *ds, Diag *d, Span span, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* `= note: ...` / `= help: ...` lines (no span). */
void diag_note(DiagSink *ds, Diag *d, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void diag_help(DiagSink *ds, Diag *d, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* A note with its own span and snippet. */
void diag_note_at(DiagSink *ds, Diag *d, Span span, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Renders all diagnostics in the order they were added. Source lines are
 * echoed as valid UTF-8 (U+FFFD for invalid bytes, spaces for control
 * characters) and long lines as a window around the labels (`...`). With colour, ANSI
 * escapes as rustc uses them. A final "aborting due to N errors" line is
 * printed in text format when there was at least one error. */
void diag_render(DiagSink *ds, FILE *out, DiagFormat fmt, bool color);
void diag_render_one(DiagSink *ds, const Diag *d, FILE *out, DiagFormat fmt, bool color);

/* Plain messages not tied to a span (usage and I/O errors). */
void diag_plain_error(FILE *out, bool color, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
