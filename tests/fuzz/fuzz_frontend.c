/* Fuzz target for the front end: the bytes are a source file; it is lexed
 * and parsed, its diagnostics rendered as text (with and without colour)
 * and JSON, and when it parsed cleanly the oracle checks the formatter:
 * fmt(x) must parse without errors to the same AST (`emit ast --no-spans`)
 * and fmt(fmt(x)) must equal fmt(x). Any violation aborts. */
#include "fuzz_frontend.h"
#include "ast.h"
#include "fmt.h"
#include "parser.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Parsed {
    SourceMap *sm;
    Arena *arena;
    DiagSink diags;
    Module *module;
    char *dump; /* AST without spans */
    size_t dump_len;
} Parsed;

static void render_all(DiagSink *ds) {
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    if (!mem)
        abort();
    diag_render(ds, mem, DIAG_TEXT, false);
    diag_render(ds, mem, DIAG_TEXT, true);
    diag_render(ds, mem, DIAG_JSON, false);
    fclose(mem);
    free(buf);
}

static void parse_text(Parsed *p, const char *text, size_t len) {
    p->sm = source_map_new();
    p->arena = arena_new();
    diag_sink_init(&p->diags, p->sm, p->arena);
    p->diags.max_errors = 100; /* as the tools do */
    int id = source_add_text(p->sm, "fuzz.grok", text, len);
    p->module = parse_file(p->sm, (uint32_t)id, p->arena, &p->diags, "crate");
    FILE *mem = open_memstream(&p->dump, &p->dump_len);
    if (!mem)
        abort();
    ast_dump_module(p->sm, p->module, mem, false);
    fclose(mem);
}

static void parsed_free(Parsed *p) {
    free(p->dump);
    diag_sink_free(&p->diags);
    arena_free(p->arena);
    source_map_free(p->sm);
}

static void fail(const char *what, const char *a, size_t alen, const char *b, size_t blen) {
    fprintf(stderr, "fuzz_frontend: %s\n--- before\n%.*s\n--- after\n%.*s\n", what, (int)alen, a,
            (int)blen, b);
    abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    Parsed orig;
    parse_text(&orig, (const char *)data, size);
    render_all(&orig.diags);
    if (orig.diags.nerrors == 0) {
        StrBuf once;
        sb_init(&once);
        fmt_module(orig.sm, orig.module, &once);
        Parsed again;
        parse_text(&again, once.data ? once.data : "", once.len);
        if (again.diags.nerrors) {
            render_all(&again.diags);
            fail("formatted text does not parse", (const char *)data, size, once.data, once.len);
        }
        if (again.dump_len != orig.dump_len || memcmp(again.dump, orig.dump, orig.dump_len) != 0)
            fail("formatting changed the AST", orig.dump, orig.dump_len, again.dump,
                 again.dump_len);
        StrBuf twice;
        sb_init(&twice);
        fmt_module(again.sm, again.module, &twice);
        if (twice.len != once.len || (once.len && memcmp(twice.data, once.data, once.len) != 0))
            fail("fmt is not idempotent", once.data, once.len, twice.data, twice.len);
        sb_free(&twice);
        parsed_free(&again);
        sb_free(&once);
    }
    parsed_free(&orig);
    return 0;
}
