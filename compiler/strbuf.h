/* A growable heap string (like Redis's sds, but a plain struct). Used to
 * build output text: diagnostics, dumps, reports. */
#ifndef GROK_STRBUF_H
#define GROK_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct StrBuf {
    char *data; /* always NUL-terminated once anything was added */
    size_t len, cap;
} StrBuf;

void sb_init(StrBuf *sb);
void sb_free(StrBuf *sb);
void sb_clear(StrBuf *sb);
void sb_putc(StrBuf *sb, char c);
void sb_puts(StrBuf *sb, const char *s);
void sb_putn(StrBuf *sb, const char *s, size_t n);
void sb_printf(StrBuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_vprintf(StrBuf *sb, const char *fmt, va_list ap);
/* Appends S (N bytes) as a JSON string literal, quotes included. Invalid
 * UTF-8 bytes become U+FFFD so the output is always valid JSON. */
void sb_json_str(StrBuf *sb, const char *s, size_t n);
/* Appends S escaped for HTML/XML text and attribute values. */
void sb_xml_escape(StrBuf *sb, const char *s, size_t n);
/* Returns the string and resets the buffer; the caller frees it. */
char *sb_take(StrBuf *sb);

#endif
