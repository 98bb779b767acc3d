#include "source.h"
#include "arena.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

SourceMap *source_map_new(void) {
    return xcalloc(1, sizeof(SourceMap));
}

void source_map_free(SourceMap *sm) {
    if (!sm)
        return;
    for (uint32_t i = 0; i < sm->nfiles; i++) {
        SourceFile *f = sm->files[i];
        free(f->path);
        free(f->text);
        free(f->line_starts);
        free(f);
    }
    free(sm->files);
    free(sm);
}

static void build_line_table(SourceFile *f) {
    uint32_t cap = 64, n = 0;
    uint32_t *starts = xmalloc(sizeof(uint32_t) * cap);
    starts[n++] = 0;
    for (size_t i = 0; i < f->len; i++) {
        if (f->text[i] == '\n') {
            if (n == cap) {
                cap *= 2;
                starts = xrealloc(starts, sizeof(uint32_t) * cap);
            }
            starts[n++] = (uint32_t)(i + 1);
        }
    }
    f->line_starts = starts;
    f->nlines = n;
}

static int add_file(SourceMap *sm, const char *path, char *text, size_t len) {
    SourceFile *f = xcalloc(1, sizeof(SourceFile));
    f->path = xstrdup(path);
    f->text = text;
    f->len = len;
    build_line_table(f);
    if (sm->nfiles == sm->cap) {
        sm->cap = sm->cap ? sm->cap * 2 : 8;
        sm->files = xrealloc(sm->files, sizeof(SourceFile *) * sm->cap);
    }
    sm->files[sm->nfiles] = f;
    return (int)sm->nfiles++;
}

int source_add_text(SourceMap *sm, const char *path, const char *text, size_t len) {
    char *copy = xmalloc(len + 1);
    memcpy(copy, text, len);
    copy[len] = 0;
    return add_file(sm, path, copy, len);
}

int source_load(SourceMap *sm, const char *path, char *err, size_t errlen) {
    struct stat st;
    if (stat(path, &st) != 0) {
        snprintf(err, errlen, "cannot read `%s`: %s", path, strerror(errno));
        return -1;
    }
    if (S_ISDIR(st.st_mode)) {
        snprintf(err, errlen, "cannot read `%s`: it is a directory, not a source file", path);
        return -1;
    }
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        snprintf(err, errlen, "cannot read `%s`: %s", path, strerror(errno));
        return -1;
    }
    size_t cap = S_ISREG(st.st_mode) && st.st_size > 0 ? (size_t)st.st_size + 1 : 65536;
    if (cap > SOURCE_MAX_BYTES + 1)
        cap = SOURCE_MAX_BYTES + 1;
    char *buf = xmalloc(cap);
    size_t len = 0;
    for (;;) {
        if (len + 1 >= cap) {
            if (cap > SOURCE_MAX_BYTES) {
                snprintf(err, errlen, "cannot read `%s`: file is larger than %u bytes", path,
                         SOURCE_MAX_BYTES);
                free(buf);
                fclose(fp);
                return -1;
            }
            cap *= 2;
            buf = xrealloc(buf, cap);
        }
        size_t got = fread(buf + len, 1, cap - len - 1, fp);
        len += got;
        if (got == 0)
            break;
    }
    int failed = ferror(fp);
    fclose(fp);
    if (failed) {
        snprintf(err, errlen, "cannot read `%s`: I/O error", path);
        free(buf);
        return -1;
    }
    buf[len] = 0;
    return add_file(sm, path, buf, len);
}

SourceFile *source_file(const SourceMap *sm, uint32_t id) {
    return id < sm->nfiles ? sm->files[id] : NULL;
}

void source_line_col(const SourceMap *sm, uint32_t file, uint32_t offset, int *line, int *col) {
    SourceFile *f = source_file(sm, file);
    if (!f) {
        *line = *col = 0;
        return;
    }
    if (offset > f->len)
        offset = (uint32_t)f->len;
    uint32_t lo = 0, hi = f->nlines;
    while (hi - lo > 1) {
        uint32_t mid = (lo + hi) / 2;
        if (f->line_starts[mid] <= offset)
            lo = mid;
        else
            hi = mid;
    }
    *line = (int)lo + 1;
    int c = 1;
    for (uint32_t i = f->line_starts[lo]; i < offset; i++)
        if (((unsigned char)f->text[i] & 0xC0) != 0x80)
            c++;
    *col = c;
}

const char *source_line_text(const SourceMap *sm, uint32_t file, int line, size_t *len) {
    SourceFile *f = source_file(sm, file);
    if (!f || line < 1 || (uint32_t)line > f->nlines) {
        *len = 0;
        return "";
    }
    uint32_t start = f->line_starts[line - 1];
    uint32_t end = (uint32_t)line < f->nlines ? f->line_starts[line] - 1 : (uint32_t)f->len;
    if (end > start && f->text[end - 1] == '\r')
        end--;
    *len = end - start;
    return f->text + start;
}

int utf8_decode(const char *str, size_t len, uint32_t *out) {
    const unsigned char *s = (const unsigned char *)str;
    if (len == 0)
        return 0;
    if (s[0] < 0x80) {
        *out = s[0];
        return 1;
    }
    int n;
    uint32_t cp, min;
    if ((s[0] & 0xE0) == 0xC0) {
        n = 2, cp = s[0] & 0x1F, min = 0x80;
    } else if ((s[0] & 0xF0) == 0xE0) {
        n = 3, cp = s[0] & 0x0F, min = 0x800;
    } else if ((s[0] & 0xF8) == 0xF0) {
        n = 4, cp = s[0] & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (len < (size_t)n)
        return 0;
    for (int i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    *out = cp;
    return n;
}

long utf8_first_invalid(const char *s, size_t len) {
    size_t i = 0;
    while (i < len) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        int n = utf8_decode(s + i, len - i, &cp);
        if (n == 0)
            return (long)i;
        i += (size_t)n;
    }
    return -1;
}

int utf8_encode(uint32_t cp, char out[4]) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}
