"""The PP 38/2017 rule file: its format, the loader, and a user's own file.

``rules/pp38/pp38_2017.toml`` holds every provision the ``pp38`` engine applies: sasaran,
prinsip, bentuk, kriteria, inisiator, the items of a proposal, the initiators' routes, the
lifecycle transitions and their conditions, Pasal 20 and the protection of ASN, each row beside
its Pasal/ayat citation (status, source key, checked date) and the rule set's validity. The
predicates are Python (:mod:`~inovasi_daerah.pp38.checks`); a row names its check.

The generic loader (:mod:`inovasi_daerah.law.load`) checks the keys (an unknown key is an error
naming the file, the table and the key); this module then builds the immutable rows and runs
the integrity checks: every named citation, check, state, requirement and fact exists, every
URL of a source key matches ``[sources]``, and :meth:`Pp38Rules.check` (every enum member has
its cited row, the state machine is well formed, no rejected reading is cited as law).

>>> r = shipped_rules()
>>> r.id, len(r.criteria), r.criteria[0].check
('pp38-2017', 5, 'fact_or_design')
>>> r.transitions[0].requires[0].key
'usulan_lengkap'
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import cache
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inovasi_daerah.errors import DataIntegrityError, InovasiDaerahError
from inovasi_daerah.law.citation import Citation
from inovasi_daerah.law.load import (
    BOOL,
    DATE,
    INT,
    STR,
    TEXT,
    ArrayOf,
    Choice,
    Citations,
    Field,
    ListOf,
    MapOf,
    Table,
    Where,
    build_params,
    check,
    citation_kind,
    json_schema,
    load_shipped,
    parameters_table,
    read_rule_file,
    require_type,
    rule_set_header,
    text_of,
)
from inovasi_daerah.law.text import Text
from inovasi_daerah.models.enums import Form, Initiator, LifecycleStatus, Stage
from inovasi_daerah.models.innovation import AdoptionFacts, CriteriaFacts, Innovation
from inovasi_daerah.pp38 import checks
from inovasi_daerah.pp38._base import Provision, RejectedReading
from inovasi_daerah.pp38.data import (
    Criterion,
    CriterionRule,
    FormRule,
    InitiatorRule,
    Principle,
    PrincipleRule,
    ProposalField,
    Target,
    TargetRule,
)
from inovasi_daerah.pp38.routes import Requirement, RouteStep
from inovasi_daerah.pp38.transitions import Transition

if TYPE_CHECKING:
    from inovasi_daerah.pp38.rules import Pp38Rules

__all__ = [
    "RULES_FILE",
    "load_rules",
    "rules_schema",
    "shipped_rules",
]

# -- the format ----------------------------------------------------------------------------------

_CITE = citation_kind()
_ALSO = ListOf(_CITE)
_STATE = Choice(tuple(s.value for s in LifecycleStatus))
_PROVISION = {
    "text": Field(TEXT, True, "the provision in Bahasa Indonesia and English (paraphrase)"),
    "cite": Field(_CITE, True, "the citation of record"),
    "also": Field(_ALSO, doc="further citations of the same content"),
    "note": Field(TEXT, doc="what is uncertain"),
}
_KEYED = {"key": Field(STR, True, "the provision's key in results"), **_PROVISION}
_FACTS = {
    "fields": Field(ArrayOf(STR), True, "the Innovation facts (dotted paths) that settle it"),
    "check": Field(
        Choice(tuple(checks.REQUIREMENT_CHECKS)),
        True,
        "the named check of inovasi_daerah.pp38.checks that reads the first field",
    ),
    "before": Field(STR, doc="recorded_before: the fact the first field may not follow"),
}
_SINGLE = (
    "entry_into_force",
    "objective",
    "stage_order",
    "trial",
    "stop",
    "adoption_perkada",
    "adoption_perda",
    "reporting",
    "reporting_uu",
    "asn_protection",
    "asn_protection_condition",
)


def _enum_row(name: str, enum: type[Any], label_text: bool) -> Table:
    fields = {name: Field(Choice(tuple(m.value for m in enum)), True), **_PROVISION}
    if label_text:  # the enum's label is the row's text unless the row gives one
        fields["text"] = Field(TEXT, doc="default: the label of the enum member")
    return Table(fields, label=name)


#: The format of a PP 38/2017 rule file.
RULES_FILE = Table(
    {
        "id": Field(STR, True),
        "family": Field(Choice(("pp38",)), True),
        "title": Field(TEXT, True),
        "checked": Field(DATE, True, "default checked date of the citations"),
        "valid": Field(Table({"from": Field(DATE, True), "to": Field(DATE)}), True),
        "cite": Field(_CITE, True, "the regulation itself"),
        "main_path": Field(
            Table({"states": Field(ArrayOf(_STATE), True), "cite": Field(_CITE, True)}),
            True,
            "the lifecycle states of the main path, in order",
        ),
        "adoption_facts": Field(
            Table(
                {
                    "facts": Field(MapOf(BOOL), True, "AdoptionFacts field = value of huruf b"),
                    "cite": Field(_CITE, True),
                }
            ),
            True,
            "Pasal 20(2) huruf b: the facts under which the penerapan is set by Perkada",
        ),
        "sources": Field(MapOf(STR), True, "the public URL of each source key"),
        "citations": Field(MapOf(_CITE), True, "named citations the rows refer to"),
        "parameters": Field(
            parameters_table(
                {"perda_branch": STR, "trial_max_months": INT, "reporting_deadline_days": INT}
            ),
            True,
        ),
        "provisions": Field(
            Table({k: Field(Table(_KEYED), True) for k in _SINGLE}), True, "single provisions"
        ),
        "targets": Field(ListOf(_enum_row("target", Target, False), 1), True, "sasaran"),
        "principles": Field(ListOf(_enum_row("principle", Principle, True), 1), True),
        "regional_principles": Field(ListOf(Table(_KEYED, label="key")), True),
        "forms": Field(
            ListOf(
                Table(
                    {
                        **_enum_row("form", Form, True).fields,
                        "definition": Field(TEXT, True),
                        "definition_cite": Field(_CITE, True),
                    },
                    label="form",
                ),
                1,
            ),
            True,
        ),
        "criteria": Field(
            ListOf(
                Table(
                    {
                        **_enum_row("criterion", Criterion, True).fields,
                        "number": Field(INT, True, "huruf of Pasal 6, counted"),
                        "fact": Field(STR, True, "the CriteriaFacts field that settles it"),
                        "check": Field(Choice(tuple(checks.CRITERION_CHECKS)), True),
                    },
                    label="criterion",
                ),
                1,
            ),
            True,
        ),
        "initiators": Field(ListOf(_enum_row("initiator", Initiator, True), 1), True),
        "proposal_fields": Field(
            ListOf(
                Table(
                    {
                        "field": Field(STR, True),
                        "attributes": Field(ArrayOf(STR), True, "the Innovation fields"),
                        "present": Field(Choice(tuple(checks.PRESENCE_CHECKS))),
                        "required_if": Field(STR, doc="required only when this fact holds"),
                        **_PROVISION,
                    },
                    label="field",
                ),
                1,
            ),
            True,
        ),
        "route_steps": Field(
            ListOf(
                Table(
                    {
                        **_KEYED,
                        **_FACTS,
                        "initiators": Field(ArrayOf(Choice(tuple(i.value for i in Initiator)))),
                        "due_in": Field(_STATE, True),
                        "performed_by_transition": Field(BOOL),
                    },
                    label="key",
                ),
                1,
            ),
            True,
        ),
        "requirements": Field(
            ListOf(Table({**_KEYED, **_FACTS, "outcome": Field(BOOL)}, label="key")), True
        ),
        "transitions": Field(
            ListOf(
                Table(
                    {
                        "key": Field(STR, True),
                        "source": Field(_STATE, True),
                        "target": Field(_STATE, True),
                        "text": Field(TEXT, doc="or text_of"),
                        "text_of": Field(STR, doc="the name of a provision whose text it takes"),
                        "cite": Field(_CITE, True),
                        "also": Field(_ALSO),
                        "note": Field(TEXT),
                        "requires": Field(ArrayOf(STR), doc="keys of [[requirements]]"),
                        "sets": Field(STR, True, "the date field the step records"),
                        "stage": Field(Choice(tuple(s.value for s in Stage))),
                    },
                    label="key",
                ),
                1,
            ),
            True,
        ),
        "rejected_readings": Field(
            ListOf(
                Table(
                    {
                        "key": Field(STR, True),
                        "subject": Field(TEXT, True),
                        "rejected": Field(STR, True),
                        "stated_by": Field(_CITE, True),
                        "preferred": Field(_CITE, True),
                        "reason": Field(TEXT, True),
                    },
                    label="key",
                )
            ),
            True,
        ),
    },
    "A PP 38/2017 rule file",
)


def rules_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of PP 38/2017 rule files (``schema aturan_pp38``)."""
    return json_schema(
        RULES_FILE,
        title="Berkas aturan PP 38/2017 (PP 38/2017 rule file)",
        schema_id="https://inovasi-daerah.example/schema/aturan_pp38.json",
    )


# -- building the rule set ------------------------------------------------------------------------


def _model_path(path: str, where: Where, key: str, root: type[Any] = Innovation) -> None:
    """Refuse a dotted path that names no field of ``root`` (an Innovation by default)."""
    from pydantic import BaseModel

    cls: type[Any] | None = root
    for part in path.split("."):
        fields = getattr(cls, "model_fields", None) or {}
        if part not in fields:
            raise where.error(
                key,
                f"fakta {path!r} tidak ada pada {root.__name__}",
                path,
                message_en=f"fact {path!r} is not a field of {root.__name__}",
            )
        ann = fields[part].annotation
        cls = ann if isinstance(ann, type) and issubclass(ann, BaseModel) else None


class _Builder:
    """Turns a checked file's data into the rows of a :class:`Pp38Rules`."""

    def __init__(self, data: Mapping[str, Any], cites: Citations, where: Where) -> None:
        self.data = data
        self.cites = cites
        self.where = where

    def cite(self, value: object, w: Where, key: str = "cite") -> Citation:
        return self.cites.get(value, key, w)

    def provision(
        self, row: Mapping[str, Any], w: Where, *, key: str | None = None, text: Text | None = None
    ) -> dict[str, Any]:
        """The fields every cited row shares: key, text, citation, also, note."""
        return {
            "key": row["key"] if key is None else key,
            "text": text_of(row["text"]) if text is None else text,
            "citation": self.cite(row["cite"], w),
            "also": tuple(self.cite(c, w, "also") for c in row.get("also", ())),
            "note": text_of(row["note"]) if "note" in row else None,
        }

    def rows(self, name: str, label: str | None = None) -> list[tuple[Mapping[str, Any], Where]]:
        return [
            (row, self.where.at(f"{name} {row[label]}" if label else f"{name} #{i}"))
            for i, row in enumerate(self.data[name], 1)
        ]

    def facts(self, row: Mapping[str, Any], w: Where, context: Mapping[str, Any]) -> Any:
        """The predicate of a route step or requirement row (its named check over its facts)."""
        if not row["fields"]:
            raise w.error("fields", "minimal satu fakta", message_en="at least one fact")
        for f in row["fields"]:
            _model_path(f, w, "fields")
        params = {"before": row["before"]} if "before" in row else {}
        if "before" in params:
            _model_path(params["before"], w, "before")
        try:
            return checks.requirement_check(row["check"], tuple(row["fields"]), params, **context)
        except DataIntegrityError as exc:
            raise w.error("check", exc.message, row["check"], message_en=exc.message_en) from None


def _source_urls(b: _Builder) -> tuple[tuple[str, str], ...]:
    """``[sources]``, after checking that a named citation's URL is its source key's URL."""
    sources = dict(b.data["sources"])
    for name, raw in b.data["citations"].items():
        known = isinstance(raw, dict) and raw.get("source") in sources and "url" in raw
        if known and raw["url"] != sources[raw["source"]]:
            raise b.where.at(f"citations.{name}").error(
                "url",
                f"url berbeda dari [sources].{raw['source']}",
                raw["url"],
                message_en=f"url differs from [sources].{raw['source']}",
            )
    return tuple(sources.items())


def _build(data: Mapping[str, Any], cites: Citations, where: Where) -> Pp38Rules:
    """The :class:`Pp38Rules` of a checked file, integrity-checked."""
    from inovasi_daerah.pp38.rules import Pp38Rules

    b = _Builder(data, cites, where)
    sources = _source_urls(b)
    provisions = {
        name: Provision(**b.provision(row, where.at(f"provisions.{name}")))
        for name, row in data["provisions"].items()
    }
    w = where.at("adoption_facts")
    b.cite(data["adoption_facts"]["cite"], w)
    for fact in data["adoption_facts"]["facts"]:
        _model_path(fact, w, "facts", AdoptionFacts)
    adoption_facts = tuple(data["adoption_facts"]["facts"].items())
    b.cite(data["main_path"]["cite"], where.at("main_path"))
    main_path = tuple(LifecycleStatus(s) for s in data["main_path"]["states"])

    proposal_fields = []
    for row, w in b.rows("proposal_fields", "field"):
        for a in row["attributes"]:
            _model_path(a, w, "attributes")
        required = row.get("required_if")
        if required is not None:
            _model_path(required, w, "required_if")
        proposal_fields.append(
            ProposalField(
                **b.provision(row, w, key=row["field"]),
                field=row["field"],
                attributes=tuple(row["attributes"]),
                present=checks.PRESENCE_CHECKS[row.get("present", "any_given")](
                    tuple(row["attributes"])
                ),
                required=checks.always if required is None else checks.fact_of(required),
            )
        )
    context = {"proposal_fields": tuple(proposal_fields), "adoption_facts": adoption_facts}

    requirements: dict[str, Requirement] = {}
    for row, w in b.rows("requirements", "key"):
        if row["key"] in requirements:
            raise w.error("key", "kunci ganda", row["key"], message_en="duplicate key")
        requirements[row["key"]] = Requirement(
            **b.provision(row, w),
            fields=tuple(row["fields"]),
            check=b.facts(row, w, context),
            outcome=row.get("outcome", False),
        )
    route_steps = tuple(
        RouteStep(
            **b.provision(row, w),
            fields=tuple(row["fields"]),
            check=b.facts(row, w, context),
            initiators=tuple(Initiator(i) for i in row.get("initiators", ())),
            due_in=LifecycleStatus(row["due_in"]),
            performed_by_transition=row.get("performed_by_transition", False),
        )
        for row, w in b.rows("route_steps", "key")
    )
    transitions = []
    for row, w in b.rows("transitions", "key"):
        if ("text" in row) == ("text_of" in row):
            raise w.error(
                "text", "beri text atau text_of", message_en="give text or text_of (one of them)"
            )
        if "text_of" in row and row["text_of"] not in provisions:
            raise w.error(
                "text_of",
                f"ketentuan tidak dikenal; ada: {sorted(provisions)}",
                row["text_of"],
                message_en=f"unknown provision; known: {sorted(provisions)}",
            )
        unknown = [k for k in row.get("requires", ()) if k not in requirements]
        if unknown:
            raise w.error(
                "requires",
                f"syarat tidak ada di [[requirements]]: {unknown}",
                message_en=f"requirements not in [[requirements]]: {unknown}",
            )
        _model_path(row["sets"], w, "sets")
        text = provisions[row["text_of"]].text if "text_of" in row else None
        transitions.append(
            Transition(
                **b.provision(row, w, text=text),
                source=LifecycleStatus(row["source"]),
                target=LifecycleStatus(row["target"]),
                requires=tuple(requirements[k] for k in row.get("requires", ())),
                sets=row["sets"],
                stage=Stage(row["stage"]) if "stage" in row else None,
            )
        )

    criteria = []
    for row, w in b.rows("criteria", "criterion"):
        _model_path(row["fact"], w, "fact", CriteriaFacts)
        member = Criterion(row["criterion"])
        criteria.append(
            CriterionRule(
                **b.provision(row, w, key=member.value, text=_label(row, member)),
                criterion=member,
                number=row["number"],
                fact=row["fact"],
                check=row["check"],
            )
        )

    def enum_rows(name: str, attr: str, enum: type[Any], shape: type[Any]) -> tuple[Any, ...]:
        out = []
        for row, w in b.rows(name, attr):
            member = enum(row[attr])
            out.append(
                shape(
                    **b.provision(row, w, key=member.value, text=_label(row, member)),
                    **{attr: member},
                )
            )
        return tuple(out)

    forms = tuple(
        FormRule(
            **b.provision(row, w, key=Form(row["form"]).value, text=_label(row, Form(row["form"]))),
            form=Form(row["form"]),
            definition=text_of(row["definition"]),
            definition_citation=b.cite(row["definition_cite"], w, "definition_cite"),
        )
        for row, w in b.rows("forms", "form")
    )
    rejected = tuple(
        RejectedReading(
            key=row["key"],
            subject=text_of(row["subject"]),
            rejected=row["rejected"],
            stated_by=b.cite(row["stated_by"], w, "stated_by"),
            preferred=b.cite(row["preferred"], w, "preferred"),
            reason=text_of(row["reason"]),
        )
        for row, w in b.rows("rejected_readings", "key")
    )
    params = build_params(data, cites, where, lambda _n, v, _w: v)
    rules = Pp38Rules(
        **rule_set_header(data, cites, where, ()),
        entry_into_force=provisions["entry_into_force"],
        objective=provisions["objective"],
        stage_order=provisions["stage_order"],
        trial=provisions["trial"],
        stop=provisions["stop"],
        adoption_perkada=provisions["adoption_perkada"],
        adoption_perda=provisions["adoption_perda"],
        reporting=provisions["reporting"],
        reporting_uu=provisions["reporting_uu"],
        asn_protection=provisions["asn_protection"],
        asn_protection_condition=provisions["asn_protection_condition"],
        targets=enum_rows("targets", "target", Target, TargetRule),
        principles=enum_rows("principles", "principle", Principle, PrincipleRule),
        regional_principles=tuple(
            Provision(**b.provision(row, w)) for row, w in b.rows("regional_principles", "key")
        ),
        forms=forms,
        criteria=tuple(criteria),
        urusan_list=b.cite("urusan_list", where.at("citations"), "urusan_list"),
        urusan_list_uncertain=b.cite(
            "urusan_list_uncertain", where.at("citations"), "urusan_list_uncertain"
        ),
        initiators=enum_rows("initiators", "initiator", Initiator, InitiatorRule),
        proposal_fields=tuple(proposal_fields),
        route_steps=route_steps,
        transitions=tuple(transitions),
        rejected_readings=rejected,
        perda_branch=params["perda_branch"],
        trial_max_months=params["trial_max_months"],
        reporting_deadline_days=params["reporting_deadline_days"],
        main_path=main_path,
        adoption_facts=adoption_facts,
        sources=sources,
    )
    with _in_file(where.file):
        rules.check()
    return rules


@contextmanager
def _in_file(file: str) -> Iterator[None]:
    """An integrity error of a whole rule set, renamed to name the ``file`` it came from."""
    try:
        yield
    except InovasiDaerahError as exc:
        raise DataIntegrityError(
            exc.message, field=f"{file}: {exc.field}", message_en=exc.message_en
        ) from None


def _label(row: Mapping[str, Any], member: Any) -> Text:
    """The row's text, or the enum member's label (the statutory wording in both languages)."""
    return text_of(row["text"]) if "text" in row else member.label


# -- the shipped file and a user's own -------------------------------------------------------------


@cache
def shipped_rules() -> Pp38Rules:
    """The shipped PP 38/2017 rule set (``rules/pp38/pp38_2017.toml``), read once."""
    data, cites, where = load_shipped("pp38/pp38_2017.toml", RULES_FILE)
    return _build(data, cites, where)


def shipped_attribute(module: str, name: str, mapping: Mapping[str, str]) -> Any:
    """``module.name`` for the upper-case names kept for compatibility: the shipped rule set's
    attribute ``mapping[name]``; any other name is an :class:`AttributeError`."""
    if name not in mapping:
        raise AttributeError(f"module {module!r} has no attribute {name!r}")
    return getattr(shipped_rules(), mapping[name])


def load_rules(path: str | PathLike[str], *, register: bool = False) -> Pp38Rules:
    """Load a user's PP 38/2017 rule file (the format of ``rules/pp38/pp38_2017.toml``: a
    successor regulation, or a region's reading of it), checked exactly like the shipped one.

    The result works as the ``rules`` argument of every ``pp38`` function; its citation names
    the file. With ``register=True`` a file whose validity starts after the rule sets already
    registered is also registered for :func:`~inovasi_daerah.pp38.rules_for` and becomes the
    default of every function (the previous open-ended rule set then ends the day before); a
    file starting earlier is refused.
    """
    from inovasi_daerah.law.ruleset import Registry
    from inovasi_daerah.pp38.rules import REGISTRY

    require_type(path, (str, PathLike), "path", "jalur (str/PathLike)", "a path (str/PathLike)")
    p = Path(path)
    data = read_rule_file(p)
    where = Where(p.name)
    check(RULES_FILE, data, where)
    rules = _build(data, Citations(data["citations"], data["checked"], where), where)
    extra = f"rule file: {p.name}"
    rules = dataclasses.replace(
        rules,
        citation=rules.citation.model_copy(
            update={"note": extra if not rules.citation.note else f"{rules.citation.note}; {extra}"}
        ),
    )
    registered = list(REGISTRY)
    if any(r.id == rules.id for r in registered):
        raise DataIntegrityError(
            "id aturan sudah terdaftar",
            field=f"{p.name}: id",
            value=rules.id,
            message_en="a rule set with this id is already registered",
        )
    if register:
        from datetime import timedelta

        if rules.valid_from <= registered[-1].valid_from:
            raise DataIntegrityError(
                f"berlaku sejak harus setelah {registered[-1].valid_from.isoformat()}",
                field=f"{p.name}: valid.from",
                value=rules.valid_from.isoformat(),
                message_en=f"valid from must follow {registered[-1].valid_from.isoformat()}",
            )

        trial: Registry[Pp38Rules] = Registry(REGISTRY.family, REGISTRY.title)
        for r in registered[:-1]:
            trial.register(r)
        last = registered[-1]
        if last.valid_to is None or last.valid_to >= rules.valid_from:
            last = dataclasses.replace(last, valid_to=rules.valid_from - timedelta(days=1))
        trial.register(last)
        trial.register(rules)
        with _in_file(p.name):
            trial.check()
        REGISTRY._sets = list(trial)
    return rules
