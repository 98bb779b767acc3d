/* Constant evaluation of one instruction with constant operands, with the
 * exact semantics of ir.h (and of runtime/vm.c): an `.ovf` operation that
 * overflows folds to its panic, never to a value. Used by sccp.c. */
#ifndef GROK_OPT_FOLD_H
#define GROK_OPT_FOLD_H

#include "ir.h"

typedef enum FoldKind {
    FOLD_NONE,    /* not foldable (or not bit-exact: NaN results) */
    FOLD_VALUE,   /* value: the result constant */
    FOLD_PANIC,   /* always panics with panic_msg */
    FOLD_SOME,    /* .checked: Some(value) */
    FOLD_NOTHING, /* .checked: None */
} FoldKind;

typedef struct Fold {
    FoldKind kind;
    IrValue *value;
    const char *panic_msg;
} Fold;

/* OPS are IN's operands, all constants. */
Fold opt_fold(IrModule *m, const IrInst *in, IrValue *const *ops);

#endif
