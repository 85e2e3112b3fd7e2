"""Saved layouts: what is written is what is read back, and image paths follow the file."""
from __future__ import annotations

from designer.io.layout_file import load_layout, rebase_images, save_layout
from designer.model.layout import SavedLayout, Slot


def test_save_and_load_round_trip(tmp_path, school_layout_path):
    layout = load_layout(school_layout_path)
    target = tmp_path / "again.json"
    save_layout(target, rebase_images(layout, tmp_path))
    again = load_layout(target)
    assert again.slots.keys() == layout.slots.keys()
    assert again.slot("bullets").text == layout.slot("bullets").text
    assert (tmp_path / again.slot("photo").image).resolve() == (
        school_layout_path.parent / layout.slot("photo").image).resolve()


def test_image_paths_become_relative_to_the_new_folder(tmp_path):
    (tmp_path / "bilder").mkdir()
    photo = tmp_path / "bilder" / "foto.jpg"
    layout = SavedLayout(template="a5-flyer", base_dir=str(tmp_path / "gammal"),
                         slots={"photo": Slot(image=str(photo)), "logo": Slot(image="../bilder/foto.jpg"),
                                "headline": Slot(text="Rubrik")})
    moved = rebase_images(layout, tmp_path / "ny")
    assert moved.slot("photo").image == "../bilder/foto.jpg"      # absolute -> portable
    assert moved.slot("logo").image == "../bilder/foto.jpg"       # relative -> relative to the new folder
    assert moved.slot("headline").text == "Rubrik" and moved.base_dir == str((tmp_path / "ny").resolve())


def test_fill_and_line_width_overrides_round_trip(tmp_path):
    layout = SavedLayout(template="a5-flyer", base_dir=str(tmp_path),
                         slots={"footer": Slot(fill="rikssvart"), "rule": Slot(stroke_pt=0.25)})
    save_layout(tmp_path / "x.json", layout)
    again = load_layout(tmp_path / "x.json")
    assert again.slot("footer").fill == "rikssvart" and again.slot("rule").stroke_pt == 0.25
