/* File discovery for `check` (see verify_files.h). Folders are walked with
 * opendir/readdir, skipping hidden entries (.git, .grok-verify) and not
 * following symbolic links to folders (a link cycle would never end). */
#include "verify_files.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct Walk {
    const VerifyConfig *cfg;
    Arena *arena;
    PtrVec *out;
    char root_real[PATH_MAX]; /* realpath of cfg->root, "" without one */
    char *err;
    size_t errlen;
} Walk;

static const char *display_path(Arena *a, const char *dir, const char *name) {
    if (strcmp(dir, ".") == 0)
        return arena_strdup(a, name);
    size_t n = strlen(dir);
    return arena_printf(a, "%s%s%s", dir, n && dir[n - 1] == '/' ? "" : "/", name);
}

/* The path relative to grok.toml's folder, for include/exclude globs. */
static bool selected(Walk *w, const char *path) {
    if (w->cfg->include.len == 0 && w->cfg->exclude.len == 0)
        return true;
    const char *rel = path;
    char real[PATH_MAX];
    size_t n = strlen(w->root_real);
    if (n && realpath(path, real) && strncmp(real, w->root_real, n) == 0 &&
        (real[n] == '/' || (n == 1 && w->root_real[0] == '/')))
        rel = real + n + (n == 1 ? 0 : 1);
    return config_path_selected(w->cfg, rel);
}

static bool has_grok_ext(const char *name) {
    size_t n = strlen(name);
    return n > 5 && strcmp(name + n - 5, ".grok") == 0;
}

static int walk_dir(Walk *w, const char *dir) {
    DIR *d = opendir(dir);
    if (!d) {
        snprintf(w->err, w->errlen, "cannot read folder `%s`: %s", dir, strerror(errno));
        return -1;
    }
    struct dirent *e;
    PtrVec subdirs = {0};
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        const char *path = display_path(w->arena, dir, e->d_name);
        /* readdir's type saves two stat calls per entry on most file
         * systems; links and unknown types still get them. */
        if (e->d_type == DT_DIR) {
            ptrvec_push(w->arena, &subdirs, (void *)path);
            continue;
        }
        if (e->d_type == DT_REG) {
            if (has_grok_ext(e->d_name) && selected(w, path))
                ptrvec_push(w->arena, w->out, (void *)path);
            continue;
        }
        struct stat st, lst;
        if (lstat(path, &lst) < 0)
            continue;
        bool is_link = S_ISLNK(lst.st_mode);
        if (stat(path, &st) < 0) {
            /* A dangling link named *.grok is still a file we were asked to
             * check: it gets an I/O error finding rather than vanishing. */
            if (is_link && has_grok_ext(e->d_name) && selected(w, path))
                ptrvec_push(w->arena, w->out, (void *)path);
            continue;
        }
        if (S_ISDIR(st.st_mode)) {
            if (!is_link)
                ptrvec_push(w->arena, &subdirs, (void *)path);
        } else if (has_grok_ext(e->d_name) && selected(w, path)) {
            ptrvec_push(w->arena, w->out, (void *)path);
        }
    }
    closedir(d);
    for (int i = 0; i < subdirs.len; i++)
        if (walk_dir(w, subdirs.items[i]) < 0)
            return -1;
    return 0;
}

static int compare_paths(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int files_shard_of(const char *path, int n) {
    uint64_t h = 1469598103934665603ULL;
    for (const char *p = path; *p; p++) {
        h ^= (unsigned char)*p;
        h *= 1099511628211ULL;
    }
    h ^= h >> 29;
    return (int)(h % (uint64_t)n);
}

int files_collect(const VerifyConfig *cfg, const char *const *paths, int npaths, int shard_index,
                  int shard_count, Arena *arena, PtrVec *out, char *err, size_t errlen) {
    Walk w = {cfg, arena, out, "", err, errlen};
    if (cfg->root && !realpath(cfg->root, w.root_real))
        w.root_real[0] = 0;
    PtrVec all = {0};
    w.out = &all;
    for (int i = 0; i < npaths; i++) {
        const char *p = paths[i];
        while (p[0] == '.' && p[1] == '/' && p[2])
            p += 2;
        struct stat st;
        if (stat(p, &st) < 0) {
            struct stat lst;
            if (lstat(p, &lst) == 0) {
                ptrvec_push(arena, &all, (void *)p); /* dangling link: I/O error finding */
                continue;
            }
            snprintf(err, errlen, "cannot check `%s`: %s", paths[i], strerror(errno));
            return -1;
        }
        if (S_ISDIR(st.st_mode)) {
            if (walk_dir(&w, p) < 0)
                return -1;
        } else {
            ptrvec_push(arena, &all, (void *)p); /* named explicitly: always checked */
        }
    }
    if (all.len > 1)
        qsort(all.items, (size_t)all.len, sizeof(void *), compare_paths);
    for (int i = 0; i < all.len; i++) {
        if (i > 0 && strcmp(all.items[i], all.items[i - 1]) == 0)
            continue;
        if (shard_count > 1 && files_shard_of(all.items[i], shard_count) != shard_index - 1)
            continue;
        ptrvec_push(arena, out, all.items[i]);
    }
    return 0;
}
