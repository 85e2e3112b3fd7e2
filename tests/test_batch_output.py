"""What each edition of a merge carries when constant things are made once per process: a
document ID from the job's inputs (the same on every run, different per row, equal in trailer
and XMP), and photos placed from their serialised XObject without re-reading the file."""
from __future__ import annotations

import pikepdf
from reportlab.pdfbase import pdfdoc

from designer.batch.merge import MergePlan
from designer.adapters import reportlab_pdfdoc
from tests.editions_rows import write_csv


def ids(folder) -> dict[str, str]:
    out = {}
    for path in sorted(folder.glob("*.pdf")):
        with pikepdf.open(path) as pdf:
            first, second = (bytes(v).hex() for v in pdf.trailer.ID)
            with pdf.open_metadata() as xmp:
                uuid = xmp["xmpMM:DocumentID"].removeprefix("uuid:").replace("-", "")
            assert first == second == uuid
            out[path.name] = first
    return out


def test_each_edition_has_a_document_id_from_its_inputs(workdir):
    data = write_csv(workdir / "rader.csv", 4, broken={})
    MergePlan(workdir / "mote.json", data, workdir / "a").run()
    MergePlan(workdir / "mote.json", data, workdir / "b").run(jobs=2)
    first, second = ids(workdir / "a"), ids(workdir / "b")
    assert len(first) == 4 and len(set(first.values())) == 4
    assert first == second
    assert {p.name: p.read_bytes() for p in (workdir / "a").glob("*.pdf")} == \
           {p.name: p.read_bytes() for p in (workdir / "b").glob("*.pdf")}


def test_a_photo_is_read_and_parsed_once_per_process_however_many_editions_use_it(workdir, monkeypatch):
    reportlab_pdfdoc._jpeg_object_bytes.cache_clear()
    made = []
    real = pdfdoc.PDFImageXObject

    class Counting(real):
        def __init__(self, name, source=None, mask=None):
            made.append(source)
            super().__init__(name, source, mask)

    monkeypatch.setattr(pdfdoc, "PDFImageXObject", Counting)
    data = write_csv(workdir / "rader.csv", 9, broken={})        # 3 photos, 3 rows each
    report = MergePlan(workdir / "mote.json", data, workdir / "ut").run()
    assert report.count("ok") == 9
    assert len(made) == 3 and len(set(made)) == 3
    for path in (workdir / "ut").glob("*.pdf"):
        with pikepdf.open(path) as pdf:
            images = list(pdf.pages[0].Resources.XObject.values())
            assert [i.Filter for i in images] == [pikepdf.Array([pikepdf.Name.DCTDecode])]
            assert images[0].ColorSpace == "/DeviceCMYK"
    reportlab_pdfdoc._jpeg_object_bytes.cache_clear()
