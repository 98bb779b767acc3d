/* grok-verify rustc-facts DIR...: loads every function folder of rustc's
 * -Znll-facts output, solves the borrow rules on all cores and prints the
 * errors in Polonius's own terms (loans, paths, origins, points). */
#include "verify_rustc_facts.h"

#include "analysis/borrow_solve.h"
#include "analysis/rustc_facts_load.h"
#include "arena.h"
#include "common.h"
#include "strbuf.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char *USAGE =
    "usage: grok-verify rustc-facts [options] DIR...\n"
    "\n"
    "Checks rustc's borrow-check input facts (RUSTC_BOOTSTRAP=1 rustc -Znll-facts\n"
    "-Znll-facts-dir=DIR file.rs) with the Polonius rules on Z3's fixedpoint engine.\n"
    "DIR is one function folder or a folder of function folders.\n"
    "\n"
    "options:\n"
    "  --format text|json   output format (default text)\n"
    "  --mode hybrid|full   hybrid: location-insensitive pass first, full rules\n"
    "                       only for the functions it flags (default); full: the\n"
    "                       full rules everywhere. Both give the same errors.\n"
    "  -j N                 worker threads (default: all cores)\n"
    "  --smt-timeout SECS   Z3 timeout per function (default 10; 0 = none)\n"
    "  -h, --help           this help\n"
    "\n"
    "exit status: 0 no error, 1 errors found (or a function UNKNOWN), 2 bad input\n";

typedef struct LoadJob {
    RustcFactsFolders *folders;
    PoloniusFacts *facts;
    char **errors; /* per function, NULL when loaded */
    atomic_int next;
} LoadJob;

static void *load_thread(void *arg) {
    LoadJob *job = arg;
    char err[1024];
    for (;;) {
        int i = atomic_fetch_add(&job->next, 1);
        if (i >= job->folders->n)
            break;
        if (rustc_facts_load(job->folders->dirs[i], job->folders->names[i], &job->facts[i], err,
                             sizeof err) != 0)
            job->errors[i] = xstrdup(err);
    }
    return NULL;
}

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void json_atom(StrBuf *sb, const PoloniusFacts *f, PfKind k, uint32_t id) {
    const char *s = pf_atom_name(f, k, id);
    sb_json_str(sb, s, strlen(s));
}

static void json_tuples(StrBuf *sb, const PoloniusFacts *f, const BorrowTuples *t, int arity,
                        const PfKind *kinds) {
    sb_putc(sb, '[');
    for (size_t i = 0; i < t->n; i++) {
        sb_puts(sb, i ? ",[" : "[");
        for (int c = 0; c < arity; c++) {
            if (c)
                sb_putc(sb, ',');
            json_atom(sb, f, kinds[c], t->v[i * arity + c]);
        }
        sb_putc(sb, ']');
    }
    sb_putc(sb, ']');
}

static const PfKind LOAN_KINDS[] = {PF_LOAN, PF_POINT};
static const PfKind MOVE_KINDS[] = {PF_PATH, PF_POINT};
static const PfKind SUBSET_KINDS[] = {PF_ORIGIN, PF_ORIGIN, PF_POINT};

static void print_json(PoloniusFacts *facts, BorrowFnResult *res, int n, const char *mode,
                       const BorrowSolveStats *st, double load_s, size_t totals[3]) {
    StrBuf sb;
    sb_init(&sb);
    sb_puts(&sb, "{\"functions\":[");
    for (int i = 0; i < n; i++) {
        const PoloniusFacts *f = &facts[i];
        const BorrowFnResult *r = &res[i];
        sb_puts(&sb, i ? ",\n{\"name\":" : "\n{\"name\":");
        sb_json_str(&sb, f->name, strlen(f->name));
        sb_printf(&sb, ",\"status\":\"%s\"", r->status == BORROW_FN_UNKNOWN ? "unknown" : "solved");
        if (r->status == BORROW_FN_UNKNOWN) {
            sb_puts(&sb, ",\"reason\":");
            sb_json_str(&sb, r->unknown_reason, strlen(r->unknown_reason));
        }
        sb_printf(&sb,
                  ",\"skipped\":%s,\"li_flagged\":%s,\"ran_full\":%s,\"loan_error_count\":%zu,"
                  "\"move_error_count\":%zu,\"subset_error_count\":%zu,\"loan_errors\":",
                  r->skipped ? "true" : "false", r->li_flagged ? "true" : "false",
                  r->ran_full ? "true" : "false", r->loan_errors.n, r->move_errors.n,
                  r->subset_errors.n);
        json_tuples(&sb, f, &r->loan_errors, 2, LOAN_KINDS);
        sb_puts(&sb, ",\"move_errors\":");
        json_tuples(&sb, f, &r->move_errors, 2, MOVE_KINDS);
        sb_puts(&sb, ",\"subset_errors\":");
        json_tuples(&sb, f, &r->subset_errors, 3, SUBSET_KINDS);
        sb_putc(&sb, '}');
    }
    sb_printf(&sb,
              "\n],\"summary\":{\"mode\":\"%s\",\"functions\":%d,\"skipped\":%d,"
              "\"location_insensitive\":%d,\"full\":%d,\"unknown\":%d,\"loan_errors\":%zu,"
              "\"move_errors\":%zu,\"subset_errors\":%zu,\"load_s\":%.3f,"
              "\"location_insensitive_s\":%.3f,\"full_s\":%.3f}}\n",
              mode, n, st->skipped, st->li_functions, st->full_functions, st->unknown, totals[0],
              totals[1], totals[2], load_s, st->li_seconds, st->full_seconds);
    fputs(sb.data, stdout);
    sb_free(&sb);
}

static void print_text(PoloniusFacts *facts, BorrowFnResult *res, int n, const char *mode,
                       const BorrowSolveStats *st, double load_s, size_t totals[3]) {
    for (int i = 0; i < n; i++) {
        const PoloniusFacts *f = &facts[i];
        const BorrowFnResult *r = &res[i];
        if (r->status == BORROW_FN_UNKNOWN) {
            printf("unknown: %s: %s\n", f->name, r->unknown_reason);
            continue;
        }
        const BorrowTuples *t = &r->loan_errors;
        for (size_t k = 0; k < t->n; k++)
            printf("error[loan]: %s: loan %s is invalidated at %s while it is live\n", f->name,
                   pf_atom_name(f, PF_LOAN, t->v[2 * k]),
                   pf_atom_name(f, PF_POINT, t->v[2 * k + 1]));
        t = &r->move_errors;
        for (size_t k = 0; k < t->n; k++)
            printf("error[move]: %s: path %s is accessed at %s but may be moved or "
                   "uninitialised\n",
                   f->name, pf_atom_name(f, PF_PATH, t->v[2 * k]),
                   pf_atom_name(f, PF_POINT, t->v[2 * k + 1]));
        t = &r->subset_errors;
        for (size_t k = 0; k < t->n; k++)
            printf("error[subset]: %s: origin %s flows into %s at %s, an undeclared "
                   "relation between placeholders\n",
                   f->name, pf_atom_name(f, PF_ORIGIN, t->v[3 * k]),
                   pf_atom_name(f, PF_ORIGIN, t->v[3 * k + 1]),
                   pf_atom_name(f, PF_POINT, t->v[3 * k + 2]));
    }
    printf("summary: %d functions (%d skipped: nothing can fail; %d location-insensitive; %d "
           "full rules; %d unknown), mode %s\n",
           n, st->skipped, st->li_functions, st->full_functions, st->unknown, mode);
    printf("errors: %zu loan, %zu move, %zu subset\n", totals[0], totals[1], totals[2]);
    printf("time: load %.3f s, location-insensitive %.3f s, full rules %.3f s\n", load_s,
           st->li_seconds, st->full_seconds);
}

int verify_cmd_rustc_facts(int argc, char **argv) {
    const char *prog = "grok-verify rustc-facts";
    const char *format = "text", *mode = "hybrid";
    long jobs = sysconf(_SC_NPROCESSORS_ONLN);
    double timeout_s = 10;
    const char **paths = xcalloc((size_t)argc + 1, sizeof *paths);
    int npaths = 0;
    for (int i = 1; i < argc; i++) {
        bool missing = false;
        const char *v;
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            fputs(USAGE, stdout);
            free(paths);
            return EXIT_OK;
        } else if ((v = tool_opt_value(argc, argv, &i, "--format", &missing))) {
            format = v;
        } else if ((v = tool_opt_value(argc, argv, &i, "--mode", &missing))) {
            mode = v;
        } else if ((v = tool_opt_value(argc, argv, &i, "-j", &missing))) {
            char *end;
            jobs = strtol(v, &end, 10);
            if (*end || jobs < 1 || jobs > 1024) {
                free(paths);
                return tool_usage_error(prog, "-j expects a number from 1 to 1024, got `%s`", v);
            }
        } else if ((v = tool_opt_value(argc, argv, &i, "--smt-timeout", &missing))) {
            char *end;
            timeout_s = strtod(v, &end);
            if (*end || !(timeout_s >= 0) || timeout_s > 86400) {
                free(paths);
                return tool_usage_error(prog, "--smt-timeout expects seconds, got `%s`", v);
            }
        } else if (missing) {
            free(paths);
            return tool_usage_error(prog, "option `%s` needs a value", argv[i]);
        } else if (argv[i][0] == '-' && argv[i][1]) {
            free(paths);
            return tool_usage_error(prog, "unknown option `%s`", argv[i]);
        } else {
            paths[npaths++] = argv[i];
        }
    }
    if (strcmp(format, "text") != 0 && strcmp(format, "json") != 0) {
        free(paths);
        return tool_usage_error(prog, "--format must be text or json, got `%s`", format);
    }
    if (strcmp(mode, "hybrid") != 0 && strcmp(mode, "full") != 0) {
        free(paths);
        return tool_usage_error(prog, "--mode must be hybrid or full, got `%s`", mode);
    }
    if (npaths == 0) {
        free(paths);
        return tool_usage_error(prog, "no facts folder given");
    }

    double t0 = now_seconds();
    RustcFactsFolders folders = {0};
    char err[1024];
    for (int i = 0; i < npaths; i++) {
        if (rustc_facts_find_functions(paths[i], &folders, err, sizeof err) != 0) {
            fprintf(stderr, "error: %s\n", err);
            rustc_facts_folders_free(&folders);
            free(paths);
            return EXIT_USAGE;
        }
    }
    free(paths);
    int n = folders.n;
    PoloniusFacts *facts = xcalloc((size_t)n, sizeof *facts);
    LoadJob job = {
        .folders = &folders, .facts = facts, .errors = xcalloc((size_t)n, sizeof(char *))};
    atomic_store(&job.next, 0);
    int nt = (int)(jobs < n ? jobs : n);
    pthread_t *th = xmalloc((size_t)(nt > 0 ? nt : 1) * sizeof *th);
    for (int i = 0; i < nt; i++)
        pthread_create(&th[i], NULL, load_thread, &job);
    for (int i = 0; i < nt; i++)
        pthread_join(th[i], NULL);
    free(th);
    double load_s = now_seconds() - t0;
    int status = EXIT_OK;
    for (int i = 0; i < n; i++)
        if (job.errors[i]) {
            fprintf(stderr, "error: %s\n", job.errors[i]);
            status = EXIT_USAGE;
        }
    if (status == EXIT_OK) {
        PoloniusFacts **ptrs = xmalloc((size_t)(n ? n : 1) * sizeof *ptrs);
        for (int i = 0; i < n; i++)
            ptrs[i] = &facts[i];
        BorrowFnResult *res = xcalloc((size_t)(n ? n : 1), sizeof *res);
        BorrowSolveOptions opt = {
            .mode = strcmp(mode, "full") == 0 ? BORROW_MODE_FULL : BORROW_MODE_HYBRID,
            .jobs = (int)jobs,
            .timeout_ms = (unsigned)(timeout_s * 1000.0),
        };
        BorrowSolveStats st;
        if (borrow_solve(ptrs, n, &opt, res, &st, err, sizeof err) != 0) {
            fprintf(stderr, "error: %s\n", err);
            status = EXIT_USAGE;
        } else {
            size_t totals[3] = {0, 0, 0};
            for (int i = 0; i < n; i++) {
                totals[0] += res[i].loan_errors.n;
                totals[1] += res[i].move_errors.n;
                totals[2] += res[i].subset_errors.n;
                if (res[i].status == BORROW_FN_UNKNOWN || res[i].loan_errors.n ||
                    res[i].move_errors.n || res[i].subset_errors.n)
                    status = EXIT_FINDINGS;
            }
            if (strcmp(format, "json") == 0)
                print_json(facts, res, n, mode, &st, load_s, totals);
            else
                print_text(facts, res, n, mode, &st, load_s, totals);
        }
        for (int i = 0; i < n; i++)
            borrow_fn_result_free(&res[i]);
        free(res);
        free(ptrs);
    }
    for (int i = 0; i < n; i++) {
        if (!job.errors[i])
            pf_free(&facts[i]);
        free(job.errors[i]);
    }
    free(job.errors);
    free(facts);
    rustc_facts_folders_free(&folders);
    return status;
}
