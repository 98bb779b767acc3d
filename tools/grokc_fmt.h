/* `grokc fmt`: print a file in canonical GrokLang layout (compiler/fmt.h). */
#ifndef GROK_TOOLS_GROKC_FMT_H
#define GROK_TOOLS_GROKC_FMT_H

#include "diag.h"

#include <stdbool.h>

/* Prints FILE formatted on stdout, or with CHECK prints nothing and
 * returns 1 when FILE differs from its formatted text. A file with syntax
 * errors is not formatted: its diagnostics are reported and 1 returned. */
int grokc_fmt(const char *file, DiagFormat format, bool color, bool check);

#endif
