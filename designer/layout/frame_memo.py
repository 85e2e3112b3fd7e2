"""Frames an edition does not change are laid out once per process.

    memo = FrameMemo(capacity=128)
    found = memo.get(key)                 # None, or what was stored under `key`
    memo.put(key, value, keep=(template, brand, spec))

    drawn = ItemMemo()                    # what a renderer made of an item, while the item lives
    drawn.put(item, "operators", extra=(x, y))
    drawn.get(item, extra=(x, y))         # "operators", or None

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

import threading
import weakref
from collections import OrderedDict
from functools import partial


class FrameMemo:
    """A bounded least-recently-used map from hashable keys to values. Thread-safe: the app lays
    out on its UI thread while exports and thumbnails run on worker threads."""

    def __init__(self, capacity: int):
        self.capacity = capacity
        self._entries: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        """The value stored under `key`, or None (a hit becomes the most recently used entry)."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            self._entries.move_to_end(key)
            return entry[0]

    def put(self, key, value, keep: tuple = ()) -> None:
        """Store `value` under `key`, holding the objects in `keep` alive with it."""
        with self._lock:
            self._entries[key] = (value, keep)
            self._entries.move_to_end(key)
            while len(self._entries) > self.capacity:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)


class ItemMemo:
    """Values made from objects, looked up by the object's identity (no hashing of big items)
    and forgotten when the object is (each entry holds a weak reference whose callback removes it).
    `extra` tells apart values of one object made for different settings. Every step is one dict
    operation, atomic under the GIL, so threads may share it."""

    def __init__(self):
        self._entries: dict = {}

    def get(self, item, extra=()):
        entry = self._entries.get((id(item), extra))
        if entry is None or entry[0]() is not item:
            return None
        return entry[1]

    def put(self, item, value, extra=()) -> None:
        key = (id(item), extra)
        self._entries[key] = (weakref.ref(item, partial(_forget, self._entries, key)), value)

    def clear(self) -> None:
        self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)


def _forget(entries: dict, key, _dead_reference) -> None:
    """Weak-reference callback: the object is gone, so is its entry (before its id can be reused)."""
    entries.pop(key, None)
