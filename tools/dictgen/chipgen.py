"""CHIP entries: hand-written family/model patterns plus bulk lists (pci.ids, quattor, Epoch AI).

Hand-written data is public product naming (vendors' model numbers). Bare model numbers are
aliases only where they clearly name a chip and do not collide with ordinary text.
"""
import csv
import os
import re

import dictlib

_ENT = None
OUT = []


def _slug(s):
    s = s.lower().replace("+", "-plus").replace("&", "and")
    s = re.sub(r"[^a-z0-9.]+", "-", s).strip("-.")
    return s


def C(cid, canon, vendor, family, aliases=(), add_canon=True):
    e = _ENT("CHIP", cid or _slug(canon), canon, "chipgen", vendor=vendor, family=family)
    al = list(aliases)
    if add_canon and dictlib.alias_key(canon) not in {dictlib.alias_key(a) for a in al}:
        al.insert(0, canon)
    e.aliases = al
    OUT.append(e)
    return e


def hand():
    # ---------------- NVIDIA data centre
    nv = "nvidia"
    C("nvidia-hopper", "Hopper", nv, "Hopper", ["=Hopper"])
    C("nvidia-blackwell", "Blackwell", nv, "Blackwell", ["=Blackwell", "архитектура Blackwell"])
    C("nvidia-blackwell-ultra", "Blackwell Ultra", nv, "Blackwell", ["=Blackwell Ultra"])
    C("nvidia-ampere", "Ampere", nv, "Ampere", ["=Ampere"])
    C("nvidia-ada-lovelace", "Ada Lovelace", nv, "Ada Lovelace", ["=Ada Lovelace", "архитектура Ada Lovelace"])
    C("nvidia-turing", "Turing", nv, "Turing", ["=Turing", "архитектура Turing"])
    C("nvidia-volta", "Volta", nv, "Volta", ["=Volta", "архитектура Volta"])
    C("nvidia-pascal", "Pascal", nv, "Pascal", ["=Pascal", "архитектура Pascal"])
    C("nvidia-maxwell", "Maxwell", nv, "Maxwell", ["=Maxwell"])
    C("nvidia-kepler", "Kepler", nv, "Kepler", ["=Kepler"])
    C("nvidia-fermi", "Fermi", nv, "Fermi", ["=Fermi"])
    C("nvidia-rubin", "Rubin", nv, "Rubin", ["=Rubin", "архитектура Rubin"])
    C("nvidia-rubin-ultra", "Rubin Ultra", nv, "Rubin", ["=Rubin Ultra", "VR300"])
    C("nvidia-rubin-cpx", "Rubin CPX", nv, "Rubin", ["=Rubin CPX"])
    C("nvidia-vera-rubin", "Vera Rubin", nv, "Rubin", ["=Vera Rubin", "VR200", "Vera Rubin NVL144"])
    C("nvidia-feynman", "Feynman", nv, "Feynman", ["=Feynman"])
    C("nvidia-grace", "Grace CPU", nv, "Grace", ["Grace CPU", "Grace CPU Superchip"])
    C("nvidia-grace-hopper", "Grace Hopper", nv, "Hopper", ["=Grace Hopper", "GH200", "GH200 Grace Hopper", "Grace Hopper Superchip"])
    C("nvidia-grace-blackwell", "Grace Blackwell", nv, "Blackwell", ["=Grace Blackwell", "Grace Blackwell Superchip"])
    C("nvidia-gh100", "GH100", nv, "Hopper", [])
    C("nvidia-gb100", "GB100", nv, "Blackwell", [])
    C("nvidia-gb202", "GB202", nv, "Blackwell", [])
    C("nvidia-ga100", "GA100", nv, "Ampere", [])
    C("nvidia-ad102", "AD102", nv, "Ada Lovelace", [])
    C("nvidia-gb10", "GB10", nv, "Blackwell", ["GB10 Grace Blackwell"])
    C("nvidia-n1x", "N1X", nv, "", [])
    fams = {"H": "Hopper", "A": "Ampere", "B": "Blackwell", "L": "Ada Lovelace", "V": "Volta",
            "P": "Pascal", "K": "Kepler", "M": "Maxwell"}
    dc = {
        "H100": ["H100 SXM", "H100 SXM5", "H100 PCIe", "H100 NVL", "H100 Tensor Core", "Hopper H100", "H100 Hopper", "Tesla H100", "Н100"],
        "H200": ["H200 SXM", "H200 NVL", "Hopper H200"],
        "H800": ["H800 SXM", "H800 SXM5", "H800 PCIe", "Hopper H800"],
        "H20": ["H20 GPU", "HGX H20"][:0] + ["Hopper H20"],
        "H20E": [], "H10": [], "H100 NVL": [],
        "A100": ["A100 SXM", "A100 SXM4", "A100 PCIe", "A100 Tensor Core", "Ampere A100", "A100X", "Tesla A100"],
        "A800": ["A800 SXM", "A800 PCIe", "Ampere A800"],
        "A10": ["A10 Tensor Core"], "A10G": [], "A30": ["A30X"], "A40": [],
        "L40": [], "L40S": [], "L20": [], "L2": [],
        "B100": ["Blackwell B100"], "B200": ["Blackwell B200", "HGX B200"][:1], "B300": ["Blackwell Ultra B300"],
        "GB200": ["GB200 Superchip", "GB200 NVL72", "Grace Blackwell GB200"], "GB300": ["GB300 NVL72", "Blackwell Ultra GB300"],
        "B30A": [], "B40": [], "B20": [], "RTX Pro 6000": ["RTX PRO 6000", "RTX Pro 6000 Blackwell", "RTX 6000D", "RTX Pro 6000D"],
        "V100": ["Tesla V100", "V100S", "Tesla V100S", "Volta V100", "V100 SXM2", "V100 PCIe"],
        "P100": ["Tesla P100", "Pascal P100"], "P40": ["Tesla P40"], "P4": ["Tesla P4"][1:] + ["Tesla P4"],
        "T4": ["Tesla T4"], "K80": ["Tesla K80"], "K40": ["Tesla K40"], "K20X": ["Tesla K20X"], "M40": ["Tesla M40"], "M60": ["Tesla M60"],
    }
    skip_bare = {"A10", "L2", "P4", "T4", "B20", "B40", "M40", "M60", "H10", "K40", "A30", "A40", "P40", "K80"}
    for m, extra in dc.items():
        if m == "H100 NVL":
            continue
        fam = fams.get(m[0], "") if not m.startswith("GB") else "Blackwell"
        if m.startswith("RTX"):
            fam = "Blackwell"
        if m == "T4":
            fam = "Turing"
        al = list(extra)
        if m in skip_bare:
            canon_alias = False
            al = al or []
            e = C("nvidia-" + _slug(m), m, nv, fam, al, add_canon=False)
            if not al:
                OUT.remove(e)
        else:
            C("nvidia-" + _slug(m), m, nv, fam, al)
    C("nvidia-tegra", "Tegra", nv, "Tegra", ["Tegra"])
    C("nvidia-tegra-x1", "Tegra X1", nv, "Tegra", [])
    C("nvidia-orin", "Orin", nv, "Tegra", ["=Orin", "Jetson Orin", "DRIVE Orin", "Drive Orin", "Orin X"])
    C("nvidia-thor", "Thor", nv, "Tegra", ["DRIVE Thor", "Drive Thor", "Jetson Thor", "Jetson AGX Thor"], add_canon=False)
    C("nvidia-xavier", "Xavier", nv, "Tegra", ["Jetson Xavier", "DRIVE Xavier"], add_canon=False)
    C("nvidia-geforce", "GeForce", nv, "GeForce", ["GeForce", "Джифорс"])
    C("nvidia-quadro", "Quadro", nv, "Quadro", ["Quadro"])
    C("nvidia-titan", "TITAN", nv, "GeForce", ["GeForce TITAN"], add_canon=False)
    C("nvidia-bluefield-3", "BlueField-3", nv, "BlueField", ["BlueField-3 DPU"])
    C("nvidia-bluefield", "BlueField", nv, "BlueField", ["BlueField"])
    C("nvidia-nvswitch", "NVSwitch", nv, "NVLink", [])
    # ---------------- AMD
    amd = "amd"
    C("amd-instinct", "Instinct", amd, "Instinct", ["=Instinct", "Radeon Instinct", "AMD Instinct"][:2])
    C("amd-epyc", "EPYC", amd, "EPYC", ["EPYC", "Epyc"])
    C("amd-ryzen", "Ryzen", amd, "Ryzen", ["Ryzen", "Райзен"])
    C("amd-radeon", "Radeon", amd, "Radeon", ["Radeon", "Радеон"])
    C("amd-threadripper", "Ryzen Threadripper", amd, "Ryzen", ["Threadripper", "Ryzen Threadripper"])
    C("amd-athlon", "Athlon", amd, "Athlon", ["Athlon"])
    C("amd-opteron", "Opteron", amd, "Opteron", ["Opteron"])
    C("amd-versal", "Versal", amd, "Versal", ["Versal"])
    C("amd-alveo", "Alveo", amd, "Alveo", ["Alveo"])
    for m in ["MI25", "MI50", "MI60", "MI100", "MI210", "MI250", "MI250X", "MI300", "MI300A", "MI300X",
              "MI308X", "MI325X", "MI350", "MI350X", "MI355X", "MI400", "MI430X", "MI450", "MI450X", "MI455X", "MI500"]:
        C("amd-instinct-" + m.lower(), "Instinct " + m, amd, "Instinct",
          ["Instinct " + m, m, "Radeon Instinct " + m, m + " Instinct"] + ([m + " APU"] if m == "MI300A" else []))
    for gen in ["CDNA", "CDNA 2", "CDNA 3", "CDNA 4", "RDNA", "RDNA 2", "RDNA 3", "RDNA 4"]:
        C("amd-" + _slug(gen), gen, amd, "Radeon" if gen.startswith("R") else "Instinct", [])
    C("amd-strix-halo", "Strix Halo", amd, "Ryzen", ["=Strix Halo", "Ryzen AI Max+ 395", "Ryzen AI Max 395"][:1])
    C("amd-strix-point", "Strix Point", amd, "Ryzen", ["=Strix Point"])
    C("amd-ryzen-ai-max-plus-395", "Ryzen AI Max+ 395", amd, "Ryzen", ["Ryzen AI MAX+ 395"])
    C("amd-ryzen-ai-max-390", "Ryzen AI Max 390", amd, "Ryzen", [])
    for m in ["Ryzen AI 9 HX 370", "Ryzen AI 9 365", "Ryzen AI 7 350", "Ryzen AI 5 340", "Ryzen AI 9 HX 375"]:
        C(None, m, amd, "Ryzen", [])
    ryz = {"9": ["9950X3D", "9950X", "9900X3D", "9900X", "7950X3D", "7950X", "7900X3D", "7900X", "7900", "7945HX",
                  "5950X", "5900X", "5900XT", "5950XT", "3950X", "3900X", "7940HS", "8945HS"],
           "7": ["9800X3D", "9700X", "7800X3D", "7700X", "7700", "5800X3D", "5800X", "5700X3D", "5700X", "5700G", "8700G",
                  "3700X", "3800X", "7840HS", "7840U", "8840HS", "2700X", "1700X", "1800X"],
           "5": ["9600X", "9600", "7600X", "7600", "5600X", "5600", "5600G", "8600G", "3600", "3600X", "7640HS", "2600X", "1600X", "8500G", "7500F"],
           "3": ["3300X", "3100", "8300G", "5300G"]}
    for tier, ms in ryz.items():
        for m in ms:
            C("amd-ryzen-" + tier + "-" + m.lower(), f"Ryzen {tier} {m}", amd, "Ryzen", [f"Ryzen {tier} {m}", f"Ryzen {m}"])
    for m in ["7995WX", "7980X", "7985WX", "7970X", "9995WX", "9980X", "9985WX", "3990X", "3970X", "5995WX"]:
        C("amd-threadripper-" + m.lower(), "Ryzen Threadripper " + m, amd, "Ryzen",
          ["Ryzen Threadripper " + m, "Threadripper " + m, "Threadripper PRO " + m, "Ryzen Threadripper PRO " + m])
    # ---------------- Intel
    it = "intel"
    C("intel-xeon", "Xeon", it, "Xeon", ["Xeon", "Ксеон", "Xeon Scalable"])
    C("intel-xeon-phi", "Xeon Phi", it, "Xeon", [])
    C("intel-xeon-max", "Xeon Max", it, "Xeon", ["Xeon CPU Max", "Xeon Max Series"])
    C("intel-xeon-6", "Xeon 6", it, "Xeon", ["Xeon 6P", "Xeon 6E"])
    C("intel-xeon-6-6900p", "Xeon 6 6900P", it, "Xeon", [])
    C("intel-core", "Core", it, "Core", ["Intel Core"][:0] + ["=Core i9", "=Core i7", "=Core i5", "=Core i3"], add_canon=False)
    C("intel-core-ultra", "Core Ultra", it, "Core", ["=Core Ultra", "Core Ultra 9", "Core Ultra 7", "Core Ultra 5"])
    C("intel-gaudi", "Gaudi", it, "Gaudi", ["=Gaudi", "Habana Gaudi"])
    C("intel-gaudi-2", "Gaudi 2", it, "Gaudi", ["Gaudi2", "Habana Gaudi2", "Habana Gaudi 2"])
    C("intel-gaudi-3", "Gaudi 3", it, "Gaudi", ["Gaudi3", "Habana Gaudi3", "Habana Gaudi 3"])
    C("intel-falcon-shores", "Falcon Shores", it, "", ["=Falcon Shores"])
    C("intel-jaguar-shores", "Jaguar Shores", it, "", ["=Jaguar Shores"])
    C("intel-crescent-island", "Crescent Island", it, "", ["=Crescent Island"])
    C("intel-ponte-vecchio", "Ponte Vecchio", it, "Data Center GPU Max", ["Data Center GPU Max", "Data Center GPU Max 1550", "Data Center GPU Max 1100"][:1] + ["=Ponte Vecchio"])
    C("intel-arc", "Arc", it, "Arc", ["=Arc", "Intel Arc"][:1], add_canon=False)
    C("intel-atom", "Atom", it, "Atom", ["=Atom"], add_canon=False)
    C("intel-celeron", "Celeron", it, "Celeron", ["Celeron"])
    C("intel-pentium", "Pentium", it, "Pentium", ["Pentium", "Пентиум"])
    C("intel-itanium", "Itanium", it, "Itanium", ["Itanium"])
    C("intel-loihi", "Loihi", it, "Loihi", ["Loihi"])
    C("intel-loihi-2", "Loihi 2", it, "Loihi", [])
    C("intel-agilex", "Agilex", it, "Agilex", ["Agilex"])
    C("intel-stratix", "Stratix", it, "Stratix", ["Stratix"])
    for cn in ["Sapphire Rapids", "Emerald Rapids", "Granite Rapids", "Diamond Rapids", "Sierra Forest", "Clearwater Forest",
               "Ice Lake", "Cascade Lake", "Cooper Lake", "Skylake", "Alder Lake", "Raptor Lake", "Meteor Lake", "Lunar Lake",
               "Arrow Lake", "Panther Lake", "Nova Lake", "Wildcat Lake", "Tiger Lake", "Rocket Lake", "Comet Lake", "Coffee Lake",
               "Kaby Lake", "Broadwell", "Haswell", "Ivy Bridge", "Sandy Bridge"]:
        C("intel-" + _slug(cn), cn, it, "Xeon" if cn.endswith(("Rapids", "Forest")) else "Core", ["=" + cn])
    core = {"i9": ["14900K", "14900KS", "14900KF", "14900", "14900HX", "13900K", "13900KS", "13900KF", "13900", "13900H", "13900HX", "12900K", "12900KS", "12900KF", "12900", "12900H", "12900HK", "11900K", "10900K", "9900K", "9900KS"],
            "i7": ["14700K", "14700KF", "14700", "14700HX", "13700K", "13700KF", "13700", "13700H", "12700K", "12700KF", "12700", "12700H", "11700K", "10700K", "9700K", "8700K", "7700K", "1165G7", "1185G7", "1260P"],
            "i5": ["14600K", "14600KF", "14400F", "14400", "13600K", "13600KF", "13400F", "13400", "12600K", "12600KF", "12400F", "12400", "11600K", "11400F", "10600K", "10400F", "9600K", "8400", "1135G7", "1240P"],
            "i3": ["14100F", "14100", "13100F", "13100", "12100F", "12100", "10100F"]}
    for tier, ms in core.items():
        for m in ms:
            C("intel-core-" + tier + "-" + m.lower(), f"Core {tier}-{m}", it, "Core", [f"Core {tier}-{m}", f"{tier}-{m}", f"Core {tier} {m}"])
    cu = {"9": ["285K", "285", "285H", "288V", "185H", "275HX", "290K Plus"], "7": ["265K", "265KF", "265", "255H", "258V", "268V", "165H", "155H", "155U", "165U", "256V", "266V"],
          "5": ["245K", "245KF", "245", "235", "225", "225H", "226V", "228V", "238V", "125H", "135H", "125U", "134U"]}
    for tier, ms in cu.items():
        for m in ms:
            C("intel-core-ultra-" + tier + "-" + _slug(m), f"Core Ultra {tier} {m}", it, "Core", [])
    for m in ["Core Ultra X9 388H", "Core Ultra X7 368H", "Core Ultra 5 338H"]:
        C(None, m, it, "Core", [])
    # ---------------- Huawei
    hw = "huawei"
    C("huawei-ascend", "Ascend", hw, "Ascend", ["Ascend", "Асенд", "Ascend AI", "昇腾", "昇騰"])
    for m, ex in [("310", []), ("310P", ["310P"]), ("310B", []), ("910", ["昇腾910"]), ("910A", ["910A"]), ("910 Pro", []),
                  ("910B", ["910B", "昇腾910B", "910B Ascend"]), ("910B1", ["910B1"]), ("910B2", ["910B2"]), ("910B3", ["910B3"]),
                  ("910B4", ["910B4"]), ("910C", ["910C", "昇腾910C", "910C Ascend"]), ("910D", ["910D", "昇腾910D"]),
                  ("920", ["昇腾920"]), ("920C", ["920C"]), ("950", ["昇腾950"]), ("950PR", ["950PR"]), ("950DT", ["950DT"]),
                  ("960", ["昇腾960"]), ("970", ["昇腾970"])]:
        C("huawei-ascend-" + _slug(m), "Ascend " + m, hw, "Ascend", ["Ascend " + m, "Ascend-" + m] + ex)
    C("huawei-kirin", "Kirin", hw, "Kirin", ["Kirin", "麒麟", "Кирин"])
    for m in ["9030", "9030 Pro", "9020", "9010", "9010S", "9000", "9000S", "9000S1", "9000W", "9000E", "9000L", "8000", "8020", "990", "990 5G",
              "990E", "985", "980", "970", "960", "950", "820", "810", "830", "710", "710A", "710F", "X90", "T90", "T91", "T92"]:
        al = ["Kirin " + m, "Kirin-" + m, "麒麟" + m, "Кирин " + m]
        if m in ("9000S", "9010", "9020", "9030", "9000S1", "9010S", "8000", "8020"):
            pass
        C("huawei-kirin-" + _slug(m), "Kirin " + m, hw, "Kirin", al)
    C("huawei-kunpeng", "Kunpeng", hw, "Kunpeng", ["Kunpeng", "鲲鹏"])
    for m in ["916", "920", "930", "950"]:
        C("huawei-kunpeng-" + m, "Kunpeng " + m, hw, "Kunpeng", ["Kunpeng " + m, "鲲鹏" + m])
    C("huawei-balong-5000", "Balong 5000", hw, "Balong", ["Balong 5000", "巴龙5000"])
    C("huawei-balong", "Balong", hw, "Balong", ["Balong"])
    # ---------------- Apple
    ap = "apple"
    for n in range(4, 20):
        suf = {10: "Fusion", 11: "Bionic", 12: "Bionic", 13: "Bionic", 14: "Bionic", 15: "Bionic", 16: "Bionic"}.get(n)
        al = []
        if suf:
            al.append(f"A{n} {suf}")
        if n not in (4, 5, 6, 7, 8, 9, 10, 14, 16):
            al.append(f"A{n}")
        if n in (4, 5, 6, 7, 8, 9):
            al.append(f"Apple A{n}")
        C(f"apple-a{n}", f"A{n} {suf}" if suf else f"A{n}", ap, "A-series", al, add_canon=False)
        if n >= 17:
            C(f"apple-a{n}-pro", f"A{n} Pro", ap, "A-series", [f"A{n} Pro"])
    for m in ["A10X Fusion", "A12X Bionic", "A12Z Bionic", "A9X", "A8X"]:
        C("apple-" + _slug(m.split()[0]), m, ap, "A-series", [m, m.split()[0]] if " " in m else [m])
    C("apple-m-series", "Apple silicon", ap, "M-series", ["Apple Silicon", "=Apple silicon"][:1])
    for g in range(1, 7):
        base = f"M{g}"
        C(f"apple-m{g}", base, ap, "M-series", ["=" + base] if g <= 5 else ["=" + base])
        for v in ["Pro", "Max", "Ultra"]:
            if g == 6 and v == "Ultra":
                continue
            C(f"apple-m{g}-{v.lower()}", f"{base} {v}", ap, "M-series", [f"{base} {v}"])
    C("apple-r1", "R1", ap, "", ["Apple R1"][:0], add_canon=False) and None
    OUT.pop()
    C("apple-c1", "C1", ap, "", ["C1 modem"][:0] + ["C1X"], add_canon=False)
    # ---------------- Qualcomm
    qc = "qualcomm"
    C("qualcomm-snapdragon", "Snapdragon", qc, "Snapdragon", ["Snapdragon", "Снапдрагон", "骁龙"])
    for m, bare in [("8 Elite Gen 5", True), ("8 Elite", True), ("8 Gen 5", True), ("8 Gen 4", True), ("8 Gen 3", True), ("8 Gen 2", True), ("8 Gen 1", True),
                    ("8+ Gen 1", True), ("8s Gen 4", True), ("8s Gen 3", True), ("7+ Gen 3", True), ("7+ Gen 2", True), ("7 Gen 4", True),
                    ("7 Gen 3", True), ("7 Gen 1", True), ("7s Gen 3", True), ("7s Gen 2", True), ("6 Gen 4", True), ("6 Gen 3", True),
                    ("6 Gen 1", True), ("6s Gen 3", True), ("4 Gen 2", True), ("4 Gen 1", True), ("888", False), ("888+", False), ("870", False),
                    ("865", False), ("865+", False), ("860", False), ("855", False), ("855+", False), ("845", False), ("835", False),
                    ("821", False), ("820", False), ("810", False), ("801", False), ("800", False), ("780G", True), ("778G", True),
                    ("778G+", True), ("768G", True), ("765G", True), ("765", False), ("750G", True), ("732G", True), ("730G", True),
                    ("720G", True), ("712", False), ("710", False), ("695", False), ("690", False), ("685", False), ("680", False),
                    ("678", False), ("675", False), ("670", False), ("665", False), ("662", False), ("660", False), ("480", False),
                    ("480+", False), ("460", False), ("450", False), ("439", False), ("X Elite", True), ("X Plus", True),
                    ("X2 Elite", True), ("X2 Elite Extreme", True), ("8cx Gen 3", True), ("8cx Gen 2", True), ("8cx", True), ("7c", False)]:
        al = ["Snapdragon " + m, "SD " + m][:1]
        if bare:
            al.append(m)
        al.append("骁龙" + m)
        C("qualcomm-snapdragon-" + _slug(m), "Snapdragon " + m, qc, "Snapdragon", al)
    C("qualcomm-cloud-ai-100", "Cloud AI 100", qc, "Cloud AI", ["Cloud AI 100 Ultra"])
    C("qualcomm-ai200", "AI200", qc, "Cloud AI", [])
    C("qualcomm-ai250", "AI250", qc, "Cloud AI", [])
    C("qualcomm-oryon", "Oryon", qc, "", ["=Oryon"], add_canon=False) and None
    OUT.pop()
    # ---------------- MediaTek
    mt = "mediatek"
    C("mediatek-dimensity", "Dimensity", mt, "Dimensity", ["Dimensity", "天玑"])
    for m in ["9500", "9500+", "9400", "9400+", "9400e", "9300", "9300+", "9200", "9200+", "9000", "9000+", "8450", "8400", "8350", "8300",
              "8250", "8200", "8100", "8050", "8020", "7400", "7350", "7300", "7200", "7050", "7030", "7025", "6400", "6300", "6100+", "6080", "6020",
              "1300", "1200", "1100", "1080", "1000", "1000+", "930", "920", "900", "810", "800", "720", "700"]:
        C("mediatek-dimensity-" + _slug(m), "Dimensity " + m, mt, "Dimensity", ["Dimensity " + m, "天玑" + m])
    C("mediatek-helio", "Helio", mt, "Helio", ["=Helio"])
    for m in ["G99", "G100", "G96", "G95", "G90T", "G88", "G85", "G81", "G37", "G36", "G35", "P90", "P70", "P60", "P35", "P22", "X30", "X27", "X20", "X10", "A22"]:
        C("mediatek-helio-" + m.lower(), "Helio " + m, mt, "Helio", [])
    # ---------------- Samsung / Google / others mobile
    sm = "samsung"
    C("samsung-exynos", "Exynos", sm, "Exynos", ["Exynos", "Эксинос"])
    for m in ["2600", "2500", "2400", "2400e", "2200", "2100", "1580", "1480", "1380", "1330", "1280", "1080", "990", "980", "9825", "9820",
              "9810", "9611", "8895", "8890", "7420", "7885", "850", "Auto V920", "W1000", "W930"]:
        C("samsung-exynos-" + _slug(m), "Exynos " + m, sm, "Exynos", [])
    C("samsung-mach-1", "Mach-1", sm, "", ["Mach-1 AI", "Mach 1 AI"], add_canon=False)
    gg = "google"
    C("google-tpu", "TPU", gg, "TPU", ["TPU", "Cloud TPU", "Tensor Processing Unit", "ТПУ"])
    for m, ex in [("v1", []), ("v2", []), ("v3", []), ("v4", []), ("v4i", []), ("v5e", []), ("v5p", []), ("v5", []),
                  ("v6e", ["Trillium", "TPU v6 Trillium", "TPU v6e Trillium", "TPU Trillium"]), ("v7", ["Ironwood", "TPU v7 Ironwood", "TPU Ironwood", "TPU v7p"]),
                  ("v8", [])]:
        C("google-tpu-" + m, "TPU " + m, gg, "TPU", ["TPU " + m, "TPU" + m, "TPU-" + m] + ["=" + x if x in ("Trillium", "Ironwood") else x for x in ex])
    C("google-edge-tpu", "Edge TPU", gg, "TPU", [])
    for g in range(1, 6):
        C(f"google-tensor-g{g}", f"Tensor G{g}", gg, "Tensor", [f"Google Tensor G{g}"][:0])
    C("google-tensor", "Google Tensor", gg, "Tensor", ["Google Tensor", "Tensor chip"][:1])
    C("google-axion", "Axion", gg, "Axion", ["=Axion", "Axion CPU"])
    C("xiaomi-xring-o1", "XRING O1", "xiaomi", "XRING", ["XRING O1", "Xring O1", "XRing O1", "玄戒O1", "玄戒 O1"])
    C("xiaomi-xring", "XRING", "xiaomi", "XRING", ["XRING", "Xring", "玄戒"])
    C("xiaomi-surge", "Surge", "xiaomi", "Surge", ["Surge S1", "Surge C1"], add_canon=False)
    # ---------------- hyperscalers
    aws = "aws"
    C("aws-trainium", "Trainium", aws, "Trainium", ["Trainium", "Трейниум"])
    for m in ["Trainium1", "Trainium2", "Trainium3", "Trainium4"]:
        g = m[-1]
        C("aws-" + m.lower(), m, aws, "Trainium", [m, "Trainium " + g, "Trn" + g][:2] + (["Trainium 2 Ultra"][:0]))
    C("aws-inferentia", "Inferentia", aws, "Inferentia", ["Inferentia"])
    C("aws-inferentia2", "Inferentia2", aws, "Inferentia", ["Inferentia 2"])
    C("aws-graviton", "Graviton", aws, "Graviton", ["Graviton"])
    for g in range(2, 6):
        C(f"aws-graviton{g}", f"Graviton{g}", aws, "Graviton", [f"Graviton {g}"] + ([f"Graviton3E"] if g == 3 else []))
    ms = "microsoft"
    C("microsoft-maia", "Maia", ms, "Maia", ["=Maia", "Azure Maia"])
    C("microsoft-maia-100", "Maia 100", ms, "Maia", ["Azure Maia 100"])
    C("microsoft-maia-200", "Maia 200", ms, "Maia", ["Azure Maia 200"])
    C("microsoft-cobalt", "Cobalt", ms, "Cobalt", ["Azure Cobalt"], add_canon=False)
    C("microsoft-cobalt-100", "Cobalt 100", ms, "Cobalt", ["Azure Cobalt 100"])
    C("microsoft-cobalt-200", "Cobalt 200", ms, "Cobalt", ["Azure Cobalt 200"])
    mt_ = "meta"
    C("meta-mtia", "MTIA", mt_, "MTIA", ["MTIA", "Meta Training and Inference Accelerator"])
    for m in ["v1", "v2", "100", "200", "300", "400", "450", "500"]:
        C("meta-mtia-" + m, "MTIA " + m, mt_, "MTIA", ["MTIA " + m])
    # ---------------- Chinese accelerators and CPUs
    cb = "cambricon"
    C("cambricon-mlu", "MLU", cb, "MLU", ["MLU", "Siyuan", "思元"])
    for m in ["MLU100", "MLU220", "MLU270", "MLU290", "MLU370", "MLU370-X4", "MLU370-X8", "MLU370-S4", "MLU370-S8", "MLU590", "MLU690", "MLU290-M5", "MLU270-S4"]:
        n = m[3:6]
        al = [m, m.replace("MLU", "MLU ")]
        if m in ("MLU270", "MLU290", "MLU370", "MLU590", "MLU690"):
            al += ["Siyuan " + n, "思元" + n]
        C("cambricon-" + m.lower(), m, cb, "MLU", al)
    C("cambricon-1m", "Cambricon-1M", cb, "", ["Cambricon 1M"])
    kx = "kunlunxin"
    C("kunlun", "Kunlun", kx, "Kunlun", ["Kunlun", "Baidu Kunlun"][:1] + ["昆仑", "Куньлунь"])
    for m, ex in [("Kunlun 1", ["Kunlun I", "Kunlun K200", "K200"]), ("Kunlun 2", ["Kunlun II", "Kunlun2", "Kunlun R200", "R200", "Kunlun RG800", "RG800"]),
                  ("Kunlun P800", ["P800", "Kunlunxin P800", "昆仑芯P800", "Kunlun 3", "Kunlun III"]), ("Kunlun M100", ["M100", "昆仑芯M100"]),
                  ("Kunlun M300", ["M300", "昆仑芯M300"]), ("Kunlun R100", ["R100"][:0])]:
        C("kunlun-" + _slug(m.split()[1]), m, kx, "Kunlun", ex)
    br = "biren"
    C("biren-br100", "BR100", br, "BR", ["BiRen BR100", "壁仞BR100"][1:] + ["Biren BR100"][:0])
    for m in ["BR104", "BR106", "BR110", "BR166", "BR20X"]:
        C("biren-" + m.lower(), m, br, "BR", [])
    mth = "moore-threads"
    C("moore-threads-mtt", "MTT S-series", mth, "MTT", ["MTT S"], add_canon=False) and None
    OUT.pop()
    for m in ["S80", "S70", "S60", "S50", "S30", "S10", "S2000", "S3000", "S4000", "S5000", "X300", "S90", "E300"]:
        C("moore-threads-mtt-" + m.lower(), "MTT " + m, mth, "MTT", ["MTT " + m, "MTT-" + m] + ([m] if m in ("S4000", "S5000", "S3000") else []))
    C("moore-threads-huashan", "Huashan", mth, "", ["=Huashan"], add_canon=False) and None
    OUT.pop()
    mx = "metax"
    for m, ex in [("C500", ["MXC500", "Xiyun C500", "曦云C500"]), ("C550", ["MXC550", "Xiyun C550", "曦云C550"]), ("C600", ["MXC600", "Xiyun C600", "曦云C600"]),
                  ("N100", ["MXN100", "Xisi N100", "曦思N100"]), ("N260", ["MXN260", "曦思N260"]), ("G100", ["Xicai G100", "曦彩G100"])]:
        C("metax-" + m.lower(), "MetaX " + m, mx, "MetaX", ex, add_canon=False)
    ef = "enflame"
    for m in ["T10", "T20", "T21", "i10", "i20", "L600", "S60"]:
        C("enflame-" + m.lower(), "CloudBlazer " + m if m[0] in "Ti" else "Enflame " + m, ef, "CloudBlazer",
          ["CloudBlazer " + m, "Yunsui " + m, "云燧" + m] if m[0] in "Ti" else ["燧原" + m])
    C("enflame-suisi", "Suisi", ef, "", ["Suisi", "邃思"])
    il = "iluvatar-corex"
    C("iluvatar-tiangai-100", "Tiangai 100", il, "Tiangai", ["BI-V100", "天垓100", "Zhixin Tiangai 100"])
    C("iluvatar-tiangai-150", "Tiangai 150", il, "Tiangai", ["天垓150"])
    C("iluvatar-zhikai-100", "Zhikai 100", il, "Zhikai", ["智铠100", "Zhixin Zhikai 100"])
    hy = "hygon"
    C("hygon-dcu", "DCU", hy, "DCU", ["Hygon DCU"][:0] + ["深算"], add_canon=True)
    C("hygon-dcu-z100", "DCU Z100", hy, "DCU", ["Z100L"])
    C("hygon-dcu-k100", "DCU K100", hy, "DCU", ["K100 AI", "DCU K100 AI"])
    C("hygon-bw1000", "BW1000", hy, "DCU", [])
    C("hygon-shensuan-1", "Shensuan-1", hy, "DCU", ["Shensuan 1", "深算一号"])
    C("hygon-shensuan-2", "Shensuan-2", hy, "DCU", ["Shensuan 2", "深算二号"])
    C("hygon-shensuan-3", "Shensuan-3", hy, "DCU", ["Shensuan 3", "深算三号"])
    C("hygon-c86", "C86", hy, "C86", ["Hygon C86"][:0] + ["Dhyana", "海光C86"])
    for m in ["7285", "7380", "7390", "3250", "5280"]:
        C("hygon-c86-" + m, "C86 " + m, hy, "C86", ["C86-" + m])
    lg = "loongson"
    for m in ["3A5000", "3A6000", "3A7000", "3C5000", "3C5000L", "3C6000", "3D5000", "3D6000", "3B6000", "3B6600", "3B7000", "3A4000",
              "3A3000", "2K1000", "2K1000LA", "2K2000", "2K3000", "2K0500", "9A1000", "3E6000"]:
        C("loongson-" + m.lower(), m, lg, "Loongson", ["Loongson " + m][:0] + ["龙芯" + m])
    ph = "phytium"
    for m, ex in [("FT-2000+/64", ["FT-2000+"]), ("FT-2000/4", []), ("FT-1500A", []), ("D2000", ["D2000/8"]), ("S2500", ["Tengyun S2500", "腾云S2500"]),
                  ("S5000C", ["Tengyun S5000C", "腾云S5000C"]), ("D3000", ["Tengrui D3000", "腾锐D3000"]), ("E2000", []), ("FT-2500", [])]:
        C("phytium-" + _slug(m), m, ph, "Phytium", ex)
    zx = "zhaoxin"
    for m in ["KX-6000", "KX-7000", "KH-40000", "KX-U6780A", "KH-50000", "KX-6000G"]:
        C("zhaoxin-" + m.lower(), m, zx, m.split("-")[0], ["开先" + m[3:]] if m.startswith("KX-") else [])
    C("zhaoxin-kaixian", "KaiXian", zx, "KX", ["KaiXian", "开先"])
    C("sunway-sw26010", "SW26010", "", "Sunway", ["Sunway SW26010", "ShenWei SW26010", "申威26010"])
    C("sunway-sw26010-pro", "SW26010-Pro", "", "Sunway", ["Sunway SW26010-Pro", "SW26010 Pro"])
    C("sunway", "Sunway", "", "Sunway", ["=Sunway", "ShenWei", "Shenwei", "申威"])
    C("nudt-mt-3000", "MT-3000", "", "Matrix", ["Matrix-3000"])
    C("nudt-mt-2000", "MT-2000", "", "Matrix", ["Matrix-2000"])
    th = "t-head"
    C("t-head-hanguang-800", "Hanguang 800", th, "Hanguang", ["含光800", "Hanguang-800"])
    C("t-head-yitian-710", "Yitian 710", th, "Yitian", ["倚天710", "Yitian-710"])
    C("t-head-yitian", "Yitian", th, "Yitian", ["倚天"])
    C("t-head-ppu", "Zhenwu PPU", th, "PPU", ["Zhenwu", "真武", "真武PPU", "T-Head PPU"])
    for m in ["C906", "C908", "C910", "C920", "C930", "C950"]:
        C("t-head-xuantie-" + m.lower(), "XuanTie " + m, th, "XuanTie", ["Xuantie " + m, "玄铁" + m])
    C("t-head-xuantie", "XuanTie", th, "XuanTie", ["Xuantie", "玄铁"])
    C("tencent-zixiao", "Zixiao", "tencent", "Zixiao", ["紫霄"])
    C("sophgo-sg2042", "SG2042", "sophgo", "SG", [])
    C("sophgo-sg2044", "SG2044", "sophgo", "SG", [])
    C("sophgo-bm1684x", "BM1684X", "sophgo", "BM", [])
    C("sophgo-bm1684", "BM1684", "sophgo", "BM", [])
    C("sophgo-bm1688", "BM1688", "sophgo", "BM", [])
    C("sophgo-bm1690", "BM1690", "sophgo", "BM", [])
    C("black-sesame-a1000", "Huashan A1000", "black-sesame", "Huashan", ["A1000", "华山A1000", "Huashan-2 A1000"])
    C("black-sesame-c1200", "Wudang C1200", "black-sesame", "Wudang", ["C1200", "武当C1200"])
    for m in ["Journey 2", "Journey 3", "Journey 5", "Journey 6", "Journey 6P", "Journey 6M", "Journey 6E", "Journey 6H"]:
        C("horizon-" + _slug(m), m, "horizon-robotics", "Journey", ["征程" + m.split()[1]])
    C("horizon-journey", "Journey", "horizon-robotics", "Journey", ["征程"], add_canon=False)
    for m in ["T820", "T760", "T770", "T8300", "T8200", "T7300", "T7250", "T618", "T616", "T612", "T606", "T610", "SC9863A", "V516", "V510"]:
        C("unisoc-" + m.lower(), m, "unisoc", "Tiger" if m.startswith("T6") else "Unisoc", ["Tiger " + m] if m.startswith("T6") else [])
    for m in ["RK3588", "RK3588S", "RK3576", "RK3568", "RK3566", "RK3399", "RK3328", "RK1808", "RK3688"]:
        C("rockchip-" + m.lower(), m, "rockchip", "RK", [])
    for m in ["H616", "H618", "H6", "A133", "A523", "T527", "V853", "D1"]:
        C("allwinner-" + m.lower(), "Allwinner " + m, "allwinner", "Allwinner", [] if len(m) <= 2 else [m])
    for m in ["KL520", "KL720", "KL730"]:
        C("kneron-" + m.lower(), m, "kneron", "KL", [])
    C("innosilicon-fantasy", "Fenghua", "innosilicon", "Fenghua", ["Fantasy One", "Fenghua No. 1", "风华1号", "Fenghua 1", "Fenghua 2", "风华2号"], add_canon=True)
    C("jingjia-jm9", "JM9", "jingjia-micro", "JM", ["JM9271", "JM9231", "景宏"])
    C("jingjia-jm7200", "JM7200", "jingjia-micro", "JM", [])
    C("lisuan-7g106", "7G106", "lisuan", "G100", ["Lisuan G100", "7G105"][1:] + ["G100"][:0])
    C("glenfly-arise", "Arise", "glenfly", "Arise", ["Arise GT10C0", "Arise1020"], add_canon=False)
    C("xiangdixian-fenghua", "Tianjun", "xiangdixian", "", ["天钧"])
    # ---------------- Western accelerators
    C("groq-lpu", "LPU", "groq", "LPU", ["LPU", "GroqChip", "Language Processing Unit", "GroqChip LPU"])
    C("cerebras-wse", "WSE", "cerebras", "WSE", ["WSE", "Wafer Scale Engine", "Wafer-Scale Engine"])
    C("cerebras-wse-2", "WSE-2", "cerebras", "WSE", ["WSE 2", "Wafer Scale Engine 2", "Wafer Scale Engine-2"])
    C("cerebras-wse-3", "WSE-3", "cerebras", "WSE", ["WSE 3", "Wafer Scale Engine 3", "Wafer Scale Engine-3"])
    C("furiosa-rngd", "RNGD", "furiosaai", "RNGD", ["Renegade"])
    C("furiosa-warboy", "Warboy", "furiosaai", "Warboy", [])
    C("rebellions-rebel-quad", "REBEL Quad", "rebellions", "REBEL", ["Rebel-Quad", "REBEL-Quad", "Rebel Quad"])
    C("rebellions-atom", "ATOM", "rebellions", "ATOM", ["ATOM-Max", "ATOM Max"], add_canon=False)
    C("tenstorrent-grayskull", "Grayskull", "tenstorrent", "Tenstorrent", [])
    C("tenstorrent-wormhole", "Wormhole", "tenstorrent", "Tenstorrent", ["=Wormhole"])
    C("tenstorrent-blackhole", "Blackhole", "tenstorrent", "Tenstorrent", ["=Blackhole"])
    C("graphcore-ipu", "IPU", "graphcore", "IPU", ["Colossus", "Colossus MK2", "GC200", "Bow IPU"], add_canon=False)
    C("etched-sohu", "Sohu", "etched", "Sohu", ["=Sohu"])
    for m in ["SN40L", "SN30", "SN10", "SN20"]:
        C("sambanova-" + m.lower(), m, "sambanova", "RDU", [])
    C("sambanova-rdu", "RDU", "sambanova", "RDU", ["Reconfigurable Dataflow Unit"], add_canon=False)
    C("hailo-8", "Hailo-8", "hailo", "Hailo", ["Hailo 8"])
    C("hailo-10h", "Hailo-10H", "hailo", "Hailo", ["Hailo-10", "Hailo 10H"])
    C("hailo-15", "Hailo-15", "hailo", "Hailo", [])
    C("axelera-metis", "Metis", "axelera", "Metis", ["Metis AIPU"], add_canon=False)
    C("d-matrix-corsair", "Corsair", "d-matrix", "Corsair", ["d-Matrix Corsair"][:0], add_canon=False) and None
    OUT.pop()
    C("lightmatter-envise", "Envise", "lightmatter", "", ["=Envise"])
    C("tesla-dojo", "Dojo", "tesla", "Dojo", ["=Dojo", "Dojo D1", "D1 Dojo"])
    C("tesla-ai5", "AI5", "tesla", "FSD", ["AI5 chip"][:0])
    C("tesla-ai6", "AI6", "tesla", "FSD", [])
    C("tesla-fsd-chip", "FSD Chip", "tesla", "FSD", ["FSD chip", "HW3", "HW4", "Hardware 4"][1:])
    C("ampere-altra", "Altra", "ampere", "Altra", ["Ampere Altra", "Altra"], add_canon=False)
    C("ampere-altra-max", "Altra Max", "ampere", "Altra", ["Ampere Altra Max"])
    C("ampere-ampereone", "AmpereOne", "ampere", "AmpereOne", ["AmpereOne M", "AmpereOne MX"])
    C("ibm-telum", "Telum", "ibm", "Telum", [])
    C("ibm-telum-ii", "Telum II", "ibm", "Telum", [])
    C("ibm-spyre", "Spyre", "ibm", "Spyre", ["=Spyre", "Spyre Accelerator"])
    C("ibm-power10", "Power10", "ibm", "Power", ["POWER10"])
    C("ibm-power11", "Power11", "ibm", "Power", ["POWER11"])
    C("ibm-power9", "POWER9", "ibm", "Power", ["Power9"])
    C("ibm-northpole", "NorthPole", "ibm", "", ["=NorthPole"])
    C("ibm-truenorth", "TrueNorth", "ibm", "", [])
    C("fujitsu-a64fx", "A64FX", "fujitsu", "A64FX", [])
    C("fujitsu-monaka", "Monaka", "fujitsu", "Monaka", ["FUJITSU-MONAKA"])
    C("pfn-mn-core", "MN-Core", "preferred-networks", "MN-Core", [])
    C("pfn-mn-core-2", "MN-Core 2", "preferred-networks", "MN-Core", [])
    C("pezy-sc2", "PEZY-SC2", "pezy", "PEZY-SC", [])
    C("pezy-sc3", "PEZY-SC3", "pezy", "PEZY-SC", [])
    C("sipearl-rhea", "Rhea", "sipearl", "Rhea", ["Rhea1", "Rhea-1"], add_canon=False)
    C("mobileye-eyeq", "EyeQ", "mobileye", "EyeQ", [])
    for g in range(3, 7):
        C(f"mobileye-eyeq{g}", f"EyeQ{g}", "mobileye", "EyeQ", [f"EyeQ {g}"] + ([f"EyeQ Ultra"] if g == 6 else []))
    C("ambarella-cv3", "CV3-AD685", "ambarella", "CV3", ["CV3-AD"])
    C("tesla-hw", "Hardware 3", "tesla", "FSD", ["Hardware 3.0"])
    # ---------------- Russian processors
    mc = "mcst"
    C("elbrus", "Эльбрус", mc, "Эльбрус", ["Эльбрус", "Elbrus", "ЭЛЬБРУС", "процессор Эльбрус"][:3])
    for ru, la in [("8С", "8S"), ("8СВ", "8SV"), ("16С", "16S"), ("32С", "32S"), ("4С", "4S"), ("2С+", "2S+"), ("2С3", "2S3"), ("1С+", "1S+"),
                   ("12С", "12S"), ("8С1", "8S1"), ("8С2", "8S2"), ("48С", "48S"), ("2СМ", "2SM")]:
        C("elbrus-" + la.lower().replace("+", "-plus"), "Эльбрус-" + ru, mc, "Эльбрус",
          ["Эльбрус-" + ru, "Эльбрус " + ru, "Elbrus-" + la, "Elbrus " + la, "ЭЛЬБРУС-" + ru])
    C("elbrus-r1000", "R1000", mc, "МЦСТ-R", ["МЦСТ-R1000", "MCST-R1000"])
    C("elbrus-r2000", "R2000", mc, "МЦСТ-R", ["МЦСТ-R2000", "MCST-R2000"])
    be = "baikal-electronics"
    for ru, la, code in [("Т1", "T1", "BE-T1000"), ("М", "M", "BE-M1000"), ("S", "S", "BE-S1000"), ("S2", "S2", "BE-S2000"), ("U", "U", "BE-U1000"),
                         ("Т", "T", ""), ("L", "L", "BE-L1000"), ("S1000", "", "")]:
        if not la:
            continue
        cid = "baikal-" + la.lower()
        al = ["Байкал-" + ru, "Байкал " + ru, "Baikal-" + la, "Baikal " + la, "БАЙКАЛ-" + ru] + ([code] if code else [])
        if ru == "М":
            al += ["Байкал-M"]
        C(cid, "Байкал-" + ru, be, "Байкал", al)
    C("komdiv-64", "Комдив-64", "niisi", "Комдив", ["KOMDIV-64", "Комдив 64"])
    C("komdiv-128", "Комдив-128", "niisi", "Комдив", ["KOMDIV-128"])
    C("elvees-multicore", "Мультикор", "elvees", "Мультикор", ["Multicore", "MultiCore"][1:])
    C("elvees-skif", "1892ВА018", "elvees", "Скиф", ["Скиф 1892ВА018", "СКИФ"])
    C("milandr-1986be1t", "1986ВЕ1Т", "milandr", "1986ВЕ", ["1986VE1T", "К1986ВЕ1Т"])
    C("milandr-1986be92", "1986ВЕ92У", "milandr", "1986ВЕ", ["К1986ВЕ92У"])
    C("syntacore-scr", "SCR", "syntacore", "SCR", ["SCR7", "SCR9", "SCR1"], add_canon=False)
    C("yadro-kvant", "Kvant", "yadro", "", ["=Квант", "YADRO Квант"][1:], add_canon=False) and None
    OUT.pop()
    C("nm-card", "NM6408", "module-nt", "NeuroMatrix", ["1879ВМ8Я", "NeuroMatrix", "НейроМатрикс"])
    C("amur", "Амур", "mikron", "", ["=Амур"], add_canon=False) and None
    OUT.pop()
    # ---------------- misc well-known SoCs
    C("raspberry-rp2040", "RP2040", "", "RP", [])
    C("raspberry-rp2350", "RP2350", "", "RP", [])
    C("espressif-esp32", "ESP32", "", "ESP32", ["ESP32-S3", "ESP32-C3"][:0])


# ---------------------------------------------------------------- bulk lists
GPU_FAMILIES = ("GeForce", "Quadro", "RTX", "TITAN", "Titan", "Tesla", "Radeon", "Mobility Radeon", "FirePro",
                "Instinct", "Arc")
DROP_TOKENS = re.compile(r"\s+(Laptop GPU|Mobile|Max-Q|OEM|Embedded GPU|Lite Hash Rate|LHR|Rev\. \d+|Engineering Sample|"
                         r"Graphics|\d+\s?GB|\d+\s?MB|PCIe|SXM\d?|Boost Edition|Generation Laptop GPU)\b", re.I)


def _clean_gpu(name):
    n = name.strip()
    n = re.sub(r"\s*\([^)]*\)", "", n)
    prev = None
    while prev != n:
        prev = n
        n = DROP_TOKENS.sub("", n).strip()
    n = re.sub(r"\s+Ada Generation$", " Ada", n)
    return n.strip()


def _expand_slash(text):
    parts = [p.strip() for p in text.split("/")]
    out = [parts[0]]
    m = re.match(r"^(.*?\s)(\S*\d\S*)(.*)$", parts[0])
    prefix = m.group(1) if m else ""
    for p in parts[1:]:
        if not p:
            continue
        if p.startswith(GPU_FAMILIES):
            out.append(p)
        elif prefix and re.match(r"^[A-Z]*\d", p) and not re.match(r"^\d+\s?[GM]B$", p):
            out.append(prefix + p)
    return out


def pci_gpus(data):
    vendors = {"10de": "nvidia", "1002": "amd", "8086": "intel"}
    cur = None
    res = {}
    with open(os.path.join(data, "pciids", "pci.ids"), encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("C "):
                break
            m = re.match(r"^([0-9a-f]{4})  ", line)
            if m:
                cur = vendors.get(m.group(1))
                continue
            if cur is None or not line.startswith("\t") or line.startswith("\t\t"):
                continue
            mb = re.search(r"\[([^\]]+)\]", line)
            if not mb:
                continue
            for raw in _expand_slash(mb.group(1)):
                n = _clean_gpu(raw)
                if not n.startswith(GPU_FAMILIES) or not re.search(r"\d", n):
                    continue
                if re.match(r"^(Tesla|RTX)?\s*[ABHLVPKTM]\d", n) and not n.startswith(("RTX A", "RTX 2", "RTX 3", "RTX 4", "RTX 5", "RTX 6", "RTX 8")):
                    continue  # data-centre parts are hand-written
                if cur == "intel" and not n.startswith("Arc"):
                    continue
                if len(n) > 40 or " and " in n or "series" in n.lower() or "Series" in n:
                    continue
                res.setdefault(n, cur)
    out = []
    for n, v in sorted(res.items()):
        fam = n.split()[0]
        if n.startswith("Mobility Radeon"):
            fam = "Radeon"
        if n.startswith("RTX") and v == "nvidia":
            fam = "RTX"
        if n.startswith("Radeon Instinct") or n.startswith("Instinct"):
            fam = "Instinct"
        al = [n]
        short = None
        for pre in ("GeForce ", "Radeon ", "Quadro "):
            if n.startswith(pre):
                rest = n[len(pre):]
                if re.match(r"^(RTX|GTX|RX|GT|GTS|MX|Pro|HD|R9|R7|VII|XT)\b", rest) and re.search(r"\d", rest) \
                        and not re.match(r"^(GT|Pro|HD|XT)\s\d{3,4}$", rest) and not rest.startswith("Pro "):
                    short = rest
        if short:
            al.append(short)
        if n.startswith("GeForce GTX TITAN") or n.startswith("GeForce TITAN"):
            al.append(n.replace("GeForce ", ""))
        out.append(_ENT("CHIP", v + "-" + _slug(n), n, "pci.ids", vendor=v, family=fam))
        out[-1].aliases = al
    return out


def quattor(data):
    res = {}
    with open(os.path.join(data, "quattor-cpu", "quattor_cpu_models.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            s = r["model"]
            s = re.sub(r"\((R|TM|tm)\)", "", s)
            s = re.sub(r"@.*$", "", s)
            s = re.sub(r"\b(CPU|Processor|\d+-Core)\b", "", s)
            s = re.sub(r"\s+", " ", s).strip()
            s = re.sub(r"^(Intel|AMD)\s+", "", s)
            m = re.match(r"^(Xeon|EPYC|Opteron)\s+(.*)$", s)
            if not m:
                if s.startswith("Ampere"):
                    pass
                continue
            fam, model = m.group(1), m.group(2).strip()
            if not re.search(r"\d", model):
                continue
            canon = f"{fam} {model}"
            res[canon] = ("intel" if fam == "Xeon" else "amd", fam)
    out = []
    for canon, (v, fam) in sorted(res.items()):
        al = [canon]
        m = re.match(r"^Xeon (Platinum|Gold|Silver|Bronze) (\d{4}\w*)$", canon)
        if m:
            al.append(f"Xeon {m.group(2)}")
        e = _ENT("CHIP", v + "-" + _slug(canon), canon, "quattor", vendor=v, family=fam)
        e.aliases = al
        out.append(e)
    return out


EPOCH_SKIP = {"L2", "L4", "T4", "P4", "P40", "M40", "M60", "K80", "K40", "A2", "A16", "V100S"}
EPOCH_VENDOR = {"NVIDIA": "nvidia", "AMD": "amd", "Intel": "intel", "Google": "google", "Huawei": "huawei", "Amazon AWS": "aws",
                "Cambricon": "cambricon", "Meta": "meta", "Microsoft": "microsoft", "Biren": "biren", "MetaX": "metax",
                "Kunlunxin Baidu": "kunlunxin", "Iluvatar CoreX": "iluvatar-corex", "Tesla": "tesla", "Hygon": "hygon",
                "Alibaba": "t-head", "PEZY": "pezy", "Groq": "groq", "Cerebras": "cerebras", "Graphcore": "graphcore"}


def epoch(data):
    out = []
    with open(os.path.join(data, "epoch-ai", "ml_hardware.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            name = r["Hardware name"].strip()
            manu = r["Manufacturer"].strip()
            v = None
            for k, vid in EPOCH_VENDOR.items():
                if manu.startswith(k):
                    v = vid
            n = re.sub(r"\s*\([^)]*\)", "", name)
            n = re.sub(r"^(NVIDIA|AMD|Intel Habana|Intel|Huawei|Google|Amazon|AWS|Meta|Cambricon|Baidu|Biren|MetaX|T-Head|Tianshu Zhixin|Tesla)\s+", "", n)
            n = re.sub(r"\s+(PCIe|PCle|SXM\d?|NVL|DGXS|OAM|HGX|\d+\s?GB)\b", "", n)
            n = re.sub(r"^HGX\s+", "", n).strip()
            if not n or not re.search(r"\d", n) or n in EPOCH_SKIP:
                continue
            e = _ENT("CHIP", (v or "x") + "-" + _slug(n), n, "epoch", vendor=v or "", family="")
            e.aliases = [n]
            out.append(e)
    return out


def generate(data, Entry):
    global _ENT
    _ENT = Entry
    OUT.clear()
    hand()
    hand_out = list(OUT)
    return hand_out, pci_gpus(data) + quattor(data) + epoch(data)
