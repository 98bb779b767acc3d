/* Interned Polonius input facts; see polonius_facts.h. */
#include "polonius_facts.h"

#include "arena.h"

#include <stdlib.h>
#include <string.h>

const PfRelSchema pf_schema[PF_NRELS] = {
    [PF_CFG_EDGE] = {"cfg_edge", 2, {PF_POINT, PF_POINT}},
    [PF_LOAN_ISSUED_AT] = {"loan_issued_at", 3, {PF_ORIGIN, PF_LOAN, PF_POINT}},
    [PF_LOAN_KILLED_AT] = {"loan_killed_at", 2, {PF_LOAN, PF_POINT}},
    [PF_LOAN_INVALIDATED_AT] = {"loan_invalidated_at", 2, {PF_POINT, PF_LOAN}},
    [PF_SUBSET_BASE] = {"subset_base", 3, {PF_ORIGIN, PF_ORIGIN, PF_POINT}},
    [PF_VAR_USED_AT] = {"var_used_at", 2, {PF_VAR, PF_POINT}},
    [PF_VAR_DEFINED_AT] = {"var_defined_at", 2, {PF_VAR, PF_POINT}},
    [PF_VAR_DROPPED_AT] = {"var_dropped_at", 2, {PF_VAR, PF_POINT}},
    [PF_USE_OF_VAR_DEREFS_ORIGIN] = {"use_of_var_derefs_origin", 2, {PF_VAR, PF_ORIGIN}},
    [PF_DROP_OF_VAR_DEREFS_ORIGIN] = {"drop_of_var_derefs_origin", 2, {PF_VAR, PF_ORIGIN}},
    [PF_PATH_IS_VAR] = {"path_is_var", 2, {PF_PATH, PF_VAR}},
    [PF_PATH_ASSIGNED_AT_BASE] = {"path_assigned_at_base", 2, {PF_PATH, PF_POINT}},
    [PF_PATH_MOVED_AT_BASE] = {"path_moved_at_base", 2, {PF_PATH, PF_POINT}},
    [PF_PATH_ACCESSED_AT_BASE] = {"path_accessed_at_base", 2, {PF_PATH, PF_POINT}},
    [PF_CHILD_PATH] = {"child_path", 2, {PF_PATH, PF_PATH}},
    [PF_PLACEHOLDER] = {"placeholder", 2, {PF_ORIGIN, PF_LOAN}},
    [PF_KNOWN_PLACEHOLDER_SUBSET] = {"known_placeholder_subset", 2, {PF_ORIGIN, PF_ORIGIN}},
    [PF_UNIVERSAL_REGION] = {"universal_region", 1, {PF_ORIGIN}},
};

void pf_init(PoloniusFacts *f, const char *name) {
    memset(f, 0, sizeof *f);
    f->name = xstrdup(name ? name : "");
}

void pf_free(PoloniusFacts *f) {
    for (int k = 0; k < PF_NKINDS; k++) {
        PfAtoms *a = &f->atoms[k];
        for (uint32_t i = 0; i < a->n; i++)
            free(a->names[i]);
        free(a->names);
        free(a->lens);
        free(a->slots);
    }
    for (int r = 0; r < PF_NRELS; r++)
        free(f->rel[r].v);
    free(f->name);
    memset(f, 0, sizeof *f);
}

static uint64_t hash_bytes(const char *s, size_t n) {
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

static void atoms_rehash(PfAtoms *a, uint32_t nslots) {
    free(a->slots);
    a->slots = xcalloc(nslots, sizeof *a->slots);
    a->nslots = nslots;
    for (uint32_t id = 0; id < a->n; id++) {
        uint32_t i = (uint32_t)hash_bytes(a->names[id], a->lens[id]) & (nslots - 1);
        while (a->slots[i])
            i = (i + 1) & (nslots - 1);
        a->slots[i] = id + 1;
    }
}

uint32_t pf_intern(PoloniusFacts *f, PfKind k, const char *text, size_t len) {
    PfAtoms *a = &f->atoms[k];
    if ((a->n + 1) * 2 > a->nslots)
        atoms_rehash(a, a->nslots ? a->nslots * 2 : 64);
    uint32_t i = (uint32_t)hash_bytes(text, len) & (a->nslots - 1);
    while (a->slots[i]) {
        uint32_t id = a->slots[i] - 1;
        if (a->lens[id] == len && memcmp(a->names[id], text, len) == 0)
            return id;
        i = (i + 1) & (a->nslots - 1);
    }
    if (a->n == a->cap) {
        a->cap = a->cap ? a->cap * 2 : 16;
        a->names = xrealloc(a->names, a->cap * sizeof *a->names);
        a->lens = xrealloc(a->lens, a->cap * sizeof *a->lens);
    }
    char *copy = xmalloc(len + 1);
    memcpy(copy, text, len);
    copy[len] = '\0';
    a->names[a->n] = copy;
    a->lens[a->n] = (uint32_t)len;
    a->slots[i] = a->n + 1;
    return a->n++;
}

const char *pf_atom_name(const PoloniusFacts *f, PfKind k, uint32_t id) {
    return id < f->atoms[k].n ? f->atoms[k].names[id] : "?";
}

uint32_t pf_atom_count(const PoloniusFacts *f, PfKind k) {
    return f->atoms[k].n;
}

void pf_add(PoloniusFacts *f, PfRelId r, const uint32_t *tuple) {
    PfTuples *t = &f->rel[r];
    int arity = pf_schema[r].arity;
    if (t->n == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 16;
        t->v = xrealloc(t->v, t->cap * (size_t)arity * sizeof *t->v);
    }
    memcpy(t->v + t->n * (size_t)arity, tuple, (size_t)arity * sizeof *tuple);
    t->n++;
}

static _Thread_local int cmp_arity;

static int cmp_tuple(const void *x, const void *y) {
    const uint32_t *a = x, *b = y;
    for (int i = 0; i < cmp_arity; i++)
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    return 0;
}

void pf_dedup(PoloniusFacts *f) {
    for (int r = 0; r < PF_NRELS; r++) {
        PfTuples *t = &f->rel[r];
        int arity = pf_schema[r].arity;
        if (t->n < 2)
            continue;
        cmp_arity = arity;
        qsort(t->v, t->n, (size_t)arity * sizeof *t->v, cmp_tuple);
        size_t out = 1;
        for (size_t i = 1; i < t->n; i++) {
            if (cmp_tuple(t->v + i * arity, t->v + (out - 1) * arity) != 0) {
                if (out != i)
                    memcpy(t->v + out * arity, t->v + i * arity, (size_t)arity * sizeof *t->v);
                out++;
            }
        }
        t->n = out;
    }
}

int pf_rel_by_name(const char *name) {
    for (int r = 0; r < PF_NRELS; r++)
        if (strcmp(pf_schema[r].name, name) == 0)
            return r;
    return -1;
}
