/* The GrokLang runtime: value layout, heap objects with reference counts,
 * drop and clone by type descriptor, panics. C functions prefixed `rt_`, so
 * the bytecode VM and a native (LLVM) backend call the same code.
 *
 * Value layout. Every value occupies one or more 64-bit slots:
 *   ints, bool, char, unit      1 slot, normalized (sign/zero-extended)
 *   f64                         1 slot, the IEEE bits; f32: the float's bits
 *                               in the low 32 bits
 *   str, string, vec, map, box, rc, arc, closure, fn, ptr
 *                               1 slot holding a pointer (a handle)
 *   tuple, struct, array        the fields' slots, in order
 *   enum, option, result        1 tag slot (variant index), then the slots of
 *                               the largest variant; a variant's fields start
 *                               at slot 1
 * Heap objects start with a reference count (RtObj). `str` objects are
 * immutable; string constants are immortal (count < 0, never freed). Arc
 * counts change atomically; Rc, str and closure counts do not (a value that
 * crosses threads is an Arc). Every object allocation is counted, so a
 * program can check that it freed everything (rt_live_objects). */
#ifndef GROK_RT_H
#define GROK_RT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef enum RtKind {
    RK_I8,
    RK_I16,
    RK_I32,
    RK_I64,
    RK_ISIZE,
    RK_U8,
    RK_U16,
    RK_U32,
    RK_U64,
    RK_USIZE,
    RK_F32,
    RK_F64,
    RK_BOOL,
    RK_CHAR,
    RK_UNIT,
    RK_PTR,
    RK_STR,
    RK_STRING,
    RK_VEC,
    RK_MAP,
    RK_BOX,
    RK_RC,
    RK_ARC,
    RK_OPTION,
    RK_RESULT,
    RK_TUPLE,
    RK_ARRAY,
    RK_STRUCT,
    RK_ENUM,
    RK_FN,
    RK_CLOSURE,
} RtKind;

typedef struct RtType RtType;

typedef struct RtVariant {
    const char *name;
    uint32_t nfields;
    const RtType **fields;
    uint32_t *offsets; /* slot offsets within the enum value (>= 1) */
} RtVariant;

/* A type descriptor: what drop, clone, Debug and the containers need. */
struct RtType {
    RtKind kind;
    uint32_t nslots;
    bool needs_drop;
    const char *name; /* struct/enum */
    uint32_t nfields; /* tuple, struct, array (length) */
    const RtType **fields;
    uint32_t *offsets;
    const char **field_names;
    uint32_t nvariants; /* enum, option, result */
    RtVariant *variants;
    const RtType *elem;  /* vec, box, rc, arc, array; map key */
    const RtType *elem2; /* map value */
};

typedef struct RtObj {
    int64_t rc;
} RtObj;

typedef struct RtString {
    int64_t rc; /* str: count; string: unused (1) */
    uint64_t len, cap;
    char *data; /* not NUL-terminated */
} RtString;

typedef struct RtVec {
    int64_t rc;
    const RtType *elem;
    uint32_t esize; /* slots per element */
    uint64_t len, cap;
    uint64_t *data;
} RtVec;

typedef struct RtMap {
    int64_t rc;
    const RtType *key, *val;
    uint32_t vsize;
    uint64_t len, cap; /* cap: power of two or 0 */
    uint64_t *hashes;  /* 0 = empty; stored hashes have the top bit set */
    uint64_t *keys;
    uint64_t *vals;
} RtMap;

/* Box, Rc and Arc cells. */
typedef struct RtCell {
    int64_t rc;
    const RtType *inner;
    uint64_t data[];
} RtCell;

typedef struct RtClosure {
    int64_t rc;
    uint64_t fn; /* VM: function index; native: code pointer */
    const RtType *env;
    uint64_t data[];
} RtClosure;

/* Allocation accounting. */
void *rt_alloc_obj(size_t size);
void rt_free_obj(void *p);
int64_t rt_live_objects(void);

/* Panics. The hook (set by the VM) supplies the current location and the
 * backtrace of GrokLang function names when a panic has no explicit one. */
typedef struct RtLoc {
    const char *file;
    uint32_t line, col;
} RtLoc;
typedef void (*RtPanicHook)(RtLoc *loc, FILE *backtrace_out, void *ud);
void rt_set_panic_hook(RtPanicHook hook, void *ud);
_Noreturn void rt_panic(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
_Noreturn void rt_panic_msg(const char *msg, size_t len);
/* Tests replace the exit with a longjmp; NULL restores _exit(101). */
typedef void (*RtPanicExit)(void);
void rt_set_panic_exit(RtPanicExit f);

/* Strings. */
RtString *rt_string_new(void);
RtString *rt_string_from(const char *s, size_t n);
RtString *rt_str_immortal(const char *s, size_t n); /* for constants */
void rt_string_free(RtString *s);
void rt_string_push(RtString *s, const char *p, size_t n);
void rt_string_push_char(RtString *s, uint32_t cp);
void rt_string_reserve(RtString *s, size_t extra);
bool rt_string_eq(const RtString *a, const RtString *b);
int rt_string_cmp(const RtString *a, const RtString *b);
void rt_str_retain(RtString *s);
void rt_str_release(RtString *s);
uint64_t rt_string_hash(const RtString *s);

/* Vec<T>: elements are ESIZE slots each. */
RtVec *rt_vec_new(const RtType *elem, uint64_t cap);
void rt_vec_free(RtVec *v);
void rt_vec_push(RtVec *v, const uint64_t *elem);
bool rt_vec_pop(RtVec *v, uint64_t *out);
void rt_vec_clear(RtVec *v);
void rt_vec_swap(RtVec *v, uint64_t i, uint64_t j);
void rt_vec_remove(RtVec *v, uint64_t i, uint64_t *out);
void rt_vec_sort(RtVec *v);
static inline uint64_t *rt_vec_at(RtVec *v, uint64_t i) {
    return v->data + i * v->esize;
}
_Noreturn void rt_panic_bounds(uint64_t index, uint64_t len);

/* Map<K, V>: linear probing, backward-shift deletion, load <= 7/8. */
RtMap *rt_map_new(const RtType *key, const RtType *val);
void rt_map_free(RtMap *m);
/* Inserts (taking ownership of key and value); returns true and moves the
 * previous value to OLD when the key was present (the new key is dropped). */
bool rt_map_insert(RtMap *m, uint64_t key, const uint64_t *val, uint64_t *old);
uint64_t *rt_map_get(RtMap *m, uint64_t key); /* NULL when absent */
bool rt_map_remove(RtMap *m, uint64_t key, uint64_t *old);

/* Cells and closures. */
RtCell *rt_cell_new(const RtType *inner, const uint64_t *value);
void rt_rc_retain(RtCell *c);
void rt_rc_release(RtCell *c);
void rt_arc_retain(RtCell *c);
void rt_arc_release(RtCell *c);
void rt_box_free(RtCell *c);
RtClosure *rt_closure_new(uint64_t fn, const RtType *env, const uint64_t *captures);
void rt_closure_retain(RtClosure *c);
void rt_closure_release(RtClosure *c);

/* Drop and clone a value of type T stored in slots. */
void rt_drop(const RtType *t, uint64_t *slots);
void rt_clone(const RtType *t, const uint64_t *src, uint64_t *dst);
bool rt_key_eq(const RtType *t, uint64_t a, uint64_t b);
uint64_t rt_key_hash(const RtType *t, uint64_t k);

/* Output: stdout is buffered by the runtime and flushed at exit and panic. */
void rt_write_stdout(const char *s, size_t n);
void rt_write_stderr(const char *s, size_t n);
void rt_flush(void);

#endif
