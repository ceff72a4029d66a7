from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.purchase_state import PurchaseState
from ..models.purchase_type import PurchaseType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.axis_section_reference import AxisSectionReference
    from ..models.cost_center_reference import CostCenterReference
    from ..models.department_reference import DepartmentReference
    from ..models.establishment_reference_response import EstablishmentReferenceResponse
    from ..models.multi_currency_amount import MultiCurrencyAmount
    from ..models.nature_reference import NatureReference
    from ..models.one_time_commitment import OneTimeCommitment
    from ..models.purchase_aggregated_states import PurchaseAggregatedStates
    from ..models.subscription_commitment_response import SubscriptionCommitmentResponse
    from ..models.supplier_reference import SupplierReference
    from ..models.user_reference_response import UserReferenceResponse


T = TypeVar("T", bound="PurchaseResponse")


@_attrs_define
class PurchaseResponse:
    """Purchase.

    Attributes:
        id (int | Unset):
        type_ (PurchaseType | Unset):
        title (str | Unset): Title of the purchase.
        state (PurchaseState | Unset):
        commitment (OneTimeCommitment | SubscriptionCommitmentResponse | Unset): Represents a purchase commitment. Can
            be one of two types: Subscription or OneTime.

            A "subscription" typed commitment represents a purchase commitment that will be paid in installments over a
            given period, whereas a "one-time" commitment will be paid in full once.
        owner (UserReferenceResponse | Unset): Reference to a user.
        nature (NatureReference | Unset):
        cost_center (CostCenterReference | Unset): Reference to a cost-center.
        establishment (EstablishmentReferenceResponse | Unset): Reference to an establishment.
        department (DepartmentReference | Unset): Reference to a department.
        supplier (SupplierReference | Unset):
        available_amount (MultiCurrencyAmount | Unset): Represents an amount of money in two different currencies.
        billed_amount (MultiCurrencyAmount | Unset): Represents an amount of money in two different currencies.
        committed_amount (MultiCurrencyAmount | Unset): Represents an amount of money in two different currencies.
        confirmed_amount (MultiCurrencyAmount | Unset): Represents an amount of money in two different currencies.
        requested_amount (MultiCurrencyAmount | Unset): Represents an amount of money in two different currencies.
        aggregated_states (PurchaseAggregatedStates | Unset):
        axis_sections (list[AxisSectionReference] | Unset): Read-only. Axis-sections to which the purchase belongs.
        created_at (datetime.datetime | Unset): Read-only. Date of creation of the purchase
        author (UserReferenceResponse | Unset): Reference to a user.
        modified_at (datetime.datetime | Unset): Read-only. Date of last modification of the purchase.
        modifier (UserReferenceResponse | Unset): Reference to a user.
    """

    id: int | Unset = UNSET
    type_: PurchaseType | Unset = UNSET
    title: str | Unset = UNSET
    state: PurchaseState | Unset = UNSET
    commitment: OneTimeCommitment | SubscriptionCommitmentResponse | Unset = UNSET
    owner: UserReferenceResponse | Unset = UNSET
    nature: NatureReference | Unset = UNSET
    cost_center: CostCenterReference | Unset = UNSET
    establishment: EstablishmentReferenceResponse | Unset = UNSET
    department: DepartmentReference | Unset = UNSET
    supplier: SupplierReference | Unset = UNSET
    available_amount: MultiCurrencyAmount | Unset = UNSET
    billed_amount: MultiCurrencyAmount | Unset = UNSET
    committed_amount: MultiCurrencyAmount | Unset = UNSET
    confirmed_amount: MultiCurrencyAmount | Unset = UNSET
    requested_amount: MultiCurrencyAmount | Unset = UNSET
    aggregated_states: PurchaseAggregatedStates | Unset = UNSET
    axis_sections: list[AxisSectionReference] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    author: UserReferenceResponse | Unset = UNSET
    modified_at: datetime.datetime | Unset = UNSET
    modifier: UserReferenceResponse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.subscription_commitment_response import SubscriptionCommitmentResponse  # noqa: PLC0415

        id = self.id
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        title = self.title
        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        commitment: dict[str, Any] | Unset
        if isinstance(self.commitment, Unset):
            commitment = UNSET
        elif isinstance(self.commitment, SubscriptionCommitmentResponse):
            commitment = self.commitment.to_dict()
        else:
            commitment = self.commitment.to_dict()

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()
        nature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nature, Unset):
            nature = self.nature.to_dict()
        cost_center: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_center, Unset):
            cost_center = self.cost_center.to_dict()
        establishment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.establishment, Unset):
            establishment = self.establishment.to_dict()
        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()
        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()
        available_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.available_amount, Unset):
            available_amount = self.available_amount.to_dict()
        billed_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billed_amount, Unset):
            billed_amount = self.billed_amount.to_dict()
        committed_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.committed_amount, Unset):
            committed_amount = self.committed_amount.to_dict()
        confirmed_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.confirmed_amount, Unset):
            confirmed_amount = self.confirmed_amount.to_dict()
        requested_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requested_amount, Unset):
            requested_amount = self.requested_amount.to_dict()
        aggregated_states: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aggregated_states, Unset):
            aggregated_states = self.aggregated_states.to_dict()
        axis_sections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.axis_sections, Unset):
            axis_sections = []
            for axis_sections_item_data in self.axis_sections:
                axis_sections_item = axis_sections_item_data.to_dict()
                axis_sections.append(axis_sections_item)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()
        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()
        modified_at: str | Unset = UNSET
        if not isinstance(self.modified_at, Unset):
            modified_at = self.modified_at.isoformat()
        modifier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.modifier, Unset):
            modifier = self.modifier.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["id"] = id
        if not isinstance(type_, Unset):
            field_dict["type"] = type_
        if not isinstance(title, Unset):
            field_dict["title"] = title
        if not isinstance(state, Unset):
            field_dict["state"] = state
        if not isinstance(commitment, Unset):
            field_dict["commitment"] = commitment
        if not isinstance(owner, Unset):
            field_dict["owner"] = owner
        if not isinstance(nature, Unset):
            field_dict["nature"] = nature
        if not isinstance(cost_center, Unset):
            field_dict["costCenter"] = cost_center
        if not isinstance(establishment, Unset):
            field_dict["establishment"] = establishment
        if not isinstance(department, Unset):
            field_dict["department"] = department
        if not isinstance(supplier, Unset):
            field_dict["supplier"] = supplier
        if not isinstance(available_amount, Unset):
            field_dict["availableAmount"] = available_amount
        if not isinstance(billed_amount, Unset):
            field_dict["billedAmount"] = billed_amount
        if not isinstance(committed_amount, Unset):
            field_dict["committedAmount"] = committed_amount
        if not isinstance(confirmed_amount, Unset):
            field_dict["confirmedAmount"] = confirmed_amount
        if not isinstance(requested_amount, Unset):
            field_dict["requestedAmount"] = requested_amount
        if not isinstance(aggregated_states, Unset):
            field_dict["aggregatedStates"] = aggregated_states
        if not isinstance(axis_sections, Unset):
            field_dict["axisSections"] = axis_sections
        if not isinstance(created_at, Unset):
            field_dict["createdAt"] = created_at
        if not isinstance(author, Unset):
            field_dict["author"] = author
        if not isinstance(modified_at, Unset):
            field_dict["modifiedAt"] = modified_at
        if not isinstance(modifier, Unset):
            field_dict["modifier"] = modifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.axis_section_reference import AxisSectionReference  # noqa: PLC0415
        from ..models.cost_center_reference import CostCenterReference  # noqa: PLC0415
        from ..models.department_reference import DepartmentReference  # noqa: PLC0415
        from ..models.establishment_reference_response import EstablishmentReferenceResponse  # noqa: PLC0415
        from ..models.multi_currency_amount import MultiCurrencyAmount  # noqa: PLC0415
        from ..models.nature_reference import NatureReference  # noqa: PLC0415
        from ..models.one_time_commitment import OneTimeCommitment  # noqa: PLC0415
        from ..models.purchase_aggregated_states import PurchaseAggregatedStates  # noqa: PLC0415
        from ..models.subscription_commitment_response import SubscriptionCommitmentResponse  # noqa: PLC0415
        from ..models.supplier_reference import SupplierReference  # noqa: PLC0415
        from ..models.user_reference_response import UserReferenceResponse  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: PurchaseType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PurchaseType.parse(_type_)

        title = d.pop("title", UNSET)

        _state = d.pop("state", UNSET)
        state: PurchaseState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = PurchaseState.parse(_state)

        def _parse_commitment(data: object) -> OneTimeCommitment | SubscriptionCommitmentResponse | Unset:
            from lucca_invoices_client.types import is_complete  # noqa: PLC0415

            if isinstance(data, Unset):
                return data
            partial_fits: list[OneTimeCommitment | SubscriptionCommitmentResponse | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemascommitment_response_type_0 = SubscriptionCommitmentResponse.from_dict(data)

                if is_complete(componentsschemascommitment_response_type_0):
                    return componentsschemascommitment_response_type_0
                partial_fits.append(componentsschemascommitment_response_type_0)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemascommitment_response_type_1 = OneTimeCommitment.from_dict(data)

                if is_complete(componentsschemascommitment_response_type_1):
                    return componentsschemascommitment_response_type_1
                partial_fits.append(componentsschemascommitment_response_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            raise TypeError("the value has none of the types the spec allows here")

        commitment = _parse_commitment(d.pop("commitment", UNSET))

        _owner = d.pop("owner", UNSET)
        owner: UserReferenceResponse | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = UserReferenceResponse.from_dict(_owner)

        _nature = d.pop("nature", UNSET)
        nature: NatureReference | Unset
        if isinstance(_nature, Unset):
            nature = UNSET
        else:
            nature = NatureReference.from_dict(_nature)

        _cost_center = d.pop("costCenter", UNSET)
        cost_center: CostCenterReference | Unset
        if isinstance(_cost_center, Unset):
            cost_center = UNSET
        else:
            cost_center = CostCenterReference.from_dict(_cost_center)

        _establishment = d.pop("establishment", UNSET)
        establishment: EstablishmentReferenceResponse | Unset
        if isinstance(_establishment, Unset):
            establishment = UNSET
        else:
            establishment = EstablishmentReferenceResponse.from_dict(_establishment)

        _department = d.pop("department", UNSET)
        department: DepartmentReference | Unset
        if isinstance(_department, Unset):
            department = UNSET
        else:
            department = DepartmentReference.from_dict(_department)

        _supplier = d.pop("supplier", UNSET)
        supplier: SupplierReference | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = SupplierReference.from_dict(_supplier)

        _available_amount = d.pop("availableAmount", UNSET)
        available_amount: MultiCurrencyAmount | Unset
        if isinstance(_available_amount, Unset):
            available_amount = UNSET
        else:
            available_amount = MultiCurrencyAmount.from_dict(_available_amount)

        _billed_amount = d.pop("billedAmount", UNSET)
        billed_amount: MultiCurrencyAmount | Unset
        if isinstance(_billed_amount, Unset):
            billed_amount = UNSET
        else:
            billed_amount = MultiCurrencyAmount.from_dict(_billed_amount)

        _committed_amount = d.pop("committedAmount", UNSET)
        committed_amount: MultiCurrencyAmount | Unset
        if isinstance(_committed_amount, Unset):
            committed_amount = UNSET
        else:
            committed_amount = MultiCurrencyAmount.from_dict(_committed_amount)

        _confirmed_amount = d.pop("confirmedAmount", UNSET)
        confirmed_amount: MultiCurrencyAmount | Unset
        if isinstance(_confirmed_amount, Unset):
            confirmed_amount = UNSET
        else:
            confirmed_amount = MultiCurrencyAmount.from_dict(_confirmed_amount)

        _requested_amount = d.pop("requestedAmount", UNSET)
        requested_amount: MultiCurrencyAmount | Unset
        if isinstance(_requested_amount, Unset):
            requested_amount = UNSET
        else:
            requested_amount = MultiCurrencyAmount.from_dict(_requested_amount)

        _aggregated_states = d.pop("aggregatedStates", UNSET)
        aggregated_states: PurchaseAggregatedStates | Unset
        if isinstance(_aggregated_states, Unset):
            aggregated_states = UNSET
        else:
            aggregated_states = PurchaseAggregatedStates.from_dict(_aggregated_states)

        _axis_sections = d.pop("axisSections", UNSET)
        axis_sections: list[AxisSectionReference] | Unset = UNSET
        if _axis_sections is not UNSET:
            axis_sections = []
            for axis_sections_item_data in _axis_sections:
                axis_sections_item = AxisSectionReference.from_dict(axis_sections_item_data)

                axis_sections.append(axis_sections_item)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _author = d.pop("author", UNSET)
        author: UserReferenceResponse | Unset
        if isinstance(_author, Unset):
            author = UNSET
        else:
            author = UserReferenceResponse.from_dict(_author)

        _modified_at = d.pop("modifiedAt", UNSET)
        modified_at: datetime.datetime | Unset
        if isinstance(_modified_at, Unset):
            modified_at = UNSET
        else:
            modified_at = datetime.datetime.fromisoformat(_modified_at)

        _modifier = d.pop("modifier", UNSET)
        modifier: UserReferenceResponse | Unset
        if isinstance(_modifier, Unset):
            modifier = UNSET
        else:
            modifier = UserReferenceResponse.from_dict(_modifier)

        _instance = cls(
            id=id,
            type_=type_,
            title=title,
            state=state,
            commitment=commitment,
            owner=owner,
            nature=nature,
            cost_center=cost_center,
            establishment=establishment,
            department=department,
            supplier=supplier,
            available_amount=available_amount,
            billed_amount=billed_amount,
            committed_amount=committed_amount,
            confirmed_amount=confirmed_amount,
            requested_amount=requested_amount,
            aggregated_states=aggregated_states,
            axis_sections=axis_sections,
            created_at=created_at,
            author=author,
            modified_at=modified_at,
            modifier=modifier,
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
