/* Runtime core: allocation accounting, panics, buffered output, Box/Rc/Arc
 * cells, closures, and drop/clone driven by type descriptors. */
#include "rt.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static atomic_llong live_objects;

void *rt_alloc_obj(size_t size) {
    void *p = malloc(size);
    if (!p) {
        fputs("grok runtime: out of memory\n", stderr);
        abort();
    }
    atomic_fetch_add_explicit(&live_objects, 1, memory_order_relaxed);
    return p;
}

void rt_free_obj(void *p) {
    if (!p)
        return;
    atomic_fetch_sub_explicit(&live_objects, 1, memory_order_relaxed);
    free(p);
}

int64_t rt_live_objects(void) {
    return atomic_load_explicit(&live_objects, memory_order_relaxed);
}

static char out_buf[1 << 16];
static size_t out_len;

void rt_flush(void) {
    size_t off = 0;
    while (off < out_len) {
        ssize_t w = write(1, out_buf + off, out_len - off);
        if (w <= 0)
            break;
        off += (size_t)w;
    }
    out_len = 0;
}

void rt_write_stdout(const char *s, size_t n) {
    if (out_len + n > sizeof out_buf) {
        rt_flush();
        if (n > sizeof out_buf) {
            fwrite(s, 1, n, stdout);
            fflush(stdout);
            return;
        }
    }
    memcpy(out_buf + out_len, s, n);
    out_len += n;
}

void rt_write_stderr(const char *s, size_t n) {
    rt_flush();
    fwrite(s, 1, n, stderr);
}

static RtPanicHook panic_hook;
static void *panic_hook_ud;
static RtPanicExit panic_exit;

void rt_set_panic_hook(RtPanicHook hook, void *ud) {
    panic_hook = hook;
    panic_hook_ud = ud;
}

void rt_set_panic_exit(RtPanicExit f) {
    panic_exit = f;
}

_Noreturn void rt_panic_msg(const char *msg, size_t len) {
    rt_flush();
    RtLoc loc = {NULL, 0, 0};
    char *bt = NULL;
    size_t btlen = 0;
    FILE *btf = open_memstream(&bt, &btlen);
    if (panic_hook)
        panic_hook(&loc, btf, panic_hook_ud);
    fclose(btf);
    if (loc.file)
        fprintf(stderr, "thread 'main' panicked at %s:%u:%u:\n", loc.file, loc.line, loc.col);
    else
        fputs("thread 'main' panicked:\n", stderr);
    fwrite(msg, 1, len, stderr);
    fputc('\n', stderr);
    if (btlen) {
        fputs("stack backtrace:\n", stderr);
        fwrite(bt, 1, btlen, stderr);
    }
    free(bt);
    fflush(stderr);
    if (panic_exit)
        panic_exit();
    _exit(101);
}

_Noreturn void rt_panic(const char *fmt, ...) {
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    rt_panic_msg(buf, n < (int)sizeof buf ? (size_t)n : sizeof buf - 1);
}

_Noreturn void rt_panic_bounds(uint64_t index, uint64_t len) {
    rt_panic("index out of bounds: the len is %llu but the index is %llu", (unsigned long long)len,
             (unsigned long long)index);
}

RtCell *rt_cell_new(const RtType *inner, const uint64_t *value) {
    RtCell *c = rt_alloc_obj(sizeof(RtCell) + sizeof(uint64_t) * inner->nslots);
    c->rc = 1;
    c->inner = inner;
    memcpy(c->data, value, sizeof(uint64_t) * inner->nslots);
    return c;
}

void rt_box_free(RtCell *c) {
    if (!c)
        return;
    if (c->inner->needs_drop)
        rt_drop(c->inner, c->data);
    rt_free_obj(c);
}

void rt_rc_retain(RtCell *c) {
    c->rc++;
}

void rt_rc_release(RtCell *c) {
    if (--c->rc == 0)
        rt_box_free(c);
}

void rt_arc_retain(RtCell *c) {
    __atomic_fetch_add(&c->rc, 1, __ATOMIC_RELAXED);
}

void rt_arc_release(RtCell *c) {
    if (__atomic_sub_fetch(&c->rc, 1, __ATOMIC_ACQ_REL) == 0)
        rt_box_free(c);
}

RtClosure *rt_closure_new(uint64_t fn, const RtType *env, const uint64_t *captures) {
    RtClosure *c = rt_alloc_obj(sizeof(RtClosure) + sizeof(uint64_t) * env->nslots);
    c->rc = 1;
    c->fn = fn;
    c->env = env;
    memcpy(c->data, captures, sizeof(uint64_t) * env->nslots);
    return c;
}

void rt_closure_retain(RtClosure *c) {
    c->rc++;
}

void rt_closure_release(RtClosure *c) {
    if (--c->rc == 0) {
        if (c->env->needs_drop)
            rt_drop(c->env, c->data);
        rt_free_obj(c);
    }
}

void rt_drop(const RtType *t, uint64_t *s) {
    if (!t->needs_drop)
        return;
    switch (t->kind) {
    case RK_STR:
        rt_str_release((RtString *)(uintptr_t)s[0]);
        break;
    case RK_STRING:
        rt_string_free((RtString *)(uintptr_t)s[0]);
        break;
    case RK_VEC:
        rt_vec_free((RtVec *)(uintptr_t)s[0]);
        break;
    case RK_MAP:
        rt_map_free((RtMap *)(uintptr_t)s[0]);
        break;
    case RK_BOX:
        rt_box_free((RtCell *)(uintptr_t)s[0]);
        break;
    case RK_RC:
        rt_rc_release((RtCell *)(uintptr_t)s[0]);
        break;
    case RK_ARC:
        rt_arc_release((RtCell *)(uintptr_t)s[0]);
        break;
    case RK_CLOSURE:
        if (s[0])
            rt_closure_release((RtClosure *)(uintptr_t)s[0]);
        break;
    case RK_TUPLE:
    case RK_STRUCT:
        for (uint32_t i = 0; i < t->nfields; i++)
            rt_drop(t->fields[i], s + t->offsets[i]);
        break;
    case RK_ARRAY:
        for (uint32_t i = 0; i < t->nfields; i++)
            rt_drop(t->elem, s + (size_t)i * t->elem->nslots);
        break;
    case RK_ENUM:
    case RK_OPTION:
    case RK_RESULT: {
        if (s[0] >= t->nvariants)
            break;
        const RtVariant *v = &t->variants[s[0]];
        for (uint32_t i = 0; i < v->nfields; i++)
            rt_drop(v->fields[i], s + v->offsets[i]);
        break;
    }
    default:
        break;
    }
}

void rt_clone(const RtType *t, const uint64_t *src, uint64_t *dst) {
    if (!t->needs_drop) {
        memmove(dst, src, sizeof(uint64_t) * t->nslots);
        return;
    }
    switch (t->kind) {
    case RK_STR:
        rt_str_retain((RtString *)(uintptr_t)src[0]);
        dst[0] = src[0];
        break;
    case RK_STRING: {
        RtString *s = (RtString *)(uintptr_t)src[0];
        dst[0] = (uint64_t)(uintptr_t)rt_string_from(s->data, s->len);
        break;
    }
    case RK_VEC: {
        RtVec *v = (RtVec *)(uintptr_t)src[0];
        RtVec *n = rt_vec_new(v->elem, v->len);
        for (uint64_t i = 0; i < v->len; i++)
            rt_clone(v->elem, rt_vec_at(v, i), rt_vec_at(n, i));
        n->len = v->len;
        dst[0] = (uint64_t)(uintptr_t)n;
        break;
    }
    case RK_MAP: {
        RtMap *m = (RtMap *)(uintptr_t)src[0];
        RtMap *n = rt_map_new(m->key, m->val);
        uint64_t tmpv[64];
        for (uint64_t i = 0; i < m->cap; i++) {
            if (!m->hashes[i])
                continue;
            uint64_t k;
            uint64_t *vv = m->vsize <= 64 ? tmpv : rt_alloc_obj(sizeof(uint64_t) * m->vsize);
            rt_clone(m->key, &m->keys[i], &k);
            rt_clone(m->val, &m->vals[i * m->vsize], vv);
            rt_map_insert(n, k, vv, NULL);
            if (vv != tmpv)
                rt_free_obj(vv);
        }
        dst[0] = (uint64_t)(uintptr_t)n;
        break;
    }
    case RK_BOX: {
        RtCell *c = (RtCell *)(uintptr_t)src[0];
        RtCell *n = rt_alloc_obj(sizeof(RtCell) + sizeof(uint64_t) * c->inner->nslots);
        n->rc = 1;
        n->inner = c->inner;
        rt_clone(c->inner, c->data, n->data);
        dst[0] = (uint64_t)(uintptr_t)n;
        break;
    }
    case RK_RC:
        rt_rc_retain((RtCell *)(uintptr_t)src[0]);
        dst[0] = src[0];
        break;
    case RK_ARC:
        rt_arc_retain((RtCell *)(uintptr_t)src[0]);
        dst[0] = src[0];
        break;
    case RK_CLOSURE:
        rt_closure_retain((RtClosure *)(uintptr_t)src[0]);
        dst[0] = src[0];
        break;
    case RK_TUPLE:
    case RK_STRUCT:
        for (uint32_t i = 0; i < t->nfields; i++)
            rt_clone(t->fields[i], src + t->offsets[i], dst + t->offsets[i]);
        break;
    case RK_ARRAY:
        for (uint32_t i = 0; i < t->nfields; i++)
            rt_clone(t->elem, src + (size_t)i * t->elem->nslots, dst + (size_t)i * t->elem->nslots);
        break;
    case RK_ENUM:
    case RK_OPTION:
    case RK_RESULT: {
        memmove(dst, src, sizeof(uint64_t) * t->nslots);
        if (src[0] >= t->nvariants)
            break;
        const RtVariant *v = &t->variants[src[0]];
        for (uint32_t i = 0; i < v->nfields; i++)
            rt_clone(v->fields[i], src + v->offsets[i], dst + v->offsets[i]);
        break;
    }
    default:
        memmove(dst, src, sizeof(uint64_t) * t->nslots);
    }
}

bool rt_key_eq(const RtType *t, uint64_t a, uint64_t b) {
    if (t->kind == RK_STR || t->kind == RK_STRING)
        return rt_string_eq((RtString *)(uintptr_t)a, (RtString *)(uintptr_t)b);
    return a == b;
}

uint64_t rt_key_hash(const RtType *t, uint64_t k) {
    if (t->kind == RK_STR || t->kind == RK_STRING)
        return rt_string_hash((RtString *)(uintptr_t)k);
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdull;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ull;
    k ^= k >> 33;
    return k;
}
