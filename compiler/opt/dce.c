/* Dead code elimination by liveness from the roots: an instruction is live
 * when it has an effect, may panic or is a terminator, or when a live
 * instruction uses its result; a block parameter is live when a live
 * instruction uses it, and then so are the arguments jumps pass to it.
 * Everything else goes: unused pure instructions, loads and slots, and
 * block parameters (with their arguments) that only feed themselves around
 * a loop. Never removed: anything that may panic (an unused `add.ovf` must
 * still panic on overflow), stores, calls, drops, retains and releases,
 * allocations (box.new, clone: the live-object count at exit is observable),
 * and the entry block's parameters (the signature). */
#include "opt.h"
#include "opt_util.h"

typedef struct Dce {
    bool *live; /* by value id */
    IrValue **stack;
    int sp;
    uint32_t nvals;
} Dce;

static void mark(Dce *d, IrValue *v) {
    if (!v || v->kind == IRV_CONST || v->id >= d->nvals || d->live[v->id])
        return;
    d->live[v->id] = true;
    d->stack[d->sp++] = v;
}

/* require: nothing (builds incoming edges) */
bool opt_dce(IrModule *m, IrFunc *f) {
    (void)m;
    if (!f->nblocks)
        return false;
    Arena *a = arena_new();
    Dce d = {0};
    d.nvals = f->nvalues;
    d.live = arena_alloc(a, sizeof(bool) * (d.nvals ? d.nvals : 1));
    d.stack = arena_alloc(a, sizeof(IrValue *) * (d.nvals ? d.nvals : 1));
    OptInEdges in = opt_in_edges(a, f);
    opt_debug("dce", "dce @%s:\n", f->name);

    /* 1. roots: the signature and every instruction that must stay */
    for (int p = 0; p < f->blocks[0]->nparams; p++)
        mark(&d, f->blocks[0]->params[p]);
    for (int b = 0; b < f->nblocks; b++)
        for (int i = 0; i < f->blocks[b]->ninsts; i++) {
            IrInst *in = f->blocks[b]->insts[i];
            if (!opt_removable_if_unused(in)) {
                for (int k = 0; k < in->nargs; k++)
                    mark(&d, in->args[k]);
                if (in->result)
                    mark(&d, in->result);
            }
        }

    /* 2. propagate: operands of live instructions, arguments of live params */
    while (d.sp) {
        IrValue *v = d.stack[--d.sp];
        if (v->kind == IRV_INST) {
            for (int k = 0; k < v->def->nargs; k++)
                mark(&d, v->def->args[k]);
        } else if (v->block->index > 0) {
            int bi = v->block->index;
            for (int e = 0; e < in.n[bi]; e++)
                mark(&d, opt_term(in.list[bi][e].from)->targets[in.list[bi][e].k].args[v->index]);
        }
    }

    /* 3. delete dead instructions and parameters */
    bool changed = false;
    for (int b = 0; b < f->nblocks; b++) {
        IrBlock *bl = f->blocks[b];
        for (int i = 0; i < bl->ninsts; i++) {
            IrInst *in = bl->insts[i];
            if (in->result && !d.live[in->result->id] && opt_removable_if_unused(in)) {
                opt_debug("dce", "  removed %%%s (%s)\n", in->result->name, ir_op_name(in->op));
                bl->insts[i] = NULL;
                changed = true;
            }
        }
        opt_block_compact(bl);
    }
    for (int b = 1; b < f->nblocks; b++) {
        IrBlock *bl = f->blocks[b];
        for (int p = bl->nparams - 1; p >= 0; p--)
            if (!d.live[bl->params[p]->id]) {
                opt_debug("dce", "  removed parameter %%%s of %s\n", bl->params[p]->name, bl->name);
                opt_block_remove_param(f, bl, p);
                changed = true;
            }
    }
    arena_free(a);
    return changed;
}
