/* IR -> bytecode; see bytecode_emit.h.
 * require: a verified module (types, dominance, terminators). */
#include "bytecode_emit.h"

#include "runtime/rt_fmt.h"
#include "runtime/vm.h"

#include <stdlib.h>
#include <string.h>

typedef struct TypeMemo {
    const IrType *ir;
    RtType *rt;
} TypeMemo;

typedef struct Fixup {
    uint32_t word;
    bool t24; /* else BC (a second word's high half when w2) */
    bool w2;
    const IrBlock *block;
    int stub; /* >= 0: jump to pending stub instead */
} Fixup;

typedef struct Stub {
    const IrTarget *target;
    uint32_t start;
} Stub;

typedef struct HoistedConst {
    const IrType *type;
    uint64_t bits;
    uint32_t reg;
    const IrValue *value;
} HoistedConst;

typedef struct Emitter {
    IrModule *m;
    BcProgram *p;
    TypeMemo *types;
    int ntypes, types_cap;
    uint32_t implicit_file;
    char *err;
    size_t errlen;
    bool failed;
    /* per function */
    const IrFunc *f;
    uint32_t *reg; /* value id -> first register */
    uint32_t nvals, tmp_next, tmp_max, argbase, frame_max, memsize;
    int *uses;             /* value id -> use count */
    HoistedConst *hoisted; /* constants kept in registers (used in loops) */
    int nhoisted, hoisted_cap;
    uint64_t *code;
    BcLoc *locs;
    uint32_t ncode, code_cap;
    BcLoc cur_loc;
    uint32_t *block_start;
    Fixup *fix;
    int nfix, fix_cap;
    Stub *stubs;
    int nstubs, stubs_cap;
} Emitter;

uint32_t bc_type_slots(const IrType *t) {
    switch (t->kind) {
    case IRT_TUPLE: {
        uint32_t n = 0;
        for (int i = 0; i < t->nelems; i++)
            n += bc_type_slots(t->elems[i]);
        return n;
    }
    case IRT_ARRAY:
        return (uint32_t)t->len * bc_type_slots(t->elems[0]);
    case IRT_STRUCT: {
        uint32_t n = 0;
        for (int i = 0; i < t->def->nfields; i++)
            n += bc_type_slots(t->def->fields[i]);
        return n;
    }
    case IRT_ENUM:
    case IRT_OPTION:
    case IRT_RESULT: {
        uint32_t best = 0;
        for (int v = 0; v < ir_type_nvariants(t); v++) {
            uint32_t n = 0;
            for (int i = 0; i < ir_type_variant_nfields(t, v); i++)
                n += bc_type_slots(ir_type_variant_field(t, v, i));
            if (n > best)
                best = n;
        }
        return 1 + best;
    }
    default:
        return 1;
    }
}

/* Slot offset of aggregate field I. */
static uint32_t field_offset(const IrType *t, int i) {
    if (t->kind == IRT_ARRAY)
        return (uint32_t)i * bc_type_slots(t->elems[0]);
    uint32_t off = 0;
    for (int k = 0; k < i; k++)
        off += bc_type_slots(ir_type_field(t, k));
    return off;
}

static uint32_t variant_offset(const IrType *t, int v, int i) {
    uint32_t off = 1;
    for (int k = 0; k < i; k++)
        off += bc_type_slots(ir_type_variant_field(t, v, k));
    return off;
}

static const RtType *rt_type(Emitter *e, const IrType *t);

static RtType *rt_new(Emitter *e, const IrType *t) {
    RtType *r = bc_alloc(e->p, sizeof(RtType));
    if (e->ntypes == e->types_cap) {
        e->types_cap = e->types_cap ? e->types_cap * 2 : 32;
        e->types = xrealloc(e->types, sizeof(TypeMemo) * (size_t)e->types_cap);
    }
    e->types[e->ntypes++] = (TypeMemo){t, r};
    r->kind = (RtKind)t->kind;
    r->nslots = bc_type_slots(t);
    return r;
}

static void fill_variants(Emitter *e, RtType *r, const IrType *t) {
    int nv = ir_type_nvariants(t);
    r->nvariants = (uint32_t)nv;
    r->variants = bc_alloc(e->p, sizeof(RtVariant) * (size_t)(nv ? nv : 1));
    for (int v = 0; v < nv; v++) {
        RtVariant *rv = &r->variants[v];
        int nf = ir_type_variant_nfields(t, v);
        rv->name = bc_strdup(e->p, ir_type_variant_name(t, v));
        rv->nfields = (uint32_t)nf;
        rv->fields = bc_alloc(e->p, sizeof(RtType *) * (size_t)(nf ? nf : 1));
        rv->offsets = bc_alloc(e->p, sizeof(uint32_t) * (size_t)(nf ? nf : 1));
        for (int i = 0; i < nf; i++) {
            rv->fields[i] = rt_type(e, ir_type_variant_field(t, v, i));
            rv->offsets[i] = variant_offset(t, v, i);
            r->needs_drop |= rv->fields[i]->needs_drop;
        }
    }
}

static const RtType *rt_type(Emitter *e, const IrType *t) {
    for (int i = 0; i < e->ntypes; i++)
        if (e->types[i].ir == t)
            return e->types[i].rt;
    RtType *r = rt_new(e, t);
    switch (t->kind) {
    case IRT_STR:
    case IRT_STRING:
    case IRT_MAP:
    case IRT_BOX:
    case IRT_RC:
    case IRT_ARC:
    case IRT_CLOSURE:
    case IRT_VEC:
        r->needs_drop = true;
        break;
    default:
        break;
    }
    switch (t->kind) {
    case IRT_VEC:
    case IRT_BOX:
    case IRT_RC:
    case IRT_ARC:
        r->elem = rt_type(e, t->elems[0]);
        break;
    case IRT_MAP:
        r->elem = rt_type(e, t->elems[0]);
        r->elem2 = rt_type(e, t->elems[1]);
        break;
    case IRT_ARRAY:
        r->elem = rt_type(e, t->elems[0]);
        r->nfields = (uint32_t)t->len;
        r->needs_drop = r->elem->needs_drop && t->len > 0;
        break;
    case IRT_TUPLE:
    case IRT_STRUCT: {
        int n = ir_type_nfields(t);
        r->nfields = (uint32_t)n;
        r->fields = bc_alloc(e->p, sizeof(RtType *) * (size_t)(n ? n : 1));
        r->offsets = bc_alloc(e->p, sizeof(uint32_t) * (size_t)(n ? n : 1));
        if (t->kind == IRT_STRUCT) {
            r->name = bc_strdup(e->p, t->def->name);
            r->field_names = bc_alloc(e->p, sizeof(char *) * (size_t)(n ? n : 1));
        }
        for (int i = 0; i < n; i++) {
            r->fields[i] = rt_type(e, ir_type_field(t, i));
            r->offsets[i] = field_offset(t, i);
            r->needs_drop |= r->fields[i]->needs_drop;
            if (t->kind == IRT_STRUCT && t->def->field_names[i])
                r->field_names[i] = bc_strdup(e->p, t->def->field_names[i]);
        }
        break;
    }
    case IRT_ENUM:
        r->name = bc_strdup(e->p, t->def->name);
        fill_variants(e, r, t);
        break;
    case IRT_OPTION:
    case IRT_RESULT:
        fill_variants(e, r, t);
        break;
    default:
        break;
    }
    return r;
}

static uint32_t type_index(Emitter *e, const IrType *t) {
    return bc_add_type(e->p, rt_type(e, t));
}

static void fail(Emitter *e, const char *msg) {
    if (!e->failed)
        snprintf(e->err, e->errlen, "%s", msg);
    e->failed = true;
}

static uint32_t emit_word(Emitter *e, uint64_t w) {
    if (e->ncode == e->code_cap) {
        e->code_cap = e->code_cap ? e->code_cap * 2 : 256;
        e->code = xrealloc(e->code, sizeof(uint64_t) * e->code_cap);
        e->locs = xrealloc(e->locs, sizeof(BcLoc) * e->code_cap);
    }
    if (e->ncode >= (1u << 24))
        fail(e, "function too large for the bytecode (2^24 words)");
    e->locs[e->ncode] = e->cur_loc;
    e->code[e->ncode] = w;
    return e->ncode++;
}

static uint32_t emit(Emitter *e, BcOp op, uint32_t x, uint32_t a, uint32_t b, uint32_t c) {
    if (a > 0xffff || b > 0xffff || c > 0xffff)
        fail(e, "more than 65535 registers in one frame");
    return emit_word(e, bc_make(op, x, a, b, c));
}

static uint32_t emit_bc(Emitter *e, BcOp op, uint32_t a, uint32_t bc) {
    return emit(e, op, 0, a, bc & 0xffff, bc >> 16);
}

static uint32_t reg_of(Emitter *e, const IrValue *v) {
    return e->reg[v->id];
}

static uint32_t tmp(Emitter *e, uint32_t n) {
    uint32_t r = e->tmp_next;
    e->tmp_next += n;
    if (e->tmp_next > e->tmp_max)
        e->tmp_max = e->tmp_next;
    return r;
}

static uint64_t const_bits(Emitter *e, const IrValue *v) {
    if (v->type->kind == IRT_STR) {
        RtString *s = bc_alloc(e->p, sizeof(RtString) + v->str_len + 1);
        s->rc = INT64_MIN;
        s->len = s->cap = v->str_len;
        s->data = (char *)(s + 1);
        memcpy(s->data, v->str, v->str_len);
        return (uint64_t)(uintptr_t)s;
    }
    if (v->type->kind == IRT_F64) {
        uint64_t u;
        memcpy(&u, &v->c.f, 8);
        return u;
    }
    if (v->type->kind == IRT_F32) {
        float f = (float)v->c.f;
        uint32_t u;
        memcpy(&u, &f, 4);
        return u;
    }
    if (v->type->kind == IRT_UNIT)
        return 0;
    return v->c.bits;
}

static void load_const(Emitter *e, uint32_t dst, const IrValue *v) {
    uint64_t bits = const_bits(e, v);
    if ((int64_t)bits >= INT32_MIN && (int64_t)bits <= INT32_MAX && v->type->kind != IRT_STR)
        emit_bc(e, BC_LOADI, dst, (uint32_t)bits);
    else
        emit_bc(e, BC_LOADK, dst, bc_add_const(e->p, bits));
}

/* The register holding V (a scratch register for a constant). */
static int find_hoisted(Emitter *e, const IrValue *v) {
    for (int i = 0; i < e->nhoisted; i++)
        if (e->hoisted[i].type == v->type && e->hoisted[i].bits == v->c.bits &&
            v->type->kind != IRT_STR)
            return i;
    return -1;
}

static uint32_t opnd(Emitter *e, const IrValue *v) {
    if (v->kind != IRV_CONST)
        return reg_of(e, v);
    int h = find_hoisted(e, v);
    if (h >= 0)
        return e->hoisted[h].reg;
    uint32_t r = tmp(e, 1);
    load_const(e, r, v);
    return r;
}

static void move_slots(Emitter *e, uint32_t dst, const IrValue *v, uint32_t n) {
    if (v->kind == IRV_CONST) {
        load_const(e, dst, v);
        return;
    }
    uint32_t src = reg_of(e, v);
    if (src == dst)
        return;
    if (n == 1)
        emit(e, BC_MOV, 0, dst, src, 0);
    else if (n)
        emit(e, BC_MOVN, 0, dst, src, n);
}

static uint32_t kind_code(const IrType *t) {
    switch (t->kind) {
    case IRT_I8:
        return 0;
    case IRT_I16:
        return 1;
    case IRT_I32:
        return 2;
    case IRT_I64:
    case IRT_ISIZE:
        return 3;
    case IRT_U8:
        return 4;
    case IRT_U16:
        return 5;
    case IRT_U32:
        return 6;
    case IRT_F32:
        return 8;
    case IRT_F64:
        return 9;
    case IRT_BOOL:
        return 10;
    case IRT_CHAR:
        return 11;
    default:
        return 7;
    }
}

/* Parallel copy of a jump's arguments into the target's parameters. */
static void emit_moves(Emitter *e, const IrTarget *t) {
    int cap = 0;
    for (int i = 0; i < t->nargs; i++)
        cap += (int)bc_type_slots(t->block->params[i]->type);
    if (!cap)
        return;
    uint32_t *dst = xmalloc(sizeof(uint32_t) * (size_t)cap);
    uint32_t *src = xmalloc(sizeof(uint32_t) * (size_t)cap);
    int n = 0;
    uint32_t cycle_tmp = UINT32_MAX;
    for (int i = 0; i < t->nargs; i++) {
        const IrValue *a = t->args[i];
        uint32_t d = reg_of(e, t->block->params[i]);
        if (a->kind == IRV_CONST)
            continue;
        uint32_t s = reg_of(e, a);
        for (uint32_t k = 0; k < bc_type_slots(a->type); k++) {
            if (d + k == s + k)
                continue;
            dst[n] = d + k;
            src[n] = s + k;
            n++;
        }
    }
    while (n > 0) {
        bool progress = false;
        for (int i = 0; i < n; i++) {
            bool blocked = false;
            for (int j = 0; j < n && !blocked; j++)
                blocked = j != i && src[j] == dst[i];
            if (blocked)
                continue;
            emit(e, BC_MOV, 0, dst[i], src[i], 0);
            dst[i] = dst[n - 1];
            src[i] = src[n - 1];
            n--;
            progress = true;
            break;
        }
        if (!progress) { /* a cycle: save one destination's old value */
            if (cycle_tmp == UINT32_MAX)
                cycle_tmp = tmp(e, 1);
            uint32_t t0 = cycle_tmp;
            emit(e, BC_MOV, 0, t0, dst[0], 0);
            for (int j = 0; j < n; j++)
                if (src[j] == dst[0])
                    src[j] = t0;
        }
    }
    for (int i = 0; i < t->nargs; i++)
        if (t->args[i]->kind == IRV_CONST)
            load_const(e, reg_of(e, t->block->params[i]), t->args[i]);
    free(dst);
    free(src);
}

static void add_fixup(Emitter *e, uint32_t word, bool t24, const IrBlock *b, int stub) {
    if (e->nfix == e->fix_cap) {
        e->fix_cap = e->fix_cap ? e->fix_cap * 2 : 64;
        e->fix = xrealloc(e->fix, sizeof(Fixup) * (size_t)e->fix_cap);
    }
    e->fix[e->nfix++] = (Fixup){word, t24, false, b, stub};
}

/* Where a conditional jump to target T lands: the block itself when T has
 * no arguments, else a stub (moves + jmp) emitted after the terminator. */
static bool moves_needed(Emitter *e, const IrTarget *t) {
    for (int i = 0; i < t->nargs; i++)
        if (t->args[i]->kind == IRV_CONST ||
            reg_of(e, t->args[i]) != reg_of(e, t->block->params[i]))
            return true;
    return false;
}

static void cond_jump_at(Emitter *e, uint32_t at, bool w2, const IrTarget *t);

static void cond_jump(Emitter *e, uint64_t w, const IrTarget *t) {
    cond_jump_at(e, emit_word(e, w), false, t);
}

/* The jump at word AT (or the second word's high half when W2) goes to T. */
static void cond_jump_at(Emitter *e, uint32_t at, bool w2, const IrTarget *t) {
    int stub = -1;
    if (moves_needed(e, t)) {
        if (e->nstubs == e->stubs_cap) {
            e->stubs_cap = e->stubs_cap ? e->stubs_cap * 2 : 8;
            e->stubs = xrealloc(e->stubs, sizeof(Stub) * (size_t)e->stubs_cap);
        }
        e->stubs[e->nstubs] = (Stub){t, 0};
        stub = e->nstubs++;
    }
    add_fixup(e, at, !w2, t->block, stub);
    e->fix[e->nfix - 1].w2 = w2;
}

static void jump_to(Emitter *e, const IrTarget *t, const IrBlock *next) {
    emit_moves(e, t);
    if (t->block != next)
        add_fixup(e, emit(e, BC_JMP, 0, 0, 0, 0), false, t->block, -1);
}

static void flush_stubs(Emitter *e, int from) {
    for (int i = from; i < e->nstubs; i++) {
        e->tmp_next = e->nvals;
        e->stubs[i].start = e->ncode;
        jump_to(e, e->stubs[i].target, NULL);
    }
}

static bool is_int_cmp(const IrInst *in) {
    return in && in->op >= IR_EQ && in->op <= IR_GE && !ir_type_is_float(in->type);
}

/* Emits "jump to T if (cond) == WANT" for a compare instruction CMP, fused. */
static void fused_branch(Emitter *e, const IrInst *cmp, bool want, const IrTarget *t) {
    IrOp op = cmp->op;
    const IrValue *a = cmp->args[0], *b = cmp->args[1];
    if (!want) { /* negate */
        static const IrOp NEG[] = {[IR_EQ] = IR_NE, [IR_NE] = IR_EQ, [IR_LT] = IR_GE,
                                   [IR_LE] = IR_GT, [IR_GT] = IR_LE, [IR_GE] = IR_LT};
        op = NEG[op];
    }
    bool sgn = ir_type_is_signed(cmp->type);
    bool imm_ok = sgn || op == IR_EQ || op == IR_NE || ir_type_bits(cmp->type) < 64;
    if (a->kind == IRV_CONST && b->kind != IRV_CONST && op != IR_EQ && op != IR_NE) {
        const IrValue *s = a; /* put the constant on the right */
        a = b;
        b = s;
        static const IrOp SWAP[] = {
            [IR_LT] = IR_GT, [IR_LE] = IR_GE, [IR_GT] = IR_LT, [IR_GE] = IR_LE};
        op = SWAP[op];
    } else if (a->kind == IRV_CONST && b->kind != IRV_CONST) {
        const IrValue *s = a;
        a = b;
        b = s;
    }
    if (b->kind == IRV_CONST && imm_ok && (int64_t)b->c.bits >= -32768 &&
        (int64_t)b->c.bits <= 32767) {
        static const BcOp IMM[] = {[IR_EQ] = BC_JEQI,   [IR_NE] = BC_JNEI,   [IR_LT] = BC_JLTI_S,
                                   [IR_LE] = BC_JLEI_S, [IR_GT] = BC_JGTI_S, [IR_GE] = BC_JGEI_S};
        uint32_t ra = opnd(e, a);
        cond_jump(e, bc_make(IMM[op], 0, ra, (uint32_t)(uint16_t)(int16_t)b->c.bits, 0), t);
        return;
    }
    uint32_t ra = opnd(e, a), rb = opnd(e, b);
    BcOp bop;
    switch (op) {
    case IR_EQ:
        bop = BC_JEQ;
        break;
    case IR_NE:
        bop = BC_JNE;
        break;
    case IR_LT:
        bop = sgn ? BC_JLT_S : BC_JLT_U;
        break;
    case IR_LE:
        bop = sgn ? BC_JLE_S : BC_JLE_U;
        break;
    case IR_GT:
        bop = sgn ? BC_JLT_S : BC_JLT_U;
        uint32_t s0 = ra;
        ra = rb;
        rb = s0;
        break;
    default:
        bop = sgn ? BC_JLE_S : BC_JLE_U;
        uint32_t s1 = ra;
        ra = rb;
        rb = s1;
        break;
    }
    cond_jump(e, bc_make(bop, 0, ra, rb, 0), t);
}

static void emit_branch(Emitter *e, const IrInst *in, const IrInst *fusable, const IrBlock *next) {
    const IrTarget *t = &in->targets[0], *f = &in->targets[1];
    bool tm = moves_needed(e, t), fm = moves_needed(e, f);
    bool jump_on = !tm || fm; /* jump to T if true, else to F if false */
    if (!tm && !fm && t->block == next)
        jump_on = false;
    const IrTarget *jt = jump_on ? t : f, *fall = jump_on ? f : t;
    if (fusable) {
        fused_branch(e, fusable, jump_on, jt);
    } else {
        uint32_t c = opnd(e, in->args[0]);
        cond_jump(e, bc_make(jump_on ? BC_JT : BC_JF, 0, c, 0, 0), jt);
    }
    jump_to(e, fall, next);
}

static void emit_switch(Emitter *e, const IrInst *in, const IrBlock *next) {
    uint32_t v = opnd(e, in->args[0]), r = UINT32_MAX;
    for (int i = 1; i < in->ntargets; i++) {
        int64_t k = in->targets[i].case_value;
        if (k >= -32768 && k <= 32767) {
            cond_jump(e, bc_make(BC_JEQI, 0, v, (uint32_t)(uint16_t)(int16_t)k, 0),
                      &in->targets[i]);
        } else {
            if (r == UINT32_MAX)
                r = tmp(e, 1);
            emit_bc(e, BC_LOADK, r, bc_add_const(e->p, ir_int_normalize(in->type, (uint64_t)k)));
            cond_jump(e, bc_make(BC_JEQ, 0, v, r, 0), &in->targets[i]);
        }
    }
    jump_to(e, &in->targets[0], next);
}

/* Moves call arguments into the outgoing area R[argbase + FIRST ..]. */
static void place_args(Emitter *e, IrValue *const *args, int n, uint32_t first) {
    uint32_t at = e->argbase + first;
    for (int i = 0; i < n; i++) {
        uint32_t k = bc_type_slots(args[i]->type);
        move_slots(e, at, args[i], k);
        at += k;
    }
    if (at > e->frame_max)
        e->frame_max = at;
}

static BcOp arith_op(IrOp op) {
    switch (op) {
    case IR_ADD_OVF:
        return BC_ADD_OVF;
    case IR_SUB_OVF:
        return BC_SUB_OVF;
    case IR_MUL_OVF:
        return BC_MUL_OVF;
    case IR_DIV_OVF:
        return BC_DIV_OVF;
    case IR_REM_OVF:
        return BC_REM_OVF;
    case IR_SHL_OVF:
        return BC_SHL_OVF;
    case IR_SHR_OVF:
        return BC_SHR_OVF;
    case IR_ADD_WRAP:
        return BC_ADD_WRAP;
    case IR_SUB_WRAP:
        return BC_SUB_WRAP;
    case IR_MUL_WRAP:
        return BC_MUL_WRAP;
    case IR_DIV_WRAP:
        return BC_DIV_WRAP;
    case IR_REM_WRAP:
        return BC_REM_WRAP;
    case IR_SHL_WRAP:
        return BC_SHL_WRAP;
    case IR_SHR_WRAP:
        return BC_SHR_WRAP;
    case IR_ADD_SAT:
        return BC_ADD_SAT;
    case IR_SUB_SAT:
        return BC_SUB_SAT;
    case IR_MUL_SAT:
        return BC_MUL_SAT;
    case IR_ADD_CHECKED:
        return BC_ADD_CHK;
    case IR_SUB_CHECKED:
        return BC_SUB_CHK;
    case IR_MUL_CHECKED:
        return BC_MUL_CHK;
    case IR_DIV_CHECKED:
        return BC_DIV_CHK;
    case IR_AND:
        return BC_AND;
    case IR_OR:
        return BC_OR;
    default:
        return BC_XOR;
    }
}

static void emit_inst(Emitter *e, const IrInst *in) {
    uint32_t d = in->result ? reg_of(e, in->result) : 0;
    IrType *t = in->type;
    IrValue *const *a = in->args;
    switch (in->op) {
    case IR_COPY:
        move_slots(e, d, a[0], bc_type_slots(t));
        return;
    case IR_ADD_OVF:
    case IR_SUB_OVF:
    case IR_MUL_OVF: {
        uint32_t k = kind_code(t);
        if (k == 3 && in->op == IR_ADD_OVF && a[1]->kind == IRV_CONST &&
            (int64_t)a[1]->c.bits >= 0 && (int64_t)a[1]->c.bits <= 32767) {
            emit(e, BC_ADDI_I64, 0, d, opnd(e, a[0]), (uint32_t)a[1]->c.bits);
            return;
        }
        uint32_t ra = opnd(e, a[0]), rb = opnd(e, a[1]);
        if (k == 3)
            emit(e,
                 in->op == IR_ADD_OVF   ? BC_ADD_I64
                 : in->op == IR_SUB_OVF ? BC_SUB_I64
                                        : BC_MUL_I64,
                 0, d, ra, rb);
        else if (k == 7 && in->op != IR_MUL_OVF)
            emit(e, in->op == IR_ADD_OVF ? BC_ADD_U64 : BC_SUB_U64, 0, d, ra, rb);
        else
            emit(e, arith_op(in->op), k, d, ra, rb);
        return;
    }
    case IR_DIV_OVF:
    case IR_REM_OVF:
        if (kind_code(t) == 3 && in->op == IR_REM_OVF && a[1]->kind == IRV_CONST &&
            a[1]->c.bits > 1 && a[1]->c.bits <= 32768 && !(a[1]->c.bits & (a[1]->c.bits - 1))) {
            emit(e, BC_REMP2_I64, 0, d, opnd(e, a[0]), (uint32_t)__builtin_ctzll(a[1]->c.bits));
            return;
        }
        if (kind_code(t) == 3) {
            uint32_t ra = opnd(e, a[0]), rb = opnd(e, a[1]);
            emit(e, in->op == IR_DIV_OVF ? BC_DIV_I64 : BC_REM_I64, 0, d, ra, rb);
            return;
        }
        /* fall through */
    case IR_NEG_OVF ... IR_SHR_OVF:
    case IR_ADD_WRAP ... IR_SHR_WRAP:
    case IR_ADD_SAT ... IR_XOR: {
        if (in->op == IR_NEG_OVF || in->op == IR_NEG_WRAP) {
            emit(e, in->op == IR_NEG_OVF ? BC_NEG_OVF : BC_NEG_WRAP, kind_code(t), d, opnd(e, a[0]),
                 0);
            return;
        }
        uint32_t ra = opnd(e, a[0]), rb = opnd(e, a[1]);
        emit(e, arith_op(in->op), kind_code(t), d, ra, rb);
        return;
    }
    case IR_NOT:
        emit(e, BC_NOT, t->kind == IRT_BOOL ? 8 : kind_code(t), d, opnd(e, a[0]), 0);
        return;
    case IR_FADD ... IR_FREM: {
        static const BcOp F64OPS[] = {BC_FADD, BC_FSUB, BC_FMUL, BC_FDIV, BC_FREM};
        static const BcOp F32OPS[] = {BC_FADD32, BC_FSUB32, BC_FMUL32, BC_FDIV32, BC_FREM32};
        uint32_t ra = opnd(e, a[0]), rb = opnd(e, a[1]);
        emit(e, (t->kind == IRT_F32 ? F32OPS : F64OPS)[in->op - IR_FADD], 0, d, ra, rb);
        return;
    }
    case IR_FNEG:
        emit(e, t->kind == IRT_F32 ? BC_FNEG32 : BC_FNEG, 0, d, opnd(e, a[0]), 0);
        return;
    case IR_EQ ... IR_GE: {
        uint32_t ra = opnd(e, a[0]), rb = opnd(e, a[1]);
        IrOp op = in->op;
        if (op == IR_GT || op == IR_GE) {
            uint32_t s = ra;
            ra = rb;
            rb = s;
            op = op == IR_GT ? IR_LT : IR_LE;
        }
        BcOp bop;
        if (ir_type_is_float(t)) {
            bool f32 = t->kind == IRT_F32;
            bop = op == IR_EQ   ? (f32 ? BC_FEQ32 : BC_FEQ)
                  : op == IR_NE ? (f32 ? BC_FNE32 : BC_FNE)
                  : op == IR_LT ? (f32 ? BC_FLT32 : BC_FLT)
                                : (f32 ? BC_FLE32 : BC_FLE);
        } else {
            bool sgn = ir_type_is_signed(t);
            bop = op == IR_EQ   ? BC_EQ
                  : op == IR_NE ? BC_NE
                  : op == IR_LT ? (sgn ? BC_LT_S : BC_LT_U)
                                : (sgn ? BC_LE_S : BC_LE_U);
        }
        emit(e, bop, 0, d, ra, rb);
        return;
    }
    case IR_CAST: {
        uint32_t from = kind_code(a[0]->type), to = kind_code(t);
        if (from == to && bc_type_slots(t) == 1)
            move_slots(e, d, a[0], 1);
        else
            emit(e, BC_CAST, from << 4 | to, d, opnd(e, a[0]), 0);
        return;
    }
    case IR_SELECT: {
        uint32_t n = bc_type_slots(t);
        uint32_t c = opnd(e, a[0]), x = opnd(e, a[1]), y = opnd(e, a[2]);
        emit(e, n == 1 ? BC_SELECT : BC_SELECTN, 0, d, c, x);
        emit_word(e, n == 1 ? y : (uint64_t)n << 16 | y);
        return;
    }
    case IR_MAKE:
        for (int i = 0; i < in->nargs; i++)
            move_slots(e, d + field_offset(t, i), a[i], bc_type_slots(ir_type_field(t, i)));
        return;
    case IR_EXTRACT: {
        uint32_t n = bc_type_slots(in->result->type);
        uint32_t s = reg_of(e, a[0]) + field_offset(t, in->index);
        emit(e, n == 1 ? BC_MOV : BC_MOVN, 0, d, s, n == 1 ? 0 : n);
        return;
    }
    case IR_INSERT:
        move_slots(e, d, a[0], bc_type_slots(t));
        move_slots(e, d + field_offset(t, in->index), a[1],
                   bc_type_slots(ir_type_field(t, in->index)));
        return;
    case IR_VARIANT:
        emit_bc(e, BC_LOADI, d, (uint32_t)in->variant);
        for (int i = 0; i < in->nargs; i++)
            move_slots(e, d + variant_offset(t, in->variant, i), a[i],
                       bc_type_slots(ir_type_variant_field(t, in->variant, i)));
        return;
    case IR_TAG:
        emit(e, BC_MOV, 0, d, reg_of(e, a[0]), 0);
        return;
    case IR_PAYLOAD: {
        uint32_t n = bc_type_slots(in->result->type);
        uint32_t s = reg_of(e, a[0]) + variant_offset(t, in->variant, in->index);
        emit(e, n == 1 ? BC_MOV : BC_MOVN, 0, d, s, n == 1 ? 0 : n);
        return;
    }
    case IR_SLOT: {
        uint32_t n = bc_type_slots(t);
        emit(e, BC_SLOT, 0, d, e->memsize, n);
        e->memsize += n;
        return;
    }
    case IR_FIELD:
        emit(e, BC_ADDP, 0, d, opnd(e, a[0]), field_offset(t, in->index));
        return;
    case IR_VFIELD:
        emit(e, BC_ADDP, 0, d, opnd(e, a[0]), variant_offset(t, in->variant, in->index));
        return;
    case IR_ELEM: {
        uint32_t p = opnd(e, a[0]), i = opnd(e, a[1]);
        emit(e, BC_ELEMP, 0, d, p, i);
        emit_word(e, bc_type_slots(t->elems[0]));
        return;
    }
    case IR_LOAD: {
        uint32_t n = bc_type_slots(t);
        emit(e, n == 1 ? BC_LOAD : BC_LOADN, 0, d, opnd(e, a[0]), n == 1 ? 0 : n);
        return;
    }
    case IR_STORE: {
        uint32_t n = bc_type_slots(t);
        uint32_t p = opnd(e, a[0]), v = opnd(e, a[1]);
        emit(e, n == 1 ? BC_STORE : BC_STOREN, 0, p, v, n == 1 ? 0 : n);
        return;
    }
    case IR_BOUNDS: {
        uint32_t i = opnd(e, a[0]), n = opnd(e, a[1]);
        emit(e, BC_BOUNDS, 0, i, n, 0);
        return;
    }
    case IR_BOX_NEW: {
        uint32_t v = a[0]->kind == IRV_CONST ? opnd(e, a[0]) : reg_of(e, a[0]);
        emit(e, BC_BOXNEW, 0, d, v, 0);
        emit_word(e, type_index(e, t->elems[0]));
        return;
    }
    case IR_DEREF:
        emit(e, BC_DEREF, 0, d, opnd(e, a[0]), 0);
        return;
    case IR_RETAIN:
    case IR_RELEASE: {
        uint32_t x = t->kind == IRT_RC        ? 0
                     : t->kind == IRT_ARC     ? 1
                     : t->kind == IRT_CLOSURE ? 2
                                              : 3;
        emit(e, in->op == IR_RETAIN ? BC_RETAIN : BC_RELEASE, x, opnd(e, a[0]), 0, 0);
        return;
    }
    case IR_DROP:
        if (!rt_type(e, t)->needs_drop)
            return;
        emit(e, BC_DROP, 0, opnd(e, a[0]), 0, 0);
        emit_word(e, type_index(e, t));
        return;
    case IR_CLONE:
        if (a[0]->kind == IRV_CONST) { /* scalars and immortal str constants */
            move_slots(e, d, a[0], 1);
            return;
        }
        emit(e, BC_CLONE, 0, d, reg_of(e, a[0]), 0);
        emit_word(e, type_index(e, t));
        return;
    case IR_CALL:
        place_args(e, a, in->nargs, 0);
        emit(e, BC_CALL, 0, d, (uint32_t)in->callee->index, e->argbase);
        return;
    case IR_CALL_RT: {
        int idx = vm_intrinsic_index(in->name);
        if (strcmp(in->name, "vec_len") == 0) {
            emit(e, BC_VEC_LEN, 0, d, opnd(e, a[0]), 0);
            return;
        }
        if (strcmp(in->name, "vec_ptr") == 0) {
            uint32_t v = opnd(e, a[0]), i = opnd(e, a[1]);
            emit(e, BC_VEC_PTR, 0, d, v, i);
            return;
        }
        place_args(e, a, in->nargs, 0);
        emit(e, BC_CALLRT, 0, d, (uint32_t)idx, e->argbase);
        emit_word(e, type_index(e, t));
        return;
    }
    case IR_CALL_IND: {
        bool clo = a[0]->type->kind == IRT_CLOSURE;
        uint32_t fv = opnd(e, a[0]);
        place_args(e, a + 1, in->nargs - 1, clo ? 1 : 0);
        if (clo && e->argbase + 1 > e->frame_max)
            e->frame_max = e->argbase + 1;
        emit(e, BC_CALLIND, clo ? 1 : 0, d, fv, e->argbase);
        return;
    }
    case IR_FNREF:
        emit_bc(e, BC_FNREF, d, (uint32_t)in->callee->index);
        return;
    case IR_CLOSURE: {
        IrType **ts = xmalloc(sizeof(IrType *) * (size_t)(in->nargs ? in->nargs : 1));
        for (int i = 0; i < in->nargs; i++)
            ts[i] = a[i]->type;
        IrType *env = in->nargs ? ir_type_tuple(e->m, ts, in->nargs) : ir_type_prim(e->m, IRT_UNIT);
        free(ts);
        place_args(e, a, in->nargs, 0);
        emit(e, BC_CLOSURE, 0, d, (uint32_t)in->callee->index, e->argbase);
        emit_word(e, type_index(e, env));
        return;
    }
    case IR_FMT:
    case IR_FMT_DEBUG: {
        RtFmtSpec *spec = bc_alloc(e->p, sizeof(RtFmtSpec));
        char why[160];
        rt_fmt_spec_parse(a[2]->str, a[2]->str_len, spec, why, sizeof why);
        uint32_t ks = bc_add_const(e->p, (uint64_t)(uintptr_t)spec);
        uint32_t s = opnd(e, a[0]);
        uint32_t v;
        if (a[1]->kind == IRV_CONST)
            v = opnd(e, a[1]);
        else
            v = reg_of(e, a[1]);
        emit(e, BC_FMT, in->op == IR_FMT_DEBUG ? 1 : 0, s, v, 0);
        emit_word(e, (uint64_t)ks << 32 | type_index(e, t));
        return;
    }
    default:
        fail(e, "internal: unexpected instruction in the emitter");
    }
}

static void emit_terminator(Emitter *e, const IrBlock *b, const IrInst *in, const IrBlock *next) {
    switch (in->op) {
    case IR_JMP:
        jump_to(e, &in->targets[0], next);
        break;
    case IR_BR: {
        const IrInst *prev = b->ninsts >= 2 ? b->insts[b->ninsts - 2] : NULL;
        const IrValue *c = in->args[0];
        bool fuse = c->kind == IRV_INST && prev && c->def == prev && is_int_cmp(prev) &&
                    e->uses[c->id] == 1;
        emit_branch(e, in, fuse ? prev : NULL, next);
        break;
    }
    case IR_SWITCH:
        emit_switch(e, in, next);
        break;
    case IR_RET:
        if (in->nargs && e->f->ret->kind != IRT_UNIT)
            emit(e, BC_RET, 0, opnd(e, in->args[0]), 0, 0);
        else
            emit(e, BC_RET0, 0, 0, 0, 0);
        break;
    case IR_PANIC: {
        IrValue tmpv = {0};
        tmpv.kind = IRV_CONST;
        tmpv.type = ir_type_prim(e->m, IRT_STR);
        tmpv.str = in->name;
        tmpv.str_len = in->name_len;
        emit_bc(e, BC_PANIC, 0, bc_add_const(e->p, const_bits(e, &tmpv)));
        break;
    }
    case IR_PANIC_STR:
        emit(e, BC_PANICS, 0, opnd(e, in->args[0]), 0, 0);
        break;
    default:
        break;
    }
}

static void count_uses(Emitter *e, const IrFunc *f) {
    for (int bi = 0; bi < f->nblocks; bi++) {
        IrBlock *b = f->blocks[bi];
        for (int i = 0; i < b->ninsts; i++) {
            IrInst *in = b->insts[i];
            for (int k = 0; k < in->nargs; k++)
                if (in->args[k]->kind != IRV_CONST)
                    e->uses[in->args[k]->id]++;
            for (int t = 0; t < in->ntargets; t++)
                for (int k = 0; k < in->targets[t].nargs; k++)
                    if (in->targets[t].args[k]->kind != IRV_CONST)
                        e->uses[in->targets[t].args[k]->id]++;
        }
    }
}

/* Scratch registers an instruction may need: one per constant operand, one
 * for a parallel-move cycle. */
static uint32_t scratch_need(const IrInst *in) {
    uint32_t n = 2;
    for (int k = 0; k < in->nargs; k++)
        n += in->args[k]->kind == IRV_CONST;
    n += (uint32_t)in->ntargets + 1;
    return n;
}

/* `%v = add.ovf i64 %x, K; %c = lt i64 %v, %n; br %c, T, F` (a loop step)
 * becomes one ADDI_JLT; returns false when the block does not end so. */
static bool counted_loop_step(Emitter *e, const IrBlock *b, const IrBlock *next) {
    const IrInst *add = b->insts[b->ninsts - 3], *cmp = b->insts[b->ninsts - 2],
                 *br = b->insts[b->ninsts - 1];
    if (add->op != IR_ADD_OVF || kind_code(add->type) != 3 || add->args[1]->kind != IRV_CONST ||
        (int64_t)add->args[1]->c.bits < 0 || (int64_t)add->args[1]->c.bits > 32767)
        return false;
    if (cmp->op != IR_LT || kind_code(cmp->type) != 3 || cmp->args[0] != add->result ||
        cmp->args[1] == add->result || br->op != IR_BR || br->args[0] != cmp->result ||
        e->uses[cmp->result->id] != 1)
        return false;
    e->cur_loc =
        (BcLoc){add->loc.implicit ? e->implicit_file : add->loc.file, add->loc.line, add->loc.col};
    uint32_t limit = opnd(e, cmp->args[1]);
    uint32_t src = opnd(e, add->args[0]);
    emit(e, BC_ADDI_JLT, 0, reg_of(e, add->result), src, (uint32_t)add->args[1]->c.bits);
    uint32_t at = emit_word(e, limit);
    cond_jump_at(e, at, true, &br->targets[0]);
    jump_to(e, &br->targets[1], next);
    return true;
}

typedef struct UseInfo {
    int block; /* -1 unused, -2 used in several blocks */
    int last;  /* last position of a use in that block */
} UseInfo;

static void note_use(UseInfo *u, const IrValue *v, int block, int pos) {
    if (v->kind == IRV_CONST)
        return;
    UseInfo *x = &u[v->id];
    if (x->block == -1) {
        x->block = block;
        x->last = pos;
    } else if (x->block != block) {
        x->block = -2;
    } else if (pos > x->last) {
        x->last = pos;
    }
}

/* Register coalescing for loops: a result V passed to parameter P of a jump
 * target shares P's registers when V lives only in the jumping block and
 * P's last use comes before V's definition (so the jump's move vanishes).
 * Returns value id -> (parameter id + 1), 0 when not coalesced. */
static uint32_t *coalesce(const IrFunc *f) {
    uint32_t n = f->nvalues ? f->nvalues : 1;
    uint32_t *coal = xcalloc(n, sizeof(uint32_t));
    UseInfo *u = xmalloc(sizeof(UseInfo) * n);
    bool *taken = xcalloc(n, sizeof(bool));
    int *defpos = xcalloc(n, sizeof(int));
    for (uint32_t i = 0; i < n; i++)
        u[i] = (UseInfo){-1, -1};
    for (int bi = 0; bi < f->nblocks; bi++) {
        IrBlock *b = f->blocks[bi];
        for (int i = 0; i < b->ninsts; i++) {
            IrInst *in = b->insts[i];
            if (in->result)
                defpos[in->result->id] = i;
            for (int k = 0; k < in->nargs; k++)
                note_use(u, in->args[k], bi, i);
            for (int t = 0; t < in->ntargets; t++)
                for (int k = 0; k < in->targets[t].nargs; k++)
                    note_use(u, in->targets[t].args[k], bi, i);
        }
    }
    for (int bi = 0; bi < f->nblocks; bi++) {
        IrBlock *b = f->blocks[bi];
        IrInst *term = b->ninsts ? b->insts[b->ninsts - 1] : NULL;
        if (!term || !ir_op_is_terminator(term->op))
            continue;
        for (int t = 0; t < term->ntargets; t++) {
            const IrTarget *tg = &term->targets[t];
            for (int k = 0; k < tg->nargs && k < tg->block->nparams; k++) {
                const IrValue *v = tg->args[k], *p = tg->block->params[k];
                if (v->kind != IRV_INST || v->block != b || u[v->id].block != bi || coal[v->id] ||
                    taken[p->id] || v->type != p->type)
                    continue;
                /* One-slot results are written after all operands are read,
                 * so V's own instruction may still read P. */
                int last_ok = defpos[v->id] - (bc_type_slots(v->type) == 1 ? 0 : 1);
                bool p_dead =
                    u[p->id].block == -1 || (u[p->id].block == bi && u[p->id].last <= last_ok);
                if (!p_dead)
                    continue;
                coal[v->id] = p->id + 1;
                taken[p->id] = true;
            }
        }
    }
    free(u);
    free(taken);
    free(defpos);
    return coal;
}

/* Blocks on a cycle of the CFG (a block reaching itself). */
static bool *cyclic_blocks(const IrFunc *f) {
    int n = f->nblocks;
    bool *cyc = xcalloc((size_t)n, sizeof(bool));
    if (n > 512) { /* too big to search: treat every block as looping */
        for (int i = 0; i < n; i++)
            cyc[i] = true;
        return cyc;
    }
    int *stack = xmalloc(sizeof(int) * (size_t)(n + 1));
    bool *seen = xmalloc(sizeof(bool) * (size_t)n);
    for (int b = 0; b < n; b++) {
        memset(seen, 0, sizeof(bool) * (size_t)n);
        int sp = 0;
        stack[sp++] = b;
        while (sp && !cyc[b]) {
            IrBlock *x = f->blocks[stack[--sp]];
            IrInst *term = x->ninsts ? x->insts[x->ninsts - 1] : NULL;
            for (int t = 0; term && ir_op_is_terminator(term->op) && t < term->ntargets; t++) {
                int s = term->targets[t].block->index;
                if (s == b)
                    cyc[b] = true;
                if (!seen[s] && sp < n) {
                    seen[s] = true;
                    stack[sp++] = s;
                }
            }
        }
    }
    free(stack);
    free(seen);
    return cyc;
}

/* Constants used inside loops get a register loaded once per call. */
static void hoist_constants(Emitter *e, const IrFunc *f, uint32_t *next) {
    e->nhoisted = 0;
    bool *cyc = cyclic_blocks(f);
    for (int bi = 0; bi < f->nblocks; bi++) {
        if (!cyc[bi])
            continue;
        IrBlock *b = f->blocks[bi];
        for (int i = 0; i < b->ninsts; i++) {
            IrInst *in = b->insts[i];
            for (int k = 0; k < in->nargs; k++) {
                const IrValue *v = in->args[k];
                if (v->kind != IRV_CONST || v->type->kind == IRT_STR || find_hoisted(e, v) >= 0)
                    continue;
                if (e->nhoisted == e->hoisted_cap) {
                    e->hoisted_cap = e->hoisted_cap ? e->hoisted_cap * 2 : 16;
                    e->hoisted =
                        xrealloc(e->hoisted, sizeof(HoistedConst) * (size_t)e->hoisted_cap);
                }
                e->hoisted[e->nhoisted++] = (HoistedConst){v->type, v->c.bits, *next, v};
                *next += 1;
            }
        }
    }
    free(cyc);
}

static void emit_func(Emitter *e, const IrFunc *f, BcFunction *out) {
    e->f = f;
    e->reg = xcalloc(f->nvalues ? f->nvalues : 1, sizeof(uint32_t));
    e->uses = xcalloc(f->nvalues ? f->nvalues : 1, sizeof(int));
    e->ncode = 0;
    e->nfix = 0;
    e->nstubs = 0;
    e->memsize = 0;
    e->tmp_max = 0;
    uint32_t next = 0, scratch = 0;
    /* Parameters first (the entry's are the function's), then results;
     * a result coalesced with a block parameter shares its registers. */
    for (int bi = 0; bi < f->nblocks; bi++) {
        IrBlock *b = f->blocks[bi];
        for (int i = 0; i < b->nparams; i++) {
            e->reg[b->params[i]->id] = next;
            next += bc_type_slots(b->params[i]->type);
        }
        if (bi == 0)
            out->nparams = next;
    }
    uint32_t *coal = coalesce(f);
    for (int bi = 0; bi < f->nblocks; bi++) {
        IrBlock *b = f->blocks[bi];
        for (int i = 0; i < b->ninsts; i++) {
            IrInst *in = b->insts[i];
            uint32_t s = scratch_need(in);
            if (s > scratch)
                scratch = s;
            if (!in->result)
                continue;
            if (coal[in->result->id]) {
                e->reg[in->result->id] = e->reg[coal[in->result->id] - 1];
                continue;
            }
            e->reg[in->result->id] = next;
            next += bc_type_slots(in->result->type);
        }
    }
    free(coal);
    hoist_constants(e, f, &next);
    count_uses(e, f);
    e->nvals = next;
    e->argbase = next + scratch;
    e->frame_max = e->argbase;
    e->block_start = xcalloc((size_t)f->nblocks, sizeof(uint32_t));
    e->cur_loc = (BcLoc){0, 0, 0};
    for (int i = 0; i < e->nhoisted; i++)
        load_const(e, e->hoisted[i].reg, e->hoisted[i].value);
    for (int bi = 0; bi < f->nblocks; bi++) {
        IrBlock *b = f->blocks[bi];
        const IrBlock *nb = bi + 1 < f->nblocks ? f->blocks[bi + 1] : NULL;
        e->block_start[bi] = e->ncode;
        for (int i = 0; i < b->ninsts; i++) {
            IrInst *in = b->insts[i];
            e->tmp_next = e->nvals;
            e->cur_loc = (BcLoc){in->loc.implicit ? e->implicit_file : in->loc.file, in->loc.line,
                                 in->loc.col};
            if (i + 3 == b->ninsts && counted_loop_step(e, b, nb)) {
                break;
            } else if (ir_op_is_terminator(in->op)) {
                emit_terminator(e, b, in, nb);
            } else if (i + 2 == b->ninsts && b->insts[i + 1]->op == IR_BR && is_int_cmp(in) &&
                       in->result && b->insts[i + 1]->args[0] == in->result &&
                       e->uses[in->result->id] == 1) {
                continue; /* fused into the branch */
            } else {
                emit_inst(e, in);
            }
        }
    }
    /* Edge stubs go after every block so fall-through paths stay straight. */
    flush_stubs(e, 0);
    for (int i = 0; i < e->nfix; i++) {
        Fixup *fx = &e->fix[i];
        uint32_t target =
            fx->stub >= 0 ? e->stubs[fx->stub].start : e->block_start[fx->block->index];
        uint64_t w = e->code[fx->word];
        if (fx->w2)
            w = (w & 0xffffffffull) | ((uint64_t)target << 32);
        else if (fx->t24)
            w = (w & ~((0xffull << 8) | (0xffffull << 48))) | ((uint64_t)(target >> 16) << 8) |
                ((uint64_t)(target & 0xffff) << 48);
        else
            w = (w & 0xffffffffull) | ((uint64_t)target << 32);
        e->code[fx->word] = w;
    }
    if (e->frame_max > 0xffff || e->tmp_max > e->argbase)
        fail(e, "more than 65535 registers in one frame");
    out->name = bc_strdup(e->p, f->name);
    out->ncode = e->ncode;
    out->code = bc_alloc(e->p, sizeof(uint64_t) * (e->ncode ? e->ncode : 1));
    out->locs = bc_alloc(e->p, sizeof(BcLoc) * (e->ncode ? e->ncode : 1));
    memcpy(out->code, e->code, sizeof(uint64_t) * e->ncode);
    memcpy(out->locs, e->locs, sizeof(BcLoc) * e->ncode);
    out->nret = f->ret->kind == IRT_UNIT ? 0 : bc_type_slots(f->ret);
    out->framesize = e->frame_max + 1;
    out->memsize = e->memsize;
    free(e->reg);
    free(e->uses);
    free(e->block_start);
}

BcProgram *bc_emit(IrModule *m, const char *implicit_file, char *err, size_t errlen) {
    Emitter e = {0};
    e.m = m;
    e.p = bc_program_new();
    e.err = err;
    e.errlen = errlen;
    e.p->nfiles = (uint32_t)m->nfiles + 1;
    e.p->files = bc_alloc(e.p, sizeof(char *) * e.p->nfiles);
    for (int i = 0; i < m->nfiles; i++)
        e.p->files[i] = bc_strdup(e.p, m->files[i]);
    e.p->files[m->nfiles] = bc_strdup(e.p, implicit_file ? implicit_file : "<ir>");
    e.implicit_file = (uint32_t)m->nfiles;
    e.p->nfuncs = (uint32_t)m->nfuncs;
    e.p->funcs = bc_alloc(e.p, sizeof(BcFunction) * (size_t)(m->nfuncs ? m->nfuncs : 1));
    for (int i = 0; i < m->nfuncs && !e.failed; i++) {
        emit_func(&e, m->funcs[i], &e.p->funcs[i]);
        if (strcmp(m->funcs[i]->name, "main") == 0)
            e.p->main_index = i;
    }
    free(e.code);
    free(e.locs);
    free(e.fix);
    free(e.stubs);
    free(e.types);
    free(e.hoisted);
    if (e.failed) {
        bc_program_free(e.p);
        return NULL;
    }
    return e.p;
}
