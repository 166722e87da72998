"""ficlens: reads fan fiction and tells you what is in it."""
__version__ = "0.1.0"
SCHEMA = "ficlens/1"
