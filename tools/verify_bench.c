/* `grok-verify bench {record,list}`: benchmark measurements in the results
 * database, so bench/ scripts keep a history that reports can chart. */
#include "common.h"
#include "db/db.h"
#include "verify_cmds.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *HELP =
    "usage: grok-verify bench record --name N --metric M --value V --unit U [--db PATH]\n"
    "       grok-verify bench list [--name N] [--db PATH]\n"
    "\n"
    "record   stores one measurement (with this machine's description) as a run of its own\n"
    "list     prints every measurement, oldest first: time, run, name, metric, value, unit\n"
    "\n"
    "  --db PATH   results database (default .grok-verify/results.db)\n"
    "\n"
    "exit status: 0 done, 2 usage or database error\n";

int verify_cmd_bench(int argc, char **argv) {
    for (int i = 1; i < argc; i++)
        if (verify_is_help(argv[i])) {
            fputs(HELP, stdout);
            return EXIT_OK;
        }
    if (argc < 2 || (strcmp(argv[1], "record") != 0 && strcmp(argv[1], "list") != 0))
        return tool_usage_error("grok-verify", "bench needs a subcommand: record or list");
    bool record = strcmp(argv[1], "record") == 0;
    const char *db_path = VERIFY_DEFAULT_DB, *name = NULL, *metric = NULL, *unit = NULL,
               *value = NULL;
    for (int i = 2; i < argc; i++) {
        bool missing = false;
        const char *v;
        const char **slot = NULL;
        if ((v = tool_opt_value(argc, argv, &i, "--db", &missing)) || missing)
            slot = &db_path;
        else if ((v = tool_opt_value(argc, argv, &i, "--name", &missing)) || missing)
            slot = &name;
        else if (record && ((v = tool_opt_value(argc, argv, &i, "--metric", &missing)) || missing))
            slot = &metric;
        else if (record && ((v = tool_opt_value(argc, argv, &i, "--value", &missing)) || missing))
            slot = &value;
        else if (record && ((v = tool_opt_value(argc, argv, &i, "--unit", &missing)) || missing))
            slot = &unit;
        else
            return tool_usage_error("grok-verify", "unknown argument `%s` for `bench %s`", argv[i],
                                    argv[1]);
        if (missing || !v[0])
            return tool_usage_error("grok-verify", "`%s` needs a value", argv[i]);
        *slot = v;
    }
    double val = 0;
    if (record) {
        if (!name || !metric || !value || !unit)
            return tool_usage_error("grok-verify",
                                    "bench record needs --name, --metric, --value and --unit");
        char *end;
        val = strtod(value, &end);
        if (*end || !isfinite(val))
            return tool_usage_error("grok-verify", "--value needs a number, not `%s`", value);
    }
    Db *db;
    char err[1024];
    if (db_open(&db, db_path, record ? DB_READWRITE : DB_READONLY, err, sizeof(err)) < 0) {
        fprintf(stderr, "error: %s\n", err);
        return EXIT_USAGE;
    }
    int rc = 0;
    if (record) {
        DbBenchmark b = {name, metric, unit, val};
        rc = db_add_benchmark(db, 0, &b);
    } else {
        Arena *a = arena_new();
        const BenchmarkRecord *rows;
        int n;
        rc = db_load_benchmarks(db, &rows, &n, a);
        for (int i = 0; rc == 0 && i < n; i++)
            if (!name || strcmp(rows[i].name, name) == 0)
                printf("%s  run %-5lld %-24s %-24s %14.6g %s\n", rows[i].started_at, rows[i].run_id,
                       rows[i].name, rows[i].metric, rows[i].value, rows[i].unit);
        arena_free(a);
    }
    if (rc < 0)
        fprintf(stderr, "error: %s\n", db_error(db));
    db_close(db);
    return rc < 0 ? EXIT_USAGE : EXIT_OK;
}
