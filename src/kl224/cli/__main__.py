"""``python -m kl224.cli``: the same as the ``kl224`` command."""

from kl224.cli.app import main

raise SystemExit(main())
