"""Language codes: which languages run right to left (their editions mirror the page)."""
from __future__ import annotations

import re

# Base subtags (ISO 639) of languages written right to left in their usual script.
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "ckb", "ku-Arab", "sd", "ug", "yi", "dv", "syr"})


def base_code(code: str) -> str:
    """'ar-SE' -> 'ar'."""
    return code.split("-", 1)[0].lower()


def is_rtl(code: str) -> bool:
    """True for a language written right to left (Arabic, Persian, Hebrew, Urdu, …)."""
    return code in RTL_LANGUAGES or base_code(code) in RTL_LANGUAGES


def direction(code: str) -> str:
    """'rtl' or 'ltr' (the XLIFF srcDir/trgDir values)."""
    return "rtl" if is_rtl(code) else "ltr"


# BCP 47 as the layout schema has it; "all" is not one: `--lang all` means every language
LANGUAGE_CODE = re.compile(r"(?!all$)[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")
