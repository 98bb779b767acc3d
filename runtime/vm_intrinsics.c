/* The runtime intrinsics `call.rt` names (compiler/ir_intrinsics.c has their
 * signatures), as VM entry points over argument registers. Each is a thin
 * adapter to an rt_ function a native backend calls directly. */
#include "vm.h"

#include <math.h>
#include <string.h>

#define H(T, v) ((T *)(uintptr_t)(v))
#define P(p) ((uint64_t)(uintptr_t)(p))

static double f64_of(uint64_t u) {
    double d;
    memcpy(&d, &u, 8);
    return d;
}

static uint64_t bits_of(double d) {
    uint64_t u;
    memcpy(&u, &d, 8);
    return u;
}

static void i_string_new(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    r[0] = P(rt_string_new());
}
static void i_string_from(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    RtString *s = H(RtString, a[0]);
    r[0] = P(rt_string_from(s->data, s->len));
}
static void i_string_push_str(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    RtString *s = H(RtString, a[1]);
    rt_string_push(H(RtString, a[0]), s->data, s->len);
}
static void i_string_push_char(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    rt_string_push_char(H(RtString, a[0]), (uint32_t)a[1]);
}
static void i_string_len(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    r[0] = H(RtString, a[0])->len;
}
static void i_string_as_str(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    RtString *s = H(RtString, a[0]);
    r[0] = P(rt_string_from(s->data, s->len));
}
static void i_string_eq(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    r[0] = rt_string_eq(H(RtString, a[0]), H(RtString, a[1]));
}
static void i_str_cmp(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    r[0] = (uint64_t)(int64_t)rt_string_cmp(H(RtString, a[0]), H(RtString, a[1]));
}
static void i_print(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    RtString *s = H(RtString, a[0]);
    rt_write_stdout(s->data, s->len);
}
static void i_eprint(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    RtString *s = H(RtString, a[0]);
    rt_write_stderr(s->data, s->len);
}
static void i_vec_new(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    r[0] = P(rt_vec_new(t->elem, 0));
}
static void i_vec_with_capacity(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    r[0] = P(rt_vec_new(t->elem, a[0]));
}
static void i_vec_push(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    rt_vec_push(H(RtVec, a[0]), a + 1);
}
static void i_vec_pop(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    r[0] = rt_vec_pop(H(RtVec, a[0]), r + 1);
}
static void i_vec_len(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    r[0] = H(RtVec, a[0])->len;
}
static void i_vec_ptr(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    r[0] = P(rt_vec_at(H(RtVec, a[0]), a[1]));
}
static void i_vec_clear(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    rt_vec_clear(H(RtVec, a[0]));
}
static void i_vec_swap(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    rt_vec_swap(H(RtVec, a[0]), a[1], a[2]);
}
static void i_vec_remove(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    rt_vec_remove(H(RtVec, a[0]), a[1], r);
}
static void i_vec_sort(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    rt_vec_sort(H(RtVec, a[0]));
}
static void i_map_new(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    r[0] = P(rt_map_new(t->elem, t->elem2));
}
static void i_map_insert(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    r[0] = rt_map_insert(H(RtMap, a[0]), a[1], a + 2, r + 1);
}
static void i_map_get(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    uint64_t *v = rt_map_get(H(RtMap, a[0]), a[1]);
    r[0] = v != NULL;
    r[1] = P(v);
}
static void i_map_remove(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    r[0] = rt_map_remove(H(RtMap, a[0]), a[1], r + 1);
}
static void i_map_contains(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    r[0] = rt_map_get(H(RtMap, a[0]), a[1]) != NULL;
}
static void i_map_len(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    r[0] = H(RtMap, a[0])->len;
}
static void i_map_keys(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    RtMap *m = H(RtMap, a[0]);
    RtVec *v = rt_vec_new(m->key, m->len);
    for (uint64_t i = 0; i < m->cap; i++) {
        if (!m->hashes[i])
            continue;
        uint64_t k;
        rt_clone(m->key, &m->keys[i], &k);
        rt_vec_push(v, &k);
    }
    r[0] = P(v);
}
static void i_rc_strong_count(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    r[0] = (uint64_t)__atomic_load_n(&H(RtCell, a[0])->rc, __ATOMIC_RELAXED);
}
static void i_args(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    int argc;
    char **argv;
    vm_args(vm, &argc, &argv);
    RtVec *v = rt_vec_new(t->elem, (uint64_t)argc);
    for (int i = 0; i < argc; i++) {
        uint64_t s = P(rt_string_from(argv[i], strlen(argv[i])));
        rt_vec_push(v, &s);
    }
    r[0] = P(v);
}
static void i_f64_sqrt(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    r[0] = bits_of(sqrt(f64_of(a[0])));
}
static void i_f64_abs(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    r[0] = bits_of(fabs(f64_of(a[0])));
}
static void i_f64_floor(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    r[0] = bits_of(floor(f64_of(a[0])));
}
static void i_f64_pow(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    r[0] = bits_of(pow(f64_of(a[0]), f64_of(a[1])));
}
static void i_f64_sin(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    r[0] = bits_of(sin(f64_of(a[0])));
}
static void i_f64_cos(Vm *vm, uint64_t *a, uint64_t *r, const RtType *t) {
    r[0] = bits_of(cos(f64_of(a[0])));
}

static const struct {
    const char *name;
    VmIntrinsic fn;
} TABLE[] = {
    {"string_new", i_string_new},
    {"string_from", i_string_from},
    {"string_push_str", i_string_push_str},
    {"string_push_string", i_string_push_str},
    {"string_push_char", i_string_push_char},
    {"string_len", i_string_len},
    {"string_as_str", i_string_as_str},
    {"string_eq", i_string_eq},
    {"str_len", i_string_len},
    {"str_eq", i_string_eq},
    {"str_cmp", i_str_cmp},
    {"print_str", i_print},
    {"print_string", i_print},
    {"eprint_str", i_eprint},
    {"eprint_string", i_eprint},
    {"vec_new", i_vec_new},
    {"vec_with_capacity", i_vec_with_capacity},
    {"vec_push", i_vec_push},
    {"vec_pop", i_vec_pop},
    {"vec_len", i_vec_len},
    {"vec_ptr", i_vec_ptr},
    {"vec_clear", i_vec_clear},
    {"vec_swap", i_vec_swap},
    {"vec_remove", i_vec_remove},
    {"vec_sort", i_vec_sort},
    {"map_new", i_map_new},
    {"map_insert", i_map_insert},
    {"map_get", i_map_get},
    {"map_remove", i_map_remove},
    {"map_contains", i_map_contains},
    {"map_len", i_map_len},
    {"map_keys", i_map_keys},
    {"rc_strong_count", i_rc_strong_count},
    {"arc_strong_count", i_rc_strong_count},
    {"args", i_args},
    {"f64_sqrt", i_f64_sqrt},
    {"f64_abs", i_f64_abs},
    {"f64_floor", i_f64_floor},
    {"f64_pow", i_f64_pow},
    {"f64_sin", i_f64_sin},
    {"f64_cos", i_f64_cos},
};

int vm_intrinsic_index(const char *name) {
    for (size_t i = 0; i < sizeof TABLE / sizeof TABLE[0]; i++)
        if (strcmp(TABLE[i].name, name) == 0)
            return (int)i;
    return -1;
}

VmIntrinsic vm_intrinsic_at(int index) {
    return TABLE[index].fn;
}
