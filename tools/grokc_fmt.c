#include "grokc_fmt.h"
#include "fmt.h"
#include "parser.h"

#include <stdio.h>
#include <string.h>

int grokc_fmt(const char *file, DiagFormat format, bool color, bool check) {
    SourceMap *sm = source_map_new();
    Arena *arena = arena_new();
    DiagSink diags;
    diag_sink_init(&diags, sm, arena);
    char err[512];
    int status = 0;
    int id = source_load(sm, file, err, sizeof err);
    if (id < 0) {
        diag_plain_error(stderr, color, "%s", err);
        status = 1;
    } else {
        Module *m = parse_file(sm, (uint32_t)id, arena, &diags, "crate");
        if (diags.nerrors) {
            diag_render(&diags, stderr, format, color);
            status = 1;
        } else {
            StrBuf out;
            sb_init(&out);
            fmt_module(sm, m, &out);
            SourceFile *sf = source_file(sm, (uint32_t)id);
            if (check) {
                if (out.len != sf->len || (out.len && memcmp(out.data, sf->text, out.len) != 0)) {
                    fprintf(stderr, "%s: not formatted (run `grokc fmt %s` to see the layout)\n",
                            file, file);
                    status = 1;
                }
            } else if (out.len) {
                fwrite(out.data, 1, out.len, stdout);
            }
            sb_free(&out);
        }
    }
    diag_sink_free(&diags);
    arena_free(arena);
    source_map_free(sm);
    return status;
}
