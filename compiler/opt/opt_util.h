/* Helpers the optimizer passes share: instruction classes, CFG edges,
 * use replacement, instruction and block surgery, fresh names. */
#ifndef GROK_OPT_UTIL_H
#define GROK_OPT_UTIL_H

#include "ir.h"

/* Instruction classes. Pure: no effect, cannot panic, result depends only
 * on the operands (safe to remove, merge, hoist). */
bool opt_is_pure(const IrInst *in);
/* May raise a panic (overflow, division by zero, bounds, calls). */
bool opt_may_panic(const IrInst *in);
/* Removable when its result is unused: pure, or a load or a slot. */
bool opt_removable_if_unused(const IrInst *in);

IrInst *opt_term(const IrBlock *b);

/* Predecessor edges: preds[b] lists one entry per incoming edge (a br with
 * both targets on b counts twice). Only reachable-or-not: every block. */
typedef struct OptPreds {
    int *n;
    IrBlock ***list;
} OptPreds;
OptPreds opt_preds(Arena *a, const IrFunc *f);

/* Replaces every use of value id I by map[I] (when non-NULL), following
 * chains. MAP has NMAP entries. A constant is not put where the text form
 * cannot type it (opt_const_ok); such uses keep the old value. Returns the
 * number of uses kept that way. */
int opt_replace_uses(IrFunc *f, IrValue **map, uint32_t nmap);
/* May operand I of IN be a constant? (cast, closure and panic.str operands
 * have no fixed type, so a constant there could not be read back.) */
bool opt_const_ok(IrModule *m, const IrInst *in, int i);
/* Is V used where a constant could not stand? */
bool opt_needs_value(IrFunc *f, IrValue *v);
/* Number of uses (operands and jump arguments) of every value, by id. */
uint32_t *opt_use_counts(Arena *a, const IrFunc *f);

/* Removes blocks not reachable from the entry; renumbers. Returns true when
 * one was removed. */
bool opt_remove_unreachable(IrFunc *f);
void opt_renumber(IrFunc *f);

/* Removes every NULL from B's instruction array. */
void opt_block_compact(IrBlock *b);
/* Inserts IN (created anywhere) into B at position POS. */
void opt_inst_insert(IrBlock *b, int pos, IrInst *in);
/* Creates an instruction like ir_emit but inserts it at POS in B. */
IrInst *opt_inst_new(IrBlock *b, int pos, IrOp op, IrType *type, IrType *result_type,
                     const char *name, IrValue **args, int nargs);
/* Removes parameter K of B and the matching argument of every jump to B. */
void opt_block_remove_param(IrFunc *f, IrBlock *b, int k);
/* Turns B's terminator into `jmp T.block(T.args)` (T is copied first). */
void opt_make_jmp(IrBlock *b, IrTarget t);

bool opt_const_equal(const IrValue *a, const IrValue *b);
/* Integer value of a constant as a signed/unsigned 64-bit number. */
bool opt_const_int(const IrValue *v, uint64_t *bits);

/* Fresh value and block names for one function. */
typedef struct OptNames {
    Arena *arena;
    const char **slots;
    uint32_t cap, used;
    unsigned counter;
} OptNames;
void opt_names_init(OptNames *n, Arena *scratch, const IrFunc *f);
const char *opt_fresh_name(OptNames *n, const char *base);

/* Incoming edges by block: (from, target index in from's terminator). */
typedef struct OptInEdge {
    IrBlock *from;
    int k;
} OptInEdge;
typedef struct OptInEdges {
    OptInEdge **list;
    int *n;
} OptInEdges;
OptInEdges opt_in_edges(Arena *a, const IrFunc *f);
#endif
