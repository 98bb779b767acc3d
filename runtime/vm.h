/* The register VM: runs a BcProgram (bytecode.h). */
#ifndef GROK_VM_H
#define GROK_VM_H

#include "bytecode.h"

typedef struct Vm Vm;

/* Runs function FN (which takes no parameters) of P; program arguments are
 * available to the `args` intrinsic. Returns the function's result slot (0
 * for unit). A panic prints its report and exits with status 101. */
uint64_t vm_run(BcProgram *p, int fn, int argc, char **argv);

/* Intrinsics callable with CALLRT, by name; -1 when unknown. */
typedef void (*VmIntrinsic)(Vm *vm, uint64_t *args, uint64_t *ret, const RtType *type);
int vm_intrinsic_index(const char *name);
VmIntrinsic vm_intrinsic_at(int index);
/* The program arguments (for the `args` intrinsic). */
void vm_args(Vm *vm, int *argc, char ***argv);

#endif
