/* Which files `grok-verify check` looks at: the paths given (files as they
 * are, folders walked recursively for *.grok), filtered by grok.toml's
 * include/exclude globs, sorted, and split by --shard. */
#ifndef GROK_VERIFY_FILES_H
#define GROK_VERIFY_FILES_H

#include "verify_config.h"

/* Fills OUT (arena strings) with the files to check, sorted by path.
 * Returns 0, or -1 with a message naming the path in err (a path that does
 * not exist). Unreadable folders are errors too: silently skipping part of
 * a tree would hide findings. */
int files_collect(const VerifyConfig *cfg, const char *const *paths, int npaths, int shard_index,
                  int shard_count, Arena *arena, PtrVec *out, char *err, size_t errlen);

/* The shard (0-based) a path belongs to among N: a hash of the path, so a
 * file stays in its shard when others are added or removed. */
int files_shard_of(const char *path, int n);

#endif
