/* grok-verify's subcommands. Each takes the arguments after its name
 * (argv[0] is the command name) and returns the process exit status:
 * 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage,
 * input or internal error (ARCHITECTURE.md). verify.c dispatches by name. */
#ifndef GROK_VERIFY_CMDS_H
#define GROK_VERIFY_CMDS_H

typedef int (*VerifyCmdFn)(int argc, char **argv);

int verify_cmd_check(int argc, char **argv);
int verify_cmd_report(int argc, char **argv);
int verify_cmd_db(int argc, char **argv);
int verify_cmd_bench(int argc, char **argv);
int verify_cmd_explain(int argc, char **argv);
/* Commands whose checkers belong to later issues: help text, then exit 2. */
int verify_cmd_verify(int argc, char **argv);
int verify_cmd_equiv(int argc, char **argv);
int verify_cmd_ai(int argc, char **argv);
/* `rustc-facts` is declared in verify_rustc_facts.h. */

/* The default database, relative to the working directory. */
#define VERIFY_DEFAULT_DB ".grok-verify/results.db"

/* True for -h / --help. */
int verify_is_help(const char *arg);

#endif
