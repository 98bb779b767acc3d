/* The catalogue of checker rules: every rule id grok-verify can report,
 * with its E-code, default severity, one-line summary and help text. Used
 * by `grok-verify explain RULE`, SARIF rule metadata, severity overrides
 * from grok.toml, and --rules / --exclude-rules validation. */
#ifndef GROK_RULES_H
#define GROK_RULES_H

#include "finding.h"

typedef struct RuleInfo {
    const char *id; /* "borrow/use-after-move" */
    const char *code; /* "E0382" or NULL */
    FindingSeverity default_severity;
    const char *summary; /* one line */
    const char *help; /* a paragraph: what it means, an example, how to fix */
} RuleInfo;

const RuleInfo *rule_lookup(const char *id);
/* All rules, sorted by id. */
const RuleInfo *rule_all(int *count);
/* True when PATTERN names ID itself, its family (`borrow`, or `borrow/`
 * followed by a star) or everything (a lone star). */
int rule_matches(const char *pattern, const char *id);

#endif
