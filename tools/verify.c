/* grok-verify: the checker suite's command line. */
#include "common.h"
#include "verify_rustc_facts.h"

#include <stdio.h>
#include <string.h>

static const char *USAGE = "grok-verify: static checks and verification for GrokLang\n"
                           "\n"
                           "usage: grok-verify <command> [options] [PATHS...]\n"
                           "\n"
                           "commands:\n"
                           "  check PATHS...   check files and directories (*.grok)\n"
                           "  rustc-facts DIR... borrow-check rustc -Znll-facts dumps (Polonius rules)\n"
                           "\n"
                           "  -h, --help       this help\n"
                           "  --version        print the version\n";

int main(int argc, char **argv) {
    if (argc < 2)
        return tool_usage_error("grok-verify", "no command given");
    if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
        fputs(USAGE, stdout);
        return 0;
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("grok-verify %s\n", GROK_VERSION);
        return 0;
    }
    if (strcmp(argv[1], "rustc-facts") == 0) return verify_cmd_rustc_facts(argc - 1, argv + 1);
    return tool_usage_error("grok-verify", "unknown command `%s`", argv[1]);
}
