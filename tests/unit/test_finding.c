/* Findings: list growth, fingerprints (stable across re-indentation and
 * line moves, different across rules/functions), DiagSink conversion, and
 * the rule catalogue's order and family patterns. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "analysis/finding.h"
#include "analysis/rules.h"

#include <string.h>

static void test_list_grows_and_owns_strings(void **state) {
    FindingList fl;
    finding_list_init(&fl);
    for (int i = 0; i < 100; i++) {
        Finding *f = finding_add(&fl);
        f->rule = arena_printf(fl.arena, "type/mismatch");
        f->message = arena_printf(fl.arena, "message %d", i);
    }
    assert_int_equal(fl.len, 100);
    assert_string_equal(fl.items[57].message, "message 57");
    assert_string_equal(fl.items[0].function, "");
    finding_list_free(&fl);
    assert_null(fl.items);
}

static Finding make(const char *rule, const char *fn, const char *snippet) {
    Finding f;
    memset(&f, 0, sizeof(f));
    f.rule = rule;
    f.function = fn;
    f.snippet = snippet;
    finding_fingerprint(&f);
    return f;
}

static void test_fingerprint_ignores_whitespace(void **state) {
    Finding a = make("borrow/use-after-move", "main", "let b = a");
    Finding b = make("borrow/use-after-move", "main", "   let  b\t=   a  ");
    assert_int_equal(strlen(a.fingerprint), 16);
    assert_string_equal(a.fingerprint, b.fingerprint);
}

static void test_fingerprint_distinguishes(void **state) {
    Finding a = make("borrow/use-after-move", "main", "let b = a");
    Finding r = make("borrow/move-while-borrowed", "main", "let b = a");
    Finding f = make("borrow/use-after-move", "other", "let b = a");
    Finding s = make("borrow/use-after-move", "main", "let c = a");
    Finding joined = make("borrow/use-after-moves", "ain", "let b = a");
    assert_string_not_equal(a.fingerprint, r.fingerprint);
    assert_string_not_equal(a.fingerprint, f.fingerprint);
    assert_string_not_equal(a.fingerprint, s.fingerprint);
    assert_string_not_equal(a.fingerprint, joined.fingerprint);
    for (int i = 0; i < 16; i++)
        assert_non_null(strchr("0123456789abcdef", a.fingerprint[i]));
}

static void test_diags_become_findings(void **state) {
    SourceMap *sm = source_map_new();
    const char *text = "fn main() {\n    let s = \"abc\n}\n";
    source_add_text(sm, "a.grok", text, strlen(text));
    Arena *da = arena_new();
    DiagSink ds;
    diag_sink_init(&ds, sm, da);
    Span sp = {0, 24, 28};
    Diag *d = diag_error(&ds, sp, "E0108", "syntax/unterminated-string", "starts here",
                         "unterminated string %s", "literal");
    diag_label(&ds, d, (Span){0, 0, 2}, "in this function");
    diag_help(&ds, d, "add a closing quote");
    diag_add(&ds, SEV_WARNING, (Span){0, 3, 7}, NULL, "grok-verify/unused-suppression", NULL, "w");

    FindingList fl;
    finding_list_init(&fl);
    finding_add_diags(&fl, &ds, "main");
    /* The findings must not point into the sink's arena or the source map. */
    diag_sink_free(&ds);
    arena_free(da);
    source_map_free(sm);

    assert_int_equal(fl.len, 2);
    Finding *f = &fl.items[0];
    assert_string_equal(f->rule, "syntax/unterminated-string");
    assert_string_equal(f->code, "E0108");
    assert_int_equal(f->severity, FINDING_ERROR);
    assert_string_equal(f->message, "unterminated string literal");
    assert_string_equal(f->function, "main");
    assert_string_equal(f->primary.file, "a.grok");
    assert_int_equal(f->primary.line, 2);
    assert_int_equal(f->primary.col, 13);
    assert_int_equal(f->primary.end_col, 17);
    assert_int_equal(f->primary.byte_start, 24);
    assert_string_equal(f->primary.label, "starts here");
    assert_int_equal(f->nrelated, 1);
    assert_string_equal(f->related[0].label, "in this function");
    assert_int_equal(f->related[0].line, 1);
    assert_int_equal(f->nnotes, 1);
    assert_string_equal(f->notes[0], "help: add a closing quote");
    assert_string_equal(f->snippet, "let s = \"abc");
    assert_int_equal(strlen(f->fingerprint), 16);
    assert_int_equal(fl.items[1].severity, FINDING_WARNING);
    assert_null(fl.items[1].code);
    finding_list_free(&fl);
}

static void test_severity_names(void **state) {
    assert_string_equal(finding_severity_name(FINDING_ERROR), "error");
    assert_string_equal(finding_severity_name(FINDING_WARNING), "warning");
    assert_string_equal(finding_severity_name(FINDING_NOTE), "note");
}

static void test_catalogue_sorted_and_complete(void **state) {
    int n = 0;
    const RuleInfo *r = rule_all(&n);
    assert_true(n >= 30);
    for (int i = 0; i < n; i++) {
        if (i > 0)
            assert_true(strcmp(r[i - 1].id, r[i].id) < 0);
        assert_true(strlen(r[i].summary) > 10);
        assert_true(strlen(r[i].help) > 80);
        assert_ptr_equal(rule_lookup(r[i].id), &r[i]);
        /* An E-code names one rule. */
        for (int j = 0; j < i && r[i].code; j++)
            if (r[j].code && strcmp(r[i].code, r[j].code) == 0)
                fail_msg("%s and %s share %s", r[j].id, r[i].id, r[i].code);
    }
    const char *families[] = {"syntax/", "type/", "borrow/", "lock/", "safety/", "verify/"};
    for (int k = 0; k < 6; k++) {
        int found = 0;
        for (int i = 0; i < n; i++)
            found += strncmp(r[i].id, families[k], strlen(families[k])) == 0;
        assert_true(found >= 2);
    }
    assert_non_null(rule_lookup("grok-verify/unused-suppression"));
    assert_non_null(rule_lookup("grok-verify/io-error"));
    assert_string_equal(rule_lookup("borrow/use-after-move")->code, "E0382");
    /* The rule ids tests/borrow/labels.tsv uses, with rustc's codes. */
    assert_string_equal(rule_lookup("borrow/return-local-ref")->code, "E0515");
    assert_string_equal(rule_lookup("borrow/closure-capture-conflict")->code, "E0501");
    assert_null(rule_lookup("borrow/nope"));
    assert_null(rule_lookup(NULL));
}

static void test_rule_patterns(void **state) {
    assert_true(rule_matches("borrow/use-after-move", "borrow/use-after-move"));
    assert_true(rule_matches("borrow/*", "borrow/use-after-move"));
    assert_true(rule_matches("borrow", "borrow/use-after-move"));
    assert_true(rule_matches("*", "lock/order-cycle"));
    assert_false(rule_matches("borrow/*", "borrowx/a"));
    assert_false(rule_matches("bor", "borrow/use-after-move"));
    assert_false(rule_matches("borrow/use", "borrow/use-after-move"));
    assert_false(rule_matches("lock/*", "borrow/use-after-move"));
    assert_false(rule_matches(NULL, "a/b"));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_list_grows_and_owns_strings),
        cmocka_unit_test(test_fingerprint_ignores_whitespace),
        cmocka_unit_test(test_fingerprint_distinguishes),
        cmocka_unit_test(test_diags_become_findings),
        cmocka_unit_test(test_severity_names),
        cmocka_unit_test(test_catalogue_sorted_and_complete),
        cmocka_unit_test(test_rule_patterns),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
