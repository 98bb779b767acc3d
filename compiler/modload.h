/* Module loading: a root file and every file its `mod m;` items name, each
 * parsed once, into one Crate. This is the front end's driver API: tools
 * call modload_crate and get the whole parsed program.
 *
 * `mod m;` in a file looks for `m.grok`, then `m/mod.grok`, in that file's
 * directory (inside an inline `mod a { }`, in its subdirectory `a/`).
 * Missing files, cycles (a.grok -> b.grok -> a.grok), a module declared
 * twice in one scope and a file loaded as two modules are errors
 * (E0080-E0084, see parser.h). */
#ifndef GROK_MODLOAD_H
#define GROK_MODLOAD_H

#include "ast.h"
#include "diag.h"

typedef struct Crate {
    Module *root;
    Module **modules; /* every file module, root first, in load order */
    int nmodules;
} Crate;

/* Returns NULL only when the root file cannot be read; the reason is then
 * in ERR. Syntax and module errors go to DIAGS. */
Crate *modload_crate(SourceMap *sm, Arena *arena, DiagSink *diags, const char *root_path, char *err,
                     size_t errlen);

#endif
