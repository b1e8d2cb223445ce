"""Write a synthetic corpus shaped like the real one, for the scale benchmark.

    python bench/generate.py OUT_DIR --documents 100000 [--seed 1]

Shape (from ../shared/corpus and data/seeds):
- Central documents: Party resolutions, regulations, directives and conclusions (N-NQ/TW,
  N-QĐ/TW, N-CT/TW, N-KL/TW) whose numbers restart every khóa (so 29-NQ/TW exists in
  several terms), and state decrees and decisions (N/YYYY/NĐ-CP, N/QĐ-TTg). About 1 % of
  the files.
- Under each central resolution, chains of plans: a province's Party, Front or People's
  Committee plan implements it ("Thực hiện Nghị quyết số ..."); district plans implement the
  province plan; commune plans implement the district plan (about 9 %, 30 % and 60 % of the
  files). Local numbers restart every year for every issuer, so 12/KH-MTTQ-BTT exists in
  hundreds of places: the graph must keep them apart by locality.
- Each text has a real-looking header (issuer block, "Số: ...", place and date, type word,
  title) and 8 to 20 mentions, like the real plans (about 24 mentions, 14 distinct documents
  per text): the plan it implements with date and issuer, the central resolution again,
  "Căn cứ" laws and decrees, other plans cited in passing, repeated short forms ("Kế hoạch
  số 45"), and noise: spaces inside symbols ("619 /KH-MTTQ-BTT"), lower-case type words,
  citations without a date (which float until relinked), and a few symbols no other file
  defines.

Deterministic for a seed. Files go in sub-folders of 1,000 (``00012/...txt``).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

PROVINCES = [
    "An Giang", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Bình Dương",
    "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Đắk Nông",
    "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh",
    "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum",
    "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An",
    "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam",
    "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình",
    "Thái Nguyên", "Thanh Hóa", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long",
    "Vĩnh Phúc", "Yên Bái"]
SYLLABLES = ["An", "Bình", "Hòa", "Phú", "Tân", "Thạnh", "Lợi", "Hưng", "Đông", "Tây", "Nam",
             "Bắc", "Trung", "Minh", "Quang", "Thuận", "Phước", "Long", "Hải", "Sơn", "Lạc",
             "Xuân", "Thịnh", "Vĩnh", "Lương", "Mỹ", "Thọ", "Cẩm", "Đức", "Nghĩa"]
TERMS = [("XI", 2011, 2015), ("XII", 2016, 2020), ("XIII", 2021, 2025)]
CENTRAL_TYPES = [("Nghị quyết", "NQ", 0.40), ("Quy định", "QĐ", 0.15),
                 ("Chỉ thị", "CT", 0.25), ("Kết luận", "KL", 0.20)]
CENTRAL_BODY = {"NQ": "Ban Chấp hành Trung ương Đảng", "QĐ": "Ban Bí thư",
                "CT": "Bộ Chính trị", "KL": "Bộ Chính trị"}
TOPICS = ["tiếp tục đẩy mạnh công tác dân vận trong tình hình mới",
          "nâng cao chất lượng hoạt động của Mặt trận Tổ quốc",
          "tăng cường sự lãnh đạo của Đảng đối với công tác giảm nghèo bền vững",
          "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
          "xây dựng nông thôn mới gắn với đô thị văn minh",
          "phát huy sức mạnh khối đại đoàn kết toàn dân tộc",
          "giám sát việc tu dưỡng, rèn luyện đạo đức, lối sống của cán bộ, đảng viên",
          "chuyển đổi số trong hệ thống chính trị",
          "bảo vệ môi trường và ứng phó với biến đổi khí hậu",
          "phòng, chống tham nhũng, tiêu cực"]
LAWS = [("Luật Mặt trận Tổ quốc Việt Nam", "75/2015/QH13", "09/6/2015"),
        ("Luật Tổ chức chính quyền địa phương", "77/2015/QH13", "19/6/2015"),
        ("Luật Thực hiện dân chủ ở cơ sở", "10/2022/QH15", "10/11/2022")]
DECREES = [("Nghị định", "93/2021/NĐ-CP", "27/10/2021", "Chính phủ"),
           ("Nghị định", "59/2023/NĐ-CP", "14/8/2023", "Chính phủ"),
           ("Quyết định", "23/QĐ-TTg", "07/01/2021", "Thủ tướng Chính phủ"),
           ("Quyết định", "1719/QĐ-TTg", "14/10/2021", "Thủ tướng Chính phủ")]

# Local issuers by family: (block heading, body as cited, symbol suffix, family)
LOCAL = {
    "tỉnh": [("TỈNH ỦY {P}", "Ban Thường vụ Tỉnh ủy {p}", "/TU", "party"),
             ("ỦY BAN NHÂN DÂN TỈNH {P}", "Ủy ban nhân dân tỉnh {p}", "UBND", "state"),
             ("ỦY BAN MTTQ VIỆT NAM TỈNH {P}", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh {p}", "MTTQ-BTT", "front")],
    "huyện": [("HUYỆN ỦY {P}", "Ban Thường vụ Huyện ủy {p}", "/HU", "party"),
              ("ỦY BAN NHÂN DÂN HUYỆN {P}", "Ủy ban nhân dân huyện {p}", "UBND", "state"),
              ("ỦY BAN MTTQ VIỆT NAM HUYỆN {P}", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện {p}", "MTTQ-BTT", "front")],
    "xã": [("ĐẢNG ỦY XÃ {P}", "Ban Thường vụ Đảng ủy xã {p}", "/ĐU", "party"),
           ("ỦY BAN NHÂN DÂN XÃ {P}", "Ủy ban nhân dân xã {p}", "UBND", "state"),
           ("ỦY BAN MTTQ VIỆT NAM XÃ {P}", "Ban Thường trực Ủy ban MTTQ Việt Nam xã {p}", "MTTQ-BTT", "front")],
}


@dataclass
class Doc:
    """One generated document, and what the truth file records about it."""
    path: str
    symbol: str
    type: str
    level: str
    place: str
    province: str
    date: tuple[int, int, int]
    body: str
    title: str
    parent: int | None = None          # index of the document it implements
    root: int | None = None            # the central resolution at the top of its chain
    cites: list[int] = field(default_factory=list)


class Numbering:
    """Numbers restart every year (local) or khóa (central) for each issuer."""

    def __init__(self):
        self.next: dict[tuple, int] = {}

    def take(self, key: tuple, rng: random.Random) -> int:
        n = self.next.get(key, rng.randint(1, 40))
        self.next[key] = n + rng.randint(1, 6)
        return n


def _name(rng: random.Random) -> str:
    return " ".join(rng.sample(SYLLABLES, 2))


def _date_text(d: tuple[int, int, int], rng: random.Random) -> str:
    y, m, day = d
    return f"{day:02d}/{m}/{y}" if rng.random() < 0.5 else f"{day}/{m:02d}/{y}"


def _symbol(kind: str, number: int, code: str, suffix: str) -> str:
    if suffix.startswith("/"):            # Party style: 45-KH/TU
        return f"{number}-{code}{suffix}"
    return f"{number}/{code}-{suffix}"   # state and Front style: 12/KH-MTTQ-BTT


class Generator:
    def __init__(self, documents: int, seed: int = 1):
        self.n = documents
        self.rng = random.Random(seed)
        self.docs: list[Doc] = []
        self.numbers = Numbering()
        # geography: provinces -> districts -> communes, sized to the corpus
        n_districts = max(2, min(700, documents // 40))
        n_communes = max(4, min(10_000, documents // 8))
        rng = self.rng
        names2 = [f"{a} {b}" for a in SYLLABLES for b in SYLLABLES if a != b]
        names3 = [f"{a} {b} {c}" for a in SYLLABLES for b in SYLLABLES for c in SYLLABLES
                  if len({a, b, c}) == 3]
        rng.shuffle(names2)
        rng.shuffle(names3)
        self.districts = [(names2[i], rng.choice(PROVINCES)) for i in range(n_districts)]
        self.communes = [(names3[i], rng.randrange(n_districts)) for i in range(n_communes)]

    # ------------------------------------------------------------------ plan of the corpus
    def plan(self) -> list[Doc]:
        rng = self.rng
        n_central = max(3, self.n // 100)
        centrals = [self._central(i) for i in range(n_central)]
        self.docs.extend(centrals)
        # each central resolution gets a share of the local plans, skewed (a few are hubs)
        weights = [1 / (k + 1) ** 0.8 for k in range(n_central)]
        while len(self.docs) < self.n:
            root = rng.choices(range(n_central), weights)[0]
            self._cascade(root)
        del self.docs[self.n:]
        return self.docs

    def _central(self, i: int) -> Doc:
        rng = self.rng
        if rng.random() < 0.8:
            word, code, _ = rng.choices(CENTRAL_TYPES, [w for *_, w in CENTRAL_TYPES])[0]
            term, y0, y1 = rng.choice(TERMS)
            year = rng.randint(y0, y1)
            number = self.numbers.take(("TW", code, term), rng)
            symbol = f"{number}-{code}/TW"
            body = CENTRAL_BODY[code]
        else:
            word, code = rng.choice([("Nghị định", "NĐ"), ("Quyết định", "QĐ")])
            year = rng.randint(2011, 2025)
            number = self.numbers.take(("CP", code, year), rng)
            symbol = f"{number}/{year}/NĐ-CP" if code == "NĐ" else f"{number}/QĐ-TTg"
            body = "Chính phủ" if code == "NĐ" else "Thủ tướng Chính phủ"
        date = (year, rng.randint(1, 12), rng.randint(1, 28))
        d = Doc("", symbol, word, "Trung ương", "Hà Nội", "", date, body,
                rng.choice(TOPICS)[0].upper() + rng.choice(TOPICS)[1:])
        d.root = len(self.docs)
        if self.docs and rng.random() < 0.5:     # a later document builds on an earlier one
            d.cites.append(rng.randrange(len(self.docs)))
        return d

    def _local(self, level: str, place: str, province: str, parent: int, root: int) -> int:
        rng = self.rng
        heading, body, suffix, family = rng.choice(LOCAL[level])
        word, code = ("Kế hoạch", "KH") if rng.random() < 0.8 else ("Chương trình", "CTr")
        pdate = self.docs[parent].date
        year = min(2025, pdate[0] + (rng.random() < 0.4))
        month = pdate[1] if year == pdate[0] else rng.randint(1, 12)
        month = min(12, month + rng.randint(0, 2))
        date = (year, month, rng.randint(1, 28))
        scope = f"{province}|{place}|{level}|{suffix}"
        number = self.numbers.take((scope, code, year), rng)
        d = Doc("", _symbol(level, number, code, suffix), word, level, place, province, date,
                body.format(p=place), "Thực hiện " + self.docs[root].type + " số " +
                self.docs[root].symbol + " về " + rng.choice(TOPICS))
        d.parent, d.root = parent, root
        d.heading = heading.format(P=place.upper())
        self.docs.append(d)
        return len(self.docs) - 1

    def _cascade(self, root: int) -> None:
        """One province's chain under a central resolution: province, districts, communes."""
        rng = self.rng
        district_ids = [i for i in range(len(self.districts))]
        prov = rng.choice(PROVINCES)
        p = self._local("tỉnh", prov, prov, root, root)
        for _ in range(rng.randint(1, 4)):
            if len(self.docs) >= self.n:
                return
            dist, dprov = self.districts[rng.choice(district_ids)]
            h = self._local("huyện", dist, prov, p, root)
            for _ in range(rng.randint(1, 3)):
                if len(self.docs) >= self.n:
                    return
                commune, _ = rng.choice(self.communes)
                self._local("xã", commune, prov, h, root)

    # ------------------------------------------------------------------ texts
    def text(self, i: int) -> str:
        rng, d = self.rng, self.docs[i]
        y, m, day = d.date
        if d.level == "Trung ương":
            head = f"BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố: {d.symbol}\n" if d.symbol.endswith("/TW") \
                else f"{d.body.upper()}\nSố: {d.symbol}\n"
        else:
            upper = d.heading if d.level == "tỉnh" else f"{d.heading}\nTỈNH {d.province.upper()}"
            head = f"{upper}\nSố: {d.symbol}\n"
        out = [head, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n",
               f"{d.place}, ngày {day} tháng {m} năm {y}\n", d.type.upper() + "\n", d.title + "\n"]
        laws = rng.sample(LAWS, rng.randint(1, 2))
        out.append("Căn cứ " + "; ".join(f"{name} số {sym} ngày {date}" for name, sym, date in laws)
                   + ";\n")
        for word, sym, date, body in rng.sample(DECREES, rng.randint(1, 3)):
            out.append(f"Căn cứ {word} số {sym} ngày {date} của {body};\n")
        if d.parent is not None:
            par, root = self.docs[d.parent], self.docs[d.root]
            out.append(f"Thực hiện {self._cite(par)}; {self._cite(root)},\n")
            out.append(f"{d.body} xây dựng {d.type.lower()} thực hiện như sau:\n")
            out.append("I. MỤC ĐÍCH, YÊU CẦU\n")
            out.append(f"Quán triệt đầy đủ nội dung {root.type} số {self._noisy(root.symbol)} "
                       f"và {par.type} số {par.symbol.split('/')[0].split('-')[0]} "
                       f"đến cán bộ, đảng viên và Nhân dân.\n")
        for j in d.cites:
            out.append(f"Căn cứ {self._cite(self.docs[j])};\n")
        # other documents mentioned in passing: earlier plans, sometimes without a date
        for _ in range(rng.randint(1, 4)):
            if not self.docs:
                break
            k = rng.randrange(max(1, i))
            other = self.docs[k]
            d.cites.append(k)
            if rng.random() < 0.1:   # undated: floats until relink
                out.append(f"Bám sát {other.type.lower()} số {other.symbol} về {rng.choice(TOPICS)}.\n")
            else:
                out.append(f"Bám sát {self._cite(other)} về {rng.choice(TOPICS)}.\n")
        if rng.random() < 0.05:   # a symbol nobody defines
            out.append(f"Theo Công văn số {rng.randint(100, 9999)}-CV/BTGTU ngày 02/3/2023.\n")
        out.append("II. NỘI DUNG\nTổ chức tuyên truyền, phổ biến, quán triệt sâu rộng; "
                   "kiểm tra, giám sát việc thực hiện; định kỳ sơ kết, tổng kết.\n")
        out.append(f"Nơi nhận:\n- Như trên;\n- Lưu VP.\nTM. {d.body.upper()}\n")
        return "".join(out)

    def _noisy(self, symbol: str) -> str:
        r = self.rng.random()
        if r < 0.05 and "/" in symbol:
            a, b = symbol.split("/", 1)
            return f"{a} /{b}"
        return symbol

    def _cite(self, d: Doc) -> str:
        y, m, day = d.date
        word = d.type if self.rng.random() > 0.05 else d.type.lower()
        where = ""
        if d.level == "Trung ương" and d.symbol.endswith("/TW"):
            term = next(t for t, a, b in TERMS if a <= y <= b)
            where = f" của {d.body} khóa {term}"
        elif d.level == "Trung ương":
            where = f" của {d.body}"
        elif d.level in ("huyện", "xã"):
            where = f" của {d.body}, tỉnh {d.province}"
        else:
            where = f" của {d.body}"
        return f"{word} số {self._noisy(d.symbol)} ngày {_date_text(d.date, self.rng)}{where}"

    def write(self, out: Path) -> dict:
        out.mkdir(parents=True, exist_ok=True)
        truth = []
        for i, d in enumerate(self.docs):
            d.path = f"{i // 1000:05d}/{i:07d}.txt"
        for i, d in enumerate(self.docs):
            f = out / d.path
            f.parent.mkdir(exist_ok=True)
            f.write_text(self.text(i), encoding="utf-8")
            truth.append({"path": d.path, "symbol": d.symbol, "type": d.type, "level": d.level,
                          "place": d.place, "province": d.province,
                          "date": "%04d-%02d-%02d" % d.date, "parent": d.parent, "root": d.root})
        with (out / "truth.jsonl").open("w", encoding="utf-8") as fh:
            for t in truth:
                fh.write(json.dumps(t, ensure_ascii=False) + "\n")
        levels: dict[str, int] = {}
        for d in self.docs:
            levels[d.level] = levels.get(d.level, 0) + 1
        return {"documents": len(self.docs), "by_level": levels}


def generate(out: str | Path, documents: int, seed: int = 1) -> dict:
    g = Generator(documents, seed)
    g.plan()
    return g.write(Path(out))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--documents", "-n", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    print(json.dumps(generate(args.out, args.documents, args.seed), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
