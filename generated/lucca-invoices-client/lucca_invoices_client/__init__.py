"""A client library for accessing Lucca.Invoices"""

from . import errors
from .client import AuthenticatedClient, Client, __version__, server_url

__all__ = (
    "AuthenticatedClient",
    "Client",
    "__version__",
    "errors",
    "server_url",
)
