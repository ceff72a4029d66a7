from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_subscription_create_event import WebhookSubscriptionCreateEvent
from ..models.webhook_subscription_status import WebhookSubscriptionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookSubscriptionUpdate")


@_attrs_define
class WebhookSubscriptionUpdate:
    """
    Attributes:
        name (str | Unset):
        callback_url (str | Unset):
        secret (str | Unset):
        email (None | str | Unset): Standard email address format eg. address@example.com
        description (str | Unset):
        events (list[WebhookSubscriptionCreateEvent] | Unset):
        status (WebhookSubscriptionStatus | Unset):
    """

    name: str | Unset = UNSET
    callback_url: str | Unset = UNSET
    secret: str | Unset = UNSET
    email: None | str | Unset = UNSET
    description: str | Unset = UNSET
    events: list[WebhookSubscriptionCreateEvent] | Unset = UNSET
    status: WebhookSubscriptionStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name
        callback_url = self.callback_url
        secret = self.secret
        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(name, Unset):
            field_dict["Name"] = name
        if not isinstance(callback_url, Unset):
            field_dict["CallbackURL"] = callback_url
        if not isinstance(secret, Unset):
            field_dict["Secret"] = secret
        if not isinstance(email, Unset):
            field_dict["Email"] = email
        if not isinstance(description, Unset):
            field_dict["Description"] = description
        if not isinstance(events, Unset):
            field_dict["Events"] = events
        if not isinstance(status, Unset):
            field_dict["Status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        callback_url = d.pop("CallbackURL", UNSET)

        secret = d.pop("Secret", UNSET)

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

        description = d.pop("Description", UNSET)

        _events = d.pop("Events", UNSET)
        events: list[WebhookSubscriptionCreateEvent] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = WebhookSubscriptionCreateEvent.parse(events_item_data)

                events.append(events_item)

        _status = d.pop("Status", UNSET)
        status: WebhookSubscriptionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = WebhookSubscriptionStatus.parse(_status)

        _instance = cls(
            name=name,
            callback_url=callback_url,
            secret=secret,
            email=email,
            description=description,
            events=events,
            status=status,
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
