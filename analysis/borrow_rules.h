/* The Polonius borrow rules as Z3 fixedpoint (Datalog) relations and rules,
 * declared once per Z3 context and added to every fixedpoint built from it.
 *
 * Two rule sets share the initialisation and liveness rules:
 * - BORROW_RULES_LI, the location-insensitive pre-pass (Polonius's
 *   `location_insensitive.rs`), which also yields the exact move errors;
 * - BORROW_RULES_FULL, the location-sensitive rules (Polonius's `naive.rs`).
 * Both answer through the one output relation `out(tag, a, b, c)` so that one
 * query computes everything (each Z3 query recomputes from scratch). */
#ifndef GROK_BORROW_RULES_H
#define GROK_BORROW_RULES_H

#include <stdint.h>
#include <z3.h>

typedef enum BorrowRuleSet { BORROW_RULES_LI, BORROW_RULES_FULL, BORROW_RULES_NSETS } BorrowRuleSet;

/* The input relations as the rules see them. They follow polonius_facts.h
 * except: `loan_invalidated_at` is (loan, point); `universal_region` is
 * (origin, function); `fn_point(point, function)` lists every point of a
 * function, so that the universal origins are made live at the points of
 * their own function only when many functions share one fixedpoint;
 * `subset_pair(origin1, origin2)` is subset_base without its point, which is
 * all the location-insensitive rules read (rows repeat per point: dropping
 * the point in C saves Z3 most of them); `universal_region_live(origin,
 * function)` lists the universal regions whose liveness matters (all of them
 * are placeholders, but most need not be made live: borrow_prune.h). */
typedef enum BorrowInput {
    BI_CFG_EDGE,
    BI_LOAN_ISSUED_AT,
    BI_LOAN_KILLED_AT,
    BI_LOAN_INVALIDATED_AT,
    BI_SUBSET_BASE,
    BI_VAR_USED_AT,
    BI_VAR_DEFINED_AT,
    BI_VAR_DROPPED_AT,
    BI_USE_OF_VAR_DEREFS_ORIGIN,
    BI_DROP_OF_VAR_DEREFS_ORIGIN,
    BI_PATH_IS_VAR,
    BI_PATH_ASSIGNED_AT_BASE,
    BI_PATH_MOVED_AT_BASE,
    BI_PATH_ACCESSED_AT_BASE,
    BI_CHILD_PATH,
    BI_PLACEHOLDER,
    BI_KNOWN_PLACEHOLDER_SUBSET,
    BI_UNIVERSAL_REGION,
    BI_FN_POINT,
    BI_SUBSET_PAIR,
    BI_UNIVERSAL_REGION_LIVE,
    BI_NINPUTS
} BorrowInput;

/* Tags of the output relation `out(tag, a, b, c)`; unused columns are 0. */
typedef enum BorrowOutTag {
    BORROW_OUT_LOAN_ERROR = 1,       /* (loan, point, 0) */
    BORROW_OUT_MOVE_ERROR = 2,       /* (path, point, 0) */
    BORROW_OUT_SUBSET_ERROR = 3,     /* (origin1, origin2, point) */
    BORROW_OUT_POTENTIAL_LOAN = 4,   /* LI: (loan, point, 0) */
    BORROW_OUT_POTENTIAL_SUBSET = 5, /* LI: (origin1, origin2, 0) */
} BorrowOutTag;

typedef struct BorrowRules BorrowRules;

/* Parses and keeps the rule sets for CTX (a context made with
 * Z3_mk_context_rc). Returns NULL with ERR set if Z3 rejects them. */
BorrowRules *borrow_rules_new(Z3_context ctx, char *err, size_t errlen);
void borrow_rules_free(BorrowRules *br);
/* A new fixedpoint (caller owns one reference) holding the relations and
 * the rules of SET, with engine=datalog and the given timeout (0 = none). */
Z3_fixedpoint borrow_rules_fixedpoint(BorrowRules *br, BorrowRuleSet set, unsigned timeout_ms);
Z3_func_decl borrow_rules_input(const BorrowRules *br, BorrowInput in);
Z3_func_decl borrow_rules_output(const BorrowRules *br);
int borrow_input_arity(BorrowInput in);

#endif
