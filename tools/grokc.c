/* grokc: the GrokLang reference compiler's command line. */
#include "common.h"
#include "grokc_fmt.h"
#include "grokc_front.h"
#include "grokc_run.h"
#include "lexer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *USAGE =
    "grokc: the GrokLang reference compiler\n"
    "\n"
    "usage: grokc <command> [options] FILE\n"
    "\n"
    "commands:\n"
    "  check FILE            parse and check FILE; report errors\n"
    "                        (--parse-only: stop after parsing and module loading)\n"
    "  emit tokens FILE      print the token stream\n"
    "  emit ast FILE         print the syntax tree (--no-spans: without positions)\n"
    "  emit ir FILE.gir      parse and verify IR text, print it back\n"
    "  emit bytecode-ir FILE.gir  compile IR text, print the bytecode\n"
    "  run-ir FILE.gir [-- ARGS]  run IR text on the VM (exit status = main's)\n"
    "  fmt FILE              print FILE in canonical GrokLang layout on stdout\n"
    "                        (--check: print nothing, exit 1 if FILE is not formatted;\n"
    "                        comments are kept, moved to the next statement, item,\n"
    "                        field or match arm when they sat inside an expression)\n"
    "\n"
    "options:\n"
    "  --error-format=text|json   how diagnostics are printed (default text)\n"
    "  --color=auto|always|never  colours in diagnostics (default auto: on a TTY)\n"
    "  --max-errors=N             show at most N errors, then how many more (default 100,\n"
    "                             0 = no limit)\n"
    "  -h, --help                 this help (also `grokc <command> --help`)\n"
    "  --version                  print the version\n"
    "\n"
    "exit status: 0 success, 1 compile error, 2 usage error, 101 panic\n";

typedef struct Options {
    DiagFormat format;
    bool color;
    const char *file;
    bool parse_only; /* check --parse-only */
    bool no_spans;   /* emit ast --no-spans */
    bool check;      /* fmt --check */
} Options;

/* Parses options common to every command; the one positional argument is
 * the input file. Returns -1 on success or an exit status. */
static int parse_common(int argc, char **argv, int start, Options *o) {
    const char *color_mode = NULL;
    o->format = DIAG_TEXT;
    o->file = NULL;
    o->parse_only = o->no_spans = o->check = false;
    diag_default_max_errors = 100;
    for (int i = start; i < argc; i++) {
        bool missing = false;
        const char *v;
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            fputs(USAGE, stdout);
            return 0;
        } else if ((v = tool_opt_value(argc, argv, &i, "--error-format", &missing))) {
            if (strcmp(v, "json") == 0)
                o->format = DIAG_JSON;
            else if (strcmp(v, "text") == 0)
                o->format = DIAG_TEXT;
            else
                return tool_usage_error("grokc",
                                        "unknown --error-format `%s` (expected text or json)", v);
        } else if ((v = tool_opt_value(argc, argv, &i, "--color", &missing))) {
            if (strcmp(v, "auto") && strcmp(v, "always") && strcmp(v, "never"))
                return tool_usage_error("grokc",
                                        "unknown --color `%s` (expected auto, always or never)", v);
            color_mode = v;
        } else if ((v = tool_opt_value(argc, argv, &i, "--max-errors", &missing))) {
            char *end;
            long n = strtol(v, &end, 10);
            if (!*v || *end || n < 0 || n > 1000000000)
                return tool_usage_error("grokc", "--max-errors needs a count, not `%s`", v);
            diag_default_max_errors = (int)n;
        } else if (strcmp(argv[i], "--check") == 0 && strcmp(argv[1], "fmt") == 0) {
            o->check = true;
        } else if (strcmp(argv[i], "--parse-only") == 0 && strcmp(argv[1], "check") == 0) {
            o->parse_only = true;
        } else if (strcmp(argv[i], "--no-spans") == 0 && strcmp(argv[1], "emit") == 0) {
            o->no_spans = true;
        } else if (missing) {
            return tool_usage_error("grokc", "option `%s` needs a value", argv[i]);
        } else if (argv[i][0] == '-' && argv[i][1] != 0) {
            return tool_usage_error("grokc", "unknown option `%s`", argv[i]);
        } else if (o->file) {
            return tool_usage_error("grokc", "more than one input file (`%s` and `%s`)", o->file,
                                    argv[i]);
        } else {
            o->file = argv[i];
        }
    }
    o->color = tool_stderr_color(color_mode);
    if (!o->file)
        return tool_usage_error("grokc", "no input file given");
    return -1;
}

static int cmd_emit_tokens(Options *o) {
    SourceMap *sm = source_map_new();
    Arena *arena = arena_new();
    DiagSink diags;
    diag_sink_init(&diags, sm, arena);
    char err[512];
    int file = source_load(sm, o->file, err, sizeof err);
    int status = 0;
    if (file < 0) {
        diag_plain_error(stderr, o->color, "%s", err);
        status = 1;
    } else {
        lex_dump(sm, (uint32_t)file, arena, &diags, stdout);
        diag_render(&diags, stderr, o->format, o->color);
        status = diags.nerrors ? 1 : 0;
    }
    diag_sink_free(&diags);
    arena_free(arena);
    source_map_free(sm);
    return status;
}

int main(int argc, char **argv) {
    if (argc < 2)
        return tool_usage_error("grokc", "no command given");
    const char *cmd = argv[1];
    if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0) {
        fputs(USAGE, stdout);
        return 0;
    }
    if (strcmp(cmd, "--version") == 0) {
        printf("grokc %s\n", GROK_VERSION);
        return 0;
    }
    Options o;
    int r;
    if (strcmp(cmd, "emit") == 0) {
        if (argc < 3)
            return tool_usage_error(
                "grokc", "`grokc emit` needs what to emit: tokens, ast, ir or bytecode-ir");
        if (strcmp(argv[2], "--help") == 0 || strcmp(argv[2], "-h") == 0) {
            fputs(USAGE, stdout);
            return 0;
        }
        if (strcmp(argv[2], "bytecode-ir") == 0)
            return grokc_emit_bytecode_ir(argc, argv, 3);
        if (strcmp(argv[2], "ir") == 0)
            return grokc_emit_ir_text(argc, argv, 3);
        if ((r = parse_common(argc, argv, 3, &o)) >= 0)
            return r;
        if (strcmp(argv[2], "tokens") == 0)
            return cmd_emit_tokens(&o);
        if (strcmp(argv[2], "ast") == 0)
            return grokc_emit_ast(o.file, o.format, o.color, !o.no_spans);
        return tool_usage_error(
            "grokc", "unknown emit kind `%s` (expected tokens, ast, ir or bytecode-ir)", argv[2]);
    }
    if (strcmp(cmd, "run-ir") == 0)
        return grokc_run_ir(argc, argv, 2);
    if (strcmp(cmd, "check") == 0) {
        if ((r = parse_common(argc, argv, 2, &o)) >= 0)
            return r;
        return grokc_check(o.file, o.format, o.color, o.parse_only);
    }
    if (strcmp(cmd, "fmt") == 0) {
        if ((r = parse_common(argc, argv, 2, &o)) >= 0)
            return r;
        return grokc_fmt(o.file, o.format, o.color, o.check);
    }
    return tool_usage_error("grokc", "unknown command `%s`", cmd);
}
