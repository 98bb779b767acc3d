/* Shared optimizer helpers; see opt_util.h. */
#include "opt_util.h"

#include <stdlib.h>
#include <string.h>

/* Intrinsics without effects whose result depends only on the arguments. */
static const char *const PURE_INTRINSICS[] = {"f64_sqrt", "f64_abs", "f64_floor",
                                              "f64_pow",  "f64_sin", "f64_cos"};
/* Intrinsics that never panic (the rest may: vec_ptr, vec_remove, ...). */
static const char *const QUIET_INTRINSICS[] = {
    "string_new",        "string_from",     "string_push_str", "string_push_string",
    "string_push_char",  "string_len",      "string_as_str",   "string_eq",
    "str_len",           "str_eq",          "str_cmp",         "print_str",
    "print_string",      "eprint_str",      "eprint_string",   "vec_new",
    "vec_with_capacity", "vec_push",        "vec_pop",         "vec_len",
    "vec_clear",         "map_new",         "map_insert",      "map_get",
    "map_remove",        "map_contains",    "map_len",         "map_keys",
    "rc_strong_count",   "arc_strong_count"};

static bool in_list(const char *name, const char *const *list, size_t n) {
    for (size_t i = 0; name && i < n; i++)
        if (strcmp(name, list[i]) == 0)
            return true;
    return false;
}

static bool pure_intrinsic(const IrInst *in) {
    return in->op == IR_CALL_RT &&
           in_list(in->name, PURE_INTRINSICS, sizeof PURE_INTRINSICS / sizeof *PURE_INTRINSICS);
}

bool opt_is_pure(const IrInst *in) {
    switch (in->op) {
    case IR_CALL_RT:
        return pure_intrinsic(in);
    case IR_COPY:
    case IR_ADD_WRAP:
    case IR_SUB_WRAP:
    case IR_MUL_WRAP:
    case IR_NEG_WRAP:
    case IR_SHL_WRAP:
    case IR_SHR_WRAP:
    case IR_ADD_SAT:
    case IR_SUB_SAT:
    case IR_MUL_SAT:
    case IR_ADD_CHECKED:
    case IR_SUB_CHECKED:
    case IR_MUL_CHECKED:
    case IR_DIV_CHECKED:
    case IR_AND:
    case IR_OR:
    case IR_XOR:
    case IR_NOT:
    case IR_FADD:
    case IR_FSUB:
    case IR_FMUL:
    case IR_FDIV:
    case IR_FREM:
    case IR_FNEG:
    case IR_EQ:
    case IR_NE:
    case IR_LT:
    case IR_LE:
    case IR_GT:
    case IR_GE:
    case IR_CAST:
    case IR_SELECT:
    case IR_MAKE:
    case IR_EXTRACT:
    case IR_INSERT:
    case IR_VARIANT:
    case IR_TAG:
    case IR_PAYLOAD:
    case IR_FIELD:
    case IR_VFIELD:
    case IR_ELEM:
    case IR_DEREF:
    case IR_FNREF:
        return true;
    default:
        return false;
    }
}

bool opt_may_panic(const IrInst *in) {
    switch (in->op) {
    case IR_ADD_OVF:
    case IR_SUB_OVF:
    case IR_MUL_OVF:
    case IR_DIV_OVF:
    case IR_REM_OVF:
    case IR_NEG_OVF:
    case IR_SHL_OVF:
    case IR_SHR_OVF:
    case IR_DIV_WRAP:
    case IR_REM_WRAP:
    case IR_BOUNDS:
    case IR_CALL:
    case IR_CALL_IND:
    case IR_PANIC:
    case IR_PANIC_STR:
        return true;
    case IR_CALL_RT:
        return !pure_intrinsic(in) && !in_list(in->name, QUIET_INTRINSICS,
                                               sizeof QUIET_INTRINSICS / sizeof *QUIET_INTRINSICS);
    default:
        return false;
    }
}

bool opt_removable_if_unused(const IrInst *in) {
    return opt_is_pure(in) || in->op == IR_LOAD || in->op == IR_SLOT;
}

IrInst *opt_term(const IrBlock *b) {
    if (!b->ninsts)
        return NULL;
    IrInst *t = b->insts[b->ninsts - 1];
    return ir_op_is_terminator(t->op) ? t : NULL;
}

OptPreds opt_preds(Arena *a, const IrFunc *f) {
    OptPreds p;
    int n = f->nblocks ? f->nblocks : 1;
    p.n = arena_alloc(a, sizeof(int) * (size_t)n);
    p.list = arena_alloc(a, sizeof(IrBlock **) * (size_t)n);
    for (int b = 0; b < f->nblocks; b++) {
        IrInst *t = opt_term(f->blocks[b]);
        for (int k = 0; t && k < t->ntargets; k++)
            p.n[t->targets[k].block->index]++;
    }
    for (int b = 0; b < f->nblocks; b++) {
        p.list[b] = arena_alloc(a, sizeof(IrBlock *) * (size_t)(p.n[b] ? p.n[b] : 1));
        p.n[b] = 0;
    }
    for (int b = 0; b < f->nblocks; b++) {
        IrInst *t = opt_term(f->blocks[b]);
        for (int k = 0; t && k < t->ntargets; k++) {
            int s = t->targets[k].block->index;
            p.list[s][p.n[s]++] = f->blocks[b];
        }
    }
    return p;
}

static IrValue *resolve(IrValue *v, IrValue **map, uint32_t nmap) {
    for (int guard = 0; v && v->kind != IRV_CONST && v->id < nmap && map[v->id] && guard < 1000;
         guard++)
        v = map[v->id];
    return v;
}

bool opt_const_ok(IrModule *m, const IrInst *in, int i) {
    if (in->op == IR_RET || in->op == IR_BR || in->op == IR_SWITCH)
        return true;
    return ir_operand_type(m, in, i) != NULL;
}

uint32_t *opt_use_counts(Arena *a, const IrFunc *f) {
    uint32_t *n = arena_alloc(a, sizeof(uint32_t) * (f->nvalues ? f->nvalues : 1));
    for (int b = 0; b < f->nblocks; b++)
        for (int i = 0; i < f->blocks[b]->ninsts; i++) {
            IrInst *in = f->blocks[b]->insts[i];
            for (int k = 0; k < in->nargs; k++)
                if (in->args[k]->kind != IRV_CONST && in->args[k]->id < f->nvalues)
                    n[in->args[k]->id]++;
            for (int t = 0; t < in->ntargets; t++)
                for (int k = 0; k < in->targets[t].nargs; k++) {
                    IrValue *v = in->targets[t].args[k];
                    if (v->kind != IRV_CONST && v->id < f->nvalues)
                        n[v->id]++;
                }
        }
    return n;
}

int opt_replace_uses(IrFunc *f, IrValue **map, uint32_t nmap) {
    int kept = 0;
    for (int b = 0; b < f->nblocks; b++) {
        IrBlock *bl = f->blocks[b];
        for (int i = 0; i < bl->ninsts; i++) {
            IrInst *in = bl->insts[i];
            for (int a = 0; a < in->nargs; a++) {
                IrValue *r = resolve(in->args[a], map, nmap);
                if (r->kind == IRV_CONST && in->args[a]->kind != IRV_CONST &&
                    !opt_const_ok(f->module, in, a)) {
                    /* Keep the nearest non-constant value in the chain. */
                    IrValue *v = in->args[a];
                    while (v->id < nmap && map[v->id] && map[v->id]->kind != IRV_CONST)
                        v = map[v->id];
                    in->args[a] = v;
                    kept += v->id < nmap && map[v->id] != NULL;
                    continue;
                }
                in->args[a] = r;
            }
            for (int k = 0; k < in->ntargets; k++)
                for (int a = 0; a < in->targets[k].nargs; a++)
                    in->targets[k].args[a] = resolve(in->targets[k].args[a], map, nmap);
        }
    }
    return kept;
}

void opt_renumber(IrFunc *f) {
    for (int b = 0; b < f->nblocks; b++)
        f->blocks[b]->index = b;
}

bool opt_remove_unreachable(IrFunc *f) {
    int n = f->nblocks;
    if (!n)
        return false;
    bool *seen = xcalloc((size_t)n, sizeof(bool));
    int *stack = xmalloc(sizeof(int) * (size_t)n);
    int sp = 0;
    stack[sp++] = 0;
    seen[0] = true;
    while (sp) {
        IrInst *t = opt_term(f->blocks[stack[--sp]]);
        for (int k = 0; t && k < t->ntargets; k++) {
            int s = t->targets[k].block->index;
            if (!seen[s]) {
                seen[s] = true;
                stack[sp++] = s;
            }
        }
    }
    int out = 0;
    for (int b = 0; b < n; b++)
        if (seen[b])
            f->blocks[out++] = f->blocks[b];
    f->nblocks = out;
    opt_renumber(f);
    free(seen);
    free(stack);
    return out != n;
}

void opt_block_compact(IrBlock *b) {
    int out = 0;
    for (int i = 0; i < b->ninsts; i++)
        if (b->insts[i])
            b->insts[out++] = b->insts[i];
    b->ninsts = out;
}

void opt_inst_insert(IrBlock *b, int pos, IrInst *in) {
    if (b->ninsts == b->insts_cap) {
        int cap = b->insts_cap ? b->insts_cap * 2 : 4;
        IrInst **n = arena_alloc(b->func->module->arena, sizeof(IrInst *) * (size_t)cap);
        if (b->ninsts)
            memcpy(n, b->insts, sizeof(IrInst *) * (size_t)b->ninsts);
        b->insts = n;
        b->insts_cap = cap;
    }
    memmove(b->insts + pos + 1, b->insts + pos, sizeof(IrInst *) * (size_t)(b->ninsts - pos));
    b->insts[pos] = in;
    b->ninsts++;
    in->block = b;
    if (in->result)
        in->result->block = b;
}

IrInst *opt_inst_new(IrBlock *b, int pos, IrOp op, IrType *type, IrType *result_type,
                     const char *name, IrValue **args, int nargs) {
    IrInst *in = ir_emit(b, op, type, result_type, name, args, nargs);
    b->ninsts--; /* ir_emit appended it; move it to POS */
    opt_inst_insert(b, pos, in);
    return in;
}

void opt_block_remove_param(IrFunc *f, IrBlock *b, int k) {
    for (int i = k + 1; i < b->nparams; i++) {
        b->params[i - 1] = b->params[i];
        b->params[i - 1]->index = i - 1;
    }
    b->nparams--;
    for (int x = 0; x < f->nblocks; x++) {
        IrInst *t = opt_term(f->blocks[x]);
        for (int j = 0; t && j < t->ntargets; j++) {
            IrTarget *tg = &t->targets[j];
            if (tg->block != b || tg->nargs <= k)
                continue;
            for (int i = k + 1; i < tg->nargs; i++)
                tg->args[i - 1] = tg->args[i];
            tg->nargs--;
        }
    }
}

void opt_make_jmp(IrBlock *b, IrTarget t) {
    IrInst *old = opt_term(b);
    IrInst *j = ir_emit(b, IR_JMP, ir_type_prim(b->func->module, IRT_UNIT), NULL, NULL, NULL, 0);
    b->ninsts--;
    IrTarget *nt = ir_inst_set_targets(j, 1);
    nt->block = t.block;
    ir_target_set_args(b->func, nt, t.args, t.nargs);
    j->loc = old ? old->loc : b->func->loc;
    if (old)
        b->insts[b->ninsts - 1] = j;
    else
        opt_inst_insert(b, b->ninsts, j);
}

bool opt_const_equal(const IrValue *a, const IrValue *b) {
    if (a->kind != IRV_CONST || b->kind != IRV_CONST || a->type != b->type)
        return false;
    switch (a->type->kind) {
    case IRT_UNIT:
        return true;
    case IRT_STR:
        return a->str_len == b->str_len && memcmp(a->str, b->str, a->str_len) == 0;
    case IRT_F32:
    case IRT_F64:
        return memcmp(&a->c.f, &b->c.f, sizeof(double)) == 0;
    default:
        return a->c.bits == b->c.bits;
    }
}

bool opt_const_int(const IrValue *v, uint64_t *bits) {
    if (v->kind != IRV_CONST ||
        !(ir_type_is_int(v->type) || v->type->kind == IRT_BOOL || v->type->kind == IRT_CHAR))
        return false;
    *bits = v->c.bits;
    return true;
}

static uint32_t name_hash(const char *s) {
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static void names_add(OptNames *n, const char *s) {
    if ((n->used + 1) * 2 > n->cap) {
        uint32_t cap = n->cap ? n->cap * 2 : 64;
        const char **slots = arena_alloc(n->arena, sizeof(char *) * cap);
        for (uint32_t i = 0; i < n->cap; i++)
            if (n->slots[i]) {
                uint32_t h = name_hash(n->slots[i]) & (cap - 1);
                while (slots[h])
                    h = (h + 1) & (cap - 1);
                slots[h] = n->slots[i];
            }
        n->slots = slots;
        n->cap = cap;
    }
    uint32_t h = name_hash(s) & (n->cap - 1);
    while (n->slots[h]) {
        if (strcmp(n->slots[h], s) == 0)
            return;
        h = (h + 1) & (n->cap - 1);
    }
    n->slots[h] = s;
    n->used++;
}

static bool names_has(const OptNames *n, const char *s) {
    if (!n->cap)
        return false;
    uint32_t h = name_hash(s) & (n->cap - 1);
    while (n->slots[h]) {
        if (strcmp(n->slots[h], s) == 0)
            return true;
        h = (h + 1) & (n->cap - 1);
    }
    return false;
}

void opt_names_init(OptNames *n, Arena *scratch, const IrFunc *f) {
    memset(n, 0, sizeof *n);
    n->arena = scratch;
    for (int b = 0; b < f->nblocks; b++) {
        IrBlock *bl = f->blocks[b];
        names_add(n, bl->name);
        for (int i = 0; i < bl->nparams; i++)
            names_add(n, bl->params[i]->name);
        for (int i = 0; i < bl->ninsts; i++)
            if (bl->insts[i]->result)
                names_add(n, bl->insts[i]->result->name);
    }
}

const char *opt_fresh_name(OptNames *n, const char *base) {
    const char *s = base;
    while (names_has(n, s))
        s = arena_printf(n->arena, "%s.%u", base, ++n->counter);
    names_add(n, s);
    return s;
}

OptInEdges opt_in_edges(Arena *a, const IrFunc *f) {
    OptInEdges e;
    int n = f->nblocks ? f->nblocks : 1;
    e.n = arena_alloc(a, sizeof(int) * (size_t)n);
    e.list = arena_alloc(a, sizeof(OptInEdge *) * (size_t)n);
    for (int b = 0; b < f->nblocks; b++) {
        IrInst *t = opt_term(f->blocks[b]);
        for (int k = 0; t && k < t->ntargets; k++)
            e.n[t->targets[k].block->index]++;
    }
    for (int b = 0; b < f->nblocks; b++) {
        e.list[b] = arena_alloc(a, sizeof(OptInEdge) * (size_t)(e.n[b] ? e.n[b] : 1));
        e.n[b] = 0;
    }
    for (int b = 0; b < f->nblocks; b++) {
        IrInst *t = opt_term(f->blocks[b]);
        for (int k = 0; t && k < t->ntargets; k++) {
            int d = t->targets[k].block->index;
            e.list[d][e.n[d]++] = (OptInEdge){f->blocks[b], k};
        }
    }
    return e;
}

bool opt_needs_value(IrFunc *f, IrValue *v) {
    for (int b = 0; b < f->nblocks; b++)
        for (int i = 0; i < f->blocks[b]->ninsts; i++) {
            IrInst *in = f->blocks[b]->insts[i];
            for (int k = 0; k < in->nargs; k++)
                if (in->args[k] == v && !opt_const_ok(f->module, in, k))
                    return true;
        }
    return false;
}
