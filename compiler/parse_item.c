/* Items (LANGUAGE.md §2): functions, structs, enums, impls, traits,
 * consts, statics, modules, use, extern blocks, actors, type aliases, and
 * the decorators (`#[...]`) and doc comments attached to them. */
#include "parse_internal.h"

#include <string.h>

/* The decorators LANGUAGE.md §2 defines, plus the FFI ones its examples
 * use (`link`, `module`). Anything else is an error. */
static const char *const KNOWN_ATTRS[] = {
    "derive", "ai_optimize", "ai_test", "ai_translate", "requires", "ensures",
    "test",   "inline",      "allow",   "link",         "module",
};

static Item *item_node(Parser *p, ItemKind kind, Span span) {
    Item *it = NEW(p, Item);
    it->kind = kind;
    it->span = span;
    return it;
}

bool at_item_start(Parser *p) {
    switch (cur(p)->kind) {
    case TK_KW_FN:
    case TK_KW_STRUCT:
    case TK_KW_ENUM:
    case TK_KW_IMPL:
    case TK_KW_TRAIT:
    case TK_KW_CONST:
    case TK_KW_STATIC:
    case TK_KW_MOD:
    case TK_KW_USE:
    case TK_KW_ACTOR:
    case TK_KW_TYPE:
    case TK_KW_PUB:
        return true;
    case TK_KW_EXTERN:
        return peek(p, 1)->kind == TK_STRING || peek(p, 1)->kind == TK_LBRACE;
    case TK_KW_UNSAFE:
        return peek(p, 1)->kind == TK_KW_FN;
    case TK_HASH: /* a malformed `#name` is reported as an attribute */
        return true;
    default:
        return false;
    }
}

/* `fn f()\n{` and `where ...\n{`: a brace on the next line still belongs. */
static void skip_newline_before_brace(Parser *p) {
    if (at(p, TK_NEWLINE) && peek(p, 1)->kind == TK_LBRACE)
        advance(p);
}

// item_end = ";" | newline | <before "}"> | <next token on a new line>
static void item_end(Parser *p) {
    if (accept(p, TK_SEMI) || accept(p, TK_NEWLINE))
        return;
    if (at(p, TK_RBRACE) || at(p, TK_EOF) || cur(p)->newline_before)
        return;
    err_expected(p, "`;` or a newline");
}

static bool name_token(Parser *p, Item *it) {
    Token *t = cur(p);
    if (t->kind != TK_IDENT) {
        err_expected(p, "a name");
        return false;
    }
    it->name = tok_name(p, t);
    it->name_span = t->span;
    advance(p);
    return true;
}

// attr_args = attr_arg ("," attr_arg)* ","?      attr_arg = ident "=" expr | expr
static void parse_attr_args(Parser *p, Attr *a) {
    Span open = advance(p).span;
    PtrVec args = {0};
    a->has_args = true;
    while (!at(p, TK_RPAREN) && !at(p, TK_EOF)) {
        AttrArg *arg = NEW(p, AttrArg);
        Token *t = cur(p);
        arg->span = t->span;
        if (t->kind == TK_IDENT && peek(p, 1)->kind == TK_EQ) {
            arg->kind = ATTR_KEY_VALUE;
            arg->name = tok_name(p, t);
            advance(p);
            advance(p);
            arg->value = parse_expr(p);
        } else {
            Expr *e = parse_expr(p);
            if (e->kind == EX_PATH && e->path.nsegs == 1 && !e->path.segs[0].has_generics) {
                arg->kind = ATTR_WORD;
                arg->name = e->path.segs[0].name;
            } else {
                arg->kind = ATTR_EXPR;
                arg->value = e;
            }
        }
        arg->span = span_from(p, arg->span);
        ptrvec_push(p->arena, &args, arg);
        if (p->recovering)
            break;
        if (accept(p, TK_COMMA))
            continue;
        if (!at(p, TK_RPAREN) && can_start_expr(cur(p)->kind))
            err_missing_comma(p, "attribute arguments", NULL);
        break;
    }
    a->args = vec_finish(p, &args, &a->nargs);
    expect_close(p, TK_RPAREN, open);
}

static Diag *bad_attr(Parser *p, Span span, const char *found) {
    Diag *d = perr(p, span, "E0058", "syntax/bad-attribute", "expected an attribute",
                   "malformed attribute: expected a name, `name(args)` or `name = value`, "
                   "found %s",
                   found);
    if (d)
        diag_help(p->diags, d,
                  "write `#[name]`, `#[name(arg, key = \"value\")]` or "
                  "`#[name = \"value\"]`");
    return d;
}

/* Skips the rest of a malformed attribute up to its `]`. */
static void skip_attr(Parser *p) {
    int level = 0;
    while (!at(p, TK_EOF)) {
        TokenKind k = cur(p)->kind;
        if (level == 0 && (k == TK_RBRACKET || k == TK_NEWLINE)) {
            if (k == TK_RBRACKET)
                advance(p);
            break;
        }
        if (k == TK_LPAREN || k == TK_LBRACKET || k == TK_LBRACE)
            level++;
        else if ((k == TK_RPAREN || k == TK_RBRACKET || k == TK_RBRACE) && level > 0)
            level--;
        advance(p);
    }
    p->recovering = false;
}

// attr = "#" "[" ident ("(" attr_args ")" | "=" expr)? "]"
static Attr *parse_attr(Parser *p) {
    Attr *a = NEW(p, Attr);
    Span start = advance(p).span; /* # */
    a->span = start;
    Span open = cur(p)->span;
    advance(p); /* [ */
    Token *t = cur(p);
    if (t->kind != TK_IDENT) {
        bad_attr(p, t->span, tok_describe(p, t));
        skip_attr(p);
        return NULL;
    }
    a->name = tok_name(p, t);
    Span name_span = t->span;
    advance(p);
    if (at(p, TK_LPAREN))
        parse_attr_args(p, a);
    else if (accept(p, TK_EQ))
        a->value = parse_expr(p);
    if (p->recovering) {
        skip_attr(p);
        return NULL;
    }
    if (!at(p, TK_RBRACKET)) {
        if (at(p, TK_EOF)) {
            err_unclosed(p, open);
            return NULL;
        }
        bad_attr(p, cur(p)->span, tok_describe(p, cur(p)));
        skip_attr(p);
        return NULL;
    }
    advance(p);
    a->span = span_from(p, start);
    bool known = false;
    for (size_t i = 0; i < sizeof KNOWN_ATTRS / sizeof *KNOWN_ATTRS; i++)
        known = known || strcmp(a->name, KNOWN_ATTRS[i]) == 0;
    if (!known && !p->recovering) {
        Diag *d = diag_error(p->diags, name_span, "E0059", "syntax/unknown-attribute",
                             "unknown attribute", "unknown attribute `%s`", a->name);
        diag_note(p->diags, d,
                  "known attributes: derive, ai_optimize, ai_test, ai_translate, requires, "
                  "ensures, test, inline, allow, link, module");
    }
    return a;
}

// attrs = (attr newline?)*
static void parse_attrs(Parser *p, PtrVec *out) {
    while (at(p, TK_HASH)) {
        if (peek(p, 1)->kind != TK_LBRACKET) {
            Token h = advance(p);
            bad_attr(p, h.span, arena_printf(p->arena, "%s after `#`", tok_describe(p, cur(p))));
            skip_attr(p);
            skip_newlines(p);
            continue;
        }
        Attr *a = parse_attr(p);
        if (a)
            ptrvec_push(p->arena, out, a);
        skip_newlines(p);
    }
}

// generics = "<" (ident (":" bounds)? ("," ident (":" bounds)?)* ","?)? ">"
static void parse_generics(Parser *p, Generics *g) {
    if (!at(p, TK_LT))
        return;
    Span open = advance(p).span;
    PtrVec params = {0};
    while (!at(p, TK_GT) && !at(p, TK_SHR) && !at(p, TK_GE)) {
        if (at(p, TK_EOF)) {
            err_unclosed(p, open);
            break;
        }
        Token *t = cur(p);
        if (t->kind != TK_IDENT) {
            err_expected(p, "a generic parameter name");
            break;
        }
        GenericParam *gp = NEW(p, GenericParam);
        gp->span = t->span;
        gp->name = tok_name(p, t);
        advance(p);
        if (accept(p, TK_COLON)) {
            PtrVec bounds = {0};
            parse_bounds(p, &bounds);
            gp->bounds = vec_finish(p, &bounds, &gp->nbounds);
        }
        gp->span = span_from(p, gp->span);
        ptrvec_push(p->arena, &params, gp);
        if (p->recovering || !accept(p, TK_COMMA))
            break;
    }
    if (!p->recovering)
        expect_gt(p);
    g->params = vec_finish(p, &params, &g->nparams);
}

// where = "where" type ":" bounds ("," type ":" bounds)* ","?
static void parse_where(Parser *p, Generics *g) {
    if (at(p, TK_NEWLINE) && peek(p, 1)->kind == TK_KW_WHERE)
        advance(p);
    skip_newline_before_brace(p);
    if (!accept(p, TK_KW_WHERE))
        return;
    PtrVec preds = {0};
    skip_newlines(p);
    while (!at(p, TK_LBRACE) && !at(p, TK_SEMI) && !at(p, TK_EOF)) {
        WherePred *wp = NEW(p, WherePred);
        wp->span = cur(p)->span;
        wp->ty = parse_type(p);
        if (p->recovering || !expect(p, TK_COLON))
            break;
        PtrVec bounds = {0};
        parse_bounds(p, &bounds);
        wp->bounds = vec_finish(p, &bounds, &wp->nbounds);
        wp->span = span_from(p, wp->span);
        ptrvec_push(p->arena, &preds, wp);
        if (p->recovering)
            break;
        skip_newlines(p);
        if (!accept(p, TK_COMMA))
            break;
        skip_newlines(p);
    }
    g->where = vec_finish(p, &preds, &g->nwhere);
}

/* `self`, `&self`, `&mut self`, `mut self` at the start of a parameter. */
static bool at_self_param(Parser *p, SelfKind *kind, int *ntoks) {
    TokenKind a = peek(p, 0)->kind, b = peek(p, 1)->kind, c = peek(p, 2)->kind;
    if (a == TK_KW_SELF_LOWER) {
        *kind = SELF_VALUE;
        *ntoks = 1;
    } else if (a == TK_KW_MUT && b == TK_KW_SELF_LOWER) {
        *kind = SELF_VALUE;
        *ntoks = 2;
    } else if (a == TK_AMP && b == TK_KW_SELF_LOWER) {
        *kind = SELF_REF;
        *ntoks = 2;
    } else if (a == TK_AMP && b == TK_KW_MUT && c == TK_KW_SELF_LOWER) {
        *kind = SELF_REF_MUT;
        *ntoks = 3;
    } else {
        return false;
    }
    return true;
}

// params = "(" (self_param ",")? (param ("," param)*)? ","? ")"
// self_param = "&" "mut"? "self" | "mut"? "self" (":" type)?
// param = pattern (":" type)?
static void parse_params(Parser *p, FnDecl *fn) {
    Span open = cur(p)->span;
    if (!expect(p, TK_LPAREN))
        return;
    PtrVec params = {0};
    while (!at(p, TK_RPAREN) && !at(p, TK_EOF)) {
        SelfKind sk;
        int n;
        Span start = cur(p)->span;
        if (at_self_param(p, &sk, &n)) {
            bool mut = n == 2 && sk == SELF_VALUE;
            for (int i = 0; i < n; i++)
                advance(p);
            Span sp = span_from(p, start);
            if (params.len > 0 || fn->self_kind != SELF_NONE) {
                perr(p, sp, "E0068", "syntax/bad-self-param", "not the first parameter",
                     "`self` must be the first parameter of a method");
                p->recovering = false;
            } else {
                fn->self_kind = sk;
                fn->self_mut = mut;
                fn->self_span = sp;
            }
            if (sk == SELF_VALUE && accept(p, TK_COLON))
                parse_type(p); /* `self: Self`: the receiver type is implied */
        } else {
            Param *prm = NEW(p, Param);
            prm->span = start;
            prm->pat = parse_pattern_single(p);
            if (!p->recovering && accept(p, TK_COLON))
                prm->ty = parse_type(p);
            prm->span = span_from(p, start);
            ptrvec_push(p->arena, &params, prm);
        }
        if (p->recovering)
            break;
        if (accept(p, TK_COMMA))
            continue;
        if (at(p, TK_RPAREN))
            break;
        if (!(at(p, TK_IDENT) || at(p, TK_KW_MUT) || at(p, TK_AMP)))
            break;
        err_missing_comma(p, "parameters", NULL);
        p->recovering = false;
    }
    fn->params = vec_finish(p, &params, &fn->nparams);
    expect_close(p, TK_RPAREN, open);
}

enum { FN_BODY_REQUIRED, FN_BODY_OPTIONAL };

// fn = "unsafe"? "fn" ident generics? params ("->" type)? where? (block | item_end)
static void parse_fn(Parser *p, Item *it, int body_rule) {
    it->kind = IT_FN;
    FnDecl *fn = &it->fn;
    fn->is_unsafe = accept(p, TK_KW_UNSAFE);
    advance(p); /* fn */
    if (!name_token(p, it))
        return;
    parse_generics(p, &fn->generics);
    if (!p->recovering)
        parse_params(p, fn);
    if (!p->recovering && accept(p, TK_ARROW))
        fn->ret = parse_type(p);
    if (!p->recovering)
        parse_where(p, &fn->generics);
    if (p->recovering)
        return;
    skip_newline_before_brace(p);
    if (at(p, TK_LBRACE)) {
        bool saved = p->sig_ok;
        p->sig_ok = false;
        fn->body = parse_block(p);
        p->sig_ok = saved;
        return;
    }
    bool ends = at(p, TK_SEMI) || at(p, TK_NEWLINE) || at(p, TK_RBRACE) || at(p, TK_EOF) ||
                cur(p)->newline_before;
    if (!ends) {
        err_expected(p, "`{` or `;`");
        return;
    }
    if (body_rule == FN_BODY_REQUIRED) {
        Diag *d = perr(p, span_from(p, it->span), "E0056", "syntax/missing-fn-body", "needs a body",
                       "function `%s` has no body", it->name);
        if (d)
            diag_help(p->diags, d,
                      "add a body: `{ ... }` (only trait and extern functions "
                      "may be signatures)");
        p->recovering = false;
    }
    item_end(p);
}

// field_decls = "{" (attrs? "pub"? ident ":" type ("," ...)*)? ","? "}"
static void parse_field_decls(Parser *p, FieldDecl ***out, int *n) {
    Span open = advance(p).span;
    PtrVec fields = {0};
    skip_newlines(p);
    while (!at(p, TK_RBRACE) && !at(p, TK_EOF)) {
        FieldDecl *fd = NEW(p, FieldDecl);
        fd->doc = cur_doc(p);
        fd->span = cur(p)->span;
        PtrVec attrs = {0};
        parse_attrs(p, &attrs);
        fd->attrs = vec_finish(p, &attrs, &fd->nattrs);
        fd->is_pub = accept(p, TK_KW_PUB);
        Token *t = cur(p);
        if (t->kind != TK_IDENT) {
            err_expected(p, "a field name");
            break;
        }
        fd->name = tok_name(p, t);
        advance(p);
        if (!expect(p, TK_COLON))
            break;
        fd->ty = parse_type(p);
        fd->span = span_from(p, fd->span);
        ptrvec_push(p->arena, &fields, fd);
        if (p->recovering)
            break;
        skip_newlines(p);
        if (accept(p, TK_COMMA)) {
            skip_newlines(p);
            continue;
        }
        if (at(p, TK_RBRACE))
            break;
        if (!at(p, TK_IDENT) && !at(p, TK_KW_PUB))
            break;
        err_missing_comma(p, "struct fields", NULL);
        p->recovering = false;
    }
    *out = vec_finish(p, &fields, n);
    if (p->recovering) {
        while (!at(p, TK_RBRACE) && !at(p, TK_EOF)) {
            skip_nested(p);
            if (!at(p, TK_RBRACE) && !at(p, TK_EOF))
                advance(p);
        }
        if (accept(p, TK_RBRACE))
            p->recovering = false;
        return;
    }
    expect_close(p, TK_RBRACE, open);
}

// tuple_fields = "(" ("pub"? type ("," "pub"? type)* ","?)? ")"
static void parse_tuple_fields(Parser *p, FieldDecl ***out, int *n) {
    Span open = advance(p).span;
    PtrVec fields = {0};
    while (!at(p, TK_RPAREN) && !at(p, TK_EOF)) {
        FieldDecl *fd = NEW(p, FieldDecl);
        fd->span = cur(p)->span;
        fd->is_pub = accept(p, TK_KW_PUB);
        fd->ty = parse_type(p);
        fd->span = span_from(p, fd->span);
        ptrvec_push(p->arena, &fields, fd);
        if (p->recovering || !accept(p, TK_COMMA))
            break;
    }
    *out = vec_finish(p, &fields, n);
    expect_close(p, TK_RPAREN, open);
}

// struct = "struct" ident generics? where? (field_decls | tuple_fields item_end | item_end)
static void parse_struct(Parser *p, Item *it) {
    it->kind = IT_STRUCT;
    advance(p);
    if (!name_token(p, it))
        return;
    parse_generics(p, &it->struct_.generics);
    if (!p->recovering)
        parse_where(p, &it->struct_.generics);
    if (p->recovering)
        return;
    skip_newline_before_brace(p);
    if (at(p, TK_LBRACE)) {
        it->struct_.shape = SHAPE_NAMED;
        parse_field_decls(p, &it->struct_.fields, &it->struct_.nfields);
    } else if (at(p, TK_LPAREN)) {
        it->struct_.shape = SHAPE_TUPLE;
        parse_tuple_fields(p, &it->struct_.fields, &it->struct_.nfields);
        if (!p->recovering)
            item_end(p);
    } else {
        it->struct_.shape = SHAPE_UNIT;
        item_end(p);
    }
}

// enum = "enum" ident generics? where? "{" (variant ("," variant)* ","?)? "}"
// variant = ident (tuple_fields | field_decls | "=" expr)?
static void parse_enum(Parser *p, Item *it) {
    it->kind = IT_ENUM;
    advance(p);
    if (!name_token(p, it))
        return;
    parse_generics(p, &it->enum_.generics);
    if (!p->recovering)
        parse_where(p, &it->enum_.generics);
    skip_newline_before_brace(p);
    Span open = cur(p)->span;
    if (p->recovering || !expect(p, TK_LBRACE))
        return;
    PtrVec vars = {0};
    skip_newlines(p);
    while (!at(p, TK_RBRACE) && !at(p, TK_EOF)) {
        Variant *v = NEW(p, Variant);
        v->doc = cur_doc(p);
        Token *t = cur(p);
        v->span = t->span;
        if (t->kind != TK_IDENT) {
            err_expected(p, "a variant name");
            break;
        }
        v->name = tok_name(p, t);
        advance(p);
        if (at(p, TK_LPAREN)) {
            v->shape = SHAPE_TUPLE;
            parse_tuple_fields(p, &v->fields, &v->nfields);
        } else if (at(p, TK_LBRACE)) {
            v->shape = SHAPE_NAMED;
            parse_field_decls(p, &v->fields, &v->nfields);
        } else {
            v->shape = SHAPE_UNIT;
            if (accept(p, TK_EQ))
                v->discriminant = parse_expr(p);
        }
        v->span = span_from(p, v->span);
        ptrvec_push(p->arena, &vars, v);
        if (p->recovering)
            break;
        skip_newlines(p);
        if (accept(p, TK_COMMA)) {
            skip_newlines(p);
            continue;
        }
        if (at(p, TK_RBRACE))
            break;
        if (!at(p, TK_IDENT))
            break;
        err_missing_comma(p, "enum variants", NULL);
        p->recovering = false;
    }
    it->enum_.variants = vec_finish(p, &vars, &it->enum_.nvariants);
    if (!p->recovering)
        expect_close(p, TK_RBRACE, open);
}

// item_block = "{" item* "}"
/* SIG_OK: functions inside may be signatures without a body (traits and
 * extern blocks). */
static void parse_item_block(Parser *p, Item ***items, int *n, bool sig_ok) {
    skip_newline_before_brace(p);
    Span open = cur(p)->span;
    if (!expect(p, TK_LBRACE))
        return;
    if (!enter(p)) {
        skip_nested(p);
        while (!at(p, TK_RBRACE) && !at(p, TK_EOF)) {
            advance(p);
            skip_nested(p);
        }
        accept(p, TK_RBRACE);
        return;
    }
    PtrVec v = {0};
    bool saved = p->sig_ok;
    p->sig_ok = sig_ok;
    parse_items_until(p, TK_RBRACE, &v);
    p->sig_ok = saved;
    leave(p);
    *items = vec_finish(p, &v, n);
    expect_close(p, TK_RBRACE, open);
}

// impl = "impl" generics? type ("for" type)? where? item_block
static void parse_impl(Parser *p, Item *it) {
    it->kind = IT_IMPL;
    advance(p);
    parse_generics(p, &it->impl.generics);
    if (p->recovering) {
        /* the tree stays complete: an error type stands for the self type */
        it->impl.self_ty = NEW(p, TypeExpr);
        it->impl.self_ty->kind = TE_ERROR;
        it->impl.self_ty->span = cur(p)->span;
        return;
    }
    TypeExpr *first = parse_type(p);
    if (!p->recovering && accept(p, TK_KW_FOR)) {
        it->impl.trait = first;
        it->impl.self_ty = parse_type(p);
    } else {
        it->impl.self_ty = first;
    }
    if (!p->recovering)
        parse_where(p, &it->impl.generics);
    if (!p->recovering)
        parse_item_block(p, &it->impl.items, &it->impl.nitems, false);
}

// trait = "trait" ident generics? (":" bounds)? where? item_block
static void parse_trait(Parser *p, Item *it) {
    it->kind = IT_TRAIT;
    advance(p);
    if (!name_token(p, it))
        return;
    parse_generics(p, &it->trait.generics);
    if (!p->recovering && accept(p, TK_COLON)) {
        PtrVec b = {0};
        parse_bounds(p, &b);
        it->trait.supertraits = vec_finish(p, &b, &it->trait.nsupertraits);
    }
    if (!p->recovering)
        parse_where(p, &it->trait.generics);
    if (!p->recovering)
        parse_item_block(p, &it->trait.items, &it->trait.nitems, true);
}

// const = ("const" | "static" "mut"?) ident ":" type ("=" expr)? item_end
static void parse_const(Parser *p, Item *it) {
    it->kind = at(p, TK_KW_CONST) ? IT_CONST : IT_STATIC;
    advance(p);
    if (it->kind == IT_STATIC)
        it->const_.is_mut = accept(p, TK_KW_MUT);
    if (!name_token(p, it))
        return;
    if (!expect(p, TK_COLON))
        return;
    it->const_.ty = parse_type(p);
    if (!p->recovering && accept(p, TK_EQ))
        it->const_.value = parse_expr(p);
    if (!p->recovering)
        item_end(p);
}

// type_alias = "type" ident generics? "=" type item_end
static void parse_type_alias(Parser *p, Item *it) {
    it->kind = IT_TYPE_ALIAS;
    advance(p);
    if (!name_token(p, it))
        return;
    parse_generics(p, &it->alias.generics);
    if (p->recovering)
        return;
    if (at(p, TK_EQ)) {
        advance(p);
        it->alias.ty = parse_type(p);
    }
    if (!p->recovering)
        item_end(p);
}

// mod = "mod" ident (item_end | item_block)
static void parse_mod(Parser *p, Item *it) {
    it->kind = IT_MOD;
    advance(p);
    if (!name_token(p, it))
        return;
    skip_newline_before_brace(p);
    if (at(p, TK_LBRACE)) {
        it->mod.is_inline = true;
        parse_item_block(p, &it->mod.items, &it->mod.nitems, false);
        return;
    }
    item_end(p);
}

// use_tree = use_path ("::" "*" | "::" use_group | "as" ident)? | use_group | "*"
// use_group = "{" (use_tree ("," use_tree)* ","?)? "}"
static UseTree *parse_use_tree(Parser *p) {
    UseTree *u = NEW(p, UseTree);
    Span start = cur(p)->span;
    u->span = start;
    PtrVec segs = {0};
    while (at(p, TK_IDENT) || at(p, TK_KW_SELF_LOWER) || at(p, TK_KW_SELF_UPPER)) {
        Token t = advance(p);
        PathSeg *seg = NEW(p, PathSeg);
        seg->span = t.span;
        seg->name = pstr(p, &t);
        ptrvec_push(p->arena, &segs, seg);
        if (!at(p, TK_COLONCOLON))
            break;
        advance(p);
    }
    bool after_colons = p->prev.kind == TK_COLONCOLON;
    u->prefix.nsegs = segs.len;
    u->prefix.segs = arena_alloc(p->arena, sizeof(PathSeg) * (size_t)(segs.len ? segs.len : 1));
    for (int i = 0; i < segs.len; i++)
        u->prefix.segs[i] = *(PathSeg *)segs.items[i];
    u->prefix.span = span_from(p, start);
    if (accept(p, TK_STAR)) {
        u->kind = USE_GLOB;
    } else if (at(p, TK_LBRACE) && (after_colons || segs.len == 0)) {
        u->kind = USE_GROUP;
        Span open = advance(p).span;
        PtrVec kids = {0};
        skip_newlines(p);
        while (!at(p, TK_RBRACE) && !at(p, TK_EOF)) {
            ptrvec_push(p->arena, &kids, parse_use_tree(p));
            if (p->recovering)
                break;
            skip_newlines(p);
            if (accept(p, TK_COMMA)) {
                skip_newlines(p);
                continue;
            }
            if (at(p, TK_RBRACE))
                break;
            if (!at(p, TK_IDENT) && !at(p, TK_KW_SELF_LOWER))
                break;
            err_missing_comma(p, "imports", NULL);
            p->recovering = false;
        }
        u->children = vec_finish(p, &kids, &u->nchildren);
        if (!p->recovering)
            expect_close(p, TK_RBRACE, open);
    } else if (segs.len == 0 || after_colons) {
        err_expected(p, "a name, `*` or `{` in a `use` path");
    } else {
        u->kind = USE_SIMPLE;
        if (accept(p, TK_KW_AS)) {
            Token *t = cur(p);
            if (t->kind == TK_IDENT) {
                u->alias = tok_name(p, t);
                advance(p);
            } else {
                err_expected(p, "a name after `as`");
            }
        }
    }
    u->span = span_from(p, start);
    return u;
}

// extern = "extern" string "{" (attrs? "pub"? fn_signature)* "}"
static void parse_extern(Parser *p, Item *it) {
    it->kind = IT_EXTERN;
    advance(p);
    if (at(p, TK_STRING)) {
        Token t = advance(p);
        it->extern_.abi = arena_strndup(p->arena, t.str, t.str_len);
    } else {
        it->extern_.abi = "C";
    }
    parse_item_block(p, &it->extern_.items, &it->extern_.nitems, true);
    for (int i = 0; i < it->extern_.nitems; i++) {
        Item *f = it->extern_.items[i];
        if (f->kind != IT_FN && f->kind != IT_STATIC && f->kind != IT_ERROR) {
            diag_error(p->diags, f->span, "E0062", "syntax/expected-item",
                       "not allowed in an extern block",
                       "only functions and statics may be declared in an `extern` block");
        } else if (f->kind == IT_FN && f->fn.body) {
            diag_error(p->diags, f->fn.body->span, "E0062", "syntax/expected-item",
                       "remove this body",
                       "functions in an `extern` block are declarations without a body");
        }
    }
}

// actor = "actor" ident generics? "{" (actor_member (("," | newline) actor_member)*)? "}"
// actor_member = "pub"? ident ":" type | "receive" "(" param ")" block | attrs? "pub"? fn
static void parse_actor(Parser *p, Item *it) {
    it->kind = IT_ACTOR;
    advance(p);
    if (!name_token(p, it))
        return;
    parse_generics(p, &it->actor.generics);
    skip_newline_before_brace(p);
    Span open = cur(p)->span;
    if (p->recovering || !expect(p, TK_LBRACE))
        return;
    PtrVec fields = {0}, handlers = {0}, methods = {0};
    for (;;) {
        while (at(p, TK_NEWLINE) || at(p, TK_COMMA) || at(p, TK_SEMI))
            advance(p);
        if (at(p, TK_RBRACE) || at(p, TK_EOF))
            break;
        unsigned long before = p->ntok;
        Token *t = cur(p);
        if (t->kind == TK_KW_RECEIVE) {
            ReceiveDecl *r = NEW(p, ReceiveDecl);
            r->span = advance(p).span;
            Span popen = cur(p)->span;
            if (expect(p, TK_LPAREN)) {
                Param *prm = NEW(p, Param);
                prm->span = cur(p)->span;
                prm->pat = parse_pattern_single(p);
                if (!p->recovering && accept(p, TK_COLON))
                    prm->ty = parse_type(p);
                prm->span = span_from(p, prm->span);
                r->param = prm;
                if (!p->recovering)
                    expect_close(p, TK_RPAREN, popen);
            }
            if (!p->recovering) {
                skip_newline_before_brace(p);
                r->body = parse_block(p);
            }
            r->span = span_from(p, r->span);
            ptrvec_push(p->arena, &handlers, r);
        } else if (at_item_start(p) && !(t->kind == TK_KW_PUB && peek(p, 1)->kind == TK_IDENT)) {
            ptrvec_push(p->arena, &methods, parse_item(p));
        } else {
            FieldDecl *fd = NEW(p, FieldDecl);
            fd->doc = cur_doc(p);
            fd->span = t->span;
            fd->is_pub = accept(p, TK_KW_PUB);
            if (!at(p, TK_IDENT)) {
                err_expected(p, "a field, `receive` handler or method");
            } else {
                fd->name = tok_name(p, cur(p));
                advance(p);
                if (expect(p, TK_COLON))
                    fd->ty = parse_type(p);
                fd->span = span_from(p, fd->span);
                ptrvec_push(p->arena, &fields, fd);
            }
        }
        if (p->recovering) {
            if (p->ntok == before)
                advance(p);
            sync_stmt(p);
        }
    }
    it->actor.fields = vec_finish(p, &fields, &it->actor.nfields);
    it->actor.handlers = vec_finish(p, &handlers, &it->actor.nhandlers);
    it->actor.methods = vec_finish(p, &methods, &it->actor.nmethods);
    expect_close(p, TK_RBRACE, open);
}

// item = attrs? "pub"? (fn | struct | enum | impl | trait | const | static | mod | use
//                       | extern | actor | type_alias)
Item *parse_item(Parser *p) {
    Span start = cur(p)->span;
    Item *it = item_node(p, IT_ERROR, start);
    it->doc = cur_doc(p);
    PtrVec attrs = {0};
    parse_attrs(p, &attrs);
    it->attrs = vec_finish(p, &attrs, &it->nattrs);
    if (!it->doc)
        it->doc = cur_doc(p);
    if (accept(p, TK_KW_PUB)) {
        it->is_pub = true;
        if (at(p, TK_LPAREN) && peek(p, 1)->kind == TK_IDENT && peek(p, 2)->kind == TK_RPAREN) {
            advance(p); /* pub(crate): visible in the crate, treated as pub */
            advance(p);
            advance(p);
        }
    }
    switch (cur(p)->kind) {
    case TK_KW_FN:
        parse_fn(p, it, p->sig_ok ? FN_BODY_OPTIONAL : FN_BODY_REQUIRED);
        break;
    case TK_KW_UNSAFE:
        if (peek(p, 1)->kind == TK_KW_FN) {
            parse_fn(p, it, p->sig_ok ? FN_BODY_OPTIONAL : FN_BODY_REQUIRED);
            break;
        }
        goto bad;
    case TK_KW_STRUCT:
        parse_struct(p, it);
        break;
    case TK_KW_ENUM:
        parse_enum(p, it);
        break;
    case TK_KW_IMPL:
        parse_impl(p, it);
        break;
    case TK_KW_TRAIT:
        parse_trait(p, it);
        break;
    case TK_KW_CONST:
    case TK_KW_STATIC:
        parse_const(p, it);
        break;
    case TK_KW_TYPE:
        parse_type_alias(p, it);
        break;
    case TK_KW_MOD:
        parse_mod(p, it);
        break;
    case TK_KW_USE:
        it->kind = IT_USE;
        advance(p);
        it->use = parse_use_tree(p);
        if (!p->recovering)
            item_end(p);
        break;
    case TK_KW_EXTERN:
        parse_extern(p, it);
        break;
    case TK_KW_ACTOR:
        parse_actor(p, it);
        break;
    default:
    bad : {
        Token *t = cur(p);
        Diag *d = perr(p, t->span, "E0062", "syntax/expected-item", "expected an item",
                       "expected an item, found %s", tok_describe(p, t));
        if (d && (it->nattrs || it->is_pub))
            diag_note(p->diags, d, "attributes and `pub` must be followed by an item");
        else if (d && t->kind == TK_KW_LET)
            diag_note(p->diags, d, "`let` statements are only allowed inside functions");
        break;
    }
    }
    it->span = span_from(p, start);
    return it;
}

// items = item* (until CLOSE)
void parse_items_until(Parser *p, TokenKind close, PtrVec *out) {
    for (;;) {
        while (at(p, TK_NEWLINE) || at(p, TK_SEMI))
            advance(p);
        if (at(p, close) || at(p, TK_EOF)) {
            if (cur_doc(p) && !p->recovering)
                diag_error(p->diags, cur_doc_span(p), "E0067", "syntax/doc-comment-not-item",
                           "not followed by an item", "expected an item after this doc comment");
            break;
        }
        unsigned long before = p->ntok;
        Item *it;
        if (!at_item_start(p)) {
            Token *t = cur(p);
            it = item_node(p, IT_ERROR, t->span);
            Diag *d = perr(p, t->span, "E0062", "syntax/expected-item", "expected an item",
                           "expected an item, found %s", tok_describe(p, t));
            if (d && t->kind == TK_KW_LET)
                diag_note(p->diags, d, "`let` statements are only allowed inside functions");
            else if (d && (t->kind == TK_RPAREN || t->kind == TK_RBRACKET || t->kind == TK_RBRACE))
                diag_note(p->diags, d, "this closing delimiter has no matching opener");
        } else {
            it = parse_item(p);
        }
        ptrvec_push(p->arena, out, it);
        if (p->recovering) {
            if (p->ntok == before && !at(p, TK_EOF))
                advance(p);
            sync_item(p);
        }
    }
}
