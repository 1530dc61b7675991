"""Figure arithmetic (claims.arithmetic): a figure recomputed from what it was computed from, each
flag with a worked example and its arithmetic written out, properties of the recomputation, the
database's rules for a figure's basis (both ways), and the seeded examples."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from hypothesis import given
from hypothesis import strategies as st

from claims.arithmetic import (
    Facts,
    Flag,
    Severity,
    facts_of_document,
    facts_of_figure,
    figure_checks,
    follows,
    percent_change,
    period_length,
    rounding_tolerance,
)
from claims.models import BasisKind, Claim, Figure, Unit
from tests.factories import FigureFactory


def facts(**fields: object) -> Facts:
    given_fields: dict[str, object] = {
        "value": None,
        "unit": Unit.PERCENT,
        "qualifier": "exact",
        "metric_unit": Unit.PERCENT,
        "basis": "",
    }
    return Facts(**(given_fields | fields))  # type: ignore[arg-type]


def fall(value: str, baseline: str, end: str, **fields: object) -> Facts:
    defaults: dict[str, object] = {"baseline_period": "2014", "end_period": "2015"}
    return facts(
        value=Decimal(value),
        basis=BasisKind.FALL,
        baseline_value=Decimal(baseline),
        end_value=Decimal(end),
        **(defaults | fields),
    )


def flags(found: Facts) -> list[str]:
    return [check.flag for check in figure_checks(found)]


def only(found: Facts, flag: Flag):  # type: ignore[no-untyped-def]
    [check] = [check for check in figure_checks(found) if check.flag == flag]
    return check


# --- a stated change that follows, and one that does not -------------------------------------------


def test_a_46_per_cent_fall_follows_from_2286_to_1234_with_the_arithmetic_shown():
    check = only(fall("46", "2286", "1234"), Flag.RECOMPUTED)

    assert check.severity == Severity.OK
    assert check.computation == "(1,234 − 2,286) ÷ 2,286 = −46.0%: a fall of 46.0%"
    assert flags(fall("46", "2286", "1234")) == [Flag.RECOMPUTED]


def test_a_signed_change_of_minus_46_per_cent_follows_from_the_same_values():
    found = facts(
        value=Decimal("-46"),
        basis=BasisKind.CHANGE,
        baseline_value=Decimal(2286),
        end_value=Decimal(1234),
        baseline_period="2014",
        end_period="2015",
    )

    assert only(found, Flag.RECOMPUTED).computation == "(1,234 − 2,286) ÷ 2,286 = −46.0%"


def test_a_stated_fall_that_does_not_follow_is_flagged_with_what_the_values_give():
    check = only(fall("46", "2286", "1800"), Flag.DOES_NOT_FOLLOW)

    assert check.severity == Severity.WARNING
    assert check.message == ("The stated 46% does not follow from its values: they give 21.3%.")
    assert check.computation == "(1,800 − 2,286) ÷ 2,286 = −21.3%: a fall of 21.3%"


def test_a_fall_stated_for_values_that_rose_says_it_was_a_rise():
    check = only(fall("46", "1234", "2286"), Flag.DOES_NOT_FOLLOW)

    assert check.computation == "(2,286 − 1,234) ÷ 1,234 = +85.3%: a rise of 85.3%, not a fall"


def test_rounding_of_the_stated_precision_is_allowed_and_no_more():
    # 46.0% rounds to 46; 45.4% does not (46 covers 45.5 to 46.5).
    assert Flag.RECOMPUTED in flags(fall("46", "1000", "540"))  # 46.0
    assert Flag.RECOMPUTED in flags(fall("46", "1000", "545"))  # 45.5
    assert Flag.DOES_NOT_FOLLOW in flags(fall("46", "1000", "546"))  # 45.4
    # Stated to a decimal place, the tolerance is a twentieth.
    assert Flag.DOES_NOT_FOLLOW in flags(fall("45.5", "1000", "546"))
    assert rounding_tolerance(Decimal("46")) == Decimal("0.5")
    assert rounding_tolerance(Decimal("13.5")) == Decimal("0.05")


def test_qualifiers_bound_the_recomputed_value_on_their_side():
    assert follows(Decimal("60"), Decimal("46"), "at_least")
    assert not follows(Decimal("40"), Decimal("46"), "at_least")
    assert follows(Decimal("30"), Decimal("46"), "less_than")
    assert not follows(Decimal("47"), Decimal("46"), "up_to")
    assert follows(Decimal("43"), Decimal("46"), "about")  # within a tenth
    assert not follows(Decimal("40"), Decimal("46"), "about")
    assert follows(Decimal("44"), Decimal("46"), "nearly")
    assert not follows(Decimal("48"), Decimal("46"), "nearly")


def test_a_ratio_is_the_end_as_a_multiple_of_the_baseline():
    found = facts(
        value=Decimal("2.7"),
        unit=Unit.COUNT,
        metric_unit=Unit.COUNT,
        basis=BasisKind.RATIO,
        baseline_value=Decimal(5),
        end_value=Decimal("13.5"),
        baseline_period="2018",
        end_period="2018",
    )

    assert only(found, Flag.RECOMPUTED).computation == "13.5 ÷ 5 = 2.70 times"
    assert flags(found) == [Flag.RECOMPUTED]  # same period: nothing to flag for a ratio


def test_x_in_y_is_shown_as_a_share():
    """Carnegie: at least 75 of 176 countries."""
    found = facts(
        value=Decimal(75),
        unit=Unit.COUNT,
        metric_unit=Unit.COUNT,
        qualifier="at_least",
        basis=BasisKind.SHARE,
        part_value=Decimal(75),
        whole_value=Decimal(176),
    )

    assert only(found, Flag.RECOMPUTED).computation == "75 in 176: 75 ÷ 176 = 42.6%"


def test_a_stated_share_that_does_not_follow_from_its_part_and_whole():
    found = facts(
        value=Decimal(91),
        basis=BasisKind.SHARE,
        part_value=Decimal(2297),
        whole_value=Decimal(2685),
    )

    check = only(found, Flag.DOES_NOT_FOLLOW)
    assert check.computation == "2,297 ÷ 2,685 = 85.5%"
    assert check.message == "The stated 91% does not follow from its values: they give 85.5%."


def test_missing_values_are_said_rather_than_guessed():
    check = only(
        facts(value=Decimal(46), basis=BasisKind.FALL, end_period="2015", baseline_period="2014"),
        Flag.NOT_RECOMPUTABLE,
    )

    assert check.severity == Severity.NOTE
    assert check.message == (
        "The sources give no baseline value and no end value, so the stated 46% cannot be "
        "recomputed."
    )
    assert check.computation == ("(baseline − end) ÷ baseline = 46%, with baseline and end unknown")


def test_a_percent_change_from_zero_cannot_be_computed():
    check = only(fall("46", "0", "10"), Flag.NOT_RECOMPUTABLE)

    assert check.computation == "(10 − 0) ÷ 0"


# --- percent confused with percentage points -------------------------------------------------------


def rates_change(value: str, unit: str = Unit.PERCENT) -> Facts:
    return facts(
        value=Decimal(value),
        unit=unit,
        metric_unit=unit,
        basis=BasisKind.CHANGE,
        baseline_value=Decimal(20),
        end_value=Decimal(25),
        baseline_unit=Unit.PERCENT,
        end_unit=Unit.PERCENT,
        baseline_period="2014",
        end_period="2015",
    )


def test_a_rise_from_20_to_25_per_cent_stated_as_5_per_cent_is_points_not_percent():
    check = only(rates_change("5"), Flag.PERCENT_VS_POINTS)

    assert check.severity == Severity.WARNING
    assert check.message == (
        "The stated 5% is the difference in percentage points, not a percent change: the rate "
        "changed by 25.0% of itself."
    )
    assert check.computation == ("25% − 20% = +5.0 percentage points; (25 − 20) ÷ 20 = +25.0%")
    assert Flag.DOES_NOT_FOLLOW not in flags(rates_change("5"))


def test_the_same_rise_stated_as_25_percentage_points_is_percent_not_points():
    check = only(rates_change("25", Unit.PERCENTAGE_POINTS), Flag.PERCENT_VS_POINTS)

    assert check.message == (
        "The stated 25 percentage points is the percent change of the rate, not its difference "
        "in percentage points, which is 5.0 percentage points."
    )


def test_the_rise_stated_rightly_either_way_follows():
    assert flags(rates_change("25")) == [Flag.RECOMPUTED]
    assert flags(rates_change("5", Unit.PERCENTAGE_POINTS)) == [Flag.RECOMPUTED]
    assert only(rates_change("5", Unit.PERCENTAGE_POINTS), Flag.RECOMPUTED).computation == (
        "25% − 20% = +5.0 percentage points (or (25 − 20) ÷ 20 = +25.0%)"
    )


def test_percentage_points_of_counts_are_flagged():
    found = facts(
        value=Decimal(10),
        unit=Unit.PERCENTAGE_POINTS,
        metric_unit=Unit.PERCENTAGE_POINTS,
        basis=BasisKind.CHANGE,
        baseline_value=Decimal(200),
        end_value=Decimal(220),
        baseline_unit=Unit.COUNT,
        end_unit=Unit.COUNT,
        baseline_period="2014",
        end_period="2015",
    )

    check = only(found, Flag.PERCENT_VS_POINTS)
    assert check.message == (
        "Percentage points are the difference between two percentages, but the baseline and "
        "end are counts: the change is a percentage, not 10 percentage points."
    )
    assert check.computation == "(220 − 200) ÷ 200 = +10.0%"


# --- a count compared with a rate -------------------------------------------------------------------


def test_a_baseline_count_against_an_end_rate_is_flagged_and_not_recomputed():
    found = facts(
        value=Decimal(46),
        basis=BasisKind.FALL,
        baseline_value=Decimal(2286),
        baseline_unit=Unit.COUNT,
        baseline_counts="crimes reported",
        end_value=Decimal(12),
        end_unit=Unit.PERCENT,
        end_counts="households reporting a crime",
        baseline_period="2014",
        end_period="2015",
    )

    check = only(found, Flag.COUNT_VS_RATE)
    assert check.computation == (
        "baseline 2,286 (a count, crimes reported) → end 12% (a rate, households reporting a crime)"
    )
    assert Flag.RECOMPUTED not in flags(found)
    assert Flag.DOES_NOT_FOLLOW not in flags(found)


def test_a_count_recorded_under_a_rate_metric_is_flagged():
    check = only(facts(value=Decimal(75), unit=Unit.COUNT), Flag.COUNT_VS_RATE)

    assert check.message == (
        "The figure is a count (75) but its metric measures a rate (in per cent): the two are "
        "not comparable."
    )
    assert check.computation == "75 (count) against a metric in per cent"


# --- a share of one population read as a rate of another -------------------------------------------


def test_a_share_of_alerts_read_as_the_systems_false_positive_rate_is_flagged():
    found = facts(
        value=Decimal(91),
        basis=BasisKind.SHARE,
        part_value=Decimal(2451),
        part_counts="false matches",
        whole_value=Decimal(2685),
        whole_counts="alerts",
        read_as="people scanned",
    )

    check = only(found, Flag.SHARE_VS_RATE)
    assert check.severity == Severity.WARNING
    assert check.message == (
        "91% is a share of alerts (false matches among them), not a rate of people scanned: "
        "that rate would divide false matches by people scanned, which gives a different number."
    )
    assert check.computation == (
        "2,451 ÷ 2,685 = 91% (a share of alerts); false matches ÷ people scanned = not given by "
        "the sources"
    )
    assert only(found, Flag.RECOMPUTED).computation == "2,451 ÷ 2,685 = 91.3%"


def test_a_share_read_as_a_rate_of_its_own_whole_is_not_flagged():
    found = facts(
        value=Decimal(91),
        basis=BasisKind.SHARE,
        whole_counts="Alerts.",
        read_as="alerts",
    )

    assert Flag.SHARE_VS_RATE not in flags(found)


# --- periods and coverage ---------------------------------------------------------------------------


def test_a_year_against_a_month_is_flagged():
    check = only(fall("46", "2286", "1234", end_period="March 2015"), Flag.PERIODS_DIFFER)

    assert check.message == (
        "The baseline covers a year and the end a month: periods of different length are not "
        "comparable."
    )
    assert check.computation == "baseline 2014 → end March 2015"


def test_an_unstated_baseline_period_is_flagged():
    check = only(fall("46", "2286", "1234", baseline_period=""), Flag.PERIODS_DIFFER)

    assert check.message == (
        "The sources do not say which period the baseline covers, so it cannot be told whether "
        "like is compared with like."
    )
    assert check.computation == "baseline (not stated) → end 2015"


def test_a_change_within_one_period_is_flagged():
    check = only(fall("46", "2286", "1234", baseline_period="2015"), Flag.PERIODS_DIFFER)

    assert check.computation == "baseline 2015 → end 2015"


def test_a_ratio_of_values_from_different_periods_is_flagged():
    found = facts(
        value=Decimal("2.7"),
        unit=Unit.COUNT,
        metric_unit=Unit.COUNT,
        basis=BasisKind.RATIO,
        baseline_value=Decimal(5),
        end_value=Decimal("13.5"),
        baseline_period="2017",
        end_period="2018",
    )

    assert only(found, Flag.PERIODS_DIFFER).message == (
        "The two values compared cover different periods."
    )


def test_two_years_against_one_is_flagged_and_equal_lengths_are_not():
    assert Flag.PERIODS_DIFFER in flags(fall("46", "2286", "1234", baseline_period="2013–2014"))
    assert Flag.PERIODS_DIFFER not in flags(
        fall("46", "2286", "1234", baseline_period="Q1 2014", end_period="Q1 2015")
    )
    assert Flag.PERIODS_DIFFER not in flags(
        fall("46", "2286", "1234", baseline_period="the old regime", end_period="2015")
    )


def test_period_lengths_are_read_from_common_wordings():
    assert period_length("2014") == ("year", 1)
    assert period_length("FY 2014") == ("year", 1)
    assert period_length("2014–2016") == ("year", 3)
    assert period_length("2014-15") == ("year", 2)
    assert period_length("March 2015") == ("month", 1)
    assert period_length("2015-03") == ("month", 1)
    assert period_length("Q2 2015") == ("quarter", 1)
    assert period_length("first half of 2015") == ("half", 1)
    assert period_length("12 April 2018") == ("day", 1)
    assert period_length("since the cameras went up") is None


def test_different_coverage_is_flagged():
    found = fall(
        "46",
        "2286",
        "1234",
        baseline_counts="crimes reported in Nairobi county",
        end_counts="crimes reported in central Nairobi",
    )

    check = only(found, Flag.COVERAGE_DIFFERS)
    assert check.message == (
        "The baseline counts crimes reported in Nairobi county and the end crimes reported in "
        "central Nairobi: the change compares different things or places."
    )
    assert Flag.COVERAGE_DIFFERS not in flags(
        fall("46", "2286", "1234", baseline_counts="crimes", end_counts="Crimes")
    )


def test_a_figure_without_a_basis_has_nothing_to_check():
    assert figure_checks(facts(value=Decimal(46))) == []
    assert figure_checks(facts(value=None, unit=Unit.DATE, metric_unit=Unit.DATE)) == []


# --- properties ---------------------------------------------------------------------------------------

amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal(10**9), places=2)


@given(baseline=amounts, end=amounts, places=st.integers(min_value=0, max_value=3))
def test_a_percent_change_computed_from_its_values_always_follows(baseline, end, places):
    change = percent_change(baseline, end).quantize(Decimal(1).scaleb(-places))
    found = facts(
        value=change,
        basis=BasisKind.CHANGE,
        baseline_value=baseline,
        end_value=end,
        baseline_period="2014",
        end_period="2015",
    )

    assert flags(found) == [Flag.RECOMPUTED]


@given(baseline=amounts, end=amounts)
def test_a_fall_is_the_change_with_its_sign_turned(baseline, end):
    size = -percent_change(baseline, end).quantize(Decimal("0.1"))

    assert Flag.RECOMPUTED in flags(fall(str(size), str(baseline), str(end)))


@given(baseline=amounts, end=amounts)
def test_swapping_baseline_and_end_flips_the_sign(baseline, end):
    forward, backward = percent_change(baseline, end), percent_change(end, baseline)

    assert (forward > 0) == (backward < 0)
    assert (forward == 0) == (backward == 0)


@given(baseline=amounts, end=amounts, off=st.decimals(min_value=Decimal("0.6"), max_value=100))
def test_a_change_off_by_more_than_its_rounding_never_follows(baseline, end, off):
    stated = percent_change(baseline, end).quantize(Decimal(1)) + off.quantize(Decimal(1))
    found = facts(
        value=stated,
        basis=BasisKind.CHANGE,
        baseline_value=baseline,
        end_value=end,
        baseline_period="2014",
        end_period="2015",
    )

    if abs(stated - percent_change(baseline, end)) > Decimal("0.5"):
        assert Flag.DOES_NOT_FOLLOW in flags(found)


@given(
    whole=st.integers(min_value=1, max_value=10**9),
    fraction=st.fractions(min_value=0, max_value=1),
)
def test_a_share_computed_from_its_part_and_whole_always_follows(whole, fraction):
    part = Decimal(int(whole * fraction))
    share = (part / whole * 100).quantize(Decimal("0.1"))
    found = facts(value=share, basis=BasisKind.SHARE, part_value=part, whole_value=Decimal(whole))

    assert flags(found) == [Flag.RECOMPUTED]


# --- the figure's basis in the database ---------------------------------------------------------------


def refused_by(name: str):  # type: ignore[no-untyped-def]
    return pytest.raises(IntegrityError, match=name)


def field_errors(figure: Figure) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as excinfo:
        figure.full_clean()
    return excinfo.value.message_dict


@pytest.mark.django_db
def test_database_refuses_a_basis_for_a_date():
    figure = FigureFactory()

    with refused_by("figure_basis_kind_valid"), transaction.atomic():
        Figure.objects.filter(pk=figure.pk).update(
            unit=Unit.DATE,
            value=None,
            date_value="2018-03-01",
            date_value_precision="month",
            basis=BasisKind.CHANGE,
        )


@pytest.mark.django_db
def test_full_clean_explains_a_basis_for_a_date():
    figure = FigureFactory.build(
        unit=Unit.DATE, value=None, date_value="2018-03-01", basis=BasisKind.CHANGE
    )

    assert field_errors(figure)["basis"] == [
        "A date is not computed from other values: leave the basis empty."
    ]


@pytest.mark.django_db
def test_database_refuses_a_part_for_a_change():
    figure = FigureFactory(basis=BasisKind.CHANGE)

    with refused_by("figure_basis_fields_match_kind"), transaction.atomic():
        Figure.objects.filter(pk=figure.pk).update(basis_part_value=3)


@pytest.mark.django_db
def test_database_refuses_basis_values_without_a_basis():
    figure = FigureFactory()

    with refused_by("figure_basis_fields_match_kind"), transaction.atomic():
        Figure.objects.filter(pk=figure.pk).update(basis_baseline_value=2286)


@pytest.mark.django_db
def test_full_clean_explains_fields_of_the_other_kind():
    change = FigureFactory.build(basis=BasisKind.CHANGE, basis_part_value=Decimal(3))
    share = FigureFactory.build(basis=BasisKind.SHARE, basis_end_period="2015")
    none = FigureFactory.build(basis_baseline_value=Decimal(2286))

    assert field_errors(change)["basis_part_value"] == [
        "A change has no part or whole: clear this, or choose a share."
    ]
    assert field_errors(share)["basis_end_period"] == [
        "A share has no baseline or end: clear this, or choose a change."
    ]
    assert field_errors(none)["basis_baseline_value"] == [
        "Say what the figure was computed from (the basis), or clear this."
    ]


@pytest.mark.django_db
def test_database_refuses_a_part_larger_than_its_whole():
    figure = FigureFactory(basis=BasisKind.SHARE)

    with refused_by("figure_basis_part_within_whole"), transaction.atomic():
        Figure.objects.filter(pk=figure.pk).update(basis_part_value=200, basis_whole_value=176)
    with refused_by("figure_basis_part_within_whole"), transaction.atomic():
        Figure.objects.filter(pk=figure.pk).update(basis_whole_value=0)


@pytest.mark.django_db
def test_full_clean_explains_a_part_larger_than_its_whole():
    larger = FigureFactory.build(
        basis=BasisKind.SHARE, basis_part_value=Decimal(200), basis_whole_value=Decimal(176)
    )
    empty = FigureFactory.build(basis=BasisKind.SHARE, basis_whole_value=Decimal(0))

    assert field_errors(larger)["basis_part_value"] == [
        "The part (200) is larger than its whole (176)."
    ]
    assert field_errors(empty)["basis_whole_value"] == ["A whole must be more than zero."]


@pytest.mark.django_db
def test_database_refuses_a_date_as_a_baseline_unit():
    figure = FigureFactory(basis=BasisKind.CHANGE)

    with refused_by("figure_basis_units_valid"), transaction.atomic():
        Figure.objects.filter(pk=figure.pk).update(basis_baseline_unit=Unit.DATE)


@pytest.mark.django_db
def test_full_clean_explains_a_date_as_a_baseline_unit():
    figure = FigureFactory.build(basis=BasisKind.CHANGE, basis_baseline_unit=Unit.DATE)

    assert (
        "Give the unit as per cent (a rate or share), count, money or years."
        in (field_errors(figure)["basis_baseline_unit"])
    )


@pytest.mark.django_db
def test_a_saved_figure_and_its_document_give_the_same_facts():
    figure = FigureFactory(
        basis=BasisKind.FALL,
        basis_baseline_value=Decimal(2286),
        basis_end_value=Decimal(1234),
        basis_end_period="2015",
    )
    figure.refresh_from_db()
    document = {
        "value": "46.000000",
        "unit": "percent",
        "qualifier": "exact",
        "metric": {"unit": figure.metric.unit},
        "basis": "fall",
        "basis_baseline_value": "2286.000000",
        "basis_end_value": "1234.000000",
        "basis_end_period": "2015",
    }

    assert facts_of_figure(figure) == facts_of_document(document)


# --- the seeded examples ------------------------------------------------------------------------------


def seeded_checks(key: str):  # type: ignore[no-untyped-def]
    figure = Claim.objects.get(seed_key=key).figures.select_related("metric").get()
    return {check.flag: check for check in figure_checks(facts_of_figure(figure))}


def test_the_seeded_nairobi_fall_is_checked_as_far_as_the_sources_give_it(seed_dataset):
    checks = seeded_checks("huawei-nairobi-crime-drop-46")

    assert set(checks) == {Flag.NOT_RECOMPUTABLE, Flag.PERIODS_DIFFER}
    assert checks[Flag.NOT_RECOMPUTABLE].computation == (
        "(baseline − end) ÷ baseline = 46%, with baseline and end unknown"
    )
    assert checks[Flag.PERIODS_DIFFER].computation == "baseline (not stated) → end 2015"


def test_the_seeded_uk_91_per_cent_is_flagged_as_a_share_of_alerts(seed_dataset):
    checks = seeded_checks("hawkins-uk-police-trials-91-percent-false-positives")

    assert checks[Flag.SHARE_VS_RATE].severity == Severity.WARNING
    assert checks[Flag.SHARE_VS_RATE].message.startswith(
        "91% is a share of cases (matches the facial recognition system flagged)"
    )
    assert Flag.NOT_RECOMPUTABLE in checks


def test_the_seeded_75_of_176_countries_recomputes_as_a_share(seed_dataset):
    checks = seeded_checks("carnegie-75-countries-ai-surveillance")

    assert set(checks) == {Flag.RECOMPUTED}
    assert checks[Flag.RECOMPUTED].computation == "75 in 176: 75 ÷ 176 = 42.6%"


def test_the_seeded_ecuador_fall_has_neither_values_nor_periods(seed_dataset):
    checks = seeded_checks("ecuador-government-crime-cut-24-percent")

    assert set(checks) == {Flag.NOT_RECOMPUTABLE, Flag.PERIODS_DIFFER}
    assert checks[Flag.PERIODS_DIFFER].message.startswith(
        "The sources do not say which periods the baseline and the end cover"
    )
