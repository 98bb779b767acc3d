/* `grok-verify explain [RULE]`: the rule catalogue for people. */
#include "analysis/rules.h"
#include "common.h"
#include "verify_cmds.h"

#include <stdio.h>
#include <string.h>

static const char *HELP = "usage: grok-verify explain [RULE]\n"
                          "\n"
                          "With RULE (an id such as borrow/use-after-move, or an E-code such as\n"
                          "E0382): what it means, an example and how to fix it. Without RULE:\n"
                          "every rule with its default severity and summary. A family (borrow,\n"
                          "borrow/*) lists that family's rules.\n"
                          "\n"
                          "exit status: 0 done, 2 unknown rule\n";

static void list(const char *pattern) {
    int n;
    const RuleInfo *all = rule_all(&n);
    for (int i = 0; i < n; i++)
        if (!pattern || rule_matches(pattern, all[i].id))
            printf("%-40s %-6s %-8s %s\n", all[i].id, all[i].code ? all[i].code : "-",
                   finding_severity_name(all[i].default_severity), all[i].summary);
}

int verify_cmd_explain(int argc, char **argv) {
    if (argc >= 2 && verify_is_help(argv[1])) {
        fputs(HELP, stdout);
        return EXIT_OK;
    }
    if (argc > 2)
        return tool_usage_error("grok-verify", "explain takes one rule, got %d arguments",
                                argc - 1);
    if (argc < 2) {
        list(NULL);
        return EXIT_OK;
    }
    const char *q = argv[1];
    const RuleInfo *r = rule_lookup(q);
    int n;
    const RuleInfo *all = rule_all(&n);
    for (int i = 0; i < n && !r; i++)
        if (all[i].code && strcmp(all[i].code, q) == 0)
            r = &all[i];
    if (r) {
        printf("%s%s%s%s (default severity: %s)\n\n%s\n\n%s\n", r->id, r->code ? " [" : "",
               r->code ? r->code : "", r->code ? "]" : "",
               finding_severity_name(r->default_severity), r->summary, r->help);
        return EXIT_OK;
    }
    bool family = false;
    for (int i = 0; i < n && !family; i++)
        family = rule_matches(q, all[i].id);
    if (family) {
        list(q);
        return EXIT_OK;
    }
    fprintf(stderr, "error: no rule `%s`\n", q);
    const char *slash = strchr(q, '/');
    if (slash) {
        char fam[128];
        snprintf(fam, sizeof(fam), "%.*s", (int)(slash - q), q);
        bool any = false;
        for (int i = 0; i < n; i++)
            any |= rule_matches(fam, all[i].id);
        if (any) {
            fprintf(stderr, "rules of the `%s` family:\n", fam);
            for (int i = 0; i < n; i++)
                if (rule_matches(fam, all[i].id))
                    fprintf(stderr, "  %s\n", all[i].id);
        }
    }
    fprintf(stderr, "\n`grok-verify explain` lists every rule.\n");
    return EXIT_USAGE;
}
