#!/usr/bin/env python3
"""How many of the bulk corpus's 64-byte blocks are *plain* for the tokenizer's
bulk count (`plain_starts` in src/tokenize.rs): every token start in them is a
clean start. The predicates are those of src/tokenize.rs, written again here
byte for byte (`is_start`, `is_clean_start`); blocks are cut from the corpus's
first byte (the count cuts them from token starts, so its share differs a
little).

    scripts/plain_blocks.py

Needs ../shared/corpus/bulk beside the repository.
"""

import os

BULK = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "corpus", "bulk")
b = b"".join(open(os.path.join(BULK, n), "rb").read() for n in ("2015-07-23.txt", "2015-07-27.txt"))
n = len(b)


def at(i):
    return b[i] if 0 <= i < n else 0


def continuation(x):
    return 0x80 <= x < 0xC0


def sure(x, y):  # surely_continues_arabic
    return (x + ((y >> 5) & 1)) & 0xFF == 0xD9


def space(x):  # is_ascii_space
    return x == 0x20 or 9 <= x <= 13


def clean(x, y):  # is_clean_start
    single = (0x21 <= x < 0x30 and x != 0x23) or x == 0x3A
    letter = (x == 0xD8 and y >= 0xA0) or (x == 0xD9 and 0x81 <= y <= 0x8A)
    pair = (x == 0xD8 and y == 0x8C) or (x == 0xC2 and y in (0xAB, 0xBB))
    return space(x) or single or letter or pair


odd = bytearray(n)
for i in range(n):
    p2, p1, x, y = at(i - 2), at(i - 1), b[i], at(i + 1)
    start = not continuation(x) and not (sure(x, y) and sure(p2, p1)) and not (space(x) and space(p1))
    odd[i] = start and not clean(x, y)
blocks = n // 64
plain = sum(1 for k in range(blocks) if not any(odd[k * 64 : (k + 1) * 64]))
print(f"{plain:,} of {blocks:,} blocks plain ({100 * plain / blocks:.1f}%)")
