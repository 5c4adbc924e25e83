#!/usr/bin/env python3
"""Writes the mining development corpus (benchmarks/src/main/resources/mining/dev-corpus.jsonl).

Every passage was written for this project in the style of metallic-glass papers; none is copied
from a publication. Values are typical of the alloys named but are not quoted data. Gold records
list, per alloy, the values the passage states explicitly (temperatures in K, °C converted with
+273.15; Dmax in mm; heating rate in K/min). Ranges, differences, ΔTx, Tp, Tm, Trg, annealing and
cooling values are deliberately not gold.
"""
import json, os

C = 273.15
def R(comp, tg=None, tx=None, tl=None, dmax=None, hr=None):
    return {"composition": comp, "Tg_K": tg, "Tx_K": tx, "Tl_K": tl, "Dmax_mm": dmax, "heating_rate_K_min": hr}

P = []
def add(pid, tags, text, *gold):
    P.append({"id": pid, "tags": tags, "text": text, "gold": list(gold)})

# --- single alloy, explicit values -------------------------------------------------------------
add("d01", ["single", "kelvin", "heating-rate"],
    "The Zr41.2Ti13.8Cu12.5Ni10Be22.5 bulk metallic glass exhibits a glass transition temperature of 623 K "
    "when heated at 20 K/min in the DSC.",
    R("Zr41.2Ti13.8Cu12.5Ni10Be22.5", tg=623, hr=20))
add("d02", ["list", "kelvin"],
    "For the as-cast Cu46Zr46Al8 rod, Tg, Tx and Tl were determined to be 701, 780 and 1163 K.",
    R("Cu46Zr46Al8", tg=701, tx=780, tl=1163))
add("d03", ["celsius", "lookalike"],
    "Pd40Cu30Ni10P20 shows a glass transition at 302 °C, followed by the onset of crystallization at 388 °C; "
    "the supercooled liquid region ΔTx therefore spans 86 K.",
    R("Pd40Cu30Ni10P20", tg=302 + C, tx=388 + C))
add("d04", ["equals", "heating-rate"],
    "DSC traces of Mg65Cu25Gd10 recorded at 40 K/min give Tg = 421 K, Tx = 480 K and Tl = 740 K.",
    R("Mg65Cu25Gd10", tg=421, tx=480, tl=740, hr=40))
add("d05", ["dmax"],
    "Fully amorphous rods of Mg65Cu25Gd10 could be cast with a critical diameter of 8 mm by copper mould casting.",
    R("Mg65Cu25Gd10", dmax=8))
add("d06", ["pronoun", "two-sentences"],
    "We prepared La55Al25Cu10Ni5Co5 ingots by arc melting under a Ti-gettered argon atmosphere. "
    "Its glass transition temperature is 466 K and the onset of crystallization occurs at 535 K.",
    R("La55Al25Cu10Ni5Co5", tg=466, tx=535))
add("d07", ["subscript"],
    "The ternary Cu₄₆Zr₄₆Al₈ glass has a liquidus temperature of 1163 K.",
    R("Cu46Zr46Al8", tl=1163))
add("d08", ["spaced-formula"],
    "Vitreloy 1 (Zr41.2 Ti13.8 Cu12.5 Ni10 Be22.5) has a liquidus temperature of 993 K and a critical "
    "casting thickness of 50 mm.",
    R("Zr41.2Ti13.8Cu12.5Ni10Be22.5", tl=993, dmax=50))
add("d09", ["symbol-variant"],
    "For Ni62Nb38 we measured T_g = 882 K and T_x = 914 K at a heating rate of 0.67 K/s.",
    R("Ni62Nb38", tg=882, tx=914, hr=0.67 * 60))
add("d10", ["uncertainty"],
    "The Fe48Cr15Mo14C15B6Er2 amorphous steel has Tg = 838 ± 2 K and Tx = 900 ± 2 K.",
    R("Fe48Cr15Mo14C15B6Er2", tg=838, tx=900))

# --- several alloys ----------------------------------------------------------------------------
add("d11", ["respectively", "multi-alloy"],
    "The Tg values of Cu50Zr50, Cu48Zr48Al4 and Cu46Zr46Al8 are 670, 688 and 701 K, respectively.",
    R("Cu50Zr50", tg=670), R("Cu48Zr48Al4", tg=688), R("Cu46Zr46Al8", tg=701))
add("d12", ["respectively", "multi-alloy", "alloys-first"],
    "Cu50Zr50 and Cu46Zr46Al8 show onset crystallization temperatures of 718 and 780 K, respectively.",
    R("Cu50Zr50", tx=718), R("Cu46Zr46Al8", tx=780))
add("d13", ["multi-alloy", "while"],
    "Cu50Zr50 has a Tg of 670 K, while Cu46Zr46Al8 has a Tg of 701 K.",
    R("Cu50Zr50", tg=670), R("Cu46Zr46Al8", tg=701))
add("d14", ["multi-alloy", "that-of"],
    "The Tg of Pd40Ni40P20 is 576 K, whereas that of Pd40Cu30Ni10P20 is 575 K.",
    R("Pd40Ni40P20", tg=576), R("Pd40Cu30Ni10P20", tg=575))
add("d15", ["multi-alloy", "for-x"],
    "A liquidus temperature of 1226 K was measured for Cu50Zr50 and 1163 K for Cu46Zr46Al8.",
    R("Cu50Zr50", tl=1226), R("Cu46Zr46Al8", tl=1163))
add("d16", ["multi-alloy", "sentences"],
    "Two alloys were compared. Zr55Cu30Al10Ni5 shows Tg = 683 K and Tx = 768 K. "
    "Zr65Al7.5Ni10Cu17.5 shows Tg = 652 K and Tx = 757 K.",
    R("Zr55Cu30Al10Ni5", tg=683, tx=768), R("Zr65Al7.5Ni10Cu17.5", tg=652, tx=757))
add("d17", ["respectively", "multi-alloy", "celsius"],
    "The glass transition temperatures of Au49Ag5.5Pd2.3Cu26.9Si16.3 and Au55Cu25Si20 are 128 °C and "
    "75 °C, respectively.",
    R("Au49Ag5.5Pd2.3Cu26.9Si16.3", tg=128 + C), R("Au55Cu25Si20", tg=75 + C))
add("d18", ["multi-alloy", "parentheses"],
    "Adding aluminium raises Tg: Cu50Zr50 (670 K), Cu48Zr48Al4 (688 K) and Cu46Zr46Al8 (701 K).",
    R("Cu50Zr50", tg=670), R("Cu48Zr48Al4", tg=688), R("Cu46Zr46Al8", tg=701))

# --- nested compositions -----------------------------------------------------------------------
add("d19", ["nested"],
    "Minor Al addition to the binary gives (Cu50Zr50)92Al8, whose Tg of 715 K exceeds that of the base alloy.",
    R("(Cu50Zr50)92Al8", tg=715))
add("d20", ["nested", "dmax", "list"],
    "The [(Fe0.5Co0.5)0.75B0.2Si0.05]96Nb4 glass has Tg and Tx of 820 and 870 K and a critical diameter of 5 mm.",
    R("[(Fe0.5Co0.5)0.75B0.2Si0.05]96Nb4", tg=820, tx=870, dmax=5))
add("d21", ["nested", "fractions"],
    "For (Cu0.5Zr0.5)94Al6 the glass transition and liquidus temperatures are 702 K and 1180 K.",
    R("(Cu0.5Zr0.5)94Al6", tg=702, tl=1180))
add("d22", ["nested", "that-of"],
    "The onset crystallization temperature of (Zr0.55Cu0.3Al0.1Ni0.05)98Y2 is 770 K, and that of "
    "(Zr0.55Cu0.3Al0.1Ni0.05)96Y4 is 762 K.",
    R("(Zr0.55Cu0.3Al0.1Ni0.05)98Y2", tx=770), R("(Zr0.55Cu0.3Al0.1Ni0.05)96Y4", tx=762))

# --- misleading numbers ------------------------------------------------------------------------
add("d23", ["misleading", "annealing"],
    "The Cu46Zr46Al8 ribbons, whose Tg is 701 K, were annealed at 680 K for 30 min to relax the structure.",
    R("Cu46Zr46Al8", tg=701))
add("d24", ["misleading", "difference"],
    "Isothermal annealing of Pd40Ni40P20 was performed at Tg + 20 K, i.e. 20 K above the glass transition.")
add("d25", ["misleading", "peak", "lookalike"],
    "The first exothermic peak of Zr55Cu30Al10Ni5 appears at Tp = 780 K, about 12 K above the onset "
    "temperature of crystallization, 768 K.",
    R("Zr55Cu30Al10Ni5", tx=768))
add("d26", ["misleading", "cooling-rate", "negative"],
    "Cu50Zr50 glass forms at a critical cooling rate of about 250 K/s, whereas Cu46Zr46Al8 needs only 40 K/s.")
add("d27", ["misleading", "year", "pressure", "negative"],
    "Since 2004, Cu-based glasses such as Cu60Zr30Ti10 have been tested under 1.8 GPa of compression at 298 K.")
add("d28", ["misleading", "trg", "gamma"],
    "Zr41.2Ti13.8Cu12.5Ni10Be22.5 combines Tg/Tl = 0.63 and γ = 0.42 with a Tg of 623 K.",
    R("Zr41.2Ti13.8Cu12.5Ni10Be22.5", tg=623))
add("d29", ["misleading", "melting", "lookalike"],
    "The solidus temperature Tm of Mg65Cu25Y10 is 723 K and its liquidus temperature is 757 K.",
    R("Mg65Cu25Y10", tl=757))
add("d30", ["misleading", "range", "negative"],
    "Across the La-Al-Cu series, Tg varies between 450 and 480 K depending on the Cu content.")
add("d31", ["misleading", "size"],
    "Rods 3 mm in diameter of Pd43Cu27Ni10P20 were cast; their Tg is 576 K at 20 K/min.",
    R("Pd43Cu27Ni10P20", tg=576, hr=20))
add("d32", ["misleading", "phase"],
    "The Cu50Zr50 glass, with Tx = 718 K, crystallizes into Cu10Zr7 and CuZr2 at 750 K.",
    R("Cu50Zr50", tx=718))
add("d33", ["misleading", "time", "temperature-unrelated"],
    "After holding Zr57Cu15.4Ni12.6Al10Nb5 at 700 K for 60 min, the sample remained amorphous; "
    "its Tx is 740 K.",
    R("Zr57Cu15.4Ni12.6Al10Nb5", tx=740))
add("d34", ["misleading", "variable-x", "negative"],
    "A series (Cu0.5Zr0.5)100-xAlx with x = 0, 4 and 8 was cast into 2 mm rods for DSC at 20 K/min.")
add("d35", ["misleading", "delta-tx"],
    "With Tx = 790 K and ΔTx = 86 K, the Zr55Cu30Al10Ni5 glass offers a wide processing window.",
    R("Zr55Cu30Al10Ni5", tx=790))
add("d36", ["misleading", "heating-rate-list", "kissinger"],
    "Kissinger analysis used heating rates of 5, 10, 20 and 40 K/min; for Cu46Zr46Al8 the onset of "
    "crystallization at 20 K/min was 780 K.",
    R("Cu46Zr46Al8", tx=780, hr=20))

# --- negatives ---------------------------------------------------------------------------------
add("d37", ["negative"],
    "Bulk metallic glasses have attracted attention because of their high strength and large elastic limit.")
add("d38", ["negative", "composition-only"],
    "Ingots of Ti40Zr25Ni3Cu12Be20 were prepared by arc melting and suction cast into copper moulds.")
add("d39", ["negative", "properties-no-values"],
    "The values of Tg, Tx and Tl of all alloys are listed in Table 2 and compared with literature data.")
add("d40", ["negative", "other-temperature"],
    "The melt of Fe41Co7Cr15Mo14C15B6Y2 was overheated to 1573 K before injection.")

# --- tables ------------------------------------------------------------------------------------
add("d41", ["table", "kelvin"],
    "Table 1 Thermal parameters of the Cu-Zr-Al glasses (20 K/min).\n"
    "Alloy Tg (K) Tx (K) ΔTx (K) Tl (K) Trg\n"
    "Cu50Zr50 670 718 48 1226 0.546\n"
    "Cu48Zr48Al4 688 760 72 1190 0.578\n"
    "Cu46Zr46Al8 701 780 79 1163 0.603",
    R("Cu50Zr50", tg=670, tx=718, tl=1226), R("Cu48Zr48Al4", tg=688, tx=760, tl=1190),
    R("Cu46Zr46Al8", tg=701, tx=780, tl=1163))
add("d42", ["table", "celsius", "tabs"],
    "Table 2. Characteristic temperatures of the Pd-based glasses.\n"
    "Composition\tTg (°C)\tTx (°C)\tDmax (mm)\n"
    "Pd40Ni40P20\t303\t363\t25\n"
    "Pd40Cu30Ni10P20\t302\t388\t72",
    R("Pd40Ni40P20", tg=303 + C, tx=363 + C, dmax=25), R("Pd40Cu30Ni10P20", tg=302 + C, tx=388 + C, dmax=72))
add("d43", ["table", "missing-cells"],
    "Alloy | Tg (K) | Tx (K) | Tl (K)\n"
    "Mg65Cu25Y10 | 424 | 474 | 757\n"
    "Mg65Cu25Gd10 | 421 | 480 | –",
    R("Mg65Cu25Y10", tg=424, tx=474, tl=757), R("Mg65Cu25Gd10", tg=421, tx=480))
add("d44", ["table", "reference-column"],
    "Alloy Tg (K) Tx (K) Ref.\n"
    "Ni60Nb40 900 945 [12]\n"
    "Ni62Nb38 882 914 [13]",
    R("Ni60Nb40", tg=900, tx=945), R("Ni62Nb38", tg=882, tx=914))

# --- more prose variety ------------------------------------------------------------------------
add("d45", ["list", "celsius", "slashes"],
    "For La55Al25Cu20, Tg/Tx/Tl = 183/212/605 °C.",
    R("La55Al25Cu20", tg=183 + C, tx=212 + C, tl=605 + C))
add("d46", ["long-name"],
    "The glass-transition temperature of the Ce70Al10Cu20 glass, determined as the onset of the endothermic "
    "event, is 341 K, one of the lowest among bulk metallic glasses.",
    R("Ce70Al10Cu20", tg=341))
add("d47", ["dmax", "up-to"],
    "Fully glassy rods of Zr46Cu46Al8 up to 8 mm in diameter were obtained by suction casting.",
    R("Zr46Cu46Al8", dmax=8))
add("d48", ["dmax", "cm"],
    "Pd42.5Cu30Ni7.5P20 forms glassy cylinders with a critical diameter of 8 cm.",
    R("Pd42.5Cu30Ni7.5P20", dmax=80))
add("d49", ["heating-rate", "K-per-s"],
    "At a heating rate of 0.33 K/s, the Ti40Zr25Ni3Cu12Be20 glass shows Tg = 601 K and Tx = 683 K.",
    R("Ti40Zr25Ni3Cu12Be20", tg=601, tx=683, hr=0.33 * 60))
add("d50", ["heating-rate", "per-min-notation"],
    "Measured at 10 K min−1, the Tg of Fe74Mo4P10C7.5B2.5Si2 is 714 K.",
    R("Fe74Mo4P10C7.5B2.5Si2", tg=714, hr=10))
add("d51", ["multi-alloy", "respectively", "two-properties"],
    "The Tg and Tx of Ni60Nb40 and Ni62Nb38 are 900 and 945 K, and 882 and 914 K, respectively.",
    R("Ni60Nb40", tg=900, tx=945), R("Ni62Nb38", tg=882, tx=914))
add("d52", ["pronoun", "the-alloy"],
    "Mg58.5Cu30.5Y11 was selected for thermoplastic forming. The alloy has a Tg of 415 K and a liquidus of 723 K.",
    R("Mg58.5Cu30.5Y11", tg=415, tl=723))
add("d53", ["wt-percent-negative", "negative"],
    "The crucible was made of Al2O3 and the Ti6Al4V samples were held at 1073 K.")
add("d54", ["value-before-alloy"],
    "A Tg of 430 K was obtained for the as-spun Mg60Cu30Y10 ribbons.",
    R("Mg60Cu30Y10", tg=430))
add("d55", ["comparison"],
    "Compared with Cu50Zr50, the Cu45Zr45Ag10 alloy has a higher liquidus temperature of 1190 K.",
    R("Cu45Zr45Ag10", tl=1190))
add("d56", ["multi-sentence", "ambiguous-focus"],
    "Cu50Zr50 and Cu46Zr46Al8 were both cast as 2 mm rods. The Tg of the ternary alloy is 701 K.",
    R("Cu46Zr46Al8", tg=701))
add("d57", ["celsius", "degree-variants"],
    "Zr65Cu17.5Ni10Al7.5 begins to crystallize at 484ºC, and its glass transition is at 379 ºC.",
    R("Zr65Cu17.5Ni10Al7.5", tx=484 + C, tg=379 + C))
add("d58", ["liquidus", "word"],
    "DTA shows that the liquidus of Pt57.5Cu14.7Ni5.3P22.5 lies at 795 K.",
    R("Pt57.5Cu14.7Ni5.3P22.5", tl=795))
add("d59", ["misleading", "composition-numbers"],
    "In Zr50Cu40Al10 the Al content of 10 at.% and Cu content of 40 at.% give a Tg of 706 K.",
    R("Zr50Cu40Al10", tg=706))
add("d60", ["misleading", "heated-to"],
    "Samples of Pd77.5Cu6Si16.5 were heated to 700 K at 20 K/min; crystallization started at 686 K.",
    R("Pd77.5Cu6Si16.5", tx=686, hr=20))
add("d61", ["ranges-and-value"],
    "Although Tg of the Zr-based series ranges from 620 to 690 K, Zr44Ti11Cu10Ni10Be25 has Tg = 625 K.",
    R("Zr44Ti11Cu10Ni10Be25", tg=625))
add("d62", ["four-alloys", "respectively"],
    "Critical diameters of 2, 5, 10 and 12 mm were found for Cu50Zr50, Cu46Zr46Al8, Cu45Zr45Ag10 and "
    "Cu46Zr42Al7Y5, respectively.",
    R("Cu50Zr50", dmax=2), R("Cu46Zr46Al8", dmax=5), R("Cu45Zr45Ag10", dmax=10), R("Cu46Zr42Al7Y5", dmax=12))
add("d63", ["two-heating-rates"],
    "The Tg of Pd40Ni40P20 is 576 K at 5 K/min and 583 K at 40 K/min.",
    R("Pd40Ni40P20", tg=576, hr=5), R("Pd40Ni40P20", tg=583, hr=40))
add("d64", ["negative", "kelvin-not-property"],
    "All measurements were carried out at 77 K and at room temperature on Zr55Cu30Al10Ni5 specimens.")
add("d65", ["abstract-style"],
    "Abstract: A new Ti-based bulk metallic glass, Ti32.8Zr30.2Ni5.3Cu9Be22.7, with a critical diameter of "
    "50 mm was developed. It exhibits Tg = 623 K, Tx = 698 K and Tl = 973 K.",
    R("Ti32.8Zr30.2Ni5.3Cu9Be22.7", dmax=50, tg=623, tx=698, tl=973))
add("d66", ["table", "header-words"],
    "Alloy  Glass transition temperature (K)  Crystallization temperature (K)  Liquidus temperature (K)\n"
    "Ce68Al10Cu20Co2  341  403  643\n"
    "Ce68Al10Cu20Nb2  345  410  652",
    R("Ce68Al10Cu20Co2", tg=341, tx=403, tl=643), R("Ce68Al10Cu20Nb2", tg=345, tx=410, tl=652))
add("d67", ["misleading", "increase-by"],
    "Replacing 2 at.% Zr with Nb raised the Tg of Zr57Cu20Al10Ni8Ti5 by 12 K, to 676 K.",
    R("Zr57Cu20Al10Ni8Ti5", tg=676))
add("d68", ["misleading", "onset-of-other"],
    "Embrittlement of Zr52.5Cu17.9Ni14.6Al10Ti5 sets in after annealing at 633 K, below its Tg of 675 K.",
    R("Zr52.5Cu17.9Ni14.6Al10Ti5", tg=675))
add("d69", ["celsius", "list", "respectively"],
    "For Pd40Ni10Cu30P20 the glass transition, crystallization and liquidus temperatures are 303, 395 "
    "and 551 °C, respectively.",
    R("Pd40Ni10Cu30P20", tg=303 + C, tx=395 + C, tl=551 + C))
add("d70", ["fraction-formula"],
    "The Cu0.47Zr0.47Al0.06 glass shows a Tg of 699 K.",
    R("Cu0.47Zr0.47Al0.06", tg=699))

out = os.path.join(os.path.dirname(__file__), "..", "src", "main", "resources", "mining", "dev-corpus.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(P), "passages,", sum(len(p["gold"]) for p in P), "gold records ->", os.path.normpath(out))
