/* The progress display (see verify_progress.h). */
#include "verify_progress.h"

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

double progress_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void progress_init(Progress *p, int total, bool quiet) {
    memset(p, 0, sizeof(*p));
    p->total = total;
    p->quiet = quiet;
    p->tty = isatty(STDERR_FILENO);
    p->start = p->last = progress_now();
}

static void format_seconds(char *buf, size_t n, double s) {
    if (s < 60)
        snprintf(buf, n, "%.1fs", s);
    else
        snprintf(buf, n, "%dm%02ds", (int)(s / 60), (int)s % 60);
}

void progress_update(Progress *p, int done, int cached, int findings) {
    if (p->quiet || p->total == 0)
        return;
    double now = progress_now();
    double interval = p->tty ? 0.1 : 5.0;
    if (now - p->last < interval && done < p->total)
        return;
    if (!p->tty && done == p->total)
        return; /* the summary line says it */
    p->last = now;
    double elapsed = now - p->start;
    char el[32], eta[32] = "?";
    format_seconds(el, sizeof(el), elapsed);
    if (done > 0)
        format_seconds(eta, sizeof(eta), elapsed / done * (p->total - done));
    if (p->tty) {
        enum { WIDTH = 24 };
        char bar[WIDTH + 1];
        int fill = (int)((long long)done * WIDTH / p->total);
        for (int i = 0; i < WIDTH; i++)
            bar[i] = i < fill ? '=' : (i == fill ? '>' : ' ');
        bar[WIDTH] = 0;
        fprintf(stderr, "\r\x1b[K[%s] %d/%d files (%d cached), %d findings, %s elapsed, ETA %s",
                bar, done, p->total, cached, findings, el, eta);
        p->drawn = true;
    } else {
        fprintf(stderr, "grok-verify: %d/%d files (%d cached), %d findings, %s elapsed, ETA %s\n",
                done, p->total, cached, findings, el, eta);
    }
    fflush(stderr);
}

void progress_finish(Progress *p) {
    if (p->tty && p->drawn)
        fputs("\r\x1b[K", stderr);
    p->drawn = false;
}
