/* Integer semantics of every width, shared by the VM's generic opcodes.
 * Values are normalized 64-bit slots; K is the kind code of bytecode.h
 * (0 i8, 1 i16, 2 i32, 3 i64, 4 u8, 5 u16, 6 u32, 7 u64). Each checked
 * operation returns false where Rust's debug build would panic. */
#ifndef GROK_VM_INT_H
#define GROK_VM_INT_H

#include <stdbool.h>
#include <stdint.h>

static inline bool vk_signed(uint32_t k) {
    return k < 4;
}

static inline int vk_bits(uint32_t k) {
    return 8 << (k & 3);
}

static inline uint64_t vk_norm(uint32_t k, uint64_t v) {
    switch (k) {
    case 0:
        return (uint64_t)(int64_t)(int8_t)v;
    case 1:
        return (uint64_t)(int64_t)(int16_t)v;
    case 2:
        return (uint64_t)(int64_t)(int32_t)v;
    case 4:
        return v & 0xff;
    case 5:
        return v & 0xffff;
    case 6:
        return v & 0xffffffffu;
    default:
        return v;
    }
}

static inline uint64_t vk_min(uint32_t k) {
    if (!vk_signed(k))
        return 0;
    return k == 3 ? (uint64_t)INT64_MIN : (uint64_t)(-((int64_t)1 << (vk_bits(k) - 1)));
}

static inline uint64_t vk_max(uint32_t k) {
    int b = vk_bits(k);
    if (vk_signed(k))
        return b == 64 ? (uint64_t)INT64_MAX : ((uint64_t)1 << (b - 1)) - 1;
    return b == 64 ? UINT64_MAX : ((uint64_t)1 << b) - 1;
}

static inline bool vk_add(uint32_t k, uint64_t a, uint64_t b, uint64_t *r) {
    if (k == 3) {
        int64_t x;
        bool o = __builtin_add_overflow((int64_t)a, (int64_t)b, &x);
        *r = (uint64_t)x;
        return !o;
    }
    if (k == 7)
        return !__builtin_add_overflow(a, b, r);
    *r = a + b;
    return vk_norm(k, *r) == *r;
}

static inline bool vk_sub(uint32_t k, uint64_t a, uint64_t b, uint64_t *r) {
    if (k == 3) {
        int64_t x;
        bool o = __builtin_sub_overflow((int64_t)a, (int64_t)b, &x);
        *r = (uint64_t)x;
        return !o;
    }
    if (k == 7)
        return !__builtin_sub_overflow(a, b, r);
    *r = a - b;
    return vk_norm(k, *r) == *r;
}

static inline bool vk_mul(uint32_t k, uint64_t a, uint64_t b, uint64_t *r) {
    if (k == 3) {
        int64_t x;
        bool o = __builtin_mul_overflow((int64_t)a, (int64_t)b, &x);
        *r = (uint64_t)x;
        return !o;
    }
    if (k == 7)
        return !__builtin_mul_overflow(a, b, r);
    if (vk_signed(k))
        *r = (uint64_t)((int64_t)a * (int64_t)b);
    else
        *r = a * b;
    return vk_norm(k, *r) == *r;
}

/* Division: 0 = ok, 1 = divide by zero, 2 = overflow (MIN / -1). */
static inline int vk_div(uint32_t k, uint64_t a, uint64_t b, uint64_t *r, bool rem) {
    if (b == 0)
        return 1;
    if (vk_signed(k)) {
        if (a == vk_min(k) && (int64_t)b == -1)
            return 2;
        *r = rem ? (uint64_t)((int64_t)a % (int64_t)b) : (uint64_t)((int64_t)a / (int64_t)b);
    } else {
        *r = rem ? a % b : a / b;
    }
    return 0;
}

static inline uint64_t vk_wrap_div(uint32_t k, uint64_t a, uint64_t b, bool rem) {
    uint64_t r;
    int s = vk_div(k, a, b, &r, rem);
    if (s == 2)
        return rem ? 0 : a;
    return r;
}

static inline uint64_t vk_shl(uint32_t k, uint64_t a, uint64_t n) {
    return vk_norm(k, a << n);
}

static inline uint64_t vk_shr(uint32_t k, uint64_t a, uint64_t n) {
    return vk_signed(k) ? (uint64_t)((int64_t)a >> n) : a >> n;
}

/* The clamp value when an operation overflowed: direction from the signs. */
static inline uint64_t vk_sat_add(uint32_t k, uint64_t a, uint64_t b) {
    uint64_t r;
    if (vk_add(k, a, b, &r))
        return r;
    if (!vk_signed(k))
        return vk_max(k);
    return (int64_t)b > 0 ? vk_max(k) : vk_min(k);
}

static inline uint64_t vk_sat_sub(uint32_t k, uint64_t a, uint64_t b) {
    uint64_t r;
    if (vk_sub(k, a, b, &r))
        return r;
    if (!vk_signed(k))
        return 0;
    return (int64_t)b < 0 ? vk_max(k) : vk_min(k);
}

static inline uint64_t vk_sat_mul(uint32_t k, uint64_t a, uint64_t b) {
    uint64_t r;
    if (vk_mul(k, a, b, &r))
        return r;
    if (!vk_signed(k))
        return vk_max(k);
    return (((int64_t)a < 0) != ((int64_t)b < 0)) ? vk_min(k) : vk_max(k);
}

#endif
