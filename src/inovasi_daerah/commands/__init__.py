"""The sub-commands of ``inovasi-daerah``, one module each (imported to register them)."""

from inovasi_daerah.commands import contoh, schema

__all__ = ["contoh", "schema"]
