from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.assigned_to import AssignedTo
    from ..models.cost_center_ref import CostCenterRef
    from ..models.folder_ref import FolderRef


T = TypeVar("T", bound="Allocation")


@_attrs_define
class Allocation:
    """
    Attributes:
        storage_device (CostCenterRef):
        assigned_to (AssignedTo | None):
        quantity (float):
        expense_cost_center (FolderRef | None):
    """

    storage_device: CostCenterRef
    assigned_to: AssignedTo | None
    quantity: float
    expense_cost_center: FolderRef | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.assigned_to import AssignedTo  # noqa: PLC0415
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        storage_device: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage_device, Unset):
            storage_device = self.storage_device.to_dict()
        assigned_to: dict[str, Any] | None | Unset
        if isinstance(self.assigned_to, Unset):
            assigned_to = UNSET
        elif isinstance(self.assigned_to, AssignedTo):
            assigned_to = self.assigned_to.to_dict()
        else:
            assigned_to = self.assigned_to
        quantity = self.quantity
        expense_cost_center: dict[str, Any] | None | Unset
        if isinstance(self.expense_cost_center, Unset):
            expense_cost_center = UNSET
        elif isinstance(self.expense_cost_center, FolderRef):
            expense_cost_center = self.expense_cost_center.to_dict()
        else:
            expense_cost_center = self.expense_cost_center

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(storage_device, Unset):
            field_dict["StorageDevice"] = storage_device
        if not isinstance(assigned_to, Unset):
            field_dict["AssignedTo"] = assigned_to
        if not isinstance(quantity, Unset):
            field_dict["Quantity"] = quantity
        if not isinstance(expense_cost_center, Unset):
            field_dict["ExpenseCostCenter"] = expense_cost_center

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assigned_to import AssignedTo  # noqa: PLC0415
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.folder_ref import FolderRef  # noqa: PLC0415

        d = dict(src_dict)
        _storage_device = d.pop("StorageDevice", UNSET)
        storage_device: CostCenterRef | Unset
        if isinstance(_storage_device, Unset):
            storage_device = UNSET
        else:
            storage_device = CostCenterRef.from_dict(_storage_device)

        def _parse_assigned_to(data: object) -> AssignedTo | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[AssignedTo | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assigned_to_type_1 = AssignedTo.from_dict(data)

                if is_complete(assigned_to_type_1):
                    return assigned_to_type_1
                partial_fits.append(assigned_to_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(AssignedTo | None | Unset, data)

        assigned_to = _parse_assigned_to(d.pop("AssignedTo", UNSET))

        quantity = d.pop("Quantity", UNSET)

        def _parse_expense_cost_center(data: object) -> FolderRef | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[FolderRef | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                expense_cost_center_type_1 = FolderRef.from_dict(data)

                if is_complete(expense_cost_center_type_1):
                    return expense_cost_center_type_1
                partial_fits.append(expense_cost_center_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(FolderRef | None | Unset, data)

        expense_cost_center = _parse_expense_cost_center(d.pop("ExpenseCostCenter", UNSET))

        _instance = cls(
            storage_device=_unchecked(storage_device),
            assigned_to=_unchecked(assigned_to),
            quantity=_unchecked(quantity),
            expense_cost_center=_unchecked(expense_cost_center),
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
