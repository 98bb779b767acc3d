/* Sparse conditional constant propagation over block arguments (Wegman and
 * Zadeck), optimistic: values start unknown (TOP), blocks unexecuted, and
 * only edges a branch can take with the facts so far are followed. The
 * dense round-robin iteration in reverse post-order below reaches the same
 * fixed point as the sparse worklist formulation (the lattice has three
 * levels, so every value changes at most twice).
 *
 * Folding is exact (fold.c): an `.ovf` operation that overflows on its
 * constant operands is never folded into a value; the instruction becomes
 * an explicit `panic` terminator with the same message and location, and
 * the rest of its block goes away. Floats fold only when the result is not
 * NaN (payloads do not survive the text form). */
#include "fold.h"
#include "ir_verify.h"
#include "opt.h"
#include "opt_util.h"

#include <string.h>

enum { TOP, CONSTANT, BOTTOM };

typedef struct Lat {
    unsigned char state;
    IrValue *c;
} Lat;

typedef struct InEdge {
    IrBlock *from;
    int k; /* target index in from's terminator */
} InEdge;

typedef struct Sccp {
    IrModule *m;
    IrFunc *f;
    Lat *lat; /* by value id */
    uint32_t nlat;
    bool *exec;       /* by block */
    bool **edge_exec; /* [block][target] */
    InEdge **in;      /* incoming edges by block */
    int *nin;
    bool changed;
} Sccp;

static Lat lat_of(Sccp *s, IrValue *v) {
    if (v->kind == IRV_CONST)
        return (Lat){CONSTANT, v};
    return v->id < s->nlat ? s->lat[v->id] : (Lat){BOTTOM, NULL};
}

static Lat meet(Lat a, Lat b) {
    if (a.state == TOP)
        return b;
    if (b.state == TOP)
        return a;
    if (a.state == CONSTANT && b.state == CONSTANT && opt_const_equal(a.c, b.c))
        return a;
    return (Lat){BOTTOM, NULL};
}

static void set_lat(Sccp *s, IrValue *v, Lat l) {
    Lat *cur = &s->lat[v->id];
    if (cur->state == l.state && (l.state != CONSTANT || opt_const_equal(cur->c, l.c)))
        return;
    /* Monotone: never climb back up. */
    if (cur->state == BOTTOM || (cur->state == CONSTANT && l.state == TOP))
        return;
    if (cur->state == CONSTANT && l.state == CONSTANT)
        l = (Lat){BOTTOM, NULL};
    *cur = l;
    s->changed = true;
}

static void mark_edge(Sccp *s, IrBlock *b, int k) {
    if (s->edge_exec[b->index][k])
        return;
    s->edge_exec[b->index][k] = true;
    s->changed = true;
    IrBlock *t = opt_term(b)->targets[k].block;
    s->exec[t->index] = true;
}

/* Evaluates IN; returns false when it always panics (the block ends). */
static bool eval_inst(Sccp *s, IrInst *in) {
    IrValue *ops[in->nargs ? in->nargs : 1];
    bool any_top = false, any_bottom = false;
    for (int i = 0; i < in->nargs; i++) {
        Lat l = lat_of(s, in->args[i]);
        ops[i] = l.state == CONSTANT ? l.c : NULL;
        any_top |= l.state == TOP;
        any_bottom |= l.state == BOTTOM;
    }
    if (in->op == IR_SELECT) {
        Lat c = lat_of(s, in->args[0]);
        Lat r = c.state == TOP        ? c
                : c.state == CONSTANT ? lat_of(s, in->args[c.c->c.bits ? 1 : 2])
                                      : meet(lat_of(s, in->args[1]), lat_of(s, in->args[2]));
        set_lat(s, in->result, r);
        return true;
    }
    bool foldable = in->op <= IR_CAST || in->op == IR_BOUNDS;
    if (!foldable || any_bottom) {
        if (in->result)
            set_lat(s, in->result, (Lat){BOTTOM, NULL});
        return true;
    }
    if (any_top)
        return true; /* optimistic: wait for the operands */
    if (in->op == IR_BOUNDS)
        return true; /* failing constant bounds: keep going conservatively */
    Fold fd = opt_fold(s->m, in, ops);
    if (fd.kind == FOLD_PANIC)
        return false;
    if (in->result)
        set_lat(s, in->result,
                fd.kind == FOLD_VALUE ? (Lat){CONSTANT, fd.value} : (Lat){BOTTOM, NULL});
    return true;
}

static void eval_term(Sccp *s, IrBlock *b, IrInst *t) {
    switch (t->op) {
    case IR_JMP:
        mark_edge(s, b, 0);
        break;
    case IR_BR: {
        Lat c = lat_of(s, t->args[0]);
        if (c.state == CONSTANT)
            mark_edge(s, b, c.c->c.bits ? 0 : 1);
        else if (c.state == BOTTOM) {
            mark_edge(s, b, 0);
            mark_edge(s, b, 1);
        }
        break;
    }
    case IR_SWITCH: {
        Lat c = lat_of(s, t->args[0]);
        if (c.state == BOTTOM) {
            for (int k = 0; k < t->ntargets; k++)
                mark_edge(s, b, k);
        } else if (c.state == CONSTANT) {
            int hit = 0;
            for (int k = 1; k < t->ntargets; k++)
                if ((uint64_t)t->targets[k].case_value == c.c->c.bits)
                    hit = k;
            mark_edge(s, b, hit);
        }
        break;
    }
    default:
        break;
    }
}

static void eval_block(Sccp *s, IrBlock *b) {
    if (b->index > 0) {
        for (int p = 0; p < b->nparams; p++) {
            Lat l = {TOP, NULL};
            for (int e = 0; e < s->nin[b->index]; e++) {
                InEdge ie = s->in[b->index][e];
                if (s->edge_exec[ie.from->index][ie.k])
                    l = meet(l, lat_of(s, opt_term(ie.from)->targets[ie.k].args[p]));
            }
            set_lat(s, b->params[p], l);
        }
    }
    for (int i = 0; i < b->ninsts; i++) {
        IrInst *in = b->insts[i];
        if (ir_op_is_terminator(in->op))
            eval_term(s, b, in);
        else if (!eval_inst(s, in))
            return;
    }
}

static void setup(Sccp *s, Arena *a) {
    IrFunc *f = s->f;
    int n = f->nblocks;
    s->nlat = f->nvalues;
    s->lat = arena_alloc(a, sizeof(Lat) * (s->nlat ? s->nlat : 1));
    s->exec = arena_alloc(a, sizeof(bool) * (size_t)n);
    s->edge_exec = arena_alloc(a, sizeof(bool *) * (size_t)n);
    s->in = arena_alloc(a, sizeof(InEdge *) * (size_t)n);
    s->nin = arena_alloc(a, sizeof(int) * (size_t)n);
    for (int b = 0; b < n; b++) {
        IrInst *t = opt_term(f->blocks[b]);
        s->edge_exec[b] =
            arena_alloc(a, sizeof(bool) * (size_t)(t && t->ntargets ? t->ntargets : 1));
        for (int k = 0; t && k < t->ntargets; k++)
            s->nin[t->targets[k].block->index]++;
    }
    for (int b = 0; b < n; b++) {
        s->in[b] = arena_alloc(a, sizeof(InEdge) * (size_t)(s->nin[b] ? s->nin[b] : 1));
        s->nin[b] = 0;
    }
    for (int b = 0; b < n; b++) {
        IrInst *t = opt_term(f->blocks[b]);
        for (int k = 0; t && k < t->ntargets; k++) {
            int d = t->targets[k].block->index;
            s->in[d][s->nin[d]++] = (InEdge){f->blocks[b], k};
        }
    }
    IrBlock *entry = f->blocks[0];
    for (int p = 0; p < entry->nparams; p++)
        s->lat[entry->params[p]->id] = (Lat){BOTTOM, NULL};
    s->exec[0] = true;
}

static const char *lat_str(Arena *a, Lat l) {
    if (l.state != CONSTANT)
        return l.state == TOP ? "never computed" : "varies";
    if (ir_type_is_float(l.c->type))
        return arena_printf(a, "%g", l.c->c.f);
    if (l.c->type->kind == IRT_BOOL)
        return l.c->c.bits ? "true" : "false";
    if (ir_type_is_int(l.c->type) && ir_type_is_signed(l.c->type))
        return arena_printf(a, "%lld", (long long)(int64_t)l.c->c.bits);
    if (l.c->type->kind == IRT_STR)
        return arena_printf(a, "\"%s\"", l.c->str);
    return arena_printf(a, "%llu", (unsigned long long)l.c->c.bits);
}

/* Rewrites block B; returns true when it changed something. Instructions
 * with a constant result are only mapped here (their uses are replaced
 * afterwards); finish() removes or rewrites them. */
static bool rewrite_block(Sccp *s, IrBlock *b, IrValue **map, Arena *a) {
    bool changed = false;
    for (int p = 0; p < b->nparams; p++) {
        Lat l = s->lat[b->params[p]->id];
        if (l.state == CONSTANT && b->index > 0) {
            map[b->params[p]->id] = l.c;
            opt_debug("sccp", "  block param %%%s is always %s\n", b->params[p]->name,
                      lat_str(a, l));
        }
    }
    for (int i = 0; i < b->ninsts; i++) {
        IrInst *in = b->insts[i];
        if (ir_op_is_terminator(in->op))
            break;
        IrValue *ops[in->nargs ? in->nargs : 1];
        bool all_const = true;
        for (int k = 0; k < in->nargs; k++) {
            Lat l = lat_of(s, in->args[k]);
            ops[k] = l.state == CONSTANT ? l.c : NULL;
            all_const &= l.state == CONSTANT;
        }
        if (in->result && s->lat[in->result->id].state == CONSTANT) {
            map[in->result->id] = s->lat[in->result->id].c;
            if (in->op != IR_COPY || in->args[0]->kind != IRV_CONST)
                opt_debug("sccp", "  %%%s = %s\n", in->result->name,
                          lat_str(a, s->lat[in->result->id]));
            continue;
        }
        if (in->op == IR_BOUNDS && all_const && ops[0]->c.bits < ops[1]->c.bits) {
            opt_debug("sccp", "  constant bounds check %llu < %llu removed\n",
                      (unsigned long long)ops[0]->c.bits, (unsigned long long)ops[1]->c.bits);
            b->insts[i] = NULL;
            changed = true;
            continue;
        }
        if (!all_const || in->op > IR_CAST)
            continue;
        Fold fd = opt_fold(s->m, in, ops);
        if (fd.kind == FOLD_PANIC) {
            opt_debug("sccp", "  `%s` always panics: %s; the block ends there\n",
                      ir_op_name(in->op), fd.panic_msg);
            IrInst *p = ir_emit(b, IR_PANIC, ir_type_prim(s->m, IRT_UNIT), NULL, NULL, NULL, 0);
            p->name = fd.panic_msg;
            p->name_len = (uint32_t)strlen(fd.panic_msg);
            p->loc = in->loc;
            b->insts[i] = p;
            b->ninsts = i + 1;
            opt_block_compact(b);
            return true;
        }
        if (fd.kind == FOLD_SOME || fd.kind == FOLD_NOTHING) {
            opt_debug("sccp", "  %%%s = %s\n", in->result->name,
                      fd.kind == FOLD_SOME ? "Some(constant)" : "None");
            in->op = IR_VARIANT;
            in->type = in->result->type;
            in->variant = fd.kind == FOLD_SOME ? 1 : 0;
            in->nargs = fd.kind == FOLD_SOME ? 1 : 0;
            if (fd.kind == FOLD_SOME)
                in->args[0] = fd.value;
            changed = true;
        }
    }
    IrInst *t = opt_term(b);
    if (t && (t->op == IR_BR || t->op == IR_SWITCH)) {
        int nexec = 0, last = -1;
        for (int k = 0; k < t->ntargets; k++)
            if (s->edge_exec[b->index][k]) {
                nexec++;
                last = k;
            }
        if (nexec == 1) {
            opt_debug("sccp", "  `%s` in %s always goes to %s\n", ir_op_name(t->op), b->name,
                      t->targets[last].block->name);
            opt_make_jmp(b, t->targets[last]);
            changed = true;
        }
    }
    opt_block_compact(b);
    return changed;
}

/* After the uses were replaced: a constant instruction nobody uses any more
 * goes; one still used where a constant cannot stand (a cast or closure
 * operand) becomes `copy T constant`. */
static bool finish(Sccp *s, const uint32_t *before, Arena *a) {
    IrFunc *f = s->f;
    uint32_t *after = opt_use_counts(a, f);
    bool changed = false;
    for (uint32_t id = 0; id < s->nlat; id++)
        changed |= after[id] < before[id];
    /* Deleting one may leave its operand unused: repeat until stable. */
    for (bool again = true; again;) {
        again = false;
        after = opt_use_counts(a, f);
        for (int b = 0; b < f->nblocks; b++) {
            IrBlock *bl = f->blocks[b];
            for (int i = 0; i < bl->ninsts; i++) {
                IrInst *in = bl->insts[i];
                if (in->result && in->result->id < s->nlat &&
                    s->lat[in->result->id].state == CONSTANT && after[in->result->id] == 0) {
                    bl->insts[i] = NULL;
                    changed = again = true;
                }
            }
            opt_block_compact(bl);
        }
    }
    for (int b = 0; b < f->nblocks; b++) {
        IrBlock *bl = f->blocks[b];
        for (int i = 0; i < bl->ninsts; i++) {
            IrInst *in = bl->insts[i];
            if (!in->result || in->result->id >= s->nlat ||
                s->lat[in->result->id].state != CONSTANT)
                continue;
            IrValue *c = s->lat[in->result->id].c;
            if (in->op != IR_COPY || !opt_const_equal(in->args[0], c)) {
                in->op = IR_COPY;
                in->type = in->result->type;
                in->nargs = 1;
                in->args[0] = c;
                changed = true;
            }
        }
    }
    return changed;
}

/* require: nothing (builds its own edge lists) */
bool opt_sccp(IrModule *m, IrFunc *f) {
    if (!f->nblocks)
        return false;
    Arena *a = arena_new();
    Sccp s = {0};
    s.m = m;
    s.f = f;
    setup(&s, a);
    opt_debug("sccp", "sccp @%s:\n", f->name);

    /* 1. iterate to the fixed point: lattice values and executable edges */
    int *rpo, *idom;
    int nrpo = ir_dominators(f, a, &idom, &rpo);
    do {
        s.changed = false;
        for (int i = 0; i < nrpo; i++)
            if (s.exec[rpo[i]])
                eval_block(&s, f->blocks[rpo[i]]);
    } while (s.changed);

    /* 2. replace constants, fold branches, turn certain panics explicit */
    bool changed = false;
    IrValue **map = arena_alloc(a, sizeof(IrValue *) * (f->nvalues ? f->nvalues : 1));
    for (int b = 0; b < f->nblocks; b++) {
        if (!s.exec[b]) {
            opt_debug("sccp", "  block %s is never executed\n", f->blocks[b]->name);
            continue;
        }
        changed |= rewrite_block(&s, f->blocks[b], map, a);
    }
    uint32_t *before = opt_use_counts(a, f);
    opt_replace_uses(f, map, s.nlat);

    /* 3. drop the blocks no executable edge reaches, then the constants */
    changed |= opt_remove_unreachable(f);
    changed |= finish(&s, before, a);
    arena_free(a);
    return changed;
}
