"""merge_entities on a blank pipeline with hand-set model entities and rule spans."""

from __future__ import annotations

import pytest
import spacy
from hand_spans import span_of
from spacy.tokens import Doc, Span

from pipeline.nlp.entity_merge import merge_entities
from pipeline.nlp.rules import load_patterns
from pipeline.nlp.span_fixes import cut_before_person, cut_board


def _merged(text: str, model: list[tuple[str, str]], rules: list[tuple[str, str, str]]):
    doc = spacy.blank("en")(text)
    out = merge_entities(
        doc,
        [span_of(doc, w, lab) for w, lab in model],
        [span_of(doc, *r) for r in rules],
    )
    return [(e.text, e.label_) for e in out]


def test_a_leading_place_stays_the_model_s_and_takes_the_possessive_with_it():
    assert _merged(
        "Russia's Investigative Committee opened a case.",
        [("Russia", "GPE")],
        [("Russia's Investigative Committee", "ORG", "org:name-head")],
    ) == [("Russia", "GPE"), ("Investigative Committee", "ORG")]
    assert _merged(
        "The US Department of Homeland Security said so.",
        [("US", "GPE")],
        [("US Department of Homeland Security", "ORG", "org:name-head")],
    ) == [("US", "GPE"), ("Department of Homeland Security", "ORG")]


@pytest.mark.parametrize(
    ("text", "place", "rule", "want"),
    [
        # a city opens the name itself
        (
            "She studied at Wexley Falls State University last year.",
            ("Wexley Falls", "GPE"),
            "Wexley Falls State University",
            [("Wexley Falls State University", "ORG")],
        ),
        # before a possessive the place is the owner, a city too
        (
            "He teaches at Wexley Falls's Marwood University now.",
            ("Wexley Falls", "GPE"),
            "Wexley Falls's Marwood University",
            [("Wexley Falls", "GPE"), ("Marwood University", "ORG")],
        ),
        # a country glued on with a hyphen is one of the countries the name joins
        (
            "The Russia-China Investment Fund bought it.",
            ("Russia", "GPE"),
            "Russia-China Investment Fund",
            [("Russia-China Investment Fund", "ORG")],
        ),
        # a nationality before the name still goes to the model
        (
            "The French Interior Ministry said so.",
            ("French", "NORP"),
            "French Interior Ministry",
            [("French", "NORP"), ("Interior Ministry", "ORG")],
        ),
    ],
)
def test_only_a_country_or_an_owner_before_an_organisation_goes_to_the_model(
    text, place, rule, want
):
    assert _merged(text, [place], [(rule, "ORG", "org:name-head")]) == want


def test_a_rule_organisation_ends_before_a_title_and_a_name():
    # The longest rule match ran on into "Secretary Dora Blunt"; shorter matches of
    # the same rule must not win back the title either.
    assert _merged(
        "Department of Canal Works Secretary Dora Blunt spoke.",
        [("Dora Blunt", "PERSON")],
        [
            ("Department of Canal Works Secretary Dora Blunt", "ORG", "org:head-of"),
            ("Department of Canal Works Secretary", "ORG", "org:head-of"),
        ],
    ) == [("Department of Canal Works", "ORG"), ("Dora Blunt", "PERSON")]
    # Negative: no first name after the title word, the rule's span stands.
    assert _merged(
        "Department of Canal Works Secretary Office spoke.",
        [],
        [("Department of Canal Works Secretary Office", "ORG", "org:head-of")],
    ) == [("Department of Canal Works Secretary Office", "ORG")]


def test_an_organisation_named_as_a_country_is_the_country():
    nlp = spacy.blank("en")
    doc = nlp(
        "Officials of the Russian Federation met the Bank of Russia and Sierra Leone."
    )
    rule = Span(doc, 3, 5, label="ORG", span_id="org:name-head")
    bank = Span(doc, 7, 10, label="ORG")
    leone = Span(doc, 11, 13, label="ORG")
    out = merge_entities(doc, [bank, leone], [rule])
    assert [(e.text, e.label_, e.id_) for e in out] == [
        ("Russian Federation", "GPE", "place:country-name"),
        ("Bank of Russia", "ORG", ""),  # a country inside a name stays in it
        ("Sierra Leone", "GPE", "place:country-name"),
    ]
    # Negative: an organisation whose name only starts with a country's.
    doc = nlp("Sierra Leone Airways flew.")
    assert [
        (e.text, e.label_) for e in merge_entities(doc, [Span(doc, 0, 3, "ORG")], [])
    ] == [("Sierra Leone Airways", "ORG")]


def test_an_organisation_named_as_a_people_is_that_people():
    doc = spacy.blank("en")("Many Gambians and Chinese watched Rossiya and IRS.")
    ents = [Span(doc, i, i + 1, label="ORG") for i in (1, 3, 5, 7)]
    assert [(e.text, e.label_, e.id_) for e in merge_entities(doc, ents, [])] == [
        ("Gambians", "NORP", "norp:people-name"),
        ("Chinese", "NORP", "norp:people-name"),
        ("Rossiya", "ORG", ""),  # a country's other name, a channel's here
        ("IRS", "ORG", ""),  # no plural of "Irish"
    ]
    # A possessive glued to a country is no people ("Syria's-President": one token).
    doc = Doc(spacy.blank("en").vocab, words=["Syria's", "-", "President", "spoke"])
    ents = [Span(doc, 0, 1, label="ORG")]
    assert [(e.text, e.label_) for e in merge_entities(doc, ents, [])] == [
        ("Syria's", "ORG")
    ]


def test_a_portfolio_is_cut_off_a_person_and_an_organisation_running_into_one():
    text = "Minister for Health Simon Harris met Minister for Justice Harbour Trust."
    rules = [
        ("Minister for Health", "NONENT", "nonent:portfolio-title"),
        ("Minister for Justice", "NONENT", "nonent:portfolio-title"),
    ]
    # The model's PERSON loses the portfolio; its ORG that runs into a first name
    # is the person; one that runs into no first name stays as it is.
    assert _merged(text, [("Health Simon Harris", "PERSON")], rules) == [
        ("Simon Harris", "PERSON")
    ]
    assert _merged(text, [("Health Simon Harris", "ORG")], rules) == [
        ("Simon Harris", "PERSON")
    ]
    assert _merged(text, [("Justice Harbour Trust", "ORG")], rules) == [
        ("Justice Harbour Trust", "ORG")
    ]
    # A portfolio alone is no organisation.
    assert _merged(text, [("Justice", "ORG")], rules) == []


def test_a_mangled_contraction_or_a_handle_is_cut_out_of_a_model_entity():
    contraction = ("nonent:mangled-contraction",)
    assert _merged(
        'Officials said Quella Odero won"t attend.',
        [('Quella Odero won"t', "PERSON")],
        [('won"t', "NONENT", *contraction)],
    ) == [("Quella Odero", "PERSON")]
    # In the middle: both sides are tidied on their own.
    assert _merged(
        'She said Brindle Mills doesn"t tout Pine Harbour much.',
        [('Brindle Mills doesn"t tout Pine Harbour', "ORG")],
        [('doesn"t', "NONENT", *contraction)],
    ) == [("Brindle Mills", "ORG"), ("Pine Harbour", "ORG")]
    assert _merged(
        "Follow Ode Roe @oderoe now.",
        [("Ode Roe @oderoe", "PERSON")],
        [("@oderoe", "NONENT", "nonent:web-handle")],
    ) == [("Ode Roe", "PERSON")]
    # A data size overlapping the entity's start: the rest is tidied as usual.
    assert _merged(
        "It sold the 80 GB Odephone last year.",
        [("GB Odephone", "ORG")],
        [("80 GB", "NONENT", "nonent:data-size")],
    ) == [("Odephone", "ORG")]
    # Negative: a job title's non-entity is no cut in the middle of a name.
    assert _merged(
        "Ode Editor Roe spoke.",
        [("Ode Editor Roe", "PERSON")],
        [("Editor", "NONENT", "nonent:job-title")],
    ) == [("Ode Editor Roe", "PERSON")]


def test_a_coordinated_rule_name_ends_before_a_model_person():
    doc = spacy.blank("en")(
        "Lena Holt at the Institute of Geology and Omar Vance spoke ."
    )
    rule = span_of(doc, "Institute of Geology and Omar Vance", "ORG", "org:head-of")
    person = span_of(doc, "Omar Vance", "PERSON")
    cut = cut_before_person(doc, rule, [person])
    assert (cut.text, cut.label_, cut.id_) == (
        "Institute of Geology",
        "ORG",
        "org:head-of",
    )
    # A one-word person, or none, leaves the name whole ("Roads and Ports").
    one = span_of(doc, "Vance", "PERSON")
    assert cut_before_person(doc, rule, [one]) == rule
    assert cut_before_person(doc, rule, []) == rule


def test_a_board_of_a_kind_stands_for_the_organisation_it_governs():
    doc = spacy.blank("en")(
        "The Board of Trustees of the Halden Foundation and the Board of Education "
        "of Ostvik met the Board of Regents of the ."
    )
    board = span_of(doc, "Board of Trustees of the Halden Foundation", "ORG", "org:x")
    cut = cut_board(doc, board)
    assert (cut.text, cut.label_, cut.id_) == ("Halden Foundation", "ORG", "org:x")
    # Negative: a board that is an organisation itself, a cut-off name, a person.
    other = span_of(doc, "Board of Education of Ostvik", "ORG")
    assert cut_board(doc, other) == other
    empty = span_of(doc, "Board of Regents of the", "ORG")
    assert cut_board(doc, empty) == empty
    person = span_of(doc, "Board of Trustees of the Halden Foundation", "PERSON")
    assert cut_board(doc, person) == person
    # Merged entities pass through it, a model's or a rule's; the rule's span has
    # taken in the model's board first, so no "Board of Trustees" is left over.
    assert _merged(doc.text, [(board.text, "ORG")], []) == [
        ("Halden Foundation", "ORG")
    ]
    assert _merged(
        doc.text,
        [("Board of Trustees", "ORG"), ("Halden Foundation", "ORG")],
        [(board.text, "ORG", "org:head-of")],
    ) == [("Halden Foundation", "ORG")]


def _minute_matches(text: str) -> list[str]:
    """What the sports:player-minute pattern matches on a blank pipeline."""
    from spacy.matcher import Matcher

    from pipeline.nlp.rules import load_patterns

    nlp = spacy.blank("en")
    matcher = Matcher(nlp.vocab)
    for p in load_patterns():
        if p["id"] == "sports:player-minute":
            matcher.add(p["id"], [p["pattern"]], greedy="LONGEST")
    doc = nlp(text)
    return sorted(doc[a:b].text for _, a, b in matcher(doc))


def test_a_name_before_a_minute_in_brackets_is_a_player():
    assert _minute_matches(
        "Norvia - Lubor Varga ( 13th ) , Otto Kessler ( 12 - Ruud Amsel 78th ) ."
    ) == ["Lubor Varga ( 13th )", "Otto Kessler ( 12 - Ruud Amsel 78th )"]
    # A place in a table, a one-digit rank: no minute.
    assert _minute_matches("Norvia United ( 2nd ) and Kessel Rovers ( 5 ) .") == []
    # The model's organisation of that name gives way to the player.
    assert _merged(
        "Norvia - Lubor Varga ( 13th ) .",
        [("Lubor Varga", "ORG")],
        [("Lubor Varga ( 13th )", "PERSON", "sports:player-minute")],
    ) == [("Lubor Varga", "PERSON")]


@pytest.mark.parametrize(
    ("text", "model", "kept"),
    [
        # titles of one word that are no first names (lexicon job_title_heads)
        ("MEP Ida Berg voted no .", "MEP Ida Berg", "Ida Berg"),
        ("Archbishop Ida Berg spoke .", "Archbishop Ida Berg", "Ida Berg"),
        ("Comptroller Ida Berg spoke .", "Comptroller Ida Berg", "Ida Berg"),
        # a family name that is a title elsewhere stays ("Bishop" is no head)
        ("Julie Bishop spoke .", "Julie Bishop", "Julie Bishop"),
    ],
)
def test_a_lexicon_title_at_a_model_persons_edge_is_cut_off(text, model, kept):
    nlp = spacy.blank("en")
    # matched on lower case, as the pipeline's ruler does (nlp.rules)
    ruler = nlp.add_pipe("span_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns([p for p in load_patterns() if p["id"] == "nonent:job-title"])
    doc = nlp(text)
    spans = [
        Span(doc, s.start, s.end, label=s.label_, span_id=s.id_)
        for s in doc.spans["ruler"]
    ]
    out = merge_entities(doc, [span_of(doc, model, "PERSON")], spans)
    assert [(e.text, e.label_) for e in out] == [(kept, "PERSON")]


@pytest.mark.parametrize(
    ("text", "model", "rule", "want"),
    [
        # "DR" before a country that is no one's given name: the Democratic Republic
        (
            "Fighting in DR Congo displaced thousands.",
            [("Congo", "GPE")],
            ("DR Congo", "PERSON", "person:honorific"),
            [("Congo", "GPE")],
        ),
        (
            "Miss Hungary was crowned on Sunday.",
            [("Hungary", "GPE")],
            ("Miss Hungary", "PERSON", "person:honorific"),
            [("Hungary", "GPE")],
        ),
        # a country's name that is a given name too: a person
        (
            "Mr Jordan said so.",
            [("Jordan", "GPE")],
            ("Mr Jordan", "PERSON", "person:honorific"),
            [("Jordan", "PERSON")],
        ),
        # no country: the courtesy title's rule stands
        (
            "Dr Okafor said so.",
            [],
            ("Dr Okafor", "PERSON", "person:honorific"),
            [("Okafor", "PERSON")],
        ),
    ],
)
def test_a_courtesy_title_before_a_country_makes_no_person(text, model, rule, want):
    assert _merged(text, model, [rule]) == want
