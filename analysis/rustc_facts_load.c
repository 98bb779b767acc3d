/* Loader and validator of rustc `-Znll-facts` folders; see rustc_facts_load.h. */
#include "rustc_facts_load.h"

#include "arena.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static void set_err(char *err, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void set_err(char *err, size_t errlen, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

static bool ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* Reads the whole file; NULL with ERR set on failure. */
static char *read_file(const char *path, size_t *len, char *err, size_t errlen) {
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        set_err(err, errlen, "%s: cannot open: %s", path, strerror(errno));
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = xmalloc(cap);
    for (;;) {
        if (n == cap) {
            cap *= 2;
            buf = xrealloc(buf, cap);
        }
        size_t got = fread(buf + n, 1, cap - n, fp);
        n += got;
        if (got == 0)
            break;
    }
    bool failed = ferror(fp);
    fclose(fp);
    if (failed) {
        free(buf);
        set_err(err, errlen, "%s: read error", path);
        return NULL;
    }
    *len = n;
    return buf;
}

/* Parses one relation file into F. */
static int parse_relation(PoloniusFacts *f, PfRelId r, const char *path, const char *buf,
                          size_t len, char *err, size_t errlen) {
    const PfRelSchema *s = &pf_schema[r];
    size_t pos = 0;
    unsigned long line = 0;
    while (pos < len) {
        line++;
        const char *start = buf + pos;
        const char *nl = memchr(start, '\n', len - pos);
        size_t llen = nl ? (size_t)(nl - start) : len - pos;
        pos += llen + (nl ? 1 : 0);
        if (memchr(start, '\0', llen)) {
            set_err(err, errlen, "%s:%lu: binary data (NUL byte) in a facts file", path, line);
            return -1;
        }
        if (llen == 0) {
            set_err(err, errlen, "%s:%lu: empty line, expected %d tab-separated atoms", path, line,
                    s->arity);
            return -1;
        }
        uint32_t tuple[PF_MAX_ARITY];
        int field = 0;
        size_t i = 0;
        while (i <= llen) {
            const char *tab = memchr(start + i, '\t', llen - i);
            size_t flen = tab ? (size_t)(tab - (start + i)) : llen - i;
            const char *fs = start + i;
            if (field >= s->arity) {
                set_err(err, errlen, "%s:%lu: expected %d fields for `%s`, found more", path, line,
                        s->arity, s->name);
                return -1;
            }
            if (flen < 2 || fs[0] != '"' || fs[flen - 1] != '"') {
                set_err(err, errlen, "%s:%lu: field %d is not a double-quoted atom%s", path, line,
                        field + 1, (!tab && pos >= len && !nl) ? " (truncated file?)" : "");
                return -1;
            }
            if (memchr(fs + 1, '"', flen - 2)) {
                set_err(err, errlen, "%s:%lu: field %d has a stray double quote", path, line,
                        field + 1);
                return -1;
            }
            tuple[field] = pf_intern(f, s->kinds[field], fs + 1, flen - 2);
            field++;
            if (!tab)
                break;
            i += flen + 1;
        }
        if (field != s->arity) {
            set_err(err, errlen, "%s:%lu: expected %d fields for `%s`, found %d", path, line,
                    s->arity, s->name, field);
            return -1;
        }
        pf_add(f, r, tuple);
    }
    return 0;
}

int rustc_facts_load(const char *dir, const char *name, PoloniusFacts *out, char *err,
                     size_t errlen) {
    pf_init(out, name);
    DIR *d = opendir(dir);
    if (!d) {
        set_err(err, errlen, "%s: cannot open folder: %s", dir, strerror(errno));
        pf_free(out);
        return -1;
    }
    /* Sorted file order keeps atom ids (and so everything after) deterministic. */
    char **files = NULL;
    int nfiles = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!ends_with(e->d_name, ".facts"))
            continue;
        if (nfiles == cap) {
            cap = cap ? cap * 2 : 32;
            files = xrealloc(files, (size_t)cap * sizeof *files);
        }
        files[nfiles++] = xstrdup(e->d_name);
    }
    closedir(d);
    for (int i = 1; i < nfiles; i++)
        for (int j = i; j > 0 && strcmp(files[j - 1], files[j]) > 0; j--) {
            char *t = files[j];
            files[j] = files[j - 1];
            files[j - 1] = t;
        }
    int rc = 0;
    for (int i = 0; i < nfiles && rc == 0; i++) {
        char *path = xmalloc(strlen(dir) + strlen(files[i]) + 2);
        sprintf(path, "%s/%s", dir, files[i]);
        size_t nlen = strlen(files[i]) - strlen(".facts");
        char *rel = xmalloc(nlen + 1);
        memcpy(rel, files[i], nlen);
        rel[nlen] = '\0';
        int r = pf_rel_by_name(rel);
        if (r < 0) {
            set_err(err, errlen, "%s:1: unknown relation `%s`", path, rel);
            rc = -1;
        } else {
            size_t len;
            char *buf = read_file(path, &len, err, errlen);
            if (!buf)
                rc = -1;
            else {
                rc = parse_relation(out, (PfRelId)r, path, buf, len, err, errlen);
                free(buf);
            }
        }
        free(rel);
        free(path);
    }
    for (int i = 0; i < nfiles; i++)
        free(files[i]);
    free(files);
    if (rc != 0) {
        pf_free(out);
        return -1;
    }
    pf_dedup(out);
    return 0;
}

static bool holds_facts(const char *dir) {
    DIR *d = opendir(dir);
    if (!d)
        return false;
    bool found = false;
    struct dirent *e;
    while (!found && (e = readdir(d)))
        found = ends_with(e->d_name, ".facts");
    closedir(d);
    return found;
}

static bool is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static void folders_add(RustcFactsFolders *out, const char *dir, const char *name) {
    if (out->n == out->cap) {
        out->cap = out->cap ? out->cap * 2 : 64;
        out->dirs = xrealloc(out->dirs, (size_t)out->cap * sizeof *out->dirs);
        out->names = xrealloc(out->names, (size_t)out->cap * sizeof *out->names);
    }
    out->dirs[out->n] = xstrdup(dir);
    out->names[out->n] = xstrdup(name);
    out->n++;
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int rustc_facts_find_functions(const char *path, RustcFactsFolders *out, char *err, size_t errlen) {
    struct stat st;
    if (stat(path, &st) != 0) {
        set_err(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    if (!S_ISDIR(st.st_mode)) {
        set_err(err, errlen, "%s: not a folder (expected a folder of rustc -Znll-facts output)",
                path);
        return -1;
    }
    size_t plen = strlen(path);
    while (plen > 1 && path[plen - 1] == '/')
        plen--;
    char *base = xmalloc(plen + 1);
    memcpy(base, path, plen);
    base[plen] = '\0';
    if (holds_facts(base)) {
        const char *slash = strrchr(base, '/');
        folders_add(out, base, slash && slash[1] ? slash + 1 : base);
        free(base);
        return 0;
    }
    DIR *d = opendir(base);
    if (!d) {
        set_err(err, errlen, "%s: cannot open folder: %s", base, strerror(errno));
        free(base);
        return -1;
    }
    char **names = NULL;
    int n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            names = xrealloc(names, (size_t)cap * sizeof *names);
        }
        names[n++] = xstrdup(e->d_name);
    }
    closedir(d);
    if (n > 1)
        qsort(names, (size_t)n, sizeof *names, cmp_str);
    int found = 0;
    for (int i = 0; i < n; i++) {
        char *sub = xmalloc(plen + strlen(names[i]) + 2);
        sprintf(sub, "%s/%s", base, names[i]);
        if (is_dir(sub) && holds_facts(sub)) {
            folders_add(out, sub, names[i]);
            found++;
        }
        free(sub);
        free(names[i]);
    }
    free(names);
    int rc = 0;
    if (!found) {
        set_err(err, errlen, "%s: no function folders (no `.facts` files here or one level below)",
                base);
        rc = -1;
    }
    free(base);
    return rc;
}

void rustc_facts_folders_free(RustcFactsFolders *f) {
    for (int i = 0; i < f->n; i++) {
        free(f->dirs[i]);
        free(f->names[i]);
    }
    free(f->dirs);
    free(f->names);
    memset(f, 0, sizeof *f);
}
