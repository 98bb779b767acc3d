/* The IR optimizer: one pass per file in compiler/opt/, each with the
 * signature OptPassFn (run on one function, return whether it changed it),
 * so that a translation validator can check every pass on every function
 * by its input/output pair. pipeline.c strings them into -O0..-O2.
 *
 * Semantics every pass preserves exactly: stdout, the panic message, its
 * location and backtrace, the exit status and which heap objects are live
 * at exit. Resource limits (VM stack depth) are not preserved, as in rustc. */
#ifndef GROK_OPT_H
#define GROK_OPT_H

#include "ir.h"

#include <stdbool.h>
#include <stdio.h>

typedef bool (*OptPassFn)(IrModule *m, IrFunc *fn);

typedef struct OptPass {
    const char *name; /* as on the command line: `grokc opt --pass NAME` */
    OptPassFn run;
    const char *what; /* one line for --help */
} OptPass;

bool opt_sccp(IrModule *m, IrFunc *fn);
bool opt_dce(IrModule *m, IrFunc *fn);
bool opt_simplify_cfg(IrModule *m, IrFunc *fn);
bool opt_copyprop(IrModule *m, IrFunc *fn);
bool opt_gvn(IrModule *m, IrFunc *fn);
bool opt_inline(IrModule *m, IrFunc *fn);
bool opt_licm(IrModule *m, IrFunc *fn);
bool opt_strength_reduce(IrModule *m, IrFunc *fn);
bool opt_check_elim(IrModule *m, IrFunc *fn);

/* The pass table. */
int opt_pass_count(void);
const OptPass *opt_pass_at(int i);
const OptPass *opt_pass_find(const char *name); /* NULL when unknown */

/* Debug dumps: each pass prints its findings to OUT when switched on by
 * name ("all" for every pass). Returns false for an unknown name. */
bool opt_debug_enable(const char *name, FILE *out);
bool opt_debug_on(const char *pass);
void opt_debug(const char *pass, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Inliner size threshold (instructions of the callee); set by the pipeline
 * per level, read by opt_inline. */
extern int opt_inline_threshold;

/* Runs one pass on one function. With VERIFY (always in debug builds) the
 * function is verified afterwards; a verifier failure is written to ERR
 * and returns -1. Otherwise returns 1 when the pass changed FN, else 0. */
int opt_run_pass(IrModule *m, IrFunc *fn, const OptPass *p, bool verify, char *err, size_t errlen);

/* -O0 (nothing), -O1 (sccp, simplify-cfg, copyprop, dce) or -O2 (adds
 * inline, gvn, licm, strength-reduce, check-elim, iterated to a fixed point
 * or a round limit) on every function. Returns 0, or -1 with ERR set. */
int opt_run_pipeline(IrModule *m, int level, bool verify, char *err, size_t errlen);

#endif
