"""The sub-commands of ``inovasi-daerah``, one module each (imported to register them)."""

from inovasi_daerah.commands import contoh, laporan, nilai, schema, skp

__all__ = ["contoh", "laporan", "nilai", "schema", "skp"]
