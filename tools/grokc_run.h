/* `grokc run-ir`, `grokc emit bytecode-ir` and `grokc emit ir` on .gir files:
 * parse, verify, compile to bytecode, run or print. */
#ifndef GROK_TOOLS_GROKC_RUN_H
#define GROK_TOOLS_GROKC_RUN_H

/* Each takes the arguments after the command words (argv[first..]). */
int grokc_run_ir(int argc, char **argv, int first);
int grokc_emit_bytecode_ir(int argc, char **argv, int first);
int grokc_emit_ir_text(int argc, char **argv, int first);

#endif
