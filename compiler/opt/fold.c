/* Constant folding of single instructions; see fold.h. Integer operations
 * are computed in 128 bits and then checked against the type's range, so
 * overflow is detected exactly as the VM detects it. */
#include "fold.h"

#include <math.h>
#include <string.h>

#define MSG_DIV0 "attempt to divide by zero"
#define MSG_DIVOVF "attempt to divide with overflow"
#define MSG_REM0 "attempt to calculate the remainder with a divisor of zero"
#define MSG_REMOVF "attempt to calculate the remainder with overflow"

static Fold none(void) {
    return (Fold){FOLD_NONE, NULL, NULL};
}

static Fold panic_with(const char *msg) {
    return (Fold){FOLD_PANIC, NULL, msg};
}

static Fold int_value(IrModule *m, IrType *t, uint64_t bits) {
    return (Fold){FOLD_VALUE, ir_const_int(m, t, bits), NULL};
}

static Fold float_value(IrModule *m, IrType *t, double d) {
    if (isnan(d))
        return none(); /* NaN payloads do not survive the text form */
    return (Fold){FOLD_VALUE, ir_const_float(m, t, d), NULL};
}

static bool in_range(const IrType *t, __int128 r) {
    return r >= (__int128)ir_int_min(t) && r <= (__int128)(unsigned __int128)ir_int_max(t);
}

static __int128 as_wide(const IrType *t, uint64_t bits) {
    return ir_type_is_signed(t) ? (__int128)(int64_t)bits : (__int128)bits;
}

static uint64_t clamp(const IrType *t, __int128 r) {
    if (r < (__int128)ir_int_min(t))
        return (uint64_t)ir_int_min(t);
    if (r > (__int128)(unsigned __int128)ir_int_max(t))
        return ir_int_max(t);
    return (uint64_t)r;
}

/* add/sub/mul in 128 bits: exact for every 64-bit operand pair. */
static __int128 arith(IrOp op, __int128 a, __int128 b) {
    switch (op) {
    case IR_ADD_OVF:
    case IR_ADD_WRAP:
    case IR_ADD_SAT:
    case IR_ADD_CHECKED:
        return a + b;
    case IR_SUB_OVF:
    case IR_SUB_WRAP:
    case IR_SUB_SAT:
    case IR_SUB_CHECKED:
        return a - b;
    default:
        return (__int128)((unsigned __int128)a * (unsigned __int128)b); /* wraps */
    }
}

static const char *ovf_msg(IrOp op) {
    switch (op) {
    case IR_ADD_OVF:
        return "attempt to add with overflow";
    case IR_SUB_OVF:
        return "attempt to subtract with overflow";
    default:
        return "attempt to multiply with overflow";
    }
}

/* Division family: *panic set when it panics, *none when .checked gives
 * None; else the quotient or remainder. */
static uint64_t divide(const IrType *t, bool rem, uint64_t a, uint64_t b, bool wrap,
                       const char **panic, bool *is_none) {
    bool sgn = ir_type_is_signed(t);
    if (b == 0) {
        *panic = rem ? MSG_REM0 : MSG_DIV0;
        *is_none = true;
        return 0;
    }
    if (sgn && (int64_t)a == ir_int_min(t) && (int64_t)b == -1) {
        if (!wrap) {
            *panic = rem ? MSG_REMOVF : MSG_DIVOVF;
            *is_none = true;
            return 0;
        }
        return rem ? 0 : a;
    }
    if (sgn)
        return rem ? (uint64_t)((int64_t)a % (int64_t)b) : (uint64_t)((int64_t)a / (int64_t)b);
    return rem ? a % b : a / b;
}

/* Unsigned 64-bit products may not fit a signed 128-bit number: clamp
 * them to just above the type's range (enough to detect overflow). */
static __int128 product(const IrType *t, __int128 a, __int128 b) {
    if (!ir_type_is_signed(t) && a != 0 && (uint64_t)b > UINT64_MAX / (uint64_t)a)
        return (__int128)UINT64_MAX + 1;
    return a * b;
}

static Fold fold_int(IrModule *m, const IrInst *in, IrValue *const *ops) {
    IrType *t = in->type;
    int w = ir_type_bits(t);
    uint64_t a = ops[0]->c.bits, b = in->nargs > 1 ? ops[1]->c.bits : 0;
    __int128 wa = as_wide(t, a), wb = as_wide(t, b);
    uint64_t mask = w == 64 ? UINT64_MAX : ((uint64_t)1 << w) - 1;
    switch (in->op) {
    case IR_ADD_OVF:
    case IR_SUB_OVF:
    case IR_MUL_OVF: {
        __int128 r = in->op == IR_MUL_OVF ? product(t, wa, wb) : arith(in->op, wa, wb);
        if (!in_range(t, r))
            return panic_with(ovf_msg(in->op));
        return int_value(m, t, (uint64_t)r);
    }
    case IR_ADD_WRAP:
    case IR_SUB_WRAP:
    case IR_MUL_WRAP:
        return int_value(m, t, (uint64_t)arith(in->op, wa, wb));
    case IR_ADD_SAT:
    case IR_SUB_SAT:
    case IR_MUL_SAT:
        return int_value(
            m, t, clamp(t, in->op == IR_MUL_SAT ? product(t, wa, wb) : arith(in->op, wa, wb)));
    case IR_ADD_CHECKED:
    case IR_SUB_CHECKED:
    case IR_MUL_CHECKED: {
        __int128 r = in->op == IR_MUL_CHECKED ? product(t, wa, wb) : arith(in->op, wa, wb);
        if (!in_range(t, r))
            return (Fold){FOLD_NOTHING, NULL, NULL};
        return (Fold){FOLD_SOME, ir_const_int(m, t, (uint64_t)r), NULL};
    }
    case IR_DIV_OVF:
    case IR_REM_OVF:
    case IR_DIV_WRAP:
    case IR_REM_WRAP:
    case IR_DIV_CHECKED: {
        const char *panic = NULL;
        bool is_none = false;
        bool rem = in->op == IR_REM_OVF || in->op == IR_REM_WRAP;
        bool wrap = in->op == IR_DIV_WRAP || in->op == IR_REM_WRAP;
        uint64_t r = divide(t, rem, a, b, wrap, &panic, &is_none);
        if (in->op == IR_DIV_CHECKED)
            return is_none ? (Fold){FOLD_NOTHING, NULL, NULL}
                           : (Fold){FOLD_SOME, ir_const_int(m, t, r), NULL};
        if (panic)
            return panic_with(panic);
        return int_value(m, t, r);
    }
    case IR_NEG_OVF:
        if (ir_type_is_signed(t) ? (int64_t)a == ir_int_min(t) : a != 0)
            return panic_with("attempt to negate with overflow");
        return int_value(m, t, (uint64_t)0 - a);
    case IR_NEG_WRAP:
        return int_value(m, t, (uint64_t)0 - a);
    case IR_SHL_OVF:
    case IR_SHR_OVF:
    case IR_SHL_WRAP:
    case IR_SHR_WRAP: {
        uint64_t s = b & mask;
        bool wrap = in->op == IR_SHL_WRAP || in->op == IR_SHR_WRAP;
        if (wrap)
            s %= (uint64_t)w;
        else if (s >= (uint64_t)w)
            return panic_with(in->op == IR_SHL_OVF ? "attempt to shift left with overflow"
                                                   : "attempt to shift right with overflow");
        bool left = in->op == IR_SHL_OVF || in->op == IR_SHL_WRAP;
        if (left)
            return int_value(m, t, a << s);
        if (ir_type_is_signed(t))
            return int_value(m, t, (uint64_t)((int64_t)a >> s));
        return int_value(m, t, a >> s);
    }
    default:
        return none();
    }
}

static Fold fold_float(IrModule *m, const IrInst *in, IrValue *const *ops) {
    IrType *t = in->type;
    double a = ops[0]->c.f, b = in->nargs > 1 ? ops[1]->c.f : 0;
    if (t->kind == IRT_F32) {
        float fa = (float)a, fb = (float)b, r;
        switch (in->op) {
        case IR_FADD:
            r = fa + fb;
            break;
        case IR_FSUB:
            r = fa - fb;
            break;
        case IR_FMUL:
            r = fa * fb;
            break;
        case IR_FDIV:
            r = fa / fb;
            break;
        case IR_FREM:
            r = fmodf(fa, fb);
            break;
        case IR_FNEG:
            r = -fa;
            break;
        default:
            return none();
        }
        return float_value(m, t, (double)r);
    }
    switch (in->op) {
    case IR_FADD:
        return float_value(m, t, a + b);
    case IR_FSUB:
        return float_value(m, t, a - b);
    case IR_FMUL:
        return float_value(m, t, a * b);
    case IR_FDIV:
        return float_value(m, t, a / b);
    case IR_FREM:
        return float_value(m, t, fmod(a, b));
    case IR_FNEG:
        return float_value(m, t, -a);
    default:
        return none();
    }
}

static Fold fold_compare(IrModule *m, const IrInst *in, IrValue *const *ops) {
    IrType *t = in->type;
    IrType *bt = ir_type_prim(m, IRT_BOOL);
    int c; /* -1, 0, 1; 2 = unordered */
    if (ir_type_is_float(t)) {
        double a = ops[0]->c.f, b = ops[1]->c.f;
        c = isnan(a) || isnan(b) ? 2 : a < b ? -1 : a > b ? 1 : 0;
    } else if (ir_type_is_int(t) && ir_type_is_signed(t)) {
        int64_t a = (int64_t)ops[0]->c.bits, b = (int64_t)ops[1]->c.bits;
        c = a < b ? -1 : a > b;
    } else if (ir_type_is_int(t) || t->kind == IRT_BOOL || t->kind == IRT_CHAR) {
        uint64_t a = ops[0]->c.bits, b = ops[1]->c.bits;
        c = a < b ? -1 : a > b;
    } else {
        return none();
    }
    bool r;
    switch (in->op) {
    case IR_EQ:
        r = c == 0;
        break;
    case IR_NE:
        r = c != 0;
        break;
    case IR_LT:
        r = c == -1;
        break;
    case IR_LE:
        r = c == -1 || c == 0;
        break;
    case IR_GT:
        r = c == 1;
        break;
    default:
        r = c == 1 || c == 0;
        break;
    }
    return int_value(m, bt, r);
}

/* Rust `as` from float to int, as runtime/vm.c float_to_int. */
static uint64_t float_to_int(double d, const IrType *t) {
    if (d != d)
        return 0;
    if (ir_type_is_signed(t)) {
        double lo = (double)ir_int_min(t), hi = (double)(int64_t)ir_int_max(t);
        if (d <= lo)
            return (uint64_t)ir_int_min(t);
        if (d >= hi)
            return ir_int_max(t);
        return (uint64_t)(int64_t)d;
    }
    if (d <= 0)
        return 0;
    if (d >= (double)ir_int_max(t))
        return ir_int_max(t);
    return (uint64_t)d;
}

static Fold fold_cast(IrModule *m, const IrInst *in, IrValue *const *ops) {
    IrType *to = in->type, *from = ops[0]->type;
    bool from_int = ir_type_is_int(from) || from->kind == IRT_BOOL || from->kind == IRT_CHAR;
    if (from_int) {
        uint64_t v = ops[0]->c.bits;
        bool sgn = ir_type_is_int(from) && ir_type_is_signed(from);
        if (ir_type_is_int(to))
            return int_value(m, to, v);
        if (to->kind == IRT_F32)
            return float_value(m, to, (double)(sgn ? (float)(int64_t)v : (float)v));
        if (to->kind == IRT_F64)
            return float_value(m, to, sgn ? (double)(int64_t)v : (double)v);
        if (to->kind == IRT_CHAR && from->kind == IRT_U8)
            return int_value(m, to, v & 0xff);
        if (to == from && to->kind == IRT_BOOL)
            return int_value(m, to, v);
        return none(); /* char -> char: leave it to the VM */
    }
    if (!ir_type_is_float(from))
        return none();
    double d = ops[0]->c.f;
    if (ir_type_is_int(to))
        return int_value(m, to, float_to_int(d, to));
    if (to->kind == IRT_F32)
        return float_value(m, to, (double)(float)d);
    if (to->kind == IRT_F64)
        return float_value(m, to, d);
    return none();
}

Fold opt_fold(IrModule *m, const IrInst *in, IrValue *const *ops) {
    for (int i = 0; i < in->nargs; i++)
        if (!ops[i] || ops[i]->kind != IRV_CONST)
            return none();
    switch (in->op) {
    case IR_COPY:
        return (Fold){FOLD_VALUE, ops[0], NULL};
    case IR_ADD_OVF ... IR_DIV_CHECKED:
        return ir_type_is_int(in->type) ? fold_int(m, in, ops) : none();
    case IR_AND:
    case IR_OR:
    case IR_XOR:
    case IR_NOT: {
        if (!ir_type_is_int(in->type) && in->type->kind != IRT_BOOL)
            return none();
        uint64_t a = ops[0]->c.bits, b = in->nargs > 1 ? ops[1]->c.bits : 0;
        uint64_t r = in->op == IR_AND   ? a & b
                     : in->op == IR_OR  ? a | b
                     : in->op == IR_XOR ? a ^ b
                                        : ~a;
        return int_value(m, in->type, r);
    }
    case IR_FADD ... IR_FNEG:
        return fold_float(m, in, ops);
    case IR_EQ ... IR_GE:
        return fold_compare(m, in, ops);
    case IR_CAST:
        return fold_cast(m, in, ops);
    default:
        return none();
    }
}
