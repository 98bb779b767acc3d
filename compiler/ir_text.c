/* Prints the IR in its text form (see ir.h). The printer and ir_parse.c
 * agree exactly: print(parse(print(m))) == print(m). */
#include "ir.h"
#include "ir_text.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *PRIM_NAMES[] = {
    [IRT_I8] = "i8",         [IRT_I16] = "i16",     [IRT_I32] = "i32",
    [IRT_I64] = "i64",       [IRT_ISIZE] = "isize", [IRT_U8] = "u8",
    [IRT_U16] = "u16",       [IRT_U32] = "u32",     [IRT_U64] = "u64",
    [IRT_USIZE] = "usize",   [IRT_F32] = "f32",     [IRT_F64] = "f64",
    [IRT_BOOL] = "bool",     [IRT_CHAR] = "char",   [IRT_UNIT] = "unit",
    [IRT_PTR] = "ptr",       [IRT_STR] = "str",     [IRT_STRING] = "string",
    [IRT_VEC] = "vec",       [IRT_MAP] = "map",     [IRT_BOX] = "box",
    [IRT_RC] = "rc",         [IRT_ARC] = "arc",     [IRT_OPTION] = "option",
    [IRT_RESULT] = "result", [IRT_FN] = "fn",       [IRT_CLOSURE] = "closure",
};

const char *ir_type_kind_name(IrTypeKind k) {
    return k < IRT_COUNT && PRIM_NAMES[k] ? PRIM_NAMES[k] : NULL;
}

void ir_type_print(const IrType *t, FILE *out) {
    switch (t->kind) {
    case IRT_VEC:
    case IRT_MAP:
    case IRT_BOX:
    case IRT_RC:
    case IRT_ARC:
    case IRT_OPTION:
    case IRT_RESULT:
        fprintf(out, "%s<", PRIM_NAMES[t->kind]);
        for (int i = 0; i < t->nelems; i++) {
            if (i)
                fputs(", ", out);
            ir_type_print(t->elems[i], out);
        }
        fputc('>', out);
        return;
    case IRT_TUPLE:
        fputc('(', out);
        for (int i = 0; i < t->nelems; i++) {
            if (i)
                fputs(", ", out);
            ir_type_print(t->elems[i], out);
        }
        fputs(t->nelems == 1 ? ",)" : ")", out);
        return;
    case IRT_ARRAY:
        fputc('[', out);
        ir_type_print(t->elems[0], out);
        fprintf(out, "; %llu]", (unsigned long long)t->len);
        return;
    case IRT_STRUCT:
    case IRT_ENUM:
        fprintf(out, "$%s", t->def->name);
        return;
    case IRT_FN:
    case IRT_CLOSURE:
        fprintf(out, "%s(", PRIM_NAMES[t->kind]);
        for (int i = 0; i < t->nelems; i++) {
            if (i)
                fputs(", ", out);
            ir_type_print(t->elems[i], out);
        }
        fputs(") -> ", out);
        ir_type_print(t->ret, out);
        return;
    default:
        fputs(PRIM_NAMES[t->kind], out);
    }
}

char *ir_type_str(Arena *a, const IrType *t) {
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    ir_type_print(t, f);
    fclose(f);
    char *s = arena_strndup(a, buf, len);
    free(buf);
    return s;
}

/* Shortest decimal that reads back to the same value, always with a `.` or
 * an exponent so it reads back as a float. */
void ir_format_float(char *buf, size_t n, double v, bool is_f32) {
    if (isnan(v)) {
        snprintf(buf, n, "nan");
        return;
    }
    if (isinf(v)) {
        snprintf(buf, n, v < 0 ? "-inf" : "inf");
        return;
    }
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, n, "%.*g", prec, v);
        double back = strtod(buf, NULL);
        if (is_f32 ? (float)back == (float)v : back == v)
            break;
    }
    if (!strpbrk(buf, ".e"))
        strncat(buf, ".0", n - strlen(buf) - 1);
}

void ir_print_str_literal(const char *s, size_t len, FILE *out) {
    fputc('"', out);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"':
            fputs("\\\"", out);
            break;
        case '\\':
            fputs("\\\\", out);
            break;
        case '\n':
            fputs("\\n", out);
            break;
        case '\t':
            fputs("\\t", out);
            break;
        case '\r':
            fputs("\\r", out);
            break;
        case 0:
            fputs("\\0", out);
            break;
        default:
            if (c < 0x20 || c == 0x7f)
                fprintf(out, "\\x%02x", c);
            else
                fputc(c, out);
        }
    }
    fputc('"', out);
}

static void print_value(const IrValue *v, FILE *out) {
    if (v->kind != IRV_CONST) {
        fprintf(out, "%%%s", v->name);
        return;
    }
    const IrType *t = v->type;
    if (t->kind == IRT_STR) {
        ir_print_str_literal(v->str, v->str_len, out);
    } else if (t->kind == IRT_UNIT) {
        fputs("()", out);
    } else if (t->kind == IRT_BOOL) {
        fputs(v->c.bits ? "true" : "false", out);
    } else if (ir_type_is_float(t)) {
        char buf[64];
        ir_format_float(buf, sizeof buf, v->c.f, t->kind == IRT_F32);
        fputs(buf, out);
    } else if (ir_type_is_signed(t)) {
        fprintf(out, "%lld", (long long)(int64_t)v->c.bits);
    } else {
        fprintf(out, "%llu", (unsigned long long)v->c.bits);
    }
}

static void print_args(IrValue **args, int n, FILE *out) {
    fputc('(', out);
    for (int i = 0; i < n; i++) {
        if (i)
            fputs(", ", out);
        print_value(args[i], out);
    }
    fputc(')', out);
}

static void print_target(const IrTarget *t, FILE *out) {
    fputs(t->block->name, out);
    if (t->nargs)
        print_args(t->args, t->nargs, out);
}

static void print_operands(const IrInst *in, int from, FILE *out) {
    for (int i = from; i < in->nargs; i++) {
        fputs(i > from ? ", " : " ", out);
        print_value(in->args[i], out);
    }
}

void ir_print_inst(const IrInst *in, FILE *out) {
    fputs("    ", out);
    if (in->result)
        fprintf(out, "%%%s = ", in->result->name);
    fputs(ir_op_name(in->op), out);
    switch (in->op) {
    case IR_JMP:
        fputc(' ', out);
        print_target(&in->targets[0], out);
        break;
    case IR_BR:
        print_operands(in, 0, out);
        for (int i = 0; i < 2; i++) {
            fputs(", ", out);
            print_target(&in->targets[i], out);
        }
        break;
    case IR_SWITCH:
        fputc(' ', out);
        ir_type_print(in->type, out);
        print_operands(in, 0, out);
        fputs(", ", out);
        print_target(&in->targets[0], out);
        fputs(", [", out);
        for (int i = 1; i < in->ntargets; i++) {
            if (i > 1)
                fputs(", ", out);
            if (ir_type_is_signed(in->type))
                fprintf(out, "%lld: ", (long long)in->targets[i].case_value);
            else
                fprintf(out, "%llu: ", (unsigned long long)in->targets[i].case_value);
            print_target(&in->targets[i], out);
        }
        fputc(']', out);
        break;
    case IR_RET:
    case IR_PANIC_STR:
        print_operands(in, 0, out);
        break;
    case IR_PANIC:
        fputc(' ', out);
        ir_print_str_literal(in->name, in->name_len, out);
        break;
    default:
        fputc(' ', out);
        ir_type_print(in->type, out);
        switch (in->op) {
        case IR_CALL:
        case IR_CLOSURE:
            fprintf(out, " @%s", in->name);
            print_args(in->args, in->nargs, out);
            break;
        case IR_FNREF:
            fprintf(out, " @%s", in->name);
            break;
        case IR_CALL_RT:
            fprintf(out, " %s", in->name);
            print_args(in->args, in->nargs, out);
            break;
        case IR_CALL_IND:
            fputc(' ', out);
            print_value(in->args[0], out);
            print_args(in->args + 1, in->nargs - 1, out);
            break;
        case IR_VARIANT:
            fprintf(out, " %s", ir_type_variant_name(in->type, in->variant));
            print_args(in->args, in->nargs, out);
            break;
        case IR_EXTRACT:
        case IR_FIELD:
            print_operands(in, 0, out);
            fprintf(out, ", %d", in->index);
            break;
        case IR_INSERT:
            fputc(' ', out);
            print_value(in->args[0], out);
            fprintf(out, ", %d, ", in->index);
            print_value(in->args[1], out);
            break;
        case IR_PAYLOAD:
        case IR_VFIELD:
            print_operands(in, 0, out);
            fprintf(out, ", %s, %d", ir_type_variant_name(in->type, in->variant), in->index);
            break;
        default:
            print_operands(in, 0, out);
        }
    }
    if (in->loc.line && !in->loc.implicit) {
        if (in->loc.file)
            fprintf(out, " @%u:%u:%u", in->loc.file, in->loc.line, in->loc.col);
        else
            fprintf(out, " @%u:%u", in->loc.line, in->loc.col);
    }
    fputc('\n', out);
}

void ir_print_func(const IrFunc *f, FILE *out) {
    fprintf(out, "%sfn @%s(", f->inline_hint ? "inline " : "", f->name);
    IrBlock *entry = f->nblocks ? f->blocks[0] : NULL;
    for (int i = 0; entry && i < entry->nparams; i++) {
        if (i)
            fputs(", ", out);
        fprintf(out, "%%%s: ", entry->params[i]->name);
        ir_type_print(entry->params[i]->type, out);
    }
    fputc(')', out);
    if (f->ret->kind != IRT_UNIT) {
        fputs(" -> ", out);
        ir_type_print(f->ret, out);
    }
    if (f->loc.line && !f->loc.implicit) {
        if (f->loc.file)
            fprintf(out, " @%u:%u:%u", f->loc.file, f->loc.line, f->loc.col);
        else
            fprintf(out, " @%u:%u", f->loc.line, f->loc.col);
    }
    fputs(" {\n", out);
    for (int b = 0; b < f->nblocks; b++) {
        IrBlock *bl = f->blocks[b];
        fputs(bl->name, out);
        if (b > 0 && bl->nparams) {
            fputc('(', out);
            for (int i = 0; i < bl->nparams; i++) {
                if (i)
                    fputs(", ", out);
                fprintf(out, "%%%s: ", bl->params[i]->name);
                ir_type_print(bl->params[i]->type, out);
            }
            fputc(')', out);
        }
        fputs(":\n", out);
        for (int i = 0; i < bl->ninsts; i++)
            ir_print_inst(bl->insts[i], out);
    }
    fputs("}\n", out);
}

static void print_typedef(const IrTypeDef *d, FILE *out) {
    fprintf(out, "type $%s = %s {", d->name, d->is_enum ? "enum" : "struct");
    if (d->is_enum) {
        for (int v = 0; v < d->nvariants; v++) {
            fputs(v ? ", " : " ", out);
            fputs(d->variants[v].name, out);
            if (d->variants[v].nfields) {
                fputc('(', out);
                for (int i = 0; i < d->variants[v].nfields; i++) {
                    if (i)
                        fputs(", ", out);
                    ir_type_print(d->variants[v].fields[i], out);
                }
                fputc(')', out);
            }
        }
    } else {
        for (int i = 0; i < d->nfields; i++) {
            fputs(i ? ", " : " ", out);
            if (d->field_names[i])
                fprintf(out, "%s: ", d->field_names[i]);
            ir_type_print(d->fields[i], out);
        }
    }
    fputs(d->nvariants || d->nfields ? " }\n" : "}\n", out);
}

void ir_print_module(const IrModule *m, FILE *out) {
    for (int i = 0; i < m->nfiles; i++) {
        fprintf(out, "file %d ", i);
        ir_print_str_literal(m->files[i], strlen(m->files[i]), out);
        fputc('\n', out);
    }
    if (m->nfiles && (m->ndefs || m->nfuncs))
        fputc('\n', out);
    for (int i = 0; i < m->ndefs; i++)
        print_typedef(m->defs[i], out);
    if (m->ndefs && m->nfuncs)
        fputc('\n', out);
    for (int i = 0; i < m->nfuncs; i++) {
        if (i)
            fputc('\n', out);
        ir_print_func(m->funcs[i], out);
    }
}

char *ir_module_to_string(const IrModule *m) {
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    ir_print_module(m, f);
    fclose(f);
    return buf;
}
