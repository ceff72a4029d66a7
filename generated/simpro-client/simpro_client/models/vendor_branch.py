from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.cost_center_ref import CostCenterRef


T = TypeVar("T", bound="VendorBranch")


@_attrs_define
class VendorBranch:
    """
    Attributes:
        id (int):
        email (str):
        work_phone (str):
        fax (str):
        alt_phone (str): Alternate phone number, can also be home phone.
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        address (Address):
        vendor (CostCenterRef):
        name (str):
    """

    id: int
    email: str
    work_phone: str
    fax: str
    alt_phone: str
    date_modified: datetime.datetime
    address: Address
    vendor: CostCenterRef
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        email = self.email
        work_phone = self.work_phone
        fax = self.fax
        alt_phone = self.alt_phone
        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()
        vendor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vendor, Unset):
            vendor = self.vendor.to_dict()
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(email, Unset):
            field_dict["Email"] = email
        if not isinstance(work_phone, Unset):
            field_dict["WorkPhone"] = work_phone
        if not isinstance(fax, Unset):
            field_dict["Fax"] = fax
        if not isinstance(alt_phone, Unset):
            field_dict["AltPhone"] = alt_phone
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified
        if not isinstance(address, Unset):
            field_dict["Address"] = address
        if not isinstance(vendor, Unset):
            field_dict["Vendor"] = vendor
        if not isinstance(name, Unset):
            field_dict["Name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        email = d.pop("Email", UNSET)

        work_phone = d.pop("WorkPhone", UNSET)

        fax = d.pop("Fax", UNSET)

        alt_phone = d.pop("AltPhone", UNSET)

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        _address = d.pop("Address", UNSET)
        address: Address | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = Address.from_dict(_address)

        _vendor = d.pop("Vendor", UNSET)
        vendor: CostCenterRef | Unset
        if isinstance(_vendor, Unset):
            vendor = UNSET
        else:
            vendor = CostCenterRef.from_dict(_vendor)

        name = d.pop("Name", UNSET)

        _instance = cls(
            id=_unchecked(id),
            email=_unchecked(email),
            work_phone=_unchecked(work_phone),
            fax=_unchecked(fax),
            alt_phone=_unchecked(alt_phone),
            date_modified=_unchecked(date_modified),
            address=_unchecked(address),
            vendor=_unchecked(vendor),
            name=_unchecked(name),
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
