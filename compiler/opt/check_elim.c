/* Removal of overflow and bounds checks that provably cannot fail.
 *
 * Facts: a block B entered from outside the region it dominates by one
 * edge only, the true (false) edge of `br %c` where %c = `lt/le/gt/ge/eq/ne
 * T x, y`, has that comparison holding (negated on the false edge) in every
 * block B dominates. Its other incoming edges are back edges from blocks B
 * dominates. x and y are defined before the edge's source P, which B does
 * not dominate, so their definitions lie outside B's region: any path that
 * redefines them and then reaches a block B dominates must enter B again,
 * and the first entry from outside is through the fact's edge again.
 * Comparisons are used only at their own type T, so signedness matches.
 *
 * Proofs (MAX and MIN are T's bounds; "x ≤ L at B" is `below`):
 *   - `add.ovf x, c` with a constant c > 0 cannot overflow when x ≤ MAX - c.
 *     From a fact x < y, whatever y is, y ≤ MAX so x ≤ MAX - 1 (enough for
 *     c = 1: the usual `i + 1` under `i < n`); from x < K or x ≤ K the bound
 *     is K - 1 or K. With c < 0 (signed) the same holds downwards.
 *   - `sub.ovf x, c` with c > 0 cannot overflow when x ≥ MIN + c, from x > y
 *     (x ≥ MIN + 1), x > K, x ≥ K, and for unsigned x != 0 (x ≥ 1).
 *   - unsigned `sub.ovf x, y` cannot underflow when x ≥ y or x > y holds.
 *   - `bounds i, n` cannot fail when i < n holds (usize, unsigned), or when n
 *     is a constant and i ≤ n - 1 follows from the facts.
 *   - loop induction variables: a block parameter p satisfies p ≤ L when
 *     every argument passed to it does at its edge (p itself on a back edge
 *     is ignored: it adds no new value). So in
 *         a(%i): %i2 = add.ovf %i, 1; %go = lt %i2, %n; br %go, a(%i2), ...
 *     %i2 < n ≤ MAX on the back edge and the entry passes 0, so i ≤ MAX - 1
 *     and `add.ovf %i, 1` cannot overflow. The recursion is depth-limited.
 * A check proven redundant becomes the `.wrap` form (same result when there
 * is no overflow) or, for `bounds`, is deleted. One exception, for cost
 * only: `add.ovf i64 x, K; lt i64 ...; br` ending a block is left alone,
 * because the bytecode emitter fuses exactly that shape into one counted-
 * loop instruction whose overflow check is free (bytecode_emit.c). */
#include "ir_verify.h"
#include "opt.h"
#include "opt_util.h"

typedef struct Fact {
    IrOp op; /* lt le gt ge eq ne: x op y */
    IrValue *x, *y;
    IrType *type;
} Fact;

typedef struct Ctx {
    IrFunc *f;
    int *idom;
    Fact *entry_fact; /* by block: the fact of its only incoming edge */
    bool *has_fact;
    OptInEdges in;
} Ctx;

static IrOp negate(IrOp op) {
    switch (op) {
    case IR_LT:
        return IR_GE;
    case IR_LE:
        return IR_GT;
    case IR_GT:
        return IR_LE;
    case IR_GE:
        return IR_LT;
    case IR_EQ:
        return IR_NE;
    default:
        return IR_EQ;
    }
}

static IrOp flip(IrOp op) { /* x op y  <=>  y flip(op) x */
    switch (op) {
    case IR_LT:
        return IR_GT;
    case IR_LE:
        return IR_GE;
    case IR_GT:
        return IR_LT;
    case IR_GE:
        return IR_LE;
    default:
        return op;
    }
}

/* The fact the edge (P, k) establishes, if any. */
static bool edge_fact(IrBlock *p, int k, Fact *out) {
    IrInst *t = opt_term(p);
    if (!t || t->op != IR_BR || t->targets[0].block == t->targets[1].block)
        return false;
    IrValue *c = t->args[0];
    if (c->kind != IRV_INST || c->def->op < IR_EQ || c->def->op > IR_GE ||
        !ir_type_is_int(c->def->type))
        return false;
    IrInst *cmp = c->def;
    *out = (Fact){k == 0 ? cmp->op : negate(cmp->op), cmp->args[0], cmp->args[1], cmp->type};
    return true;
}

static __int128 tmax(const IrType *t) {
    return (__int128)(unsigned __int128)ir_int_max(t);
}

static __int128 tmin(const IrType *t) {
    return (__int128)ir_int_min(t);
}

static __int128 cval(const IrValue *v) {
    return ir_type_is_signed(v->type) ? (__int128)(int64_t)v->c.bits : (__int128)v->c.bits;
}

/* Does fact F give x ≤ L (upper) or x ≥ L (!upper) for value X of type T? */
static bool fact_bounds(const Fact *fa, IrValue *x, IrType *t, __int128 l, bool upper) {
    if (fa->type != t)
        return false;
    IrOp op;
    IrValue *other;
    if (fa->x == x) {
        op = fa->op;
        other = fa->y;
    } else if (fa->y == x) {
        op = flip(fa->op);
        other = fa->x;
    } else {
        return false;
    }
    bool k = other->kind == IRV_CONST;
    __int128 kv = k ? cval(other) : 0;
    if (upper) {
        if (op == IR_LT)
            return (k ? kv - 1 : tmax(t) - 1) <= l;
        if (op == IR_LE || op == IR_EQ)
            return (k ? kv : tmax(t)) <= l;
        return false;
    }
    if (op == IR_GT)
        return (k ? kv + 1 : tmin(t) + 1) >= l;
    if (op == IR_GE || op == IR_EQ)
        return (k ? kv : tmin(t)) >= l;
    if (op == IR_NE && k && kv == 0 && !ir_type_is_signed(t))
        return l <= 1;
    return false;
}

static bool bounded(Ctx *c, IrValue *x, __int128 l, bool upper, IrBlock *at, int depth);

/* x ≤ L (or ≥) on the edge (P, k): the edge's own fact or P's facts. */
static bool bounded_on_edge(Ctx *c, IrValue *x, __int128 l, bool upper, IrBlock *p, int k,
                            int depth) {
    Fact fa;
    if (edge_fact(p, k, &fa) && fact_bounds(&fa, x, x->type, l, upper))
        return true;
    return bounded(c, x, l, upper, p, depth);
}

static bool bounded(Ctx *c, IrValue *x, __int128 l, bool upper, IrBlock *at, int depth) {
    if (x->kind == IRV_CONST)
        return ir_type_is_int(x->type) && (upper ? cval(x) <= l : cval(x) >= l);
    if (!ir_type_is_int(x->type))
        return false;
    for (int b = at->index;; b = c->idom[b]) {
        if (c->has_fact[b] && fact_bounds(&c->entry_fact[b], x, x->type, l, upper))
            return true;
        if (b == 0 || c->idom[b] < 0)
            break;
    }
    if (x->kind != IRV_PARAM || x->block->index == 0 || depth >= 3)
        return false;
    /* x is a block parameter: every incoming argument must be bounded. */
    int bi = x->block->index;
    if (c->in.n[bi] == 0)
        return false;
    for (int e = 0; e < c->in.n[bi]; e++) {
        OptInEdge ie = c->in.list[bi][e];
        IrValue *arg = opt_term(ie.from)->targets[ie.k].args[x->index];
        if (arg == x)
            continue;
        if (!bounded_on_edge(c, arg, l, upper, ie.from, ie.k, depth + 1))
            return false;
    }
    return true;
}

static bool has_fact(Ctx *c, IrOp op, IrValue *x, IrValue *y, IrBlock *at) {
    for (int b = at->index;; b = c->idom[b]) {
        if (c->has_fact[b]) {
            Fact *fa = &c->entry_fact[b];
            if (fa->type == x->type && ((fa->op == op && fa->x == x && fa->y == y) ||
                                        (fa->op == flip(op) && fa->x == y && fa->y == x)))
                return true;
        }
        if (b == 0 || c->idom[b] < 0)
            break;
    }
    return false;
}

/* The add.ovf of a counted-loop step the VM fuses (see the header). */
static bool fused_loop_step(const IrBlock *b, int i) {
    if (i != b->ninsts - 3)
        return false;
    const IrInst *add = b->insts[i], *cmp = b->insts[i + 1], *br = b->insts[i + 2];
    return add->op == IR_ADD_OVF && add->type->kind == IRT_I64 && add->args[1]->kind == IRV_CONST &&
           cmp->op == IR_LT && cmp->args[0] == add->result && br->op == IR_BR &&
           br->args[0] == cmp->result;
}

/* Returns true when IN's check is proven unable to fail at block B. */
static bool redundant(Ctx *c, IrInst *in, IrBlock *b) {
    IrType *t = in->type;
    if (in->op == IR_BOUNDS) {
        IrValue *i = in->args[0], *n = in->args[1];
        if (has_fact(c, IR_LT, i, n, b))
            return true;
        return n->kind == IRV_CONST && n->c.bits > 0 && bounded(c, i, cval(n) - 1, true, b, 0);
    }
    if (!ir_type_is_int(t) || in->nargs != 2)
        return false;
    IrValue *x = in->args[0], *y = in->args[1];
    if (in->op == IR_ADD_OVF) {
        if (x->kind == IRV_CONST) {
            IrValue *s = x;
            x = y;
            y = s;
        }
        if (y->kind != IRV_CONST)
            return false;
        __int128 k = cval(y);
        if (k >= 0)
            return bounded(c, x, tmax(t) - k, true, b, 0);
        return bounded(c, x, tmin(t) - k, false, b, 0);
    }
    if (in->op == IR_SUB_OVF) {
        if (y->kind == IRV_CONST) {
            __int128 k = cval(y);
            if (k >= 0)
                return bounded(c, x, tmin(t) + k, false, b, 0);
            return bounded(c, x, tmax(t) + k, true, b, 0);
        }
        if (!ir_type_is_signed(t))
            return has_fact(c, IR_GE, x, y, b) || has_fact(c, IR_GT, x, y, b);
    }
    return false;
}

/* require: dominators (ir_dominators) */
bool opt_check_elim(IrModule *m, IrFunc *f) {
    (void)m;
    if (!f->nblocks)
        return false;
    Arena *a = arena_new();
    Ctx c = {0};
    c.f = f;
    int *rpo;
    ir_dominators(f, a, &c.idom, &rpo);
    c.in = opt_in_edges(a, f);
    c.entry_fact = arena_alloc(a, sizeof(Fact) * (size_t)f->nblocks);
    c.has_fact = arena_alloc(a, sizeof(bool) * (size_t)f->nblocks);
    opt_debug("check-elim", "check-elim @%s:\n", f->name);

    /* 1. facts of blocks entered from outside their own region by one
     * conditional edge (the other edges are back edges from blocks they
     * dominate) */
    for (int b = 1; b < f->nblocks; b++) {
        if (c.idom[b] < 0)
            continue;
        int outside = 0, which = -1;
        for (int e = 0; e < c.in.n[b]; e++) {
            int from = c.in.list[b][e].from->index;
            if (c.idom[from] >= 0 && !ir_dominates(c.idom, b, from)) {
                outside++;
                which = e;
            }
        }
        if (outside == 1)
            c.has_fact[b] =
                edge_fact(c.in.list[b][which].from, c.in.list[b][which].k, &c.entry_fact[b]);
    }

    /* 2. prove checks redundant and drop them */
    bool changed = false;
    for (int b = 0; b < f->nblocks; b++) {
        IrBlock *bl = f->blocks[b];
        if (c.idom[b] < 0)
            continue;
        for (int i = 0; i < bl->ninsts; i++) {
            IrInst *in = bl->insts[i];
            if (in->op != IR_ADD_OVF && in->op != IR_SUB_OVF && in->op != IR_BOUNDS)
                continue;
            if (fused_loop_step(bl, i) || !redundant(&c, in, bl))
                continue;
            if (in->op == IR_BOUNDS) {
                opt_debug("check-elim", "  bounds check in %s cannot fail\n", bl->name);
                bl->insts[i] = NULL;
            } else {
                opt_debug("check-elim", "  %%%s: `%s` cannot overflow\n", in->result->name,
                          ir_op_name(in->op));
                in->op = in->op == IR_ADD_OVF ? IR_ADD_WRAP : IR_SUB_WRAP;
            }
            changed = true;
        }
        opt_block_compact(bl);
    }
    arena_free(a);
    return changed;
}
