/* The runtime intrinsics `call.rt` may name, with their signatures as type
 * patterns (T, K, V are type variables bound by matching). The VM binds the
 * same names in runtime/vm_intrinsics.c, in this order. */
#include "ir.h"

#include <stdio.h>
#include <string.h>

static const IrIntrinsic INTRINSICS[] = {
    {"string_new", "-> string", 0},
    {"string_from", "str -> string", 1},
    {"string_push_str", "string, str -> unit", 2},
    {"string_push_string", "string, string -> unit", 2},
    {"string_push_char", "string, char -> unit", 2},
    {"string_len", "string -> usize", 1},
    {"string_as_str", "string -> str", 1},
    {"string_eq", "string, string -> bool", 2},
    {"str_len", "str -> usize", 1},
    {"str_eq", "str, str -> bool", 2},
    {"str_cmp", "str, str -> i32", 2},
    {"print_str", "str -> unit", 1},
    {"print_string", "string -> unit", 1},
    {"eprint_str", "str -> unit", 1},
    {"eprint_string", "string -> unit", 1},
    {"vec_new", "-> vec<T>", 0},
    {"vec_with_capacity", "usize -> vec<T>", 1},
    {"vec_push", "vec<T>, T -> unit", 2},
    {"vec_pop", "vec<T> -> option<T>", 1},
    {"vec_len", "vec<T> -> usize", 1},
    {"vec_ptr", "vec<T>, usize -> ptr", 2},
    {"vec_clear", "vec<T> -> unit", 1},
    {"vec_swap", "vec<T>, usize, usize -> unit", 3},
    {"vec_remove", "vec<T>, usize -> T", 2},
    {"vec_sort", "vec<T> -> unit", 1},
    {"map_new", "-> map<K,V>", 0},
    {"map_insert", "map<K,V>, K, V -> option<V>", 3},
    {"map_get", "map<K,V>, K -> option<ptr>", 2},
    {"map_remove", "map<K,V>, K -> option<V>", 2},
    {"map_contains", "map<K,V>, K -> bool", 2},
    {"map_len", "map<K,V> -> usize", 1},
    {"map_keys", "map<K,V> -> vec<K>", 1},
    {"rc_strong_count", "rc<T> -> usize", 1},
    {"arc_strong_count", "arc<T> -> usize", 1},
    {"args", "-> vec<string>", 0},
    {"f64_sqrt", "f64 -> f64", 1},
    {"f64_abs", "f64 -> f64", 1},
    {"f64_floor", "f64 -> f64", 1},
    {"f64_pow", "f64, f64 -> f64", 2},
    {"f64_sin", "f64 -> f64", 1},
    {"f64_cos", "f64 -> f64", 1},
};

#define NINTRINSICS ((int)(sizeof INTRINSICS / sizeof INTRINSICS[0]))

int ir_intrinsic_count(void) {
    return NINTRINSICS;
}

const IrIntrinsic *ir_intrinsic_at(int index) {
    return index >= 0 && index < NINTRINSICS ? &INTRINSICS[index] : NULL;
}

int ir_intrinsic_index(const char *name) {
    for (int i = 0; i < NINTRINSICS; i++)
        if (strcmp(INTRINSICS[i].name, name) == 0)
            return i;
    return -1;
}

const IrIntrinsic *ir_intrinsic_find(const char *name) {
    return ir_intrinsic_at(ir_intrinsic_index(name));
}

typedef struct Bindings {
    IrType *var[3]; /* T, K, V */
} Bindings;

static const struct {
    const char *name;
    IrTypeKind kind;
} PRIMS[] = {{"i32", IRT_I32},   {"usize", IRT_USIZE}, {"f64", IRT_F64},
             {"bool", IRT_BOOL}, {"char", IRT_CHAR},   {"unit", IRT_UNIT},
             {"ptr", IRT_PTR},   {"str", IRT_STR},     {"string", IRT_STRING}};

static const struct {
    const char *name;
    IrTypeKind kind;
    int nargs;
} CTORS[] = {{"vec", IRT_VEC, 1},
             {"map", IRT_MAP, 2},
             {"option", IRT_OPTION, 1},
             {"rc", IRT_RC, 1},
             {"arc", IRT_ARC, 1}};

static void skip_ws(const char **p) {
    while (**p == ' ')
        (*p)++;
}

static size_t word_len(const char *p) {
    size_t n = 0;
    while ((p[n] >= 'a' && p[n] <= 'z') || (p[n] >= 'A' && p[n] <= 'Z') ||
           (p[n] >= '0' && p[n] <= '9') || p[n] == '_')
        n++;
    return n;
}

/* Matches the pattern at *p against T (binding variables), or, when T is
 * NULL, builds the type the pattern denotes (NULL if a variable is unbound).
 * Advances *p past the pattern either way. */
static IrType *pattern(IrModule *m, const char **p, IrType *t, Bindings *b, bool *ok) {
    skip_ws(p);
    size_t n = word_len(*p);
    const char *w = *p;
    *p += n;
    if (n == 1 && (w[0] == 'T' || w[0] == 'K' || w[0] == 'V')) {
        int vi = w[0] == 'T' ? 0 : w[0] == 'K' ? 1 : 2;
        if (!t)
            return b->var[vi];
        if (!b->var[vi])
            b->var[vi] = t;
        else if (b->var[vi] != t)
            *ok = false;
        return t;
    }
    for (size_t i = 0; i < sizeof PRIMS / sizeof PRIMS[0]; i++) {
        if (strlen(PRIMS[i].name) == n && memcmp(PRIMS[i].name, w, n) == 0) {
            IrType *pt = ir_type_prim(m, PRIMS[i].kind);
            if (t && t != pt)
                *ok = false;
            return pt;
        }
    }
    for (size_t i = 0; i < sizeof CTORS / sizeof CTORS[0]; i++) {
        if (strlen(CTORS[i].name) != n || memcmp(CTORS[i].name, w, n) != 0)
            continue;
        (*p)++; /* < */
        bool shape = !t || (t->kind == CTORS[i].kind && t->nelems == CTORS[i].nargs);
        if (!shape)
            *ok = false;
        IrType *args[2] = {NULL, NULL};
        for (int a = 0; a < CTORS[i].nargs; a++) {
            if (a)
                (*p)++; /* , */
            args[a] = pattern(m, p, shape && t ? t->elems[a] : NULL, b, ok);
        }
        (*p)++; /* > */
        if (t)
            return t;
        if (!args[0] || (CTORS[i].nargs == 2 && !args[1]))
            return NULL;
        return ir_type_of(m, CTORS[i].kind, args[0], args[1]);
    }
    *ok = false;
    return NULL;
}

/* Splits the signature into param patterns and the result pattern. */
static const char *result_pattern(const char *sig) {
    const char *arrow = strstr(sig, "->");
    return arrow + 2;
}

/* Commas also appear inside map<K,V>; walk patterns instead of splitting. */
static const char *nth_param(IrModule *m, const char *sig, int i) {
    const char *p = sig;
    Bindings scratch = {{0}};
    bool ok = true;
    for (int k = 0; k < i; k++) {
        pattern(m, &p, NULL, &scratch, &ok);
        skip_ws(&p);
        if (*p == ',')
            p++;
    }
    return p;
}

static void bind_all(IrModule *m, const IrInst *in, const IrIntrinsic *it, Bindings *b, int upto,
                     bool *ok) {
    const char *rp = result_pattern(it->sig);
    pattern(m, &rp, in->type, b, ok);
    for (int i = 0; i < upto && i < in->nargs && i < it->nparams; i++) {
        if (!in->args[i])
            continue;
        const char *pp = nth_param(m, it->sig, i);
        pattern(m, &pp, in->args[i]->type, b, ok);
    }
}

IrType *ir_intrinsic_param_type(IrModule *m, const IrInst *in, int i) {
    const IrIntrinsic *it = in->name ? ir_intrinsic_find(in->name) : NULL;
    if (!it || i >= it->nparams)
        return NULL;
    Bindings b = {{0}};
    bool ok = true;
    bind_all(m, in, it, &b, i, &ok);
    const char *pp = nth_param(m, it->sig, i);
    return pattern(m, &pp, NULL, &b, &ok);
}

static bool map_key_ok(const IrType *k) {
    return ir_type_is_int(k) || k->kind == IRT_BOOL || k->kind == IRT_CHAR || k->kind == IRT_STR ||
           k->kind == IRT_STRING;
}

bool ir_intrinsic_check(IrModule *m, const IrInst *in, char *msg, size_t msglen) {
    const IrIntrinsic *it = ir_intrinsic_find(in->name);
    if (!it) {
        snprintf(msg, msglen, "unknown runtime intrinsic `%s`", in->name);
        return false;
    }
    if (in->nargs != it->nparams) {
        snprintf(msg, msglen, "`%s` takes %d argument%s, %d given (signature %s)", it->name,
                 it->nparams, it->nparams == 1 ? "" : "s", in->nargs, it->sig);
        return false;
    }
    Bindings b = {{0}};
    bool ok = true;
    bind_all(m, in, it, &b, in->nargs, &ok);
    if (!ok) {
        char *got = ir_type_str(m->arena, in->type);
        char args[256] = "";
        size_t used = 0;
        for (int i = 0; i < in->nargs && used < sizeof args - 1; i++) {
            used += (size_t)snprintf(args + used, sizeof args - used, "%s%s", i ? ", " : "",
                                     ir_type_str(m->arena, in->args[i]->type));
        }
        snprintf(msg, msglen, "`%s` expects `%s`, called with `%s -> %s`", it->name, it->sig, args,
                 got);
        return false;
    }
    if (in->type->kind == IRT_MAP && !map_key_ok(in->type->elems[0])) {
        snprintf(msg, msglen, "map keys must be integers, bool, char, str or string, not `%s`",
                 ir_type_str(m->arena, in->type->elems[0]));
        return false;
    }
    return true;
}
