/* Reader of rustc's `-Znll-facts` dumps: one folder per function body, one
 * tab-separated `<relation>.facts` file per input relation, every field a
 * double-quoted atom. Every file is validated: an unknown relation, a wrong
 * number of fields, an unquoted field or binary data is an error naming the
 * file and line; a missing relation file is an empty relation. */
#ifndef GROK_RUSTC_FACTS_LOAD_H
#define GROK_RUSTC_FACTS_LOAD_H

#include "polonius_facts.h"

#include <stddef.h>

/* Loads the function folder DIR into OUT (initialised here, named NAME).
 * Returns 0, or -1 with ERR set to "file:line: message"; OUT is then freed. */
int rustc_facts_load(const char *dir, const char *name, PoloniusFacts *out, char *err,
                     size_t errlen);

/* The function folders under one command-line path, sorted by name. */
typedef struct RustcFactsFolders {
    char **dirs;  /* full paths */
    char **names; /* function names (folder base names) */
    int n, cap;
} RustcFactsFolders;

/* Adds the function folders of PATH: PATH itself when it holds `.facts`
 * files, else each of its sub-folders that does. Returns 0, or -1 with ERR
 * set when PATH is missing, unreadable or holds no function folder. */
int rustc_facts_find_functions(const char *path, RustcFactsFolders *out, char *err, size_t errlen);
void rustc_facts_folders_free(RustcFactsFolders *f);

#endif
