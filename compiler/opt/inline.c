/* Inlining with a cost model. A direct `call @g(args)` in f is replaced by
 * a copy of g's body when:
 *   - g is not f, and g is not recursive: no call chain from g leads back
 *     to g or to f (so inlining terminates and never unrolls recursion);
 *   - g cannot panic, directly or through its callees. The VM's panic
 *     report prints one backtrace line per frame; inlining a callee that
 *     can panic would drop its frame from the report. (The IR has no
 *     inlined-at locations yet; with them this restriction could go.)
 *   - g is small: at most opt_inline_threshold instructions (set per
 *     optimisation level), four times that for `inline fn`, and always
 *     when it has at most 4 instructions ("tiny").
 *   - f stays under 4000 instructions.
 * The call's block is split: the instructions after the call move to a new
 * continuation block whose one parameter (when the call has a result)
 * replaces the call's result; each `ret v` of the copy becomes
 * `jmp continuation(v)`; g's parameters are replaced by the arguments.
 * Stack slots of g live until f returns instead of until g returns, which
 * nothing observes. */
#include "opt.h"
#include "opt_util.h"

#include <stdlib.h>
#include <string.h>

enum { UNKNOWN, VISITING, QUIET, NOISY };

static int func_size(const IrFunc *g) {
    int n = 0;
    for (int b = 0; b < g->nblocks; b++)
        n += g->blocks[b]->ninsts;
    return n;
}

/* Cannot panic, directly or through calls (a cycle counts as noisy). */
static bool quiet(IrFunc *g, unsigned char *state) {
    if (state[g->index] == QUIET || state[g->index] == NOISY)
        return state[g->index] == QUIET;
    if (state[g->index] == VISITING)
        return false;
    state[g->index] = VISITING;
    bool ok = g->nblocks > 0;
    for (int b = 0; ok && b < g->nblocks; b++)
        for (int i = 0; ok && i < g->blocks[b]->ninsts; i++) {
            IrInst *in = g->blocks[b]->insts[i];
            if (in->op == IR_CALL)
                ok = in->callee && quiet(in->callee, state);
            else
                ok = !opt_may_panic(in);
        }
    state[g->index] = ok ? QUIET : NOISY;
    return ok;
}

/* Does some call chain from G reach TARGET? */
static bool reaches(IrFunc *g, IrFunc *target, bool *seen) {
    if (seen[g->index])
        return false;
    seen[g->index] = true;
    for (int b = 0; b < g->nblocks; b++)
        for (int i = 0; i < g->blocks[b]->ninsts; i++) {
            IrInst *in = g->blocks[b]->insts[i];
            if ((in->op == IR_CALL || in->op == IR_FNREF || in->op == IR_CLOSURE) && in->callee &&
                (in->callee == target || reaches(in->callee, target, seen)))
                return true;
        }
    return false;
}

static bool acceptable(IrModule *m, IrFunc *f, IrFunc *g, unsigned char *state, int fsize) {
    if (!g || g == f || !g->nblocks)
        return false;
    int size = func_size(g);
    int limit = g->inline_hint ? 4 * opt_inline_threshold : opt_inline_threshold;
    if (size > 4 && size > limit)
        return false;
    if (fsize + size > 4000)
        return false;
    if (!quiet(g, state))
        return false;
    bool *seen = xcalloc((size_t)m->nfuncs, sizeof(bool));
    bool rec = reaches(g, g, seen);
    memset(seen, 0, sizeof(bool) * (size_t)m->nfuncs);
    rec = rec || reaches(g, f, seen);
    free(seen);
    return !rec;
}

static IrValue *map_value(IrValue **vmap, IrValue *v) {
    return v->kind == IRV_CONST ? v : vmap[v->id];
}

/* Inlines the call at B->insts[POS]; returns the continuation block. */
static IrBlock *inline_call(IrFunc *f, IrBlock *b, int pos, OptNames *names, Arena *a) {
    IrInst *call = b->insts[pos];
    IrFunc *g = call->callee;
    const char *gname = g->name;

    /* 1. split: the rest of B moves to the continuation K */
    IrBlock *k = ir_block_new(f, opt_fresh_name(names, arena_printf(a, "%s.cont", b->name)));
    IrValue *res = NULL;
    if (call->result)
        res = ir_block_add_param(k, call->result->type, opt_fresh_name(names, call->result->name));
    for (int i = pos + 1; i < b->ninsts; i++)
        opt_inst_insert(k, k->ninsts, b->insts[i]);
    b->ninsts = pos;

    /* 2. copy g's blocks, parameters and instruction results */
    IrValue **vmap = arena_alloc(a, sizeof(IrValue *) * (g->nvalues ? g->nvalues : 1));
    IrBlock **bmap = arena_alloc(a, sizeof(IrBlock *) * (size_t)g->nblocks);
    for (int gb = 0; gb < g->nblocks; gb++) {
        IrBlock *src = g->blocks[gb];
        bmap[gb] =
            ir_block_new(f, opt_fresh_name(names, arena_printf(a, "%s.%s", gname, src->name)));
        for (int p = 0; p < src->nparams; p++) {
            IrValue *pv = src->params[p];
            vmap[pv->id] =
                gb == 0 ? call->args[p]
                        : ir_block_add_param(bmap[gb], pv->type, opt_fresh_name(names, pv->name));
        }
    }
    for (int gb = 0; gb < g->nblocks; gb++) {
        IrBlock *src = g->blocks[gb], *dst = bmap[gb];
        for (int i = 0; i < src->ninsts; i++) {
            IrInst *in = src->insts[i];
            IrInst *c;
            if (in->op == IR_RET) {
                c = ir_emit(dst, IR_JMP, ir_type_prim(f->module, IRT_UNIT), NULL, NULL, NULL, 0);
                IrTarget *t = ir_inst_set_targets(c, 1);
                t->block = k;
                ir_target_set_args(f, t, in->args, res ? in->nargs : 0);
            } else {
                c = ir_emit(dst, in->op, in->type, in->result ? in->result->type : NULL,
                            in->result ? opt_fresh_name(names, in->result->name) : NULL, in->args,
                            in->nargs);
                c->index = in->index;
                c->variant = in->variant;
                c->name = in->name;
                c->name_len = in->name_len;
                c->callee = in->callee;
                if (in->ntargets) {
                    IrTarget *t = ir_inst_set_targets(c, in->ntargets);
                    for (int j = 0; j < in->ntargets; j++) {
                        t[j].block = bmap[in->targets[j].block->index];
                        t[j].case_value = in->targets[j].case_value;
                        ir_target_set_args(f, &t[j], in->targets[j].args, in->targets[j].nargs);
                    }
                }
                if (in->result)
                    vmap[in->result->id] = c->result;
            }
            c->loc = in->loc;
        }
    }

    /* 3. rename operands of the copy to the copied values */
    for (int gb = 0; gb < g->nblocks; gb++) {
        IrBlock *dst = bmap[gb];
        for (int i = 0; i < dst->ninsts; i++) {
            IrInst *c = dst->insts[i];
            for (int j = 0; j < c->nargs; j++)
                c->args[j] = map_value(vmap, c->args[j]);
            for (int t = 0; t < c->ntargets; t++)
                for (int j = 0; j < c->targets[t].nargs; j++)
                    c->targets[t].args[j] = map_value(vmap, c->targets[t].args[j]);
        }
    }

    /* 4. B jumps into the copy; the call's result is K's parameter */
    IrInst *j = ir_emit(b, IR_JMP, ir_type_prim(f->module, IRT_UNIT), NULL, NULL, NULL, 0);
    j->loc = call->loc;
    ir_inst_set_targets(j, 1)->block = bmap[0];
    if (res) {
        IrValue **map = arena_alloc(a, sizeof(IrValue *) * (f->nvalues ? f->nvalues : 1));
        map[call->result->id] = res;
        opt_replace_uses(f, map, f->nvalues);
    }
    return k;
}

/* require: nothing (reads callees' bodies; the pipeline optimises callees first) */
bool opt_inline(IrModule *m, IrFunc *f) {
    if (!f->nblocks)
        return false;
    Arena *a = arena_new();
    unsigned char *state = arena_alloc(a, (size_t)(m->nfuncs ? m->nfuncs : 1));
    OptNames names;
    opt_names_init(&names, a, f);
    bool changed = false;
    int fsize = func_size(f);
    opt_debug("inline", "inline @%s:\n", f->name);
    for (int b = 0; b < f->nblocks; b++) {
        IrBlock *bl = f->blocks[b];
        for (int i = 0; i < bl->ninsts; i++) {
            IrInst *in = bl->insts[i];
            if (in->op != IR_CALL)
                continue;
            if (!acceptable(m, f, in->callee, state, fsize)) {
                opt_debug("inline", "  call @%s in %s kept\n", in->callee->name, bl->name);
                continue;
            }
            opt_debug("inline", "  inlined @%s (%d instructions) in %s\n", in->callee->name,
                      func_size(in->callee), bl->name);
            fsize += func_size(in->callee);
            inline_call(f, bl, i, &names, a);
            changed = true;
            break; /* the rest of this block moved to the continuation */
        }
    }
    arena_free(a);
    return changed;
}
