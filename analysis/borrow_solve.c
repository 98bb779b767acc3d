/* Batched, multi-threaded solving of the borrow rules; see borrow_solve.h. */
#include "borrow_solve.h"

#include "arena.h"
#include "borrow_prune.h"
#include "borrow_rules.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <z3.h>

/* A batch closes when it holds this many input tuples or functions: large
 * enough to amortise the ~1 ms fixed cost of a query, small enough that a
 * timeout re-run of its functions one by one stays cheap. */
enum { BATCH_MAX_TUPLES = 60000, BATCH_MAX_FUNCTIONS = 400 };

typedef struct Batch {
    int *fns;
    int n;
} Batch;

typedef struct Worker {
    Z3_context ctx;
    BorrowRules *rules;
} Worker;

/* What the location-insensitive pass flagged in one function (NULL when
 * nothing): the seeds of the hybrid full pass. */
typedef struct Flagged {
    uint8_t *loans;        /* per loan: in a potential loan error */
    uint8_t *placeholders; /* per origin: first origin of a potential subset error */
} Flagged;

typedef struct Phase {
    PoloniusFacts *const *fns;
    BorrowFnResult *res;
    BorrowPrune *prune; /* per function */
    Flagged *flagged;   /* per function, filled by the LI phase */
    BorrowRuleSet set;
    unsigned timeout_ms;
    Batch *batches;
    int nbatches;
    atomic_int next;
} Phase;

typedef struct ThreadArg {
    Phase *phase;
    Worker *worker;
} ThreadArg;

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void tuples_add(BorrowTuples *t, int arity, const uint32_t *v) {
    if (t->n == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 8;
        t->v = xrealloc(t->v, t->cap * (size_t)arity * sizeof *t->v);
    }
    memcpy(t->v + t->n * (size_t)arity, v, (size_t)arity * sizeof *v);
    t->n++;
}

static _Thread_local int sort_arity;
static int cmp_tuple(const void *x, const void *y) {
    const uint32_t *a = x, *b = y;
    for (int i = 0; i < sort_arity; i++)
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    return 0;
}

static void tuples_sort_unique(BorrowTuples *t, int arity) {
    if (t->n < 2)
        return;
    sort_arity = arity;
    qsort(t->v, t->n, (size_t)arity * sizeof *t->v, cmp_tuple);
    size_t out = 1;
    for (size_t i = 1; i < t->n; i++)
        if (cmp_tuple(t->v + i * arity, t->v + (out - 1) * arity) != 0)
            memmove(t->v + out++ * arity, t->v + i * arity, (size_t)arity * sizeof *t->v);
    t->n = out;
}

static void tuples_clear(BorrowTuples *t) {
    t->n = 0;
}

void borrow_fn_result_free(BorrowFnResult *r) {
    free(r->unknown_reason);
    free(r->loan_errors.v);
    free(r->move_errors.v);
    free(r->subset_errors.v);
    memset(r, 0, sizeof *r);
}

/* Nothing can fail without the facts each error kind starts from. */
static bool nothing_can_fail(const PoloniusFacts *f) {
    bool loans = f->rel[PF_LOAN_ISSUED_AT].n && f->rel[PF_LOAN_INVALIDATED_AT].n;
    bool moves = f->rel[PF_PATH_MOVED_AT_BASE].n && f->rel[PF_PATH_ACCESSED_AT_BASE].n;
    bool subsets = f->rel[PF_SUBSET_BASE].n && f->rel[PF_UNIVERSAL_REGION].n >= 2;
    return !loans && !moves && !subsets;
}

/* Id layout of one function inside a batch: base + kind offset + local id;
 * the function's own tag for `fn_point`/`universal_region` is its base. */
typedef struct Layout {
    uint32_t base, kind_off[PF_NKINDS], size;
} Layout;

static Layout layout_of(const PoloniusFacts *f, uint32_t base) {
    Layout l = {.base = base};
    uint32_t off = 1; /* id `base` itself is the function tag */
    for (int k = 0; k < PF_NKINDS; k++) {
        l.kind_off[k] = off;
        off += pf_atom_count(f, (PfKind)k);
    }
    l.size = off;
    return l;
}

static void add_facts(Worker *w, Z3_fixedpoint fp, const PoloniusFacts *f, const BorrowPrune *p,
                      const Layout *l) {
    static const BorrowInput input_of[PF_NRELS] = {
        [PF_CFG_EDGE] = BI_CFG_EDGE,
        [PF_LOAN_ISSUED_AT] = BI_LOAN_ISSUED_AT,
        [PF_LOAN_KILLED_AT] = BI_LOAN_KILLED_AT,
        [PF_LOAN_INVALIDATED_AT] = BI_LOAN_INVALIDATED_AT,
        [PF_SUBSET_BASE] = BI_SUBSET_BASE,
        [PF_VAR_USED_AT] = BI_VAR_USED_AT,
        [PF_VAR_DEFINED_AT] = BI_VAR_DEFINED_AT,
        [PF_VAR_DROPPED_AT] = BI_VAR_DROPPED_AT,
        [PF_USE_OF_VAR_DEREFS_ORIGIN] = BI_USE_OF_VAR_DEREFS_ORIGIN,
        [PF_DROP_OF_VAR_DEREFS_ORIGIN] = BI_DROP_OF_VAR_DEREFS_ORIGIN,
        [PF_PATH_IS_VAR] = BI_PATH_IS_VAR,
        [PF_PATH_ASSIGNED_AT_BASE] = BI_PATH_ASSIGNED_AT_BASE,
        [PF_PATH_MOVED_AT_BASE] = BI_PATH_MOVED_AT_BASE,
        [PF_PATH_ACCESSED_AT_BASE] = BI_PATH_ACCESSED_AT_BASE,
        [PF_CHILD_PATH] = BI_CHILD_PATH,
        [PF_PLACEHOLDER] = BI_PLACEHOLDER,
        [PF_KNOWN_PLACEHOLDER_SUBSET] = BI_KNOWN_PLACEHOLDER_SUBSET,
        [PF_UNIVERSAL_REGION] = BI_UNIVERSAL_REGION,
    };
    Z3_context ctx = w->ctx;
    for (int r = 0; r < PF_NRELS; r++) {
        const PfRelSchema *s = &pf_schema[r];
        const PfTuples *t = &f->rel[r];
        Z3_func_decl decl = borrow_rules_input(w->rules, input_of[r]);
        for (size_t i = 0; i < t->n; i++) {
            if (!borrow_prune_keeps(p, f, (PfRelId)r, i))
                continue;
            unsigned args[PF_MAX_ARITY + 1];
            for (int c = 0; c < s->arity; c++)
                args[c] = l->base + l->kind_off[s->kinds[c]] + t->v[i * s->arity + c];
            unsigned nargs = (unsigned)s->arity;
            if (r == PF_LOAN_INVALIDATED_AT) { /* rules take (loan, point) */
                unsigned p = args[0];
                args[0] = args[1];
                args[1] = p;
            } else if (r == PF_UNIVERSAL_REGION) {
                args[nargs++] = l->base;
                if (p->live[t->v[i]])
                    Z3_fixedpoint_add_fact(ctx, fp,
                                           borrow_rules_input(w->rules, BI_UNIVERSAL_REGION_LIVE),
                                           nargs, args);
            }
            Z3_fixedpoint_add_fact(ctx, fp, decl, nargs, args);
        }
    }
    Z3_func_decl pair = borrow_rules_input(w->rules, BI_SUBSET_PAIR);
    for (size_t i = 0; i < p->npairs; i++) {
        unsigned args[2] = {l->base + l->kind_off[PF_ORIGIN] + p->pairs[2 * i],
                            l->base + l->kind_off[PF_ORIGIN] + p->pairs[2 * i + 1]};
        Z3_fixedpoint_add_fact(ctx, fp, pair, 2, args);
    }
    Z3_func_decl edge = borrow_rules_input(w->rules, BI_CFG_EDGE);
    for (size_t i = 0; i < p->nedges; i++) {
        unsigned args[2] = {l->base + l->kind_off[PF_POINT] + p->edges[2 * i],
                            l->base + l->kind_off[PF_POINT] + p->edges[2 * i + 1]};
        Z3_fixedpoint_add_fact(ctx, fp, edge, 2, args);
    }
    if (!p->universal_live)
        return;
    Z3_func_decl fn_point = borrow_rules_input(w->rules, BI_FN_POINT);
    for (uint32_t pt = 0; pt < pf_atom_count(f, PF_POINT); pt++) {
        unsigned args[2] = {l->base + l->kind_off[PF_POINT] + pt, l->base};
        Z3_fixedpoint_add_fact(ctx, fp, fn_point, 2, args);
    }
}

/* Marks ID in the per-atom flags *SET of N atoms, allocating it first. */
static void flag_atom(uint8_t **set, uint32_t n, uint32_t id) {
    if (!*set)
        *set = xcalloc((size_t)n + 1, 1);
    (*set)[id] = 1;
}

/* Collects the (:var i) = value equalities of one answer tuple. */
static bool read_tuple(Z3_context ctx, Z3_ast conj, uint64_t vals[4]) {
    Z3_app app = Z3_to_app(ctx, conj);
    Z3_decl_kind k = Z3_get_decl_kind(ctx, Z3_get_app_decl(ctx, app));
    unsigned n = k == Z3_OP_AND ? Z3_get_app_num_args(ctx, app) : 1;
    bool seen[4] = {false};
    for (unsigned i = 0; i < n; i++) {
        Z3_ast eq = k == Z3_OP_AND ? Z3_get_app_arg(ctx, app, i) : conj;
        if (Z3_get_ast_kind(ctx, eq) != Z3_APP_AST)
            return false;
        Z3_app e = Z3_to_app(ctx, eq);
        if (Z3_get_decl_kind(ctx, Z3_get_app_decl(ctx, e)) != Z3_OP_EQ)
            return false;
        Z3_ast lhs = Z3_get_app_arg(ctx, e, 0), rhs = Z3_get_app_arg(ctx, e, 1);
        if (Z3_get_ast_kind(ctx, lhs) != Z3_VAR_AST) {
            Z3_ast t = lhs;
            lhs = rhs;
            rhs = t;
        }
        if (Z3_get_ast_kind(ctx, lhs) != Z3_VAR_AST)
            return false;
        unsigned idx = Z3_get_index_value(ctx, lhs);
        uint64_t v;
        if (idx >= 4 || !Z3_get_numeral_uint64(ctx, rhs, &v))
            return false;
        vals[idx] = v;
        seen[idx] = true;
    }
    return seen[0] && seen[1] && seen[2] && seen[3];
}

/* Index of the function of a batch owning global id ID. */
static int owner_of(const Layout *lay, int n, uint64_t id) {
    int lo = 0, hi = n - 1;
    while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if (lay[mid].base <= id)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

static uint32_t local_id(const Layout *l, PfKind k, uint64_t id) {
    return (uint32_t)(id - l->base - l->kind_off[k]);
}

/* Runs one fixedpoint over the functions IDX[0..n). Returns Z3's verdict;
 * on UNDEF, REASON (malloc'd) says why. */
static Z3_lbool solve_group(Worker *w, Phase *ph, const int *idx, int n, char **reason) {
    Z3_context ctx = w->ctx;
    Layout *lay = xmalloc((size_t)n * sizeof *lay);
    uint32_t base = 0;
    for (int i = 0; i < n; i++) {
        lay[i] = layout_of(ph->fns[idx[i]], base);
        base += lay[i].size;
    }
    Z3_fixedpoint fp = borrow_rules_fixedpoint(w->rules, ph->set, ph->timeout_ms);
    for (int i = 0; i < n; i++)
        add_facts(w, fp, ph->fns[idx[i]], &ph->prune[idx[i]], &lay[i]);
    Z3_func_decl out = borrow_rules_output(w->rules);
    Z3_lbool r = Z3_fixedpoint_query_relations(ctx, fp, 1, &out);
    if (Z3_get_error_code(ctx) != Z3_OK) {
        *reason = xstrdup(Z3_get_error_msg(ctx, Z3_get_error_code(ctx)));
        r = Z3_L_UNDEF;
    } else if (r == Z3_L_UNDEF) {
        char buf[256];
        snprintf(buf, sizeof buf, "Z3 fixedpoint gave up (%s) under the %.1f s timeout",
                 Z3_fixedpoint_get_reason_unknown(ctx, fp), ph->timeout_ms / 1000.0);
        *reason = xstrdup(buf);
    } else if (r == Z3_L_TRUE) {
        Z3_ast ans = Z3_fixedpoint_get_answer(ctx, fp);
        Z3_inc_ref(ctx, ans);
        Z3_app app = Z3_to_app(ctx, ans);
        bool is_or = Z3_get_decl_kind(ctx, Z3_get_app_decl(ctx, app)) == Z3_OP_OR;
        unsigned nd = is_or ? Z3_get_app_num_args(ctx, app) : 1;
        for (unsigned d = 0; d < nd; d++) {
            uint64_t v[4];
            if (!read_tuple(ctx, is_or ? Z3_get_app_arg(ctx, app, d) : ans, v)) {
                *reason = xstrdup("unexpected answer shape from Z3");
                r = Z3_L_UNDEF;
                break;
            }
            int fi = owner_of(lay, n, v[1]);
            const Layout *l = &lay[fi];
            BorrowFnResult *res = &ph->res[idx[fi]];
            uint32_t t[3];
            switch ((int)v[0]) {
            case BORROW_OUT_LOAN_ERROR:
                t[0] = local_id(l, PF_LOAN, v[1]);
                t[1] = local_id(l, PF_POINT, v[2]);
                tuples_add(&res->loan_errors, 2, t);
                break;
            case BORROW_OUT_MOVE_ERROR:
                t[0] = local_id(l, PF_PATH, v[1]);
                t[1] = local_id(l, PF_POINT, v[2]);
                tuples_add(&res->move_errors, 2, t);
                break;
            case BORROW_OUT_SUBSET_ERROR:
                t[0] = local_id(l, PF_ORIGIN, v[1]);
                t[1] = local_id(l, PF_ORIGIN, v[2]);
                t[2] = local_id(l, PF_POINT, v[3]);
                tuples_add(&res->subset_errors, 3, t);
                break;
            case BORROW_OUT_POTENTIAL_LOAN:
                res->li_flagged = true;
                flag_atom(&ph->flagged[idx[fi]].loans, pf_atom_count(ph->fns[idx[fi]], PF_LOAN),
                          local_id(l, PF_LOAN, v[1]));
                break;
            case BORROW_OUT_POTENTIAL_SUBSET:
                res->li_flagged = true;
                flag_atom(&ph->flagged[idx[fi]].placeholders,
                          pf_atom_count(ph->fns[idx[fi]], PF_ORIGIN), local_id(l, PF_ORIGIN, v[1]));
                break;
            default:
                break;
            }
        }
        Z3_dec_ref(ctx, ans);
    }
    Z3_fixedpoint_dec_ref(ctx, fp);
    free(lay);
    return r;
}

static void reset_results(Phase *ph, const int *idx, int n) {
    for (int i = 0; i < n; i++) {
        BorrowFnResult *r = &ph->res[idx[i]];
        tuples_clear(&r->loan_errors);
        tuples_clear(&r->move_errors);
        tuples_clear(&r->subset_errors);
        if (ph->set == BORROW_RULES_LI) {
            r->li_flagged = false;
            Flagged *fl = &ph->flagged[idx[i]];
            free(fl->loans);
            free(fl->placeholders);
            fl->loans = fl->placeholders = NULL;
        }
    }
}

static void solve_batch(Worker *w, Phase *ph, const Batch *b) {
    char *reason = NULL;
    Z3_lbool r = solve_group(w, ph, b->fns, b->n, &reason);
    if (r != Z3_L_UNDEF)
        return;
    reset_results(ph, b->fns, b->n);
    if (b->n > 1) {
        /* One function of the batch is too hard: find it by solving alone. */
        free(reason);
        for (int i = 0; i < b->n; i++) {
            Batch one = {.fns = &b->fns[i], .n = 1};
            solve_batch(w, ph, &one);
        }
        return;
    }
    BorrowFnResult *res = &ph->res[b->fns[0]];
    res->status = BORROW_FN_UNKNOWN;
    free(res->unknown_reason);
    res->unknown_reason = xstrdup(reason && *reason ? reason : "Z3 returned unknown");
    free(reason);
}

static void *phase_thread(void *arg) {
    ThreadArg *ta = arg;
    Phase *ph = ta->phase;
    for (;;) {
        int i = atomic_fetch_add(&ph->next, 1);
        if (i >= ph->nbatches)
            break;
        solve_batch(ta->worker, ph, &ph->batches[i]);
    }
    return NULL;
}

static _Thread_local const BorrowPrune *sort_prune;
static int cmp_size_desc(const void *x, const void *y) {
    size_t a = sort_prune[*(const int *)x].size, b = sort_prune[*(const int *)y].size;
    return a < b ? 1 : a > b ? -1 : *(const int *)x - *(const int *)y;
}

/* Groups the functions IDX[0..n) into batches, largest functions first so
 * that the long queries start early, and at least about four batches per
 * worker when the work allows, so that no worker idles behind one batch. */
static Batch *make_batches(const BorrowPrune *prune, const int *idx, int n, int nworkers,
                           int *nbatches) {
    int *order = xmalloc((size_t)(n ? n : 1) * sizeof *order);
    memcpy(order, idx, (size_t)n * sizeof *order);
    size_t total = 0;
    for (int i = 0; i < n; i++)
        total += prune[idx[i]].size;
    sort_prune = prune;
    qsort(order, (size_t)n, sizeof *order, cmp_size_desc);
    size_t limit = total / (4 * (size_t)nworkers);
    if (limit > BATCH_MAX_TUPLES)
        limit = BATCH_MAX_TUPLES;
    Batch *bs = NULL;
    int nb = 0, cap = 0;
    size_t acc = 0;
    for (int i = 0; i < n; i++) {
        size_t s = prune[order[i]].size;
        bool open = nb > 0 && bs[nb - 1].n < BATCH_MAX_FUNCTIONS && acc + s <= limit;
        if (!open) {
            if (nb == cap) {
                cap = cap ? cap * 2 : 16;
                bs = xrealloc(bs, (size_t)cap * sizeof *bs);
            }
            bs[nb].fns = xmalloc(sizeof(int) * BATCH_MAX_FUNCTIONS);
            bs[nb].n = 0;
            nb++;
            acc = 0;
        }
        bs[nb - 1].fns[bs[nb - 1].n++] = order[i];
        acc += s;
    }
    free(order);
    *nbatches = nb;
    return bs;
}

static void run_phase(Worker *workers, int nworkers, Phase *ph) {
    if (ph->nbatches == 0)
        return;
    int nt = nworkers < ph->nbatches ? nworkers : ph->nbatches;
    atomic_store(&ph->next, 0);
    if (nt == 1) {
        ThreadArg ta = {ph, &workers[0]};
        phase_thread(&ta);
        return;
    }
    pthread_t *th = xmalloc((size_t)nt * sizeof *th);
    ThreadArg *ta = xmalloc((size_t)nt * sizeof *ta);
    for (int i = 0; i < nt; i++) {
        ta[i] = (ThreadArg){ph, &workers[i]};
        pthread_create(&th[i], NULL, phase_thread, &ta[i]);
    }
    for (int i = 0; i < nt; i++)
        pthread_join(th[i], NULL);
    free(th);
    free(ta);
}

static void free_batches(Batch *bs, int n) {
    for (int i = 0; i < n; i++)
        free(bs[i].fns);
    free(bs);
}

static void silent_error_handler(Z3_context c, Z3_error_code e) {
    (void)c;
    (void)e;
}

int borrow_solve(PoloniusFacts *const *fns, int n, const BorrowSolveOptions *opt,
                 BorrowFnResult *res, BorrowSolveStats *stats, char *err, size_t errlen) {
    memset(stats, 0, sizeof *stats);
    memset(res, 0, (size_t)n * sizeof *res);
    int *todo = xmalloc((size_t)(n ? n : 1) * sizeof *todo);
    int ntodo = 0;
    for (int i = 0; i < n; i++) {
        if (nothing_can_fail(fns[i])) {
            res[i].skipped = true;
            stats->skipped++;
        } else {
            todo[ntodo++] = i;
        }
    }
    int nworkers = opt->jobs < 1 ? 1 : opt->jobs;
    Worker *workers = xcalloc((size_t)nworkers, sizeof *workers);
    int rc = 0;
    for (int i = 0; i < nworkers && rc == 0; i++) {
        Z3_config cfg = Z3_mk_config();
        workers[i].ctx = Z3_mk_context_rc(cfg);
        Z3_del_config(cfg);
        Z3_set_error_handler(workers[i].ctx, silent_error_handler);
        workers[i].rules = borrow_rules_new(workers[i].ctx, err, errlen);
        if (!workers[i].rules)
            rc = -1;
    }
    BorrowPrune *prune = xcalloc((size_t)(n ? n : 1), sizeof *prune);
    Flagged *flagged = xcalloc((size_t)(n ? n : 1), sizeof *flagged);
    if (rc == 0) {
        int *full = todo, nfull = ntodo;
        int *flagged_idx = NULL;
        if (opt->mode == BORROW_MODE_HYBRID) {
            double t0 = now_seconds();
            for (int i = 0; i < ntodo; i++)
                borrow_prune_li(fns[todo[i]], &prune[todo[i]]);
            Phase li = {.fns = fns,
                        .res = res,
                        .prune = prune,
                        .flagged = flagged,
                        .set = BORROW_RULES_LI,
                        .timeout_ms = opt->timeout_ms};
            li.batches = make_batches(prune, todo, ntodo, nworkers, &li.nbatches);
            run_phase(workers, nworkers, &li);
            stats->li_seconds = now_seconds() - t0;
            stats->li_functions = ntodo;
            stats->li_batches = li.nbatches;
            free_batches(li.batches, li.nbatches);
            flagged_idx = xmalloc((size_t)(ntodo ? ntodo : 1) * sizeof *flagged_idx);
            nfull = 0;
            for (int i = 0; i < ntodo; i++) {
                borrow_prune_free(&prune[todo[i]]);
                if (res[todo[i]].li_flagged && res[todo[i]].status == BORROW_FN_SOLVED)
                    flagged_idx[nfull++] = todo[i];
            }
            full = flagged_idx;
        }
        /* In hybrid mode the pre-pass's move errors are exact and stay; the
         * full pass looks only at what it flagged. */
        double t0 = now_seconds();
        bool hybrid = opt->mode == BORROW_MODE_HYBRID;
        for (int i = 0; i < nfull; i++) {
            const PoloniusFacts *f = fns[full[i]];
            Flagged *fl = &flagged[full[i]];
            if (hybrid && !fl->loans)
                fl->loans = xcalloc(pf_atom_count(f, PF_LOAN) + 1, 1);
            if (hybrid && !fl->placeholders)
                fl->placeholders = xcalloc(pf_atom_count(f, PF_ORIGIN) + 1, 1);
            borrow_prune_full(f, fl->loans, fl->placeholders, !hybrid, &prune[full[i]]);
            res[full[i]].ran_full = true;
        }
        Phase fp = {.fns = fns,
                    .res = res,
                    .prune = prune,
                    .flagged = flagged,
                    .set = BORROW_RULES_FULL,
                    .timeout_ms = opt->timeout_ms};
        fp.batches = make_batches(prune, full, nfull, nworkers, &fp.nbatches);
        run_phase(workers, nworkers, &fp);
        stats->full_seconds = now_seconds() - t0;
        stats->full_functions = nfull;
        stats->full_batches = fp.nbatches;
        free_batches(fp.batches, fp.nbatches);
        free(flagged_idx);
        for (int i = 0; i < n; i++) {
            tuples_sort_unique(&res[i].loan_errors, 2);
            tuples_sort_unique(&res[i].move_errors, 2);
            tuples_sort_unique(&res[i].subset_errors, 3);
            if (res[i].status == BORROW_FN_UNKNOWN)
                stats->unknown++;
        }
    }
    for (int i = 0; i < n; i++) {
        borrow_prune_free(&prune[i]);
        free(flagged[i].loans);
        free(flagged[i].placeholders);
    }
    free(prune);
    free(flagged);
    for (int i = 0; i < nworkers; i++) {
        borrow_rules_free(workers[i].rules);
        if (workers[i].ctx)
            Z3_del_context(workers[i].ctx);
    }
    free(workers);
    free(todo);
    return rc;
}
