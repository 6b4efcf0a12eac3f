#!/usr/bin/python3
"""Generates data/words.bin, the English word list features of the entity
tagger, from Debian's wamerican package (/usr/share/dict/american-english,
SCOWL word list), the given names of Debian's python3-fake-factory
(Faker's en and en_US person providers, 6,824 names) and the city names
of Debian's libgweather-4-common (Locations.xml); see data/README.md for
their licences.

  apt-get install wamerican python3-fake-factory libgweather-4-common
  /usr/bin/python3 tools/gen_words.py > data/words.bin

Four Bloom filters (2 probes each) over ASCII-lower-cased words: words
listed in lower case (common words), words listed capitalised (proper
nouns), given names, and city names (words joined by one space). The hash is ner_hash() of ext/core/ner_feat.c
(seed 1, the h_lower hash).

File: "NLPWORDS" | uint32 bits | uint32 reserved | 4 x (2^bits / 8) bytes.
"""
import struct
import sys

BITS = 20
M32 = 0xFFFFFFFF


def ner_hash(b, seed):
    h = 2166136261 ^ seed
    for c in b:
        h ^= c
        h = (h * 16777619) & M32
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & M32
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & M32
    h ^= h >> 16
    return h


def probes(h):
    h2 = ((h ^ (h >> 15)) * 0x2C1B3C6D) & M32
    h2 ^= h2 >> 12
    mask = (1 << BITS) - 1
    return h & mask, h2 & mask


def main():
    size = 1 << BITS
    low = bytearray(size // 8)
    cap = bytearray(size // 8)
    with open("/usr/share/dict/american-english", encoding="utf-8") as f:
        for w in f:
            w = w.strip()
            if not w or "'" in w or not w.isascii():
                continue
            target = cap if w[0].isupper() else low
            for p in probes(ner_hash(w.lower().encode(), 1)):
                target[p >> 3] |= 1 << (p & 7)
    names = bytearray(size // 8)
    from faker.providers.person.en import Provider as En
    from faker.providers.person.en_US import Provider as EnUS

    given = set(En.first_names) | set(EnUS.first_names_female)
    given |= set(EnUS.first_names_male)
    for w in sorted(given):
        if not w.isascii():
            continue
        for p in probes(ner_hash(w.lower().encode(), 1)):
            names[p >> 3] |= 1 << (p & 7)
    import xml.etree.ElementTree as ET

    cities = bytearray(size // 8)
    tree = ET.parse("/usr/share/libgweather-4/Locations.xml")
    cnames = set()
    for el in tree.iter("city"):
        for tag in ("_name", "name"):
            n = el.find(tag)
            if n is not None and n.text and n.text.isascii():
                cnames.add(" ".join(n.text.lower().split()))
    for w in sorted(cnames):
        for p in probes(ner_hash(w.encode(), 1)):
            cities[p >> 3] |= 1 << (p & 7)
    out = sys.stdout.buffer
    out.write(b"NLPWORDS" + struct.pack("<II", BITS, 0))
    out.write(low)
    out.write(cap)
    out.write(names)
    out.write(cities)


if __name__ == "__main__":
    main()
