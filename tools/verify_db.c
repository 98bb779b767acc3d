/* `grok-verify db {merge,vacuum,migrate,export}`: database maintenance. */
#include "common.h"
#include "db/db.h"
#include "verify_cmds.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *HELP =
    "usage: grok-verify db <subcommand> [ARGS...]\n"
    "\n"
    "subcommands:\n"
    "  merge OUT IN...          combine shard databases (each one's newest run) into one\n"
    "                           new run of OUT; complete only if every shard's run was\n"
    "  vacuum [--keep N]        delete all but the newest N runs (default: keep all) and\n"
    "                           the results no remaining run uses, then compact the file\n"
    "  migrate                  bring the database to this version's schema\n"
    "  export [-o FILE]         every row of every table as JSON lines\n"
    "\n"
    "options:\n"
    "  --db PATH                the database (default .grok-verify/results.db); for\n"
    "                           vacuum, migrate, export\n"
    "\n"
    "exit status: 0 done, 2 usage or database error\n";

static int open_or_report(Db **db, const char *path, DbMode mode) {
    char err[1024];
    if (db_open(db, path, mode, err, sizeof(err)) < 0) {
        fprintf(stderr, "error: %s\n", err);
        return EXIT_USAGE;
    }
    return 0;
}

static int cmd_merge(int argc, char **argv) {
    if (argc < 3)
        return tool_usage_error("grok-verify", "db merge needs OUT and at least one IN database");
    const char *out = argv[1];
    for (int i = 2; i < argc; i++)
        if (strcmp(argv[i], out) == 0)
            return tool_usage_error("grok-verify", "db merge: `%s` is both output and input", out);
    Db *db;
    int rc = open_or_report(&db, out, DB_READWRITE);
    if (rc)
        return rc;
    long long run = 0;
    if (db_merge(db, (const char *const *)argv + 2, argc - 2, &run) < 0) {
        fprintf(stderr, "error: %s\n", db_error(db));
        db_close(db);
        return EXIT_USAGE;
    }
    printf("merged %d database%s into run %lld of %s\n", argc - 2, argc == 3 ? "" : "s", run, out);
    db_close(db);
    return EXIT_OK;
}

/* Parses `--db PATH`, `-o FILE` and `--keep N` after the subcommand. */
static int sub_options(int argc, char **argv, const char **db, const char **out, int *keep) {
    for (int i = 1; i < argc; i++) {
        bool missing = false;
        const char *v;
        if ((v = tool_opt_value(argc, argv, &i, "--db", &missing)) || missing) {
            if (missing)
                return tool_usage_error("grok-verify", "--db needs a path");
            *db = v;
        } else if (out && ((v = tool_opt_value(argc, argv, &i, "-o", &missing)) || missing)) {
            if (missing)
                return tool_usage_error("grok-verify", "-o needs a file name");
            *out = v;
        } else if (keep && ((v = tool_opt_value(argc, argv, &i, "--keep", &missing)) || missing)) {
            char *end;
            long n = missing ? -1 : strtol(v, &end, 10);
            if (missing || *end || n < 1)
                return tool_usage_error("grok-verify", "--keep needs a positive number of runs");
            *keep = (int)n;
        } else {
            return tool_usage_error("grok-verify", "unknown argument `%s` for `db %s`", argv[i],
                                    argv[0]);
        }
    }
    return 0;
}

int verify_cmd_db(int argc, char **argv) {
    if (argc < 2)
        return tool_usage_error("grok-verify", "db needs a subcommand: merge, vacuum, migrate, "
                                               "export");
    const char *sub = argv[1];
    for (int i = 1; i < argc; i++)
        if (verify_is_help(argv[i])) {
            fputs(HELP, stdout);
            return EXIT_OK;
        }
    if (strcmp(sub, "merge") == 0)
        return cmd_merge(argc - 1, argv + 1);
    const char *path = VERIFY_DEFAULT_DB, *out = NULL;
    int keep = 0, rc;
    if (strcmp(sub, "vacuum") == 0) {
        if ((rc = sub_options(argc - 1, argv + 1, &path, NULL, &keep)))
            return rc;
        Db *db;
        if ((rc = open_or_report(&db, path, DB_READWRITE)))
            return rc;
        rc = db_vacuum(db, keep);
        if (rc < 0)
            fprintf(stderr, "error: %s\n", db_error(db));
        db_close(db);
        return rc < 0 ? EXIT_USAGE : EXIT_OK;
    }
    if (strcmp(sub, "migrate") == 0) {
        if ((rc = sub_options(argc - 1, argv + 1, &path, NULL, NULL)))
            return rc;
        Db *db;
        if ((rc = open_or_report(&db, path, DB_READWRITE)))
            return rc;
        printf("%s: schema version %d\n", path, db_schema_version(db));
        db_close(db);
        return EXIT_OK;
    }
    if (strcmp(sub, "export") == 0) {
        if ((rc = sub_options(argc - 1, argv + 1, &path, &out, NULL)))
            return rc;
        Db *db;
        if ((rc = open_or_report(&db, path, DB_READONLY)))
            return rc;
        FILE *fp = out && strcmp(out, "-") != 0 ? fopen(out, "w") : stdout;
        if (!fp) {
            fprintf(stderr, "error: cannot write `%s`: %s\n", out, strerror(errno));
            db_close(db);
            return EXIT_USAGE;
        }
        rc = db_export(db, fp);
        if (rc < 0)
            fprintf(stderr, "error: %s\n", db_error(db)[0] ? db_error(db) : "write failed");
        if (fp != stdout && fclose(fp) != 0 && rc == 0) {
            fprintf(stderr, "error: cannot write `%s`: %s\n", out, strerror(errno));
            rc = -1;
        }
        db_close(db);
        return rc < 0 ? EXIT_USAGE : EXIT_OK;
    }
    return tool_usage_error("grok-verify", "unknown db subcommand `%s`", sub);
}
