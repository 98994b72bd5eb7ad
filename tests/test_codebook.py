"""The one PLOVER codebook module: complete, self-consistent, light to import."""

from __future__ import annotations

import subprocess
import sys

from wirecoder.codebook import (
    CAMEO_ROOT,
    CATEGORIES,
    MODES,
    QUAD_CODE,
    QUAD_NAMES,
    SCORES,
    cameo_root,
    quad,
    quad_code,
    record_cameo_root,
    score,
)


def test_every_category_has_modes_score_quad_and_root():
    assert len(CATEGORIES) == len(set(CATEGORIES)) == 16
    for table in (MODES, QUAD_CODE, CAMEO_ROOT):
        assert set(table) == set(CATEGORIES)
    assert all(score(category) is not None for category in CATEGORIES)


def test_every_mode_score_names_a_mode_of_its_category():
    for key in SCORES:
        category, _, mode = key.partition(":")
        assert category in CATEGORIES
        assert not mode or mode in MODES[category], key


def test_event_quad_label_reads_back_as_the_store_quad_code():
    for category in CATEGORIES:
        label = quad(category)
        assert quad_code(category, label) == QUAD_CODE[category]
        assert label.replace(" ", "_") == QUAD_NAMES[QUAD_CODE[category]]


def test_event_and_record_cameo_roots_agree_without_mode():
    for category in CATEGORIES:
        assert record_cameo_root(category) == cameo_root(category)
    assert record_cameo_root("ASSAULT", "190") == "19"
    assert cameo_root("ASSAULT", "drone") == "19"


def test_there_is_no_second_copy_of_the_codebook():
    import importlib.util

    assert importlib.util.find_spec("wirecoder.store.plover") is None


def test_importing_the_codebook_does_not_load_spacy():
    code = "import sys, wirecoder.codebook; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"
