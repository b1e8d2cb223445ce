"""The one error the extraction stage raises for input it cannot read."""


class ReadError(Exception):
    """A file that cannot be read; ``str(error)`` is the one-line reason."""
