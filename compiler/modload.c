/* Loads a crate's module files (see modload.h). */
#include "modload.h"
#include "parser.h"
#include "strbuf.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct Loader {
    SourceMap *sm;
    Arena *arena;
    DiagSink *diags;
    PtrVec modules;
    /* Files on the current `mod` chain (canonical, and as displayed), for
     * cycle reports. */
    PtrVec chain_real, chain_shown;
    PtrVec loaded_real; /* every file loaded so far, canonical */
    PtrVec loaded_name; /* its module name */
} Loader;

static char *join(Arena *a, const char *dir, const char *name) {
    if (!dir || !*dir)
        return arena_strdup(a, name);
    return arena_printf(a, "%s/%s", dir, name);
}

static char *dir_of(Arena *a, const char *path) {
    const char *slash = strrchr(path, '/');
    if (!slash)
        return arena_strdup(a, "");
    if (slash == path)
        return arena_strdup(a, "/");
    return arena_strndup(a, path, (size_t)(slash - path));
}

static bool is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static char *canonical(Arena *a, const char *path) {
    char buf[PATH_MAX];
    if (!realpath(path, buf))
        return arena_strdup(a, path);
    return arena_strdup(a, buf);
}

static int find_str(const PtrVec *v, const char *s) {
    for (int i = 0; i < v->len; i++)
        if (strcmp(v->items[i], s) == 0)
            return i;
    return -1;
}

static void load_items(Loader *L, Item **items, int n, const char *dir, const char *modpath,
                       Module *owner);

static Module *load_file(Loader *L, const char *path, const char *name, Module *parent,
                         Item *decl) {
    char err[512];
    int file = source_load(L->sm, path, err, sizeof err);
    if (file < 0) {
        Diag *d = diag_error(L->diags, decl->name_span, "E0084", "syntax/module-unreadable",
                             "cannot read this module's file", "cannot read module `%s`", name);
        diag_note(L->diags, d, "%s", err);
        return NULL;
    }
    Module *m = parse_file(L->sm, (uint32_t)file, L->arena, L->diags, name);
    m->parent = parent;
    ptrvec_push(L->arena, &L->modules, m);
    char *real = canonical(L->arena, path);
    ptrvec_push(L->arena, &L->loaded_real, real);
    ptrvec_push(L->arena, &L->loaded_name, (void *)name);
    ptrvec_push(L->arena, &L->chain_real, real);
    ptrvec_push(L->arena, &L->chain_shown, (void *)path);
    load_items(L, m->items, m->nitems, dir_of(L->arena, path), name, m);
    L->chain_real.len--;
    L->chain_shown.len--;
    return m;
}

static void load_mod_file(Loader *L, Item *it, const char *dir, const char *modpath,
                          Module *parent) {
    char *flat = join(L->arena, dir, arena_printf(L->arena, "%s.grok", it->name));
    char *nested = join(L->arena, dir, arena_printf(L->arena, "%s/mod.grok", it->name));
    const char *path = is_file(flat) ? flat : is_file(nested) ? nested : NULL;
    if (!path) {
        Diag *d = diag_error(L->diags, it->name_span, "E0080", "syntax/module-not-found",
                             "no file for this module", "file not found for module `%s`", it->name);
        diag_help(L->diags, d, "create `%s` or `%s`", flat, nested);
        return;
    }
    char *real = canonical(L->arena, path);
    int on_chain = find_str(&L->chain_real, real);
    if (on_chain >= 0) {
        StrBuf sb;
        sb_init(&sb);
        for (int i = on_chain; i < L->chain_shown.len; i++) {
            sb_puts(&sb, L->chain_shown.items[i]);
            sb_puts(&sb, " -> ");
        }
        sb_puts(&sb, path);
        Diag *d = diag_error(L->diags, it->name_span, "E0081", "syntax/module-cycle",
                             "this `mod` loads a file that is already being loaded",
                             "module `%s` forms a cycle", it->name);
        diag_note(L->diags, d, "cycle: %s", sb.data);
        sb_free(&sb);
        return;
    }
    int loaded = find_str(&L->loaded_real, real);
    if (loaded >= 0) {
        Diag *d = diag_error(L->diags, it->name_span, "E0083", "syntax/module-file-reused",
                             "file already loaded", "file `%s` is already loaded as module `%s`",
                             path, (const char *)L->loaded_name.items[loaded]);
        diag_help(L->diags, d, "declare the module once and refer to it with `use`");
        return;
    }
    const char *name = arena_printf(L->arena, "%s::%s", modpath, it->name);
    it->mod.module = load_file(L, path, name, parent, it);
}

/* Walks one scope's items: checks duplicate `mod` names, loads file modules,
 * and descends into inline modules (whose files live in DIR/name/). */
static void load_items(Loader *L, Item **items, int n, const char *dir, const char *modpath,
                       Module *owner) {
    for (int i = 0; i < n; i++) {
        Item *it = items[i];
        if (it->kind != IT_MOD || !it->name)
            continue;
        Item *prev = NULL;
        for (int j = 0; j < i && !prev; j++)
            if (items[j]->kind == IT_MOD && items[j]->name && strcmp(items[j]->name, it->name) == 0)
                prev = items[j];
        if (prev) {
            Diag *d =
                diag_error(L->diags, it->name_span, "E0082", "syntax/duplicate-module",
                           "redefined here", "module `%s` is defined more than once", it->name);
            diag_label(L->diags, d, prev->name_span, "first defined here");
            continue;
        }
        if (it->mod.is_inline)
            load_items(L, it->mod.items, it->mod.nitems, join(L->arena, dir, it->name),
                       arena_printf(L->arena, "%s::%s", modpath, it->name), owner);
        else
            load_mod_file(L, it, dir, modpath, owner);
    }
}

Crate *modload_crate(SourceMap *sm, Arena *arena, DiagSink *diags, const char *root_path, char *err,
                     size_t errlen) {
    int file = source_load(sm, root_path, err, errlen);
    if (file < 0)
        return NULL;
    Loader L = {sm, arena, diags, {0}, {0}, {0}, {0}, {0}};
    Crate *c = arena_alloc(arena, sizeof(Crate));
    c->root = parse_file(sm, (uint32_t)file, arena, diags, "crate");
    ptrvec_push(arena, &L.modules, c->root);
    char *real = canonical(arena, root_path);
    ptrvec_push(arena, &L.loaded_real, real);
    ptrvec_push(arena, &L.loaded_name, "crate");
    ptrvec_push(arena, &L.chain_real, real);
    ptrvec_push(arena, &L.chain_shown, (void *)root_path);
    load_items(&L, c->root->items, c->root->nitems, dir_of(arena, root_path), "crate", c->root);
    c->modules = (Module **)L.modules.items;
    c->nmodules = L.modules.len;
    return c;
}
