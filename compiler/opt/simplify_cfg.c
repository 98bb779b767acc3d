/* CFG simplification, to a fixed point:
 *   - constant branches: `br true/false`, a `br` whose two edges are the
 *     same block with the same arguments, a `switch` on a constant or whose
 *     edges all agree, become a `jmp`;
 *   - blocks unreachable from the entry are removed;
 *   - jumps are threaded over empty blocks: a predecessor jumping to a
 *     block that holds only `jmp C(args)` jumps straight to C, with the
 *     empty block's parameters replaced by the predecessor's arguments
 *     (the args are either those parameters or values defined in strict
 *     dominators of the empty block, which dominate the predecessor too);
 *   - a block whose only predecessor ends in `jmp` to it is merged into
 *     that predecessor (its parameters become the jump's arguments).
 * The entry block is never a jump target, so it is never threaded or
 * merged away; self-loops are left alone. */
#include "opt.h"
#include "opt_util.h"

#include <string.h>

static bool same_target(const IrTarget *a, const IrTarget *b) {
    if (a->block != b->block || a->nargs != b->nargs)
        return false;
    for (int i = 0; i < a->nargs; i++)
        if (a->args[i] != b->args[i] &&
            !(a->args[i]->kind == IRV_CONST && opt_const_equal(a->args[i], b->args[i])))
            return false;
    return true;
}

static bool fold_branches(IrFunc *f) {
    bool changed = false;
    for (int b = 0; b < f->nblocks; b++) {
        IrBlock *bl = f->blocks[b];
        IrInst *t = opt_term(bl);
        if (!t)
            continue;
        int to = -1;
        if (t->op == IR_BR) {
            if (t->args[0]->kind == IRV_CONST)
                to = t->args[0]->c.bits ? 0 : 1;
            else if (same_target(&t->targets[0], &t->targets[1]))
                to = 0;
        } else if (t->op == IR_SWITCH) {
            if (t->args[0]->kind == IRV_CONST) {
                to = 0;
                for (int k = 1; k < t->ntargets; k++)
                    if ((uint64_t)t->targets[k].case_value == t->args[0]->c.bits)
                        to = k;
            } else {
                to = 0;
                for (int k = 1; k < t->ntargets && to == 0; k++)
                    if (!same_target(&t->targets[0], &t->targets[k]))
                        to = -1;
            }
        }
        if (to >= 0) {
            opt_debug("simplify-cfg", "  `%s` in %s always goes to %s\n", ir_op_name(t->op),
                      bl->name, t->targets[to].block->name);
            opt_make_jmp(bl, t->targets[to]);
            changed = true;
        }
    }
    return changed;
}

/* The block B is `jmp C(args)` only, C != B: retarget jumps to B. */
static bool thread_jumps(IrFunc *f) {
    bool changed = false;
    Arena *a = arena_new();
    uint32_t *uses = opt_use_counts(a, f);
    for (int b = 1; b < f->nblocks; b++) {
        IrBlock *e = f->blocks[b];
        if (e->ninsts != 1 || e->insts[0]->op != IR_JMP)
            continue;
        IrTarget *out = &e->insts[0]->targets[0];
        IrBlock *c = out->block;
        bool c_empty = c->ninsts == 1 && c->insts[0]->op == IR_JMP;
        if (c == e || c_empty)
            continue; /* self-loops and chains of empty blocks: one hop a round */
        /* E's parameters must not be used beyond E's own jump. */
        bool local = true;
        for (int p = 0; p < e->nparams && local; p++) {
            uint32_t here = 0;
            for (int i = 0; i < out->nargs; i++)
                here += out->args[i] == e->params[p];
            local = uses[e->params[p]->id] == here;
        }
        if (!local)
            continue;
        for (int p = 0; p < f->nblocks; p++) {
            IrBlock *pb = f->blocks[p];
            IrInst *t = opt_term(pb);
            if (pb == e || !t)
                continue;
            for (int k = 0; k < t->ntargets; k++) {
                IrTarget *tg = &t->targets[k];
                if (tg->block != e)
                    continue;
                IrValue *args[out->nargs ? out->nargs : 1];
                for (int i = 0; i < out->nargs; i++) {
                    IrValue *v = out->args[i];
                    args[i] = v->kind == IRV_PARAM && v->block == e ? tg->args[v->index] : v;
                }
                opt_debug("simplify-cfg", "  %s -> %s threaded to %s\n", pb->name, e->name,
                          out->block->name);
                tg->block = out->block;
                ir_target_set_args(f, tg, args, out->nargs);
                changed = true;
            }
        }
    }
    arena_free(a);
    return changed;
}

static bool merge_blocks(IrFunc *f) {
    Arena *a = arena_new();
    OptPreds preds = opt_preds(a, f);
    bool changed = false;
    for (int b = 0; b < f->nblocks; b++) {
        IrBlock *pb = f->blocks[b];
        IrInst *t = opt_term(pb);
        if (!t || t->op != IR_JMP)
            continue;
        IrBlock *s = t->targets[0].block;
        if (s == pb || s->index == 0 || preds.n[s->index] != 1 || s->ninsts == 0)
            continue;
        opt_debug("simplify-cfg", "  merged %s into %s\n", s->name, pb->name);
        IrValue **map = arena_alloc(a, sizeof(IrValue *) * (f->nvalues ? f->nvalues : 1));
        IrTarget jt = t->targets[0];
        pb->ninsts--; /* drop the jmp */
        for (int i = 0; i < s->nparams; i++) {
            IrValue *arg = jt.args[i];
            if (arg->kind == IRV_CONST && opt_needs_value(f, s->params[i])) {
                /* A constant cannot stand where the parameter is used. */
                IrInst *c =
                    ir_emit(pb, IR_COPY, arg->type, arg->type,
                            arena_printf(a, "%s.%u", s->params[i]->name, f->nvalues), &arg, 1);
                c->loc = t->loc;
                arg = c->result;
            }
            map[s->params[i]->id] = arg;
        }
        for (int i = 0; i < s->ninsts; i++)
            opt_inst_insert(pb, pb->ninsts, s->insts[i]);
        s->ninsts = 0;
        s->nparams = 0;
        opt_replace_uses(f, map, f->nvalues);
        /* S is now empty and unreachable; its successors' preds are PB. */
        arena_free(a);
        opt_remove_unreachable(f);
        a = arena_new();
        preds = opt_preds(a, f);
        changed = true;
        b = -1; /* restart: indexes moved */
    }
    arena_free(a);
    return changed;
}

/* require: nothing */
bool opt_simplify_cfg(IrModule *m, IrFunc *f) {
    (void)m;
    if (!f->nblocks)
        return false;
    opt_debug("simplify-cfg", "simplify-cfg @%s:\n", f->name);
    bool any = false, changed;
    int rounds = 0;
    do {
        changed = false;
        /* 1. fold constant and trivial branches */
        changed |= fold_branches(f);
        /* 2. remove unreachable blocks */
        changed |= opt_remove_unreachable(f);
        /* 3. thread jumps over empty blocks */
        changed |= thread_jumps(f);
        changed |= opt_remove_unreachable(f);
        /* 4. merge straight-line blocks */
        changed |= merge_blocks(f);
        any |= changed;
    } while (changed && ++rounds < 100);
    return any;
}
