"""The date each evidence sentence speaks of: time expressions resolved against the article."""
from __future__ import annotations

import pytest

from graphbuild.ingest.timex import sentence_date

ARTICLE = "2017-03-02"   # a Thursday


@pytest.mark.parametrize("sentence, expected", [
    ("Sessions held a press conference on Thursday.", "2017-03-02"),     # the day itself
    ("Flynn resigned on Monday.", "2017-02-27"),                          # the Monday before
    ("They spoke last Thursday.", "2017-02-23"),
    ("He will testify on Tuesday.", "2017-03-07"),                        # the future: next one
    ("Sessions met Kislyak in July.", "2016-07-01"),                      # July before March
    ("Sessions met Kislyak in February.", "2017-02-01"),
    ("The hearing is scheduled for next July.", "2017-07-01"),
    ("The envoy arrived in mid-January.", "2017-01-01"),
    ("They met on September 8.", "2016-09-08"),
    ("They met on Sept. 8.", "2016-09-08"),
    ("The committee will meet March 21.", "2017-03-21"),
    ("They met on 8 September.", "2016-09-08"),
    ("The firm pleaded guilty on March 3, 2016.", "2016-03-03"),
    ("The firm pleaded guilty on 3 March 2016.", "2016-03-03"),
    ("The release is dated 2016-03-03.", "2016-03-03"),
    ("The company was founded in July 2009.", "2009-07-01"),
    ("Yar'Adua ascended to the presidency in 2007.", "2007-01-01"),
    ("He met the ambassador last year.", "2016-01-01"),
    ("Revenue fell this year.", "2017-01-01"),
    ("Talks resume next month.", "2017-04-01"),
    ("They talked last month.", "2017-02-01"),
    ("He resigned last week.", "2017-02-23"),
    ("Officials said yesterday.", "2017-03-01"),
    ("Officials said today.", "2017-03-02"),
    ("The deal was signed three weeks ago.", "2017-02-09"),
    ("The deal was signed two years ago.", "2015-01-01"),
    ("No time is named in this sentence.", ARTICLE),                      # the article's date
    ("He paid $2016 to the firm.", ARTICLE),                              # an amount, no year
    ("You may go to the March on Washington.", ARTICLE),                  # no month here
])
def test_time_expressions_resolve_against_the_article_date(sentence, expected):
    assert sentence_date(sentence, ARTICLE) == expected


def test_the_first_expression_counts():
    assert sentence_date("On Monday he said they met in July.", ARTICLE) == "2017-02-27"
    # "June 15" inside "June 15, 2008" is not read again on its own
    assert sentence_date("Chunks seen on June 15, 2008 were gone.", None) == "2008-06-15"


def test_a_month_and_day_without_a_year_can_be_in_the_previous_year():
    assert sentence_date("He was sworn in on December 20.", "2015-02-10") == "2014-12-20"


def test_an_undated_article_dates_only_what_carries_its_year():
    assert sentence_date("They met last year.", None) is None
    assert sentence_date("They met on Thursday in July.", None) is None
    assert sentence_date("They met in 2015.", None) == "2015-01-01"
    assert sentence_date("Nothing here.", None) is None


def test_an_impossible_date_is_skipped():
    assert sentence_date("Set for February 30, 2017.", ARTICLE) == ARTICLE


def test_a_future_word_far_after_the_expression_does_not_make_it_future():
    sentence = ("The Council voted unanimously Saturday to pass a resolution pushed by the United "
                "States that will deprive the country of revenue.")
    assert sentence_date(sentence, "2017-08-05") == "2017-08-05"        # that Saturday
    assert sentence_date("On Tuesday, he will testify.", ARTICLE) == "2017-03-07"


def test_a_weekday_before_a_full_date_is_that_date():
    assert sentence_date("Arab League Meets in Cairo, Wednesday - 2002-09-03", "2002-09-03") \
        == "2002-09-03"
    assert sentence_date("Thursday, June 26, 2008", "2008-07-01") == "2008-06-26"
