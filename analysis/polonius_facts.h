/* The input facts of the Polonius borrow rules, independent of where they
 * come from: rustc's -Znll-facts dump (analysis/rustc_facts_load.c) or the
 * GrokLang IR fact extractor.
 *
 * Atoms are interned per kind (point, origin, loan, variable, path) into
 * dense u32 ids 0..n-1; each relation is one growable array of flat tuples
 * whose columns hold ids of the kinds its schema names. Column order is the
 * order of rustc's files (so `loan_invalidated_at` is (point, loan)). */
#ifndef GROK_POLONIUS_FACTS_H
#define GROK_POLONIUS_FACTS_H

#include <stddef.h>
#include <stdint.h>

typedef enum PfKind { PF_POINT, PF_ORIGIN, PF_LOAN, PF_VAR, PF_PATH, PF_NKINDS } PfKind;

typedef enum PfRelId {
    PF_CFG_EDGE,
    PF_LOAN_ISSUED_AT,
    PF_LOAN_KILLED_AT,
    PF_LOAN_INVALIDATED_AT,
    PF_SUBSET_BASE,
    PF_VAR_USED_AT,
    PF_VAR_DEFINED_AT,
    PF_VAR_DROPPED_AT,
    PF_USE_OF_VAR_DEREFS_ORIGIN,
    PF_DROP_OF_VAR_DEREFS_ORIGIN,
    PF_PATH_IS_VAR,
    PF_PATH_ASSIGNED_AT_BASE,
    PF_PATH_MOVED_AT_BASE,
    PF_PATH_ACCESSED_AT_BASE,
    PF_CHILD_PATH,
    PF_PLACEHOLDER,
    PF_KNOWN_PLACEHOLDER_SUBSET,
    PF_UNIVERSAL_REGION,
    PF_NRELS
} PfRelId;

enum { PF_MAX_ARITY = 3 };

typedef struct PfRelSchema {
    const char *name; /* file name without ".facts" */
    int arity;
    PfKind kinds[PF_MAX_ARITY];
} PfRelSchema;

extern const PfRelSchema pf_schema[PF_NRELS];

/* Open-addressing hash table from atom text to id, plus the texts by id. */
typedef struct PfAtoms {
    char **names;
    uint32_t *lens;
    uint32_t n, cap;
    uint32_t *slots; /* id + 1, 0 = empty */
    uint32_t nslots;
} PfAtoms;

typedef struct PfTuples {
    uint32_t *v; /* n * arity ids */
    size_t n, cap;
} PfTuples;

typedef struct PoloniusFacts {
    char *name; /* the function's name (its folder name for rustc facts) */
    PfAtoms atoms[PF_NKINDS];
    PfTuples rel[PF_NRELS];
} PoloniusFacts;

void pf_init(PoloniusFacts *f, const char *name);
void pf_free(PoloniusFacts *f);
/* Returns the id of the atom TEXT[0..len) of kind K, adding it when new. */
uint32_t pf_intern(PoloniusFacts *f, PfKind k, const char *text, size_t len);
const char *pf_atom_name(const PoloniusFacts *f, PfKind k, uint32_t id);
uint32_t pf_atom_count(const PoloniusFacts *f, PfKind k);
/* Appends one tuple of pf_schema[r].arity ids. */
void pf_add(PoloniusFacts *f, PfRelId r, const uint32_t *tuple);
/* Sorts every relation and drops duplicate tuples (rustc never writes
 * them, but hostile input may: 10^6 copies of one row cost one tuple). */
void pf_dedup(PoloniusFacts *f);
/* Looks a relation up by its file name ("cfg_edge"); -1 when unknown. */
int pf_rel_by_name(const char *name);

#endif
