/* IR construction: module, interned types, functions, blocks, values and the
 * per-opcode facts (names, result and operand types) every IR consumer shares. */
#include "ir.h"

#include <string.h>

#define GROW(arr, len, cap, arena)                                                                 \
    do {                                                                                           \
        if ((len) == (cap)) {                                                                      \
            int ncap_ = (cap) ? (cap)*2 : 4;                                                       \
            void *n_ = arena_alloc((arena), sizeof(*(arr)) * (size_t)ncap_);                       \
            if (len)                                                                               \
                memcpy(n_, (arr), sizeof(*(arr)) * (size_t)(len));                                 \
            (arr) = n_;                                                                            \
            (cap) = ncap_;                                                                         \
        }                                                                                          \
    } while (0)

IrModule *ir_module_new(Arena *arena) {
    IrModule *m = arena_alloc(arena, sizeof(IrModule));
    m->arena = arena;
    m->nbuckets = 256;
    m->buckets = arena_alloc(arena, sizeof(IrType *) * (size_t)m->nbuckets);
    return m;
}

int ir_module_add_file(IrModule *m, const char *path) {
    for (int i = 0; i < m->nfiles; i++)
        if (strcmp(m->files[i], path) == 0)
            return i;
    GROW(m->files, m->nfiles, m->files_cap, m->arena);
    m->files[m->nfiles] = arena_strdup(m->arena, path);
    return m->nfiles++;
}

static uint32_t type_hash(IrTypeKind kind, IrType **elems, int n, IrType *ret, uint64_t len,
                          IrTypeDef *def) {
    uint64_t h = 1469598103934665603ull ^ (uint64_t)kind;
    for (int i = 0; i < n; i++)
        h = (h ^ (uint64_t)(uintptr_t)elems[i]) * 1099511628211ull;
    h = (h ^ (uint64_t)(uintptr_t)ret) * 1099511628211ull;
    h = (h ^ len) * 1099511628211ull;
    h = (h ^ (uint64_t)(uintptr_t)def) * 1099511628211ull;
    return (uint32_t)(h ^ (h >> 32));
}

static IrType *intern(IrModule *m, IrTypeKind kind, IrType **elems, int n, IrType *ret,
                      uint64_t len, IrTypeDef *def) {
    uint32_t h = type_hash(kind, elems, n, ret, len, def);
    IrType **bucket = &m->buckets[h % (uint32_t)m->nbuckets];
    for (IrType *t = *bucket; t; t = t->next_in_bucket) {
        if (t->hash != h || t->kind != kind || t->nelems != n || t->ret != ret || t->len != len ||
            t->def != def)
            continue;
        if (n == 0 || memcmp(t->elems, elems, sizeof(IrType *) * (size_t)n) == 0)
            return t;
    }
    IrType *t = arena_alloc(m->arena, sizeof(IrType));
    t->kind = kind;
    t->nelems = n;
    if (n) {
        t->elems = arena_alloc(m->arena, sizeof(IrType *) * (size_t)n);
        memcpy(t->elems, elems, sizeof(IrType *) * (size_t)n);
    }
    t->ret = ret;
    t->len = len;
    t->def = def;
    t->hash = h;
    t->next_in_bucket = *bucket;
    *bucket = t;
    return t;
}

IrType *ir_type_prim(IrModule *m, IrTypeKind kind) {
    if (kind <= IRT_PTR) {
        if (!m->prim[kind])
            m->prim[kind] = intern(m, kind, NULL, 0, NULL, 0, NULL);
        return m->prim[kind];
    }
    return intern(m, kind, NULL, 0, NULL, 0, NULL);
}

IrType *ir_type_of(IrModule *m, IrTypeKind kind, IrType *a, IrType *b) {
    IrType *e[2] = {a, b};
    return intern(m, kind, e, b ? 2 : 1, NULL, 0, NULL);
}

IrType *ir_type_tuple(IrModule *m, IrType **elems, int n) {
    return intern(m, IRT_TUPLE, elems, n, NULL, 0, NULL);
}

IrType *ir_type_array(IrModule *m, IrType *elem, uint64_t len) {
    return intern(m, IRT_ARRAY, &elem, 1, NULL, len, NULL);
}

IrType *ir_type_fn(IrModule *m, IrTypeKind kind, IrType **params, int n, IrType *ret) {
    return intern(m, kind, params, n, ret, 0, NULL);
}

IrTypeDef *ir_typedef_new(IrModule *m, const char *name, bool is_enum) {
    IrTypeDef *d = arena_alloc(m->arena, sizeof(IrTypeDef));
    d->name = arena_strdup(m->arena, name);
    d->is_enum = is_enum;
    d->type = intern(m, is_enum ? IRT_ENUM : IRT_STRUCT, NULL, 0, NULL, 0, d);
    GROW(m->defs, m->ndefs, m->defs_cap, m->arena);
    m->defs[m->ndefs++] = d;
    return d;
}

IrTypeDef *ir_typedef_find(IrModule *m, const char *name) {
    for (int i = 0; i < m->ndefs; i++)
        if (strcmp(m->defs[i]->name, name) == 0)
            return m->defs[i];
    return NULL;
}

void ir_typedef_set_fields(IrModule *m, IrTypeDef *d, IrType **fields, const char **names, int n) {
    d->nfields = n;
    d->fields = arena_alloc(m->arena, sizeof(IrType *) * (size_t)(n ? n : 1));
    d->field_names = arena_alloc(m->arena, sizeof(char *) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++) {
        d->fields[i] = fields[i];
        d->field_names[i] = names && names[i] ? arena_strdup(m->arena, names[i]) : NULL;
    }
    d->defined = true;
}

void ir_typedef_add_variant(IrModule *m, IrTypeDef *d, const char *name, IrType **fields, int n) {
    IrVariant *v = arena_alloc(m->arena, sizeof(IrVariant) * (size_t)(d->nvariants + 1));
    if (d->nvariants)
        memcpy(v, d->variants, sizeof(IrVariant) * (size_t)d->nvariants);
    v[d->nvariants].name = arena_strdup(m->arena, name);
    v[d->nvariants].nfields = n;
    v[d->nvariants].fields = arena_alloc(m->arena, sizeof(IrType *) * (size_t)(n ? n : 1));
    if (n)
        memcpy(v[d->nvariants].fields, fields, sizeof(IrType *) * (size_t)n);
    d->variants = v;
    d->nvariants++;
    d->defined = true;
}

bool ir_type_is_int(const IrType *t) {
    return t->kind <= IRT_USIZE;
}

bool ir_type_is_signed(const IrType *t) {
    return t->kind <= IRT_ISIZE;
}

bool ir_type_is_float(const IrType *t) {
    return t->kind == IRT_F32 || t->kind == IRT_F64;
}

bool ir_type_is_scalar(const IrType *t) {
    return t->kind <= IRT_PTR;
}

int ir_type_bits(const IrType *t) {
    switch (t->kind) {
    case IRT_I8:
    case IRT_U8:
        return 8;
    case IRT_I16:
    case IRT_U16:
        return 16;
    case IRT_I32:
    case IRT_U32:
    case IRT_F32:
    case IRT_CHAR:
        return 32;
    case IRT_BOOL:
        return 1;
    default:
        return 64;
    }
}

static const char *OPTION_VARIANTS[] = {"None", "Some"};
static const char *RESULT_VARIANTS[] = {"Ok", "Err"};

int ir_type_nvariants(const IrType *t) {
    if (t->kind == IRT_OPTION || t->kind == IRT_RESULT)
        return 2;
    if (t->kind == IRT_ENUM)
        return t->def->nvariants;
    return 0;
}

const char *ir_type_variant_name(const IrType *t, int v) {
    if (t->kind == IRT_OPTION)
        return OPTION_VARIANTS[v];
    if (t->kind == IRT_RESULT)
        return RESULT_VARIANTS[v];
    return t->def->variants[v].name;
}

int ir_type_variant_nfields(const IrType *t, int v) {
    if (t->kind == IRT_OPTION)
        return v == 1 ? 1 : 0;
    if (t->kind == IRT_RESULT)
        return 1;
    return t->def->variants[v].nfields;
}

IrType *ir_type_variant_field(const IrType *t, int v, int i) {
    if (t->kind == IRT_OPTION)
        return t->elems[0];
    if (t->kind == IRT_RESULT)
        return t->elems[v];
    return t->def->variants[v].fields[i];
}

int ir_type_find_variant(const IrType *t, const char *name) {
    int n = ir_type_nvariants(t);
    for (int v = 0; v < n; v++)
        if (strcmp(ir_type_variant_name(t, v), name) == 0)
            return v;
    return -1;
}

int ir_type_nfields(const IrType *t) {
    switch (t->kind) {
    case IRT_TUPLE:
        return t->nelems;
    case IRT_ARRAY:
        return t->len > 0x7fffffff ? 0x7fffffff : (int)t->len;
    case IRT_STRUCT:
        return t->def->nfields;
    default:
        return -1;
    }
}

IrType *ir_type_field(const IrType *t, int i) {
    switch (t->kind) {
    case IRT_TUPLE:
        return t->elems[i];
    case IRT_ARRAY:
        return t->elems[0];
    case IRT_STRUCT:
        return t->def->fields[i];
    default:
        return NULL;
    }
}

IrFunc *ir_func_new(IrModule *m, const char *name, IrType *ret) {
    IrFunc *f = arena_alloc(m->arena, sizeof(IrFunc));
    f->name = arena_strdup(m->arena, name);
    f->ret = ret;
    f->module = m;
    f->index = m->nfuncs;
    GROW(m->funcs, m->nfuncs, m->funcs_cap, m->arena);
    m->funcs[m->nfuncs++] = f;
    return f;
}

IrFunc *ir_func_find(IrModule *m, const char *name) {
    for (int i = 0; i < m->nfuncs; i++)
        if (strcmp(m->funcs[i]->name, name) == 0)
            return m->funcs[i];
    return NULL;
}

IrBlock *ir_block_new(IrFunc *f, const char *name) {
    Arena *a = f->module->arena;
    IrBlock *b = arena_alloc(a, sizeof(IrBlock));
    b->name = name ? arena_strdup(a, name) : arena_printf(a, "b%d", f->nblocks);
    b->func = f;
    b->index = f->nblocks;
    GROW(f->blocks, f->nblocks, f->blocks_cap, a);
    f->blocks[f->nblocks++] = b;
    return b;
}

static IrValue *new_value(IrFunc *f, IrValueKind kind, IrType *type, const char *name) {
    Arena *a = f->module->arena;
    IrValue *v = arena_alloc(a, sizeof(IrValue));
    v->kind = kind;
    v->type = type;
    v->id = f->nvalues++;
    v->name = name ? arena_strdup(a, name) : arena_printf(a, "%u", v->id);
    return v;
}

IrValue *ir_block_add_param(IrBlock *b, IrType *type, const char *name) {
    IrValue *v = new_value(b->func, IRV_PARAM, type, name);
    v->block = b;
    v->index = b->nparams;
    GROW(b->params, b->nparams, b->params_cap, b->func->module->arena);
    b->params[b->nparams++] = v;
    return v;
}

void ir_func_seal_signature(IrFunc *f) {
    IrModule *m = f->module;
    IrBlock *entry = f->nblocks ? f->blocks[0] : NULL;
    int n = entry ? entry->nparams : 0;
    IrType **ps = arena_alloc(m->arena, sizeof(IrType *) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++)
        ps[i] = entry->params[i]->type;
    f->type = ir_type_fn(m, IRT_FN, ps, n, f->ret);
}

static IrValue *new_const(IrModule *m, IrType *t) {
    IrValue *v = arena_alloc(m->arena, sizeof(IrValue));
    v->kind = IRV_CONST;
    v->type = t;
    return v;
}

IrValue *ir_const_int(IrModule *m, IrType *t, uint64_t bits) {
    IrValue *v = new_const(m, t);
    v->c.bits = ir_type_is_int(t) ? ir_int_normalize(t, bits) : bits;
    return v;
}

IrValue *ir_const_float(IrModule *m, IrType *t, double d) {
    IrValue *v = new_const(m, t);
    v->c.f = t->kind == IRT_F32 ? (double)(float)d : d;
    return v;
}

IrValue *ir_const_str(IrModule *m, const char *s, uint32_t len) {
    IrValue *v = new_const(m, ir_type_prim(m, IRT_STR));
    v->str = arena_strndup(m->arena, s, len);
    v->str_len = len;
    return v;
}

IrValue *ir_const_unit(IrModule *m) {
    return new_const(m, ir_type_prim(m, IRT_UNIT));
}

IrInst *ir_emit(IrBlock *b, IrOp op, IrType *type, IrType *result_type, const char *name,
                IrValue **args, int nargs) {
    IrFunc *f = b->func;
    Arena *a = f->module->arena;
    IrInst *in = arena_alloc(a, sizeof(IrInst));
    in->op = op;
    in->type = type;
    in->block = b;
    in->index = -1;
    in->variant = -1;
    if (nargs) {
        in->args = arena_alloc(a, sizeof(IrValue *) * (size_t)nargs);
        memcpy(in->args, args, sizeof(IrValue *) * (size_t)nargs);
    }
    in->nargs = nargs;
    if (result_type) {
        in->result = new_value(f, IRV_INST, result_type, name);
        in->result->def = in;
        in->result->block = b;
    }
    GROW(b->insts, b->ninsts, b->insts_cap, a);
    b->insts[b->ninsts++] = in;
    return in;
}

IrTarget *ir_inst_set_targets(IrInst *in, int n) {
    in->targets = arena_alloc(in->block->func->module->arena, sizeof(IrTarget) * (size_t)n);
    in->ntargets = n;
    return in->targets;
}

void ir_target_set_args(IrFunc *f, IrTarget *t, IrValue **args, int n) {
    t->nargs = n;
    if (n) {
        t->args = arena_alloc(f->module->arena, sizeof(IrValue *) * (size_t)n);
        memcpy(t->args, args, sizeof(IrValue *) * (size_t)n);
    }
}

static const char *OP_NAMES[IR_OP_COUNT] = {
    [IR_COPY] = "copy",
    [IR_ADD_OVF] = "add.ovf",
    [IR_SUB_OVF] = "sub.ovf",
    [IR_MUL_OVF] = "mul.ovf",
    [IR_DIV_OVF] = "div.ovf",
    [IR_REM_OVF] = "rem.ovf",
    [IR_NEG_OVF] = "neg.ovf",
    [IR_SHL_OVF] = "shl.ovf",
    [IR_SHR_OVF] = "shr.ovf",
    [IR_ADD_WRAP] = "add.wrap",
    [IR_SUB_WRAP] = "sub.wrap",
    [IR_MUL_WRAP] = "mul.wrap",
    [IR_DIV_WRAP] = "div.wrap",
    [IR_REM_WRAP] = "rem.wrap",
    [IR_NEG_WRAP] = "neg.wrap",
    [IR_SHL_WRAP] = "shl.wrap",
    [IR_SHR_WRAP] = "shr.wrap",
    [IR_ADD_SAT] = "add.sat",
    [IR_SUB_SAT] = "sub.sat",
    [IR_MUL_SAT] = "mul.sat",
    [IR_ADD_CHECKED] = "add.checked",
    [IR_SUB_CHECKED] = "sub.checked",
    [IR_MUL_CHECKED] = "mul.checked",
    [IR_DIV_CHECKED] = "div.checked",
    [IR_AND] = "and",
    [IR_OR] = "or",
    [IR_XOR] = "xor",
    [IR_NOT] = "not",
    [IR_FADD] = "fadd",
    [IR_FSUB] = "fsub",
    [IR_FMUL] = "fmul",
    [IR_FDIV] = "fdiv",
    [IR_FREM] = "frem",
    [IR_FNEG] = "fneg",
    [IR_EQ] = "eq",
    [IR_NE] = "ne",
    [IR_LT] = "lt",
    [IR_LE] = "le",
    [IR_GT] = "gt",
    [IR_GE] = "ge",
    [IR_CAST] = "cast",
    [IR_SELECT] = "select",
    [IR_MAKE] = "make",
    [IR_EXTRACT] = "extract",
    [IR_INSERT] = "insert",
    [IR_VARIANT] = "variant",
    [IR_TAG] = "tag",
    [IR_PAYLOAD] = "payload",
    [IR_SLOT] = "slot",
    [IR_FIELD] = "field",
    [IR_VFIELD] = "vfield",
    [IR_ELEM] = "elem",
    [IR_LOAD] = "load",
    [IR_STORE] = "store",
    [IR_BOUNDS] = "bounds",
    [IR_BOX_NEW] = "box.new",
    [IR_DEREF] = "deref",
    [IR_RETAIN] = "retain",
    [IR_RELEASE] = "release",
    [IR_DROP] = "drop",
    [IR_CLONE] = "clone",
    [IR_CALL] = "call",
    [IR_CALL_RT] = "call.rt",
    [IR_CALL_IND] = "call.ind",
    [IR_FNREF] = "fnref",
    [IR_CLOSURE] = "closure",
    [IR_FMT] = "fmt",
    [IR_FMT_DEBUG] = "fmt.debug",
    [IR_JMP] = "jmp",
    [IR_BR] = "br",
    [IR_SWITCH] = "switch",
    [IR_RET] = "ret",
    [IR_PANIC] = "panic",
    [IR_PANIC_STR] = "panic.str",
};

const char *ir_op_name(IrOp op) {
    return op < IR_OP_COUNT ? OP_NAMES[op] : "?";
}

int ir_op_from_name(const char *name, size_t len) {
    for (int i = 0; i < IR_OP_COUNT; i++)
        if (strlen(OP_NAMES[i]) == len && memcmp(OP_NAMES[i], name, len) == 0)
            return i;
    return -1;
}

IrType *ir_result_type(IrModule *m, const IrInst *in) {
    IrType *t = in->type;
    switch (in->op) {
    case IR_ADD_CHECKED:
    case IR_SUB_CHECKED:
    case IR_MUL_CHECKED:
    case IR_DIV_CHECKED:
        return ir_type_of(m, IRT_OPTION, t, NULL);
    case IR_EQ:
    case IR_NE:
    case IR_LT:
    case IR_LE:
    case IR_GT:
    case IR_GE:
        return ir_type_prim(m, IRT_BOOL);
    case IR_EXTRACT:
        if (in->index < 0 || in->index >= ir_type_nfields(t))
            return NULL;
        return ir_type_field(t, in->index);
    case IR_TAG:
        return ir_type_prim(m, IRT_U32);
    case IR_PAYLOAD:
        if (in->variant < 0 || in->variant >= ir_type_nvariants(t) || in->index < 0 ||
            in->index >= ir_type_variant_nfields(t, in->variant))
            return NULL;
        return ir_type_variant_field(t, in->variant, in->index);
    case IR_SLOT:
    case IR_FIELD:
    case IR_VFIELD:
    case IR_ELEM:
    case IR_DEREF:
        return ir_type_prim(m, IRT_PTR);
    case IR_STORE:
    case IR_BOUNDS:
    case IR_RETAIN:
    case IR_RELEASE:
    case IR_DROP:
    case IR_FMT:
    case IR_FMT_DEBUG:
        return NULL;
    case IR_CALL:
    case IR_CALL_RT:
    case IR_CALL_IND:
        return t->kind == IRT_UNIT ? NULL : t;
    default:
        return ir_op_is_terminator(in->op) ? NULL : t;
    }
}

IrType *ir_operand_type(IrModule *m, const IrInst *in, int i) {
    IrType *t = in->type;
    switch (in->op) {
    case IR_CAST:
    case IR_CLOSURE:
    case IR_PANIC_STR:
        return NULL;
    case IR_SELECT:
        return i == 0 ? ir_type_prim(m, IRT_BOOL) : t;
    case IR_MAKE:
        return i < ir_type_nfields(t) ? ir_type_field(t, i) : NULL;
    case IR_INSERT:
        if (i == 0)
            return t;
        return in->index >= 0 && in->index < ir_type_nfields(t) ? ir_type_field(t, in->index)
                                                                : NULL;
    case IR_VARIANT:
        if (in->variant < 0 || in->variant >= ir_type_nvariants(t) ||
            i >= ir_type_variant_nfields(t, in->variant))
            return NULL;
        return ir_type_variant_field(t, in->variant, i);
    case IR_FIELD:
    case IR_VFIELD:
    case IR_LOAD:
        return ir_type_prim(m, IRT_PTR);
    case IR_ELEM:
        return i == 0 ? ir_type_prim(m, IRT_PTR) : ir_type_prim(m, IRT_USIZE);
    case IR_STORE:
        return i == 0 ? ir_type_prim(m, IRT_PTR) : t;
    case IR_BOUNDS:
        return ir_type_prim(m, IRT_USIZE);
    case IR_BOX_NEW:
        return t->nelems ? t->elems[0] : NULL;
    case IR_CALL:
        if (!in->callee || !in->callee->type || i >= in->callee->type->nelems)
            return NULL;
        return in->callee->type->elems[i];
    case IR_CALL_RT:
        return ir_intrinsic_param_type(m, in, i);
    case IR_CALL_IND: {
        if (i == 0 || !in->args || !in->args[0] || in->args[0]->kind == IRV_CONST)
            return NULL;
        IrType *ft = in->args[0]->type;
        if ((ft->kind != IRT_FN && ft->kind != IRT_CLOSURE) || i - 1 >= ft->nelems)
            return NULL;
        return ft->elems[i - 1];
    }
    case IR_FMT:
    case IR_FMT_DEBUG:
        if (i == 0)
            return ir_type_prim(m, IRT_STRING);
        return i == 1 ? t : ir_type_prim(m, IRT_STR);
    case IR_BR:
        return ir_type_prim(m, IRT_BOOL);
    case IR_RET:
        return in->block ? in->block->func->ret : NULL;
    default:
        return t;
    }
}

uint64_t ir_int_normalize(const IrType *t, uint64_t bits) {
    switch (t->kind) {
    case IRT_I8:
        return (uint64_t)(int64_t)(int8_t)bits;
    case IRT_I16:
        return (uint64_t)(int64_t)(int16_t)bits;
    case IRT_I32:
        return (uint64_t)(int64_t)(int32_t)bits;
    case IRT_U8:
        return bits & 0xff;
    case IRT_U16:
        return bits & 0xffff;
    case IRT_U32:
    case IRT_CHAR:
        return bits & 0xffffffffu;
    case IRT_BOOL:
        return bits & 1;
    default:
        return bits;
    }
}

int64_t ir_int_min(const IrType *t) {
    if (!ir_type_is_signed(t))
        return 0;
    int b = ir_type_bits(t);
    return b == 64 ? INT64_MIN : -((int64_t)1 << (b - 1));
}

uint64_t ir_int_max(const IrType *t) {
    int b = ir_type_bits(t);
    if (ir_type_is_signed(t))
        return b == 64 ? (uint64_t)INT64_MAX : ((uint64_t)1 << (b - 1)) - 1;
    return b == 64 ? UINT64_MAX : ((uint64_t)1 << b) - 1;
}
