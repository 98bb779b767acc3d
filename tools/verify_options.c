/* Option parsing shared by check, report and the db commands. */
#include "verify_options.h"

#include "analysis/rules.h"
#include "common.h"
#include "strbuf.h"
#include "verify_cmds.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *const FAIL_ON_NAMES[] = {"error", "warning", "note", "never"};
static const char *const FORMATS[] = {"text", "json", "sarif", "junit", "markdown", "html"};

static int parse_fail_on(const char *s) {
    for (int i = 0; i < 4; i++)
        if (strcmp(s, FAIL_ON_NAMES[i]) == 0)
            return i;
    return -1;
}

static bool known_format(const char *s) {
    for (int i = 0; i < 6; i++)
        if (strcmp(s, FORMATS[i]) == 0)
            return true;
    return false;
}

/* Splits a comma-separated rule list and checks each pattern names a rule. */
static int add_rules(VerifyOptions *o, PtrVec *out, const char *list, const char *flag) {
    char *copy = arena_strdup(o->arena, list);
    for (char *tok = strtok(copy, ","); tok; tok = strtok(NULL, ",")) {
        while (*tok == ' ')
            tok++;
        int n;
        const RuleInfo *all = rule_all(&n);
        bool known = false;
        for (int i = 0; i < n && !known; i++)
            known = rule_matches(tok, all[i].id);
        if (!known)
            return tool_usage_error(
                "grok-verify", "%s: `%s` matches no rule (see `grok-verify explain`)", flag, tok);
        ptrvec_push(o->arena, out, tok);
    }
    return 0;
}

static int load_config(VerifyOptions *o, int argc, char **argv) {
    const char *explicit_path = NULL;
    for (int i = 1; i < argc; i++) {
        bool missing = false;
        const char *v = tool_opt_value(argc, argv, &i, "--config", &missing);
        if (missing)
            return tool_usage_error("grok-verify", "--config needs a file");
        if (v)
            explicit_path = v;
    }
    char found[PATH_MAX];
    const char *path = explicit_path;
    if (!path && config_find(".", found, sizeof(found)))
        path = found;
    if (!path)
        return 0;
    char err[1024];
    if (config_load(&o->cfg, path, err, sizeof(err)) < 0) {
        fprintf(stderr, "error: %s\n", err);
        return EXIT_USAGE;
    }
    return 0;
}

static void apply_config_defaults(VerifyOptions *o) {
    const VerifyConfig *c = &o->cfg;
    if (c->format)
        o->format = c->format;
    if (c->fail_on)
        o->fail_on = (FailOn)parse_fail_on(c->fail_on);
    if (c->db) {
        /* A relative db path in grok.toml is relative to grok.toml. */
        if (c->db[0] != '/' && c->root && strcmp(c->root, ".") != 0)
            o->db = arena_printf(o->arena, "%s/%s", c->root, c->db);
        else
            o->db = c->db;
    }
    if (c->jobs)
        o->jobs = c->jobs;
    if (c->smt_timeout > 0)
        o->smt_timeout = c->smt_timeout;
    if (c->no_cache >= 0)
        o->no_cache = c->no_cache;
    for (int i = 0; i < c->rules.len; i++)
        ptrvec_push(o->arena, &o->rules, c->rules.items[i]);
    for (int i = 0; i < c->exclude_rules.len; i++)
        ptrvec_push(o->arena, &o->exclude_rules, c->exclude_rules.items[i]);
}

#define TAKE(name) ((v = tool_opt_value(argc, argv, &i, name, &missing)) != NULL || missing)

int options_parse(VerifyOptions *o, int argc, char **argv, unsigned accepted, const char *help) {
    memset(o, 0, sizeof(*o));
    o->arena = arena_new();
    config_init(&o->cfg);
    o->format = "text";
    o->fail_on = FAIL_ON_ERROR;
    o->smt_timeout = 10;
    o->color = "auto";
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    o->jobs = cpus > 0 ? (int)cpus : 1;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0)
            break;
        if (verify_is_help(argv[i])) {
            fputs(help, stdout);
            return -1;
        }
    }
    int rc = load_config(o, argc, argv);
    if (rc)
        return rc;
    apply_config_defaults(o);
    bool rules_from_flag = false, exclude_from_flag = false;
    StrBuf cmd;
    sb_init(&cmd);
    sb_puts(&cmd, "grok-verify");
    for (int i = 0; i < argc; i++)
        sb_printf(&cmd, " %s", argv[i]);
    o->command_line = arena_strdup(o->arena, cmd.data);
    sb_free(&cmd);

    bool only_paths = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = NULL;
        bool missing = false;
        if (only_paths || a[0] != '-' || strcmp(a, "-") == 0) {
            ptrvec_push(o->arena, &o->paths, (void *)a);
            continue;
        }
        if (strcmp(a, "--") == 0) {
            only_paths = true;
            continue;
        }
        if (TAKE("--config")) {
            if (missing)
                return tool_usage_error("grok-verify", "--config needs a file");
            continue;
        }
        if ((accepted & OPT_OUTPUT) && TAKE("--format")) {
            if (missing || !known_format(v))
                return tool_usage_error("grok-verify",
                                        "--format needs one of text, json, sarif, junit, "
                                        "markdown, html%s%s%s",
                                        v ? " (got `" : "", v ? v : "", v ? "`)" : "");
            o->format = v;
        } else if ((accepted & OPT_OUTPUT) && (TAKE("-o") || TAKE("--output"))) {
            if (missing)
                return tool_usage_error("grok-verify", "-o needs a file name");
            o->output = v;
        } else if ((accepted & OPT_OUTPUT) && TAKE("--fail-on")) {
            int f = missing ? -1 : parse_fail_on(v);
            if (f < 0)
                return tool_usage_error("grok-verify",
                                        "--fail-on needs one of error, warning, note, never");
            o->fail_on = (FailOn)f;
        } else if ((accepted & OPT_OUTPUT) && TAKE("--baseline")) {
            if (missing)
                return tool_usage_error("grok-verify", "--baseline needs a database or SARIF file");
            o->baseline = v;
        } else if ((accepted & OPT_OUTPUT) && TAKE("--color")) {
            if (missing || (strcmp(v, "always") && strcmp(v, "never") && strcmp(v, "auto")))
                return tool_usage_error("grok-verify", "--color needs always, never or auto");
            o->color = v;
        } else if ((accepted & OPT_RULES) && TAKE("--rules")) {
            if (missing)
                return tool_usage_error("grok-verify", "--rules needs a comma-separated list");
            if (!rules_from_flag)
                o->rules.len = 0; /* the flag replaces grok.toml's list */
            rules_from_flag = true;
            if ((rc = add_rules(o, &o->rules, v, "--rules")))
                return rc;
        } else if ((accepted & OPT_RULES) && TAKE("--exclude-rules")) {
            if (missing)
                return tool_usage_error("grok-verify",
                                        "--exclude-rules needs a comma-separated list");
            if (!exclude_from_flag)
                o->exclude_rules.len = 0;
            exclude_from_flag = true;
            if ((rc = add_rules(o, &o->exclude_rules, v, "--exclude-rules")))
                return rc;
        } else if ((accepted & OPT_RUN) && (TAKE("-j") || TAKE("--jobs"))) {
            char *end;
            long n = missing ? 0 : strtol(v, &end, 10);
            if (missing || *end || n < 1 || n > 1024)
                return tool_usage_error("grok-verify", "-j needs a number from 1 to 1024");
            o->jobs = (int)n;
        } else if ((accepted & OPT_RUN) && TAKE("--shard")) {
            int idx = 0, cnt = 0;
            char tail = 0;
            if (missing || sscanf(v, "%d/%d%c", &idx, &cnt, &tail) != 2 || cnt < 1 || idx < 1 ||
                idx > cnt)
                return tool_usage_error("grok-verify",
                                        "--shard needs I/N with 1 <= I <= N (e.g. --shard 2/8)");
            o->shard_index = idx;
            o->shard_count = cnt;
        } else if ((accepted & OPT_RUN) && strcmp(a, "--no-cache") == 0) {
            o->no_cache = true;
        } else if ((accepted & OPT_RUN) && TAKE("--smt-timeout")) {
            char *end;
            double t = missing ? 0 : strtod(v, &end);
            if (missing || *end || !(t > 0) || t > 1e6)
                return tool_usage_error("grok-verify", "--smt-timeout needs a number of seconds");
            o->smt_timeout = t;
        } else if ((accepted & OPT_DB) && TAKE("--db")) {
            if (missing || !v[0])
                return tool_usage_error("grok-verify", "--db needs a path");
            o->db = v;
            o->db_from_flag = true;
        } else if ((accepted & OPT_REPORT) && TAKE("--run")) {
            if (missing)
                return tool_usage_error("grok-verify", "--run needs a run id or `latest`");
            o->run = v;
        } else if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0) {
            o->quiet = true;
            o->verbose = false;
        } else if (strcmp(a, "-v") == 0 || strcmp(a, "--verbose") == 0) {
            o->verbose = true;
            o->quiet = false;
        } else {
            return tool_usage_error("grok-verify", "unknown option `%s` for `%s`", a, argv[0]);
        }
    }
    if (!o->db)
        o->db = VERIFY_DEFAULT_DB;
    return 0;
}

void options_free(VerifyOptions *o) {
    config_free(&o->cfg);
    if (o->arena)
        arena_free(o->arena);
    memset(o, 0, sizeof(*o));
}

bool options_fails(const VerifyOptions *o, FindingSeverity s) {
    switch (o->fail_on) {
    case FAIL_ON_NEVER:
        return false;
    case FAIL_ON_NOTE:
        return true;
    case FAIL_ON_WARNING:
        return s != FINDING_NOTE;
    case FAIL_ON_ERROR:
        return s == FINDING_ERROR;
    }
    return false;
}
