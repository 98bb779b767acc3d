/* The JSON report, schema version 1: every field of the run, its findings
 * (with related spans and witness steps), verifications and benchmark
 * history. The schema is reports/schema/grok-verify-report-v1.json; a
 * change that removes or renames a field bumps schema_version. */
#include "json_writer.h"
#include "report_common.h"

#define REPORT_JSON_SCHEMA_VERSION 1

static void write_loc(JsonWriter *w, const FindingLoc *l) {
    jw_object(w);
    jw_kstring(w, "file", report_str(l->file));
    jw_kint(w, "line", l->line);
    jw_kint(w, "column", l->col);
    jw_kint(w, "end_line", l->end_line);
    jw_kint(w, "end_column", l->end_col);
    jw_kint(w, "byte_start", l->byte_start);
    jw_kint(w, "byte_end", l->byte_end);
    jw_kstring(w, "label", l->label);
    jw_object_end(w);
}

static void write_finding(JsonWriter *w, const Finding *f) {
    jw_object(w);
    jw_kstring(w, "rule", report_str(f->rule));
    jw_kstring(w, "code", f->code);
    jw_kstring(w, "severity", finding_severity_name(f->severity));
    jw_kstring(w, "message", report_str(f->message));
    jw_kstring(w, "function", report_str(f->function));
    jw_key(w, "location");
    write_loc(w, &f->primary);
    jw_key(w, "related");
    jw_array(w);
    for (int i = 0; i < f->nrelated; i++)
        write_loc(w, &f->related[i]);
    jw_array_end(w);
    jw_key(w, "notes");
    jw_array(w);
    for (int i = 0; i < f->nnotes; i++)
        jw_string(w, report_str(f->notes[i]));
    jw_array_end(w);
    jw_key(w, "witness");
    jw_array(w);
    for (int i = 0; i < f->nwitness; i++) {
        jw_object(w);
        jw_key(w, "location");
        write_loc(w, &f->witness[i].loc);
        jw_kstring(w, "message", report_str(f->witness[i].message));
        jw_object_end(w);
    }
    jw_array_end(w);
    jw_kstring(w, "snippet", report_str(f->snippet));
    jw_kstring(w, "fingerprint", f->fingerprint[0] ? f->fingerprint : NULL);
    jw_kbool(w, "suppressed", f->suppressed);
    jw_kstring(w, "suppression", f->suppressed ? report_str(f->suppression) : NULL);
    jw_object_end(w);
}

static void write_counts(JsonWriter *w, const int by_severity[3], int suppressed) {
    jw_kint(w, "errors", by_severity[FINDING_ERROR]);
    jw_kint(w, "warnings", by_severity[FINDING_WARNING]);
    jw_kint(w, "notes", by_severity[FINDING_NOTE]);
    jw_kint(w, "suppressed", suppressed);
}

void report_json_write(const ReportCtx *cx, StrBuf *sb) {
    const ReportInput *in = cx->in;
    JsonWriter w;
    jw_init(&w, sb);
    jw_object(&w);
    jw_kint(&w, "schema_version", REPORT_JSON_SCHEMA_VERSION);
    jw_key(&w, "tool");
    jw_object(&w);
    jw_kstring(&w, "name", "grok-verify");
    jw_kstring(&w, "version", report_str(in->tool_version));
    jw_object_end(&w);

    jw_key(&w, "run");
    jw_object(&w);
    jw_kint(&w, "id", in->run_id);
    jw_kstring(&w, "started_at", in->started_at);
    jw_kstring(&w, "finished_at", in->finished_at);
    jw_kstring(&w, "options", in->options);
    jw_kstring(&w, "git_commit", in->git_commit);
    jw_kbool(&w, "complete", in->complete);
    jw_object_end(&w);

    jw_key(&w, "summary");
    jw_object(&w);
    jw_kint(&w, "files", cx->npaths);
    jw_kint(&w, "findings", cx->nfindings);
    write_counts(&w, cx->counts.by_severity, cx->counts.suppressed);
    jw_key(&w, "by_rule");
    jw_array(&w);
    for (int i = 0; i < cx->nrules; i++) {
        const ReportRule *r = &cx->rules[i];
        jw_object(&w);
        jw_kstring(&w, "rule", r->id);
        jw_kstring(&w, "code", r->code);
        write_counts(&w, r->by_severity, r->suppressed);
        jw_object_end(&w);
    }
    jw_array_end(&w);
    jw_key(&w, "verifications");
    jw_object(&w);
    jw_kint(&w, "proved", cx->counts.by_verdict[VERDICT_PROVED]);
    jw_kint(&w, "refuted", cx->counts.by_verdict[VERDICT_REFUTED]);
    jw_kint(&w, "unknown", cx->counts.by_verdict[VERDICT_UNKNOWN]);
    jw_object_end(&w);
    jw_object_end(&w);

    jw_key(&w, "files");
    jw_array(&w);
    for (int i = 0; i < cx->npaths; i++) {
        const ReportPath *p = &cx->paths[i];
        jw_object(&w);
        jw_kstring(&w, "path", p->path);
        jw_kbool(&w, "checked", p->file != NULL);
        write_counts(&w, p->by_severity, p->suppressed);
        jw_object_end(&w);
    }
    jw_array_end(&w);

    jw_key(&w, "findings");
    jw_array(&w);
    for (int i = 0; i < cx->nfindings; i++)
        write_finding(&w, cx->findings[i]);
    jw_array_end(&w);

    jw_key(&w, "verifications");
    jw_array(&w);
    for (int i = 0; i < in->nverifications; i++) {
        const VerificationRecord *v = &in->verifications[i];
        jw_object(&w);
        jw_kstring(&w, "kind", report_str(v->kind));
        jw_kstring(&w, "subject", report_str(v->subject));
        jw_kstring(&w, "file", v->file);
        jw_kstring(&w, "verdict", verdict_name(v->verdict));
        jw_kstring(&w, "reason", v->reason);
        jw_kstring(&w, "counterexample", v->counterexample);
        jw_knumber(&w, "solver_ms", v->solver_ms);
        jw_object_end(&w);
    }
    jw_array_end(&w);

    jw_key(&w, "benchmarks");
    jw_array(&w);
    for (int i = 0; i < in->nbenchmarks; i++) {
        const BenchmarkRecord *b = &in->benchmarks[i];
        jw_object(&w);
        jw_kint(&w, "run_id", b->run_id);
        jw_kstring(&w, "started_at", b->started_at);
        jw_kstring(&w, "name", report_str(b->name));
        jw_kstring(&w, "metric", report_str(b->metric));
        jw_kstring(&w, "unit", report_str(b->unit));
        jw_knumber(&w, "value", b->value);
        jw_object_end(&w);
    }
    jw_array_end(&w);
    jw_object_end(&w);
}
