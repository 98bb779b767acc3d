/* Formatting as Rust's std::fmt does it for the built-in types: Display and
 * Debug, with the spec after the `:` of `{:...}`:
 *   [[fill]align][sign]['#']['0'][width]['.' precision][type]
 * align `<` `^` `>`, sign `+`, type one of `?` `x` `X` `o` `b` `e` `E`.
 * Width and precision are already resolved to numbers by the compiler
 * (`{:1$}` / `{:.*}` arrive as literals). */
#ifndef GROK_RT_FMT_H
#define GROK_RT_FMT_H

#include "rt.h"

typedef struct RtFmtSpec {
    uint32_t fill; /* a Unicode scalar, default ' ' */
    char align;    /* '<', '^', '>' or 0 (the type's default) */
    bool plus;     /* `+` */
    bool alt;      /* `#` */
    bool zero;     /* `0` */
    int width;     /* -1 = none */
    int precision; /* -1 = none */
    char type;     /* 0, '?', 'x', 'X', 'o', 'b', 'e', 'E' */
} RtFmtSpec;

/* Parses SPEC (N bytes). On error writes why and returns false. */
bool rt_fmt_spec_parse(const char *spec, size_t n, RtFmtSpec *out, char *why, size_t whylen);

/* Appends the value of type T stored at SLOTS to OUT. DEBUG selects Debug
 * (also when spec->type is '?'). */
void rt_fmt_value(RtString *out, const RtType *t, const uint64_t *slots, const RtFmtSpec *spec,
                  bool debug);

/* Shortest decimal digits of V that read back exactly: digits (no dot) and
 * the decimal exponent of the first digit (V = 0.d1d2... * 10^(exp+1)). */
int rt_float_shortest(double v, bool is_f32, char *digits, int *exp10);

#endif
