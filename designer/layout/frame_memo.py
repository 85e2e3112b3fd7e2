"""Frames an edition does not change are laid out once per process.

    memo = FrameMemo(capacity=128)
    found = memo.get(key)                 # None, or what was stored under `key`
    memo.put(key, value, keep=(template, brand, spec))

A merge lays out the same template with the same brand kit thousands of times, and most of its
frames (body text, headings, logo, printer line) come out the same for every row. The engine asks
the memo first and gets back the very same item objects, so the renderer can recognise them too
(designer.render.pdf remembers the operators of items it has drawn).

Keys may contain `id()`s of the objects the frame was made from (the process-wide cached template,
brand kit and frame spec): `keep` holds those objects for as long as the entry lives, so an id in
a live key always names the same object. The memo has a fixed size (least recently used entries
go first), so memory stays flat however many rows a run has.
"""
from __future__ import annotations

from collections import OrderedDict


class FrameMemo:
    """A bounded least-recently-used map from hashable keys to values."""

    def __init__(self, capacity: int):
        self.capacity = capacity
        self._entries: OrderedDict = OrderedDict()

    def get(self, key):
        """The value stored under `key`, or None (a hit becomes the most recently used entry)."""
        entry = self._entries.get(key)
        if entry is None:
            return None
        self._entries.move_to_end(key)
        return entry[0]

    def put(self, key, value, keep: tuple = ()) -> None:
        """Store `value` under `key`, holding the objects in `keep` alive with it."""
        self._entries[key] = (value, keep)
        self._entries.move_to_end(key)
        while len(self._entries) > self.capacity:
            self._entries.popitem(last=False)

    def clear(self) -> None:
        self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)
