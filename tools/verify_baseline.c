/* Loading a baseline (see verify_baseline.h). SARIF is not parsed as a
 * whole: the fingerprints are the string values of the
 * "grokFingerprint/v1" keys, which is all a baseline needs, and a file
 * with none of them is rejected rather than silently treated as empty. */
#include "verify_baseline.h"

#include "db/db.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int compare(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int load_sarif(const char *path, const char *text, size_t len, Arena *a, Baseline *b,
                      char *err, size_t errlen) {
    static const char KEY[] = "\"grokFingerprint/v1\"";
    PtrVec fps = {0};
    const char *p = text, *end = text + len;
    while ((p = memmem(p, (size_t)(end - p), KEY, sizeof(KEY) - 1)) != NULL) {
        p += sizeof(KEY) - 1;
        while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t' || *p == ':'))
            p++;
        if (p >= end || *p != '"')
            continue;
        const char *close = memchr(p + 1, '"', (size_t)(end - p - 1));
        if (!close)
            break;
        ptrvec_push(a, &fps, arena_strndup(a, p + 1, (size_t)(close - p - 1)));
        p = close;
    }
    if (fps.len == 0 && !memmem(text, len, "\"runs\"", 6)) {
        snprintf(err, errlen, "baseline `%s` is neither a grok-verify database nor a SARIF file",
                 path);
        return -1;
    }
    if (fps.len > 1)
        qsort(fps.items, (size_t)fps.len, sizeof(void *), compare);
    b->fingerprints = (const char **)fps.items;
    b->len = fps.len;
    return 0;
}

int baseline_load(const char *path, Arena *a, Baseline *b, char *err, size_t errlen) {
    memset(b, 0, sizeof(*b));
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        snprintf(err, errlen, "cannot read baseline `%s`: %s", path, strerror(errno));
        return -1;
    }
    char header[16] = {0};
    size_t got = fread(header, 1, sizeof(header), fp);
    if (got == 16 && memcmp(header, "SQLite format 3", 16) == 0) {
        fclose(fp);
        Db *db;
        if (db_open(&db, path, DB_READONLY, err, errlen) < 0)
            return -1;
        long long run = 0;
        int rc = db_latest_run(db, true, &run);
        if (rc == 0 && run == 0) {
            snprintf(err, errlen, "baseline `%s` has no complete run", path);
            rc = -1;
        } else if (rc == 0) {
            rc = db_load_fingerprints(db, run, &b->fingerprints, &b->len, a);
        }
        if (rc < 0 && db_error(db)[0])
            snprintf(err, errlen, "%s", db_error(db));
        db_close(db);
        return rc;
    }
    size_t cap = 1 << 16, len = got;
    char *text = malloc(cap);
    if (!text) {
        fclose(fp);
        snprintf(err, errlen, "out of memory reading `%s`", path);
        return -1;
    }
    memcpy(text, header, got);
    while ((got = fread(text + len, 1, cap - len, fp)) > 0) {
        len += got;
        if (len == cap) {
            cap *= 2;
            char *n = realloc(text, cap);
            if (!n) {
                free(text);
                fclose(fp);
                snprintf(err, errlen, "out of memory reading `%s`", path);
                return -1;
            }
            text = n;
        }
    }
    bool failed = ferror(fp);
    fclose(fp);
    int rc = -1;
    if (failed)
        snprintf(err, errlen, "cannot read baseline `%s`: I/O error", path);
    else
        rc = load_sarif(path, text, len, a, b, err, errlen);
    free(text);
    return rc;
}

bool baseline_contains(const Baseline *b, const char *fingerprint) {
    const char *key = fingerprint;
    return b->len > 0 &&
           bsearch(&key, b->fingerprints, (size_t)b->len, sizeof(char *), compare) != NULL;
}
