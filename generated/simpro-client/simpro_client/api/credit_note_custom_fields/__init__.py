"""The operations tagged credit_note_custom_fields: `client.credit_note_custom_fields` (CreditNoteCustomFields) and
`client.aio.credit_note_custom_fields` (AsyncCreditNoteCustomFields). Each module here builds one operation's request."""

from ... import _runtime as _rt
from . import get_credit_note_custom_field as _get_credit_note_custom_field
from . import list_credit_note_custom_fields as _list_credit_note_custom_fields
from . import update_credit_note_custom_field as _update_credit_note_custom_field


class CreditNoteCustomFields(_rt.Resource):
    """The operations tagged credit_note_custom_fields, as `client.credit_note_custom_fields.<method>(...)`."""

    list = _rt.operation(_list_credit_note_custom_fields.request, "list")
    get = _rt.operation(_get_credit_note_custom_field.request, "get")
    update = _rt.operation(_update_credit_note_custom_field.request, "update")
    iterate = _rt.pages(_list_credit_note_custom_fields.request, "iterate", "page", "page_size")


class AsyncCreditNoteCustomFields(_rt.AsyncResource):
    """The operations tagged credit_note_custom_fields, awaited: `await client.aio.credit_note_custom_fields.<method>(...)`."""

    list = _rt.async_operation(_list_credit_note_custom_fields.request, "list")
    get = _rt.async_operation(_get_credit_note_custom_field.request, "get")
    update = _rt.async_operation(_update_credit_note_custom_field.request, "update")
    iterate = _rt.async_pages(_list_credit_note_custom_fields.request, "iterate", "page", "page_size")


__all__ = ["AsyncCreditNoteCustomFields", "CreditNoteCustomFields"]
