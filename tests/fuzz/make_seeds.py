#!/usr/bin/env python3
"""Writes seed inputs for fuzz_folders from the history fixture folders, or (--copy) for
fuzz_copy: binary COPY streams of one int8 column ([chunk size byte][stream]).

Each seed is [format index][records: name length, name, content length (2 bytes LE), content],
the layout fuzz_folders.cpp reads. The format index must match FolderFormat::all()'s order,
which `strata-cli history --help` does not print, so every fixture is written once per
format index: the fuzzer sees each folder under every parser.
    tests/fuzz/make_seeds.py OUT_DIR [FORMAT_COUNT]
    tests/fuzz/make_seeds.py --copy OUT_DIR"""
import os, struct, sys


def copy_seeds(out):
    os.makedirs(out, exist_ok=True)
    header = b'PGCOPY\n\xff\r\n\x00' + struct.pack('>ii', 0, 0)
    def tup(v):
        return struct.pack('>hiq', 1, 8, v)
    null = struct.pack('>hi', 1, -1)
    end = struct.pack('>h', -1)
    seeds = {
        'empty': header + end,
        'three': header + tup(1) + tup(-5) + tup(1) + end,
        'nulls': header + null + tup(7) + null + tup(7) + end,
        'cut': header + tup(42),
        'two-columns': header + struct.pack('>hiqiq', 2, 8, 1, 8, 2) + end,
    }
    for i, (name, data) in enumerate(seeds.items()):
        with open(os.path.join(out, name + '.bin'), 'wb') as fh:
            fh.write(bytes([i * 5]) + data)


if len(sys.argv) > 1 and sys.argv[1] == '--copy':
    copy_seeds(sys.argv[2])
    sys.exit(0)

here = os.path.dirname(os.path.abspath(__file__))
fixtures = os.path.join(here, '..', 'fixtures', 'history')
out = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 10
os.makedirs(out, exist_ok=True)
for name in sorted(os.listdir(fixtures)):
    folder = os.path.join(fixtures, name)
    if not os.path.isdir(folder):
        continue
    records = b''
    for dirpath, _, files in os.walk(folder):
        for f in sorted(files):
            rel = os.path.relpath(os.path.join(dirpath, f), folder).encode()
            data = open(os.path.join(dirpath, f), 'rb').read()[:4000]
            if len(rel) > 255:
                continue
            records += bytes([len(rel)]) + rel + len(data).to_bytes(2, 'little') + data
    for i in range(count):
        with open(os.path.join(out, f'{name}-{i}.bin'), 'wb') as fh:
            fh.write(bytes([i]) + records)
