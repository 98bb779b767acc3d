/* `grokc run-ir`, `grokc emit bytecode-ir`, `grokc emit ir` and `grokc opt`
 * on .gir files: parse, verify, optimize, compile to bytecode, run or print. */
#ifndef GROK_TOOLS_GROKC_RUN_H
#define GROK_TOOLS_GROKC_RUN_H

/* Each takes the arguments after the command words (argv[first..]). */
int grokc_run_ir(int argc, char **argv, int first);
int grokc_emit_bytecode_ir(int argc, char **argv, int first);
int grokc_emit_ir_text(int argc, char **argv, int first);
/* `grokc opt --pass NAME... FILE.gir`: run passes, print the IR. */
int grokc_opt(int argc, char **argv, int first);

#endif
