"""Article dates from metadata and datelines."""
from __future__ import annotations

import pytest

from graphbuild.ingest.dates import dateline_date, normalize_date


@pytest.mark.parametrize("text, expected", [
    ("WASHINGTON, June 14, 2021 — The commission said", "2021-06-14"),
    ("Posted 3 March 2019\n\nText", "2019-03-03"),
    ("VOA news for Friday, February 19th, 2016\nFrom", "2016-02-19"),
    ("Sept. 5, 2020 (Reuters) -", "2020-09-05"),
    ("Published 2018-11-02 by staff", "2018-11-02"),
    ("In May, 2016 was a year.", None),          # no day: not a date
    ("February 30, 2017", None),                 # no such day
    ("Mayday 12, 2017", None),                   # not a month
])
def test_dateline_date(text, expected):
    assert dateline_date(text) == expected


def test_the_first_date_in_the_head_wins_and_later_dates_are_ignored():
    assert dateline_date("March 2, 2017\n\nIn June 5, 2016 they met.") == "2017-03-02"
    assert dateline_date("x" * 700 + " March 2, 2017") is None


def test_normalize_date_from_metadata():
    assert normalize_date("2017-03-02T10:00:00Z") == "2017-03-02"
    assert normalize_date("March 2, 2017") == "2017-03-02"
    assert normalize_date(None) is None and normalize_date("soon") is None
