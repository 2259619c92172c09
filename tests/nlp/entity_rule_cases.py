"""One positive and one negative invented case per entity rule id (orgs, persons,
sports, non_entities)."""

# id -> (positive text, entities expected in doc.ents as (text, label, id) - an empty id
# checks
#        text and label only - or, for non-entities, texts that must not be a name
# entity;
#        negative text)
CASES = {
    "org:head-of": (
        "Officials at the Ministry of Roads and Ports said on Monday the plan was "
        "ready .",
        [("Ministry of Roads and Ports", "ORG", "org:head-of")],
        "Officials at the ministry of roads said on Monday the plan was ready .",
    ),
    "org:leading-head": (
        # Arabic, Urdu or Malay names put the head first: "Front", "Army", "Party".
        "Fighters of Jabhat al-Nuri and Jaysh Fateh al-Salam clashed near the town .",
        [
            ("Jabhat al-Nuri", "ORG", "org:leading-head"),
            ("Jaysh Fateh al-Salam", "ORG", "org:leading-head"),
        ],
        "The jaysh of the town said jabhat al-nuri had left .",
    ),
    "org:name-head": (
        "A spokesman for the Harbour Freight Authority declined to comment .",
        [("Harbour Freight Authority", "ORG", "org:name-head")],
        "A spokesman for the port authority declined to comment .",
    ),
    "org:designator": (
        "Analysts at Brown Shipley & Co. expect the rate to rise .",
        [("Brown Shipley & Co.", "ORG", "org:designator")],
        "Analysts at brown shipley & co. expect the rate to rise .",
    ),
    "org:subject-is-kind": (
        "Quillfern is a Danish furniture brand based in Aarhus .",
        [("Quillfern", "ORG", "org:subject-is-kind")],
        # Stop words between the article and the noun: a member of a band is a person.
        "Quillfern was a member of the band .",
    ),
    "org:subject-founded": (
        "Tamsk Works was founded in 1921 by two brothers .",
        [("Tamsk Works", "ORG", "org:subject-founded")],
        "Tamsk Works was sold in 1921 by two brothers .",
    ),
    "org:object-of-employment": (
        "Lena Ostrova joined Brackwater Freight in 2015 as an analyst .",
        [("Brackwater Freight", "ORG", "org:object-of-employment")],
        # A possessive names the owner of the employer, not the employer.
        "Lena Ostrova worked for Brackwater's harbour office in 2015 .",
    ),
    "org:object-of-founding": (
        "Lena Ostrova co-founded Quillfern Labs in 2015 with two friends .",
        [("Quillfern Labs", "ORG", "org:object-of-founding")],
        # A possessive names the owner of what was founded, not the organisation.
        "Lena Ostrova founded Brackwater's harbour office in 2015 .",
    ),
    "org:object-of-fronted-joining": (
        "Before joining Quillfern , Denis Arvo was chairman of Tollbay .",
        [("Quillfern", "ORG", "org:object-of-fronted-joining")],
        # No comma after the name: a person joined on stage is no employer.
        "Before joining Denis Arvo on stage she sang alone .",
    ),
    "sports:result-line": (
        "SOCCER - LEAGUE RESULTS .\nResults of matches on Saturday :\nRiverton 2 "
        "Kingsbay 1\nAshford 0 Millbrook 3\n",
        [
            ("Riverton", "ORG", "sports:result-line"),
            ("Kingsbay", "ORG", "sports:result-line"),
        ],
        "SOCCER - LEAGUE RESULTS .\nRiverton won 2 of their last 3 games .\n",
    ),
    "sports:standings-row": (
        "Standings after Saturday :\nRiverton 4 3 1 0 9 2 10\nKingsbay 4 2 1 1 6 4 7\n",
        [
            ("Riverton", "ORG", "sports:standings-row"),
            ("Kingsbay", "ORG", "sports:standings-row"),
        ],
        # A table of figures starting with a decimal is a company's forecast,
        # not a league table (games played are whole).
        "Standings after Saturday :\nRiverton has 4 points .\nSales 9.06 9.31 8.42\n",
    ),
    "sports:fixture": (
        "Fixtures for Sunday :\nRiverton v Kingsbay\n",
        [("Riverton", "ORG", "sports:fixture"), ("Kingsbay", "ORG", "sports:fixture")],
        "Fixtures for Sunday :\nRiverton against Kingsbay\n",
    ),
    "sports:beat-line": (
        "Close of play :\nRiverton beat Kingsbay by six wickets .\n",
        [
            ("Riverton", "ORG", "sports:beat-line"),
            ("Kingsbay", "ORG", "sports:beat-line"),
        ],
        "Close of play :\nRiverton beat the weather and won .\n",
    ),
    "place:compass-landform": (
        "Troops entered the West Bank town of Harrowgate on Monday .",
        [("West Bank", "GPE", "place:compass-landform")],
        "Troops camped on the west bank of the river on Monday .",
    ),
    "sports:player-country": (
        "Second round :\nAnna Berglund ( Sweden ) beat Maria Costa ( Portugal ) 6-3 "
        "6-4\n",
        # The model finds these two-word names itself; the shape rule yields to it
        # (conflict policy).
        [("Anna Berglund", "PERSON", ""), ("Maria Costa", "PERSON", "")],
        "Second round :\nthe seeds ( two ) went through\n",
    ),
    "sports:player-minute": (
        # A minute in brackets after a name: a scorer, or a player substituted
        # (the substitute's name before the minute). The model finds these names
        # itself; the rule tells a person where it reads an organisation
        # (test_entity_merge).
        "Scorers :\nTomas Varga ( 13th ) , Ilja Brenner ( 88th minute )\n"
        "Line-up : Otto Kessler ( 12 - Ruud Amsel 78th ) , Karl Weber\n",
        [
            ("Tomas Varga", "PERSON", ""),
            ("Ilja Brenner", "PERSON", ""),
            ("Otto Kessler", "PERSON", ""),
        ],
        # A place in a league table is no minute.
        "Standings :\nNorvia United ( 2nd ) , Kessel Rovers ( 5th )\n",
    ),
    "place:dateline": (
        "TENNIS - OPEN RESULTS .\nMANCHESTER 2024-03-02\nResults on Saturday .",
        [("MANCHESTER", "GPE", "place:dateline")],
        "TENNIS - OPEN RESULTS .\n2024-03-02 Results on Saturday .",
    ),
    "person:honorific": (
        "Mr. Okonkwo said the vote would be held in May .",
        [("Okonkwo", "PERSON", "person:honorific")],
        "Dr. Office hours were extended , the clinic said .",
    ),
    "person:initial-surname": (
        "The bowler R. Okafor took four wickets .",
        [("R. Okafor", "PERSON", "person:initial-surname")],
        "It was part B. The rest followed .",
    ),
    "person:subject-of-role": (
        # The bare model tags this lone surname ORG; only a person is a professor.
        "Marrow previously served as chief operating officer at Bellhaven Foods .",
        [
            ("Marrow", "PERSON", "person:subject-of-role"),
            ("Bellhaven Foods", "ORG", ""),
        ],
        # Countries and companies are members: "member" is not a person-only word.
        "Norvia is a member of the trade bloc .",
    ),
    "person:subject-of-personal-verb": (
        "In 1921, Marrow quit his post at Bellhaven Foods .",
        [("Marrow", "PERSON", "person:subject-of-personal-verb")],
        # Things are sold, not born: no personal verb, no cue.
        "In 1921, Marrow was sold to Bellhaven Foods .",
    ),
    "org:object-kind-apposition": (
        # A name right after an organisation's kind noun names that organisation.
        "Jane Doe , director of the toy company Acme Toys , says so . He ran "
        "the news website Kestrelbart , which closed .",
        [
            ("Acme Toys", "ORG", "org:object-kind-apposition"),
            ("Kestrelbart", "ORG", "org:object-kind-apposition"),
        ],
        # Not before a verb: the party a person leads is no apposition.
        "It is the party Jane Doe leads now .",
    ),
    "nonent:document-type": (
        "The two agencies signed an MoU and a CEO spoke . The President 's Executive "
        "Order and the housing White Paper came before the Budget .",
        ["MoU", "CEO", "Executive Order", "White Paper", "Budget"],
        "The mouse clicked on the icon .",
    ),
    "nonent:term-acronym": (
        # Initialisms of common nouns, written as written (an "Ai" is no match).
        "Kestrel Bank said FDI and GDP rose , NGOs and MPs agreed , and its AI unit "
        "and its VAT bill grew .",
        ["FDI", "GDP", "NGOs", "MPs", "AI", "VAT"],
        "Ai Weiwen of Kestrel Bank spoke .",
    ),
    "nonent:job-title": (
        "Director General Amara Okafor opened the meeting .",
        ["Director General", ("Amara Okafor", "PERSON", "")],
        "The directorate opened the meeting .",
    ),
    "nonent:title-abbreviation": (
        # An abbreviated rank before a name is no name of its own.
        "Maj. Gen. Tom Hale and Lt. Ann Poe spoke in Brussels .",
        ["Maj.", "Lt."],
        "Major Tom Hale spoke in Brussels .",
    ),
    "nonent:academic-field": (
        # The field of a chair is no name, whatever the model made of it.
        # A field may open with an acronym ("EU Law").
        "Kessling is Professor Emeritus of Marine Geology at Harwick University . "
        "Olsen , a professor of EU Law at Harwick University , agreed .",
        ["Emeritus of Marine Geology", "Marine Geology", "EU", "EU Law"],
        "Kessling is Professor Emeritus at Harwick University .",
    ),
    "nonent:data-size": (
        # "GB" after a number is gigabytes, not Great Britain.
        "The phone has 64 GB of storage and a 2 TB drive .",
        ["GB", "TB"],
        "The GB squad won in Leeds .",
    ),
    "nonent:temperature-scale": (
        # A scale after a number or "degrees" is a unit, not a person or a firm.
        "It was 1.5 Fahrenheit warmer , a few degrees Celsius above the mean .",
        ["Fahrenheit", "Celsius"],
        "Kelvin Moore scored twice for Harwick .",
    ),
    "nonent:stock-index": (
        # A share index is no organisation, however the model reads "the Dow".
        "The Dow Jones industrial average and the FTSE 100 fell on Monday .",
        ["Dow Jones", "FTSE 100"],
        "Shares of Acme Mills fell on Monday .",
    ),
    "nonent:storm-name": (
        # A named storm is weather, not an organisation or a person: the model
        # read "Cyclone Dineo" as one and "Storm Stella" as the other.
        "Severe Tropical Cyclone Orla and Storm Bertil hit the coast as Hurricane-Ide "
        "turned north .",
        [
            "Severe Tropical Cyclone Orla",
            "Storm Bertil",
            "Orla",
            "Bertil",
            "Hurricane-Ide",
        ],
        # a company named for one ends in an organisation's word
        "Shares of Cyclone Group rose after the storm .",
    ),
    "nonent:index-name": (
        # An economic or share index ends in "Index", whoever publishes it.
        "The Harbour Composite Output Index rose while the Norland Business "
        "Sentiment Index fell .",
        ["Harbour Composite Output Index", "Norland Business Sentiment Index"],
        "The Index on Censorship and the index of prices were cited .",
    ),
    "nonent:financial-instrument": (
        # Bonds, receipts and benchmark rates are traded, not organisations.
        "Kestrel Mills ' Global Depositary Receipts ( GDRs ) rose as PIBOR futures"
        " fell .",
        ["Global Depositary Receipts", "GDRs", "PIBOR"],
        "Kestrel Mills rose on Monday .",
    ),
    "nonent:identity-acronym": (
        # "LGBTQ" describes people; it names no organisation of its own.
        "Rights for LGBTQ people and LGBT teens were discussed .",
        ["LGBTQ", "LGBT"],
        "Members of the LGB Alliance met on Monday .",
    ),
    "nonent:religion": (
        # A faith is no organisation or person, whatever the model made of it.
        "Scholars of Islam and Judaism met in Cairo .",
        ["Islam", "Judaism"],
        "Scholars from Islamabad met in Cairo .",
    ),
    "nonent:currency": (
        "Prices quoted in USD and EUR rose on Friday .",
        ["USD", "EUR"],
        "The USDA said prices rose on Friday .",
    ),
    "nonent:time-zone": (
        "The market closed at 1600 GMT on Friday .",
        ["GMT"],
        "GMTV broadcast the match .",
    ),
    "nonent:table-heading": (
        "Riverton 2 Kingsbay 1\nAttendance : 12,000\n",
        ["Attendance"],
        "Attendances fell this season .",
    ),
    "nonent:portfolio-word": (
        # A ministry's field alone is no name: what is left of "the Security and
        # Energy committees"; a party or department named by one such word
        # (Labour, Treasury) is not in the pattern.
        "Security and Energy officials of Marlow met on Monday .",
        ["Security", "Energy"],
        "Labour and Treasury officials met the energy minister on Monday .",
    ),
    "nonent:sport": (
        "TENNIS - SEEDED PLAYERS ADVANCE IN OPEN .\n",
        ["TENNIS"],
        "The Davis Cup final in Perth was sold out on Monday .",
    ),
    "sports:fixture-at": (
        "BASEBALL - SCHEDULE .\nKESTREL CITY AT RIVERTON\n",
        [("KESTREL CITY", "ORG", "sports:fixture-at"), ("RIVERTON", "ORG", "")],
        "BASEBALL - SCHEDULE .\nKestrel City at Riverton\n",
    ),
    "sports:score-sentence": (
        "Chicago beat Houston 5-3 on Sunday .",
        [("Chicago", "ORG", "sports:score-sentence"), ("Houston", "ORG", "")],
        "Chicago beat Houston in the vote on Sunday .",
    ),
    "sports:innings": (
        "Riverton : Kestrelshire 214 ( A. Smith 84 ) , Dunmore 108-3 .",
        [("Kestrelshire", "ORG", "sports:innings")],
        "Riverton : Kestrelshire said 214 people came to the ground .",
    ),
    "org:web-platform": (
        "The minister wrote on Twitter that the talks had failed .",
        [("Twitter", "ORG", "org:web-platform")],
        "The minister wrote in a letter that the talks had failed .",
    ),
    "org:alias-lexicon": (
        "Fighters of the Islamic State of Iraq and the Levant left the town .",
        [("Islamic State of Iraq and the Levant", "ORG", "org:alias-lexicon")],
        "Fighters of the Kestrel Front of Iraq and the Levant left the town .",
    ),
    "nonent:acronym-plural": (
        "Several MPs and two MEPs voted against the plan on Tuesday .",
        ["MPs", "MEPs"],
        "The MP voted against the plan on Tuesday .",
    ),
    "nonent:exit-portmanteau": (
        "Markets fell after the Brexit vote and talk of a Grexit .",
        ["Brexit", "Grexit"],
        "Markets fell after the Exit vote and talk of an exit .",
    ),
    "nonent:era": (
        # An era after a year or a century is part of a date, not an organisation.
        "The wall was built in 206 BC , rebuilt in AD 24 and again in the 3rd "
        "century BCE .",
        ["BC", "AD", "BCE"],
        "The BC Ferries board and AD Holdings met in 2020 .",
    ),
    "nonent:web-handle": (
        # A user name on a social network is an address, not a name.
        "Great job by @KXTV tonight . Breakfast with the mayor . @kpnews",
        ["@KXTV", "@kpnews"],
        "Fans wrote to Kestrel Port on Monday .",
    ),
    "nonent:first-person": (
        # The writer's "I" names no one, even where the model reads a person.
        "My son and I left . I hope Dana Okafor wins .",
        ["I", "I"],
        "It was Phase II of the plan that Dana Okafor began .",
    ),
    "nonent:mangled-contraction": (
        # Text that lost its apostrophes to a straight double quote: "Don't".
        'Don"t miss the ferry , and isn"t it late ?',
        ['Don"t', 'isn"t'],
        "Don Alvarez missed the ferry .",
    ),
    "nonent:cut-contraction": (
        # Scraped text that lost the end of "you're": a pronoun, not a name.
        "You'r welcome , said the host . We'r late and they'r early .",
        ["You'r", "We'r", "they'r"],
        "Yourk Wells and Weir Hall said they were late .",
    ),
    "nonent:saints-day": (
        # A saint's feast day is a holiday, not a mention of the saint.
        "The parade on St Patrick 's Day drew crowds , and St. Andrew 's Day too .",
        ["St Patrick", "St. Andrew 's Day", "Day"],
        "Pope Patrick 's Day of prayer drew crowds .",
    ),
    "nonent:portfolio-title": (
        # A minister's portfolio is part of the title: no organisation, and cut off a
        # person's name.
        "Speaking in Dublin , Minister for Children Katherine Zappone said so . "
        "US Secretary of Defense James Mattis visited Seoul . Lena Holt , the "
        "army 's Director of Intelligence , agreed .",
        [
            "Children Katherine Zappone",
            "Defense",
            "Intelligence",
            ("Katherine Zappone", "PERSON", ""),
        ],
        "The Department of Defense and Katherine Zappone agreed .",
    ),
}
