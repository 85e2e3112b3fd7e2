"""The numpy mask choice gives, module for module, the QR matrix segno makes (error level M)."""
from __future__ import annotations

from urllib.parse import quote

import pytest
import segno
from hypothesis import given, settings
from hypothesis import strategies as st

from designer.layout import shapes
from designer.layout.qr_mask import qr_matrix_fast

SWEDISH = "abcdefghijklmnopqrstuvwxyzåäöÅÄÖéABCXYZ"
WORDS = st.text(alphabet=SWEDISH + "0123456789-_ ", min_size=1, max_size=40)


def segno_matrix(payload: str):
    return segno.make(payload, error="m", micro=False).matrix


@st.composite
def urls(draw):
    """https URLs with Swedish place names in the path and query, raw or percent-encoded."""
    encode = draw(st.sampled_from([quote, lambda text: text.replace(" ", "-")]))
    path = "/".join(encode(part) for part in draw(st.lists(WORDS, min_size=1, max_size=4)))
    query = "&".join(f"{encode(key)}={encode(value)}"
                     for key, value in draw(st.lists(st.tuples(WORDS, WORDS), max_size=3)))
    return f"https://{draw(st.sampled_from(['exempel.se', 'www.centerpartiet.se']))}/{path}" \
           + (f"?{query}" if query else "")


PAYLOADS = st.one_of(
    urls(),
    st.text(alphabet=SWEDISH + " .,:;!?%&/()=+-'\"\n", min_size=1, max_size=300),
    st.text(alphabet="0123456789", min_size=1, max_size=300),
    st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:", min_size=1, max_size=300),
)


@settings(max_examples=1000, deadline=None)
@given(PAYLOADS)
def test_matrix_equals_segnos(payload):
    assert qr_matrix_fast(payload) == segno_matrix(payload)


def test_every_version_a_url_of_up_to_300_characters_needs():
    """Versions 1 to 13: with and without remainder bits and version information (version >= 7)."""
    long_url = "https://exempel.se/anmal?ort=Borlänge&namn=" + "Åsa" * 100
    versions = set()
    for length in range(1, 301, 3):
        url = long_url[:length]
        expected = segno.make(url, error="m", micro=False)
        assert qr_matrix_fast(url) == expected.matrix, url
        versions.add(expected.version)
    assert versions == set(range(1, 14))


def test_returns_segnos_type_and_errors():
    matrix = qr_matrix_fast("https://exempel.se")
    assert isinstance(matrix, tuple) and all(isinstance(row, bytearray) for row in matrix)
    with pytest.raises(segno.DataOverflowError):
        qr_matrix_fast("x" * 5000)
    assert isinstance(shapes.qr_matrix("x" * 5000), str)
