/* The IR's text form: printing (ir_text.c) and parsing (ir_parse.c). */
#ifndef GROK_IR_TEXT_H
#define GROK_IR_TEXT_H

#include "diag.h"
#include "ir.h"

#include <stdio.h>

void ir_print_module(const IrModule *m, FILE *out);
void ir_print_func(const IrFunc *f, FILE *out);
void ir_print_inst(const IrInst *in, FILE *out);
/* The module's text; the caller frees it. */
char *ir_module_to_string(const IrModule *m);
const char *ir_type_kind_name(IrTypeKind k);
void ir_format_float(char *buf, size_t n, double v, bool is_f32);
void ir_print_str_literal(const char *s, size_t len, FILE *out);

/* Parses source file FILE of SM (a .gir text) into a new module in ARENA.
 * Errors go to DIAGS (rule `ir/parse`) with their file:line:col; returns NULL
 * when there was any. */
IrModule *ir_parse(SourceMap *sm, uint32_t file, Arena *arena, DiagSink *diags);

#endif
