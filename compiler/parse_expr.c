/* Expressions (LANGUAGE.md §4): operators with Rust's precedence, postfix
 * forms, literals, paths, struct literals, closures, spawn and macros.
 * Control flow (if, match, loops) and blocks are in parse_stmt.c.
 *
 * Precedence, loosest first: assignment (right-assoc) < actor send `!`
 * (non-assoc) < range (non-assoc) < || < && < comparisons (non-assoc) < | <
 * ^ < & < << >> < + - < * / % < as < unary < postfix. */
#include "parse_internal.h"

#include <string.h>

enum {
    PREC_OR = 1,
    PREC_AND,
    PREC_CMP,
    PREC_BITOR,
    PREC_BITXOR,
    PREC_BITAND,
    PREC_SHIFT,
    PREC_ADD,
    PREC_MUL,
    PREC_AS
};

static Expr *expr_node(Parser *p, ExprKind kind, Span span) {
    Expr *e = NEW(p, Expr);
    e->kind = kind;
    e->span = span;
    return e;
}

Expr *expr_error(Parser *p, Span span) {
    return expr_node(p, EX_ERROR, span);
}

static Expr *binary(Parser *p, BinaryOp op, Expr *lhs, Expr *rhs) {
    Expr *e = expr_node(p, EX_BINARY, span_join(lhs->span, rhs->span));
    e->binary.op = op;
    e->binary.lhs = lhs;
    e->binary.rhs = rhs;
    return e;
}

/* After a type that ends in `>` the lexer emits no newline token, so a
 * following line must not be read as a continuation of the expression. */
static bool line_ended(Parser *p) {
    return cur(p)->newline_before && p->prev.kind == TK_GT;
}

static int binop_prec(TokenKind k, BinaryOp *op) {
    switch (k) {
    case TK_OROR:
        *op = BIN_OR;
        return PREC_OR;
    case TK_ANDAND:
        *op = BIN_AND;
        return PREC_AND;
    case TK_EQEQ:
        *op = BIN_EQ;
        return PREC_CMP;
    case TK_NE:
        *op = BIN_NE;
        return PREC_CMP;
    case TK_LT:
        *op = BIN_LT;
        return PREC_CMP;
    case TK_LE:
        *op = BIN_LE;
        return PREC_CMP;
    case TK_GT:
        *op = BIN_GT;
        return PREC_CMP;
    case TK_GE:
        *op = BIN_GE;
        return PREC_CMP;
    case TK_PIPE:
        *op = BIN_BITOR;
        return PREC_BITOR;
    case TK_CARET:
        *op = BIN_BITXOR;
        return PREC_BITXOR;
    case TK_AMP:
        *op = BIN_BITAND;
        return PREC_BITAND;
    case TK_SHL:
        *op = BIN_SHL;
        return PREC_SHIFT;
    case TK_SHR:
        *op = BIN_SHR;
        return PREC_SHIFT;
    case TK_PLUS:
        *op = BIN_ADD;
        return PREC_ADD;
    case TK_MINUS:
        *op = BIN_SUB;
        return PREC_ADD;
    case TK_STAR:
        *op = BIN_MUL;
        return PREC_MUL;
    case TK_SLASH:
        *op = BIN_DIV;
        return PREC_MUL;
    case TK_PERCENT:
        *op = BIN_REM;
        return PREC_MUL;
    case TK_KW_AS:
        return PREC_AS;
    default:
        return 0;
    }
}

static bool assign_op(TokenKind k, BinaryOp *op) {
    switch (k) {
    case TK_PLUSEQ:
        *op = BIN_ADD;
        return true;
    case TK_MINUSEQ:
        *op = BIN_SUB;
        return true;
    case TK_STAREQ:
        *op = BIN_MUL;
        return true;
    case TK_SLASHEQ:
        *op = BIN_DIV;
        return true;
    case TK_PERCENTEQ:
        *op = BIN_REM;
        return true;
    case TK_AMPEQ:
        *op = BIN_BITAND;
        return true;
    case TK_PIPEEQ:
        *op = BIN_BITOR;
        return true;
    case TK_CARETEQ:
        *op = BIN_BITXOR;
        return true;
    case TK_SHLEQ:
        *op = BIN_SHL;
        return true;
    case TK_SHREQ:
        *op = BIN_SHR;
        return true;
    default:
        return false;
    }
}

static bool is_comparison(const Expr *e) {
    return e->kind == EX_BINARY && e->binary.op >= BIN_EQ && e->binary.op <= BIN_GE;
}

static Expr *parse_unary(Parser *p, int r);
static Expr *finish_postfix(Parser *p, Expr *e, int r);

// bin = unary (binop bin | "as" type)*       (precedence climbing)
static Expr *finish_bin(Parser *p, Expr *lhs, int min_prec, int r) {
    for (;;) {
        BinaryOp op = BIN_ADD;
        Token *t = cur(p);
        int prec = binop_prec(t->kind, &op);
        if (prec == 0 || prec < min_prec || line_ended(p))
            return lhs;
        Token optok = advance(p);
        if (optok.kind == TK_KW_AS) {
            Expr *e = expr_node(p, EX_CAST, lhs->span);
            e->cast.expr = lhs;
            e->cast.to = parse_type(p);
            e->span = span_from(p, lhs->span);
            lhs = e;
            continue;
        }
        Expr *rhs = finish_bin(p, parse_unary(p, r), prec + 1, r);
        if (prec == PREC_CMP && is_comparison(lhs) && !p->recovering) {
            Diag *d = diag_error(p->diags, optok.span, "E0053", "syntax/chained-comparison", NULL,
                                 "comparison operators cannot be chained");
            diag_label(p->diags, d, lhs->binary.rhs->span, "this operand is compared twice");
            diag_help(p->diags, d,
                      "split the comparison with `&&`, e.g. `a < b && b < c`, or add "
                      "parentheses");
        }
        lhs = binary(p, op, lhs, rhs);
    }
}

static bool range_has_end(Parser *p, int r) {
    if (line_ended(p))
        return false;
    TokenKind k = cur(p)->kind;
    if (k == TK_LBRACE && (r & R_NO_STRUCT))
        return false;
    return can_start_expr(k);
}

// range = bin? (".." bin? | "..=" bin)
static Expr *finish_range(Parser *p, Expr *lo, int r) {
    if (!at(p, TK_DOTDOT) && !at(p, TK_DOTDOTEQ))
        return lo;
    Token op = advance(p);
    Expr *e = expr_node(p, EX_RANGE, lo ? lo->span : op.span);
    e->range.lo = lo;
    e->range.inclusive = op.kind == TK_DOTDOTEQ;
    if (range_has_end(p, r))
        e->range.hi = finish_bin(p, parse_unary(p, r), PREC_OR, r);
    else if (e->range.inclusive)
        err_expected(p, "the end of an inclusive range");
    e->span = span_from(p, e->span);
    return e;
}

static Expr *parse_range(Parser *p, int r) {
    if (at(p, TK_DOTDOT) || at(p, TK_DOTDOTEQ))
        return finish_range(p, NULL, r);
    return finish_range(p, finish_bin(p, parse_unary(p, r), PREC_OR, r), r);
}

// send = range ("!" range)?
static Expr *finish_send(Parser *p, Expr *lhs, int r) {
    if (!at(p, TK_BANG) || line_ended(p))
        return lhs;
    advance(p);
    return binary(p, BIN_SEND, lhs, parse_range(p, r));
}

// assign = send (("=" | "+=" | "-=" | ...) assign)?
static Expr *finish_assign(Parser *p, Expr *lhs, int r) {
    TokenKind k = cur(p)->kind;
    BinaryOp op = BIN_ADD;
    bool compound = assign_op(k, &op);
    if (k != TK_EQ && !compound)
        return lhs;
    if (line_ended(p))
        return lhs;
    Token optok = advance(p);
    if (k == TK_EQ && (r & R_COND)) {
        Diag *d = perr(p, optok.span, "E0054", "syntax/assign-in-condition", "assignment here",
                       "expected a condition, found an assignment `=`");
        if (d)
            diag_help(p->diags, d, "use `==` to compare");
        p->recovering = false; /* read it as `==` and go on */
        Expr *rhs = finish_send(p, parse_range(p, r), r);
        return binary(p, BIN_EQ, lhs, rhs);
    }
    if (!enter(p)) {
        skip_nested(p);
        return expr_error(p, optok.span);
    }
    Expr *rhs = finish_assign(p, finish_send(p, parse_range(p, r), r), r);
    leave(p);
    Expr *e = expr_node(p, EX_ASSIGN, span_join(lhs->span, rhs->span));
    e->assign.compound = compound;
    e->assign.op = op;
    e->assign.lhs = lhs;
    e->assign.rhs = rhs;
    return e;
}

// expr = assign
Expr *parse_expr_r(Parser *p, int r) {
    Expr *lhs = finish_send(p, parse_range(p, r), r);
    return finish_assign(p, lhs, r);
}

Expr *parse_expr(Parser *p) {
    return parse_expr_r(p, R_NONE);
}

Expr *parse_expr_no_struct(Parser *p) {
    return parse_expr_r(p, R_NO_STRUCT);
}

/* A statement that starts with a block-like expression ends after it
 * unless `.` or `?` continues it (Rust's rule). */
Expr *parse_expr_after_block(Parser *p, Expr *lhs) {
    lhs = finish_postfix(p, lhs, R_NONE);
    lhs = finish_bin(p, lhs, PREC_OR, R_NONE);
    lhs = finish_range(p, lhs, R_NONE);
    lhs = finish_send(p, lhs, R_NONE);
    return finish_assign(p, lhs, R_NONE);
}

bool expr_is_block_like(const Expr *e) {
    switch (e->kind) {
    case EX_BLOCK:
    case EX_IF:
    case EX_WHILE:
    case EX_LOOP:
    case EX_FOR:
    case EX_MATCH:
        return true;
    case EX_MACRO:
        return e->macro.delim == MAC_BRACE;
    default:
        return false;
    }
}

static Expr *parse_primary(Parser *p, int r);

// unary = ("-" | "!" | "*" | "&" "mut"? | "&&" "mut"?) unary | postfix
static Expr *parse_unary_inner(Parser *p, int r) {
    Token *t = cur(p);
    Span start = t->span;
    UnaryOp op;
    switch (t->kind) {
    case TK_MINUS:
        op = UN_NEG;
        break;
    case TK_BANG:
        op = UN_NOT;
        break;
    case TK_STAR:
        op = UN_DEREF;
        break;
    case TK_AMP:
    case TK_ANDAND:
        op = UN_REF;
        break;
    default:
        return finish_postfix(p, parse_primary(p, r), r);
    }
    bool dbl = t->kind == TK_ANDAND;
    advance(p);
    if (op == UN_REF && accept(p, TK_KW_MUT))
        op = UN_REF_MUT;
    Expr *e = expr_node(p, EX_UNARY, start);
    e->unary.op = op;
    e->unary.operand = parse_unary(p, r);
    e->span = span_from(p, start);
    if (dbl) { /* && is two borrows */
        Expr *outer = expr_node(p, EX_UNARY, e->span);
        e->span.start++;
        outer->unary.op = UN_REF;
        outer->unary.operand = e;
        return outer;
    }
    return e;
}

static Expr *parse_unary(Parser *p, int r) {
    if (!enter(p)) {
        Span s = cur(p)->span;
        skip_nested(p);
        return expr_error(p, s);
    }
    Expr *e = parse_unary_inner(p, r);
    leave(p);
    return e;
}

// args = "(" (expr ("," expr)* ","?)? ")"
static Expr **parse_call_args(Parser *p, int *nargs) {
    Span open = cur(p)->span;
    advance(p);
    PtrVec args = {0};
    while (!at(p, TK_RPAREN) && !at(p, TK_EOF)) {
        ptrvec_push(p->arena, &args, parse_expr(p));
        if (p->recovering)
            break;
        if (accept(p, TK_COMMA))
            continue;
        if (at(p, TK_RPAREN))
            break;
        if (!can_start_expr(cur(p)->kind))
            break;
        err_missing_comma(p, "arguments", NULL);
        p->recovering = false; /* read it as the next argument */
    }
    expect_close(p, TK_RPAREN, open);
    return vec_finish(p, &args, nargs);
}

/* `t.0.1` lexes `0.1` as a float; split it into two tuple indices. */
static Expr *tuple_field(Parser *p, Expr *base, Token t) {
    SourceFile *f = source_file(p->sm, t.span.file);
    const char *text = f->text + t.span.start;
    uint32_t n = t.span.end - t.span.start;
    uint32_t dot = 0;
    bool ok = n > 0;
    for (uint32_t i = 0; i < n && ok; i++) {
        if (text[i] == '.' && !dot && i > 0 && i + 1 < n)
            dot = i;
        else if (text[i] < '0' || text[i] > '9')
            ok = false;
    }
    if (!ok || (t.kind == TK_INT && (dot || t.suffix != SUF_NONE)) ||
        (t.kind == TK_FLOAT && !dot)) {
        perr(p, t.span, "E0069", "syntax/bad-tuple-index", "not a tuple index",
             "invalid tuple index %s", tok_describe(p, &t));
        return expr_error(p, span_join(base->span, t.span));
    }
    uint32_t parts = dot ? 2 : 1;
    uint32_t from = 0;
    for (uint32_t k = 0; k < parts; k++) {
        uint32_t to = (k == 0 && dot) ? dot : n;
        Expr *e = expr_node(p, EX_FIELD, base->span);
        e->field.base = base;
        e->field.name = arena_strndup(p->arena, text + from, to - from);
        e->field.name_span = (Span){t.span.file, t.span.start + from, t.span.start + to};
        e->field.is_index = true;
        e->span.end = e->field.name_span.end;
        base = e;
        from = to + 1;
    }
    return base;
}

// postfix = primary ("." ident ("::" generic_args)? args? | "." int | args | "[" expr "]" | "?")*
static Expr *finish_postfix(Parser *p, Expr *e, int r) {
    for (;;) {
        Token *t = cur(p);
        if (line_ended(p) && t->kind != TK_DOT)
            return e;
        if (t->kind == TK_DOT) {
            advance(p);
            Token name = *cur(p);
            if (name.kind == TK_INT || name.kind == TK_FLOAT) {
                advance(p);
                e = tuple_field(p, e, name);
                continue;
            }
            if (name.kind != TK_IDENT) {
                err_expected(p, "a field or method name");
                return e;
            }
            advance(p);
            PathSeg seg = {0};
            seg.span = name.span;
            seg.name = tok_name(p, &name);
            if (at(p, TK_COLONCOLON) && peek(p, 1)->kind == TK_LT) {
                advance(p);
                parse_generic_args(p, &seg);
            }
            if (at(p, TK_LPAREN)) {
                Expr *m = expr_node(p, EX_METHOD_CALL, e->span);
                m->method_call.recv = e;
                m->method_call.method = seg;
                m->method_call.args = parse_call_args(p, &m->method_call.nargs);
                m->span = span_from(p, e->span);
                e = m;
            } else {
                if (seg.has_generics)
                    err_expected(p, "`(` after a method's generic arguments");
                Expr *f = expr_node(p, EX_FIELD, e->span);
                f->field.base = e;
                f->field.name = seg.name;
                f->field.name_span = name.span;
                f->span = span_from(p, e->span);
                e = f;
            }
        } else if (t->kind == TK_LPAREN) {
            Expr *c = expr_node(p, EX_CALL, e->span);
            c->call.callee = e;
            c->call.args = parse_call_args(p, &c->call.nargs);
            c->span = span_from(p, e->span);
            e = c;
        } else if (t->kind == TK_LBRACKET) {
            Span open = t->span;
            advance(p);
            Expr *ix = expr_node(p, EX_INDEX, e->span);
            ix->index.base = e;
            ix->index.index = parse_expr(p);
            expect_close(p, TK_RBRACKET, open);
            ix->span = span_from(p, e->span);
            e = ix;
        } else if (t->kind == TK_QUESTION) {
            advance(p);
            Expr *q = expr_node(p, EX_TRY, span_from(p, e->span));
            q->inner = e;
            e = q;
        } else {
            return e;
        }
        if (p->recovering)
            return e;
    }
}

// path_expr = ("::")? seg ("::" (seg | generic_args))*      seg = ident | "self" | "Self"
Path parse_expr_path(Parser *p) {
    Path path = {0};
    Span start = cur(p)->span;
    /* Segments are built on the C stack and copied once at their exact
     * size: paths are the most common expression. */
    PathSeg segs[16];
    PathSeg *heap = NULL;
    int n = 0, cap = 16;
    for (;;) {
        Token *t = cur(p);
        if (t->kind != TK_IDENT && t->kind != TK_KW_SELF_LOWER && t->kind != TK_KW_SELF_UPPER) {
            err_expected(p, "an identifier");
            break;
        }
        if (n == cap) {
            cap *= 2;
            PathSeg *bigger = arena_alloc(p->arena, sizeof(PathSeg) * (size_t)cap);
            memcpy(bigger, heap ? heap : segs, sizeof(PathSeg) * (size_t)n);
            heap = bigger;
        }
        PathSeg *seg = &(heap ? heap : segs)[n++];
        *seg = (PathSeg){0};
        seg->span = t->span;
        seg->name = pstr(p, t);
        advance(p);
        if (!at(p, TK_COLONCOLON))
            break;
        advance(p);
        if (at(p, TK_LT)) {
            parse_generic_args(p, seg);
            seg->span = span_from(p, seg->span);
            if (!at(p, TK_COLONCOLON) || p->recovering)
                break;
            advance(p);
        }
    }
    if (!heap) {
        heap = arena_alloc(p->arena, sizeof(PathSeg) * (size_t)(n ? n : 1));
        memcpy(heap, segs, sizeof(PathSeg) * (size_t)n);
    }
    path.segs = heap;
    path.nsegs = n;
    path.span = span_from(p, start);
    return path;
}

// literal = "-"? (int | float) | string | raw_string | char | "true" | "false"
Expr *parse_literal_expr(Parser *p) {
    Span start = cur(p)->span;
    if (at(p, TK_MINUS)) {
        advance(p);
        Expr *e = expr_node(p, EX_UNARY, start);
        e->unary.op = UN_NEG;
        e->unary.operand = parse_literal_expr(p);
        e->span = span_from(p, start);
        return e;
    }
    Token t = advance(p);
    Expr *e = expr_node(p, EX_ERROR, t.span);
    switch (t.kind) {
    case TK_INT:
        e->kind = EX_INT;
        e->int_lit.value = t.int_value;
        e->int_lit.suffix = t.suffix;
        break;
    case TK_FLOAT:
        e->kind = EX_FLOAT;
        e->float_lit.value = t.float_value;
        e->float_lit.suffix = t.suffix;
        break;
    case TK_STRING:
    case TK_RAW_STRING:
        e->kind = EX_STR;
        e->str_lit.data = arena_strndup(p->arena, t.str ? t.str : "", t.str_len);
        e->str_lit.len = t.str_len;
        e->str_lit.raw = t.kind == TK_RAW_STRING;
        break;
    case TK_CHAR:
        e->kind = EX_CHAR;
        e->char_lit = t.char_value;
        break;
    case TK_KW_TRUE:
    case TK_KW_FALSE:
        e->kind = EX_BOOL;
        e->bool_lit = t.kind == TK_KW_TRUE;
        break;
    default:
        p->prev = t;
        perr(p, t.span, "E0063", "syntax/expected-expression", "expected a literal",
             "expected a literal, found %s", tok_describe(p, &t));
        break;
    }
    return e;
}

static bool at_field_name(Parser *p) {
    return at(p, TK_IDENT) || at(p, TK_INT);
}

// struct_lit = path "{" (field_init ("," field_init)* ("," ".." expr)? ","?)? "}"
// field_init = (ident | int) (":" expr)?
static Expr *parse_struct_lit(Parser *p, Path path) {
    Expr *e = expr_node(p, EX_STRUCT_LIT, path.span);
    e->struct_lit.path = path;
    Span open = cur(p)->span;
    advance(p);
    PtrVec fields = {0};
    skip_newlines(p);
    while (!at(p, TK_RBRACE) && !at(p, TK_EOF)) {
        if (accept(p, TK_DOTDOT)) {
            e->struct_lit.base = parse_expr(p);
            skip_newlines(p);
            accept(p, TK_COMMA);
            skip_newlines(p);
            break;
        }
        if (!at_field_name(p)) {
            err_expected(p, "a field name");
            break;
        }
        Token name = advance(p);
        FieldInit *fi = NEW(p, FieldInit);
        fi->span = name.span;
        fi->name = name.kind == TK_INT
                       ? arena_printf(p->arena, "%llu", (unsigned long long)name.int_value)
                       : tok_name(p, &name);
        if (accept(p, TK_COLON)) {
            fi->value = parse_expr(p);
        } else {
            fi->shorthand = true;
            Expr *v = expr_node(p, EX_PATH, name.span);
            v->path.segs = NEW(p, PathSeg);
            v->path.segs[0].span = name.span;
            v->path.segs[0].name = fi->name;
            v->path.nsegs = 1;
            v->path.span = name.span;
            fi->value = v;
        }
        fi->span = span_from(p, fi->span);
        ptrvec_push(p->arena, &fields, fi);
        if (p->recovering)
            break;
        skip_newlines(p);
        if (accept(p, TK_COMMA)) {
            skip_newlines(p);
            continue;
        }
        if (at(p, TK_RBRACE))
            break;
        if (!at_field_name(p) && !at(p, TK_DOTDOT))
            break;
        err_missing_comma(p, "struct fields", NULL);
        p->recovering = false; /* read it as the next field */
    }
    e->struct_lit.fields = vec_finish(p, &fields, &e->struct_lit.nfields);
    if (p->recovering) {
        skip_nested(p);
        while (!at(p, TK_RBRACE) && !at(p, TK_EOF)) {
            advance(p);
            skip_nested(p);
        }
        if (accept(p, TK_RBRACE))
            p->recovering = false;
    } else {
        expect_close(p, TK_RBRACE, open);
    }
    e->span = span_from(p, path.span);
    return e;
}

/* In a condition `P { a: 1 }` would open the block; `{ ident :` cannot
 * start a block, so it is surely a misplaced struct literal. */
static bool looks_like_struct_body(Parser *p) {
    return at(p, TK_LBRACE) && peek(p, 1)->kind == TK_IDENT && peek(p, 2)->kind == TK_COLON;
}

// macro = ident "!" ("(" args ")" | "[" (args | expr ";" expr) "]" | "{" args "}")
static Expr *parse_macro(Parser *p) {
    Token name = advance(p);
    advance(p); /* ! */
    Expr *e = expr_node(p, EX_MACRO, name.span);
    e->macro.name = tok_name(p, &name);
    Token open = advance(p);
    TokenKind close = open.kind == TK_LPAREN     ? TK_RPAREN
                      : open.kind == TK_LBRACKET ? TK_RBRACKET
                                                 : TK_RBRACE;
    e->macro.delim = open.kind == TK_LPAREN     ? MAC_PAREN
                     : open.kind == TK_LBRACKET ? MAC_BRACKET
                                                : MAC_BRACE;
    PtrVec args = {0};
    skip_newlines(p);
    while (!at(p, close) && !at(p, TK_EOF)) {
        ptrvec_push(p->arena, &args, parse_expr(p));
        if (p->recovering)
            break;
        skip_newlines(p);
        if (args.len == 1 && close == TK_RBRACKET && accept(p, TK_SEMI)) {
            e->macro.is_repeat = true;
            ptrvec_push(p->arena, &args, parse_expr(p));
            skip_newlines(p);
            break;
        }
        if (accept(p, TK_COMMA)) {
            skip_newlines(p);
            continue;
        }
        if (at(p, close))
            break;
        if (!can_start_expr(cur(p)->kind))
            break;
        err_missing_comma(p, "macro arguments", NULL);
        p->recovering = false;
    }
    e->macro.args = vec_finish(p, &args, &e->macro.nargs);
    expect_close(p, close, open.span);
    e->span = span_from(p, name.span);
    return e;
}

// closure = "move"? ("||" | "|" (param ("," param)* ","?)? "|") ("->" type block | expr)
// param = pat_single (":" type)?
static Expr *parse_closure(Parser *p) {
    Span start = cur(p)->span;
    Expr *e = expr_node(p, EX_CLOSURE, start);
    e->closure.is_move = accept(p, TK_KW_MOVE);
    PtrVec params = {0};
    if (!accept(p, TK_OROR)) {
        if (!expect(p, TK_PIPE))
            return expr_error(p, span_from(p, start));
        while (!at(p, TK_PIPE) && !at(p, TK_EOF)) {
            ClosureParam *cp = NEW(p, ClosureParam);
            cp->span = cur(p)->span;
            cp->pat = parse_pattern_single(p);
            if (accept(p, TK_COLON))
                cp->ty = parse_type(p);
            cp->span = span_from(p, cp->span);
            ptrvec_push(p->arena, &params, cp);
            if (p->recovering || !accept(p, TK_COMMA))
                break;
        }
        if (!p->recovering)
            expect(p, TK_PIPE);
    }
    e->closure.params = vec_finish(p, &params, &e->closure.nparams);
    if (accept(p, TK_ARROW)) {
        e->closure.ret = parse_type(p);
        if (!at(p, TK_LBRACE))
            err_expected(p, "`{` (a closure with a return type needs a block body)");
        e->closure.body = parse_block_expr(p, NULL, false, cur(p)->span);
    } else {
        e->closure.body = parse_expr(p);
    }
    e->span = span_from(p, start);
    return e;
}

// spawn = "spawn" (block | closure | path struct_lit?)
static Expr *parse_spawn(Parser *p) {
    Span start = advance(p).span;
    Expr *e = expr_node(p, EX_SPAWN, start);
    Token *t = cur(p);
    if (t->kind == TK_LBRACE) {
        e->spawn_body = parse_block_expr(p, NULL, false, t->span);
    } else if (t->kind == TK_KW_MOVE || t->kind == TK_PIPE || t->kind == TK_OROR) {
        e->spawn_body = parse_closure(p);
    } else if (t->kind == TK_IDENT || t->kind == TK_KW_SELF_UPPER) {
        Path path = parse_expr_path(p);
        if (at(p, TK_LBRACE)) {
            e->spawn_body = parse_struct_lit(p, path);
        } else {
            Expr *pe = expr_node(p, EX_PATH, path.span);
            pe->path = path;
            e->spawn_body = pe;
        }
    } else {
        err_expected(p, "a block, a closure or an actor after `spawn`");
        e->spawn_body = expr_error(p, t->span);
    }
    e->span = span_from(p, start);
    return e;
}

// paren = "(" ")" | "(" expr ")" | "(" expr "," (expr ("," expr)* ","?)? ")"
static Expr *parse_paren(Parser *p) {
    Span open = advance(p).span;
    PtrVec elems = {0};
    bool comma = false;
    while (!at(p, TK_RPAREN) && !at(p, TK_EOF)) {
        ptrvec_push(p->arena, &elems, parse_expr(p));
        if (p->recovering)
            break;
        comma = accept(p, TK_COMMA);
        if (comma)
            continue;
        if (at(p, TK_RPAREN))
            break;
        if (elems.len > 1) {
            if (!can_start_expr(cur(p)->kind))
                break;
            err_missing_comma(p, "tuple elements", NULL);
            p->recovering = false;
        } else {
            break;
        }
    }
    expect_close(p, TK_RPAREN, open);
    Span span = span_from(p, open);
    if (elems.len == 1 && !comma) {
        Expr *e = expr_node(p, EX_PAREN, span);
        e->inner = elems.items[0];
        return e;
    }
    Expr *e = expr_node(p, EX_TUPLE, span);
    e->list.elems = vec_finish(p, &elems, &e->list.nelems);
    return e;
}

// array = "[" (expr ("," expr)* ","?)? "]" | "[" expr ";" expr "]"
static Expr *parse_array(Parser *p) {
    Span open = advance(p).span;
    PtrVec elems = {0};
    Expr *e = expr_node(p, EX_ARRAY, open);
    while (!at(p, TK_RBRACKET) && !at(p, TK_EOF)) {
        Expr *x = parse_expr(p);
        ptrvec_push(p->arena, &elems, x);
        if (p->recovering)
            break;
        if (elems.len == 1 && accept(p, TK_SEMI)) {
            e->kind = EX_ARRAY_REPEAT;
            e->repeat.value = x;
            e->repeat.count = parse_expr(p);
            break;
        }
        if (accept(p, TK_COMMA))
            continue;
        if (at(p, TK_RBRACKET))
            break;
        if (!can_start_expr(cur(p)->kind))
            break;
        err_missing_comma(p, "array elements", NULL);
        p->recovering = false;
    }
    expect_close(p, TK_RBRACKET, open);
    if (e->kind == EX_ARRAY)
        e->list.elems = vec_finish(p, &elems, &e->list.nelems);
    e->span = span_from(p, open);
    return e;
}

// jump = "return" expr? | "break" label? expr? | "continue" label?
static Expr *parse_jump(Parser *p, int r) {
    Token kw = advance(p);
    ExprKind kind = kw.kind == TK_KW_RETURN  ? EX_RETURN
                    : kw.kind == TK_KW_BREAK ? EX_BREAK
                                             : EX_CONTINUE;
    Expr *e = expr_node(p, kind, kw.span);
    if (kind != EX_RETURN && at(p, TK_LABEL) && !cur(p)->newline_before) {
        Token l = advance(p);
        e->jump.label = tok_name(p, &l);
    }
    if (kind != EX_CONTINUE && !cur(p)->newline_before && can_start_expr(cur(p)->kind) &&
        !(at(p, TK_LBRACE) && (r & R_NO_STRUCT)))
        e->jump.value = parse_expr_r(p, r);
    e->span = span_from(p, kw.span);
    return e;
}

// primary = literal | path_expr (struct_lit | macro)? | paren | array | block_like
//         | closure | spawn | jump
static Expr *parse_primary(Parser *p, int r) {
    Token *t = cur(p);
    Span start = t->span;
    switch (t->kind) {
    case TK_INT:
    case TK_FLOAT:
    case TK_STRING:
    case TK_RAW_STRING:
    case TK_CHAR:
    case TK_KW_TRUE:
    case TK_KW_FALSE:
        return parse_literal_expr(p);
    case TK_IDENT:
        if (peek(p, 1)->kind == TK_BANG && tok_adjacent(t, peek(p, 1))) {
            TokenKind k = peek(p, 2)->kind;
            if (k == TK_LPAREN || k == TK_LBRACKET || k == TK_LBRACE)
                return parse_macro(p);
        }
        /* fallthrough */
    case TK_KW_SELF_LOWER:
    case TK_KW_SELF_UPPER: {
        Path path = parse_expr_path(p);
        if (at(p, TK_LBRACE) && !line_ended(p)) {
            if (!(r & R_NO_STRUCT))
                return parse_struct_lit(p, path);
            if (looks_like_struct_body(p)) {
                Diag *d = perr(p, path.span, "E0061", "syntax/struct-literal-in-condition",
                               "struct literal here", "struct literals are not allowed here");
                if (d)
                    diag_help(p->diags, d, "surround the struct literal with parentheses");
                p->recovering = false;
                return parse_struct_lit(p, path);
            }
        }
        Expr *e = expr_node(p, EX_PATH, path.span);
        e->path = path;
        return e;
    }
    case TK_LPAREN:
        return parse_paren(p);
    case TK_LBRACKET:
        return parse_array(p);
    case TK_LBRACE:
    case TK_KW_IF:
    case TK_KW_MATCH:
    case TK_KW_LOOP:
    case TK_KW_WHILE:
    case TK_KW_FOR:
    case TK_KW_UNSAFE:
    case TK_LABEL:
        return parse_block_like(p);
    case TK_PIPE:
    case TK_OROR:
    case TK_KW_MOVE:
        return parse_closure(p);
    case TK_KW_SPAWN:
        return parse_spawn(p);
    case TK_KW_RETURN:
    case TK_KW_BREAK:
    case TK_KW_CONTINUE:
        return parse_jump(p, r);
    case TK_ERROR:
        advance(p);
        p->recovering = true; /* the lexer reported it */
        return expr_error(p, start);
    default:
        perr(p,
             t->kind == TK_NEWLINE || t->kind == TK_EOF
                 ? (Span){start.file, p->prev.span.end, p->prev.span.end}
                 : start,
             "E0063", "syntax/expected-expression", "expected an expression",
             "expected an expression, found %s", tok_describe(p, t));
        return expr_error(p, start);
    }
}
