/* Dominator-based global value numbering (the scoped hash table of Briggs,
 * Cooper and Simpson): walking the dominator tree in pre-order, an
 * instruction equal to one in a dominating position (same opcode, type,
 * immediates and operands, after earlier replacements; commutative integer
 * operations with their operands in a canonical order) is replaced by it.
 *
 * What may be merged:
 *   - pure instructions (opt_is_pure);
 *   - checks: `.ovf` arithmetic, div/rem.wrap and `bounds`. A dominated
 *     duplicate is redundant: if the dominating one did not panic, the
 *     duplicate (same operands) cannot panic either, and computes the same.
 *   - loads, only inside one block and only while no instruction that may
 *     write memory (store, call, drop, release, fmt, ...) comes between.
 * Never merged: instructions with effects (stores, calls of any kind,
 * allocations: slot, box.new, clone, closure), and loads across blocks or
 * across anything that may write. Float operations are not reordered
 * (NaN payloads depend on operand order). */
#include "ir_verify.h"
#include "opt.h"
#include "opt_util.h"

#include <stdlib.h>
#include <string.h>

typedef struct Gvn {
    IrInst **entries;
    int *next;
    int nentries, cap;
    int *heads;
    uint32_t nheads;
    IrValue **map;
    uint32_t nmap;
    int **kids;
    int *nkids;
    IrFunc *f;
    bool changed;
} Gvn;

static bool commutative(IrOp op) {
    switch (op) {
    case IR_ADD_OVF:
    case IR_MUL_OVF:
    case IR_ADD_WRAP:
    case IR_MUL_WRAP:
    case IR_ADD_SAT:
    case IR_MUL_SAT:
    case IR_ADD_CHECKED:
    case IR_MUL_CHECKED:
    case IR_AND:
    case IR_OR:
    case IR_XOR:
    case IR_EQ:
    case IR_NE:
        return true;
    default:
        return false;
    }
}

static bool numberable(const IrInst *in) {
    switch (in->op) {
    case IR_ADD_OVF ... IR_SHR_OVF:
    case IR_DIV_WRAP:
    case IR_REM_WRAP:
    case IR_BOUNDS:
        return true;
    default:
        return opt_is_pure(in) && in->result;
    }
}

/* Writes memory or may (ends the validity of remembered loads). */
static bool may_write(const IrInst *in) {
    return !(opt_is_pure(in) || numberable(in) || in->op == IR_LOAD || in->op == IR_SLOT);
}

static uint64_t value_key(const IrValue *v) {
    if (v->kind != IRV_CONST)
        return (uint64_t)(uintptr_t)v;
    if (v->type->kind == IRT_STR)
        return 0x5157u ^ v->str_len;
    return v->c.bits * 0x9e3779b97f4a7c15ull ^ (uint64_t)(uintptr_t)v->type;
}

static bool same_operand(const IrValue *a, const IrValue *b) {
    return a == b || (a->kind == IRV_CONST && opt_const_equal(a, b));
}

static uint32_t inst_hash(const IrInst *in) {
    uint64_t h = (uint64_t)in->op * 1099511628211ull ^ (uint64_t)(uintptr_t)in->type;
    h = h * 31 + (uint64_t)(in->index + 7) * 131 + (uint64_t)(in->variant + 3);
    h ^= (uint64_t)(uintptr_t)in->callee;
    for (int i = 0; i < in->nargs; i++)
        h = (h ^ value_key(in->args[i])) * 1099511628211ull;
    return (uint32_t)(h ^ (h >> 32));
}

static bool inst_equal(const IrInst *a, const IrInst *b) {
    if (a->op != b->op || a->type != b->type || a->index != b->index || a->variant != b->variant ||
        a->callee != b->callee || a->nargs != b->nargs)
        return false;
    if ((a->name || b->name) && (!a->name || !b->name || strcmp(a->name, b->name) != 0))
        return false; /* call.rt: the intrinsic */
    if (a->result && b->result && a->result->type != b->result->type)
        return false;
    for (int i = 0; i < a->nargs; i++)
        if (!same_operand(a->args[i], b->args[i]))
            return false;
    return true;
}

static IrValue *resolve(Gvn *g, IrValue *v) {
    while (v->kind != IRV_CONST && v->id < g->nmap && g->map[v->id])
        v = g->map[v->id];
    return v;
}

static bool canonical_order(IrInst *in) {
    if (!commutative(in->op) || in->nargs != 2)
        return false;
    IrValue *a = in->args[0], *b = in->args[1];
    /* Constants last; values by id. */
    bool swap =
        a->kind == IRV_CONST ? b->kind != IRV_CONST : (b->kind != IRV_CONST && b->id < a->id);
    if (swap) {
        in->args[0] = b;
        in->args[1] = a;
    }
    return swap;
}

static void push(Gvn *g, IrInst *in, uint32_t h) {
    if (g->nentries == g->cap) {
        g->cap = g->cap ? g->cap * 2 : 64;
        g->entries = xrealloc(g->entries, sizeof(IrInst *) * (size_t)g->cap);
        g->next = xrealloc(g->next, sizeof(int) * (size_t)g->cap);
    }
    uint32_t bk = h % g->nheads;
    g->entries[g->nentries] = in;
    g->next[g->nentries] = g->heads[bk];
    g->heads[bk] = g->nentries++;
}

static void pop_to(Gvn *g, int mark) {
    while (g->nentries > mark) {
        g->nentries--;
        uint32_t bk = inst_hash(g->entries[g->nentries]) % g->nheads;
        g->heads[bk] = g->next[g->nentries];
    }
}

static void visit(Gvn *g, int b) {
    IrBlock *bl = g->f->blocks[b];
    int mark = g->nentries;
    IrInst *loads[64];
    int nloads = 0;
    for (int i = 0; i < bl->ninsts; i++) {
        IrInst *in = bl->insts[i];
        for (int k = 0; k < in->nargs; k++)
            in->args[k] = resolve(g, in->args[k]);
        if (in->op == IR_LOAD && in->result) {
            IrInst *hit = NULL;
            for (int k = 0; k < nloads && !hit; k++)
                if (inst_equal(loads[k], in))
                    hit = loads[k];
            if (hit) {
                opt_debug("gvn", "  %%%s = %%%s (same load, no write between)\n", in->result->name,
                          hit->result->name);
                g->map[in->result->id] = hit->result;
                bl->insts[i] = NULL;
                g->changed = true;
            } else if (nloads < 64) {
                loads[nloads++] = in;
            }
            continue;
        }
        if (may_write(in)) {
            nloads = 0;
            continue;
        }
        if (!numberable(in))
            continue;
        g->changed |= canonical_order(in);
        uint32_t h = inst_hash(in);
        IrInst *hit = NULL;
        for (int e = g->heads[h % g->nheads]; e >= 0 && !hit; e = g->next[e])
            if (inst_equal(g->entries[e], in))
                hit = g->entries[e];
        if (!hit) {
            push(g, in, h);
            continue;
        }
        if (in->result) {
            opt_debug("gvn", "  %%%s = %%%s (%s)\n", in->result->name, hit->result->name,
                      ir_op_name(in->op));
            g->map[in->result->id] = hit->result;
        } else {
            opt_debug("gvn", "  redundant `%s` in %s (a dominating one checks the same)\n",
                      ir_op_name(in->op), bl->name);
        }
        bl->insts[i] = NULL;
        g->changed = true;
    }
    opt_block_compact(bl);
    for (int k = 0; k < g->nkids[b]; k++)
        visit(g, g->kids[b][k]);
    pop_to(g, mark);
}

/* require: dominators (ir_dominators) */
bool opt_gvn(IrModule *m, IrFunc *f) {
    (void)m;
    if (!f->nblocks)
        return false;
    Arena *a = arena_new();
    Gvn g = {0};
    g.f = f;
    g.nmap = f->nvalues;
    g.map = arena_alloc(a, sizeof(IrValue *) * (g.nmap ? g.nmap : 1));
    g.nheads = 1024;
    g.heads = arena_alloc(a, sizeof(int) * g.nheads);
    memset(g.heads, -1, sizeof(int) * g.nheads);
    opt_debug("gvn", "gvn @%s:\n", f->name);

    /* 1. dominator tree */
    int *idom, *rpo;
    int nrpo = ir_dominators(f, a, &idom, &rpo);
    g.nkids = arena_alloc(a, sizeof(int) * (size_t)f->nblocks);
    g.kids = arena_alloc(a, sizeof(int *) * (size_t)f->nblocks);
    for (int i = 1; i < nrpo; i++)
        g.nkids[idom[rpo[i]]]++;
    for (int b = 0; b < f->nblocks; b++) {
        g.kids[b] = arena_alloc(a, sizeof(int) * (size_t)(g.nkids[b] ? g.nkids[b] : 1));
        g.nkids[b] = 0;
    }
    for (int i = 1; i < nrpo; i++)
        g.kids[idom[rpo[i]]][g.nkids[idom[rpo[i]]]++] = rpo[i];

    /* 2. number values in dominator pre-order, replacing duplicates */
    visit(&g, 0);

    /* 3. uses outside the dominator walk (block arguments of later edges) */
    opt_replace_uses(f, g.map, g.nmap);
    free(g.entries);
    free(g.next);
    arena_free(a);
    return g.changed;
}
