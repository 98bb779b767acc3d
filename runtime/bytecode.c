/* Bytecode programs: storage, constant pool, type table, disassembler. */
#include "bytecode.h"

#include <stdlib.h>
#include <string.h>

typedef struct Block {
    struct Block *next;
    max_align_t data[];
} Block;

BcProgram *bc_program_new(void) {
    BcProgram *p = calloc(1, sizeof(BcProgram));
    if (!p)
        abort();
    p->main_index = -1;
    return p;
}

void *bc_alloc(BcProgram *p, size_t size) {
    Block *b = calloc(1, sizeof(Block) + size);
    if (!b)
        abort();
    b->next = p->blocks;
    p->blocks = b;
    return b->data;
}

char *bc_strdup(BcProgram *p, const char *s) {
    size_t n = strlen(s);
    char *d = bc_alloc(p, n + 1);
    memcpy(d, s, n);
    return d;
}

void bc_program_free(BcProgram *p) {
    if (!p)
        return;
    for (Block *b = p->blocks; b;) {
        Block *n = b->next;
        free(b);
        b = n;
    }
    free(p->consts);
    free(p->types);
    free(p);
}

uint32_t bc_add_const(BcProgram *p, uint64_t bits) {
    for (uint32_t i = 0; i < p->nconsts; i++)
        if (p->consts[i] == bits)
            return i;
    if (p->nconsts == p->consts_cap) {
        p->consts_cap = p->consts_cap ? p->consts_cap * 2 : 64;
        p->consts = realloc(p->consts, sizeof(uint64_t) * p->consts_cap);
        if (!p->consts)
            abort();
    }
    p->consts[p->nconsts] = bits;
    return p->nconsts++;
}

uint32_t bc_add_type(BcProgram *p, const RtType *t) {
    for (uint32_t i = 0; i < p->ntypes; i++)
        if (p->types[i] == t)
            return i;
    if (p->ntypes == p->types_cap) {
        p->types_cap = p->types_cap ? p->types_cap * 2 : 32;
        p->types = realloc(p->types, sizeof(RtType *) * p->types_cap);
        if (!p->types)
            abort();
    }
    p->types[p->ntypes] = t;
    return p->ntypes++;
}

static const char *OP_NAMES[] = {
#define BC_NAME(name) #name,
    BC_OPCODES(BC_NAME)
#undef BC_NAME
};

const char *bc_op_name(BcOp op) {
    return op < BC_NOPS ? OP_NAMES[op] : "?";
}

static bool is_jump(BcOp op) {
    return op >= BC_JT && op <= BC_JGEI_S;
}

void bc_disassemble(const BcProgram *p, FILE *out) {
    for (uint32_t f = 0; f < p->nfuncs; f++) {
        const BcFunction *fn = &p->funcs[f];
        fprintf(out, "function %u %s: params=%u ret=%u frame=%u mem=%u words=%u\n", f, fn->name,
                fn->nparams, fn->nret, fn->framesize, fn->memsize, fn->ncode);
        for (uint32_t i = 0; i < fn->ncode; i++) {
            uint64_t w = fn->code[i];
            BcOp op = BC_OP(w);
            fprintf(out, "  %5u  %-9s", i, bc_op_name(op));
            switch (op) {
            case BC_JMP:
                fprintf(out, " -> %u", BC_BC(w));
                break;
            case BC_LOADK:
                fprintf(out, " r%u K%u (0x%llx)", BC_A(w), BC_BC(w),
                        (unsigned long long)p->consts[BC_BC(w)]);
                break;
            case BC_LOADI:
                fprintf(out, " r%u %d", BC_A(w), (int32_t)BC_BC(w));
                break;
            case BC_FNREF:
            case BC_PANIC:
                fprintf(out, " r%u %u", BC_A(w), BC_BC(w));
                break;
            case BC_CALL:
                fprintf(out, " r%u %s r%u", BC_A(w), p->funcs[BC_B(w)].name, BC_C(w));
                break;
            default:
                if (is_jump(op)) {
                    bool imm = op >= BC_JEQI;
                    if (op == BC_JT || op == BC_JF)
                        fprintf(out, " r%u -> %u", BC_A(w), BC_T24(w));
                    else if (imm)
                        fprintf(out, " r%u %lld -> %u", BC_A(w), (long long)BC_SIMM(BC_B(w)),
                                BC_T24(w));
                    else
                        fprintf(out, " r%u r%u -> %u", BC_A(w), BC_B(w), BC_T24(w));
                } else {
                    fprintf(out, " a=%u b=%u c=%u x=%u", BC_A(w), BC_B(w), BC_C(w), BC_X(w));
                }
            }
            if (bc_op_words(op) == 2 && i + 1 < fn->ncode) {
                fprintf(out, " w=%llu", (unsigned long long)fn->code[i + 1]);
                i++;
            }
            if (fn->locs[i].line)
                fprintf(out, "    ; %u:%u", fn->locs[i].line, fn->locs[i].col);
            fputc('\n', out);
        }
    }
}
