/* `grok-verify rustc-facts`: the borrow rules on rustc's -Znll-facts dumps. */
#ifndef GROK_VERIFY_RUSTC_FACTS_H
#define GROK_VERIFY_RUSTC_FACTS_H

/* ARGV[0] is "rustc-facts". Returns 0 (no error), 1 (errors found or a
 * function UNKNOWN) or 2 (usage or input error). */
int verify_cmd_rustc_facts(int argc, char **argv);

#endif
