#!/usr/bin/env python3
"""Pools the linear-time tables of several ./run.sh bench logs of the same
code: the best MB/s of each case (function, input, size) over all logs, and
the min/max ratio of the three sizes. On a shared machine whose speed moves
by 20-50% for minutes, the best of more runs is the steadier estimate.

    python3 bench/pool.py run1.log run2.log ...
"""
import collections
import re
import sys


def main(paths):
    best = collections.defaultdict(float)
    seen = collections.defaultdict(int)
    order = []
    for path in paths:
        in_table = False
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("Linear time"):
                    in_table = True
                elif line and not line.startswith("|") and line.strip():
                    in_table = line.startswith("Linear time")
                if not in_table or not line.startswith("| C "):
                    continue
                cols = [c.strip() for c in line.strip().strip("|").split("|")]
                m = re.match(r"(.*) (1|10|100) MB$", cols[1])
                if not m:
                    continue
                key = (m.group(1), cols[0])
                if key not in order:
                    order.append(key)
                case = key + (m.group(2),)
                best[case] = max(best[case], float(cols[4]))
                seen[case] += 1
    worst = 1.0
    print("| function | input | 1 MB | 10 MB | 100 MB | min/max | runs |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for kind, fn in order:
        v = [best[(kind, fn, s)] for s in ("1", "10", "100")]
        if min(v) <= 0:
            continue
        r = min(v) / max(v)
        worst = min(worst, r)
        n = min(seen[(kind, fn, s)] for s in ("1", "10", "100"))
        print(f"| {fn[2:]} | {kind} | {v[0]:.1f} | {v[1]:.1f} | {v[2]:.1f} | {r:.2f} | {n} |")
    print(f"\nworst min/max = {worst:.2f} "
          f"({'all within 25%' if worst >= 0.75 else 'NOT all within 25%'})")


if __name__ == "__main__":
    main(sys.argv[1:])
