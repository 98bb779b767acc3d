/* Types (LANGUAGE.md §3) and patterns (§4) for the parser. */
#include "parse_internal.h"

#include <string.h>

static TypeExpr *type_node(Parser *p, TypeExprKind kind, Span span) {
    TypeExpr *t = NEW(p, TypeExpr);
    t->kind = kind;
    t->span = span;
    return t;
}

static TypeExpr *type_error(Parser *p, Span span) {
    return type_node(p, TE_ERROR, span);
}

static bool is_path_start(TokenKind k) {
    return k == TK_IDENT || k == TK_KW_SELF_LOWER || k == TK_KW_SELF_UPPER;
}

// generic_args = "<" (type ("," type)* ","?)? ">"
void parse_generic_args(Parser *p, PathSeg *seg) {
    Span open = cur(p)->span;
    advance(p); /* < */
    PtrVec args = {0};
    seg->has_generics = true;
    while (!at(p, TK_GT) && !at(p, TK_SHR) && !at(p, TK_GE) && !at(p, TK_SHREQ)) {
        if (at(p, TK_EOF)) {
            err_unclosed(p, open);
            break;
        }
        ptrvec_push(p->arena, &args, parse_type(p));
        if (p->recovering)
            break;
        if (!accept(p, TK_COMMA))
            break;
    }
    if (!p->recovering)
        expect_gt(p);
    seg->generics = vec_finish(p, &args, &seg->ngenerics);
}

// fn_sugar = "(" (type ("," type)*)? ")" ("->" type)?     (in Fn(A) -> B)
static void parse_fn_sugar(Parser *p, PathSeg *seg) {
    Span open = cur(p)->span;
    advance(p); /* ( */
    PtrVec args = {0};
    seg->fn_sugar = true;
    while (!at(p, TK_RPAREN) && !at(p, TK_EOF)) {
        ptrvec_push(p->arena, &args, parse_type(p));
        if (p->recovering || !accept(p, TK_COMMA))
            break;
    }
    expect_close(p, TK_RPAREN, open);
    seg->generics = vec_finish(p, &args, &seg->ngenerics);
    if (accept(p, TK_ARROW))
        seg->fn_ret = parse_type(p);
}

// type_path = ident generic_args? ("::" ident generic_args?)*
Path parse_type_path(Parser *p) {
    Path path = {0};
    Span start = cur(p)->span;
    PathSeg segs[16];
    PathSeg *heap = NULL;
    int n = 0, cap = 16;
    for (;;) {
        Token *t = cur(p);
        if (!is_path_start(t->kind)) {
            err_expected(p, "a type name");
            break;
        }
        PathSeg seg = {0};
        seg.span = t->span;
        seg.name = pstr(p, t);
        advance(p);
        if (at(p, TK_LT))
            parse_generic_args(p, &seg);
        else if (at(p, TK_COLONCOLON) && peek(p, 1)->kind == TK_LT) {
            advance(p);
            parse_generic_args(p, &seg);
        } else if (at(p, TK_LPAREN) &&
                   (strcmp(seg.name, "Fn") == 0 || strcmp(seg.name, "FnMut") == 0 ||
                    strcmp(seg.name, "FnOnce") == 0))
            parse_fn_sugar(p, &seg);
        seg.span = span_from(p, seg.span);
        if (n == cap) {
            cap *= 2;
            PathSeg *bigger = arena_alloc(p->arena, sizeof(PathSeg) * (size_t)cap);
            memcpy(bigger, heap ? heap : segs, sizeof(PathSeg) * (size_t)n);
            heap = bigger;
        }
        (heap ? heap : segs)[n++] = seg;
        if (!at(p, TK_COLONCOLON) || p->recovering)
            break;
        advance(p);
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

// bounds = type_path ("+" type_path)*
void parse_bounds(Parser *p, PtrVec *out) {
    do {
        Span start = cur(p)->span;
        TypeExpr *t = type_node(p, TE_PATH, start);
        t->path = parse_type_path(p);
        t->span = span_from(p, start);
        ptrvec_push(p->arena, out, t);
        if (p->recovering)
            return;
    } while (accept(p, TK_PLUS));
}

// type = "&" "mut"? type | "&&" type | "(" (type ("," type)* ","?)? ")"
//      | "[" type (";" expr)? "]" | "fn" "(" types ")" ("->" type)? | "_" | type_path
static TypeExpr *parse_type_inner(Parser *p) {
    Token *t = cur(p);
    Span start = t->span;
    switch (t->kind) {
    case TK_AMP:
    case TK_ANDAND: {
        bool dbl = t->kind == TK_ANDAND;
        advance(p);
        TypeExpr *r = type_node(p, TE_REF, start);
        r->ref.is_mut = accept(p, TK_KW_MUT);
        r->ref.inner = parse_type(p);
        r->span = span_from(p, start);
        if (dbl) { /* && is two references */
            TypeExpr *outer = type_node(p, TE_REF, r->span);
            r->span.start++;
            outer->ref.inner = r;
            return outer;
        }
        return r;
    }
    case TK_LPAREN: {
        advance(p);
        PtrVec elems = {0};
        bool comma = false;
        while (!at(p, TK_RPAREN) && !at(p, TK_EOF)) {
            ptrvec_push(p->arena, &elems, parse_type(p));
            if (p->recovering)
                break;
            if (!(comma = accept(p, TK_COMMA)))
                break;
        }
        expect_close(p, TK_RPAREN, start);
        if (elems.len == 1 && !comma) /* (T) is T */
            return elems.items[0];
        TypeExpr *r = type_node(p, TE_TUPLE, span_from(p, start));
        r->tuple.elems = vec_finish(p, &elems, &r->tuple.nelems);
        return r;
    }
    case TK_LBRACKET: {
        advance(p);
        TypeExpr *r = type_node(p, TE_SLICE, start);
        r->array.elem = parse_type(p);
        if (accept(p, TK_SEMI)) {
            r->kind = TE_ARRAY;
            r->array.len = parse_expr(p);
        }
        expect_close(p, TK_RBRACKET, start);
        r->span = span_from(p, start);
        return r;
    }
    case TK_KW_FN: {
        advance(p);
        TypeExpr *r = type_node(p, TE_FN, start);
        Span open = cur(p)->span;
        PtrVec params = {0};
        if (expect(p, TK_LPAREN)) {
            while (!at(p, TK_RPAREN) && !at(p, TK_EOF)) {
                ptrvec_push(p->arena, &params, parse_type(p));
                if (p->recovering || !accept(p, TK_COMMA))
                    break;
            }
            expect_close(p, TK_RPAREN, open);
        }
        r->fn.params = vec_finish(p, &params, &r->fn.nparams);
        if (accept(p, TK_ARROW))
            r->fn.ret = parse_type(p);
        r->span = span_from(p, start);
        return r;
    }
    case TK_IDENT:
        if (t->str_len == 1 && t->str[0] == '_') {
            advance(p);
            return type_node(p, TE_INFER, start);
        }
        /* fallthrough */
    case TK_KW_SELF_UPPER:
    case TK_KW_SELF_LOWER: {
        TypeExpr *r = type_node(p, TE_PATH, start);
        r->path = parse_type_path(p);
        r->span = span_from(p, start);
        return r;
    }
    default:
        perr(p, t->span, "E0065", "syntax/expected-type", "expected a type",
             "expected a type, found %s", tok_describe(p, t));
        return type_error(p, start);
    }
}

TypeExpr *parse_type(Parser *p) {
    if (!enter(p)) {
        Span s = cur(p)->span;
        skip_nested(p);
        return type_error(p, s);
    }
    TypeExpr *t = parse_type_inner(p);
    leave(p);
    return t;
}

static Pat *pat_node(Parser *p, PatKind kind, Span span) {
    Pat *pt = NEW(p, Pat);
    pt->kind = kind;
    pt->span = span;
    return pt;
}

static bool is_literal_start(Parser *p) {
    switch (cur(p)->kind) {
    case TK_INT:
    case TK_FLOAT:
    case TK_STRING:
    case TK_RAW_STRING:
    case TK_CHAR:
    case TK_KW_TRUE:
    case TK_KW_FALSE:
        return true;
    case TK_MINUS:
        return peek(p, 1)->kind == TK_INT || peek(p, 1)->kind == TK_FLOAT;
    default:
        return false;
    }
}

/* A range bound: a literal (maybe negative) or a path to a constant. */
static Expr *parse_range_bound(Parser *p) {
    if (is_literal_start(p))
        return parse_literal_expr(p);
    if (is_path_start(cur(p)->kind)) {
        Expr *e = NEW(p, Expr);
        e->kind = EX_PATH;
        e->span = cur(p)->span;
        e->path = parse_expr_path(p);
        e->span = e->path.span;
        return e;
    }
    err_expected(p, "a range end");
    return expr_error(p, cur(p)->span);
}

static bool at_range_op(Parser *p) {
    return at(p, TK_DOTDOTEQ) || at(p, TK_DOTDOT);
}

static bool can_start_range_bound(Parser *p) {
    return is_literal_start(p) || is_path_start(cur(p)->kind);
}

// range_rest = ("..=" | "..") bound?
static Pat *finish_range(Parser *p, Expr *lo, Span start) {
    Pat *pt = pat_node(p, PAT_RANGE, start);
    pt->range.lo = lo;
    pt->range.inclusive = at(p, TK_DOTDOTEQ);
    advance(p);
    if (pt->range.inclusive || can_start_range_bound(p))
        pt->range.hi = parse_range_bound(p);
    pt->span = span_from(p, start);
    return pt;
}

// pat_list = "(" (pattern ("," pattern)* ","?)? ")"
static void parse_pat_list(Parser *p, PtrVec *out, bool *trailing_comma) {
    Span open = cur(p)->span;
    advance(p);
    *trailing_comma = false;
    while (!at(p, TK_RPAREN) && !at(p, TK_EOF)) {
        ptrvec_push(p->arena, out, parse_pattern(p));
        if (p->recovering)
            break;
        *trailing_comma = accept(p, TK_COMMA);
        if (!*trailing_comma)
            break;
    }
    expect_close(p, TK_RPAREN, open);
}

// struct_pat_body = "{" (field_pat ("," field_pat)* ("," "..")? ","?)? "}"
// field_pat = ident ":" pattern | "ref"? "mut"? ident
static void parse_struct_pat_body(Parser *p, Pat *pt) {
    Span open = cur(p)->span;
    advance(p);
    PtrVec fields = {0};
    skip_newlines(p);
    while (!at(p, TK_RBRACE) && !at(p, TK_EOF)) {
        if (accept(p, TK_DOTDOT)) {
            pt->ctor.has_rest = true;
            skip_newlines(p);
            break;
        }
        FieldPat *fp = NEW(p, FieldPat);
        fp->span = cur(p)->span;
        Token *t = cur(p);
        bool is_ref = t->kind == TK_IDENT && t->str_len == 3 && memcmp(t->str, "ref", 3) == 0 &&
                      (peek(p, 1)->kind == TK_IDENT || peek(p, 1)->kind == TK_KW_MUT);
        if (is_ref)
            advance(p);
        bool is_mut = accept(p, TK_KW_MUT);
        t = cur(p);
        if (t->kind != TK_IDENT && t->kind != TK_INT) {
            err_expected(p, "a field name");
            break;
        }
        fp->name = t->kind == TK_INT
                       ? arena_printf(p->arena, "%llu", (unsigned long long)t->int_value)
                       : pstr(p, t);
        Span name_span = t->span;
        advance(p);
        if (!is_mut && !is_ref && accept(p, TK_COLON)) {
            fp->pat = parse_pattern(p);
        } else {
            fp->shorthand = true;
            Pat *b = pat_node(p, PAT_BIND, name_span);
            b->bind.name = fp->name;
            b->bind.is_mut = is_mut;
            b->bind.is_ref = is_ref;
            fp->pat = b;
        }
        fp->span = span_from(p, fp->span);
        ptrvec_push(p->arena, &fields, fp);
        if (p->recovering)
            break;
        skip_newlines(p);
        if (!accept(p, TK_COMMA)) {
            if (at(p, TK_IDENT))
                err_missing_comma(p, "struct pattern fields", NULL);
            break;
        }
        skip_newlines(p);
    }
    pt->ctor.fields = vec_finish(p, &fields, &pt->ctor.nfields);
    if (p->recovering) {
        /* skip the rest of the pattern body */
        int level = 0;
        while (!at(p, TK_EOF)) {
            TokenKind k = cur(p)->kind;
            if (k == TK_RBRACE && level == 0)
                break;
            if (k == TK_LBRACE || k == TK_LPAREN || k == TK_LBRACKET)
                level++;
            else if ((k == TK_RBRACE || k == TK_RPAREN || k == TK_RBRACKET) && level > 0)
                level--;
            advance(p);
        }
        if (accept(p, TK_RBRACE))
            p->recovering = false;
        else
            expect_close(p, TK_RBRACE, open);
        return;
    }
    expect_close(p, TK_RBRACE, open);
}

// pat_single = "_" | ".." | "&" "mut"? pat_single | "(" pat_list ")"
//            | literal (range_rest)? | "ref"? "mut"? ident ("@" pat_single)?
//            | path ("(" pat_list ")" | struct_pat_body | range_rest)?
static Pat *parse_pat_inner(Parser *p) {
    Token *t = cur(p);
    Span start = t->span;
    if (t->kind == TK_IDENT && t->str_len == 1 && t->str[0] == '_') {
        advance(p);
        return pat_node(p, PAT_WILD, start);
    }
    if (t->kind == TK_DOTDOT) {
        advance(p);
        return pat_node(p, PAT_REST, start);
    }
    if (t->kind == TK_AMP || t->kind == TK_ANDAND) {
        bool dbl = t->kind == TK_ANDAND;
        advance(p);
        Pat *pt = pat_node(p, PAT_REF, start);
        pt->ref.is_mut = accept(p, TK_KW_MUT);
        pt->ref.inner = parse_pattern_single(p);
        pt->span = span_from(p, start);
        if (dbl) {
            Pat *outer = pat_node(p, PAT_REF, pt->span);
            pt->span.start++;
            outer->ref.inner = pt;
            return outer;
        }
        return pt;
    }
    if (t->kind == TK_LPAREN) {
        PtrVec elems = {0};
        bool comma;
        parse_pat_list(p, &elems, &comma);
        if (elems.len == 1 && !comma)
            return elems.items[0]; /* (p) is p */
        Pat *pt = pat_node(p, PAT_TUPLE, span_from(p, start));
        pt->list.elems = vec_finish(p, &elems, &pt->list.nelems);
        return pt;
    }
    if (is_literal_start(p)) {
        Expr *lit = parse_literal_expr(p);
        if (at_range_op(p))
            return finish_range(p, lit, start);
        Pat *pt = pat_node(p, PAT_LIT, span_from(p, start));
        pt->lit = lit;
        return pt;
    }
    bool is_ref = false, is_mut = false;
    if (t->kind == TK_IDENT && t->str_len == 3 && memcmp(t->str, "ref", 3) == 0 &&
        (peek(p, 1)->kind == TK_IDENT || peek(p, 1)->kind == TK_KW_MUT)) {
        advance(p);
        is_ref = true;
    }
    if (accept(p, TK_KW_MUT))
        is_mut = true;
    t = cur(p);
    if (!is_path_start(t->kind) && t->kind != TK_COLONCOLON) {
        perr(p, t->span, "E0064", "syntax/expected-pattern", "expected a pattern",
             "expected a pattern, found %s", tok_describe(p, t));
        return pat_node(p, PAT_ERROR, start);
    }
    TokenKind next = peek(p, 1)->kind;
    bool single = t->kind == TK_IDENT && next != TK_COLONCOLON && next != TK_LPAREN &&
                  next != TK_LBRACE && next != TK_DOTDOT && next != TK_DOTDOTEQ;
    if (single || is_ref || is_mut) {
        Pat *pt = pat_node(p, PAT_BIND, start);
        if (t->kind != TK_IDENT && t->kind != TK_KW_SELF_LOWER) {
            err_expected(p, "a binding name");
            return pat_node(p, PAT_ERROR, start);
        }
        pt->bind.name = pstr(p, t);
        pt->bind.is_ref = is_ref;
        pt->bind.is_mut = is_mut;
        advance(p);
        if (accept(p, TK_AT))
            pt->bind.sub = parse_pattern_single(p);
        pt->span = span_from(p, start);
        return pt;
    }
    Path path = parse_expr_path(p);
    if (at(p, TK_LPAREN)) {
        Pat *pt = pat_node(p, PAT_TUPLE_STRUCT, start);
        pt->ctor.path = path;
        PtrVec elems = {0};
        bool comma;
        parse_pat_list(p, &elems, &comma);
        pt->ctor.elems = vec_finish(p, &elems, &pt->ctor.nelems);
        pt->span = span_from(p, start);
        return pt;
    }
    if (at(p, TK_LBRACE)) {
        Pat *pt = pat_node(p, PAT_STRUCT, start);
        pt->ctor.path = path;
        parse_struct_pat_body(p, pt);
        pt->span = span_from(p, start);
        return pt;
    }
    if (at_range_op(p)) {
        Expr *lo = NEW(p, Expr);
        lo->kind = EX_PATH;
        lo->span = path.span;
        lo->path = path;
        return finish_range(p, lo, start);
    }
    Pat *pt = pat_node(p, PAT_PATH, span_from(p, start));
    pt->ctor.path = path;
    return pt;
}

Pat *parse_pattern_single(Parser *p) {
    if (!enter(p)) {
        Span s = cur(p)->span;
        skip_nested(p);
        return pat_node(p, PAT_ERROR, s);
    }
    Pat *pt = parse_pat_inner(p);
    leave(p);
    return pt;
}

// pattern = "|"? pat_single ("|" pat_single)*
Pat *parse_pattern(Parser *p) {
    Span start = cur(p)->span;
    accept(p, TK_PIPE);
    Pat *first = parse_pattern_single(p);
    if (!at(p, TK_PIPE))
        return first;
    PtrVec alts = {0};
    ptrvec_push(p->arena, &alts, first);
    while (accept(p, TK_PIPE)) {
        ptrvec_push(p->arena, &alts, parse_pattern_single(p));
        if (p->recovering)
            break;
    }
    Pat *pt = pat_node(p, PAT_OR, span_from(p, start));
    pt->list.elems = vec_finish(p, &alts, &pt->list.nelems);
    return pt;
}
