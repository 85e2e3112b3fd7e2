"""The layout engine: saved layout + template + brand kit -> positioned page frames.

This is the only package that measures text and breaks lines; renderers draw its output as is.
"""
