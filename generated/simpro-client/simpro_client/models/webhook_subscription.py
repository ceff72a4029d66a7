from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_subscription_event import WebhookSubscriptionEvent
from ..models.webhook_subscription_status import WebhookSubscriptionStatus
from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="WebhookSubscription")


@_attrs_define
class WebhookSubscription:
    """
    Attributes:
        id (int):
        name (str):
        callback_url (str):
        secret (str):
        description (str):
        events (list[WebhookSubscriptionEvent]):
        status (WebhookSubscriptionStatus):
        date_created (datetime.date): Date in YYYY-MM-DD format eg. 2018-05-13
        email (None | str | Unset): Standard email address format eg. address@example.com
    """

    id: int
    name: str
    callback_url: str
    secret: str
    description: str
    events: list[WebhookSubscriptionEvent]
    status: WebhookSubscriptionStatus
    date_created: datetime.date
    email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        name = self.name
        callback_url = self.callback_url
        secret = self.secret
        description = self.description
        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.value
                events.append(events_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()
        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(callback_url, Unset):
            field_dict["CallbackURL"] = callback_url
        if not isinstance(secret, Unset):
            field_dict["Secret"] = secret
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(events, Unset):
            field_dict["Events"] = events
        if not isinstance(status, Unset):
            field_dict["Status"] = status
        if not isinstance(date_created, Unset):
            field_dict["DateCreated"] = date_created
        if not isinstance(email, Unset):
            field_dict["Email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        name = d.pop("Name", UNSET)

        callback_url = d.pop("CallbackURL", UNSET)

        secret = d.pop("Secret", UNSET)

        description = d.pop("Description", UNSET)

        _events = d.pop("Events", UNSET)
        events: list[WebhookSubscriptionEvent] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = WebhookSubscriptionEvent.parse(events_item_data)

                events.append(events_item)

        _status = d.pop("Status", UNSET)
        status: WebhookSubscriptionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = WebhookSubscriptionStatus.parse(_status)

        _date_created = d.pop("DateCreated", UNSET)
        date_created: datetime.date | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = datetime.date.fromisoformat(_date_created)

        def _parse_email(data: object) -> None | str | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[None | str | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("Email", UNSET))

        _instance = cls(
            id=_unchecked(id),
            name=_unchecked(name),
            callback_url=_unchecked(callback_url),
            secret=_unchecked(secret),
            description=_unchecked(description),
            events=_unchecked(events),
            status=_unchecked(status),
            date_created=_unchecked(date_created),
            email=email,
        )

        _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
