#!/usr/bin/env python3
"""Regenerates assets/fonts/wqy-microhei-subset.ttf from Debian's fonts-wqy-microhei.

Keeps the "WenQuanYi Micro Hei" face (face 0 of the collection) with Basic Latin, Latin-1, Greek,
general punctuation, arrows, mathematical operators, CJK symbols and punctuation, all 20,902 CJK
unified ideographs U+4E00-U+9FA5 (GBK's hanzi), full-width forms, and every character of the
Chinese translation files assets/i18n/*_zh.properties.

Needs: apt-get install fonts-wqy-microhei python3-fonttools
Run from the repository root: /usr/bin/python3 assets/fonts/tools/subset-cjk-font.py
"""
import pathlib
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection

SOURCE = pathlib.Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
ROOT = pathlib.Path(__file__).resolve().parents[3]
TARGET = ROOT / "assets" / "fonts" / "wqy-microhei-subset.ttf"
RANGES = [(0x0020, 0x007E), (0x00A0, 0x00FF), (0x0370, 0x03FF), (0x2000, 0x206F), (0x2190, 0x21FF),
          (0x2200, 0x22FF), (0x3000, 0x303F), (0x4E00, 0x9FA5), (0xFF00, 0xFFEF)]


def bundle_characters():
    chars = set()
    for path in sorted((ROOT / "assets" / "i18n").glob("*_zh.properties")):
        chars.update(ch for ch in path.read_text(encoding="utf-8") if ord(ch) >= 0x20)
    return chars


def main():
    if not SOURCE.exists():
        sys.exit(f"{SOURCE} is missing: apt-get install fonts-wqy-microhei")
    font = TTCollection(str(SOURCE)).fonts[0]
    available = set(font.getBestCmap())
    wanted = {cp for lo, hi in RANGES for cp in range(lo, hi + 1)}
    wanted.update(ord(ch) for ch in bundle_characters())
    missing = sorted(cp for cp in wanted if cp not in available and not 0xD800 <= cp <= 0xDFFF)
    bundle_missing = [chr(cp) for cp in missing if chr(cp) in bundle_characters()]
    if bundle_missing:
        print("not in WenQuanYi Micro Hei, will show as boxes: " + "".join(bundle_missing), file=sys.stderr)
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["FFTM"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(wanted & available))
    subsetter.subset(font)
    tmp = TARGET.with_suffix(".tmp")
    font.save(str(tmp))
    tmp.replace(TARGET)
    print(f"wrote {TARGET.relative_to(ROOT)}: {len(wanted & available)} characters, {TARGET.stat().st_size} bytes")


if __name__ == "__main__":
    main()
