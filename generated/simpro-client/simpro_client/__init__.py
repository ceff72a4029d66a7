"""A client library for accessing Simpro Rest API"""

from .client import AuthenticatedClient, Client, server_url

__all__ = (
    "AuthenticatedClient",
    "Client",
    "server_url",
)
