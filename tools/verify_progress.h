/* Progress of a batch on stderr: a redrawn bar on a terminal (files done
 * of total, findings so far, elapsed, ETA), a plain line every few seconds
 * otherwise (CI logs), nothing with --quiet. */
#ifndef GROK_VERIFY_PROGRESS_H
#define GROK_VERIFY_PROGRESS_H

#include <stdbool.h>

typedef struct Progress {
    bool tty, quiet, drawn;
    int total;
    double start, last;
} Progress;

/* Monotonic seconds. */
double progress_now(void);
void progress_init(Progress *p, int total, bool quiet);
/* Cheap to call per file: redraws at most 10 times a second (every 5
 * seconds without a terminal). */
void progress_update(Progress *p, int done, int cached, int findings);
/* Erases the bar, leaving the terminal line clean for the summary. */
void progress_finish(Progress *p);

#endif
