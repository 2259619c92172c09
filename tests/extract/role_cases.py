"""Sentence -> expected role rows, one block per pattern id (written for this project).

Imported by test_roles.py as `role_cases` (tests/extract is on sys.path under pytest's
default import mode).

Each case is (rule_id, sentence, expected) where expected is the exact set of
(person, title, qualifier, org) rows role_rows must produce for the sentence.
A case whose expected rows carry `rule_id` is a positive case of that id; a
case listed under an id with no row from that id is a negative case of it.
"""

from __future__ import annotations

CEO = "Chief Executive Officer"
CTO = "Chief Technology Officer"

ROLE_CASES: list[tuple[str, str, set[tuple[str, str, str, str]]]] = [
    (
        "role:prenominal_title_of_org",
        "Acting Director General of Norvik Telecom Ltd Sarah Whitfield opened the "
        "plant.",
        {("Sarah Whitfield", "Director General", "acting", "Norvik Telecom Ltd")},
    ),
    (
        "role:prenominal_title_of_org",
        "The Director General of Norvik Telecom Ltd will open the plant on Monday.",
        set(),
    ),
    (
        "role:prenominal_title_of_org",
        "Permanent Representative to the Norland Union Sarah Whitfield spoke.",
        {("Sarah Whitfield", "Permanent Representative", "", "Norland Union")},
    ),
    (
        # a possessive country and a modifier before the organisation
        "role:prenominal_title_of_org",
        "Deputy Chairman of Norway's ruling Unity Party Jan Hale said the talks were "
        "useful.",
        {("Jan Hale", "Vice Chair", "", "Unity Party")},
    ),
    (
        "role:prenominal_title_of_org",
        "The chairman of Norway's ruling Unity Party met Jan Hale on Monday.",
        set(),
    ),
    (
        "role:prenominal_title_of_org",
        # A courtesy title is no organisation: the spokesman works for Ms Holt.
        "A spokesman for Mrs Dana Holt said the report was unfair.",
        set(),
    ),
    (
        # a player's position is the role he holds at his club
        "role:prenominal_org_title",
        "Kestrel Rovers striker Ola Berg scored twice on Saturday.",
        {("Ola Berg", "Striker", "", "Kestrel Rovers")},
    ),
    (
        # a guest list: the organisation set off by a comma
        "role:appos_person_title_org",
        "Guests: Lena Fisk, executive director, Brightwater Analytics.",
        {("Lena Fisk", "Executive Director", "", "Brightwater Analytics")},
    ),
    (
        # a possessive country before the organisation
        "role:appos_person_title_org",
        "Jana Brill, Deputy Speaker of Norland's State Assembly, opened the session.",
        {("Jana Brill", "Speaker", "deputy", "State Assembly")},
    ),
    (
        # two people, two titles: one each, in order (role_respectively)
        "role:appos_person_title_org",
        "Lena Fisk and Omar Dahl, the chairman and treasurer of the Northfield "
        "Rowing Club, signed the letter.",
        {
            ("Lena Fisk", "Chair", "", "Northfield Rowing Club"),
            ("Omar Dahl", "Treasurer", "", "Northfield Rowing Club"),
        },
    ),
    (
        # one person: both titles are hers
        "role:appos_person_title_org",
        "Lena Fisk met Omar Dahl, the chairman and treasurer of the Northfield "
        "Rowing Club.",
        {
            ("Omar Dahl", "Chair", "", "Northfield Rowing Club"),
            ("Omar Dahl", "Treasurer", "", "Northfield Rowing Club"),
        },
    ),
    (
        "role:appos_person_title_org",
        "Ola Berg, a midfielder for Kestrel Rovers, was injured in training.",
        {("Ola Berg", "Midfielder", "", "Kestrel Rovers")},
    ),
    (
        # a dash for the comma
        "role:appos_person_title_org",
        "Ola Berg - political adviser to the Nordic Unity Front - told reporters the "
        "talks had stalled.",
        {("Ola Berg", "Adviser", "", "Nordic Unity Front")},
    ),
    (
        # a guest list run together: each title is the name's before it, not the
        # next name's (role:prenominal_title_of_org does not read it)
        "role:appos_person_title_org",
        "Guests: Ola Berg - senior lecturer at Brightwater College Lena Holt - "
        "director at Tessaly Partners",
        {
            ("Ola Berg", "Senior Lecturer", "", "Brightwater College"),
            ("Lena Holt", "Director", "", "Tessaly Partners"),
        },
    ),
    (
        "role:appos_person_title_org",
        "Ola Berg - then a teenager - moved to Tessaly Partners in 2004.",
        set(),
    ),
    (
        # an occupation that is no title word, between the organisation and the
        # name (segment_occupations)
        "role:prenominal_org_title",
        "Meridian Airlines pilot Ola Berg landed the plane safely.",
        {("Ola Berg", "Pilot", "", "Meridian Airlines")},
    ),
    (
        # contractors, academics, diplomats and investigators are occupations too
        "role:prenominal_org_title",
        "Former Marlow Bank contractor Tom Reed said the files were real.",
        {("Tom Reed", "Contractor", "former", "Marlow Bank")},
    ),
    (
        # the occupation alone is no title
        "role:prenominal_title",
        "The plane landed safely, said pilot Ola Berg.",
        set(),
    ),
    (
        # a news agency's byline
        "role:prenominal_org_title",
        "Kestrel Press writer Ola Berg contributed to this report.",
        {("Ola Berg", "Writer", "", "Kestrel Press")},
    ),
    (
        # a police rank
        "role:prenominal_org_title",
        "The road stays closed, said Kestrel Mounted Police Corporal Ola Berg.",
        {("Ola Berg", "Corporal", "", "Kestrel Mounted Police")},
    ),
    (
        "role:prenominal_org_title",
        # The office is Norway's: the broadcaster only reported it.
        "Westfield Radio reported Norwegian President Ivar Lund held a call.",
        {("Ivar Lund", "President", "", "")},
    ),
    (
        "role:possessive_appos",
        # A country in the title does not take the office from the possessor.
        "Growth is strong, said Kestrel Insurance's UK country manager, Nelson Qiao.",
        {("Nelson Qiao", "Country Manager", "", "Kestrel Insurance")},
    ),
    (
        # a place the post is for, before the title or after it: not the org
        "role:possessive_appos",
        "Harlow Bank's Asia chief economist, Ada Quist, said rates would rise.",
        {("Ada Quist", "Chief Economist", "", "Harlow Bank")},
    ),
    (
        "role:possessive_appos",
        "Harlow Bank's chief economist in Asia, Ada Quist, said rates would rise.",
        {("Ada Quist", "Chief Economist", "", "Harlow Bank")},
    ),
    (
        # a courtesy title between the apposition's comma and the name
        "role:possessive_appos",
        "Marlow Bank's chief executive, Dr Jane Okafor, said sales rose.",
        {("Jane Okafor", CEO, "", "Marlow Bank")},
    ),
    (
        # "whose" stands for the organisation before it
        "role:whose_title",
        "Shares of Marlow Bank, whose chief executive, Jane Okafor, sold hers, fell.",
        {("Jane Okafor", CEO, "", "Marlow Bank")},
    ),
    (
        # ... not for the owner of a name's possessive: the title alone
        "role:whose_title",
        "Shares of Marlow Bank, whose chief executive Jane Okafor's husband sold "
        "his stake, fell.",
        {("Jane Okafor", CEO, "", "")},
    ),
    (
        "role:whose_title",
        "Shares of Marlow Bank, whose customers include Jane Okafor, fell.",
        set(),
    ),
    (
        "role:appos_title_org_person",
        "The chief executive of Marlow Bank, Dr Jane Okafor, said sales rose.",
        {("Jane Okafor", CEO, "", "Marlow Bank")},
    ),
    (
        "role:appos_title_person",
        "The Norwegian foreign minister, Mr Ivar Lund, said the talks failed.",
        {("Ivar Lund", "Foreign Minister", "", "")},
    ),
    (
        # a lower-case field after the title is part of it (segment_portfolios)
        "role:appos_person_title_org",
        "Jane Okafor, head of research at Marlow Bank, said sales rose.",
        {("Jane Okafor", "Head", "", "Marlow Bank")},
    ),
    (
        "role:appos_person_title",
        "Jane Okafor, the bank's head of research, said sales rose.",
        {("Jane Okafor", "Head", "", "")},
    ),
    (
        # a place before the title, no article
        "role:appos_person_title",
        "Jane Okafor, Marlow police chief, said the roads were closed.",
        {("Jane Okafor", "Chief of Police", "", "")},
    ),
    (
        "role:appos_person_title",
        "Jane Okafor, former Marlow city council leader, said the roads were closed.",
        {("Jane Okafor", "Leader", "former", "")},
    ),
    (
        # a place's possessive, the title right after it
        "role:appos_person_title",
        "Jane Okafor, Marlow's mayor, said the roads were closed.",
        {("Jane Okafor", "Mayor", "", "")},
    ),
    (
        # the title set off before the next name is that name's
        "role:appos_person_title",
        "Jane Okafor, Marlow police chief, Tom Avery, and Ann Roe signed the deal.",
        {("Tom Avery", "Chief of Police", "", "")},
    ),
    (
        # the title goes on to a name: it is that person's
        "role:appos_person_title",
        "Jane Okafor, Marlow police chief Tom Avery and Ann Roe met on Monday.",
        {("Tom Avery", "Chief of Police", "", "")},
    ),
    (
        "role:appos_person_org_title",
        "Ada Quist, the Harlow Bank's West Africa representative, said so.",
        {("Ada Quist", "Representative", "", "Harlow Bank")},
    ),
    (
        "role:prenominal_org_title",
        "Meridian Bank CEO David Okafor said profits rose.",
        {("David Okafor", CEO, "", "Meridian Bank")},
    ),
    (
        "role:prenominal_org_title",
        "Meridian Bank said David Okafor had left the room.",
        set(),
    ),
    (
        "role:prenominal_org_title",
        # a nominee to a body holds no seat there yet
        "Harbour Council nominee Judge Alma Reyes met the senators.",
        {("Alma Reyes", "Judge", "", "")},
    ),
    (
        # a rank or office abbreviated with its dot stays one token, so the dot
        # ends no sentence before the name; a title in the plural is every
        # listed name's
        "role:prenominal_title",
        "Lt. Col. Pieter de Vries and Reps. Anna Dekker and Tom Hale spoke.",
        {
            ("Pieter de Vries", "Lieutenant Colonel", "", ""),
            ("Anna Dekker", "Representative", "", ""),
            ("Tom Hale", "Representative", "", ""),
        },
    ),
    (
        # inside a list, and the title's organisation for each
        "role:prenominal_org_title",
        "Meridian Bank economists Ann Poe, Jo Lind and Tom Hale expect a cut.",
        {
            ("Ann Poe", "Economist", "", "Meridian Bank"),
            ("Jo Lind", "Economist", "", "Meridian Bank"),
            ("Tom Hale", "Economist", "", "Meridian Bank"),
        },
    ),
    (
        # a title in the singular is the first name's alone
        "role:prenominal_title",
        "Sen. Anna Dekker and Tom Hale spoke on Monday.",
        {("Anna Dekker", "Senator", "", "")},
    ),
    (
        # British news writes some ranks' abbreviations without a dot
        "role:prenominal_title",
        "Capt Pieter de Vries and PC Anna Dekker arrived in Brussels.",
        {
            ("Pieter de Vries", "Captain", "", ""),
            ("Anna Dekker", "Constable", "", ""),
        },
    ),
    (
        "role:prenominal_title",
        "Prof Pieter de Vries arrived in Brussels.",
        {("Pieter de Vries", "Professor", "", "")},
    ),
    (
        # "PM" is news shorthand for a prime minister
        "role:prenominal_title",
        "Dutch PM Pieter de Vries arrived in Brussels.",
        {("Pieter de Vries", "Prime Minister", "", "")},
    ),
    (
        "role:prenominal_title",
        "The talks begin at 5 pm, Pieter de Vries said.",
        set(),
    ),
    (
        "role:prenominal_title",
        # a peer's honorific between the title and the name
        "The trade minister Lord Hallam warned the House.",
        {("Hallam", "Trade Minister", "", "")},
    ),
    # a place or a plain word between the article and an appositive title
    (
        "role:appos_person_title",
        "Hanna Berg, 48, a former Colorado attorney general, was confirmed on Monday.",
        {("Hanna Berg", "Attorney General", "former", "")},
    ),
    (
        "role:appos_person_title",
        "Hanna Berg, the library manager, said the books were damaged.",
        {("Hanna Berg", "Manager", "", "")},
    ),
    # a possessive noun as the title's determiner ("the city's mayor"), with no
    # organisation named before it; not when a name follows the title
    (
        "role:appos_person_title",
        "Omar Dahl, the city's mayor, said the road was closed.",
        {("Omar Dahl", "Mayor", "", "")},
    ),
    (
        "role:appos_person_title",
        "Omar Dahl, the city's mayor Ines Varga and two aides met on Monday.",
        {("Ines Varga", "Mayor", "", "")},
    ),
    # a country's possessive, then the office's field: the country's title; a
    # place that is no country gives the title alone
    (
        "role:appos_person_title",
        "Omar Dahl, Egypt's health ministry spokesman, said the road was closed.",
        {("Omar Dahl", "Spokesperson", "", "")},
    ),
    # up to three plain words or places before it
    (
        "role:appos_person_title",
        "Hanna Berg, a renowned stem cell scientist, spoke at the meeting.",
        {("Hanna Berg", "Scientist", "", "")},
    ),
    (
        # the kind of organisation, which is not named: the title alone
        "role:appos_person_title",
        "Helen Zhou, a company spokeswoman, said the plant would close.",
        {("Helen Zhou", "Spokesperson", "", "")},
    ),
    (
        # "former" before the kind is the title's (segment_qualifiers)
        "role:appos_person_title",
        "Helen Zhou, a former oil company executive, joined the board.",
        {("Helen Zhou", "Executive", "former", "")},
    ),
    (
        "role:appos_person_title",
        "The talks failed, said Hanna Berg, a senior rebel commander.",
        {("Hanna Berg", "Commander", "", "")},
    ),
    # an organisation after "Title Name, the/a": a list's next item or a
    # description, not the title's organisation
    (
        "role:tail_org_list",
        "The hackers hit Forbes, Ohio Rep. Jana Brill, the European Parliament "
        "and the police.",
        {("Jana Brill", "Representative", "", "")},
    ),
    (
        "role:tail_org_list",
        "The president fired his deputy Omar Dahl, a Nuer, in 2013.",
        {("Omar Dahl", "Deputy", "", "")},
    ),
    # a title phrase opening a clause after a comma, its holder the speaker
    (
        "role:appos_title_person",
        "Trade is growing fast, Brazil's ambassador to Egypt, Ivan Petrov told "
        "reporters.",
        {("Ivan Petrov", "Ambassador", "", "")},
    ),
    # a title inside a phrase before the speaker is someone else's
    (
        "role:appos_title_person",
        "According to an aide, Ivan Petrov said the talks had stalled.",
        set(),
    ),
    # elected or named to a verb of leading an organisation
    (
        "role:named_title_org",
        "Hanna Berg was elected to chair the Lindqvist Society in 2001.",
        {("Hanna Berg", "Chair", "", "Lindqvist Society")},
    ),
    (
        "role:verb_heads_org",
        "Hanna Berg was chosen to lead the Lindqvist Group after the merger.",
        {("Hanna Berg", "Head", "", "Lindqvist Group")},
    ),
    # a nominee leads nothing yet
    (
        "role:verb_heads_org",
        "Hanna Berg was nominated to lead the Lindqvist Group.",
        set(),
    ),
    (
        # a unit of the organisation: its head is at the organisation
        "role:verb_heads_org",
        "Jane Okafor, who heads Marlow Bank's Asia unit, said rates would rise.",
        {("Jane Okafor", "Head", "", "Marlow Bank")},
    ),
    (
        # ... not another noun the organisation owns
        "role:verb_heads_org",
        "Jane Okafor heads Marlow Bank's talks with regulators.",
        set(),
    ),
    (
        # appointed or named to a title the sentence gives no organisation for
        "role:copula_title",
        "Lena Fisk, who was appointed as chief negotiator, told reporters so.",
        {("Lena Fisk", "Chief Negotiator", "", "")},
    ),
    (
        "role:copula_title",
        "Hanna Berg was named treasurer last week.",
        {("Hanna Berg", "Treasurer", "", "")},
    ),
    # a nominee holds no title yet
    ("role:copula_title", "Hanna Berg was nominated as treasurer last week.", set()),
    # places, nationalities or plain words between the article and the title
    (
        "role:copula_title",
        "Hanna Berg is an American law professor.",
        {("Hanna Berg", "Professor", "", "")},
    ),
    (
        "role:copula_title",
        "Lena Fisk, who is a senior policy adviser, stayed at home.",
        {("Lena Fisk", "Adviser", "", "")},
    ),
    # a comma alone between a name and its verb: the subject is someone else
    (
        "role:copula_title",
        "Tom Reed, who lost the primary to Hanna Berg, is a Norwegian state senator.",
        set(),
    ),
    (
        # "who" after the comma: the name is the clause's subject, whatever
        # governs the name
        "role:copula_title",
        "The era began with Tom Reed, who was president until 1990.",
        {("Tom Reed", "President", "", "")},
    ),
    (
        # a comma after a name set off as an apposition: still the subject
        "role:copula_title",
        "Her husband, Tom Reed, is a senior adviser to the mayor.",
        {("Tom Reed", "Senior Adviser", "", "")},
    ),
    (
        # the same when the nationality makes the title the country's office
        "role:copula_title",
        "Tom Reed, who lost the primary to Hanna Berg, is a Norwegian senator.",
        set(),
    ),
    (
        # after "a" a nationality gives a state's office its country
        "role:appos_person_title",
        "Hanna Berg, a Norwegian MP, opened the debate.",
        {("Hanna Berg", "Member of Parliament", "", "")},
    ),
    (
        # after "who(m)" the name is the appointer, not the appointee
        "role:copula_title",
        "Lena Fisk, who Omar Dahl appointed as treasurer, resigned.",
        set(),
    ),
    (
        # after "which" the name is the copula's subject: her title
        "role:copula_title",
        "Brightwater Analytics, of which Lena Fisk is chairman, grew fast.",
        {("Lena Fisk", "Chair", "", "")},
    ),
    (
        "role:copula_title",
        "Hanna Berg, who has served as an MP since 2009, spoke on Monday.",
        {("Hanna Berg", "Member of Parliament", "", "")},
    ),
    (
        # a possessive country before the organisation
        "role:appos_person_org_title",
        "The plan failed, said Jana Brill, Norland's State Assembly Deputy Speaker.",
        {("Jana Brill", "Speaker", "deputy", "State Assembly")},
    ),
    (
        "role:appos_person_org_title",
        # "then" before the owner of the title is the role's qualifier
        "Ines Falk, then Brightwell's treasurer, signed the deal.",
        {("Ines Falk", "Treasurer", "then", "Brightwell")},
    ),
    (
        "role:prenominal_org_title",
        "The then-Brightwell treasurer Ines Falk signed the deal.",
        {("Ines Falk", "Treasurer", "then", "Brightwell")},
    ),
    (
        # a qualifier glued by a hyphen to a field word before the title
        "role:prenominal_title",
        "Last year then-campaign chairman Ines Falk signed the deal.",
        {("Ines Falk", "Chair", "then", "")},
    ),
    (
        "role:copula_possessive",
        # "formerly", "previously" as "former"; after a copula past the owner too
        "Ines Falk was formerly Brightwell's treasurer.",
        {("Ines Falk", "Treasurer", "former", "Brightwell")},
    ),
    (
        "role:appos_person_title_org",
        "Ines Falk, previously treasurer of Brightwell, spoke on Monday.",
        {("Ines Falk", "Treasurer", "former", "Brightwell")},
    ),
    (
        "role:possessive_prenominal",
        # ... not a "then" of the clause
        "Tom Roe arrived and then Brightwell's treasurer Ines Falk spoke.",
        {("Ines Falk", "Treasurer", "", "Brightwell")},
    ),
    (
        "role:prenominal_title",
        # "chief" opens the title, not a word of its own
        "Chief Judge Alma Reyes ruled on the appeal.",
        {("Alma Reyes", "Chief Judge", "", "")},
    ),
    (
        "role:prenominal_title",
        "The columnist Ms Holt spoke on Monday.",
        {("Holt", "Columnist", "", "")},
    ),
    (
        "role:prenominal_title",
        # a courtesy title between, the title opening the sentence
        "Health Minister Dr Ines Falk opened the clinic.",
        {("Ines Falk", "Health Minister", "", "")},
    ),
    (
        "role:prenominal_title",
        # ... and a religious one ("Ayatollah", lexicon honorifics)
        "Supreme Leader Ayatollah Reza Karimi spoke on Tuesday.",
        {("Reza Karimi", "Supreme Leader", "", "")},
    ),
    (
        "role:prenominal_title",
        # only a peer's or knight's honorific, not a courtesy title of the next clause
        "Omar Vance is a leader Ms Holt has trusted for years.",
        {("Omar Vance", "Leader", "", "")},
    ),
    (
        "role:prenominal_org_title",
        # a nominee's body is not yet theirs, nor is its possessor
        "Meridian Bank's Harbour Council treasurer nominee Ines Falk spoke.",
        {("Ines Falk", "Treasurer", "nominee", "Harbour Council")},
    ),
    (
        "role:possessive_prenominal",
        # a qualifier before the nominee's: still only a nominee
        "Meridian Bank's former treasury secretary nominee Ines Falk spoke.",
        {("Ines Falk", "Treasury Secretary", "former nominee", "")},
    ),
    (
        "role:prenominal_title",
        "Treasury Secretary nominee Ines Falk met the committee.",
        {("Ines Falk", "Treasury Secretary", "nominee", "")},
    ),
    (
        "role:appos_title_person",
        "Her pick for labor secretary, Tomas Berg, withdrew on Monday.",
        {("Tomas Berg", "Labor Secretary", "nominee", "")},
    ),
    # the office of a place before the name
    (
        "role:appos_title_person",
        "The governor of Kandahar province, Omar Dahl, said the road was closed.",
        {("Omar Dahl", "Governor", "", "")},
    ),
    (
        "role:appos_title_person",
        "A spokesman for the mayor of Bergen, Omar Dahl, said the road was closed.",
        set(),
    ),
    (
        # someone's staff: a plain word may come before the title
        "role:appos_person_title",
        "Omar Dahl, Lena Fisk's campaign manager, resigned on Monday.",
        {("Omar Dahl", "Manager", "", "")},
    ),
    (
        # the boss's own title before the boss's name
        "role:appos_person_title",
        "Omar Dahl, Prime Minister Lena Fisk's spokesman, said the talks failed.",
        {
            ("Omar Dahl", "Spokesperson", "", ""),
            ("Lena Fisk", "Prime Minister", "", ""),
        },
    ),
    (
        # a title set off between two names is the second name's
        "role:appos_person_title",
        "Besides Lena Fisk, the Norvish defence minister, Omar Dahl, attended the "
        "talks.",
        {("Omar Dahl", "Defence Minister", "", "")},
    ),
    (
        "role:appos_person_title",
        # a title set off by commas before the next name is that name's
        "The drill began on orders of President Ivar Lund, Norwegian Defence "
        "Minister, Hanna Berg said.",
        {
            ("Ivar Lund", "President", "", ""),
            ("Hanna Berg", "Defence Minister", "", ""),
        },
    ),
    (
        "role:appos_person_title",
        # a nationality after "a" describes the person: no country
        "Hanna Berg, a Norwegian lawmaker, said the drill began.",
        {("Hanna Berg", "Lawmaker", "", "")},
    ),
    (
        "role:appos_person_title",
        "Hanna Berg, spokeswoman, said the drill began.",
        {("Hanna Berg", "Spokesperson", "", "")},
    ),
    (
        "role:appos_person_title_org",
        # a nationality opening a name the recognizer missed is no country's office
        "Ivan Petrenko, leader of the Ukrainian Harbour League, spoke on Monday.",
        {("Ivan Petrenko", "Leader", "", "")},
    ),
    (
        "role:appos_person_title_org",
        # a capitalised word describing a lower-case field is no field of the title
        # and no organisation
        "Ivan Petrenko, professor of Roman law at Kestrel University, spoke on Monday.",
        {("Ivan Petrenko", "Professor", "", "Kestrel University")},
    ),
    (
        "role:appos_person_title_org",
        "Ivan Petrenko, professor of Finance at Kestrel University, spoke on Monday.",
        {("Ivan Petrenko", "Professor of Finance", "", "Kestrel University")},
    ),
    (
        "role:appos_person_org_title",
        # the fold gives the title the qualifier before the organisation
        "Hanna Berg, a former Kestrel Insurance executive, said the drill began.",
        {("Hanna Berg", "Executive", "former", "Kestrel Insurance")},
    ),
    (
        "role:appos_person_org_title",
        # an international body's own title for an appointed expert
        "Hanna Berg, the Norland Union's special rapporteur on housing, spoke.",
        {("Hanna Berg", "Special Rapporteur", "", "Norland Union")},
    ),
    (
        "role:appos_person_org_title",
        # one plain word between the organisation and the title
        "Hanna Berg, Kestrel Radio royal correspondent, said the drill began.",
        {("Hanna Berg", "Correspondent", "", "Kestrel Radio")},
    ),
    (
        "role:appos_person_org_title",
        # ... but not a nomination: a nominee holds no seat yet
        "Hanna Berg, Kestrel Radio board nominee, said the drill began.",
        set(),
    ),
    (
        "role:appos_person_title_org",
        # a capitalised field before the title: the employer is after "at", not
        # the field (role:appos_person_org_title read "Social Impact")
        "Ida Roe, Social Impact Manager at Kestrel Bank, said so.",
        {("Ida Roe", "Manager", "", "Kestrel Bank")},
    ),
    (
        "role:prenominal_title",
        # a title right before a name after an apposed name's comma is the later
        # name's: role:appos_person_org_title, which reads a capitalised word as
        # the organisation, leaves it alone
        "The talks included Ola Berg, Presidential aide Ida Roe and others.",
        {("Ida Roe", "Aide", "", "")},
    ),
    (
        "role:person_possessive_party",
        "Ivar Lund's Harbour Party lost votes on Sunday.",
        {("Ivar Lund", "", "", "Harbour Party")},
    ),
    (
        # only a party is the person's own ("Trump's Justice Department")
        "role:person_possessive_party",
        "Ivar Lund's Harbour Council lost votes on Sunday.",
        set(),
    ),
    (
        "role:possessive_prenominal",
        # the possessor named the nominee; the office is not its own
        "Meridian Bank's treasury secretary nominee Ines Falk met the committee.",
        {("Ines Falk", "Treasury Secretary", "nominee", "")},
    ),
    (
        # a rank between a whole role's qualifier and its title keeps the qualifier
        # ("top" is a spaCy stop word: lexicon field_rank_words)
        "role:appos_person_title_org",
        "Ida Berg, a former top manager at Kestrel Insurance, said so.",
        {("Ida Berg", "Manager", "former", "Kestrel Insurance")},
    ),
    (
        # lower-case "fellow" right before another word is a companion of the same
        # kind (lexicon companion_titles), no title: neither Ola Berg nor Tom Lind
        "role:prenominal_title",
        "Along with Ola Berg, fellow countryman Tom Lind ranks among the best.",
        set(),
    ),
    (
        "role:appos_person_title",
        "Ida Berg, a senior fellow, said the plan would fail.",
        {("Ida Berg", "Senior Fellow", "", "")},
    ),
    (
        # a comma before "and" after "a ... consultant" closes the first person's
        # apposition: the engineer's title alone goes to the next name
        "role:prenominal_title",
        "Ruby Hale, a recruitment consultant, and engineer Sam Lind bought a house.",
        {("Sam Lind", "Engineer", "", ""), ("Ruby Hale", "Consultant", "", "")},
    ),
    (
        # so does one after ", the": the mayor's title is the next name's alone
        "role:prenominal_title",
        "Guards stopped Ana Reyes, the town's Party chief, and mayor Ben Cole.",
        {("Ben Cole", "Mayor", "", "")},
    ),
    (
        "role:appos_person_title",
        "Guards stopped Ana Reyes, the party treasurer, and mayor Ben Cole.",
        {("Ben Cole", "Mayor", "", ""), ("Ana Reyes", "Treasurer", "", "")},
    ),
    (
        # "chief" and "official" before another title describe it (lexicon
        # adjectival_titles): one row, not a "Chief" beside the commentator
        "role:appos_person_title_org",
        "Jo Marsh, chief political commentator for Radio Kestrel, said so.",
        {("Jo Marsh", "Commentator", "", "Radio Kestrel")},
    ),
    (
        "role:appos_person_title_org",
        "Tom Hale, the official spokesman of the Northwind Growers Association, "
        "said so.",
        {("Tom Hale", "Spokesperson", "", "Northwind Growers Association")},
    ),
    (
        # ... and the last of coordinated titles: a researcher at the org, no
        # "Chief" row and no chair without it
        "role:appos_person_title_org",
        "Lena Voss, chairman and chief researcher of the Kestrel Survey, said so.",
        {
            ("Lena Voss", "Chair", "", "Kestrel Survey"),
            ("Lena Voss", "Researcher", "", "Kestrel Survey"),
        },
    ),
    (
        # an adverb before the article
        "role:appos_person_title_org",
        "Ola Berg, now the acting director of Kestrel Bank, said so.",
        {("Ola Berg", "Director", "acting", "Kestrel Bank")},
    ),
    (
        "role:appos_person_title",
        "Ida Berg, now the acting treasurer, said so.",
        {("Ida Berg", "Treasurer", "acting", "")},
    ),
    (
        # a spokesman for an organisation's head speaks for the organisation
        "role:appos_person_title_org",
        "Tom Hale, spokesman for Kestrel Bank chairman Ola Berg, said so.",
        {
            ("Tom Hale", "Spokesperson", "", "Kestrel Bank"),
            ("Ola Berg", "Chair", "", "Kestrel Bank"),
        },
    ),
    (
        # the later title keeps its own qualifier
        "role:appos_person_title_org",
        "Ola Berg, principal deputy press secretary of Kestrel Bank, said so.",
        {("Ola Berg", "Press Secretary", "deputy", "Kestrel Bank")},
    ),
    (
        # a capitalised rank after "chief" is the name's, not a title "chief" describes
        "role:prenominal_title",
        "Navy chief Admiral Ola Berg visited the base.",
        {("Ola Berg", "Admiral", "", ""), ("Ola Berg", "Chief", "", "Navy")},
    ),
    (
        "role:appos_person_title_org",
        "Sofia Brandt, a veteran lobbyist with the Northwind Growers Association, "
        "testified on Tuesday.",
        {("Sofia Brandt", "Lobbyist", "", "Northwind Growers Association")},
    ),
    (
        "role:copula_title_org",
        "Sofia Brandt is a perennial candidate for the Green Alliance.",
        {("Sofia Brandt", "Candidate", "", "Green Alliance")},
    ),
    (
        # the head of a college (lexicon titles)
        "role:copula_title_org",
        "Sofia Brandt was warden of Kestrel College from 1990 to 2001.",
        {("Sofia Brandt", "Warden", "", "Kestrel College")},
    ),
    (
        # a chair named for someone: one title phrase, the subject's
        "role:copula_title_org",
        "Sofia Brandt is the Harold Webb Professor of Physics at Kestrel University.",
        {("Sofia Brandt", "Professor of Physics", "", "Kestrel University")},
    ),
    (
        # a namesake the recognizer took for a nationality (hand-set NORP)
        "role:copula_title_org",
        "Lena Ortiz is Harold Webb Professor of Physics at Kestrel University.",
        {("Lena Ortiz", "Professor of Physics", "", "Kestrel University")},
    ),
    (
        # a capitalised title before a name is that name's
        "role:prenominal_title",
        "The Kestrel University panel heard Professor Harold Webb on Monday.",
        {("Harold Webb", "Professor", "", "")},
    ),
    (
        # "District Judge" is one title; the country before it is its country
        "role:prenominal_title",
        "Canadian District Judge Ola Berg ruled on Friday.",
        {("Ola Berg", "District Judge", "", "")},
    ),
    (
        "role:copula_title_org",
        "Sofia Brandt is a perennial critic of the Green Alliance.",
        set(),
    ),
    (
        "role:copula_title_org",
        # a denied title is none
        "Sofia Brandt was never chair of the Green Alliance.",
        set(),
    ),
    (
        "role:copula_descr_title_org",
        "Sofia Brandt is a Danish engineer, chair of Halvorsen Energy Group.",
        {
            ("Sofia Brandt", "Engineer", "", ""),
            ("Sofia Brandt", "Chair", "", "Halvorsen Energy Group"),
        },
    ),
    (
        "role:appos_title_person",
        "The Iranian foreign minister, Ali Rezai, rejected the claim on Sunday.",
        {("Ali Rezai", "Foreign Minister", "", "")},
    ),
    (
        "role:appos_title_person",
        "After meeting the foreign minister, Ali Rezai left the capital.",
        set(),
    ),
    (
        # a possessive country is the title's determiner
        "role:appos_title_person",
        "Norway's finance minister, Ali Rezai, rejected the claim on Sunday.",
        {("Ali Rezai", "Finance Minister", "", "")},
    ),
    (
        "role:appos_title_person",
        "Norway's finance minister, Ali Rezai and Omar Vance met on Sunday.",
        set(),
    ),
    (
        # the place an ambassador is sent to is part of the title
        "role:appos_title_person",
        "The Russian ambassador to Norway, Ivan Petrov, rejected the claim on Sunday.",
        {("Ivan Petrov", "Ambassador", "", "")},
    ),
    (
        "role:possessive_prenominal",
        "Meridian Bank's chief economist Laura Benson expects two rate cuts.",
        {("Laura Benson", "Chief Economist", "", "Meridian Bank")},
    ),
    (
        "role:possessive_prenominal",
        "Meridian Bank's new headquarters impressed Laura Benson.",
        set(),
    ),
    (
        "role:prenominal_title",
        "Spokeswoman Laura Benson declined to comment.",
        {("Laura Benson", "Spokesperson", "", "")},
    ),
    (
        "role:prenominal_title",
        "Laura Benson declined to comment on the spokeswoman's remarks.",
        set(),
    ),
    (
        "role:prenominal_title",
        "Sen. Owen Pryce voted against the bill on Tuesday.",
        {("Owen Pryce", "Senator", "", "")},
    ),
    (
        "role:prenominal_title",
        "President-elect Marta Ilves named her cabinet on Friday.",
        {("Marta Ilves", "President", "elect", "")},
    ),
    (
        "role:prenominal_org_title",
        "Navy Adm. Carl Weston commands the fleet.",
        {("Carl Weston", "Admiral", "", "Navy")},
    ),
    (
        "role:prenominal_org_title",
        "Harbour Council Speaker Agnes Morel opened the session.",
        {("Agnes Morel", "Speaker", "", "Harbour Council")},
    ),
    (
        "role:appos_person_title_org",
        "Robert Hale, the former chief financial officer of Granite Logistics Inc., "
        "was charged on Friday.",
        {
            (
                "Robert Hale",
                "Chief Financial Officer",
                "former",
                "Granite Logistics Inc.",
            )
        },
    ),
    (
        "role:appos_person_title_org",
        "Robert Hale, a critic of Granite Logistics Inc., was charged on Friday.",
        set(),
    ),
    (
        "role:appos_descr_title_org",
        "Robert Hale, a veteran banker and chairman of Granite Logistics Inc., spoke "
        "first.",
        {("Robert Hale", "Chair", "", "Granite Logistics Inc.")},
    ),
    (
        "role:appos_descr_title_org",
        "Robert Hale, a veteran banker and friend of Granite Logistics Inc., spoke "
        "first.",
        set(),
    ),
    (
        # a description with an "of" of its own before the title
        "role:appos_descr_title_org",
        "The risk is small, according to Robert Hale, lead author of the new study "
        "and a professor at Granite University.",
        {("Robert Hale", "Professor", "", "Granite University")},
    ),
    (
        "role:appos_descr_title_org",
        "Robert Hale, author of the study and a critic of Granite University, spoke "
        "first.",
        set(),
    ),
    (
        "role:appos_person_org_title",
        "Robert Hale, Granite Logistics Inc.'s chief executive, spoke first.",
        {("Robert Hale", CEO, "", "Granite Logistics Inc.")},
    ),
    (
        "role:appos_person_org_title",
        "Robert Hale, Granite Logistics Inc.'s biggest critic, spoke first.",
        set(),
    ),
    (
        "role:paren_title_org",
        "The panel included Robert Hale (chairman, Granite Logistics Inc.) and two "
        "economists.",
        {("Robert Hale", "Chair", "", "Granite Logistics Inc.")},
    ),
    (
        "role:paren_title_org",
        "The panel included Robert Hale (a customer of Granite Logistics Inc.) and two "
        "economists.",
        set(),
    ),
    (
        # the organisation before the title, the name in apposition after it; an
        # envoy's place "for" joins the title
        "role:appos_org_title_person",
        "The talks are set, said the Norland Union envoy for Syria, Omar Vance.",
        {("Omar Vance", "Envoy", "", "Norland Union")},
    ),
    (
        "role:appos_org_title_person",
        "The Norland Union envoy for Syria, Omar Vance and Dana Holt met on Monday.",
        set(),
    ),
    (
        # after another title and "for"/"to" the name holds that first title, at
        # the organisation of the second (and not the second title itself)
        "role:appos_title_for_org_title_person",
        "A spokesman for the Kestrel Council chairman, Ida Berg, said so.",
        {("Ida Berg", "Spokesperson", "", "Kestrel Council")},
    ),
    (
        "role:appos_title_for_org_title_person",
        "A spokesman for the Kestrel Council chairman said so.",
        set(),
    ),
    (
        "role:appos_title_for_org_title_person",
        "An adviser to the Kestrel Council chairman, Ida Berg, said so.",
        {("Ida Berg", "Adviser", "", "Kestrel Council")},
    ),
    (
        "role:appos_title_for_title_person",
        "A spokesman for the finance minister, Ida Berg, said so.",
        {("Ida Berg", "Spokesperson", "", "")},
    ),
    (
        "role:appos_title_person",
        "An aide to the finance minister, Ida Berg, said so.",
        {("Ida Berg", "Aide", "", "")},
    ),
    (
        "role:appos_title_for_title_person",
        "A spokesman for the finance minister, Ida Berg and Jo Marsh met on Monday.",
        set(),
    ),
    (
        "role:appos_title_person",
        "Jo Marsh met the finance minister, Ida Berg, on Monday.",
        {("Ida Berg", "Finance Minister", "", "")},
    ),
    (
        # after "of" the name is the second title's holder: her candidate
        "role:appos_title_person",
        "The candidate of the former finance minister, Ida Berg, won.",
        {("Ida Berg", "Finance Minister", "former", "")},
    ),
    (
        "role:prenominal_org_title",
        "A spokesman for the Kestrel Council chairman Ida Berg said so.",
        {("Ida Berg", "Chair", "", "Kestrel Council")},
    ),
    (
        # a whole-role qualifier read before the country leaves the apposition whole
        "role:appos_person_title",
        "Omar Vance, the former British prime minister, suggested a visit.",
        {("Omar Vance", "Prime Minister", "former", "")},
    ),
    (
        # someone's staff: the title after a person's or a title's possessive
        "role:appos_person_title",
        "Omar Vance, Dana Holt's chief strategist, is a powerful man.",
        {("Omar Vance", "Chief Strategist", "", "")},
    ),
    (
        "role:appos_person_title",
        "Omar Vance, the president's press secretary, said so.",
        {("Omar Vance", "Press Secretary", "", "")},
    ),
    ("role:appos_person_title", "Omar Vance, Dana Holt's brother, said so.", set()),
    (
        "role:appos_person_title",
        '"We are ready," said Maria Lopez, a spokeswoman.',
        {("Maria Lopez", "Spokesperson", "", "")},
    ),
    (
        "role:appos_person_title",
        '"We are ready," said Maria Lopez, adding that talks would resume.',
        set(),
    ),
    (
        "role:appos_person_title",
        "Maria Lopez, the president's daughter, said talks would resume.",
        set(),
    ),
    (
        # an envoy "to" the organisation
        "role:appos_title_org_person",
        "The Norvish ambassador to the Harbour Council, Jana Brill, spoke first.",
        {("Jana Brill", "Ambassador", "", "Harbour Council")},
    ),
    (
        # a possessive country before the organisation
        "role:appos_title_org_person",
        "Speaker of Norland's State Assembly, Jana Brill, opened the session.",
        {("Jana Brill", "Speaker", "", "State Assembly")},
    ),
    (
        "role:appos_title_org_person",
        "The chief executive of Halvorsen Energy Group, Maria Lopez, resigned on "
        "Tuesday.",
        {("Maria Lopez", CEO, "", "Halvorsen Energy Group")},
    ),
    (
        "role:appos_title_org_person",
        "The chief executive of Halvorsen Energy Group met Maria Lopez on Tuesday.",
        set(),
    ),
    (
        "role:possessive_appos",
        # a beat before the title, the kind of organisation before the possessive
        '"It will pass," said the Halvorsen Courier\'s political editor, Ana Ruiz.',
        {("Ana Ruiz", "Editor", "", "Halvorsen Courier")},
    ),
    (
        "role:possessive_appos",
        "The Halvorsen Review magazine's proprietor, Ana Ruiz, sold it on Monday.",
        {("Ana Ruiz", "Owner", "", "Halvorsen Review")},
    ),
    (
        "role:possessive_appos",
        # a country opening the title after the organisation's kind keeps it theirs
        '"It will pass," said the Halvorsen Review magazine\'s Scotland editor, '
        "Ana Ruiz.",
        {("Ana Ruiz", "Editor", "", "Halvorsen Review")},
    ),
    (
        "role:possessive_appos",
        "Halvorsen Energy Group's chief executive, Maria Lopez, resigned on Tuesday.",
        {("Maria Lopez", CEO, "", "Halvorsen Energy Group")},
    ),
    (
        "role:possessive_appos",
        "Halvorsen Energy Group's shares fell, Maria Lopez said on Tuesday.",
        set(),
    ),
    (
        "role:copula_title_org",
        "Maria Lopez has been the interim president of Halvorsen Energy Group since "
        "March.",
        {("Maria Lopez", "President", "interim", "Halvorsen Energy Group")},
    ),
    (
        "role:copula_title_org",
        "Maria Lopez was a supplier of Halvorsen Energy Group for years.",
        set(),
    ),
    (
        "role:copula_descr_title_org",
        "Maria Lopez is a Spanish engineer and the founder of Halvorsen Energy Group.",
        {
            ("Maria Lopez", "Engineer", "", ""),
            ("Maria Lopez", "Founder", "", "Halvorsen Energy Group"),
        },
    ),
    (
        "role:copula_descr_title_org",
        "Maria Lopez is a Spanish citizen who admires the founder of Halvorsen Energy "
        "Group.",
        set(),
    ),
    (
        "role:copula_descr_who_title_org",
        "Maria Lopez is a Spanish engineer who was chairwoman of Halvorsen Energy "
        "Group.",
        {
            ("Maria Lopez", "Engineer", "", ""),
            ("Maria Lopez", "Chair", "", "Halvorsen Energy Group"),
        },
    ),
    (
        "role:copula_descr_who_title_org",
        "Maria Lopez is a Spanish citizen who met the chairwoman of Halvorsen Energy "
        "Group.",
        set(),
    ),
    (
        # after "whom" the name is the appointer, not the appointee
        "role:named_title_org",
        "Lena Fisk, whom Omar Dahl named as treasurer of the Northfield Rowing "
        "Club, resigned.",
        set(),
    ),
    (
        "role:named_title_org",
        "Maria Lopez was appointed chief operating officer of Halvorsen Energy Group "
        "in June.",
        {("Maria Lopez", "Chief Operating Officer", "", "Halvorsen Energy Group")},
    ),
    (
        "role:named_title_org",
        "Maria Lopez was appointed to review the accounts of Halvorsen Energy Group.",
        set(),
    ),
    (
        "role:serve_as_title_org",
        "Maria Lopez served as general counsel of Halvorsen Energy Group for a decade.",
        {("Maria Lopez", "General Counsel", "", "Halvorsen Energy Group")},
    ),
    (
        "role:serve_as_title_org",
        "Maria Lopez served as a witness against Halvorsen Energy Group.",
        set(),
    ),
    # a vice president's field is no organisation
    (
        "role:serve_as_title_org",
        "Maria Lopez serves as Vice President of Sales for Halvorsen Energy Group.",
        {("Maria Lopez", "Vice President of Sales", "", "Halvorsen Energy Group")},
    ),
    (
        "role:take_over_title_org",
        "Maria Lopez took over as chief executive of Halvorsen Energy Group last year.",
        {("Maria Lopez", CEO, "", "Halvorsen Energy Group")},
    ),
    (
        "role:take_over_title_org",
        "Maria Lopez took over the assets of Halvorsen Energy Group last year.",
        set(),
    ),
    (
        "role:resign_title_org",
        "Maria Lopez stepped down as chair of Halvorsen Energy Group on Monday.",
        {("Maria Lopez", "Chair", "former", "Halvorsen Energy Group")},
    ),
    (
        "role:resign_title_org",
        "Maria Lopez stepped down from the stage at Halvorsen Energy Group on Monday.",
        set(),
    ),
    # a title resigned with no organisation was held
    (
        "role:resign_title",
        "The council thanked Maria Lopez, who resigned as treasurer in May.",
        {("Maria Lopez", "Treasurer", "former", "")},
    ),
    (
        "role:resign_title",
        "Maria Lopez resigned as the treasurer's deputy in May.",
        set(),
    ),
    # a quotation's closing mark between the comma and the title phrase
    (
        "role:appos_title_person",
        '"The plan will fail," the First Minister, Maria Lopez said on Monday.',
        {("Maria Lopez", "First Minister", "", "")},
    ),
    (
        "role:join_org_as_title",
        "Maria Lopez joined Halvorsen Energy Group as chief technology officer in "
        "2019.",
        {("Maria Lopez", "Chief Technology Officer", "", "Halvorsen Energy Group")},
    ),
    (
        "role:join_org_as_title",
        "Maria Lopez met Halvorsen Energy Group's chief technology officer in 2019.",
        set(),
    ),
    (
        # a start at the organisation says the job as well as joining it
        "role:join_org_as_title",
        "Maria Lopez started at Halvorsen Energy Group as an analyst.",
        {("Maria Lopez", "Analyst", "", "Halvorsen Energy Group")},
    ),
    (
        "role:join_org_as_title",
        "Maria Lopez returned to Halvorsen Energy Group as chief technology officer.",
        {("Maria Lopez", CTO, "", "Halvorsen Energy Group")},
    ),
    (
        # arriving at a place is no job there
        "role:join_org_as_title",
        "Maria Lopez arrived at Halvorsen Airport as a tourist.",
        set(),
    ),
    (
        "role:org_named_person_title",
        "Halvorsen Energy Group named Maria Lopez its new chief executive on Thursday.",
        {("Maria Lopez", CEO, "", "Halvorsen Energy Group")},
    ),
    (
        "role:org_named_person_title",
        "Halvorsen Energy Group sued Maria Lopez over its new chief executive's pay.",
        set(),
    ),
    (
        "role:org_named_person_title",
        "Halvorsen Energy Group promoted Maria Lopez to chief operating officer.",
        {("Maria Lopez", "Chief Operating Officer", "", "Halvorsen Energy Group")},
    ),
    (
        # the title after "to" is someone else's to succeed
        "role:org_named_person_title",
        "Halvorsen Energy Group named Maria Lopez to succeed chief executive Tom "
        "Avery.",
        {("Tom Avery", CEO, "", "")},
    ),
    (
        "role:possessive_copula",
        "Halvorsen Energy Group's current chief executive is Maria Lopez.",
        {("Maria Lopez", CEO, "", "Halvorsen Energy Group")},
    ),
    (
        "role:possessive_copula",
        "Halvorsen Energy Group's current strategy is Maria Lopez's work.",
        set(),
    ),
    (
        "role:copula_possessive",
        "Maria Lopez is Halvorsen Energy Group's chief executive.",
        {("Maria Lopez", CEO, "", "Halvorsen Energy Group")},
    ),
    (
        "role:copula_possessive",
        "Maria Lopez is Halvorsen Energy Group's biggest customer.",
        set(),
    ),
    (
        "role:title_org_copula",
        "The chief executive of Halvorsen Energy Group is Maria Lopez.",
        {("Maria Lopez", CEO, "", "Halvorsen Energy Group")},
    ),
    (
        "role:title_org_copula",
        "The biggest customer of Halvorsen Energy Group is Maria Lopez.",
        set(),
    ),
    (
        "role:copula_title",
        "Maria Lopez became president after a close vote.",
        {("Maria Lopez", "President", "", "")},
    ),
    ("role:copula_title", "Maria Lopez became angry after a close vote.", set()),
    # a title with 's names someone else: the chairman's wife is no chairman
    ("role:copula_title", "Maria Lopez is the chairman's wife.", set()),
    (
        "role:verb_heads_org",
        "Maria Lopez, who heads Halvorsen Energy Group, said the deal was done.",
        {("Maria Lopez", "Head", "", "Halvorsen Energy Group")},
    ),
    (
        "role:verb_heads_org",
        "Maria Lopez, who sued Halvorsen Energy Group, said the deal was done.",
        set(),
    ),
    (
        # one plain word may stand before the organisation
        "role:verb_owns_org",
        "Maria Lopez, 70, who owned the failed Halvorsen Savings Bank, spoke.",
        {("Maria Lopez", "Owner", "", "Halvorsen Savings Bank")},
    ),
    (
        # shares in a company are no ownership of it
        "role:verb_owns_org",
        "Maria Lopez owns shares in Halvorsen Energy Group.",
        set(),
    ),
    (
        "role:org_owned_by",
        "Halvorsen Energy Group is owned by Maria Lopez.",
        {("Maria Lopez", "Owner", "", "Halvorsen Energy Group")},
    ),
    (
        # the owner is her family, not she
        "role:org_owned_by",
        "Halvorsen Energy Group is owned by Maria Lopez's family.",
        set(),
    ),
    (
        "role:verb_chairs_org",
        "Maria Lopez chairs Halvorsen Energy Group and two charities.",
        {("Maria Lopez", "Chair", "", "Halvorsen Energy Group")},
    ),
    (
        "role:verb_chairs_org",
        "Maria Lopez praised Halvorsen Energy Group and two charities.",
        set(),
    ),
    (
        "role:verb_chairs_org",
        "Maria Lopez, who chairs the board of directors of Halvorsen Energy Group, "
        "spoke.",
        {("Maria Lopez", "Chair", "", "Halvorsen Energy Group")},
    ),
    (
        "role:verb_chairs_org",
        "Maria Lopez, who chairs Halvorsen Energy Group's board, spoke.",
        {("Maria Lopez", "Chair", "", "Halvorsen Energy Group")},
    ),
    (
        "role:verb_chairs_org",
        "Maria Lopez praised the board of Halvorsen Energy Group.",
        set(),
    ),
    (
        "role:verb_founded_org",
        "Maria Lopez founded Halvorsen Energy Group in 2004.",
        {("Maria Lopez", "Founder", "", "Halvorsen Energy Group")},
    ),
    (
        "role:verb_founded_org",
        "Maria Lopez bought Halvorsen Energy Group in 2004.",
        set(),
    ),
    (
        # the rule's own title leaves the pair to the parse, which reads the title
        # a "where" clause gives
        "role:verb_founded_org",
        "Maria Lopez founded Halvorsen Energy Group, where she served as president "
        "until 2004.",
        {
            ("Maria Lopez", "Founder", "", "Halvorsen Energy Group"),
            ("Maria Lopez", "President", "", "Halvorsen Energy Group"),
        },
    ),
    (
        "role:org_founded_by_person_title",
        "Harbor Lending Corporation was founded in 1991 by Tom Avery, chairman.",
        {
            ("Tom Avery", "Founder", "", "Harbor Lending Corporation"),
            ("Tom Avery", "Chair", "", "Harbor Lending Corporation"),
        },
    ),
    (
        "role:org_founded_by_person_title",
        # built, not founded: no organisation, no role
        "The Harbor Lending barn was built in 1991 by Tom Avery, a farmer from Ohio.",
        set(),
    ),
    (
        "role:org_founded_by",
        "Halvorsen Energy Group was founded in 2004 by Maria Lopez.",
        {("Maria Lopez", "Founder", "", "Halvorsen Energy Group")},
    ),
    (
        "role:org_founded_by",
        "Halvorsen Energy Group was fined in 2004 by Maria Lopez.",
        set(),
    ),
    (
        # coordinated founders are all founders
        "role:org_founded_by",
        "Halvorsen Energy Group was founded in 2004 by Maria Lopez and Tom Avery.",
        {
            ("Maria Lopez", "Founder", "", "Halvorsen Energy Group"),
            ("Tom Avery", "Founder", "", "Halvorsen Energy Group"),
        },
    ),
    (
        "role:org_founded_by",
        "Halvorsen Energy Group was founded by Maria Lopez, Tom Avery and Ines Varga.",
        {
            ("Maria Lopez", "Founder", "", "Halvorsen Energy Group"),
            ("Tom Avery", "Founder", "", "Halvorsen Energy Group"),
            ("Ines Varga", "Founder", "", "Halvorsen Energy Group"),
        },
    ),
    (
        # the second name owns something else: no founder
        "role:org_founded_by",
        "Halvorsen Energy Group was founded by Maria Lopez and Tom Avery's father.",
        {("Maria Lopez", "Founder", "", "Halvorsen Energy Group")},
    ),
    (
        "role:org_led_by_title",
        "Halvorsen Energy Group is led by chief executive Maria Lopez.",
        {("Maria Lopez", CEO, "", "Halvorsen Energy Group")},
    ),
    (
        "role:org_led_by_title",
        "Halvorsen Energy Group is backed by investors including Maria Lopez.",
        set(),
    ),
    (
        "role:org_led_by",
        "Halvorsen Energy Group is led by Maria Lopez.",
        {("Maria Lopez", "Head", "", "Halvorsen Energy Group")},
    ),
    # (owning is no leading: "is owned by" is role:org_owned_by's)
    ("role:org_led_by", "Halvorsen Energy Group is backed by Maria Lopez.", set()),
    (
        "role:org_led_by",
        "Halvorsen Energy Group, which is run by Maria Lopez, grew.",
        {("Maria Lopez", "Head", "", "Halvorsen Energy Group")},
    ),
    (
        "role:org_led_by",
        "Halvorsen Energy Group, led by Maria Lopez, grew.",
        {("Maria Lopez", "Head", "", "Halvorsen Energy Group")},
    ),
    (
        "role:org_led_by",
        "Halvorsen Energy Group, which is owned by Maria Lopez, grew.",
        set(),
    ),
    (
        "role:org_led_by",
        "Halvorsen Energy Group, led by Lopez loyalist Ana Ruiz, grew.",
        set(),
    ),
    (
        "role:affil_joined",
        "Maria Lopez joined Halvorsen Energy Group in 2015.",
        {("Maria Lopez", "", "", "Halvorsen Energy Group")},
    ),
    (
        "role:affil_joined",
        "Maria Lopez joined talks with Halvorsen Energy Group in 2015.",
        set(),
    ),
    (
        "role:affil_works_at",
        "Maria Lopez has worked at Halvorsen Energy Group since 2015.",
        {("Maria Lopez", "", "", "Halvorsen Energy Group")},
    ),
    (
        "role:affil_works_at",
        "Maria Lopez has complained about Halvorsen Energy Group since 2015.",
        set(),
    ),
    (
        "role:affil_left",
        "Maria Lopez left Halvorsen Energy Group to start her own company.",
        {("Maria Lopez", "", "former", "Halvorsen Energy Group")},
    ),
    (
        "role:affil_left",
        "Maria Lopez praised Halvorsen Energy Group before starting her own company.",
        set(),
    ),
    (
        "role:affil_fronted_joining",
        "Before joining Halvorsen Energy Group, Maria Lopez worked as a teacher.",
        {("Maria Lopez", "", "", "Halvorsen Energy Group")},
    ),
    (
        "role:affil_fronted_joining",
        "Before suing Halvorsen Energy Group, Maria Lopez worked as a teacher.",
        set(),
    ),
    (
        "role:affil_fronted_prior",
        "Prior to Halvorsen Energy Group, Maria Lopez worked as a teacher.",
        {("Maria Lopez", "", "", "Halvorsen Energy Group")},
    ),
    (
        # "before" also means "in front of": no affiliation
        "role:affil_fronted_prior",
        "Before Halvorsen Energy Group, Maria Lopez argued the case.",
        set(),
    ),
    (
        "role:affil_fronted_leaving",
        "After leaving Halvorsen Energy Group, Maria Lopez moved to Lisbon.",
        {("Maria Lopez", "", "former", "Halvorsen Energy Group")},
    ),
    (
        "role:affil_fronted_leaving",
        "After visiting Halvorsen Energy Group, Maria Lopez moved to Lisbon.",
        set(),
    ),
    (
        "role:affil_formerly_of",
        "The plan is flawed, said Lena Fisk, formerly of Brightwater Analytics.",
        {("Lena Fisk", "", "former", "Brightwater Analytics")},
    ),
    (
        # "formerly" names a former name, not a former employer
        "role:affil_formerly_of",
        "The plan is flawed, said Lena Fisk, formerly Lena Holm.",
        set(),
    ),
    (
        "role:affil_member_appos",
        # "with", "at" or "from" the body; an adjective before the member word, a
        # country's possessive before the body
        "Nadia Okafor, a politician with Halvorsen's Union Party, said so.",
        {("Nadia Okafor", "", "", "Union Party")},
    ),
    (
        "role:affil_member_appos",
        "Nadia Okafor, a longtime employee at Halvorsen Energy Group, said so.",
        {("Nadia Okafor", "", "", "Halvorsen Energy Group")},
    ),
    (
        "role:affil_member_appos",
        "Maria Lopez, a member of the Northfield Rowing Club, won gold.",
        {("Maria Lopez", "", "", "Northfield Rowing Club")},
    ),
    (
        "role:affil_member_appos",
        "Maria Lopez, a rival of the Northfield Rowing Club, won gold.",
        set(),
    ),
    (
        # a party's ranking member of a committee sits on it
        "role:affil_party_rank",
        "Dana Holt, the top Democrat on the Harbour Oversight Committee, disagreed.",
        {("Dana Holt", "", "", "Harbour Oversight Committee")},
    ),
    (
        "role:affil_party_rank",
        "Dana Holt, who is the ranking Republican on the Harbour Oversight "
        "Committee, disagreed.",
        {("Dana Holt", "", "", "Harbour Oversight Committee")},
    ),
    (
        "role:affil_party_rank",
        "The top Democrat on the Harbour Oversight Committee, Dana Holt, disagreed.",
        {("Dana Holt", "", "", "Harbour Oversight Committee")},
    ),
    (
        # no rank: a party's voter is no member of what she speaks on
        "role:affil_party_rank",
        "Dana Holt, a Democrat on the Harbour Oversight Committee's plan, disagreed.",
        set(),
    ),
    (
        "role:affil_member_copula",
        "Maria Lopez is a member of the Northfield Rowing Club.",
        {("Maria Lopez", "", "", "Northfield Rowing Club")},
    ),
    (
        "role:affil_member_copula",
        "Maria Lopez is a neighbour of the Northfield Rowing Club.",
        set(),
    ),
    (
        "role:affil_listed_person_at_org",
        "Lena Holt at the Norland Institute of Geology and Omar Vance at the "
        "Halvorsen Institute won prizes.",
        {
            ("Lena Holt", "", "", "Norland Institute of Geology"),
            ("Omar Vance", "", "", "Halvorsen Institute"),
        },
    ),
    (
        # Organisations listed at their markets: no person.
        "role:affil_listed_person_at_org",
        "Acme Corp at the Norland Exchange and Beta Bank at the Halvorsen Exchange "
        "traded higher.",
        set(),
    ),
    (
        # a party's member (NORP) of the organisation before the name
        "role:affil_org_member",
        "Harbour Assembly Democrat Lena Fisk voted against the plan.",
        {("Lena Fisk", "", "", "Harbour Assembly")},
    ),
    (
        "role:affil_org_member",
        "Harbour Assembly Democrats and Lena Fisk voted against the plan.",
        set(),
    ),
    (
        # a politician of a party is its member (role_words MEMBER)
        "role:affil_org_member",
        "Unity Party politician Lena Fisk voted against the plan.",
        {("Lena Fisk", "", "", "Unity Party")},
    ),
    (
        "role:affil_org_member",
        "Maria Lopez, a Halvorsen Energy Group employee, was hurt.",
        {("Maria Lopez", "", "", "Halvorsen Energy Group")},
    ),
    (
        "role:affil_org_member",
        "Maria Lopez, a Halvorsen Energy Group customer, was hurt.",
        set(),
    ),
    (
        "role:affil_held_positions",
        "Maria Lopez has held senior positions with Halvorsen Energy Group.",
        {("Maria Lopez", "", "", "Halvorsen Energy Group")},
    ),
    (
        "role:affil_held_positions",
        "Maria Lopez has held shares in Halvorsen Energy Group.",
        set(),
    ),
    (
        "role:board_member",
        "Maria Lopez serves on the board of directors of Halvorsen Energy Group.",
        {("Maria Lopez", "Board Member", "", "Halvorsen Energy Group")},
    ),
    (
        "role:board_member",
        "Maria Lopez spoke on the radio about Halvorsen Energy Group.",
        set(),
    ),
    (
        "role:tail_title_org",
        "Maria Lopez is chief executive of Halvorsen Energy Group and chairwoman of "
        "Granite Logistics Inc.",
        {
            ("Maria Lopez", CEO, "", "Halvorsen Energy Group"),
            ("Maria Lopez", "Chair", "", "Granite Logistics Inc."),
        },
    ),
    (
        # a year the recognizer may leave untagged between the two
        "role:tail_title_org",
        "Maria Lopez served as CEO of Halvorsen Energy Group from 1983 to 1984 and CEO "
        "of Granite Logistics Inc. from 1994 to 1997.",
        {
            ("Maria Lopez", CEO, "", "Halvorsen Energy Group"),
            ("Maria Lopez", CEO, "", "Granite Logistics Inc."),
        },
    ),
    (
        "role:tail_title_org",
        "Maria Lopez is chief executive of Halvorsen Energy Group, and the chairwoman "
        "of Granite Logistics Inc. is David Okafor.",
        {
            ("Maria Lopez", CEO, "", "Halvorsen Energy Group"),
            ("David Okafor", "Chair", "", "Granite Logistics Inc."),
        },
    ),
    (
        "role:tail_org",
        "Meridian Bank CEO David Okafor and Harbor Trust chairman Ian Lowe met on "
        "Monday.",
        {
            ("David Okafor", CEO, "", "Meridian Bank"),
            ("Ian Lowe", "Chair", "", "Harbor Trust"),
        },
    ),
    (
        "role:tail_org",
        "Spokeswoman Laura Benson and Harbor Trust declined to comment.",
        {("Laura Benson", "Spokesperson", "", "")},
    ),
    (
        "role:tail_org",
        "Maria Lopez is a director of Meridian Bank and Norvik Energy.",
        {
            ("Maria Lopez", "Director", "", "Meridian Bank"),
            ("Maria Lopez", "Director", "", "Norvik Energy"),
        },
    ),
    (
        "role:tail_org",
        "Maria Lopez is a director of Meridian Bank and Norvik Energy's chief "
        "economist is David Okafor.",
        {
            ("Maria Lopez", "Director", "", "Meridian Bank"),
            ("David Okafor", "Chief Economist", "", "Norvik Energy"),
        },
    ),
    (
        "role:tail_org_list",
        "Maria Lopez was a director of Halvorsen Energy Group, Granite Logistics Inc. "
        "and Meridian Bank.",
        {
            ("Maria Lopez", "Director", "", "Halvorsen Energy Group"),
            ("Maria Lopez", "Director", "", "Granite Logistics Inc."),
            ("Maria Lopez", "Director", "", "Meridian Bank"),
        },
    ),
    (
        "role:tail_org_list",
        "Maria Lopez was a director of Halvorsen Energy Group, Granite Logistics Inc. "
        "said on Monday.",
        {("Maria Lopez", "Director", "", "Halvorsen Energy Group")},
    ),
    (
        "role:org_clause_led_by_title",
        "Granite Logistics Inc. was founded in 1998 and is now led by chief executive "
        "Robert Hale.",
        {("Robert Hale", CEO, "", "Granite Logistics Inc.")},
    ),
    (
        "role:org_clause_led_by_title",
        "Granite Logistics Inc. was founded in 1998 and was praised by Robert Hale.",
        set(),
    ),
    (
        "role:copula_adv_title_org",
        "Robert Hale was last year the chief financial officer of Granite Logistics "
        "Inc.",
        {("Robert Hale", "Chief Financial Officer", "", "Granite Logistics Inc.")},
    ),
    (
        "role:copula_adv_title_org",
        "Robert Hale is currently a customer of Granite Logistics Inc.",
        set(),
    ),
    (
        "role:affil_fronted_joining_honorific",
        "Before joining Castell Analytics, Dr. Priya Raman taught statistics in Leeds.",
        {("Priya Raman", "", "", "Castell Analytics")},
    ),
    (
        "role:affil_fronted_joining_honorific",
        "Before suing Castell Analytics, Dr. Priya Raman taught statistics in Leeds.",
        set(),
    ),
    (
        "role:tail_as_well_as_title_org",
        "Oliver Stannard serves as the chairman of Brightwater Energy, as well as "
        "chief financial officer of Kessler Mining Corp.",
        {
            ("Oliver Stannard", "Chair", "", "Brightwater Energy"),
            ("Oliver Stannard", "Chief Financial Officer", "", "Kessler Mining Corp."),
        },
    ),
    (
        "role:tail_as_well_as_title_org",
        "Oliver Stannard serves as the chairman of Brightwater Energy, as well as a "
        "shareholder of Kessler Mining Corp.",
        {("Oliver Stannard", "Chair", "", "Brightwater Energy")},
    ),
    # possessive read as the one organisation named in this or the previous sentence
    (
        # a field title takes its lower-case field in (segment_portfolios): the
        # copula reads the organisation after it
        "role:copula_title_org",
        "Helen Marsh was a professor of geology at Eastbrook University for a decade.",
        {("Helen Marsh", "Professor", "", "Eastbrook University")},
    ),
    (
        # a title that takes no field leaves "of <field>" to this rule
        "role:title_of_field_at_org",
        "Helen Marsh was the general manager of cabin interiors at Eastbrook Aviation.",
        {("Helen Marsh", "General Manager", "", "Eastbrook Aviation")},
    ),
    (
        "role:title_of_field_at_org",
        "Helen Marsh served as general manager of cabin interiors at Eastbrook "
        "Aviation.",
        {("Helen Marsh", "General Manager", "", "Eastbrook Aviation")},
    ),
    (
        "role:title_of_field_at_org",
        "Helen Marsh was a student of geology at the time.",
        set(),
    ),
    (
        "role:founded_and_served_as",
        "Tomas Varga co-founded and served as the CEO of Lindqvist Robotics until "
        "2015.",
        {("Tomas Varga", "Chief Executive Officer", "", "Lindqvist Robotics")},
    ),
    (
        "role:founded_and_served_as",
        "Tomas Varga co-founded the band and served as its drummer.",
        set(),
    ),
    (
        # a place the title is held in
        "role:ctx_poss_title",
        "Lindqvist Robotics will close two plants, said Tomas Varga, the company's "
        "chief executive in Europe.",
        {("Tomas Varga", "Chief Executive Officer", "", "Lindqvist Robotics")},
    ),
    (
        "role:ctx_poss_title",
        "Lindqvist Robotics builds warehouse machines. Its chief executive Tomas Varga "
        "said orders doubled.",
        {("Tomas Varga", "Chief Executive Officer", "", "Lindqvist Robotics")},
    ),
    (
        "role:ctx_poss_title",
        "Lindqvist Robotics and Brandt Logistics signed a deal. Its chief executive "
        "Tomas Varga said orders doubled.",
        {("Tomas Varga", "Chief Executive Officer", "", "")},
    ),
    (
        "role:affil_fronted_founding",
        "Before co-founding Lindqvist Robotics, Tomas Varga worked in banking.",
        {("Tomas Varga", "", "", "Lindqvist Robotics")},
    ),
    (
        # starting one is founding it
        "role:affil_fronted_founding",
        "After starting Halvorsen Energy Group, Maria Lopez moved to Boston.",
        {("Maria Lopez", "", "", "Halvorsen Energy Group")},
    ),
    (
        "role:affil_fronted_founding",
        "After visiting Halvorsen Energy Group, Maria Lopez moved to Boston.",
        set(),
    ),
    (
        "role:affil_fronted_founding",
        "Before founding the club, Tomas Varga worked in banking.",
        set(),
    ),
    (
        "role:ctx_poss_title",
        "Lindqvist Robotics and Brandt Logistics signed a deal. Tomas Varga praised "
        "its workers.",
        set(),
    ),
    (
        # an apposition to a name: the organisation named before it in the sentence
        "role:ctx_poss_title",
        "Lindqvist Robotics cut 300 jobs, said Tomas Varga, the company's chief "
        "executive.",
        {("Tomas Varga", CEO, "", "Lindqvist Robotics")},
    ),
    (
        "role:ctx_poss_title",
        "Lindqvist Robotics cut 300 jobs, said Tomas Varga, its chief executive.",
        {("Tomas Varga", CEO, "", "Lindqvist Robotics")},
    ),
    (
        # "its producer" is the one who said it, not the author's title
        "role:ctx_poss_title",
        "Lindqvist Films will adapt a novel by the author Tomas Varga, its producer "
        "said.",
        set(),
    ),
    (
        # a copula with "the company's": the one organisation of this sentence or
        # the last
        "role:ctx_poss_title",
        "Lindqvist Robotics builds warehouse machines. Tomas Varga is the company's "
        "chief executive.",
        {("Tomas Varga", CEO, "", "Lindqvist Robotics")},
    ),
    (
        # a title right before a verb of saying is its subject's, not the name's
        "role:appos_person_title",
        "The film adapts a novel by Tomas Varga, the producer said on Monday.",
        set(),
    ),
    (
        # an apposition reads its own sentence only: the last sentence's company
        # may not be the one meant (the title stands alone)
        "role:ctx_poss_title",
        "Lindqvist Robotics cut 300 jobs. Tomas Varga, the bank's chief executive, "
        "said demand was weak.",
        {("Tomas Varga", CEO, "", "")},
    ),
    (
        "role:ctx_poss_title",
        "Eastbrook University opened a lab. The school's provost Helen Marsh cut the "
        "ribbon.",
        {("Helen Marsh", "Provost", "", "Eastbrook University")},
    ),
    (
        # a possessive refers back: the one organisation, named after it, is the
        # outlet she spoke to
        "role:ctx_poss_title",
        "The company's founder, Helen Marsh, told Meridian Radio it was over.",
        {("Helen Marsh", "Founder", "", "")},
    ),
    (
        "role:ctx_led_by_title",
        "Lindqvist Robotics has a design team of twelve led by chief engineer Tomas "
        "Varga.",
        {("Tomas Varga", "Chief Engineer", "", "Lindqvist Robotics")},
    ),
    (
        "role:ctx_led_by_title",
        "Lindqvist Robotics hired Brandt Logistics for a project led by chief engineer "
        "Tomas Varga.",
        {("Tomas Varga", "Chief Engineer", "", "")},
    ),
    (
        "role:ctx_led_by_title",
        "Lindqvist Robotics and Brandt Logistics began a project led by Tomas Varga.",
        set(),
    ),
    (
        "role:ctx_under_title",
        "Lindqvist Robotics doubled its sales under chief executive Tomas Varga.",
        {("Tomas Varga", "Chief Executive Officer", "", "Lindqvist Robotics")},
    ),
    (
        "role:ctx_under_title",
        "Lindqvist Robotics bought Brandt Logistics under chief executive Tomas Varga.",
        {("Tomas Varga", "Chief Executive Officer", "", "")},
    ),
    (
        "role:ctx_under_title",
        "Lindqvist Robotics and Brandt Logistics merged under Tomas Varga.",
        set(),
    ),
    (
        # a head of state's era, not the organisation's: no organisation
        "role:ctx_under_title",
        "Lindqvist Robotics was privatised in 1991 under President Tomas Varga.",
        {("Tomas Varga", "President", "", "")},
    ),
    (
        "role:ctx_under_title",
        "Under chancellor Tomas Varga, Lindqvist Robotics set new rules.",
        {("Tomas Varga", "Chancellor", "", "")},
    ),
    (
        "role:ctx_under_title",
        "Lindqvist Robotics grew under chief executive Tomas Varga's plan.",
        {("Tomas Varga", "Chief Executive Officer", "", "")},
    ),
    # A sentence-initial surname the model tagged ORG or left untagged: the person of a
    # copula role.
    # Titles outside the person-only nouns of the entity rule person:subject-of-role, so
    # the
    # subject stays mis-typed (ORG) and only the loose pattern can reach it.
    (
        "role:loose_subject_copula_title_org",
        "Okonkwo is a senior analyst at Halvorsen Technical University.",
        {("Okonkwo", "Senior Analyst", "", "Halvorsen Technical University")},
    ),
    (
        "role:loose_subject_copula_title_org",
        "Okonkwo is an analyst at Halvorsen Capital Partners.",
        {("Okonkwo", "Analyst", "", "Halvorsen Capital Partners")},
    ),
    (
        "role:loose_subject_copula_title_org",
        "He is a professor at Westmoor State University.",
        set(),
    ),
    (
        "role:loose_subject_copula_title_org",
        "Brannigan State is the largest partner of Westmoor University.",
        set(),
    ),
    (
        "role:org_led_by_person_title",
        "Meridian Bank is led by Mr. Tobias Renner, President and Chief Executive "
        "Officer.",
        {
            ("Tobias Renner", "President", "", "Meridian Bank"),
            ("Tobias Renner", CEO, "", "Meridian Bank"),
        },
    ),
    (
        "role:org_led_by_person_title",
        "The parade is led by Mr. Tobias Renner, a retired farmer.",
        set(),
    ),
    (
        "role:org_led_by_title",
        "Meridian Bank is led by chief executive Mr. Tobias Renner.",
        {("Tobias Renner", CEO, "", "Meridian Bank")},
    ),
    (
        "role:org_led_by_title",
        "Meridian Bank is owned by the family trust of Tobias Renner.",
        set(),
    ),
    (
        "role:org_led_by",
        "Meridian Bank is led by Ms. Alma Kestrel.",
        {("Alma Kestrel", "Head", "", "Meridian Bank")},
    ),
    ("role:org_led_by", "Meridian Bank is admired by Ms. Alma Kestrel.", set()),
    (
        "role:ctx_title_copula",
        "Meridian Bank lends money, and the chief executive is Laura Benson.",
        {("Laura Benson", CEO, "", "Meridian Bank")},
    ),
    (
        "role:ctx_title_copula",
        "Meridian Bank and Granite Logistics Inc. do business, and the chief executive "
        "is Laura Benson.",
        set(),
    ),
    (
        "role:ctx_copula_the_title",
        "Meridian Bank lends money. Laura Benson is the chief executive.",
        {("Laura Benson", CEO, "", "Meridian Bank")},
    ),
    (
        "role:ctx_copula_the_title",
        "Meridian Bank and Granite Logistics Inc. do business. Laura Benson is the "
        "chief executive.",
        {("Laura Benson", CEO, "", "")},
    ),
    (
        "role:ctx_copula_the_title",
        "Meridian Bank lends money. Laura Benson is the best cook in town.",
        set(),
    ),
    (
        "role:poss_tenure_as_title_org",
        "The board met after Laura Benson's eight years as Meridian Bank chief "
        "executive.",
        {("Laura Benson", CEO, "", "Meridian Bank")},
    ),
    (
        "role:poss_tenure_as_title_org",
        "Laura Benson's tenure as chief executive of Meridian Bank ended in May.",
        {("Laura Benson", CEO, "", "Meridian Bank")},
    ),
    (
        "role:poss_tenure_as_title_org",
        "The board met after Laura Benson's eight years as a Meridian Bank customer.",
        set(),
    ),
    (
        "role:succeeding_title_org",
        "Laura Benson was named chief executive of Meridian Bank, succeeding Robert "
        "Hale.",
        {
            ("Laura Benson", CEO, "", "Meridian Bank"),
            ("Robert Hale", CEO, "former", "Meridian Bank"),
        },
    ),
    (
        "role:succeeding_title_org",
        "Laura Benson moved to Meridian Bank in 2004, becoming chief executive, "
        "succeeding Robert Hale.",
        {("Robert Hale", CEO, "former", "Meridian Bank")},
    ),
    (
        "role:succeeding_title_org",
        "Laura Benson praised Meridian Bank, thanking Robert Hale.",
        set(),
    ),
    (
        "role:known_as_title_org",
        "Laura Benson is best known as the founder of Meridian Bank.",
        {("Laura Benson", "Founder", "", "Meridian Bank")},
    ),
    (
        "role:known_as_title_org",
        "Laura Benson is best known as a critic of Meridian Bank.",
        set(),
    ),
    (
        "role:copula_descr_list_title_org",
        "Laura Benson was a Dutch poet, painter, and professor of chemistry at Dunrow "
        "University.",
        {("Laura Benson", "Professor", "", "Dunrow University")},
    ),
    (
        "role:copula_descr_list_title_org",
        "Laura Benson was a Dutch poet, painter, and a friend of Dunrow University.",
        set(),
    ),
    (
        "role:title_of_org_field_at_org",
        # (For professors the field is a non-entity now - nonent:academic-field - so
        # another title is used.)
        "Laura Benson is a director for Digital Heritage Studies at Dunrow University.",
        {("Laura Benson", "Director", "", "Dunrow University")},
    ),
    (
        "role:title_of_org_field_at_org",
        "Laura Benson is a donor for Digital Heritage Studies at Dunrow University.",
        set(),
    ),
    (
        "role:tail_and_prep_org",
        "Laura Benson was professor of chemistry at Dunrow University and at Kelsey "
        "College.",
        {
            ("Laura Benson", "Professor", "", "Dunrow University"),
            ("Laura Benson", "Professor", "", "Kelsey College"),
        },
    ),
    (
        "role:tail_paren_title",
        "Laura Benson is the Master of Kelsey College (president and chief executive).",
        {
            ("Laura Benson", "Master", "", "Kelsey College"),
            ("Laura Benson", "President", "", "Kelsey College"),
            ("Laura Benson", CEO, "", "Kelsey College"),
        },
    ),
    (
        "role:copula_title_in_org",
        "Laura Benson is a partner in Tarrant Ambler Associates.",
        {("Laura Benson", "Partner", "", "Tarrant Ambler Associates")},
    ),
    (
        "role:copula_title_in_org",
        "Laura Benson is a believer in Tarrant Ambler Associates.",
        set(),
    ),
    # Round 3 (segment path): fields before "at", continuations, context organisations.
    (
        "role:copula_title_org",
        "Laura Benson was a professor of operations research and of statistics at "
        "Kelsey University.",
        {("Laura Benson", "Professor", "", "Kelsey University")},
    ),
    (
        "role:title_of_field_at_org",
        "Laura Benson was a professor of chemistry and physics in Oslo when Kelsey "
        "University closed.",
        {("Laura Benson", "Professor", "", "")},
    ),
    (
        "role:tail_org",
        "The panel includes Robert Hale, founder of Granite Logistics Inc., and Tomas "
        "Greer, chief executive of Meridian Bank.",
        {
            ("Robert Hale", "Founder", "", "Granite Logistics Inc."),
            ("Tomas Greer", CEO, "", "Meridian Bank"),
        },
    ),
    (
        "role:tail_org",
        "Laura Benson is a professor at Kelsey University and a Halvorsen Prize "
        "laureate.",
        {("Laura Benson", "Professor", "", "Kelsey University")},
    ),
    (
        "role:tail_org_list",
        "The panel includes Robert Hale, founder of Granite Logistics Inc., Tomas "
        "Greer, chief executive of Meridian Bank, and others.",
        {
            ("Robert Hale", "Founder", "", "Granite Logistics Inc."),
            ("Tomas Greer", CEO, "", "Meridian Bank"),
        },
    ),
    (
        "role:tail_as_title_org",
        "Laura Benson worked as chief executive of Meridian Bank, and earlier as "
        "finance director of Granite Logistics Inc.",
        {
            ("Laura Benson", CEO, "", "Meridian Bank"),
            ("Laura Benson", "Chief Financial Officer", "", "Granite Logistics Inc."),
        },
    ),
    (
        "role:tail_as_title_org",
        "Laura Benson worked as chief executive of Meridian Bank, and as a result "
        "Granite Logistics Inc. lost its best analyst.",
        {("Laura Benson", CEO, "", "Meridian Bank")},
    ),
    (
        "role:aside_serve_as_title_org",
        "Robert Hale, long regarded as a pioneer of offshore wind power, serves as "
        "chairman of Northwind Freight Ltd.",
        {("Robert Hale", "Chair", "", "Northwind Freight Ltd.")},
    ),
    (
        "role:aside_serve_as_title_org",
        "Robert Hale, long regarded as a pioneer of offshore wind power, said "
        "Northwind Freight Ltd serves as a model.",
        set(),
    ),
    (
        "role:tail_at_org",
        "Laura Benson is a professor in the Department of Physics at Kelsey "
        "University.",
        {
            ("Laura Benson", "Professor", "", "Department of Physics"),
            ("Laura Benson", "Professor", "", "Kelsey University"),
        },
    ),
    (
        "role:tail_at_org",
        "Laura Benson is a partner in Tarrant Ambler Associates at Kelsey University's "
        "request.",
        {("Laura Benson", "Partner", "", "Tarrant Ambler Associates")},
    ),
    (
        # right after a name, "at" continues no title: a party is not the
        # senator's office (role:prenominal_title_person_of_org refuses it too)
        "role:tail_at_org",
        "Senator Laura Benson at the Harbour Party said the vote was lost.",
        {
            ("Laura Benson", "Senator", "", ""),
            ("Laura Benson", "", "", "Harbour Party"),
        },
    ),
    (
        # the organisation is written twice (the segments fold "(HRA)" into the
        # name): the "and" inside the quote continues no title
        "role:tail_org",
        'Harbour Rowing Association (HRA) chief executive, Laura Benson, said: "The '
        'deal between the HRA and Brandt Logistics works."',
        {("Laura Benson", CEO, "", "HRA")},
    ),
    (
        "role:copula_title_in_org",
        "Laura Benson is an Israeli-American partner in Tarrant Ambler Associates.",
        {("Laura Benson", "Partner", "", "Tarrant Ambler Associates")},
    ),
    (
        "role:ctx_under_title",
        "Meridian Bank says the first Halvorsen Energy Group turbine was designed "
        "under the tenure of CEO Robert Hale.",
        {("Robert Hale", CEO, "", "Halvorsen Energy Group")},
    ),
    (
        "role:ctx_poss_title",
        "Granite Logistics Inc. sold its stake to Meridian Bank and its chief "
        "executive Laura Benson.",
        {("Laura Benson", CEO, "", "Meridian Bank")},
    ),
    (
        "role:ctx_poss_title",
        "Northwind Freight Ltd, which works with Meridian Bank, is led by its "
        "chairman, Robert Hale.",
        {("Robert Hale", "Chair", "", "Northwind Freight Ltd")},
    ),
    (
        "role:ctx_led_by_title",
        "Meridian Bank lends to Northwind Freight Ltd, a carrier led by their founder, "
        "Robert Hale.",
        {("Robert Hale", "Founder", "", "Northwind Freight Ltd")},
    ),
    (
        "role:ctx_led_by_title",
        "Led by chairman Robert Hale, the team met Meridian Bank and Northwind Freight "
        "Ltd.",
        {("Robert Hale", "Chair", "", "")},
    ),
    (
        "role:serve_as_title_org",
        "Laura Benson works as a lecturer (Statistics) at Kelsey University.",
        {("Laura Benson", "Lecturer", "", "Kelsey University")},
    ),
    (
        "role:copula_title_org",
        "Laura Benson is a Master of Science graduate of Kelsey University.",
        set(),
    ),
    (
        "role:said_person_at_org",
        "Prices will fall, said Ana Gayo at Harbor Capital.",
        {("Ana Gayo", "", "", "Harbor Capital")},
    ),
    (
        "role:said_person_at_org",
        "Prices will fall, said Ana Gayo from Harbor University.",
        {("Ana Gayo", "", "", "Harbor University")},
    ),
    (
        "role:said_person_at_org",
        "Ana Gayo at Harbor Capital says prices will fall.",
        {("Ana Gayo", "", "", "Harbor Capital")},
    ),
    (
        "role:said_person_at_org",
        "The crowd cheered Ana Gayo at the Harbor Arena on Friday.",
        set(),
    ),
    (
        "role:tail_org_list",
        '"We are pleased," said Jane Whitfield, CEO, Brightline Systems.',
        {("Jane Whitfield", CEO, "", "Brightline Systems")},
    ),
    (
        "role:copula_title_org",
        "Maria Lopez is currently the APAC CEO of Brandwise Technologies.",
        {("Maria Lopez", CEO, "regional", "Brandwise Technologies")},
    ),
    (
        "role:appos_person_title",
        "Led by Stephen Hall, Worldwide Chairman and CEO, the firm has 2,000 staff.",
        {("Stephen Hall", "Chair", "global", ""), ("Stephen Hall", CEO, "", "")},
    ),
    (
        "role:fronted_as_title_org",
        "Prior to her current role as CEO of Elevance, Karen Dole was a senior vice "
        "president at Innovene.",
        {
            ("Karen Dole", CEO, "", "Elevance"),
            ("Karen Dole", "Senior Vice President", "", "Innovene"),
        },
    ),
    (
        "role:fronted_as_title_org",
        "As chief executive of Halvorsen Energy, Maria Lopez cut 2,000 jobs.",
        {("Maria Lopez", CEO, "", "Halvorsen Energy")},
    ),
    # with no organisation; not a word that is no title
    (
        "role:fronted_as_title",
        "As attorney general, Maria Lopez oversees the inquiry.",
        {("Maria Lopez", "Attorney General", "", "")},
    ),
    ("role:fronted_as_title", "As a mother, Maria Lopez worries.", set()),
    # an apposition at the sentence's end, and a sentence opening with the title
    # phrase before its speaker
    (
        "role:appos_title_person",
        "The delegation is led by the trade minister, Maria Lopez.",
        {("Maria Lopez", "Trade Minister", "", "")},
    ),
    (
        "role:appos_title_person",
        "His spokesperson, Maria Lopez says the talks will resume.",
        {("Maria Lopez", "Spokesperson", "", "")},
    ),
    (
        # no fronted_as_title_org for Jane Doe: a person precedes the "as"
        "role:resign_title_org",
        "After Tom Roe stepped down as CEO of Acme Corp, Jane Doe criticized him.",
        {("Tom Roe", CEO, "former", "Acme Corp")},
    ),
    (
        "role:fronted_as_title_org",
        "In his years as chairman of Delmar Bank, Peter Vance's fortune grew.",
        set(),
    ),
    (
        "role:prenominal_title_person_of_org",
        '"It works," said Professor Anna Berg of Tel Aviv University, a member of '
        "the team.",
        {("Anna Berg", "Professor", "", "Tel Aviv University")},
    ),
    (
        # a courtesy title, a comma and "from" may come between
        "role:prenominal_title_person_of_org",
        "Supt Anna Berg, from Northshire Police, said the road would reopen.",
        {("Anna Berg", "Superintendent", "", "Northshire Police")},
    ),
    (
        "role:prenominal_title_person_of_org",
        "Professor Dr Anna Berg of Brightwater College said the data were thin.",
        {("Anna Berg", "Professor", "", "Brightwater College")},
    ),
    (
        # a place's office before its holder: no organisation
        "role:prenominal_title_of_place",
        "Mayor of Bergen Ola Berg opened the new bridge on Monday.",
        {("Ola Berg", "Mayor", "", "")},
    ),
    (
        "role:prenominal_title_of_place",
        "The Mayor of Bergen said Ola Berg had opened the new bridge.",
        set(),
    ),
    (
        # a party is the senator's, not the office's (not read by
        # role:prenominal_title_person_of_org)
        "role:prenominal_title",
        "Senator Anna Berg of the Harbour Party voted against the bill.",
        {("Anna Berg", "Senator", "", ""), ("Anna Berg", "", "", "Harbour Party")},
    ),
    (
        # "at" after a name tells where, not whose
        "role:prenominal_title_person_of_org",
        "Introduced by President Laura Benson at a Norland Union conference in 1984, "
        "the rule was soon dropped.",
        {("Laura Benson", "President", "", "")},
    ),
    (
        # a peer's seat is no organisation
        "role:prenominal_title_person_of_org",
        "The former minister Lord Berg of Blaby said he would vote against it.",
        {("Berg", "Minister", "former", "")},
    ),
    (
        # a country is no organisation: the title alone
        "role:prenominal_title",
        "President Vladimir Petrov of Russia met him.",
        {("Vladimir Petrov", "President", "", "")},
    ),
    (
        "role:prenominal_title_person_of_org",
        "A professor at Tel Aviv University said Anna Berg of Haifa was wrong.",
        set(),
    ),
    (
        "role:affil_org_member",
        "Halvorsen Energy employee Jane Doe was fired.",
        {("Jane Doe", "", "", "Halvorsen Energy")},
    ),
    (
        # one joins an organisation, even one the model took for a person
        "role:affil_fronted_joining",
        "Prior to joining Brighttag, Eric Lunt was chief technology officer of "
        "FeedBurner.",
        {("Eric Lunt", "", "", "Brighttag"), ("Eric Lunt", CTO, "", "FeedBurner")},
    ),
    (
        "role:copula_descr_title",
        "Tomas Reyes is a Chilean billionaire businessman, the co-owner, chairman "
        "and CEO.",
        {
            ("Tomas Reyes", "Owner", "co", ""),
            ("Tomas Reyes", "Chair", "", ""),
            ("Tomas Reyes", CEO, "", ""),
        },
    ),
    (
        "role:tail_org_list",
        "Tomas Reyes is a Chilean businessman, the chairman and CEO, Grupo Andino.",
        {
            ("Tomas Reyes", "Chair", "", "Grupo Andino"),
            ("Tomas Reyes", CEO, "", "Grupo Andino"),
        },
    ),
    ("role:copula_descr_title", "Tomas Reyes is a liar, the senator said.", set()),
    (
        "role:org_founded_by_person_title",
        "Harbor Lending Corporation is a privately held company founded in 1996 by "
        "Tom Avery, president and chief executive officer.",
        {
            ("Tom Avery", "President", "", "Harbor Lending Corporation"),
            ("Tom Avery", CEO, "", "Harbor Lending Corporation"),
        },
    ),
    (
        "role:affil_been_with",
        "Maria Lopez has been with Halvorsen Energy since 2004.",
        {("Maria Lopez", "", "", "Halvorsen Energy")},
    ),
    ("role:affil_been_with", "Maria Lopez was with Halvorsen Energy officials.", set()),
    (
        # the closing full stop is no word after the organisation
        "role:affil_been_with",
        "Maria Lopez was previously with Halvorsen Energy.",
        {("Maria Lopez", "", "", "Halvorsen Energy")},
    ),
    (
        "role:affil_joined_body_of",
        "Maria Lopez joined the faculty of Carver College in 1990.",
        {("Maria Lopez", "", "", "Carver College")},
    ),
    (
        "role:affil_joined_body_of",
        "Maria Lopez joined the protest of Carver College students.",
        set(),
    ),
    (
        "role:org_hired_person",
        "Halvorsen Energy hired Maria Lopez in 2012.",
        {("Maria Lopez", "", "", "Halvorsen Energy")},
    ),
    (
        "role:org_hired_person",
        "Halvorsen Energy sued Maria Lopez in 2012.",
        set(),
    ),
    (
        "role:on_staff_of",
        "Maria Lopez has been on the faculty of Norvik University since 1990.",
        {("Maria Lopez", "", "", "Norvik University")},
    ),
    (
        "role:on_staff_of",
        "Maria Lopez commented on the staff of Halvorsen Energy.",
        set(),
    ),
    (
        "role:hired_by_org",
        "Maria Lopez was hired by Halvorsen Energy in 2012.",
        {("Maria Lopez", "", "", "Halvorsen Energy")},
    ),
    (
        "role:hired_by_org",
        "Tom Roe, who was recruited by the Norvik Institute, left in May.",
        {("Tom Roe", "", "", "Norvik Institute")},
    ),
    (
        "role:hired_by_org",
        "Maria Lopez was sued by Halvorsen Energy in 2012.",
        set(),
    ),
    (
        "role:hired_by_org",
        # The hiring was the chief executive's, a person of the organisation.
        "Maria Lopez was hired by Halvorsen Energy's chief executive.",
        set(),
    ),
    (
        "role:affil_org_member",
        # a title between the member noun and the name is the member's title there
        "Another Kestrel Rail employee, attorney Ola Berg, wrote the letter.",
        {("Ola Berg", "Attorney", "", "Kestrel Rail")},
    ),
    (
        "role:org_dismissed_person",
        "Kestrel Rovers have sacked their manager Ola Berg.",
        {("Ola Berg", "Manager", "former", "Kestrel Rovers")},
    ),
    (
        "role:org_dismissed_person",
        "Halvorsen Energy fired Maria Lopez in May.",
        {("Maria Lopez", "", "former", "Halvorsen Energy")},
    ),
    (
        "role:org_dismissed_person",
        "Halvorsen Energy praised Maria Lopez in May.",
        set(),
    ),
    (
        "role:org_dismissed_person",
        # removed from an office held elsewhere, not from a post at the court
        "The Norvik Court dismissed Maria Lopez from office.",
        set(),
    ),
    (
        "role:org_dismissed_person",
        # another sense: the claims are dismissed, not their author
        "Halvorsen Energy dismissed Tom Reeves' claims.",
        set(),
    ),
    (
        "role:dismissed_by_org",
        "Maria Lopez was fired by Halvorsen Energy in 2012.",
        {("Maria Lopez", "", "former", "Halvorsen Energy")},
    ),
    (
        "role:dismissed_by_org",
        "Tom Roe was expelled from the Norvik Party in May.",
        {("Tom Roe", "", "former", "Norvik Party")},
    ),
    (
        "role:dismissed_by_org",
        # The firing was the chief executive's, a person of the organisation.
        "Maria Lopez was fired by Halvorsen Energy's chief executive.",
        set(),
    ),
    (
        "role:dismissed_by_org",
        "Maria Lopez was praised by Halvorsen Energy in 2012.",
        set(),
    ),
    (
        "role:affil_org_possessive",
        "The findings were striking, said the Halvorsen Institute's Maria Lopez.",
        {("Maria Lopez", "", "", "Halvorsen Institute")},
    ),
    (
        "role:affil_org_possessive",
        "Halvorsen News' Tom Roe contributed to this report.",
        {("Tom Roe", "", "", "Halvorsen News")},
    ),
    (
        "role:affil_org_possessive",
        "Norway's Maria Lopez won the race on Sunday.",
        set(),
    ),
    (
        # a byline's list: every name after the organisation's possessive
        "role:affil_org_possessive",
        "Halvorsen News' Tom Roe, Ann Poe, Jo Lind and Eva Berg contributed to this "
        "report.",
        {
            ("Tom Roe", "", "", "Halvorsen News"),
            ("Ann Poe", "", "", "Halvorsen News"),
            ("Jo Lind", "", "", "Halvorsen News"),
            ("Eva Berg", "", "", "Halvorsen News"),
        },
    ),
    (
        # a list with a name the recognizer read as an organisation (hand-set
        # ORG): the name before it is not given that "organisation", and the
        # list stops there
        "role:affil_org_possessive",
        "Halvorsen News' Tom Roe, Ann Poe, Jack Date and Eva Berg contributed to this "
        "report.",
        {("Tom Roe", "", "", "Halvorsen News")},
    ),
    (
        # a name with its own organisation's possessive is that organisation's
        "role:affil_org_possessive",
        "Halvorsen News' Tom Roe and Vesta Radio's Ann Poe contributed to this report.",
        {("Tom Roe", "", "", "Halvorsen News"), ("Ann Poe", "", "", "Vesta Radio")},
    ),
    (
        # a city the recognizer took for an organisation names no employer, nor
        # for the names after it (hand-set ORG)
        "role:affil_org_possessive",
        "Rotterdam's Maria Lopez and Eva Berg won the race on Sunday.",
        set(),
    ),
    (
        # A city the recognizer took for an organisation: its official, its
        # player, its mayor; not an employer the sentence names.
        "role:affil_org_possessive",
        "Rotterdam's Maria Lopez won the race on Sunday.",
        set(),
    ),
    (
        "role:succeeded_person_title_org",
        "She succeeded Tom Roe as chief executive of Halvorsen Energy in 2012.",
        {("Tom Roe", CEO, "former", "Halvorsen Energy")},
    ),
    (
        "role:succeeded_person_title_org",
        "She praised Tom Roe as a chief executive of vision.",
        set(),
    ),
    # without an organisation; and the one to be succeeded holds it still
    (
        "role:succeeded_person_title",
        "She replaced Tom Roe as treasurer in 2012.",
        {("Tom Roe", "Treasurer", "former", "")},
    ),
    (
        "role:succeeded_person_title",
        "She replaced Tom Roe's deputy as treasurer in 2012.",
        set(),
    ),
    (
        "role:to_succeed_person_title_org",
        "She is the favourite to succeed Tom Roe as chief executive of Halvorsen "
        "Energy.",
        {("Tom Roe", CEO, "", "Halvorsen Energy")},
    ),
    (
        "role:to_succeed_person_title_org",
        "She hopes to see Tom Roe as chief executive of Halvorsen Energy.",
        set(),
    ),
    (
        "role:to_succeed_person_title",
        "She is the favourite to succeed Tom Roe as treasurer.",
        {("Tom Roe", "Treasurer", "", "")},
    ),
    (
        "role:to_succeed_person_title",
        "She hopes to succeed in the race as treasurer.",
        set(),
    ),
    # a counterpart holds the office of the titled person before, in the country
    # named
    (
        "role:counterpart",
        "Russian President Ivan Petrov and his Turkish counterpart Omar Dahl held "
        "talks.",
        {("Ivan Petrov", "President", "", ""), ("Omar Dahl", "President", "", "")},
    ),
    (
        "role:counterpart",
        "Ivan Petrov called his Turkish counterpart Omar Dahl on Monday.",
        set(),
    ),
    (
        # a hometown is no organisation, whatever the model called it: neither
        # for this rule nor for the parse's untitled "person of X"
        "role:prenominal_title",
        "Republican Sen. Keith Regier of Kalispell said so.",
        {("Keith Regier", "Senator", "", "")},
    ),
    (
        "role:prenominal_title",
        "Ranking Member Louise Slaughter spoke first.",
        {("Louise Slaughter", "Ranking Member", "", "")},
    ),
    (
        # a site is an organisation noun: the description folds into the name
        "role:copula_descr_title_org",
        "Matt Ferguson is an American CEO for the online job site Jobvista.",
        {("Matt Ferguson", CEO, "", "Jobvista")},
    ),
]

# (rule_id, sentence, expected {(child, parent)}) for relation_rows.
RELATION_CASES: list[tuple[str, str, set[tuple[str, str]]]] = [
    (
        "rel:under",
        "The Office of Fair Trading under the Department of Commerce issued the fine.",
        {("Office of Fair Trading", "Department of Commerce")},
    ),
    (
        "rel:under",
        "The Office of Fair Trading fined the Department of Commerce under a new law.",
        set(),
    ),
    (
        "rel:within",
        "The Anti-Fraud Unit within the National Crime Agency made the arrests.",
        {("Anti-Fraud Unit", "National Crime Agency")},
    ),
    (
        "rel:within",
        "The Anti-Fraud Unit arrested two men within hours, the National Crime Agency "
        "said.",
        set(),
    ),
    (
        "rel:possessive",
        "Halvorsen Energy Group's Research Division published the study.",
        {("Research Division", "Halvorsen Energy Group")},
    ),
    ("rel:possessive", "Halvorsen Energy Group's Meridian Bank deal collapsed.", set()),
    (
        "rel:of_in",
        "Staff of the Cyber Defence Unit in the Ministry of Defence were briefed.",
        {("Cyber Defence Unit", "Ministry of Defence")},
    ),
    (
        "rel:of_in",
        "Shares of Meridian Bank in Halvorsen Energy Group were sold.",
        set(),
    ),
    (
        "rel:appos_unit_of",
        "Northwind Freight Ltd, a wholly owned subsidiary of Granite Logistics Inc., "
        "won the contract.",
        {("Northwind Freight Ltd", "Granite Logistics Inc.")},
    ),
    (
        "rel:appos_unit_of",
        "Northwind Freight Ltd, a fierce rival of Granite Logistics Inc., won the "
        "contract.",
        set(),
    ),
    (
        "rel:copula_unit_of",
        "Northwind Freight Ltd is a subsidiary of Granite Logistics Inc.",
        {("Northwind Freight Ltd", "Granite Logistics Inc.")},
    ),
    (
        "rel:copula_unit_of",
        "Northwind Freight Ltd is a competitor of Granite Logistics Inc.",
        set(),
    ),
]
