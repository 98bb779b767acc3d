/* Shared state of the parser's files (parser.c: token stream, errors and
 * recovery; parse_expr.c; parse_stmt.c; parse_pat_type.c; parse_item.c).
 * Not for use outside the parser. */
#ifndef GROK_PARSE_INTERNAL_H
#define GROK_PARSE_INTERNAL_H

#include "ast.h"
#include "lexer.h"
#include "parser.h"
#include "strbuf.h"

/* Lookahead the grammar needs: `name ! (` for macros is three tokens. */
#define PARSE_LOOKAHEAD 4

/* Restrictions on an expression: in `if`/`while`/`match`/`for` heads a
 * struct literal is not allowed (`if x == P { .. }` opens the block), and
 * a condition reports `=` as a likely `==`. */
enum { R_NONE = 0, R_NO_STRUCT = 1, R_COND = 2 };

typedef struct Parser {
    Lexer lx;
    SourceMap *sm;
    uint32_t file;
    Arena *arena;
    DiagSink *diags;
    Token ring[PARSE_LOOKAHEAD];
    const char *ring_doc[PARSE_LOOKAHEAD]; /* `///` text before each token */
    Span ring_doc_span[PARSE_LOOKAHEAD];   /* where that text was */
    Span doc_span;                         /* of the pending doc lines */
    int head, count;
    StrBuf doc_pending; /* doc lines read but not yet attached */
    bool doc_has_pending;
    StrBuf inner_doc;   /* `//!` lines: the module's doc */
    Token prev;         /* the last consumed token */
    unsigned long ntok; /* tokens consumed, to guarantee progress in recovery */
    int depth;
    bool depth_reported;
    /* After an error, further errors are dropped until the parser has
     * resynchronised at a statement or item boundary (no cascades). */
    bool recovering;
    bool sig_ok;    /* a `fn` here may be a signature (trait, extern block) */
    Diag *eof_diag; /* "unclosed delimiter" report, shared by all levels */
    /* Interned names: every occurrence of an identifier shares one arena
     * string (open addressing, heap-allocated, freed with the parser). */
    struct InternSlot *names;
    uint32_t names_cap, names_len;
} Parser;

/* Token stream (parser.c). */
Token *peek(Parser *p, int n);
static inline Token *cur(Parser *p) {
    return peek(p, 0);
}
static inline bool at(Parser *p, TokenKind k) {
    return cur(p)->kind == k;
}
const char *cur_doc(Parser *p);
Span cur_doc_span(Parser *p);
Token advance(Parser *p);
bool accept(Parser *p, TokenKind k);
void skip_newlines(Parser *p);
/* Consumes K or reports "expected K, found X" and returns false. */
bool expect(Parser *p, TokenKind k);
/* Consumes the closer of a delimiter opened at OPEN; reports a missing or
 * mismatched closer (with the opening delimiter labelled). */
bool expect_close(Parser *p, TokenKind close, Span open);
/* Consumes `>`, splitting `>>`, `>=`, `>>=` as Rust does for generics. */
bool expect_gt(Parser *p);
Span span_from(Parser *p, Span start); /* start .. end of prev */
char *tok_name(Parser *p, const Token *t);
const char *tok_describe(Parser *p, const Token *t); /* "`fn`", "end of file" */
bool tok_adjacent(const Token *a, const Token *b);
bool can_start_expr(TokenKind k);

/* Diagnostics (parser.c). Return NULL while recovering. */
Diag *perr(Parser *p, Span span, const char *code, const char *rule, const char *label,
           const char *fmt, ...) __attribute__((format(printf, 6, 7)));
Diag *err_expected(Parser *p, const char *what);
/* "expected `,` between BETWEEN" at the end of the previous token. */
Diag *err_missing_comma(Parser *p, const char *between, const char *help);
/* Reports "this file contains an unclosed delimiter" once, labelling OPEN. */
void err_unclosed(Parser *p, Span open);
/* Depth guard for recursive constructs: false (after one report) when
 * nesting is too deep; the caller skips the construct and returns an
 * error node. */
bool enter(Parser *p);
static inline void leave(Parser *p) {
    p->depth--;
}
/* Skips tokens up to (not including) the closer of an enclosing delimiter,
 * balancing nested ones. Used after "nesting too deep". */
void skip_nested(Parser *p);
/* Skips to the end of a statement (newline or `;` consumed, or before a
 * `}` closing the block) and clears the recovery state. */
void sync_stmt(Parser *p);
/* Skips to the next item start or a `}` at this level. */
void sync_item(Parser *p);

/* Node helpers. */
void *node(Parser *p, size_t size);
#define NEW(p, T) ((T *)node(p, sizeof(T)))
char *pstr(Parser *p, const Token *t); /* identifier/label text, copied */
/* Moves a PtrVec into an exact-size arena array. */
void *vec_finish(Parser *p, PtrVec *v, int *count);

/* Expressions and statements (parse_expr.c, parse_stmt.c). */
Expr *parse_expr(Parser *p);
Expr *parse_expr_r(Parser *p, int restr);
Expr *parse_expr_no_struct(Parser *p);
Expr *expr_error(Parser *p, Span span);
Expr *parse_block_expr(Parser *p, const char *label, bool is_unsafe, Span start);
/* `{`, `unsafe {`, if, match, loop, while, for, and labelled forms. */
Expr *parse_block_like(Parser *p);
bool expr_is_block_like(const Expr *e);
Expr *parse_expr_after_block(Parser *p, Expr *lhs);
Block *parse_block(Parser *p);
Expr *parse_literal_expr(Parser *p);
Path parse_expr_path(Parser *p); /* a::b::<T> */

/* Patterns and types (parse_pat_type.c). */
Pat *parse_pattern(Parser *p);        /* with or-patterns */
Pat *parse_pattern_single(Parser *p); /* no top-level `|` (closure params) */
TypeExpr *parse_type(Parser *p);
Path parse_type_path(Parser *p);
void parse_generic_args(Parser *p, PathSeg *seg); /* at `<` */
void parse_bounds(Parser *p, PtrVec *out);        /* Trait + Trait<..> */

/* Items (parse_item.c). */
bool at_item_start(Parser *p);
Item *parse_item(Parser *p);
void parse_items_until(Parser *p, TokenKind close, PtrVec *out);

#endif
