"""Plain data classes for the documents the app works with (no I/O, no Qt)."""
