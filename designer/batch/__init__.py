"""Batch export and editions (data merge): many outputs from saved layouts and spreadsheet rows.

datasource (CSV/XLSX rows) -> placeholders (fill a layout from one row) -> naming (safe file
names) -> jobs (what one worker does) -> runner (pool / Dask, resume manifest, report).
"""
