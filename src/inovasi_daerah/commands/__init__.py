"""The sub-commands of ``inovasi-daerah``, one module each (imported to register them)."""

from inovasi_daerah.commands import contoh, nilai, schema, skp

__all__ = ["contoh", "nilai", "schema", "skp"]
