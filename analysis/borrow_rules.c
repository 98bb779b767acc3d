/* The Polonius rules in Z3's fixedpoint language; see borrow_rules.h.
 *
 * Ported from rust-lang/polonius 0.13 (`output/initialization.rs`,
 * `liveness.rs`, `location_insensitive.rs`, `naive.rs`, and the context
 * set-up of `output/mod.rs`) so that the error counts equal Polonius's. The
 * text is parsed once per context; every fixedpoint gets the parsed rules
 * and the input facts through Z3_fixedpoint_add_fact. */
#include "borrow_rules.h"

#include "arena.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ID "(_ BitVec 32)"

static const char *const INPUT_NAMES[BI_NINPUTS] = {
    [BI_CFG_EDGE] = "cfg_edge",
    [BI_LOAN_ISSUED_AT] = "loan_issued_at",
    [BI_LOAN_KILLED_AT] = "loan_killed_at",
    [BI_LOAN_INVALIDATED_AT] = "loan_invalidated_at",
    [BI_SUBSET_BASE] = "subset_base",
    [BI_VAR_USED_AT] = "var_used_at",
    [BI_VAR_DEFINED_AT] = "var_defined_at",
    [BI_VAR_DROPPED_AT] = "var_dropped_at",
    [BI_USE_OF_VAR_DEREFS_ORIGIN] = "use_of_var_derefs_origin",
    [BI_DROP_OF_VAR_DEREFS_ORIGIN] = "drop_of_var_derefs_origin",
    [BI_PATH_IS_VAR] = "path_is_var",
    [BI_PATH_ASSIGNED_AT_BASE] = "path_assigned_at_base",
    [BI_PATH_MOVED_AT_BASE] = "path_moved_at_base",
    [BI_PATH_ACCESSED_AT_BASE] = "path_accessed_at_base",
    [BI_CHILD_PATH] = "child_path",
    [BI_PLACEHOLDER] = "placeholder",
    [BI_KNOWN_PLACEHOLDER_SUBSET] = "known_placeholder_subset",
    [BI_UNIVERSAL_REGION] = "universal_region",
    [BI_FN_POINT] = "fn_point",
    [BI_SUBSET_PAIR] = "subset_pair",
    [BI_UNIVERSAL_REGION_LIVE] = "universal_region_live",
};

static const int INPUT_ARITY[BI_NINPUTS] = {
    [BI_CFG_EDGE] = 2,
    [BI_LOAN_ISSUED_AT] = 3,
    [BI_LOAN_KILLED_AT] = 2,
    [BI_LOAN_INVALIDATED_AT] = 2,
    [BI_SUBSET_BASE] = 3,
    [BI_VAR_USED_AT] = 2,
    [BI_VAR_DEFINED_AT] = 2,
    [BI_VAR_DROPPED_AT] = 2,
    [BI_USE_OF_VAR_DEREFS_ORIGIN] = 2,
    [BI_DROP_OF_VAR_DEREFS_ORIGIN] = 2,
    [BI_PATH_IS_VAR] = 2,
    [BI_PATH_ASSIGNED_AT_BASE] = 2,
    [BI_PATH_MOVED_AT_BASE] = 2,
    [BI_PATH_ACCESSED_AT_BASE] = 2,
    [BI_CHILD_PATH] = 2,
    [BI_PLACEHOLDER] = 2,
    [BI_KNOWN_PLACEHOLDER_SUBSET] = 2,
    [BI_UNIVERSAL_REGION] = 2,
    [BI_FN_POINT] = 2,
    [BI_SUBSET_PAIR] = 2,
    [BI_UNIVERSAL_REGION_LIVE] = 2,
};

int borrow_input_arity(BorrowInput in) {
    return INPUT_ARITY[in];
}

/* Relations derived by the rules (besides `out`), with their arities. */
static const struct {
    const char *name;
    int arity;
} DERIVED[] = {
    {"ancestor_path", 2},
    {"path_moved_at", 2},
    {"path_assigned_at", 2},
    {"path_accessed_at", 2},
    {"path_begins_with_var", 2},
    {"var_drop_feeds_origin", 1},
    {"path_feeds_drop", 1},
    {"path_uninit_matters_on_exit", 2},
    {"path_maybe_initialized_on_exit", 2},
    {"path_maybe_uninitialized_on_exit", 2},
    {"var_maybe_partly_initialized_on_exit", 2},
    {"var_maybe_partly_initialized_on_entry", 2},
    {"var_live_on_entry", 2},
    {"var_drop_live_on_entry", 2},
    {"cfg_node", 1},
    {"origin_live_on_entry", 2},
    {"placeholder_origin", 1},
    {"known_placeholder_subset_closed", 2},
    /* location-insensitive */
    {"li_subset", 2},
    {"li_origin_contains_loan", 2},
    {"li_reachable_from_placeholder", 2},
    /* location-sensitive */
    {"subset", 3},
    {"origin_contains_loan_on_entry", 3},
    {"loan_live_at", 2},
};

static const char RULES_COMMON[] =
    /* initialization.rs, step 1: transitive closure of path operations */
    "(rule (=> (child_path c p) (ancestor_path p c)))\n"
    "(rule (=> (and (ancestor_path p c) (child_path p g)) (ancestor_path g c)))\n"
    "(rule (=> (path_moved_at_base x n) (path_moved_at x n)))\n"
    "(rule (=> (and (path_moved_at p n) (ancestor_path p c)) (path_moved_at c n)))\n"
    "(rule (=> (path_assigned_at_base x n) (path_assigned_at x n)))\n"
    "(rule (=> (and (path_assigned_at p n) (ancestor_path p c)) (path_assigned_at c n)))\n"
    "(rule (=> (path_accessed_at_base x n) (path_accessed_at x n)))\n"
    "(rule (=> (and (path_accessed_at p n) (ancestor_path p c)) (path_accessed_at c n)))\n"
    "(rule (=> (path_is_var x v) (path_begins_with_var x v)))\n"
    "(rule (=> (and (path_begins_with_var p v) (ancestor_path p c)) (path_begins_with_var c "
    "v)))\n"
    /* step 2: (de)initialisation along the CFG, move errors. Each relation
     * is computed only for the paths that can affect a result: maybe-
     * initialised paths only feed the drop-liveness of variables whose drop
     * uses an origin, maybe-uninitialised paths only the move errors of
     * accessed paths (at the points from which an access is reachable
     * without an assignment: a backward search that stops early, where the
     * forward one runs to the end of the function), and a variable's liveness only matters through
     * the origins its use derefs. The restrictions are exact (each relation is per path or per
     * variable), and they save most of the work. */
    "(rule (=> (and (var_dropped_at v n) (drop_of_var_derefs_origin v o)) (var_drop_feeds_origin "
    "v)))\n"
    "(rule (=> (and (path_begins_with_var x v) (var_drop_feeds_origin v)) (path_feeds_drop x)))\n"
    "(rule (=> (and (path_assigned_at x n) (path_feeds_drop x)) (path_maybe_initialized_on_exit x "
    "n)))\n"
    "(rule (=> (and (path_maybe_initialized_on_exit x n) (cfg_edge n m) (not (path_moved_at x "
    "m))) (path_maybe_initialized_on_exit x m)))\n"
    "(rule (=> (and (cfg_edge n m) (path_accessed_at x m)) (path_uninit_matters_on_exit x n)))\n"
    "(rule (=> (and (path_uninit_matters_on_exit x m) (cfg_edge n m) (not (path_assigned_at x "
    "m))) (path_uninit_matters_on_exit x n)))\n"
    "(rule (=> (and (path_moved_at x n) (path_uninit_matters_on_exit x n)) "
    "(path_maybe_uninitialized_on_exit x n)))\n"
    "(rule (=> (and (path_maybe_uninitialized_on_exit x n) (cfg_edge n m) (not "
    "(path_assigned_at x m)) (path_uninit_matters_on_exit x m)) (path_maybe_uninitialized_on_exit "
    "x m)))\n"
    "(rule (=> (and (path_maybe_initialized_on_exit x n) (path_begins_with_var x v)) "
    "(var_maybe_partly_initialized_on_exit v n)))\n"
    "(rule (=> (and (path_maybe_uninitialized_on_exit x n) (cfg_edge n m) (path_accessed_at x "
    "m)) (out #x00000002 x m #x00000000)))\n"
    /* liveness.rs */
    "(rule (=> (and (var_used_at v n) (use_of_var_derefs_origin v o)) (var_live_on_entry v n)))\n"
    "(rule (=> (and (var_live_on_entry v m) (cfg_edge n m) (not (var_defined_at v n))) "
    "(var_live_on_entry v n)))\n"
    "(rule (=> (and (var_maybe_partly_initialized_on_exit v n) (cfg_edge n m)) "
    "(var_maybe_partly_initialized_on_entry v m)))\n"
    "(rule (=> (and (var_dropped_at v n) (var_maybe_partly_initialized_on_entry v n)) "
    "(var_drop_live_on_entry v n)))\n"
    "(rule (=> (and (var_drop_live_on_entry v m) (cfg_edge n m) (not (var_defined_at v n)) "
    "(var_maybe_partly_initialized_on_exit v n)) (var_drop_live_on_entry v n)))\n"
    "(rule (=> (and (var_live_on_entry v n) (use_of_var_derefs_origin v o)) "
    "(origin_live_on_entry o n)))\n"
    "(rule (=> (and (var_drop_live_on_entry v n) (drop_of_var_derefs_origin v o)) "
    "(origin_live_on_entry o n)))\n"
    /* output/mod.rs: universal regions are live at every CFG node */
    "(rule (=> (cfg_edge n m) (cfg_node n)))\n"
    "(rule (=> (cfg_edge n m) (cfg_node m)))\n"
    "(rule (=> (and (universal_region_live o f) (fn_point n f) (cfg_node n)) "
    "(origin_live_on_entry o "
    "n)))\n"
    "(rule (=> (universal_region o f) (placeholder_origin o)))\n"
    "(rule (=> (known_placeholder_subset a b) (known_placeholder_subset_closed a b)))\n"
    "(rule (=> (and (known_placeholder_subset_closed a b) (known_placeholder_subset b c)) "
    "(known_placeholder_subset_closed a c)))\n";

/* location_insensitive.rs. The potential subset errors are computed by
 * reachability from each placeholder origin, which over-approximates the
 * naive subset errors even for a universal region without a placeholder
 * loan, so a function this pass finds clean is clean under the full rules. */
static const char RULES_LI[] =
    "(rule (=> (subset_pair a b) (li_subset a b)))\n"
    "(rule (=> (loan_issued_at o l n) (li_origin_contains_loan o l)))\n"
    "(rule (=> (and (li_origin_contains_loan a l) (li_subset a b)) (li_origin_contains_loan b "
    "l)))\n"
    "(rule (=> (and (li_origin_contains_loan o l) (origin_live_on_entry o n) "
    "(loan_invalidated_at l n)) (out #x00000004 l n #x00000000)))\n"
    "(rule (=> (and (placeholder_origin a) (li_subset a b)) (li_reachable_from_placeholder a "
    "b)))\n"
    "(rule (=> (and (li_reachable_from_placeholder a b) (li_subset b c)) "
    "(li_reachable_from_placeholder a c)))\n"
    "(rule (=> (and (li_reachable_from_placeholder a b) (placeholder_origin b) (not (= a b)) "
    "(not (known_placeholder_subset_closed a b))) (out #x00000005 a b #x00000000)))\n";

/* naive.rs */
static const char RULES_FULL[] =
    "(rule (=> (and (subset_base a b n) (not (= a b))) (subset a b n)))\n"
    "(rule (=> (and (subset a b n) (subset b c n) (not (= a c))) (subset a c n)))\n"
    "(rule (=> (and (subset a b n) (cfg_edge n m) (origin_live_on_entry a m) "
    "(origin_live_on_entry b m)) (subset a b m)))\n"
    "(rule (=> (loan_issued_at o l n) (origin_contains_loan_on_entry o l n)))\n"
    "(rule (=> (and (origin_contains_loan_on_entry a l n) (subset a b n)) "
    "(origin_contains_loan_on_entry b l n)))\n"
    "(rule (=> (and (origin_contains_loan_on_entry o l n) (not (loan_killed_at l n)) (cfg_edge "
    "n m) (origin_live_on_entry o m)) (origin_contains_loan_on_entry o l m)))\n"
    "(rule (=> (and (origin_contains_loan_on_entry o l n) (origin_live_on_entry o n)) "
    "(loan_live_at l n)))\n"
    "(rule (=> (and (loan_invalidated_at l n) (loan_live_at l n)) (out #x00000001 l n "
    "#x00000000)))\n"
    "(rule (=> (and (subset a b n) (placeholder_origin a) (placeholder_origin b) (not "
    "(known_placeholder_subset_closed a b))) (out #x00000003 a b n)))\n";

struct BorrowRules {
    Z3_context ctx;
    Z3_func_decl inputs[BI_NINPUTS];
    Z3_func_decl derived[sizeof DERIVED / sizeof DERIVED[0]];
    Z3_func_decl out;
    Z3_ast_vector rules[BORROW_RULES_NSETS];
};

static Z3_func_decl mk_rel(Z3_context ctx, const char *name, int arity) {
    Z3_sort id = Z3_mk_bv_sort(ctx, 32);
    Z3_inc_ref(ctx, Z3_sort_to_ast(ctx, id));
    Z3_sort dom[4] = {id, id, id, id};
    Z3_func_decl d = Z3_mk_func_decl(ctx, Z3_mk_string_symbol(ctx, name), (unsigned)arity, dom,
                                     Z3_mk_bool_sort(ctx));
    Z3_inc_ref(ctx, Z3_func_decl_to_ast(ctx, d));
    Z3_dec_ref(ctx, Z3_sort_to_ast(ctx, id));
    return d;
}

/* The declarations and variables every rule text needs. */
static char *rules_preamble(void) {
    size_t cap = 8192, len = 0;
    char *s = xmalloc(cap);
    s[0] = '\0';
#define APPEND(...)                                                                                \
    do {                                                                                           \
        int w = snprintf(s + len, cap - len, __VA_ARGS__);                                         \
        if ((size_t)w >= cap - len) {                                                              \
            cap = (cap + (size_t)w) * 2;                                                           \
            s = xrealloc(s, cap);                                                                  \
            w = snprintf(s + len, cap - len, __VA_ARGS__);                                         \
        }                                                                                          \
        len += (size_t)w;                                                                          \
    } while (0)
    for (int i = 0; i < BI_NINPUTS; i++) {
        APPEND("(declare-rel %s (", INPUT_NAMES[i]);
        for (int k = 0; k < INPUT_ARITY[i]; k++)
            APPEND(" " ID);
        APPEND("))\n");
    }
    for (size_t i = 0; i < sizeof DERIVED / sizeof DERIVED[0]; i++) {
        APPEND("(declare-rel %s (", DERIVED[i].name);
        for (int k = 0; k < DERIVED[i].arity; k++)
            APPEND(" " ID);
        APPEND("))\n");
    }
    APPEND("(declare-rel out (" ID " " ID " " ID " " ID "))\n");
    const char *vars = "abcflmnopvxg";
    for (const char *v = vars; *v; v++)
        APPEND("(declare-var %c " ID ")\n", *v);
#undef APPEND
    return s;
}

static void set_fixedpoint_params(Z3_context ctx, Z3_fixedpoint fp, unsigned timeout_ms) {
    Z3_params p = Z3_mk_params(ctx);
    Z3_params_inc_ref(ctx, p);
    Z3_params_set_symbol(ctx, p, Z3_mk_string_symbol(ctx, "engine"),
                         Z3_mk_string_symbol(ctx, "datalog"));
    Z3_params_set_symbol(ctx, p, Z3_mk_string_symbol(ctx, "datalog.default_table"),
                         Z3_mk_string_symbol(ctx, "sparse"));
    /* Eager inlining merges the initialisation and liveness rules into wide
     * joins: 20x slower on small functions, measured. */
    Z3_params_set_bool(ctx, p, Z3_mk_string_symbol(ctx, "xform.inline_eager"), false);
    if (timeout_ms)
        Z3_params_set_uint(ctx, p, Z3_mk_string_symbol(ctx, "timeout"), timeout_ms);
    Z3_fixedpoint_set_params(ctx, fp, p);
    Z3_params_dec_ref(ctx, p);
}

BorrowRules *borrow_rules_new(Z3_context ctx, char *err, size_t errlen) {
    BorrowRules *br = xcalloc(1, sizeof *br);
    br->ctx = ctx;
    for (int i = 0; i < BI_NINPUTS; i++)
        br->inputs[i] = mk_rel(ctx, INPUT_NAMES[i], INPUT_ARITY[i]);
    for (size_t i = 0; i < sizeof DERIVED / sizeof DERIVED[0]; i++)
        br->derived[i] = mk_rel(ctx, DERIVED[i].name, DERIVED[i].arity);
    br->out = mk_rel(ctx, "out", 4);
    char *pre = rules_preamble();
    for (int set = 0; set < BORROW_RULES_NSETS; set++) {
        const char *extra = set == BORROW_RULES_LI ? RULES_LI : RULES_FULL;
        size_t n = strlen(pre) + strlen(RULES_COMMON) + strlen(extra) + 1;
        char *text = xmalloc(n);
        snprintf(text, n, "%s%s%s", pre, RULES_COMMON, extra);
        Z3_fixedpoint fp = Z3_mk_fixedpoint(ctx);
        Z3_fixedpoint_inc_ref(ctx, fp);
        Z3_ast_vector queries = Z3_fixedpoint_from_string(ctx, fp, text);
        free(text);
        if (Z3_get_error_code(ctx) != Z3_OK || !queries) {
            snprintf(err, errlen, "Z3 rejected the borrow rules: %s",
                     Z3_get_error_msg(ctx, Z3_get_error_code(ctx)));
            Z3_fixedpoint_dec_ref(ctx, fp);
            free(pre);
            br->rules[set] = NULL;
            borrow_rules_free(br);
            return NULL;
        }
        Z3_ast_vector_inc_ref(ctx, queries);
        Z3_ast_vector_dec_ref(ctx, queries);
        br->rules[set] = Z3_fixedpoint_get_rules(ctx, fp);
        Z3_ast_vector_inc_ref(ctx, br->rules[set]);
        Z3_fixedpoint_dec_ref(ctx, fp);
    }
    free(pre);
    return br;
}

void borrow_rules_free(BorrowRules *br) {
    if (!br)
        return;
    Z3_context ctx = br->ctx;
    for (int set = 0; set < BORROW_RULES_NSETS; set++)
        if (br->rules[set])
            Z3_ast_vector_dec_ref(ctx, br->rules[set]);
    for (int i = 0; i < BI_NINPUTS; i++)
        Z3_dec_ref(ctx, Z3_func_decl_to_ast(ctx, br->inputs[i]));
    for (size_t i = 0; i < sizeof DERIVED / sizeof DERIVED[0]; i++)
        Z3_dec_ref(ctx, Z3_func_decl_to_ast(ctx, br->derived[i]));
    Z3_dec_ref(ctx, Z3_func_decl_to_ast(ctx, br->out));
    free(br);
}

Z3_fixedpoint borrow_rules_fixedpoint(BorrowRules *br, BorrowRuleSet set, unsigned timeout_ms) {
    Z3_context ctx = br->ctx;
    Z3_fixedpoint fp = Z3_mk_fixedpoint(ctx);
    Z3_fixedpoint_inc_ref(ctx, fp);
    set_fixedpoint_params(ctx, fp, timeout_ms);
    for (int i = 0; i < BI_NINPUTS; i++)
        Z3_fixedpoint_register_relation(ctx, fp, br->inputs[i]);
    for (size_t i = 0; i < sizeof DERIVED / sizeof DERIVED[0]; i++)
        Z3_fixedpoint_register_relation(ctx, fp, br->derived[i]);
    Z3_fixedpoint_register_relation(ctx, fp, br->out);
    unsigned n = Z3_ast_vector_size(ctx, br->rules[set]);
    for (unsigned i = 0; i < n; i++)
        Z3_fixedpoint_add_rule(ctx, fp, Z3_ast_vector_get(ctx, br->rules[set], i),
                               Z3_mk_int_symbol(ctx, (int)i));
    return fp;
}

Z3_func_decl borrow_rules_input(const BorrowRules *br, BorrowInput in) {
    return br->inputs[in];
}
Z3_func_decl borrow_rules_output(const BorrowRules *br) {
    return br->out;
}
