/* Shared by the grokc and grok-verify main()s: colour decision, option
 * helpers, usage errors. */
#ifndef GROK_TOOLS_COMMON_H
#define GROK_TOOLS_COMMON_H

#include "diag.h"

#include <stdbool.h>

/* Exit statuses shared by both tools (ARCHITECTURE.md). */
enum { EXIT_OK = 0, EXIT_FINDINGS = 1, EXIT_COMPILE_ERROR = 1, EXIT_USAGE = 2, EXIT_PANIC = 101 };

/* Colour on stderr only when it is a TTY and NO_COLOR is unset; overridable
 * with --color=always|never|auto. */
bool tool_stderr_color(const char *mode);

/* Reports a usage error (`error: ...` + a hint to run --help) and returns 2. */
int tool_usage_error(const char *prog, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Matches `--name=value` or `--name value`; advances *i when it consumed
 * the next argument. Returns the value, or NULL when ARG is not this option.
 * A missing value sets *missing. */
const char *tool_opt_value(int argc, char **argv, int *i, const char *name, bool *missing);

#endif
