/* Reads the IR text form back (grammar in ir.h; `#` starts a comment).
 *
 * Two passes: names of type definitions are collected first, so types may
 * be used before their `type` line; operands are resolved after the whole
 * module is read, so values, blocks and functions may be used before they
 * are defined, and a constant gets the type its operand position expects.
 * The first error stops the parse (`ir/parse`, E0900). */
#include "ir_text.h"

#include <errno.h>
#include <stdarg.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef enum TokKind {
    T_EOF,
    T_IDENT,  /* letters, digits, `_`, `.` */
    T_VALUE,  /* %name */
    T_GLOBAL, /* @name */
    T_TYPE,   /* $name */
    T_LOC,    /* @L:C or @F:L:C */
    T_INT,
    T_FLOAT,
    T_STRING,
    T_PUNCT, /* one of ( ) { } [ ] < > , : = and "->" as '>' with arrow set */
} TokKind;

typedef struct Tok {
    TokKind kind;
    uint32_t start, end; /* byte offsets */
    char punct;
    bool arrow;
    bool negative;
    uint64_t ival;
    double fval;
    char *text; /* names (without sigil) and decoded strings, in the arena */
    uint32_t text_len;
    uint32_t loc[3];
    int nloc;
} Tok;

typedef struct Pending {
    IrValue **slot;
    IrFunc *func;
    IrInst *inst; /* operand of inst (arg index), or ... */
    int arg;
    IrTarget *target; /* ... argument of a jump target */
    IrBlock *target_owner;
    Tok tok;
} Pending;

typedef struct ValueTable {
    IrValue **items;
    uint32_t cap, len;
} ValueTable;

typedef struct FuncInfo {
    IrFunc *f;
    ValueTable values;
    Tok *label_toks; /* blocks referenced before definition */
} FuncInfo;

typedef struct BlockRef {
    IrTarget *target;
    IrFunc *func;
    Tok tok;
} BlockRef;

typedef struct CallRef {
    IrInst *inst;
    Tok tok;
} CallRef;

typedef struct Parser {
    SourceMap *sm;
    uint32_t file;
    const char *src;
    size_t len;
    Arena *arena;
    DiagSink *diags;
    IrModule *m;
    Tok *toks;
    int ntoks, cap;
    int pos;
    bool failed;
    Pending *pend;
    int npend, pend_cap;
    BlockRef *brefs;
    int nbrefs, brefs_cap;
    CallRef *crefs;
    int ncrefs, crefs_cap;
    FuncInfo *funcs;
    int nfuncs, funcs_cap;
} Parser;

#define PUSH(arr, n, cap, item)                                                                    \
    do {                                                                                           \
        if ((n) == (cap)) {                                                                        \
            (cap) = (cap) ? (cap)*2 : 64;                                                          \
            (arr) = xrealloc((arr), sizeof(*(arr)) * (size_t)(cap));                               \
        }                                                                                          \
        (arr)[(n)++] = (item);                                                                     \
    } while (0)

static void error_at(Parser *p, uint32_t start, uint32_t end, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void error_at(Parser *p, uint32_t start, uint32_t end, const char *fmt, ...) {
    if (p->failed)
        return;
    p->failed = true;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    Span sp = {p->file, start, end > start ? end : start + 1};
    if (sp.end > p->len)
        sp.end = (uint32_t)p->len;
    if (sp.start > sp.end)
        sp.start = sp.end;
    diag_error(p->diags, sp, "E0900", "ir/parse", NULL, "%s", msg);
}

#define ERR_TOK(p, t, ...) error_at((p), (t)->start, (t)->end, __VA_ARGS__)

static bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '.';
}

static int hexval(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Decodes the string literal starting at the opening quote at *i. */
static bool lex_string(Parser *p, size_t *i, Tok *t) {
    size_t j = *i + 1;
    char *buf = arena_alloc(p->arena, p->len - *i + 1);
    uint32_t n = 0;
    while (j < p->len && p->src[j] != '"') {
        char c = p->src[j];
        if (c == '\n') {
            error_at(p, (uint32_t)*i, (uint32_t)j, "unterminated string literal");
            return false;
        }
        if (c != '\\') {
            buf[n++] = c;
            j++;
            continue;
        }
        char e = j + 1 < p->len ? p->src[j + 1] : 0;
        j += 2;
        switch (e) {
        case 'n':
            buf[n++] = '\n';
            break;
        case 't':
            buf[n++] = '\t';
            break;
        case 'r':
            buf[n++] = '\r';
            break;
        case '0':
            buf[n++] = 0;
            break;
        case '\\':
        case '"':
        case '\'':
            buf[n++] = e;
            break;
        case 'x': {
            int h1 = j < p->len ? hexval(p->src[j]) : -1;
            int h2 = j + 1 < p->len ? hexval(p->src[j + 1]) : -1;
            if (h1 < 0 || h2 < 0) {
                error_at(p, (uint32_t)j - 2, (uint32_t)j, "`\\x` needs two hex digits");
                return false;
            }
            buf[n++] = (char)(h1 * 16 + h2);
            j += 2;
            break;
        }
        case 'u': {
            if (j >= p->len || p->src[j] != '{') {
                error_at(p, (uint32_t)j - 2, (uint32_t)j, "`\\u` needs `{hex}`");
                return false;
            }
            uint32_t cp = 0;
            size_t k = j + 1;
            while (k < p->len && hexval(p->src[k]) >= 0 && k - j < 8)
                cp = cp * 16 + (uint32_t)hexval(p->src[k++]);
            char enc[4];
            int el = utf8_encode(cp, enc);
            if (k >= p->len || p->src[k] != '}' || el == 0) {
                error_at(p, (uint32_t)j - 2, (uint32_t)k, "invalid `\\u{...}` escape");
                return false;
            }
            memcpy(buf + n, enc, (size_t)el);
            n += (uint32_t)el;
            j = k + 1;
            break;
        }
        default:
            error_at(p, (uint32_t)j - 2, (uint32_t)j, "unknown escape `\\%c`", e ? e : ' ');
            return false;
        }
    }
    if (j >= p->len) {
        error_at(p, (uint32_t)*i, (uint32_t)j, "unterminated string literal");
        return false;
    }
    buf[n] = 0;
    t->kind = T_STRING;
    t->text = buf;
    t->text_len = n;
    *i = j + 1;
    return true;
}

static bool lex_number(Parser *p, size_t *i, Tok *t) {
    size_t j = *i;
    bool neg = false;
    if (p->src[j] == '-') {
        neg = true;
        j++;
    }
    size_t start = j;
    if (p->len - j >= 3 && memcmp(p->src + j, "inf", 3) == 0 && !is_name_char(p->src[j + 3])) {
        t->kind = T_FLOAT;
        t->fval = neg ? -INFINITY : INFINITY;
        *i = j + 3;
        return true;
    }
    bool hex = p->len - j > 2 && p->src[j] == '0' && (p->src[j + 1] == 'x');
    bool is_float = false;
    if (hex) {
        j += 2;
        while (j < p->len && hexval(p->src[j]) >= 0)
            j++;
    } else {
        while (j < p->len && ((p->src[j] >= '0' && p->src[j] <= '9') || p->src[j] == '.' ||
                              p->src[j] == 'e' || p->src[j] == 'E' ||
                              ((p->src[j] == '-' || p->src[j] == '+') &&
                               (p->src[j - 1] == 'e' || p->src[j - 1] == 'E')))) {
            if (p->src[j] == '.' || p->src[j] == 'e' || p->src[j] == 'E')
                is_float = true;
            j++;
        }
    }
    char buf[80];
    size_t n = j - *i;
    if (n >= sizeof buf || j == start || (j < p->len && is_name_char(p->src[j]))) {
        while (j < p->len && is_name_char(p->src[j]))
            j++;
        error_at(p, (uint32_t)*i, (uint32_t)j, "malformed number `%.*s`", (int)(j - *i),
                 p->src + *i);
        return false;
    }
    memcpy(buf, p->src + *i, n);
    buf[n] = 0;
    errno = 0;
    char *end;
    if (is_float) {
        t->kind = T_FLOAT;
        t->fval = strtod(buf, &end);
    } else {
        t->kind = T_INT;
        t->negative = neg;
        t->ival = strtoull(buf + (neg ? 1 : 0), &end, 0);
    }
    if (*end || errno == ERANGE) {
        error_at(p, (uint32_t)*i, (uint32_t)j, "number `%s` out of range or malformed", buf);
        return false;
    }
    *i = j;
    return true;
}

static bool lex(Parser *p) {
    size_t i = 0;
    while (i < p->len) {
        char c = p->src[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            i++;
            continue;
        }
        if (c == '#') {
            while (i < p->len && p->src[i] != '\n')
                i++;
            continue;
        }
        Tok t = {0};
        t.start = (uint32_t)i;
        if (c == '%' || c == '$' ||
            (c == '@' && i + 1 < p->len && !(p->src[i + 1] >= '0' && p->src[i + 1] <= '9'))) {
            size_t j = i + 1;
            while (j < p->len && is_name_char(p->src[j]))
                j++;
            if (j == i + 1) {
                error_at(p, (uint32_t)i, (uint32_t)j, "expected a name after `%c`", c);
                return false;
            }
            t.kind = c == '%' ? T_VALUE : c == '$' ? T_TYPE : T_GLOBAL;
            t.text = arena_strndup(p->arena, p->src + i + 1, j - i - 1);
            t.text_len = (uint32_t)(j - i - 1);
            i = j;
        } else if (c == '@') {
            size_t j = i + 1;
            t.kind = T_LOC;
            while (t.nloc < 3) {
                uint64_t v = 0;
                size_t s = j;
                while (j < p->len && p->src[j] >= '0' && p->src[j] <= '9' && v < 0xffffffffu)
                    v = v * 10 + (uint64_t)(p->src[j++] - '0');
                if (j == s || v > 0xffffffffu) {
                    error_at(p, (uint32_t)i, (uint32_t)j,
                             "malformed location (expected @LINE:COL)");
                    return false;
                }
                t.loc[t.nloc++] = (uint32_t)v;
                if (j < p->len && p->src[j] == ':' && j + 1 < p->len && p->src[j + 1] >= '0' &&
                    p->src[j + 1] <= '9')
                    j++;
                else
                    break;
            }
            if (t.nloc < 2) {
                error_at(p, (uint32_t)i, (uint32_t)j, "malformed location (expected @LINE:COL)");
                return false;
            }
            i = j;
        } else if (c == '"') {
            if (!lex_string(p, &i, &t))
                return false;
        } else if ((c >= '0' && c <= '9') ||
                   (c == '-' && i + 1 < p->len &&
                    ((p->src[i + 1] >= '0' && p->src[i + 1] <= '9') || p->src[i + 1] == 'i'))) {
            if (!lex_number(p, &i, &t))
                return false;
        } else if (c == '-' && i + 1 < p->len && p->src[i + 1] == '>') {
            t.kind = T_PUNCT;
            t.punct = '>';
            t.arrow = true;
            i += 2;
        } else if (strchr("(){}[]<>,:=;", c)) {
            t.kind = T_PUNCT;
            t.punct = c;
            i++;
        } else if (is_name_char(c)) {
            size_t j = i;
            while (j < p->len && is_name_char(p->src[j]))
                j++;
            t.kind = T_IDENT;
            t.text = arena_strndup(p->arena, p->src + i, j - i);
            t.text_len = (uint32_t)(j - i);
            if (strcmp(t.text, "nan") == 0) {
                t.kind = T_FLOAT;
                t.fval = NAN;
            } else if (strcmp(t.text, "inf") == 0) {
                t.kind = T_FLOAT;
                t.fval = INFINITY;
            }
            i = j;
        } else {
            error_at(p, (uint32_t)i, (uint32_t)i + 1, "unexpected character `%c`", c);
            return false;
        }
        t.end = (uint32_t)i;
        PUSH(p->toks, p->ntoks, p->cap, t);
    }
    Tok eof = {.kind = T_EOF, .start = (uint32_t)p->len, .end = (uint32_t)p->len};
    PUSH(p->toks, p->ntoks, p->cap, eof);
    return true;
}

static Tok *peek(Parser *p) {
    return &p->toks[p->pos];
}

static Tok *peek2(Parser *p) {
    return &p->toks[p->pos + 1 < p->ntoks ? p->pos + 1 : p->pos];
}

static Tok *next(Parser *p) {
    Tok *t = &p->toks[p->pos];
    if (t->kind != T_EOF)
        p->pos++;
    return t;
}

static const char *describe(Tok *t) {
    static char buf[96];
    switch (t->kind) {
    case T_EOF:
        return "end of file";
    case T_PUNCT:
        if (t->arrow)
            return "`->`";
        snprintf(buf, sizeof buf, "`%c`", t->punct);
        return buf;
    case T_STRING:
        return "a string";
    case T_INT:
    case T_FLOAT:
        return "a number";
    case T_LOC:
        return "a location";
    default:
        snprintf(buf, sizeof buf, "`%s%.60s`",
                 t->kind == T_VALUE    ? "%"
                 : t->kind == T_GLOBAL ? "@"
                 : t->kind == T_TYPE   ? "$"
                                       : "",
                 t->text);
        return buf;
    }
}

static bool is_punct(Tok *t, char c) {
    return t->kind == T_PUNCT && t->punct == c && !t->arrow;
}

static bool accept(Parser *p, char c) {
    if (is_punct(peek(p), c)) {
        next(p);
        return true;
    }
    return false;
}

static bool expect(Parser *p, char c) {
    if (accept(p, c))
        return true;
    ERR_TOK(p, peek(p), "expected `%c`, found %s", c, describe(peek(p)));
    return false;
}

static bool is_ident(Tok *t, const char *s) {
    return t->kind == T_IDENT && strcmp(t->text, s) == 0;
}

static bool expect_int(Parser *p, int64_t *out) {
    Tok *t = next(p);
    if (t->kind != T_INT || t->negative || t->ival > 0x7fffffff) {
        ERR_TOK(p, t, "expected a non-negative integer, found %s", describe(t));
        return false;
    }
    *out = (int64_t)t->ival;
    return true;
}

static IrType *parse_type(Parser *p);

/* type = prim | ctor '<' type {',' type} '>' | '(' type ',' ... ')' | '[' type ';' INT ']'
 *      | '$' name | ('fn' | 'closure') '(' [type {',' type}] ')' '->' type */
static IrType *parse_type(Parser *p) {
    IrModule *m = p->m;
    Tok *t = next(p);
    if (t->kind == T_TYPE) {
        IrTypeDef *d = ir_typedef_find(m, t->text);
        if (!d) {
            ERR_TOK(p, t, "unknown type `$%s`", t->text);
            return NULL;
        }
        return d->type;
    }
    if (is_punct(t, '(')) {
        IrType *elems[64];
        int n = 0;
        while (!is_punct(peek(p), ')')) {
            if (n == 64) {
                ERR_TOK(p, peek(p), "tuple with more than 64 elements");
                return NULL;
            }
            if (!(elems[n++] = parse_type(p)))
                return NULL;
            if (!accept(p, ','))
                break;
        }
        if (!expect(p, ')'))
            return NULL;
        if (n == 0) {
            ERR_TOK(p, t, "the empty tuple is written `unit`");
            return NULL;
        }
        return ir_type_tuple(m, elems, n);
    }
    if (is_punct(t, '[')) {
        IrType *e = parse_type(p);
        if (!e || !expect(p, ';'))
            return NULL;
        Tok *n = next(p);
        if (n->kind != T_INT || n->negative) {
            ERR_TOK(p, n, "expected the array length, found %s", describe(n));
            return NULL;
        }
        if (!expect(p, ']'))
            return NULL;
        return ir_type_array(m, e, n->ival);
    }
    if (t->kind != T_IDENT) {
        ERR_TOK(p, t, "expected a type, found %s", describe(t));
        return NULL;
    }
    for (int k = 0; k < IRT_COUNT; k++) {
        const char *name = ir_type_kind_name((IrTypeKind)k);
        if (!name || strcmp(name, t->text) != 0)
            continue;
        if (k <= IRT_STRING)
            return ir_type_prim(m, (IrTypeKind)k);
        if (k == IRT_FN || k == IRT_CLOSURE) {
            IrType *ps[64];
            int n = 0;
            if (!expect(p, '('))
                return NULL;
            while (!is_punct(peek(p), ')')) {
                if (n == 64) {
                    ERR_TOK(p, peek(p), "more than 64 parameters");
                    return NULL;
                }
                if (!(ps[n++] = parse_type(p)))
                    return NULL;
                if (!accept(p, ','))
                    break;
            }
            if (!expect(p, ')'))
                return NULL;
            Tok *arrow = next(p);
            if (!(arrow->kind == T_PUNCT && arrow->arrow)) {
                ERR_TOK(p, arrow, "expected `->` after the parameter types, found %s",
                        describe(arrow));
                return NULL;
            }
            IrType *ret = parse_type(p);
            return ret ? ir_type_fn(m, (IrTypeKind)k, ps, n, ret) : NULL;
        }
        int want = (k == IRT_MAP || k == IRT_RESULT) ? 2 : 1;
        if (!expect(p, '<'))
            return NULL;
        IrType *a = parse_type(p), *b = NULL;
        if (!a)
            return NULL;
        if (want == 2 && (!expect(p, ',') || !(b = parse_type(p))))
            return NULL;
        if (!expect(p, '>'))
            return NULL;
        return ir_type_of(m, (IrTypeKind)k, a, b);
    }
    ERR_TOK(p, t, "unknown type `%s`", t->text);
    return NULL;
}

static uint32_t value_hash(const char *s) {
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (uint8_t)*s) * 16777619u;
    return h;
}

static IrValue *table_find(ValueTable *vt, const char *name) {
    if (!vt->cap)
        return NULL;
    for (uint32_t i = value_hash(name) & (vt->cap - 1);; i = (i + 1) & (vt->cap - 1)) {
        if (!vt->items[i])
            return NULL;
        if (strcmp(vt->items[i]->name, name) == 0)
            return vt->items[i];
    }
}

static void table_add(ValueTable *vt, IrValue *v) {
    if ((vt->len + 1) * 2 > vt->cap) {
        uint32_t ncap = vt->cap ? vt->cap * 2 : 64;
        IrValue **items = xcalloc(ncap, sizeof(IrValue *));
        for (uint32_t i = 0; i < vt->cap; i++) {
            if (!vt->items[i])
                continue;
            uint32_t j = value_hash(vt->items[i]->name) & (ncap - 1);
            while (items[j])
                j = (j + 1) & (ncap - 1);
            items[j] = vt->items[i];
        }
        free(vt->items);
        vt->items = items;
        vt->cap = ncap;
    }
    uint32_t j = value_hash(v->name) & (vt->cap - 1);
    while (vt->items[j])
        j = (j + 1) & (vt->cap - 1);
    vt->items[j] = v;
    vt->len++;
}

static bool define_value(Parser *p, FuncInfo *fi, Tok *t, IrValue *v) {
    IrValue *old = table_find(&fi->values, t->text);
    if (old) {
        ERR_TOK(p, t, "value `%%%s` is defined twice in `@%s`", t->text, fi->f->name);
        return false;
    }
    v->name = t->text;
    table_add(&fi->values, v);
    return true;
}

static bool operand_tok_ok(Tok *t) {
    return t->kind == T_VALUE || t->kind == T_INT || t->kind == T_FLOAT || t->kind == T_STRING ||
           is_ident(t, "true") || is_ident(t, "false") || is_punct(t, '(');
}

/* Reads one operand token (a `()` unit constant is two tokens) and queues it
 * for resolution into *slot. */
static bool parse_operand(Parser *p, FuncInfo *fi, IrInst *in, int arg, IrTarget *target,
                          IrValue **slot) {
    Tok *t = peek(p);
    if (!operand_tok_ok(t)) {
        ERR_TOK(p, t, "expected an operand (a %%value or a constant), found %s", describe(t));
        return false;
    }
    next(p);
    Tok copy = *t;
    if (is_punct(t, '(')) {
        if (!is_punct(peek(p), ')')) {
            ERR_TOK(p, peek(p), "expected `)` (the unit constant is `()`), found %s",
                    describe(peek(p)));
            return false;
        }
        copy.end = next(p)->end;
    }
    Pending pd = {slot, fi->f, in, arg, target, NULL, copy};
    PUSH(p->pend, p->npend, p->pend_cap, pd);
    return true;
}

/* The operand list is parsed twice: once to count, once to queue the
 * operands into the instruction's final argument array. */
static int count_args(Parser *p) {
    int save = p->pos, depth = 0, n = 0;
    if (!is_punct(peek(p), '('))
        return 0;
    next(p);
    if (is_punct(peek(p), ')')) {
        p->pos = save;
        return 0;
    }
    n = 1;
    while (peek(p)->kind != T_EOF) {
        Tok *t = next(p);
        if (is_punct(t, '('))
            depth++;
        else if (is_punct(t, ')')) {
            if (depth-- == 0)
                break;
        } else if (is_punct(t, ',') && depth == 0)
            n++;
    }
    p->pos = save;
    return n;
}

static bool parse_args_into(Parser *p, FuncInfo *fi, IrInst *in, int offset, IrTarget *target,
                            IrValue **dst, int n) {
    if (!expect(p, '('))
        return false;
    for (int i = 0; i < n; i++) {
        if (i && !expect(p, ','))
            return false;
        if (!parse_operand(p, fi, in, offset + i, target, &dst[i]))
            return false;
    }
    return expect(p, ')');
}

static bool parse_target(Parser *p, FuncInfo *fi, IrTarget *t) {
    Tok *name = next(p);
    if (name->kind != T_IDENT) {
        ERR_TOK(p, name, "expected a block name, found %s", describe(name));
        return false;
    }
    BlockRef br = {t, fi->f, *name};
    PUSH(p->brefs, p->nbrefs, p->brefs_cap, br);
    if (!is_punct(peek(p), '('))
        return true;
    int n = count_args(p);
    t->nargs = n;
    t->args = arena_alloc(p->arena, sizeof(IrValue *) * (size_t)(n ? n : 1));
    return parse_args_into(p, fi, NULL, 0, t, t->args, n);
}

static IrInst *new_inst(Parser *p, IrBlock *b, IrOp op, IrType *type, int nargs) {
    IrInst *in = arena_alloc(p->arena, sizeof(IrInst));
    in->op = op;
    in->type = type;
    in->block = b;
    in->index = -1;
    in->variant = -1;
    in->nargs = nargs;
    in->args = arena_alloc(p->arena, sizeof(IrValue *) * (size_t)(nargs ? nargs : 1));
    return in;
}

static bool parse_variant_name(Parser *p, IrInst *in) {
    Tok *vt = next(p);
    if (vt->kind != T_IDENT) {
        ERR_TOK(p, vt, "expected a variant name, found %s", describe(vt));
        return false;
    }
    if (ir_type_nvariants(in->type) == 0) {
        ERR_TOK(p, vt, "`%s` needs an enum, option or result type", ir_op_name(in->op));
        return false;
    }
    in->variant = ir_type_find_variant(in->type, vt->text);
    if (in->variant < 0) {
        ERR_TOK(p, vt, "`%s` has no variant `%s`", ir_type_str(p->arena, in->type), vt->text);
        return false;
    }
    return true;
}

static bool parse_index(Parser *p, IrInst *in) {
    int64_t v;
    if (!expect(p, ',') || !expect_int(p, &v))
        return false;
    in->index = (int)v;
    return true;
}

/* Queues N comma-separated operands as args[from..from+N). */
static bool parse_operands(Parser *p, FuncInfo *fi, IrInst *in, int from, int n) {
    for (int i = 0; i < n; i++) {
        if ((i || from) && !expect(p, ','))
            return false;
        if (!parse_operand(p, fi, in, from + i, NULL, &in->args[from + i]))
            return false;
    }
    return true;
}

static int fixed_arity(IrOp op) {
    switch (op) {
    case IR_SLOT:
        return 0;
    case IR_COPY:
    case IR_NEG_OVF:
    case IR_NEG_WRAP:
    case IR_NOT:
    case IR_FNEG:
    case IR_CAST:
    case IR_TAG:
    case IR_LOAD:
    case IR_BOX_NEW:
    case IR_DEREF:
    case IR_RETAIN:
    case IR_RELEASE:
    case IR_DROP:
    case IR_CLONE:
        return 1;
    case IR_SELECT:
    case IR_FMT:
    case IR_FMT_DEBUG:
        return 3;
    default:
        return 2;
    }
}

/* inst = [%r '='] op ... [LOC] */
static IrInst *parse_inst(Parser *p, FuncInfo *fi, IrBlock *b) {
    Tok *res_tok = NULL;
    if (peek(p)->kind == T_VALUE) {
        res_tok = next(p);
        if (!expect(p, '='))
            return NULL;
    }
    Tok *opt = next(p);
    int opi = opt->kind == T_IDENT ? ir_op_from_name(opt->text, opt->text_len) : -1;
    if (opi < 0) {
        ERR_TOK(p, opt, "expected an instruction, found %s", describe(opt));
        return NULL;
    }
    IrOp op = (IrOp)opi;
    IrInst *in = NULL;
    IrModule *m = p->m;
    switch (op) {
    case IR_JMP:
        in = new_inst(p, b, op, NULL, 0);
        ir_inst_set_targets(in, 1);
        if (!parse_target(p, fi, &in->targets[0]))
            return NULL;
        break;
    case IR_BR:
        in = new_inst(p, b, op, ir_type_prim(m, IRT_BOOL), 1);
        ir_inst_set_targets(in, 2);
        if (!parse_operand(p, fi, in, 0, NULL, &in->args[0]) || !expect(p, ',') ||
            !parse_target(p, fi, &in->targets[0]) || !expect(p, ',') ||
            !parse_target(p, fi, &in->targets[1]))
            return NULL;
        break;
    case IR_SWITCH: {
        IrType *t = parse_type(p);
        if (!t)
            return NULL;
        in = new_inst(p, b, op, t, 1);
        if (!parse_operand(p, fi, in, 0, NULL, &in->args[0]) || !expect(p, ','))
            return NULL;
        IrTarget tmp[1024];
        int n = 1;
        if (!parse_target(p, fi, &tmp[0]) || !expect(p, ',') || !expect(p, '['))
            return NULL;
        /* Targets are re-pointed after copying; BlockRefs hold pointers, so
         * parse into the final array directly: count cases first. */
        int save = p->pos, depth = 0, ncase = 0;
        bool any = !is_punct(peek(p), ']');
        while (any && peek(p)->kind != T_EOF) {
            Tok *t2 = next(p);
            if (is_punct(t2, '('))
                depth++;
            else if (is_punct(t2, ')'))
                depth--;
            else if (is_punct(t2, ':') && depth == 0)
                ncase++;
            else if (is_punct(t2, ']') && depth == 0)
                break;
        }
        p->pos = save;
        n += ncase;
        IrTarget *tg = ir_inst_set_targets(in, n);
        tg[0] = tmp[0];
        for (int i = 0; i < p->nbrefs; i++)
            if (p->brefs[i].target == &tmp[0])
                p->brefs[i].target = &tg[0];
        for (int i = 0; i < p->npend; i++)
            if (p->pend[i].target == &tmp[0]) {
                p->pend[i].target = &tg[0];
                p->pend[i].slot = &tg[0].args[p->pend[i].arg];
            }
        for (int c = 1; c < n; c++) {
            if (c > 1 && !expect(p, ','))
                return NULL;
            Tok *kt = next(p);
            if (kt->kind != T_INT) {
                ERR_TOK(p, kt, "expected a case value, found %s", describe(kt));
                return NULL;
            }
            tg[c].case_value = kt->negative ? -(int64_t)kt->ival : (int64_t)kt->ival;
            if (!expect(p, ':') || !parse_target(p, fi, &tg[c]))
                return NULL;
        }
        if (!expect(p, ']'))
            return NULL;
        break;
    }
    case IR_RET: {
        bool has =
            operand_tok_ok(peek(p)) && !(peek(p)->kind == T_VALUE && is_punct(peek2(p), '='));
        in = new_inst(p, b, op, NULL, has ? 1 : 0);
        if (has && !parse_operand(p, fi, in, 0, NULL, &in->args[0]))
            return NULL;
        break;
    }
    case IR_PANIC: {
        Tok *s = next(p);
        if (s->kind != T_STRING) {
            ERR_TOK(p, s, "expected the panic message string, found %s", describe(s));
            return NULL;
        }
        in = new_inst(p, b, op, NULL, 0);
        in->name = s->text;
        in->name_len = s->text_len;
        break;
    }
    case IR_PANIC_STR:
        in = new_inst(p, b, op, NULL, 1);
        if (!parse_operand(p, fi, in, 0, NULL, &in->args[0]))
            return NULL;
        break;
    default: {
        IrType *t = parse_type(p);
        if (!t)
            return NULL;
        switch (op) {
        case IR_CALL:
        case IR_CLOSURE:
        case IR_FNREF:
        case IR_CALL_RT:
        case IR_CALL_IND: {
            Tok *ct = next(p);
            bool want_global = op != IR_CALL_RT && op != IR_CALL_IND;
            TokKind kind = want_global ? T_GLOBAL : op == IR_CALL_RT ? T_IDENT : T_VALUE;
            if (ct->kind != kind) {
                ERR_TOK(p, ct, "expected %s, found %s",
                        want_global        ? "a function `@name`"
                        : op == IR_CALL_RT ? "an intrinsic name"
                                           : "a function value `%name`",
                        describe(ct));
                return NULL;
            }
            int extra = op == IR_CALL_IND ? 1 : 0;
            int n = op == IR_FNREF ? 0 : count_args(p);
            in = new_inst(p, b, op, t, n + extra);
            in->name = ct->text;
            in->name_len = ct->text_len;
            if (op == IR_CALL_IND) {
                p->pos--;
                if (!parse_operand(p, fi, in, 0, NULL, &in->args[0]))
                    return NULL;
            }
            if (op == IR_CALL || op == IR_CLOSURE || op == IR_FNREF) {
                CallRef cr = {in, *ct};
                PUSH(p->crefs, p->ncrefs, p->crefs_cap, cr);
            }
            if (op == IR_CALL_RT && !ir_intrinsic_find(ct->text)) {
                ERR_TOK(p, ct, "unknown runtime intrinsic `%s`", ct->text);
                return NULL;
            }
            if (op != IR_FNREF && !parse_args_into(p, fi, in, extra, NULL, in->args + extra, n))
                return NULL;
            break;
        }
        case IR_VARIANT: {
            in = new_inst(p, b, op, t, 0);
            if (!parse_variant_name(p, in))
                return NULL;
            int n = count_args(p);
            in->nargs = n;
            in->args = arena_alloc(p->arena, sizeof(IrValue *) * (size_t)(n ? n : 1));
            if (!parse_args_into(p, fi, in, 0, NULL, in->args, n))
                return NULL;
            break;
        }
        case IR_MAKE: {
            int n = 0, save = p->pos;
            if (operand_tok_ok(peek(p))) {
                n = 1;
                while (peek(p)->kind != T_EOF) {
                    Tok *x = next(p);
                    if (is_punct(x, '('))
                        next(p);
                    if (!is_punct(peek(p), ','))
                        break;
                    next(p);
                    n++;
                }
            }
            p->pos = save;
            in = new_inst(p, b, op, t, n);
            if (!parse_operands(p, fi, in, 0, n))
                return NULL;
            break;
        }
        case IR_EXTRACT:
        case IR_FIELD:
            in = new_inst(p, b, op, t, 1);
            if (!parse_operands(p, fi, in, 0, 1) || !parse_index(p, in))
                return NULL;
            break;
        case IR_INSERT:
            in = new_inst(p, b, op, t, 2);
            if (!parse_operands(p, fi, in, 0, 1) || !parse_index(p, in) ||
                !parse_operands(p, fi, in, 1, 1))
                return NULL;
            break;
        case IR_PAYLOAD:
        case IR_VFIELD:
            in = new_inst(p, b, op, t, 1);
            if (!parse_operands(p, fi, in, 0, 1) || !expect(p, ',') || !parse_variant_name(p, in) ||
                !parse_index(p, in))
                return NULL;
            break;
        default: {
            int n = fixed_arity(op);
            in = new_inst(p, b, op, t, n);
            if (!parse_operands(p, fi, in, 0, n))
                return NULL;
        }
        }
    }
    }
    if (peek(p)->kind == T_LOC) {
        Tok *lt = next(p);
        in->loc.file = lt->nloc == 3 ? lt->loc[0] : 0;
        in->loc.line = lt->loc[lt->nloc - 2];
        in->loc.col = lt->loc[lt->nloc - 1];
        if (in->loc.file >= (uint32_t)m->nfiles && m->nfiles) {
            ERR_TOK(p, lt, "location names file %u, but only %d `file` lines precede it",
                    in->loc.file, m->nfiles);
            return NULL;
        }
        if (!m->nfiles) {
            ERR_TOK(p, lt, "a location needs a `file` line before it");
            return NULL;
        }
    } else {
        int line, col;
        source_line_col(p->sm, p->file, opt->start, &line, &col);
        in->loc = (IrLoc){0, (uint32_t)line, (uint32_t)col, true};
    }
    IrType *rt = ir_result_type(m, in);
    if ((op == IR_EXTRACT || op == IR_PAYLOAD) && !rt) {
        ERR_TOK(p, opt, "field index %d out of range for `%s`", in->index,
                ir_type_str(p->arena, in->type));
        return NULL;
    }
    if (res_tok && !rt) {
        ERR_TOK(p, res_tok, "`%s` of type `%s` produces no value to name `%%%s`", ir_op_name(op),
                in->type ? ir_type_str(p->arena, in->type) : "-", res_tok->text);
        return NULL;
    }
    if (!res_tok && rt) {
        ERR_TOK(p, opt, "the result of `%s` needs a name (`%%name = %s ...`)", ir_op_name(op),
                ir_op_name(op));
        return NULL;
    }
    if (rt) {
        IrValue *v = arena_alloc(p->arena, sizeof(IrValue));
        v->kind = IRV_INST;
        v->type = rt;
        v->def = in;
        v->block = b;
        v->id = fi->f->nvalues++;
        if (!define_value(p, fi, res_tok, v))
            return NULL;
        in->result = v;
    }
    if (b->ninsts == b->insts_cap) {
        int cap = b->insts_cap ? b->insts_cap * 2 : 8;
        IrInst **ni = arena_alloc(p->arena, sizeof(IrInst *) * (size_t)cap);
        if (b->ninsts)
            memcpy(ni, b->insts, sizeof(IrInst *) * (size_t)b->ninsts);
        b->insts = ni;
        b->insts_cap = cap;
    }
    b->insts[b->ninsts++] = in;
    return in;
}

static bool parse_params(Parser *p, FuncInfo *fi, IrBlock *b) {
    if (!expect(p, '('))
        return false;
    while (!is_punct(peek(p), ')')) {
        Tok *nt = next(p);
        if (nt->kind != T_VALUE) {
            ERR_TOK(p, nt, "expected a parameter `%%name`, found %s", describe(nt));
            return false;
        }
        if (!expect(p, ':'))
            return false;
        IrType *t = parse_type(p);
        if (!t)
            return false;
        IrValue *v = ir_block_add_param(b, t, nt->text);
        if (!define_value(p, fi, nt, v))
            return false;
        if (!accept(p, ','))
            break;
    }
    return expect(p, ')');
}

/* A label is a name followed by `:`, or by `(` when the name is not an
 * opcode (`drop (i32, str) %x` is an instruction). */
static bool is_label_start(Parser *p) {
    Tok *t = peek(p), *t2 = peek2(p);
    if (t->kind != T_IDENT)
        return false;
    if (is_punct(t2, ':'))
        return true;
    return is_punct(t2, '(') && ir_op_from_name(t->text, t->text_len) < 0;
}

/* fn = 'fn' @name '(' params ')' ['->' type] [LOC] '{' block {block} '}'
 * block = label ['(' params ')'] ':' {inst} */
static bool parse_fn(Parser *p) {
    Tok *nt = next(p);
    if (nt->kind != T_GLOBAL) {
        ERR_TOK(p, nt, "expected a function name `@name`, found %s", describe(nt));
        return false;
    }
    if (ir_func_find(p->m, nt->text)) {
        ERR_TOK(p, nt, "function `@%s` is defined twice", nt->text);
        return false;
    }
    IrFunc *f = ir_func_new(p->m, nt->text, ir_type_prim(p->m, IRT_UNIT));
    FuncInfo fi0 = {f, {0}, NULL};
    PUSH(p->funcs, p->nfuncs, p->funcs_cap, fi0);
    FuncInfo *fi = &p->funcs[p->nfuncs - 1];
    IrBlock *entry = ir_block_new(f, "entry");
    f->nvalues = 0;
    if (!parse_params(p, fi, entry))
        return false;
    if (peek(p)->kind == T_PUNCT && peek(p)->arrow) {
        next(p);
        if (!(f->ret = parse_type(p)))
            return false;
    }
    ir_func_seal_signature(f);
    int line, col;
    source_line_col(p->sm, p->file, nt->start, &line, &col);
    f->loc = (IrLoc){0, (uint32_t)line, (uint32_t)col, true};
    if (peek(p)->kind == T_LOC) {
        Tok *lt = next(p);
        f->loc = (IrLoc){lt->nloc == 3 ? lt->loc[0] : 0, lt->loc[lt->nloc - 2],
                         lt->loc[lt->nloc - 1], false};
    }
    if (!expect(p, '{'))
        return false;
    bool first = true;
    IrBlock *cur = NULL;
    while (!is_punct(peek(p), '}')) {
        if (peek(p)->kind == T_EOF) {
            ERR_TOK(p, peek(p), "missing `}` at the end of `@%s`", f->name);
            return false;
        }
        if (is_label_start(p)) {
            Tok *lt = next(p);
            for (int i = 0; i < f->nblocks; i++) {
                if ((i > 0 || !first) && strcmp(f->blocks[i]->name, lt->text) == 0) {
                    ERR_TOK(p, lt, "block `%s` is defined twice in `@%s`", lt->text, f->name);
                    return false;
                }
            }
            if (first) {
                entry->name = lt->text;
                cur = entry;
                if (is_punct(peek(p), '(')) {
                    ERR_TOK(p, peek(p), "the entry block's parameters are the function's");
                    return false;
                }
            } else {
                cur = ir_block_new(f, lt->text);
                if (is_punct(peek(p), '(') && !parse_params(p, fi, cur))
                    return false;
            }
            first = false;
            if (!expect(p, ':'))
                return false;
            continue;
        }
        if (first) {
            ERR_TOK(p, peek(p), "expected a block label (`entry:`), found %s", describe(peek(p)));
            return false;
        }
        if (!parse_inst(p, fi, cur))
            return false;
    }
    next(p);
    if (first) {
        ERR_TOK(p, nt, "function `@%s` has no blocks", f->name);
        return false;
    }
    return true;
}

/* type $Name = struct { [name ':'] type, ... } | enum { Name['(' types ')'], ... } */
static bool parse_typedef(Parser *p) {
    Tok *nt = next(p);
    IrTypeDef *d = nt->kind == T_TYPE ? ir_typedef_find(p->m, nt->text) : NULL;
    if (!d) {
        ERR_TOK(p, nt, "expected `$Name = struct {...}` or `$Name = enum {...}`, found %s",
                describe(nt));
        return false;
    }
    if (!expect(p, '='))
        return false;
    next(p); /* struct/enum, checked by the pre-scan */
    if (!expect(p, '{'))
        return false;
    IrType *fields[256];
    const char *names[256];
    int n = 0;
    while (!is_punct(peek(p), '}')) {
        if (n == 256) {
            ERR_TOK(p, peek(p), "more than 256 fields or variants");
            return false;
        }
        if (d->is_enum) {
            Tok *vt = next(p);
            if (vt->kind != T_IDENT) {
                ERR_TOK(p, vt, "expected a variant name, found %s", describe(vt));
                return false;
            }
            if (ir_type_find_variant(d->type, vt->text) >= 0) {
                ERR_TOK(p, vt, "variant `%s` is defined twice", vt->text);
                return false;
            }
            int nf = 0;
            if (accept(p, '(')) {
                while (!is_punct(peek(p), ')')) {
                    if (nf == 256 || !(fields[nf++] = parse_type(p))) {
                        if (nf == 256)
                            ERR_TOK(p, peek(p), "more than 256 fields");
                        return false;
                    }
                    if (!accept(p, ','))
                        break;
                }
                if (!expect(p, ')'))
                    return false;
            }
            ir_typedef_add_variant(p->m, d, vt->text, fields, nf);
            n++;
        } else {
            names[n] = NULL;
            if (peek(p)->kind == T_IDENT && is_punct(peek2(p), ':')) {
                names[n] = next(p)->text;
                next(p);
            }
            if (!(fields[n] = parse_type(p)))
                return false;
            n++;
        }
        if (!accept(p, ','))
            break;
    }
    if (!expect(p, '}'))
        return false;
    if (!d->is_enum)
        ir_typedef_set_fields(p->m, d, fields, names, n);
    d->defined = true;
    return true;
}

static bool prescan_typedefs(Parser *p) {
    for (int i = 0; i + 3 < p->ntoks; i++) {
        Tok *t = &p->toks[i], *nt = &p->toks[i + 1], *kt = &p->toks[i + 3];
        if (!is_ident(t, "type") || nt->kind != T_TYPE || !is_punct(&p->toks[i + 2], '='))
            continue;
        if (!is_ident(kt, "struct") && !is_ident(kt, "enum")) {
            ERR_TOK(p, kt, "expected `struct` or `enum`, found %s", describe(kt));
            return false;
        }
        if (ir_typedef_find(p->m, nt->text)) {
            ERR_TOK(p, nt, "type `$%s` is defined twice", nt->text);
            return false;
        }
        ir_typedef_new(p->m, nt->text, is_ident(kt, "enum"));
    }
    return true;
}

static IrBlock *find_block(IrFunc *f, const char *name) {
    for (int i = 0; i < f->nblocks; i++)
        if (strcmp(f->blocks[i]->name, name) == 0)
            return f->blocks[i];
    return NULL;
}

static FuncInfo *func_info(Parser *p, IrFunc *f) {
    return &p->funcs[f->index];
}

static bool resolve_constant(Parser *p, Pending *pd, IrType *want) {
    Tok *t = &pd->tok;
    IrModule *m = p->m;
    if (t->kind == T_STRING) {
        *pd->slot = ir_const_str(m, t->text, t->text_len);
        return true;
    }
    if (!want) {
        ERR_TOK(p, t, "the type of this constant is not known here; use a %%value");
        return false;
    }
    char *tn = ir_type_str(p->arena, want);
    if (is_punct(t, '(')) {
        if (want->kind != IRT_UNIT) {
            ERR_TOK(p, t, "`()` is not a constant of type `%s`", tn);
            return false;
        }
        *pd->slot = ir_const_unit(m);
        return true;
    }
    if (t->kind == T_IDENT) {
        if (want->kind != IRT_BOOL) {
            ERR_TOK(p, t, "`%s` is not a constant of type `%s`", t->text, tn);
            return false;
        }
        *pd->slot = ir_const_int(m, want, strcmp(t->text, "true") == 0);
        return true;
    }
    if (ir_type_is_float(want)) {
        double v =
            t->kind == T_FLOAT ? t->fval : (t->negative ? -(double)t->ival : (double)t->ival);
        *pd->slot = ir_const_float(m, want, v);
        return true;
    }
    if (t->kind == T_FLOAT || !(ir_type_is_int(want) || want->kind == IRT_CHAR)) {
        ERR_TOK(p, t, "this number is not a constant of type `%s`", tn);
        return false;
    }
    bool fits;
    if (want->kind == IRT_CHAR)
        fits = !t->negative && t->ival <= 0x10ffff && !(t->ival >= 0xd800 && t->ival <= 0xdfff);
    else if (t->negative)
        fits = ir_type_is_signed(want) && t->ival <= (uint64_t)0 - (uint64_t)ir_int_min(want);
    else
        fits = t->ival <= ir_int_max(want);
    if (!fits) {
        ERR_TOK(p, t, "constant out of range for `%s`", tn);
        return false;
    }
    *pd->slot = ir_const_int(m, want, t->negative ? (uint64_t)0 - t->ival : t->ival);
    return true;
}

static bool resolve(Parser *p) {
    for (int i = 0; i < p->ncrefs; i++) {
        CallRef *cr = &p->crefs[i];
        IrFunc *f = ir_func_find(p->m, cr->tok.text);
        if (!f) {
            ERR_TOK(p, &cr->tok, "unknown function `@%s`", cr->tok.text);
            return false;
        }
        cr->inst->callee = f;
    }
    for (int i = 0; i < p->nbrefs; i++) {
        BlockRef *br = &p->brefs[i];
        IrBlock *b = find_block(br->func, br->tok.text);
        if (!b) {
            ERR_TOK(p, &br->tok, "unknown block `%s` in `@%s`", br->tok.text, br->func->name);
            return false;
        }
        br->target->block = b;
    }
    for (int i = 0; i < p->npend; i++) {
        Pending *pd = &p->pend[i];
        if (pd->tok.kind == T_VALUE) {
            IrValue *v = table_find(&func_info(p, pd->func)->values, pd->tok.text);
            if (!v) {
                ERR_TOK(p, &pd->tok, "unknown value `%%%s` in `@%s`", pd->tok.text, pd->func->name);
                return false;
            }
            *pd->slot = v;
            continue;
        }
        IrType *want = NULL;
        if (pd->target) {
            IrBlock *b = pd->target->block;
            int k = (int)(pd->slot - pd->target->args);
            if (k < b->nparams)
                want = b->params[k]->type;
        } else {
            want = ir_operand_type(p->m, pd->inst, pd->arg);
        }
        if (!resolve_constant(p, pd, want))
            return false;
    }
    return true;
}

IrModule *ir_parse(SourceMap *sm, uint32_t file, Arena *arena, DiagSink *diags) {
    SourceFile *sf = source_file(sm, file);
    Parser p = {0};
    p.sm = sm;
    p.file = file;
    p.src = sf->text;
    p.len = sf->len;
    p.arena = arena;
    p.diags = diags;
    p.m = ir_module_new(arena);
    bool ok = lex(&p) && prescan_typedefs(&p);
    while (ok && !p.failed && peek(&p)->kind != T_EOF) {
        Tok *t = next(&p);
        if (is_ident(t, "file")) {
            int64_t idx;
            if (!expect_int(&p, &idx))
                break;
            Tok *s = next(&p);
            if (s->kind != T_STRING) {
                ERR_TOK(&p, s, "expected the file's path as a string, found %s", describe(s));
                break;
            }
            if (idx != p.m->nfiles) {
                ERR_TOK(&p, t, "expected `file %d`: files are numbered in order", p.m->nfiles);
                break;
            }
            p.m->files = p.m->nfiles ? p.m->files : NULL;
            int cap = p.m->nfiles + 1;
            const char **nf = arena_alloc(arena, sizeof(char *) * (size_t)cap);
            if (p.m->nfiles)
                memcpy(nf, p.m->files, sizeof(char *) * (size_t)p.m->nfiles);
            nf[p.m->nfiles++] = s->text;
            p.m->files = nf;
            p.m->files_cap = cap;
        } else if (is_ident(t, "type")) {
            if (!parse_typedef(&p))
                break;
        } else if (is_ident(t, "fn")) {
            if (!parse_fn(&p))
                break;
        } else if (is_ident(t, "inline")) {
            Tok *ft = next(&p);
            if (!is_ident(ft, "fn")) {
                ERR_TOK(&p, ft, "expected `fn` after `inline`, found %s", describe(ft));
                break;
            }
            if (!parse_fn(&p))
                break;
            p.m->funcs[p.m->nfuncs - 1]->inline_hint = true;
        } else {
            ERR_TOK(&p, t, "expected `fn`, `inline fn`, `type` or `file`, found %s", describe(t));
            break;
        }
    }
    if (!p.failed)
        resolve(&p);
    for (int i = 0; i < p.nfuncs; i++)
        free(p.funcs[i].values.items);
    free(p.funcs);
    free(p.toks);
    free(p.pend);
    free(p.brefs);
    free(p.crefs);
    return p.failed ? NULL : p.m;
}
