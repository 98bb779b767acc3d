/* Arena allocation for compiler data.
 *
 * Everything the front end, type checker and lowering build lives in an
 * arena and is freed in one call when the compilation ends. Chunks grow
 * geometrically; an allocation never moves, so pointers stay valid. Out of
 * memory aborts with a message: the compiler has no way to continue. */
#ifndef GROK_ARENA_H
#define GROK_ARENA_H

#include <stddef.h>

typedef struct Arena Arena;

Arena *arena_new(void);
void arena_free(Arena *a);
/* Zeroed, aligned to 16 bytes. */
void *arena_alloc(Arena *a, size_t size);
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_strdup(Arena *a, const char *s);
char *arena_printf(Arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Bytes handed out so far (for memory statistics). */
size_t arena_used(const Arena *a);

/* A growable array of pointers whose storage lives in an arena. */
typedef struct PtrVec {
    void **items;
    int len, cap;
} PtrVec;

void ptrvec_push(Arena *a, PtrVec *v, void *item);

/* Heap helpers that abort on out-of-memory (for non-arena data). */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);

#endif
