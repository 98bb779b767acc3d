/* Map<K, V>: open addressing with linear probing. Keys are one slot (an
 * integer, bool, char or a string handle); the hash is stored with its top
 * bit set so 0 marks an empty bucket. Deletion shifts the following cluster
 * back instead of leaving tombstones, so lookups never slow down after many
 * removals. The table doubles when it would exceed 7/8 full. */
#include "rt.h"

#include <stdlib.h>
#include <string.h>

#define OCCUPIED (1ull << 63)

RtMap *rt_map_new(const RtType *key, const RtType *val) {
    RtMap *m = rt_alloc_obj(sizeof(RtMap));
    memset(m, 0, sizeof *m);
    m->rc = 1;
    m->key = key;
    m->val = val;
    m->vsize = val->nslots;
    return m;
}

void rt_map_free(RtMap *m) {
    if (!m)
        return;
    for (uint64_t i = 0; i < m->cap; i++) {
        if (!m->hashes[i])
            continue;
        rt_drop(m->key, &m->keys[i]);
        rt_drop(m->val, &m->vals[i * m->vsize]);
    }
    free(m->hashes);
    free(m->keys);
    free(m->vals);
    rt_free_obj(m);
}

static void place(RtMap *m, uint64_t h, uint64_t key, const uint64_t *val) {
    uint64_t mask = m->cap - 1;
    uint64_t i = h & mask;
    while (m->hashes[i])
        i = (i + 1) & mask;
    m->hashes[i] = h;
    m->keys[i] = key;
    memcpy(&m->vals[i * m->vsize], val, sizeof(uint64_t) * m->vsize);
}

static void resize(RtMap *m, uint64_t cap) {
    uint64_t *oh = m->hashes, *ok = m->keys, *ov = m->vals, ocap = m->cap;
    m->hashes = calloc(cap, sizeof(uint64_t));
    m->keys = malloc(sizeof(uint64_t) * cap);
    m->vals = malloc(sizeof(uint64_t) * cap * (m->vsize ? m->vsize : 1));
    if (!m->hashes || !m->keys || !m->vals)
        abort();
    m->cap = cap;
    for (uint64_t i = 0; i < ocap; i++)
        if (oh[i])
            place(m, oh[i], ok[i], &ov[i * m->vsize]);
    free(oh);
    free(ok);
    free(ov);
}

static int64_t find(RtMap *m, uint64_t key, uint64_t h) {
    if (!m->cap)
        return -1;
    uint64_t mask = m->cap - 1;
    for (uint64_t i = h & mask;; i = (i + 1) & mask) {
        if (!m->hashes[i])
            return -1;
        if (m->hashes[i] == h && rt_key_eq(m->key, m->keys[i], key))
            return (int64_t)i;
    }
}

bool rt_map_insert(RtMap *m, uint64_t key, const uint64_t *val, uint64_t *old) {
    uint64_t h = rt_key_hash(m->key, key) | OCCUPIED;
    int64_t at = find(m, key, h);
    if (at >= 0) {
        uint64_t *slot = &m->vals[(uint64_t)at * m->vsize];
        if (old)
            memcpy(old, slot, sizeof(uint64_t) * m->vsize);
        else
            rt_drop(m->val, slot);
        memcpy(slot, val, sizeof(uint64_t) * m->vsize);
        rt_drop(m->key, &key);
        return true;
    }
    if ((m->len + 1) * 8 > m->cap * 7)
        resize(m, m->cap ? m->cap * 2 : 8);
    place(m, h, key, val);
    m->len++;
    return false;
}

uint64_t *rt_map_get(RtMap *m, uint64_t key) {
    int64_t at = find(m, key, rt_key_hash(m->key, key) | OCCUPIED);
    return at < 0 ? NULL : &m->vals[(uint64_t)at * m->vsize];
}

bool rt_map_remove(RtMap *m, uint64_t key, uint64_t *old) {
    int64_t at = find(m, key, rt_key_hash(m->key, key) | OCCUPIED);
    if (at < 0)
        return false;
    uint64_t i = (uint64_t)at, mask = m->cap - 1;
    memcpy(old, &m->vals[i * m->vsize], sizeof(uint64_t) * m->vsize);
    rt_drop(m->key, &m->keys[i]);
    /* Backward shift: move later members of the cluster into the hole when
     * their home bucket is not between the hole and their position. */
    for (uint64_t j = (i + 1) & mask; m->hashes[j]; j = (j + 1) & mask) {
        uint64_t home = m->hashes[j] & mask;
        bool movable = i <= j ? (home <= i || home > j) : (home <= i && home > j);
        if (!movable)
            continue;
        m->hashes[i] = m->hashes[j];
        m->keys[i] = m->keys[j];
        memcpy(&m->vals[i * m->vsize], &m->vals[j * m->vsize], sizeof(uint64_t) * m->vsize);
        i = j;
    }
    m->hashes[i] = 0;
    m->len--;
    return true;
}
