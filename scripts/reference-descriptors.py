#!/usr/bin/env python3
"""Reference values for DescriptorCalculatorTests and docs/descriptors.md.

Computes the composition descriptors of well-known glasses straight from the shared source files
(not from alloy-core's generated tables), as an independent check of the Java code.

    python3 scripts/reference-descriptors.py [ELEMENTS_DIR]   # default ../shared/data/elements
"""

import csv
import math
import re
import sys
from pathlib import Path

GLASSES = [
    "Zr41.2Ti13.8Cu12.5Ni10Be22.5",
    "Cu50Zr50",
    "Pd40Ni40P20",
    "Cu46Zr46Al8",
    "Pd40Cu30Ni10P20",
    "Mg65Cu25Y10",
    "La55Al25Ni20",
    "Fe80B20",
    "Zr55Cu30Al10Ni5",
    "Ni62Nb38",
    "Zr65Al7.5Ni10Cu17.5",
    "Pt42.5Cu27Ni9.5P21",
]
R = 8.314462618


def main():
    root = Path(__file__).resolve().parent.parent
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else root / ".." / "shared" / "data" / "elements"
    with (source / "elements_magpie_merged.csv").open(encoding="utf-8") as f:
        elements = {row["symbol"]: row for row in csv.DictReader(f)}
    pairs = {}
    for line in (source / "MiedemaLiquidDeltaHf.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        a, b, dh = line.split()
        pairs[frozenset((a, b))] = float(dh)

    print("formula,delta_pct,dHmix_kJ_mol,dSmix_J_molK,dchi,vec,tm_mean_K,weight_mean")
    for formula in GLASSES:
        amounts = {el: float(n) for el, n in re.findall(r"([A-Z][a-z]?)([0-9.]+)", formula)}
        total = sum(amounts.values())
        x = {el: n / total for el, n in amounts.items()}
        els = list(x)

        def prop(column):
            return {el: float(elements[el][column]) for el in els}

        r = prop("miracle_radius_pm")
        chi = prop("pauling_electronegativity")
        tm = prop("melting_point_K")
        w = prop("atomic_weight")
        vec = {el: 3 if 57 <= int(elements[el]["Z"]) <= 71 else
               sum(int(elements[el][c]) for c in ("ns_valence", "np_valence", "nd_valence")) for el in els}
        rbar = sum(x[e] * r[e] for e in els)
        delta = 100 * math.sqrt(sum(x[e] * (1 - r[e] / rbar) ** 2 for e in els))
        dh = sum(4 * x[a] * x[b] * pairs[frozenset((a, b))]
                 for i, a in enumerate(els) for b in els[i + 1:])
        ds = -R * sum(x[e] * math.log(x[e]) for e in els)
        chibar = sum(x[e] * chi[e] for e in els)
        dchi = math.sqrt(sum(x[e] * (chi[e] - chibar) ** 2 for e in els))
        print("%s,%.6f,%.6f,%.6f,%.6f,%.4f,%.4f,%.4f" % (
            formula, delta, dh, ds, dchi, sum(x[e] * vec[e] for e in els),
            sum(x[e] * tm[e] for e in els), sum(x[e] * w[e] for e in els)))


if __name__ == "__main__":
    main()
