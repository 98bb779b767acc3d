/* `verify`, `equiv` and `ai`: their checkers (the IR-to-Z3 encoder, the
 * equivalence checker and the AI rewrite gate) belong to later issues.
 * Until then the commands explain themselves and fail with status 2; they
 * never print a verdict they did not compute. */
#include "common.h"
#include "verify_cmds.h"

#include <stdio.h>

static int pending(int argc, char **argv, const char *help, const char *needs) {
    for (int i = 1; i < argc; i++)
        if (verify_is_help(argv[i])) {
            fputs(help, stdout);
            return EXIT_OK;
        }
    fprintf(stderr,
            "error: `grok-verify %s` is not available yet: it needs %s, which is not built yet\n",
            argv[0], needs);
    return EXIT_USAGE;
}

int verify_cmd_verify(int argc, char **argv) {
    return pending(argc, argv,
                   "usage: grok-verify verify [OPTIONS] PATHS...\n"
                   "\n"
                   "Proves functions' #[requires]/#[ensures] contracts and the absence of\n"
                   "panics (safety/*) with Z3, and validates every optimizer pass on them\n"
                   "(verify/pass-*). Verdicts: PROVED, REFUTED with a counterexample, or\n"
                   "UNKNOWN with the reason.\n"
                   "\n"
                   "Not available yet: needs the IR-to-Z3 encoder and the safety checker.\n",
                   "the IR-to-Z3 encoder and the safety checker (verify/, analysis/safety)");
}

int verify_cmd_equiv(int argc, char **argv) {
    return pending(argc, argv,
                   "usage: grok-verify equiv FILE_A::FN FILE_B::FN [OPTIONS]\n"
                   "\n"
                   "Checks that two functions have the same outcome (value, &mut contents,\n"
                   "output, panic) on every input: PROVED, REFUTED with a counterexample\n"
                   "confirmed on the VM, or UNKNOWN with the reason.\n"
                   "\n"
                   "Not available yet: needs the equivalence checker.\n",
                   "the equivalence checker (verify/equiv)");
}

int verify_cmd_ai(int argc, char **argv) {
    return pending(argc, argv,
                   "usage: grok-verify ai [OPTIONS] PATHS...\n"
                   "\n"
                   "Runs the #[ai_optimize] gate: candidate rewrite (offline, command:PROG or\n"
                   "http backend from grok.toml [ai]), then the type+borrow gate, the\n"
                   "equivalence gate and the benchmark gate.\n"
                   "\n"
                   "Not available yet: needs the AI rewrite gate and the equivalence checker.\n",
                   "the AI rewrite gate and the equivalence checker (verify/ai, verify/equiv)");
}
