#include "grokc_front.h"
#include "modload.h"

#include <stdio.h>

typedef int (*CrateAction)(SourceMap *sm, Crate *crate, void *arg);

/* Loads FILE as a crate, runs ACTION on it, renders diagnostics and frees
 * everything. */
static int with_crate(const char *file, DiagFormat format, bool color, CrateAction action,
                      void *arg) {
    SourceMap *sm = source_map_new();
    Arena *arena = arena_new();
    DiagSink diags;
    diag_sink_init(&diags, sm, arena);
    char err[512];
    int status;
    Crate *crate = modload_crate(sm, arena, &diags, file, err, sizeof err);
    if (!crate) {
        diag_plain_error(stderr, color, "%s", err);
        status = 1;
    } else {
        status = action ? action(sm, crate, arg) : 0;
        diag_render(&diags, stderr, format, color);
        if (diags.nerrors)
            status = 1;
    }
    diag_sink_free(&diags);
    arena_free(arena);
    source_map_free(sm);
    return status;
}

int grokc_check(const char *file, DiagFormat format, bool color, bool parse_only) {
    (void)parse_only; /* the type checker joins here; until then check = parse */
    return with_crate(file, format, color, NULL, NULL);
}

static int print_ast(SourceMap *sm, Crate *crate, void *arg) {
    bool with_spans = *(bool *)arg;
    ast_dump_module(sm, crate->root, stdout, with_spans);
    return 0;
}

int grokc_emit_ast(const char *file, DiagFormat format, bool color, bool with_spans) {
    return with_crate(file, format, color, print_ast, &with_spans);
}
