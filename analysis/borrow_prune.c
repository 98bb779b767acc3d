/* Exact fact pruning for the borrow rules; see borrow_prune.h. */
#include "borrow_prune.h"

#include "arena.h"

#include <stdlib.h>
#include <string.h>

/* The subset_base graph in compressed rows: successors of origin o are
 * succ[start[o] .. start[o + 1]). Duplicate edges (one per point) stay: the
 * search marks each origin once, so they cost a visit, not a re-expansion. */
typedef struct OriginGraph {
    uint32_t *start, *succ;
} OriginGraph;

static OriginGraph graph_build(const PoloniusFacts *f, bool reverse) {
    uint32_t no = pf_atom_count(f, PF_ORIGIN);
    const PfTuples *sb = &f->rel[PF_SUBSET_BASE];
    int from = reverse ? 1 : 0, to = reverse ? 0 : 1;
    OriginGraph g = {xcalloc((size_t)no + 2, sizeof(uint32_t)),
                     xmalloc((sb->n ? sb->n : 1) * sizeof(uint32_t))};
    for (size_t i = 0; i < sb->n; i++)
        g.start[sb->v[i * 3 + from] + 1]++;
    for (uint32_t o = 0; o < no; o++)
        g.start[o + 1] += g.start[o];
    uint32_t *fill = xmalloc(((size_t)no + 1) * sizeof *fill);
    memcpy(fill, g.start, ((size_t)no + 1) * sizeof *fill);
    for (size_t i = 0; i < sb->n; i++)
        g.succ[fill[sb->v[i * 3 + from]]++] = sb->v[i * 3 + to];
    free(fill);
    return g;
}

static void graph_free(OriginGraph *g) {
    free(g->start);
    free(g->succ);
}

/* Marks in REACH every origin reachable from the origins already marked. */
static void graph_close(const OriginGraph *g, uint32_t norigins, uint8_t *reach) {
    uint32_t *stack = xmalloc((norigins ? norigins : 1) * sizeof *stack);
    uint32_t top = 0;
    for (uint32_t o = 0; o < norigins; o++)
        if (reach[o])
            stack[top++] = o;
    while (top) {
        uint32_t o = stack[--top];
        for (uint32_t k = g->start[o]; k < g->start[o + 1]; k++) {
            uint32_t s = g->succ[k];
            if (!reach[s]) {
                reach[s] = 1;
                stack[top++] = s;
            }
        }
    }
    free(stack);
}

static uint8_t *invalidated_loans(const PoloniusFacts *f) {
    uint8_t *l = xcalloc(pf_atom_count(f, PF_LOAN) + 1, 1);
    const PfTuples *t = &f->rel[PF_LOAN_INVALIDATED_AT];
    for (size_t i = 0; i < t->n; i++)
        l[t->v[i * 2 + 1]] = 1;
    return l;
}

/* Marks the issuing origins of the loans in LOANS. */
static void mark_issuing_origins(const PoloniusFacts *f, const uint8_t *loans, uint8_t *origins) {
    const PfTuples *t = &f->rel[PF_LOAN_ISSUED_AT];
    for (size_t i = 0; i < t->n; i++)
        if (loans[t->v[i * 3 + 1]])
            origins[t->v[i * 3]] = 1;
}

/* Variables whose use or drop derefs a live-relevant origin; whether any
 * such drop exists (then the initialisation facts matter). */
static bool mark_vars(const PoloniusFacts *f, BorrowPrune *p) {
    p->var = xcalloc(pf_atom_count(f, PF_VAR) + 1, 1);
    const PfTuples *u = &f->rel[PF_USE_OF_VAR_DEREFS_ORIGIN];
    for (size_t i = 0; i < u->n; i++)
        if (p->live[u->v[i * 2 + 1]])
            p->var[u->v[i * 2]] = 1;
    bool drops = false;
    const PfTuples *d = &f->rel[PF_DROP_OF_VAR_DEREFS_ORIGIN];
    for (size_t i = 0; i < d->n; i++)
        if (p->live[d->v[i * 2 + 1]]) {
            p->var[d->v[i * 2]] = 1;
            drops = true;
        }
    return drops;
}

static bool edge_kept(const BorrowPrune *p, uint32_t a, uint32_t b) {
    return p->edge[a] == BORROW_EDGE_ALL ||
           (p->edge[a] == BORROW_EDGE_TO_PLACEHOLDER && p->to_placeholder[b]);
}

static int cmp_u64(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static void make_pairs(const PoloniusFacts *f, BorrowPrune *p) {
    const PfTuples *sb = &f->rel[PF_SUBSET_BASE];
    uint64_t *keys = xmalloc((sb->n ? sb->n : 1) * sizeof *keys);
    size_t n = 0;
    for (size_t i = 0; i < sb->n; i++) {
        uint32_t a = sb->v[i * 3], b = sb->v[i * 3 + 1];
        if (a != b && edge_kept(p, a, b))
            keys[n++] = (uint64_t)a << 32 | b;
    }
    if (n > 1)
        qsort(keys, n, sizeof *keys, cmp_u64);
    p->pairs = xmalloc((n ? n : 1) * 2 * sizeof *p->pairs);
    for (size_t i = 0; i < n; i++) {
        if (i && keys[i] == keys[i - 1])
            continue;
        p->pairs[p->npairs * 2] = (uint32_t)(keys[i] >> 32);
        p->pairs[p->npairs * 2 + 1] = (uint32_t)keys[i];
        p->npairs++;
    }
    free(keys);
}

/* Paths that share a move with their ancestors or descendants: an access
 * of any other path cannot be a move error, since it reaches no moved path
 * (child_path carries accesses down, moves down too). */
static uint8_t *paths_near_moves(const PoloniusFacts *f) {
    uint32_t np = pf_atom_count(f, PF_PATH);
    uint8_t *down = xcalloc((size_t)np + 1, 1), *up = xcalloc((size_t)np + 1, 1);
    const PfTuples *m = &f->rel[PF_PATH_MOVED_AT_BASE], *c = &f->rel[PF_CHILD_PATH];
    for (size_t i = 0; i < m->n; i++)
        down[m->v[2 * i]] = up[m->v[2 * i]] = 1;
    for (bool grew = true; grew;) { /* path trees are shallow */
        grew = false;
        for (size_t i = 0; i < c->n; i++) {
            uint32_t child = c->v[2 * i], parent = c->v[2 * i + 1];
            if (down[parent] && !down[child])
                down[child] = 1, grew = true;
            if (up[child] && !up[parent])
                up[parent] = 1, grew = true;
        }
    }
    for (uint32_t x = 0; x < np; x++)
        down[x] |= up[x];
    free(up);
    return down;
}

/* Contracts the chains of CFG points that no kept fact mentions and that
 * have one predecessor and one successor: every relation of the rules only
 * passes through them unchanged, so the values at the other points stay the
 * same, and Z3's semi-naive loop, one CFG step per iteration, runs as many
 * fewer iterations. Only for the location-insensitive rules: the full rules
 * report subset errors at every point, these ones included. */
static void contract_cfg(const PoloniusFacts *f, BorrowPrune *p) {
    uint32_t np = pf_atom_count(f, PF_POINT);
    const PfTuples *cfg = &f->rel[PF_CFG_EDGE];
    uint8_t *keep = xcalloc((size_t)np + 1, 1);
    uint32_t *indeg = xcalloc((size_t)np + 1, sizeof *indeg);
    uint32_t *outdeg = xcalloc((size_t)np + 1, sizeof *outdeg);
    uint32_t *succ = xcalloc((size_t)np + 1, sizeof *succ);
    for (int r = 0; r < PF_NRELS; r++) {
        if (r == PF_CFG_EDGE)
            continue;
        const PfRelSchema *sc = &pf_schema[r];
        for (size_t i = 0; i < f->rel[r].n; i++) {
            if (!borrow_prune_keeps(p, f, (PfRelId)r, i))
                continue;
            for (int c = 0; c < sc->arity; c++)
                if (sc->kinds[c] == PF_POINT)
                    keep[f->rel[r].v[i * sc->arity + c]] = 1;
        }
    }
    for (size_t i = 0; i < cfg->n; i++) {
        outdeg[cfg->v[2 * i]]++;
        indeg[cfg->v[2 * i + 1]]++;
        succ[cfg->v[2 * i]] = cfg->v[2 * i + 1];
    }
    size_t removed = 0;
    for (uint32_t x = 0; x < np; x++) {
        keep[x] |= indeg[x] != 1 || outdeg[x] != 1 || succ[x] == x;
        removed += !keep[x];
    }
    if (removed > 0) {
        p->edges = xmalloc((cfg->n ? cfg->n : 1) * 2 * sizeof *p->edges);
        for (size_t i = 0; i < cfg->n && p->edges; i++) {
            uint32_t a = cfg->v[2 * i], t = cfg->v[2 * i + 1];
            if (!keep[a])
                continue;
            /* A chain only of removed points would be a cycle entered from
             * nowhere; the bound keeps odd input from looping. */
            for (uint32_t steps = 0; !keep[t] && steps <= np; steps++)
                t = succ[t];
            if (!keep[t]) {
                free(p->edges);
                p->edges = NULL;
                p->nedges = 0;
                break;
            }
            p->edges[2 * p->nedges] = a;
            p->edges[2 * p->nedges + 1] = t;
            p->nedges++;
        }
    }
    free(keep);
    free(indeg);
    free(outdeg);
    free(succ);
}

static void finish(const PoloniusFacts *f, BorrowPrune *p) {
    if (p->moves)
        p->moved = paths_near_moves(f);
    bool drops = mark_vars(f, p);
    p->paths = p->moves || drops;
    p->universal_live = false;
    const PfTuples *u = &f->rel[PF_UNIVERSAL_REGION];
    for (size_t i = 0; i < u->n; i++)
        if (p->live[u->v[i]])
            p->universal_live = true;
    if (p->subset_pairs) {
        make_pairs(f, p);
        contract_cfg(f, p);
    }
    p->size = pf_atom_count(f, PF_POINT) + p->npairs + p->nedges;
    for (int r = 0; r < PF_NRELS; r++)
        for (size_t i = 0; i < f->rel[r].n; i++)
            p->size += borrow_prune_keeps(p, f, (PfRelId)r, i);
}

static uint8_t *universal_regions(const PoloniusFacts *f) {
    uint8_t *u = xcalloc(pf_atom_count(f, PF_ORIGIN) + 1, 1);
    const PfTuples *t = &f->rel[PF_UNIVERSAL_REGION];
    for (size_t i = 0; i < t->n; i++)
        u[t->v[i]] = 1;
    return u;
}

/* Fills edge, to_placeholder and live from the loans in p->loan and the
 * placeholder seeds PLACEHOLDERS (per origin). */
static void mark_origins(const PoloniusFacts *f, const uint8_t *placeholders, BorrowPrune *p) {
    uint32_t no = pf_atom_count(f, PF_ORIGIN);
    OriginGraph g = graph_build(f, false);
    uint8_t *from_loans = xcalloc((size_t)no + 1, 1);
    mark_issuing_origins(f, p->loan, from_loans);
    graph_close(&g, no, from_loans);
    uint8_t *from_ph = xmalloc((size_t)no + 1);
    memcpy(from_ph, placeholders, (size_t)no + 1);
    graph_close(&g, no, from_ph);
    graph_free(&g);
    OriginGraph rg = graph_build(f, true);
    p->to_placeholder = universal_regions(f);
    graph_close(&rg, no, p->to_placeholder);
    graph_free(&rg);
    p->edge = xcalloc((size_t)no + 1, 1);
    p->live = xcalloc((size_t)no + 1, 1);
    for (uint32_t o = 0; o < no; o++) {
        bool ph = from_ph[o] && p->to_placeholder[o];
        p->edge[o] = from_loans[o] ? BORROW_EDGE_ALL : ph ? BORROW_EDGE_TO_PLACEHOLDER : 0;
        p->live[o] = from_loans[o] || ph;
    }
    free(from_loans);
    free(from_ph);
}

void borrow_prune_li(const PoloniusFacts *f, BorrowPrune *p) {
    memset(p, 0, sizeof *p);
    p->loan = invalidated_loans(f);
    uint8_t *ph = universal_regions(f);
    mark_origins(f, ph, p);
    free(ph);
    /* The LI rules read liveness for the loans only. */
    for (uint32_t o = 0; o < pf_atom_count(f, PF_ORIGIN); o++)
        p->live[o] = p->edge[o] == BORROW_EDGE_ALL;
    p->moves = true;
    p->subset_pairs = true;
    finish(f, p);
}

/* The universal regions that reach another one they are not known to be a
 * subset of: the only ones that can have a subset error (the
 * location-insensitive over-approximation, by graph search). */
static uint8_t *subset_error_seeds(const PoloniusFacts *f) {
    uint32_t no = pf_atom_count(f, PF_ORIGIN);
    uint8_t *ph = universal_regions(f), *seeds = xcalloc((size_t)no + 1, 1);
    uint8_t *reach = xmalloc((size_t)no + 1), *known = xmalloc((size_t)no + 1);
    OriginGraph g = graph_build(f, false);
    const PfTuples *ks = &f->rel[PF_KNOWN_PLACEHOLDER_SUBSET];
    for (uint32_t a = 0; a < no; a++) {
        if (!ph[a])
            continue;
        memset(reach, 0, (size_t)no + 1);
        reach[a] = 1;
        graph_close(&g, no, reach);
        memset(known, 0, (size_t)no + 1);
        known[a] = 1;
        for (bool grew = true; grew;) { /* known_placeholder_subset is tiny */
            grew = false;
            for (size_t i = 0; i < ks->n; i++)
                if (known[ks->v[2 * i]] && !known[ks->v[2 * i + 1]])
                    known[ks->v[2 * i + 1]] = 1, grew = true;
        }
        for (uint32_t b = 0; b < no && !seeds[a]; b++)
            seeds[a] = b != a && ph[b] && reach[b] && !known[b];
    }
    graph_free(&g);
    free(ph);
    free(reach);
    free(known);
    return seeds;
}

void borrow_prune_full(const PoloniusFacts *f, const uint8_t *loans, const uint8_t *placeholders,
                       bool moves, BorrowPrune *p) {
    memset(p, 0, sizeof *p);
    uint32_t nl = pf_atom_count(f, PF_LOAN);
    p->loan = invalidated_loans(f);
    if (loans)
        for (uint32_t l = 0; l < nl; l++)
            p->loan[l] &= loans[l];
    uint8_t *seeds = placeholders ? NULL : subset_error_seeds(f);
    mark_origins(f, placeholders ? placeholders : seeds, p);
    free(seeds);
    p->moves = moves;
    finish(f, p);
}

void borrow_prune_free(BorrowPrune *p) {
    free(p->loan);
    free(p->edge);
    free(p->to_placeholder);
    free(p->moved);
    free(p->edges);
    free(p->live);
    free(p->var);
    free(p->pairs);
    memset(p, 0, sizeof *p);
}

bool borrow_prune_keeps(const BorrowPrune *p, const PoloniusFacts *f, PfRelId r, size_t i) {
    const uint32_t *t = f->rel[r].v + i * (size_t)pf_schema[r].arity;
    switch (r) {
    case PF_LOAN_ISSUED_AT:
        return p->loan[t[1]];
    case PF_LOAN_KILLED_AT: /* the location-insensitive rules never read kills */
        return !p->subset_pairs && p->loan[t[0]];
    case PF_LOAN_INVALIDATED_AT:
        return p->loan[t[1]];
    case PF_SUBSET_BASE:
        return !p->subset_pairs && edge_kept(p, t[0], t[1]);
    case PF_VAR_USED_AT:
    case PF_VAR_DEFINED_AT:
    case PF_VAR_DROPPED_AT:
        return p->var[t[0]];
    case PF_USE_OF_VAR_DEREFS_ORIGIN:
    case PF_DROP_OF_VAR_DEREFS_ORIGIN:
        return p->live[t[1]];
    case PF_PATH_IS_VAR:
        return p->paths && p->var[t[1]];
    case PF_PATH_ASSIGNED_AT_BASE:
    case PF_PATH_MOVED_AT_BASE:
    case PF_CHILD_PATH:
        return p->paths;
    case PF_PATH_ACCESSED_AT_BASE:
        return p->moves && p->moved[t[0]];
    case PF_PLACEHOLDER: /* no rule reads it: placeholders are the universal regions */
        return false;
    case PF_CFG_EDGE:
        return !p->edges;
    case PF_KNOWN_PLACEHOLDER_SUBSET:
    case PF_UNIVERSAL_REGION:
    case PF_NRELS:
        break;
    }
    return true;
}
