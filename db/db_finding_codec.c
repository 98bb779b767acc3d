/* A finding's variable-length parts (related spans, notes, witness steps)
 * stored as one blob in findings.detail, so a cached result loads with one
 * row per finding. Layout, little-endian:
 *
 *   u32 nrelated, loc*; u32 nnotes, str*; u32 nwitness, (loc, str)*
 *   loc = str file, i32 line, col, end_line, end_col, u32 byte_start,
 *         byte_end, str label
 *   str = u32 length (0xFFFFFFFF for NULL), bytes
 *
 * Decoding checks every length against the blob, so a damaged row gives an
 * error instead of a wild read. */
#include "db/db_internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct Out {
    unsigned char *p;
    size_t len, cap;
} Out;

static void put(Out *o, const void *data, size_t n) {
    if (o->len + n > o->cap) {
        while (o->len + n > o->cap)
            o->cap = o->cap ? o->cap * 2 : 128;
        o->p = xrealloc(o->p, o->cap);
    }
    memcpy(o->p + o->len, data, n);
    o->len += n;
}

static void put_u32(Out *o, uint32_t v) {
    unsigned char b[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                          (unsigned char)(v >> 24)};
    put(o, b, 4);
}

static void put_str(Out *o, const char *s) {
    if (!s) {
        put_u32(o, 0xFFFFFFFFu);
        return;
    }
    size_t n = strlen(s);
    put_u32(o, (uint32_t)n);
    put(o, s, n);
}

static void put_loc(Out *o, const FindingLoc *l) {
    put_str(o, l->file);
    put_u32(o, (uint32_t)l->line);
    put_u32(o, (uint32_t)l->col);
    put_u32(o, (uint32_t)l->end_line);
    put_u32(o, (uint32_t)l->end_col);
    put_u32(o, l->byte_start);
    put_u32(o, l->byte_end);
    put_str(o, l->label);
}

void *db_detail_encode(const Finding *f, int *len) {
    if (f->nrelated == 0 && f->nnotes == 0 && f->nwitness == 0) {
        *len = 0;
        return NULL;
    }
    Out o = {0};
    put_u32(&o, (uint32_t)f->nrelated);
    for (int i = 0; i < f->nrelated; i++)
        put_loc(&o, &f->related[i]);
    put_u32(&o, (uint32_t)f->nnotes);
    for (int i = 0; i < f->nnotes; i++)
        put_str(&o, f->notes[i]);
    put_u32(&o, (uint32_t)f->nwitness);
    for (int i = 0; i < f->nwitness; i++) {
        put_loc(&o, &f->witness[i].loc);
        put_str(&o, f->witness[i].message);
    }
    *len = (int)o.len;
    return o.p;
}

typedef struct In {
    const unsigned char *p;
    size_t len, pos;
    bool bad;
} In;

static uint32_t get_u32(In *in) {
    if (in->len - in->pos < 4) {
        in->bad = true;
        return 0;
    }
    const unsigned char *b = in->p + in->pos;
    in->pos += 4;
    return (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
}

static const char *get_str(In *in, Arena *a) {
    uint32_t n = get_u32(in);
    if (in->bad || n == 0xFFFFFFFFu)
        return NULL;
    if (in->len - in->pos < n) {
        in->bad = true;
        return NULL;
    }
    const char *s = arena_strndup(a, (const char *)in->p + in->pos, n);
    in->pos += n;
    return s;
}

static void get_loc(In *in, FindingLoc *l, Arena *a) {
    l->file = get_str(in, a);
    l->line = (int)get_u32(in);
    l->col = (int)get_u32(in);
    l->end_line = (int)get_u32(in);
    l->end_col = (int)get_u32(in);
    l->byte_start = get_u32(in);
    l->byte_end = get_u32(in);
    l->label = get_str(in, a);
}

/* A count can't exceed what the remaining bytes could encode. */
static int get_count(In *in, size_t min_item) {
    uint32_t n = get_u32(in);
    if (in->bad || (size_t)n > (in->len - in->pos) / min_item) {
        in->bad = true;
        return 0;
    }
    return (int)n;
}

int db_detail_decode(const void *blob, int len, Finding *f, Arena *a) {
    if (!blob || len <= 0)
        return 0;
    In in = {blob, (size_t)len, 0, false};
    int n = get_count(&in, 32);
    if (n > 0) {
        f->related = arena_alloc(a, sizeof(FindingLoc) * (size_t)n);
        for (int i = 0; i < n && !in.bad; i++)
            get_loc(&in, &f->related[i], a);
        f->nrelated = n;
    }
    n = get_count(&in, 4);
    if (n > 0) {
        f->notes = arena_alloc(a, sizeof(char *) * (size_t)n);
        for (int i = 0; i < n && !in.bad; i++)
            f->notes[i] = get_str(&in, a);
        f->nnotes = n;
    }
    n = get_count(&in, 36);
    if (n > 0) {
        f->witness = arena_alloc(a, sizeof(WitnessStep) * (size_t)n);
        for (int i = 0; i < n && !in.bad; i++) {
            get_loc(&in, &f->witness[i].loc, a);
            f->witness[i].message = get_str(&in, a);
        }
        f->nwitness = n;
    }
    if (in.bad || in.pos != in.len) {
        f->nrelated = f->nnotes = f->nwitness = 0;
        return -1;
    }
    for (int i = 0; i < f->nnotes; i++)
        if (!f->notes[i])
            f->notes[i] = "";
    return 0;
}
