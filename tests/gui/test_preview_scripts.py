"""Preview is print for shaped scripts: the Arabic and Tigrinya school flyers on the canvas and in
the exported proof PDF differ in under 1 % of their pixels."""
from __future__ import annotations

import pytest

from designer import paths
from designer.gui.session import Session
from tests.gui.test_preview_is_print import LIMIT, _differing_share


@pytest.mark.parametrize("name", ["skola-a5-ar.json", "skola-a5-ti.json"])
def test_canvas_matches_exported_proof_for_script(name, app):
    session = Session()
    session.open_layout(paths.EXAMPLES / name)
    share, _ = _differing_share(session, 0)
    assert share < LIMIT, f"{share:.2%} of pixels differ"
