/* Reports: every format rendered from one fixed run (several findings with
 * related spans, a witness, a suppressed one, notes, Unicode and hostile
 * strings; PROVED/REFUTED/UNKNOWN verdicts; benchmarks across three runs)
 * and compared byte for byte with tests/reports/expected/sample.*, plus
 * targeted checks: escaping, the SARIF result cap, the Markdown size cap,
 * the empty run, determinism and write errors.
 *
 * GROK_UPDATE_EXPECTED=1 rewrites the expected files (review the diff).
 * GROK_REPORT_OUT=DIR also writes the samples there for the e2e checks
 * (SARIF schema validation, xmllint, headless Chromium). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "reports/report.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#define HOSTILE "</script><img src=x onerror=alert(1)>"

static const char MAIN_SRC[] = "fn main() {\n"
                               "    let s = String::from(\"naïve ✓\");\n"
                               "    let t = s;\n"
                               "    println!(\"{}\", s);\n"
                               "    let msg = \"" HOSTILE "\";\n"
                               "\tlet q = 10 / zero();\n"
                               "}\n";

static const char LOCKS_SRC[] = "fn transfer(a: &Mutex<i32>, b: &Mutex<i32>) {\n"
                                "    let ga = a.lock();\n"
                                "    let gb = b.lock();\n"
                                "}\n"
                                "fn audit(a: &Mutex<i32>, b: &Mutex<i32>) {\n"
                                "    let gb = b.lock();\n"
                                "    let ga = a.lock();\n"
                                "}\n";

static const char CLEAN_SRC[] = "fn ok() -> i32 { 1 }\n";

static FindingLoc loc(const char *file, int line, int col, int end_col, const char *label) {
    return (FindingLoc){file, line, col, line, end_col, 0, 0, label};
}

static FindingLoc move_related[] = {{"src/main.grok", 3, 13, 3, 14, 0, 0, "value moved here"}};
static const char *move_notes[] = {
    "note: move occurs because `s` has type `String`, which does not implement `Copy`",
    "help: borrow it instead: `&s`, or clone it: `s.clone()`"};
static WitnessStep move_witness[] = {
    {{"src/main.grok", 2, 9, 2, 10, 0, 0, NULL}, "`s` is initialised"},
    {{"src/main.grok", 3, 13, 3, 14, 0, 0, NULL}, "`s` is moved into `t`"},
    {{"src/main.grok", 4, 20, 4, 21, 0, 0, NULL}, "`s` is used after the move"}};
static const char *div_notes[] = {"note: counterexample: zero() returns 0 " HOSTILE};
static FindingLoc lock_related[] = {
    {"src/locks.grok", 7, 14, 7, 22, 0, 0, "`a` locked here while `b` is held"}};
static WitnessStep lock_witness[] = {
    {{"src/locks.grok", 2, 14, 2, 22, 0, 0, NULL}, "`transfer` locks `a`"},
    {{"src/locks.grok", 3, 14, 3, 22, 0, 0, NULL}, "then `b` while holding `a`"},
    {{"src/locks.grok", 6, 14, 6, 22, 0, 0, NULL}, "`audit` locks `b`"},
    {{"src/locks.grok", 7, 14, 7, 22, 0, 0, NULL}, "then `a` while holding `b`: cycle"}};
static FindingLoc bounds_related[] = {
    {"src/main.grok", 5, 15, 5, 53, 0, 0, "the buffer is filled from this literal"}};

static Finding sample_findings[6];
static ReportFile sample_files[4];
static const VerificationRecord sample_verifications[] = {
    {"equiv", "add_one", "src/main.grok", VERDICT_PROVED, "equivalent for all 2^64 inputs", NULL,
     12.5},
    {"tv/sccp", "fold_consts", "src/main.grok", VERDICT_REFUTED,
     "sccp changed the result for one input",
     "x = -1\noriginal returns 0\noptimized returns 4294967295", 3.25},
    {"safety", "checked_div", "src/main.grok", VERDICT_UNKNOWN, "timeout after 10000 ms", NULL,
     10000},
    {"ai-gate", "sum_squares", "src/main.grok", VERDICT_PROVED,
     "candidate is equivalent to the original; 1.8x faster", NULL, 40},
    {"ai-gate", "popcount", "src/bits.grok", VERDICT_REFUTED, "candidate differs from original",
     "n = 0x80000000: original returns 1, candidate returns <b>0</b> " HOSTILE, 7.5},
    {"ai-gate", "collatz_len", NULL, VERDICT_UNKNOWN, "loop beyond the unroll bound (64)", NULL,
     0.5},
};
static const BenchmarkRecord sample_benchmarks[] = {
    {40, "2026-01-13T09:00:00Z", "fib", "wall", "ms", 120.5},
    {40, "2026-01-13T09:00:00Z", "fib", "rss", "KiB", 2048},
    {40, "2026-01-13T09:00:00Z", "parse <big> & \"quoted\"", "wall", "ms", 33.75},
    {41, "2026-01-14T09:00:00Z", "fib", "wall", "ms", 118.25},
    {41, "2026-01-14T09:00:00Z", "fib", "rss", "KiB", 2048},
    {41, "2026-01-14T09:00:00Z", "parse <big> & \"quoted\"", "wall", "ms", 35},
    {42, "2026-01-15T10:00:00Z", "fib", "wall", "ms", 96},
    {42, "2026-01-15T10:00:00Z", "fib", "rss", "KiB", 2112},
    {42, "2026-01-15T10:00:00Z", "parse <big> & \"quoted\"", "wall", "ms", 31.5},
};

static ReportInput sample_input(void) {
    sample_files[0] = (ReportFile){"src/main.grok", MAIN_SRC, sizeof MAIN_SRC - 1, 3};
    sample_files[1] = (ReportFile){"src/locks.grok", LOCKS_SRC, sizeof LOCKS_SRC - 1, 2};
    sample_files[2] = (ReportFile){"src/clean.grok", CLEAN_SRC, sizeof CLEAN_SRC - 1, 0};
    sample_files[3] = (ReportFile){"gen/remote.grok", NULL, 0, 1};

    Finding *f = sample_findings;
    memset(f, 0, sizeof sample_findings);
    /* Deliberately not in report order: the renderers sort. */
    f[0] =
        (Finding){.rule = "lock/order-cycle",
                  .severity = FINDING_ERROR,
                  .message = "lock order cycle: `a` then `b` in `transfer`, `b` then `a` in "
                             "`audit`",
                  .function = "transfer",
                  .primary = loc("src/locks.grok", 3, 14, 22, "`b` locked here while `a` is held"),
                  .related = lock_related,
                  .nrelated = 1,
                  .witness = lock_witness,
                  .nwitness = 4,
                  .snippet = "let gb = b.lock();",
                  .fingerprint = "9f86d081884c7d65"};
    f[1] = (Finding){.rule = "borrow/use-after-move",
                     .code = "E0382",
                     .severity = FINDING_ERROR,
                     .message = "use of moved value: `s`",
                     .function = "main",
                     .primary = loc("src/main.grok", 4, 20, 21, "value used here after move"),
                     .related = move_related,
                     .nrelated = 1,
                     .notes = move_notes,
                     .nnotes = 2,
                     .witness = move_witness,
                     .nwitness = 3,
                     .snippet = "println!(\"{}\", s);",
                     .fingerprint = "1a2b3c4d5e6f7081"};
    f[2] = (Finding){.rule = "safety/division-by-zero",
                     .severity = FINDING_ERROR,
                     .message = "division by zero: `zero()` can return 0 " HOSTILE,
                     .function = "main",
                     .primary = loc("src/main.grok", 6, 10, 21, "divisor can be 0"),
                     .notes = div_notes,
                     .nnotes = 1,
                     .snippet = "let q = 10 / zero();",
                     .fingerprint = "0c1d2e3f40516273"};
    f[3] = (Finding){.rule = "experimental/naïve-check",
                     .severity = FINDING_WARNING,
                     .message = "string literal \"naïve ✓\" is not ASCII \x1b[2J — 🚀 & <ok>",
                     .function = "main",
                     .primary = loc("src/main.grok", 2, 26, 35, NULL),
                     .snippet = "let s = String::from(\"naïve ✓\");",
                     .fingerprint = "aaaabbbbccccdddd"};
    f[4] = (Finding){.rule = "safety/overflow",
                     .severity = FINDING_WARNING,
                     .message = "`ga + gb` can overflow",
                     .function = "transfer",
                     .primary = loc("src/locks.grok", 2, 9, 11, NULL),
                     .snippet = "let ga = a.lock();",
                     .fingerprint = "5555666677778888",
                     .suppressed = true,
                     .suppression = "checked by the caller (ticket #12)"};
    f[5] = (Finding){.rule = "safety/index-out-of-bounds",
                     .severity = FINDING_NOTE,
                     .message = "index `i` may be out of bounds when `len` is 0",
                     .function = "",
                     .primary = loc("gen/remote.grok", 17, 5, 9, "index"),
                     .related = bounds_related,
                     .nrelated = 1,
                     .snippet = "buf[i]"};
    return (ReportInput){.run_id = 42,
                         .tool_version = "0.1.0",
                         .started_at = "2026-01-15T10:00:00Z",
                         .finished_at = "2026-01-15T10:00:07Z",
                         .options = "grok-verify check src/ gen/ \"--name=<x>\"",
                         .git_commit = "0123456789abcdef0123456789abcdef01234567",
                         .complete = true,
                         .files = sample_files,
                         .nfiles = 4,
                         .findings = sample_findings,
                         .nfindings = 6,
                         .verifications = sample_verifications,
                         .nverifications = 6,
                         .benchmarks = sample_benchmarks,
                         .nbenchmarks = 9};
}

/* Renders IN as FMT into a heap string. */
static char *render(ReportFormat fmt, const ReportInput *in, size_t *len) {
    char *buf = NULL;
    size_t n = 0;
    FILE *mem = open_memstream(&buf, &n);
    assert_non_null(mem);
    char err[256] = "";
    int rc = report_write(fmt, in, mem, err, sizeof err);
    fclose(mem);
    if (rc != 0)
        fail_msg("report_write: %s", err);
    if (len)
        *len = n;
    return buf;
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    size_t got = fread(buf, 1, (size_t)n, f);
    fclose(f);
    buf[got] = 0;
    *len = got;
    return buf;
}

static void write_file(const char *path, const char *data, size_t len) {
    FILE *f = fopen(path, "wb");
    if (!f)
        fail_msg("cannot write %s", path);
    fwrite(data, 1, len, f);
    fclose(f);
}

static const char *ext_of(ReportFormat fmt) {
    static const char *exts[] = {"txt", "json", "sarif", "xml", "md", "html"};
    return exts[fmt];
}

/* Compares the rendering with the expected file, naming the first
 * differing line when they differ. */
static void compare_with_expected(ReportFormat fmt, const char *name, const ReportInput *in) {
    size_t len;
    char *got = render(fmt, in, &len);
    char path[1024];
    snprintf(path, sizeof path, "%s/tests/reports/expected/%s.%s", GROK_SOURCE_DIR, name,
             ext_of(fmt));
    const char *out_dir = getenv("GROK_REPORT_OUT");
    if (out_dir && *out_dir) {
        char out[1024];
        snprintf(out, sizeof out, "%s/%s.%s", out_dir, name, ext_of(fmt));
        write_file(out, got, len);
    }
    const char *update = getenv("GROK_UPDATE_EXPECTED");
    if (update && strcmp(update, "1") == 0) {
        write_file(path, got, len);
        free(got);
        return;
    }
    size_t want_len = 0;
    char *want = read_file(path, &want_len);
    if (!want)
        fail_msg("missing %s (run with GROK_UPDATE_EXPECTED=1 and review it)", path);
    if (want_len != len || memcmp(want, got, len) != 0) {
        int line = 1;
        size_t i = 0;
        while (i < len && i < want_len && got[i] == want[i]) {
            if (got[i] == '\n')
                line++;
            i++;
        }
        print_error("%s differs from the rendering at line %d\n", path, line);
        free(want);
        free(got);
        fail();
    }
    free(want);
    free(got);
}

static void test_expected_text(void **state) {
    ReportInput in = sample_input();
    compare_with_expected(REPORT_TEXT, "sample", &in);
}
static void test_expected_json(void **state) {
    ReportInput in = sample_input();
    compare_with_expected(REPORT_JSON, "sample", &in);
}
static void test_expected_sarif(void **state) {
    ReportInput in = sample_input();
    compare_with_expected(REPORT_SARIF, "sample", &in);
}
static void test_expected_junit(void **state) {
    ReportInput in = sample_input();
    compare_with_expected(REPORT_JUNIT, "sample", &in);
}
static void test_expected_markdown(void **state) {
    ReportInput in = sample_input();
    compare_with_expected(REPORT_MARKDOWN, "sample", &in);
}
static void test_expected_html(void **state) {
    ReportInput in = sample_input();
    compare_with_expected(REPORT_HTML, "sample", &in);
}

static void test_format_names(void **state) {
    assert_int_equal(report_format_parse("text"), REPORT_TEXT);
    assert_int_equal(report_format_parse("json"), REPORT_JSON);
    assert_int_equal(report_format_parse("sarif"), REPORT_SARIF);
    assert_int_equal(report_format_parse("junit"), REPORT_JUNIT);
    assert_int_equal(report_format_parse("markdown"), REPORT_MARKDOWN);
    assert_int_equal(report_format_parse("md"), REPORT_MARKDOWN);
    assert_int_equal(report_format_parse("html"), REPORT_HTML);
    assert_int_equal(report_format_parse("HTML"), -1);
    assert_int_equal(report_format_parse("pdf"), -1);
    assert_int_equal(report_format_parse(""), -1);
    assert_int_equal(report_format_parse(NULL), -1);
    assert_string_equal(verdict_name(VERDICT_PROVED), "PROVED");
    assert_string_equal(verdict_name(VERDICT_REFUTED), "REFUTED");
    assert_string_equal(verdict_name(VERDICT_UNKNOWN), "UNKNOWN");
}

/* Occurrences of NEEDLE in S. A plain loop: sanitizer-intercepted strstr
 * measures the whole haystack on every call, which is quadratic on the
 * 22 MB capped SARIF. */
static int count(const char *s, const char *needle) {
    size_t m = strlen(needle);
    int n = 0;
    for (const char *p = s; *p;) {
        if (*p == needle[0] && strncmp(p, needle, m) == 0) {
            n++;
            p += m;
        } else {
            p++;
        }
    }
    return n;
}

/* OUT without the lines of fenced code blocks (Markdown shows those
 * literally, so HTML inside them is inert). */
static char *outside_fences(const char *out) {
    char *copy = strdup(out), *w = copy;
    bool fenced = false;
    for (const char *line = out; *line;) {
        const char *end = strchr(line, '\n');
        size_t n = end ? (size_t)(end - line + 1) : strlen(line);
        const char *t = line;
        while (*t == ' ')
            t++;
        bool fence = strncmp(t, "```", 3) == 0;
        if (fence)
            fenced = !fenced;
        else if (!fenced) {
            memcpy(w, line, n);
            w += n;
        }
        line += n;
    }
    *w = 0;
    return copy;
}

/* No markup from the input survives unescaped into markup formats. */
static void test_hostile_strings_escaped(void **state) {
    ReportInput in = sample_input();
    ReportFormat markup[] = {REPORT_HTML, REPORT_JUNIT, REPORT_MARKDOWN};
    for (size_t i = 0; i < sizeof markup / sizeof markup[0]; i++) {
        char *rendered = render(markup[i], &in, NULL);
        char *out = markup[i] == REPORT_MARKDOWN ? outside_fences(rendered) : strdup(rendered);
        free(rendered);
        assert_null(strcasestr(out, "<img"));
        assert_null(strcasestr(out, "<script"));
        assert_null(strstr(out, "<b>0</b>"));
        assert_null(strstr(out, "\x1b"));
        free(out);
    }
    char *html = render(REPORT_HTML, &in, NULL);
    /* In the message, the source context, the note and the counterexample. */
    int hits = 0;
    for (const char *p = html; (p = strstr(p, "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"));
         p++)
        hits++;
    assert_true(hits >= 4);
    assert_non_null(strstr(html, "parse &lt;big&gt; &amp; &quot;quoted&quot;"));
    /* No external resource: the only URLs are SVG namespace names. */
    assert_int_equal(count(html, "http://"), count(html, "xmlns=\"http://www.w3.org/2000/svg\""));
    assert_int_equal(count(html, "https://"), 0);
    assert_null(strstr(html, "url("));
    assert_null(strstr(html, "<link"));
    free(html);
    char *text = render(REPORT_TEXT, &in, NULL);
    assert_null(strchr(text, '\x1b')); /* the message's escape sequence is neutralised */
    free(text);
    char *json = render(REPORT_JSON, &in, NULL);
    assert_non_null(strstr(json, "\\u001b[2J"));
    free(json);
}

static void test_color_only_when_asked(void **state) {
    ReportInput in = sample_input();
    in.color = true;
    char *text = render(REPORT_TEXT, &in, NULL);
    assert_non_null(strstr(text, "\x1b[1;31merror[E0382]"));
    assert_non_null(strstr(text, "\x1b[1;33mwarning["));
    free(text);
    ReportFormat others[] = {REPORT_JSON, REPORT_SARIF, REPORT_JUNIT, REPORT_MARKDOWN, REPORT_HTML};
    for (size_t i = 0; i < sizeof others / sizeof others[0]; i++) {
        char *out = render(others[i], &in, NULL);
        assert_null(strchr(out, '\x1b'));
        free(out);
    }
}

/* Input order does not matter and two renderings are identical. */
static void test_deterministic(void **state) {
    for (int fmt = REPORT_TEXT; fmt <= REPORT_HTML; fmt++) {
        ReportInput in = sample_input();
        size_t n1, n2;
        char *a = render((ReportFormat)fmt, &in, &n1);
        Finding reversed[6];
        for (int i = 0; i < 6; i++)
            reversed[i] = sample_findings[5 - i];
        in.findings = reversed;
        char *b = render((ReportFormat)fmt, &in, &n2);
        assert_int_equal(n1, n2);
        assert_memory_equal(a, b, n1);
        free(a);
        free(b);
    }
}

static void test_empty_run(void **state) {
    ReportInput in = {.run_id = 7, .tool_version = "0.1.0", .complete = false};
    char *text = render(REPORT_TEXT, &in, NULL);
    assert_string_equal(text, "summary: 0 errors, 0 warnings, 0 notes in 0 files; run 7 "
                              "(incomplete: the run was interrupted)\n");
    free(text);
    char *json = render(REPORT_JSON, &in, NULL);
    assert_non_null(strstr(json, "\"findings\": []"));
    assert_non_null(strstr(json, "\"complete\": false"));
    assert_non_null(strstr(json, "\"started_at\": null"));
    free(json);
    char *sarif = render(REPORT_SARIF, &in, NULL);
    assert_non_null(strstr(sarif, "\"results\": []"));
    assert_non_null(strstr(sarif, "\"executionSuccessful\": false"));
    free(sarif);
    char *xml = render(REPORT_JUNIT, &in, NULL);
    assert_non_null(strstr(xml, "tests=\"0\" failures=\"0\""));
    free(xml);
    char *md = render(REPORT_MARKDOWN, &in, NULL);
    assert_non_null(strstr(md, "## grok-verify: no findings"));
    assert_non_null(strstr(md, "interrupted"));
    free(md);
    char *html = render(REPORT_HTML, &in, NULL);
    assert_non_null(strstr(html, "<p>No findings.</p>"));
    assert_non_null(strstr(html, "No benchmark results recorded."));
    assert_non_null(strstr(html, "</html>\n"));
    free(html);
}

/* N findings of rule safety/overflow spread over a few files; the first
 * is a note so that the SARIF cap (keeping the most severe) drops it. */
static Finding *many_findings(int n, const char *message) {
    Finding *fs = calloc((size_t)n, sizeof(Finding));
    static const char *files[] = {"a.grok", "b.grok", "c.grok"};
    for (int i = 0; i < n; i++) {
        fs[i].rule = "safety/overflow";
        fs[i].severity = i == 0 ? FINDING_NOTE : FINDING_ERROR;
        fs[i].message = i == 0 ? "the only note" : message;
        fs[i].function = "f";
        fs[i].primary = loc(files[i % 3], i / 3 + 1, 1, 2, NULL);
        snprintf(fs[i].fingerprint, sizeof fs[i].fingerprint, "%016x", i);
    }
    return fs;
}

static void test_sarif_cap(void **state) {
    int n = 25001;
    Finding *fs = many_findings(n, "`x + 1` can overflow");
    ReportInput in = {
        .run_id = 9, .tool_version = "0.1.0", .complete = true, .findings = fs, .nfindings = n};
    /* The warning goes to stderr: capture it. */
    fflush(stderr);
    int saved = dup(2);
    FILE *cap = tmpfile();
    dup2(fileno(cap), 2);
    size_t len;
    char *sarif = render(REPORT_SARIF, &in, &len);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    rewind(cap);
    char msg[512] = "";
    size_t got = fread(msg, 1, sizeof msg - 1, cap);
    msg[got] = 0;
    fclose(cap);
    assert_non_null(strstr(msg, "warning: 25001 findings exceed the limit of 25000"));
    assert_int_equal(count(sarif, "\"ruleId\""), 25000);
    assert_null(strstr(sarif, "the only note"));
    assert_non_null(strstr(sarif, "\"toolExecutionNotifications\""));
    assert_non_null(strstr(sarif, "\"resultsWritten\": 25000"));
    const char *out_dir = getenv("GROK_REPORT_OUT");
    if (out_dir && *out_dir) {
        char path[1024];
        snprintf(path, sizeof path, "%s/capped.sarif", out_dir);
        write_file(path, sarif, len);
    }
    free(sarif);
    /* At the limit nothing is dropped. */
    in.nfindings = 25000;
    sarif = render(REPORT_SARIF, &in, NULL);
    assert_int_equal(count(sarif, "\"ruleId\""), 25000);
    assert_non_null(strstr(sarif, "the only note"));
    assert_null(strstr(sarif, "\"toolExecutionNotifications\""));
    free(sarif);
    free(fs);
}

static void test_markdown_cap(void **state) {
    int n = 3000;
    Finding *fs = many_findings(n, "a long message that repeats so the comment outgrows the "
                                   "limit GitHub puts on pull-request comments");
    ReportInput in = {
        .run_id = 9, .tool_version = "0.1.0", .complete = true, .findings = fs, .nfindings = n};
    size_t len;
    char *md = render(REPORT_MARKDOWN, &in, &len);
    assert_true(len <= 65000);
    assert_true(len > 60000);
    assert_non_null(strstr(md, "> **Truncated:** "));
    assert_non_null(strstr(md, "findings not shown"));
    assert_non_null(strstr(md, "| `safety/overflow` | — | 2999 | 0 | 1 | 0 |"));
    free(md);
    in.nfindings = 10;
    md = render(REPORT_MARKDOWN, &in, &len);
    assert_null(strstr(md, "Truncated"));
    free(md);
    free(fs);
}

static void test_junit_structure(void **state) {
    ReportInput in = sample_input();
    char *xml = render(REPORT_JUNIT, &in, NULL);
    /* Four files plus the verification suite. */
    assert_int_equal(count(xml, "<testsuite "), 5);
    assert_non_null(strstr(xml, "<testcase classname=\"src/clean.grok\" name=\"grok-verify\"/>"));
    assert_non_null(strstr(xml, "<skipped message=\"1 suppressed finding\"/>"));
    assert_non_null(strstr(xml, "<failure type=\"REFUTED\""));
    free(xml);
}

static void test_sarif_content(void **state) {
    ReportInput in = sample_input();
    char *sarif = render(REPORT_SARIF, &in, NULL);
    assert_non_null(strstr(sarif, "\"version\": \"2.1.0\""));
    assert_non_null(strstr(sarif, "\"grokFingerprint/v1\": \"1a2b3c4d5e6f7081\""));
    assert_non_null(strstr(sarif, "\"justification\": \"checked by the caller (ticket #12)\""));
    assert_non_null(strstr(sarif, "\"threadFlows\""));
    assert_non_null(strstr(sarif, "\"uri\": \"src/main.grok\""));
    assert_int_equal(count(sarif, "\"ruleId\""), 6);
    /* Rules: the catalogue's help for known ids. */
    assert_non_null(strstr(sarif, "Non-Copy values have one owner"));
    free(sarif);
}

/* A span over two lines of a CRLF file: carets run to the end of the first
 * line, no carriage return reaches the output, both lines are marked in
 * HTML. */
static void test_multiline_span_crlf(void **state) {
    static const char src[] = "fn f() {\r\n    let x = (1 +\r\n        2);\r\n}\r\n";
    ReportFile file = {"m.grok", src, sizeof src - 1, 1};
    Finding f = {.rule = "safety/overflow",
                 .severity = FINDING_ERROR,
                 .message = "`1 + 2` can overflow",
                 .function = "f",
                 .primary = {"m.grok", 2, 13, 3, 11, 0, 0, "here"}};
    ReportInput in = {.run_id = 1,
                      .tool_version = "0.1.0",
                      .complete = true,
                      .files = &file,
                      .nfiles = 1,
                      .findings = &f,
                      .nfindings = 1};
    char *text = render(REPORT_TEXT, &in, NULL);
    assert_null(strchr(text, '\r'));
    assert_non_null(strstr(text, "2 |     let x = (1 +\n  |             ^^^^ here\n"));
    free(text);
    char *html = render(REPORT_HTML, &in, NULL);
    assert_null(strchr(html, '\r'));
    assert_non_null(strstr(html, "<tr class=\"hit\"><td class=\"ln\">2</td><td>    let x = "
                                 "<mark>(1 +</mark></td></tr>"));
    assert_non_null(strstr(html, "<tr class=\"hit\"><td class=\"ln\">3</td><td><mark>        2)"
                                 "</mark>;</td></tr>"));
    free(html);
    char *sarif = render(REPORT_SARIF, &in, NULL);
    assert_non_null(strstr(sarif, "\"endLine\": 3,\n"));
    assert_non_null(strstr(sarif, "\"endColumn\": 11,\n"));
    free(sarif);
}

static void test_write_errors(void **state) {
    ReportInput in = sample_input();
    char err[256] = "";
    FILE *full = fopen("/dev/full", "w");
    if (full) {
        assert_int_equal(report_write(REPORT_JSON, &in, full, err, sizeof err), -1);
        assert_non_null(strstr(err, "cannot write output"));
        fclose(full);
    }
    ReportInput bad = {.nfindings = 3};
    err[0] = 0;
    assert_int_equal(report_write(REPORT_TEXT, &bad, stdout, err, sizeof err), -1);
    assert_non_null(strstr(err, "inconsistent input"));
    assert_int_equal(report_write((ReportFormat)99, &in, stdout, err, sizeof err), -1);
    assert_non_null(strstr(err, "unknown format"));
    assert_int_equal(report_write(REPORT_TEXT, NULL, stdout, err, sizeof err), -1);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_format_names),
        cmocka_unit_test(test_expected_text),
        cmocka_unit_test(test_expected_json),
        cmocka_unit_test(test_expected_sarif),
        cmocka_unit_test(test_expected_junit),
        cmocka_unit_test(test_expected_markdown),
        cmocka_unit_test(test_expected_html),
        cmocka_unit_test(test_hostile_strings_escaped),
        cmocka_unit_test(test_color_only_when_asked),
        cmocka_unit_test(test_deterministic),
        cmocka_unit_test(test_empty_run),
        cmocka_unit_test(test_sarif_cap),
        cmocka_unit_test(test_markdown_cap),
        cmocka_unit_test(test_junit_structure),
        cmocka_unit_test(test_sarif_content),
        cmocka_unit_test(test_multiline_span_crlf),
        cmocka_unit_test(test_write_errors),
    };
    return cmocka_run_group_tests_name("reports", tests, NULL, NULL);
}
