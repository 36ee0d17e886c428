#!/usr/bin/env python3
"""Draws the two Teams app icons with the standard library only (no imaging packages needed).

color.png   192x192, full colour: a white signpost arrow on the accent colour.
outline.png  32x32, transparent background, the same arrow as a white outline (Teams tints it).

Run from this folder: python3 make_icons.py. The PNGs are committed; rerun only to change the design.
"""
import struct
import zlib

ACCENT = (0x1F, 0x6F, 0x8B)  # keep equal to accentColor in manifest.json
# The arrow, in units of the icon's side: a shaft and a head pointing right, like a signpost.
ARROW = [(0.20, 0.40), (0.56, 0.40), (0.56, 0.24), (0.82, 0.50), (0.56, 0.76), (0.56, 0.60), (0.20, 0.60)]


def inside(x, y, poly):
    """Even-odd rule."""
    hit = False
    for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            hit = not hit
    return hit


def edge_distance(x, y, poly):
    best = float("inf")
    for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1]):
        dx, dy = x2 - x1, y2 - y1
        t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
        px, py = x1 + t * dx, y1 + t * dy
        best = min(best, ((x - px) ** 2 + (y - py) ** 2) ** 0.5)
    return best


def coverage(size, px, py, test, samples=4):
    """Share of a pixel's sub-samples for which test(x, y) holds: simple anti-aliasing."""
    hits = 0
    for i in range(samples):
        for j in range(samples):
            if test((px + (i + 0.5) / samples) / size, (py + (j + 0.5) / samples) / size):
                hits += 1
    return hits / (samples * samples)


def png(size, pixel):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(size)) for y in range(size))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    # 8-bit RGBA (colour type 6), no interlace.
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def color_pixel(x, y):
    a = coverage(192, x, y, lambda u, v: inside(u, v, ARROW))
    return tuple(round(c + (255 - c) * a) for c in ACCENT) + (255,)


def outline_pixel(x, y):
    # A stroke about 2 px wide on a 32 px icon, drawn just inside the arrow's edge.
    stroke = 2.0 / 32
    a = coverage(32, x, y, lambda u, v: inside(u, v, ARROW) and edge_distance(u, v, ARROW) <= stroke)
    return (255, 255, 255, round(255 * a))


if __name__ == "__main__":
    with open("color.png", "wb") as f:
        f.write(png(192, color_pixel))
    with open("outline.png", "wb") as f:
        f.write(png(32, outline_pixel))
