/* Parser unit tests: precedence and associativity, statement ends and
 * block tails, `>>` splitting, the struct-literal restriction, and error
 * recovery counts. Expressions are checked through a compact S-expression
 * rendering of the AST. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "parser.h"
#include "strbuf.h"

#include <stdlib.h>
#include <string.h>

typedef struct Fixture {
    SourceMap *sm;
    Arena *arena;
    DiagSink diags;
    Module *m;
} Fixture;

static void parse_text(Fixture *f, const char *text) {
    f->sm = source_map_new();
    f->arena = arena_new();
    diag_sink_init(&f->diags, f->sm, f->arena);
    int id = source_add_text(f->sm, "test.grok", text, strlen(text));
    f->m = parse_file(f->sm, (uint32_t)id, f->arena, &f->diags, "crate");
}

static void fixture_free(Fixture *f) {
    diag_sink_free(&f->diags);
    arena_free(f->arena);
    source_map_free(f->sm);
}

static void sexpr(StrBuf *sb, const Expr *e) {
    switch (e->kind) {
    case EX_INT:
        sb_printf(sb, "%llu", (unsigned long long)e->int_lit.value);
        break;
    case EX_PATH:
        for (int i = 0; i < e->path.nsegs; i++)
            sb_printf(sb, "%s%s", i ? "::" : "", e->path.segs[i].name);
        break;
    case EX_UNARY:
        sb_printf(sb, "(%s", unary_op_text(e->unary.op));
        sexpr(sb, e->unary.operand);
        sb_putc(sb, ')');
        break;
    case EX_BINARY:
        sb_printf(sb, "(%s ", binary_op_text(e->binary.op));
        sexpr(sb, e->binary.lhs);
        sb_putc(sb, ' ');
        sexpr(sb, e->binary.rhs);
        sb_putc(sb, ')');
        break;
    case EX_ASSIGN:
        sb_printf(sb, "(%s= ", e->assign.compound ? binary_op_text(e->assign.op) : "");
        sexpr(sb, e->assign.lhs);
        sb_putc(sb, ' ');
        sexpr(sb, e->assign.rhs);
        sb_putc(sb, ')');
        break;
    case EX_CAST:
        sb_puts(sb, "(as ");
        sexpr(sb, e->cast.expr);
        sb_puts(sb, ")");
        break;
    case EX_RANGE:
        sb_printf(sb, "(%s ", e->range.inclusive ? "..=" : "..");
        if (e->range.lo)
            sexpr(sb, e->range.lo);
        else
            sb_putc(sb, '_');
        sb_putc(sb, ' ');
        if (e->range.hi)
            sexpr(sb, e->range.hi);
        else
            sb_putc(sb, '_');
        sb_putc(sb, ')');
        break;
    case EX_PAREN:
        sexpr(sb, e->inner);
        break;
    case EX_CALL:
        sb_puts(sb, "(call ");
        sexpr(sb, e->call.callee);
        sb_putc(sb, ')');
        break;
    case EX_METHOD_CALL:
        sb_printf(sb, "(.%s ", e->method_call.method.name);
        sexpr(sb, e->method_call.recv);
        sb_putc(sb, ')');
        break;
    case EX_FIELD:
        sb_printf(sb, "(.%s ", e->field.name);
        sexpr(sb, e->field.base);
        sb_putc(sb, ')');
        break;
    case EX_TRY:
        sb_puts(sb, "(? ");
        sexpr(sb, e->inner);
        sb_putc(sb, ')');
        break;
    case EX_INDEX:
        sb_puts(sb, "([] ");
        sexpr(sb, e->index.base);
        sb_putc(sb, ' ');
        sexpr(sb, e->index.index);
        sb_putc(sb, ')');
        break;
    default:
        sb_printf(sb, "<kind %d>", (int)e->kind);
        break;
    }
}

/* Parses `fn f() { EXPR; }` and renders the first statement's expression. */
static char *expr_shape(const char *expr, int *nerrors) {
    char src[512];
    snprintf(src, sizeof src, "fn f() {\n    %s;\n}\n", expr);
    Fixture f;
    parse_text(&f, src);
    StrBuf sb;
    sb_init(&sb);
    *nerrors = f.diags.nerrors;
    if (f.m->nitems == 1 && f.m->items[0]->kind == IT_FN && f.m->items[0]->fn.body &&
        f.m->items[0]->fn.body->nstmts > 0) {
        const Stmt *s = f.m->items[0]->fn.body->stmts[0];
        if (s->kind == ST_EXPR)
            sexpr(&sb, s->expr.expr);
    }
    if (!sb.data)
        sb_puts(&sb, "");
    fixture_free(&f);
    return sb_take(&sb);
}

static void check_shape(const char *expr, const char *want) {
    int nerrors;
    char *got = expr_shape(expr, &nerrors);
    if (strcmp(got, want) != 0 || nerrors != 0)
        print_error("`%s`: got %s (%d errors), want %s\n", expr, got, nerrors, want);
    assert_int_equal(nerrors, 0);
    assert_string_equal(got, want);
    free(got);
}

static void test_precedence_table(void **state) {
    (void)state;
    static const char *const cases[][2] = {
        {"a + b * c", "(+ a (* b c))"},
        {"a * b + c", "(+ (* a b) c)"},
        {"a - b - c", "(- (- a b) c)"},
        {"a / b % c", "(% (/ a b) c)"},
        {"a || b && c", "(|| a (&& b c))"},
        {"a && b || c", "(|| (&& a b) c)"},
        {"a | b ^ c & d", "(| a (^ b (& c d)))"},
        {"a << b + c", "(<< a (+ b c))"},
        {"a & b == c", "(== (& a b) c)"},
        {"a == b && c < d", "(&& (== a b) (< c d))"},
        {"-a * b", "(* (-a) b)"},
        {"!a && b", "(&& (!a) b)"},
        {"-x as u32", "(as (-x))"},
        {"x as i64 * 2", "(* (as x) 2)"},
        {"*a.b", "(*(.b a))"},
        {"&a[0]", "(&([] a 0))"},
        {"a.b().c?", "(? (.c (.b a)))"},
        {"a = b = c", "(= a (= b c))"},
        {"a += b * 2", "(+= a (* b 2))"},
        {"a..b + 1", "(.. a (+ b 1))"},
        {"..=n", "(..= _ n)"},
        {"a..", "(.. a _)"},
        {"a || b..c", "(.. (|| a b) c)"},
        {"(a + b) * c", "(* (+ a b) c)"},
        {"c ! a + b", "(! c (+ a b))"},
        {"a != b", "(!= a b)"},
        {"x = a..b", "(= x (.. a b))"},
        {"a >> b >> c", "(>> (>> a b) c)"},
        {"&mut v", "(&mut v)"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        check_shape(cases[i][0], cases[i][1]);
}

static int count_errors(const char *src) {
    Fixture f;
    parse_text(&f, src);
    int n = f.diags.nerrors;
    fixture_free(&f);
    return n;
}

static void test_comparisons_do_not_chain(void **state) {
    (void)state;
    assert_int_equal(count_errors("fn f() { a < b < c; }"), 1);
    assert_int_equal(count_errors("fn f() { a == b != c; }"), 1);
    assert_int_equal(count_errors("fn f() { (a < b) == c; }"), 0);
    assert_int_equal(count_errors("fn f() { a < b && b < c; }"), 0);
}

static const Block *first_body(Fixture *f) {
    assert_true(f->m->nitems >= 1);
    assert_int_equal(f->m->items[0]->kind, IT_FN);
    return f->m->items[0]->fn.body;
}

static void test_block_tail_vs_semicolon(void **state) {
    (void)state;
    Fixture f;
    parse_text(&f, "fn a() { let x = 1\n x\n}");
    const Block *b = first_body(&f);
    assert_int_equal(b->nstmts, 2);
    assert_non_null(b->tail);
    assert_int_equal(b->tail->kind, EX_PATH);
    fixture_free(&f);

    parse_text(&f, "fn a() { let x = 1; x; }");
    b = first_body(&f);
    assert_int_equal(b->nstmts, 2);
    assert_null(b->tail);
    fixture_free(&f);

    parse_text(&f, "fn a() { if c { 1 } else { 2 } }");
    b = first_body(&f);
    assert_non_null(b->tail);
    assert_int_equal(b->tail->kind, EX_IF);
    assert_int_equal(f.diags.nerrors, 0);
    fixture_free(&f);

    /* A block-like statement ends at its `}`: `{ 1 } - 1` is two statements. */
    parse_text(&f, "fn a() { { 1 } - 1 }");
    b = first_body(&f);
    assert_int_equal(b->nstmts, 2);
    assert_int_equal(b->stmts[0]->expr.expr->kind, EX_BLOCK);
    assert_int_equal(b->tail->kind, EX_UNARY);
    fixture_free(&f);
}

static void test_newline_statement_ends(void **state) {
    (void)state;
    Fixture f;
    /* No newline token after `>`: the next line still starts a statement. */
    parse_text(&f, "fn a() {\n let v: Vec<i32>\n v = Vec::new()\n v\n}");
    const Block *b = first_body(&f);
    assert_int_equal(f.diags.nerrors, 0);
    assert_int_equal(b->nstmts, 3);
    assert_int_equal(b->stmts[0]->kind, ST_LET);
    assert_null(b->stmts[0]->let.init);
    fixture_free(&f);

    /* A newline inside parentheses or after a binary operator continues. */
    parse_text(&f, "fn a() {\n foo(1,\n 2)\n x +\n y\n}");
    b = first_body(&f);
    assert_int_equal(f.diags.nerrors, 0);
    assert_int_equal(b->nstmts, 2);
    assert_int_equal(b->stmts[0]->expr.expr->call.nargs, 2);
    assert_int_equal(b->tail->kind, EX_BINARY);
    fixture_free(&f);

    /* A line starting with `.` continues a method chain. */
    parse_text(&f, "fn a() {\n v\n .iter()\n .count()\n}");
    b = first_body(&f);
    assert_int_equal(f.diags.nerrors, 0);
    assert_int_equal(b->nstmts, 1);
    assert_int_equal(b->tail->kind, EX_METHOD_CALL);
    fixture_free(&f);

    /* Two statements on one line need a `;`. */
    assert_int_equal(count_errors("fn a() { x y }"), 1);
    assert_int_equal(count_errors("fn a() { x; y }"), 0);
}

static void test_shr_splitting(void **state) {
    (void)state;
    Fixture f;
    parse_text(&f, "fn a() { let v: Vec<Vec<i32>> = x; let m: A<B<C<D>>> = y; }");
    assert_int_equal(f.diags.nerrors, 0);
    const Block *b = first_body(&f);
    const TypeExpr *t = b->stmts[0]->let.ty;
    assert_int_equal(t->kind, TE_PATH);
    assert_string_equal(t->path.segs[0].name, "Vec");
    assert_int_equal(t->path.segs[0].ngenerics, 1);
    const TypeExpr *inner = t->path.segs[0].generics[0];
    assert_string_equal(inner->path.segs[0].name, "Vec");
    assert_int_equal(inner->path.segs[0].ngenerics, 1);
    assert_non_null(b->stmts[0]->let.init);
    assert_non_null(b->stmts[1]->let.init);
    fixture_free(&f);
    /* `>>=` after a generic list splits into `>` and `>=`... then `=`. */
    assert_int_equal(count_errors("fn a() { let v: Vec<Vec<i32>>= x; }"), 0);
    /* In expressions `>>` stays a shift. */
    check_shape("a >> 2", "(>> a 2)");
}

static void test_struct_literal_restriction(void **state) {
    (void)state;
    Fixture f;
    parse_text(&f, "fn a() { if x == y { 1 } else { 2 } }");
    assert_int_equal(f.diags.nerrors, 0);
    const Expr *e = first_body(&f)->tail;
    assert_int_equal(e->kind, EX_IF);
    assert_int_equal(e->if_.cond->kind, EX_BINARY);
    assert_int_equal(e->if_.cond->binary.rhs->kind, EX_PATH);
    fixture_free(&f);

    parse_text(&f, "fn a() { let p = P { x: 1 }; for i in v { } match p { _ => 0 } }");
    assert_int_equal(f.diags.nerrors, 0);
    assert_int_equal(first_body(&f)->stmts[0]->let.init->kind, EX_STRUCT_LIT);
    fixture_free(&f);

    assert_int_equal(count_errors("fn a() { if p == P { x: 1 } { } }"), 1);
    assert_int_equal(count_errors("fn a() { if p == (P { x: 1 }) { } }"), 0);
    assert_int_equal(count_errors("fn a() { while x < (S { v: 1 }).v { } }"), 0);
}

static void test_recovery_counts(void **state) {
    (void)state;
    /* Independent errors are each reported once, with no cascade. */
    assert_int_equal(count_errors("fn a() { let = 1; }\nfn b() { foo(1 2) }\n"
                                  "fn c() { if x = 1 { } }\n"),
                     3);
    assert_int_equal(count_errors("struct A { x: i32 y: i32 }\nfn ok() {}\nenum B { P Q }\n"), 2);
    assert_int_equal(count_errors("fn a() {\n let a = ;\n let b = 2;\n let c = );\n}\n"), 2);
    assert_int_equal(count_errors("fn main() {"), 1);
    assert_int_equal(count_errors(""), 0);
    assert_int_equal(count_errors("fn f() -> i32;"), 1);
    assert_int_equal(count_errors("trait T { fn f() -> i32; }"), 0);
    assert_int_equal(count_errors("#[bogus] fn f() {}"), 1);
}

static void test_deep_nesting(void **state) {
    (void)state;
    size_t n = 10000;
    char *src = malloc(n * 2 + 64);
    strcpy(src, "fn f() { ");
    size_t len = strlen(src);
    memset(src + len, '(', n);
    len += n;
    src[len++] = '1';
    memset(src + len, ')', n);
    len += n;
    strcpy(src + len, "; }");
    assert_int_equal(count_errors(src), 1);
    free(src);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_precedence_table),
        cmocka_unit_test(test_comparisons_do_not_chain),
        cmocka_unit_test(test_block_tail_vs_semicolon),
        cmocka_unit_test(test_newline_statement_ends),
        cmocka_unit_test(test_shr_splitting),
        cmocka_unit_test(test_struct_literal_restriction),
        cmocka_unit_test(test_recovery_counts),
        cmocka_unit_test(test_deep_nesting),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
