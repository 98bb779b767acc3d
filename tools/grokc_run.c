/* The IR-level commands of grokc: run a .gir program on the VM, print its
 * bytecode, or print it back as IR text (parse + verify + print). */
#include "grokc_run.h"

#include "bytecode_emit.h"
#include "common.h"
#include "ir_text.h"
#include "ir_verify.h"
#include "opt/opt.h"
#include "runtime/vm.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct RunOptions {
    const char *file;
    DiagFormat format;
    bool color;
    bool check_leaks;
    int prog_argc; /* arguments after `--` */
    char **prog_argv;
    int opt_level;       /* -O0..-O2 */
    bool verify_each;    /* verify the IR after every pass */
    const char **passes; /* `grokc opt --pass NAME`, in order */
    int npasses;
} RunOptions;

#define MAX_PASSES 32

static int parse_options(int argc, char **argv, int first, RunOptions *o, bool allow_rest) {
    static const char *passes[MAX_PASSES];
    const char *color_mode = NULL;
    memset(o, 0, sizeof *o);
    o->passes = passes;
    o->format = DIAG_TEXT;
#ifndef NDEBUG
    o->check_leaks = true;
#endif
    for (int i = first; i < argc; i++) {
        bool missing = false;
        const char *v;
        if (strcmp(argv[i], "--") == 0 && allow_rest) {
            o->prog_argc = argc - i - 1;
            o->prog_argv = argv + i + 1;
            break;
        } else if (strcmp(argv[i], "--check-leaks") == 0) {
            o->check_leaks = true;
        } else if (strcmp(argv[i], "-O0") == 0 || strcmp(argv[i], "-O1") == 0 ||
                   strcmp(argv[i], "-O2") == 0) {
            o->opt_level = argv[i][2] - '0';
        } else if (strcmp(argv[i], "--verify-each") == 0) {
            o->verify_each = true;
        } else if ((v = tool_opt_value(argc, argv, &i, "--pass", &missing))) {
            if (!opt_pass_find(v))
                return tool_usage_error("grokc", "unknown optimizer pass `%s` (see `grokc --help`)",
                                        v);
            if (o->npasses == MAX_PASSES)
                return tool_usage_error("grokc", "more than %d `--pass` options", MAX_PASSES);
            o->passes[o->npasses++] = v;
        } else if ((v = tool_opt_value(argc, argv, &i, "--debug-pass", &missing))) {
            if (!opt_debug_enable(v, stderr))
                return tool_usage_error("grokc", "unknown optimizer pass `%s` for --debug-pass",
                                        v);
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

typedef struct Loaded {
    SourceMap *sm;
    Arena *arena;
    DiagSink diags;
    IrModule *m;
    int file;
} Loaded;

static void loaded_free(Loaded *l) {
    diag_sink_free(&l->diags);
    arena_free(l->arena);
    source_map_free(l->sm);
}

/* Renders verifier errors: with a snippet when the location is in the .gir
 * text itself, else as file:line:col. */
static void report_verify(Loaded *l, const RunOptions *o, IrVerifyResult *vr) {
    SourceFile *sf = source_file(l->sm, (uint32_t)l->file);
    for (int i = 0; i < vr->nerrors; i++) {
        IrVerifyError *ve = &vr->errors[i];
        const char *where = ve->block ? arena_printf(l->arena, "in `@%s`, block `%s`",
                                                     ve->func->name, ve->block->name)
                                      : arena_printf(l->arena, "in `@%s`", ve->func->name);
        if (ve->loc.implicit && ve->loc.line && ve->loc.line <= sf->nlines) {
            uint32_t off = sf->line_starts[ve->loc.line - 1] + ve->loc.col - 1;
            uint32_t end = off;
            while (end < sf->len && sf->text[end] != '\n' && sf->text[end] != ' ')
                end++;
            Span sp = {(uint32_t)l->file, off, end > off ? end : off + 1};
            Diag *d = diag_error(&l->diags, sp, "E0901", "ir/verify", NULL, "%s", ve->msg);
            diag_note(&l->diags, d, "%s", where);
        } else {
            const char *file = ve->loc.line && ve->loc.file < (uint32_t)l->m->nfiles
                                   ? l->m->files[ve->loc.file]
                                   : sf->path;
            Span sp = {(uint32_t)l->file, 0, 0};
            Diag *d = diag_error(&l->diags, sp, "E0901", "ir/verify", NULL, "%s", ve->msg);
            diag_note(&l->diags, d, "%s, at %s:%u:%u", where, file, ve->loc.line, ve->loc.col);
        }
    }
    diag_render(&l->diags, stderr, o->format, o->color);
}

/* Runs the passes named by --pass (each on every function, in order), else
 * the -O pipeline. A verifier failure after a pass is an internal error. */
static int optimize(const RunOptions *o, Loaded *l) {
    char err[768];
    int r = 0;
    if (o->npasses) {
        for (int k = 0; k < o->npasses && r >= 0; k++)
            for (int i = 0; i < l->m->nfuncs && r >= 0; i++)
                r = opt_run_pass(l->m, l->m->funcs[i], opt_pass_find(o->passes[k]), o->verify_each,
                                 err, sizeof err);
    } else {
        r = opt_run_pipeline(l->m, o->opt_level, o->verify_each, err, sizeof err);
    }
    if (r < 0) {
        diag_plain_error(stderr, o->color, "%s: internal optimizer error: %s", o->file, err);
        return EXIT_COMPILE_ERROR;
    }
    return 0;
}

/* Parses, verifies and optimizes; returns 0 or the exit status of the
 * failure. */
static int load(const RunOptions *o, Loaded *l) {
    l->sm = source_map_new();
    l->arena = arena_new();
    diag_sink_init(&l->diags, l->sm, l->arena);
    l->m = NULL;
    char err[512];
    l->file = source_load(l->sm, o->file, err, sizeof err);
    if (l->file < 0) {
        diag_plain_error(stderr, o->color, "%s", err);
        return EXIT_COMPILE_ERROR;
    }
    l->m = ir_parse(l->sm, (uint32_t)l->file, l->arena, &l->diags);
    if (!l->m) {
        diag_render(&l->diags, stderr, o->format, o->color);
        return EXIT_COMPILE_ERROR;
    }
    IrVerifyResult vr;
    if (ir_verify(l->m, &vr)) {
        report_verify(l, o, &vr);
        return EXIT_COMPILE_ERROR;
    }
    return optimize(o, l);
}

static BcProgram *compile(const RunOptions *o, Loaded *l) {
    char err[256];
    BcProgram *p = bc_emit(l->m, o->file, err, sizeof err);
    if (!p)
        diag_plain_error(stderr, o->color, "%s: %s", o->file, err);
    return p;
}

int grokc_run_ir(int argc, char **argv, int first) {
    RunOptions o;
    int r = parse_options(argc, argv, first, &o, true);
    if (r >= 0)
        return r;
    Loaded l;
    int status = load(&o, &l);
    if (status) {
        loaded_free(&l);
        return status;
    }
    IrFunc *main_fn = ir_func_find(l.m, "main");
    if (!main_fn || main_fn->type->nelems != 0) {
        diag_plain_error(stderr, o.color, "%s: %s", o.file,
                         main_fn ? "`@main` must take no parameters" : "no `@main` function");
        loaded_free(&l);
        return EXIT_COMPILE_ERROR;
    }
    bool int_result = ir_type_is_int(main_fn->ret);
    BcProgram *p = compile(&o, &l);
    loaded_free(&l);
    if (!p)
        return EXIT_COMPILE_ERROR;
    char **pargv = xmalloc(sizeof(char *) * (size_t)(o.prog_argc + 1));
    pargv[0] = (char *)o.file;
    for (int i = 0; i < o.prog_argc; i++)
        pargv[i + 1] = o.prog_argv[i];
    uint64_t result = vm_run(p, p->main_index, o.prog_argc + 1, pargv);
    free(pargv);
    rt_flush();
    bc_program_free(p);
    if (o.check_leaks && rt_live_objects() != 0) {
        fprintf(stderr, "grokc: %lld heap object%s still live when `main` returned\n",
                (long long)rt_live_objects(), rt_live_objects() == 1 ? "" : "s");
        /* Already reported; skip LeakSanitizer's second report of the same
         * objects (they belong to the program, not to grokc). */
        fflush(stdout);
        fflush(stderr);
        _exit(EXIT_COMPILE_ERROR);
    }
    return int_result ? (int)(result & 0xff) : 0;
}

int grokc_emit_bytecode_ir(int argc, char **argv, int first) {
    RunOptions o;
    int r = parse_options(argc, argv, first, &o, false);
    if (r >= 0)
        return r;
    Loaded l;
    int status = load(&o, &l);
    if (status) {
        loaded_free(&l);
        return status;
    }
    BcProgram *p = compile(&o, &l);
    loaded_free(&l);
    if (!p)
        return EXIT_COMPILE_ERROR;
    bc_disassemble(p, stdout);
    bc_program_free(p);
    return 0;
}

int grokc_opt(int argc, char **argv, int first) {
    RunOptions o;
    int r = parse_options(argc, argv, first, &o, false);
    if (r >= 0)
        return r;
    if (!o.npasses)
        return tool_usage_error("grokc", "`grokc opt` needs at least one `--pass NAME`");
    Loaded l;
    int status = load(&o, &l);
    if (!status)
        ir_print_module(l.m, stdout);
    loaded_free(&l);
    return status;
}

int grokc_emit_ir_text(int argc, char **argv, int first) {
    RunOptions o;
    int r = parse_options(argc, argv, first, &o, false);
    if (r >= 0)
        return r;
    Loaded l;
    int status = load(&o, &l);
    if (!status)
        ir_print_module(l.m, stdout);
    loaded_free(&l);
    return status;
}
