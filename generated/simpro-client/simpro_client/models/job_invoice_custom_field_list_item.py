from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.invoice_custom_field_custom_field import InvoiceCustomFieldCustomField


T = TypeVar("T", bound="JobInvoiceCustomFieldListItem")


@_attrs_define
class JobInvoiceCustomFieldListItem:
    """
    Attributes:
        custom_field (InvoiceCustomFieldCustomField):
        value (None | str): Value of custom field, set 'NULL' to grab all the objects which custom field value has not
            set.
    """

    custom_field: InvoiceCustomFieldCustomField
    value: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_field = self.custom_field.to_dict()

        value: None | str
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CustomField": custom_field,
                "Value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_custom_field_custom_field import InvoiceCustomFieldCustomField  # noqa: PLC0415

        d = dict(src_dict)
        custom_field = InvoiceCustomFieldCustomField.from_dict(d.pop("CustomField"))

        def _parse_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        value = _parse_value(d.pop("Value"))

        job_invoice_custom_field_list_item = cls(
            custom_field=custom_field,
            value=value,
        )

        job_invoice_custom_field_list_item.additional_properties = d
        return job_invoice_custom_field_list_item

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
