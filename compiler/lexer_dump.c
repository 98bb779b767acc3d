/* `grokc emit tokens`: the token stream as text, one token a line,
 *
 *   LINE:COL KIND [VALUE]
 *
 * KIND is the keyword or punctuation itself (`fn`, `+=`), or a word for the
 * other kinds: `ident NAME`, `int VALUE [SUFFIX] [overflow]`,
 * `float VALUE [SUFFIX]`, `string "..."`, `raw_string "..."`,
 * `char 'c' U+XXXX`, `label 'name`, `doc "..."`, `inner_doc "..."`,
 * `newline`, `error "source text"` and finally `eof`. Values are decoded
 * (an int in decimal, a string's escapes resolved) and shown escaped the way
 * Rust's Debug does, so every line is printable. Golden tests depend on this
 * format: keep it stable. */
#include "lexer.h"
#include "strbuf.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* printf is most of the dump's time on big files; these are the hot cases. */
static void put_uint(StrBuf *sb, unsigned long long v) {
    char buf[24];
    int n = 0;
    do {
        buf[sizeof buf - 1 - n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    sb_putn(sb, buf + sizeof buf - n, (size_t)n);
}

/* Code points shown as \u{...}: C1 controls, invisible formatting
 * characters, line/paragraph separators, private use, noncharacters. */
static bool needs_escape(uint32_t cp) {
    return (cp >= 0x80 && cp <= 0x9f) || cp == 0xad || (cp >= 0x200b && cp <= 0x200f) ||
           (cp >= 0x2028 && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x206f) || cp == 0xfeff ||
           (cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000 || (cp & 0xfffe) == 0xfffe ||
           (cp >= 0xfdd0 && cp <= 0xfdef) || (cp >= 0xfff0 && cp <= 0xfffb);
}

/* Escapes a decoded string or char for display (Rust Debug style). */
static void put_escaped(StrBuf *sb, const char *s, size_t n, char quote) {
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80) {
            uint32_t cp;
            int len = utf8_decode(s + i, n - i, &cp);
            if (len == 0) {
                sb_printf(sb, "\\x%02x", c); /* cannot happen in a UTF-8 file */
            } else if (needs_escape(cp)) {
                sb_printf(sb, "\\u{%x}", cp);
                i += (size_t)len - 1;
            } else {
                sb_putn(sb, s + i, (size_t)len);
                i += (size_t)len - 1;
            }
            continue;
        }
        switch (c) {
        case '\n':
            sb_puts(sb, "\\n");
            break;
        case '\t':
            sb_puts(sb, "\\t");
            break;
        case '\r':
            sb_puts(sb, "\\r");
            break;
        case '\\':
            sb_puts(sb, "\\\\");
            break;
        case 0:
            sb_puts(sb, "\\0");
            break;
        default:
            if (c == (unsigned char)quote)
                sb_printf(sb, "\\%c", quote);
            else if (c < 0x20 || c == 0x7f)
                sb_printf(sb, "\\u{%x}", c);
            else
                sb_putc(sb, (char)c);
        }
    }
}

/* Shortest digits that read back as the same double, laid out like Rust's
 * Debug: positional for exponents -4..15 (`2000.0`, `0.001`), else
 * scientific (`1e-10`, `1.5e20`). */
static void put_float(StrBuf *sb, double v) {
    if (isinf(v) || isnan(v)) {
        sb_puts(sb, isnan(v) ? "NaN" : "inf");
        return;
    }
    char sci[64];
    int digits;
    for (digits = 1; digits < 17; digits++) {
        snprintf(sci, sizeof sci, "%.*e", digits - 1, v);
        if (strtod(sci, NULL) == v)
            break;
    }
    snprintf(sci, sizeof sci, "%.*e", digits - 1, v);
    char *e = strchr(sci, 'e');
    int exp = atoi(e + 1);
    if (exp >= -4 && exp < 16) {
        char buf[64];
        int decimals = digits - 1 - exp;
        snprintf(buf, sizeof buf, "%.*f", decimals > 0 ? decimals : 0, v);
        sb_puts(sb, buf);
        if (!strchr(buf, '.'))
            sb_puts(sb, ".0");
        return;
    }
    sb_printf(sb, "%.*se%d", (int)(e - sci), sci, exp);
}

/* Error tokens show their source text, cut at a character boundary. */
static void put_source_excerpt(StrBuf *sb, const char *s, size_t n) {
    enum { MAX = 40 };
    size_t cut = n;
    if (cut > MAX) {
        cut = MAX;
        while (cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80)
            cut--;
    }
    sb_putc(sb, '"');
    put_escaped(sb, s, cut, '"');
    sb_putc(sb, '"');
    if (cut < n)
        sb_puts(sb, "...");
}

static void describe(StrBuf *sb, const Token *t, const char *src) {
    switch (t->kind) {
    case TK_EOF:
        sb_puts(sb, "eof");
        return;
    case TK_NEWLINE:
        sb_puts(sb, "newline");
        return;
    case TK_IDENT:
        sb_putn(sb, "ident ", 6);
        sb_putn(sb, t->str, t->str_len);
        return;
    case TK_INT:
        sb_putn(sb, "int ", 4);
        put_uint(sb, t->int_value);
        if (t->suffix)
            sb_printf(sb, " %s", num_suffix_name(t->suffix));
        if (t->overflow)
            sb_puts(sb, " overflow");
        return;
    case TK_FLOAT:
        sb_puts(sb, "float ");
        put_float(sb, t->float_value);
        if (t->suffix)
            sb_printf(sb, " %s", num_suffix_name(t->suffix));
        return;
    case TK_STRING:
    case TK_RAW_STRING:
    case TK_DOC_COMMENT:
    case TK_INNER_DOC_COMMENT:
        sb_puts(sb, t->kind == TK_STRING        ? "string \""
                    : t->kind == TK_RAW_STRING  ? "raw_string \""
                    : t->kind == TK_DOC_COMMENT ? "doc \""
                                                : "inner_doc \"");
        put_escaped(sb, t->str, t->str_len, '"');
        sb_putc(sb, '"');
        return;
    case TK_CHAR: {
        char buf[4];
        int n = utf8_encode(t->char_value, buf);
        sb_puts(sb, "char '");
        put_escaped(sb, buf, (size_t)n, '\'');
        sb_printf(sb, "' U+%04X", t->char_value);
        return;
    }
    case TK_LABEL:
        sb_printf(sb, "label '%.*s", (int)t->str_len, t->str);
        return;
    case TK_ERROR:
        sb_puts(sb, "error ");
        put_source_excerpt(sb, src + t->span.start, t->span.end - t->span.start);
        return;
    default:
        sb_puts(sb, token_kind_text(t->kind));
        return;
    }
}

/* Line and column of increasing offsets without rescanning each line from
 * its start (a one-line 100 MB file would make that quadratic). */
typedef struct LineCursor {
    const SourceFile *f;
    uint32_t line; /* 0-based index into line_starts */
    uint32_t off;  /* last offset asked for */
    int col;       /* its 1-based column */
} LineCursor;

/* OFF must not be below the last offset located. */
static void cursor_locate(LineCursor *c, uint32_t off, int *line, int *col) {
    const SourceFile *f = c->f;
    if (c->line + 1 < f->nlines && f->line_starts[c->line + 1] <= off) {
        while (c->line + 1 < f->nlines && f->line_starts[c->line + 1] <= off)
            c->line++;
        c->off = f->line_starts[c->line];
        c->col = 1;
    }
    for (uint32_t i = c->off; i < off; i++)
        if (((unsigned char)f->text[i] & 0xC0) != 0x80)
            c->col++;
    c->off = off;
    *line = (int)c->line + 1;
    *col = c->col;
}

void lex_dump(SourceMap *sm, uint32_t file, Arena *arena, DiagSink *diags, FILE *out) {
    Lexer lx;
    lex_init(&lx, sm, file, arena, diags);
    LineCursor cur = {source_file(sm, file), 0, 0, 1};
    StrBuf sb;
    sb_init(&sb);
    for (;;) {
        Token t = lex_next(&lx);
        int line, col;
        if (!cur.f || t.span.start < cur.off)
            source_line_col(sm, file, t.span.start, &line, &col);
        else
            cursor_locate(&cur, t.span.start, &line, &col);
        put_uint(&sb, (unsigned long long)line);
        sb_putc(&sb, ':');
        put_uint(&sb, (unsigned long long)col);
        sb_putc(&sb, ' ');
        describe(&sb, &t, lx.src);
        sb_putc(&sb, '\n');
        if (sb.len >= 1 << 16) {
            fwrite(sb.data, 1, sb.len, out);
            sb_clear(&sb);
        }
        if (t.kind == TK_EOF)
            break;
    }
    if (sb.len)
        fwrite(sb.data, 1, sb.len, out);
    sb_free(&sb);
}
