"""The sub-commands of ``inovasi-daerah``, one module each (imported to register them)."""

from inovasi_daerah.commands import aturan, banding, contoh, klinik, laporan, nilai, schema, skp

__all__ = ["aturan", "banding", "contoh", "klinik", "laporan", "nilai", "schema", "skp"]
