"""Context cues over model entities: products, job titles inside ORGs, coordinated
ORGs, nicknames.
"""

from __future__ import annotations

import pytest
import spacy
from hand_spans import span_of
from spacy.tokens import Span

from pipeline.nlp.coordination import split_coordination
from pipeline.nlp.entity_cues import (
    apply_model_cues,
    head_kind,
    org_after_corporate_title,
    title_free_org,
)
from pipeline.nlp.product_cues import product_cue, with_digits
from pipeline.nlp.spans import name_parts


@pytest.mark.parametrize(
    "text, name, label, expected",
    [
        (
            "The airline bought the Boeing 747 last year .",
            "Boeing",
            "ORG",
            "Boeing 747",
        ),
        ("It flew a new Airbus A380 to Paris .", "Airbus", "ORG", "Airbus A380"),
        ("Sixty Boeing 787 jets were ordered .", "Boeing", "ORG", "Boeing 787"),
        ("They sold 60 Boeing 787 jets .", "Boeing", "ORG", "Boeing 787"),
        ("Apple unveiled the new Macintosh today .", "Macintosh", "ORG", "Macintosh"),
        ("Sales of the iPod rose .", "iPod", "GPE", "iPod"),
        # Negative: a score after a team in a results table, a phone code, a plain
        # company.
        ("Results :\nLotte 6 Hyundai 2\n", "Hyundai", "ORG", None),
        ("Wigan beat the Angels 6-2 .", "Angels", "ORG", None),
        ("Call the Air Cargo Newsroom Tel+44 171 .", "Air Cargo Newsroom", "ORG", None),
        ("Shares of Boeing rose 3 percent .", "Boeing", "ORG", None),
    ],
)
def test_product_cue(blank_nlp, text, name, label, expected):
    doc = blank_nlp(text)
    got = product_cue(doc, span_of(doc, name, label))
    assert (got.text if got is not None else None) == expected
    if got is not None:
        assert got.label_ == "PRODUCT"


def test_a_building_the_model_called_an_organisation_is_a_facility():
    from spacy.tokens import Span

    doc = spacy.blank("en")("Fans filled the Kestrel Valley Arena on Monday .")
    out = apply_model_cues(doc, [Span(doc, 3, 6, label="ORG")])
    assert [(e.text, e.label_, e.id_) for e in out] == [
        ("Kestrel Valley Arena", "FAC", "place:facility-head")
    ]


@pytest.mark.parametrize(
    "text, name, expected",
    [
        (
            "The army flew the Korvan Ka-52 helicopter .",
            "Korvan Ka-52",
            [("Korvan Ka-52", "PRODUCT")],
        ),
        ("A Brindle S92 crashed .", "Brindle S92", [("Brindle S92", "PRODUCT")]),
        (
            "The Ode Superjet-100 landed .",
            "Ode Superjet-100",
            [("Ode Superjet-100", "PRODUCT")],
        ),
        ("At 6.05pm Quell Roe scored .", "6.05pm Quell Roe", [("Quell Roe", "PERSON")]),
        ("The Z66 party won .", "Z66", []),
        ("Members of QX-13 were held .", "QX-13", []),
        ("Ode 4 Roe spoke .", "Ode 4 Roe", []),
        ("Scorer : Quell Roe 81st minute", "Quell Roe 81st", [("Quell Roe", "PERSON")]),
        # Negative: a name without digits stays as it is.
        ("Quell Roe scored .", "Quell Roe", None),
    ],
)
def test_with_digits(blank_nlp, text, name, expected):
    doc = blank_nlp(text)
    got = with_digits(doc, span_of(doc, name, "PERSON"))
    assert (None if got is None else [(s.text, s.label_) for s in got]) == expected


def test_an_organisation_ending_in_a_model_code_is_a_product(blank_nlp):
    doc = blank_nlp("The Ode Galaxy S8 and Channel 4 and Z66 and Ode 81st .")
    got = [with_digits(doc, span_of(doc, n, "ORG")) for n in ("Ode Galaxy S8",)]
    assert [(s.text, s.label_) for s in got[0]] == [("Ode Galaxy S8", "PRODUCT")]
    # Negative: digits alone, one word, an ordinal: the organisation stays.
    for name in ("Channel 4", "Z66", "Ode 81st"):
        assert with_digits(doc, span_of(doc, name, "ORG")) is None
    doc = blank_nlp("Ode S8 visited .")
    assert with_digits(doc, span_of(doc, "Ode S8", "GPE")) is None


@pytest.mark.parametrize(
    "text, org, expected",
    [
        (
            "Chief Technical Officer of Chilworth Technology John Smith spoke .",
            "Chief Technical Officer of Chilworth Technology",
            "Chilworth Technology",
        ),
        ("The Bank of England held rates .", "Bank of England", None),
        ("The Minister of Finance spoke .", "Minister of Finance", None),
    ],
)
def test_title_free_org(blank_nlp, text, org, expected):
    doc = blank_nlp(text)
    got = title_free_org(doc, span_of(doc, org, "ORG"))
    assert (got.text if got is not None else None) == expected


@pytest.mark.parametrize(
    "text, name, label, expected",
    [
        ("Jane Roe , CEO of Cisco , said .", "Cisco", "GPE", "ORG"),
        ("He is chairman of Fraleigh , a builder .", "Fraleigh", "PERSON", "ORG"),
        ("He met the President of France .", "France", "GPE", None),
        ("The CEO said France was ready .", "France", "GPE", None),
    ],
)
def test_org_after_corporate_title(blank_nlp, text, name, label, expected):
    doc = blank_nlp(text)
    got = org_after_corporate_title(doc, span_of(doc, name, label))
    assert (got.label_ if got is not None else None) == expected


@pytest.mark.parametrize(
    "text, org, expected",
    [
        (
            "Shanghai Airlines and Xiamen Airlines agreed .",
            "Shanghai Airlines and Xiamen Airlines",
            ["Shanghai Airlines", "Xiamen Airlines"],
        ),
        (
            "Johnson Controls Inc and Lear Corp compete .",
            "Johnson Controls Inc and Lear Corp",
            ["Johnson Controls Inc", "Lear Corp"],
        ),
        (
            "The Test and County Cricket Board met .",
            "Test and County Cricket Board",
            ["Test and County Cricket Board"],
        ),
        (
            "The Securities and Exchange Commission sued .",
            "Securities and Exchange Commission",
            ["Securities and Exchange Commission"],
        ),
        (
            "The Harbour Department and Coastal Safety Agency met .",
            "Harbour Department and Coastal Safety Agency",
            ["Harbour Department", "Coastal Safety Agency"],
        ),
        (
            "The Office of Tides and Harbours Authority met .",
            "Office of Tides and Harbours Authority",
            ["Office of Tides and Harbours Authority"],
        ),
        # An acronym alone before "and", a name of its own after it.
        (
            "The HSA and Northwind Bank met .",
            "HSA and Northwind Bank",
            ["HSA", "Northwind Bank"],
        ),
        ("The H.S.A. and NWB met .", "H.S.A. and NWB", ["H.S.A.", "NWB"]),
        ("Shares of AT and T rose .", "AT and T", ["AT and T"]),
        (
            "Dunmore and Kade LLP won .",
            "Dunmore and Kade LLP",
            ["Dunmore and Kade LLP"],
        ),
    ],
)
def test_split_coordination(blank_nlp, text, org, expected):
    doc = blank_nlp(text)
    assert [
        s.text for s in split_coordination(doc, span_of(doc, org, "ORG"))
    ] == expected


@pytest.mark.parametrize(
    "text, org, span_id, expected",
    [
        # "and the" before a name of its own starts a second organisation.
        (
            "The House of Representatives and the Senate met .",
            "House of Representatives and the Senate",
            "org:head-of",
            ["House of Representatives", "Senate"],
        ),
        (
            "The Tarvik Institute of Design and the Norvale Arts Council met .",
            "Tarvik Institute of Design and the Norvale Arts Council",
            "",
            ["Tarvik Institute of Design", "Norvale Arts Council"],
        ),
        (
            "The Ministry of Roads and the NTA met .",
            "Ministry of Roads and the NTA",
            "org:head-of",
            ["Ministry of Roads", "NTA"],
        ),
        # One word that names nothing alone: only the first stays.
        (
            "The Office of Tarvik and the Lowlands met .",
            "Office of Tarvik and the Lowlands",
            "org:head-of",
            ["Office of Tarvik"],
        ),
        # A name the alias lexicon spells out, "and" without "the": one name.
        (
            "The Islamic State of Iraq and the Levant claimed it .",
            "Islamic State of Iraq and the Levant",
            "org:alias-lexicon",
            ["Islamic State of Iraq and the Levant"],
        ),
        (
            "The Ministry of Roads and Ports met .",
            "Ministry of Roads and Ports",
            "org:head-of",
            ["Ministry of Roads and Ports"],
        ),
    ],
)
def test_and_the_starts_a_second_organisation(blank_nlp, text, org, span_id, expected):
    doc = blank_nlp(text)
    got = split_coordination(doc, span_of(doc, org, "ORG", span_id))
    assert [s.text for s in got] == expected
    assert all(s.id_ == span_id for s in got)


def test_a_span_ending_the_doc_at_and_the_is_left_whole(blank_nlp):
    doc = blank_nlp("Office of Tarvik and the")
    span = Span(doc, 0, len(doc), label="ORG")
    assert [s.text for s in split_coordination(doc, span)] == [doc.text]


def test_apply_model_cues_keeps_other_entities(blank_nlp):
    doc = blank_nlp("Boeing said the Boeing 747 sold well .")
    ents = [span_of(doc, "Boeing", "ORG"), Span(doc, 3, 4, label="ORG")]
    assert [(e.text, e.label_) for e in apply_model_cues(doc, ents)] == [
        ("Boeing", "ORG"),
        ("Boeing 747", "PRODUCT"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Christopher " CJ " Fraleigh won .', ['Christopher " CJ " Fraleigh']),
        ('Hector " Macho Man " Camacho won .', ['Hector " Macho Man " Camacho']),
        # Negative: quotes around lower-case words or at the edges still cut.
        # (lower-case words are no part of a person's name either)
        ('Anna " the boss " Berg won .', ["Anna", "Berg"]),
        ('" Anna Berg " won .', ["Anna Berg"]),
    ],
)
def test_person_nicknames_are_kept_whole(blank_nlp, text, expected):
    doc = blank_nlp(text)
    end = text.index(" won") if " won" in text else len(text)
    span = doc.char_span(0, end, alignment_mode="expand")
    assert [
        doc[a:b].text for a, b in name_parts(doc, span.start, span.end, "PERSON")
    ] == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Talks were held in The Hague on Monday .", "The Hague", "The Hague"),
        (
            "The Hague hosted talks .",
            "The Hague",
            "Hague",
        ),  # sentence start: the capital is the sentence's
        ("Talks were held in the Hague on Monday .", "the Hague", "Hague"),
    ],
)
def test_a_capitalised_the_inside_a_sentence_stays_in_the_name(
    blank_nlp, text, name, expected
):
    doc = blank_nlp(text)
    doc[0].is_sent_start = True
    for t in doc[1:]:
        t.is_sent_start = False
    span = span_of(doc, name, "GPE")
    assert [doc[a:b].text for a, b in name_parts(doc, span.start, span.end, "GPE")] == [
        expected
    ]


@pytest.fixture(scope="module")
def blank_nlp():
    """A tokenizer only: the cues are pure functions over tokens and given spans."""
    import spacy

    return spacy.blank("en")


@pytest.mark.parametrize(
    "text, label, dropped",
    [
        ("new institute", "ORG", True),
        ("council", "ORG", True),
        ("jane", "PERSON", True),
        ("Council", "ORG", False),
        ("eBay", "ORG", False),
        ("new institute", "GPE", False),
    ],
)
def test_lowercase_names_are_dropped(text, label, dropped):
    import spacy
    from spacy.tokens import Span

    from pipeline.nlp.entity_cues import apply_model_cues, is_lowercase_name

    doc = spacy.blank("en")(text + " said so.")
    n = len(doc) - 2
    ent = Span(doc, 0, n, label=label)
    assert is_lowercase_name(ent) is dropped
    assert (apply_model_cues(doc, [ent]) == []) is dropped


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Kestrel Valley Cup", "EVENT"),
        ("Harbour Masters Tour", "EVENT"),
        ("Clean Harbours Act", "LAW"),
        ("Kestrel Valley Accords", "LAW"),
        # plurals name laws passed together and treaties signed together
        ("Harbour and Levy Acts", "LAW"),
        ("Kestrel Agreements", "LAW"),
        # a policy is named so, no body ("Plan International" opens with it)
        ("Kestrel Valley Plan", "LAW"),
        ("Free Ferry Scheme", "LAW"),
        ("Renewable Peat Incentive", "LAW"),
        ("Plan Kestrel", ""),
        ("Kestrel Valley Bank", ""),
        # A day of awareness or celebration is no organisation.
        ("International Kestrel Day", "EVENT"),
        # a named operation (lexicon event_openers), not the word alone
        ("Operation Kestrel Shield", "EVENT"),
        ("Operation Kestrel", "EVENT"),
        ("Operation", ""),
        # A building or structure: its place, not an organisation.
        ("Kestrel Valley Arena", "FAC"),
        ("Norland International Airport", "FAC"),
        ("Old Harun Mosque", "FAC"),
        ("Kestrel Garda Station", "FAC"),
        ("Norland National Park", "FAC"),
        ("Kestrel Valley Pipeline", "FAC"),
        # Not a church, hospital or house (also their institutions), not a
        # lower-case word after a name, not the word alone.
        ("Kestrel Valley Church", ""),
        ("Kestrel Valley Hospital", ""),
        ("Kestrel arena", ""),
        ("Airport", ""),
        ("Cup", ""),
        ("Day", ""),
        ("Treaty", ""),
    ],
)
def test_an_org_named_like_a_competition_a_law_or_a_building_is_one(name, kind):
    from spacy.tokens import Span

    nlp = spacy.blank("en")
    doc = nlp(f"They met at the {name} on Monday .")
    start = 4
    ent = Span(doc, start, start + len(name.split()), label="ORG")
    assert head_kind(ent) == kind


@pytest.mark.parametrize(
    "text, name, expected",
    [
        (
            "Today Superior Court Judge Ann Lee spoke .",
            "Today Superior Court",
            "Superior Court",
        ),
        (
            "Yesterday Harbor Freight Authority officials met .",
            "Yesterday Harbor Freight Authority",
            "Harbor Freight Authority",
        ),
        # Two words: the day word may be the name's own ("Today Show").
        ("He appeared on the Today Show .", "Today Show", "Today Show"),
    ],
)
def test_an_opening_day_word_is_no_part_of_an_organisation(
    blank_nlp, text, name, expected
):
    assert _parts(blank_nlp, text, name, "ORG") == [expected]


@pytest.mark.parametrize(
    "text, ents, expected",
    [
        # The ORG ran on into a title and a name whose first word is a first name.
        (
            "Fenwick Rail President Dora Blunt quit .",
            [("Fenwick Rail President Dora Blunt", "ORG")],
            [("Fenwick Rail", "ORG"), ("Dora Blunt", "PERSON")],
        ),
        # ... and the model's PERSON right after it is the rest of the name.
        (
            "said Board of Water Works Chairman Agnes T. Pollock .",
            [
                ("Board of Water Works Chairman Agnes", "ORG"),
                ("T. Pollock", "PERSON"),
            ],
            [("Board of Water Works", "ORG"), ("Agnes T. Pollock", "PERSON")],
        ),
        # A title at the ORG's end, right before a model PERSON.
        (
            "the Institute of Glass Director Oswin Tarrant said",
            [("Institute of Glass Director", "ORG"), ("Oswin Tarrant", "PERSON")],
            [("Institute of Glass", "ORG"), ("Oswin Tarrant", "PERSON")],
        ),
        # Negative: no first name after the title (a portfolio word, an org word).
        (
            "the Fenwick Rail Director Office said",
            [("Fenwick Rail Director Office", "ORG")],
            [("Fenwick Rail Director Office", "ORG")],
        ),
        # Negative: nothing but a courtesy title before the title.
        (
            "Mr Justice Colm Tarrant ruled .",
            [("Mr Justice Colm Tarrant", "ORG")],
            [("Mr Justice Colm Tarrant", "ORG")],
        ),
        # Negative: a title at the end with no PERSON after it.
        (
            "the Fenwick Rail Chairman said",
            [("Fenwick Rail Chairman", "ORG")],
            [("Fenwick Rail Chairman", "ORG")],
        ),
        # Negative: a lower-case title is part of the description, not a name's.
        (
            "Fenwick Rail president Dora Blunt quit .",
            [("Fenwick Rail president Dora Blunt", "ORG")],
            [("Fenwick Rail president Dora Blunt", "ORG")],
        ),
    ],
)
def test_a_person_after_a_title_is_split_off_an_organisation(
    blank_nlp, text, ents, expected
):
    doc = blank_nlp(text)
    spans = [span_of(doc, name, label) for name, label in ents]
    got = apply_model_cues(doc, spans)
    assert [(e.text, e.label_) for e in got] == expected


@pytest.mark.parametrize(
    "text, name, label",
    [
        # A known place the model called an organisation, after a locative.
        ("Fighting went on in Raqqa on Monday .", "Raqqa", "GPE"),
        ("Polls closed in Uttar Pradesh late .", "Uttar Pradesh", "GPE"),
        # Negative: no locative; capitals; an organisation word at the end; a
        # possessive; a name no gazetteer holds.
        ("Raqqa said nothing .", "Raqqa", "ORG"),
        ("Talks in UN halls went on .", "UN", "ORG"),
        ("It was said in White House briefings .", "White House", "ORG"),
        ("It was in Leicester 's win .", "Leicester", "ORG"),
        ("He worked in Zorblatco for years .", "Zorblatco", "ORG"),
    ],
)
def test_a_known_place_after_a_locative_is_the_place(blank_nlp, text, name, label):
    doc = blank_nlp(text)
    got = apply_model_cues(doc, [span_of(doc, name, "ORG")])
    assert [(e.text, e.label_) for e in got] == [(name, label)]


@pytest.mark.parametrize(
    "name, label",
    [
        # First names, a particle and one word: a person the model called an ORG.
        ("Odile Le Garrec", "PERSON"),
        ("Jean-Paul de Vries", "PERSON"),
        ("Ahmed al-Zarqa", "PERSON"),
        # Negative: more after the name, an organisation word at the end, no first
        # name before the particle, no particle.
        ("Odile Le Garrec Foundation", "ORG"),
        ("Odile de Bank", "ORG"),
        ("Banco do Zarqa", "ORG"),
        ("Odile Garrec Vries", "ORG"),
    ],
)
def test_a_name_with_a_particle_is_a_person(blank_nlp, name, label):
    doc = blank_nlp(f"We met {name} today .")
    got = apply_model_cues(doc, [span_of(doc, name, "ORG")])
    assert [(e.text, e.label_) for e in got] == [(name, label)]


@pytest.mark.parametrize(
    "name, kept",
    [("Inc.", False), ("Co", False), ("AG", False), ("Zorblat Inc.", True)],
)
def test_designators_alone_are_no_name(blank_nlp, name, kept):
    doc = blank_nlp(f"Shares of {name} rose .")
    got = apply_model_cues(doc, [span_of(doc, name, "ORG")])
    assert [e.text for e in got] == ([name] if kept else [])


@pytest.mark.parametrize(
    ("name", "label", "kind"),
    [
        ("Norland Air Force", "GPE", "ORG"),
        ("Kestrel Army", "NORP", "ORG"),
        ("Kestrel Valley Bank", "LOC", "ORG"),
        ("Norland Foreign Ministry", "GPE", "ORG"),
        ("Kestrel Bay Embassy", "FAC", "ORG"),
        # Negative: a place without a body's head word, one word, a person.
        ("Kestrel Valley", "GPE", ""),
        ("Army", "GPE", ""),
        ("Ode Army", "PERSON", ""),
        # Lower case at either end: a description, not a name.
        ("pro - Kremlin", "NORP", ""),
        ("Kestrel city council", "GPE", ""),
    ],
)
def test_a_place_named_like_a_body_is_an_organisation(name, label, kind):
    nlp = spacy.blank("en")
    doc = nlp(f"They met the {name} on Monday .")
    ent = Span(doc, 3, 3 + len(name.split()), label=label)
    assert head_kind(ent) == kind


def _parts(nlp, text: str, name: str, label: str) -> list[str]:
    """The texts name_parts makes of the entity `name` (as `label`) in `text`."""
    doc = nlp(text)
    span = span_of(doc, name, label)
    return [doc[a:b].text for a, b in name_parts(doc, span.start, span.end, label)]


@pytest.mark.parametrize(
    "text, name, label, expected",
    [
        # A tag glued to "#" names a topic: no entity, whatever the label.
        ("Fans posted #BrennockOut all day .", "BrennockOut", "ORG", []),
        ("Join the #HalvorsenMarch tomorrow .", "HalvorsenMarch", "PERSON", []),
        # Only its own word goes: the name after "and" stays.
        (
            "See #Kelso and Dora Blunt .",
            "Kelso and Dora Blunt",
            "PERSON",
            ["Dora Blunt"],
        ),
        # A "#" standing apart is no tag ("No. 1" style lists).
        ("She came in at # Dora Blunt .", "Dora Blunt", "PERSON", ["Dora Blunt"]),
    ],
)
def test_a_hashtag_is_no_name(blank_nlp, text, name, label, expected):
    assert _parts(blank_nlp, text, name, label) == expected


@pytest.mark.parametrize(
    "text, name, label, expected",
    [
        # "ex-" says the role is over; it is no part of the name
        ("Ex-Halden captain Dora Blunt spoke .", "Ex-Halden", "ORG", ["Halden"]),
        ("Some ex-Ruritanian officers left .", "ex-Ruritanian", "NORP", ["Ruritanian"]),
        ("The Ex Libris society met .", "Ex Libris", "ORG", ["Ex Libris"]),
    ],
)
def test_an_ex_prefix_is_no_part_of_a_name(blank_nlp, text, name, label, expected):
    assert _parts(blank_nlp, text, name, label) == expected


@pytest.mark.parametrize(
    "text, name, label, expected",
    [
        # a headline's capitals ran past the name into a function word
        (
            "Deaths During The Initial Shelling Of Vardo",
            "Initial Shelling Of",
            "ORG",
            ["Initial Shelling"],
        ),
        ("Protests by Amnesty The group said", "Amnesty The", "ORG", ["Amnesty"]),
        (
            "Students at Halden University On Monday",
            "Halden University On",
            "ORG",
            ["Halden University"],
        ),
        ("He said On and on", "On", "ORG", []),
        # names whose inner function words stay
        ("The Bank of Oslo said", "Bank of Oslo", "ORG", ["Bank of Oslo"]),
        ("Group A said", "Group A", "ORG", ["Group A"]),
    ],
)
def test_a_name_does_not_end_on_a_function_word(blank_nlp, text, name, label, expected):
    assert _parts(blank_nlp, text, name, label) == expected


@pytest.mark.parametrize(
    "text, name, label, expected",
    [
        # a list's field label or a page's link label ran into the name
        (
            "He golfed. Woods READ: Woods and a friend play",
            "Woods READ",
            "PERSON",
            ["Woods"],
        ),
        (
            "Vardo Cathedral ATTACKERS: two men",
            "Vardo Cathedral ATTACKERS",
            "ORG",
            ["Vardo Cathedral"],
        ),
        # a name in capitals, a word before no colon, an acronym: they stay
        ("JOHN SMITH READ: the list", "JOHN SMITH READ", "PERSON", ["JOHN SMITH READ"]),
        ("Dora Blunt READ the list", "Dora Blunt READ", "PERSON", ["Dora Blunt READ"]),
        ("Acme NATO: a pact", "Acme NATO", "ORG", ["Acme NATO"]),
    ],
)
def test_a_field_label_in_capitals_is_no_part_of_a_name(
    blank_nlp, text, name, label, expected
):
    doc = blank_nlp(text)
    span = span_of(doc, name, label)
    got = name_parts(doc, span.start, span.end, label)
    assert [doc[a:b].text for a, b in got] == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # In prose a capitalised headline verb opens the name itself.
        (
            "The bill cuts funding for Planned Kinship , the group said .",
            "Planned Kinship",
            ["Planned Kinship"],
        ),
        (
            "Planned Kinship said the bill was cruel .",
            "Planned Kinship",
            ["Planned Kinship"],
        ),
        # Before a title or rank it describes the holder, in prose too.
        (
            "The panel heard Retired Colonel Anna Brenner on Monday .",
            "Retired Colonel Anna Brenner",
            ["Colonel Anna Brenner"],
        ),
        # In a title-case headline it is the headline's verb.
        ("Voss Says Brenner Will Quit", "Voss Says Brenner", ["Voss", "Brenner"]),
        (
            "Mayor to Pick Anna Brenner as Police Chief",
            "Pick Anna Brenner",
            ["Anna Brenner"],
        ),
    ],
)
def test_a_headline_verb_cuts_a_name_only_in_a_headline(
    blank_nlp, text, name, expected
):
    assert _parts(blank_nlp, text, name, "ORG") == expected


@pytest.mark.parametrize(
    "text, name, label, expected",
    [
        # A lost full stop runs a person's name into the next sentence's number.
        ("Two by President Obama Four were named .", "Obama Four", "PERSON", "Obama"),
        ("He met Dana Reyes Seven times .", "Dana Reyes Seven", "PERSON", "Dana Reyes"),
        ("He met Pope Pius XII once .", "Pius XII", "PERSON", "Pius XII"),
        # An organisation keeps its number, and a one-word name is left alone.
        ("Staff of Channel Four spoke .", "Channel Four", "ORG", "Channel Four"),
        ("Four left early .", "Four", "PERSON", "Four"),
    ],
)
def test_a_person_name_does_not_end_on_a_number(blank_nlp, text, name, label, expected):
    assert _parts(blank_nlp, text, name, label) == [expected]
