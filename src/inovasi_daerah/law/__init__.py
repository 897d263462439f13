"""The machinery of rules-as-code, knowing nothing of innovation.

Citations with a status, parameters with a citation, rule sets with validity dates and a
registry that picks the one in force, explanation trees and the result base class.
"""

from inovasi_daerah.law.citation import CHECKED, Citation, Status, cite, derived
from inovasi_daerah.law.explain import Explanation, fmt_value
from inovasi_daerah.law.jsonable import to_jsonable
from inovasi_daerah.law.param import OPEN, Open, Override, Param, derived_param, find_params
from inovasi_daerah.law.result import Result
from inovasi_daerah.law.ruleset import Registry, RuleSet, as_date
from inovasi_daerah.law.text import LANGS, Lang, T, Text, check_lang

__all__ = [
    "CHECKED",
    "LANGS",
    "OPEN",
    "Citation",
    "Explanation",
    "Lang",
    "Open",
    "Override",
    "Param",
    "Registry",
    "Result",
    "RuleSet",
    "Status",
    "T",
    "Text",
    "as_date",
    "check_lang",
    "cite",
    "derived",
    "derived_param",
    "find_params",
    "fmt_value",
    "to_jsonable",
]
