"""Immutable pydantic models of the domain (English names, Indonesian aliases accepted)."""

from inovasi_daerah._legacy_names import module_getattr
from inovasi_daerah.models.base import LooseDate, Model
from inovasi_daerah.models.enums import (
    AdoptionInstrument,
    EntryPoint,
    EvidenceStatus,
    Form,
    GovernmentLevel,
    IndependentTeamMember,
    Initiator,
    InnovationKind,
    InnovatorRole,
    JabatanKind,
    Jenjang,
    LegalEnum,
    LifecycleStatus,
    Stage,
    Tematik,
    Urusan,
    UrusanKind,
)
from inovasi_daerah.models.innovation import (
    AdoptionFacts,
    CriteriaFacts,
    Document,
    IndicatorEntry,
    Innovation,
    Procedure,
)
from inovasi_daerah.models.innovator import Innovator
from inovasi_daerah.models.region import RegionalGovernment, RegionalOffice

__all__ = [
    "AdoptionFacts",
    "AdoptionInstrument",
    "CriteriaFacts",
    "Document",
    "EntryPoint",
    "EvidenceStatus",
    "Form",
    "GovernmentLevel",
    "IndependentTeamMember",
    "IndicatorEntry",
    "Initiator",
    "Innovation",
    "InnovationKind",
    "Innovator",
    "InnovatorRole",
    "JabatanKind",
    "Jenjang",
    "LegalEnum",
    "LifecycleStatus",
    "LooseDate",
    "Model",
    "Procedure",
    "RegionalGovernment",
    "RegionalOffice",
    "Stage",
    "Tematik",
    "Urusan",
    "UrusanKind",
]

__getattr__ = module_getattr(__name__, globals())
