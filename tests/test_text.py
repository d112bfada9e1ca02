"""Paragraphs, header-line breaks, page furniture and headline case (graphbuild.ingest.text & co.)."""
from __future__ import annotations

from graphbuild.ingest.furniture import furniture_flags, is_date_line, is_furniture_line
from graphbuild.ingest.headlines import body_vocabulary, is_headline, sentence_case
from graphbuild.ingest.text import furniture, paragraphs, runs_on


def texts(text: str) -> list[str]:
    return [p.text for p in paragraphs(text)]


def test_offsets_index_the_article_text():
    text = "Top Story Here\n\nWASHINGTON (AP) -- Sessions met\nKislyak in July.\n\nHe left."
    for p in paragraphs(text):
        original = text[p.start:p.start + len(p.text)]
        assert len(original) == len(p.text)
        assert original.replace("\n", " ").lower() == p.text.lower()


def test_hard_line_breaks_inside_a_sentence_are_joined():
    script = ("Police in\nUganda briefly arrested presidential candidate\nKizza Besigye after "
              "he tried to enter a house.\nBesigye was released.")
    assert texts(script) == ["Police in Uganda briefly arrested presidential candidate Kizza "
                             "Besigye after he tried to enter a house.", "Besigye was released."]


def test_a_stack_of_header_lines_is_not_one_paragraph():
    header = ("Department of Justice Seal Department of Justice\nFOR IMMEDIATE RELEASE\n"
              "FRIDAY, AUGUST 17, 2007\nWWW.USDOJ.GOV\nCRM\n(202) 514-2007\n\n"
              "WASHINGTON - Two former members of the council were sentenced today for "
              "their part in a bribery conspiracy, the department said.")
    kept = texts(header)
    assert len(kept) == 1 and kept[0].startswith("WASHINGTON")
    dropped = [p.text for p in furniture(header)]
    assert "FOR IMMEDIATE RELEASE" in dropped and "CRM" in dropped


def test_runs_on_decides_each_line_break():
    assert runs_on("Mr.", "Obama plans to meet dissidents.")
    assert runs_on("a long line of prose that was wrapped at a fixed width, met with President",
                   "Trump on Monday.")
    assert not runs_on("Watch CBS News", "AG Sessions Recuses Himself")
    assert not runs_on("Correction \u2014 March 2, 2017", "This article incorrectly said.")


def test_copyright_line_and_what_follows_it_at_the_bottom_are_furniture():
    story = ["A headline about the case", *["Sessions met the ambassador twice last year, "
             "the department said on Thursday."] * 4,
             "\u00a9 2017 Cable News Network. All rights reserved.", "View CBS News In",
             "Be the first to know"]
    assert furniture_flags(story) == [False, False, False, False, False, True, True, True]


def test_furniture_rules_need_the_page_edge():
    # The same short line is furniture at the top and a kept paragraph in the middle of a story.
    prose = "Sessions met the ambassador twice last year, the department said on Thursday."
    assert furniture_flags(["Share this", prose, "Share this", prose]) == [True, False, False,
                                                                          False]


def test_furniture_lines():
    assert is_furniture_line("Get browser notifications for breaking news and live events.")
    assert is_furniture_line("(202) 514-2007")
    assert not is_furniture_line("National Security Adviser Flynn Resigns Amid Controversy")
    assert is_date_line("Wednesday, February 15, 2017")
    assert not is_date_line("Sessions met Kislyak in July")


def test_headlines_take_the_case_of_the_running_text():
    body = body_vocabulary(["Sessions did not resign after meeting the Russian ambassador "
                            "during the election."])
    assert is_headline("Sessions Resigns After Meeting Russian Ambassador In Election")
    assert (sentence_case("Sessions Resigns After Meeting Russian Ambassador In Election", body)
            == "Sessions resigns after meeting Russian ambassador in election")
    assert not is_headline("Sessions met with Kislyak in July.")


def test_headline_in_a_page_is_parsed_in_sentence_case_with_the_same_length():
    page = ("Flynn Resigns Amid Controversy Over Russia Contacts\n\nMichael Flynn resigned on "
            "Monday after contacts with Russia were reported, officials said.")
    first = paragraphs(page)[0]
    assert first.text.startswith("Flynn resigns") and "Russia contacts" in first.text
    assert len(first.text) == len("Flynn Resigns Amid Controversy Over Russia Contacts")


def test_wire_credit_line_at_the_bottom_is_furniture():
    prose = "Sessions met the ambassador twice last year, the department said on Thursday."
    assert furniture_flags([prose, prose, "Reporting by Jane Smith; Editing by Tom Brown"]) == [
        False, False, True]


def test_any_text_gives_valid_offsets_and_never_fails():
    from hypothesis import given, settings, strategies as st

    alphabet = st.sampled_from(list("ab AB.,-\n\n\t\u00a9:0()\u2014") + ["Watch ", "The ", "Inc."])

    @settings(max_examples=200, deadline=None)
    @given(st.lists(alphabet, max_size=80).map("".join))
    def check(text):
        for p in paragraphs(text):
            original = text[p.start:p.start + len(p.text)]
            assert len(original) == len(p.text) and p.text.strip()
            assert original.translate({10: 32, 9: 32, 160: 32}).lower() == p.text.lower()

    check()


def test_a_full_stop_of_an_abbreviation_does_not_start_a_headline_sentence():
    body = body_vocabulary(["The company agreed to pay."])
    assert sentence_case("Acme Robotics Corp. Agrees To Pay", body) == \
        "Acme Robotics Corp. agrees to pay"


def test_a_headline_in_capitals_is_read_in_sentence_case():
    page = ("TRUMP FIRES FBI DIRECTOR JAMES COMEY\n\nPresident Donald Trump fired James Comey, "
            "the director of the FBI, on Tuesday, the White House said.")
    assert texts(page)[0] == "Trump fires FBI director James Comey"


def test_bylines_and_time_stamps_in_the_header_are_furniture():
    prose = "Tesla shares fell 6% on Thursday after the chief executive sold stock, filings showed."
    assert furniture_flags(["By Sarah Miller, Business Reporter",
                            "Updated 3:45 PM ET, Thu April 28, 2022", prose]) == [True, True,
                                                                                  False]


def test_inflected_verbs_of_a_headline_are_lowercased():
    vocabulary = body_vocabulary(["The council met on Monday."])
    assert sentence_case("Council Stopped Planning Drilling Permits", vocabulary) == \
        "Council stopped planning drilling permits"


def test_headline_nouns_the_story_never_capitalizes_are_lowercased():
    body = body_vocabulary(["Harbor officials said the ferry sank near Malta. Penalties "
                            "may follow, the Harbor Authority said."])
    assert sentence_case("Inquiry Blames Captain For Ferry Disaster Off Malta", body) == \
        "Inquiry blames captain for ferry disaster off Malta"
    # capitalized in the story (even only at a sentence start or in a name), a place: kept
    assert sentence_case("Ferry Penalties Loom For Harbor Operators In Greece", body) == \
        "Ferry Penalties loom for Harbor operators in Greece"
