/* The GrokLang lexer (LANGUAGE.md §1; where it is silent, Rust's rules).
 *
 * Two layers. scan() turns bytes into raw tokens, skipping whitespace and
 * comments and noting whether a newline was crossed; lex_next() applies the
 * statement-ending newline rules of token.h on top of it, holding one token
 * back when it has to insert a TK_NEWLINE first. Identifiers, raw strings,
 * doc comments and strings without escapes point into the source text; only
 * strings with escapes are decoded into the arena, so lexing allocates
 * nothing per token. The text is NUL-terminated, so looking one byte past any
 * non-NUL byte is always in bounds; that keeps the hot loops free of length
 * checks.
 *
 * Every malformed token is reported once and returned as TK_ERROR (except an
 * out-of-range integer, which stays a TK_INT with `overflow` set), and lexing
 * goes on. A file that is not UTF-8 gets one error and no tokens at all.
 *
 * Error codes E0001-E0049 belong to the lexer:
 *   E0001 syntax/unterminated-comment  `/ *` without its matching `* /`
 *   E0002 syntax/unterminated-string   `"` without a closing `"`
 *   E0003 syntax/unterminated-string   raw string without its closing `"#`
 *   E0004 syntax/unterminated-char     `'` that starts neither a char nor a label
 *   E0005 syntax/unknown-escape        `\q`
 *   E0006 syntax/invalid-escape        `\x` too short or above 0x7F
 *   E0007 syntax/invalid-unicode-escape `\u` without braces, empty, over 6
 *                                      digits, a surrogate or above 10FFFF
 *   E0008 syntax/empty-char            `''`
 *   E0009 syntax/char-too-long         `'ab'`
 *   E0010 syntax/unescaped-char        `'''`, a raw newline or tab in a char
 *   E0011 syntax/bare-cr               a CR not followed by LF in a string
 *   E0012 syntax/int-too-large         an integer above u64::MAX
 *   E0013 syntax/int-out-of-range      an integer too large for its suffix
 *   E0014 syntax/invalid-suffix        `12abc`, `1.5u8`
 *   E0015 syntax/invalid-digit         `0b102`, `0o78`
 *   E0016 syntax/missing-digits        `0x`, `0b_`
 *   E0017 syntax/missing-exponent      `1e`, `2.5e+`
 *   E0018 syntax/non-decimal-float     `0x1.5`, `0b1f32`
 *   E0019 syntax/float-out-of-range    `1e400`, `1e39f32`
 *   E0020 syntax/invalid-utf8          a byte sequence that is not UTF-8
 *   E0021 syntax/nul-byte              a NUL byte outside literals and comments
 *   E0022 syntax/unknown-char          `~`, `$`, `“`, control characters
 *   E0023 syntax/raw-string-delimiter  more than 255 `#` around a raw string */
#include "lexer.h"
#include "strbuf.h"

#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

typedef enum LexError {
    LE_UNTERMINATED_COMMENT,
    LE_UNTERMINATED_STRING,
    LE_UNTERMINATED_RAW_STRING,
    LE_UNTERMINATED_CHAR,
    LE_UNKNOWN_ESCAPE,
    LE_INVALID_ESCAPE,
    LE_INVALID_UNICODE_ESCAPE,
    LE_EMPTY_CHAR,
    LE_CHAR_TOO_LONG,
    LE_UNESCAPED_CHAR,
    LE_BARE_CR,
    LE_INT_TOO_LARGE,
    LE_INT_OUT_OF_RANGE,
    LE_INVALID_SUFFIX,
    LE_INVALID_DIGIT,
    LE_MISSING_DIGITS,
    LE_MISSING_EXPONENT,
    LE_NON_DECIMAL_FLOAT,
    LE_FLOAT_OUT_OF_RANGE,
    LE_INVALID_UTF8,
    LE_NUL_BYTE,
    LE_UNKNOWN_CHAR,
    LE_RAW_STRING_DELIMITER,
} LexError;

static const struct {
    const char *code, *rule;
} lex_errors[] = {
    [LE_UNTERMINATED_COMMENT] = {"E0001", "syntax/unterminated-comment"},
    [LE_UNTERMINATED_STRING] = {"E0002", "syntax/unterminated-string"},
    [LE_UNTERMINATED_RAW_STRING] = {"E0003", "syntax/unterminated-string"},
    [LE_UNTERMINATED_CHAR] = {"E0004", "syntax/unterminated-char"},
    [LE_UNKNOWN_ESCAPE] = {"E0005", "syntax/unknown-escape"},
    [LE_INVALID_ESCAPE] = {"E0006", "syntax/invalid-escape"},
    [LE_INVALID_UNICODE_ESCAPE] = {"E0007", "syntax/invalid-unicode-escape"},
    [LE_EMPTY_CHAR] = {"E0008", "syntax/empty-char"},
    [LE_CHAR_TOO_LONG] = {"E0009", "syntax/char-too-long"},
    [LE_UNESCAPED_CHAR] = {"E0010", "syntax/unescaped-char"},
    [LE_BARE_CR] = {"E0011", "syntax/bare-cr"},
    [LE_INT_TOO_LARGE] = {"E0012", "syntax/int-too-large"},
    [LE_INT_OUT_OF_RANGE] = {"E0013", "syntax/int-out-of-range"},
    [LE_INVALID_SUFFIX] = {"E0014", "syntax/invalid-suffix"},
    [LE_INVALID_DIGIT] = {"E0015", "syntax/invalid-digit"},
    [LE_MISSING_DIGITS] = {"E0016", "syntax/missing-digits"},
    [LE_MISSING_EXPONENT] = {"E0017", "syntax/missing-exponent"},
    [LE_NON_DECIMAL_FLOAT] = {"E0018", "syntax/non-decimal-float"},
    [LE_FLOAT_OUT_OF_RANGE] = {"E0019", "syntax/float-out-of-range"},
    [LE_INVALID_UTF8] = {"E0020", "syntax/invalid-utf8"},
    [LE_NUL_BYTE] = {"E0021", "syntax/nul-byte"},
    [LE_UNKNOWN_CHAR] = {"E0022", "syntax/unknown-char"},
    [LE_RAW_STRING_DELIMITER] = {"E0023", "syntax/raw-string-delimiter"},
};

enum { C_START = 1, C_CONT = 2, C_DIGIT = 4, C_HEX = 8, C_STR_SPECIAL = 16 };

/* Byte classes; ranges in initializers are a GNU extension (gcc and clang). */
static const unsigned char char_class[256] = {
    ['a' ... 'f'] = C_START | C_CONT | C_HEX,
    ['g' ... 'z'] = C_START | C_CONT,
    ['A' ... 'F'] = C_START | C_CONT | C_HEX,
    ['G' ... 'Z'] = C_START | C_CONT,
    ['_'] = C_START | C_CONT,
    ['0' ... '9'] = C_CONT | C_DIGIT | C_HEX,
    ['"'] = C_STR_SPECIAL,
    ['\\'] = C_STR_SPECIAL,
    ['\r'] = C_STR_SPECIAL,
    [0] = C_STR_SPECIAL,
};

static inline bool is_class(char c, int cls) {
    return char_class[(unsigned char)c] & cls;
}

#define NO_NEWLINE SIZE_MAX

static Span span_at(const Lexer *lx, size_t start, size_t end) {
    return (Span){lx->file, (uint32_t)start, (uint32_t)end};
}

static Diag *report(Lexer *lx, LexError e, size_t start, size_t end, const char *label,
                    const char *fmt, ...) __attribute__((format(printf, 6, 7)));

static Diag *report(Lexer *lx, LexError e, size_t start, size_t end, const char *label,
                    const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return diag_error(lx->diags, span_at(lx, start, end), lex_errors[e].code, lex_errors[e].rule,
                      label, "%s", msg);
}

/* Writes code point CP as it should appear inside backquotes in a message:
 * control characters escaped, everything else as itself. */
static void char_for_message(uint32_t cp, char *out, size_t outlen) {
    if (cp < 0x20 || cp == 0x7f) {
        const char *esc = cp == '\n' ? "\\n" : cp == '\t' ? "\\t" : cp == '\r' ? "\\r" : NULL;
        if (esc)
            snprintf(out, outlen, "%s", esc);
        else
            snprintf(out, outlen, "\\u{%x}", cp);
        return;
    }
    char buf[4];
    int n = utf8_encode(cp, buf);
    snprintf(out, outlen, "%.*s", n, buf);
}

/* Scalar at s[p] (the file is valid UTF-8 once lexing starts). */
static uint32_t decode_at(const Lexer *lx, size_t p, int *len) {
    uint32_t cp = 0;
    int n = utf8_decode(lx->src + p, lx->len - p, &cp);
    if (n == 0) {
        cp = (unsigned char)lx->src[p];
        n = 1;
    }
    *len = n;
    return cp;
}

/* Pattern_White_Space outside ASCII, as Rust: NEL, LRM, RLM, LS, PS. */
static int unicode_space_len(const char *s) {
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] == 0xC2 && u[1] == 0x85)
        return 2;
    if (u[0] == 0xE2 && u[1] == 0x80 &&
        (u[2] == 0x8E || u[2] == 0x8F || u[2] == 0xA8 || u[2] == 0xA9))
        return 3;
    return 0;
}

static bool is_doc_comment_start(const char *s, size_t p) {
    /* s[p] and s[p+1] are '/'. `////` and longer are plain comments. */
    return s[p + 2] == '!' || (s[p + 2] == '/' && s[p + 3] != '/');
}

static size_t skip_block_comment(Lexer *lx, size_t p, size_t *nl_at, bool report_errors) {
    const char *s = lx->src;
    size_t n = lx->len, q = p + 2;
    int depth = 1;
    bool nested = false;
    while (q < n) {
        char c = s[q];
        if (c == '/' && s[q + 1] == '*') {
            depth++;
            nested = true;
            q += 2;
        } else if (c == '*' && s[q + 1] == '/') {
            q += 2;
            if (--depth == 0)
                return q;
        } else {
            if (c == '\n' && *nl_at == NO_NEWLINE)
                *nl_at = q;
            q++;
        }
    }
    if (report_errors) {
        Diag *d = report(lx, LE_UNTERMINATED_COMMENT, p, p + 2, "comment starts here",
                         "unterminated block comment");
        if (nested)
            diag_note(
                lx->diags, d,
                "block comments nest: every `/*` inside needs its own `*/`, and %d %s missing",
                depth, depth == 1 ? "is" : "are");
    }
    return n;
}

/* Skips whitespace and comments from P up to the next token (a doc comment
 * is a token). *nl_at gets the first newline crossed, if still unset. */
static size_t skip_trivia(Lexer *lx, size_t p, size_t *nl_at, bool report_errors) {
    const char *s = lx->src;
    size_t n = lx->len;
    for (;;) {
        switch (s[p]) {
        case ' ':
        case '\t':
        case '\r':
        case '\v':
        case '\f':
            p++;
            continue;
        case '\n':
            if (*nl_at == NO_NEWLINE)
                *nl_at = p;
            p++;
            continue;
        case '/':
            if (s[p + 1] == '/') {
                if (is_doc_comment_start(s, p))
                    return p;
                const char *e = memchr(s + p, '\n', n - p);
                p = e ? (size_t)(e - s) : n;
                continue;
            }
            if (s[p + 1] == '*') {
                p = skip_block_comment(lx, p, nl_at, report_errors);
                continue;
            }
            return p;
        case (char)0xC2:
        case (char)0xE2: {
            int k = unicode_space_len(s + p);
            if (!k)
                return p;
            p += (size_t)k;
            continue;
        }
        default:
            return p;
        }
    }
}

/* Whether the next line (after P) starts with `.` or `else`, which keeps
 * the statement going. Silent: the real scan reports any error later. */
static bool next_line_continues(Lexer *lx, size_t p) {
    const char *s = lx->src;
    size_t nl = NO_NEWLINE;
    for (;;) {
        p = skip_trivia(lx, p, &nl, false);
        if (p >= lx->len || s[p] != '/' || s[p + 1] != '/')
            break;
        const char *e = memchr(s + p, '\n', lx->len - p); /* a doc comment */
        p = e ? (size_t)(e - s) : lx->len;
    }
    if (s[p] == '.')
        return s[p + 1] != '.';
    return s[p] == 'e' && s[p + 1] == 'l' && s[p + 2] == 's' && s[p + 3] == 'e' &&
           !is_class(s[p + 4], C_CONT);
}

/* Keywords grouped by length; kw_first[n] is the first of length n. */
static const struct {
    char text[9];
    TokenKind kind;
} keywords[] = {
    {"fn", TK_KW_FN},
    {"if", TK_KW_IF},
    {"in", TK_KW_IN},
    {"as", TK_KW_AS},
    {"let", TK_KW_LET},
    {"mut", TK_KW_MUT},
    {"for", TK_KW_FOR},
    {"use", TK_KW_USE},
    {"mod", TK_KW_MOD},
    {"pub", TK_KW_PUB},
    {"else", TK_KW_ELSE},
    {"loop", TK_KW_LOOP},
    {"enum", TK_KW_ENUM},
    {"impl", TK_KW_IMPL},
    {"self", TK_KW_SELF_LOWER},
    {"Self", TK_KW_SELF_UPPER},
    {"type", TK_KW_TYPE},
    {"move", TK_KW_MOVE},
    {"true", TK_KW_TRUE},
    {"match", TK_KW_MATCH},
    {"while", TK_KW_WHILE},
    {"break", TK_KW_BREAK},
    {"trait", TK_KW_TRAIT},
    {"where", TK_KW_WHERE},
    {"const", TK_KW_CONST},
    {"actor", TK_KW_ACTOR},
    {"spawn", TK_KW_SPAWN},
    {"false", TK_KW_FALSE},
    {"return", TK_KW_RETURN},
    {"struct", TK_KW_STRUCT},
    {"unsafe", TK_KW_UNSAFE},
    {"extern", TK_KW_EXTERN},
    {"static", TK_KW_STATIC},
    {"receive", TK_KW_RECEIVE},
    {"continue", TK_KW_CONTINUE},
};
static const unsigned char kw_first[10] = {0, 0, 0, 4, 10, 19, 28, 33, 34, 35};

static TokenKind keyword_kind(const char *s, size_t n) {
    if (n < 2 || n > 8)
        return TK_IDENT;
    for (int i = kw_first[n]; i < kw_first[n + 1]; i++)
        if (keywords[i].text[0] == s[0] && memcmp(keywords[i].text, s, n) == 0)
            return keywords[i].kind;
    return TK_IDENT;
}

/* Decodes the escape at s[p] == '\\' whose literal's content ends at LIMIT.
 * Returns the position after it and sets *cp to the code point, to -1 after
 * reporting an error, or to -2 for a string continuation (`\` + newline). */
static size_t decode_escape(Lexer *lx, size_t p, size_t limit, int32_t *cp, bool in_string) {
    const char *s = lx->src;
    char c = s[p + 1];
    *cp = -1;
    switch (c) {
    case 'n':
        *cp = '\n';
        return p + 2;
    case 't':
        *cp = '\t';
        return p + 2;
    case 'r':
        *cp = '\r';
        return p + 2;
    case '0':
        *cp = 0;
        return p + 2;
    case '\\':
        *cp = '\\';
        return p + 2;
    case '"':
        *cp = '"';
        return p + 2;
    case '\'':
        *cp = '\'';
        return p + 2;
    case 'x': {
        size_t q = p + 2;
        int v = 0, nd = 0;
        while (nd < 2 && q < limit && is_class(s[q], C_HEX)) {
            char h = s[q++];
            v = v * 16 + (h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
            nd++;
        }
        if (nd < 2) {
            Diag *d = report(lx, LE_INVALID_ESCAPE, p, q, "expected two hex digits",
                             "numeric character escape is too short");
            diag_help(lx->diags, d, "write a byte as `\\x` and two hex digits, e.g. `\\x41`");
            return q;
        }
        if (v > 0x7f) {
            Diag *d =
                report(lx, LE_INVALID_ESCAPE, p, q,
                       "must be a character in the range [\\x00-\\x7f]", "out of range hex escape");
            diag_help(lx->diags, d, "for a code point above 0x7F, use `\\u{%x}`", v);
            return q;
        }
        *cp = v;
        return q;
    }
    case 'u': {
        if (p + 2 >= limit || s[p + 2] != '{') {
            Diag *d = report(lx, LE_INVALID_UNICODE_ESCAPE, p, p + 2, "expected `{` after `\\u`",
                             "incorrect unicode escape sequence");
            diag_help(lx->diags, d, "format of unicode escape sequences is `\\u{...}`");
            return p + 2;
        }
        size_t q = p + 3;
        uint32_t v = 0;
        int nd = 0;
        for (;;) {
            if (q >= limit) {
                report(lx, LE_INVALID_UNICODE_ESCAPE, p, q, "missing a closing `}`",
                       "unterminated unicode escape");
                return q;
            }
            char h = s[q];
            if (h == '}')
                break;
            if (h == '_' && nd > 0) {
                q++;
                continue;
            }
            if (!is_class(h, C_HEX)) {
                int len;
                uint32_t bad = decode_at(lx, q, &len);
                char shown[16];
                char_for_message(bad, shown, sizeof shown);
                if (h == '_')
                    report(lx, LE_INVALID_UNICODE_ESCAPE, q, q + 1,
                           "a unicode escape cannot start with `_`",
                           "invalid start of unicode escape: `_`");
                else
                    report(lx, LE_INVALID_UNICODE_ESCAPE, q, q + (size_t)len,
                           "not a hexadecimal digit", "invalid character in unicode escape: `%s`",
                           shown);
                return q + (size_t)len;
            }
            if (nd < 6)
                v = v * 16 + (uint32_t)(h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
            nd++;
            q++;
        }
        q++; /* the `}` */
        if (nd == 0) {
            report(lx, LE_INVALID_UNICODE_ESCAPE, p, q,
                   "this escape must have at least 1 hex digit", "empty unicode escape");
            return q;
        }
        if (nd > 6) {
            report(lx, LE_INVALID_UNICODE_ESCAPE, p, q, "must have at most 6 hex digits",
                   "overlong unicode escape");
            return q;
        }
        if (v >= 0xD800 && v <= 0xDFFF) {
            report(lx, LE_INVALID_UNICODE_ESCAPE, p, q, "unicode escape must not be a surrogate",
                   "invalid unicode character escape");
            return q;
        }
        if (v > 0x10FFFF) {
            report(lx, LE_INVALID_UNICODE_ESCAPE, p, q, "unicode escape must be at most 10FFFF",
                   "invalid unicode character escape");
            return q;
        }
        *cp = (int32_t)v;
        return q;
    }
    case '\r':
    case '\n':
        if (in_string && (c == '\n' || s[p + 2] == '\n')) {
            /* `\` at the end of a line: skip the newline and the next line's indent. */
            size_t q = p + 1;
            while (q < limit && (s[q] == ' ' || s[q] == '\t' || s[q] == '\n' || s[q] == '\r'))
                q++;
            *cp = -2;
            return q;
        }
        break;
    default:
        break;
    }
    int len = 1;
    uint32_t bad = p + 1 < limit ? decode_at(lx, p + 1, &len) : (uint32_t)c;
    char shown[16];
    char_for_message(bad, shown, sizeof shown);
    Diag *d = report(lx, LE_UNKNOWN_ESCAPE, p, p + 1 + (size_t)len, "unknown character escape",
                     "unknown character escape: `%s`", shown);
    diag_help(lx->diags, d, "for a literal backslash write `\\\\`, or use a raw string: r\"...\"");
    return p + 1 + (size_t)len;
}

/* `"..."`: S[p] is the opening quote. */
static void lex_string(Lexer *lx, size_t p, Token *t) {
    const char *s = lx->src;
    size_t n = lx->len, q = p + 1;
    bool plain = true;
    for (;;) {
        while (!is_class(s[q], C_STR_SPECIAL))
            q++;
        char c = s[q];
        if (c == '"')
            break;
        if (q >= n)
            break;
        if (c == '\\') {
            plain = false;
            q = q + 2 > n ? n : q + 2;
            continue;
        }
        if (c == '\r')
            plain = false;
        q++; /* '\r', or a NUL inside the file */
    }
    if (q >= n) {
        Diag *d = report(lx, LE_UNTERMINATED_STRING, p, p + 1, "string starts here",
                         "unterminated double quote string");
        diag_help(lx->diags, d, "add the closing `\"`");
        t->kind = TK_ERROR;
        t->span.end = (uint32_t)n;
        lx->pos = n;
        return;
    }
    t->span.end = (uint32_t)(q + 1);
    lx->pos = q + 1;
    t->kind = TK_STRING;
    if (plain) {
        t->str = s + p + 1;
        t->str_len = (uint32_t)(q - p - 1);
        return;
    }
    char *buf = arena_alloc(lx->arena, q - p);
    size_t len = 0;
    bool bad = false;
    for (size_t r = p + 1; r < q;) {
        char c = s[r];
        if (c == '\\') {
            int32_t cp;
            r = decode_escape(lx, r, q, &cp, true);
            if (cp >= 0)
                len += (size_t)utf8_encode((uint32_t)cp, buf + len);
            else if (cp == -1)
                bad = true;
        } else if (c == '\r' && s[r + 1] != '\n') {
            report(lx, LE_BARE_CR, r, r + 1, "a carriage return on its own",
                   "bare CR not allowed in string, use `\\r` instead");
            bad = true;
            r++;
        } else {
            if (c != '\r') /* CRLF in the file is LF in the string, as in Rust */
                buf[len++] = c;
            r++;
        }
    }
    if (bad) {
        t->kind = TK_ERROR;
        return;
    }
    t->str = buf;
    t->str_len = (uint32_t)len;
}

/* `r"..."` or `r#"..."#`: S[p] is the `r`. Returns false when this is not a
 * raw string after all (`r#x` is the identifier `r` then `#`). */
static bool lex_raw_string(Lexer *lx, size_t p, Token *t) {
    const char *s = lx->src;
    size_t n = lx->len, q = p + 1;
    while (s[q] == '#')
        q++;
    if (s[q] != '"')
        return false;
    size_t hashes = q - p - 1, open_end = q + 1, r = open_end;
    size_t close = 0;
    bool found = false;
    while (r < n) {
        const char *e = memchr(s + r, '"', n - r);
        if (!e)
            break;
        close = (size_t)(e - s);
        size_t h = 0;
        while (h < hashes && close + 1 + h < n && s[close + 1 + h] == '#')
            h++;
        if (h == hashes) {
            found = true;
            break;
        }
        r = close + 1;
    }
    t->kind = TK_ERROR;
    if (hashes > 255) {
        report(lx, LE_RAW_STRING_DELIMITER, p, open_end, "too many `#` symbols",
               "raw strings may be delimited by up to 255 `#` symbols, found %zu", hashes);
        t->span.end = (uint32_t)(found ? close + 1 + hashes : n);
        lx->pos = t->span.end;
        return true;
    }
    if (!found) {
        Diag *d = report(lx, LE_UNTERMINATED_RAW_STRING, p, open_end, "raw string starts here",
                         "unterminated raw string");
        diag_note(lx->diags, d, "this raw string should be terminated with `\"%.*s`", (int)hashes,
                  "################################################################"
                  "################################################################"
                  "################################################################"
                  "###############################################################");
        t->span.end = (uint32_t)n;
        lx->pos = n;
        return true;
    }
    t->span.end = (uint32_t)(close + 1 + hashes);
    lx->pos = t->span.end;
    const char *body = s + open_end;
    size_t blen = close - open_end;
    const char *cr = memchr(body, '\r', blen);
    if (!cr) {
        t->kind = TK_RAW_STRING;
        t->str = body;
        t->str_len = (uint32_t)blen;
        return true;
    }
    /* CRLF becomes LF; a lone CR is an error, as in Rust. */
    char *buf = arena_alloc(lx->arena, blen + 1);
    size_t len = 0;
    bool bad = false;
    for (size_t i = 0; i < blen; i++) {
        if (body[i] != '\r') {
            buf[len++] = body[i];
        } else if (i + 1 >= blen || body[i + 1] != '\n') {
            size_t at = open_end + i;
            report(lx, LE_BARE_CR, at, at + 1, "a carriage return on its own",
                   "bare CR not allowed in raw string");
            bad = true;
        }
    }
    if (!bad) {
        t->kind = TK_RAW_STRING;
        t->str = buf;
        t->str_len = (uint32_t)len;
    }
    return true;
}

/* A char literal: S[p] is the quote and it is not a label. */
static void lex_char(Lexer *lx, size_t p, Token *t) {
    const char *s = lx->src;
    size_t n = lx->len, q = p + 1, end;
    t->kind = TK_ERROR;
    if (q < n && s[q] != '\\' && s[q + 1] == '\'') {
        end = q + 2; /* one byte between quotes, even `'''` */
    } else {
        /* Like rustc: stop at the closing quote, or give up at a comment
         * or at a newline that is not itself the quoted character. */
        for (;;) {
            char c = s[q];
            if (q >= n || c == '/' || (c == '\n' && s[q + 1] != '\'')) {
                Diag *d = report(lx, LE_UNTERMINATED_CHAR, p, p + 1,
                                 "character literal starts here", "unterminated character literal");
                diag_help(lx->diags, d,
                          "close it with `'`; a label is written `'name` followed by `:`");
                t->span.end = (uint32_t)q;
                lx->pos = q;
                return;
            }
            if (c == '\'') {
                end = q + 1;
                break;
            }
            q += c == '\\' && q + 1 < n ? 2 : 1;
        }
    }
    t->span.end = (uint32_t)end;
    lx->pos = end;
    size_t body = p + 1, limit = end - 1;
    if (body == limit) {
        report(lx, LE_EMPTY_CHAR, p, end, "empty character literal", "empty character literal");
        return;
    }
    int32_t cp;
    size_t after;
    if (s[body] == '\\') {
        after = decode_escape(lx, body, limit, &cp, false);
        if (cp < 0)
            return;
    } else {
        int len;
        cp = (int32_t)decode_at(lx, body, &len);
        after = body + (size_t)len;
        if (after == limit && (cp == '\n' || cp == '\t' || cp == '\r' || cp == '\'')) {
            char shown[16];
            char_for_message((uint32_t)cp, shown, sizeof shown);
            Diag *d = report(lx, LE_UNESCAPED_CHAR, body, after, "must be escaped",
                             "character constant must be escaped: `%s`", shown);
            diag_help(lx->diags, d, "escape the character: `'\\%s'`", cp == '\'' ? "'" : shown + 1);
            return;
        }
    }
    if (after != limit) {
        Diag *d = report(lx, LE_CHAR_TOO_LONG, p, end, "several characters",
                         "character literal may only contain one codepoint");
        diag_help(lx->diags, d, "if you meant to write a string literal, use double quotes");
        return;
    }
    t->kind = TK_CHAR;
    t->char_value = (uint32_t)cp;
}

/* `'`: a label (`'outer`) or a char literal (`'a'`). */
static void lex_quote(Lexer *lx, size_t p, Token *t) {
    const char *s = lx->src;
    if (!is_class(s[p + 1], C_START) || s[p + 2] == '\'') {
        lex_char(lx, p, t);
        return;
    }
    size_t q = p + 2;
    while (is_class(s[q], C_CONT))
        q++;
    if (s[q] == '\'') {
        t->kind = TK_ERROR;
        t->span.end = (uint32_t)(q + 1);
        lx->pos = q + 1;
        Diag *d = report(lx, LE_CHAR_TOO_LONG, p, q + 1, "several characters",
                         "character literal may only contain one codepoint");
        diag_help(lx->diags, d, "if you meant to write a string literal, use double quotes");
        return;
    }
    t->kind = TK_LABEL;
    t->str = s + p + 1;
    t->str_len = (uint32_t)(q - p - 1);
    t->span.end = (uint32_t)q;
    lx->pos = q;
}

static int suffix_of(const char *s, size_t n) {
    static const char *names[] = {"",    "i8",  "i16", "i32",   "i64", "isize", "u8",
                                  "u16", "u32", "u64", "usize", "f32", "f64"};
    for (int i = 1; i < (int)(sizeof names / sizeof names[0]); i++)
        if (strlen(names[i]) == n && memcmp(names[i], s, n) == 0)
            return i;
    return -1;
}

/* Largest literal each integer suffix admits. Signed types admit MAX+1 so
 * that `-128i8` lexes; the type checker rejects `128i8` without the minus. */
static uint64_t suffix_limit(NumSuffix sx) {
    switch (sx) {
    case SUF_I8:
        return 128;
    case SUF_I16:
        return 32768;
    case SUF_I32:
        return 2147483648u;
    case SUF_I64:
    case SUF_ISIZE:
        return (uint64_t)1 << 63;
    case SUF_U8:
        return 255;
    case SUF_U16:
        return 65535;
    case SUF_U32:
        return 4294967295u;
    default:
        return UINT64_MAX;
    }
}

static const char *base_name(int base) {
    return base == 2 ? "binary" : base == 8 ? "octal" : base == 16 ? "hexadecimal" : "decimal";
}

static double parse_float(const char *s, size_t n) {
    char small[128];
    char *buf = n < sizeof small ? small : xmalloc(n + 1);
    size_t len = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] != '_')
            buf[len++] = s[i];
    buf[len] = 0;
    double v = strtod(buf, NULL);
    if (buf != small)
        free(buf);
    return v;
}

/* A number: S[p] is a digit. After a `.` only an integer is read, so that
 * `t.0.1` is two field accesses (rustc splits the float in its parser). */
static void lex_number(Lexer *lx, size_t p, Token *t) {
    const char *s = lx->src;
    size_t q = p;
    unsigned base = 10;
    bool tuple_field = lx->raw_prev == TK_DOT;
    if (s[p] == '0' && (s[p + 1] == 'x' || s[p + 1] == 'o' || s[p + 1] == 'b')) {
        base = s[p + 1] == 'x' ? 16 : s[p + 1] == 'o' ? 8 : 2;
        q = p + 2;
    }
    uint64_t v = 0;
    bool overflow = false;
    int ndigits = 0;
    size_t bad_digit = SIZE_MAX;
    for (;; q++) {
        char c = s[q];
        unsigned d;
        if (c == '_')
            continue;
        if (c >= '0' && c <= '9')
            d = (unsigned)(c - '0');
        else if (base == 16 && is_class(c, C_HEX))
            d = (unsigned)((c | 0x20) - 'a' + 10);
        else
            break;
        if (d >= base) {
            if (bad_digit == SIZE_MAX)
                bad_digit = q;
            continue;
        }
        ndigits++;
        if (v > (UINT64_MAX - d) / base)
            overflow = true;
        else
            v = v * base + d;
    }
    bool is_float = false;
    size_t exp_start = 0;
    bool exp_empty = false, frac_non_decimal = false;
    if (!tuple_field && s[q] == '.' && s[q + 1] != '.' && !is_class(s[q + 1], C_START)) {
        q++;
        while (is_class(s[q], C_DIGIT) || s[q] == '_')
            q++;
        if (base != 10)
            frac_non_decimal = true;
        else
            is_float = true;
    }
    if (base == 10 && !tuple_field && (s[q] == 'e' || s[q] == 'E')) {
        exp_start = q;
        size_t e = q + 1;
        if (s[e] == '+' || s[e] == '-')
            e++;
        bool any = false;
        while (is_class(s[e], C_DIGIT) || s[e] == '_') {
            any |= s[e] != '_';
            e++;
        }
        exp_empty = !any;
        is_float = true;
        q = e;
    }
    size_t num_end = q;
    if (is_class(s[q], C_START))
        while (is_class(s[q], C_CONT))
            q++;
    t->span.end = (uint32_t)q;
    lx->pos = q;
    t->kind = TK_ERROR;
    int sx = q > num_end ? suffix_of(s + num_end, q - num_end) : 0;
    int slen = (int)(q - num_end > 64 ? 64 : q - num_end);
    if (ndigits == 0 && bad_digit == SIZE_MAX && base != 10) {
        report(lx, LE_MISSING_DIGITS, p, q, "no digits after the base prefix",
               "no valid digits found for number");
        return;
    }
    if (bad_digit != SIZE_MAX) {
        char label[32];
        snprintf(label, sizeof label, "not a base %u digit", base);
        report(lx, LE_INVALID_DIGIT, bad_digit, bad_digit + 1, label,
               "invalid digit for a base %u literal", base);
        return;
    }
    if (exp_empty) {
        report(lx, LE_MISSING_EXPONENT, exp_start, num_end, "exponent has no digits",
               "expected at least one digit in exponent");
        return;
    }
    if (frac_non_decimal || (base != 10 && (sx == SUF_F32 || sx == SUF_F64))) {
        report(lx, LE_NON_DECIMAL_FLOAT, p, q, "not supported", "%s float literal is not supported",
               base_name((int)base));
        return;
    }
    if (sx == SUF_F32 || sx == SUF_F64)
        is_float = !tuple_field;
    if (sx < 0 || (is_float && sx > 0 && sx < SUF_F32) ||
        (!is_float && (sx == SUF_F32 || sx == SUF_F64))) {
        char label[96];
        snprintf(label, sizeof label, "invalid suffix `%.*s`", slen, s + num_end);
        Diag *d = report(lx, LE_INVALID_SUFFIX, p, q, label, "invalid suffix `%.*s` for %s literal",
                         slen, s + num_end, is_float ? "float" : "number");
        if (is_float)
            diag_help(lx->diags, d, "valid suffixes are `f32` and `f64`");
        else
            diag_help(lx->diags, d,
                      "the suffix must be one of the numeric types (`u32`, `isize`, `f32`, etc.)");
        return;
    }
    t->suffix = (NumSuffix)(sx > 0 ? sx : 0);
    if (is_float) {
        double f = parse_float(s + p, num_end - p);
        t->kind = TK_FLOAT;
        t->float_value = f;
        if (isinf(f) || (t->suffix == SUF_F32 && isinf((float)f))) {
            bool f32 = t->suffix == SUF_F32;
            report(lx, LE_FLOAT_OUT_OF_RANGE, p, q,
                   f32 ? "too large for `f32`" : "too large for `f64`",
                   "float literal out of range for `%s`", f32 ? "f32" : "f64");
            t->kind = TK_ERROR;
        }
        return;
    }
    t->kind = TK_INT;
    t->int_value = v;
    if (overflow) {
        t->overflow = 1;
        t->int_value = UINT64_MAX;
        report(lx, LE_INT_TOO_LARGE, p, q, "value exceeds u64::MAX (18446744073709551615)",
               "integer literal is too large");
        return;
    }
    if (v > suffix_limit(t->suffix)) {
        t->overflow = 1;
        const char *ty = num_suffix_name(t->suffix);
        char label[160];
        snprintf(label, sizeof label, "`%.*s` does not fit into `%s`",
                 (int)(q - p > 80 ? 80 : q - p), s + p, ty);
        Diag *d = report(lx, LE_INT_OUT_OF_RANGE, p, q, label, "literal out of range for `%s`", ty);
        uint64_t limit = suffix_limit(t->suffix);
        if (t->suffix == SUF_U8 || t->suffix == SUF_U16 || t->suffix == SUF_U32)
            diag_note(lx->diags, d, "the range of `%s` is 0..=%llu", ty, (unsigned long long)limit);
        else
            diag_note(lx->diags, d,
                      "the largest `%s` is %llu (%llu is allowed only after a minus sign)", ty,
                      (unsigned long long)(limit - 1), (unsigned long long)limit);
    }
}

typedef struct Confusable {
    uint32_t cp;
    const char *name, *ascii, *ascii_name;
} Confusable;

static const Confusable confusables[] = {
    {0x00A0, "No-Break Space", " ", "Space"},
    {0x200B, "Zero Width Space", "", "nothing"},
    {0x2013, "En Dash", "-", "Minus/Hyphen"},
    {0x2014, "Em Dash", "-", "Minus/Hyphen"},
    {0x2018, "Left Single Quotation Mark", "'", "Single Quote"},
    {0x2019, "Right Single Quotation Mark", "'", "Single Quote"},
    {0x201C, "Left Double Quotation Mark", "\"", "Quotation Mark"},
    {0x201D, "Right Double Quotation Mark", "\"", "Quotation Mark"},
    {0x2212, "Minus Sign", "-", "Minus/Hyphen"},
    {0x037E, "Greek Question Mark", ";", "Semicolon"},
    {0xFF08, "Fullwidth Left Parenthesis", "(", "Left Parenthesis"},
    {0xFF09, "Fullwidth Right Parenthesis", ")", "Right Parenthesis"},
    {0xFF0C, "Fullwidth Comma", ",", "Comma"},
    {0xFF1B, "Fullwidth Semicolon", ";", "Semicolon"},
    {0xFEFF, "Zero Width No-Break Space", "", "nothing"},
};

/* A byte that starts no token: reported once for a run of the same
 * character, which becomes one TK_ERROR. */
static void lex_stray(Lexer *lx, size_t p, Token *t) {
    const char *s = lx->src;
    size_t n = lx->len;
    int len;
    uint32_t cp = decode_at(lx, p, &len);
    size_t q = p + (size_t)len;
    int repeats = 0;
    while (q + (size_t)len <= n && memcmp(s + q, s + p, (size_t)len) == 0) {
        q += (size_t)len;
        repeats++;
    }
    t->kind = TK_ERROR;
    t->span.end = (uint32_t)q;
    lx->pos = q;
    Diag *d;
    if (cp == 0) {
        d = report(lx, LE_NUL_BYTE, p, p + 1, "NUL byte", "NUL byte in source file");
        diag_help(lx->diags, d,
                  "NUL may appear only inside literals and comments; in a string "
                  "write it as `\\0`");
    } else {
        char shown[16];
        char_for_message(cp, shown, sizeof shown);
        if (cp >= 0x80)
            d = report(lx, LE_UNKNOWN_CHAR, p, p + (size_t)len, "not a token",
                       "unknown start of token: `%s` (U+%04X)", shown, cp);
        else if (cp == '`')
            d = report(lx, LE_UNKNOWN_CHAR, p, p + 1, "not a token",
                       "unknown start of token: `` ` `` (backtick)");
        else
            d = report(lx, LE_UNKNOWN_CHAR, p, p + (size_t)len, "not a token",
                       "unknown start of token: `%s`", shown);
        if (cp == '~')
            diag_help(lx->diags, d, "`~` is not an operator; use `!` for bitwise not");
        bool confusable = false;
        for (size_t i = 0; i < sizeof confusables / sizeof confusables[0]; i++) {
            const Confusable *c = &confusables[i];
            if (c->cp != cp)
                continue;
            confusable = true;
            if (c->ascii[0])
                diag_help(lx->diags, d,
                          "Unicode character `%s` (%s) looks like `%s` (%s), but it is not", shown,
                          c->name, c->ascii, c->ascii_name);
            else
                diag_help(lx->diags, d, "Unicode character U+%04X (%s) is invisible; delete it", cp,
                          c->name);
        }
        if (cp >= 0x80 && !confusable)
            diag_note(lx->diags, d, "identifiers are ASCII: letters, digits and `_`");
    }
    if (repeats)
        diag_note(lx->diags, d, "character appears %d more time%s", repeats,
                  repeats > 1 ? "s" : "");
}

static void lex_doc_comment(Lexer *lx, size_t p, Token *t) {
    const char *s = lx->src;
    const char *e = memchr(s + p, '\n', lx->len - p);
    size_t end = e ? (size_t)(e - s) : lx->len, text_end = end;
    if (text_end > p + 3 && s[text_end - 1] == '\r')
        text_end--;
    t->kind = s[p + 2] == '!' ? TK_INNER_DOC_COMMENT : TK_DOC_COMMENT;
    t->str = s + p + 3;
    t->str_len = (uint32_t)(text_end - p - 3);
    t->span.end = (uint32_t)text_end;
    lx->pos = end;
}

/* One raw token: no TK_NEWLINE, no delimiter tracking. */
/* Written straight into the caller's token: building it elsewhere and
 * copying it made the store-to-load forwarding stall in the hot loop. */
static void scan(Lexer *lx, Token *tp) {
    const char *s = lx->src;
    size_t nl_at = NO_NEWLINE;
    size_t p = skip_trivia(lx, lx->pos, &nl_at, true);
    *tp = (Token){.kind = TK_EOF,
                  .span = span_at(lx, p, p + 1),
                  .newline_before = nl_at != NO_NEWLINE || lx->at_start};
    lx->at_start = false;
    lx->gap_newline = nl_at;
    if (p >= lx->len) {
        tp->span.start = tp->span.end = (uint32_t)lx->len;
        lx->pos = lx->len;
        lx->raw_prev = TK_EOF;
        return;
    }
    size_t q = p + 1; /* end of a one-byte token */
    TokenKind k;
    switch (s[p]) {
    case 'a' ... 'z':
    case 'A' ... 'Z':
    case '_':
        if (s[p] == 'r' && (s[p + 1] == '"' || s[p + 1] == '#') && lex_raw_string(lx, p, tp))
            goto done;
        while (is_class(s[q], C_CONT))
            q++;
        k = keyword_kind(s + p, q - p);
        tp->str = s + p;
        tp->str_len = (uint32_t)(q - p);
        break;
    case '0' ... '9':
        lex_number(lx, p, tp);
        goto done;
    case '"':
        lex_string(lx, p, tp);
        goto done;
    case '\'':
        lex_quote(lx, p, tp);
        goto done;
    case '+':
        k = s[q] == '=' ? (q++, TK_PLUSEQ) : TK_PLUS;
        break;
    case '-':
        k = s[q] == '=' ? (q++, TK_MINUSEQ) : s[q] == '>' ? (q++, TK_ARROW) : TK_MINUS;
        break;
    case '*':
        k = s[q] == '=' ? (q++, TK_STAREQ) : TK_STAR;
        break;
    case '/':
        if (s[q] == '/') {
            lex_doc_comment(lx, p, tp);
            goto done;
        }
        k = s[q] == '=' ? (q++, TK_SLASHEQ) : TK_SLASH;
        break;
    case '%':
        k = s[q] == '=' ? (q++, TK_PERCENTEQ) : TK_PERCENT;
        break;
    case '=':
        k = s[q] == '=' ? (q++, TK_EQEQ) : s[q] == '>' ? (q++, TK_FATARROW) : TK_EQ;
        break;
    case '!':
        k = s[q] == '=' ? (q++, TK_NE) : TK_BANG;
        break;
    case '<':
        if (s[q] == '<')
            k = s[q + 1] == '=' ? (q += 2, TK_SHLEQ) : (q++, TK_SHL);
        else
            k = s[q] == '=' ? (q++, TK_LE) : TK_LT;
        break;
    case '>':
        if (s[q] == '>')
            k = s[q + 1] == '=' ? (q += 2, TK_SHREQ) : (q++, TK_SHR);
        else
            k = s[q] == '=' ? (q++, TK_GE) : TK_GT;
        break;
    case '&':
        k = s[q] == '&' ? (q++, TK_ANDAND) : s[q] == '=' ? (q++, TK_AMPEQ) : TK_AMP;
        break;
    case '|':
        k = s[q] == '|' ? (q++, TK_OROR) : s[q] == '=' ? (q++, TK_PIPEEQ) : TK_PIPE;
        break;
    case '^':
        k = s[q] == '=' ? (q++, TK_CARETEQ) : TK_CARET;
        break;
    case ':':
        k = s[q] == ':' ? (q++, TK_COLONCOLON) : TK_COLON;
        break;
    case '.':
        if (s[q] == '.')
            k = s[q + 1] == '=' ? (q += 2, TK_DOTDOTEQ) : (q++, TK_DOTDOT);
        else
            k = TK_DOT;
        break;
    case '?':
        k = TK_QUESTION;
        break;
    case '@':
        k = TK_AT;
        break;
    case '#':
        k = TK_HASH;
        break;
    case '(':
        k = TK_LPAREN;
        break;
    case ')':
        k = TK_RPAREN;
        break;
    case '[':
        k = TK_LBRACKET;
        break;
    case ']':
        k = TK_RBRACKET;
        break;
    case '{':
        k = TK_LBRACE;
        break;
    case '}':
        k = TK_RBRACE;
        break;
    case ',':
        k = TK_COMMA;
        break;
    case ';':
        k = TK_SEMI;
        break;
    default:
        lex_stray(lx, p, tp);
        goto done;
    }
    tp->kind = k;
    tp->span.end = (uint32_t)q;
    lx->pos = q;
done:
    lx->raw_prev = tp->kind;
}

/* Tokens after which a newline ends the statement (see token.h). A TK_ERROR
 * is almost always a broken literal, so it counts as one. */
static bool can_end_statement(TokenKind k) {
    switch (k) {
    case TK_IDENT:
    case TK_INT:
    case TK_FLOAT:
    case TK_STRING:
    case TK_RAW_STRING:
    case TK_CHAR:
    case TK_ERROR:
    case TK_KW_TRUE:
    case TK_KW_FALSE:
    case TK_KW_SELF_LOWER:
    case TK_KW_SELF_UPPER:
    case TK_RPAREN:
    case TK_RBRACKET:
    case TK_RBRACE:
    case TK_KW_RETURN:
    case TK_KW_BREAK:
    case TK_KW_CONTINUE:
    case TK_QUESTION:
        return true;
    default:
        return false;
    }
}

static bool in_statement_context(const Lexer *lx) {
    if (lx->depth == 0)
        return true;
    int top = lx->depth <= LEX_MAX_NESTING ? lx->depth : LEX_MAX_NESTING;
    return lx->delims[top - 1] == '{';
}

/* Whether a TK_NEWLINE goes before T; *nl_at gets its offset. */
static bool newline_before_token(Lexer *lx, const Token *t, size_t *nl_at) {
    if (!lx->prev_can_end || !in_statement_context(lx))
        return false;
    if (t->kind == TK_DOC_COMMENT || t->kind == TK_INNER_DOC_COMMENT) {
        /* No newline may follow a doc comment, so one that ends a statement
         * goes before it, also when the doc comment trails the statement. */
        if (t->newline_before)
            *nl_at = lx->gap_newline;
        else if (lx->src[lx->pos] == '\n')
            *nl_at = lx->pos;
        else
            return false;
        return !next_line_continues(lx, lx->pos);
    }
    if (!t->newline_before || t->kind == TK_DOT || t->kind == TK_KW_ELSE)
        return false;
    *nl_at = lx->gap_newline;
    return true;
}

static void deliver(Lexer *lx, const Token *t) {
    switch (t->kind) {
    case TK_LPAREN:
    case TK_LBRACKET:
    case TK_LBRACE:
        if (lx->depth < LEX_MAX_NESTING)
            lx->delims[lx->depth] = t->kind == TK_LPAREN ? '(' : t->kind == TK_LBRACKET ? '[' : '{';
        if (lx->depth < INT32_MAX)
            lx->depth++;
        break;
    case TK_RPAREN:
    case TK_RBRACKET:
    case TK_RBRACE:
        if (lx->depth > 0)
            lx->depth--;
        break;
    default:
        break;
    }
    lx->prev_can_end =
        can_end_statement(t->kind) ||
        (t->kind == TK_LABEL && (lx->prev_kind == TK_KW_BREAK || lx->prev_kind == TK_KW_CONTINUE));
    lx->prev_kind = t->kind;
}

/* The first invalid UTF-8 sequence, or -1; ASCII is skipped 8 bytes at a time. */
static long first_invalid_utf8(const char *s, size_t n) {
    size_t i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (!(w & 0x8080808080808080ull)) {
                i += 8;
                continue;
            }
        }
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        int len = utf8_decode(s + i, n - i, &cp);
        if (len == 0)
            return (long)i;
        i += (size_t)len;
    }
    return -1;
}

void lex_init(Lexer *lx, SourceMap *sm, uint32_t file, Arena *arena, DiagSink *diags) {
    memset(lx, 0, sizeof *lx);
    SourceFile *f = source_file(sm, file);
    lx->sm = sm;
    lx->file = file;
    lx->src = f ? f->text : "";
    lx->len = f ? f->len : 0;
    lx->arena = arena;
    lx->diags = diags;
    lx->prev_kind = TK_EOF;
    lx->raw_prev = TK_EOF;
    lx->at_start = true;
    lx->gap_newline = NO_NEWLINE;
    if (lx->len >= 3 && memcmp(lx->src, "\xEF\xBB\xBF", 3) == 0)
        lx->pos = 3; /* a byte-order mark is not part of the program */
    long bad = first_invalid_utf8(lx->src, lx->len);
    if (bad >= 0) {
        Diag *d = report(lx, LE_INVALID_UTF8, (size_t)bad, (size_t)bad + 1, "invalid UTF-8 here",
                         "source file is not valid UTF-8");
        diag_note(lx->diags, d, "the first invalid byte is 0x%02X at byte offset %ld",
                  (unsigned char)lx->src[bad], bad);
        diag_help(lx->diags, d,
                  "GrokLang source files must be UTF-8; convert the file, e.g. "
                  "with `iconv -t UTF-8`");
        lx->pos = lx->len; /* nothing else in the file can be trusted */
    }
}

Token lex_next(Lexer *lx) {
    Token t; /* the only value returned, so it is built in the caller's slot */
    if (lx->has_lookahead) {
        lx->has_lookahead = false;
        t = lx->lookahead;
        deliver(lx, &t);
        return t;
    }
    scan(lx, &t);
    size_t nl_at;
    if (newline_before_token(lx, &t, &nl_at)) {
        lx->lookahead = t;
        lx->has_lookahead = true;
        t = (Token){.kind = TK_NEWLINE, .span = span_at(lx, nl_at, nl_at + 1)};
        lx->prev_kind = TK_NEWLINE;
        lx->prev_can_end = false;
        return t;
    }
    deliver(lx, &t);
    return t;
}
