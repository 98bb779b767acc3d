/* The GrokLang IR: an SSA control-flow graph with block arguments (no phi).
 *
 * module   = typedefs + functions
 * function = blocks; the first block is the entry and its parameters are the
 *            function's parameters; no jump may target the entry block
 * block    = parameters, instructions, exactly one terminator (the last)
 * value    = an instruction result, a block parameter or a typed constant
 *
 * Every value has one type. Scalars live in one 64-bit slot; aggregates
 * (tuples, structs, enums incl. option/result, arrays) are first-class SSA
 * values made of slots; heap types (str, string, vec, map, box, rc, arc,
 * closure) are handles. Places (stack slots, fields, elements, heap contents)
 * are `ptr` values, read and written only by `load` and `store`.
 * Nothing is hidden: every panic an instruction can raise is in the table
 * below, with the exact message the runtime prints.
 *
 * Text form (compiler/ir_text.c prints it, compiler/ir_parse.c reads it):
 *
 *   file 0 "demo.grok"
 *   type $Point = struct { x: f64, y: f64 }
 *   type $Shape = enum { Circle(f64), Rect(f64, f64), Empty }
 *   fn @add(%a: i32, %b: i32) -> i32 {
 *   entry:
 *     %c = add.ovf i32 %a, %b @3:14
 *     ret %c
 *   }
 *
 * A function may be written `inline fn @f(...)`: a hint that the optimizer's
 * inliner should accept a larger body (Rust's #[inline]).
 *
 * Locations: `@LINE:COL` (file 0) or `@FILE:LINE:COL`. An instruction read
 * without one gets its position in the .gir text (not printed back).
 *
 * Instruction set. T is the instruction's type (written after the opcode).
 * Int = i8..i64, u8..u64, isize, usize. "panics" lists every panic.
 *
 * opcode        operands            result     meaning / panics
 * copy          T a                 T          a
 * add.ovf       T a, b   (Int)      T          a+b; panics "attempt to add with overflow"
 * sub.ovf       T a, b   (Int)      T          a-b; panics "attempt to subtract with overflow"
 * mul.ovf       T a, b   (Int)      T          a*b; panics "attempt to multiply with overflow"
 * div.ovf       T a, b   (Int)      T          a/b toward zero; panics "attempt to divide by zero",
 *                                              "attempt to divide with overflow" (MIN / -1)
 * rem.ovf       T a, b   (Int)      T          a%b (sign of a); panics "attempt to calculate the
 *                                              remainder with a divisor of zero", "... with
 * overflow" neg.ovf       T a      (Int)      T          -a; panics "attempt to negate with
 * overflow" (signed MIN, unsigned a != 0) shl.ovf       T a, b   (Int)      T          a<<b; panics
 * "attempt to shift left with overflow" when b (as unsigned) >= bits(T) shr.ovf       T a, b (Int)
 * T          a>>b (arithmetic if signed); panics "attempt to shift right with overflow" when b
 * (unsigned) >= bits(T) add.wrap sub.wrap mul.wrap neg.wrap          the result modulo 2^bits(T);
 * never panics div.wrap rem.wrap T a, b          T          MIN / -1 = MIN, MIN % -1 = 0; panics on
 * b == 0 as div.ovf shl.wrap shr.wrap T a, b          T          shift by b mod bits(T); never
 * panics add.sat sub.sat mul.sat T a, b    T          clamped to T's range; never panics
 * add.checked sub.checked mul.checked div.checked T a, b
 *                                   option<T>  Some(result) or None where .ovf would panic
 * and or xor    T a, b (Int, bool)  T          bitwise
 * not           T a (Int, bool)     T          bitwise / logical not
 * fadd fsub fmul fdiv frem T a, b (f32, f64) T IEEE-754, round to nearest even; frem is fmod
 * fneg          T a                 T          sign flip
 * eq ne lt le gt ge T a, b          bool       Int by signedness, bool, char, ptr (eq/ne),
 *                                              floats IEEE (NaN: all false except ne)
 * cast          T a                 T          Rust `as` from a's type: int<->int truncates or
 *                                              extends, float->int saturates (NaN -> 0),
 *                                              int->float rounds, bool/char->int, u8->char
 * select        T c, a, b           T          c ? a : b (c: bool)
 * make          T a...              T          struct/tuple/array value from its elements
 * extract       T agg, N            field N    field N of a struct/tuple/array value
 * insert        T agg, N, v         T          agg with field N replaced by v
 * variant       T Name(a...)        T          enum value of variant Name (option: None, Some;
 *                                              result: Ok, Err)
 * tag           T e                 u32        variant index of enum value e
 * payload       T e, Name, N        field      field N of variant Name; e's tag must be Name (the
 *                                              lowering guarantees it; otherwise the value is
 *                                              unspecified)
 * slot          T                   ptr        a fresh stack place for a T, zeroed, freed at ret
 * field         T p, N              ptr        place of field N of the struct/tuple at place p
 * vfield        T p, Name, N        ptr        place of field N of variant Name of the enum at p
 * elem          T p, i              ptr        place of element i of the array T at p; i < len
 *                                              is checked by a `bounds` before it
 * load          T p                 T          read the T at place p
 * store         T p, v              -          write v to place p
 * bounds        usize i, n          -          panics "index out of bounds: the len is N but the
 *                                              index is I" unless i < n
 * box.new       T v  (box/rc/arc)   T          new heap cell holding v, count 1 (arc: atomic)
 * deref         T h  (box/rc/arc)   ptr        place of the cell's contents
 * retain        T h  (rc/arc/closure/str) -    count += 1
 * release       T h  (rc/arc/closure/str) -    count -= 1; at 0 drops the contents, frees
 * drop          T v                 -          drops v: frees owned heap data recursively
 *                                              (string, vec, map, box; rc/arc release); no-op for
 *                                              scalars
 * clone         T v                 T          deep copy (rc/arc/closure/str: retain)
 * call          T @f(a...)          T          call f; T is f's result type
 * call.rt       T name(a...)        T          call runtime intrinsic `name` (ir_intrinsics.c)
 * call.ind      T f(a...)           T          call a fn(...) value or a closure value
 * fnref         T @f                T          f as a fn(...) value
 * closure       T @f(c...)          T          closure over captures c; f's first parameter is a
 *                                              ptr to the tuple of captures, the rest are T's
 * fmt           T s, v, "spec"      -          append v (Display) to string s with spec (§4)
 * fmt.debug     T s, v, "spec"      -          append v (Debug)
 * terminators:
 * jmp           B(a...)                        jump, binding B's parameters to a...
 * br            c, B1(a...), B2(b...)          c ? B1 : B2
 * switch        T v, B0(...) [K: B(...), ...]  to the case whose constant K equals v, else B0
 * ret           [v]                            return v (nothing for unit)
 * panic         "msg"                          panics with msg
 * panic.str     s (str or string)              panics with the text of s
 *
 * Operands are `%name` or constants: integers, floats (1.5, -2e3, inf, nan),
 * true/false, () and "string" (a str). A constant's type is the type the
 * operand position expects (ir_operand_type). */
#ifndef GROK_IR_H
#define GROK_IR_H

#include "arena.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

typedef enum IrTypeKind {
    IRT_I8,
    IRT_I16,
    IRT_I32,
    IRT_I64,
    IRT_ISIZE,
    IRT_U8,
    IRT_U16,
    IRT_U32,
    IRT_U64,
    IRT_USIZE,
    IRT_F32,
    IRT_F64,
    IRT_BOOL,
    IRT_CHAR,
    IRT_UNIT,
    IRT_PTR,
    IRT_STR,
    IRT_STRING,
    IRT_VEC,     /* elems[0] */
    IRT_MAP,     /* elems[0] key, elems[1] value */
    IRT_BOX,     /* elems[0] */
    IRT_RC,      /* elems[0] */
    IRT_ARC,     /* elems[0] */
    IRT_OPTION,  /* elems[0]; variants None, Some(T) */
    IRT_RESULT,  /* elems[0] ok, elems[1] err; variants Ok(T), Err(E) */
    IRT_TUPLE,   /* elems */
    IRT_ARRAY,   /* elems[0], len */
    IRT_STRUCT,  /* def */
    IRT_ENUM,    /* def */
    IRT_FN,      /* elems = params, ret */
    IRT_CLOSURE, /* elems = params, ret */
    IRT_COUNT
} IrTypeKind;

typedef struct IrTypeDef IrTypeDef;

/* Types are interned per module: equal types are the same pointer. */
typedef struct IrType {
    IrTypeKind kind;
    int nelems;
    struct IrType **elems;
    struct IrType *ret;
    uint64_t len;
    IrTypeDef *def;
    uint32_t hash;
    struct IrType *next_in_bucket;
} IrType;

typedef struct IrVariant {
    const char *name;
    int nfields;
    IrType **fields;
} IrVariant;

/* A named struct or enum. Fields may refer to the type itself through
 * box/rc/arc/vec, so definitions are filled after they are created. */
typedef struct IrTypeDef {
    const char *name;
    bool is_enum;
    bool defined;
    int nfields; /* struct */
    IrType **fields;
    const char **field_names;
    int nvariants; /* enum */
    IrVariant *variants;
    IrType *type;
} IrTypeDef;

typedef enum IrOp {
    IR_COPY,
    IR_ADD_OVF,
    IR_SUB_OVF,
    IR_MUL_OVF,
    IR_DIV_OVF,
    IR_REM_OVF,
    IR_NEG_OVF,
    IR_SHL_OVF,
    IR_SHR_OVF,
    IR_ADD_WRAP,
    IR_SUB_WRAP,
    IR_MUL_WRAP,
    IR_DIV_WRAP,
    IR_REM_WRAP,
    IR_NEG_WRAP,
    IR_SHL_WRAP,
    IR_SHR_WRAP,
    IR_ADD_SAT,
    IR_SUB_SAT,
    IR_MUL_SAT,
    IR_ADD_CHECKED,
    IR_SUB_CHECKED,
    IR_MUL_CHECKED,
    IR_DIV_CHECKED,
    IR_AND,
    IR_OR,
    IR_XOR,
    IR_NOT,
    IR_FADD,
    IR_FSUB,
    IR_FMUL,
    IR_FDIV,
    IR_FREM,
    IR_FNEG,
    IR_EQ,
    IR_NE,
    IR_LT,
    IR_LE,
    IR_GT,
    IR_GE,
    IR_CAST,
    IR_SELECT,
    IR_MAKE,
    IR_EXTRACT,
    IR_INSERT,
    IR_VARIANT,
    IR_TAG,
    IR_PAYLOAD,
    IR_SLOT,
    IR_FIELD,
    IR_VFIELD,
    IR_ELEM,
    IR_LOAD,
    IR_STORE,
    IR_BOUNDS,
    IR_BOX_NEW,
    IR_DEREF,
    IR_RETAIN,
    IR_RELEASE,
    IR_DROP,
    IR_CLONE,
    IR_CALL,
    IR_CALL_RT,
    IR_CALL_IND,
    IR_FNREF,
    IR_CLOSURE,
    IR_FMT,
    IR_FMT_DEBUG,
    IR_JMP, /* terminators from here on */
    IR_BR,
    IR_SWITCH,
    IR_RET,
    IR_PANIC,
    IR_PANIC_STR,
    IR_OP_COUNT
} IrOp;

static inline bool ir_op_is_terminator(IrOp op) {
    return op >= IR_JMP;
}

typedef struct IrLoc {
    uint32_t file;      /* index into IrModule.files */
    uint32_t line, col; /* 1-based; line 0 = no location */
    bool implicit;      /* taken from the .gir text, not printed */
} IrLoc;

typedef enum IrValueKind { IRV_INST, IRV_PARAM, IRV_CONST } IrValueKind;

typedef struct IrBlock IrBlock;
typedef struct IrInst IrInst;
typedef struct IrFunc IrFunc;

typedef struct IrValue {
    IrValueKind kind;
    IrType *type;
    const char *name; /* without `%`; NULL for constants */
    uint32_t id;      /* dense per function (not for constants) */
    IrInst *def;      /* IRV_INST */
    IrBlock *block;   /* IRV_PARAM: its block; IRV_INST: the defining block */
    int index;        /* IRV_PARAM: position */
    union {
        uint64_t bits; /* ints (two's complement, normalized), bool, char */
        double f;      /* f32 and f64 */
    } c;
    const char *str; /* str constant bytes (NUL-terminated copy) */
    uint32_t str_len;
} IrValue;

typedef struct IrTarget {
    IrBlock *block;
    IrValue **args;
    int nargs;
    int64_t case_value; /* switch cases */
} IrTarget;

struct IrInst {
    IrOp op;
    IrType *type;
    IrValue *result; /* NULL when the instruction has none */
    IrValue **args;
    int nargs;
    int index;         /* extract/insert/payload/field/vfield: N */
    int variant;       /* variant/payload/vfield */
    const char *name;  /* call: callee name; call.rt: intrinsic; panic/fmt: text */
    uint32_t name_len; /* length of name (panic text may contain NUL) */
    IrFunc *callee;    /* call, fnref, closure */
    IrTarget *targets; /* jmp: 1, br: 2, switch: default first then cases */
    int ntargets;
    IrLoc loc;
    IrBlock *block;
};

struct IrBlock {
    const char *name;
    IrValue **params;
    int nparams, params_cap;
    IrInst **insts;
    int ninsts, insts_cap;
    int index;
    IrFunc *func;
};

struct IrFunc {
    const char *name;
    IrType *ret;
    IrType *type; /* fn(params) -> ret */
    IrBlock **blocks;
    int nblocks, blocks_cap;
    uint32_t nvalues; /* ids handed out */
    IrLoc loc;
    struct IrModule *module;
    int index;
    bool inline_hint; /* text form: `inline fn @f...`; a hint to the inliner */
};

typedef struct IrModule {
    Arena *arena;
    const char **files;
    int nfiles, files_cap;
    IrTypeDef **defs;
    int ndefs, defs_cap;
    IrFunc **funcs;
    int nfuncs, funcs_cap;
    IrType **buckets; /* type interning */
    int nbuckets;
    IrType *prim[IRT_PTR + 2]; /* scalars, unit, ptr, str, string by kind */
} IrModule;

/* Module and types. The module owns its arena when created by ir_module_new. */
IrModule *ir_module_new(Arena *arena);
int ir_module_add_file(IrModule *m, const char *path);
IrType *ir_type_prim(IrModule *m, IrTypeKind kind); /* scalar, unit, ptr, str, string */
IrType *ir_type_of(IrModule *m, IrTypeKind kind, IrType *a, IrType *b); /* vec..result */
IrType *ir_type_tuple(IrModule *m, IrType **elems, int n);
IrType *ir_type_array(IrModule *m, IrType *elem, uint64_t len);
IrType *ir_type_fn(IrModule *m, IrTypeKind kind, IrType **params, int n, IrType *ret);
IrTypeDef *ir_typedef_new(IrModule *m, const char *name, bool is_enum);
IrTypeDef *ir_typedef_find(IrModule *m, const char *name);
void ir_typedef_set_fields(IrModule *m, IrTypeDef *d, IrType **fields, const char **names, int n);
void ir_typedef_add_variant(IrModule *m, IrTypeDef *d, const char *name, IrType **fields, int n);

bool ir_type_is_int(const IrType *t);
bool ir_type_is_signed(const IrType *t);
bool ir_type_is_float(const IrType *t);
bool ir_type_is_scalar(const IrType *t); /* int, float, bool, char, unit, ptr */
int ir_type_bits(const IrType *t);       /* ints: width; f32 32, f64 64 */
/* Enum-like types (enum, option, result): variant list view. */
int ir_type_nvariants(const IrType *t);
const char *ir_type_variant_name(const IrType *t, int v);
int ir_type_variant_nfields(const IrType *t, int v);
IrType *ir_type_variant_field(const IrType *t, int v, int i);
int ir_type_find_variant(const IrType *t, const char *name);
/* Aggregate fields (struct, tuple, array): count and types. */
int ir_type_nfields(const IrType *t);
IrType *ir_type_field(const IrType *t, int i);
void ir_type_print(const IrType *t, FILE *out);
char *ir_type_str(Arena *a, const IrType *t);

/* Functions, blocks and values. */
IrFunc *ir_func_new(IrModule *m, const char *name, IrType *ret);
IrFunc *ir_func_find(IrModule *m, const char *name);
IrBlock *ir_block_new(IrFunc *f, const char *name);
IrValue *ir_block_add_param(IrBlock *b, IrType *type, const char *name);
/* Finishes a function's signature once the entry block's params exist. */
void ir_func_seal_signature(IrFunc *f);
IrValue *ir_const_int(IrModule *m, IrType *t, uint64_t bits);
IrValue *ir_const_float(IrModule *m, IrType *t, double v);
IrValue *ir_const_str(IrModule *m, const char *s, uint32_t len);
IrValue *ir_const_unit(IrModule *m);

/* Appends an instruction; when RESULT_TYPE is non-NULL it gets a result value
 * named NAME (NULL: numbered). Arguments are copied. */
IrInst *ir_emit(IrBlock *b, IrOp op, IrType *type, IrType *result_type, const char *name,
                IrValue **args, int nargs);
IrTarget *ir_inst_set_targets(IrInst *in, int n);
void ir_target_set_args(IrFunc *f, IrTarget *t, IrValue **args, int n);

/* Opcode names and properties. */
const char *ir_op_name(IrOp op);
int ir_op_from_name(const char *name, size_t len); /* -1 when unknown */
/* The result type an instruction of OP with type T produces (NULL: none);
 * for ops whose result depends on index/variant, pass the instruction. */
IrType *ir_result_type(IrModule *m, const IrInst *in);
/* The type operand I of IN must have, or NULL when any type is allowed. */
IrType *ir_operand_type(IrModule *m, const IrInst *in, int i);

/* Integer helpers shared by the VM, constant folding and Z3 encoding. */
uint64_t ir_int_normalize(const IrType *t, uint64_t bits); /* sign/zero-extend from width */
int64_t ir_int_min(const IrType *t);
uint64_t ir_int_max(const IrType *t);

/* Runtime intrinsics callable with call.rt: name and signature check. */
typedef struct IrIntrinsic {
    const char *name;
    const char *sig; /* documentation: `vec<T>, T -> unit` */
    int nparams;
} IrIntrinsic;
const IrIntrinsic *ir_intrinsic_find(const char *name);
int ir_intrinsic_index(const char *name); /* -1 when unknown */
const IrIntrinsic *ir_intrinsic_at(int index);
int ir_intrinsic_count(void);
/* Checks a call.rt's argument and result types; on mismatch writes a
 * message and returns false. */
/* Expected type of argument I of a call.rt (NULL when unknown). */
IrType *ir_intrinsic_param_type(IrModule *m, const IrInst *in, int i);
bool ir_intrinsic_check(IrModule *m, const IrInst *in, char *msg, size_t msglen);

#endif
