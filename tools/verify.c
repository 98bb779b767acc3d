/* grok-verify: the checker suite's command line. main() only dispatches;
 * each command lives in its own tools/verify_*.c file. */
#include "common.h"
#include "verify_cmds.h"
#include "verify_rustc_facts.h"

#include <stdio.h>
#include <string.h>

static const char *USAGE =
    "grok-verify: static checks and verification for GrokLang\n"
    "\n"
    "usage: grok-verify <command> [options] [ARGS...]\n"
    "\n"
    "commands:\n"
    "  check [PATHS...]     check files and folders (*.grok, recursively)\n"
    "  report               render a stored run (--run ID|latest) in any format\n"
    "  explain [RULE]       what a rule means, with an example; all rules without RULE\n"
    "  db SUBCOMMAND        merge, vacuum, migrate, export the results database\n"
    "  bench SUBCOMMAND     record and list benchmark measurements\n"
    "  rustc-facts DIR...   borrow-check rustc -Znll-facts dumps (Polonius rules)\n"
    "  verify, equiv, ai    verification commands (need checkers not built yet)\n"
    "\n"
    "Run `grok-verify <command> --help` for a command's options.\n"
    "\n"
    "  -h, --help           this help\n"
    "  --version            print the version\n"
    "\n"
    "exit status: 0 no finding at or above --fail-on, 1 findings at or above it,\n"
    "             2 usage, input or internal error\n";

static const struct {
    const char *name;
    VerifyCmdFn fn;
} COMMANDS[] = {
    {"check", verify_cmd_check},
    {"report", verify_cmd_report},
    {"db", verify_cmd_db},
    {"bench", verify_cmd_bench},
    {"explain", verify_cmd_explain},
    {"verify", verify_cmd_verify},
    {"equiv", verify_cmd_equiv},
    {"ai", verify_cmd_ai},
    {"rustc-facts", verify_cmd_rustc_facts},
};

int verify_is_help(const char *arg) {
    return strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0;
}

int main(int argc, char **argv) {
    if (argc < 2)
        return tool_usage_error("grok-verify", "no command given");
    if (verify_is_help(argv[1]) || strcmp(argv[1], "help") == 0) {
        fputs(USAGE, stdout);
        return 0;
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("grok-verify %s\n", GROK_VERSION);
        return 0;
    }
    for (size_t i = 0; i < sizeof(COMMANDS) / sizeof(COMMANDS[0]); i++)
        if (strcmp(argv[1], COMMANDS[i].name) == 0)
            return COMMANDS[i].fn(argc - 1, argv + 1);
    return tool_usage_error("grok-verify", "unknown command `%s`", argv[1]);
}
