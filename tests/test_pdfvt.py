"""`designer merge --single-file` writes PDF/VT-1 on PDF/X-4: shared content as GTS_Scope forms
reused across records, a DPart tree with one record per data row carrying its values, the VT
identification in XMP; it passes the PDF/X checks, looks like the separate editions, and 1 000
editions take a fraction of the space of 1 000 separate files."""
from __future__ import annotations

from collections import Counter

import pikepdf
import pypdfium2

from designer.batch.merge import MergePlan
from designer.cli import main
from designer.preflight.pdf import check_pdf
from designer.presets import get_preset
from tests.pdf_checks import qpdf_and_ghostscript_problems
from tests.editions_rows import BROKEN, good_row, write_csv

VT_NS = "{http://www.npes.org/pdfvt/ns/id/}"
X_NS = "{http://www.npes.org/pdfx/ns/id/}"


def single_file(workdir, rows: int, broken=None, *extra: str):
    data = write_csv(workdir / "rader.csv", rows, broken=broken if broken is not None else {})
    out = workdir / "vt"
    code = main(["merge", str(workdir / "mote.json"), str(data), "-o", str(out), "--single-file",
                 "--name", "alla.pdf", *extra])
    return code, out / "alla.pdf", data


def forms_of(page) -> dict:
    """Form XObjects a page draws, by object number."""
    used = {str(ops.operands[0]) for ops in pikepdf.parse_content_stream(page) if str(ops.operator) == "Do"}
    return {x.objgen: x for name, x in page.Resources.XObject.items()
            if name in used and x.Subtype == "/Form"}


def test_the_dpart_tree_has_one_record_per_good_row_with_its_values(workdir):
    code, path, _ = single_file(workdir, 7, {k: v for k, v in BROKEN.items() if k == 3})
    assert code == 1                                       # row 5 (data row 3) fails, the rest are made
    good = [i for i in range(7) if i != 3]
    with pikepdf.open(path) as pdf:
        root = pdf.Root.DPartRoot
        assert root.Type == "/DPartRoot" and list(root.NodeNameList) == ["/Root", "/Record"]
        assert root.RecordLevel == 1
        node = root.DPartRootNode
        assert node.Type == "/DPart" and node.Parent.objgen == root.objgen
        records = list(node.DParts[0])
        assert len(records) == len(good) == len(pdf.pages)
        for page, record, i in zip(pdf.pages, records, good):
            assert record.Parent.objgen == node.objgen and "/DParts" not in record
            assert record.Start.objgen == record.End.objgen == page.obj.objgen
            assert page.obj.DPart.objgen == record.objgen
            recipient = record.DPM.CIP4_Root.CIP4_Recipient
            assert str(recipient.CIP4_UniqueID) == f"rader.csv row {i + 2}"
            assert str(recipient.ort) == f"Ort{i}" and str(recipient.kandidat) == f"Åsa Öberg {i}"
            assert str(recipient.lank) == good_row(i)[6]


def test_shared_content_is_gts_scope_forms_reused_across_records_and_vt_is_declared_in_xmp(workdir):
    _, path, _ = single_file(workdir, 6)
    with pikepdf.open(path) as pdf:
        users = Counter()
        for page in pdf.pages:
            for objgen, form in forms_of(page).items():
                users[objgen] += 1
                assert form.GTS_Scope == "/File"
                assert str(form.GTS_XID).startswith("uuid:") and len(str(form.GTS_XID)) == 41
        assert users and all(count >= 2 for count in users.values())
        assert max(users.values()) == 6                    # background, brand, fixed text: every record
        photo_forms = [objgen for page in pdf.pages for objgen, form in forms_of(page).items()
                       if any(x.Subtype == "/Image" for x in form.Resources.get("/XObject", {}).values())]
        assert Counter(photo_forms) and set(Counter(photo_forms).values()) == {2}   # 3 photos, 2 rows each
        with pdf.open_metadata() as xmp:
            assert xmp[VT_NS + "GTS_PDFVTVersion"] == "PDF/VT-1"
            assert xmp[X_NS + "GTS_PDFXVersion"] == "PDF/X-4"
            assert xmp[VT_NS + "GTS_PDFVTModDate"] == xmp["xmp:ModifyDate"]
        assert pdf.pdf_version == "1.6" and str(pdf.docinfo.GTS_PDFXVersion) == "PDF/X-4"
        # the title print shops see in their job list: the layout's, its row fields shown as "…"
        assert str(pdf.docinfo.Title) == "Möt … i …"
        with pdf.open_metadata() as xmp:
            assert xmp["dc:title"] == "Möt … i …"


def test_the_single_file_passes_the_pdfx4_checks(workdir):
    _, path, _ = single_file(workdir, 4)
    findings = check_pdf(path, get_preset())
    assert not [f for f in findings if f.severity == "error"], [f.message_en for f in findings]
    assert qpdf_and_ghostscript_problems(path) == ""


def test_each_record_page_looks_exactly_like_its_separate_edition(workdir):
    from PIL import ImageChops

    _, path, data = single_file(workdir, 4)
    MergePlan(workdir / "mote.json", data, workdir / "separate").run()
    vt = pypdfium2.PdfDocument(str(path))
    try:
        for i in range(4):
            alone = pypdfium2.PdfDocument(str(workdir / "separate" / f"mote-{i + 2}.pdf"))
            a = vt[i].render(scale=60 / 72).to_pil().convert("RGB")
            b = alone[0].render(scale=60 / 72).to_pil().convert("RGB")
            alone.close()
            assert a.size == b.size
            assert ImageChops.difference(a, b).getbbox() is None, f"record {i} differs from its edition"
    finally:
        vt.close()


def test_single_file_bytes_are_the_same_with_two_workers_and_on_every_run(workdir):
    _, path, data = single_file(workdir, 5)
    first = path.read_bytes()
    assert main(["merge", str(workdir / "mote.json"), str(data), "-o", str(workdir / "vt"), "--single-file",
                 "--name", "alla.pdf", "--jobs", "2"]) == 0
    assert path.read_bytes() == first


def test_1000_editions_in_one_file_take_at_most_15_percent_of_1000_separate_files(workdir):
    code, path, data = single_file(workdir, 1000)
    assert code == 0
    with pikepdf.open(path) as pdf:
        assert len(pdf.Root.DPartRoot.DPartRootNode.DParts[0]) == 1000
    # Separate editions differ only in their text and QR code: 20 rows spread over the data
    # stand for all 1 000.
    sample = write_csv(workdir / "prov.csv", 1000, broken={})
    lines = sample.read_text(encoding="utf-8-sig").splitlines()
    sample.write_text("\n".join([lines[0], *lines[1::50]]) + "\n", encoding="utf-8-sig")
    MergePlan(workdir / "mote.json", sample, workdir / "separate").run()
    separate = sorted((workdir / "separate").glob("*.pdf"))
    assert len(separate) == 20
    estimate = sum(p.stat().st_size for p in separate) * 1000 / len(separate)
    assert path.stat().st_size <= 0.15 * estimate, (path.stat().st_size, estimate)


def test_record_metadata_keys_are_plain_unique_names_and_long_values_are_cut(workdir):
    import io

    from designer.batch.jobs import preset_for
    from designer.export import pdf_options
    from designer.render.pdfvt import DPM_VALUE_CHARS, VtRecord, render_pdfvt

    data = write_csv(workdir / "rader.csv", 2, broken={})
    plan = MergePlan(workdir / "mote.json", data, workdir / "vt")
    pages = [plan.preview(i)[0] for i in range(2)]
    metadata = {"län": "Dalarna", "lan": "annan", "kandidat/roll": "x", "text": "ord " * 500}
    pdf_bytes = render_pdfvt([VtRecord(d.pages, metadata, f"rad {i}") for i, d in enumerate(pages)], pages[0],
                             pdf_options(preset_for(None)))
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        recipient = pdf.Root.DPartRoot.DPartRootNode.DParts[0][1].DPM.CIP4_Root.CIP4_Recipient
        assert {str(recipient.lan), str(recipient.lan_2)} == {"Dalarna", "annan"}
        assert str(recipient["/kandidat_roll"]) == "x"
        assert len(str(recipient.text)) == DPM_VALUE_CHARS and str(recipient.text).endswith("…")
        assert str(recipient.CIP4_UniqueID) == "rad 1"
