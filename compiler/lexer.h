/* The lexer: source text to tokens (LANGUAGE.md §1), on demand.
 *
 * lex_next() returns one token at a time; after the end it returns TK_EOF
 * forever. Malformed input (bad escapes, unterminated strings or comments,
 * stray bytes, invalid UTF-8, NUL bytes) is reported to the DiagSink with
 * its exact span and lexing continues, so one mistake gives one error. */
#ifndef GROK_LEXER_H
#define GROK_LEXER_H

#include "arena.h"
#include "diag.h"
#include "token.h"

#include <stdbool.h>

#define LEX_MAX_NESTING 256 /* delimiter stack depth tracked for newline rules */

typedef struct Lexer {
    SourceMap *sm;
    uint32_t file;
    const char *src; /* the file's text; src[len] is always NUL */
    size_t len, pos;
    Arena *arena;
    DiagSink *diags;
    /* Delimiter stack for the newline rules: '(' '[' '{'. Deeper nesting
     * than LEX_MAX_NESTING is only counted (the parser reports it). */
    char delims[LEX_MAX_NESTING];
    int depth;
    TokenKind prev_kind; /* last token returned (for newline decisions) */
    bool prev_can_end;   /* a newline after prev_kind would end a statement */
    TokenKind raw_prev;  /* last token scanned (`t.0.1`: no floats after `.`) */
    bool at_start;       /* nothing scanned yet: the first token starts a line */
    size_t gap_newline;  /* first '\n' before the token just scanned, or SIZE_MAX */
    Token lookahead;     /* a token read ahead while deciding a newline */
    bool has_lookahead;
} Lexer;

void lex_init(Lexer *lx, SourceMap *sm, uint32_t file, Arena *arena, DiagSink *diags);
Token lex_next(Lexer *lx);

/* `grokc emit tokens`: one token a line, `line:col kind text`. */
void lex_dump(SourceMap *sm, uint32_t file, Arena *arena, DiagSink *diags, FILE *out);

#endif
