/* grok.toml: values of every kind, each malformed input naming its line and
 * key, glob semantics, include/exclude selection, severity overrides. The
 * config module belongs to the grok-verify program, not libgrok, so the
 * test compiles it in directly. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "tools/verify_config.c"

#include <unistd.h>

static int parse(VerifyConfig *cfg, const char *text, char *err) {
    config_init(cfg);
    return config_parse(cfg, "grok.toml", text, strlen(text), err, 512);
}

static void test_full_config(void **state) {
    const char *text = "# project settings\n"
                       "[check]\n"
                       "include = [\"src\", 'lib/**/*.grok',\n"
                       "           \"tests\", ]  # trailing comma\n"
                       "exclude = [\"vendor\"]\n"
                       "jobs = 4\n"
                       "fail_on = \"warning\"\n"
                       "format = \"sarif\"\n"
                       "db = \"out/r.db\"\n"
                       "smt_timeout = 2.5\n"
                       "no_cache = true\n"
                       "rules = [\"borrow/*\", \"lock\"]\n"
                       "exclude_rules = [\"safety/overflow\"]\n"
                       "\n"
                       "[rules]\n"
                       "\"safety/*\" = \"warning\"\n"
                       "\"safety/overflow\" = \"off\"\n"
                       "[ai]\n"
                       "backend = \"command:./gen.sh\"\n"
                       "url = \"http://x/\\u00e9\"\n"
                       "api_key_env = \"KEY\"\n"
                       "timeout = 30\n";
    VerifyConfig cfg;
    char err[512] = "";
    assert_int_equal(parse(&cfg, text, err), 0);
    assert_int_equal(cfg.include.len, 3);
    assert_string_equal(cfg.include.items[1], "lib/**/*.grok");
    assert_int_equal(cfg.exclude.len, 1);
    assert_int_equal(cfg.jobs, 4);
    assert_string_equal(cfg.fail_on, "warning");
    assert_string_equal(cfg.format, "sarif");
    assert_string_equal(cfg.db, "out/r.db");
    assert_true(cfg.smt_timeout == 2.5);
    assert_int_equal(cfg.no_cache, 1);
    assert_int_equal(cfg.rules.len, 2);
    assert_int_equal(cfg.exclude_rules.len, 1);
    assert_int_equal(cfg.nseverities, 2);
    assert_int_equal(config_rule_severity(&cfg, "safety/division-by-zero", FINDING_ERROR),
                     FINDING_WARNING);
    assert_int_equal(config_rule_severity(&cfg, "safety/overflow", FINDING_ERROR), CONFIG_RULE_OFF);
    assert_int_equal(config_rule_severity(&cfg, "borrow/use-after-move", FINDING_ERROR),
                     FINDING_ERROR);
    assert_string_equal(cfg.ai_backend, "command:./gen.sh");
    assert_string_equal(cfg.ai_url, "http://x/\xc3\xa9");
    assert_true(cfg.ai_timeout == 30);
    config_free(&cfg);
}

/* Every error names grok.toml, the line and (when there is one) the key. */
static void expect_error(const char *text, const char *expected) {
    VerifyConfig cfg;
    char err[512] = "";
    assert_int_equal(parse(&cfg, text, err), -1);
    if (!strstr(err, expected))
        fail_msg("expected `%s` in `%s`", expected, err);
    config_free(&cfg);
}

static void test_errors_name_line_and_key(void **state) {
    expect_error("[check]\njobs = \"four\"\n", "grok.toml:2: key `jobs`: expected an integer");
    expect_error("[check]\n\n\nfail_on = \"sometimes\"\n",
                 "grok.toml:4: key `fail_on`: `sometimes` is not one of error, warning");
    expect_error("[check]\nfrobnicate = 1\n", "grok.toml:2: key `frobnicate`: unknown key");
    expect_error("[check]\njobs = 1\njobs = 2\n", "grok.toml:3: key `jobs`: set twice");
    expect_error("[check]\ninclude = \"src\"\n", "grok.toml:2: key `include`: expected an array");
    expect_error("[check]\ninclude = [\"a\",\n 3]\n", "grok.toml:3: key `include`: arrays may");
    expect_error("[check]\ninclude = [\"a\"\n", "key `include`: unterminated array");
    expect_error("[check]\ndb = \"abc\n", "grok.toml:2: key `db`: unterminated string");
    expect_error("[check]\ndb = abc\n", "grok.toml:2: key `db`: expected a value");
    expect_error("[check]\ndb = \"a\" \"b\"\n", "grok.toml:2: key `db`: unexpected text");
    expect_error("[check]\njobs 4\n", "grok.toml:2: key `jobs`: expected `=`");
    expect_error("[check]\njobs =\n", "grok.toml:2: key `jobs`: expected a value after `=`");
    expect_error("[checks]\n", "grok.toml:1: unknown table [checks]");
    expect_error("[check\n", "grok.toml:1: expected `]`");
    expect_error("[check]\n[check]\n", "grok.toml:2: table [check] appears twice");
    expect_error("jobs = 1\n", "grok.toml:1: key `jobs`: settings belong in a table");
    expect_error("[rules]\nborrow/use-after-move = \"off\"\n", "grok.toml:2: a key with `/`");
    expect_error("[rules]\n\"borow/use-after-move\" = \"off\"\n",
                 "grok.toml:2: key `borow/use-after-move`: `borow/use-after-move` matches no rule");
    expect_error("[rules]\n\"lock\" = \"loud\"\n", "key `lock`: `loud` is not one of");
    expect_error("[check]\nrules = [\"nope/*\"]\n", "key `rules`: `nope/*` matches no rule");
    expect_error("[ai]\nbackend = \"cloud\"\n", "grok.toml:2: key `backend`: `cloud` is not");
    expect_error("[ai]\napi_key = \"sk-1\"\n", "key `api_key`: keys do not belong");
    expect_error("[check]\nsmt_timeout = -1\n", "key `smt_timeout`: expected a number");
    expect_error("[check]\ndb = \"a\\q\"\n", "key `db`: unknown escape");
    expect_error("[check]\njobs = 99999999999999999999\n", "key `jobs`: `9");
    expect_error("# ok\n[check]\ndb = \"\xff\"\n", "grok.toml:3: the file is not valid UTF-8");
    expect_error("a.b = 1\n", "grok.toml:1: dotted keys");
}

static void test_empty_and_comments_only(void **state) {
    VerifyConfig cfg;
    char err[512];
    assert_int_equal(parse(&cfg, "", err), 0);
    assert_int_equal(cfg.jobs, 0);
    assert_null(cfg.fail_on);
    assert_int_equal(cfg.no_cache, -1);
    config_free(&cfg);
    assert_int_equal(parse(&cfg, "# nothing\r\n\n  # more\n[check] # c\n", err), 0);
    config_free(&cfg);
}

static void test_globs(void **state) {
    assert_true(config_glob_match("*.grok", "a.grok"));
    assert_true(config_glob_match("*.grok", "src/deep/a.grok"));
    assert_false(config_glob_match("src/*.grok", "src/deep/a.grok"));
    assert_true(config_glob_match("src/**/*.grok", "src/deep/a.grok"));
    assert_true(config_glob_match("src/**/*.grok", "src/a.grok"));
    assert_true(config_glob_match("src/**", "src/x/y/z.grok"));
    assert_true(config_glob_match("vendor", "lib/vendor/a.grok"));
    assert_false(config_glob_match("vendor", "lib/vendors/a.grok"));
    assert_true(config_glob_match("a?c.grok", "abc.grok"));
    assert_false(config_glob_match("a?c.grok", "a/c.grok"));
    assert_true(config_glob_match("[a-c]*.grok", "b1.grok"));
    assert_false(config_glob_match("[!a-c]*.grok", "b1.grok"));
    assert_true(config_glob_match("./src/*.grok", "./src/m.grok"));
    assert_false(config_glob_match("src/*.grok", "lib/src/m.grok"));
}

static void test_selection(void **state) {
    VerifyConfig cfg;
    char err[512];
    assert_int_equal(parse(&cfg,
                           "[check]\ninclude = [\"src\", \"lib/core\"]\n"
                           "exclude = [\"*_gen.grok\", \"src/old\"]\n",
                           err),
                     0);
    assert_true(config_path_selected(&cfg, "src/a.grok"));
    assert_true(config_path_selected(&cfg, "lib/core/x/b.grok"));
    assert_false(config_path_selected(&cfg, "lib/other/b.grok"));
    assert_false(config_path_selected(&cfg, "src/a_gen.grok"));
    assert_false(config_path_selected(&cfg, "src/old/a.grok"));
    assert_true(config_path_selected(&cfg, "src/older/a.grok"));
    config_free(&cfg);
    assert_int_equal(parse(&cfg, "", err), 0);
    assert_true(config_path_selected(&cfg, "anything/a.grok"));
    config_free(&cfg);
}

static void test_find_and_load(void **state) {
    char tmpl[] = "/tmp/grok-config-XXXXXX";
    assert_non_null(mkdtemp(tmpl));
    char sub[600], file[600], found[4096];
    snprintf(sub, sizeof(sub), "%s/a/b", tmpl);
    snprintf(file, sizeof(file), "%s/a", tmpl);
    assert_int_equal(mkdir(file, 0755), 0);
    assert_int_equal(mkdir(sub, 0755), 0);
    snprintf(file, sizeof(file), "%s/grok.toml", tmpl);
    FILE *fp = fopen(file, "w");
    assert_non_null(fp);
    fputs("[check]\njobs = 3\n", fp);
    fclose(fp);
    assert_int_equal(config_find(sub, found, sizeof(found)), 1);
    char real[4096];
    assert_non_null(realpath(file, real));
    assert_string_equal(found, real);

    VerifyConfig cfg;
    char err[512];
    config_init(&cfg);
    assert_int_equal(config_load(&cfg, found, err, sizeof(err)), 0);
    assert_int_equal(cfg.jobs, 3);
    assert_non_null(cfg.root);
    assert_int_equal(strncmp(found, cfg.root, strlen(cfg.root)), 0);
    config_free(&cfg);

    config_init(&cfg);
    snprintf(file, sizeof(file), "%s/missing.toml", tmpl);
    assert_int_equal(config_load(&cfg, file, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "missing.toml"));
    config_free(&cfg);

    snprintf(file, sizeof(file), "%s/grok.toml", tmpl);
    unlink(file);
    assert_int_equal(
        config_find(sub, found, sizeof(found)) == 1 && strncmp(found, tmpl, strlen(tmpl)) == 0, 0);
    rmdir(sub);
    snprintf(file, sizeof(file), "%s/a", tmpl);
    rmdir(file);
    rmdir(tmpl);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_full_config),
        cmocka_unit_test(test_errors_name_line_and_key),
        cmocka_unit_test(test_empty_and_comments_only),
        cmocka_unit_test(test_globs),
        cmocka_unit_test(test_selection),
        cmocka_unit_test(test_find_and_load),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
