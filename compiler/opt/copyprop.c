/* Copy propagation: every use of `%x = copy T v` becomes a use of v, and a
 * parameter of a block with several incoming edges that receives the same
 * value v on every one of them (ignoring edges that pass the parameter to itself) is replaced by v
 * and removed with its arguments. Such a v dominates the block: its definition dominates every
 * predecessor's terminator that uses it, hence the block (unless the block itself defines it, which
 * only a self-edge could pass, and those are ignored). The copies become dead and are removed here.
 */
#include "opt.h"
#include "opt_util.h"

static bool same_value(IrValue *a, IrValue *b) {
    return a == b || (a->kind == IRV_CONST && opt_const_equal(a, b));
}

/* require: nothing (builds incoming edges) */
bool opt_copyprop(IrModule *m, IrFunc *f) {
    (void)m;
    if (!f->nblocks)
        return false;
    Arena *a = arena_new();
    IrValue **map = arena_alloc(a, sizeof(IrValue *) * (f->nvalues ? f->nvalues : 1));
    bool changed = false;
    opt_debug("copyprop", "copyprop @%s:\n", f->name);

    /* 1. forward copies; a copy of a constant stays where a constant
     * cannot be written (cast and closure operands) */
    uint32_t *before = opt_use_counts(a, f);
    for (int b = 0; b < f->nblocks; b++)
        for (int i = 0; i < f->blocks[b]->ninsts; i++) {
            IrInst *in = f->blocks[b]->insts[i];
            if (in->op == IR_COPY && in->result)
                map[in->result->id] = in->args[0];
        }
    opt_replace_uses(f, map, f->nvalues);
    uint32_t *after = opt_use_counts(a, f);
    for (int b = 0; b < f->nblocks; b++) {
        IrBlock *bl = f->blocks[b];
        for (int i = 0; i < bl->ninsts; i++) {
            IrInst *in = bl->insts[i];
            if (in->op != IR_COPY || !in->result)
                continue;
            if (after[in->result->id] < before[in->result->id]) {
                opt_debug("copyprop", "  %%%s is a copy\n", in->result->name);
                changed = true;
            }
            if (after[in->result->id] == 0) {
                bl->insts[i] = NULL;
                changed = true;
            }
        }
        opt_block_compact(bl);
    }

    /* 2. parameters with one incoming value, until nothing changes */
    bool again = true;
    while (again) {
        again = false;
        OptInEdges in = opt_in_edges(a, f);
        for (int b = 1; b < f->nblocks && !again; b++) {
            IrBlock *bl = f->blocks[b];
            for (int p = 0; p < bl->nparams && !again; p++) {
                IrValue *param = bl->params[p], *v = NULL;
                /* A block with one incoming edge keeps its parameters: they
                 * split a live range (e.g. a loop's exit value), which lets
                 * the bytecode emitter keep the loop's register coalesced;
                 * when that edge is a `jmp`, simplify-cfg merges it anyway. */
                bool unique = in.n[b] > 1;
                for (int e = 0; e < in.n[b] && unique; e++) {
                    IrValue *arg = opt_term(in.list[b][e].from)->targets[in.list[b][e].k].args[p];
                    if (arg == param)
                        continue;
                    if (!v)
                        v = arg;
                    else if (!same_value(v, arg))
                        unique = false;
                }
                if (!unique || !v || (v->kind == IRV_CONST && opt_needs_value(f, param)))
                    continue;
                opt_debug("copyprop", "  parameter %%%s of %s always receives one value\n",
                          param->name, bl->name);
                IrValue **pm = arena_alloc(a, sizeof(IrValue *) * (f->nvalues ? f->nvalues : 1));
                pm[param->id] = v;
                opt_replace_uses(f, pm, f->nvalues);
                opt_block_remove_param(f, bl, p);
                changed = again = true;
            }
        }
    }
    arena_free(a);
    return changed;
}
