"""The segment passes on hand-set entities: raw segments, merging, countries;
and the dependency marks and the parse bound on hand-set parses."""

from __future__ import annotations

import pytest
from role_docs import make_doc, parsed

from pipeline.extract.dep_marks import mark_its, mark_people, mark_titles
from pipeline.extract.limits import MAX_PARSE_TOKENS, bounded
from pipeline.extract.segment_merge import sentence_segments
from pipeline.extract.segments import raw_segments


def _shape(segs):
    return [(s.tag, s.text or s.word) for s in segs]


def _first_and_people(text, ents):
    """The first segment's (tag, text) and the people's segment texts."""
    segs = sentence_segments(make_doc(text, ents)[:])
    return (segs[0].tag, segs[0].text), [s.text for s in segs if s.tag == "PERSON"]


def test_a_title_swallowed_by_a_person_is_cut_off():
    doc = make_doc("CEO Jane Doe spoke.", "CEO Jane Doe=PERSON")
    segs = raw_segments(doc[:])
    assert _shape(segs)[:2] == [("TITLE", "CEO"), ("PERSON", "Jane Doe")]
    assert [t.title for t in segs[0].titles] == ["Chief Executive Officer"]


def test_coordinated_titles_are_one_segment_with_a_title_each():
    doc = make_doc(
        "Jane Doe, president and chief executive of Acme Corp, spoke.",
        "Jane Doe=PERSON; Acme Corp=ORG",
    )
    segs = sentence_segments(doc[:])
    title = next(s for s in segs if s.tag == "TITLE")
    assert [t.title for t in title.titles] == ["President", "Chief Executive Officer"]
    assert _shape(segs)[:5] == [
        ("PERSON", "Jane Doe"),
        ("COMMA", ","),
        ("TITLE", "president and chief executive"),
        ("PREP", "of"),
        ("ORG", "Acme Corp"),
    ]


@pytest.mark.parametrize(
    "text, ents, want",
    [
        # a lower-case title and a capitalised one before a name: two people
        (
            "Omar Dahl met the Norvish ambassador and Vice President Jo Varga.",
            "Omar Dahl=PERSON; Norvish=NORP; Jo Varga=PERSON",
            [["Ambassador"], ["Vice President"]],
        ),
        # both in one case, or an acronym: one person's titles
        (
            "Omar Dahl met the chairman and chief executive Jo Varga.",
            "Omar Dahl=PERSON; Jo Varga=PERSON",
            [["Chair", "Chief Executive Officer"]],
        ),
        (
            "Omar Dahl met the chairman and CEO Jo Varga.",
            "Omar Dahl=PERSON; Jo Varga=PERSON",
            [["Chair", "Chief Executive Officer"]],
        ),
        (
            "Omar Dahl met Chairman and Chief Executive Jo Varga.",
            "Omar Dahl=PERSON; Jo Varga=PERSON",
            [["Chair", "Chief Executive Officer"]],
        ),
        # no name right after: the titles of the subject
        (
            "Jo Varga is the co-founder and Dean of Halvorsen College.",
            "Jo Varga=PERSON; Halvorsen College=ORG",
            [["Founder", "Dean"]],
        ),
    ],
)
def test_the_case_of_coordinated_titles_tells_whose_they_are(text, ents, want):
    segs = sentence_segments(make_doc(text, ents)[:])
    assert [[t.title for t in s.titles] for s in segs if s.tag == "TITLE"] == want


@pytest.mark.parametrize(
    "text, title, raw",
    [
        # capitalised words describing a lower-case noun: no field, all taken in
        ("The head of Asia research left.", "Head", "head of Asia research"),
        (
            "The professor of European and international trade law left.",
            "Professor",
            "professor of European and international trade law",
        ),
        # a lower-case field alone is taken in too, up to what follows it
        ("The head of research at Acme left.", "Head", "head of research"),
        (
            "The director for academic affairs left.",
            "Director",
            "director for academic affairs",
        ),
        # ... but not a determiner's noun phrase
        ("The director of the museum left.", "Director", "director"),
        # a capitalised field stays one; "said" is no noun it describes
        ("The head of Research said so.", "Head of Research", "head of Research"),
        ("The professor of Finance and Chair left.", "Professor of Finance", None),
    ],
)
def test_a_lower_case_noun_after_a_field_title_is_no_field(text, title, raw):
    segs = raw_segments(make_doc(text, "")[:])
    seg = next(s for s in segs if s.tag == "TITLE")
    assert seg.titles[0].title == title
    if raw is not None:
        assert seg.titles[0].raw == raw
    assert not any(s.tag == "CAP" and s.text in ("Asia", "European") for s in segs)


def test_a_bracketed_acronym_joins_the_organisation_as_its_alias():
    doc = make_doc(
        "Jane Doe joined Acme Holdings (AH) in May.",
        "Jane Doe=PERSON; Acme Holdings=ORG; AH=ORG; May=DATE",
    )
    org = next(s for s in sentence_segments(doc[:]) if s.tag == "ORG")
    assert (org.text, org.alias) == ("Acme Holdings", ("AH", ""))


@pytest.mark.parametrize(
    ("text", "ents", "want"),
    [
        # the model's ORG opens with a title's qualifier before a title: cut off,
        # and read as the title's (ADV)
        (
            "Acting Harbour Department spokesman Jane Doe said no.",
            "Acting Harbour Department=ORG; Jane Doe=PERSON",
            [("ADV", "Acting"), ("ORG", "Harbour Department"), ("TITLE", "spokesman")],
        ),
        # ... or the title read from the qualifier runs past it: no name at all
        (
            "Deputy Energy Minister Jane Doe said no.",
            "Deputy Energy=ORG; Jane Doe=PERSON",
            [("TITLE", "Deputy Energy Minister")],
        ),
        # no title after it: the name stands
        (
            "Former Harbour Union members met Jane Doe.",
            "Former Harbour Union=ORG; Jane Doe=PERSON",
            [("ORG", "Former Harbour Union")],
        ),
    ],
)
def test_a_qualifier_the_model_read_into_an_organisation(text, ents, want):
    shape = _shape(sentence_segments(make_doc(text, ents)[:]))
    assert shape[: len(want)] == want


def test_a_department_before_an_office_title_is_its_portfolio():
    doc = make_doc(
        "Homeland Security Secretary Jane Doe spoke.",
        "Homeland Security=ORG; Jane Doe=PERSON",
    )
    segs = sentence_segments(doc[:])
    assert segs[0].tag == "TITLE"
    assert segs[0].titles[0].title == "Homeland Security Secretary"


@pytest.mark.parametrize(
    ("text", "ents", "title"),
    [
        ("Justice Minister Jane Doe spoke.", "Jane Doe=PERSON", "Justice Minister"),
        (
            "Industry and Trade Minister Jane Doe spoke.",
            "Industry and Trade=ORG; Jane Doe=PERSON",
            "Industry and Trade Minister",
        ),
        # "and" opens no portfolio; a plain word is none
        (
            "Acme and Trade Minister Jane Doe spoke.",
            "Jane Doe=PERSON",
            "Trade Minister",
        ),
        # a judge's title before a name is no portfolio
        ("Justice Jane Doe spoke.", "Jane Doe=PERSON", "Justice"),
        # an ordinal the model tagged opens the title
        (
            "Scotland's First Minister Jane Doe spoke.",
            "Scotland=GPE; First=ORDINAL; Jane Doe=PERSON",
            "First Minister",
        ),
    ],
)
def test_portfolio_words_before_an_office_title_are_its_portfolio(text, ents, title):
    segs = sentence_segments(make_doc(text, ents)[:])
    assert [t.title for s in segs if s.tag == "TITLE" for t in s.titles] == [title]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Former Culture Secretary Jane Doe spoke.", [("Culture Secretary", "former")]),
        ("Acting Sales Director Jane Doe spoke.", [("Sales Director", "acting")]),
        ("Sales Director Jane Doe spoke.", [("Sales Director", "")]),
        # a function word opening the sentence is no field
        ("While Sales Director Jane Doe spoke.", [("Sales Director", "")]),
        # a portfolio in lower case, and the qualifier before it
        (
            "The former education secretary Jane Doe spoke.",
            [("Education Secretary", "former")],
        ),
        ("He met the home affairs minister Jane Doe.", [("Home Affairs Minister", "")]),
        ("Boeing and trade minister Jane Doe spoke.", [("Trade Minister", "")]),
        # the title scan reads "former Justice" as a judge: it is the portfolio
        (
            "The former Justice Minister Jane Doe spoke.",
            [("Justice Minister", "former")],
        ),
        (
            "The acting Defense Secretary Jane Doe spoke.",
            [("Defense Secretary", "acting")],
        ),
        # a portfolio before coordinated titles is the first one's
        (
            "Former justice minister and attorney general Jane Doe spoke.",
            [("Justice Minister", "former"), ("Attorney General", "former")],
        ),
        # a qualifier of the whole role reaches the coordinated title too
        (
            "Former Culture Secretary and Deputy Leader Jane Doe spoke.",
            [("Culture Secretary", "former"), ("Leader", "former deputy")],
        ),
    ],
)
def test_a_capitalised_qualifier_before_a_field_title_qualifies_it(text, want):
    segs = sentence_segments(make_doc(text, "Jane Doe=PERSON")[:])
    got = [(t.title, t.qualifier) for s in segs if s.tag == "TITLE" for t in s.titles]
    assert got == want


@pytest.mark.parametrize(
    ("text", "ents", "want"),
    [
        # the model tagged the surname alone: the given name joins the person
        (
            "Minister of Agriculture Aziz Akhannouch spoke.",
            "Akhannouch=PERSON",
            [("TITLE", "Minister of Agriculture"), ("PERSON", "Aziz Akhannouch")],
        ),
        # after an office's field of portfolio words, any other word is the
        # person's, a given name the gender package knows or not
        (
            "Minister for Public Expenditure and Reform Paschal Donohoe spoke.",
            "Donohoe=PERSON",
            [
                ("TITLE", "Minister for Public Expenditure and Reform"),
                ("PERSON", "Paschal Donohoe"),
            ],
        ),
        # a common word stays in the field
        (
            "Minister of Health and Sanitation Jane Doe spoke.",
            "Jane Doe=PERSON",
            [("TITLE", "Minister of Health and Sanitation"), ("PERSON", "Jane Doe")],
        ),
        # a portfolio word stays in the field; so does a field of one word
        (
            "Minister of Health Jane Doe spoke.",
            "Jane Doe=PERSON",
            [("TITLE", "Minister of Health"), ("PERSON", "Jane Doe")],
        ),
        (
            "Minister of Jobs Doe spoke.",
            "Doe=PERSON",
            [("TITLE", "Minister of Jobs"), ("PERSON", "Doe")],
        ),
    ],
)
def test_a_given_name_after_an_office_field_is_the_persons(text, ents, want):
    segs = sentence_segments(make_doc(text, ents)[:])
    assert _shape(segs)[:2] == want


@pytest.mark.parametrize(
    ("text", "ents", "title"),
    [
        (
            "Minister for Jobs, Enterprise and Innovation Jane Doe spoke.",
            "Jane Doe=PERSON",
            "Minister for Jobs, Enterprise and Innovation",
        ),
        # the model read the last fields as an organisation: they are the title's
        (
            "Minister for Communications, Climate Action and Environment Jo Varn "
            "spoke.",
            "Climate Action and Environment=ORG; Jo Varn=PERSON",
            "Minister for Communications, Climate Action and Environment",
        ),
        # a name after the comma is the office holder's, no field
        (
            "Minister for Health, Jane Doe and Jo Varn spoke.",
            "Jane Doe=PERSON; Jo Varn=PERSON",
            "Minister for Health",
        ),
    ],
)
def test_an_office_takes_in_a_listed_portfolio(text, ents, title):
    first, people = _first_and_people(text, ents)
    assert first == ("TITLE", title)
    assert people == [p.split("=")[0] for p in ents.split("; ") if "PERSON" in p]


@pytest.mark.parametrize(
    ("text", "ents", "title"),
    [
        # the model tags the field's first word alone: the portfolio word after
        # it is the field's too
        (
            "Minister for EU Affairs Jane Doe spoke.",
            "EU=ORG; Jane Doe=PERSON",
            "Minister for EU Affairs",
        ),
        (
            "Minister for European Affairs Jane Doe spoke.",
            "European=NORP; Jane Doe=PERSON",
            "Minister for European Affairs",
        ),
        # a capitalised word that is no portfolio word stays out
        (
            "Minister for EU Jane Doe spoke.",
            "EU=ORG; Jane Doe=PERSON",
            "Minister for EU",
        ),
    ],
)
def test_an_office_field_opening_with_an_entity_runs_to_its_portfolio_word(
    text, ents, title
):
    first, people = _first_and_people(text, ents)
    assert first == ("TITLE", title)
    assert people == ["Jane Doe"]


def test_a_qualifier_opening_an_organisation_before_an_office_qualifies_it():
    doc = make_doc(
        "Deputy Energy Minister Jane Doe spoke.", "Deputy Energy=ORG; Jane Doe=PERSON"
    )
    segs = sentence_segments(doc[:])
    assert [(t.title, t.qualifier) for t in segs[0].titles] == [
        ("Energy Minister", "deputy")
    ]


def test_an_organisation_not_named_in_portfolio_words_stays_before_an_office():
    doc = make_doc(
        "Arab League Assistant Secretary Jane Doe spoke.",
        "Arab League=ORG; Jane Doe=PERSON",
    )
    segs = sentence_segments(doc[:])
    assert _shape(segs)[:3] == [
        ("ORG", "Arab League"),
        ("TITLE", "Assistant Secretary"),
        ("PERSON", "Jane Doe"),
    ]


def test_a_country_before_or_after_a_title_becomes_its_country():
    doc = make_doc(
        "Russian Foreign Minister Ivan Petrov met the Prime Minister of Cambodia, "
        "Sok Chea.",
        "Russian=NORP; Ivan Petrov=PERSON; Cambodia=GPE; Sok Chea=PERSON",
    )
    titles = [s for s in sentence_segments(doc[:]) if s.tag == "TITLE"]
    assert [(t.titles[0].title, t.titles[0].country) for t in titles] == [
        ("Foreign Minister", "RU"),
        ("Prime Minister", "KH"),
    ]


@pytest.mark.parametrize(
    ("text", "country", "after"),
    [
        # the country owns the body the title heads: no country's office
        ("Jane Doe, president of Zimbabwe's healers' union, spoke.", "", "PREP"),
        # unless that body is its government
        ("Jane Doe, culture minister of Poland's new government, spoke.", "PL", "ADV"),
        ("Jane Doe, president of Zimbabwe, spoke.", "ZW", "COMMA"),
    ],
)
def test_a_title_of_a_country_that_owns_a_later_noun(text, country, after):
    ents = "Jane Doe=PERSON; " + (
        "Zimbabwe=GPE" if "Zimbabwe" in text else "Poland=GPE"
    )
    segs = sentence_segments(make_doc(text, ents)[:])
    k = next(i for i, s in enumerate(segs) if s.tag == "TITLE")
    assert (segs[k].titles[0].country, segs[k + 1].tag) == (country, after)


@pytest.mark.parametrize(
    ("text", "ents", "country"),
    [
        # "the" and a country's name that ends the phrase
        ("Jane Doe, president of the Philippines, spoke.", "Philippines=GPE", "PH"),
        ("President of the Philippines Jane Doe spoke.", "Philippines=GPE", "PH"),
        # not a country that begins a longer name, nor a nationality
        (
            "Jane Doe, leader of the UK Liberal Party, spoke.",
            "UK=GPE; Liberal Party=ORG",
            "",
        ),
        (
            "Jane Doe, mayor of the Danish capital, spoke.",
            "Danish=NORP",
            "",
        ),
    ],
)
def test_a_title_of_the_country(text, ents, country):
    segs = sentence_segments(make_doc(text, f"Jane Doe=PERSON; {ents}")[:])
    title = next(s for s in segs if s.tag == "TITLE")
    assert title.titles[0].country == country


def test_a_country_before_an_ordinal_rank_is_the_titles_country():
    doc = make_doc(
        "Russian First Deputy Foreign Minister Ivan Petrov spoke.",
        "Russian=NORP; First=ORDINAL; Ivan Petrov=PERSON",
    )
    titles = [s for s in sentence_segments(doc[:]) if s.tag == "TITLE"]
    assert [(t.titles[0].title, t.titles[0].country) for t in titles] == [
        ("Foreign Minister", "RU")
    ]


def test_a_nationality_after_a_or_an_describes_and_stays_out_of_the_title():
    doc = make_doc("Jane Doe is a Spanish engineer.", "Jane Doe=PERSON; Spanish=NORP")
    segs = sentence_segments(doc[:])
    assert ("NAME", "Spanish") in _shape(segs)
    assert next(s for s in segs if s.tag == "TITLE").titles[0].country == ""


def _parsed_with_ents(text, parse, ents):
    doc = parsed(text, parse)
    doc.ents = [doc.char_span(*e) for e in ents]
    return doc


def test_marks_flag_titles_people_and_its():
    text = "Acme said its chief executive, Jane Doe, resigned."
    parse = (
        "1:nsubj 1:ROOT 4:poss 4:amod 9:nsubj 4:punct 7:compound 4:appos 4:punct "
        "1:ccomp 1:punct"
    )
    doc = _parsed_with_ents(text, parse, [(0, 4, "ORG"), (31, 39, "PERSON")])
    titles = mark_titles(doc)
    assert {doc[i].text: t.title for i, t in titles.items()} == {
        "executive": "Chief Executive Officer"
    }
    people = mark_people(doc, titles)
    assert {doc[i].text for i in people} == {"Jane", "Doe"}
    assert {doc[i].text: doc[j].text for i, j in mark_its(doc).items()} == {
        "its": "Acme"
    }


@pytest.mark.parametrize(
    "text, org, want",
    [
        # the qualifier before the organisation the title follows
        ("Jane Doe was a former Acme Corp executive .", "Acme Corp", "former"),
        # a qualifier inside the organisation's name, right before the title
        ("Jane Doe was the Acme Regional director .", "Acme Regional", "regional"),
        ("Jane Doe was an Acme Corp director .", "Acme Corp", ""),
    ],
)
def test_a_title_marks_the_qualifier_before_its_organisation(text, org, want):
    # a flat parse under "was": the title marks read words and entities
    words = text.split()
    doc = parsed(
        text, " ".join("2:ROOT" if k == 2 else "2:dep" for k in range(len(words)))
    )
    start = text.index(org)
    doc.ents = [doc.char_span(start, start + len(org), label="ORG")]
    (title,) = mark_titles(doc).values()
    assert title.qualifier == want


def test_a_long_sentence_is_parsed_in_pieces_at_semicolons():
    part = "Jane Doe , chief executive of Acme Corp"
    text = " ; ".join([part] * 40) + " ."
    doc = make_doc(text, "")
    pieces = bounded([(0, doc[:])])
    assert len(pieces) > 1
    assert all(len(p) <= MAX_PARSE_TOKENS for _, p in pieces)
    assert sum(len(p) for _, p in pieces) == len(doc)
    unsplittable = make_doc(" , ".join([part] * 40) + " .", "")
    assert bounded([(0, unsplittable[:])]) == []


def test_a_country_opening_a_portfolio_and_of_country_after_an_office():
    doc = make_doc(
        "Oil Minister of Venezuela Luis Mora met Russian Energy Minister Ivan Petrov.",
        "Venezuela=GPE; Luis Mora=PERSON; Russian Energy=ORG; Ivan Petrov=PERSON",
    )
    titles = [s for s in sentence_segments(doc[:]) if s.tag == "TITLE"]
    assert [(t.titles[0].title, t.titles[0].country) for t in titles] == [
        ("Oil Minister", "VE"),
        ("Energy Minister", "RU"),
    ]


@pytest.mark.parametrize(
    ("text", "ents", "want"),
    [
        # a known state or region after an office is its place, no field: the
        # portfolio before the office stays its own
        (
            "Jane Okafor , the justice minister of Bavaria , spoke .",
            "Jane Okafor=PERSON; Bavaria=GPE",
            ["Justice Minister"],
        ),
        (
            "Jane Okafor , the interior minister of Lombardy , spoke .",
            "Jane Okafor=PERSON; Lombardy=GPE",
            ["Interior Minister"],
        ),
        # an entity no gazetteer knows, or a place that opens a field, is one
        (
            "Jane Okafor , Minister of Kestrel Affairs , spoke .",
            "Jane Okafor=PERSON; Kestrel=GPE",
            ["Minister of Kestrel Affairs"],
        ),
        (
            "Jane Okafor , Minister of Jerusalem Affairs , spoke .",
            "Jane Okafor=PERSON; Jerusalem=GPE",
            ["Minister of Jerusalem Affairs"],
        ),
    ],
)
def test_a_known_place_after_an_office_is_no_field(text, ents, want):
    doc = make_doc(text, ents)
    titles = [
        t.title for s in sentence_segments(doc[:]) if s.tag == "TITLE" for t in s.titles
    ]
    assert titles == want


def test_a_title_after_of_is_no_office_s_field():
    doc = make_doc(
        "Jim Vance served as secretary of President Ann Doe.",
        "Jim Vance=PERSON; Ann Doe=PERSON",
    )
    titles = [
        t.title for s in sentence_segments(doc[:]) if s.tag == "TITLE" for t in s.titles
    ]
    assert titles == ["Secretary", "President"]


def test_a_place_an_office_is_held_to_is_no_country_of_it():
    doc = make_doc(
        "Russian Ambassador to Norway Ivan Petrov met the Norwegian envoy to the "
        "United States, Sok Chea.",
        "Russian=NORP; Norway=GPE; Ivan Petrov=PERSON; Norwegian=NORP; "
        "United States=GPE; Sok Chea=PERSON",
    )
    segs = sentence_segments(doc[:])
    titles = [s for s in segs if s.tag == "TITLE"]
    assert [
        (t.titles[0].title, t.titles[0].raw, t.titles[0].country) for t in titles
    ] == [
        ("Ambassador", "Ambassador to Norway", "RU"),
        ("Envoy", "envoy to the United States", "NO"),
    ]
    assert segs[segs.index(titles[0]) + 1].tag == "PERSON"


@pytest.mark.parametrize("suffix", ["based", "headquartered"])
def test_a_place_hyphened_to_based_describes_what_follows(suffix):
    # "founder of Munich-based consultancy Norvik Partners": Munich is no
    # organisation of the role, whatever label the model gave it
    text = f"Jane Doe, founder of Munich-{suffix} consultancy Norvik Partners, spoke."
    for label in ("GPE", "ORG"):
        doc = make_doc(text, f"Jane Doe=PERSON; Munich={label}; Norvik Partners=ORG")
        shape = _shape(sentence_segments(doc[:]))
        assert not any("Munich" in t for _, t in shape)
        assert shape[shape.index(("PREP", "of")) + 1] == ("ORG", "Norvik Partners")


def test_a_place_hyphened_to_another_word_stays_a_name():
    doc = make_doc(
        "Jane Doe, a Munich-born consultant, spoke.", "Jane Doe=PERSON; Munich=GPE"
    )
    assert any("Munich" in t for _, t in _shape(sentence_segments(doc[:])))


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Jane Doe, a first-term senator, spoke.", "first=ORDINAL"),
        ("Jane Doe, a two-time mayor, spoke.", "two=CARDINAL"),
    ],
)
def test_a_number_hyphened_to_a_word_is_one_plain_word(text, number):
    # "first-term": the model tags "first" alone; read as an adverb and a stray
    # word it would part the apposition from its title
    segs = sentence_segments(make_doc(text, f"Jane Doe=PERSON; {number}")[:])
    word = text.split()[3]
    assert [s.tag for s in segs[:5]] == ["PERSON", "COMMA", "DET", "W", "TITLE"]
    assert segs[3].word == word.split("-")[1]
    assert segs[4].text == text.split()[4].rstrip(",")


def test_a_number_apart_from_its_word_keeps_its_class():
    doc = make_doc(
        "Jane Doe, the first senator, spoke.", "Jane Doe=PERSON; first=ORDINAL"
    )
    assert [t for t, _ in _shape(sentence_segments(doc[:]))][:5] == [
        "PERSON",
        "COMMA",
        "DET",
        "ADV",
        "TITLE",
    ]


@pytest.mark.parametrize(
    ("text", "ents", "want"),
    [
        # a member of a parliament, or someone's second, alone
        (
            "Norvik Duma deputy Ines Varga spoke.",
            "Norvik Duma=ORG; Ines Varga=PERSON",
            [("Deputy", "")],
        ),
        ("His deputy Ines Varga spoke.", "Ines Varga=PERSON", [("Deputy", "")]),
        # a qualifier of the title after it, across the organisation the scan
        # stops at (segment_qualifiers)
        (
            "Norland's deputy UN ambassador Ines Varga spoke.",
            "Norland=GPE; UN=ORG; Ines Varga=PERSON",
            [("Ambassador", "deputy")],
        ),
        (
            "The deputy transport minister Ines Varga spoke.",
            "Ines Varga=PERSON",
            [("Transport Minister", "deputy")],
        ),
    ],
)
def test_deputy_alone_is_a_title_and_before_a_title_its_qualifier(text, ents, want):
    segs = sentence_segments(make_doc(text, ents)[:])
    titles = [
        (t.title, t.qualifier) for s in segs if s.tag == "TITLE" for t in s.titles
    ]
    assert titles == want


@pytest.mark.parametrize(
    ("text", "ents", "want"),
    [
        # an alias aside folds into the name: the person meets the verb
        (
            "Ines Varga, better known as Nessa, is the chair of Halvorsen Group.",
            "Ines Varga=PERSON; Nessa=PERSON; Halvorsen Group=ORG",
            [("PERSON", "Ines Varga"), ("BE", "is")],
        ),
        (
            "Ines Varga, often referred to in Norvish as Nessa or Ness, was chair.",
            "Ines Varga=PERSON; Norvish=LANGUAGE; Nessa=PERSON; Ness=PERSON",
            [("PERSON", "Ines Varga"), ("BE", "was")],
        ),
        # after the name's bracket too, one too long to fold on its own
        (
            "Ines Varga (/i n e s/; [i n e s]; c. 1901 - 1970), also "
            "called Nessa, was chair of Halvorsen.",
            "Ines Varga=PERSON; 1901=DATE; 1970=DATE; Nessa=PERSON; Halvorsen=ORG",
            [("PERSON", "Ines Varga"), ("BE", "was")],
        ),
        # a former name
        (
            "Ines Varga, formerly Ines Holm, is the chair of Halvorsen Group.",
            "Ines Varga=PERSON; Ines Holm=PERSON; Halvorsen Group=ORG",
            [("PERSON", "Ines Varga"), ("BE", "is")],
        ),
        # no naming verb, or other words: an apposition, left as it is
        (
            "Ines Varga, formerly of Halvorsen Group, is the chair.",
            "Ines Varga=PERSON; Halvorsen Group=ORG",
            [("PERSON", "Ines Varga"), ("COMMA", ",")],
        ),
        (
            "Ines Varga, the sister of Nessa, is the chair of Halvorsen Group.",
            "Ines Varga=PERSON; Nessa=PERSON; Halvorsen Group=ORG",
            [("PERSON", "Ines Varga"), ("COMMA", ",")],
        ),
        (
            "Ines Varga, known to her staff as Nessa, is the chair.",
            "Ines Varga=PERSON; Nessa=PERSON",
            [("PERSON", "Ines Varga"), ("COMMA", ",")],
        ),
    ],
)
def test_an_alias_aside_folds_into_the_name_before_it(text, ents, want):
    segs = sentence_segments(make_doc(text, ents)[:])
    assert _shape(segs)[:2] == want


@pytest.mark.parametrize(
    "text, ents, want",
    [
        # the age between commas is skipped: the description follows the name
        (
            "Jane Doe, 48, a former judge, spoke.",
            "Jane Doe=PERSON",
            [("PERSON", "Jane Doe"), ("COMMA", ","), ("DET", "a")],
        ),
        (
            "Jane Doe, 48, chief executive of Acme Corp, spoke.",
            "Jane Doe=PERSON; Acme Corp=ORG",
            [("PERSON", "Jane Doe"), ("COMMA", ","), ("TITLE", "chief executive")],
        ),
        # no person before it, a year, or no comma after it: kept
        (
            "Acme Corp, 48, a maker of tools, said.",
            "Acme Corp=ORG",
            [("ORG", "Acme Corp"), ("COMMA", ","), ("W", "48")],
        ),
        (
            "Jane Doe, 2014, a judge, spoke.",
            "Jane Doe=PERSON",
            [("PERSON", "Jane Doe"), ("COMMA", ","), ("W", "2014")],
        ),
        (
            "Jane Doe, 48 years old, spoke.",
            "Jane Doe=PERSON",
            [("PERSON", "Jane Doe"), ("COMMA", ","), ("W", "48")],
        ),
    ],
)
def test_an_age_after_a_name_is_left_out_of_the_segments(text, ents, want):
    assert _shape(sentence_segments(make_doc(text, ents)[:]))[:3] == want


@pytest.mark.parametrize(
    "text, ents, want",
    [
        # a party and state between commas folds into the name; the comma
        # after it stays, opening the apposition
        (
            "Jo Varga, R-Utah, chairman of the Banking Committee, spoke.",
            "Jo Varga=PERSON; Utah=GPE; Banking Committee=ORG",
            [("PERSON", "Jo Varga"), ("COMMA", ","), ("TITLE", "chairman")],
        ),
        (
            "Jo Varga, D-N.Y., the minority leader, spoke.",
            "Jo Varga=PERSON",
            [("PERSON", "Jo Varga"), ("COMMA", ","), ("DET", "the")],
        ),
        (
            "Jo Varga, R-Utah and Al Holm, D-Ohio, the chair and deputy, spoke.",
            "Jo Varga=PERSON; Utah=GPE; Al Holm=PERSON; Ohio=GPE",
            [("PERSON", "Jo Varga"), ("AND", "and"), ("PERSON", "Al Holm")],
        ),
        # not a party's initial, or no closing comma: kept
        (
            "Jo Varga, X-Utah, chairman of the Banking Committee, spoke.",
            "Jo Varga=PERSON; Utah=GPE; Banking Committee=ORG",
            [("PERSON", "Jo Varga"), ("COMMA", ","), ("CAP", "X")],
        ),
        (
            "Jo Varga, R-Utah said so.",
            "Jo Varga=PERSON; Utah=GPE",
            [("PERSON", "Jo Varga"), ("COMMA", ","), ("CAP", "R")],
        ),
    ],
)
def test_a_party_and_state_after_a_name_fold_into_it(text, ents, want):
    doc = make_doc(text, ents)
    got = _shape(sentence_segments(doc[:]))[: len(want)]
    assert got == want


def test_a_capitalised_pronoun_is_no_name():
    # "It's" opens the sentence: no organisation "It" owns the president
    doc = make_doc("It's President Jo Varga's turn.", "Jo Varga=PERSON")
    assert _shape(sentence_segments(doc[:]))[:3] == [
        ("W", "it"),
        ("POSS", "'s"),
        ("TITLE", "President"),
    ]


@pytest.mark.parametrize(
    "text, ents, title",
    [
        # a lower-case portfolio after an office's "of"/"for" is its field
        (
            "Jo Varga, the minister for health, spoke.",
            "Jo Varga=PERSON",
            "Health Minister",
        ),
        (
            "Jo Varga, minister of foreign affairs, spoke.",
            "Jo Varga=PERSON",
            "Foreign Minister",
        ),
        # words that are no portfolio stay out of the title
        (
            "Jo Varga, the minister for the people, spoke.",
            "Jo Varga=PERSON",
            "Minister",
        ),
        (
            "Jo Varga, the minister for many years, spoke.",
            "Jo Varga=PERSON",
            "Minister",
        ),
    ],
)
def test_a_lower_case_portfolio_after_an_office_is_its_field(text, ents, title):
    segs = sentence_segments(make_doc(text, ents)[:])
    got = [t.title for s in segs if s.tag == "TITLE" for t in s.titles]
    assert got == [title]
