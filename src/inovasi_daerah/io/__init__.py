"""Edges: reading JSON input from files, bytes, text or parsed data; JSON Schema export."""

from inovasi_daerah.io.load import load_json

__all__ = ["load_json"]
