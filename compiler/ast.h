/* The abstract syntax tree the parser builds (LANGUAGE.md §2-§4).
 *
 * Every node lives in the compilation's arena and carries the Span of the
 * source text it came from. Lists are arena arrays with a count (`Expr
 * **args; int nargs`). Names are NUL-terminated arena strings.
 *
 * Later stages hang their results on the `ty` slots of Expr, Pat and Param
 * (types from inference) and on `res` of Path (what a path resolves to);
 * the parser leaves both NULL. Shape decisions a checker must know:
 *  - A single identifier pattern (`x`, `None`) is PAT_BIND: whether it names
 *    a unit variant or constant is decided by name resolution, as in Rust.
 *  - `if let` / `while let` are EX_IF / EX_WHILE with `let_pat` set.
 *  - `spawn X` is EX_SPAWN whose body is a block, a closure, or a struct
 *    literal / path (starting an actor).
 *  - `c ! msg` (actor send) is EX_BINARY with op BIN_SEND.
 *  - Error nodes (EX_ERROR, PAT_ERROR, TE_ERROR, IT_ERROR) stand where a
 *    syntax error was reported, so the tree is always complete. */
#ifndef GROK_AST_H
#define GROK_AST_H

#include "source.h"
#include "token.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

typedef struct Expr Expr;
typedef struct Pat Pat;
typedef struct TypeExpr TypeExpr;
typedef struct Block Block;
typedef struct Item Item;
typedef struct Module Module;
/* The type checker's type and name resolution's target; opaque here. */
typedef struct Type Type;
typedef struct Resolution Resolution;

/* a::b::<T>::c — each segment may carry generic arguments (turbofish in
 * expressions, plain `<..>` in types). `self`, `Self` and `super`-like
 * keywords appear as segment names. */
typedef struct PathSeg {
    Span span;
    const char *name;
    TypeExpr **generics;
    int ngenerics;
    bool has_generics; /* `<>` written, even if empty */
    /* Fn(A, B) -> C bound sugar: generics are the parameter types. */
    bool fn_sugar;
    TypeExpr *fn_ret; /* NULL: () */
} PathSeg;

typedef struct Path {
    Span span;
    PathSeg *segs;
    int nsegs;
    Resolution *res; /* set by name resolution */
} Path;

typedef enum TypeExprKind {
    TE_PATH,  /* i32, Vec<T>, Self, a::B<C> */
    TE_REF,   /* &T, &mut T */
    TE_TUPLE, /* (A, B); () is a tuple of zero elements */
    TE_ARRAY, /* [T; N] */
    TE_SLICE, /* [T] */
    TE_FN,    /* fn(A, B) -> C */
    TE_INFER, /* _ */
    TE_ERROR
} TypeExprKind;

struct TypeExpr {
    TypeExprKind kind;
    Span span;
    union {
        Path path;
        struct {
            TypeExpr *inner;
            bool is_mut;
        } ref;
        struct {
            TypeExpr **elems;
            int nelems;
        } tuple;
        struct {
            TypeExpr *elem;
            Expr *len; /* NULL for a slice */
        } array;
        struct {
            TypeExpr **params;
            int nparams;
            TypeExpr *ret; /* NULL: () */
        } fn;
    };
};

typedef enum PatKind {
    PAT_WILD,         /* _ */
    PAT_REST,         /* .. inside a tuple or tuple-struct pattern */
    PAT_BIND,         /* [ref] [mut] name [@ sub] */
    PAT_LIT,          /* 1, -1, "s", 'c', true */
    PAT_RANGE,        /* lo..=hi, lo..hi, lo.. */
    PAT_TUPLE,        /* (a, b) */
    PAT_STRUCT,       /* P { x, y: 0, .. } */
    PAT_TUPLE_STRUCT, /* Some(x), Shape::Circle(r) */
    PAT_PATH,         /* Color::Red (two or more segments) */
    PAT_OR,           /* a | b */
    PAT_REF,          /* &p, &mut p */
    PAT_ERROR
} PatKind;

typedef struct FieldPat {
    Span span;
    const char *name;
    Pat *pat;       /* for shorthand `x`, a PAT_BIND of the same name */
    bool shorthand; /* written `x` (or `mut x`) rather than `x: pat` */
} FieldPat;

struct Pat {
    PatKind kind;
    Span span;
    Type *ty; /* set by the type checker */
    union {
        struct {
            const char *name;
            bool is_mut, is_ref;
            Pat *sub; /* n @ sub */
        } bind;
        Expr *lit; /* a literal expression, possibly EX_UNARY negation */
        struct {
            Expr *lo, *hi; /* hi NULL for `lo..` */
            bool inclusive;
        } range;
        struct {
            Path path;   /* PAT_STRUCT, PAT_TUPLE_STRUCT, PAT_PATH */
            Pat **elems; /* tuple-struct elements */
            int nelems;
            FieldPat **fields; /* struct fields */
            int nfields;
            bool has_rest; /* struct `..` */
        } ctor;
        struct {
            Pat **elems; /* PAT_TUPLE, PAT_OR */
            int nelems;
        } list;
        struct {
            Pat *inner;
            bool is_mut;
        } ref;
    };
};

typedef enum UnaryOp { UN_NEG, UN_NOT, UN_DEREF, UN_REF, UN_REF_MUT } UnaryOp;

/* Ordered by nothing in particular; precedence lives in the parser. */
typedef enum BinaryOp {
    BIN_ADD,
    BIN_SUB,
    BIN_MUL,
    BIN_DIV,
    BIN_REM,
    BIN_AND, /* && */
    BIN_OR,  /* || */
    BIN_BITAND,
    BIN_BITOR,
    BIN_BITXOR,
    BIN_SHL,
    BIN_SHR,
    BIN_EQ,
    BIN_NE,
    BIN_LT,
    BIN_LE,
    BIN_GT,
    BIN_GE,
    BIN_SEND /* actor ! msg */
} BinaryOp;

typedef enum ExprKind {
    EX_INT,
    EX_FLOAT,
    EX_STR,
    EX_CHAR,
    EX_BOOL,
    EX_PATH,
    EX_UNARY,
    EX_BINARY,
    EX_ASSIGN,       /* a = b, a += b (op set when compound) */
    EX_CAST,         /* e as T */
    EX_RANGE,        /* a..b, a..=b, ..b, a.., .. */
    EX_CALL,         /* f(args) */
    EX_METHOD_CALL,  /* recv.name::<T>(args) */
    EX_FIELD,        /* e.name, e.0 (tuple index: name is the digits) */
    EX_INDEX,        /* e[i] */
    EX_TRY,          /* e? */
    EX_STRUCT_LIT,   /* P { x, y: 1, ..base } */
    EX_TUPLE,        /* (a, b), () */
    EX_PAREN,        /* (a), kept for spans and the formatter */
    EX_ARRAY,        /* [a, b] */
    EX_ARRAY_REPEAT, /* [x; n] */
    EX_BLOCK,        /* { ... }, unsafe { ... }, labelled blocks */
    EX_IF,           /* if c {} else ..., if let p = e {} */
    EX_WHILE,        /* while c {}, while let p = e {} */
    EX_LOOP,         /* loop {} */
    EX_FOR,          /* for p in e {} */
    EX_MATCH,        /* match e { arms } */
    EX_BREAK,        /* break ['l] [e] */
    EX_CONTINUE,     /* continue ['l] */
    EX_RETURN,       /* return [e] */
    EX_CLOSURE,      /* [move] |params| [-> T] body */
    EX_SPAWN,        /* spawn block | spawn closure | spawn Actor { .. } */
    EX_MACRO,        /* name!(args), vec![x; n] */
    EX_ERROR
} ExprKind;

typedef struct FieldInit {
    Span span;
    const char *name;
    Expr *value; /* for shorthand `x`, an EX_PATH of the same name */
    bool shorthand;
} FieldInit;

typedef struct MatchArm {
    Span span;
    Pat *pat;
    Expr *guard; /* NULL when absent */
    Expr *body;
} MatchArm;

typedef struct ClosureParam {
    Span span;
    Pat *pat;
    TypeExpr *ty; /* NULL: inferred */
    Type *ty_resolved;
} ClosureParam;

typedef enum MacroDelim { MAC_PAREN, MAC_BRACKET, MAC_BRACE } MacroDelim;

struct Expr {
    ExprKind kind;
    Span span;
    Type *ty; /* set by the type checker */
    union {
        struct {
            uint64_t value;
            NumSuffix suffix;
        } int_lit;
        struct {
            double value;
            NumSuffix suffix;
        } float_lit;
        struct {
            const char *data; /* decoded bytes, NUL-terminated */
            uint32_t len;
            bool raw;
        } str_lit;
        uint32_t char_lit;
        bool bool_lit;
        Path path;
        struct {
            UnaryOp op;
            Expr *operand;
        } unary;
        struct {
            BinaryOp op;
            Expr *lhs, *rhs;
        } binary;
        struct {
            bool compound; /* `op=` when true */
            BinaryOp op;
            Expr *lhs, *rhs;
        } assign;
        struct {
            Expr *expr;
            TypeExpr *to;
        } cast;
        struct {
            Expr *lo, *hi; /* either may be NULL */
            bool inclusive;
        } range;
        struct {
            Expr *callee;
            Expr **args;
            int nargs;
        } call;
        struct {
            Expr *recv;
            PathSeg method; /* name + turbofish */
            Expr **args;
            int nargs;
        } method_call;
        struct {
            Expr *base;
            const char *name;
            Span name_span;
            bool is_index; /* t.0 */
        } field;
        struct {
            Expr *base, *index;
        } index;
        Expr *inner; /* EX_TRY, EX_PAREN */
        struct {
            Path path;
            FieldInit **fields;
            int nfields;
            Expr *base; /* ..base, NULL when absent */
        } struct_lit;
        struct {
            Expr **elems; /* EX_TUPLE, EX_ARRAY */
            int nelems;
        } list;
        struct {
            Expr *value, *count;
        } repeat;
        struct {
            Block *block;
            const char *label; /* 'l: { } (NULL when none) */
            bool is_unsafe;
        } block;
        struct {
            Pat *let_pat; /* non-NULL for `if let` */
            Expr *cond;
            Block *then;
            Expr *els; /* NULL, an EX_BLOCK, or an EX_IF for `else if` */
        } if_;
        struct {
            const char *label;
            Pat *let_pat; /* non-NULL for `while let` */
            Expr *cond;   /* NULL for `loop` */
            Block *body;
        } loop; /* EX_WHILE, EX_LOOP */
        struct {
            const char *label;
            Pat *pat;
            Expr *iter;
            Block *body;
        } for_;
        struct {
            Expr *scrutinee;
            MatchArm **arms;
            int narms;
        } match;
        struct {
            const char *label; /* NULL when none */
            Expr *value;       /* break value / return value, may be NULL */
        } jump;                /* EX_BREAK, EX_CONTINUE, EX_RETURN */
        struct {
            bool is_move;
            ClosureParam **params;
            int nparams;
            TypeExpr *ret; /* NULL: inferred */
            Expr *body;
        } closure;
        Expr *spawn_body; /* EX_SPAWN */
        struct {
            const char *name;
            MacroDelim delim;
            Expr **args;
            int nargs;
            bool is_repeat; /* vec![x; n]: args[0] = x, args[1] = n */
        } macro;
    };
};

typedef enum StmtKind { ST_LET, ST_EXPR, ST_ITEM } StmtKind;

typedef struct Stmt {
    StmtKind kind;
    Span span;
    union {
        struct {
            Pat *pat;
            TypeExpr *ty; /* NULL: inferred */
            Expr *init;   /* NULL: declared, assigned later */
        } let;
        struct {
            Expr *expr;
            bool semi; /* ended by an explicit `;` */
        } expr;
        Item *item;
    };
} Stmt;

/* A block's value is `tail`: its last expression statement when that has
 * no explicit `;` (a newline does not count). The tail is also the last
 * element of stmts, so walking stmts visits everything in order. */
struct Block {
    Span span;
    Stmt **stmts;
    int nstmts;
    Expr *tail; /* NULL: the block's value is () */
};

typedef enum AttrArgKind {
    ATTR_WORD,      /* derive(Copy) */
    ATTR_KEY_VALUE, /* level = "aggressive" */
    ATTR_EXPR       /* requires(n >= 0) */
} AttrArgKind;

typedef struct AttrArg {
    AttrArgKind kind;
    Span span;
    const char *name; /* ATTR_WORD, ATTR_KEY_VALUE */
    Expr *value;      /* ATTR_KEY_VALUE, ATTR_EXPR */
} AttrArg;

/* #[name], #[name(args)], #[name = value] */
typedef struct Attr {
    Span span;
    const char *name;
    AttrArg **args;
    int nargs;
    bool has_args; /* parentheses written */
    Expr *value;   /* #[name = value] */
} Attr;

typedef struct GenericParam {
    Span span;
    const char *name;
    TypeExpr **bounds; /* trait paths */
    int nbounds;
} GenericParam;

typedef struct WherePred {
    Span span;
    TypeExpr *ty;
    TypeExpr **bounds;
    int nbounds;
} WherePred;

typedef struct Generics {
    GenericParam **params;
    int nparams;
    WherePred **where;
    int nwhere;
} Generics;

typedef enum SelfKind { SELF_NONE, SELF_VALUE, SELF_REF, SELF_REF_MUT } SelfKind;

typedef struct Param {
    Span span;
    Pat *pat;
    TypeExpr *ty; /* NULL: inferred */
    Type *ty_resolved;
} Param;

typedef struct FnDecl {
    Generics generics;
    SelfKind self_kind; /* the receiver, not part of params */
    bool self_mut;      /* `mut self` */
    Span self_span;
    Param **params;
    int nparams;
    TypeExpr *ret; /* NULL: () or inferred (LANGUAGE.md §2 `fn twice(x)`) */
    Block *body;   /* NULL for a signature (trait, extern) */
    bool is_unsafe;
} FnDecl;

typedef struct FieldDecl {
    Span span;
    const char *name; /* NULL in a tuple struct or tuple variant */
    TypeExpr *ty;
    bool is_pub;
    struct Attr **attrs;
    int nattrs;
    const char *doc;
} FieldDecl;

typedef enum StructShape { SHAPE_NAMED, SHAPE_TUPLE, SHAPE_UNIT } StructShape;

typedef struct Variant {
    Span span;
    const char *name;
    StructShape shape;
    FieldDecl **fields;
    int nfields;
    Expr *discriminant; /* `= 3`, NULL when absent */
    const char *doc;
} Variant;

typedef struct UseTree UseTree;
typedef enum UseKind {
    USE_SIMPLE, /* a::b [as c] */
    USE_GLOB,   /* a::* */
    USE_GROUP   /* a::{...} */
} UseKind;
struct UseTree {
    UseKind kind;
    Span span;
    Path prefix;       /* may have zero segments in a group `{a, b}` */
    const char *alias; /* `as c`, NULL when absent */
    UseTree **children;
    int nchildren;
};

typedef struct ReceiveDecl {
    Span span;
    Param *param;
    Block *body;
} ReceiveDecl;

typedef enum ItemKind {
    IT_FN,
    IT_STRUCT,
    IT_ENUM,
    IT_IMPL,
    IT_TRAIT,
    IT_CONST,
    IT_STATIC,
    IT_MOD,
    IT_USE,
    IT_EXTERN,
    IT_ACTOR,
    IT_TYPE_ALIAS,
    IT_ERROR
} ItemKind;

struct Item {
    ItemKind kind;
    Span span;
    const char *name; /* NULL for impl, use, extern */
    Span name_span;
    bool is_pub;
    Attr **attrs;
    int nattrs;
    const char *doc; /* `///` lines joined with '\n', NULL when none */
    union {
        FnDecl fn;
        struct {
            Generics generics;
            StructShape shape;
            FieldDecl **fields;
            int nfields;
        } struct_;
        struct {
            Generics generics;
            Variant **variants;
            int nvariants;
        } enum_;
        struct {
            Generics generics;
            TypeExpr *trait; /* NULL for an inherent impl */
            TypeExpr *self_ty;
            Item **items;
            int nitems;
        } impl;
        struct {
            Generics generics;
            TypeExpr **supertraits;
            int nsupertraits;
            Item **items; /* fns (with or without default body), consts, types */
            int nitems;
        } trait;
        struct {
            TypeExpr *ty;
            Expr *value; /* NULL only in a trait (`const N: usize;`) */
            bool is_mut; /* static mut */
        } const_;        /* IT_CONST, IT_STATIC */
        struct {
            bool is_inline; /* mod m { ... } rather than mod m; */
            Item **items;   /* inline items; for `mod m;` see `module` */
            int nitems;
            Module *module; /* the loaded module (modload), NULL if not loaded */
        } mod;
        UseTree *use;
        struct {
            const char *abi; /* "C", "py" */
            Item **items;
            int nitems;
        } extern_;
        struct {
            Generics generics;
            FieldDecl **fields;
            int nfields;
            ReceiveDecl **handlers;
            int nhandlers;
            Item **methods;
            int nmethods;
        } actor;
        struct {
            Generics generics;
            TypeExpr *ty;
        } alias;
    };
};

/* One source file's items. Module trees: each `mod m;` item points at the
 * Module loaded for it; inline `mod m { }` keeps its items in the item. */
struct Module {
    const char *name; /* "crate" for the root */
    const char *path; /* the file, as opened */
    uint32_t file;    /* SourceMap id */
    Span span;
    Item **items;
    int nitems;
    const char *doc; /* `//!` lines */
    Module *parent;
};

/* `grokc emit ast`: an indented tree, one node a line, `@LINE:COL` after
 * each node unless with_spans is false. */
void ast_dump_module(const SourceMap *sm, const Module *m, FILE *out, bool with_spans);

const char *binary_op_text(BinaryOp op);
const char *unary_op_text(UnaryOp op);

#endif
