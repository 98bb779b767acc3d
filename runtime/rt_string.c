/* String and str: a byte buffer with length and capacity. A `string` is
 * owned by one value and freed by drop; a `str` is immutable and counted
 * (constants are immortal). Both are valid UTF-8 by construction. */
#include "rt.h"

#include <stdlib.h>
#include <string.h>

#define IMMORTAL INT64_MIN

RtString *rt_string_new(void) {
    RtString *s = rt_alloc_obj(sizeof(RtString));
    s->rc = 1;
    s->len = s->cap = 0;
    s->data = NULL;
    return s;
}

RtString *rt_string_from(const char *p, size_t n) {
    RtString *s = rt_string_new();
    rt_string_push(s, p, n);
    return s;
}

RtString *rt_str_immortal(const char *p, size_t n) {
    RtString *s = malloc(sizeof(RtString));
    if (!s)
        abort();
    s->rc = IMMORTAL;
    s->len = s->cap = n;
    s->data = malloc(n ? n : 1);
    if (!s->data)
        abort();
    memcpy(s->data, p, n);
    return s;
}

void rt_string_free(RtString *s) {
    if (!s || s->rc < 0)
        return;
    free(s->data);
    rt_free_obj(s);
}

void rt_str_retain(RtString *s) {
    if (s->rc >= 0)
        s->rc++;
}

void rt_str_release(RtString *s) {
    if (s && s->rc >= 0 && --s->rc == 0) {
        free(s->data);
        rt_free_obj(s);
    }
}

void rt_string_reserve(RtString *s, size_t extra) {
    if (s->len + extra <= s->cap)
        return;
    uint64_t cap = s->cap ? s->cap * 2 : 16;
    while (cap < s->len + extra)
        cap *= 2;
    char *d = realloc(s->data, cap);
    if (!d)
        abort();
    s->data = d;
    s->cap = cap;
}

void rt_string_push(RtString *s, const char *p, size_t n) {
    if (!n)
        return;
    rt_string_reserve(s, n);
    memcpy(s->data + s->len, p, n);
    s->len += n;
}

void rt_string_push_char(RtString *s, uint32_t cp) {
    char buf[4];
    int n;
    if (cp < 0x80) {
        buf[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        buf[0] = (char)(0xc0 | (cp >> 6));
        buf[1] = (char)(0x80 | (cp & 0x3f));
        n = 2;
    } else if (cp < 0x10000) {
        buf[0] = (char)(0xe0 | (cp >> 12));
        buf[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
        buf[2] = (char)(0x80 | (cp & 0x3f));
        n = 3;
    } else {
        buf[0] = (char)(0xf0 | (cp >> 18));
        buf[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
        buf[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
        buf[3] = (char)(0x80 | (cp & 0x3f));
        n = 4;
    }
    rt_string_push(s, buf, (size_t)n);
}

bool rt_string_eq(const RtString *a, const RtString *b) {
    return a->len == b->len && (a->len == 0 || memcmp(a->data, b->data, a->len) == 0);
}

int rt_string_cmp(const RtString *a, const RtString *b) {
    size_t n = a->len < b->len ? a->len : b->len;
    int c = n ? memcmp(a->data, b->data, n) : 0;
    if (c)
        return c < 0 ? -1 : 1;
    return a->len < b->len ? -1 : a->len > b->len ? 1 : 0;
}

uint64_t rt_string_hash(const RtString *s) {
    uint64_t h = 0x9e3779b97f4a7c15ull ^ s->len;
    size_t i = 0;
    for (; i + 8 <= s->len; i += 8) {
        uint64_t w;
        memcpy(&w, s->data + i, 8);
        h = (h ^ w) * 0xbf58476d1ce4e5b9ull;
        h ^= h >> 31;
    }
    uint64_t tail = 0;
    for (size_t k = 0; i < s->len; i++, k++)
        tail |= (uint64_t)(uint8_t)s->data[i] << (8 * k);
    h = (h ^ tail) * 0x94d049bb133111ebull;
    h ^= h >> 29;
    return h;
}
