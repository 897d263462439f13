"""Penerapan (PP 38/2017 Pasal 20): the adoption instrument, ayat (2), and reporting, ayat (6).

Pasal 20 ayat (2) huruf b (VERIFIED-SECONDARY, quoted in Perbup Pamekasan 15/2022 [P14]):
the penerapan of an innovation result that concerns only the Pemda's internal procedures and
burdens neither the public nor the APBD is set by **Perkada**. Huruf a, the complement set by
**Perda**, is inferred from the structure of huruf b (UNCERTAIN); the library applies it
through the policy parameter ``perda_branch`` (default ``"perda"``; ``"tidak_ditentukan"``
refuses to infer).

The provisions, the three facts of huruf b and the parameters are rows of
``rules/pp38/pp38_2017.toml``; the upper-case names are the shipped rule set's, read on first
use.

>>> from inovasi_daerah.models import Innovation
>>> inv = Innovation(name="X", forms=["tata_kelola"], stage="penerapan", initiator="asn",
...     adoption={"internal_procedure_only": True, "burdens_public": False,
...               "burdens_apbd": False})
>>> perkada_conditions(inv)
True
>>> perkada_conditions(inv.model_copy(update={"adoption": inv.adoption.model_copy(
...     update={"burdens_apbd": None})}))  # one fact unknown: undecided
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from inovasi_daerah.law.param import Param
from inovasi_daerah.models.innovation import Innovation
from inovasi_daerah.pp38._base import Fact, as_innovation
from inovasi_daerah.pp38.checks import adoption_outcome
from inovasi_daerah.pp38.rules import Pp38Rules, default_rules

if TYPE_CHECKING:
    from inovasi_daerah.law.citation import Citation
    from inovasi_daerah.pp38._base import Provision

    # read from the rule file on first use (module __getattr__ below)
    ADOPTION_FACTS: tuple[tuple[str, bool], ...]
    PERDA_BRANCH_OPTIONS: tuple[str, ...]
    PERDA_RULE: Provision
    PERKADA_RULE: Provision
    REPORTING_DEADLINE_CITATION: Citation
    REPORTING_RULE: Provision
    REPORTING_UU_RULE: Provision

__all__ = [
    "ADOPTION_FACTS",
    "PERDA_BRANCH_OPTIONS",
    "PERDA_RULE",
    "PERKADA_RULE",
    "REPORTING_DEADLINE_CITATION",
    "REPORTING_RULE",
    "REPORTING_UU_RULE",
    "perda_branch_param",
    "perkada_conditions",
    "reporting_deadline_param",
]


def _shipped() -> Pp38Rules:
    from inovasi_daerah.pp38.files import shipped_rules

    return shipped_rules()


def perda_branch_param() -> Param[str]:
    """The policy for the complement of huruf b (UNCERTAIN, so a named policy)."""
    return _shipped().perda_branch


def reporting_deadline_param() -> Param[int]:
    """Days after penerapan within which the report is due: OPEN (the law gives none known)."""
    return _shipped().reporting_deadline_days


def perkada_conditions(innovation: Innovation, rules: Pp38Rules | None = None) -> Fact:
    """Huruf b in three-valued logic: any failing fact decides False; all three hold → True.

    ``rules`` gives the facts of huruf b (default: the shipped rule set's).
    """
    facts = as_innovation(innovation, function="perkada_conditions").adoption
    return adoption_outcome(facts, default_rules(rules).adoption_facts)


def __getattr__(name: str) -> Any:
    """The upper-case names: the shipped rule set's data, read from its file on first use."""
    if not name.isupper():  # e.g. the import system's probe for __path__
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from inovasi_daerah.pp38.files import shipped_attribute

    if name == "PERDA_BRANCH_OPTIONS":
        return _shipped().perda_branch.options
    if name == "REPORTING_DEADLINE_CITATION":
        return _shipped().reporting_deadline_days.citation
    return shipped_attribute(
        __name__,
        name,
        {
            "ADOPTION_FACTS": "adoption_facts",
            "PERDA_RULE": "adoption_perda",
            "PERKADA_RULE": "adoption_perkada",
            "REPORTING_RULE": "reporting",
            "REPORTING_UU_RULE": "reporting_uu",
        },
    )
