"""The message catalogue: every finding code (and fix id) → Swedish and English text.

Domain code (preflight, export policy, locks, package) reports a code plus data; only this
module turns it into words:

    text("overflow", "sv", words=12)   -> "texten får inte plats: 12 ord syns inte"
    text("fix.use_black", "en")        -> "Change the text colour to 100 % black (K)."

Templates use str.format fields named after the finding's data. A code without an entry, or
data missing a field, gives the code itself plus the data, so nothing is ever lost silently.
"""
from __future__ import annotations

import logging

LANGUAGES = ("sv", "en")
log = logging.getLogger(__name__)

# code: (Swedish, English)
CATALOGUE: dict[str, tuple[str, str]] = {
    # from the layout engine ------------------------------------------------------------------
    "overflow": ("texten får inte plats: {words} ord syns inte",
                 "text does not fit: {words} words are not shown"),
    "image_missing": ("bilden {name} finns inte", "image {name} not found"),
    "image_corrupt": ("bilden {name} är skadad, inte en bild eller i ett format som inte stöds",
                      "image {name} is damaged, not an image or in an unsupported format"),
    "image_too_large": ("bilden {name} är för stor att använda (för många pixlar eller byte)",
                        "image {name} is too large to use (too many pixels or bytes)"),
    "qr_invalid": ("QR-koden kan inte skapas av adressen", "cannot make the QR code from the address"),
    "qr_small": ("QR-koden är för liten för att gå att skanna säkert",
                 "the QR code is too small to scan reliably"),
    "unknown_color": ("färgen ”{name}” finns inte i profilen", "colour '{name}' is not in the brand kit"),
    "layout.low_ppi": ("bilden har {ppi:.0f} ppi, formatet behöver {minimum:.0f}",
                       "the image has {ppi:.0f} ppi effective, this format needs {minimum:.0f}"),
    "missing_glyphs": ("inget typsnitt har tecknen {chars}", "no font has glyphs for {chars}"),
    "word_broken": ("{words} ord är för långa för ramen och bryts var som helst: {word}",
                    "{words} words are too long for the frame and are broken anywhere: {word}"),
    "outside_safe_area": ("texten ligger utanför säkerhetsmarginalen", "the text lies outside the safe area"),
    "screen_format_for_print": (
        "mallen är gjord för skärm ({width:g} × {height:g} px), inte för tryck: exportera en PNG, "
        "använd förinställningen screen-proof eller välj en mall för trycksaker",
        "the template is made for screens ({width:g} × {height:g} px), not for print: export a PNG, "
        "use the screen-proof preset or choose a print template"),
    # printer line (tryckort, tryckfrihetsförordningen 4 kap. 3 §) ---------------------------
    "printer_line_missing": (
        "tryckort saknas: skriv tryckeri, ort och år (krav enligt tryckfrihetsförordningen)",
        "printer line missing: fill in printer, place and year (required by Swedish law)"),
    "printer_line_hidden": ("tryckorten är dold; den måste synas på trycksaken enligt lag",
                            "the printer line is hidden; the law requires it to be visible"),
    "printer_line_incomplete": (
        "tryckorten ”{text}” saknar {missing_sv}; den ska ange tryckeri, ort och år",
        "the printer line '{text}' lacks {missing_en}; it must name printer, place and year"),
    "printer_line_small": ("tryckorten är {size:.1f} pt; minst {minimum:.0f} pt behövs för att den ska gå att läsa",
                           "the printer line is {size:.1f} pt; at least {minimum:.0f} pt is needed to read it"),
    "printer_line_small_printed": (
        "tryckorten blir {size:.1f} pt när sidan skrivs ut förminskad till {percent:.0f} %; minst {minimum:.0f} pt "
        "behövs: gör tryckorten större eller välj ett mindre format",
        "the printer line comes out at {size:.1f} pt when the page is printed at {percent:.0f} %; at least "
        "{minimum:.0f} pt is needed: make the printer line larger or choose a smaller format"),
    "printer_line_contrast": (
        "tryckorten syns knappt mot bakgrunden (kontrast {ratio:.1f}:1, minst {minimum:.1f}:1)",
        "the printer line barely shows against its background (contrast {ratio:.1f}:1, at least {minimum:.1f}:1)"),
    "printer_line_outside": ("tryckorten ligger utanför slutformatet och skärs bort",
                             "the printer line lies outside the trim and is cut off"),
    # content and locks ---------------------------------------------------------------------
    "placeholder_text": ("platshållartexten ”{text}” från mallen är kvar; skriv egen text eller ta bort den",
                         "the template's placeholder text '{text}' is still there; write your own or remove it"),
    "locked_changed": ("{file}: {field}: ramen är låst i mallen ({lock}) och får inte ändras",
                       "{file}: {field}: the frame is locked by the template ({lock}) and cannot be changed"),
    # preflight of the layout -----------------------------------------------------------------
    "low_ppi": ("bilden har {ppi:.0f} ppi i den här storleken, tryckeriet vill ha {minimum:.0f}; den blir {effect_sv}",
                "the image has {ppi:.0f} ppi at this size, the printer wants {minimum:.0f}; it will look {effect_en}"),
    "photo_off_bleed": ("fotot når inte längre ut till sidans kant; där blir det en vit rand i stället för utfall",
                        "the photo no longer reaches the page edge it started at; a white strip shows there "
                        "instead of bleed"),
    "image_enlarged": ("bilden är förstorad till {percent:.0f} % av sin egen storlek; förstoring gör den oskarp",
                       "the image is enlarged to {percent:.0f} % of its own size; enlarging makes it soft"),
    "rgb_image": ("bilden är i RGB och räknas om till CMYK med {profile}; färgerna kan bli något mattare",
                  "the image is RGB and is converted to CMYK with {profile}; colours may get slightly duller"),
    "rich_black_text": ("texten är svart blandad av fyra färger ({color}); den blir suddig om plåtarna inte "
                        "ligger exakt rätt",
                        "the text is four-colour black ({color}); it blurs if the plates are slightly off"),
    "text_small": ("texten är {size:.1f} pt, mindre än {minimum:.0f} pt blir svår att läsa i tryck",
                   "the text is {size:.1f} pt; below {minimum:.0f} pt it is hard to read in print"),
    "coloured_text_small": ("färgad text på {size:.1f} pt blir lätt suddig; färgad eller vit text bör vara minst "
                            "{minimum:.0f} pt",
                            "coloured text at {size:.1f} pt easily blurs; coloured or white text should be at least "
                            "{minimum:.0f} pt"),
    "thin_line": ("linjen är {width:.2f} pt; tunnare än {minimum} pt kan försvinna i tryck",
                  "the line is {width:.2f} pt; lines thinner than {minimum} pt may disappear in print"),
    "flat_black_area": ("en stor yta i bara svart (K) blir gråaktig i tryck; använd en djupsvart färg "
                        "(t.ex. C50 M40 Y40 K100)",
                        "a large area in plain black (K only) prints greyish; use a rich black (e.g. C50 M40 Y40 K100)"),
    "no_bleed": ("bakgrunden slutar vid kanten; när arket skärs kan en vit rand synas",
                 "the background stops at the trim; a white sliver may show after cutting"),
    "ink_limit": ("färgen {color} har {ink:.0f} % total färgmängd, tryckeriet tillåter {limit:.0f} %",
                  "colour {color} has {ink:.0f} % total ink, the printer allows {limit:.0f} %"),
    "ink_limit_area": ("{area_mm2} mm² har upp till {max_ink} % total färg, tryckeriet tillåter {limit:.0f} % "
                       "(markerat i rött)",
                       "{area_mm2} mm² have up to {max_ink} % total ink, the printer allows {limit:.0f} % "
                       "(marked in red)"),
    "ink_limit_image": ("CMYK-bilden har upp till {max_ink} % total färg, tryckeriet tillåter {limit:.0f} %",
                        "the CMYK image has up to {max_ink} % total ink, the printer allows {limit:.0f} %"),
    # preflight of a written PDF ----------------------------------------------------------------
    "pdfx_output_intent": ("filen saknar tryckförhållande (OutputIntent), krävs för {level}",
                           "the file has no printing condition (OutputIntent), required for {level}"),
    "pdfx_output_profile": ("färgprofilen i OutputIntent saknas eller är inte CMYK",
                            "the OutputIntent's colour profile is missing or not CMYK"),
    "pdfx_version": ("filen är inte märkt som {level}: {key_name} är ”{found}”, ska vara ”{expected}”",
                     "the file is not marked {level}: {key_name} is '{found}', must be '{expected}'"),
    "pdfx_pdf_version": ("{level} kräver PDF {expected} eller äldre, filen är PDF {found}",
                         "{level} requires PDF {expected} or older, the file is PDF {found}"),
    "pdfx_trapped": ("Trapped måste vara True eller False", "Trapped must be True or False"),
    "pdfx_xmp": ("XMP-metadata med PDF/X-version ({expected}) saknas",
                 "XMP metadata naming the PDF/X version ({expected}) is missing"),
    "pdfx_unknown": ("filen är märkt med en PDF/X-version som inte känns igen: ”{found}”",
                     "the file is marked with an unknown PDF/X version: '{found}'"),
    "encrypted": ("filen är krypterad eller lösenordsskyddad; tryckeriet kan inte använda den",
                  "the file is encrypted or password protected; the printer cannot use it"),
    "actions": ("filen innehåller åtgärder eller skript, som inte är tillåtna i tryckfiler",
                "the file contains actions or scripts, which print files must not have"),
    "no_trimbox": ("sidan saknar TrimBox (slutformat)", "the page has no TrimBox (trim size)"),
    "bleed_short": ("utfallet är mindre än de {bleed_mm:g} mm tryckeriet vill ha",
                    "the bleed is smaller than the {bleed_mm:g} mm the printer wants"),
    "bleed_outside_media": ("BleedBox går utanför sidan (MediaBox)", "the BleedBox extends beyond the page (MediaBox)"),
    "annotation": ("sidan har en kommentar eller länk inom slutformatet",
                   "the page has a comment or link inside the trim"),
    "font_not_embedded": ("ett typsnitt är inte inbäddat; tryckeriet kan få fel bokstäver",
                          "a font is not embedded; the printer may get the wrong letters"),
    "rgb_content": ("sidan innehåller RGB-färg; tryckfiler ska bara ha CMYK och dekorfärger",
                    "the page contains RGB colour; print files must be CMYK and spot colours only"),
    "transparency": ("sidan har genomskinlighet, som PDF/X-1a inte tillåter",
                     "the page has transparency, which PDF/X-1a does not allow"),
    "outside_printable": ("sidan har innehåll inom {margin_mm:g} mm från arkets kant, där en skrivare inte kan skriva ut",
                          "the page has content within {margin_mm:g} mm of the sheet edge, where a printer cannot print"),
    # the print-shop package --------------------------------------------------------------------
    "package_not_image": ("”{name}” är ingen läsbar bild och packas inte",
                          "'{name}' is not a readable image and is not packaged"),
    # words used inside other messages ---------------------------------------------------------
    "word.fix": ("åtgärd", "fix"),
    "proof.watermark": ("KORREKTUR – EJ FÖR TRYCK", "PROOF – NOT FOR PRINT"),
    "part.printer": ("tryckeri", "printer"),
    "part.place": ("ort", "place"),
    "part.year": ("år", "year"),
    # fixes -------------------------------------------------------------------------------------
    "fix.use_black": ("Byt textfärg till 100 % svart (K).", "Change the text colour to 100 % black (K)."),
    "fix.pull_to_bleed": ("Dra ut till utfallet.", "Pull it out to the bleed."),
    "fix.extend_bleed": ("Låt bakgrunden gå ut i utfallet.", "Extend the background into the bleed."),
    "fix.move_inside_safe": ("Flytta in ramen innanför säkerhetsmarginalen.", "Move the frame inside the safe area."),
    "fix.thicken_line": ("Gör linjen 0,25 pt tjock.", "Make the line 0.25 pt thick."),
    "fix.use_rich_black": ("Fyll ytan med djupsvart i stället för bara K.",
                           "Fill the area with rich black instead of K only."),
    "fix.fill_printer_line": ("Fyll i tryckeri, ort och år, t.ex. ”Tryck: Tryckeriet AB, Borlänge 2026”.",
                              "Fill in printer, place and year, e.g. 'Tryck: Tryckeriet AB, Borlänge 2026'."),
    "fix.restore_template": ("Återställ ramen som mallen vill ha den.", "Restore the frame as the template has it."),
    "fix.clear_placeholder": ("Ta bort platshållartexten.", "Remove the placeholder text."),
    # what to do where no automatic fix exists ----------------------------------------------------
    "hint.overflow": ("Korta texten eller gör ramen större.", "Shorten the text or make the frame larger."),
    "hint.image_missing": ("Välj bilden igen eller en annan bild.", "Choose the image again or another one."),
    "hint.image_corrupt": ("Välj en annan bild (JPEG, PNG eller TIFF).", "Choose another image (JPEG, PNG or TIFF)."),
    "hint.image_too_large": ("Välj en mindre bild (under 120 megapixel).", "Choose a smaller image (under 120 megapixels)."),
    "hint.low_ppi": ("Välj en bild med fler pixlar eller gör ramen mindre.",
                     "Choose an image with more pixels or make the frame smaller."),
    "hint.ink_limit": ("Välj en ljusare färg eller bild; tryckeriets gräns gäller summan av CMYK.",
                       "Choose a lighter colour or image; the printer's limit is the sum of CMYK."),
    "hint.qr_invalid": ("Skriv en giltig webbadress (https://…).", "Enter a valid web address (https://…)."),
}


def text(code: str, language: str = "sv", **data) -> str:
    """The message for `code` in `language` ("sv" or "en"), filled from `data`."""
    entry = CATALOGUE.get(code)
    if entry is None:
        log.warning("no catalogue entry for %s", code)
        return _fallback(code, data)
    template = entry[1 if language == "en" else 0]
    try:
        return template.format(**data)
    except (KeyError, IndexError, ValueError, TypeError):
        log.warning("catalogue entry %s does not fit its data %s", code, sorted(data))
        return _fallback(code, data)


def has(code: str) -> bool:
    """True when the catalogue has a text for `code`."""
    return code in CATALOGUE


def _fallback(code: str, data: dict) -> str:
    details = ", ".join(f"{key}={value}" for key, value in sorted(data.items()) if not key.startswith("_"))
    return f"{code} ({details})" if details else code


class Worded:
    """Mixin for records with `code`, `key` (another catalogue entry, or None) and `data`: their
    words come from the catalogue, `message` in Swedish and `message_en` in English."""

    def text(self, language: str = "sv") -> str:
        """The plain-language message in `language` ("sv" or "en")."""
        return text(self.key or self.code, language, **self.data)

    @property
    def message(self) -> str:
        return self.text("sv")

    @property
    def message_en(self) -> str:
        return self.text("en")
