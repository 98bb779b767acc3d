/* IR verifier; see ir_verify.h. Messages name the instruction by its opcode
 * and operand position so a reader finds it without the printed IR. */
#include "ir_verify.h"
#include "ir_text.h"

#include "runtime/rt_fmt.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define MAX_ERRORS 100

typedef struct Ctx {
    IrModule *m;
    IrVerifyResult *res;
    const IrFunc *f;
    const IrBlock *b;
    const IrInst *in;
} Ctx;

static void err(Ctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void err(Ctx *c, const char *fmt, ...) {
    IrVerifyResult *r = c->res;
    if (r->nerrors >= MAX_ERRORS)
        return;
    if (r->nerrors == r->cap) {
        int cap = r->cap ? r->cap * 2 : 8;
        IrVerifyError *e = arena_alloc(c->m->arena, sizeof(IrVerifyError) * (size_t)cap);
        if (r->nerrors)
            memcpy(e, r->errors, sizeof(IrVerifyError) * (size_t)r->nerrors);
        r->errors = e;
        r->cap = cap;
    }
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    IrVerifyError *e = &r->errors[r->nerrors++];
    e->func = c->f;
    e->block = c->b;
    e->inst = c->in;
    e->loc = c->in ? c->in->loc : c->f->loc;
    e->msg = arena_strdup(c->m->arena, buf);
}

static const char *tn(Ctx *c, const IrType *t) {
    return t ? ir_type_str(c->m->arena, t) : "?";
}

static const char *vn(Ctx *c, const IrValue *v) {
    if (v->kind != IRV_CONST)
        return arena_printf(c->m->arena, "%%%s", v->name);
    return "constant";
}

int ir_dominators(const IrFunc *f, Arena *arena, int **idom_out, int **rpo_out) {
    int n = f->nblocks;
    int *idom = arena_alloc(arena, sizeof(int) * (size_t)(n ? n : 1));
    int *rpo = arena_alloc(arena, sizeof(int) * (size_t)(n ? n : 1));
    int *order = arena_alloc(arena, sizeof(int) * (size_t)(n ? n : 1)); /* block -> rpo pos */
    int *stack = arena_alloc(arena, sizeof(int) * (size_t)(n ? n : 1));
    int *next_succ = arena_alloc(arena, sizeof(int) * (size_t)(n ? n : 1));
    bool *seen = arena_alloc(arena, sizeof(bool) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++)
        idom[i] = -1;
    int npost = 0, sp = 0;
    int *post = arena_alloc(arena, sizeof(int) * (size_t)(n ? n : 1));
    if (n) {
        stack[sp++] = 0;
        seen[0] = true;
    }
    /* Iterative DFS for the post-order. */
    while (sp) {
        int b = stack[sp - 1];
        IrBlock *bl = f->blocks[b];
        IrInst *term = bl->ninsts ? bl->insts[bl->ninsts - 1] : NULL;
        int nt = term && ir_op_is_terminator(term->op) ? term->ntargets : 0;
        if (next_succ[b] < nt) {
            IrBlock *s = term->targets[next_succ[b]++].block;
            if (s && !seen[s->index]) {
                seen[s->index] = true;
                stack[sp++] = s->index;
            }
        } else {
            post[npost++] = b;
            sp--;
        }
    }
    for (int i = 0; i < npost; i++) {
        rpo[i] = post[npost - 1 - i];
        order[rpo[i]] = i;
    }
    /* Predecessor lists. */
    int *npred = arena_alloc(arena, sizeof(int) * (size_t)(n ? n : 1));
    int **preds = arena_alloc(arena, sizeof(int *) * (size_t)(n ? n : 1));
    for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < n; i++) {
            if (pass == 1)
                preds[i] = arena_alloc(arena, sizeof(int) * (size_t)(npred[i] ? npred[i] : 1));
            if (pass == 1)
                npred[i] = 0;
        }
        for (int i = 0; i < npost; i++) {
            IrBlock *bl = f->blocks[rpo[i]];
            IrInst *term = bl->ninsts ? bl->insts[bl->ninsts - 1] : NULL;
            int nt = term && ir_op_is_terminator(term->op) ? term->ntargets : 0;
            for (int k = 0; k < nt; k++) {
                IrBlock *s = term->targets[k].block;
                if (!s)
                    continue;
                if (pass == 1)
                    preds[s->index][npred[s->index]] = rpo[i];
                npred[s->index]++;
            }
        }
    }
    if (n)
        idom[0] = 0;
    bool changed = true;
    while (changed) {
        changed = false;
        for (int i = 1; i < npost; i++) {
            int b = rpo[i], nd = -1;
            for (int k = 0; k < npred[b]; k++) {
                int p = preds[b][k];
                if (idom[p] < 0)
                    continue;
                if (nd < 0) {
                    nd = p;
                    continue;
                }
                int x = p, y = nd;
                while (x != y) {
                    while (order[x] > order[y])
                        x = idom[x];
                    while (order[y] > order[x])
                        y = idom[y];
                }
                nd = x;
            }
            if (nd >= 0 && idom[b] != nd) {
                idom[b] = nd;
                changed = true;
            }
        }
    }
    *idom_out = idom;
    if (rpo_out)
        *rpo_out = rpo;
    return npost;
}

bool ir_dominates(const int *idom, int a, int b) {
    if (idom[b] < 0 || idom[a] < 0)
        return false;
    for (;;) {
        if (a == b)
            return true;
        if (b == 0)
            return false;
        b = idom[b];
    }
}

static bool is_enumlike(const IrType *t) {
    return t->kind == IRT_ENUM || t->kind == IRT_OPTION || t->kind == IRT_RESULT;
}

static bool is_aggregate(const IrType *t) {
    return t->kind == IRT_STRUCT || t->kind == IRT_TUPLE || t->kind == IRT_ARRAY;
}

static bool is_handle(const IrType *t) {
    return t->kind == IRT_BOX || t->kind == IRT_RC || t->kind == IRT_ARC;
}

static bool displayable(const IrType *t) {
    if (ir_type_is_int(t) || ir_type_is_float(t) || t->kind == IRT_BOOL || t->kind == IRT_CHAR ||
        t->kind == IRT_STR || t->kind == IRT_STRING)
        return true;
    return is_handle(t) && displayable(t->elems[0]);
}

static bool cast_ok(const IrType *from, const IrType *to) {
    bool fnum = ir_type_is_int(from) || ir_type_is_float(from);
    bool tnum = ir_type_is_int(to) || ir_type_is_float(to);
    if (fnum && tnum)
        return true;
    if ((from->kind == IRT_BOOL || from->kind == IRT_CHAR) && ir_type_is_int(to))
        return true;
    if (to->kind == IRT_CHAR)
        return from->kind == IRT_U8 || from->kind == IRT_CHAR;
    return from == to;
}

/* Checks the instruction's type class and shape; operand types are checked
 * generically afterwards. */
static void check_shape(Ctx *c, const IrInst *in) {
    IrType *t = in->type;
    const char *op = ir_op_name(in->op);
    switch (in->op) {
    case IR_ADD_OVF ... IR_DIV_CHECKED:
        if (!ir_type_is_int(t))
            err(c, "`%s` needs an integer type, found `%s`", op, tn(c, t));
        break;
    case IR_AND:
    case IR_OR:
    case IR_XOR:
    case IR_NOT:
        if (!ir_type_is_int(t) && t->kind != IRT_BOOL)
            err(c, "`%s` needs an integer or bool type, found `%s`", op, tn(c, t));
        break;
    case IR_FADD ... IR_FNEG:
        if (!ir_type_is_float(t))
            err(c, "`%s` needs a float type, found `%s`", op, tn(c, t));
        break;
    case IR_EQ:
    case IR_NE:
        if (!ir_type_is_scalar(t) || t->kind == IRT_UNIT)
            err(c, "`%s` compares scalars, not `%s`", op, tn(c, t));
        break;
    case IR_LT ... IR_GE:
        if (!ir_type_is_int(t) && !ir_type_is_float(t) && t->kind != IRT_CHAR &&
            t->kind != IRT_BOOL)
            err(c, "`%s` needs an integer, float, char or bool type, found `%s`", op, tn(c, t));
        break;
    case IR_CAST:
        if (in->nargs == 1 && in->args[0] && !cast_ok(in->args[0]->type, t))
            err(c, "cannot cast `%s` to `%s`", tn(c, in->args[0]->type), tn(c, t));
        break;
    case IR_MAKE:
        if (!is_aggregate(t))
            err(c, "`make` needs a struct, tuple or array type, found `%s`", tn(c, t));
        else if (in->nargs != ir_type_nfields(t))
            err(c, "`make %s` needs %d operands, found %d", tn(c, t), ir_type_nfields(t),
                in->nargs);
        break;
    case IR_EXTRACT:
    case IR_INSERT:
    case IR_FIELD:
        if (!is_aggregate(t))
            err(c, "`%s` needs a struct, tuple or array type, found `%s`", op, tn(c, t));
        else if (in->index < 0 || in->index >= ir_type_nfields(t))
            err(c, "field index %d out of range for `%s` (%d fields)", in->index, tn(c, t),
                ir_type_nfields(t));
        break;
    case IR_VARIANT:
        if (in->variant >= 0 && in->nargs != ir_type_variant_nfields(t, in->variant))
            err(c, "variant `%s` of `%s` has %d fields, found %d operands",
                ir_type_variant_name(t, in->variant), tn(c, t),
                ir_type_variant_nfields(t, in->variant), in->nargs);
        break;
    case IR_TAG:
        if (!is_enumlike(t))
            err(c, "`tag` needs an enum, option or result type, found `%s`", tn(c, t));
        break;
    case IR_PAYLOAD:
    case IR_VFIELD:
        if (in->variant >= 0 &&
            (in->index < 0 || in->index >= ir_type_variant_nfields(t, in->variant)))
            err(c, "field index %d out of range for variant `%s` of `%s`", in->index,
                ir_type_variant_name(t, in->variant), tn(c, t));
        break;
    case IR_ELEM:
        if (t->kind != IRT_ARRAY)
            err(c, "`elem` needs an array type, found `%s`", tn(c, t));
        break;
    case IR_BOX_NEW:
    case IR_DEREF:
        if (!is_handle(t))
            err(c, "`%s` needs a box, rc or arc type, found `%s`", op, tn(c, t));
        break;
    case IR_RETAIN:
    case IR_RELEASE:
        if (t->kind != IRT_RC && t->kind != IRT_ARC && t->kind != IRT_CLOSURE && t->kind != IRT_STR)
            err(c, "`%s` needs an rc, arc, closure or str type, found `%s`", op, tn(c, t));
        break;
    case IR_CALL:
        if (!in->callee)
            break;
        if (in->nargs != in->callee->type->nelems)
            err(c, "`@%s` takes %d argument%s, found %d", in->callee->name,
                in->callee->type->nelems, in->callee->type->nelems == 1 ? "" : "s", in->nargs);
        else if (t != in->callee->ret)
            err(c, "call type `%s` differs from `@%s`'s result type `%s`", tn(c, t),
                in->callee->name, tn(c, in->callee->ret));
        break;
    case IR_CALL_RT: {
        char msg[400];
        if (!ir_intrinsic_check(c->m, in, msg, sizeof msg))
            err(c, "%s", msg);
        break;
    }
    case IR_CALL_IND: {
        IrType *ft = in->args[0]->type;
        if (ft->kind != IRT_FN && ft->kind != IRT_CLOSURE)
            err(c, "`call.ind` needs a fn or closure value, found `%s`", tn(c, ft));
        else if (in->nargs - 1 != ft->nelems)
            err(c, "`%s` takes %d argument%s, found %d", tn(c, ft), ft->nelems,
                ft->nelems == 1 ? "" : "s", in->nargs - 1);
        else if (t != ft->ret)
            err(c, "call type `%s` differs from the result type `%s`", tn(c, t), tn(c, ft->ret));
        break;
    }
    case IR_FNREF:
        if (in->callee && t != in->callee->type)
            err(c, "`fnref` type `%s` differs from `@%s`'s type `%s`", tn(c, t), in->callee->name,
                tn(c, in->callee->type));
        break;
    case IR_CLOSURE: {
        if (t->kind != IRT_CLOSURE) {
            err(c, "`closure` needs a closure type, found `%s`", tn(c, t));
            break;
        }
        if (!in->callee)
            break;
        IrType *ft = in->callee->type;
        bool ok = ft->nelems == t->nelems + 1 && ft->ret == t->ret && ft->nelems > 0 &&
                  ft->elems[0]->kind == IRT_PTR;
        for (int i = 0; ok && i < t->nelems; i++)
            ok = ft->elems[i + 1] == t->elems[i];
        if (!ok)
            err(c, "`@%s` of type `%s` cannot implement `%s` (it needs a leading ptr parameter)",
                in->callee->name, tn(c, ft), tn(c, t));
        break;
    }
    case IR_FMT:
    case IR_FMT_DEBUG: {
        if (in->op == IR_FMT && !displayable(t))
            err(c, "`fmt` (Display) is not defined for `%s`; use `fmt.debug`", tn(c, t));
        IrValue *spec = in->nargs == 3 ? in->args[2] : NULL;
        if (spec && (spec->kind != IRV_CONST || spec->type->kind != IRT_STR)) {
            err(c, "the format spec of `%s` must be a string constant", op);
        } else if (spec) {
            RtFmtSpec fs;
            char why[160];
            if (!rt_fmt_spec_parse(spec->str, spec->str_len, &fs, why, sizeof why))
                err(c, "bad format spec \"%s\": %s", spec->str, why);
        }
        break;
    }
    case IR_SWITCH:
        if (!ir_type_is_int(t) && t->kind != IRT_CHAR && t->kind != IRT_BOOL)
            err(c, "`switch` needs an integer, char or bool type, found `%s`", tn(c, t));
        for (int i = 1; i < in->ntargets; i++)
            for (int k = 1; k < i; k++)
                if (in->targets[i].case_value == in->targets[k].case_value)
                    err(c, "case %lld appears twice in `switch`",
                        (long long)in->targets[i].case_value);
        break;
    case IR_RET: {
        bool unit = c->f->ret->kind == IRT_UNIT;
        if (in->nargs == 0 && !unit)
            err(c, "`ret` without a value in `@%s`, which returns `%s`", c->f->name,
                tn(c, c->f->ret));
        break;
    }
    case IR_PANIC_STR:
        if (in->args[0]->type->kind != IRT_STR && in->args[0]->type->kind != IRT_STRING)
            err(c, "`panic.str` needs a str or string, found `%s`", tn(c, in->args[0]->type));
        break;
    default:
        break;
    }
}

static void check_operand_types(Ctx *c, const IrInst *in) {
    for (int i = 0; i < in->nargs; i++) {
        IrValue *v = in->args[i];
        if (!v) {
            err(c, "operand %d of `%s` is missing", i + 1, ir_op_name(in->op));
            continue;
        }
        IrType *want = ir_operand_type(c->m, in, i);
        if (want && v->type != want)
            err(c, "operand %d of `%s` (%s) has type `%s`, expected `%s`", i + 1,
                ir_op_name(in->op), vn(c, v), tn(c, v->type), tn(c, want));
    }
    for (int k = 0; k < in->ntargets; k++) {
        const IrTarget *tg = &in->targets[k];
        if (!tg->block)
            continue;
        if (tg->block->index == 0) {
            err(c, "`%s` jumps to the entry block `%s`", ir_op_name(in->op), tg->block->name);
            continue;
        }
        if (tg->nargs != tg->block->nparams) {
            err(c, "block `%s` takes %d argument%s, %d given", tg->block->name, tg->block->nparams,
                tg->block->nparams == 1 ? "" : "s", tg->nargs);
            continue;
        }
        for (int i = 0; i < tg->nargs; i++)
            if (tg->args[i] && tg->args[i]->type != tg->block->params[i]->type)
                err(c, "argument %d to block `%s` (%s) has type `%s`, expected `%s`", i + 1,
                    tg->block->name, vn(c, tg->args[i]), tn(c, tg->args[i]->type),
                    tn(c, tg->block->params[i]->type));
    }
}

static void check_use(Ctx *c, const int *idom, const IrValue *v, int pos) {
    if (!v || v->kind == IRV_CONST)
        return;
    const IrBlock *db = v->block;
    if (!db || db->func != c->f) {
        err(c, "%s is not a value of `@%s`", vn(c, v), c->f->name);
        return;
    }
    if (db == c->b) {
        if (v->kind == IRV_INST) {
            int dpos = -1;
            for (int i = 0; i < db->ninsts; i++)
                if (db->insts[i] == v->def)
                    dpos = i;
            if (dpos >= pos)
                err(c, "%s is used before its definition in block `%s`", vn(c, v), db->name);
        }
        return;
    }
    if (!ir_dominates(idom, db->index, c->b->index))
        err(c, "%s (defined in block `%s`) does not dominate this use in block `%s`", vn(c, v),
            db->name, c->b->name);
}

static void verify_func(Ctx *c, IrFunc *f) {
    c->f = f;
    c->b = NULL;
    c->in = NULL;
    if (f->nblocks == 0) {
        err(c, "function `@%s` has no blocks", f->name);
        return;
    }
    int *idom, *rpo;
    ir_dominators(f, c->m->arena, &idom, &rpo);
    for (int bi = 0; bi < f->nblocks; bi++) {
        IrBlock *b = f->blocks[bi];
        c->b = b;
        c->in = NULL;
        if (b->ninsts == 0 || !ir_op_is_terminator(b->insts[b->ninsts - 1]->op)) {
            if (b->ninsts)
                c->in = b->insts[b->ninsts - 1];
            err(c, "block `%s` does not end with a terminator", b->name);
        }
        for (int i = 0; i < b->ninsts; i++) {
            IrInst *in = b->insts[i];
            c->in = in;
            if (ir_op_is_terminator(in->op) && i != b->ninsts - 1)
                err(c, "terminator `%s` is not the last instruction of block `%s`",
                    ir_op_name(in->op), b->name);
            check_shape(c, in);
            check_operand_types(c, in);
            IrType *want = ir_result_type(c->m, in);
            if (in->result && in->result->type != want)
                err(c, "the result of `%s` has type `%s`, expected `%s`", ir_op_name(in->op),
                    tn(c, in->result->type), tn(c, want));
            if (idom[bi] < 0)
                continue; /* unreachable: no dominance facts */
            for (int a = 0; a < in->nargs; a++)
                check_use(c, idom, in->args[a], i);
            for (int k = 0; k < in->ntargets; k++)
                for (int a = 0; a < in->targets[k].nargs; a++)
                    check_use(c, idom, in->targets[k].args[a], i);
        }
    }
}

int ir_verify(IrModule *m, IrVerifyResult *res) {
    memset(res, 0, sizeof *res);
    Ctx c = {m, res, NULL, NULL, NULL};
    for (int i = 0; i < m->nfuncs; i++)
        verify_func(&c, m->funcs[i]);
    return res->nerrors;
}
