/* The lexer: token kinds and decoded values for every form of §1, each
 * newline rule and its exceptions, every error with its code, robustness on
 * random bytes and deep nesting, and (printed only) the throughput. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "lexer.h"
#include "strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_TOKENS 256

/* One lexed snippet: its tokens up to and including EOF, and its errors. */
typedef struct Lexed {
    SourceMap *sm;
    Arena *arena;
    DiagSink diags;
    Token toks[MAX_TOKENS];
    int n;
} Lexed;

static Lexed *lex_bytes(const char *src, size_t len) {
    Lexed *l = calloc(1, sizeof *l);
    l->sm = source_map_new();
    l->arena = arena_new();
    diag_sink_init(&l->diags, l->sm, l->arena);
    int file = source_add_text(l->sm, "test.grok", src, len);
    Lexer lx;
    lex_init(&lx, l->sm, (uint32_t)file, l->arena, &l->diags);
    do {
        l->toks[l->n] = lex_next(&lx);
    } while (l->toks[l->n++].kind != TK_EOF && l->n < MAX_TOKENS);
    return l;
}

static Lexed *lex(const char *src) {
    return lex_bytes(src, strlen(src));
}

static void lexed_free(Lexed *l) {
    diag_sink_free(&l->diags);
    arena_free(l->arena);
    source_map_free(l->sm);
    free(l);
}

/* Token kinds as one line: keyword/punct text, or a short word. */
static const char *short_kind(TokenKind k) {
    switch (k) {
    case TK_EOF:
        return "EOF";
    case TK_NEWLINE:
        return "NL";
    case TK_IDENT:
        return "id";
    case TK_INT:
        return "int";
    case TK_FLOAT:
        return "float";
    case TK_STRING:
        return "str";
    case TK_RAW_STRING:
        return "raw";
    case TK_CHAR:
        return "char";
    case TK_LABEL:
        return "label";
    case TK_DOC_COMMENT:
        return "doc";
    case TK_INNER_DOC_COMMENT:
        return "idoc";
    case TK_ERROR:
        return "ERR";
    default:
        return token_kind_text(k);
    }
}

static char *kinds_of(const char *src) {
    static char buf[4096];
    Lexed *l = lex(src);
    buf[0] = 0;
    for (int i = 0; i < l->n; i++) {
        if (i)
            strcat(buf, " ");
        strcat(buf, short_kind(l->toks[i].kind));
    }
    lexed_free(l);
    return buf;
}

#define assert_kinds(src, want) assert_string_equal(kinds_of(src), want)

static void assert_str_token(const Token *t, TokenKind kind, const char *want, size_t want_len) {
    assert_int_equal(t->kind, kind);
    assert_int_equal(t->str_len, want_len);
    assert_memory_equal(t->str, want, want_len);
}

static void test_every_keyword_and_punct(void **state) {
#define X(name, text)                                                                              \
    {                                                                                              \
        Lexed *l = lex(text);                                                                      \
        assert_int_equal(l->toks[0].kind, TK_KW_##name);                                           \
        assert_int_equal(l->toks[1].kind, TK_EOF);                                                 \
        lexed_free(l);                                                                             \
        l = lex(text "x");                                                                         \
        assert_int_equal(l->toks[0].kind, TK_IDENT);                                               \
        lexed_free(l);                                                                             \
        assert_string_equal(token_kind_text(TK_KW_##name), text);                                  \
    }
    GROK_KEYWORDS(X)
#undef X
#define X(name, text)                                                                              \
    {                                                                                              \
        Lexed *l = lex(text);                                                                      \
        assert_int_equal(l->toks[0].kind, TK_##name);                                              \
        assert_int_equal(l->toks[0].span.end, strlen(text));                                       \
        assert_int_equal(l->diags.nerrors, 0);                                                     \
        lexed_free(l);                                                                             \
    }
    GROK_PUNCTS(X)
#undef X
    assert_string_equal(token_kind_name(TK_KW_FN), "`fn`");
    assert_string_equal(token_kind_name(TK_PLUSEQ), "`+=`");
    assert_string_equal(token_kind_name(TK_IDENT), "identifier");
    assert_null(token_kind_text(TK_INT));
    assert_string_equal(num_suffix_name(SUF_USIZE), "usize");
    assert_string_equal(num_suffix_name(SUF_NONE), "");
}

static void test_maximal_munch(void **state) {
    assert_kinds("a<<=b>>=c", "id <<= id >>= id EOF");
    assert_kinds("&&&|||", "&& & || | EOF");
    assert_kinds("..=...", "..= .. . EOF");
    assert_kinds("->>=>=", "-> >= >= EOF");
    assert_kinds("=>=", "=> = EOF");
    assert_kinds("::: !== <=>", ":: : != = <= > EOF");
    assert_kinds("x/ /y", "id / / id EOF");
}

static void test_identifiers_point_into_source(void **state) {
    const char *src = "_ _x x1 r Self_ fnx";
    Lexed *l = lex(src);
    const char *want[] = {"_", "_x", "x1", "r", "Self_", "fnx"};
    for (int i = 0; i < 6; i++)
        assert_str_token(&l->toks[i], TK_IDENT, want[i], strlen(want[i]));
    SourceFile *f = source_file(l->sm, 0);
    assert_ptr_equal(l->toks[1].str, f->text + 2);
    lexed_free(l);
}

static void test_integers(void **state) {
    static const struct {
        const char *src;
        uint64_t value;
        NumSuffix suffix;
    } cases[] = {
        {"42", 42, SUF_NONE},
        {"1_000", 1000, SUF_NONE},
        {"007", 7, SUF_NONE},
        {"0xFF", 255, SUF_NONE},
        {"0xff_FF", 65535, SUF_NONE},
        {"0b1010", 10, SUF_NONE},
        {"0o755", 493, SUF_NONE},
        {"42u8", 42, SUF_U8},
        {"0xFF_usize", 255, SUF_USIZE},
        {"1_i8", 1, SUF_I8},
        {"7i16", 7, SUF_I16},
        {"7i32", 7, SUF_I32},
        {"7i64", 7, SUF_I64},
        {"7isize", 7, SUF_ISIZE},
        {"7u16", 7, SUF_U16},
        {"7u32", 7, SUF_U32},
        {"7u64", 7, SUF_U64},
        {"0x1f32", 0x1f32, SUF_NONE},
        {"128i8", 128, SUF_I8},
        {"255u8", 255, SUF_U8},
        {"18446744073709551615", UINT64_MAX, SUF_NONE},
        {"0xFFFF_FFFF_FFFF_FFFF", UINT64_MAX, SUF_NONE},
        {"9223372036854775808i64", 9223372036854775808ull, SUF_I64},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Lexed *l = lex(cases[i].src);
        assert_int_equal(l->diags.nerrors, 0);
        assert_int_equal(l->toks[0].kind, TK_INT);
        assert_true(l->toks[0].int_value == cases[i].value);
        assert_int_equal(l->toks[0].suffix, cases[i].suffix);
        assert_int_equal(l->toks[0].overflow, 0);
        assert_int_equal(l->toks[0].span.end, strlen(cases[i].src));
        lexed_free(l);
    }
}

static void test_floats(void **state) {
    static const struct {
        const char *src;
        double value;
        NumSuffix suffix;
    } cases[] = {
        {"3.14", 3.14, SUF_NONE},
        {"1.0e-10", 1.0e-10, SUF_NONE},
        {"2e3", 2e3, SUF_NONE},
        {"2E+3", 2e3, SUF_NONE},
        {"1.", 1.0, SUF_NONE},
        {"1f32", 1.0, SUF_F32},
        {"2.5f64", 2.5, SUF_F64},
        {"1e3_f32", 1e3, SUF_F32},
        {"1_000.000_1", 1000.0001, SUF_NONE},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Lexed *l = lex(cases[i].src);
        assert_int_equal(l->diags.nerrors, 0);
        assert_int_equal(l->toks[0].kind, TK_FLOAT);
        assert_true(l->toks[0].float_value == cases[i].value);
        assert_int_equal(l->toks[0].suffix, cases[i].suffix);
        lexed_free(l);
    }
}

static void test_ranges_fields_and_methods_on_numbers(void **state) {
    assert_kinds("1..2", "int .. int EOF");
    assert_kinds("1..=2", "int ..= int EOF");
    assert_kinds("1.0..2.0", "float .. float EOF");
    assert_kinds("t.0", "id . int EOF");
    assert_kinds("t.0.1", "id . int . int EOF");
    assert_kinds("t.1.foo", "id . int . id EOF");
    assert_kinds("1.foo()", "int . id ( ) EOF");
    assert_kinds("1.0.max(2.0)", "float . id ( float ) EOF");
    assert_kinds("x.0 .1", "id . int . int EOF");
    Lexed *l = lex("t.0.1");
    assert_true(l->toks[2].int_value == 0 && l->toks[4].int_value == 1);
    lexed_free(l);
}

static void test_string_escapes(void **state) {
    Lexed *l = lex("\"a\\n\\t\\r\\\"\\\\\\0\\'\\x41\\u{1F600}\\u{e9}\\u{1_0}\"");
    assert_int_equal(l->diags.nerrors, 0);
    const char want[] = "a\n\t\r\"\\\0'A\xF0\x9F\x98\x80\xC3\xA9\x10";
    assert_str_token(&l->toks[0], TK_STRING, want, sizeof want - 1);
    lexed_free(l);

    l = lex("\"plain text\"");
    SourceFile *f = source_file(l->sm, 0);
    assert_ptr_equal(l->toks[0].str, f->text + 1); /* no copy without escapes */
    lexed_free(l);

    l = lex("\"one \\\n      two\" \"a\r\nb\" \"line\nbreak\"");
    assert_int_equal(l->diags.nerrors, 0);
    assert_str_token(&l->toks[0], TK_STRING, "one two", 7);
    assert_str_token(&l->toks[1], TK_STRING, "a\nb", 3);
    assert_str_token(&l->toks[2], TK_STRING, "line\nbreak", 10);
    lexed_free(l);
}

static void test_raw_strings(void **state) {
    Lexed *l = lex("r\"C:\\path\" r#\"say \"hi\"\"# r##\"a\"#b\"## r\"\" r#x");
    assert_int_equal(l->diags.nerrors, 0);
    assert_str_token(&l->toks[0], TK_RAW_STRING, "C:\\path", 7);
    assert_str_token(&l->toks[1], TK_RAW_STRING, "say \"hi\"", 8);
    assert_str_token(&l->toks[2], TK_RAW_STRING, "a\"#b", 4);
    assert_str_token(&l->toks[3], TK_RAW_STRING, "", 0);
    assert_str_token(&l->toks[4], TK_IDENT, "r", 1); /* `r#x` is `r` `#` `x` */
    assert_int_equal(l->toks[5].kind, TK_HASH);
    lexed_free(l);
}

static void test_chars_and_labels(void **state) {
    static const struct {
        const char *src;
        uint32_t cp;
    } cases[] = {
        {"'a'", 'a'},
        {"'\\n'", '\n'},
        {"'\\''", '\''},
        {"'\\\\'", '\\'},
        {"'\"'", '"'},
        {"' '", ' '},
        {"'\\x7f'", 0x7f},
        {"'\\0'", 0},
        {"'\\u{1F600}'", 0x1F600},
        {"'\xC3\xA9'", 0xE9},
        {"'\xF0\x9F\x98\x80'", 0x1F600},
        {"'_'", '_'},
        {"'/'", '/'},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Lexed *l = lex(cases[i].src);
        assert_int_equal(l->diags.nerrors, 0);
        assert_int_equal(l->toks[0].kind, TK_CHAR);
        assert_int_equal(l->toks[0].char_value, cases[i].cp);
        assert_int_equal(l->toks[1].kind, TK_EOF);
        lexed_free(l);
    }
    Lexed *l = lex("'outer: loop { break 'outer; continue '_a }");
    assert_int_equal(l->diags.nerrors, 0);
    assert_str_token(&l->toks[0], TK_LABEL, "outer", 5);
    assert_int_equal(l->toks[1].kind, TK_COLON);
    assert_str_token(&l->toks[5], TK_LABEL, "outer", 5);
    assert_str_token(&l->toks[8], TK_LABEL, "_a", 2);
    lexed_free(l);
}

static void test_comments_and_doc_comments(void **state) {
    assert_kinds("a // x\n/* b /* c */ d */ e", "id NL id EOF");
    assert_kinds("/// doc\nfn", "doc fn EOF");
    assert_kinds("//! inner\n//// plain\n///\nfn", "idoc doc fn EOF");
    Lexed *l = lex("/// text here\r\n//!x");
    assert_str_token(&l->toks[0], TK_DOC_COMMENT, " text here", 10);
    assert_str_token(&l->toks[1], TK_INNER_DOC_COMMENT, "x", 1);
    lexed_free(l);
    assert_kinds("/**/x/***/", "id EOF");
}

static void test_newline_after_enders(void **state) {
    assert_kinds("let x = 1\nx", "let id = int NL id EOF");
    assert_kinds("a\nb", "id NL id EOF");
    assert_kinds("1.5\n'c'\n\"s\"\nr\"r\"\ntrue\nfalse\nx",
                 "float NL char NL str NL raw NL true NL false NL id EOF");
    assert_kinds("self\nSelf\nf()\nv[0]\n{}\nx",
                 "self NL Self NL id ( ) NL id [ int ] NL { } NL id EOF");
    assert_kinds("return\nbreak\ncontinue\nf()?\nx",
                 "return NL break NL continue NL id ( ) ? NL id EOF");
    assert_kinds("break 'a\nx", "break label NL id EOF");
}

static void test_newline_after_non_enders(void **state) {
    assert_kinds("a +\nb", "id + id EOF");
    assert_kinds("let x =\n5", "let id = int EOF");
    assert_kinds("fn f()\n{", "fn id ( ) NL { EOF"); /* `)` ends: the parser allows this */
    assert_kinds("a,\nb", "id , id EOF");
    assert_kinds("'a: loop {\n}", "label : loop { } EOF");
    assert_kinds("'a:\nloop", "label : loop EOF");
    assert_kinds("x\n'a: loop {}", "id NL label : loop { } EOF");
}

static void test_newline_inside_parens_and_brackets(void **state) {
    assert_kinds("f(a\n, b\n)\nx", "id ( id , id ) NL id EOF");
    assert_kinds("[1\n2]\nx", "[ int int ] NL id EOF");
    /* A `{` inside `(` starts a statement context again. */
    assert_kinds("f(|x| {\na\nb\n})\ny", "id ( | id | { id NL id NL } ) NL id EOF");
    assert_kinds("{(a\n)}", "{ ( id ) } EOF");
    assert_kinds("{[\n{a\nb}\nc]\nd}", "{ [ { id NL id } id ] NL id } EOF");
}

static void test_newline_exceptions(void **state) {
    assert_kinds("a\n.b()\n.c", "id . id ( ) . id EOF");
    assert_kinds("if a {\n}\nelse {\n}", "if id { } else { } EOF");
    assert_kinds("a\n..b", "id NL .. id EOF"); /* only a single `.` continues */
    assert_kinds("a\nelsewhere", "id NL id EOF");
    assert_kinds("a\n\n\n// c\n/* d */\n\nb", "id NL id EOF");
    assert_kinds("a /* multi\nline */ b", "id NL id EOF");
    assert_kinds("a\n// note\n.b", "id . id EOF");
    assert_kinds("a\n", "id NL EOF");
    assert_kinds("a", "id EOF");
}

static void test_newline_around_doc_comments(void **state) {
    assert_kinds("x\n/// d\nfn f", "id NL doc fn id EOF");
    assert_kinds("x /// d\ny", "id NL doc id EOF"); /* the end goes before the doc comment */
    assert_kinds("x /// d\n.y", "id doc . id EOF");
    assert_kinds("/// a\n/// b\nfn", "doc doc fn EOF");
    assert_kinds("x /// d", "id doc EOF");
    Lexed *l = lex("x /// d\ny");
    assert_int_equal(l->toks[1].span.start, 7); /* the newline ending the doc's line */
    lexed_free(l);
}

static void test_newline_before_flag_and_spans(void **state) {
    Lexed *l = lex("a b\n  c");
    assert_true(l->toks[0].newline_before); /* start of file */
    assert_false(l->toks[1].newline_before);
    assert_int_equal(l->toks[2].kind, TK_NEWLINE);
    assert_int_equal(l->toks[2].span.start, 3);
    assert_int_equal(l->toks[2].span.end, 4);
    assert_true(l->toks[3].newline_before);
    assert_int_equal(l->toks[3].span.start, 6);
    lexed_free(l);
}

static void test_eof_repeats_and_bom(void **state) {
    SourceMap *sm = source_map_new();
    Arena *a = arena_new();
    DiagSink ds;
    diag_sink_init(&ds, sm, a);
    source_add_text(sm, "t.grok", "\xEF\xBB\xBFx", 4);
    Lexer lx;
    lex_init(&lx, sm, 0, a, &ds);
    Token t = lex_next(&lx);
    assert_int_equal(t.kind, TK_IDENT);
    assert_int_equal(t.span.start, 3);
    for (int i = 0; i < 3; i++)
        assert_int_equal(lex_next(&lx).kind, TK_EOF);
    assert_int_equal(ds.nerrors, 0);
    diag_sink_free(&ds);
    arena_free(a);
    source_map_free(sm);
}

/* Each snippet is one mistake: exactly one error, with this code. */
static void test_each_error_once(void **state) {
    static const struct {
        const char *src;
        const char *code;
    } cases[] = {
        {"/* open /* nested */", "E0001"},
        {"x = \"abc", "E0002"},
        {"r#\"abc\"", "E0003"},
        {"'", "E0004"},
        {"x = ' ", "E0004"},
        {"\"\\q\"", "E0005"},
        {"\"\\xZ1\"", "E0006"},
        {"\"\\x80\"", "E0006"},
        {"'\\x4'", "E0006"},
        {"\"\\u{}\"", "E0007"},
        {"\"\\u{1234567}\"", "E0007"},
        {"\"\\u{D800}\"", "E0007"},
        {"\"\\u{110000}\"", "E0007"},
        {"\"\\u1F600\"", "E0007"},
        {"\"\\u{1F600\"", "E0007"},
        {"\"\\u{12g4}\"", "E0007"},
        {"\"\\u{_1}\"", "E0007"},
        {"''", "E0008"},
        {"'ab'", "E0009"},
        {"'12'", "E0009"},
        {"'''", "E0010"},
        {"'\t'", "E0010"},
        {"\"a\rb\"", "E0011"},
        {"18446744073709551616", "E0012"},
        {"256u8", "E0013"},
        {"129i8", "E0013"},
        {"65536u16", "E0013"},
        {"4294967296u32", "E0013"},
        {"12abc", "E0014"},
        {"1.5u8", "E0014"},
        {"1i128", "E0014"},
        {"0b102", "E0015"},
        {"0o78", "E0015"},
        {"0x", "E0016"},
        {"0b_", "E0016"},
        {"1e", "E0017"},
        {"2.5e+", "E0017"},
        {"0x1.5", "E0018"},
        {"0b1f32", "E0018"},
        {"1e400", "E0019"},
        {"1e39f32", "E0019"},
        {"x \xFF y", "E0020"},
        {"\"\xC0\x80\"", "E0020"},
        {"~", "E0022"},
        {"$$$", "E0022"},
        {"`", "E0022"},
        {"\\", "E0022"},
        {"\x01", "E0022"},
        {"\xE2\x80\x9C", "E0022"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Lexed *l = lex(cases[i].src);
        if (l->diags.nerrors != 1 || strcmp(l->diags.items[0]->code, cases[i].code) != 0)
            fail_msg("`%s`: %d errors, first %s, expected one %s", cases[i].src, l->diags.nerrors,
                     l->diags.nerrors ? l->diags.items[0]->code : "-", cases[i].code);
        lexed_free(l);
    }
    Lexed *l = lex_bytes("a\0\0b", 4);
    assert_int_equal(l->diags.nerrors, 1);
    assert_string_equal(l->diags.items[0]->code, "E0021");
    lexed_free(l);
}

static void test_errors_keep_lexing(void **state) {
    Lexed *l = lex("let a = 12abc\nlet b = '\nlet c = \"\\q\" ~ $\nlet d = 0b2");
    assert_int_equal(l->diags.nerrors, 6);
    assert_string_equal(kinds_of("let a = 12abc\nlet b = ~\nx"),
                        "let id = ERR NL let id = ERR NL id EOF");
    /* The error tokens keep their full spans. */
    assert_int_equal(l->toks[3].kind, TK_ERROR);
    assert_int_equal(l->toks[3].span.start, 8);
    assert_int_equal(l->toks[3].span.end, 13);
    lexed_free(l);

    l = lex("256u8 99999999999999999999");
    assert_int_equal(l->toks[0].kind, TK_INT);
    assert_true(l->toks[0].overflow);
    assert_int_equal(l->toks[1].kind, TK_INT);
    assert_true(l->toks[1].overflow);
    lexed_free(l);

    /* Invalid UTF-8: one error, then nothing but EOF. */
    l = lex("fn main() { \"\xFF\xFE\" }");
    assert_int_equal(l->diags.nerrors, 1);
    assert_int_equal(l->n, 1);
    assert_int_equal(l->diags.items[0]->span.start, 13);
    lexed_free(l);
}

static void test_deep_nesting(void **state) {
    size_t depth = 10000, len = depth * 2 + 8;
    char *src = malloc(len + 1);
    size_t p = 0;
    for (size_t i = 0; i < depth; i++)
        src[p++] = i % 3 == 0 ? '(' : i % 3 == 1 ? '[' : '{';
    memcpy(src + p, "a\nb", 3);
    p += 3;
    for (size_t i = depth; i-- > 0;)
        src[p++] = i % 3 == 0 ? ')' : i % 3 == 1 ? ']' : '}';
    memcpy(src + p, "\nc", 2);
    p += 2;
    SourceMap *sm = source_map_new();
    Arena *a = arena_new();
    DiagSink ds;
    diag_sink_init(&ds, sm, a);
    source_add_text(sm, "deep.grok", src, p);
    Lexer lx;
    lex_init(&lx, sm, 0, a, &ds);
    size_t count = 0, newlines = 0;
    Token t;
    do {
        t = lex_next(&lx);
        count++;
        newlines += t.kind == TK_NEWLINE;
    } while (t.kind != TK_EOF);
    assert_int_equal(ds.nerrors, 0);
    assert_int_equal(newlines, 1); /* only after the outermost `)` */
    assert_int_equal(count, 2 * depth + 5);
    diag_sink_free(&ds);
    arena_free(a);
    source_map_free(sm);
    free(src);
}

/* Random bytes, biased towards the characters that start tricky tokens:
 * lexing always terminates, spans stay in the file, no crash (ASan). */
static void test_random_bytes(void **state) {
    static const char alphabet[] = "\"'\\/*#r0x1.e_u{}()[]\n \t\r!~$a-=<>:\x80\xC3\xA9\xF0\xFF\0";
    srand(12345);
    for (int iter = 0; iter < 3000; iter++) {
        size_t len = (size_t)(rand() % 200);
        char buf[200];
        for (size_t i = 0; i < len; i++)
            buf[i] = rand() % 4 ? alphabet[rand() % (int)(sizeof alphabet - 1)] : (char)rand();
        SourceMap *sm = source_map_new();
        Arena *a = arena_new();
        DiagSink ds;
        diag_sink_init(&ds, sm, a);
        source_add_text(sm, "rand.grok", buf, len);
        Lexer lx;
        lex_init(&lx, sm, 0, a, &ds);
        size_t count = 0;
        Token t;
        do {
            t = lex_next(&lx);
            assert_true(t.span.start <= t.span.end && t.span.end <= len + 1);
            assert_true(++count <= 2 * len + 2);
        } while (t.kind != TK_EOF);
        if (ds.len) { /* rendering must cope with any span the lexer made */
            FILE *devnull = fopen("/dev/null", "w");
            diag_render(&ds, devnull, DIAG_TEXT, false);
            fclose(devnull);
        }
        diag_sink_free(&ds);
        arena_free(a);
        source_map_free(sm);
    }
}

/* Prints lexing throughput on a generated ~1M-line program (no assertion
 * on time: the machine is shared). */
static void test_throughput(void **state) {
    static const char *lines[] = {
        "/// Computes the sum of squares below `n`, skipping multiples of 3.\n",
        "fn sum_squares(n: u64, values: &Vec<i32>) -> Result<u64, String> {\n",
        "    let mut total: u64 = 0\n",
        "    for i in 0..n {\n",
        "        if i % 3 == 0 { continue }\n",
        "        total += i * i + 0xFF_u64 // comment\n",
        "    }\n",
        "    let name = \"sum\\tsquares\"; let ratio = 3.14159e0 * 2.0\n",
        "    values.iter().map(|x| x * 2).filter(|&x| x > 10).count()\n",
        "    println!(\"{} = {}\", name, total)\n",
        "    'outer: loop { break 'outer }\n",
        "    Ok(total)\n",
        "}\n",
        "\n",
    };
    StrBuf sb;
    sb_init(&sb);
    size_t nlines = 0;
    while (nlines < 1000000) {
        for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++)
            sb_puts(&sb, lines[i]);
        nlines += sizeof lines / sizeof lines[0];
    }
    SourceMap *sm = source_map_new();
    Arena *a = arena_new();
    DiagSink ds;
    diag_sink_init(&ds, sm, a);
    source_add_text(sm, "big.grok", sb.data, sb.len);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    Lexer lx;
    lex_init(&lx, sm, 0, a, &ds);
    size_t count = 0;
    while (lex_next(&lx).kind != TK_EOF)
        count++;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    printf("lexer throughput: %zu lines, %.1f MB, %zu tokens in %.3f s = %.2f M lines/s, "
           "%.0f MB/s, arena %zu bytes\n",
           nlines, (double)sb.len / 1e6, count, secs, (double)nlines / secs / 1e6,
           (double)sb.len / secs / 1e6, arena_used(a));
    assert_int_equal(ds.nerrors, 0);
    diag_sink_free(&ds);
    arena_free(a);
    source_map_free(sm);
    sb_free(&sb);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_keyword_and_punct),
        cmocka_unit_test(test_maximal_munch),
        cmocka_unit_test(test_identifiers_point_into_source),
        cmocka_unit_test(test_integers),
        cmocka_unit_test(test_floats),
        cmocka_unit_test(test_ranges_fields_and_methods_on_numbers),
        cmocka_unit_test(test_string_escapes),
        cmocka_unit_test(test_raw_strings),
        cmocka_unit_test(test_chars_and_labels),
        cmocka_unit_test(test_comments_and_doc_comments),
        cmocka_unit_test(test_newline_after_enders),
        cmocka_unit_test(test_newline_after_non_enders),
        cmocka_unit_test(test_newline_inside_parens_and_brackets),
        cmocka_unit_test(test_newline_exceptions),
        cmocka_unit_test(test_newline_around_doc_comments),
        cmocka_unit_test(test_newline_before_flag_and_spans),
        cmocka_unit_test(test_eof_repeats_and_bom),
        cmocka_unit_test(test_each_error_once),
        cmocka_unit_test(test_errors_keep_lexing),
        cmocka_unit_test(test_deep_nesting),
        cmocka_unit_test(test_random_bytes),
        cmocka_unit_test(test_throughput),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
