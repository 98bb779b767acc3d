/* The parser's token stream, diagnostics and error recovery, and the entry
 * point parse_file. The grammar itself is in parse_expr.c, parse_stmt.c,
 * parse_pat_type.c and parse_item.c. */
#include "parse_internal.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* Reads the next grammar token from the lexer into the ring, collecting doc
 * comments on the way: `///` text attaches to the next token that is not a
 * newline, `//!` text to the module. */
static void fill(Parser *p) {
    for (;;) {
        Token t = lex_next(&p->lx);
        if (t.kind == TK_DOC_COMMENT) {
            if (p->doc_has_pending)
                sb_putc(&p->doc_pending, '\n');
            else
                p->doc_span = t.span;
            p->doc_span.end = t.span.end;
            sb_putn(&p->doc_pending, t.str, t.str_len);
            p->doc_has_pending = true;
            continue;
        }
        if (t.kind == TK_INNER_DOC_COMMENT) {
            if (p->inner_doc.len)
                sb_putc(&p->inner_doc, '\n');
            sb_putn(&p->inner_doc, t.str, t.str_len);
            continue;
        }
        int slot = (p->head + p->count) % PARSE_LOOKAHEAD;
        p->ring[slot] = t;
        p->ring_doc[slot] = NULL;
        if (p->doc_has_pending && t.kind != TK_NEWLINE) {
            p->ring_doc[slot] = arena_strndup(p->arena, p->doc_pending.data, p->doc_pending.len);
            p->ring_doc_span[slot] = p->doc_span;
            sb_clear(&p->doc_pending);
            p->doc_has_pending = false;
        }
        p->count++;
        return;
    }
}

Token *peek(Parser *p, int n) {
    while (p->count <= n)
        fill(p);
    return &p->ring[(p->head + n) % PARSE_LOOKAHEAD];
}

const char *cur_doc(Parser *p) {
    peek(p, 0);
    return p->ring_doc[p->head];
}

Span cur_doc_span(Parser *p) {
    peek(p, 0);
    return p->ring_doc_span[p->head];
}

Token advance(Parser *p) {
    Token t = *cur(p);
    if (t.kind != TK_EOF) {
        p->head = (p->head + 1) % PARSE_LOOKAHEAD;
        p->count--;
        p->ntok++;
    }
    p->prev = t;
    return t;
}

bool accept(Parser *p, TokenKind k) {
    if (!at(p, k))
        return false;
    advance(p);
    return true;
}

void skip_newlines(Parser *p) {
    while (at(p, TK_NEWLINE))
        advance(p);
}

bool tok_adjacent(const Token *a, const Token *b) {
    return a->span.end == b->span.start;
}

Span span_from(Parser *p, Span start) {
    Span s = start;
    if (p->prev.span.end > s.start)
        s.end = p->prev.span.end;
    else
        s.end = s.start;
    return s;
}

struct InternSlot {
    const char *s; /* NULL: empty slot */
    uint32_t len, hash;
};

static uint32_t name_hash(const char *s, uint32_t n) {
    uint32_t h = 2166136261u; /* FNV-1a */
    for (uint32_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static char *intern(Parser *p, const char *s, uint32_t n) {
    if (p->names_len * 2 >= p->names_cap) {
        uint32_t cap = p->names_cap ? p->names_cap * 2 : 1024;
        struct InternSlot *t = xcalloc(cap, sizeof *t);
        for (uint32_t i = 0; i < p->names_cap; i++) {
            struct InternSlot *o = &p->names[i];
            if (!o->s)
                continue;
            uint32_t j = o->hash & (cap - 1);
            while (t[j].s)
                j = (j + 1) & (cap - 1);
            t[j] = *o;
        }
        free(p->names);
        p->names = t;
        p->names_cap = cap;
    }
    uint32_t h = name_hash(s, n), i = h & (p->names_cap - 1);
    for (;; i = (i + 1) & (p->names_cap - 1)) {
        struct InternSlot *e = &p->names[i];
        if (!e->s)
            break;
        if (e->hash == h && e->len == n && memcmp(e->s, s, n) == 0)
            return (char *)e->s;
    }
    char *copy = arena_strndup(p->arena, s ? s : "", n);
    p->names[i] = (struct InternSlot){copy, n, h};
    p->names_len++;
    return copy;
}

char *tok_name(Parser *p, const Token *t) {
    return intern(p, t->str, t->str_len);
}

char *pstr(Parser *p, const Token *t) {
    if (t->kind == TK_IDENT || t->kind == TK_LABEL)
        return intern(p, t->str, t->str_len);
    const char *text = token_kind_text(t->kind);
    return (char *)(text ? text : "?");
}

const char *tok_describe(Parser *p, const Token *t) {
    switch (t->kind) {
    case TK_EOF:
        return "end of file";
    case TK_NEWLINE:
        return "newline";
    case TK_DOC_COMMENT:
    case TK_INNER_DOC_COMMENT:
        return "doc comment";
    default:
        break;
    }
    SourceFile *f = source_file(p->sm, t->span.file);
    uint32_t n = t->span.end - t->span.start;
    if (f && n > 0 && n <= 32 && !memchr(f->text + t->span.start, '\n', n))
        return arena_printf(p->arena, "`%.*s`", (int)n, f->text + t->span.start);
    return token_kind_name(t->kind);
}

/* An empty span at the end of the previous token, where a missing `;` or
 * `,` belongs when the next token is on another line. */
static Span point_after_prev(Parser *p) {
    return (Span){p->prev.span.file, p->prev.span.end, p->prev.span.end};
}

Diag *perr(Parser *p, Span span, const char *code, const char *rule, const char *label,
           const char *fmt, ...) {
    bool silent = p->recovering || cur(p)->kind == TK_ERROR;
    p->recovering = true;
    if (silent)
        return NULL;
    va_list ap;
    va_start(ap, fmt);
    char buf[512];
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return diag_error(p->diags, span, code, rule, label, "%s", buf);
}

Diag *err_missing_comma(Parser *p, const char *between, const char *help) {
    Diag *d = perr(p, point_after_prev(p), "E0055", "syntax/missing-comma", "expected `,`",
                   "expected `,` between %s, found %s", between, tok_describe(p, cur(p)));
    if (d)
        diag_help(p->diags, d, "%s", help ? help : "add a `,` after the previous element");
    return d;
}

Diag *err_expected(Parser *p, const char *what) {
    Token *t = cur(p);
    Span sp = t->span;
    if (t->kind == TK_EOF || t->kind == TK_NEWLINE)
        sp = point_after_prev(p);
    char *label = arena_printf(p->arena, "expected %s", what);
    return perr(p, sp, "E0050", "syntax/expected-token", label, "expected %s, found %s", what,
                tok_describe(p, t));
}

static const char *kind_quoted(Parser *p, TokenKind k) {
    const char *text = token_kind_text(k);
    if (text)
        return arena_printf(p->arena, "`%s`", text);
    return token_kind_name(k);
}

bool expect(Parser *p, TokenKind k) {
    if (accept(p, k))
        return true;
    err_expected(p, kind_quoted(p, k));
    return false;
}

void err_unclosed(Parser *p, Span open) {
    if (p->eof_diag) {
        diag_label(p->diags, p->eof_diag, open, "unclosed delimiter");
        return;
    }
    SourceFile *f = source_file(p->sm, p->file);
    uint32_t end = f ? (uint32_t)f->len : 0;
    p->eof_diag =
        diag_error(p->diags, (Span){p->file, end, end}, "E0051", "syntax/unclosed-delimiter", NULL,
                   "this file contains an unclosed delimiter");
    diag_label(p->diags, p->eof_diag, open, "unclosed delimiter");
    p->recovering = true;
}

static bool is_closer(TokenKind k) {
    return k == TK_RPAREN || k == TK_RBRACKET || k == TK_RBRACE;
}

static bool is_opener(TokenKind k) {
    return k == TK_LPAREN || k == TK_LBRACKET || k == TK_LBRACE;
}

/* After a failed closer: skip to the matching CLOSE at this level and
 * consume it; stop before a `}` that belongs to an enclosing block. */
static void skip_to_close(Parser *p, TokenKind close) {
    int level = 0;
    for (;;) {
        TokenKind k = cur(p)->kind;
        if (k == TK_EOF)
            return;
        if (level == 0 && k == close) {
            advance(p);
            p->recovering = false;
            return;
        }
        if (level == 0 && k == TK_RBRACE)
            return;
        if (is_opener(k))
            level++;
        else if (is_closer(k) && level > 0)
            level--;
        advance(p);
    }
}

bool expect_close(Parser *p, TokenKind close, Span open) {
    if (accept(p, close))
        return true;
    Token *t = cur(p);
    if (t->kind == TK_EOF) {
        err_unclosed(p, open);
        return false;
    }
    if (is_closer(t->kind)) {
        Diag *d =
            perr(p, t->span, "E0052", "syntax/mismatched-delimiter", "mismatched closing delimiter",
                 "mismatched closing delimiter: %s", tok_describe(p, t));
        if (d)
            diag_label(p->diags, d, open, "unclosed delimiter");
        if (t->kind != TK_RBRACE)
            advance(p);
        return false;
    }
    Diag *d = err_expected(p, kind_quoted(p, close));
    if (d)
        diag_label(p->diags, d, open, "unclosed delimiter");
    skip_to_close(p, close);
    return false;
}

bool expect_gt(Parser *p) {
    Token *t = cur(p);
    TokenKind rest;
    switch (t->kind) {
    case TK_GT:
        advance(p);
        return true;
    case TK_SHR:
        rest = TK_GT;
        break;
    case TK_GE:
        rest = TK_EQ;
        break;
    case TK_SHREQ:
        rest = TK_GE;
        break;
    default:
        err_expected(p, "`>`");
        return false;
    }
    /* Consume the first `>` and leave the rest of the token in place. */
    Token first = *t;
    first.kind = TK_GT;
    first.span.end = first.span.start + 1;
    t->kind = rest;
    t->span.start++;
    t->newline_before = 0;
    p->prev = first;
    p->ntok++;
    return true;
}

bool can_start_expr(TokenKind k) {
    switch (k) {
    case TK_IDENT:
    case TK_INT:
    case TK_FLOAT:
    case TK_STRING:
    case TK_RAW_STRING:
    case TK_CHAR:
    case TK_LABEL:
    case TK_KW_SELF_LOWER:
    case TK_KW_SELF_UPPER:
    case TK_KW_IF:
    case TK_KW_MATCH:
    case TK_KW_LOOP:
    case TK_KW_WHILE:
    case TK_KW_FOR:
    case TK_KW_UNSAFE:
    case TK_KW_RETURN:
    case TK_KW_BREAK:
    case TK_KW_CONTINUE:
    case TK_KW_MOVE:
    case TK_KW_SPAWN:
    case TK_KW_TRUE:
    case TK_KW_FALSE:
    case TK_LPAREN:
    case TK_LBRACKET:
    case TK_LBRACE:
    case TK_PIPE:
    case TK_OROR:
    case TK_MINUS:
    case TK_BANG:
    case TK_STAR:
    case TK_AMP:
    case TK_ANDAND:
    case TK_DOTDOT:
    case TK_DOTDOTEQ:
    case TK_COLONCOLON:
        return true;
    default:
        return false;
    }
}

bool enter(Parser *p) {
    if (p->depth >= PARSE_MAX_DEPTH) {
        if (!p->depth_reported) {
            p->depth_reported = true;
            bool was = p->recovering;
            p->recovering = false;
            Diag *d = perr(p, cur(p)->span, "E0060", "syntax/nesting-too-deep", "too deeply nested",
                           "nesting too deep");
            if (d)
                diag_note(p->diags, d,
                          "the parser accepts at most %d nested expressions, blocks, types or "
                          "patterns",
                          PARSE_MAX_DEPTH);
            p->recovering = was;
        }
        return false;
    }
    p->depth++;
    return true;
}

void skip_nested(Parser *p) {
    int level = 0;
    for (;;) {
        TokenKind k = cur(p)->kind;
        if (k == TK_EOF)
            return;
        if (is_opener(k))
            level++;
        else if (is_closer(k)) {
            if (level == 0)
                return;
            level--;
        } else if (level == 0 && (k == TK_NEWLINE || k == TK_SEMI || k == TK_COMMA ||
                                  k == TK_FATARROW || k == TK_EQ))
            return;
        advance(p);
    }
}

static bool starts_statement_keyword(TokenKind k) {
    switch (k) {
    case TK_KW_LET:
    case TK_KW_FN:
    case TK_KW_RETURN:
    case TK_KW_IF:
    case TK_KW_WHILE:
    case TK_KW_FOR:
    case TK_KW_LOOP:
    case TK_KW_MATCH:
    case TK_KW_STRUCT:
    case TK_KW_ENUM:
    case TK_KW_IMPL:
    case TK_KW_TRAIT:
    case TK_KW_USE:
    case TK_KW_CONST:
    case TK_KW_STATIC:
        return true;
    default:
        return false;
    }
}

void sync_stmt(Parser *p) {
    p->recovering = false;
    int level = 0;
    unsigned long start = p->ntok;
    for (;;) {
        Token *t = cur(p);
        TokenKind k = t->kind;
        if (k == TK_EOF)
            return;
        if (level == 0) {
            if (k == TK_NEWLINE || k == TK_SEMI) {
                advance(p);
                return;
            }
            if (k == TK_RBRACE)
                return;
            if (p->ntok > start && t->newline_before && starts_statement_keyword(k))
                return;
        }
        if (is_opener(k))
            level++;
        else if (is_closer(k) && level > 0)
            level--;
        advance(p);
    }
}

void sync_item(Parser *p) {
    p->recovering = false;
    int level = 0;
    unsigned long start = p->ntok;
    for (;;) {
        Token *t = cur(p);
        TokenKind k = t->kind;
        if (k == TK_EOF)
            return;
        if (level == 0) {
            if (k == TK_RBRACE)
                return;
            if (p->ntok > start &&
                (t->newline_before || p->prev.kind == TK_RBRACE || p->prev.kind == TK_SEMI) &&
                at_item_start(p))
                return;
        }
        if (is_opener(k))
            level++;
        else if (is_closer(k) && level > 0)
            level--;
        advance(p);
    }
}

void *node(Parser *p, size_t size) {
    return arena_alloc(p->arena, size);
}

void *vec_finish(Parser *p, PtrVec *v, int *count) {
    (void)p;
    *count = v->len;
    return v->items;
}

// file = item*
Module *parse_file(SourceMap *sm, uint32_t file, Arena *arena, DiagSink *diags, const char *name) {
    Parser p;
    memset(&p, 0, sizeof p);
    p.sm = sm;
    p.file = file;
    p.arena = arena;
    p.diags = diags;
    sb_init(&p.doc_pending);
    sb_init(&p.inner_doc);
    lex_init(&p.lx, sm, file, arena, diags);

    Module *m = NEW(&p, Module);
    SourceFile *f = source_file(sm, file);
    m->name = arena_strdup(arena, name);
    m->path = f ? f->path : "";
    m->file = file;
    m->span = (Span){file, 0, f ? (uint32_t)f->len : 0};
    PtrVec items = {0};
    parse_items_until(&p, TK_EOF, &items);
    m->items = vec_finish(&p, &items, &m->nitems);
    if (p.inner_doc.len)
        m->doc = arena_strndup(arena, p.inner_doc.data, p.inner_doc.len);
    sb_free(&p.doc_pending);
    sb_free(&p.inner_doc);
    free(p.names);
    return m;
}
