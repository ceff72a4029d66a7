from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

T = TypeVar("T", bound="JobSTC")


@_attrs_define
class JobSTC:
    """
    Attributes:
        st_cs_eligible (bool): Eligibility is determined when a job site is assigned with a STC zone. Make sure to
            assign STC zone to site in order to make job eligible for STCs.
        vee_cs_eligible (bool): Eligibility is determined when a job site is assigned with a VEEC zone. Make sure to
            assign VEEC zone to site in order to make job eligible for VEECs.
        stc_value (float): When not provided, financial defaults STCs Value is used.
        veec_value (float): When not provided, financial defaults VEECs Value is used.
    """

    st_cs_eligible: bool
    vee_cs_eligible: bool
    stc_value: float
    veec_value: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        st_cs_eligible = self.st_cs_eligible
        vee_cs_eligible = self.vee_cs_eligible
        stc_value = self.stc_value
        veec_value = self.veec_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(st_cs_eligible, Unset):
            field_dict["STCsEligible"] = st_cs_eligible
        if not isinstance(vee_cs_eligible, Unset):
            field_dict["VEECsEligible"] = vee_cs_eligible
        if not isinstance(stc_value, Unset):
            field_dict["STCValue"] = stc_value
        if not isinstance(veec_value, Unset):
            field_dict["VEECValue"] = veec_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        st_cs_eligible = d.pop("STCsEligible", UNSET)

        vee_cs_eligible = d.pop("VEECsEligible", UNSET)

        stc_value = d.pop("STCValue", UNSET)

        veec_value = d.pop("VEECValue", UNSET)

        _instance = cls(
            st_cs_eligible=_unchecked(st_cs_eligible),
            vee_cs_eligible=_unchecked(vee_cs_eligible),
            stc_value=_unchecked(stc_value),
            veec_value=_unchecked(veec_value),
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
