"""Language editions of a layout and the XLIFF 2.0 translator round trip.

`editions` (views of a layout in one language, stale/missing/overflow status), `languages`
(right-to-left codes), `budget` (how many characters fit a frame), `xliff` (safe read/write of
XLIFF 2.0 core), `roundtrip` (layout <-> XLIFF), `outputs` (one export per language).
"""
