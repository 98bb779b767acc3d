/* IR -> bytecode (runtime/bytecode.h). Registers come straight from SSA
 * values: every value owns the registers of its slots (no reuse), block
 * arguments become parallel moves at the jump, constants become immediate
 * operands or loads into scratch registers. */
#ifndef GROK_BYTECODE_EMIT_H
#define GROK_BYTECODE_EMIT_H

#include "ir.h"
#include "runtime/bytecode.h"

/* Compiles a verified module. Instructions without an explicit location
 * report IMPLICIT_FILE (the .gir path) in panics. Returns NULL and writes a
 * message when a limit is exceeded (65535 registers per frame, 2^24 words
 * per function). */
BcProgram *bc_emit(IrModule *m, const char *implicit_file, char *err, size_t errlen);
/* Slots a value of type T occupies (runtime/rt.h layout). */
uint32_t bc_type_slots(const IrType *t);

#endif
