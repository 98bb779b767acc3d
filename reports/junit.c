/* JUnit XML for CI dashboards: one <testsuite> per file with one
 * <testcase> per (file, rule) that has findings there, failing when an
 * unsuppressed error or warning is among them; a file without findings
 * gets one passing testcase. Verification verdicts form a last suite:
 * REFUTED fails, UNKNOWN is skipped with its reason. */
#include "report_common.h"

#include <stdlib.h>
#include <string.h>

static void esc(StrBuf *sb, const char *s) {
    s = report_str(s);
    sb_xml_escape(sb, s, strlen(s));
}

static void finding_line(StrBuf *body, const Finding *f) {
    sb_printf(body, "%s:%d:%d: %s", report_str(f->primary.file), f->primary.line, f->primary.col,
              finding_severity_name(f->severity));
    if (f->code)
        sb_printf(body, "[%s]", f->code);
    sb_printf(body, ": %s\n", report_str(f->message));
    for (int i = 0; i < f->nrelated; i++)
        sb_printf(body, "  %s:%d:%d: %s\n", report_str(f->related[i].file), f->related[i].line,
                  f->related[i].col, report_str(f->related[i].label));
    for (int i = 0; i < f->nnotes; i++)
        sb_printf(body, "  = %s\n", report_str(f->notes[i]));
    for (int i = 0; i < f->nwitness; i++)
        sb_printf(body, "  %d. %s:%d:%d: %s\n", i + 1, report_str(f->witness[i].loc.file),
                  f->witness[i].loc.line, f->witness[i].loc.col, report_str(f->witness[i].message));
    if (f->suppressed)
        sb_printf(body, "  (suppressed: %s)\n", report_str(f->suppression));
}

/* One testcase: the findings FS[0..N) share a file and a rule. */
static void write_case(StrBuf *sb, const char *path, const Finding **fs, int n, int *failures) {
    int failing = 0, suppressed = 0;
    for (int i = 0; i < n; i++) {
        if (fs[i]->suppressed)
            suppressed++;
        else if (fs[i]->severity != FINDING_NOTE)
            failing++;
    }
    StrBuf body;
    sb_init(&body);
    for (int i = 0; i < n; i++)
        finding_line(&body, fs[i]);
    sb_puts(sb, "    <testcase classname=\"");
    esc(sb, path);
    sb_puts(sb, "\" name=\"");
    esc(sb, fs[0]->rule);
    sb_puts(sb, "\">\n");
    if (failing) {
        (*failures)++;
        sb_printf(sb, "      <failure type=\"");
        esc(sb, fs[0]->rule);
        sb_printf(sb, "\" message=\"%d finding%s\">", failing, failing == 1 ? "" : "s");
        esc(sb, body.data);
        sb_puts(sb, "</failure>\n");
    } else {
        if (suppressed == n)
            sb_printf(sb, "      <skipped message=\"%d suppressed finding%s\"/>\n", n,
                      n == 1 ? "" : "s");
        sb_puts(sb, "      <system-out>");
        esc(sb, body.data);
        sb_puts(sb, "</system-out>\n");
    }
    sb_puts(sb, "    </testcase>\n");
    sb_free(&body);
}

typedef struct Entry {
    const Finding *f;
    int pos; /* in report order, so sorting by (rule, pos) is stable */
} Entry;

static int cmp_rule_then_pos(const void *pa, const void *pb) {
    const Entry *a = pa, *b = pb;
    int c = strcmp(report_str(a->f->rule), report_str(b->f->rule));
    if (c)
        return c;
    return a->pos - b->pos;
}

static int count_cases(const Finding **fs, int n) {
    int cases = 0;
    for (int i = 0; i < n; i++)
        if (i == 0 || strcmp(report_str(fs[i]->rule), report_str(fs[i - 1]->rule)) != 0)
            cases++;
    return cases ? cases : 1;
}

void report_junit_write(const ReportCtx *cx, StrBuf *sb) {
    const ReportInput *in = cx->in;
    StrBuf suites;
    sb_init(&suites);
    int total_tests = 0, total_failures = 0, total_skipped = 0;
    /* Findings are in report order (by file first), so each file's are a run. */
    Entry *es = xmalloc(sizeof(Entry) * (size_t)(cx->nfindings ? cx->nfindings : 1));
    const Finding **fs = xmalloc(sizeof(Finding *) * (size_t)(cx->nfindings ? cx->nfindings : 1));
    int next = 0;
    for (int p = 0; p < cx->npaths; p++) {
        const char *path = cx->paths[p].path;
        int n = 0;
        while (next < cx->nfindings &&
               strcmp(report_str(cx->findings[next]->primary.file), path) == 0) {
            es[n] = (Entry){cx->findings[next], next};
            n++, next++;
        }
        qsort(es, (size_t)n, sizeof(Entry), cmp_rule_then_pos);
        for (int i = 0; i < n; i++)
            fs[i] = es[i].f;
        StrBuf cases;
        sb_init(&cases);
        int failures = 0, tests = count_cases(fs, n), skipped = 0;
        if (n == 0) {
            sb_puts(&cases, "    <testcase classname=\"");
            esc(&cases, path);
            sb_puts(&cases, "\" name=\"grok-verify\"/>\n");
        }
        for (int i = 0; i < n;) {
            int j = i + 1;
            while (j < n && strcmp(report_str(fs[j]->rule), report_str(fs[i]->rule)) == 0)
                j++;
            bool all_suppressed = true;
            for (int k = i; k < j; k++)
                all_suppressed = all_suppressed && fs[k]->suppressed;
            skipped += all_suppressed;
            write_case(&cases, path, fs + i, j - i, &failures);
            i = j;
        }
        sb_puts(&suites, "  <testsuite name=\"");
        esc(&suites, path);
        sb_printf(&suites, "\" tests=\"%d\" failures=\"%d\" errors=\"0\" skipped=\"%d\"", tests,
                  failures, skipped);
        if (in->started_at) {
            sb_puts(&suites, " timestamp=\"");
            esc(&suites, in->started_at);
            sb_putc(&suites, '"');
        }
        sb_puts(&suites, ">\n");
        sb_putn(&suites, cases.data ? cases.data : "", cases.len);
        sb_puts(&suites, "  </testsuite>\n");
        sb_free(&cases);
        total_tests += tests;
        total_failures += failures;
        total_skipped += skipped;
    }
    free(fs);
    free(es);

    if (in->nverifications > 0) {
        int failures = cx->counts.by_verdict[VERDICT_REFUTED];
        int skipped = cx->counts.by_verdict[VERDICT_UNKNOWN];
        sb_printf(&suites,
                  "  <testsuite name=\"grok-verify/verification\" tests=\"%d\" failures=\"%d\" "
                  "errors=\"0\" skipped=\"%d\">\n",
                  in->nverifications, failures, skipped);
        for (int i = 0; i < in->nverifications; i++) {
            const VerificationRecord *v = &in->verifications[i];
            sb_puts(&suites, "    <testcase classname=\"");
            esc(&suites, v->kind);
            sb_puts(&suites, "\" name=\"");
            esc(&suites, v->subject);
            if (v->file && v->file[0]) {
                sb_puts(&suites, " (");
                esc(&suites, v->file);
                sb_putc(&suites, ')');
            }
            sb_printf(&suites, "\" time=\"%.3f\"", v->solver_ms / 1000.0);
            if (v->verdict == VERDICT_PROVED) {
                sb_puts(&suites, "/>\n");
                continue;
            }
            sb_puts(&suites, ">\n");
            if (v->verdict == VERDICT_REFUTED) {
                sb_puts(&suites, "      <failure type=\"REFUTED\" message=\"");
                esc(&suites, v->reason ? v->reason : "refuted");
                sb_puts(&suites, "\">");
                esc(&suites, v->counterexample);
                sb_puts(&suites, "</failure>\n");
            } else {
                sb_puts(&suites, "      <skipped message=\"UNKNOWN: ");
                esc(&suites, v->reason ? v->reason : "no reason recorded");
                sb_puts(&suites, "\"/>\n");
            }
            sb_puts(&suites, "    </testcase>\n");
        }
        sb_puts(&suites, "  </testsuite>\n");
        total_tests += in->nverifications;
        total_failures += failures;
        total_skipped += skipped;
    }

    sb_puts(sb, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb_printf(sb,
              "<testsuites name=\"grok-verify run %lld\" tests=\"%d\" failures=\"%d\" "
              "errors=\"0\" skipped=\"%d\">\n",
              in->run_id, total_tests, total_failures, total_skipped);
    sb_putn(sb, suites.data ? suites.data : "", suites.len);
    sb_puts(sb, "</testsuites>\n");
    sb_free(&suites);
}
