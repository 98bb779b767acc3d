/* Loop-invariant code motion. A loop is found from each back edge B -> H
 * (H dominates B); its body is every block that reaches B without passing
 * H. An instruction is invariant when its operands are constants, values
 * defined outside the loop, or invariant themselves.
 *
 * Hoisted into the preheader (the single outside predecessor ending in
 * `jmp H`, or a new block `H.pre` that takes H's parameters and receives
 * every outside edge):
 *   - pure invariant instructions that are safe to execute speculatively
 *     (opt_is_pure minus `payload` and `deref`, whose operands may be
 *     meaningless on paths where the loop would not use them);
 *   - an invariant instruction that may panic (`.ovf` arithmetic,
 *     div/rem.wrap) only when it is guaranteed to execute, first, on every
 *     entry: it sits in the header H, and everything before it in H is
 *     hoisted or pure. The preheader jumps straight to H, so between the
 *     new position and the old one nothing observable happens; the loop's
 *     first iteration runs it with the same operands, and it either panics
 *     there with the same message and location or never.
 * Never hoisted: loads (no alias analysis), stores, calls, allocations,
 * anything with an effect. */
#include "ir_verify.h"
#include "opt.h"
#include "opt_util.h"

#include <string.h>

static bool speculatable(const IrInst *in) {
    return opt_is_pure(in) && in->result && in->op != IR_PAYLOAD && in->op != IR_DEREF;
}

static bool check_op(const IrInst *in) {
    return (in->op >= IR_ADD_OVF && in->op <= IR_SHR_OVF) || in->op == IR_DIV_WRAP ||
           in->op == IR_REM_WRAP;
}

typedef struct Loop {
    IrBlock *header;
    bool *in; /* by block index */
} Loop;

static bool operand_ok(const Loop *l, const bool *inv, const IrValue *v) {
    if (v->kind == IRV_CONST)
        return true;
    if (!l->in[v->block->index])
        return true;
    return v->kind == IRV_INST && inv[v->id];
}

/* Finds the loop headed by H (all back edges into H); false if none. */
static bool find_loop(Arena *a, IrFunc *f, const int *idom, OptPreds *preds, IrBlock *h, Loop *l) {
    l->header = h;
    l->in = arena_alloc(a, sizeof(bool) * (size_t)f->nblocks);
    int *stack = arena_alloc(a, sizeof(int) * (size_t)f->nblocks);
    int sp = 0;
    bool any = false;
    for (int e = 0; e < preds->n[h->index]; e++) {
        IrBlock *b = preds->list[h->index][e];
        if (idom[b->index] >= 0 && ir_dominates(idom, h->index, b->index)) {
            any = true;
            if (!l->in[b->index]) {
                l->in[b->index] = true;
                stack[sp++] = b->index;
            }
        }
    }
    if (!any)
        return false;
    l->in[h->index] = true;
    while (sp) {
        int b = stack[--sp];
        if (b == h->index)
            continue;
        for (int e = 0; e < preds->n[b]; e++) {
            int p = preds->list[b][e]->index;
            if (!l->in[p] && idom[p] >= 0) {
                l->in[p] = true;
                stack[sp++] = p;
            }
        }
    }
    return true;
}

/* The block to hoist into: an existing one or a new `H.pre`. */
static IrBlock *preheader(IrFunc *f, Loop *l, OptPreds *preds, OptNames *names) {
    IrBlock *h = l->header, *only = NULL;
    int nout = 0;
    for (int e = 0; e < preds->n[h->index]; e++)
        if (!l->in[preds->list[h->index][e]->index]) {
            only = preds->list[h->index][e];
            nout++;
        }
    if (nout == 1 && opt_term(only)->op == IR_JMP)
        return only;
    IrBlock *ph =
        ir_block_new(f, opt_fresh_name(names, arena_printf(names->arena, "%s.pre", h->name)));
    IrValue *args[h->nparams ? h->nparams : 1];
    for (int i = 0; i < h->nparams; i++)
        args[i] =
            ir_block_add_param(ph, h->params[i]->type, opt_fresh_name(names, h->params[i]->name));
    IrInst *j = ir_emit(ph, IR_JMP, ir_type_prim(f->module, IRT_UNIT), NULL, NULL, NULL, 0);
    j->loc = opt_term(only)->loc;
    IrTarget *t = ir_inst_set_targets(j, 1);
    t->block = h;
    ir_target_set_args(f, t, args, h->nparams);
    for (int b = 0; b < f->nblocks; b++) {
        IrInst *term = opt_term(f->blocks[b]);
        if (f->blocks[b] == ph || l->in[b] || !term)
            continue;
        for (int k = 0; k < term->ntargets; k++)
            if (term->targets[k].block == h)
                term->targets[k].block = ph;
    }
    return ph;
}

/* Hoists from loop L; returns the number of instructions moved. */
static int hoist(IrFunc *f, Loop *l, const int *rpo, int nrpo, OptPreds *preds, OptNames *names,
                 Arena *a) {
    bool *inv = arena_alloc(a, sizeof(bool) * (f->nvalues ? f->nvalues : 1));
    IrInst **moved = arena_alloc(a, sizeof(IrInst *) * 64);
    int nmoved = 0, cap = 64;
    bool again = true;
    while (again) {
        again = false;
        for (int r = 0; r < nrpo; r++) {
            IrBlock *b = f->blocks[rpo[r]];
            if (!l->in[b->index])
                continue;
            bool prefix_quiet = b == l->header; /* only pure/hoisted before here */
            for (int i = 0; i < b->ninsts; i++) {
                IrInst *in = b->insts[i];
                if (in->result && inv[in->result->id])
                    continue;
                bool ops_ok = in->result != NULL;
                for (int k = 0; ops_ok && k < in->nargs; k++)
                    ops_ok = operand_ok(l, inv, in->args[k]);
                bool ok = ops_ok && (speculatable(in) || (prefix_quiet && check_op(in)));
                if (ok) {
                    inv[in->result->id] = true;
                    if (nmoved == cap) {
                        IrInst **n = arena_alloc(a, sizeof(IrInst *) * (size_t)cap * 2);
                        memcpy(n, moved, sizeof(IrInst *) * (size_t)cap);
                        moved = n;
                        cap *= 2;
                    }
                    moved[nmoved++] = in;
                    again = true;
                } else if (!opt_is_pure(in)) {
                    prefix_quiet = false;
                }
            }
        }
    }
    if (!nmoved)
        return 0;
    IrBlock *ph = preheader(f, l, preds, names);
    for (int i = 0; i < nmoved; i++) {
        IrInst *in = moved[i];
        IrBlock *from = in->block;
        for (int k = 0; k < from->ninsts; k++)
            if (from->insts[k] == in)
                from->insts[k] = NULL;
        opt_block_compact(from);
        opt_debug("licm", "  hoisted %%%s (%s) from %s to %s\n", in->result->name,
                  ir_op_name(in->op), from->name, ph->name);
        opt_inst_insert(ph, ph->ninsts - 1, in);
    }
    return nmoved;
}

/* require: dominators (ir_dominators), predecessors */
bool opt_licm(IrModule *m, IrFunc *f) {
    (void)m;
    if (!f->nblocks)
        return false;
    opt_debug("licm", "licm @%s:\n", f->name);
    bool changed = false;
    Arena *na = arena_new();
    OptNames names;
    opt_names_init(&names, na, f);
    /* One loop at a time: hoisting may add a preheader block, after which
     * dominators and predecessors are recomputed. */
    for (int h = 1; h < f->nblocks; h++) {
        Arena *a = arena_new();
        int *idom, *rpo;
        int nrpo = ir_dominators(f, a, &idom, &rpo);
        OptPreds preds = opt_preds(a, f);
        Loop l;
        /* 1. find the loop headed by block h */
        if (idom[h] >= 0 && find_loop(a, f, idom, &preds, f->blocks[h], &l)) {
            /* 2. find invariants in RPO and move them to the preheader */
            changed |= hoist(f, &l, rpo, nrpo, &preds, &names, a) > 0;
        }
        arena_free(a);
    }
    arena_free(na);
    return changed;
}
