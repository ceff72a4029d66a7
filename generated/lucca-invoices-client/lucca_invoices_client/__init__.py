"""A client library for accessing Lucca.Invoices"""

from .client import AuthenticatedClient, Client, server_url

__all__ = (
    "AuthenticatedClient",
    "Client",
    "server_url",
)
