/* The results database: schema creation and refusal of files it must not
 * touch, the cache round trip (detail blobs included), runs and their
 * report, merging shards, vacuum, export, and the content hash. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "db/db.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[64];

static int setup(void **state) {
    snprintf(dir, sizeof(dir), "/tmp/grok-db-test-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state) {
    char cmd[128];
    snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static const char *path_in(const char *name) {
    static char buf[4][256];
    static int k;
    k = (k + 1) % 4;
    snprintf(buf[k], sizeof(buf[k]), "%s/%s", dir, name);
    return buf[k];
}

static Db *open_rw(const char *path) {
    Db *db = NULL;
    char err[1024];
    if (db_open(&db, path, DB_READWRITE, err, sizeof(err)) < 0)
        fail_msg("%s", err);
    return db;
}

static void sql(const char *path, const char *stmt) {
    sqlite3 *s;
    assert_int_equal(sqlite3_open(path, &s), SQLITE_OK);
    assert_int_equal(sqlite3_exec(s, stmt, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(s);
}

static void test_create_in_new_folder(void **state) {
    const char *p = path_in("sub/dir/results.db");
    Db *db = open_rw(p);
    assert_int_equal(db_schema_version(db), DB_SCHEMA_VERSION);
    assert_string_equal(db_path(db), p);
    db_close(db);
    /* Re-opening an up-to-date database migrates nothing. */
    db = open_rw(p);
    assert_int_equal(db_schema_version(db), DB_SCHEMA_VERSION);
    db_close(db);
}

/* A version-1 database (before files had stat columns) is migrated
 * forward on open, keeping its rows. */
static void test_migrates_version_1(void **state) {
    const char *p = path_in("v1.db");
    Db *db = open_rw(p);
    DbRunInfo info = {"0.1.0", "check", NULL, NULL};
    long long run;
    assert_int_equal(db_run_begin(db, &info, &run), 0);
    db_close(db);
    sql(p, "DROP INDEX files_path; ALTER TABLE files DROP COLUMN size; ALTER TABLE files DROP "
           "COLUMN mtime_ns; ALTER TABLE files DROP COLUMN ctime_ns; ALTER TABLE files DROP "
           "COLUMN inode; UPDATE schema_version SET version = 1");
    db = open_rw(p);
    assert_int_equal(db_schema_version(db), DB_SCHEMA_VERSION);
    long long latest;
    assert_int_equal(db_latest_run(db, false, &latest), 0);
    assert_int_equal(latest, run);
    DbFileStat st = {1, 2, 3, 4};
    assert_int_equal(db_begin(db), 0);
    assert_int_equal(db_add_file(db, run, "a.grok", "0123456789abcdef0123456789abcdef", NULL,
                                 DB_FILE_CHECKED, NULL, &st),
                     0);
    assert_int_equal(db_commit(db), 0);
    db_close(db);
}

static void expect_open_error(const char *p, DbMode mode, const char *expected) {
    Db *db = (Db *)1;
    char err[1024] = "";
    assert_int_equal(db_open(&db, p, mode, err, sizeof(err)), -1);
    assert_null(db);
    if (!strstr(err, expected))
        fail_msg("expected `%s` in `%s`", expected, err);
}

static long file_size(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 ? (long)st.st_mtime * 1000000 + st.st_size : -1;
}

static void test_refuses_newer_foreign_and_corrupt(void **state) {
    const char *newer = path_in("newer.db");
    db_close(open_rw(newer));
    sql(newer, "UPDATE schema_version SET version = 99; PRAGMA wal_checkpoint(TRUNCATE)");
    long before = file_size(newer);
    sleep(1);
    expect_open_error(newer, DB_READWRITE, "schema version 99");
    expect_open_error(newer, DB_READONLY, "was not modified");
    assert_int_equal(file_size(newer), before);

    const char *foreign = path_in("foreign.db");
    sql(foreign, "CREATE TABLE t(x)");
    expect_open_error(foreign, DB_READWRITE, "not a grok-verify database");

    const char *garbage = path_in("garbage.db");
    FILE *fp = fopen(garbage, "w");
    fputs("this is not an sqlite file, just some text that is long enough to have a header..", fp);
    fclose(fp);
    expect_open_error(garbage, DB_READWRITE, "garbage.db");
    expect_open_error(path_in("missing.db"), DB_READONLY, "does not exist");
    expect_open_error(dir, DB_READWRITE, "is a directory");
}

static void fill(FindingList *fl, const char *file, int n) {
    for (int i = 0; i < n; i++) {
        Finding *f = finding_add(fl);
        f->rule = i % 2 ? "borrow/use-after-move" : "syntax/unterminated-string";
        f->code = i % 2 ? "E0382" : NULL;
        f->severity = i % 2 ? FINDING_ERROR : FINDING_WARNING;
        f->message = arena_printf(fl->arena, "message %d", i);
        f->function = "main";
        f->primary = (FindingLoc){file, 10 - i, 3, 10 - i, 7, 100, 104, "here"};
        f->snippet = arena_printf(fl->arena, "let x%d = y", i);
        f->suppressed = i == 2;
        f->suppression = i == 2 ? "on purpose" : NULL;
        if (i == 1) {
            f->related = arena_alloc(fl->arena, sizeof(FindingLoc));
            f->related[0] = (FindingLoc){file, 2, 1, 2, 5, 10, 14, NULL};
            f->nrelated = 1;
            f->notes = arena_alloc(fl->arena, 2 * sizeof(char *));
            f->notes[0] = "note: moved here";
            f->notes[1] = "help: clone it";
            f->nnotes = 2;
            f->witness = arena_alloc(fl->arena, sizeof(WitnessStep));
            f->witness[0] = (WitnessStep){{file, 3, 1, 3, 2, 20, 21, "w"}, "step"};
            f->nwitness = 1;
        }
        finding_fingerprint(f);
    }
}

static void test_cache_round_trip(void **state) {
    Db *db = open_rw(path_in("cache.db"));
    FindingList fl;
    finding_list_init(&fl);
    fill(&fl, "a.grok", 3);
    assert_int_equal(db_begin(db), 0);
    assert_int_equal(db_cache_put(db, "k1", "file", &fl, 0, 3), 0);
    assert_int_equal(db_cache_put(db, "k1", "file", &fl, 0, 1), 0); /* ignored: stored */
    assert_int_equal(db_cache_put(db, "empty", "file", &fl, 0, 0), 0);
    assert_int_equal(db_commit(db), 0);

    FindingList out;
    finding_list_init(&out);
    bool hit = false;
    assert_int_equal(db_cache_get(db, "nope", &out, &hit), 0);
    assert_false(hit);
    assert_int_equal(db_cache_get(db, "empty", &out, &hit), 0);
    assert_true(hit);
    assert_int_equal(out.len, 0);
    assert_int_equal(db_cache_get(db, "k1", &out, &hit), 0);
    assert_true(hit);
    assert_int_equal(out.len, 3);
    for (int i = 0; i < 3; i++) {
        Finding *a = &fl.items[i], *b = &out.items[i];
        assert_string_equal(a->rule, b->rule);
        assert_string_equal(a->message, b->message);
        assert_string_equal(a->fingerprint, b->fingerprint);
        assert_int_equal(a->severity, b->severity);
        assert_int_equal(a->primary.line, b->primary.line);
        assert_int_equal(a->primary.byte_end, b->primary.byte_end);
        assert_int_equal(a->suppressed, b->suppressed);
    }
    assert_null(out.items[0].code);
    assert_string_equal(out.items[2].suppression, "on purpose");
    assert_int_equal(out.items[1].nrelated, 1);
    assert_int_equal(out.items[1].related[0].line, 2);
    assert_null(out.items[1].related[0].label);
    assert_int_equal(out.items[1].nnotes, 2);
    assert_string_equal(out.items[1].notes[1], "help: clone it");
    assert_int_equal(out.items[1].nwitness, 1);
    assert_string_equal(out.items[1].witness[0].message, "step");
    assert_string_equal(out.items[1].witness[0].loc.label, "w");
    finding_list_free(&out);

    /* A damaged detail blob is an error, not a wild read. */
    db_close(db);
    sql(path_in("cache.db"), "UPDATE findings SET detail = x'05000000' WHERE detail IS NOT NULL");
    db = open_rw(path_in("cache.db"));
    finding_list_init(&out);
    assert_int_equal(db_cache_get(db, "k1", &out, &hit), -1);
    assert_non_null(strstr(db_error(db), "damaged"));
    finding_list_free(&out);
    finding_list_free(&fl);
    db_close(db);
}

/* A run with two files (one an I/O error) and four findings. */
static long long make_run(Db *db, const char *a, const char *b, const char *key_prefix) {
    DbRunInfo info = {"0.1.0", "check src", "abc123", NULL};
    long long run = 0;
    assert_int_equal(db_run_begin(db, &info, &run), 0);
    FindingList fl;
    finding_list_init(&fl);
    fill(&fl, a, 3);
    char key[64];
    snprintf(key, sizeof(key), "%s-a", key_prefix);
    assert_int_equal(db_begin(db), 0);
    assert_int_equal(db_cache_put(db, key, "file", &fl, 0, 3), 0);
    DbFileStat st = {100, 1000000000LL, 1000000001LL, 42};
    assert_int_equal(db_add_file(db, run, a, "0123456789abcdef0123456789abcdef", key,
                                 DB_FILE_CHECKED, NULL, &st),
                     0);
    assert_int_equal(db_add_file(db, run, b, NULL, NULL, DB_FILE_IO_ERROR, "denied", NULL), 0);
    VerificationRecord v = {"equiv", "f", a, VERDICT_UNKNOWN, "timeout", NULL, 12.5};
    assert_int_equal(db_add_verification(db, run, &v), 0);
    assert_int_equal(db_commit(db), 0);
    finding_list_free(&fl);
    return run;
}

static void test_run_report(void **state) {
    Db *db = open_rw(path_in("run.db"));
    long long latest = -1;
    assert_int_equal(db_latest_run(db, false, &latest), 0);
    assert_int_equal(latest, 0);
    long long run = make_run(db, "src/a.grok", "src/b.grok", "r1");
    assert_int_equal(db_latest_run(db, true, &latest), 0);
    assert_int_equal(latest, 0); /* not complete yet */
    assert_int_equal(db_run_finish(db, run), 0);
    assert_int_equal(db_latest_run(db, true, &latest), 0);
    assert_int_equal(latest, run);
    DbBenchmark b = {"batch", "cold", "s", 1.5};
    assert_int_equal(db_add_benchmark(db, run, &b), 0);
    assert_int_equal(db_add_benchmark(db, 0, &b), 0);

    Arena *a = arena_new();
    ReportInput in;
    assert_int_equal(db_load_report(db, run, &in, a), 0);
    assert_true(in.complete);
    assert_string_equal(in.git_commit, "abc123");
    assert_string_equal(in.options, "check src");
    assert_int_equal(in.nfiles, 2);
    assert_string_equal(in.files[0].path, "src/a.grok");
    assert_int_equal(in.files[0].nfindings, 3);
    assert_int_equal(in.nfindings, 3);
    /* Sorted by line: fill() gives lines 10, 9, 8. */
    assert_int_equal(in.findings[0].primary.line, 8);
    assert_int_equal(in.findings[2].primary.line, 10);
    assert_int_equal(in.nverifications, 1);
    assert_int_equal(in.verifications[0].verdict, VERDICT_UNKNOWN);
    assert_string_equal(in.verifications[0].reason, "timeout");
    assert_int_equal(in.nbenchmarks, 2);
    assert_true(in.benchmarks[0].value == 1.5);

    const char **fps;
    int nfps;
    assert_int_equal(db_load_fingerprints(db, run, &fps, &nfps, a), 0);
    assert_int_equal(nfps, 2); /* the suppressed one is not part of a baseline */
    assert_true(strcmp(fps[0], fps[1]) < 0);

    /* The stat fast path: an exact stat match gives the stored hash. */
    char hash[33];
    bool found = false;
    DbFileStat st = {100, 1000000000LL, 1000000001LL, 42};
    assert_int_equal(db_stat_lookup(db, "src/a.grok", &st, hash, &found), 0);
    assert_true(found);
    assert_string_equal(hash, "0123456789abcdef0123456789abcdef");
    st.ctime_ns++;
    assert_int_equal(db_stat_lookup(db, "src/a.grok", &st, hash, &found), 0);
    assert_false(found);
    st.ctime_ns--;
    assert_int_equal(db_stat_lookup(db, "src/b.grok", &st, hash, &found), 0);
    assert_false(found);

    assert_int_equal(db_load_report(db, 999, &in, a), -1);
    assert_non_null(strstr(db_error(db), "no run 999"));
    arena_free(a);
    db_close(db);
}

static void test_merge_vacuum_export(void **state) {
    const char *s1 = path_in("s1.db"), *s2 = path_in("s2.db"), *out = path_in("merged.db");
    Db *d1 = open_rw(s1), *d2 = open_rw(s2);
    long long r1 = make_run(d1, "a.grok", "b.grok", "same");
    assert_true(make_run(d2, "c.grok", "d.grok", "other") > 0);
    assert_int_equal(db_run_finish(d1, r1), 0);
    db_close(d1);
    db_close(d2); /* shard 2 left incomplete */

    Db *m = open_rw(out);
    const char *inputs[] = {s1, s2};
    long long run = 0;
    assert_int_equal(db_merge(m, inputs, 2, &run), 0);
    Arena *a = arena_new();
    ReportInput in;
    assert_int_equal(db_load_report(m, run, &in, a), 0);
    assert_int_equal(in.nfiles, 4);
    assert_int_equal(in.nfindings, 6);
    assert_false(in.complete);
    assert_int_equal(in.nverifications, 2);
    assert_string_equal(in.options, "check src");

    const char *bad[] = {path_in("nothing.db")};
    assert_int_equal(db_merge(m, bad, 1, &run), -1);
    assert_non_null(strstr(db_error(m), "does not exist"));

    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    assert_int_equal(db_export(m, mem), 0);
    fclose(mem);
    char version_row[64];
    snprintf(version_row, sizeof(version_row), "{\"table\":\"schema_version\",\"version\":%d}",
             DB_SCHEMA_VERSION);
    assert_non_null(strstr(buf, version_row));
    assert_non_null(strstr(buf, "\"table\":\"findings\""));
    assert_non_null(strstr(buf, "\"path\":\"c.grok\""));
    free(buf);

    assert_int_equal(db_vacuum(m, 1), 0);
    long long latest;
    assert_int_equal(db_latest_run(m, false, &latest), 0);
    assert_int_equal(latest, run);
    assert_int_equal(db_load_report(m, run - 1, &in, a), -1);
    arena_free(a);
    db_close(m);
}

static void test_hash(void **state) {
    const char *text = "fn main() { println!(\"hello\") }\n";
    char a[33], b[33], c[33];
    DbHash h;
    db_hash_init(&h);
    db_hash_update(&h, text, strlen(text));
    db_hash_hex(&h, a);
    db_hash_init(&h);
    for (size_t i = 0; i < strlen(text); i += 3)
        db_hash_update(&h, text + i, strlen(text) - i < 3 ? strlen(text) - i : 3);
    db_hash_hex(&h, b);
    assert_string_equal(a, b); /* chunking does not matter */
    db_hash_init(&h);
    db_hash_update(&h, text, strlen(text) - 1);
    db_hash_hex(&h, c);
    assert_string_not_equal(a, c);
    assert_int_equal(strlen(a), 32);
    char e1[33], e2[33];
    db_hash_init(&h);
    db_hash_hex(&h, e1);
    db_hash_init(&h);
    db_hash_update(&h, "\0", 1);
    db_hash_hex(&h, e2);
    assert_string_not_equal(e1, e2);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_create_in_new_folder),
        cmocka_unit_test(test_refuses_newer_foreign_and_corrupt),
        cmocka_unit_test(test_migrates_version_1),
        cmocka_unit_test(test_cache_round_trip),
        cmocka_unit_test(test_run_report),
        cmocka_unit_test(test_merge_vacuum_export),
        cmocka_unit_test(test_hash),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
