/* Names of token kinds and literal suffixes, for messages and dumps. */
#include "token.h"

const char *token_kind_name(TokenKind k) {
    switch (k) {
    case TK_EOF:
        return "end of file";
    case TK_NEWLINE:
        return "newline";
    case TK_IDENT:
        return "identifier";
    case TK_INT:
        return "integer literal";
    case TK_FLOAT:
        return "float literal";
    case TK_STRING:
        return "string literal";
    case TK_RAW_STRING:
        return "raw string literal";
    case TK_CHAR:
        return "character literal";
    case TK_LABEL:
        return "label";
    case TK_DOC_COMMENT:
        return "doc comment";
    case TK_INNER_DOC_COMMENT:
        return "inner doc comment";
    case TK_ERROR:
        return "invalid token";
#define X(name, text)                                                                              \
    case TK_KW_##name:                                                                             \
        return "`" text "`";
        GROK_KEYWORDS(X)
#undef X
#define X(name, text)                                                                              \
    case TK_##name:                                                                                \
        return "`" text "`";
        GROK_PUNCTS(X)
#undef X
    case TK__COUNT:
        break;
    }
    return "unknown token";
}

const char *token_kind_text(TokenKind k) {
    switch (k) {
#define X(name, text)                                                                              \
    case TK_KW_##name:                                                                             \
        return text;
        GROK_KEYWORDS(X)
#undef X
#define X(name, text)                                                                              \
    case TK_##name:                                                                                \
        return text;
        GROK_PUNCTS(X)
#undef X
    default:
        return NULL;
    }
}

const char *num_suffix_name(NumSuffix s) {
    switch (s) {
    case SUF_NONE:
        return "";
    case SUF_I8:
        return "i8";
    case SUF_I16:
        return "i16";
    case SUF_I32:
        return "i32";
    case SUF_I64:
        return "i64";
    case SUF_ISIZE:
        return "isize";
    case SUF_U8:
        return "u8";
    case SUF_U16:
        return "u16";
    case SUF_U32:
        return "u32";
    case SUF_U64:
        return "u64";
    case SUF_USIZE:
        return "usize";
    case SUF_F32:
        return "f32";
    case SUF_F64:
        return "f64";
    }
    return "";
}
