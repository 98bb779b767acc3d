/* Exact fact pruning for the borrow rules: which loans, origins, variables,
 * path accesses and CFG points survive, on hand-made facts. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "analysis/borrow_prune.h"

#include <stdlib.h>
#include <string.h>

/* Adds one tuple to relation R given as atom texts. */
static void add(PoloniusFacts *f, PfRelId r, const char *a, const char *b, const char *c) {
    const char *names[3] = {a, b, c};
    uint32_t t[PF_MAX_ARITY];
    for (int i = 0; i < pf_schema[r].arity; i++)
        t[i] = pf_intern(f, pf_schema[r].kinds[i], names[i], strlen(names[i]));
    pf_add(f, r, t);
}

static uint32_t id(PoloniusFacts *f, PfKind k, const char *name) {
    return pf_intern(f, k, name, strlen(name));
}

/* Whether row I of R survives, found by its first two atoms. */
static bool kept(const BorrowPrune *p, PoloniusFacts *f, PfRelId r, const char *a, const char *b) {
    uint32_t x = id(f, pf_schema[r].kinds[0], a), y = id(f, pf_schema[r].kinds[1], b);
    int ar = pf_schema[r].arity;
    for (size_t i = 0; i < f->rel[r].n; i++)
        if (f->rel[r].v[i * ar] == x && f->rel[r].v[i * ar + 1] == y)
            return borrow_prune_keeps(p, f, r, i);
    fail_msg("no row %s %s", a, b);
    return false;
}

/* Loan L1 is invalidated, L2 never: only L1's origins and the variables
 * that deref them matter. */
static void test_loans_and_origins(void **state) {
    (void)state;
    PoloniusFacts f;
    pf_init(&f, "fn");
    add(&f, PF_CFG_EDGE, "p0", "p1", NULL);
    add(&f, PF_LOAN_ISSUED_AT, "o1", "L1", "p0");
    add(&f, PF_LOAN_ISSUED_AT, "o5", "L2", "p0");
    add(&f, PF_LOAN_INVALIDATED_AT, "p1", "L1", NULL);
    add(&f, PF_LOAN_KILLED_AT, "L2", "p1", NULL);
    add(&f, PF_SUBSET_BASE, "o1", "o2", "p0");
    add(&f, PF_SUBSET_BASE, "o5", "o6", "p0");
    add(&f, PF_USE_OF_VAR_DEREFS_ORIGIN, "v2", "o2", NULL);
    add(&f, PF_USE_OF_VAR_DEREFS_ORIGIN, "v6", "o6", NULL);
    add(&f, PF_VAR_USED_AT, "v2", "p1", NULL);
    add(&f, PF_VAR_USED_AT, "v6", "p1", NULL);
    BorrowPrune p;
    borrow_prune_full(&f, NULL, NULL, true, &p);
    assert_true(p.loan[id(&f, PF_LOAN, "L1")]);
    assert_false(p.loan[id(&f, PF_LOAN, "L2")]);
    assert_int_equal(p.edge[id(&f, PF_ORIGIN, "o2")], BORROW_EDGE_ALL);
    assert_int_equal(p.edge[id(&f, PF_ORIGIN, "o5")], 0);
    assert_true(kept(&p, &f, PF_SUBSET_BASE, "o1", "o2"));
    assert_false(kept(&p, &f, PF_SUBSET_BASE, "o5", "o6"));
    assert_false(kept(&p, &f, PF_LOAN_KILLED_AT, "L2", "p1"));
    assert_true(kept(&p, &f, PF_VAR_USED_AT, "v2", "p1"));
    assert_false(kept(&p, &f, PF_VAR_USED_AT, "v6", "p1"));
    assert_false(kept(&p, &f, PF_USE_OF_VAR_DEREFS_ORIGIN, "v6", "o6"));
    borrow_prune_free(&p);
    pf_free(&f);
}

/* From a placeholder, only the edges into origins that reach another
 * placeholder matter; a placeholder known to outlive the only one it
 * reaches cannot have a subset error at all. */
static void test_placeholders(void **state) {
    (void)state;
    PoloniusFacts f;
    pf_init(&f, "fn");
    add(&f, PF_CFG_EDGE, "p0", "p1", NULL);
    add(&f, PF_UNIVERSAL_REGION, "'a", NULL, NULL);
    add(&f, PF_UNIVERSAL_REGION, "'b", NULL, NULL);
    add(&f, PF_SUBSET_BASE, "'a", "x", "p0");
    add(&f, PF_SUBSET_BASE, "x", "'b", "p0");
    add(&f, PF_SUBSET_BASE, "'a", "y", "p0");
    BorrowPrune p;
    borrow_prune_full(&f, NULL, NULL, true, &p);
    assert_true(kept(&p, &f, PF_SUBSET_BASE, "'a", "x"));
    assert_true(kept(&p, &f, PF_SUBSET_BASE, "x", "'b"));
    assert_false(kept(&p, &f, PF_SUBSET_BASE, "'a", "y"));
    assert_false(p.live[id(&f, PF_ORIGIN, "y")]);
    borrow_prune_free(&p);

    add(&f, PF_KNOWN_PLACEHOLDER_SUBSET, "'a", "'b", NULL);
    borrow_prune_full(&f, NULL, NULL, true, &p);
    assert_false(kept(&p, &f, PF_SUBSET_BASE, "'a", "x"));
    assert_false(p.live[id(&f, PF_ORIGIN, "'a")]);
    borrow_prune_free(&p);
    pf_free(&f);
}

/* The hybrid full pass takes its seeds from the LI pass: no flagged loan,
 * no loan facts; no move errors wanted, no accesses. */
static void test_hybrid_seeds(void **state) {
    (void)state;
    PoloniusFacts f;
    pf_init(&f, "fn");
    add(&f, PF_CFG_EDGE, "p0", "p1", NULL);
    add(&f, PF_LOAN_ISSUED_AT, "o1", "L1", "p0");
    add(&f, PF_LOAN_INVALIDATED_AT, "p1", "L1", NULL);
    add(&f, PF_PATH_MOVED_AT_BASE, "m", "p0", NULL);
    add(&f, PF_PATH_ACCESSED_AT_BASE, "m", "p1", NULL);
    uint8_t *none_l = calloc(pf_atom_count(&f, PF_LOAN) + 1, 1);
    uint8_t *none_o = calloc(pf_atom_count(&f, PF_ORIGIN) + 1, 1);
    BorrowPrune p;
    borrow_prune_full(&f, none_l, none_o, false, &p);
    assert_false(kept(&p, &f, PF_LOAN_ISSUED_AT, "o1", "L1"));
    assert_false(kept(&p, &f, PF_PATH_ACCESSED_AT_BASE, "m", "p1"));
    borrow_prune_free(&p);
    free(none_l);
    free(none_o);
    pf_free(&f);
}

/* An access matters only when the path, an ancestor or a descendant moves. */
static void test_moves(void **state) {
    (void)state;
    PoloniusFacts f;
    pf_init(&f, "fn");
    add(&f, PF_CFG_EDGE, "p0", "p1", NULL);
    add(&f, PF_CHILD_PATH, "s.f", "s", NULL);
    add(&f, PF_PATH_MOVED_AT_BASE, "s.f", "p0", NULL);
    add(&f, PF_PATH_ACCESSED_AT_BASE, "s", "p1", NULL);
    add(&f, PF_PATH_ACCESSED_AT_BASE, "t", "p1", NULL);
    BorrowPrune p;
    borrow_prune_li(&f, &p);
    assert_true(kept(&p, &f, PF_PATH_ACCESSED_AT_BASE, "s", "p1"));
    assert_false(kept(&p, &f, PF_PATH_ACCESSED_AT_BASE, "t", "p1"));
    borrow_prune_free(&p);
    pf_free(&f);
}

/* The LI rules see p0 -> p3 for a chain whose middle no kept fact names,
 * and the unique subset pairs without points. */
static void test_li_contraction_and_pairs(void **state) {
    (void)state;
    PoloniusFacts f;
    pf_init(&f, "fn");
    add(&f, PF_CFG_EDGE, "p0", "p1", NULL);
    add(&f, PF_CFG_EDGE, "p1", "p2", NULL);
    add(&f, PF_CFG_EDGE, "p2", "p3", NULL);
    add(&f, PF_LOAN_ISSUED_AT, "o1", "L1", "p0");
    add(&f, PF_LOAN_INVALIDATED_AT, "p3", "L1", NULL);
    add(&f, PF_SUBSET_BASE, "o1", "o2", "p1"); /* points of subset_base do not count */
    add(&f, PF_SUBSET_BASE, "o1", "o2", "p2");
    BorrowPrune p;
    borrow_prune_li(&f, &p);
    assert_int_equal(p.nedges, 1);
    assert_int_equal(p.edges[0], id(&f, PF_POINT, "p0"));
    assert_int_equal(p.edges[1], id(&f, PF_POINT, "p3"));
    assert_false(kept(&p, &f, PF_CFG_EDGE, "p0", "p1"));
    assert_int_equal(p.npairs, 1);
    assert_false(kept(&p, &f, PF_SUBSET_BASE, "o1", "o2"));
    borrow_prune_free(&p);

    /* The full rules keep every point: subset errors are per point. */
    borrow_prune_full(&f, NULL, NULL, true, &p);
    assert_null(p.edges);
    assert_true(kept(&p, &f, PF_CFG_EDGE, "p1", "p2"));
    borrow_prune_free(&p);
    pf_free(&f);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_loans_and_origins),
        cmocka_unit_test(test_placeholders),
        cmocka_unit_test(test_hybrid_seeds),
        cmocka_unit_test(test_moves),
        cmocka_unit_test(test_li_contraction_and_pairs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
