/* Strength reduction and algebraic identities, each exact including panics:
 *   mul.wrap x, 2^k      -> shl.wrap x, k        (same bits modulo 2^w)
 *   div.wrap/div.ovf x, 2^k (unsigned) -> shr.wrap x, k   (the divisor is a
 *                        nonzero constant and unsigned division cannot
 *                        overflow, so neither panics)
 *   rem.wrap/rem.ovf x, 2^k (unsigned) -> and x, 2^k-1
 *   x + 0, x - 0, x * 1, x / 1 (any kind but .checked), x | 0, x ^ 0,
 *   x & all-ones, shifts by 0 -> x (none of these can overflow)
 *   x * 0 (.ovf, .wrap, .sat), x & 0 -> 0
 * Refused, and why:
 *   - mul.ovf x, 2^k -> shl: a shift never panics, the multiply does on
 *     overflow (and `shl.ovf` panics only on the shift amount);
 *   - signed division by 2^k: rounds toward zero, an arithmetic shift rounds
 *     down; needs a bias sequence that is not cheaper on the VM;
 *   - .checked forms: their result is an option, not a number. */
#include "opt.h"
#include "opt_util.h"

static int log2_exact(uint64_t v) {
    if (v == 0 || (v & (v - 1)))
        return -1;
    int k = 0;
    while (v > 1) {
        v >>= 1;
        k++;
    }
    return k;
}

static bool is_const(const IrValue *v, uint64_t bits) {
    return v->kind == IRV_CONST && ir_type_is_int(v->type) && v->c.bits == bits;
}

static IrValue *identity(IrModule *m, IrInst *in) {
    IrType *t = in->type;
    if (!ir_type_is_int(t) || in->nargs != 2)
        return NULL;
    IrValue *a = in->args[0], *b = in->args[1];
    uint64_t ones = ir_int_normalize(t, UINT64_MAX);
    switch (in->op) {
    case IR_ADD_OVF:
    case IR_ADD_WRAP:
    case IR_ADD_SAT:
        return is_const(b, 0) ? a : is_const(a, 0) ? b : NULL;
    case IR_SUB_OVF:
    case IR_SUB_WRAP:
    case IR_SUB_SAT:
    case IR_SHL_OVF:
    case IR_SHR_OVF:
    case IR_SHL_WRAP:
    case IR_SHR_WRAP:
        return is_const(b, 0) ? a : NULL;
    case IR_MUL_OVF:
    case IR_MUL_WRAP:
    case IR_MUL_SAT:
        if (is_const(b, 1))
            return a;
        if (is_const(a, 1))
            return b;
        if (is_const(b, 0) || is_const(a, 0))
            return ir_const_int(m, t, 0);
        return NULL;
    case IR_DIV_OVF:
    case IR_DIV_WRAP:
        return is_const(b, 1) ? a : NULL;
    case IR_OR:
    case IR_XOR:
        return is_const(b, 0) ? a : is_const(a, 0) ? b : NULL;
    case IR_AND:
        if (is_const(b, ones))
            return a;
        if (is_const(a, ones))
            return b;
        if (is_const(b, 0) || is_const(a, 0))
            return ir_const_int(m, t, 0);
        return NULL;
    default:
        return NULL;
    }
}

/* require: nothing */
bool opt_strength_reduce(IrModule *m, IrFunc *f) {
    Arena *a = arena_new();
    IrValue **map = arena_alloc(a, sizeof(IrValue *) * (f->nvalues ? f->nvalues : 1));
    bool changed = false;
    opt_debug("strength-reduce", "strength-reduce @%s:\n", f->name);
    for (int b = 0; b < f->nblocks; b++) {
        IrBlock *bl = f->blocks[b];
        for (int i = 0; i < bl->ninsts; i++) {
            IrInst *in = bl->insts[i];
            if (!in->result || in->nargs != 2 || !ir_type_is_int(in->type))
                continue;
            /* 1. identities */
            IrValue *same = identity(m, in);
            if (same) {
                opt_debug("strength-reduce", "  %%%s: `%s` by an identity element\n",
                          in->result->name, ir_op_name(in->op));
                changed = true;
                if (same->kind == IRV_CONST) { /* copyprop and dce finish it */
                    in->op = IR_COPY;
                    in->nargs = 1;
                    in->args[0] = same;
                    continue;
                }
                map[in->result->id] = same;
                bl->insts[i] = NULL;
                continue;
            }
            /* 2. powers of two */
            IrValue *c = in->args[1];
            int k = c->kind == IRV_CONST ? log2_exact(c->c.bits) : -1;
            bool sgn = ir_type_is_signed(in->type);
            if (k < 0 || (sgn && in->op != IR_MUL_WRAP))
                continue;
            if (sgn && k == ir_type_bits(in->type) - 1)
                continue; /* the constant is MIN, not a power of two */
            IrOp to;
            uint64_t operand;
            switch (in->op) {
            case IR_MUL_WRAP:
                to = IR_SHL_WRAP;
                operand = (uint64_t)k;
                break;
            case IR_DIV_WRAP:
            case IR_DIV_OVF:
                to = IR_SHR_WRAP;
                operand = (uint64_t)k;
                break;
            case IR_REM_WRAP:
            case IR_REM_OVF:
                to = IR_AND;
                operand = c->c.bits - 1;
                break;
            default:
                continue;
            }
            opt_debug("strength-reduce", "  %%%s: `%s` by 2^%d -> `%s`\n", in->result->name,
                      ir_op_name(in->op), k, ir_op_name(to));
            in->op = to;
            in->args[1] = ir_const_int(m, in->type, operand);
            changed = true;
        }
        opt_block_compact(bl);
    }
    opt_replace_uses(f, map, f->nvalues);
    arena_free(a);
    return changed;
}
