/* Blocks, statements and control-flow expressions (LANGUAGE.md §1 statement
 * ends, §4). A statement ends at `;`, at a newline token, before the `}`
 * closing its block, or when the next token starts a new line (the lexer
 * sends no newline token after `>`, as in `let v: Vec<i32>`). */
#include "parse_internal.h"

static Expr *expr_node(Parser *p, ExprKind kind, Span span) {
    Expr *e = NEW(p, Expr);
    e->kind = kind;
    e->span = span;
    return e;
}

static Stmt *stmt_node(Parser *p, StmtKind kind, Span span) {
    Stmt *s = NEW(p, Stmt);
    s->kind = kind;
    s->span = span;
    return s;
}

// stmt_end = ";" | newline | <before "}"> | <next token on a new line>
static bool stmt_end(Parser *p) {
    if (accept(p, TK_SEMI))
        return true;
    if (at(p, TK_NEWLINE)) {
        advance(p);
        return false;
    }
    if (at(p, TK_RBRACE) || at(p, TK_EOF) || cur(p)->newline_before)
        return false;
    err_expected(p, "`;` or a newline");
    return false;
}

// let = "let" pattern (":" type)? ("=" expr)? stmt_end
static Stmt *parse_let(Parser *p) {
    Span start = advance(p).span;
    Stmt *s = stmt_node(p, ST_LET, start);
    TokenKind k = cur(p)->kind;
    if (k == TK_EQ || k == TK_COLON || k == TK_SEMI || k == TK_NEWLINE || k == TK_EOF ||
        k == TK_RBRACE) {
        Token *t = cur(p);
        Span sp = t->span;
        if (k == TK_NEWLINE || k == TK_EOF || t->newline_before)
            sp = (Span){start.file, start.end, start.end};
        Diag *d = perr(p, sp, "E0057", "syntax/let-without-pattern", "expected a pattern",
                       "expected a pattern after `let`, found %s", tok_describe(p, t));
        if (d)
            diag_help(p->diags, d, "name the variable: `let x = ...`");
        s->let.pat = NEW(p, Pat);
        s->let.pat->kind = PAT_ERROR;
        s->let.pat->span = sp;
        return s;
    }
    s->let.pat = parse_pattern(p);
    if (!p->recovering && accept(p, TK_COLON))
        s->let.ty = parse_type(p);
    if (!p->recovering && accept(p, TK_EQ))
        s->let.init = parse_expr(p);
    s->span = span_from(p, start);
    if (!p->recovering)
        stmt_end(p);
    return s;
}

/* Attributes in a block belong to an item; they are parsed with it. */
static bool at_attr_item(Parser *p) {
    return at(p, TK_HASH) && peek(p, 1)->kind == TK_LBRACKET;
}

// stmt = let | item | block_like ("." postfix...)? ";"? | expr stmt_end
static Stmt *parse_stmt(Parser *p) {
    Token *t = cur(p);
    Span start = t->span;
    if (t->kind == TK_KW_LET)
        return parse_let(p);
    if (at_attr_item(p) || at_item_start(p)) {
        Stmt *s = stmt_node(p, ST_ITEM, start);
        s->item = parse_item(p);
        s->span = s->item->span;
        return s;
    }
    Stmt *s = stmt_node(p, ST_EXPR, start);
    bool block_like = t->kind == TK_LBRACE || t->kind == TK_KW_IF || t->kind == TK_KW_MATCH ||
                      t->kind == TK_KW_LOOP || t->kind == TK_KW_WHILE || t->kind == TK_KW_FOR ||
                      (t->kind == TK_KW_UNSAFE && peek(p, 1)->kind == TK_LBRACE) ||
                      t->kind == TK_LABEL;
    if (block_like) {
        Expr *e = parse_block_like(p);
        if (!p->recovering && (at(p, TK_DOT) || at(p, TK_QUESTION))) {
            e = parse_expr_after_block(p, e);
            s->expr.expr = e;
            s->span = span_from(p, start);
            if (!p->recovering)
                s->expr.semi = stmt_end(p);
            return s;
        }
        s->expr.expr = e;
        s->span = span_from(p, start);
        if (!p->recovering) {
            s->expr.semi = accept(p, TK_SEMI);
            accept(p, TK_NEWLINE);
        }
        return s;
    }
    s->expr.expr = parse_expr(p);
    s->span = span_from(p, start);
    if (!p->recovering)
        s->expr.semi = stmt_end(p);
    return s;
}

// block = "{" stmt* "}"
static Block *parse_block_body(Parser *p) {
    Block *b = NEW(p, Block);
    Token *t = cur(p);
    b->span = t->span;
    if (t->kind != TK_LBRACE) {
        err_expected(p, "`{`");
        return b;
    }
    Span open = advance(p).span;
    PtrVec stmts = {0};
    for (;;) {
        while (at(p, TK_NEWLINE) || at(p, TK_SEMI))
            advance(p);
        if (at(p, TK_RBRACE) || at(p, TK_EOF))
            break;
        unsigned long before = p->ntok;
        Stmt *s = parse_stmt(p);
        ptrvec_push(p->arena, &stmts, s);
        if (p->recovering) {
            if (p->ntok == before && !at(p, TK_RBRACE) && !at(p, TK_EOF))
                advance(p);
            sync_stmt(p);
        }
    }
    b->stmts = vec_finish(p, &stmts, &b->nstmts);
    if (b->nstmts) {
        Stmt *last = b->stmts[b->nstmts - 1];
        if (last->kind == ST_EXPR && !last->expr.semi)
            b->tail = last->expr.expr;
    }
    expect_close(p, TK_RBRACE, open);
    b->span = span_from(p, open);
    return b;
}

Block *parse_block(Parser *p) {
    if (!enter(p)) {
        Block *b = NEW(p, Block);
        b->span = cur(p)->span;
        if (accept(p, TK_LBRACE)) {
            skip_nested(p);
            while (!at(p, TK_RBRACE) && !at(p, TK_EOF)) {
                advance(p);
                skip_nested(p);
            }
            accept(p, TK_RBRACE);
        }
        return b;
    }
    Block *b = parse_block_body(p);
    leave(p);
    return b;
}

Expr *parse_block_expr(Parser *p, const char *label, bool is_unsafe, Span start) {
    Expr *e = expr_node(p, EX_BLOCK, start);
    e->block.label = label;
    e->block.is_unsafe = is_unsafe;
    e->block.block = parse_block(p);
    e->span = span_from(p, start);
    return e;
}

// cond = ("let" pattern "=" expr_no_struct) | expr_no_struct
static void parse_cond(Parser *p, Pat **let_pat, Expr **cond) {
    if (accept(p, TK_KW_LET)) {
        *let_pat = parse_pattern(p);
        if (!p->recovering)
            expect(p, TK_EQ);
        *cond = parse_expr_r(p, R_NO_STRUCT);
        return;
    }
    *cond = parse_expr_r(p, R_NO_STRUCT | R_COND);
}

// if = "if" cond block ("else" (if | block))?
static Expr *parse_if(Parser *p) {
    Span start = advance(p).span;
    Expr *e = expr_node(p, EX_IF, start);
    parse_cond(p, &e->if_.let_pat, &e->if_.cond);
    e->if_.then = parse_block(p);
    if (!p->recovering && accept(p, TK_KW_ELSE)) {
        if (at(p, TK_KW_IF)) {
            if (enter(p)) {
                e->if_.els = parse_if(p);
                leave(p);
            } else {
                skip_nested(p);
            }
        } else {
            e->if_.els = parse_block_expr(p, NULL, false, cur(p)->span);
        }
    }
    e->span = span_from(p, start);
    return e;
}

/* After a broken arm, skip to the next `,` or newline at this level, or
 * before the `}` closing the match. */
static void sync_arm(Parser *p) {
    p->recovering = false;
    int level = 0;
    while (!at(p, TK_EOF)) {
        TokenKind k = cur(p)->kind;
        if (level == 0 && (k == TK_COMMA || k == TK_NEWLINE)) {
            advance(p);
            return;
        }
        if (level == 0 && k == TK_RBRACE)
            return;
        if (k == TK_LPAREN || k == TK_LBRACKET || k == TK_LBRACE)
            level++;
        else if ((k == TK_RPAREN || k == TK_RBRACKET || k == TK_RBRACE) && level > 0)
            level--;
        advance(p);
    }
}

// match = "match" expr_no_struct "{" (arm (("," | newline) arm)* ","?)? "}"
// arm = pattern ("if" expr)? "=>" expr
static Expr *parse_match(Parser *p) {
    Span start = advance(p).span;
    Expr *e = expr_node(p, EX_MATCH, start);
    e->match.scrutinee = parse_expr_r(p, R_NO_STRUCT);
    PtrVec arms = {0};
    Span open = cur(p)->span;
    if (!expect(p, TK_LBRACE)) {
        e->span = span_from(p, start);
        return e;
    }
    for (;;) {
        while (at(p, TK_NEWLINE) || at(p, TK_COMMA))
            advance(p);
        if (at(p, TK_RBRACE) || at(p, TK_EOF))
            break;
        unsigned long before = p->ntok;
        MatchArm *arm = NEW(p, MatchArm);
        arm->span = cur(p)->span;
        arm->pat = parse_pattern(p);
        if (!p->recovering && accept(p, TK_KW_IF))
            arm->guard = parse_expr(p);
        if (!p->recovering)
            expect(p, TK_FATARROW);
        if (!p->recovering)
            arm->body = parse_expr(p);
        else
            arm->body = expr_error(p, cur(p)->span);
        arm->span = span_from(p, arm->span);
        ptrvec_push(p->arena, &arms, arm);
        if (!p->recovering) {
            if (accept(p, TK_COMMA) || accept(p, TK_NEWLINE) || at(p, TK_RBRACE) ||
                expr_is_block_like(arm->body))
                continue;
            if (can_start_expr(cur(p)->kind) || at(p, TK_KW_MUT) || at(p, TK_PIPE))
                err_missing_comma(p, "match arms", "match arms are separated by `,` or a newline");
            else
                err_expected(p, "`,` or `}`");
        }
        if (p->ntok == before && !at(p, TK_RBRACE) && !at(p, TK_EOF))
            advance(p);
        sync_arm(p);
    }
    e->match.arms = vec_finish(p, &arms, &e->match.narms);
    expect_close(p, TK_RBRACE, open);
    e->span = span_from(p, start);
    return e;
}

// loop = label? ("loop" block | "while" cond block | "for" pattern "in" expr_no_struct block)
//      | label? "unsafe"? block
Expr *parse_block_like(Parser *p) {
    Span start = cur(p)->span;
    const char *label = NULL;
    if (at(p, TK_LABEL)) {
        Token l = advance(p);
        label = tok_name(p, &l);
        expect(p, TK_COLON);
        TokenKind k = cur(p)->kind;
        if (k != TK_KW_LOOP && k != TK_KW_WHILE && k != TK_KW_FOR && k != TK_LBRACE) {
            err_expected(p, "`loop`, `while`, `for` or a block after a label");
            return expr_error(p, span_from(p, start));
        }
    }
    Token *t = cur(p);
    switch (t->kind) {
    case TK_LBRACE:
        return parse_block_expr(p, label, false, start);
    case TK_KW_UNSAFE:
        advance(p);
        return parse_block_expr(p, label, true, start);
    case TK_KW_IF:
        return parse_if(p);
    case TK_KW_MATCH:
        return parse_match(p);
    case TK_KW_LOOP: {
        advance(p);
        Expr *e = expr_node(p, EX_LOOP, start);
        e->loop.label = label;
        e->loop.body = parse_block(p);
        e->span = span_from(p, start);
        return e;
    }
    case TK_KW_WHILE: {
        advance(p);
        Expr *e = expr_node(p, EX_WHILE, start);
        e->loop.label = label;
        parse_cond(p, &e->loop.let_pat, &e->loop.cond);
        e->loop.body = parse_block(p);
        e->span = span_from(p, start);
        return e;
    }
    case TK_KW_FOR: {
        advance(p);
        Expr *e = expr_node(p, EX_FOR, start);
        e->for_.label = label;
        e->for_.pat = parse_pattern(p);
        if (!p->recovering)
            expect(p, TK_KW_IN);
        e->for_.iter = parse_expr_r(p, R_NO_STRUCT);
        e->for_.body = parse_block(p);
        e->span = span_from(p, start);
        return e;
    }
    default:
        err_expected(p, "a block");
        return expr_error(p, start);
    }
}
