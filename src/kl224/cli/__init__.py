"""The ``kl224`` command: the only package of kl224 that reads the terminal or writes to it.

Where things go:

- :mod:`kl224.cli.parser` — every command, option and help text (argparse, translated);
- :mod:`kl224.cli.commands` — one module per command with its ``run(args, lang) -> int``
  (``render``, ``check``, ``template``, ``aggregate``, ``demo``, ``convert``, ``info``);
  a new command is a module there plus its entry in ``COMMANDS`` of :mod:`kl224.cli.app`;
- :mod:`kl224.cli.output` — writing to stdout/stderr, files the CLI writes, the progress bar
  (:mod:`kl224.cli.progress`);
- :mod:`kl224.cli.app` — :func:`main`, exit codes and how each error becomes a message;
- the messages themselves live in the one catalogue, :mod:`kl224.messages.cli`.

Exit codes: 0 success, 1 the report has errors (``check``) or some inputs were skipped
(``aggregate --keep-going``), 2 the input or the command line is unusable, 3 an internal error
(a bug in kl224: please report it). No command prints a traceback.
"""

from __future__ import annotations

from kl224.cli.app import main

__all__ = ["main"]
