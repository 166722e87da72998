"""The one exception a user may see, always as a single line on stderr."""


class FiclensError(Exception):
    """Input the tool cannot read, or an output it cannot write. ``str(e)`` is the message."""
