/* Exact pruning of one function's facts before the borrow rules see them.
 *
 * Every error of the rules starts from a loan, a placeholder origin or a
 * moved path, and reaches its result only through the origins that the
 * subset_base edges lead to from there. So a loan never invalidated cannot
 * fail, an origin that no relevant loan or placeholder reaches can neither
 * carry a relevant loan nor be in a subset error, its liveness cannot matter,
 * and neither can the liveness of the variables that deref only such origins.
 * Dropping those facts leaves every result unchanged (the restricted
 * relations are closed under the rules) and removes most of the work.
 *
 * The hybrid full pass restricts further to what the location-insensitive
 * pass flagged, as Polonius's Hybrid feeds its pre-pass results forward: the
 * potential-error loans and the placeholders with a potential subset error
 * (both over-approximate the exact errors, so nothing else can fail).
 *
 * A placeholder's subset errors only need the subset tuples whose target
 * still reaches a placeholder: every origin on a path to the error's second
 * placeholder does, so those tuples are closed under the rules. An origin
 * reachable from a relevant loan keeps all its edges (the loan flows on). */
#ifndef GROK_BORROW_PRUNE_H
#define GROK_BORROW_PRUNE_H

#include "polonius_facts.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum {
    BORROW_EDGE_ALL = 1,            /* reachable from a relevant loan: every edge */
    BORROW_EDGE_TO_PLACEHOLDER = 2, /* reachable from a relevant placeholder: the edges into
                                       origins that reach a placeholder */
};

typedef struct BorrowPrune {
    uint8_t *loan;           /* per loan: its facts are kept */
    uint8_t *edge;           /* per origin: BORROW_EDGE_* or 0 */
    uint8_t *to_placeholder; /* per origin: reaches a universal region by subset edges */
    uint8_t *live;           /* per origin: its liveness matters */
    uint8_t *var;            /* per variable: its liveness can matter */
    bool moves;              /* keep path_accessed_at_base: the move errors are computed */
    uint8_t *moved;    /* per path, when moves: a move of it, an ancestor or a descendant exists */
    bool paths;        /* keep the other path facts (moves, or a drop that matters) */
    bool subset_pairs; /* give subset_base as the unique (origin, origin) pairs below */
    uint32_t *pairs;   /* npairs * 2 origins, when subset_pairs */
    size_t npairs;
    uint32_t *edges; /* nedges * 2 points: the contracted CFG replacing cfg_edge, or NULL */
    size_t nedges;
    bool universal_live; /* some universal region is live everywhere: fn_point needed */
    size_t size;         /* points + tuples kept: the function's weight in a batch */
} BorrowPrune;

/* For the location-insensitive rules: loans invalidated somewhere, origins
 * reachable from their issuing origins or from a universal region, all the
 * path facts. */
void borrow_prune_li(const PoloniusFacts *f, BorrowPrune *p);

/* For the location-sensitive rules. LOANS (per loan) and PLACEHOLDERS (per
 * origin) are the seeds; NULL means every invalidated loan, and every
 * universal region that reaches another one it is not known to outlive.
 * MOVES says whether the move errors are wanted. */
void borrow_prune_full(const PoloniusFacts *f, const uint8_t *loans, const uint8_t *placeholders,
                       bool moves, BorrowPrune *p);

void borrow_prune_free(BorrowPrune *p);

/* Whether the facts of F in relation R, row I, survive P. */
bool borrow_prune_keeps(const BorrowPrune *p, const PoloniusFacts *f, PfRelId r, size_t i);

#endif
