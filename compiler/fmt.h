/* The formatter: `grokc fmt` prints a module's AST back as canonical
 * GrokLang (4-space indent, one statement a line, no `;` where a newline
 * ends the statement, Rust-like spacing, lists broken one element a line
 * when they do not fit in FMT_WIDTH columns).
 *
 * Literals are printed as written (`0xFF`, escapes), doc comments come from
 * the AST, and plain line and block comments are re-attached from the
 * source text: a comment is printed before the statement, item, field,
 * variant or match arm that follows it, or at the end of the line it
 * trailed. A comment inside an expression therefore moves to the next such
 * boundary; it is never lost.
 *
 * Only the module's own file is printed: `mod m;` stays a declaration.
 * Invariant (tests/e2e/fmt_roundtrip.sh, the fuzzer's oracle): for a file
 * that parses without errors, parse(fmt(x)) has the same AST as parse(x),
 * and fmt(fmt(x)) == fmt(x). */
#ifndef GROK_FMT_H
#define GROK_FMT_H

#include "ast.h"
#include "strbuf.h"

#define FMT_WIDTH 100

/* Appends the formatted text of M (parsed from file M->file of SM) to OUT. */
void fmt_module(SourceMap *sm, const Module *m, StrBuf *out);

#endif
