#include "common.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

bool tool_stderr_color(const char *mode) {
    if (mode && strcmp(mode, "always") == 0)
        return true;
    if (mode && strcmp(mode, "never") == 0)
        return false;
    const char *nc = getenv("NO_COLOR");
    if (nc && nc[0])
        return false;
    return isatty(STDERR_FILENO);
}

int tool_usage_error(const char *prog, const char *fmt, ...) {
    bool color = tool_stderr_color(NULL);
    fprintf(stderr, color ? "\x1b[1;31merror\x1b[0m\x1b[1m: " : "error: ");
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "%s\n", color ? "\x1b[0m" : "");
    fprintf(stderr, "\nFor more information, try '%s --help'.\n", prog);
    return EXIT_USAGE;
}

const char *tool_opt_value(int argc, char **argv, int *i, const char *name, bool *missing) {
    const char *arg = argv[*i];
    size_t n = strlen(name);
    if (strncmp(arg, name, n) != 0)
        return NULL;
    if (arg[n] == '=')
        return arg + n + 1;
    if (arg[n] != 0)
        return NULL;
    if (*i + 1 >= argc) {
        *missing = true;
        return NULL;
    }
    (*i)++;
    return argv[*i];
}
