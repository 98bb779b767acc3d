/* The bytecode interpreter: one dispatch loop with computed goto (GCC and
 * Clang), untagged registers, frames on a separate call stack so calls never
 * recurse in C. Frames' registers live in one contiguous stack; a callee's
 * frame starts at its caller's outgoing-argument registers, so arguments are
 * never copied on a call. */
#include "vm.h"
#include "rt_fmt.h"
#include "vm_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define STACK_SLOTS (1u << 24)
#define MEM_SLOTS (1u << 22)
#define MAX_FRAMES (1u << 18)

typedef struct VmFrame {
    const BcFunction *fn;
    const uint64_t *ret_pc;
    uint64_t *base;
    uint64_t *mem;
    uint32_t dest;
} VmFrame;

struct Vm {
    BcProgram *prog;
    uint64_t *stack;
    uint64_t *mem;
    VmFrame *frames;
    uint32_t nframes;
    const BcFunction *cur_fn;
    const uint64_t *cur_pc; /* the instruction being executed */
    int argc;
    char **argv;
};

void vm_args(Vm *vm, int *argc, char ***argv) {
    *argc = vm->argc;
    *argv = vm->argv;
}

static void loc_of(Vm *vm, const BcFunction *fn, const uint64_t *pc, RtLoc *loc) {
    uint32_t i = (uint32_t)(pc - fn->code);
    if (i >= fn->ncode || !fn->locs[i].line) {
        loc->file = NULL;
        return;
    }
    loc->file = vm->prog->files[fn->locs[i].file];
    loc->line = fn->locs[i].line;
    loc->col = fn->locs[i].col;
}

/* The panic hook: location of the current instruction and one backtrace
 * line per active frame, innermost first. */
static void panic_hook(RtLoc *loc, FILE *bt, void *ud) {
    Vm *vm = ud;
    loc_of(vm, vm->cur_fn, vm->cur_pc, loc);
    const BcFunction *fn = vm->cur_fn;
    const uint64_t *pc = vm->cur_pc;
    uint32_t total = vm->nframes + 1;
    for (uint32_t k = 0, f = vm->nframes;; k++) {
        /* Deep recursion: the innermost 20 and outermost 10 frames. */
        bool shown = total <= 40 || k < 20 || k >= total - 10;
        if (shown) {
            RtLoc l;
            loc_of(vm, fn, pc, &l);
            fprintf(bt, "%4u: %s\n", k, fn->name);
            if (l.file)
                fprintf(bt, "             at %s:%u:%u\n", l.file, l.line, l.col);
        } else if (k == 20) {
            fprintf(bt, "      ... %u frames omitted ...\n", total - 30);
        }
        if (f == 0)
            break;
        f--;
        pc = vm->frames[f].ret_pc - 1; /* the CALL */
        fn = vm->frames[f].fn;
    }
}

static inline double F64(uint64_t u) {
    double d;
    memcpy(&d, &u, 8);
    return d;
}

static inline uint64_t U64(double d) {
    uint64_t u;
    memcpy(&u, &d, 8);
    return u;
}

static inline float F32(uint64_t u) {
    float f;
    uint32_t b = (uint32_t)u;
    memcpy(&f, &b, 4);
    return f;
}

static inline uint64_t U32F(float f) {
    uint32_t b;
    memcpy(&b, &f, 4);
    return b;
}

/* Float to int as Rust's `as`: saturating, NaN -> 0. */
static uint64_t float_to_int(double d, uint32_t k) {
    if (d != d)
        return 0;
    if (vk_signed(k)) {
        double lo = (double)(int64_t)vk_min(k), hi = (double)(int64_t)vk_max(k);
        if (d <= lo)
            return vk_min(k);
        if (d >= hi)
            return vk_max(k);
        return (uint64_t)(int64_t)d;
    }
    if (d <= 0)
        return 0;
    if (d >= (double)vk_max(k))
        return vk_max(k);
    return (uint64_t)d;
}

/* CAST codes: 0-7 ints (K), 8 f32, 9 f64, 10 bool, 11 char. */
static uint64_t cast(uint64_t v, uint32_t from, uint32_t to) {
    if (from <= 7 || from >= 10) {
        bool sgn = from <= 7 && vk_signed(from);
        if (to <= 7)
            return vk_norm(to, v);
        if (to == 8)
            return U32F(sgn ? (float)(int64_t)v : (float)v);
        if (to == 9)
            return U64(sgn ? (double)(int64_t)v : (double)v);
        if (to == 11)
            return v & 0xff;
        return v;
    }
    double d = from == 8 ? (double)F32(v) : F64(v);
    if (to <= 7)
        return float_to_int(d, to);
    if (to == 8)
        return U32F((float)d);
    return U64(d);
}

static const char *OVF_MSG[] = {"attempt to add with overflow", "attempt to subtract with overflow",
                                "attempt to multiply with overflow"};

static uint32_t rt_kind_code(RtKind k) {
    if (k <= RK_I64)
        return (uint32_t)k;
    if (k == RK_ISIZE)
        return 3;
    if (k <= RK_U64)
        return (uint32_t)k - 1;
    return 7;
}

uint64_t vm_run(BcProgram *prog, int entry, int argc, char **argv) {
    Vm vm = {0};
    vm.prog = prog;
    vm.stack = calloc(STACK_SLOTS, sizeof(uint64_t));
    vm.mem = calloc(MEM_SLOTS, sizeof(uint64_t));
    vm.frames = malloc(sizeof(VmFrame) * MAX_FRAMES);
    if (!vm.stack || !vm.mem || !vm.frames)
        abort();
    vm.argc = argc;
    vm.argv = argv;
    rt_set_panic_hook(panic_hook, &vm);
    (void)rt_kind_code;

    const uint64_t *K = prog->consts;
    uint64_t *const stack_end = vm.stack + STACK_SLOTS;
    uint64_t *const mem_end = vm.mem + MEM_SLOTS;
    const BcFunction *fn = &prog->funcs[entry];
    const uint64_t *pc = fn->code;
    uint64_t *R = vm.stack;
    uint64_t *M = vm.mem;
    uint64_t result = 0;
    uint64_t w;

#define SAVE() (vm.cur_fn = fn, vm.cur_pc = pc - 1)
#define PANIC(...) (SAVE(), rt_panic(__VA_ARGS__))
#define A BC_A(w)
#define B BC_B(w)
#define C BC_C(w)
#define X BC_X(w)
#define W2 (pc[0])
#define RA R[BC_A(w)]
#define RB R[BC_B(w)]
#define RC R[BC_C(w)]

#if defined(__GNUC__)
    static const void *labels[] = {
#define BC_LABEL(name) &&L_##name,
        BC_OPCODES(BC_LABEL)
#undef BC_LABEL
    };
#define CASE(name) L_##name:
#define NEXT()                                                                                     \
    do {                                                                                           \
        w = *pc++;                                                                                 \
        goto *labels[w & 0xff];                                                                    \
    } while (0)
    NEXT();
#else
#define CASE(name) case BC_##name:
#define NEXT() continue
    for (;;) {
        w = *pc++;
        switch (BC_OP(w)) {
#endif

    CASE(NOP) NEXT();
    CASE(MOV) RA = RB;
    NEXT();
    CASE(MOVN) memmove(&RA, &RB, sizeof(uint64_t) * C);
    NEXT();
    CASE(LOADK) RA = K[BC_BC(w)];
    NEXT();
    CASE(LOADI) RA = (uint64_t)(int64_t)(int32_t)BC_BC(w);
    NEXT();
    CASE(ADD_I64) {
        int64_t r;
        if (__builtin_add_overflow((int64_t)RB, (int64_t)RC, &r))
            PANIC("%s", OVF_MSG[0]);
        RA = (uint64_t)r;
        NEXT();
    }
    CASE(SUB_I64) {
        int64_t r;
        if (__builtin_sub_overflow((int64_t)RB, (int64_t)RC, &r))
            PANIC("%s", OVF_MSG[1]);
        RA = (uint64_t)r;
        NEXT();
    }
    CASE(MUL_I64) {
        int64_t r;
        if (__builtin_mul_overflow((int64_t)RB, (int64_t)RC, &r))
            PANIC("%s", OVF_MSG[2]);
        RA = (uint64_t)r;
        NEXT();
    }
    CASE(ADDI_I64) {
        int64_t r;
        if (__builtin_add_overflow((int64_t)RB, BC_SIMM(C), &r))
            PANIC("%s", OVF_MSG[BC_SIMM(C) < 0 ? 1 : 0]);
        RA = (uint64_t)r;
        NEXT();
    }
    CASE(ADD_U64) {
        if (__builtin_add_overflow(RB, RC, &RA))
            PANIC("%s", OVF_MSG[0]);
        NEXT();
    }
    CASE(SUB_U64) {
        if (__builtin_sub_overflow(RB, RC, &RA))
            PANIC("%s", OVF_MSG[1]);
        NEXT();
    }
    CASE(DIV_I64) {
        int64_t x = (int64_t)RB, y = (int64_t)RC;
        if (y == 0)
            PANIC("attempt to divide by zero");
        if (y == -1 && x == INT64_MIN)
            PANIC("attempt to divide with overflow");
        RA = (uint64_t)(x / y);
        NEXT();
    }
    CASE(REM_I64) {
        int64_t x = (int64_t)RB, y = (int64_t)RC;
        if (y == 0)
            PANIC("attempt to calculate the remainder with a divisor of zero");
        if (y == -1 && x == INT64_MIN)
            PANIC("attempt to calculate the remainder with overflow");
        RA = (uint64_t)(x % y);
        NEXT();
    }
    CASE(REMP2_I64) {
        int64_t x = (int64_t)RB, d = (int64_t)1 << C;
        int64_t r = x & (d - 1);
        RA = (uint64_t)(x < 0 && r ? r - d : r);
        NEXT();
    }
    CASE(ADDI_JLT) {
        int64_t r;
        if (__builtin_add_overflow((int64_t)RB, BC_SIMM(C), &r))
            PANIC("%s", OVF_MSG[0]);
        RA = (uint64_t)r;
        uint64_t w2 = *pc++;
        if (r < (int64_t)R[w2 & 0xffff])
            pc = fn->code + (w2 >> 32);
        NEXT();
    }
    CASE(ADD_OVF) {
        if (!vk_add(X, RB, RC, &RA))
            PANIC("%s", OVF_MSG[0]);
        NEXT();
    }
    CASE(SUB_OVF) {
        if (!vk_sub(X, RB, RC, &RA))
            PANIC("%s", OVF_MSG[1]);
        NEXT();
    }
    CASE(MUL_OVF) {
        if (!vk_mul(X, RB, RC, &RA))
            PANIC("%s", OVF_MSG[2]);
        NEXT();
    }
    CASE(DIV_OVF) {
        int s = vk_div(X, RB, RC, &RA, false);
        if (s)
            PANIC("%s", s == 1 ? "attempt to divide by zero" : "attempt to divide with overflow");
        NEXT();
    }
    CASE(REM_OVF) {
        int s = vk_div(X, RB, RC, &RA, true);
        if (s)
            PANIC("%s", s == 1 ? "attempt to calculate the remainder with a divisor of zero"
                               : "attempt to calculate the remainder with overflow");
        NEXT();
    }
    CASE(SHL_OVF) {
        if (RC >= (uint64_t)vk_bits(X))
            PANIC("attempt to shift left with overflow");
        RA = vk_shl(X, RB, RC);
        NEXT();
    }
    CASE(SHR_OVF) {
        if (RC >= (uint64_t)vk_bits(X))
            PANIC("attempt to shift right with overflow");
        RA = vk_shr(X, RB, RC);
        NEXT();
    }
    CASE(ADD_WRAP) RA = vk_norm(X, RB + RC);
    NEXT();
    CASE(SUB_WRAP) RA = vk_norm(X, RB - RC);
    NEXT();
    CASE(MUL_WRAP) RA = vk_norm(X, RB * RC);
    NEXT();
    CASE(DIV_WRAP) {
        if (RC == 0)
            PANIC("attempt to divide by zero");
        RA = vk_wrap_div(X, RB, RC, false);
        NEXT();
    }
    CASE(REM_WRAP) {
        if (RC == 0)
            PANIC("attempt to calculate the remainder with a divisor of zero");
        RA = vk_wrap_div(X, RB, RC, true);
        NEXT();
    }
    CASE(SHL_WRAP) RA = vk_shl(X, RB, RC & (uint64_t)(vk_bits(X) - 1));
    NEXT();
    CASE(SHR_WRAP) RA = vk_shr(X, RB, RC & (uint64_t)(vk_bits(X) - 1));
    NEXT();
    CASE(ADD_SAT) RA = vk_sat_add(X, RB, RC);
    NEXT();
    CASE(SUB_SAT) RA = vk_sat_sub(X, RB, RC);
    NEXT();
    CASE(MUL_SAT) RA = vk_sat_mul(X, RB, RC);
    NEXT();
    CASE(ADD_CHK) {
        uint64_t r;
        bool ok = vk_add(X, RB, RC, &r);
        R[A + 1] = ok ? r : 0;
        RA = ok;
        NEXT();
    }
    CASE(SUB_CHK) {
        uint64_t r;
        bool ok = vk_sub(X, RB, RC, &r);
        R[A + 1] = ok ? r : 0;
        RA = ok;
        NEXT();
    }
    CASE(MUL_CHK) {
        uint64_t r;
        bool ok = vk_mul(X, RB, RC, &r);
        R[A + 1] = ok ? r : 0;
        RA = ok;
        NEXT();
    }
    CASE(DIV_CHK) {
        uint64_t r = 0;
        bool ok = vk_div(X, RB, RC, &r, false) == 0;
        R[A + 1] = ok ? r : 0;
        RA = ok;
        NEXT();
    }
    CASE(NEG_OVF) {
        uint64_t v = RB;
        if (vk_signed(X) ? v == vk_min(X) : v != 0)
            PANIC("attempt to negate with overflow");
        RA = vk_norm(X, (uint64_t)0 - v);
        NEXT();
    }
    CASE(NEG_WRAP) RA = vk_norm(X, (uint64_t)0 - RB);
    NEXT();
    CASE(AND) RA = RB & RC;
    NEXT();
    CASE(OR) RA = RB | RC;
    NEXT();
    CASE(XOR) RA = RB ^ RC;
    NEXT();
    CASE(NOT) RA = X == 8 ? RB ^ 1 : vk_norm(X, ~RB);
    NEXT();
    CASE(FADD) RA = U64(F64(RB) + F64(RC));
    NEXT();
    CASE(FSUB) RA = U64(F64(RB) - F64(RC));
    NEXT();
    CASE(FMUL) RA = U64(F64(RB) * F64(RC));
    NEXT();
    CASE(FDIV) RA = U64(F64(RB) / F64(RC));
    NEXT();
    CASE(FREM) RA = U64(fmod(F64(RB), F64(RC)));
    NEXT();
    CASE(FNEG) RA = RB ^ (1ull << 63);
    NEXT();
    CASE(FADD32) RA = U32F(F32(RB) + F32(RC));
    NEXT();
    CASE(FSUB32) RA = U32F(F32(RB) - F32(RC));
    NEXT();
    CASE(FMUL32) RA = U32F(F32(RB) * F32(RC));
    NEXT();
    CASE(FDIV32) RA = U32F(F32(RB) / F32(RC));
    NEXT();
    CASE(FREM32) RA = U32F(fmodf(F32(RB), F32(RC)));
    NEXT();
    CASE(FNEG32) RA = (RB ^ (1u << 31)) & 0xffffffffu;
    NEXT();
    CASE(EQ) RA = RB == RC;
    NEXT();
    CASE(NE) RA = RB != RC;
    NEXT();
    CASE(LT_S) RA = (int64_t)RB < (int64_t)RC;
    NEXT();
    CASE(LE_S) RA = (int64_t)RB <= (int64_t)RC;
    NEXT();
    CASE(LT_U) RA = RB < RC;
    NEXT();
    CASE(LE_U) RA = RB <= RC;
    NEXT();
    CASE(FEQ) RA = F64(RB) == F64(RC);
    NEXT();
    CASE(FNE) RA = F64(RB) != F64(RC);
    NEXT();
    CASE(FLT) RA = F64(RB) < F64(RC);
    NEXT();
    CASE(FLE) RA = F64(RB) <= F64(RC);
    NEXT();
    CASE(FEQ32) RA = F32(RB) == F32(RC);
    NEXT();
    CASE(FNE32) RA = F32(RB) != F32(RC);
    NEXT();
    CASE(FLT32) RA = F32(RB) < F32(RC);
    NEXT();
    CASE(FLE32) RA = F32(RB) <= F32(RC);
    NEXT();
    CASE(JMP) pc = fn->code + BC_BC(w);
    NEXT();
    CASE(JT) if (RA) pc = fn->code + BC_T24(w);
    NEXT();
    CASE(JF) if (!RA) pc = fn->code + BC_T24(w);
    NEXT();
    CASE(JEQ) if (RA == RB) pc = fn->code + BC_T24(w);
    NEXT();
    CASE(JNE) if (RA != RB) pc = fn->code + BC_T24(w);
    NEXT();
    CASE(JLT_S) if ((int64_t)RA < (int64_t)RB) pc = fn->code + BC_T24(w);
    NEXT();
    CASE(JLE_S) if ((int64_t)RA <= (int64_t)RB) pc = fn->code + BC_T24(w);
    NEXT();
    CASE(JLT_U) if (RA < RB) pc = fn->code + BC_T24(w);
    NEXT();
    CASE(JLE_U) if (RA <= RB) pc = fn->code + BC_T24(w);
    NEXT();
    CASE(JEQI) if ((int64_t)RA == BC_SIMM(B)) pc = fn->code + BC_T24(w);
    NEXT();
    CASE(JNEI) if ((int64_t)RA != BC_SIMM(B)) pc = fn->code + BC_T24(w);
    NEXT();
    CASE(JLTI_S) if ((int64_t)RA < BC_SIMM(B)) pc = fn->code + BC_T24(w);
    NEXT();
    CASE(JLEI_S) if ((int64_t)RA <= BC_SIMM(B)) pc = fn->code + BC_T24(w);
    NEXT();
    CASE(JGTI_S) if ((int64_t)RA > BC_SIMM(B)) pc = fn->code + BC_T24(w);
    NEXT();
    CASE(JGEI_S) if ((int64_t)RA >= BC_SIMM(B)) pc = fn->code + BC_T24(w);
    NEXT();
    CASE(CAST) RA = cast(RB, X >> 4, X & 15);
    NEXT();
    CASE(SELECT) {
        uint32_t e = (uint32_t)W2;
        RA = RB ? RC : R[e];
        pc++;
        NEXT();
    }
    CASE(SELECTN) {
        uint32_t e = (uint32_t)(W2 & 0xffff), n = (uint32_t)(W2 >> 16);
        memmove(&RA, RB ? &RC : &R[e], sizeof(uint64_t) * n);
        pc++;
        NEXT();
    }
    CASE(CALL) {
        const BcFunction *callee = &prog->funcs[B];
        uint64_t *nb = R + C;
        if (vm.nframes == MAX_FRAMES || nb + callee->framesize > stack_end ||
            M + fn->memsize + callee->memsize > mem_end)
            PANIC("stack overflow (more than %u nested calls or out of VM stack)", vm.nframes);
        VmFrame *fr = &vm.frames[vm.nframes++];
        fr->fn = fn;
        fr->ret_pc = pc;
        fr->base = R;
        fr->mem = M;
        fr->dest = A;
        M += fn->memsize;
        R = nb;
        fn = callee;
        pc = fn->code;
        NEXT();
    }
    CASE(CALLIND) {
        uint32_t fi;
        if (X == 1) {
            RtClosure *cl = (RtClosure *)(uintptr_t)RB;
            fi = (uint32_t)cl->fn;
            RC = (uint64_t)(uintptr_t)cl->data;
        } else {
            fi = (uint32_t)RB;
        }
        const BcFunction *callee = &prog->funcs[fi];
        uint64_t *nb = R + C;
        if (vm.nframes == MAX_FRAMES || nb + callee->framesize > stack_end ||
            M + fn->memsize + callee->memsize > mem_end)
            PANIC("stack overflow (more than %u nested calls or out of VM stack)", vm.nframes);
        VmFrame *fr = &vm.frames[vm.nframes++];
        fr->fn = fn;
        fr->ret_pc = pc;
        fr->base = R;
        fr->mem = M;
        fr->dest = A;
        M += fn->memsize;
        R = nb;
        fn = callee;
        pc = fn->code;
        NEXT();
    }
    CASE(CALLRT) {
        SAVE();
        vm.cur_fn = fn;
        vm_intrinsic_at((int)B)(&vm, &RC, &RA, prog->types[W2]);
        pc++;
        NEXT();
    }
    CASE(RET) {
        uint64_t *src = &RA;
        uint32_t n = fn->nret;
        if (vm.nframes == 0) {
            result = n ? src[0] : 0;
            goto done;
        }
        VmFrame *fr = &vm.frames[--vm.nframes];
        memmove(fr->base + fr->dest, src, sizeof(uint64_t) * n);
        fn = fr->fn;
        pc = fr->ret_pc;
        R = fr->base;
        M = fr->mem;
        NEXT();
    }
    CASE(RET0) {
        if (vm.nframes == 0)
            goto done;
        VmFrame *fr = &vm.frames[--vm.nframes];
        fn = fr->fn;
        pc = fr->ret_pc;
        R = fr->base;
        M = fr->mem;
        NEXT();
    }
    CASE(SLOT) {
        uint64_t *p = M + B;
        memset(p, 0, sizeof(uint64_t) * C);
        RA = (uint64_t)(uintptr_t)p;
        NEXT();
    }
    CASE(ADDP) RA = RB + (uint64_t)C * 8;
    NEXT();
    CASE(ELEMP) RA = RB + RC * W2 * 8;
    pc++;
    NEXT();
    CASE(LOAD) RA = *(uint64_t *)(uintptr_t)RB;
    NEXT();
    CASE(STORE) * (uint64_t *)(uintptr_t)RA = RB;
    NEXT();
    CASE(LOADN) memmove(&RA, (uint64_t *)(uintptr_t)RB, sizeof(uint64_t) * C);
    NEXT();
    CASE(STOREN) memmove((uint64_t *)(uintptr_t)RA, &RB, sizeof(uint64_t) * C);
    NEXT();
    CASE(BOUNDS) {
        if (RA >= RB) {
            SAVE();
            rt_panic_bounds(RA, RB);
        }
        NEXT();
    }
    CASE(VEC_LEN) RA = ((RtVec *)(uintptr_t)RB)->len;
    NEXT();
    CASE(VEC_PTR) {
        RtVec *v = (RtVec *)(uintptr_t)RB;
        RA = (uint64_t)(uintptr_t)(v->data + RC * v->esize);
        NEXT();
    }
    CASE(BOXNEW) {
        const RtType *t = prog->types[W2];
        RA = (uint64_t)(uintptr_t)rt_cell_new(t, &RB);
        pc++;
        NEXT();
    }
    CASE(DEREF) RA = (uint64_t)(uintptr_t)((RtCell *)(uintptr_t)RB)->data;
    NEXT();
    CASE(RETAIN) {
        void *h = (void *)(uintptr_t)RA;
        switch (X) {
        case 0:
            rt_rc_retain(h);
            break;
        case 1:
            rt_arc_retain(h);
            break;
        case 2:
            rt_closure_retain(h);
            break;
        default:
            rt_str_retain(h);
        }
        NEXT();
    }
    CASE(RELEASE) {
        void *h = (void *)(uintptr_t)RA;
        SAVE();
        switch (X) {
        case 0:
            rt_rc_release(h);
            break;
        case 1:
            rt_arc_release(h);
            break;
        case 2:
            rt_closure_release(h);
            break;
        default:
            rt_str_release(h);
        }
        NEXT();
    }
    CASE(DROP) {
        SAVE();
        rt_drop(prog->types[W2], &RA);
        pc++;
        NEXT();
    }
    CASE(CLONE) {
        rt_clone(prog->types[W2], &RB, &RA);
        pc++;
        NEXT();
    }
    CASE(FNREF) RA = BC_BC(w);
    NEXT();
    CASE(CLOSURE) {
        RA = (uint64_t)(uintptr_t)rt_closure_new(B, prog->types[W2], &RC);
        pc++;
        NEXT();
    }
    CASE(FMT) {
        const RtType *t = prog->types[(uint32_t)W2];
        const RtFmtSpec *spec = (const RtFmtSpec *)(uintptr_t)K[W2 >> 32];
        rt_fmt_value((RtString *)(uintptr_t)RA, t, &RB, spec, X == 1);
        pc++;
        NEXT();
    }
    CASE(PANIC) {
        const RtString *s = (const RtString *)(uintptr_t)K[BC_BC(w)];
        SAVE();
        rt_panic_msg(s->data, s->len);
    }
    CASE(PANICS) {
        const RtString *s = (const RtString *)(uintptr_t)RA;
        SAVE();
        rt_panic_msg(s->data ? s->data : "", s->len);
    }
#if !defined(__GNUC__)
}
}
#endif
done : rt_set_panic_hook(NULL, NULL);
free(vm.stack);
free(vm.mem);
free(vm.frames);
return result;
}
