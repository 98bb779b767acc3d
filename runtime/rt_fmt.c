/* Display and Debug for the built-in types, following Rust's std::fmt: the
 * same default alignments (numbers right, text left), sign-aware zero
 * padding, `#` prefixes, shortest round-trip floats (Display never uses an
 * exponent; Debug does outside 1e-4..1e16), and Debug's quoting and escapes.
 * Width and precision of a Debug spec apply to every leaf value, as Rust's
 * derived Debug passes the formatter down. */
#include "rt_fmt.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static int utf8_len1(const char *s, size_t n, uint32_t *cp) {
    unsigned char c = (unsigned char)s[0];
    int len = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
    if ((size_t)len > n)
        len = (int)n;
    uint32_t v = len == 1 ? c : len == 2 ? c & 0x1f : len == 3 ? c & 0x0f : c & 0x07;
    for (int i = 1; i < len; i++)
        v = (v << 6) | ((unsigned char)s[i] & 0x3f);
    *cp = v;
    return len;
}

bool rt_fmt_spec_parse(const char *s, size_t n, RtFmtSpec *o, char *why, size_t whylen) {
    memset(o, 0, sizeof *o);
    o->fill = ' ';
    o->width = o->precision = -1;
    size_t i = 0;
    if (n > 0) {
        uint32_t cp;
        int l = utf8_len1(s, n, &cp);
        if ((size_t)l < n && strchr("<^>", s[l]) && s[l]) {
            o->fill = cp;
            o->align = s[l];
            i = (size_t)l + 1;
        } else if (strchr("<^>", s[0]) && s[0]) {
            o->align = s[0];
            i = 1;
        }
    }
    if (i < n && (s[i] == '+' || s[i] == '-')) {
        o->plus = s[i] == '+';
        i++;
    }
    if (i < n && s[i] == '#') {
        o->alt = true;
        i++;
    }
    if (i < n && s[i] == '0' && !(i + 1 < n && s[i + 1] == '$')) {
        o->zero = true;
        i++;
    }
    if (i < n && s[i] >= '0' && s[i] <= '9') {
        long w = 0;
        while (i < n && s[i] >= '0' && s[i] <= '9' && w < 100000)
            w = w * 10 + (s[i++] - '0');
        o->width = (int)w;
    }
    if (i < n && s[i] == '.') {
        i++;
        if (!(i < n && s[i] >= '0' && s[i] <= '9')) {
            snprintf(why, whylen, "expected digits after `.`");
            return false;
        }
        long p = 0;
        while (i < n && s[i] >= '0' && s[i] <= '9' && p < 100000)
            p = p * 10 + (s[i++] - '0');
        o->precision = (int)p;
    }
    if (i < n && strchr("?xXobeE", s[i]) && s[i]) {
        o->type = s[i];
        i++;
    }
    if (i != n) {
        snprintf(why, whylen, "unexpected `%c` at position %zu", s[i], i + 1);
        return false;
    }
    return true;
}

static size_t count_chars(const char *s, size_t n) {
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xc0) != 0x80)
            c++;
    return c;
}

static void push_fill(RtString *out, uint32_t fill, size_t k) {
    for (size_t i = 0; i < k; i++)
        rt_string_push_char(out, fill);
}

/* Writes TEXT padded to the spec's width with DEFAULT_ALIGN. */
static void pad(RtString *out, const char *text, size_t n, const RtFmtSpec *sp, char def_align) {
    size_t chars = count_chars(text, n);
    if (sp->width < 0 || chars >= (size_t)sp->width) {
        rt_string_push(out, text, n);
        return;
    }
    size_t gap = (size_t)sp->width - chars;
    char align = sp->align ? sp->align : def_align;
    size_t left = align == '>' ? gap : align == '^' ? gap / 2 : 0;
    push_fill(out, sp->fill, left);
    rt_string_push(out, text, n);
    push_fill(out, sp->fill, gap - left);
}

/* Numbers: SIGN_PREFIX ("-", "+0x", ...) and DIGITS; `0` pads between. */
static void pad_number(RtString *out, const char *prefix, const char *digits, const RtFmtSpec *sp) {
    size_t pl = strlen(prefix), dl = strlen(digits);
    if (sp->zero && sp->width > 0 && pl + dl < (size_t)sp->width) {
        rt_string_push(out, prefix, pl);
        for (size_t i = pl + dl; i < (size_t)sp->width; i++)
            rt_string_push(out, "0", 1);
        rt_string_push(out, digits, dl);
        return;
    }
    char buf[512];
    snprintf(buf, sizeof buf, "%s%s", prefix, digits);
    pad(out, buf, strlen(buf), sp, '>');
}

static int int_bits(RtKind k) {
    switch (k) {
    case RK_I8:
    case RK_U8:
        return 8;
    case RK_I16:
    case RK_U16:
        return 16;
    case RK_I32:
    case RK_U32:
        return 32;
    default:
        return 64;
    }
}

static bool is_signed_kind(RtKind k) {
    return k <= RK_ISIZE;
}

static void fmt_int(RtString *out, RtKind k, uint64_t bits, const RtFmtSpec *sp) {
    char digits[80], prefix[8] = "";
    char t = sp->type == '?' ? 0 : sp->type;
    bool neg = is_signed_kind(k) && (int64_t)bits < 0;
    if (t == 'x' || t == 'X' || t == 'o' || t == 'b') {
        int w = int_bits(k);
        uint64_t v = w == 64 ? bits : bits & ((1ull << w) - 1);
        int base = t == 'o' ? 8 : t == 'b' ? 2 : 16;
        const char *dig = t == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
        char tmp[80];
        int n = 0;
        do {
            tmp[n++] = dig[v % (uint64_t)base];
            v /= (uint64_t)base;
        } while (v);
        for (int i = 0; i < n; i++)
            digits[i] = tmp[n - 1 - i];
        digits[n] = 0;
        if (sp->plus)
            strcat(prefix, "+");
        if (sp->alt)
            strcat(prefix, t == 'o' ? "0o" : t == 'b' ? "0b" : "0x");
    } else if (t == 'e' || t == 'E') {
        uint64_t mag = neg ? (uint64_t)0 - bits : bits;
        char tmp[32];
        snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)mag);
        size_t n = strlen(tmp);
        while (n > 1 && tmp[n - 1] == '0')
            n--;
        size_t e = strlen(tmp) - 1;
        if (n > 1)
            snprintf(digits, sizeof digits, "%c.%.*s%c%zu", tmp[0], (int)(n - 1), tmp + 1, t, e);
        else
            snprintf(digits, sizeof digits, "%c%c%zu", tmp[0], t, e);
        strcpy(prefix, neg ? "-" : sp->plus ? "+" : "");
    } else {
        uint64_t mag = neg ? (uint64_t)0 - bits : bits;
        snprintf(digits, sizeof digits, "%llu", (unsigned long long)mag);
        strcpy(prefix, neg ? "-" : sp->plus ? "+" : "");
    }
    pad_number(out, prefix, digits, sp);
}

int rt_float_shortest(double v, bool is_f32, char *digits, int *exp10) {
    double a = fabs(v);
    if (a == 0) {
        strcpy(digits, "0");
        *exp10 = 0;
        return 1;
    }
    char buf[64];
    for (int p = 0; p < 17; p++) {
        snprintf(buf, sizeof buf, "%.*e", p, a);
        double back = strtod(buf, NULL);
        if (is_f32 ? (float)back == (float)a : back == a)
            break;
    }
    int n = 0;
    char *e = strchr(buf, 'e');
    for (char *c = buf; c < e; c++)
        if (*c != '.')
            digits[n++] = *c;
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = 0;
    *exp10 = atoi(e + 1);
    return n;
}

/* Positional notation of digits D with exponent E; Debug adds ".0". */
static void positional(char *out, const char *d, int n, int e, bool force_frac) {
    char *o = out;
    if (e >= 0) {
        for (int i = 0; i <= e; i++)
            *o++ = i < n ? d[i] : '0';
        if (n > e + 1) {
            *o++ = '.';
            for (int i = e + 1; i < n; i++)
                *o++ = d[i];
        } else if (force_frac) {
            *o++ = '.';
            *o++ = '0';
        }
    } else {
        *o++ = '0';
        *o++ = '.';
        for (int i = 0; i < -e - 1; i++)
            *o++ = '0';
        for (int i = 0; i < n; i++)
            *o++ = d[i];
    }
    *o = 0;
}

static void fmt_float(RtString *out, double v, bool is_f32, const RtFmtSpec *sp, bool debug) {
    char body[1200];
    const char *sign = signbit(v) && !isnan(v) ? "-" : sp->plus ? "+" : "";
    char t = sp->type;
    if (isnan(v)) {
        pad_number(out, "", "NaN", sp);
        return;
    }
    if (isinf(v)) {
        pad_number(out, sign, "inf", sp);
        return;
    }
    double a = fabs(v);
    if (t == 'e' || t == 'E') {
        if (sp->precision >= 0) {
            char tmp[1100];
            snprintf(tmp, sizeof tmp, "%.*e", sp->precision > 1000 ? 1000 : sp->precision, a);
            char *e = strchr(tmp, 'e');
            *e = 0;
            snprintf(body, sizeof body, "%s%c%d", tmp, t, atoi(e + 1));
        } else {
            char d[40];
            int ex;
            int n = rt_float_shortest(a, is_f32, d, &ex);
            if (n > 1)
                snprintf(body, sizeof body, "%c.%s%c%d", d[0], d + 1, t, ex);
            else
                snprintf(body, sizeof body, "%c%c%d", d[0], t, ex);
        }
    } else if (sp->precision >= 0) {
        snprintf(body, sizeof body, "%.*f", sp->precision > 1000 ? 1000 : sp->precision, a);
    } else {
        char d[40];
        int ex;
        int n = rt_float_shortest(a, is_f32, d, &ex);
        if (debug && a != 0 && (a < 1e-4 || a >= 1e16)) {
            if (n > 1)
                snprintf(body, sizeof body, "%c.%se%d", d[0], d + 1, ex);
            else
                snprintf(body, sizeof body, "%ce%d", d[0], ex);
        } else {
            positional(body, d, n, ex, debug);
        }
    }
    pad_number(out, sign, body, sp);
}

static void escape_char(RtString *out, uint32_t c, char quote) {
    char buf[16];
    switch (c) {
    case '\n':
        rt_string_push(out, "\\n", 2);
        return;
    case '\r':
        rt_string_push(out, "\\r", 2);
        return;
    case '\t':
        rt_string_push(out, "\\t", 2);
        return;
    case '\\':
        rt_string_push(out, "\\\\", 2);
        return;
    case 0:
        rt_string_push(out, "\\0", 2);
        return;
    default:
        if (c == (uint32_t)quote) {
            buf[0] = '\\';
            buf[1] = quote;
            rt_string_push(out, buf, 2);
        } else if (c < 0x20 || c == 0x7f) {
            int n = snprintf(buf, sizeof buf, "\\u{%x}", c);
            rt_string_push(out, buf, (size_t)n);
        } else {
            rt_string_push_char(out, c);
        }
    }
}

static void fmt_text(RtString *out, const char *s, size_t n, const RtFmtSpec *sp, bool debug,
                     char quote) {
    RtString tmp = {1, 0, 0, NULL};
    if (debug) {
        rt_string_push(&tmp, &quote, 1);
        for (size_t i = 0; i < n;) {
            uint32_t cp;
            int l = utf8_len1(s + i, n - i, &cp);
            escape_char(&tmp, cp, quote);
            i += (size_t)l;
        }
        rt_string_push(&tmp, &quote, 1);
    } else {
        size_t len = n;
        if (sp->precision >= 0) { /* precision truncates to that many chars */
            size_t chars = 0, i = 0;
            while (i < n && chars < (size_t)sp->precision) {
                uint32_t cp;
                i += (size_t)utf8_len1(s + i, n - i, &cp);
                chars++;
            }
            len = i;
        }
        rt_string_push(&tmp, s, len);
    }
    pad(out, tmp.data ? tmp.data : "", tmp.len, sp, '<');
    free(tmp.data);
}

static void fmt_debug_seq(RtString *out, const RtType **types, const uint32_t *offsets, uint32_t n,
                          const uint64_t *slots, const RtFmtSpec *sp, const RtType *same,
                          uint32_t stride) {
    for (uint32_t i = 0; i < n; i++) {
        if (i)
            rt_string_push(out, ", ", 2);
        const RtType *t = same ? same : types[i];
        const uint64_t *s = same ? slots + (size_t)i * stride : slots + offsets[i];
        rt_fmt_value(out, t, s, sp, true);
    }
}

static bool plain_spec(const RtFmtSpec *sp) {
    return sp->width < 0 && sp->precision < 0 && !sp->type && !sp->plus && !sp->alt && !sp->zero;
}

/* `{}` of an integer: digits straight into the output (the common case). */
static void fmt_int_plain(RtString *out, RtKind k, uint64_t bits) {
    char buf[24];
    int n = sizeof buf;
    bool neg = is_signed_kind(k) && (int64_t)bits < 0;
    uint64_t v = neg ? (uint64_t)0 - bits : bits;
    do {
        buf[--n] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    if (neg)
        buf[--n] = '-';
    rt_string_push(out, buf + n, sizeof buf - (size_t)n);
}

void rt_fmt_value(RtString *out, const RtType *t, const uint64_t *s, const RtFmtSpec *sp,
                  bool debug) {
    debug = debug || sp->type == '?';
    if (t->kind <= RK_USIZE && plain_spec(sp)) {
        fmt_int_plain(out, t->kind, s[0]);
        return;
    }
    if ((t->kind == RK_STR || t->kind == RK_STRING) && !debug && plain_spec(sp)) {
        const RtString *str = (const RtString *)(uintptr_t)s[0];
        rt_string_push(out, str->data, str->len);
        return;
    }
    switch (t->kind) {
    case RK_I8 ... RK_USIZE:
        fmt_int(out, t->kind, s[0], sp);
        return;
    case RK_F64: {
        double d;
        memcpy(&d, s, 8);
        fmt_float(out, d, false, sp, debug);
        return;
    }
    case RK_F32: {
        float f;
        uint32_t b = (uint32_t)s[0];
        memcpy(&f, &b, 4);
        fmt_float(out, (double)f, true, sp, debug);
        return;
    }
    case RK_BOOL:
        pad(out, s[0] ? "true" : "false", s[0] ? 4 : 5, sp, '<');
        return;
    case RK_CHAR: {
        RtString tmp = {1, 0, 0, NULL};
        rt_string_push_char(&tmp, (uint32_t)s[0]);
        fmt_text(out, tmp.data, tmp.len, sp, debug, '\'');
        free(tmp.data);
        return;
    }
    case RK_UNIT:
        pad(out, "()", 2, sp, '<');
        return;
    case RK_STR:
    case RK_STRING: {
        const RtString *str = (const RtString *)(uintptr_t)s[0];
        fmt_text(out, str->data ? str->data : "", str->len, sp, debug, '"');
        return;
    }
    case RK_BOX:
    case RK_RC:
    case RK_ARC: {
        const RtCell *c = (const RtCell *)(uintptr_t)s[0];
        rt_fmt_value(out, c->inner, c->data, sp, debug);
        return;
    }
    case RK_VEC: {
        const RtVec *v = (const RtVec *)(uintptr_t)s[0];
        rt_string_push(out, "[", 1);
        fmt_debug_seq(out, NULL, NULL, (uint32_t)v->len, v->data, sp, v->elem, v->esize);
        rt_string_push(out, "]", 1);
        return;
    }
    case RK_ARRAY:
        rt_string_push(out, "[", 1);
        fmt_debug_seq(out, NULL, NULL, t->nfields, s, sp, t->elem, t->elem->nslots);
        rt_string_push(out, "]", 1);
        return;
    case RK_MAP: {
        const RtMap *m = (const RtMap *)(uintptr_t)s[0];
        rt_string_push(out, "{", 1);
        bool first = true;
        for (uint64_t i = 0; i < m->cap; i++) {
            if (!m->hashes[i])
                continue;
            if (!first)
                rt_string_push(out, ", ", 2);
            first = false;
            rt_fmt_value(out, m->key, &m->keys[i], sp, true);
            rt_string_push(out, ": ", 2);
            rt_fmt_value(out, m->val, &m->vals[i * m->vsize], sp, true);
        }
        rt_string_push(out, "}", 1);
        return;
    }
    case RK_TUPLE:
        rt_string_push(out, "(", 1);
        fmt_debug_seq(out, t->fields, t->offsets, t->nfields, s, sp, NULL, 0);
        rt_string_push(out, t->nfields == 1 ? ",)" : ")", t->nfields == 1 ? 2 : 1);
        return;
    case RK_STRUCT:
        rt_string_push(out, t->name, strlen(t->name));
        if (!t->nfields)
            return;
        rt_string_push(out, " { ", 3);
        for (uint32_t i = 0; i < t->nfields; i++) {
            if (i)
                rt_string_push(out, ", ", 2);
            char idx[16];
            const char *fname = t->field_names && t->field_names[i] ? t->field_names[i] : idx;
            snprintf(idx, sizeof idx, "%u", i);
            rt_string_push(out, fname, strlen(fname));
            rt_string_push(out, ": ", 2);
            rt_fmt_value(out, t->fields[i], s + t->offsets[i], sp, true);
        }
        rt_string_push(out, " }", 2);
        return;
    case RK_ENUM:
    case RK_OPTION:
    case RK_RESULT: {
        if (s[0] >= t->nvariants) {
            rt_string_push(out, "<invalid enum>", 14);
            return;
        }
        const RtVariant *v = &t->variants[s[0]];
        rt_string_push(out, v->name, strlen(v->name));
        if (v->nfields) {
            rt_string_push(out, "(", 1);
            fmt_debug_seq(out, v->fields, v->offsets, v->nfields, s, sp, NULL, 0);
            rt_string_push(out, ")", 1);
        }
        return;
    }
    case RK_FN:
        pad(out, "<fn>", 4, sp, '<');
        return;
    case RK_CLOSURE:
        pad(out, "<closure>", 9, sp, '<');
        return;
    case RK_PTR: {
        char b[32];
        int n = snprintf(b, sizeof b, "0x%llx", (unsigned long long)s[0]);
        pad(out, b, (size_t)n, sp, '<');
        return;
    }
    }
}
