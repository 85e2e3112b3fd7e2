"""Campaign Designer: manifesto in, print-ready campaign PDFs out.

The pipeline: importers -> Manifesto; Template + BrandKit + SavedLayout -> layout engine ->
PageFrames (plain positioned items) -> renderers (PDF, PNG, Qt screen). See docs/ARCHITECTURE.md.
"""

__version__ = "0.1.0"
