/* The pass table, the debug-dump switches, running one pass with
 * verification, and the -O0..-O2 pipelines. */
#include "ir_verify.h"
#include "opt.h"
#include "opt_util.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static const OptPass PASSES[] = {
    {"sccp", opt_sccp, "sparse conditional constant propagation and exact folding"},
    {"dce", opt_dce, "remove unused pure instructions and block parameters"},
    {"simplify-cfg", opt_simplify_cfg,
     "fold constant branches, thread empty blocks, merge straight lines, drop unreachable"},
    {"copyprop", opt_copyprop, "forward copies and block parameters that receive one value"},
    {"gvn", opt_gvn, "dominator-based value numbering of pure and check instructions"},
    {"inline", opt_inline, "inline small non-recursive callees that cannot panic"},
    {"licm", opt_licm, "hoist loop-invariant pure instructions into a preheader"},
    {"strength-reduce", opt_strength_reduce,
     "wrapping multiply/unsigned divide by powers of two to shifts, algebraic identities"},
    {"check-elim", opt_check_elim, "remove overflow and bounds checks proven redundant"},
};

#define NPASSES ((int)(sizeof PASSES / sizeof PASSES[0]))

int opt_pass_count(void) {
    return NPASSES;
}

const OptPass *opt_pass_at(int i) {
    return i >= 0 && i < NPASSES ? &PASSES[i] : NULL;
}

const OptPass *opt_pass_find(const char *name) {
    for (int i = 0; i < NPASSES; i++)
        if (strcmp(PASSES[i].name, name) == 0)
            return &PASSES[i];
    return NULL;
}

static bool debug_all;
static bool debug_pass[NPASSES];
static FILE *debug_out;

bool opt_debug_enable(const char *name, FILE *out) {
    if (strcmp(name, "all") == 0) {
        debug_all = true;
        debug_out = out;
        return true;
    }
    for (int i = 0; i < NPASSES; i++)
        if (strcmp(PASSES[i].name, name) == 0) {
            debug_pass[i] = true;
            debug_out = out;
            return true;
        }
    return false;
}

bool opt_debug_on(const char *pass) {
    if (!debug_out)
        return false;
    if (debug_all)
        return true;
    for (int i = 0; i < NPASSES; i++)
        if (debug_pass[i] && strcmp(PASSES[i].name, pass) == 0)
            return true;
    return false;
}

void opt_debug(const char *pass, const char *fmt, ...) {
    if (!opt_debug_on(pass))
        return;
    va_list ap;
    va_start(ap, fmt);
    vfprintf(debug_out, fmt, ap);
    va_end(ap);
}

int opt_inline_threshold = 30;

int opt_run_pass(IrModule *m, IrFunc *fn, const OptPass *p, bool verify, char *err, size_t errlen) {
    bool changed = p->run(m, fn);
#ifndef NDEBUG
    verify = true;
#endif
    if (verify) {
        IrVerifyResult vr;
        if (ir_verify(m, &vr)) {
            const IrVerifyError *e = &vr.errors[0];
            snprintf(err, errlen, "the IR is invalid after pass `%s` on `@%s`: in `@%s`%s%s: %s",
                     p->name, fn->name, e->func->name, e->block ? ", block " : "",
                     e->block ? e->block->name : "", e->msg);
            return -1;
        }
    }
    return changed ? 1 : 0;
}

/* Functions in bottom-up call order (callees before callers), so that the
 * inliner sees optimised callees. */
static void call_order(IrModule *m, IrFunc *f, bool *seen, IrFunc **out, int *n) {
    seen[f->index] = true;
    for (int b = 0; b < f->nblocks; b++)
        for (int i = 0; i < f->blocks[b]->ninsts; i++) {
            IrInst *in = f->blocks[b]->insts[i];
            if (in->op == IR_CALL && in->callee && !seen[in->callee->index])
                call_order(m, in->callee, seen, out, n);
        }
    out[(*n)++] = f;
}

static const char *const O1[] = {"sccp", "simplify-cfg", "copyprop", "dce"};
static const char *const O2[] = {
    "inline", "sccp", "simplify-cfg", "copyprop",     "check-elim", "strength-reduce",
    "gvn",    "licm", "sccp",         "simplify-cfg", "copyprop",   "dce"};

int opt_run_pipeline(IrModule *m, int level, bool verify, char *err, size_t errlen) {
    if (level <= 0)
        return 0;
    const char *const *seq = level >= 2 ? O2 : O1;
    int nseq = level >= 2 ? (int)(sizeof O2 / sizeof *O2) : (int)(sizeof O1 / sizeof *O1);
    opt_inline_threshold = 30;
    bool *seen = xcalloc((size_t)(m->nfuncs ? m->nfuncs : 1), sizeof(bool));
    IrFunc **order = xmalloc(sizeof(IrFunc *) * (size_t)(m->nfuncs ? m->nfuncs : 1));
    int n = 0;
    for (int i = 0; i < m->nfuncs; i++)
        if (!seen[i])
            call_order(m, m->funcs[i], seen, order, &n);
    int status = 0;
    for (int i = 0; i < n && status == 0; i++) {
        /* Iterate the sequence to a fixed point, at most 4 rounds. */
        for (int round = 0; round < 4 && status == 0; round++) {
            bool changed = false;
            for (int k = 0; k < nseq; k++) {
                int r = opt_run_pass(m, order[i], opt_pass_find(seq[k]), verify, err, errlen);
                if (r < 0) {
                    status = -1;
                    break;
                }
                changed |= r > 0;
            }
            if (!changed)
                break;
        }
    }
    free(seen);
    free(order);
    return status;
}
