/* The parser: tokens to AST (LANGUAGE.md §1 statement ends, §2 items, §3
 * types, §4 expressions), recursive descent in chibicc style with the
 * grammar above each function. Module files (`mod m;`) are loaded by
 * modload.h, which calls parse_file once per file.
 *
 * Syntax diagnostics, E0050-E0099 (rule ids `syntax/...`):
 *   E0050 syntax/expected-token      expected X, found Y
 *   E0051 syntax/unclosed-delimiter  file ends inside `(`, `[` or `{`
 *   E0052 syntax/mismatched-delimiter a closer that does not match its opener
 *   E0053 syntax/chained-comparison  a < b < c
 *   E0054 syntax/assign-in-condition if a = b { } (help: use `==`)
 *   E0055 syntax/missing-comma       between fields, arguments, arms, ...
 *   E0056 syntax/missing-fn-body     fn f(); outside a trait or extern block
 *   E0057 syntax/let-without-pattern let = 5;
 *   E0058 syntax/bad-attribute       #[...] that is not name, name(args), name = v
 *   E0059 syntax/unknown-attribute   a decorator LANGUAGE.md §2 does not define
 *   E0060 syntax/nesting-too-deep    more than PARSE_MAX_DEPTH nested constructs
 *   E0061 syntax/struct-literal-in-condition  if x == P { a: 1 } { }
 *   E0062 syntax/expected-item       something that cannot start an item
 *   E0063 syntax/expected-expression
 *   E0064 syntax/expected-pattern
 *   E0065 syntax/expected-type
 *   E0066 syntax/misplaced-attribute attributes on a statement that is no item
 *   E0067 syntax/doc-comment-not-item a `///` comment followed by no item
 *   E0068 syntax/bad-self-param      `self` not first, or in a free fn
 *   E0069 syntax/bad-tuple-index     e.0x1 style field indices
 *   E0080 syntax/module-not-found    mod m; with no m.grok or m/mod.grok
 *   E0081 syntax/module-cycle        a chain of `mod` files that loops
 *   E0082 syntax/duplicate-module    two `mod m` in one module
 *   E0083 syntax/module-file-reused  one file loaded as two modules
 *   E0084 syntax/module-unreadable   the module file exists but cannot be read */
#ifndef GROK_PARSER_H
#define GROK_PARSER_H

#include "arena.h"
#include "ast.h"
#include "diag.h"

/* Expressions, blocks, types and patterns nested deeper than this get one
 * "nesting too deep" error instead of exhausting the C stack. */
#define PARSE_MAX_DEPTH 256

/* Parses one file into a Module named NAME (items only; `mod m;` items are
 * left unloaded). Never returns NULL; errors go to DIAGS. */
Module *parse_file(SourceMap *sm, uint32_t file, Arena *arena, DiagSink *diags, const char *name);

#endif
