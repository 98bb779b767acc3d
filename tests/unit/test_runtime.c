/* Runtime data structures: String, Vec, Map (growth, deletion, string keys),
 * cells, drop/clone by descriptor, formatting of every spec, and the
 * allocation counter returning to its starting value. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "runtime/rt.h"
#include "runtime/rt_fmt.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static RtType T_I64 = {.kind = RK_I64, .nslots = 1};
static RtType T_U8 = {.kind = RK_U8, .nslots = 1};
static RtType T_I8 = {.kind = RK_I8, .nslots = 1};
static RtType T_F64 = {.kind = RK_F64, .nslots = 1};
static RtType T_STRING = {.kind = RK_STRING, .nslots = 1, .needs_drop = true};
static RtType T_CHAR = {.kind = RK_CHAR, .nslots = 1};

static void assert_str(RtString *s, const char *want) {
    assert_int_equal(s->len, strlen(want));
    assert_memory_equal(s->data, want, s->len);
}

static void test_string_push_and_compare(void **state) {
    int64_t live = rt_live_objects();
    RtString *s = rt_string_new();
    for (int i = 0; i < 1000; i++)
        rt_string_push(s, "ab", 2);
    assert_int_equal(s->len, 2000);
    rt_string_push_char(s, 0x1F600);
    assert_int_equal(s->len, 2004);
    RtString *a = rt_string_from("apple", 5), *b = rt_string_from("apples", 6);
    assert_true(rt_string_cmp(a, b) < 0);
    assert_true(rt_string_cmp(b, a) > 0);
    assert_false(rt_string_eq(a, b));
    RtString *a2 = rt_string_from("apple", 5);
    assert_true(rt_string_eq(a, a2));
    assert_int_equal(rt_string_hash(a), rt_string_hash(a2));
    rt_string_free(s);
    rt_string_free(a);
    rt_string_free(a2);
    rt_string_free(b);
    assert_int_equal(rt_live_objects(), live);
}

static void test_vec_growth_pop_remove_sort(void **state) {
    int64_t live = rt_live_objects();
    RtVec *v = rt_vec_new(&T_I64, 0);
    for (int64_t i = 0; i < 10000; i++) {
        uint64_t x = (uint64_t)((i * 7919) % 10007 - 5000);
        rt_vec_push(v, &x);
    }
    assert_int_equal(v->len, 10000);
    rt_vec_sort(v);
    for (uint64_t i = 1; i < v->len; i++)
        assert_true((int64_t)rt_vec_at(v, i - 1)[0] <= (int64_t)rt_vec_at(v, i)[0]);
    uint64_t out;
    uint64_t first = rt_vec_at(v, 0)[0], second = rt_vec_at(v, 1)[0];
    rt_vec_remove(v, 0, &out);
    assert_int_equal(out, first);
    assert_int_equal(rt_vec_at(v, 0)[0], second);
    assert_true(rt_vec_pop(v, &out));
    assert_int_equal(v->len, 9998);
    rt_vec_clear(v);
    assert_false(rt_vec_pop(v, &out));
    rt_vec_free(v);
    assert_int_equal(rt_live_objects(), live);
}

static void test_vec_of_strings_drops_elements(void **state) {
    int64_t live = rt_live_objects();
    RtVec *v = rt_vec_new(&T_STRING, 1);
    for (int i = 0; i < 100; i++) {
        uint64_t s = (uint64_t)(uintptr_t)rt_string_from("x", 1);
        rt_vec_push(v, &s);
    }
    uint64_t copy;
    uint64_t h = (uint64_t)(uintptr_t)v;
    RtType tv = {.kind = RK_VEC, .nslots = 1, .needs_drop = true, .elem = &T_STRING};
    rt_clone(&tv, &h, &copy);
    assert_int_equal(rt_live_objects(), live + 202);
    rt_drop(&tv, &copy);
    rt_vec_free(v);
    assert_int_equal(rt_live_objects(), live);
}

static void test_map_growth_and_deletion(void **state) {
    int64_t live = rt_live_objects();
    RtMap *m = rt_map_new(&T_I64, &T_I64);
    for (uint64_t k = 0; k < 5000; k++) {
        uint64_t v = k * 3;
        assert_false(rt_map_insert(m, k, &v, NULL));
    }
    assert_int_equal(m->len, 5000);
    assert_true((m->cap & (m->cap - 1)) == 0);
    assert_true(m->len * 8 <= m->cap * 7);
    uint64_t old, v = 1;
    assert_true(rt_map_insert(m, 10, &v, &old));
    assert_int_equal(old, 30);
    for (uint64_t k = 0; k < 5000; k += 2)
        assert_true(rt_map_remove(m, k, &old));
    assert_false(rt_map_remove(m, 0, &old));
    assert_int_equal(m->len, 2500);
    for (uint64_t k = 0; k < 5000; k++) {
        uint64_t *p = rt_map_get(m, k);
        if (k % 2 == 0)
            assert_null(p);
        else
            assert_int_equal(*p, k * 3);
    }
    /* Reinsert after deletions: probing must still find every key. */
    for (uint64_t k = 0; k < 5000; k += 2) {
        uint64_t nv = k + 1;
        rt_map_insert(m, k, &nv, NULL);
    }
    for (uint64_t k = 0; k < 5000; k += 2)
        assert_int_equal(*rt_map_get(m, k), k + 1);
    rt_map_free(m);
    assert_int_equal(rt_live_objects(), live);
}

static void test_map_string_keys(void **state) {
    int64_t live = rt_live_objects();
    RtMap *m = rt_map_new(&T_STRING, &T_STRING);
    char buf[32];
    for (int i = 0; i < 300; i++) {
        snprintf(buf, sizeof buf, "key%d", i % 100);
        uint64_t k = (uint64_t)(uintptr_t)rt_string_from(buf, strlen(buf));
        uint64_t v = (uint64_t)(uintptr_t)rt_string_from(buf, strlen(buf));
        rt_map_insert(m, k, &v, NULL); /* replaced values and keys are dropped */
    }
    assert_int_equal(m->len, 100);
    RtString *probe = rt_string_from("key42", 5);
    uint64_t *p = rt_map_get(m, (uint64_t)(uintptr_t)probe);
    assert_non_null(p);
    assert_str((RtString *)(uintptr_t)*p, "key42");
    uint64_t old;
    assert_true(rt_map_remove(m, (uint64_t)(uintptr_t)probe, &old));
    rt_string_free((RtString *)(uintptr_t)old);
    rt_string_free(probe);
    assert_int_equal(rt_live_objects(), live + 199); /* the map and 99 keys and values */
    rt_map_free(m);
    assert_int_equal(rt_live_objects(), live);
}

static void test_cells(void **state) {
    int64_t live = rt_live_objects();
    uint64_t s = (uint64_t)(uintptr_t)rt_string_from("in", 2);
    RtCell *rc = rt_cell_new(&T_STRING, &s);
    rt_rc_retain(rc);
    rt_rc_release(rc);
    assert_int_equal(rc->rc, 1);
    rt_rc_release(rc);
    uint64_t x = 5;
    RtCell *arc = rt_cell_new(&T_I64, &x);
    rt_arc_retain(arc);
    assert_int_equal(arc->rc, 2);
    rt_arc_release(arc);
    rt_arc_release(arc);
    assert_int_equal(rt_live_objects(), live);
}

static char *fmt1(const RtType *t, uint64_t v, const char *spec, bool debug) {
    RtFmtSpec sp;
    char why[100];
    assert_true(rt_fmt_spec_parse(spec, strlen(spec), &sp, why, sizeof why));
    RtString *out = rt_string_new();
    rt_fmt_value(out, t, &v, &sp, debug);
    char *r = strndup(out->data ? out->data : "", out->len);
    rt_string_free(out);
    return r;
}

#define CHECK_FMT(t, v, spec, debug, want)                                                         \
    do {                                                                                           \
        char *got_ = fmt1(t, v, spec, debug);                                                      \
        assert_string_equal(got_, want);                                                           \
        free(got_);                                                                                \
    } while (0)

static uint64_t fbits(double d) {
    uint64_t u;
    memcpy(&u, &d, 8);
    return u;
}

/* Expected strings are what rustc 1.x prints for the same format!. */
static void test_fmt_every_spec(void **state) {
    CHECK_FMT(&T_I64, 42, "", false, "42");
    CHECK_FMT(&T_I64, 42, "5", false, "   42");
    CHECK_FMT(&T_I64, 42, "<5", false, "42   ");
    CHECK_FMT(&T_I64, 42, "^6", false, "  42  ");
    CHECK_FMT(&T_I64, 42, "*>6", false, "****42");
    CHECK_FMT(&T_I64, 42, "+", false, "+42");
    CHECK_FMT(&T_I64, (uint64_t)-42, "06", false, "-00042");
    CHECK_FMT(&T_I64, 255, "#x", false, "0xff");
    CHECK_FMT(&T_I64, 255, "#X", false, "0xFF");
    CHECK_FMT(&T_I64, 8, "#o", false, "0o10");
    CHECK_FMT(&T_I64, 5, "#b", false, "0b101");
    CHECK_FMT(&T_I64, 255, "#010x", false, "0x000000ff");
    CHECK_FMT(&T_I8, (uint64_t)-1, "x", false, "ff");
    CHECK_FMT(&T_U8, 200, "", true, "200");
    CHECK_FMT(&T_I64, 1500, "e", false, "1.5e3");
    CHECK_FMT(&T_F64, fbits(1.0), "", false, "1");
    CHECK_FMT(&T_F64, fbits(1.0), "", true, "1.0");
    CHECK_FMT(&T_F64, fbits(0.1 + 0.2), "", false, "0.30000000000000004");
    CHECK_FMT(&T_F64, fbits(3.14159), ".2", false, "3.14");
    CHECK_FMT(&T_F64, fbits(2.5), ".0", false, "2");
    CHECK_FMT(&T_F64, fbits(-1.5), "08.2", false, "-0001.50");
    CHECK_FMT(&T_F64, fbits(1e21), "", false, "1000000000000000000000");
    CHECK_FMT(&T_F64, fbits(1e21), "", true, "1e21");
    CHECK_FMT(&T_F64, fbits(1e-7), "", true, "1e-7");
    CHECK_FMT(&T_F64, fbits(1234.5), "e", false, "1.2345e3");
    CHECK_FMT(&T_F64, fbits(1234.5), ".2E", false, "1.23E3");
    CHECK_FMT(&T_F64, fbits(NAN), "5", false, "  NaN");
    CHECK_FMT(&T_F64, fbits(-INFINITY), "", false, "-inf");
    CHECK_FMT(&T_F64, fbits(-0.0), "", true, "-0.0");
    CHECK_FMT(&T_CHAR, 'a', "", true, "'a'");
    CHECK_FMT(&T_CHAR, '\'', "", true, "'\\''");
    CHECK_FMT(&T_CHAR, 0xe9, "^5", false, "  \xc3\xa9  ");
    RtString *s = rt_str_immortal("a\"b\n", 4);
    CHECK_FMT(&T_STRING, (uint64_t)(uintptr_t)s, "", true, "\"a\\\"b\\n\"");
    CHECK_FMT(&T_STRING, (uint64_t)(uintptr_t)s, ".1", false, "a");
    CHECK_FMT(&T_STRING, (uint64_t)(uintptr_t)s, "-^8", false, "--a\"b\n--");
    free(s->data);
    free(s);
}

static void test_fmt_spec_errors(void **state) {
    RtFmtSpec sp;
    char why[100];
    assert_false(rt_fmt_spec_parse("5.", 2, &sp, why, sizeof why));
    assert_string_equal(why, "expected digits after `.`");
    assert_false(rt_fmt_spec_parse("5q", 2, &sp, why, sizeof why));
    assert_string_equal(why, "unexpected `q` at position 2");
    assert_true(rt_fmt_spec_parse("<<5", 3, &sp, why, sizeof why));
    assert_int_equal(sp.fill, '<');
    assert_int_equal(sp.width, 5);
}

static void test_fmt_debug_composites(void **state) {
    int64_t live = rt_live_objects();
    RtType tv = {.kind = RK_VEC, .nslots = 1, .needs_drop = true, .elem = &T_I64};
    RtVec *v = rt_vec_new(&T_I64, 0);
    for (uint64_t i = 1; i <= 3; i++)
        rt_vec_push(v, &i);
    CHECK_FMT(&tv, (uint64_t)(uintptr_t)v, "", true, "[1, 2, 3]");
    CHECK_FMT(&tv, (uint64_t)(uintptr_t)v, "02", true, "[01, 02, 03]");
    rt_vec_free(v);
    const RtType *ofields[] = {&T_I64};
    uint32_t ooffs[] = {1};
    RtVariant ovars[] = {{"None", 0, NULL, NULL}, {"Some", 1, ofields, ooffs}};
    RtType topt = {.kind = RK_OPTION, .nslots = 2, .nvariants = 2, .variants = ovars};
    uint64_t some[2] = {1, 7}, none[2] = {0, 0};
    RtFmtSpec sp;
    char why[8];
    rt_fmt_spec_parse("", 0, &sp, why, sizeof why);
    RtString *out = rt_string_new();
    rt_fmt_value(out, &topt, some, &sp, true);
    rt_string_push(out, " ", 1);
    rt_fmt_value(out, &topt, none, &sp, true);
    assert_str(out, "Some(7) None");
    rt_string_free(out);
    assert_int_equal(rt_live_objects(), live);
}

static void test_float_shortest(void **state) {
    char d[40];
    int e;
    assert_int_equal(rt_float_shortest(0.1, false, d, &e), 1);
    assert_string_equal(d, "1");
    assert_int_equal(e, -1);
    rt_float_shortest(123.456, false, d, &e);
    assert_string_equal(d, "123456");
    assert_int_equal(e, 2);
    rt_float_shortest((double)0.1f, true, d, &e);
    assert_string_equal(d, "1");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_string_push_and_compare),
        cmocka_unit_test(test_vec_growth_pop_remove_sort),
        cmocka_unit_test(test_vec_of_strings_drops_elements),
        cmocka_unit_test(test_map_growth_and_deletion),
        cmocka_unit_test(test_map_string_keys),
        cmocka_unit_test(test_cells),
        cmocka_unit_test(test_fmt_every_spec),
        cmocka_unit_test(test_fmt_spec_errors),
        cmocka_unit_test(test_fmt_debug_composites),
        cmocka_unit_test(test_float_shortest),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
