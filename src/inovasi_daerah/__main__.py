"""``python -m inovasi_daerah`` runs the command line."""

from inovasi_daerah.cli import main

raise SystemExit(main())
