#!/usr/bin/env python3
"""Writes the held-out mining corpus (benchmarks/src/main/resources/mining/heldout-corpus.jsonl).

Written after the rules were tuned on the development corpus and never used to change them: its
figures show how the rules do on phrasing they were not fitted to. Same conventions as
dev_corpus.py (passages written for this project, values typical but not quoted data).
"""
import json, os

C = 273.15
def R(comp, tg=None, tx=None, tl=None, dmax=None, hr=None):
    return {"composition": comp, "Tg_K": tg, "Tx_K": tx, "Tl_K": tl, "Dmax_mm": dmax, "heating_rate_K_min": hr}

P = []
def add(pid, tags, text, *gold):
    P.append({"id": pid, "tags": tags, "text": text, "gold": list(gold)})

add("h01", ["single"],
    "Differential scanning calorimetry reveals that Zr60Cu20Ni10Al10 undergoes the glass transition at 652 K.",
    R("Zr60Cu20Ni10Al10", tg=652))
add("h02", ["list", "heating-rate"],
    "Upon heating at 10 K/min, the Ti41.5Zr2.5Hf5Cu42.5Ni7.5Si1 glass displays Tg of 681 K and Tx of 734 K.",
    R("Ti41.5Zr2.5Hf5Cu42.5Ni7.5Si1", tg=681, tx=734, hr=10))
add("h03", ["celsius"],
    "The liquidus temperature of Au49Ag5.5Pd2.3Cu26.9Si16.3 was found to be 371 °C.",
    R("Au49Ag5.5Pd2.3Cu26.9Si16.3", tl=371 + C))
add("h04", ["respectively", "multi-alloy"],
    "Fe76Si9B10P5 and Fe78Si9B13 exhibit Tx values of 812 K and 805 K, respectively.",
    R("Fe76Si9B10P5", tx=812), R("Fe78Si9B13", tx=805))
add("h05", ["negative"],
    "The fracture surfaces of the Zr52.5Cu17.9Ni14.6Al10Ti5 specimens show vein patterns typical of metallic glasses.")
add("h06", ["misleading", "cooling"],
    "Melt spinning at a wheel speed of 40 m/s produced Al86Ni9La5 ribbons cooled at roughly 10^6 K/s.")
add("h07", ["dmax"],
    "The maximum diameter for glass formation in Pd40Cu30Ni10P20 reaches 72 mm with fluxing.",
    R("Pd40Cu30Ni10P20", dmax=72))
add("h08", ["table"],
    "Table 3 Thermal stability of the Mg-based glasses measured at 20 K/min.\n"
    "Alloy Tg (K) Tx (K) Tl (K) Dc (mm)\n"
    "Mg54Cu26.5Ag8.5Gd11 437 490 727 25\n"
    "Mg65Cu15Ag10Gd10 426 474 746 8",
    R("Mg54Cu26.5Ag8.5Gd11", tg=437, tx=490, tl=727, dmax=25, hr=20),
    R("Mg65Cu15Ag10Gd10", tg=426, tx=474, tl=746, dmax=8, hr=20))
add("h09", ["that-of"],
    "The crystallization onset of Cu47Ti33Zr11Ni8Si1 is 776 K, and that of Cu47Ti34Zr11Ni8 is 771 K.",
    R("Cu47Ti33Zr11Ni8Si1", tx=776), R("Cu47Ti34Zr11Ni8", tx=771))
add("h10", ["misleading", "delta"],
    "For Zr48Cu45Al7 a supercooled liquid region of 85 K was obtained, with Tg at 697 K.",
    R("Zr48Cu45Al7", tg=697))
add("h11", ["pronoun"],
    "Glassy Pd40Ni40P20 was fluxed in B2O3 before casting. Its liquidus lies at 991 K.",
    R("Pd40Ni40P20", tl=991))
add("h12", ["nested"],
    "The Tg of (Fe0.9Co0.1)76Si9B10P5 is 805 K and its Tx is 845 K.",
    R("(Fe0.9Co0.1)76Si9B10P5", tg=805, tx=845))
add("h13", ["misleading", "year", "reference"],
    "In 1989 Inoue et al. [4] reported La55Al25Ni20 glasses cast into 1.5 mm rods at 1300 K.")
add("h14", ["multi-alloy", "parentheses"],
    "Glass transition temperatures increase with Be content: Zr46.75Ti8.25Cu7.5Ni10Be27.5 (622 K) and "
    "Zr35Ti30Cu8.25Be26.75 (578 K).",
    R("Zr46.75Ti8.25Cu7.5Ni10Be27.5", tg=622), R("Zr35Ti30Cu8.25Be26.75", tg=578))
add("h15", ["celsius", "list", "respectively"],
    "The Tg, Tx and Tl of Pt42.5Cu27Ni9.5P21 are 242, 302 and 514 °C, respectively.",
    R("Pt42.5Cu27Ni9.5P21", tg=242 + C, tx=302 + C, tl=514 + C))
add("h16", ["misleading", "increase"],
    "Doping Cu46Zr46Al8 with 1 at.% Y shifts Tx up by 9 K.")
add("h17", ["value-first"],
    "An onset crystallization temperature of 710 K was recorded for the Ni60Pd20P17B3 glass at 40 K/min.",
    R("Ni60Pd20P17B3", tx=710, hr=40))
add("h18", ["dmax", "word"],
    "Sr60Li11Mg9Zn20 can be cast into fully amorphous plates with a critical thickness of 4 mm.",
    R("Sr60Li11Mg9Zn20", dmax=4))
add("h19", ["multi-sentence", "two-alloys-separate"],
    "The Ca65Mg15Zn20 glass has a Tg of 375 K. For Ca60Mg25Ni15, Tg is 410 K.",
    R("Ca65Mg15Zn20", tg=375), R("Ca60Mg25Ni15", tg=410))
add("h20", ["table", "pipes", "celsius"],
    "Composition | Tg (°C) | Tx (°C)\n"
    "Zr50Cu40Al10 | 433 | 490\n"
    "Zr45Cu45Al10 | 437 | 502",
    R("Zr50Cu40Al10", tg=433 + C, tx=490 + C), R("Zr45Cu45Al10", tg=437 + C, tx=502 + C))
add("h21", ["misleading", "test-temperature"],
    "Compression tests on Ti40Zr25Ni3Cu12Be20 were run at 573 K, well below its Tg of 601 K.",
    R("Ti40Zr25Ni3Cu12Be20", tg=601))
add("h22", ["negative", "ranges"],
    "The onset crystallization temperatures of the Fe-based ribbons lie in the range of 780-830 K.")
add("h23", ["equals-list"],
    "DSC (20 K/min) of Cu43Zr43Al7Ag7: Tg = 722 K, Tx = 794 K, Tl = 1145 K.",
    R("Cu43Zr43Al7Ag7", tg=722, tx=794, tl=1145, hr=20))
add("h24", ["misleading", "tp-list"],
    "The two crystallization peaks of Al87Ni7La6 are located at Tp1 = 560 K and Tp2 = 620 K.")
add("h25", ["subscript", "celsius"],
    "The Pd₄₃Ni₁₀Cu₂₇P₂₀ glass transforms to the supercooled liquid at 310 °C.",
    R("Pd43Ni10Cu27P20", tg=310 + C))
add("h26", ["multi-alloy", "alloy-after", "respectively"],
    "Liquidus temperatures of 1123, 1105 and 1091 K were measured for Zr55Cu30Al10Ni5, "
    "Zr53Cu30Al10Ni5Ag2 and Zr51Cu30Al10Ni5Ag4, respectively.",
    R("Zr55Cu30Al10Ni5", tl=1123), R("Zr53Cu30Al10Ni5Ag2", tl=1105), R("Zr51Cu30Al10Ni5Ag4", tl=1091))
add("h27", ["misleading", "composition-only", "size"],
    "Plates of Zr41Ti14Cu12Ni10Be23 measuring 60 mm x 20 mm x 5 mm were produced by die casting.")
add("h28", ["heating-rate", "K-per-s"],
    "Heated at 0.17 K/s, the Ni40Cu5Ti17Zr28Al10 glass shows its glass transition at 749 K.",
    R("Ni40Cu5Ti17Zr28Al10", tg=749, hr=0.17 * 60))
add("h29", ["glass-transition-phrase"],
    "Y56Al24Co20 shows a clear glass transition with a Tg of 663 K, followed by a sharp crystallization event.",
    R("Y56Al24Co20", tg=663))
add("h30", ["comparison", "than"],
    "The Tg of Zr55Cu30Al10Ni5 (683 K) is higher than that of Zr65Al7.5Ni10Cu17.5 (652 K).",
    R("Zr55Cu30Al10Ni5", tg=683), R("Zr65Al7.5Ni10Cu17.5", tg=652))

out = os.path.join(os.path.dirname(__file__), "..", "src", "main", "resources", "mining", "heldout-corpus.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(P), "passages,", sum(len(p["gold"]) for p in P), "gold records ->", os.path.normpath(out))
