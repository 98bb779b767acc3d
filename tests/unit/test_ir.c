/* The IR text round trip (print(parse(print(x))) == print(x)) over every
 * .gir test program, the builder API, dominators, and a verifier error. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "ir.h"
#include "ir_text.h"
#include "ir_verify.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

static IrModule *parse_text(SourceMap *sm, Arena *a, DiagSink *ds, const char *name,
                            const char *text) {
    int f = source_add_text(sm, name, text, strlen(text));
    return ir_parse(sm, (uint32_t)f, a, ds);
}

static void roundtrip_file(const char *path) {
    SourceMap *sm = source_map_new();
    Arena *a = arena_new();
    DiagSink ds;
    diag_sink_init(&ds, sm, a);
    char err[256];
    int f = source_load(sm, path, err, sizeof err);
    assert_true(f >= 0);
    IrModule *m = ir_parse(sm, (uint32_t)f, a, &ds);
    if (!m) {
        diag_render(&ds, stderr, DIAG_TEXT, false);
        fail_msg("%s does not parse", path);
    }
    IrVerifyResult vr;
    assert_int_equal(ir_verify(m, &vr), 0);
    char *once = ir_module_to_string(m);
    IrModule *m2 = parse_text(sm, a, &ds, "printed.gir", once);
    assert_non_null(m2);
    assert_int_equal(ir_verify(m2, &vr), 0);
    char *twice = ir_module_to_string(m2);
    if (strcmp(once, twice) != 0)
        fail_msg("%s: print(parse(print(x))) differs", path);
    free(once);
    free(twice);
    diag_sink_free(&ds);
    arena_free(a);
    source_map_free(sm);
}

static void test_roundtrip_all_programs(void **state) {
    const char *dir = GROK_SOURCE_DIR "/tests/golden/ir";
    DIR *d = opendir(dir);
    assert_non_null(d);
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (len < 5 || strcmp(e->d_name + len - 4, ".gir") != 0)
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        roundtrip_file(path);
        n++;
    }
    closedir(d);
    assert_true(n >= 50);
}

/* Builds `fn @sum(%n: i64) -> i64` (a loop with block arguments) through the
 * builder API and checks its printed form and that it verifies. */
static void test_builder_prints_and_verifies(void **state) {
    Arena *a = arena_new();
    IrModule *m = ir_module_new(a);
    IrType *i64 = ir_type_prim(m, IRT_I64), *b1 = ir_type_prim(m, IRT_BOOL);
    IrFunc *f = ir_func_new(m, "sum", i64);
    IrBlock *entry = ir_block_new(f, "entry");
    IrValue *n = ir_block_add_param(entry, i64, "n");
    ir_func_seal_signature(f);
    IrBlock *loop = ir_block_new(f, "loop");
    IrValue *i = ir_block_add_param(loop, i64, "i");
    IrValue *acc = ir_block_add_param(loop, i64, "acc");
    IrBlock *body = ir_block_new(f, "body");
    IrBlock *done = ir_block_new(f, "done");
    IrInst *j = ir_emit(entry, IR_JMP, NULL, NULL, NULL, NULL, 0);
    IrValue *zeros[2] = {ir_const_int(m, i64, 0), ir_const_int(m, i64, 0)};
    ir_inst_set_targets(j, 1)->block = loop;
    ir_target_set_args(f, &j->targets[0], zeros, 2);
    IrValue *cargs[2] = {i, n};
    IrInst *c = ir_emit(loop, IR_LT, i64, b1, "c", cargs, 2);
    IrInst *br = ir_emit(loop, IR_BR, b1, NULL, NULL, &c->result, 1);
    IrTarget *t = ir_inst_set_targets(br, 2);
    t[0].block = body;
    t[1].block = done;
    IrValue *aargs[2] = {acc, i};
    IrInst *add = ir_emit(body, IR_ADD_OVF, i64, i64, "acc2", aargs, 2);
    IrValue *iargs[2] = {i, ir_const_int(m, i64, 1)};
    IrInst *inc = ir_emit(body, IR_ADD_OVF, i64, i64, "i2", iargs, 2);
    IrInst *back = ir_emit(body, IR_JMP, NULL, NULL, NULL, NULL, 0);
    ir_inst_set_targets(back, 1)->block = loop;
    IrValue *bargs[2] = {inc->result, add->result};
    ir_target_set_args(f, &back->targets[0], bargs, 2);
    ir_emit(done, IR_RET, NULL, NULL, NULL, &acc, 1);
    IrVerifyResult vr;
    assert_int_equal(ir_verify(m, &vr), 0);
    char *s = ir_module_to_string(m);
    assert_string_equal(s, "fn @sum(%n: i64) -> i64 {\n"
                           "entry:\n"
                           "    jmp loop(0, 0)\n"
                           "loop(%i: i64, %acc: i64):\n"
                           "    %c = lt i64 %i, %n\n"
                           "    br %c, body, done\n"
                           "body:\n"
                           "    %acc2 = add.ovf i64 %acc, %i\n"
                           "    %i2 = add.ovf i64 %i, 1\n"
                           "    jmp loop(%i2, %acc2)\n"
                           "done:\n"
                           "    ret %acc\n"
                           "}\n");
    free(s);
    int *idom, *rpo;
    int nrpo = ir_dominators(f, a, &idom, &rpo);
    assert_int_equal(nrpo, 4);
    assert_int_equal(idom[loop->index], entry->index);
    assert_int_equal(idom[body->index], loop->index);
    assert_int_equal(idom[done->index], loop->index);
    assert_true(ir_dominates(idom, loop->index, body->index));
    assert_false(ir_dominates(idom, body->index, done->index));
    arena_free(a);
}

static void test_types_interned(void **state) {
    Arena *a = arena_new();
    IrModule *m = ir_module_new(a);
    IrType *i32 = ir_type_prim(m, IRT_I32);
    assert_ptr_equal(ir_type_of(m, IRT_VEC, i32, NULL), ir_type_of(m, IRT_VEC, i32, NULL));
    IrType *e[2] = {i32, ir_type_prim(m, IRT_STR)};
    assert_ptr_equal(ir_type_tuple(m, e, 2), ir_type_tuple(m, e, 2));
    assert_ptr_not_equal(ir_type_tuple(m, e, 2), ir_type_tuple(m, e, 1));
    assert_int_equal(ir_int_normalize(i32, 0xffffffffu), UINT64_MAX);
    assert_int_equal(ir_int_min(i32), INT32_MIN);
    assert_int_equal(ir_int_max(ir_type_prim(m, IRT_U8)), 255);
    arena_free(a);
}

static void test_float_constants_roundtrip(void **state) {
    SourceMap *sm = source_map_new();
    Arena *a = arena_new();
    DiagSink ds;
    diag_sink_init(&ds, sm, a);
    const char *text = "fn @f() -> f64 {\nentry:\n    %a = fadd f64 0.1, 1e300\n"
                       "    %b = fmul f64 %a, -0.0\n    %c = fsub f64 %b, inf\n"
                       "    %d = fadd f64 %c, nan\n    ret %d\n}\n";
    IrModule *m = parse_text(sm, a, &ds, "f.gir", text);
    assert_non_null(m);
    char *s = ir_module_to_string(m);
    assert_string_equal(s, "fn @f() -> f64 {\nentry:\n    %a = fadd f64 0.1, 1e+300\n"
                           "    %b = fmul f64 %a, -0.0\n    %c = fsub f64 %b, inf\n"
                           "    %d = fadd f64 %c, nan\n    ret %d\n}\n");
    free(s);
    diag_sink_free(&ds);
    arena_free(a);
    source_map_free(sm);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_roundtrip_all_programs),
        cmocka_unit_test(test_builder_prints_and_verifies),
        cmocka_unit_test(test_types_interned),
        cmocka_unit_test(test_float_constants_roundtrip),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
