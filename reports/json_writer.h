/* A small streaming JSON writer for the JSON and SARIF reports: pretty
 * printed with two-space indentation, commas placed by the writer, strings
 * escaped by sb_json_str (always valid UTF-8 JSON). */
#ifndef GROK_JSON_WRITER_H
#define GROK_JSON_WRITER_H

#include "strbuf.h"

#include <stdbool.h>

#define JSON_WRITER_MAX_DEPTH 32

typedef struct JsonWriter {
    StrBuf *sb;
    int depth;
    bool has_items[JSON_WRITER_MAX_DEPTH]; /* per open container */
    bool after_key;
} JsonWriter;

void jw_init(JsonWriter *w, StrBuf *sb);
void jw_object(JsonWriter *w);
void jw_object_end(JsonWriter *w);
void jw_array(JsonWriter *w);
void jw_array_end(JsonWriter *w);
void jw_key(JsonWriter *w, const char *key);
void jw_string(JsonWriter *w, const char *s); /* NULL writes null */
void jw_int(JsonWriter *w, long long v);
void jw_number(JsonWriter *w, double v);
void jw_bool(JsonWriter *w, bool v);
void jw_null(JsonWriter *w);

/* key + value in one call. */
void jw_kstring(JsonWriter *w, const char *key, const char *s);
void jw_kint(JsonWriter *w, const char *key, long long v);
void jw_knumber(JsonWriter *w, const char *key, double v);
void jw_kbool(JsonWriter *w, const char *key, bool v);

#endif
