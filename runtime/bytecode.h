/* Bytecode for the register VM (runtime/vm.c), emitted from the IR by
 * compiler/bytecode_emit.c.
 *
 * An instruction is one 64-bit word:  op:8 | x:8 | a:16 | b:16 | c:16
 * (bits 0..7, 8..15, 16..31, 32..47, 48..63). A few opcodes take a second
 * word W (a type index, an else-register, ...). Registers are untagged 64-bit
 * slots R[0..framesize) of the current frame: the IR is typed, so every
 * opcode knows its operand types. Integers are kept normalized
 * (sign/zero-extended from their width), so one compare serves every signed
 * (or unsigned) width. T24 = x<<16 | c is a jump target (word index);
 * BC = b | c<<16 is a 32-bit operand. IMM is c (or b) as a signed 16-bit.
 * K = integer kind in x: 0 i8, 1 i16, 2 i32, 3 i64, 4 u8, 5 u16, 6 u32, 7 u64.
 *
 * opcode          operands      meaning
 * NOP                           nothing
 * MOV             a b           R[a] = R[b]
 * MOVN            a b c         R[a..a+c) = R[b..b+c)
 * LOADK           a BC          R[a] = K[BC] (the program's constant pool)
 * LOADI           a BC          R[a] = BC sign-extended from 32 bits
 * ADD_I64 SUB_I64 MUL_I64 a b c R[a] = R[b] op R[c] (i64), panic on overflow
 * ADDI_I64        a b IMM       R[a] = R[b] + IMM (i64), panic on overflow
 * ADD_U64 SUB_U64 a b c         u64, panic on overflow
 * DIV_I64 REM_I64 a b c         i64 division, panics as div.ovf / rem.ovf
 * REMP2_I64       a b c         R[a] = R[b] % (1 << c), i64 (sign of the dividend)
 * ADDI_JLT        a b IMM W     R[a] = R[b] + IMM (i64, panics on overflow); jump to
 *                               W >> 32 if R[a] < R[W & 0xffff] (a counted loop's step)
 * ADD_OVF .. SHR_OVF a b c K    checked arithmetic of kind K (panics as ir.h)
 * ADD_WRAP .. SHR_WRAP a b c K  wrapping arithmetic (DIV/REM panic on zero)
 * ADD_SAT SUB_SAT MUL_SAT a b c K saturating
 * ADD_CHK .. DIV_CHK a b c K    R[a] = 0 (None) or 1 and R[a+1] = result
 * NEG_OVF NEG_WRAP a b K        negation
 * AND OR XOR      a b c         bitwise on normalized values
 * NOT             a b K         bitwise not; K = 8 means bool
 * FADD .. FREM    a b c         f64; FADD32 .. FREM32 f32; FNEG FNEG32 a b
 * EQ NE LT_S LE_S LT_U LE_U a b c   R[a] = compare (ints, bool, char, ptr)
 * FEQ FNE FLT FLE (and ...32) a b c IEEE compares
 * JMP             BC            pc = BC
 * JT JF           a T24         jump if R[a] is true / false
 * JEQ JNE JLT_S JLE_S JLT_U JLE_U a b T24   fused compare and branch
 * JEQI JNEI JLTI_S JLEI_S JGTI_S JGEI_S a IMM(b) T24  ... against an immediate
 * CAST            a b x         x = from<<4 | to, codes 0-7 as K, 8 f32, 9 f64,
 *                               10 bool, 11 char
 * SELECT          a b c W       R[a] = R[b] ? R[c] : R[W]  (W: else register)
 * SELECTN         a b c W       same for W>>16 slots, else register W&0xffff
 * CALL            a b c         call function b with arguments at R[c..]; the
 *                               callee's frame starts at R[c]; results to R[a..]
 * CALLIND         a b c x       call the fn value (x=0) or closure (x=1) R[b];
 *                               a closure's captures pointer goes in R[c]
 * CALLRT          a b c W       intrinsic b(R[c..]) -> R[a..]; W = type index of
 *                               the call's result type
 * RET             a             return R[a..a+nret)
 * RET0                          return nothing
 * SLOT            a b c         R[a] = &M[b] in the frame's place memory, c slots zeroed
 * ADDP            a b c         R[a] = R[b] + c slots
 * ELEMP           a b c W       R[a] = R[b] + R[c] * W slots
 * LOAD STORE      a b           R[a] = *R[b]  /  *R[a] = R[b]
 * LOADN STOREN    a b c         c slots
 * BOUNDS          a b           panic unless R[a] < R[b] (unsigned)
 * VEC_LEN         a b           R[a] = len of vec R[b]
 * VEC_PTR         a b c         R[a] = &element R[c] of vec R[b] (unchecked)
 * BOXNEW          a b W         R[a] = new cell (type W) holding R[b..]
 * DEREF           a b           R[a] = &cell(R[b])->data
 * RETAIN RELEASE  a x           x: 0 rc, 1 arc, 2 closure, 3 str
 * DROP            a W           drop the value R[a..] of type W
 * CLONE           a b W         R[a..] = clone of R[b..] (type W)
 * FNREF           a BC          R[a] = function index BC
 * CLOSURE         a b c W       R[a] = closure of function b over R[c..] (env type W)
 * FMT             a b c W       append R[b..] (type W) to string R[a] with spec K[c];
 *                               x=1 Debug
 * PANIC           BC            panic with the str constant K[BC]
 * PANICS          a             panic with the str/string R[a]
 *
 * Every word has a source location (Function.locs) for panics and the
 * backtrace. */
#ifndef GROK_BYTECODE_H
#define GROK_BYTECODE_H

#include "rt.h"

#include <stdint.h>
#include <stdio.h>

#define BC_OPCODES(X)                                                                              \
    X(NOP)                                                                                         \
    X(MOV)                                                                                         \
    X(MOVN)                                                                                        \
    X(LOADK) X(LOADI) X(ADD_I64) X(SUB_I64) X(MUL_I64) X(ADDI_I64) X(ADD_U64) X(SUB_U64)           \
        X(DIV_I64) X(REM_I64) X(REMP2_I64) X(ADDI_JLT) X(ADD_OVF) X(SUB_OVF) X(MUL_OVF) X(DIV_OVF) \
            X(REM_OVF) X(SHL_OVF) X(SHR_OVF) X(ADD_WRAP) X(SUB_WRAP) X(MUL_WRAP) X(DIV_WRAP) X(    \
                REM_WRAP) X(SHL_WRAP) X(SHR_WRAP) X(ADD_SAT) X(SUB_SAT) X(MUL_SAT) X(ADD_CHK)      \
                X(SUB_CHK) X(MUL_CHK) X(DIV_CHK) X(NEG_OVF) X(NEG_WRAP) X(AND) X(OR) X(XOR) X(NOT) \
                    X(FADD) X(FSUB) X(FMUL) X(FDIV) X(FREM) X(FNEG) X(FADD32) X(FSUB32) X(FMUL32)  \
                        X(FDIV32) X(FREM32) X(FNEG32) X(EQ) X(NE) X(LT_S) X(LE_S) X(LT_U) X(LE_U)  \
                            X(FEQ) X(FNE) X(FLT) X(FLE) X(FEQ32) X(FNE32) X(FLT32) X(FLE32) X(JMP) \
                                X(JT) X(JF) X(JEQ) X(JNE) X(JLT_S) X(JLE_S) X(JLT_U) X(JLE_U)      \
                                    X(JEQI) X(JNEI) X(JLTI_S) X(JLEI_S) X(JGTI_S) X(JGEI_S)        \
                                        X(CAST) X(SELECT) X(SELECTN) X(CALL) X(CALLIND) X(CALLRT)  \
                                            X(RET) X(RET0) X(SLOT) X(ADDP) X(ELEMP) X(LOAD)        \
                                                X(STORE) X(LOADN) X(STOREN) X(BOUNDS) X(VEC_LEN)   \
                                                    X(VEC_PTR) X(BOXNEW) X(DEREF) X(RETAIN)        \
                                                        X(RELEASE) X(DROP) X(CLONE) X(FNREF)       \
                                                            X(CLOSURE) X(FMT) X(PANIC) X(PANICS)

typedef enum BcOp {
#define BC_ENUM(name) BC_##name,
    BC_OPCODES(BC_ENUM)
#undef BC_ENUM
        BC_NOPS
} BcOp;

/* Opcodes followed by a second word. */
static inline int bc_op_words(BcOp op) {
    switch (op) {
    case BC_SELECT:
    case BC_SELECTN:
    case BC_CALLRT:
    case BC_ELEMP:
    case BC_BOXNEW:
    case BC_DROP:
    case BC_CLONE:
    case BC_CLOSURE:
    case BC_FMT:
    case BC_ADDI_JLT:
        return 2;
    default:
        return 1;
    }
}

#define BC_OP(w) ((BcOp)((w)&0xff))
#define BC_X(w) ((uint32_t)(((w) >> 8) & 0xff))
#define BC_A(w) ((uint32_t)(((w) >> 16) & 0xffff))
#define BC_B(w) ((uint32_t)(((w) >> 32) & 0xffff))
#define BC_C(w) ((uint32_t)((w) >> 48))
#define BC_BC(w) ((uint32_t)((w) >> 32))
#define BC_T24(w) ((BC_X(w) << 16) | BC_C(w))
#define BC_SIMM(v) ((int64_t)(int16_t)(uint16_t)(v))

static inline uint64_t bc_make(BcOp op, uint32_t x, uint32_t a, uint32_t b, uint32_t c) {
    return (uint64_t)op | ((uint64_t)(x & 0xff) << 8) | ((uint64_t)(a & 0xffff) << 16) |
           ((uint64_t)(b & 0xffff) << 32) | ((uint64_t)(c & 0xffff) << 48);
}

typedef struct BcLoc {
    uint32_t file; /* index into BcProgram.files */
    uint32_t line, col;
} BcLoc;

typedef struct BcFunction {
    const char *name;
    uint64_t *code;
    BcLoc *locs; /* one per word */
    uint32_t ncode;
    uint32_t nparams;   /* parameter slots */
    uint32_t nret;      /* result slots */
    uint32_t framesize; /* registers, including the outgoing-argument area */
    uint32_t memsize;   /* place-memory slots (`slot`) */
} BcFunction;

/* A compiled program; owns every function, constant and type descriptor. */
typedef struct BcProgram {
    BcFunction *funcs;
    uint32_t nfuncs;
    uint64_t *consts;
    uint32_t nconsts, consts_cap;
    const RtType **types;
    uint32_t ntypes, types_cap;
    const char **files;
    uint32_t nfiles;
    int main_index;
    void *blocks; /* every allocation, freed together */
} BcProgram;

BcProgram *bc_program_new(void);
void bc_program_free(BcProgram *p);
void *bc_alloc(BcProgram *p, size_t size); /* zeroed; freed with the program */
char *bc_strdup(BcProgram *p, const char *s);
uint32_t bc_add_const(BcProgram *p, uint64_t bits);
uint32_t bc_add_type(BcProgram *p, const RtType *t);
const char *bc_op_name(BcOp op);
/* Disassembly (`grokc emit bytecode-ir`). */
void bc_disassemble(const BcProgram *p, FILE *out);

#endif
