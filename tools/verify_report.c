/* `grok-verify report`: renders a stored run in any format, so an auditor
 * can produce the HTML report of last night's batch, or CI can re-gate a
 * merged shard run with --fail-on and --baseline. */
#include "common.h"
#include "db/db.h"
#include "reports/report.h"
#include "verify_baseline.h"
#include "verify_cmds.h"
#include "verify_options.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *HELP =
    "usage: grok-verify report [--run ID|latest] [OPTIONS]\n"
    "\n"
    "Renders a run stored in the results database. File texts are not stored, so\n"
    "snippets appear only for files that still have the content they had in the run.\n"
    "\n"
    "options:\n"
    "  --run ID|latest         the run (default: latest)\n"
    "  --db PATH               results database (default .grok-verify/results.db)\n"
    "  --format FMT            text, json, sarif, junit, markdown, html (default: text)\n"
    "  -o, --output FILE       write to FILE instead of stdout\n"
    "  --fail-on LEVEL         error, warning, note, never (default: error)\n"
    "  --baseline FILE         leave out findings present in this database or SARIF file\n"
    "  --color WHEN            always, never, auto (text format)\n"
    "\n"
    "exit status: 0 no finding at or above --fail-on, 1 findings at or above it,\n"
    "             2 usage or database error\n";

/* Attaches a file's text when it is still the text that was checked. */
static void attach_text(Db *db, long long run, ReportFile *f, Arena *a) {
    FILE *fp = fopen(f->path, "rb");
    if (!fp)
        return;
    size_t cap = 1 << 16, len = 0, got;
    char *buf = xmalloc(cap);
    while ((got = fread(buf + len, 1, cap - len - 1, fp)) > 0) {
        len += got;
        if (len + 1 == cap) {
            cap *= 2;
            buf = xrealloc(buf, cap);
        }
    }
    fclose(fp);
    buf[len] = 0;
    DbHash h;
    char hex[33];
    db_hash_init(&h);
    db_hash_update(&h, buf, len);
    db_hash_hex(&h, hex);
    const char *stored = NULL;
    if (db_file_content_hash(db, run, f->path, &stored, a) == 0 && stored &&
        strcmp(stored, hex) == 0) {
        f->text = arena_strndup(a, buf, len);
        f->len = len;
    }
    free(buf);
}

int verify_cmd_report(int argc, char **argv) {
    VerifyOptions o;
    int rc = options_parse(&o, argc, argv, OPT_OUTPUT | OPT_DB | OPT_REPORT, HELP);
    if (rc != 0) {
        options_free(&o);
        return rc < 0 ? EXIT_OK : rc;
    }
    if (o.paths.len > 0) {
        rc = tool_usage_error("grok-verify", "`report` takes no paths (got `%s`)",
                              (const char *)o.paths.items[0]);
        options_free(&o);
        return rc;
    }
    char err[1024];
    Baseline base = {0};
    if (o.baseline && baseline_load(o.baseline, o.arena, &base, err, sizeof(err)) < 0) {
        fprintf(stderr, "error: %s\n", err);
        options_free(&o);
        return EXIT_USAGE;
    }
    Db *db;
    if (db_open(&db, o.db, DB_READONLY, err, sizeof(err)) < 0) {
        fprintf(stderr, "error: %s\n", err);
        options_free(&o);
        return EXIT_USAGE;
    }
    long long run = 0;
    int status = EXIT_OK;
    if (!o.run || strcmp(o.run, "latest") == 0) {
        if (db_latest_run(db, false, &run) < 0) {
            fprintf(stderr, "error: %s\n", db_error(db));
            status = EXIT_USAGE;
        } else if (run == 0) {
            fprintf(stderr, "error: database `%s` has no runs yet\n", o.db);
            status = EXIT_USAGE;
        }
    } else {
        char *end;
        run = strtoll(o.run, &end, 10);
        if (*end || run <= 0) {
            status = tool_usage_error("grok-verify", "--run needs a run id or `latest`, not `%s`",
                                      o.run);
        }
    }
    ReportInput in;
    if (status == EXIT_OK && db_load_report(db, run, &in, o.arena) < 0) {
        fprintf(stderr, "error: %s\n", db_error(db));
        status = EXIT_USAGE;
    }
    if (status == EXIT_OK) {
        for (int i = 0; i < in.nfiles; i++)
            if (in.files[i].nfindings > 0)
                attach_text(db, run, &in.files[i], o.arena);
        /* Drop baseline findings in place; the array lives in the arena. */
        Finding *items = (Finding *)in.findings;
        int kept = 0, failing = 0;
        for (int i = 0; i < in.nfindings; i++) {
            if (baseline_contains(&base, items[i].fingerprint)) {
                for (int k = 0; k < in.nfiles; k++)
                    if (strcmp(in.files[k].path, items[i].primary.file) == 0)
                        in.files[k].nfindings--;
                continue;
            }
            failing += !items[i].suppressed && options_fails(&o, items[i].severity);
            items[kept++] = items[i];
        }
        in.nfindings = kept;
        in.color = strcmp(o.color, "always") == 0 ||
                   (strcmp(o.color, "auto") == 0 && !o.output && isatty(STDOUT_FILENO) &&
                    !(getenv("NO_COLOR") && getenv("NO_COLOR")[0]));
        FILE *out = o.output && strcmp(o.output, "-") != 0 ? fopen(o.output, "w") : stdout;
        if (!out) {
            fprintf(stderr, "error: cannot write `%s`: %s\n", o.output, strerror(errno));
            status = EXIT_USAGE;
        } else {
            if (report_write((ReportFormat)report_format_parse(o.format), &in, out, err,
                             sizeof(err)) < 0) {
                fprintf(stderr, "error: cannot write the %s report: %s\n", o.format, err);
                status = EXIT_USAGE;
            }
            if (out != stdout && fclose(out) != 0) {
                fprintf(stderr, "error: cannot write `%s`: %s\n", o.output, strerror(errno));
                status = EXIT_USAGE;
            }
            if (status == EXIT_OK && failing > 0)
                status = EXIT_FINDINGS;
        }
    }
    db_close(db);
    options_free(&o);
    return status;
}
