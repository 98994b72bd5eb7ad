"""Build the sealed events test set 12 (``documents.jsonl``) from ``source.txt``; then check it.

Standalone (no wirecoder import). This builder reuses set 9's builder by import
(``data/gold/test9/build.py``): it loads that module, points its ``HERE`` at this folder and
its ``SET_NUMBER`` at 12 (id pattern ``sealed12-\\d\\d`` and the abbreviations of set 12 in
``data/gold/check_documents.py``), and runs its ``main()``. The ``source.txt`` format is set 9's:
per document ``key: value`` header lines, ``TEXT:`` and the verbatim text (one paragraph per
line), ``EVENTS:`` and one line per event::

    TYPE | mode | ctx,ctx | CODE=phrase; CODE=phrase | CODE=phrase | trigger[#n] | flags

(``#n``: the n-th occurrence of the trigger string in the text; flags ``n``/``f``/``h``);
documents are separated by ``===``. Usage: ``python data/gold/test12/build.py``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_SPEC = importlib.util.spec_from_file_location("test9_build", HERE.parent / "test9" / "build.py")
_BUILD9 = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_BUILD9)
_BUILD9.HERE = HERE
_BUILD9.SET_NUMBER = 12

if __name__ == "__main__":
    sys.exit(_BUILD9.main())
