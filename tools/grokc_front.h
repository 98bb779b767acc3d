/* grokc's front-end commands: `check` (parse and load modules, report
 * diagnostics) and `emit ast`. Kept apart from grokc.c's option parsing so
 * later stages add their commands beside them. */
#ifndef GROK_TOOLS_GROKC_FRONT_H
#define GROK_TOOLS_GROKC_FRONT_H

#include "diag.h"

#include <stdbool.h>

/* Exit status: 0 no errors, 1 errors (diagnostics on stderr). With
 * PARSE_ONLY nothing past the parser and module loader runs. */
int grokc_check(const char *file, DiagFormat format, bool color, bool parse_only);

/* Prints the crate's AST on stdout; 1 if there were errors (the tree is
 * still printed, with error nodes). */
int grokc_emit_ast(const char *file, DiagFormat format, bool color, bool with_spans);

#endif
