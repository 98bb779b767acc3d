/* The IR verifier: structure (terminators, block arguments), types of every
 * operand, and SSA dominance (every use dominated by its definition). Run on
 * parsed IR, after lowering and after every optimizer pass in debug builds. */
#ifndef GROK_IR_VERIFY_H
#define GROK_IR_VERIFY_H

#include "ir.h"

typedef struct IrVerifyError {
    const IrFunc *func;
    const IrBlock *block; /* NULL for function-level errors */
    const IrInst *inst;   /* NULL for block-level errors */
    IrLoc loc;            /* the instruction's, else the function's */
    const char *msg;      /* in the module's arena */
} IrVerifyError;

typedef struct IrVerifyResult {
    IrVerifyError *errors;
    int nerrors, cap;
} IrVerifyResult;

/* Verifies every function; returns the number of errors (also in *res,
 * whose storage lives in the module's arena). Stops after 100 errors. */
int ir_verify(IrModule *m, IrVerifyResult *res);

/* Dominator tree of F by the Cooper-Harvey-Kennedy algorithm: idom[b] is the
 * index of b's immediate dominator (the entry's is itself), -1 when b is
 * unreachable. rpo receives the reverse post-order (reachable blocks only);
 * returns its length. Arrays have f->nblocks entries, allocated in ARENA. */
int ir_dominators(const IrFunc *f, Arena *arena, int **idom, int **rpo);
bool ir_dominates(const int *idom, int a, int b);

#endif
