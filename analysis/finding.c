/* Finding lists, fingerprints and the DiagSink → Finding conversion.
 *
 * The fingerprint must survive edits elsewhere in the file, so it hashes
 * only what identifies the finding itself: rule id, enclosing function and
 * the whitespace-normalised source line, never line numbers. */
#include "finding.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void finding_list_init(FindingList *fl) {
    memset(fl, 0, sizeof(*fl));
    fl->arena = arena_new();
}

void finding_list_free(FindingList *fl) {
    if (fl->arena)
        arena_free(fl->arena);
    free(fl->items);
    memset(fl, 0, sizeof(*fl));
}

Finding *finding_add(FindingList *fl) {
    if (fl->len == fl->cap) {
        fl->cap = fl->cap ? fl->cap * 2 : 8;
        fl->items = xrealloc(fl->items, sizeof(Finding) * (size_t)fl->cap);
    }
    Finding *f = &fl->items[fl->len++];
    memset(f, 0, sizeof(*f));
    f->function = "";
    return f;
}

static const uint64_t FNV_OFFSET = 1469598103934665603ULL;
static const uint64_t FNV_PRIME = 1099511628211ULL;

static uint64_t fnv_bytes(uint64_t h, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= FNV_PRIME;
    }
    return h;
}

/* Hashes S with runs of whitespace folded to one space and the ends trimmed,
 * so re-indenting a line keeps its findings' fingerprints. */
static uint64_t fnv_normalised(uint64_t h, const char *s) {
    bool pending_space = false, started = false;
    for (; s && *s; s++) {
        char c = *s;
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f') {
            pending_space = started;
            continue;
        }
        if (pending_space)
            h = fnv_bytes(h, " ", 1);
        pending_space = false;
        started = true;
        h = fnv_bytes(h, &c, 1);
    }
    return h;
}

void finding_fingerprint(Finding *f) {
    uint64_t h = FNV_OFFSET;
    const char *rule = f->rule ? f->rule : "";
    const char *fn = f->function ? f->function : "";
    h = fnv_bytes(h, rule, strlen(rule) + 1);
    h = fnv_bytes(h, fn, strlen(fn) + 1);
    h = fnv_normalised(h, f->snippet);
    /* FNV's low bits mix poorly; a final avalanche spreads them. */
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    snprintf(f->fingerprint, sizeof(f->fingerprint), "%016llx", (unsigned long long)h);
}

const char *finding_severity_name(FindingSeverity s) {
    switch (s) {
    case FINDING_ERROR:
        return "error";
    case FINDING_WARNING:
        return "warning";
    case FINDING_NOTE:
        return "note";
    }
    return "error";
}

static char *normalise_snippet(Arena *a, const char *s, size_t n) {
    char *out = arena_alloc(a, n + 1);
    size_t o = 0;
    bool pending_space = false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f') {
            pending_space = o > 0;
            continue;
        }
        if (c == 0)
            c = ' ';
        if (pending_space)
            out[o++] = ' ';
        pending_space = false;
        out[o++] = c;
    }
    out[o] = 0;
    return out;
}

static FindingLoc loc_of(Arena *a, const SourceMap *sm, Span span, const char *label) {
    FindingLoc loc = {0};
    SourceFile *sf = source_file(sm, span.file);
    loc.file = arena_strdup(a, sf ? sf->path : "<unknown>");
    source_line_col(sm, span.file, span.start, &loc.line, &loc.col);
    source_line_col(sm, span.file, span.end, &loc.end_line, &loc.end_col);
    loc.byte_start = span.start;
    loc.byte_end = span.end;
    loc.label = label ? arena_strdup(a, label) : NULL;
    return loc;
}

static FindingSeverity severity_of(Severity s) {
    switch (s) {
    case SEV_ERROR:
        return FINDING_ERROR;
    case SEV_WARNING:
        return FINDING_WARNING;
    default:
        return FINDING_NOTE;
    }
}

void finding_add_diags(FindingList *fl, const DiagSink *ds, const char *function) {
    Arena *a = fl->arena;
    for (int i = 0; i < ds->len; i++) {
        const Diag *d = ds->items[i];
        Finding *f = finding_add(fl);
        f->rule = arena_strdup(a, d->rule ? d->rule : "grok-verify/unclassified");
        f->code = d->code ? arena_strdup(a, d->code) : NULL;
        f->severity = severity_of(d->severity);
        f->message = arena_strdup(a, d->message ? d->message : "");
        f->function = arena_strdup(a, function ? function : "");
        f->primary = loc_of(a, ds->sm, d->span, d->nlabels > 0 ? d->labels[0].text : NULL);
        int nspanned = 0;
        for (int j = 0; j < d->nnotes; j++)
            nspanned += d->notes[j].has_span;
        int nrel = (d->nlabels > 1 ? d->nlabels - 1 : 0) + nspanned;
        if (nrel > 0) {
            f->related = arena_alloc(a, sizeof(FindingLoc) * (size_t)nrel);
            for (int j = 1; j < d->nlabels; j++)
                f->related[f->nrelated++] = loc_of(a, ds->sm, d->labels[j].span, d->labels[j].text);
        }
        if (d->nnotes > 0)
            f->notes = arena_alloc(a, sizeof(char *) * (size_t)d->nnotes);
        for (int j = 0; j < d->nnotes; j++) {
            const DiagNote *n = &d->notes[j];
            const char *prefix = n->kind == SEV_HELP ? "help" : "note";
            f->notes[f->nnotes++] = arena_printf(a, "%s: %s", prefix, n->text ? n->text : "");
            if (n->has_span) {
                const char *label = arena_printf(a, "%s: %s", prefix, n->text ? n->text : "");
                f->related[f->nrelated++] = loc_of(a, ds->sm, n->span, label);
            }
        }
        size_t len = 0;
        const char *line = source_line_text(ds->sm, d->span.file, f->primary.line, &len);
        f->snippet = normalise_snippet(a, line, len);
        finding_fingerprint(f);
    }
}
