#!/usr/bin/env python3
"""Checks that a PNG screenshot is not blank, with the standard library only.

Usage: png_stats.py FILE [--min-colors N] [--crop Y0 Y1 OUT]
Decodes the PNG (8-bit RGB/RGBA, non-interlaced, as Chromium writes
them), prints its size, the number of distinct pixel values and the share
of pixels that differ from the most common one (the background), and exits
1 when the picture is blank: fewer than N distinct values (default 16) or
under 2% of pixels off the background. --crop writes rows Y0..Y1 to OUT
(for looking at part of a tall screenshot).
"""
import struct
import sys
import zlib
from collections import Counter


def read_png(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path}: not a PNG file")
    pos, idat, header = 8, [], None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + length
    width, height, depth, color, _, _, interlace = header
    if depth != 8 or color not in (2, 6) or interlace:
        raise ValueError(f"{path}: unsupported PNG (depth {depth}, colour type {color})")
    bpp = 3 if color == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = width * bpp
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(height):
        ftype, line = raw[i], bytearray(raw[i + 1 : i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if ftype == 1:
                line[x] = (line[x] + a) & 0xFF
            elif ftype == 2:
                line[x] = (line[x] + b) & 0xFF
            elif ftype == 3:
                line[x] = (line[x] + (a + b) // 2) & 0xFF
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else b if pb <= pc else c
                line[x] = (line[x] + pred) & 0xFF
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, color, rows


def write_png(path, width, color, rows):
    raw = b"".join(b"\x00" + r for r in rows)

    def chunk(kind, body):
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", width, len(rows), 8, color, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(raw, 6)))
        f.write(chunk(b"IEND", b""))


def main(argv):
    path, min_colors = argv[1], 16
    if "--min-colors" in argv:
        min_colors = int(argv[argv.index("--min-colors") + 1])
    width, height, bpp, color, rows = read_png(path)
    if "--crop" in argv:
        k = argv.index("--crop")
        y0, y1, out = int(argv[k + 1]), int(argv[k + 2]), argv[k + 3]
        write_png(out, width, color, rows[y0:y1])
    pixels = Counter()
    for r in rows:
        for x in range(0, len(r), bpp):
            pixels[r[x : x + bpp]] += 1
    total = width * height
    background = pixels.most_common(1)[0][1]
    off = 1 - background / total
    print(f"{path}: {width}x{height}, {len(pixels)} distinct colours, "
          f"{off:.1%} of pixels off the background")
    if len(pixels) < min_colors or off < 0.02:
        print(f"{path}: the screenshot is blank", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
