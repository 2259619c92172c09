"""Tokenizer adjustments for scraped text, on a blank English pipeline."""

from __future__ import annotations

import pytest
import spacy

from pipeline.nlp.tokens import adapt_tokenizer, doc_text, join_co_verbs, with_text


@pytest.fixture(scope="module")
def nlp():
    return adapt_tokenizer(spacy.blank("en"))


@pytest.mark.parametrize(
    "text,tokens",
    [
        (
            "the Sinn F\ufffd\ufffdin leader",
            ["the", "Sinn", "F\ufffd\ufffdin", "leader"],
        ),
        ("Source:-Al Jazeera", ["Source", ":-", "Al", "Jazeera"]),
        ("he said.-The minister", ["he", "said", ".-", "The", "minister"]),
        ('the gop"?White House', ["the", "gop", '"?', "White", "House"]),
        ('and Ondara,"?Quell said', ["and", "Ondara", ',"?', "Quell", "said"]),
        ('was it?"?Quell asked', ["was", "it", '?"?', "Quell", "asked"]),
        ('now!"?"?Ode Roe', ["now", '!"?"?', "Ode", "Roe"]),
        ('our land,"-Quell said', ["our", "land", ',"-', "Quell", "said"]),
        ("Harbourton (HTV)Mayor Ode", ["Harbourton", "(", "HTV", ")", "Mayor", "Ode"]),
        (
            "the Tory Party,-described it",
            ["the", "Tory", "Party", ",-", "described", "it"],
        ),
        ("Harbour Greens-(HG) won", ["Harbour", "Greens", "-(", "HG", ")", "won"]),
        ("aide Ode Miller- the man", ["aide", "Ode", "Miller", "-", "the", "man"]),
        ("of projects.- Ode Roe", ["of", "projects", ".-", "Ode", "Roe"]),
        # a dash lost before the '"?', the run after a closing quote or ending in
        # a second quote, a comma or a lost character, a hyphen after a capital's
        # full stop before a quote, a word opening with the run
        ('Ode Roe-"?disclosures', ["Ode", "Roe", '-"?', "disclosures"]),
        ('at KESTREL.""?,Sen. Roe', ["at", "KESTREL", '.""?,', "Sen.", "Roe"]),
        ('at Kestrel.""?,Sen. Roe', ["at", "Kestrel", ".", '""?,', "Sen.", "Roe"]),
        ('Minutes,"?"Everybody knows', ["Minutes", ',"?"', "Everybody", "knows"]),
        ('the news"?,He said', ["the", "news", '"?,', "He", "said"]),
        ('Ode Roe,"?"\ufffdQuell', ["Ode", "Roe", ',"?"\ufffd', "Quell"]),
        ('told KTV.-"It was', ["told", "KTV", ".-", '"It', "was"]),
        ('Ode Roe -"?may go', ["Ode", "Roe", '-"?', "may", "go"]),
        # a lost apostrophe inside a name stays ("O'Brien")
        ('Ode O"\ufffdBrien said', ["Ode", 'O"\ufffdBrien', "said"]),
        # A rank's abbreviation keeps its dot, whatever its case (at a sentence's
        # end too: "Col." is rarely Colorado); a word not listed is split as before
        ("Lt. Col. Ode Roe", ["Lt.", "Col.", "Ode", "Roe"]),
        ("sens. Ode and Roe", ["sens.", "Ode", "and", "Roe"]),
        ("to the Col.", ["to", "the", "Col."]),
        ("the Cols. Ode", ["the", "Cols", ".", "Ode"]),
        # A capitalised co- word of the lexicon stays whole, with what follows it
        # split off as usual; lower case and other co- words split as before.
        (
            "the Harbour Co-operation Council",
            ["the", "Harbour", "Co-operation", "Council"],
        ),
        ("(Co-op's)", ["(", "Co-op", "'s", ")"]),
        ("Co-ordination, please", ["Co-ordination", ",", "please"]),
        ("their co-operation", ["their", "co", "-", "operation"]),
        ("Co-founder Ode Roe", ["Co", "-", "founder", "Ode", "Roe"]),
        # Unchanged: abbreviations before a hyphen, hyphenated words, emoji.
        ("U.S.-Mexico talks", ["U.S.-Mexico", "talks"]),
        ("a well-known co-op", ["a", "well", "-", "known", "co", "-", "op"]),
        ("smile \U0001f600 ok", ["smile", "\U0001f600", "ok"]),
        ("(HTV) Mayor", ["(", "HTV", ")", "Mayor"]),
        ("f(X)Y", ["f(X)Y"]),
        ("a 3-(4) split", ["a", "3-(4", ")", "split"]),
        ("the A- grade", ["the", "A-", "grade"]),
    ],
)
def test_tokens(nlp, text, tokens):
    assert [t.text for t in nlp(text)] == tokens


def test_offsets_and_text_are_kept(nlp):
    text = 'Source:-Al Jazeera, gop"?White F\ufffdin.'
    doc = nlp(text)
    assert doc.text == text
    assert all(text[t.idx : t.idx + len(t)] == t.text for t in doc)


@pytest.mark.parametrize(
    "text, label, parts",
    [
        # A glue token from `adapt_tokenizer` ends a name.
        ("Harbour Greens-(HG) won", "ORG", ["Harbour Greens", "HG"]),
        ("the Tory Party,-described", "ORG", ["Tory Party"]),
        ("Ode Wesolowska- Tel", "PERSON", ["Ode Wesolowska", "Tel"]),
        ("projects.- Ode Roe", "PERSON", ["Ode Roe"]),
        # A scorecard's marks split players, whatever the label.
        ("c Quell b Odera 12", "ORG", ["Quell", "Odera"]),
        ("Roe lbw b Odera", "ORG", ["Roe", "Odera"]),
        # Negative: a capitalised "B" is a name's initial.
        ("Ode B Roe", "ORG", ["Ode B Roe"]),
        ('for Quell,"?Ode Roe said', "ORG", ["Quell", "Ode Roe"]),
        # A hyphen inside a name or a spaced dash stays as before.
        ("Hewlett-Packard Co", "ORG", ["Hewlett-Packard Co"]),
        ("Ode Miller-Smith", "PERSON", ["Ode Miller-Smith"]),
        # A particle hyphened to a name opens an organisation's name; a lower-case
        # description before it still goes.
        ("al-Zarqa Brigade", "ORG", ["al-Zarqa Brigade"]),
        ("pro-Zarqa Brigade", "ORG", ["Zarqa Brigade"]),
        ("al Zarqa Brigade", "ORG", ["al Zarqa Brigade"]),
        ("do Zarqa Brigade", "ORG", ["Zarqa Brigade"]),
    ],
)
def test_a_glued_punctuation_token_ends_a_name(nlp, text, label, parts):
    from pipeline.nlp.spans import name_parts

    doc = nlp(text)
    got = name_parts(doc, 0, len(doc), label)
    assert [doc[a:b].text for a, b in got] == parts


@pytest.mark.parametrize(
    "text,tokens",
    [
        ("Okafor co-founded Beta.", ["Okafor", "co-founded", "Beta", "."]),
        ("Co-founded in 2001", ["Co-founded", "in", "2001"]),
        ("and co-chaired it", ["and", "co-chaired", "it"]),
        # nouns keep their parts: "co-chair" is read as a title from them
        ("the co-chair of Acme", ["the", "co", "-", "chair", "of", "Acme"]),
        ("a co-founder", ["a", "co", "-", "founder"]),
        # other hyphenated words keep their parts: titles are read from them
        ("the vice-president", ["the", "vice", "-", "president"]),
        ("co - founded", ["co", "-", "founded"]),
        ("the co-CEO", ["the", "co", "-", "CEO"]),
        ("x-co-founded", ["x", "-", "co", "-", "founded"]),
        ("co-", ["co", "-"]),
        ("-", ["-"]),
        ("", []),
    ],
)
def test_co_verbs_are_one_token_for_the_parse(nlp, text, tokens):
    doc = join_co_verbs(nlp(text))
    assert [t.text for t in doc] == tokens
    assert doc.text == text


def test_doc_text_is_the_text_built_once(nlp):
    doc = nlp("Ode Roe met  the board.\nThen she left.")
    first = doc_text(doc)
    assert first == doc.text == "Ode Roe met  the board.\nThen she left."
    assert doc_text(doc) is first
    with doc.retokenize() as retokenizer:  # a Doc's text survives retokenizing
        retokenizer.merge(doc[0:2])
    assert doc_text(doc) == doc.text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "\n\n Ode Roe\t met\u00a0the board .\r\n",
        'Sinn F\ufffd\ufffdin,"?Quell said:-now',
        "\u200b\u2028 x \U0001f600  y",
        "(" * 40 + " " + "-" * 30,
    ],
)
def test_a_doc_given_its_text_reads_back_the_text_the_tokenizer_kept(nlp, text):
    # The runner hands each Doc the string it was made from (`with_text`): that is
    # only right because the tokenizer keeps every character of it.
    doc = with_text(nlp.make_doc(text), text)
    assert doc_text(doc) is text
    assert doc.text == text
