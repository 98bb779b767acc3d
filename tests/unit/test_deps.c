/* One smoke test per fixed dependency: each proves the library links and
 * does real work, so later issues can rely on the build finding it. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <ffi.h>
#include <llvm-c/Analysis.h>
#include <llvm-c/Core.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <z3.h>

/* x > 2 && x < 4 over the integers is sat, with x = 3. */
static void test_z3_sat_query(void **state) {
    Z3_config cfg = Z3_mk_config();
    Z3_context ctx = Z3_mk_context(cfg);
    Z3_del_config(cfg);
    Z3_solver s = Z3_mk_solver(ctx);
    Z3_solver_inc_ref(ctx, s);
    Z3_sort int_sort = Z3_mk_int_sort(ctx);
    Z3_ast x = Z3_mk_const(ctx, Z3_mk_string_symbol(ctx, "x"), int_sort);
    Z3_solver_assert(ctx, s, Z3_mk_gt(ctx, x, Z3_mk_int(ctx, 2, int_sort)));
    Z3_solver_assert(ctx, s, Z3_mk_lt(ctx, x, Z3_mk_int(ctx, 4, int_sort)));
    assert_int_equal(Z3_solver_check(ctx, s), Z3_L_TRUE);
    Z3_model m = Z3_solver_get_model(ctx, s);
    Z3_model_inc_ref(ctx, m);
    Z3_ast val;
    assert_true(Z3_model_eval(ctx, m, x, true, &val));
    int v = 0;
    assert_true(Z3_get_numeral_int(ctx, val, &v));
    assert_int_equal(v, 3);
    Z3_model_dec_ref(ctx, m);
    Z3_solver_dec_ref(ctx, s);
    Z3_del_context(ctx);
}

/* Builds `i32 add(i32, i32)` and runs LLVM's verifier on it. */
static void test_llvm_module_verifies(void **state) {
    LLVMContextRef c = LLVMContextCreate();
    LLVMModuleRef m = LLVMModuleCreateWithNameInContext("smoke", c);
    LLVMTypeRef i32 = LLVMInt32TypeInContext(c);
    LLVMTypeRef params[2] = {i32, i32};
    LLVMValueRef fn = LLVMAddFunction(m, "add", LLVMFunctionType(i32, params, 2, 0));
    LLVMBuilderRef b = LLVMCreateBuilderInContext(c);
    LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(c, fn, "entry"));
    LLVMBuildRet(b, LLVMBuildAdd(b, LLVMGetParam(fn, 0), LLVMGetParam(fn, 1), "sum"));
    char *err = NULL;
    assert_int_equal(LLVMVerifyModule(m, LLVMReturnStatusAction, &err), 0);
    LLVMDisposeMessage(err);
    LLVMDisposeBuilder(b);
    LLVMDisposeModule(m);
    LLVMContextDispose(c);
}

/* Calls labs(-42) through libffi. */
static void test_ffi_call_labs(void **state) {
    ffi_cif cif;
    ffi_type *args[1] = {&ffi_type_slong};
    assert_int_equal(ffi_prep_cif(&cif, FFI_DEFAULT_ABI, 1, &ffi_type_slong, args), FFI_OK);
    long in = -42;
    void *values[1] = {&in};
    ffi_arg result = 0;
    ffi_call(&cif, FFI_FN(labs), &result, values);
    assert_int_equal((long)result, 42);
}

static void test_sqlite_in_memory_query(void **state) {
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open(":memory:", &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "CREATE TABLE t(x INTEGER); INSERT INTO t VALUES (20), (22);",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    sqlite3_stmt *st = NULL;
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT sum(x) FROM t", -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(st, 0), 42);
    sqlite3_finalize(st);
    sqlite3_close(db);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_z3_sat_query),
        cmocka_unit_test(test_llvm_module_verifies),
        cmocka_unit_test(test_ffi_call_labs),
        cmocka_unit_test(test_sqlite_in_memory_query),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
