"""Rebuild a round's READ / CHECK split of the text opened for development (issues 9 and 10).

At the start of rounds 8 to 26 the lead split the text opened that round into a part the
developers read (READ) and a part whose errors nobody reads (CHECK), so that every change is
checked on text its author has not seen. Documents of an opened sealed set alternate, starting
with the first in READ; opened blind sets go whole to one side (alternate too from round 12):

- round 8 (files ``ev_read`` / ``ev_check``): events READ = every other document of ``test7``
  (opened as ``dev13``) + ``blind16``; CHECK = the other documents of ``test7`` + ``blind17``.
- round 9 (suffix ``9``): events READ = half of ``test8`` (``dev14``) + ``blind18`` (VOA) +
  ``blind23`` (government); CHECK = the other half + ``blind22`` + ``blind19``; quotes
  ``quotes/test7.jsonl`` (``dev11``) and quantities ``quantities/test8.jsonl`` (``dev13``),
  alternate documents.
- round 10 (suffix ``10``): events READ = half of ``test9`` (``dev15``) + ``blind20`` (VOA) +
  ``blind27`` (government texts and VOA editorials); CHECK = the other half + ``blind26`` (VOA)
  + ``blind21`` (government); quotes ``quotes/test8.jsonl`` (``dev12``) and quantities
  ``quantities/test9.jsonl`` (``dev14``), alternate documents.
- round 11 (suffix ``11``): events READ = half of ``test10`` (``dev16``) + ``blind24`` +
  ``blind29``; CHECK = the other half + ``blind28`` + ``blind25``; quotes ``test9`` (``dev13``)
  and quantities ``test10`` (``dev15``), alternate documents.
- round 12 (suffix ``12``): events READ = half of ``test11`` (``dev17``) and half of each of
  ``blind30`` (VOA) and ``blind31`` (government texts); CHECK = the other halves; quotes
  ``test10`` (``dev14``) and quantities ``test11`` (``dev16``), alternate documents.
- round 13 (suffix ``13``): events READ = half of ``test12`` (``dev18``) and half of each of
  ``blind32`` (VOA) and ``blind33`` (government texts); CHECK = the other halves; quotes
  ``test11`` (``dev15``) and quantities ``test12`` (``dev17``), alternate documents.
- round 14 (suffix ``14``): events READ = half of ``test13`` (``dev19``) and half of each of
  ``blind34`` (VOA) and ``blind35`` (government texts); CHECK = the other halves; quotes
  ``test12`` (``dev16``) and quantities ``test13`` (``dev18``), alternate documents.
- round 15 (suffix ``15``): events READ = half of ``test14`` (``dev20``) and half of each of
  ``blind36`` (VOA) and ``blind37`` (government texts); CHECK = the other halves; quotes
  ``test13`` (``dev17``) and quantities ``test14`` (``dev19``), alternate documents.
- round 16 (suffix ``16``): events READ = half of ``test15`` (``dev21``) and half of each of
  ``blind38`` (VOA) and ``blind39`` (government texts); CHECK = the other halves; quotes
  ``test14`` (``dev18``) and quantities ``test15`` (``dev20``), alternate documents.
- round 17 (suffix ``17``): events READ = half of ``test16`` (``dev22``) and half of each of
  ``blind40`` (VOA) and ``blind41`` (government texts); CHECK = the other halves; quotes
  ``test15`` (``dev19``) and quantities ``test16`` (``dev21``), alternate documents.
- round 18 (suffix ``18``): events READ = half of ``test17`` (``dev23``) and half of each of
  ``blind42`` (VOA) and ``blind43`` (government texts); CHECK = the other halves; quotes
  ``test16`` (``dev20``) and quantities ``test17`` (``dev22``), alternate documents.
- round 19 (suffix ``19``): events READ = half of ``test18`` (``dev24``) and half of each of
  ``blind44`` (VOA) and ``blind45`` (government texts); CHECK = the other halves; quotes
  ``test17`` (``dev21``) and quantities ``test18`` (``dev23``), alternate documents.
- round 20 (suffix ``20``): events READ = half of ``test19`` (``dev25``) and half of each of
  ``blind46`` (VOA) and ``blind47`` (government texts); CHECK = the other halves; quotes
  ``test18`` (``dev22``) and quantities ``test19`` (``dev24``), alternate documents.
- round 21 (suffix ``21``): events READ = half of ``test20`` (``dev26``) and half of each of
  ``blind48`` (VOA) and ``blind49`` (government texts); CHECK = the other halves; quotes
  ``test19`` (``dev23``) and quantities ``test20`` (``dev25``), alternate documents.
- round 22 (suffix ``22``): events READ = half of ``test21`` (``dev27``) and half of each of
  ``blind50`` (VOA) and ``blind51`` (government texts); CHECK = the other halves; quotes
  ``test20`` (``dev24``) and quantities ``test21`` (``dev26``), alternate documents.
- round 23 (suffix ``23``): events READ = half of ``test22`` (``dev28``) and half of each of
  ``blind52`` (VOA) and ``blind53`` (government texts); CHECK = the other halves; quotes
  ``test21`` (``dev25``) and quantities ``test22`` (``dev27``), alternate documents.
- round 24 (suffix ``24``): events READ = half of ``test23`` (``dev29``) and half of ``blind54``
  (one mixed set of VOA and government texts); CHECK = the other halves; quotes ``test22``
  (``dev26``) and quantities ``test23`` (``dev28``), alternate documents.
- round 25 (suffix ``25``): events READ = half of ``test24`` (``dev30``) and half of ``blind55``
  (one mixed set of VOA and government texts); CHECK = the other halves; quotes ``test23``
  (``dev27``) and quantities ``test24`` (``dev29``), alternate documents.
- round 26 (suffix ``26``): events READ = half of ``test25`` (``dev31``) and half of ``blind56``
  (one mixed set of VOA and government texts); CHECK = the other halves; quotes ``test24``
  (``dev28``) and quantities ``test25`` (``dev30``), alternate documents.

A round's CHECK part was its keep/drop gate: selected-on, never unseen; from the next round on
it is development material like the rest.

Usage::

    python scripts/read_check_split.py ROUND [OUT_DIR]  # 10: {ev,qt,qy}_{read,check}10.jsonl

OUT_DIR defaults to $WIRECODER_SPLIT_DIR, else ``.splits`` in the repository (git-ignored),
where ``scripts/precision_diagnosis.py`` and ``scripts/lexicon_yield.py`` look for READ.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from wirecoder.evaluation.halves import half

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "data" / "gold"
#: One part: (gold file under data/gold, which documents: "even", "odd" or "all").
Part = list[tuple[str, str]]
#: round -> file stem -> the documents it holds, in order.
SPLITS: dict[int, dict[str, Part]] = {
    8: {"ev_read": [("test7/documents.jsonl", "even"), ("events/blind16.jsonl", "all")],
        "ev_check": [("test7/documents.jsonl", "odd"), ("events/blind17.jsonl", "all")]},
    9: {"ev_read9": [("test8/documents.jsonl", "even"), ("events/blind18.jsonl", "all"),
                     ("events/blind23.jsonl", "all")],
        "ev_check9": [("test8/documents.jsonl", "odd"), ("events/blind22.jsonl", "all"),
                      ("events/blind19.jsonl", "all")],
        "qt_read9": [("quotes/test7.jsonl", "even")], "qt_check9": [("quotes/test7.jsonl", "odd")],
        "qy_read9": [("quantities/test8.jsonl", "even")],
        "qy_check9": [("quantities/test8.jsonl", "odd")]},
    10: {"ev_read10": [("test9/documents.jsonl", "even"), ("events/blind20.jsonl", "all"),
                       ("events/blind27.jsonl", "all")],
         "ev_check10": [("test9/documents.jsonl", "odd"), ("events/blind26.jsonl", "all"),
                        ("events/blind21.jsonl", "all")],
         "qt_read10": [("quotes/test8.jsonl", "even")],
         "qt_check10": [("quotes/test8.jsonl", "odd")],
         "qy_read10": [("quantities/test9.jsonl", "even")],
         "qy_check10": [("quantities/test9.jsonl", "odd")]},
    11: {"ev_read11": [("test10/documents.jsonl", "even"), ("events/blind24.jsonl", "all"),
                       ("events/blind29.jsonl", "all")],
         "ev_check11": [("test10/documents.jsonl", "odd"), ("events/blind28.jsonl", "all"),
                        ("events/blind25.jsonl", "all")],
         "qt_read11": [("quotes/test9.jsonl", "even")],
         "qt_check11": [("quotes/test9.jsonl", "odd")],
         "qy_read11": [("quantities/test10.jsonl", "even")],
         "qy_check11": [("quantities/test10.jsonl", "odd")]},
    12: {"ev_read12": [("test11/documents.jsonl", "even"), ("events/blind30.jsonl", "even"),
                       ("events/blind31.jsonl", "even")],
         "ev_check12": [("test11/documents.jsonl", "odd"), ("events/blind30.jsonl", "odd"),
                        ("events/blind31.jsonl", "odd")],
         "qt_read12": [("quotes/test10.jsonl", "even")],
         "qt_check12": [("quotes/test10.jsonl", "odd")],
         "qy_read12": [("quantities/test11.jsonl", "even")],
         "qy_check12": [("quantities/test11.jsonl", "odd")]},
    13: {"ev_read13": [("test12/documents.jsonl", "even"), ("events/blind32.jsonl", "even"),
                       ("events/blind33.jsonl", "even")],
         "ev_check13": [("test12/documents.jsonl", "odd"), ("events/blind32.jsonl", "odd"),
                        ("events/blind33.jsonl", "odd")],
         "qt_read13": [("quotes/test11.jsonl", "even")],
         "qt_check13": [("quotes/test11.jsonl", "odd")],
         "qy_read13": [("quantities/test12.jsonl", "even")],
         "qy_check13": [("quantities/test12.jsonl", "odd")]},
    14: {"ev_read14": [("test13/documents.jsonl", "even"), ("events/blind34.jsonl", "even"),
                       ("events/blind35.jsonl", "even")],
         "ev_check14": [("test13/documents.jsonl", "odd"), ("events/blind34.jsonl", "odd"),
                        ("events/blind35.jsonl", "odd")],
         "qt_read14": [("quotes/test12.jsonl", "even")],
         "qt_check14": [("quotes/test12.jsonl", "odd")],
         "qy_read14": [("quantities/test13.jsonl", "even")],
         "qy_check14": [("quantities/test13.jsonl", "odd")]},
    15: {"ev_read15": [("test14/documents.jsonl", "even"), ("events/blind36.jsonl", "even"),
                       ("events/blind37.jsonl", "even")],
         "ev_check15": [("test14/documents.jsonl", "odd"), ("events/blind36.jsonl", "odd"),
                        ("events/blind37.jsonl", "odd")],
         "qt_read15": [("quotes/test13.jsonl", "even")],
         "qt_check15": [("quotes/test13.jsonl", "odd")],
         "qy_read15": [("quantities/test14.jsonl", "even")],
         "qy_check15": [("quantities/test14.jsonl", "odd")]},
    16: {"ev_read16": [("test15/documents.jsonl", "even"), ("events/blind38.jsonl", "even"),
                       ("events/blind39.jsonl", "even")],
         "ev_check16": [("test15/documents.jsonl", "odd"), ("events/blind38.jsonl", "odd"),
                        ("events/blind39.jsonl", "odd")],
         "qt_read16": [("quotes/test14.jsonl", "even")],
         "qt_check16": [("quotes/test14.jsonl", "odd")],
         "qy_read16": [("quantities/test15.jsonl", "even")],
         "qy_check16": [("quantities/test15.jsonl", "odd")]},
    17: {"ev_read17": [("test16/documents.jsonl", "even"), ("events/blind40.jsonl", "even"),
                       ("events/blind41.jsonl", "even")],
         "ev_check17": [("test16/documents.jsonl", "odd"), ("events/blind40.jsonl", "odd"),
                        ("events/blind41.jsonl", "odd")],
         "qt_read17": [("quotes/test15.jsonl", "even")],
         "qt_check17": [("quotes/test15.jsonl", "odd")],
         "qy_read17": [("quantities/test16.jsonl", "even")],
         "qy_check17": [("quantities/test16.jsonl", "odd")]},
    18: {"ev_read18": [("test17/documents.jsonl", "even"), ("events/blind42.jsonl", "even"),
                       ("events/blind43.jsonl", "even")],
         "ev_check18": [("test17/documents.jsonl", "odd"), ("events/blind42.jsonl", "odd"),
                        ("events/blind43.jsonl", "odd")],
         "qt_read18": [("quotes/test16.jsonl", "even")],
         "qt_check18": [("quotes/test16.jsonl", "odd")],
         "qy_read18": [("quantities/test17.jsonl", "even")],
         "qy_check18": [("quantities/test17.jsonl", "odd")]},
    19: {"ev_read19": [("test18/documents.jsonl", "even"), ("events/blind44.jsonl", "even"),
                       ("events/blind45.jsonl", "even")],
         "ev_check19": [("test18/documents.jsonl", "odd"), ("events/blind44.jsonl", "odd"),
                        ("events/blind45.jsonl", "odd")],
         "qt_read19": [("quotes/test17.jsonl", "even")],
         "qt_check19": [("quotes/test17.jsonl", "odd")],
         "qy_read19": [("quantities/test18.jsonl", "even")],
         "qy_check19": [("quantities/test18.jsonl", "odd")]},
    20: {"ev_read20": [("test19/documents.jsonl", "even"), ("events/blind46.jsonl", "even"),
                       ("events/blind47.jsonl", "even")],
         "ev_check20": [("test19/documents.jsonl", "odd"), ("events/blind46.jsonl", "odd"),
                        ("events/blind47.jsonl", "odd")],
         "qt_read20": [("quotes/test18.jsonl", "even")],
         "qt_check20": [("quotes/test18.jsonl", "odd")],
         "qy_read20": [("quantities/test19.jsonl", "even")],
         "qy_check20": [("quantities/test19.jsonl", "odd")]},
    21: {"ev_read21": [("test20/documents.jsonl", "even"), ("events/blind48.jsonl", "even"),
                       ("events/blind49.jsonl", "even")],
         "ev_check21": [("test20/documents.jsonl", "odd"), ("events/blind48.jsonl", "odd"),
                        ("events/blind49.jsonl", "odd")],
         "qt_read21": [("quotes/test19.jsonl", "even")],
         "qt_check21": [("quotes/test19.jsonl", "odd")],
         "qy_read21": [("quantities/test20.jsonl", "even")],
         "qy_check21": [("quantities/test20.jsonl", "odd")]},
    22: {"ev_read22": [("test21/documents.jsonl", "even"), ("events/blind50.jsonl", "even"),
                       ("events/blind51.jsonl", "even")],
         "ev_check22": [("test21/documents.jsonl", "odd"), ("events/blind50.jsonl", "odd"),
                        ("events/blind51.jsonl", "odd")],
         "qt_read22": [("quotes/test20.jsonl", "even")],
         "qt_check22": [("quotes/test20.jsonl", "odd")],
         "qy_read22": [("quantities/test21.jsonl", "even")],
         "qy_check22": [("quantities/test21.jsonl", "odd")]},
    23: {"ev_read23": [("test22/documents.jsonl", "even"), ("events/blind52.jsonl", "even"),
                       ("events/blind53.jsonl", "even")],
         "ev_check23": [("test22/documents.jsonl", "odd"), ("events/blind52.jsonl", "odd"),
                        ("events/blind53.jsonl", "odd")],
         "qt_read23": [("quotes/test21.jsonl", "even")],
         "qt_check23": [("quotes/test21.jsonl", "odd")],
         "qy_read23": [("quantities/test22.jsonl", "even")],
         "qy_check23": [("quantities/test22.jsonl", "odd")]},
    24: {"ev_read24": [("test23/documents.jsonl", "even"), ("events/blind54.jsonl", "even")],
         "ev_check24": [("test23/documents.jsonl", "odd"), ("events/blind54.jsonl", "odd")],
         "qt_read24": [("quotes/test22.jsonl", "even")],
         "qt_check24": [("quotes/test22.jsonl", "odd")],
         "qy_read24": [("quantities/test23.jsonl", "even")],
         "qy_check24": [("quantities/test23.jsonl", "odd")]},
    25: {"ev_read25": [("test24/documents.jsonl", "even"), ("events/blind55.jsonl", "even")],
         "ev_check25": [("test24/documents.jsonl", "odd"), ("events/blind55.jsonl", "odd")],
         "qt_read25": [("quotes/test23.jsonl", "even")],
         "qt_check25": [("quotes/test23.jsonl", "odd")],
         "qy_read25": [("quantities/test24.jsonl", "even")],
         "qy_check25": [("quantities/test24.jsonl", "odd")]},
    26: {"ev_read26": [("test25/documents.jsonl", "even"), ("events/blind56.jsonl", "even")],
         "ev_check26": [("test25/documents.jsonl", "odd"), ("events/blind56.jsonl", "odd")],
         "qt_read26": [("quotes/test24.jsonl", "even")],
         "qt_check26": [("quotes/test24.jsonl", "odd")],
         "qy_read26": [("quantities/test25.jsonl", "even")],
         "qy_check26": [("quantities/test25.jsonl", "odd")]},
}


def _rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _pick(rows: list[dict[str, object]], which: str) -> list[dict[str, object]]:
    if which == "all":
        return rows
    return half(rows, "even" if which == "even" else "odd")


def parts(round_number: int) -> dict[str, list[dict[str, object]]]:
    """Return the records of each READ and CHECK file of ``round_number`` (8 to 26).

    Raises:
        SystemExit: for a round that had no split.
    """
    if round_number not in SPLITS:
        raise SystemExit(f"round {round_number}: no READ / CHECK split "
                         f"(rounds {', '.join(map(str, SPLITS))})")
    out: dict[str, list[dict[str, object]]] = {}
    for stem, sources in SPLITS[round_number].items():
        out[stem] = [row for rel, which in sources for row in _pick(_rows(GOLD / rel), which)]
    return out


def main(round_number: int, out_dir: str) -> None:
    """Write the READ and CHECK files of ``round_number`` into ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in parts(round_number).items():
        with (out / f"{name}.jsonl").open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{name}: {len(rows)} documents")


if __name__ == "__main__":
    if len(sys.argv) < 2 or not sys.argv[1].isdigit():
        raise SystemExit("usage: python scripts/read_check_split.py ROUND [OUT_DIR]")
    default = os.environ.get("WIRECODER_SPLIT_DIR", str(ROOT / ".splits"))
    main(int(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else default)
