#include "json_writer.h"
#include "report_common.h"

#include <assert.h>
#include <string.h>

void jw_init(JsonWriter *w, StrBuf *sb) {
    memset(w, 0, sizeof *w);
    w->sb = sb;
}

static void newline(JsonWriter *w) {
    sb_putc(w->sb, '\n');
    for (int i = 0; i < w->depth; i++)
        sb_puts(w->sb, "  ");
}

/* Before any value: a comma and a new line inside containers, nothing
 * after a key (the value follows it on the same line). */
static void before_value(JsonWriter *w) {
    if (w->after_key) {
        w->after_key = false;
        return;
    }
    if (w->depth > 0) {
        if (w->has_items[w->depth - 1])
            sb_putc(w->sb, ',');
        w->has_items[w->depth - 1] = true;
        newline(w);
    }
}

static void open_container(JsonWriter *w, char c) {
    before_value(w);
    sb_putc(w->sb, c);
    assert(w->depth < JSON_WRITER_MAX_DEPTH);
    w->has_items[w->depth++] = false;
}

static void close_container(JsonWriter *w, char c) {
    assert(w->depth > 0);
    bool items = w->has_items[--w->depth];
    if (items)
        newline(w);
    sb_putc(w->sb, c);
    if (w->depth == 0)
        sb_putc(w->sb, '\n');
}

void jw_object(JsonWriter *w) {
    open_container(w, '{');
}

void jw_object_end(JsonWriter *w) {
    close_container(w, '}');
}

void jw_array(JsonWriter *w) {
    open_container(w, '[');
}

void jw_array_end(JsonWriter *w) {
    close_container(w, ']');
}

void jw_key(JsonWriter *w, const char *key) {
    before_value(w);
    sb_json_str(w->sb, key, strlen(key));
    sb_puts(w->sb, ": ");
    w->after_key = true;
}

void jw_string(JsonWriter *w, const char *s) {
    before_value(w);
    if (s)
        sb_json_str(w->sb, s, strlen(s));
    else
        sb_puts(w->sb, "null");
}

void jw_int(JsonWriter *w, long long v) {
    before_value(w);
    sb_printf(w->sb, "%lld", v);
}

void jw_number(JsonWriter *w, double v) {
    before_value(w);
    report_json_number(w->sb, v);
}

void jw_bool(JsonWriter *w, bool v) {
    before_value(w);
    sb_puts(w->sb, v ? "true" : "false");
}

void jw_null(JsonWriter *w) {
    before_value(w);
    sb_puts(w->sb, "null");
}

void jw_kstring(JsonWriter *w, const char *key, const char *s) {
    jw_key(w, key);
    jw_string(w, s);
}

void jw_kint(JsonWriter *w, const char *key, long long v) {
    jw_key(w, key);
    jw_int(w, v);
}

void jw_knumber(JsonWriter *w, const char *key, double v) {
    jw_key(w, key);
    jw_number(w, v);
}

void jw_kbool(JsonWriter *w, const char *key, bool v) {
    jw_key(w, key);
    jw_bool(w, v);
}
