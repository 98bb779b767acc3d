/* `grok-verify check`: the batch driver. Worker threads run the per-file
 * pipeline (verify_check_file.c) over an atomic file index; the main thread
 * is the only writer, storing results in path order, one transaction per
 * batch of files, so output and database contents do not depend on -j and
 * a killed run leaves every finished batch stored for the next run. */
#include "common.h"
#include "db/db.h"
#include "reports/report.h"
#include "verify_baseline.h"
#include "verify_check_file.h"
#include "verify_cmds.h"
#include "verify_files.h"
#include "verify_options.h"
#include "verify_progress.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *HELP =
    "usage: grok-verify check [OPTIONS] [PATHS...]\n"
    "\n"
    "Checks files and folders (folders recursively, *.grok), stores the results in the\n"
    "database and prints a report. Without PATHS: grok.toml's folder, else `.`.\n"
    "Unchanged files are not checked again: their stored results are reused.\n"
    "\n"
    "options:\n"
    "  -j, --jobs N            worker threads (default: all cores)\n"
    "  --format FMT            text, json, sarif, junit, markdown, html (default: text)\n"
    "  -o, --output FILE       write the report to FILE instead of stdout\n"
    "  --fail-on LEVEL         error, warning, note, never (default: error): exit 1 when a\n"
    "                          finding at or above LEVEL is reported\n"
    "  --baseline FILE         a previous database or SARIF report: report and fail only on\n"
    "                          findings whose fingerprint is not in it\n"
    "  --rules LIST            only these rules (comma-separated ids or families: borrow/*)\n"
    "  --exclude-rules LIST    never these rules\n"
    "  --shard I/N             check only shard I of N (1-based) into its own database\n"
    "                          (results.db becomes results-shard-I-of-N.db unless --db is\n"
    "                          given); combine the shards with `grok-verify db merge`\n"
    "  --db PATH               results database (default .grok-verify/results.db)\n"
    "  --no-cache              check every file even if a stored result exists\n"
    "  --smt-timeout SECONDS   per-query Z3 timeout (default 10)\n"
    "  --config FILE           use FILE instead of the grok.toml found upward from here\n"
    "  --color WHEN            always, never, auto (text report)\n"
    "  -q, --quiet             no progress or summary on stderr\n"
    "  -v, --verbose           one line per file on stderr\n"
    "\n"
    "Suppress a finding with `// grok-verify: ignore[rule_id] reason` on its line (or alone\n"
    "on the line before), or `#[allow(rule_id)]` on the enclosing item. Unused suppressions\n"
    "are reported (grok-verify/unused-suppression).\n"
    "\n"
    "exit status: 0 no finding at or above --fail-on, 1 findings at or above it,\n"
    "             2 usage, input (unreadable file) or database error\n";

/* A batch ends after this many files or this long, whichever comes first:
 * large enough that index pages are not rewritten per file, small enough
 * that a killed run loses at most a quarter second of work. */
enum { BATCH_FILES = 256 };
static const double BATCH_SECONDS = 0.25;

typedef struct Job {
    const CheckSettings *settings;
    const char *db_path; /* workers' cache connections; NULL: none */
    FileResult *results;
    int nfiles;
    atomic_int next;
    atomic_bool stop;
    bool *ready;
    pthread_mutex_t mu;
    pthread_cond_t cv;
} Job;

static void *worker(void *arg) {
    Job *j = arg;
    Db *cache = NULL;
    if (j->db_path && j->settings->use_cache) {
        char err[1024];
        if (db_open(&cache, j->db_path, DB_READONLY, err, sizeof(err)) < 0)
            cache = NULL; /* the writer already opened it; checking without a cache is safe */
    }
    for (;;) {
        int i = atomic_fetch_add(&j->next, 1);
        if (i >= j->nfiles || atomic_load(&j->stop))
            break;
        check_file(j->settings, cache, &j->results[i]);
        pthread_mutex_lock(&j->mu);
        j->ready[i] = true;
        pthread_cond_broadcast(&j->cv);
        pthread_mutex_unlock(&j->mu);
    }
    db_close(cache);
    return NULL;
}

static char *git_commit(Arena *a) {
    FILE *p = popen("git rev-parse HEAD 2>/dev/null", "r");
    if (!p)
        return NULL;
    char buf[128] = "";
    char *got = fgets(buf, sizeof(buf), p);
    pclose(p);
    if (!got)
        return NULL;
    buf[strcspn(buf, "\r\n")] = 0;
    return buf[0] ? arena_strdup(a, buf) : NULL;
}

typedef struct Totals {
    int files, cached, io_errors;
    int errors, warnings, notes, suppressed, baselined, failing;
} Totals;

/* Stores one file's result inside the open batch transaction. */
static int store_result(Db *db, long long run, const char *run_tag, FileResult *r, Arena *a) {
    if (r->io_error) {
        const char *key = arena_printf(a, "io:%s:%lld:%s", run_tag, run, r->path);
        if (db_cache_put(db, key, "run", &r->findings, 0, r->findings.len) < 0)
            return -1;
        return db_add_file(db, run, r->path, NULL, key, DB_FILE_IO_ERROR, r->error, NULL);
    }
    if (!r->cached && db_cache_put(db, r->key, "file", &r->findings, 0, r->findings.len) < 0)
        return -1;
    return db_add_file(db, run, r->path, r->content_hash, r->key,
                       r->cached ? DB_FILE_CACHED : DB_FILE_CHECKED, NULL,
                       r->stat_trusted ? &r->stat : NULL);
}

static FILE *open_output(const VerifyOptions *o) {
    if (!o->output || strcmp(o->output, "-") == 0)
        return stdout;
    FILE *fp = fopen(o->output, "w");
    if (!fp)
        fprintf(stderr, "error: cannot write `%s`: %s\n", o->output, strerror(errno));
    return fp;
}

static bool report_color(const VerifyOptions *o) {
    if (strcmp(o->color, "always") == 0)
        return true;
    if (strcmp(o->color, "never") == 0 || (o->output && strcmp(o->output, "-") != 0))
        return false;
    const char *nc = getenv("NO_COLOR");
    return !(nc && nc[0]) && isatty(STDOUT_FILENO);
}

/* Renders the report from what the run produced (file texts included, so
 * the text format shows snippets). */
static int write_report(const VerifyOptions *o, Db *db, FileResult *results, int n, long long run,
                        const char *started, const char *commit, const Baseline *base, Totals *t) {
    ReportInput in = {0};
    char finished[32];
    db_now_iso(finished);
    in.run_id = run;
    in.tool_version = GROK_VERSION;
    in.started_at = started;
    in.finished_at = finished;
    in.options = o->command_line;
    in.git_commit = commit;
    in.complete = true;
    in.color = report_color(o);
    in.files = xcalloc((size_t)(n ? n : 1), sizeof(ReportFile));
    in.nfiles = n;
    int total = 0;
    for (int i = 0; i < n; i++)
        total += results[i].findings.len;
    Finding *all = xcalloc((size_t)(total ? total : 1), sizeof(Finding));
    for (int i = 0; i < n; i++) {
        FileResult *r = &results[i];
        ReportFile *rf = &in.files[i];
        rf->path = r->path;
        /* Texts only where there is a snippet to show: indexing the lines of
         * every file of a large tree would cost more than the warm run. */
        if (r->findings.len > 0) {
            rf->text = r->text;
            rf->len = r->len;
        }
        for (int k = 0; k < r->findings.len; k++) {
            Finding *f = &r->findings.items[k];
            if (baseline_contains(base, f->fingerprint)) {
                t->baselined++;
                continue;
            }
            all[in.nfindings++] = *f;
            rf->nfindings++;
            if (f->suppressed) {
                t->suppressed++;
                continue;
            }
            t->errors += f->severity == FINDING_ERROR;
            t->warnings += f->severity == FINDING_WARNING;
            t->notes += f->severity == FINDING_NOTE;
            t->failing += options_fails(o, f->severity);
        }
    }
    in.findings = all;
    /* The benchmark history, as `report` shows it for a stored run. */
    Arena *bench_arena = arena_new();
    if (db_load_benchmarks(db, &in.benchmarks, &in.nbenchmarks, bench_arena) < 0) {
        in.benchmarks = NULL;
        in.nbenchmarks = 0;
    }
    int rc = 0;
    FILE *out = open_output(o);
    if (!out) {
        rc = -1;
    } else {
        char err[512] = "";
        if (report_write((ReportFormat)report_format_parse(o->format), &in, out, err, sizeof(err)) <
            0) {
            fprintf(stderr, "error: cannot write the %s report: %s\n", o->format, err);
            rc = -1;
        }
        if (out != stdout && fclose(out) != 0) {
            fprintf(stderr, "error: cannot write `%s`: %s\n", o->output, strerror(errno));
            rc = -1;
        } else if (out == stdout && fflush(stdout) != 0) {
            rc = -1;
        }
    }
    free(all);
    free(in.files);
    arena_free(bench_arena);
    return rc;
}

static void settings_from_options(CheckSettings *s, const VerifyOptions *o) {
    memset(s, 0, sizeof(*s));
    s->cfg = &o->cfg;
    s->rules = (const char **)o->rules.items;
    s->nrules = o->rules.len;
    s->exclude_rules = (const char **)o->exclude_rules.items;
    s->nexclude_rules = o->exclude_rules.len;
    s->use_cache = !o->no_cache;
    check_settings_hash(s, o->smt_timeout);
}

/* Runs the workers and stores their results; returns 0, or -1 after a
 * database error (reported). */
static int run_batch(Job *job, Db *db, long long run, const char *run_tag, int jobs,
                     const VerifyOptions *o, Arena *a, Totals *t) {
    pthread_t *threads = xcalloc((size_t)jobs, sizeof(pthread_t));
    int started = 0;
    for (; started < jobs; started++)
        if (pthread_create(&threads[started], NULL, worker, job) != 0)
            break;
    if (started == 0) {
        fprintf(stderr, "error: cannot start worker threads\n");
        free(threads);
        return -1;
    }
    Progress prog;
    progress_init(&prog, job->nfiles, o->quiet);
    int rc = 0, in_batch = 0, nfindings = 0;
    double batch_start = 0;
    for (int i = 0; i < job->nfiles && rc == 0; i++) {
        pthread_mutex_lock(&job->mu);
        while (!job->ready[i])
            pthread_cond_wait(&job->cv, &job->mu);
        pthread_mutex_unlock(&job->mu);
        FileResult *r = &job->results[i];
        if (in_batch == 0) {
            if (db_begin(db) < 0) {
                rc = -1;
                break;
            }
            batch_start = progress_now();
        }
        if (store_result(db, run, run_tag, r, a) < 0) {
            rc = -1;
            break;
        }
        in_batch++;
        t->files++;
        t->cached += r->cached;
        t->io_errors += r->io_error;
        nfindings += r->findings.len;
        if (o->verbose) {
            progress_finish(&prog);
            fprintf(stderr, "%s %s (%d findings)\n",
                    r->io_error ? "unreadable"
                    : r->cached ? "cached"
                                : "checked",
                    r->path, r->findings.len);
        }
        if (in_batch >= BATCH_FILES || progress_now() - batch_start >= BATCH_SECONDS ||
            i == job->nfiles - 1) {
            if (db_commit(db) < 0) {
                rc = -1;
                break;
            }
            in_batch = 0;
        }
        progress_update(&prog, i + 1, t->cached, nfindings);
    }
    progress_finish(&prog);
    if (rc < 0) {
        db_rollback(db);
        fprintf(stderr, "error: %s\n", db_error(db));
        atomic_store(&job->stop, true);
    }
    for (int k = 0; k < started; k++)
        pthread_join(threads[k], NULL);
    free(threads);
    return rc;
}

int verify_cmd_check(int argc, char **argv) {
    VerifyOptions o;
    int rc = options_parse(&o, argc, argv, OPT_OUTPUT | OPT_RULES | OPT_RUN | OPT_DB, HELP);
    if (rc != 0) {
        options_free(&o);
        return rc < 0 ? EXIT_OK : rc;
    }
    Arena *a = o.arena;
    if (o.paths.len == 0)
        ptrvec_push(a, &o.paths, (void *)(o.cfg.root ? o.cfg.root : "."));
    /* A shard writes its own database: results.db becomes
     * results-shard-2-of-8.db, unless --db names the file exactly. */
    if (o.shard_count > 0 && !o.db_from_flag) {
        const char *slash = strrchr(o.db, '/');
        const char *base = slash ? slash + 1 : o.db;
        const char *dot = strrchr(base, '.');
        int stem = dot && dot != base ? (int)(dot - o.db) : (int)strlen(o.db);
        o.db = arena_printf(a, "%.*s-shard-%d-of-%d%s", stem, o.db, o.shard_index, o.shard_count,
                            o.db + stem);
    }

    PtrVec files = {0};
    char err[1024];
    if (files_collect(&o.cfg, (const char *const *)o.paths.items, o.paths.len, o.shard_index,
                      o.shard_count, a, &files, err, sizeof(err)) < 0) {
        fprintf(stderr, "error: %s\n", err);
        options_free(&o);
        return EXIT_USAGE;
    }
    Baseline base = {0};
    if (o.baseline && baseline_load(o.baseline, a, &base, err, sizeof(err)) < 0) {
        fprintf(stderr, "error: %s\n", err);
        options_free(&o);
        return EXIT_USAGE;
    }
    Db *db;
    if (db_open(&db, o.db, DB_READWRITE, err, sizeof(err)) < 0) {
        fprintf(stderr, "error: %s\n", err);
        options_free(&o);
        return EXIT_USAGE;
    }
    char started[32];
    db_now_iso(started);
    const char *commit = git_commit(a);
    const char *shard =
        o.shard_count ? arena_printf(a, "%d/%d", o.shard_index, o.shard_count) : NULL;
    DbRunInfo info = {GROK_VERSION, o.command_line, commit, shard};
    long long run = 0;
    if (db_run_begin(db, &info, &run) < 0) {
        fprintf(stderr, "error: %s\n", db_error(db));
        db_close(db);
        options_free(&o);
        return EXIT_USAGE;
    }

    CheckSettings settings;
    settings_from_options(&settings, &o);
    int n = files.len;
    Job job = {.settings = &settings, .db_path = o.db, .nfiles = n};
    job.results = xcalloc((size_t)(n ? n : 1), sizeof(FileResult));
    job.ready = xcalloc((size_t)(n ? n : 1), sizeof(bool));
    for (int i = 0; i < n; i++)
        job.results[i].path = files.items[i];
    atomic_init(&job.next, 0);
    atomic_init(&job.stop, false);
    pthread_mutex_init(&job.mu, NULL);
    pthread_cond_init(&job.cv, NULL);
    int jobs = o.jobs < n ? o.jobs : n;
    double t0 = progress_now();
    Totals t = {0};
    int status = EXIT_OK;
    if (n > 0 && run_batch(&job, db, run, started, jobs > 0 ? jobs : 1, &o, a, &t) < 0) {
        status = EXIT_USAGE;
    } else if (db_run_finish(db, run) < 0) {
        fprintf(stderr, "error: %s\n", db_error(db));
        status = EXIT_USAGE;
    } else {
        if (write_report(&o, db, job.results, n, run, started, commit, &base, &t) < 0)
            status = EXIT_USAGE;
        else if (t.io_errors > 0)
            status = EXIT_USAGE;
        else if (t.failing > 0)
            status = EXIT_FINDINGS;
        if (!o.quiet)
            fprintf(stderr,
                    "grok-verify: checked %d file%s (%d from cache%s) in %.2fs: %d error%s, %d "
                    "warning%s, %d note%s (%d suppressed%s); run %lld in %s\n",
                    t.files, t.files == 1 ? "" : "s", t.cached,
                    t.io_errors ? arena_printf(a, ", %d unreadable", t.io_errors) : "",
                    progress_now() - t0, t.errors, t.errors == 1 ? "" : "s", t.warnings,
                    t.warnings == 1 ? "" : "s", t.notes, t.notes == 1 ? "" : "s", t.suppressed,
                    o.baseline ? arena_printf(a, ", %d in baseline", t.baselined) : "", run, o.db);
    }
    for (int i = 0; i < n; i++)
        file_result_free(&job.results[i]);
    pthread_mutex_destroy(&job.mu);
    pthread_cond_destroy(&job.cv);
    free(job.results);
    free(job.ready);
    db_close(db);
    options_free(&o);
    return status;
}
