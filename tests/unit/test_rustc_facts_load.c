/* The rustc facts loader on malformed and hostile folders: every bad file
 * is an error naming the file and line, never a crash. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "analysis/rustc_facts_load.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[256];
static char err[1024];

static int setup(void **state) {
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/grok-rcf-test-XXXXXX");
    assert_non_null(mkdtemp(dir));
    return 0;
}

static int teardown(void **state) {
    (void)state;
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static void write_file(const char *name, const char *data, size_t len) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *fp = fopen(path, "wb");
    assert_non_null(fp);
    assert_int_equal(fwrite(data, 1, len, fp), len);
    fclose(fp);
}

static void write_str(const char *name, const char *data) {
    write_file(name, data, strlen(data));
}

static int load(PoloniusFacts *f) {
    return rustc_facts_load(dir, "fn", f, err, sizeof err);
}

static void test_valid_folder(void **state) {
    (void)state;
    write_str("cfg_edge.facts",
              "\"Start(bb0[0])\"\t\"Mid(bb0[0])\"\n\"Mid(bb0[0])\"\t\"Start(bb0[1])\"\n");
    write_str("loan_issued_at.facts", "\"'?1\"\t\"bw0\"\t\"Mid(bb0[0])\"\n");
    write_str("universal_region.facts", "\"'?0\"\n");
    PoloniusFacts f;
    assert_int_equal(load(&f), 0);
    assert_int_equal(f.rel[PF_CFG_EDGE].n, 2);
    assert_int_equal(pf_atom_count(&f, PF_POINT), 3);
    assert_int_equal(pf_atom_count(&f, PF_ORIGIN), 2);
    assert_string_equal(pf_atom_name(&f, PF_LOAN, f.rel[PF_LOAN_ISSUED_AT].v[1]), "bw0");
    assert_int_equal(f.rel[PF_SUBSET_BASE].n, 0); /* missing file: empty relation */
    pf_free(&f);
}

static void test_unknown_relation(void **state) {
    (void)state;
    write_str("bogus_rel.facts", "\"a\"\n");
    PoloniusFacts f;
    assert_int_equal(load(&f), -1);
    assert_non_null(strstr(err, "bogus_rel.facts:1: unknown relation `bogus_rel`"));
}

static void test_wrong_arity(void **state) {
    (void)state;
    write_str("cfg_edge.facts", "\"a\"\t\"b\"\n\"a\"\t\"b\"\t\"c\"\n");
    PoloniusFacts f;
    assert_int_equal(load(&f), -1);
    assert_non_null(strstr(err, "cfg_edge.facts:2: expected 2 fields"));
    write_str("cfg_edge.facts", "\"a\"\n");
    assert_int_equal(load(&f), -1);
    assert_non_null(strstr(err, "cfg_edge.facts:1: expected 2 fields for `cfg_edge`, found 1"));
}

static void test_unquoted_and_truncated(void **state) {
    (void)state;
    write_str("var_used_at.facts", "_1\t\"Mid(bb0[0])\"\n");
    PoloniusFacts f;
    assert_int_equal(load(&f), -1);
    assert_non_null(strstr(err, "var_used_at.facts:1: field 1 is not a double-quoted atom"));
    write_str("var_used_at.facts", "\"_1\"\t\"Mid(bb0[0])\"\n\"_2\"\t\"Mid(bb");
    assert_int_equal(load(&f), -1);
    assert_non_null(strstr(err, "var_used_at.facts:2: field 2 is not a double-quoted atom"));
    assert_non_null(strstr(err, "truncated"));
    write_str("var_used_at.facts", "\"_1\"\t\"Mid(bb0[0])\"\n\n");
    assert_int_equal(load(&f), -1);
    assert_non_null(strstr(err, "var_used_at.facts:2: empty line"));
}

static void test_binary(void **state) {
    (void)state;
    char bin[256];
    for (int i = 0; i < 256; i++)
        bin[i] = (char)i;
    write_file("subset_base.facts", bin, sizeof bin);
    PoloniusFacts f;
    assert_int_equal(load(&f), -1);
    assert_non_null(strstr(err, "subset_base.facts:1: binary data"));
}

static void test_huge_atom(void **state) {
    (void)state;
    size_t n = 1 << 20;
    char *big = malloc(n + 16);
    big[0] = '"';
    memset(big + 1, 'x', n);
    memcpy(big + 1 + n, "\"\n", 2);
    write_file("universal_region.facts", big, n + 3);
    free(big);
    PoloniusFacts f;
    assert_int_equal(load(&f), 0);
    assert_int_equal(f.rel[PF_UNIVERSAL_REGION].n, 1);
    assert_int_equal(strlen(pf_atom_name(&f, PF_ORIGIN, 0)), n);
    pf_free(&f);
}

static void test_million_duplicates(void **state) {
    (void)state;
    const char *row = "\"Start(bb0[0])\"\t\"Mid(bb0[0])\"\n";
    size_t rl = strlen(row), n = 1000000;
    char *buf = malloc(rl * n);
    for (size_t i = 0; i < n; i++)
        memcpy(buf + i * rl, row, rl);
    write_file("cfg_edge.facts", buf, rl * n);
    free(buf);
    PoloniusFacts f;
    assert_int_equal(load(&f), 0);
    assert_int_equal(f.rel[PF_CFG_EDGE].n, 1);
    pf_free(&f);
}

static void test_missing_folder(void **state) {
    (void)state;
    RustcFactsFolders fs = {0};
    assert_int_equal(rustc_facts_find_functions("/nonexistent/grok/facts", &fs, err, sizeof err),
                     -1);
    assert_non_null(strstr(err, "/nonexistent/grok/facts"));
    PoloniusFacts f;
    assert_int_equal(rustc_facts_load("/nonexistent/grok/facts", "x", &f, err, sizeof err), -1);
    assert_non_null(strstr(err, "cannot open folder"));
    /* A folder with no function folders is an error too. */
    assert_int_equal(rustc_facts_find_functions(dir, &fs, err, sizeof err), -1);
    assert_non_null(strstr(err, "no function folders"));
    rustc_facts_folders_free(&fs);
}

static void test_find_functions(void **state) {
    (void)state;
    char sub[512];
    snprintf(sub, sizeof sub, "%s/b_fn", dir);
    mkdir(sub, 0755);
    snprintf(sub, sizeof sub, "%s/a_fn", dir);
    mkdir(sub, 0755);
    write_str("b_fn/cfg_edge.facts", "");
    write_str("a_fn/cfg_edge.facts", "");
    RustcFactsFolders fs = {0};
    assert_int_equal(rustc_facts_find_functions(dir, &fs, err, sizeof err), 0);
    assert_int_equal(fs.n, 2);
    assert_string_equal(fs.names[0], "a_fn");
    assert_string_equal(fs.names[1], "b_fn");
    rustc_facts_folders_free(&fs);
    assert_int_equal(rustc_facts_find_functions(sub, &fs, err, sizeof err), 0);
    assert_int_equal(fs.n, 1);
    assert_string_equal(fs.names[0], "a_fn");
    rustc_facts_folders_free(&fs);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_valid_folder, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unknown_relation, setup, teardown),
        cmocka_unit_test_setup_teardown(test_wrong_arity, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unquoted_and_truncated, setup, teardown),
        cmocka_unit_test_setup_teardown(test_binary, setup, teardown),
        cmocka_unit_test_setup_teardown(test_huge_atom, setup, teardown),
        cmocka_unit_test_setup_teardown(test_million_duplicates, setup, teardown),
        cmocka_unit_test_setup_teardown(test_missing_folder, setup, teardown),
        cmocka_unit_test_setup_teardown(test_find_functions, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
