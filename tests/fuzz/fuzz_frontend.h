/* The lexer+parser fuzz entry (fuzz_frontend.c), shared by the libFuzzer
 * build and the corpus replay driver (replay.c). */
#ifndef GROK_FUZZ_FRONTEND_H
#define GROK_FUZZ_FRONTEND_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif
