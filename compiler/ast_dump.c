/* `grokc emit ast`: the AST as an indented tree, one node a line, with the
 * node's role in its parent first (`cond:`, `then:`) and its start
 * position last (`@LINE:COL`). Types and paths print inline in source
 * syntax. The format is stable: golden tests and the formatter's
 * round-trip check compare it. */
#include "ast.h"
#include "strbuf.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

typedef struct Dumper {
    const SourceMap *sm;
    FILE *out;
    bool spans;
    int indent;
} Dumper;

const char *binary_op_text(BinaryOp op) {
    static const char *const text[] = {"+",  "-",  "*",  "/",  "%", "&&", "||", "&",  "|", "^",
                                       "<<", ">>", "==", "!=", "<", "<=", ">",  ">=", "!"};
    return text[op];
}

const char *unary_op_text(UnaryOp op) {
    static const char *const text[] = {"-", "!", "*", "&", "&mut "};
    return text[op];
}

static void type_text(StrBuf *sb, const TypeExpr *t);

static void path_text(StrBuf *sb, const Path *p) {
    for (int i = 0; i < p->nsegs; i++) {
        const PathSeg *s = &p->segs[i];
        if (i)
            sb_puts(sb, "::");
        sb_puts(sb, s->name ? s->name : "?");
        if (s->fn_sugar) {
            sb_putc(sb, '(');
            for (int j = 0; j < s->ngenerics; j++) {
                if (j)
                    sb_puts(sb, ", ");
                type_text(sb, s->generics[j]);
            }
            sb_putc(sb, ')');
            if (s->fn_ret) {
                sb_puts(sb, " -> ");
                type_text(sb, s->fn_ret);
            }
        } else if (s->has_generics) {
            sb_putc(sb, '<');
            for (int j = 0; j < s->ngenerics; j++) {
                if (j)
                    sb_puts(sb, ", ");
                type_text(sb, s->generics[j]);
            }
            sb_putc(sb, '>');
        }
    }
}

static void type_text(StrBuf *sb, const TypeExpr *t) {
    if (!t) {
        sb_puts(sb, "?");
        return;
    }
    switch (t->kind) {
    case TE_PATH:
        path_text(sb, &t->path);
        break;
    case TE_REF:
        sb_puts(sb, t->ref.is_mut ? "&mut " : "&");
        type_text(sb, t->ref.inner);
        break;
    case TE_TUPLE:
        sb_putc(sb, '(');
        for (int i = 0; i < t->tuple.nelems; i++) {
            if (i)
                sb_puts(sb, ", ");
            type_text(sb, t->tuple.elems[i]);
        }
        if (t->tuple.nelems == 1)
            sb_putc(sb, ',');
        sb_putc(sb, ')');
        break;
    case TE_ARRAY:
    case TE_SLICE:
        sb_putc(sb, '[');
        type_text(sb, t->array.elem);
        if (t->kind == TE_ARRAY)
            sb_puts(sb, "; <expr>");
        sb_putc(sb, ']');
        break;
    case TE_FN:
        sb_puts(sb, "fn(");
        for (int i = 0; i < t->fn.nparams; i++) {
            if (i)
                sb_puts(sb, ", ");
            type_text(sb, t->fn.params[i]);
        }
        sb_putc(sb, ')');
        if (t->fn.ret) {
            sb_puts(sb, " -> ");
            type_text(sb, t->fn.ret);
        }
        break;
    case TE_INFER:
        sb_putc(sb, '_');
        break;
    case TE_ERROR:
        sb_puts(sb, "<error>");
        break;
    }
}

/* Prints one line: indentation, ROLE (if any), the formatted text, and the
 * position of SPAN. */
static void line(Dumper *d, const char *role, Span span, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void line(Dumper *d, const char *role, Span span, const char *fmt, ...) {
    for (int i = 0; i < d->indent; i++)
        fputs("  ", d->out);
    if (role)
        fprintf(d->out, "%s: ", role);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(d->out, fmt, ap);
    va_end(ap);
    if (d->spans) {
        int l, c;
        source_line_col(d->sm, span.file, span.start, &l, &c);
        fprintf(d->out, " @%d:%d", l, c);
    }
    fputc('\n', d->out);
}

static void dump_expr(Dumper *d, const char *role, const Expr *e);
static void dump_block(Dumper *d, const char *role, const Block *b);
static void dump_item(Dumper *d, const Item *it);

static void dump_type(Dumper *d, const char *role, const TypeExpr *t) {
    if (!t) {
        line(d, role, (Span){0, 0, 0}, "<missing>");
        return;
    }
    StrBuf sb;
    sb_init(&sb);
    type_text(&sb, t);
    line(d, role, t->span, "Type %s", sb.data);
    if (t->kind == TE_ARRAY) {
        /* the length is an expression: show it below */
        d->indent++;
        dump_expr(d, "len", t->array.len);
        d->indent--;
    }
    sb_free(&sb);
}

static char *path_str(const Path *p) {
    StrBuf sb;
    sb_init(&sb);
    path_text(&sb, p);
    if (!sb.data)
        sb_puts(&sb, "");
    return sb_take(&sb);
}

static void dump_pat(Dumper *d, const char *role, const Pat *p) {
    char *s;
    switch (p->kind) {
    case PAT_WILD:
        line(d, role, p->span, "PatWild");
        return;
    case PAT_REST:
        line(d, role, p->span, "PatRest");
        return;
    case PAT_BIND:
        line(d, role, p->span, "PatBind %s%s%s", p->bind.is_ref ? "ref " : "",
             p->bind.is_mut ? "mut " : "", p->bind.name);
        if (p->bind.sub) {
            d->indent++;
            dump_pat(d, "sub", p->bind.sub);
            d->indent--;
        }
        return;
    case PAT_LIT:
        line(d, role, p->span, "PatLit");
        d->indent++;
        dump_expr(d, NULL, p->lit);
        d->indent--;
        return;
    case PAT_RANGE:
        line(d, role, p->span, "PatRange %s", p->range.inclusive ? "..=" : "..");
        d->indent++;
        dump_expr(d, "lo", p->range.lo);
        if (p->range.hi)
            dump_expr(d, "hi", p->range.hi);
        d->indent--;
        return;
    case PAT_TUPLE:
    case PAT_OR:
        line(d, role, p->span, p->kind == PAT_TUPLE ? "PatTuple" : "PatOr");
        d->indent++;
        for (int i = 0; i < p->list.nelems; i++)
            dump_pat(d, NULL, p->list.elems[i]);
        d->indent--;
        return;
    case PAT_STRUCT:
        s = path_str(&p->ctor.path);
        line(d, role, p->span, "PatStruct %s%s", s, p->ctor.has_rest ? " .." : "");
        free(s);
        d->indent++;
        for (int i = 0; i < p->ctor.nfields; i++) {
            const FieldPat *f = p->ctor.fields[i];
            line(d, NULL, f->span, "Field %s%s", f->name, f->shorthand ? " (shorthand)" : "");
            d->indent++;
            if (!f->shorthand)
                dump_pat(d, NULL, f->pat);
            else if (f->pat->bind.is_mut || f->pat->bind.is_ref)
                line(d, NULL, f->pat->span, "%s",
                     f->pat->bind.is_ref ? (f->pat->bind.is_mut ? "ref mut" : "ref") : "mut");
            d->indent--;
        }
        d->indent--;
        return;
    case PAT_TUPLE_STRUCT:
        s = path_str(&p->ctor.path);
        line(d, role, p->span, "PatTupleStruct %s", s);
        free(s);
        d->indent++;
        for (int i = 0; i < p->ctor.nelems; i++)
            dump_pat(d, NULL, p->ctor.elems[i]);
        d->indent--;
        return;
    case PAT_PATH:
        s = path_str(&p->ctor.path);
        line(d, role, p->span, "PatPath %s", s);
        free(s);
        return;
    case PAT_REF:
        line(d, role, p->span, "PatRef%s", p->ref.is_mut ? " mut" : "");
        d->indent++;
        dump_pat(d, NULL, p->ref.inner);
        d->indent--;
        return;
    case PAT_ERROR:
        line(d, role, p->span, "PatError");
        return;
    }
}

static void dump_str(StrBuf *sb, const char *s, uint32_t n) {
    sb_json_str(sb, s, n);
}

static void dump_children(Dumper *d, const char *role, Expr *const *v, int n) {
    for (int i = 0; i < n; i++)
        dump_expr(d, role, v[i]);
}

static void dump_expr_inner(Dumper *d, const char *role, const Expr *e) {
    Span sp = e->span;
    char *s;
    StrBuf sb;
    switch (e->kind) {
    case EX_INT:
        line(d, role, sp, "Int %" PRIu64 "%s", e->int_lit.value,
             num_suffix_name(e->int_lit.suffix));
        return;
    case EX_FLOAT: {
        char num[40];
        snprintf(num, sizeof num, "%.17g", e->float_lit.value);
        if (!strpbrk(num, ".eEni"))
            strcat(num, ".0");
        line(d, role, sp, "Float %s%s", num, num_suffix_name(e->float_lit.suffix));
        return;
    }
    case EX_STR:
        sb_init(&sb);
        dump_str(&sb, e->str_lit.data, e->str_lit.len);
        line(d, role, sp, "Str%s %s", e->str_lit.raw ? " raw" : "", sb.data);
        sb_free(&sb);
        return;
    case EX_CHAR:
        line(d, role, sp, "Char U+%04" PRIX32, e->char_lit);
        return;
    case EX_BOOL:
        line(d, role, sp, "Bool %s", e->bool_lit ? "true" : "false");
        return;
    case EX_PATH:
        s = path_str(&e->path);
        line(d, role, sp, "Path %s", s);
        free(s);
        return;
    case EX_UNARY:
        line(d, role, sp, "Unary %s", unary_op_text(e->unary.op));
        d->indent++;
        dump_expr(d, NULL, e->unary.operand);
        d->indent--;
        return;
    case EX_BINARY:
        line(d, role, sp, "Binary %s", binary_op_text(e->binary.op));
        d->indent++;
        dump_expr(d, NULL, e->binary.lhs);
        dump_expr(d, NULL, e->binary.rhs);
        d->indent--;
        return;
    case EX_ASSIGN:
        line(d, role, sp, "Assign %s=", e->assign.compound ? binary_op_text(e->assign.op) : "");
        d->indent++;
        dump_expr(d, NULL, e->assign.lhs);
        dump_expr(d, NULL, e->assign.rhs);
        d->indent--;
        return;
    case EX_CAST:
        line(d, role, sp, "Cast");
        d->indent++;
        dump_expr(d, NULL, e->cast.expr);
        dump_type(d, "to", e->cast.to);
        d->indent--;
        return;
    case EX_RANGE:
        line(d, role, sp, "Range %s", e->range.inclusive ? "..=" : "..");
        d->indent++;
        if (e->range.lo)
            dump_expr(d, "lo", e->range.lo);
        if (e->range.hi)
            dump_expr(d, "hi", e->range.hi);
        d->indent--;
        return;
    case EX_CALL:
        line(d, role, sp, "Call");
        d->indent++;
        dump_expr(d, "callee", e->call.callee);
        dump_children(d, "arg", e->call.args, e->call.nargs);
        d->indent--;
        return;
    case EX_METHOD_CALL: {
        Path one = {e->method_call.method.span, (PathSeg *)&e->method_call.method, 1, NULL};
        s = path_str(&one);
        line(d, role, sp, "MethodCall %s", s);
        free(s);
        d->indent++;
        dump_expr(d, "recv", e->method_call.recv);
        dump_children(d, "arg", e->method_call.args, e->method_call.nargs);
        d->indent--;
        return;
    }
    case EX_FIELD:
        line(d, role, sp, "Field %s", e->field.name);
        d->indent++;
        dump_expr(d, NULL, e->field.base);
        d->indent--;
        return;
    case EX_INDEX:
        line(d, role, sp, "Index");
        d->indent++;
        dump_expr(d, NULL, e->index.base);
        dump_expr(d, "index", e->index.index);
        d->indent--;
        return;
    case EX_TRY:
    case EX_PAREN:
        line(d, role, sp, e->kind == EX_TRY ? "Try" : "Paren");
        d->indent++;
        dump_expr(d, NULL, e->inner);
        d->indent--;
        return;
    case EX_STRUCT_LIT:
        s = path_str(&e->struct_lit.path);
        line(d, role, sp, "StructLit %s", s);
        free(s);
        d->indent++;
        for (int i = 0; i < e->struct_lit.nfields; i++) {
            const FieldInit *f = e->struct_lit.fields[i];
            line(d, NULL, f->span, "Field %s%s", f->name, f->shorthand ? " (shorthand)" : "");
            if (!f->shorthand) {
                d->indent++;
                dump_expr(d, NULL, f->value);
                d->indent--;
            }
        }
        if (e->struct_lit.base)
            dump_expr(d, "base", e->struct_lit.base);
        d->indent--;
        return;
    case EX_TUPLE:
    case EX_ARRAY:
        line(d, role, sp, e->kind == EX_TUPLE ? "Tuple" : "Array");
        d->indent++;
        dump_children(d, NULL, e->list.elems, e->list.nelems);
        d->indent--;
        return;
    case EX_ARRAY_REPEAT:
        line(d, role, sp, "ArrayRepeat");
        d->indent++;
        dump_expr(d, "value", e->repeat.value);
        dump_expr(d, "count", e->repeat.count);
        d->indent--;
        return;
    case EX_BLOCK:
        if (e->block.label || e->block.is_unsafe) {
            line(d, role, sp, "%s%s%s", e->block.is_unsafe ? "Unsafe" : "Labelled",
                 e->block.label ? " '" : "", e->block.label ? e->block.label : "");
            d->indent++;
            dump_block(d, NULL, e->block.block);
            d->indent--;
        } else {
            dump_block(d, role, e->block.block);
        }
        return;
    case EX_IF:
        line(d, role, sp, e->if_.let_pat ? "IfLet" : "If");
        d->indent++;
        if (e->if_.let_pat)
            dump_pat(d, "pat", e->if_.let_pat);
        dump_expr(d, "cond", e->if_.cond);
        dump_block(d, "then", e->if_.then);
        if (e->if_.els)
            dump_expr(d, "else", e->if_.els);
        d->indent--;
        return;
    case EX_WHILE:
    case EX_LOOP:
        line(d, role, sp, "%s%s%s",
             e->kind == EX_LOOP ? "Loop" : (e->loop.let_pat ? "WhileLet" : "While"),
             e->loop.label ? " '" : "", e->loop.label ? e->loop.label : "");
        d->indent++;
        if (e->loop.let_pat)
            dump_pat(d, "pat", e->loop.let_pat);
        if (e->loop.cond)
            dump_expr(d, "cond", e->loop.cond);
        dump_block(d, "body", e->loop.body);
        d->indent--;
        return;
    case EX_FOR:
        line(d, role, sp, "For%s%s", e->for_.label ? " '" : "", e->for_.label ? e->for_.label : "");
        d->indent++;
        dump_pat(d, "pat", e->for_.pat);
        dump_expr(d, "iter", e->for_.iter);
        dump_block(d, "body", e->for_.body);
        d->indent--;
        return;
    case EX_MATCH:
        line(d, role, sp, "Match");
        d->indent++;
        dump_expr(d, "scrutinee", e->match.scrutinee);
        for (int i = 0; i < e->match.narms; i++) {
            const MatchArm *a = e->match.arms[i];
            line(d, NULL, a->span, "Arm");
            d->indent++;
            dump_pat(d, "pat", a->pat);
            if (a->guard)
                dump_expr(d, "guard", a->guard);
            dump_expr(d, "body", a->body);
            d->indent--;
        }
        d->indent--;
        return;
    case EX_BREAK:
    case EX_CONTINUE:
    case EX_RETURN:
        line(d, role, sp, "%s%s%s",
             e->kind == EX_BREAK      ? "Break"
             : e->kind == EX_CONTINUE ? "Continue"
                                      : "Return",
             e->jump.label ? " '" : "", e->jump.label ? e->jump.label : "");
        if (e->jump.value) {
            d->indent++;
            dump_expr(d, NULL, e->jump.value);
            d->indent--;
        }
        return;
    case EX_CLOSURE:
        line(d, role, sp, "Closure%s", e->closure.is_move ? " move" : "");
        d->indent++;
        for (int i = 0; i < e->closure.nparams; i++) {
            const ClosureParam *cp = e->closure.params[i];
            line(d, NULL, cp->span, "Param");
            d->indent++;
            dump_pat(d, "pat", cp->pat);
            if (cp->ty)
                dump_type(d, "type", cp->ty);
            d->indent--;
        }
        if (e->closure.ret)
            dump_type(d, "ret", e->closure.ret);
        dump_expr(d, "body", e->closure.body);
        d->indent--;
        return;
    case EX_SPAWN:
        line(d, role, sp, "Spawn");
        d->indent++;
        dump_expr(d, NULL, e->spawn_body);
        d->indent--;
        return;
    case EX_MACRO:
        line(d, role, sp, "Macro %s!%s%s", e->macro.name,
             e->macro.delim == MAC_PAREN     ? "()"
             : e->macro.delim == MAC_BRACKET ? "[]"
                                             : "{}",
             e->macro.is_repeat ? " repeat" : "");
        d->indent++;
        dump_children(d, NULL, e->macro.args, e->macro.nargs);
        d->indent--;
        return;
    case EX_ERROR:
        line(d, role, sp, "Error");
        return;
    }
}

static void dump_expr(Dumper *d, const char *role, const Expr *e) {
    if (!e) {
        line(d, role, (Span){0, 0, 0}, "<missing>");
        return;
    }
    dump_expr_inner(d, role, e);
}

static bool expr_is_block_stmt(const Expr *e) {
    return e->kind == EX_BLOCK || e->kind == EX_IF || e->kind == EX_WHILE || e->kind == EX_LOOP ||
           e->kind == EX_FOR || e->kind == EX_MATCH;
}

static void dump_block(Dumper *d, const char *role, const Block *b) {
    line(d, role, b->span, "Block%s", b->tail ? "" : " (no tail)");
    d->indent++;
    for (int i = 0; i < b->nstmts; i++) {
        const Stmt *s = b->stmts[i];
        switch (s->kind) {
        case ST_LET:
            line(d, NULL, s->span, "Let");
            d->indent++;
            dump_pat(d, "pat", s->let.pat);
            if (s->let.ty)
                dump_type(d, "type", s->let.ty);
            if (s->let.init)
                dump_expr(d, "init", s->let.init);
            d->indent--;
            break;
        case ST_EXPR:
            /* A `;` between statements is shown only where it can matter:
             * after a block-like expression (Rust: its type need not be
             * `()`) or after the last statement (no tail). Elsewhere a
             * newline and a `;` are the same, and `grokc fmt` drops it. */
            dump_expr(d,
                      s->expr.expr == b->tail ? "tail"
                      : s->expr.semi && (i == b->nstmts - 1 || expr_is_block_stmt(s->expr.expr))
                          ? "stmt;"
                          : "stmt",
                      s->expr.expr);
            break;
        case ST_ITEM:
            dump_item(d, s->item);
            break;
        }
    }
    d->indent--;
}

static void dump_attr(Dumper *d, const Attr *a) {
    line(d, NULL, a->span, "Attr %s%s", a->name, a->has_args ? "()" : "");
    d->indent++;
    for (int i = 0; i < a->nargs; i++) {
        const AttrArg *g = a->args[i];
        if (g->kind == ATTR_WORD) {
            line(d, NULL, g->span, "Word %s", g->name);
        } else if (g->kind == ATTR_KEY_VALUE) {
            line(d, NULL, g->span, "KeyValue %s", g->name);
            d->indent++;
            dump_expr(d, NULL, g->value);
            d->indent--;
        } else {
            dump_expr(d, "expr", g->value);
        }
    }
    if (a->value)
        dump_expr(d, "value", a->value);
    d->indent--;
}

static void dump_generics(Dumper *d, const Generics *g) {
    for (int i = 0; i < g->nparams; i++) {
        const GenericParam *gp = g->params[i];
        StrBuf sb;
        sb_init(&sb);
        sb_puts(&sb, gp->name);
        for (int j = 0; j < gp->nbounds; j++) {
            sb_puts(&sb, j ? " + " : ": ");
            type_text(&sb, gp->bounds[j]);
        }
        line(d, NULL, gp->span, "Generic %s", sb.data);
        sb_free(&sb);
    }
    for (int i = 0; i < g->nwhere; i++) {
        const WherePred *w = g->where[i];
        StrBuf sb;
        sb_init(&sb);
        type_text(&sb, w->ty);
        for (int j = 0; j < w->nbounds; j++) {
            sb_puts(&sb, j ? " + " : ": ");
            type_text(&sb, w->bounds[j]);
        }
        line(d, NULL, w->span, "Where %s", sb.data);
        sb_free(&sb);
    }
}

static void dump_fields(Dumper *d, FieldDecl *const *f, int n) {
    for (int i = 0; i < n; i++) {
        StrBuf sb;
        sb_init(&sb);
        type_text(&sb, f[i]->ty);
        line(d, NULL, f[i]->span, "Field %s%s%s%s", f[i]->is_pub ? "pub " : "",
             f[i]->name ? f[i]->name : "", f[i]->name ? ": " : "", sb.data);
        sb_free(&sb);
        d->indent++;
        for (int j = 0; j < f[i]->nattrs; j++)
            dump_attr(d, f[i]->attrs[j]);
        d->indent--;
    }
}

static void dump_use(Dumper *d, const UseTree *u) {
    char *s = path_str(&u->prefix);
    const char *kind = u->kind == USE_GLOB ? "::*" : u->kind == USE_GROUP ? "::{}" : "";
    line(d, NULL, u->span, "Use %s%s%s%s", s, kind, u->alias ? " as " : "",
         u->alias ? u->alias : "");
    free(s);
    d->indent++;
    for (int i = 0; i < u->nchildren; i++)
        dump_use(d, u->children[i]);
    d->indent--;
}

static void dump_items(Dumper *d, Item *const *items, int n) {
    for (int i = 0; i < n; i++)
        dump_item(d, items[i]);
}

static const char *shape_name(StructShape s) {
    return s == SHAPE_NAMED ? "named" : s == SHAPE_TUPLE ? "tuple" : "unit";
}

static void dump_item(Dumper *d, const Item *it) {
    static const char *const kinds[] = {"Fn",    "Struct",    "Enum",     "Impl",    "Trait",
                                        "Const", "Static",    "Mod",      "UseItem", "Extern",
                                        "Actor", "TypeAlias", "ItemError"};
    const char *name = it->name ? it->name : "";
    switch (it->kind) {
    case IT_STRUCT:
        line(d, NULL, it->span, "Struct %s%s (%s)", it->is_pub ? "pub " : "", name,
             shape_name(it->struct_.shape));
        break;
    case IT_EXTERN:
        line(d, NULL, it->span, "Extern \"%s\"", it->extern_.abi);
        break;
    case IT_MOD:
        line(d, NULL, it->span, "Mod %s%s%s", it->is_pub ? "pub " : "", name,
             it->mod.is_inline ? " (inline)"
             : it->mod.module  ? " (file)"
                               : " (not loaded)");
        break;
    case IT_STATIC:
        line(d, NULL, it->span, "Static %s%s%s", it->is_pub ? "pub " : "",
             it->const_.is_mut ? "mut " : "", name);
        break;
    case IT_FN:
        line(d, NULL, it->span, "Fn %s%s%s", it->is_pub ? "pub " : "",
             it->fn.is_unsafe ? "unsafe " : "", name);
        break;
    default:
        line(d, NULL, it->span, "%s%s%s%s", kinds[it->kind], *name || it->is_pub ? " " : "",
             it->is_pub ? "pub " : "", name);
        break;
    }
    d->indent++;
    if (it->doc) {
        StrBuf sb;
        sb_init(&sb);
        sb_json_str(&sb, it->doc, strlen(it->doc));
        line(d, NULL, it->span, "Doc %s", sb.data);
        sb_free(&sb);
    }
    for (int i = 0; i < it->nattrs; i++)
        dump_attr(d, it->attrs[i]);
    switch (it->kind) {
    case IT_FN: {
        const FnDecl *fn = &it->fn;
        dump_generics(d, &fn->generics);
        if (fn->self_kind != SELF_NONE)
            line(d, NULL, fn->self_span, "SelfParam %s",
                 fn->self_kind == SELF_REF       ? "&self"
                 : fn->self_kind == SELF_REF_MUT ? "&mut self"
                 : fn->self_mut                  ? "mut self"
                                                 : "self");
        for (int i = 0; i < fn->nparams; i++) {
            const Param *prm = fn->params[i];
            line(d, NULL, prm->span, "Param");
            d->indent++;
            dump_pat(d, "pat", prm->pat);
            if (prm->ty)
                dump_type(d, "type", prm->ty);
            d->indent--;
        }
        if (fn->ret)
            dump_type(d, "ret", fn->ret);
        if (fn->body)
            dump_block(d, "body", fn->body);
        else
            line(d, NULL, it->span, "NoBody");
        break;
    }
    case IT_STRUCT:
        dump_generics(d, &it->struct_.generics);
        dump_fields(d, it->struct_.fields, it->struct_.nfields);
        break;
    case IT_ENUM:
        dump_generics(d, &it->enum_.generics);
        for (int i = 0; i < it->enum_.nvariants; i++) {
            const Variant *v = it->enum_.variants[i];
            line(d, NULL, v->span, "Variant %s (%s)", v->name, shape_name(v->shape));
            d->indent++;
            dump_fields(d, v->fields, v->nfields);
            if (v->discriminant)
                dump_expr(d, "discriminant", v->discriminant);
            d->indent--;
        }
        break;
    case IT_IMPL:
        dump_generics(d, &it->impl.generics);
        if (it->impl.trait)
            dump_type(d, "trait", it->impl.trait);
        dump_type(d, "for", it->impl.self_ty);
        dump_items(d, it->impl.items, it->impl.nitems);
        break;
    case IT_TRAIT:
        dump_generics(d, &it->trait.generics);
        for (int i = 0; i < it->trait.nsupertraits; i++)
            dump_type(d, "super", it->trait.supertraits[i]);
        dump_items(d, it->trait.items, it->trait.nitems);
        break;
    case IT_CONST:
    case IT_STATIC:
        if (it->const_.ty)
            dump_type(d, "type", it->const_.ty);
        if (it->const_.value)
            dump_expr(d, "value", it->const_.value);
        break;
    case IT_MOD:
        dump_items(d, it->mod.items, it->mod.nitems);
        break;
    case IT_USE:
        dump_use(d, it->use);
        break;
    case IT_EXTERN:
        dump_items(d, it->extern_.items, it->extern_.nitems);
        break;
    case IT_ACTOR:
        dump_generics(d, &it->actor.generics);
        dump_fields(d, it->actor.fields, it->actor.nfields);
        for (int i = 0; i < it->actor.nhandlers; i++) {
            const ReceiveDecl *r = it->actor.handlers[i];
            line(d, NULL, r->span, "Receive");
            d->indent++;
            if (r->param) {
                dump_pat(d, "pat", r->param->pat);
                if (r->param->ty)
                    dump_type(d, "type", r->param->ty);
            }
            if (r->body)
                dump_block(d, "body", r->body);
            d->indent--;
        }
        dump_items(d, it->actor.methods, it->actor.nmethods);
        break;
    case IT_TYPE_ALIAS:
        dump_generics(d, &it->alias.generics);
        if (it->alias.ty)
            dump_type(d, "type", it->alias.ty);
        break;
    case IT_ERROR:
        break;
    }
    d->indent--;
    if (it->kind == IT_MOD && it->mod.module) {
        d->indent++;
        const Module *m = it->mod.module;
        line(d, NULL, m->span, "File %s", m->path);
        d->indent++;
        dump_items(d, m->items, m->nitems);
        d->indent--;
        d->indent--;
    }
}

void ast_dump_module(const SourceMap *sm, const Module *m, FILE *out, bool with_spans) {
    Dumper d = {sm, out, with_spans, 0};
    line(&d, NULL, m->span, "Module %s", m->name);
    d.indent++;
    if (m->doc) {
        StrBuf sb;
        sb_init(&sb);
        sb_json_str(&sb, m->doc, strlen(m->doc));
        line(&d, NULL, m->span, "Doc %s", sb.data);
        sb_free(&sb);
    }
    dump_items(&d, m->items, m->nitems);
}
