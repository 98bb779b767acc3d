/* --baseline: the fingerprints of a previous run's findings, read from a
 * results database (its newest complete run) or a SARIF file written by
 * grok-verify (partialFingerprints."grokFingerprint/v1"). Findings whose
 * fingerprint is in the baseline are neither reported nor counted. */
#ifndef GROK_VERIFY_BASELINE_H
#define GROK_VERIFY_BASELINE_H

#include "arena.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct Baseline {
    const char **fingerprints; /* sorted */
    int len;
} Baseline;

int baseline_load(const char *path, Arena *a, Baseline *b, char *err, size_t errlen);
bool baseline_contains(const Baseline *b, const char *fingerprint);

#endif
