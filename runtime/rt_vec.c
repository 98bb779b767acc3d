/* Vec<T>: a growable array of fixed-size elements (esize slots each).
 * Growth doubles the capacity; elements are moved bitwise. */
#include "rt.h"

#include <stdlib.h>
#include <string.h>

RtVec *rt_vec_new(const RtType *elem, uint64_t cap) {
    RtVec *v = rt_alloc_obj(sizeof(RtVec));
    v->rc = 1;
    v->elem = elem;
    v->esize = elem->nslots;
    v->len = 0;
    v->cap = cap;
    v->data = cap ? malloc(sizeof(uint64_t) * v->esize * cap) : NULL;
    if (cap && !v->data)
        abort();
    return v;
}

void rt_vec_free(RtVec *v) {
    if (!v)
        return;
    if (v->elem->needs_drop)
        for (uint64_t i = 0; i < v->len; i++)
            rt_drop(v->elem, rt_vec_at(v, i));
    free(v->data);
    rt_free_obj(v);
}

static void grow(RtVec *v) {
    uint64_t cap = v->cap ? v->cap * 2 : 4;
    uint64_t *d = realloc(v->data, sizeof(uint64_t) * v->esize * cap);
    if (!d)
        abort();
    v->data = d;
    v->cap = cap;
}

void rt_vec_push(RtVec *v, const uint64_t *elem) {
    if (v->len == v->cap)
        grow(v);
    memcpy(rt_vec_at(v, v->len), elem, sizeof(uint64_t) * v->esize);
    v->len++;
}

bool rt_vec_pop(RtVec *v, uint64_t *out) {
    if (!v->len)
        return false;
    v->len--;
    memcpy(out, rt_vec_at(v, v->len), sizeof(uint64_t) * v->esize);
    return true;
}

void rt_vec_clear(RtVec *v) {
    if (v->elem->needs_drop)
        for (uint64_t i = 0; i < v->len; i++)
            rt_drop(v->elem, rt_vec_at(v, i));
    v->len = 0;
}

void rt_vec_swap(RtVec *v, uint64_t i, uint64_t j) {
    if (i >= v->len)
        rt_panic_bounds(i, v->len);
    if (j >= v->len)
        rt_panic_bounds(j, v->len);
    for (uint32_t k = 0; k < v->esize; k++) {
        uint64_t t = rt_vec_at(v, i)[k];
        rt_vec_at(v, i)[k] = rt_vec_at(v, j)[k];
        rt_vec_at(v, j)[k] = t;
    }
}

void rt_vec_remove(RtVec *v, uint64_t i, uint64_t *out) {
    if (i >= v->len)
        rt_panic("removal index (is %llu) should be < len (is %llu)", (unsigned long long)i,
                 (unsigned long long)v->len);
    memcpy(out, rt_vec_at(v, i), sizeof(uint64_t) * v->esize);
    memmove(rt_vec_at(v, i), rt_vec_at(v, i + 1), sizeof(uint64_t) * v->esize * (v->len - i - 1));
    v->len--;
}

/* Total order used by sort: by signedness for ints, IEEE order with NaN last
 * for floats, byte order for strings. */
static int compare(RtKind k, uint64_t a, uint64_t b) {
    switch (k) {
    case RK_I8:
    case RK_I16:
    case RK_I32:
    case RK_I64:
    case RK_ISIZE:
        return (int64_t)a < (int64_t)b ? -1 : (int64_t)a > (int64_t)b;
    case RK_F64: {
        double x, y;
        memcpy(&x, &a, 8);
        memcpy(&y, &b, 8);
        if (x != x || y != y)
            return (x != x) - (y != y);
        return x < y ? -1 : x > y;
    }
    case RK_F32: {
        float x, y;
        uint32_t a32 = (uint32_t)a, b32 = (uint32_t)b;
        memcpy(&x, &a32, 4);
        memcpy(&y, &b32, 4);
        if (x != x || y != y)
            return (x != x) - (y != y);
        return x < y ? -1 : x > y;
    }
    case RK_STR:
    case RK_STRING:
        return rt_string_cmp((RtString *)(uintptr_t)a, (RtString *)(uintptr_t)b);
    default:
        return a < b ? -1 : a > b;
    }
}

/* Stable bottom-up merge sort (like Rust's sort, stable). */
void rt_vec_sort(RtVec *v) {
    uint64_t n = v->len;
    if (n < 2 || v->esize != 1)
        return;
    RtKind k = v->elem->kind;
    uint64_t *a = v->data, *tmp = malloc(sizeof(uint64_t) * n);
    if (!tmp)
        abort();
    for (uint64_t i = 0; i < n; i += 16) { /* insertion-sort runs of 16 */
        uint64_t end = i + 16 < n ? i + 16 : n;
        for (uint64_t j = i + 1; j < end; j++) {
            uint64_t x = a[j], p = j;
            while (p > i && compare(k, a[p - 1], x) > 0) {
                a[p] = a[p - 1];
                p--;
            }
            a[p] = x;
        }
    }
    for (uint64_t width = 16; width < n; width *= 2) {
        for (uint64_t lo = 0; lo < n; lo += 2 * width) {
            uint64_t mid = lo + width < n ? lo + width : n;
            uint64_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            uint64_t i = lo, j = mid, o = lo;
            while (i < mid && j < hi)
                tmp[o++] = compare(k, a[j], a[i]) < 0 ? a[j++] : a[i++];
            while (i < mid)
                tmp[o++] = a[i++];
            while (j < hi)
                tmp[o++] = a[j++];
        }
        memcpy(a, tmp, sizeof(uint64_t) * n);
    }
    free(tmp);
}
