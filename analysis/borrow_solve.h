/* Solving the borrow rules (borrow_rules.h) for many independent functions.
 *
 * Structure, as Z3-DATALOG.md measured it: one worker thread per core, each
 * with ONE Z3 context reused for all its work; many small functions batched
 * into one fixedpoint (ids offset per function, answers mapped back by id
 * range); functions where nothing can fail skipped outright; in hybrid mode
 * the location-insensitive rules first, and the location-sensitive rules only
 * for the functions they flag. A function whose query hits the timeout (alone
 * in its fixedpoint) is UNKNOWN with Z3's reason, never a silent pass. */
#ifndef GROK_BORROW_SOLVE_H
#define GROK_BORROW_SOLVE_H

#include "polonius_facts.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum BorrowMode { BORROW_MODE_HYBRID, BORROW_MODE_FULL } BorrowMode;

typedef enum BorrowFnStatus { BORROW_FN_SOLVED, BORROW_FN_UNKNOWN } BorrowFnStatus;

/* Error tuples in the function's own atom ids, sorted. */
typedef struct BorrowTuples {
    uint32_t *v; /* n * arity */
    size_t n, cap;
} BorrowTuples;

typedef struct BorrowFnResult {
    BorrowFnStatus status;
    char *unknown_reason;       /* when UNKNOWN */
    BorrowTuples loan_errors;   /* (loan, point) */
    BorrowTuples move_errors;   /* (path, point) */
    BorrowTuples subset_errors; /* (origin1, origin2, point) */
    bool skipped;               /* no loan, move or subset error was possible */
    bool li_flagged;            /* hybrid: the location-insensitive pass flagged it */
    bool ran_full;              /* the location-sensitive rules ran on it */
} BorrowFnResult;

typedef struct BorrowSolveOptions {
    BorrowMode mode;
    int jobs;            /* worker threads, >= 1 */
    unsigned timeout_ms; /* per function query; 0 = none */
} BorrowSolveOptions;

typedef struct BorrowSolveStats {
    double li_seconds, full_seconds; /* wall time of the two phases */
    int skipped, li_functions, li_batches, full_functions, full_batches, unknown;
} BorrowSolveStats;

/* Solves FNS[0..n) into RES[0..n) (zeroed here). Returns 0, or -1 with ERR
 * set when Z3 could not be set up at all. */
int borrow_solve(PoloniusFacts *const *fns, int n, const BorrowSolveOptions *opt,
                 BorrowFnResult *res, BorrowSolveStats *stats, char *err, size_t errlen);
void borrow_fn_result_free(BorrowFnResult *r);

#endif
