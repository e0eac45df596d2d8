"""One exception base for the project. A ``UserError`` is the user's to fix: the CLI prints
its message (which names the input and the fix) and exits with status 2, never a traceback."""


class ExtractError(Exception):
    """Base of every error the project raises on purpose."""


class UserError(ExtractError):
    """Bad input or configuration; the message says what to do."""


class IngestError(UserError):
    """A source file cannot be read as a document."""

    def __init__(self, path: str, reason: str, fix: str = "") -> None:
        self.path = path
        self.reason = reason
        msg = f"{path}: {reason}"
        if fix:
            msg += f" ({fix})"
        super().__init__(msg)


class EvalError(UserError):
    """A gold or prediction file is malformed or does not fit the documents."""


class StoreError(ExtractError):
    """The run directory or its database cannot be written."""
