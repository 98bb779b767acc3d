/* The formatter (see fmt.h). Printing is one recursive walk over the AST
 * into a StrBuf. Lists (arguments, elements, fields, parameters) are first
 * printed on one line inside an "attempt"; when the line grows past
 * FMT_WIDTH before any line break, the outermost such attempt on that line
 * is rolled back (the StrBuf is truncated) and printed one element a line.
 * A failed attempt never produced more than one line, so the cost of
 * retrying stays proportional to FMT_WIDTH per nesting level. */
#include "fmt.h"
#include "lexer.h"

#include <stdlib.h>
#include <string.h>

typedef struct Comment {
    uint32_t start, end;
    bool trailing; /* code precedes it on its line */
} Comment;

typedef struct Fmt {
    const char *src;
    size_t srclen;
    StrBuf *out;
    int indent;
    size_t line_start; /* offset in out of the current line */
    Comment *comments;
    int ncomments, next_comment;
    uint32_t last_end; /* source end of the last element or comment printed */
    int nattempts;     /* open one-line attempts */
    int first_clean;   /* lowest attempt with no line break since it began */
    int fail_level;    /* attempt being rolled back, -1 when none */
} Fmt;

typedef struct Mark {
    size_t len, line_start;
    int next_comment, indent;
    uint32_t last_end;
} Mark;

static void expr(Fmt *f, const Expr *e);
static void block(Fmt *f, const Block *b);
static void item(Fmt *f, const Item *it);
static void type(Fmt *f, const TypeExpr *t);
static void pat(Fmt *f, const Pat *p, bool single);

static bool failing(const Fmt *f) {
    return f->fail_level >= 0;
}

static void emitn(Fmt *f, const char *s, size_t n) {
    if (failing(f) || n == 0)
        return;
    sb_putn(f->out, s, n);
    const char *nl = NULL;
    for (size_t i = n; i > 0; i--)
        if (s[i - 1] == '\n') {
            nl = s + i - 1;
            break;
        }
    if (nl) {
        f->line_start = f->out->len - (size_t)(s + n - nl - 1);
        f->first_clean = f->nattempts;
    }
    if (f->first_clean < f->nattempts && f->out->len - f->line_start > FMT_WIDTH)
        f->fail_level = f->first_clean;
}

static void emit(Fmt *f, const char *s) {
    emitn(f, s, strlen(s));
}

static void line_break(Fmt *f) {
    if (f->out->len > 0)
        emit(f, "\n");
    for (int i = 0; i < f->indent; i++)
        emit(f, "    ");
}

static int attempt_begin(Fmt *f, Mark *m) {
    *m = (Mark){f->out->len, f->line_start, f->next_comment, f->indent, f->last_end};
    return f->nattempts++;
}

/* True when the attempt stands (or an outer one is failing: the caller
 * just returns); false after rolling it back. */
static bool attempt_end(Fmt *f, int level, const Mark *m) {
    f->nattempts--;
    if (f->first_clean > f->nattempts)
        f->first_clean = f->nattempts;
    if (f->fail_level != level)
        return true;
    f->fail_level = -1;
    f->out->len = m->len;
    f->out->data[m->len] = 0;
    f->line_start = m->line_start;
    f->next_comment = m->next_comment;
    f->indent = m->indent;
    f->last_end = m->last_end;
    return false;
}

static void emit_src(Fmt *f, Span s) {
    if (s.end <= f->srclen && s.start <= s.end)
        emitn(f, f->src + s.start, s.end - s.start);
}

/* An empty line between source offsets A and B (doc comments and
 * attributes between an element's start and its span are not empty). */
static bool blank_between(const Fmt *f, uint32_t a, uint32_t b) {
    bool after_nl = false, empty = false;
    for (uint32_t i = a; i < b && i < f->srclen; i++) {
        char c = f->src[i];
        if (c == '\n') {
            if (after_nl && empty)
                return true;
            after_nl = empty = true;
        } else if (c != ' ' && c != '\t' && c != '\r') {
            empty = false;
        }
    }
    return false;
}

static void print_comment(Fmt *f, const Comment *c) {
    size_t end = c->end;
    while (end > c->start &&
           (f->src[end - 1] == '\r' || f->src[end - 1] == ' ' || f->src[end - 1] == '\t'))
        end--;
    emitn(f, f->src + c->start, end - c->start);
    f->last_end = c->end;
}

/* Comments before source offset LIMIT, each on its own line. FIRST: the
 * list has printed nothing yet (no blank line at its top). */
static bool flush_comments(Fmt *f, uint32_t limit, bool first) {
    while (f->next_comment < f->ncomments && f->comments[f->next_comment].start < limit) {
        const Comment *c = &f->comments[f->next_comment++];
        if (!first && blank_between(f, f->last_end, c->start))
            emit(f, "\n");
        line_break(f);
        print_comment(f, c);
        first = false;
    }
    return first;
}

/* Starts a line for a list element that begins at source offset START. */
static void before_elem(Fmt *f, uint32_t start, bool first) {
    first = flush_comments(f, start, first);
    if (!first && blank_between(f, f->last_end, start))
        emit(f, "\n");
    line_break(f);
}

/* After a list element ending at END: a comment that trailed it stays on
 * its line. */
static void after_elem(Fmt *f, uint32_t end) {
    if (end > f->last_end)
        f->last_end = end;
    if (f->next_comment >= f->ncomments)
        return;
    const Comment *c = &f->comments[f->next_comment];
    if (c->start < end || !c->trailing)
        return;
    for (uint32_t i = end; i < c->start; i++)
        if (f->src[i] == '\n')
            return;
    f->next_comment++;
    emit(f, " ");
    print_comment(f, c);
}

/* Comments up to the closer of a list at CLOSE, then the closer's line. */
static void end_list(Fmt *f, uint32_t close, const char *closer) {
    flush_comments(f, close, false);
    f->indent--;
    line_break(f);
    emit(f, closer);
}

static bool has_comments_before(const Fmt *f, uint32_t limit) {
    return f->next_comment < f->ncomments && f->comments[f->next_comment].start < limit;
}

static void path(Fmt *f, const Path *p, bool turbofish);

static void generic_args(Fmt *f, const PathSeg *s, bool turbofish) {
    if (s->fn_sugar) {
        emit(f, "(");
        for (int j = 0; j < s->ngenerics; j++) {
            if (j)
                emit(f, ", ");
            type(f, s->generics[j]);
        }
        emit(f, ")");
        if (s->fn_ret) {
            emit(f, " -> ");
            type(f, s->fn_ret);
        }
    } else if (s->has_generics) {
        emit(f, turbofish ? "::<" : "<");
        for (int j = 0; j < s->ngenerics; j++) {
            if (j)
                emit(f, ", ");
            type(f, s->generics[j]);
        }
        emit(f, ">");
    }
}

static void path(Fmt *f, const Path *p, bool turbofish) {
    for (int i = 0; i < p->nsegs; i++) {
        if (i)
            emit(f, "::");
        emit(f, p->segs[i].name ? p->segs[i].name : "");
        generic_args(f, &p->segs[i], turbofish);
    }
}

static void type_list(Fmt *f, TypeExpr *const *v, int n, const char *sep) {
    for (int i = 0; i < n; i++) {
        if (i)
            emit(f, sep);
        type(f, v[i]);
    }
}

static void type(Fmt *f, const TypeExpr *t) {
    if (failing(f))
        return;
    switch (t->kind) {
    case TE_PATH:
        path(f, &t->path, false);
        return;
    case TE_REF:
        emit(f, t->ref.is_mut ? "&mut " : "&");
        type(f, t->ref.inner);
        return;
    case TE_TUPLE:
        emit(f, "(");
        type_list(f, t->tuple.elems, t->tuple.nelems, ", ");
        emit(f, t->tuple.nelems == 1 ? ",)" : ")");
        return;
    case TE_ARRAY:
    case TE_SLICE:
        emit(f, "[");
        type(f, t->array.elem);
        if (t->kind == TE_ARRAY && t->array.len) {
            emit(f, "; ");
            expr(f, t->array.len);
        }
        emit(f, "]");
        return;
    case TE_FN:
        emit(f, "fn(");
        type_list(f, t->fn.params, t->fn.nparams, ", ");
        emit(f, ")");
        if (t->fn.ret) {
            emit(f, " -> ");
            type(f, t->fn.ret);
        }
        return;
    case TE_INFER:
        emit(f, "_");
        return;
    case TE_ERROR:
        emit(f, "_");
        return;
    }
}

static void pat_list(Fmt *f, Pat *const *v, int n) {
    for (int i = 0; i < n; i++) {
        if (i)
            emit(f, ", ");
        pat(f, v[i], false);
    }
}

/* SINGLE: the grammar wants one alternative here (`&p`, `x @ p`, closure
 * parameters), so an or-pattern needs its parentheses back. */
static void pat(Fmt *f, const Pat *p, bool single) {
    if (failing(f))
        return;
    switch (p->kind) {
    case PAT_WILD:
        emit(f, "_");
        return;
    case PAT_REST:
        emit(f, "..");
        return;
    case PAT_BIND:
        if (p->bind.is_ref)
            emit(f, "ref ");
        if (p->bind.is_mut)
            emit(f, "mut ");
        emit(f, p->bind.name);
        if (p->bind.sub) {
            emit(f, " @ ");
            pat(f, p->bind.sub, true);
        }
        return;
    case PAT_LIT:
        expr(f, p->lit);
        return;
    case PAT_RANGE:
        expr(f, p->range.lo);
        emit(f, p->range.inclusive ? "..=" : "..");
        if (p->range.hi)
            expr(f, p->range.hi);
        return;
    case PAT_TUPLE:
        emit(f, "(");
        pat_list(f, p->list.elems, p->list.nelems);
        emit(f, p->list.nelems == 1 ? ",)" : ")");
        return;
    case PAT_OR:
        if (single)
            emit(f, "(");
        for (int i = 0; i < p->list.nelems; i++) {
            if (i)
                emit(f, " | ");
            pat(f, p->list.elems[i], true);
        }
        if (single)
            emit(f, ")");
        return;
    case PAT_STRUCT:
        path(f, &p->ctor.path, true);
        if (p->ctor.nfields == 0 && !p->ctor.has_rest) {
            emit(f, " {}");
            return;
        }
        emit(f, " { ");
        for (int i = 0; i < p->ctor.nfields; i++) {
            const FieldPat *fp = p->ctor.fields[i];
            if (i)
                emit(f, ", ");
            if (fp->shorthand) {
                pat(f, fp->pat, false);
            } else {
                emit(f, fp->name);
                emit(f, ": ");
                pat(f, fp->pat, false);
            }
        }
        if (p->ctor.has_rest)
            emit(f, p->ctor.nfields ? ", .." : "..");
        emit(f, " }");
        return;
    case PAT_TUPLE_STRUCT:
        path(f, &p->ctor.path, true);
        emit(f, "(");
        pat_list(f, p->ctor.elems, p->ctor.nelems);
        emit(f, ")");
        return;
    case PAT_PATH:
        path(f, &p->ctor.path, true);
        return;
    case PAT_REF:
        emit(f, p->ref.is_mut ? "&mut " : "&");
        pat(f, p->ref.inner, true);
        return;
    case PAT_ERROR:
        emit(f, "_");
        return;
    }
}

/* A comma-separated list between OPEN and CLOSE, on one line if it fits,
 * else one element a line with a trailing comma. PRINT prints element I. */
typedef void (*ElemPrinter)(Fmt *f, const void *list, int i);

static void broken_list(Fmt *f, const void *list, int n, const Span *spans, ElemPrinter print,
                        const char *close, uint32_t close_off) {
    f->indent++;
    for (int i = 0; i < n; i++) {
        before_elem(f, spans ? spans[i].start : 0, i == 0);
        print(f, list, i);
        emit(f, ",");
        after_elem(f, spans ? spans[i].end : 0);
    }
    end_list(f, close_off, close);
}

static void delimited(Fmt *f, const char *open, const void *list, int n, ElemPrinter print,
                      const char *close, const char *pad, Span (*span_of)(const void *, int),
                      uint32_t close_off) {
    if (failing(f))
        return;
    emit(f, open);
    if (n == 0) {
        emit(f, close);
        return;
    }
    Mark m;
    int lv = attempt_begin(f, &m);
    emit(f, pad);
    for (int i = 0; i < n; i++) {
        if (i)
            emit(f, ", ");
        print(f, list, i);
    }
    emit(f, pad);
    emit(f, close);
    if (attempt_end(f, lv, &m))
        return;
    Span *spans = xmalloc(sizeof(Span) * (size_t)n);
    for (int i = 0; i < n; i++)
        spans[i] = span_of(list, i);
    broken_list(f, list, n, spans, print, close, close_off);
    free(spans);
}

static void print_expr_elem(Fmt *f, const void *list, int i) {
    expr(f, ((Expr *const *)list)[i]);
}

static Span expr_elem_span(const void *list, int i) {
    return ((Expr *const *)list)[i]->span;
}

static void expr_list(Fmt *f, const char *open, Expr *const *v, int n, const char *close,
                      uint32_t close_off) {
    delimited(f, open, v, n, print_expr_elem, close, "", expr_elem_span, close_off);
}

static void print_field_init(Fmt *f, const void *list, int i) {
    const FieldInit *fi = ((FieldInit *const *)list)[i];
    emit(f, fi->name);
    if (!fi->shorthand) {
        emit(f, ": ");
        expr(f, fi->value);
    }
}

static Span field_init_span(const void *list, int i) {
    return ((FieldInit *const *)list)[i]->span;
}

static void struct_lit(Fmt *f, const Expr *e) {
    path(f, &e->struct_lit.path, true);
    emit(f, " ");
    int n = e->struct_lit.nfields;
    if (!e->struct_lit.base) {
        delimited(f, "{", e->struct_lit.fields, n, print_field_init, "}", " ", field_init_span,
                  e->span.end - 1);
        return;
    }
    /* `..base` is the last element and takes no trailing comma. */
    emit(f, "{");
    Mark m;
    int lv = attempt_begin(f, &m);
    emit(f, " ");
    for (int i = 0; i < n; i++) {
        print_field_init(f, e->struct_lit.fields, i);
        emit(f, ", ");
    }
    emit(f, "..");
    expr(f, e->struct_lit.base);
    emit(f, " }");
    if (attempt_end(f, lv, &m))
        return;
    f->indent++;
    for (int i = 0; i < n; i++) {
        before_elem(f, e->struct_lit.fields[i]->span.start, i == 0);
        print_field_init(f, e->struct_lit.fields, i);
        emit(f, ",");
        after_elem(f, e->struct_lit.fields[i]->span.end);
    }
    before_elem(f, e->struct_lit.base->span.start, n == 0);
    emit(f, "..");
    expr(f, e->struct_lit.base);
    end_list(f, e->span.end - 1, "}");
}

static void label(Fmt *f, const char *l, bool colon) {
    if (!l)
        return;
    emit(f, "'");
    emit(f, l);
    emit(f, colon ? ": " : "");
}

static void if_expr(Fmt *f, const Expr *e) {
    emit(f, "if ");
    if (e->if_.let_pat) {
        emit(f, "let ");
        pat(f, e->if_.let_pat, false);
        emit(f, " = ");
    }
    expr(f, e->if_.cond);
    emit(f, " ");
    block(f, e->if_.then);
    if (!e->if_.els)
        return;
    emit(f, " else ");
    if (e->if_.els->kind == EX_IF)
        if_expr(f, e->if_.els);
    else
        expr(f, e->if_.els);
}

static bool body_is_plain_block(const Expr *e) {
    return e->kind == EX_BLOCK;
}

static void match_expr(Fmt *f, const Expr *e) {
    emit(f, "match ");
    expr(f, e->match.scrutinee);
    emit(f, " {");
    if (e->match.narms == 0 && !has_comments_before(f, e->span.end)) {
        emit(f, "}");
        return;
    }
    f->indent++;
    for (int i = 0; i < e->match.narms; i++) {
        const MatchArm *a = e->match.arms[i];
        before_elem(f, a->span.start, i == 0);
        pat(f, a->pat, false);
        if (a->guard) {
            emit(f, " if ");
            expr(f, a->guard);
        }
        emit(f, " => ");
        expr(f, a->body);
        if (!body_is_plain_block(a->body))
            emit(f, ",");
        after_elem(f, a->span.end);
    }
    end_list(f, e->span.end - 1, "}");
}

static void closure(Fmt *f, const Expr *e) {
    if (e->closure.is_move)
        emit(f, "move ");
    emit(f, "|");
    for (int i = 0; i < e->closure.nparams; i++) {
        const ClosureParam *cp = e->closure.params[i];
        if (i)
            emit(f, ", ");
        pat(f, cp->pat, true);
        if (cp->ty) {
            emit(f, ": ");
            type(f, cp->ty);
        }
    }
    emit(f, "| ");
    if (e->closure.ret) {
        emit(f, "-> ");
        type(f, e->closure.ret);
        emit(f, " ");
    }
    expr(f, e->closure.body);
}

static void macro(Fmt *f, const Expr *e) {
    emit(f, e->macro.name);
    emit(f, "!");
    if (e->macro.is_repeat && e->macro.nargs == 2) {
        emit(f, "[");
        expr(f, e->macro.args[0]);
        emit(f, "; ");
        expr(f, e->macro.args[1]);
        emit(f, "]");
        return;
    }
    const char *open = e->macro.delim == MAC_PAREN     ? "("
                       : e->macro.delim == MAC_BRACKET ? "["
                                                       : "{";
    const char *close = e->macro.delim == MAC_PAREN     ? ")"
                        : e->macro.delim == MAC_BRACKET ? "]"
                                                        : "}";
    expr_list(f, open, e->macro.args, e->macro.nargs, close, e->span.end - 1);
}

static void expr_inner(Fmt *f, const Expr *e) {
    switch (e->kind) {
    case EX_INT:
    case EX_FLOAT:
    case EX_STR:
    case EX_CHAR:
        emit_src(f, e->span);
        return;
    case EX_BOOL:
        emit(f, e->bool_lit ? "true" : "false");
        return;
    case EX_PATH:
        path(f, &e->path, true);
        return;
    case EX_UNARY:
        emit(f, unary_op_text(e->unary.op));
        expr(f, e->unary.operand);
        return;
    case EX_BINARY:
        expr(f, e->binary.lhs);
        emit(f, " ");
        emit(f, binary_op_text(e->binary.op));
        emit(f, " ");
        expr(f, e->binary.rhs);
        return;
    case EX_ASSIGN:
        expr(f, e->assign.lhs);
        emit(f, " ");
        if (e->assign.compound)
            emit(f, binary_op_text(e->assign.op));
        emit(f, "= ");
        expr(f, e->assign.rhs);
        return;
    case EX_CAST:
        expr(f, e->cast.expr);
        emit(f, " as ");
        type(f, e->cast.to);
        return;
    case EX_RANGE:
        if (e->range.lo)
            expr(f, e->range.lo);
        emit(f, e->range.inclusive ? "..=" : "..");
        if (e->range.hi)
            expr(f, e->range.hi);
        return;
    case EX_CALL:
        expr(f, e->call.callee);
        expr_list(f, "(", e->call.args, e->call.nargs, ")", e->span.end - 1);
        return;
    case EX_METHOD_CALL:
        expr(f, e->method_call.recv);
        emit(f, ".");
        emit(f, e->method_call.method.name);
        generic_args(f, &e->method_call.method, true);
        expr_list(f, "(", e->method_call.args, e->method_call.nargs, ")", e->span.end - 1);
        return;
    case EX_FIELD:
        expr(f, e->field.base);
        emit(f, ".");
        emit(f, e->field.name);
        return;
    case EX_INDEX:
        expr(f, e->index.base);
        emit(f, "[");
        expr(f, e->index.index);
        emit(f, "]");
        return;
    case EX_TRY:
        expr(f, e->inner);
        emit(f, "?");
        return;
    case EX_PAREN:
        emit(f, "(");
        expr(f, e->inner);
        emit(f, ")");
        return;
    case EX_STRUCT_LIT:
        struct_lit(f, e);
        return;
    case EX_TUPLE:
        if (e->list.nelems == 1) {
            emit(f, "(");
            expr(f, e->list.elems[0]);
            emit(f, ",)");
            return;
        }
        expr_list(f, "(", e->list.elems, e->list.nelems, ")", e->span.end - 1);
        return;
    case EX_ARRAY:
        expr_list(f, "[", e->list.elems, e->list.nelems, "]", e->span.end - 1);
        return;
    case EX_ARRAY_REPEAT:
        emit(f, "[");
        expr(f, e->repeat.value);
        emit(f, "; ");
        expr(f, e->repeat.count);
        emit(f, "]");
        return;
    case EX_BLOCK:
        label(f, e->block.label, true);
        if (e->block.is_unsafe)
            emit(f, "unsafe ");
        block(f, e->block.block);
        return;
    case EX_IF:
        if_expr(f, e);
        return;
    case EX_WHILE:
        label(f, e->loop.label, true);
        emit(f, "while ");
        if (e->loop.let_pat) {
            emit(f, "let ");
            pat(f, e->loop.let_pat, false);
            emit(f, " = ");
        }
        expr(f, e->loop.cond);
        emit(f, " ");
        block(f, e->loop.body);
        return;
    case EX_LOOP:
        label(f, e->loop.label, true);
        emit(f, "loop ");
        block(f, e->loop.body);
        return;
    case EX_FOR:
        label(f, e->for_.label, true);
        emit(f, "for ");
        pat(f, e->for_.pat, false);
        emit(f, " in ");
        expr(f, e->for_.iter);
        emit(f, " ");
        block(f, e->for_.body);
        return;
    case EX_MATCH:
        match_expr(f, e);
        return;
    case EX_BREAK:
    case EX_CONTINUE:
    case EX_RETURN:
        emit(f, e->kind == EX_BREAK ? "break" : e->kind == EX_CONTINUE ? "continue" : "return");
        if (e->jump.label) {
            emit(f, " ");
            label(f, e->jump.label, false);
        }
        if (e->jump.value) {
            emit(f, " ");
            expr(f, e->jump.value);
        }
        return;
    case EX_CLOSURE:
        closure(f, e);
        return;
    case EX_SPAWN:
        emit(f, "spawn ");
        expr(f, e->spawn_body);
        return;
    case EX_MACRO:
        macro(f, e);
        return;
    case EX_ERROR:
        emit(f, "()");
        return;
    }
}

static void expr(Fmt *f, const Expr *e) {
    if (failing(f) || !e)
        return;
    expr_inner(f, e);
}

static bool stmt_is_block_like(const Expr *e) {
    switch (e->kind) {
    case EX_BLOCK:
    case EX_IF:
    case EX_WHILE:
    case EX_LOOP:
    case EX_FOR:
    case EX_MATCH:
        return true;
    default:
        return false;
    }
}

/* The sub-expression printed last: whether a newline may end the
 * statement after it. */
static const Expr *rightmost(const Expr *e) {
    for (;;) {
        switch (e->kind) {
        case EX_UNARY:
            e = e->unary.operand;
            break;
        case EX_BINARY:
            e = e->binary.rhs;
            break;
        case EX_ASSIGN:
            e = e->assign.rhs;
            break;
        case EX_RANGE:
            if (!e->range.hi)
                return e;
            e = e->range.hi;
            break;
        case EX_CLOSURE:
            e = e->closure.body;
            break;
        case EX_SPAWN:
            e = e->spawn_body;
            break;
        case EX_BREAK:
        case EX_RETURN:
            if (!e->jump.value)
                return e;
            e = e->jump.value;
            break;
        default:
            return e;
        }
        if (!e)
            return NULL;
    }
}

static bool type_ends_with_gt(const TypeExpr *t) {
    while (t) {
        switch (t->kind) {
        case TE_PATH: {
            if (t->path.nsegs == 0)
                return false;
            const PathSeg *s = &t->path.segs[t->path.nsegs - 1];
            if (!s->fn_sugar)
                return s->has_generics;
            t = s->fn_ret;
            break;
        }
        case TE_REF:
            t = t->ref.inner;
            break;
        case TE_FN:
            t = t->fn.ret;
            break;
        default:
            return false;
        }
    }
    return false;
}

/* `>` and `..` cannot end a statement at a newline (the lexer sends no
 * newline token after them: `let v: Vec<T>` and `a..` may go on), so an
 * expression ending in one needs its `;`. */
static bool ends_without_ender(const Expr *e) {
    const Expr *r = e ? rightmost(e) : NULL;
    if (!r)
        return false;
    if (r->kind == EX_RANGE)
        return true;
    if (r->kind == EX_CAST)
        return type_ends_with_gt(r->cast.to);
    return r->kind == EX_PATH && r->path.nsegs > 0 && r->path.segs[r->path.nsegs - 1].has_generics;
}

/* A `;` the AST needs: one that keeps the last statement from being the
 * block's value, one after a block-like statement (it may change its
 * type), and one where a newline would not end the statement. */
static bool stmt_needs_semi(const Stmt *s, bool last) {
    if (!s->expr.semi)
        return false;
    return last || stmt_is_block_like(s->expr.expr) || ends_without_ender(s->expr.expr);
}

static void let_stmt(Fmt *f, const Stmt *s) {
    emit(f, "let ");
    pat(f, s->let.pat, false);
    if (s->let.ty) {
        emit(f, ": ");
        type(f, s->let.ty);
    }
    if (s->let.init) {
        emit(f, " = ");
        expr(f, s->let.init);
    }
    if (ends_without_ender(s->let.init))
        emit(f, ";");
}

static void block(Fmt *f, const Block *b) {
    if (failing(f))
        return;
    emit(f, "{");
    if (b->nstmts == 0 && !has_comments_before(f, b->span.end)) {
        emit(f, "}");
        return;
    }
    f->indent++;
    for (int i = 0; i < b->nstmts; i++) {
        const Stmt *s = b->stmts[i];
        before_elem(f, s->kind == ST_ITEM ? s->item->span.start : s->span.start, i == 0);
        switch (s->kind) {
        case ST_LET:
            let_stmt(f, s);
            break;
        case ST_EXPR:
            expr(f, s->expr.expr);
            if (stmt_needs_semi(s, i == b->nstmts - 1))
                emit(f, ";");
            break;
        case ST_ITEM:
            item(f, s->item);
            break;
        }
        after_elem(f, s->kind == ST_ITEM ? s->item->span.end : s->span.end);
    }
    end_list(f, b->span.end ? b->span.end - 1 : 0, "}");
}

static void doc(Fmt *f, const char *d, const char *marker) {
    if (!d)
        return;
    const char *p = d;
    for (;;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        emit(f, marker);
        emitn(f, p, n);
        line_break(f);
        if (!nl)
            break;
        p = nl + 1;
    }
}

static void attrs(Fmt *f, Attr *const *a, int n, bool own_lines) {
    for (int i = 0; i < n; i++) {
        emit(f, "#[");
        emit(f, a[i]->name);
        if (a[i]->has_args) {
            emit(f, "(");
            for (int j = 0; j < a[i]->nargs; j++) {
                const AttrArg *g = a[i]->args[j];
                if (j)
                    emit(f, ", ");
                if (g->kind != ATTR_EXPR) {
                    emit(f, g->name);
                    if (g->kind == ATTR_KEY_VALUE)
                        emit(f, " = ");
                }
                if (g->kind != ATTR_WORD)
                    expr(f, g->value);
            }
            emit(f, ")");
        }
        if (a[i]->value) {
            emit(f, " = ");
            expr(f, a[i]->value);
        }
        emit(f, "]");
        if (own_lines)
            line_break(f);
        else
            emit(f, " ");
    }
}

static void generics(Fmt *f, const Generics *g) {
    if (g->nparams == 0)
        return;
    emit(f, "<");
    for (int i = 0; i < g->nparams; i++) {
        if (i)
            emit(f, ", ");
        emit(f, g->params[i]->name);
        if (g->params[i]->nbounds) {
            emit(f, ": ");
            type_list(f, g->params[i]->bounds, g->params[i]->nbounds, " + ");
        }
    }
    emit(f, ">");
}

static void where_clause(Fmt *f, const Generics *g) {
    for (int i = 0; i < g->nwhere; i++) {
        emit(f, i ? ", " : " where ");
        type(f, g->where[i]->ty);
        emit(f, ": ");
        type_list(f, g->where[i]->bounds, g->where[i]->nbounds, " + ");
    }
}

static void print_fn_param(Fmt *f, const void *list, int i) {
    const FnDecl *fn = list;
    if (fn->self_kind != SELF_NONE) {
        if (i == 0) {
            emit(f, fn->self_kind == SELF_REF       ? "&self"
                    : fn->self_kind == SELF_REF_MUT ? "&mut self"
                    : fn->self_mut                  ? "mut self"
                                                    : "self");
            return;
        }
        i--;
    }
    const Param *p = fn->params[i];
    pat(f, p->pat, false);
    if (p->ty) {
        emit(f, ": ");
        type(f, p->ty);
    }
}

static Span fn_param_span(const void *list, int i) {
    const FnDecl *fn = list;
    if (fn->self_kind != SELF_NONE) {
        if (i == 0)
            return fn->self_span;
        i--;
    }
    return fn->params[i]->span;
}

static void fn_item(Fmt *f, const Item *it) {
    const FnDecl *fn = &it->fn;
    if (fn->is_unsafe)
        emit(f, "unsafe ");
    emit(f, "fn ");
    emit(f, it->name);
    generics(f, &fn->generics);
    int n = fn->nparams + (fn->self_kind != SELF_NONE);
    /* The closing `)` has no span of its own; comments before it are
     * printed before the body instead. */
    uint32_t close = n ? fn_param_span(fn, n - 1).end : it->name_span.end;
    delimited(f, "(", fn, n, print_fn_param, ")", "", fn_param_span, close);
    if (fn->ret) {
        emit(f, " -> ");
        type(f, fn->ret);
    }
    where_clause(f, &fn->generics);
    if (fn->body) {
        emit(f, " ");
        block(f, fn->body);
    } else {
        emit(f, ";");
    }
}

static void field_decls(Fmt *f, FieldDecl *const *fields, int n, uint32_t close) {
    emit(f, "{");
    if (n == 0 && !has_comments_before(f, close)) {
        emit(f, "}");
        return;
    }
    f->indent++;
    for (int i = 0; i < n; i++) {
        before_elem(f, fields[i]->span.start, i == 0);
        doc(f, fields[i]->doc, "///");
        attrs(f, fields[i]->attrs, fields[i]->nattrs, true);
        if (fields[i]->is_pub)
            emit(f, "pub ");
        emit(f, fields[i]->name);
        emit(f, ": ");
        type(f, fields[i]->ty);
        emit(f, ",");
        after_elem(f, fields[i]->span.end);
    }
    end_list(f, close, "}");
}

static void print_tuple_field(Fmt *f, const void *list, int i) {
    const FieldDecl *fd = ((FieldDecl *const *)list)[i];
    attrs(f, fd->attrs, fd->nattrs, false);
    if (fd->is_pub)
        emit(f, "pub ");
    type(f, fd->ty);
}

static Span tuple_field_span(const void *list, int i) {
    return ((FieldDecl *const *)list)[i]->span;
}

static void tuple_fields(Fmt *f, FieldDecl *const *fields, int n) {
    uint32_t close = n ? fields[n - 1]->span.end : 0;
    delimited(f, "(", fields, n, print_tuple_field, ")", "", tuple_field_span, close);
}

/* Variant fields print on the variant's line: `Rect { w: f64, h: f64 },`. */
static void print_named_field(Fmt *f, const void *list, int i) {
    const FieldDecl *fd = ((FieldDecl *const *)list)[i];
    attrs(f, fd->attrs, fd->nattrs, false);
    if (fd->is_pub)
        emit(f, "pub ");
    emit(f, fd->name);
    emit(f, ": ");
    type(f, fd->ty);
}

static void item_list(Fmt *f, Item *const *items, int n, uint32_t close) {
    emit(f, "{");
    if (n == 0 && !has_comments_before(f, close)) {
        emit(f, "}");
        return;
    }
    f->indent++;
    for (int i = 0; i < n; i++) {
        before_elem(f, items[i]->span.start, i == 0);
        item(f, items[i]);
        after_elem(f, items[i]->span.end);
    }
    end_list(f, close, "}");
}

static void enum_item(Fmt *f, const Item *it) {
    emit(f, "enum ");
    emit(f, it->name);
    generics(f, &it->enum_.generics);
    where_clause(f, &it->enum_.generics);
    emit(f, " {");
    uint32_t close = it->span.end - 1;
    if (it->enum_.nvariants == 0 && !has_comments_before(f, close)) {
        emit(f, "}");
        return;
    }
    f->indent++;
    for (int i = 0; i < it->enum_.nvariants; i++) {
        const Variant *v = it->enum_.variants[i];
        before_elem(f, v->span.start, i == 0);
        doc(f, v->doc, "///");
        emit(f, v->name);
        if (v->shape == SHAPE_TUPLE) {
            tuple_fields(f, v->fields, v->nfields);
        } else if (v->shape == SHAPE_NAMED) {
            emit(f, " ");
            delimited(f, "{", v->fields, v->nfields, print_named_field, "}", " ", tuple_field_span,
                      v->span.end - 1);
        }
        if (v->discriminant) {
            emit(f, " = ");
            expr(f, v->discriminant);
        }
        emit(f, ",");
        after_elem(f, v->span.end);
    }
    end_list(f, close, "}");
}

static void use_tree(Fmt *f, const UseTree *u) {
    path(f, &u->prefix, false);
    const char *sep = u->prefix.nsegs ? "::" : "";
    if (u->kind == USE_GLOB) {
        emit(f, sep);
        emit(f, "*");
    } else if (u->kind == USE_GROUP) {
        emit(f, sep);
        emit(f, "{");
        for (int i = 0; i < u->nchildren; i++) {
            if (i)
                emit(f, ", ");
            use_tree(f, u->children[i]);
        }
        emit(f, "}");
    }
    if (u->alias) {
        emit(f, " as ");
        emit(f, u->alias);
    }
}

static void actor_item(Fmt *f, const Item *it) {
    emit(f, "actor ");
    emit(f, it->name);
    generics(f, &it->actor.generics);
    emit(f, " {");
    uint32_t close = it->span.end - 1;
    int nf = it->actor.nfields, nh = it->actor.nhandlers, nm = it->actor.nmethods;
    if (nf + nh + nm == 0 && !has_comments_before(f, close)) {
        emit(f, "}");
        return;
    }
    f->indent++;
    /* Members in source order, whatever their kind. */
    int i = 0, j = 0, k = 0;
    bool first = true;
    while (i < nf || j < nh || k < nm) {
        uint32_t fs = i < nf ? it->actor.fields[i]->span.start : UINT32_MAX;
        uint32_t hs = j < nh ? it->actor.handlers[j]->span.start : UINT32_MAX;
        uint32_t ms = k < nm ? it->actor.methods[k]->span.start : UINT32_MAX;
        if (fs <= hs && fs <= ms) {
            const FieldDecl *fd = it->actor.fields[i++];
            before_elem(f, fd->span.start, first);
            doc(f, fd->doc, "///");
            if (fd->is_pub)
                emit(f, "pub ");
            emit(f, fd->name);
            emit(f, ": ");
            type(f, fd->ty);
            emit(f, ",");
            after_elem(f, fd->span.end);
        } else if (hs <= ms) {
            const ReceiveDecl *r = it->actor.handlers[j++];
            before_elem(f, r->span.start, first);
            emit(f, "receive(");
            if (r->param) {
                pat(f, r->param->pat, false);
                if (r->param->ty) {
                    emit(f, ": ");
                    type(f, r->param->ty);
                }
            }
            emit(f, ") ");
            if (r->body)
                block(f, r->body);
            else
                emit(f, "{}");
            after_elem(f, r->span.end);
        } else {
            const Item *m = it->actor.methods[k++];
            before_elem(f, m->span.start, first);
            item(f, m);
            after_elem(f, m->span.end);
        }
        first = false;
    }
    end_list(f, close, "}");
}

static void item(Fmt *f, const Item *it) {
    if (failing(f))
        return;
    doc(f, it->doc, "///");
    attrs(f, it->attrs, it->nattrs, true);
    if (it->is_pub)
        emit(f, "pub ");
    uint32_t close = it->span.end ? it->span.end - 1 : 0;
    switch (it->kind) {
    case IT_FN:
        fn_item(f, it);
        return;
    case IT_STRUCT:
        emit(f, "struct ");
        emit(f, it->name);
        generics(f, &it->struct_.generics);
        where_clause(f, &it->struct_.generics);
        if (it->struct_.shape == SHAPE_NAMED) {
            emit(f, " ");
            field_decls(f, it->struct_.fields, it->struct_.nfields, close);
        } else {
            if (it->struct_.shape == SHAPE_TUPLE)
                tuple_fields(f, it->struct_.fields, it->struct_.nfields);
            emit(f, ";");
        }
        return;
    case IT_ENUM:
        enum_item(f, it);
        return;
    case IT_IMPL:
        emit(f, "impl");
        generics(f, &it->impl.generics);
        emit(f, " ");
        if (it->impl.trait) {
            type(f, it->impl.trait);
            emit(f, " for ");
        }
        type(f, it->impl.self_ty);
        where_clause(f, &it->impl.generics);
        emit(f, " ");
        item_list(f, it->impl.items, it->impl.nitems, close);
        return;
    case IT_TRAIT:
        emit(f, "trait ");
        emit(f, it->name);
        generics(f, &it->trait.generics);
        if (it->trait.nsupertraits) {
            emit(f, ": ");
            type_list(f, it->trait.supertraits, it->trait.nsupertraits, " + ");
        }
        where_clause(f, &it->trait.generics);
        emit(f, " ");
        item_list(f, it->trait.items, it->trait.nitems, close);
        return;
    case IT_CONST:
    case IT_STATIC:
        emit(f, it->kind == IT_CONST ? "const " : it->const_.is_mut ? "static mut " : "static ");
        emit(f, it->name);
        if (it->const_.ty) {
            emit(f, ": ");
            type(f, it->const_.ty);
        }
        if (it->const_.value) {
            emit(f, " = ");
            expr(f, it->const_.value);
        }
        emit(f, ";");
        return;
    case IT_MOD:
        emit(f, "mod ");
        emit(f, it->name);
        if (it->mod.is_inline) {
            emit(f, " ");
            item_list(f, it->mod.items, it->mod.nitems, close);
        } else {
            emit(f, ";");
        }
        return;
    case IT_USE:
        emit(f, "use ");
        use_tree(f, it->use);
        emit(f, ";");
        return;
    case IT_EXTERN:
        emit(f, "extern \"");
        emit(f, it->extern_.abi ? it->extern_.abi : "C");
        emit(f, "\" ");
        item_list(f, it->extern_.items, it->extern_.nitems, close);
        return;
    case IT_ACTOR:
        actor_item(f, it);
        return;
    case IT_TYPE_ALIAS:
        emit(f, "type ");
        emit(f, it->name);
        generics(f, &it->alias.generics);
        if (it->alias.ty) {
            emit(f, " = ");
            type(f, it->alias.ty);
        }
        emit(f, ";");
        return;
    case IT_ERROR:
        return;
    }
}

/* Plain comments are not tokens: they are what lies between tokens, apart
 * from whitespace. Doc comments are tokens (and in the AST). */
static void scan_gap(Fmt *f, uint32_t from, uint32_t to, Comment **v, int *n, int *cap) {
    const char *s = f->src;
    for (uint32_t i = from; i + 1 < to; i++) {
        if (s[i] != '/' || (s[i + 1] != '/' && s[i + 1] != '*'))
            continue;
        uint32_t start = i, end;
        if (s[i + 1] == '/') {
            end = i;
            while (end < to && s[end] != '\n')
                end++;
        } else {
            int depth = 0;
            end = i;
            while (end < to) {
                if (end + 1 < to && s[end] == '/' && s[end + 1] == '*') {
                    depth++;
                    end += 2;
                } else if (end + 1 < to && s[end] == '*' && s[end + 1] == '/') {
                    end += 2;
                    if (--depth == 0)
                        break;
                } else {
                    end++;
                }
            }
        }
        bool trailing = false;
        for (uint32_t j = start; j > 0 && s[j - 1] != '\n'; j--)
            if (s[j - 1] != ' ' && s[j - 1] != '\t' && s[j - 1] != '\r')
                trailing = true;
        if (*n == *cap) {
            *cap = *cap ? *cap * 2 : 16;
            *v = xrealloc(*v, sizeof(Comment) * (size_t)*cap);
        }
        (*v)[(*n)++] = (Comment){start, end, trailing};
        i = end ? end - 1 : 0;
    }
}

static void collect_comments(Fmt *f, SourceMap *sm, uint32_t file) {
    Arena *arena = arena_new();
    DiagSink scratch;
    diag_sink_init(&scratch, sm, arena);
    scratch.max_errors = 1;
    Lexer lx;
    lex_init(&lx, sm, file, arena, &scratch);
    int cap = 0;
    uint32_t prev_end = 0;
    for (;;) {
        Token t = lex_next(&lx);
        if (t.kind == TK_NEWLINE)
            continue;
        uint32_t start = t.kind == TK_EOF ? (uint32_t)f->srclen : t.span.start;
        if (start > prev_end)
            scan_gap(f, prev_end, start, &f->comments, &f->ncomments, &cap);
        if (t.kind == TK_EOF)
            break;
        prev_end = t.span.end;
    }
    diag_sink_free(&scratch);
    arena_free(arena);
}

void fmt_module(SourceMap *sm, const Module *m, StrBuf *out) {
    SourceFile *sf = source_file(sm, m->file);
    Fmt f = {0};
    f.src = sf ? sf->text : "";
    f.srclen = sf ? sf->len : 0;
    f.out = out;
    f.line_start = out->len;
    f.fail_level = -1;
    size_t base = out->len;
    if (sf)
        collect_comments(&f, sm, m->file);
    if (m->doc) {
        doc(&f, m->doc, "//!");
        f.out->len--; /* doc() ended with a line break */
        f.out->data[f.out->len] = 0;
    }
    for (int i = 0; i < m->nitems; i++) {
        const Item *it = m->items[i];
        /* Items that open a body, and a change of kind, get a blank line. */
        bool force =
            i > 0 && ((it->kind != IT_USE && it->kind != IT_CONST && it->kind != IT_STATIC &&
                       it->kind != IT_TYPE_ALIAS && !(it->kind == IT_MOD && !it->mod.is_inline)) ||
                      m->items[i - 1]->kind != it->kind);
        if (force)
            emit(&f, "\n");
        bool first = flush_comments(&f, it->span.start, (i == 0 && !m->doc) || force);
        if (!first && blank_between(&f, f.last_end, it->span.start))
            emit(&f, "\n");
        line_break(&f);
        item(&f, it);
        after_elem(&f, it->span.end);
    }
    flush_comments(&f, UINT32_MAX, m->nitems == 0 && !m->doc);
    if (out->len > base)
        emit(&f, "\n");
    free(f.comments);
}
