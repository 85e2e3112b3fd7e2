"""Renderers: draw a layout Document (PDF, PNG). They never measure or wrap text."""
