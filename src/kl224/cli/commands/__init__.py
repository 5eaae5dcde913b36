"""One module per ``kl224`` command, each with ``run(args, lang) -> int`` (the exit code).

Commands raise :class:`kl224.cli.errors.UsageError` to stop with a message; they write
through :mod:`kl224.cli.output`. :mod:`kl224.cli.app` imports a command's module only when
that command runs, so a bare ``kl224 check`` stays quick to start.
"""
