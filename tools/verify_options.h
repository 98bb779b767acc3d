/* Options shared by grok-verify's commands, and how grok.toml and the
 * command line combine: the file gives defaults, flags win. */
#ifndef GROK_VERIFY_OPTIONS_H
#define GROK_VERIFY_OPTIONS_H

#include "analysis/finding.h"
#include "verify_config.h"

#include <stdbool.h>

typedef enum FailOn { FAIL_ON_ERROR, FAIL_ON_WARNING, FAIL_ON_NOTE, FAIL_ON_NEVER } FailOn;

typedef struct VerifyOptions {
    Arena *arena;
    VerifyConfig cfg;
    const char *format; /* text json sarif junit markdown html */
    const char *output; /* -o FILE, NULL: stdout */
    FailOn fail_on;
    const char *baseline;
    PtrVec rules, exclude_rules;
    int shard_index, shard_count; /* 1-based index; 0/0 without --shard */
    const char *db;
    bool db_from_flag; /* --db given (a shard then writes exactly there) */
    bool no_cache;
    double smt_timeout; /* seconds */
    bool quiet, verbose;
    int jobs;
    const char *color;        /* always never auto */
    const char *run;          /* report --run */
    PtrVec paths;             /* positional arguments */
    const char *command_line; /* for the runs table */
} VerifyOptions;

/* Which options a command accepts (bit set). */
enum {
    OPT_OUTPUT = 1 << 0, /* --format -o --fail-on --baseline --color */
    OPT_RULES = 1 << 1,  /* --rules --exclude-rules */
    OPT_RUN = 1 << 2,    /* -j --shard --no-cache --smt-timeout */
    OPT_DB = 1 << 3,     /* --db */
    OPT_REPORT = 1 << 4, /* --run */
};

/* Loads grok.toml (found upward from the working directory, or --config),
 * then parses ARGV. Returns 0, or the exit status (2) after printing the
 * error. HELP is printed for --help (returning -1: exit 0). */
int options_parse(VerifyOptions *o, int argc, char **argv, unsigned accepted, const char *help);
void options_free(VerifyOptions *o);

/* Whether a finding of severity S fails the run under --fail-on. */
bool options_fails(const VerifyOptions *o, FindingSeverity s);

#endif
