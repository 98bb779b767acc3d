/* SARIF 2.1.0 for code-scanning services: one run whose tool.driver lists
 * the rules the findings name, results with locations, related locations,
 * codeFlows for witness traces, partialFingerprints and suppressions.
 *
 * GitHub code scanning rejects runs with more than 25,000 results, 1,000
 * locations per result or 10,000 thread-flow locations, so results are
 * capped (the most severe kept, a warning on stderr and a notification in
 * the run) and the per-result arrays are truncated. */
#include "json_writer.h"
#include "report_common.h"

#include <stdlib.h>
#include <string.h>

#define SARIF_MAX_RELATED 1000
#define SARIF_MAX_FLOW_LOCATIONS 10000

static const char *sarif_level(FindingSeverity s) {
    return s == FINDING_ERROR ? "error" : s == FINDING_WARNING ? "warning" : "note";
}

/* A path as a URI reference: relative paths stay relative (to the
 * checkout root, as code scanning expects), absolute ones become file:
 * URIs; bytes outside the unreserved set are percent-encoded. */
static char *path_uri(const char *path) {
    StrBuf sb;
    sb_init(&sb);
    const char *p = report_str(path);
    while (p[0] == '.' && p[1] == '/')
        p += 2;
    if (p[0] == '/')
        sb_puts(&sb, "file://");
    for (; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            strchr("-._~/", c))
            sb_putc(&sb, (char)c);
        else if (c == '\\')
            sb_putc(&sb, '/');
        else
            sb_printf(&sb, "%%%02X", c);
    }
    return sb_take(&sb);
}

static void write_region(JsonWriter *w, const ReportCtx *cx, const FindingLoc *l) {
    jw_key(w, "region");
    jw_object(w);
    int line = l->line > 0 ? l->line : 1;
    jw_kint(w, "startLine", line);
    if (l->col > 0) {
        jw_kint(w, "startColumn", l->col);
        int eline = l->end_line >= line ? l->end_line : line;
        int ecol = l->end_col;
        if (eline == line && ecol <= l->col)
            ecol = l->col + 1;
        jw_kint(w, "endLine", eline);
        if (ecol > 0)
            jw_kint(w, "endColumn", ecol);
    }
    size_t len;
    const char *text = report_line(cx, l->file, l->line, &len);
    if (text) {
        char *copy = xmalloc(len + 1);
        memcpy(copy, text, len);
        copy[len] = 0;
        jw_key(w, "snippet");
        jw_object(w);
        jw_kstring(w, "text", copy);
        jw_object_end(w);
        free(copy);
    }
    jw_object_end(w);
}

static void write_physical(JsonWriter *w, const ReportCtx *cx, const FindingLoc *l) {
    jw_key(w, "physicalLocation");
    jw_object(w);
    jw_key(w, "artifactLocation");
    jw_object(w);
    char *uri = path_uri(l->file);
    jw_kstring(w, "uri", uri);
    free(uri);
    jw_object_end(w);
    write_region(w, cx, l);
    jw_object_end(w);
}

static void write_message(JsonWriter *w, const char *text) {
    jw_key(w, "message");
    jw_object(w);
    jw_kstring(w, "text", text);
    jw_object_end(w);
}

static void write_rule(JsonWriter *w, const ReportRule *r) {
    jw_object(w);
    jw_kstring(w, "id", r->id);
    const char *summary = r->info && r->info->summary ? r->info->summary : r->id;
    jw_key(w, "shortDescription");
    jw_object(w);
    jw_kstring(w, "text", summary);
    jw_object_end(w);
    StrBuf full;
    sb_init(&full);
    if (r->info && r->info->help && r->info->help[0])
        sb_puts(&full, r->info->help);
    else
        sb_printf(&full, "%s (a rule outside grok-verify's catalogue).", summary);
    jw_key(w, "fullDescription");
    jw_object(w);
    jw_kstring(w, "text", full.data);
    jw_object_end(w);
    sb_printf(&full, "\n\nRun `grok-verify explain %s` for details.", r->id);
    jw_key(w, "help");
    jw_object(w);
    jw_kstring(w, "text", full.data);
    jw_object_end(w);
    sb_free(&full);
    jw_key(w, "defaultConfiguration");
    jw_object(w);
    jw_kstring(w, "level", sarif_level(r->level));
    jw_object_end(w);
    jw_key(w, "properties");
    jw_object(w);
    if (r->code)
        jw_kstring(w, "code", r->code);
    jw_key(w, "tags");
    jw_array(w);
    const char *slash = strchr(r->id, '/');
    char family[64];
    size_t n = slash ? (size_t)(slash - r->id) : strlen(r->id);
    if (n >= sizeof family)
        n = sizeof family - 1;
    memcpy(family, r->id, n);
    family[n] = 0;
    jw_string(w, family);
    jw_array_end(w);
    jw_object_end(w);
    jw_object_end(w);
}

static void write_result(JsonWriter *w, const ReportCtx *cx, const Finding *f) {
    jw_object(w);
    jw_kstring(w, "ruleId", report_str(f->rule));
    jw_kint(w, "ruleIndex", report_rule_index(cx, f->rule));
    jw_kstring(w, "level", sarif_level(f->severity));
    StrBuf msg;
    sb_init(&msg);
    sb_puts(&msg, report_str(f->message));
    for (int i = 0; i < f->nnotes; i++) {
        sb_putc(&msg, '\n');
        sb_puts(&msg, report_str(f->notes[i]));
    }
    write_message(w, msg.data ? msg.data : "");
    sb_free(&msg);

    jw_key(w, "locations");
    jw_array(w);
    jw_object(w);
    write_physical(w, cx, &f->primary);
    if (f->function && f->function[0]) {
        jw_key(w, "logicalLocations");
        jw_array(w);
        jw_object(w);
        jw_kstring(w, "name", f->function);
        jw_kstring(w, "kind", "function");
        jw_object_end(w);
        jw_array_end(w);
    }
    jw_object_end(w);
    jw_array_end(w);

    if (f->nrelated > 0) {
        jw_key(w, "relatedLocations");
        jw_array(w);
        for (int i = 0; i < f->nrelated && i < SARIF_MAX_RELATED; i++) {
            jw_object(w);
            jw_kint(w, "id", i + 1);
            write_physical(w, cx, &f->related[i]);
            if (f->related[i].label && f->related[i].label[0])
                write_message(w, f->related[i].label);
            jw_object_end(w);
        }
        jw_array_end(w);
    }

    if (f->nwitness > 0) {
        jw_key(w, "codeFlows");
        jw_array(w);
        jw_object(w);
        write_message(w, "witness trace");
        jw_key(w, "threadFlows");
        jw_array(w);
        jw_object(w);
        jw_key(w, "locations");
        jw_array(w);
        for (int i = 0; i < f->nwitness && i < SARIF_MAX_FLOW_LOCATIONS; i++) {
            jw_object(w);
            jw_key(w, "location");
            jw_object(w);
            write_physical(w, cx, &f->witness[i].loc);
            write_message(w, report_str(f->witness[i].message));
            jw_object_end(w);
            jw_kint(w, "executionOrder", i + 1);
            jw_object_end(w);
        }
        jw_array_end(w);
        jw_object_end(w);
        jw_array_end(w);
        jw_object_end(w);
        jw_array_end(w);
    }

    if (f->fingerprint[0]) {
        jw_key(w, "partialFingerprints");
        jw_object(w);
        jw_kstring(w, "grokFingerprint/v1", f->fingerprint);
        jw_object_end(w);
    }
    if (f->suppressed) {
        jw_key(w, "suppressions");
        jw_array(w);
        jw_object(w);
        jw_kstring(w, "kind", "inSource");
        jw_kstring(w, "status", "accepted");
        if (f->suppression && f->suppression[0])
            jw_kstring(w, "justification", f->suppression);
        jw_object_end(w);
        jw_array_end(w);
    }
    jw_key(w, "properties");
    jw_object(w);
    if (f->code)
        jw_kstring(w, "code", f->code);
    jw_kstring(w, "function", report_str(f->function));
    jw_object_end(w);
    jw_object_end(w);
}

typedef struct Pick {
    int pos;  /* index in report order */
    int rank; /* unsuppressed by severity, then suppressed */
} Pick;

static int cmp_rank(const void *pa, const void *pb) {
    const Pick *a = pa, *b = pb;
    if (a->rank != b->rank)
        return a->rank - b->rank;
    return a->pos - b->pos;
}

static int cmp_pos(const void *pa, const void *pb) {
    return ((const Pick *)pa)->pos - ((const Pick *)pb)->pos;
}

/* The positions (in report order) of the results to write: all of them,
 * or the REPORT_SARIF_MAX_RESULTS most severe. */
static Pick *pick_results(const ReportCtx *cx, int *n) {
    Pick *picks = xmalloc(sizeof(Pick) * (size_t)(cx->nfindings ? cx->nfindings : 1));
    for (int i = 0; i < cx->nfindings; i++) {
        const Finding *f = cx->findings[i];
        picks[i] = (Pick){i, f->suppressed ? 3 : (int)f->severity};
    }
    *n = cx->nfindings;
    if (*n > REPORT_SARIF_MAX_RESULTS) {
        qsort(picks, (size_t)*n, sizeof(Pick), cmp_rank);
        *n = REPORT_SARIF_MAX_RESULTS;
        qsort(picks, (size_t)*n, sizeof(Pick), cmp_pos);
    }
    return picks;
}

void report_sarif_write(const ReportCtx *cx, StrBuf *sb) {
    const ReportInput *in = cx->in;
    int nresults;
    Pick *picks = pick_results(cx, &nresults);
    bool capped = nresults < cx->nfindings;
    char cap_msg[256] = "";
    if (capped) {
        snprintf(cap_msg, sizeof cap_msg,
                 "%d findings exceed the limit of %d results per SARIF run; the %d most "
                 "severe are included (see the JSON or HTML report for all of them)",
                 cx->nfindings, REPORT_SARIF_MAX_RESULTS, REPORT_SARIF_MAX_RESULTS);
        fprintf(stderr, "grok-verify: warning: %s\n", cap_msg);
    }

    JsonWriter w;
    jw_init(&w, sb);
    jw_object(&w);
    jw_kstring(&w, "$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    jw_kstring(&w, "version", "2.1.0");
    jw_key(&w, "runs");
    jw_array(&w);
    jw_object(&w);

    jw_key(&w, "tool");
    jw_object(&w);
    jw_key(&w, "driver");
    jw_object(&w);
    jw_kstring(&w, "name", "grok-verify");
    jw_kstring(&w, "version", report_str(in->tool_version));
    jw_key(&w, "rules");
    jw_array(&w);
    for (int i = 0; i < cx->nrules; i++)
        write_rule(&w, &cx->rules[i]);
    jw_array_end(&w);
    jw_object_end(&w);
    jw_object_end(&w);

    jw_key(&w, "invocations");
    jw_array(&w);
    jw_object(&w);
    jw_kbool(&w, "executionSuccessful", in->complete);
    if (in->options)
        jw_kstring(&w, "commandLine", in->options);
    if (in->started_at)
        jw_kstring(&w, "startTimeUtc", in->started_at);
    if (in->finished_at)
        jw_kstring(&w, "endTimeUtc", in->finished_at);
    if (capped || !in->complete) {
        jw_key(&w, "toolExecutionNotifications");
        jw_array(&w);
        if (capped) {
            jw_object(&w);
            jw_kstring(&w, "level", "warning");
            write_message(&w, cap_msg);
            jw_object_end(&w);
        }
        if (!in->complete) {
            jw_object(&w);
            jw_kstring(&w, "level", "warning");
            write_message(&w, "the run was interrupted: results are incomplete");
            jw_object_end(&w);
        }
        jw_array_end(&w);
    }
    jw_object_end(&w);
    jw_array_end(&w);

    jw_key(&w, "artifacts");
    jw_array(&w);
    for (int i = 0; i < cx->npaths; i++) {
        jw_object(&w);
        jw_key(&w, "location");
        jw_object(&w);
        char *uri = path_uri(cx->paths[i].path);
        jw_kstring(&w, "uri", uri);
        free(uri);
        jw_object_end(&w);
        if (cx->paths[i].file) {
            jw_key(&w, "roles");
            jw_array(&w);
            jw_string(&w, "analysisTarget");
            jw_array_end(&w);
        }
        jw_object_end(&w);
    }
    jw_array_end(&w);

    jw_kstring(&w, "columnKind", "unicodeCodePoints");
    jw_key(&w, "results");
    jw_array(&w);
    for (int i = 0; i < nresults; i++)
        write_result(&w, cx, cx->findings[picks[i].pos]);
    jw_array_end(&w);

    jw_key(&w, "properties");
    jw_object(&w);
    jw_kint(&w, "runId", in->run_id);
    if (in->git_commit)
        jw_kstring(&w, "gitCommit", in->git_commit);
    jw_kint(&w, "findings", cx->nfindings);
    jw_kint(&w, "resultsWritten", nresults);
    jw_object_end(&w);

    jw_object_end(&w);
    jw_array_end(&w);
    jw_object_end(&w);
    free(picks);
}
