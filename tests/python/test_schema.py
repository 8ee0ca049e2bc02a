"""schema/govplan-1.schema.json: the examples validate, the schema is a valid 2020-12 schema, and
malformed plans are refused by the schema and by the library alike."""

import copy
import json

import pytest

from conftest import SOURCE_DIR

try:
    import jsonschema
except ImportError:  # pragma: no cover - depends on the interpreter
    pytest.skip("python3-jsonschema is not installed", allow_module_level=True)

try:
    import govplan
except ImportError:  # pragma: no cover - the schema half needs no extension module
    govplan = None

SCHEMA_PATH = SOURCE_DIR / "schema" / "govplan-1.schema.json"
EXAMPLES = sorted((SOURCE_DIR / "examples" / "plans").glob("*.json"))
SEED_PATH = SOURCE_DIR / "examples" / "plans" / "chanh-lo-2024.json"


@pytest.fixture(scope="module")
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def validator(schema):
    return jsonschema.Draft202012Validator(schema)


def seed() -> dict:
    return json.loads(SEED_PATH.read_text(encoding="utf-8"))


def plan_binding():
    if govplan is None or not hasattr(govplan, "Plan"):
        pytest.skip("the Plan binding is not built")
    return govplan.Plan


# ---- malformed variants of the seed ----------------------------------------------------------------


def _del(path, key):
    def mutate(d):
        _at(d, path).pop(key)

    return mutate


def _set(path, key, value):
    def mutate(d):
        _at(d, path)[key] = value

    return mutate


def _at(d, path):
    for step in path:
        d = d[step]
    return d


def _reporting_without_stream(d):
    r = d["reporting"][0]
    r.pop("integrated_into")


def _due_with_both_rules(d):
    d["reporting"][0]["integrated_into"]["due"] = [
        {
            "text": "trước ngày 20 hằng tháng",
            "day_rule": {"relation": "before", "day": 20},
            "after_cutoff": {"amount": 2, "unit": "working_days"},
        }
    ]


def _due_with_no_rule(d):
    d["reporting"][0]["integrated_into"]["due"] = [{"text": "theo quy định"}]


def _due_after_event(after_event, **others):
    def mutate(d):
        d["reporting"][0]["integrated_into"]["due"] = [{"text": "chậm nhất sau 15 ngày", "after_event": after_event, **others}]

    return mutate


AFTER_THE_DISASTER = {"event": "kết thúc thiên tai", "offset": {"amount": 15, "unit": "days"}}


def _composite_with_one_part(d):
    d["tasks"][0]["timeframe"] = {
        "kind": "composite",
        "text": "Thường xuyên trong năm.",
        "parts": [{"kind": "regular", "text": "Thường xuyên trong năm."}],
    }


def _upstream_without_source(d):
    tf = d["tasks"][1]["timeframe"]
    tf.pop("source_document")
    tf["source_bodies"] = []


def _recurring_day(value):
    def mutate(d):
        d["tasks"][0]["timeframe"] = {
            "kind": "recurring",
            "text": "trước ngày 20 hằng tháng",
            "cadence": "monthly",
            "day_rule": {"relation": "before", "day": value},
        }

    return mutate


def _quarterly_month_of_period(value):
    def mutate(d):
        d["tasks"][0]["timeframe"] = {
            "kind": "recurring",
            "text": "trước ngày 15 của tháng đầu quý sau",
            "cadence": "quarterly",
            "day_rule": {"relation": "before", "day": 15, "month_of_period": value},
        }

    return mutate


def _recurring_rule(cadence, rule):
    def mutate(d):
        d["tasks"][0]["timeframe"] = {
            "kind": "recurring",
            "text": "theo quy tắc ngày",
            "cadence": cadence,
            "day_rule": rule,
        }

    return mutate


def _report_rule(rule):
    def mutate(d):
        d["reporting"][0]["integrated_into"]["due"] = [{"text": "theo quy tắc ngày", "day_rule": rule}]

    return mutate


def _offset(amount, unit):
    def mutate(d):
        d["tasks"][2]["timeframe"]["offset"] = {"amount": amount, "unit": unit}

    return mutate


MALFORMED = {
    "no schema tag": _del([], "schema"),
    "another schema tag": _set([], "schema", "govplan/2"),
    "no title": _del([], "title"),
    "no tasks": _del([], "tasks"),
    "an unknown top-level key": _set([], "titel", "Kế hoạch"),
    "an unknown document type": _set([], "type", "ke_hoachh"),
    "a title that is a number": _set([], "title", 2024),
    "tasks that are an object": _set([], "tasks", {}),
    "an issue date with month 13": _set([], "issue_date", "2024-13"),
    "an issue date written the Vietnamese way": _set([], "issue_date", "26/02/2024"),
    "a window ending on 30 February": _set(["window"], "to", "2024-02-30"),
    "a window with an unknown key": _set(["window"], "until", "2024-12-31"),
    "a window without its end": _del(["window"], "to"),
    "a recipient that is a number": _set([], "recipients", ["Phòng Tư pháp", 7]),
    "a task without a timeframe": _del(["tasks", 0], "timeframe"),
    "a task without content": _del(["tasks", 0], "content"),
    "a task lead that is null": _set(["tasks", 0], "lead", None),
    "a party of an unknown kind": _set(["tasks", 0, "lead"], "kind", "person"),
    "a party with an empty name": _set(["tasks", 0, "lead"], "name", ""),
    "a timeframe of an unknown kind": _set(["tasks", 0, "timeframe"], "kind", "sometimes"),
    "a regular timeframe with a key of another kind": _set(["tasks", 0, "timeframe"], "date", "2024-12-31"),
    "a timeframe without its text": _del(["tasks", 0, "timeframe"], "text"),
    "a composite timeframe with one part": _composite_with_one_part,
    "an upstream schedule with neither source bodies nor a source document": _upstream_without_source,
    "an after-event timeframe without a trigger": _del(["tasks", 2, "timeframe"], "trigger"),
    "an after-event timeframe with an unknown trigger": _set(["tasks", 2, "timeframe"], "trigger", "news"),
    "an offset of more than 36500 days": _offset(36501, "days"),
    "an offset in minutes": _offset(30, "minutes"),
    "a weekly rule without its weekdays": _recurring_rule("weekly", {"relation": "by", "day": 5}),
    "weekdays in a monthly rule": _recurring_rule("monthly", {"relation": "by", "weekdays": ["friday"]}),
    "weekdays in the due rule of a half-yearly report stream": _report_rule({"relation": "by", "weekdays": ["friday"]}),
    "a weekday rule with a day": _recurring_rule("weekly", {"relation": "by", "day": 5, "weekdays": ["friday"]}),
    "a weekday rule with no weekdays": _recurring_rule("weekly", {"relation": "by", "weekdays": []}),
    "a weekday named twice": _recurring_rule("weekly", {"relation": "by", "weekdays": ["friday", "friday"]}),
    "an unknown weekday": _recurring_rule("weekly", {"relation": "by", "weekdays": ["fryday"]}),
    "a yearly rule naming its month two ways": _recurring_rule(
        "yearly", {"relation": "before", "day": 31, "month": 12, "months_before_period": 1}
    ),
    "a quarterly rule naming its month two ways": _recurring_rule(
        "quarterly", {"relation": "before", "day": 15, "month_of_period": 1, "months_before_period": 1}
    ),
    "a rule thirteen months before its period": _recurring_rule(
        "yearly", {"relation": "before", "day": 31, "months_before_period": 13}
    ),
    "a five-yearly rule without a day": _recurring_rule("five_yearly", {"relation": "by"}),
    "a day rule on day 32": _recurring_day(32),
    "a day rule on day 0": _recurring_day(0),
    "a day rule whose day is a string": _recurring_day("20"),
    "a day rule with month_of_period -2": _quarterly_month_of_period(-2),
    "a citation in the year 1399": _set(["implements", 0], "year", 1399),
    "a citation with an unknown key": _set(["implements", 0], "url", "https://example.invalid"),
    "a due rule with both a day rule and a time after the cut-off": _due_with_both_rules,
    "a due rule with neither a day rule nor a time after the cut-off": _due_with_no_rule,
    "a due rule after an event with a blank event": _due_after_event({**AFTER_THE_DISASTER, "event": " "}),
    "a due rule after an event without its offset": _due_after_event({"event": "kết thúc thiên tai"}),
    "a due rule after an event with an unknown key": _due_after_event({**AFTER_THE_DISASTER, "days": 15}),
    "a due rule after an event and a fixed date": _due_after_event(AFTER_THE_DISASTER, date="2024-11-01", relation="by"),
    "a reporting duty with neither a cadence nor a report stream": _reporting_without_stream,
    "a reporting duty without a cut-off policy": _del(["reporting", 0], "cutoff"),
    "an unknown cut-off policy": _set(["reporting", 0], "cutoff", "decree_9"),
    "a report stream of an unknown cadence": _set(["reporting", 0, "integrated_into"], "cadence", "biannual"),
    "an authority line with the acting prefix q": _set(["signer", "authority_lines", 0], "authority", "q"),
    "a signer whose position is blank": _set(["signer"], "position", "  "),
    "a signer whose acting flag is a string": _set(["signer"], "acting", "yes"),
    "an unknown funding source": _set(["funding", 0], "sources", ["state_budget", "lottery"]),
    "a section without an id": _del(["sections", 0], "id"),
    "extensions that are an array": _set([], "extensions", []),
}


def malformed(name: str) -> dict:
    d = seed()
    MALFORMED[name](d)
    return d


# ---- tests ----------------------------------------------------------------------------------------


def test_the_schema_is_a_valid_draft_2020_12_schema(schema):
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == "https://govplan.invalid/schema/govplan-1.schema.json"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_there_are_example_plans_to_validate():
    assert SEED_PATH in EXAMPLES
    assert len(EXAMPLES) >= 3


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_example_plan_validates_against_the_schema(validator, path):
    errors = [f"{e.json_path}: {e.message}" for e in validator.iter_errors(json.loads(path.read_text(encoding="utf-8")))]
    assert errors == []


def test_there_are_at_least_fifteen_malformed_variants():
    assert len(MALFORMED) >= 15


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_a_malformed_variant_of_the_seed_is_rejected_by_the_schema(validator, name):
    assert not validator.is_valid(malformed(name)), name


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_a_malformed_variant_of_the_seed_is_rejected_by_the_library(name):
    Plan = plan_binding()
    Plan.loads(json.dumps(seed(), ensure_ascii=False))  # the unmodified seed loads
    with pytest.raises(govplan.ParseError):
        Plan.loads(json.dumps(malformed(name), ensure_ascii=False))


def test_dates_the_schema_accepts_are_real_days_from_1400_to_9999(validator):
    d = seed()
    for text, ok in [
        ("2024-02-29", True),
        ("2023-02-29", False),
        ("2000-02-29", True),
        ("1900-02-29", False),
        ("2024-04-31", False),
        ("1400-01-01", True),
        ("1399-12-31", False),
        ("2024-1-05", False),
        ("2024-01-05\n", False),
    ]:
        d["window"]["from"] = text
        assert validator.is_valid(d) is ok, text


def test_issue_dates_may_be_partial(validator):
    d = seed()
    for text, ok in [("2024", True), ("2024-02", True), ("2024-02-26", True), ("2024-2", False), ("0999", False), ("2024\n", False)]:
        d["issue_date"] = text
        assert validator.is_valid(d) is ok, text


VALID_RULES = {
    "a weekday rule": ("weekly", {"relation": "by", "weekdays": ["tuesday", "thursday", "sunday"]}),
    "a month before a quarter": ("quarterly", {"relation": "before", "day": 15, "months_before_period": 1}),
    "December of the year before": ("yearly", {"relation": "before", "day": 31, "months_before_period": 1}),
    "February of the next year": ("yearly", {"relation": "before", "day": 15, "month_of_period": 14}),
    "the last month of a five-year plan": ("five_yearly", {"relation": "by", "day": 31, "month_of_period": 60}),
}


@pytest.mark.parametrize("name", sorted(VALID_RULES))
def test_the_new_day_rules_are_accepted_by_the_schema_and_the_library(validator, name):
    cadence, rule = VALID_RULES[name]
    d = seed()
    _recurring_rule(cadence, rule)(d)
    assert validator.is_valid(d), name
    if govplan is None or not hasattr(govplan, "Plan"):
        return
    plan = govplan.Plan.loads(json.dumps(d, ensure_ascii=False))
    written = json.loads(plan.dumps())
    assert written["tasks"][0]["timeframe"]["day_rule"] == rule
    assert written["tasks"][0]["timeframe"]["cadence"] == cadence


def test_a_due_rule_after_an_event_is_accepted_by_the_schema_and_the_library(validator):
    d = seed()
    _due_after_event(AFTER_THE_DISASTER)(d)
    assert validator.is_valid(d)
    if govplan is None or not hasattr(govplan, "Plan"):
        return
    plan = govplan.Plan.loads(json.dumps(d, ensure_ascii=False))
    assert json.loads(plan.dumps())["reporting"][0]["integrated_into"]["due"][0]["after_event"] == AFTER_THE_DISASTER


def test_an_offset_in_hours_is_accepted_by_the_schema_and_the_library(validator):
    d = seed()
    _offset(12, "hours")(d)
    assert validator.is_valid(d)
    if govplan is None or not hasattr(govplan, "Plan"):
        return
    plan = govplan.Plan.loads(json.dumps(d, ensure_ascii=False))
    assert json.loads(plan.dumps())["tasks"][2]["timeframe"]["offset"] == {"amount": 12, "unit": "hours"}


def test_working_days_is_read_with_either_spelling(validator):
    for unit in ("working_days", "working-days"):
        d = seed()
        _offset(5, unit)(d)
        assert validator.is_valid(d), unit


def test_the_schema_lists_the_library_s_document_types(schema):
    if govplan is None:
        pytest.skip("the govplan extension module is not built")
    assert schema["$defs"]["documentType"]["enum"] == [t.value for t in govplan.DocumentType]
