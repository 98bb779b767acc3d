/* The source map: every file the compiler reads, with a line table, so a
 * Span (file id + byte range) can be turned into line:column and the text of
 * its line for diagnostics. Files are read whole and validated as UTF-8. */
#ifndef GROK_SOURCE_H
#define GROK_SOURCE_H

#include <stddef.h>
#include <stdint.h>

typedef struct Span {
    uint32_t file; /* index into SourceMap.files */
    uint32_t start, end; /* byte offsets, end exclusive */
} Span;

typedef struct SourceFile {
    char *path; /* as given by the user (used in messages) */
    char *text; /* NUL-terminated copy; may contain NULs when the file does */
    size_t len;
    uint32_t *line_starts; /* byte offset of each line's first byte */
    uint32_t nlines;
} SourceFile;

typedef struct SourceMap {
    SourceFile **files;
    uint32_t nfiles, cap;
} SourceMap;

/* Largest source file accepted; larger ones are refused with a message. */
#define SOURCE_MAX_BYTES (512u * 1024u * 1024u)

SourceMap *source_map_new(void);
void source_map_free(SourceMap *sm);

/* Reads PATH. On failure returns -1 and writes a message (without
 * trailing newline) into err. */
int source_load(SourceMap *sm, const char *path, char *err, size_t errlen);
/* Adds text that did not come from disk (tests, fuzzers, stdin). */
int source_add_text(SourceMap *sm, const char *path, const char *text, size_t len);

SourceFile *source_file(const SourceMap *sm, uint32_t id);
/* 1-based line and column (column counts Unicode scalar values + 1). */
void source_line_col(const SourceMap *sm, uint32_t file, uint32_t offset, int *line, int *col);
/* Pointer to the start of 1-based LINE and its length without newline. */
const char *source_line_text(const SourceMap *sm, uint32_t file, int line, size_t *len);

/* Returns the byte offset of the first invalid UTF-8 sequence, or -1. */
long utf8_first_invalid(const char *s, size_t len);
/* Decodes one scalar at s (len bytes left); returns its byte length, or 0
 * when invalid. */
int utf8_decode(const char *s, size_t len, uint32_t *out);
int utf8_encode(uint32_t cp, char out[4]);

static inline Span span_join(Span a, Span b) {
    Span s = a;
    if (b.end > s.end)
        s.end = b.end;
    if (b.start < s.start)
        s.start = b.start;
    return s;
}

#endif
