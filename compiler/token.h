/* Tokens of GrokLang (LANGUAGE.md §1).
 *
 * The lexer turns statement-ending newlines into TK_NEWLINE tokens and drops
 * every other newline, following §1's rules: a newline ends a statement only
 * after a token that can end one (identifier, literal, `)`, `]`, `}`,
 * `return`, `break`, `continue`, `?`), never inside `( )` or `[ ]` (a `{`
 * inside them opens a new statement context), and not when the next line
 * starts with `.` or `else`. Consecutive newlines produce one TK_NEWLINE.
 *
 * Details the lexer settles (LANGUAGE.md §1 plus Rust where it is silent):
 * - Enders are also `true`, `false`, `self`, `Self`, every literal kind, a
 *   label right after `break`/`continue`, and TK_ERROR (almost always a
 *   broken literal, so the parser can resynchronise at the line end).
 * - Only a single `.` continues a line: a line starting with `..` does not.
 * - A block comment that spans lines counts as a newline.
 * - No TK_NEWLINE ever follows a doc comment. A doc comment after code on
 *   the same line (`x /// doc`) still ends the statement: the TK_NEWLINE
 *   (span: the newline ending that line) comes *before* the doc comment.
 * - The TK_NEWLINE's span is the first '
' between the two tokens. There
 *   is none at the end of a file that does not end in a newline.
 * - After `.` a number is lexed as an integer only, so `t.0.1` is
 *   IDENT DOT INT DOT INT; `1.foo()` is INT DOT IDENT and `1..2` INT DOTDOT INT.
 * - `>>`, `>=`, `>>=`, `&&`, `||` are single tokens; the parser splits them
 *   where generics, references or closures need it. */
#ifndef GROK_TOKEN_H
#define GROK_TOKEN_H

#include "source.h"

#include <stdint.h>

#define GROK_KEYWORDS(X)                                                                         \
    X(FN, "fn")                                                                                  \
    X(LET, "let")                                                                                \
    X(MUT, "mut")                                                                                \
    X(IF, "if")                                                                                  \
    X(ELSE, "else")                                                                              \
    X(MATCH, "match")                                                                            \
    X(FOR, "for")                                                                                \
    X(IN, "in")                                                                                  \
    X(WHILE, "while")                                                                            \
    X(LOOP, "loop")                                                                              \
    X(BREAK, "break")                                                                            \
    X(CONTINUE, "continue")                                                                      \
    X(RETURN, "return")                                                                          \
    X(STRUCT, "struct")                                                                          \
    X(ENUM, "enum")                                                                              \
    X(TRAIT, "trait")                                                                            \
    X(IMPL, "impl")                                                                              \
    X(USE, "use")                                                                                \
    X(MOD, "mod")                                                                                \
    X(PUB, "pub")                                                                                \
    X(SELF_LOWER, "self")                                                                        \
    X(SELF_UPPER, "Self")                                                                        \
    X(WHERE, "where")                                                                            \
    X(TYPE, "type")                                                                              \
    X(AS, "as")                                                                                  \
    X(UNSAFE, "unsafe")                                                                          \
    X(EXTERN, "extern")                                                                          \
    X(CONST, "const")                                                                            \
    X(STATIC, "static")                                                                          \
    X(ACTOR, "actor")                                                                            \
    X(SPAWN, "spawn")                                                                            \
    X(RECEIVE, "receive")                                                                        \
    X(MOVE, "move")                                                                              \
    X(TRUE, "true")                                                                              \
    X(FALSE, "false")

/* Punctuation, longest spellings first within each family is the lexer's
 * job; this table only names them. */
#define GROK_PUNCTS(X)                                                                           \
    X(PLUS, "+")                                                                                 \
    X(MINUS, "-")                                                                                \
    X(STAR, "*")                                                                                 \
    X(SLASH, "/")                                                                                \
    X(PERCENT, "%")                                                                              \
    X(EQEQ, "==")                                                                                \
    X(NE, "!=")                                                                                  \
    X(LT, "<")                                                                                   \
    X(GT, ">")                                                                                   \
    X(LE, "<=")                                                                                  \
    X(GE, ">=")                                                                                  \
    X(ANDAND, "&&")                                                                              \
    X(OROR, "||")                                                                                \
    X(BANG, "!")                                                                                 \
    X(AMP, "&")                                                                                  \
    X(PIPE, "|")                                                                                 \
    X(CARET, "^")                                                                                \
    X(SHL, "<<")                                                                                 \
    X(SHR, ">>")                                                                                 \
    X(EQ, "=")                                                                                   \
    X(PLUSEQ, "+=")                                                                              \
    X(MINUSEQ, "-=")                                                                             \
    X(STAREQ, "*=")                                                                              \
    X(SLASHEQ, "/=")                                                                             \
    X(PERCENTEQ, "%=")                                                                           \
    X(AMPEQ, "&=")                                                                               \
    X(PIPEEQ, "|=")                                                                              \
    X(CARETEQ, "^=")                                                                             \
    X(SHLEQ, "<<=")                                                                              \
    X(SHREQ, ">>=")                                                                              \
    X(FATARROW, "=>")                                                                            \
    X(ARROW, "->")                                                                               \
    X(COLONCOLON, "::")                                                                          \
    X(DOTDOT, "..")                                                                              \
    X(DOTDOTEQ, "..=")                                                                           \
    X(QUESTION, "?")                                                                             \
    X(AT, "@")                                                                                   \
    X(HASH, "#")                                                                                 \
    X(LPAREN, "(")                                                                               \
    X(RPAREN, ")")                                                                               \
    X(LBRACKET, "[")                                                                             \
    X(RBRACKET, "]")                                                                             \
    X(LBRACE, "{")                                                                               \
    X(RBRACE, "}")                                                                               \
    X(COMMA, ",")                                                                                \
    X(SEMI, ";")                                                                                 \
    X(COLON, ":")                                                                                \
    X(DOT, ".")

typedef enum TokenKind {
    TK_EOF,
    TK_NEWLINE, /* a statement-ending newline (see above) */
    TK_IDENT,
    TK_INT,       /* value in Token.int_value, suffix in Token.suffix */
    TK_FLOAT,     /* value in Token.float_value, suffix in Token.suffix */
    TK_STRING,    /* decoded bytes in Token.str / Token.str_len */
    TK_RAW_STRING,/* r"..." (decoded the same way: no escapes) */
    TK_CHAR,      /* code point in Token.char_value */
    TK_LABEL,     /* 'outer (name without the quote in Token.str) */
    TK_DOC_COMMENT,       /* `///` text, kept for the AST (not for the parser's grammar) */
    TK_INNER_DOC_COMMENT, /* `//!` text */
    TK_ERROR,     /* a malformed token; the lexer has already reported it */
#define X(name, text) TK_KW_##name,
    GROK_KEYWORDS(X)
#undef X
#define X(name, text) TK_##name,
    GROK_PUNCTS(X)
#undef X
    TK__COUNT
} TokenKind;

/* Integer and float literal suffixes. */
typedef enum NumSuffix {
    SUF_NONE,
    SUF_I8,
    SUF_I16,
    SUF_I32,
    SUF_I64,
    SUF_ISIZE,
    SUF_U8,
    SUF_U16,
    SUF_U32,
    SUF_U64,
    SUF_USIZE,
    SUF_F32,
    SUF_F64
} NumSuffix;

typedef struct Token {
    TokenKind kind;
    Span span;
    NumSuffix suffix;
    /* A newline (or start of file) separates this token from the previous
     * one, whether or not that newline became a TK_NEWLINE. */
    unsigned newline_before : 1;
    /* TK_INT only: the value did not fit in 64 bits (int_value is then
     * UINT64_MAX) or in its suffix type; the lexer reported it already. */
    unsigned overflow : 1;
    union {
        uint64_t int_value;
        double float_value;
        uint32_t char_value;
        struct {
            /* Identifier or keyword text, label name (without the quote),
             * decoded string, raw string or doc comment text (after the
             * `///`/`//!`). NOT NUL-terminated: it points into the source
             * text, or into the arena when escapes had to be decoded. */
            const char *str;
            uint32_t str_len;
        };
    };
} Token;

const char *token_kind_name(TokenKind k); /* "identifier", "`fn`", "`+=`", ... */
const char *token_kind_text(TokenKind k); /* "fn", "+=", or NULL for literal kinds */
const char *num_suffix_name(NumSuffix s); /* "i32", ... or "" */

#endif
