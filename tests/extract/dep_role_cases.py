"""Sentence -> expected rows of the parse rules (roles.jsonl, "over": "parse"), written
for
this project.

Imported by test_dep_roles.py as `dep_role_cases`. Each case is (rule_id,
sentence, expected): expected is the exact set of (person, title, qualifier,
org) rows that pipeline.extract.dep_roles.dep_role_rows gives for the
sentence. A case with rows is a positive case of rule_id (some row's rule_id
names it); a case without rows is a negative case.
"""

from __future__ import annotations

CEO = "Chief Executive Officer"

DEP_ROLE_CASES: list[tuple[str, str, set[tuple[str, str, str, str]]]] = [
    (
        "role:dep_copula",
        "Helga Strand is the chief operating officer of Brightwater Analytics.",
        {("Helga Strand", "Chief Operating Officer", "", "Brightwater Analytics")},
    ),
    (
        # a name before a capitalised chair title names the chair, not a holder
        "role:dep_copula_appos",
        "Helga Strand is currently Harold E. Webb Professor of Physics at Kestrel "
        "University.",
        {("Helga Strand", "Professor", "", "Kestrel University")},
    ),
    (
        "role:dep_copula",
        # a qualifier before the organisation the title follows is the title's
        "Helga Strand is a former Brightwater Analytics executive.",
        {("Helga Strand", "Executive", "former", "Brightwater Analytics")},
    ),
    (
        "role:dep_copula",
        "Helga Strand is the daughter of the chief operating officer of Brightwater "
        "Analytics.",
        set(),
    ),
    (
        "role:dep_copula",
        # ", who" after the second of two names is the second person's, though
        # the parser hangs the clause on the first.
        "The site was founded by Helga Strand, Omar Vance, who had been the chief "
        "executive of Brightwater Analytics, and Peter Lund.",
        {("Omar Vance", CEO, "", "Brightwater Analytics")},
    ),
    (
        "role:dep_copula",
        # "she" is not the one person the sentence names, a man.
        "After a stint under chancellor Tomas Varga, she became head of the "
        "Lindqvist Party.",
        set(),
    ),
    (
        "role:dep_copula",
        "After a stint under chancellor Maria Varga, she became head of the "
        "Lindqvist Party.",
        {("Maria Varga", "Head", "", "Lindqvist Party")},
    ),
    (
        "role:dep_appos",
        "Tomas Reyes, treasurer of the Lakeside Rowing Club, resigned on Monday.",
        {("Tomas Reyes", "Treasurer", "", "Lakeside Rowing Club")},
    ),
    (
        "role:dep_appos",
        "Tomas Reyes, a neighbour of the Lakeside Rowing Club treasurer, complained on "
        "Monday.",
        set(),
    ),
    (
        "role:dep_appos",
        "Tomas Reyes, a weapons expert at the Kestrel Institute, said the test failed.",
        {("Tomas Reyes", "Expert", "", "Kestrel Institute")},
    ),
    (
        "role:dep_appos",
        # "and the treasurer" right after the name is another person
        "The mayor met Tomas Reyes and the treasurer of the Lakeside Rowing Club on "
        "Monday.",
        set(),
    ),
    (
        "role:dep_appos",
        # "other" counts the name among them
        "Prosecutors must decide whether to indict Tomas Reyes and other Vantora "
        "executives by Tuesday.",
        {("Tomas Reyes", "Executive", "", "Vantora")},
    ),
    (
        "role:dep_appos_of_title",
        "The new treasurer of the Lakeside Rowing Club, Tomas Reyes, resigned on "
        "Monday.",
        {("Tomas Reyes", "Treasurer", "", "Lakeside Rowing Club")},
    ),
    (
        "role:dep_appos_of_title",
        "The report was written by Northwind Bank economists Priya Natarajan and Marco "
        "Bellini.",
        {
            ("Priya Natarajan", "Economist", "", "Northwind Bank"),
            ("Marco Bellini", "Economist", "", "Northwind Bank"),
        },
    ),
    (
        "role:dep_appos_of_title",
        "The treasurer of the Lakeside Rowing Club met Tomas Reyes on Monday.",
        set(),
    ),
    (
        "role:dep_left_as",
        "Ingrid Malmo stepped down as Northwind Bank's chief financial officer on "
        "Monday.",
        {("Ingrid Malmo", "Chief Financial Officer", "former", "Northwind Bank")},
    ),
    (
        "role:dep_left_as",
        "Ingrid Malmo stepped aside for Northwind Bank's chief financial officer.",
        set(),
    ),
    (
        # "whom" is the object: the title is the appointee's
        "role:dep_as",
        "Lena Fisk, whom Omar Dahl named as treasurer of the Northfield Rowing "
        "Club, resigned.",
        set(),
    ),
    (
        "role:dep_as",
        "Ingrid Malmo served as chief financial officer at Northwind Bank for six "
        "years.",
        {("Ingrid Malmo", "Chief Financial Officer", "", "Northwind Bank")},
    ),
    (
        "role:dep_as",
        "Priya Natarajan, who serves as treasurer of Northwind Bank, spoke first.",
        {("Priya Natarajan", "Treasurer", "", "Northwind Bank")},
    ),
    (
        "role:dep_as",
        "Priya Natarajan is an engineer who serves as president of Northwind Bank.",
        {("Priya Natarajan", "President", "", "Northwind Bank")},
    ),
    (
        "role:dep_as",
        # a successor takes the office the "as" names (the predecessor's row is
        # a segment rule's)
        "Ingrid Malmo replaced Omar Vance as chief financial officer of Northwind "
        "Bank.",
        {("Ingrid Malmo", "Chief Financial Officer", "", "Northwind Bank")},
    ),
    (
        "role:dep_as",
        # "that A replace B as ..." asks A to put someone else in B's place
        "Critics demanded that Ingrid Malmo replace Omar Vance as chief financial "
        "officer of Northwind Bank.",
        set(),
    ),
    (
        "role:dep_as",
        "Ingrid Malmo sent a letter as chief financial officer to Northwind Bank.",
        set(),
    ),
    (
        "role:dep_as",
        "Priya Natarajan, who served as a witness against Northwind Bank, spoke first.",
        set(),
    ),
    (
        "role:dep_title_of_org",
        "Marco Bellini is the president and chief executive of Northwind Bank.",
        {
            ("Marco Bellini", "President", "", "Northwind Bank"),
            ("Marco Bellini", CEO, "", "Northwind Bank"),
        },
    ),
    (
        "role:dep_title_of_org",
        "Priya Natarajan, who was president of Northwind Bank, died on Sunday.",
        {("Priya Natarajan", "President", "", "Northwind Bank")},
    ),
    (
        # a title with its own field holds no other office's organisation
        # (title_orgs.fielded)
        "role:dep_title_of_org",
        "Priya Natarajan is professor of economics and director of Northwind Bank.",
        {("Priya Natarajan", "Director", "", "Northwind Bank")},
    ),
    (
        # ... but shares a workplace
        "role:dep_title_of_org",
        "Priya Natarajan is professor of history and dean of research at Northwind "
        "University.",
        {
            ("Priya Natarajan", "Professor", "", "Northwind University"),
            ("Priya Natarajan", "Dean", "", "Northwind University"),
        },
    ),
    (
        # a scholar at a university or a think tank works there (lexicon
        # occupations; the parse reads an occupation, the segments do not)
        "role:dep_title_of_org",
        "Ola Berg, a scholar at Kestrel University, said the law was unclear.",
        {("Ola Berg", "Scholar", "", "Kestrel University")},
    ),
    (
        "role:dep_title_of_org",
        # an occupation (occupations lexicon) is a title too
        "Maria Lopez was an intern at Halvorsen Energy.",
        {("Maria Lopez", "Intern", "", "Halvorsen Energy")},
    ),
    (
        "role:dep_verb_in_unit_of_org",
        "Maria Lopez works in the finance department of Halvorsen Energy.",
        {("Maria Lopez", "", "", "Halvorsen Energy")},
    ),
    (
        "role:dep_verb_in_unit_of_org",
        "Maria Lopez works in the finance department near Halvorsen Energy.",
        set(),
    ),
    (
        "role:dep_title_working_at_org",
        "Maria Lopez, an engineer employed by Halvorsen Energy, spoke first.",
        {("Maria Lopez", "Engineer", "", "Halvorsen Energy")},
    ),
    (
        "role:dep_title_working_at_org",
        # working on an account is no place of work
        "Maria Lopez, an analyst working on the Halvorsen Energy account, spoke first.",
        set(),
    ),
    (
        "role:dep_oversees_at_org",
        "Maria Lopez leads the research team at Halvorsen Energy.",
        {("Maria Lopez", "", "", "Halvorsen Energy")},
    ),
    (
        "role:dep_oversees_at_org",
        # "at" on the verb
        "Tom Roe heads the lab at Norvik University.",
        {("Tom Roe", "", "", "Norvik University")},
    ),
    (
        "role:dep_oversees_at_org",
        # a function of the organisation (lexicon work_functions) is led there too
        "Maria Lopez heads sales at Halvorsen Energy.",
        {("Maria Lopez", "", "", "Halvorsen Energy")},
    ),
    (
        "role:dep_oversees_at_org",
        # a protest is no unit of the organisation
        "Maria Lopez led a protest at Halvorsen Energy.",
        set(),
    ),
    (
        "role:dep_title_of_org",
        "Marco Bellini is a shareholder of Northwind Bank.",
        set(),
    ),
    (
        "role:dep_title_of_org",
        "Priya Natarajan, who was a critic of Northwind Bank, died on Sunday.",
        set(),
    ),
    (
        # an organisation before coordinated titles is shared only by a title
        # without one of its own
        "role:dep_org_title",
        "Ann Poe, former Norland Union special rapporteur on housing, and professor "
        "emeritus of law at Kestrel University, spoke on Monday.",
        {
            ("Ann Poe", "Special Rapporteur", "former", "Norland Union"),
            ("Ann Poe", "Professor Emeritus", "", "Kestrel University"),
        },
    ),
    (
        # a title with its own possessor keeps its office apart from the
        # organisation of the title coordinated with it
        "role:dep_title_of_org",
        "Marco Bellini, the college's dean and former chairman of Northwind Bank, "
        "spoke on Monday.",
        {("Marco Bellini", "Chair", "former", "Northwind Bank")},
    ),
    (
        "role:dep_title_of_org",
        "Marco Bellini, the dean and former chairman of Northwind Bank, spoke on "
        "Monday.",
        {
            ("Marco Bellini", "Dean", "", "Northwind Bank"),
            ("Marco Bellini", "Chair", "former", "Northwind Bank"),
        },
    ),
    (
        "role:dep_org_title",
        "Marco Bellini is the Northwind Bank president.",
        {("Marco Bellini", "President", "", "Northwind Bank")},
    ),
    ("role:dep_org_title", "Marco Bellini is the Northwind Bank shareholder.", set()),
    (
        "role:dep_org_title",
        # "both" before names coordinated before a title: only the one next to
        # it is its organisation (the recognizer read the first person as an ORG)
        "Both Halvorsen and Northwind Bank chief strategist Lena Brandt stayed home.",
        {("Lena Brandt", "Chief Strategist", "", "Northwind Bank")},
    ),
    (
        "role:dep_org_title",
        "They discussed a meeting between Halvorsen and Danish President Lena Brandt.",
        set(),
    ),
    (
        "role:dep_org_title",
        # organisations coordinated before a title are all its organisations
        "The talks were led by Lena Brandt, the Northwind Bank and Kestrel Insurance "
        "adviser.",
        {
            ("Lena Brandt", "Adviser", "", "Northwind Bank"),
            ("Lena Brandt", "Adviser", "", "Kestrel Insurance"),
        },
    ),
    (
        "role:dep_verb_org",
        "Priya Natarajan joined Northwind Bank in March.",
        {("Priya Natarajan", "", "", "Northwind Bank")},
    ),
    ("role:dep_verb_org", "Priya Natarajan visited Northwind Bank in March.", set()),
    (
        # every founder of an "and" group, not only the one before the verb
        "role:dep_founded_org",
        "Helga Strand and Piet Okafor founded Brightwater Analytics in 2004.",
        {
            ("Helga Strand", "Founder", "", "Brightwater Analytics"),
            ("Piet Okafor", "Founder", "", "Brightwater Analytics"),
        },
    ),
    (
        # the partner named after "with" founded it too
        "role:dep_founded_org",
        "Dana Holm founded Brightwater Analytics with Piet Okafor in 2004.",
        {
            ("Dana Holm", "Founder", "", "Brightwater Analytics"),
            ("Piet Okafor", "Founder", "", "Brightwater Analytics"),
        },
    ),
    (
        # what was founded is no organisation
        "role:dep_founded_org",
        "Helga Strand founded a charity with Piet Okafor in 2004.",
        set(),
    ),
    (
        # the title and the organisation both hang on the joining verb
        "role:dep_join_org_as_title",
        "Priya Natarajan joined Northwind Bank in 2001 as its chief financial officer.",
        {("Priya Natarajan", "Chief Financial Officer", "", "Northwind Bank")},
    ),
    (
        "role:dep_join_org_as_title",
        "Priya Natarajan visited Northwind Bank as a consultant.",
        set(),
    ),
    (
        # the joining verb a clause of the subject's own verb
        "role:dep_join_org_as_title",
        "Priya Natarajan left Eastgate Bank in 2015 to join Northwind Bank as its "
        "chief financial officer.",
        {
            ("Priya Natarajan", "Chief Financial Officer", "", "Northwind Bank"),
            ("Priya Natarajan", "", "former", "Eastgate Bank"),
        },
    ),
    (
        # a phrase between the organisation and "as": the parse links them
        "role:dep_join_org_as_title",
        "Priya Natarajan began at Northwind Bank in 1990 as a junior analyst.",
        {("Priya Natarajan", "Analyst", "", "Northwind Bank")},
    ),
    (
        "role:dep_join_org_as_title",
        "Priya Natarajan spoke at Northwind Bank in 1990 as a guest.",
        set(),
    ),
    (
        "role:dep_verb_at_org",
        "Ingrid Malmo worked for Northwind Bank until 2010.",
        {("Ingrid Malmo", "", "", "Northwind Bank")},
    ),
    ("role:dep_verb_at_org", "Ingrid Malmo waited for Northwind Bank to reply.", set()),
    (
        # coordinated subjects: the second name is no other person the "at" hangs past
        "role:dep_verb_at_org",
        "Helga Strand and Piet Okafor work at Brightwater Analytics.",
        {
            ("Helga Strand", "", "", "Brightwater Analytics"),
            ("Piet Okafor", "", "", "Brightwater Analytics"),
        },
    ),
    (
        # but a name in the subject's own phrase is: the friend is no employee
        "role:dep_verb_at_org",
        "Helga Strand, a friend of Piet Okafor at Brightwater Analytics, works there.",
        set(),
    ),
    # A denied verb or complement holds no role.
    ("role:dep_verb_at_org", "Ingrid Malmo never worked for Northwind Bank.", set()),
    # A few hours or nights somewhere are a visit; years there are a job.
    (
        "role:dep_verb_at_org",
        "Ingrid Malmo spent four hours at the Northwind Golf Club on Sunday.",
        set(),
    ),
    (
        "role:dep_verb_at_org",
        "Ingrid Malmo stayed two nights at Harlow Lodge.",
        set(),
    ),
    (
        "role:dep_verb_at_org",
        "Ingrid Malmo spent a decade at Northwind Bank.",
        {("Ingrid Malmo", "", "", "Northwind Bank")},
    ),
    (
        "role:dep_copula",
        "Helga Strand is not the chief operating officer of Brightwater Analytics.",
        set(),
    ),
    (
        "role:dep_copula",
        # "not the only" adds: she is one
        "Helga Strand was not the only chief operating officer of Brightwater "
        "Analytics.",
        {("Helga Strand", "Chief Operating Officer", "", "Brightwater Analytics")},
    ),
    (
        "role:dep_led_by",
        "Northwind Bank is led by Ingrid Malmo.",
        {("Ingrid Malmo", "", "", "Northwind Bank")},
    ),
    ("role:dep_led_by", "Northwind Bank was praised by Ingrid Malmo.", set()),
    (
        "role:dep_copula_appos",
        "Priya Natarajan is a Canadian businesswoman, president of Northwind Bank.",
        {("Priya Natarajan", "President", "", "Northwind Bank")},
    ),
    (
        "role:dep_copula_appos",
        "Priya Natarajan is a Canadian businesswoman, a critic of Northwind Bank.",
        set(),
    ),
    (
        # a conjunct of the title's own field before the "at" leaves the
        # organisation to the title (`dep_rules.prep_of_conjunct` reads only
        # "<title> and <noun> of")
        "role:dep_title_of_org",
        "Helga Strand, professor of biology, geology and earth sciences at Kestrel "
        "University, said so.",
        {("Helga Strand", "Professor", "", "Kestrel University")},
    ),
    (
        "role:dep_title_of_org_unit",
        "Ilse Varga, head of Northwind Bank's audit department, declined to comment.",
        {("Ilse Varga", "Head", "", "Northwind Bank")},
    ),
    (
        # a company's business or arm is a unit of it (lexicon org_units)
        "role:dep_title_of_org_unit",
        "Ilse Varga, chief executive of Northwind Bank's consumer business, declined "
        "to comment.",
        {("Ilse Varga", CEO, "", "Northwind Bank")},
    ),
    (
        "role:dep_title_of_org_unit",
        "Ilse Varga, a spokeswoman for Northwind Bank's largest customer, declined to "
        "comment.",
        set(),
    ),
    (
        "role:dep_title_of_org_unit",
        "Tomas Reyes, director of the fraud division at Kestrel Insurance, said the "
        "claims had risen.",
        {("Tomas Reyes", "Director", "", "Kestrel Insurance")},
    ),
    (
        "role:dep_title_of_org_unit",
        "Tomas Reyes, director of the fraud division, said Kestrel Insurance had "
        "paid the claims.",
        set(),
    ),
    (
        # a campus is a unit of its university (lexicon org_units)
        "role:dep_title_of_org_unit",
        "Tomas Reyes, a professor of law at the Lyon campus of Brenmoor University, "
        "disagreed.",
        {("Tomas Reyes", "Professor", "", "Brenmoor University")},
    ),
    (
        "role:dep_title_portfolio_at_org",
        "Dana Holt, vice president for public affairs at Kestrel Insurance, said the "
        "claims had risen.",
        {("Dana Holt", "Vice President", "", "Kestrel Insurance")},
    ),
    (
        "role:dep_title_portfolio_at_org",
        "Dana Holt, a lawyer for the families, spoke at Kestrel Insurance on Monday.",
        set(),
    ),
    (
        "role:dep_served_on",
        "Hal Brennan served on the board of trustees of Northwind College for a "
        "decade.",
        {("Hal Brennan", "", "", "Northwind College")},
    ),
    (
        "role:dep_served_on",
        "Hal Brennan served on a panel that criticised the board of trustees of "
        "Northwind College.",
        set(),
    ),
    (
        "role:dep_served_on",
        # a board coordinated with the body served on is served on too
        "Hal Brennan served on the Lakeside Council and the board of Northwind "
        "College.",
        {
            ("Hal Brennan", "", "", "Lakeside Council"),
            ("Hal Brennan", "", "", "Northwind College"),
        },
    ),
    (
        "role:dep_served_on",
        "Hal Brennan served on the Lakeside Council and the board of governors of "
        "Northwind College.",
        {
            ("Hal Brennan", "", "", "Lakeside Council"),
            ("Hal Brennan", "", "", "Northwind College"),
        },
    ),
    (
        "role:dep_served_on",
        "Hal Brennan praised the Lakeside Council and the board of Northwind College.",
        set(),
    ),
    (
        "role:dep_title_of_orgnoun",
        "Marco Bellini is the president of the regional lender Northwind Bank.",
        {("Marco Bellini", "President", "", "Northwind Bank")},
    ),
    (
        "role:dep_title_of_orgnoun",
        "Marco Bellini is the president of a club for the regional lender Northwind "
        "Bank.",
        set(),
    ),
    (
        # a model number names a product, not an organisation
        "role:dep_title_of_orgnoun",
        "Marco Bellini is a pilot of Northwind 737s.",
        set(),
    ),
    (
        "role:dep_copula_conj",
        "Priya Natarajan was a businesswoman and a Northwind Bank engineer.",
        {("Priya Natarajan", "Engineer", "", "Northwind Bank")},
    ),
    (
        "role:dep_copula_conj",
        "Priya Natarajan was a businesswoman and a critic of Northwind Bank.",
        set(),
    ),
    (
        "role:dep_title_compound",
        "She met Northwind Bank chemist Priya Natarajan in Oslo.",
        {("Priya Natarajan", "Chemist", "", "Northwind Bank")},
    ),
    (
        "role:dep_title_compound",
        "She met Northwind Bank customer Priya Natarajan in Oslo.",
        set(),
    ),
    (
        "role:dep_person_of_org",
        "Marco Bellini of Northwind Bank said prices would rise.",
        {("Marco Bellini", "", "", "Northwind Bank")},
    ),
    (
        "role:dep_person_of_org",
        "Marco Bellini said Northwind Bank would raise prices.",
        set(),
    ),
    (
        # a name coordinated after the "from X" does not share it (the parse
        # below hangs "Paula Brand" on "Clare Bailey" as its conjunct)
        "role:dep_person_of_org",
        "Clare Bailey from the Harlow Party and Paula Brand have a strong appeal.",
        {("Clare Bailey", "", "", "Harlow Party")},
    ),
    (
        # a peer's title names a place, whatever the model called it
        "role:dep_person_of_org",
        "Former chancellor Lord Halloway of Brindle said the plan was unwise.",
        set(),
    ),
    (
        "role:dep_person_of_org",
        "Baroness Tenby of Marlow Vale spoke against the bill.",
        set(),
    ),
    (
        # "Earl" is a given name too: the organisation stays
        "role:dep_person_of_org",
        "Earl Dawson of Kestrel Foods said sales were strong.",
        {("Earl Dawson", "", "", "Kestrel Foods")},
    ),
    (
        # A known place is where the person lives, not an employer.
        "role:dep_person_of_org",
        "Marco Bellini of Raleigh said prices would rise.",
        set(),
    ),
    (
        # so is what follows a person's age, whatever the model called it
        "role:dep_person_of_org",
        "Marco Bellini, 49, of Tullyvale Holdings, told the court he had never worked.",
        set(),
    ),
    (
        "role:dep_person_of_org",
        "Marco Bellini, of Northwind Bank, denied the charge.",
        {("Marco Bellini", "", "", "Northwind Bank")},
    ),
    (
        # The second "at" hangs on the first person in the parse: only the nearer
        # person's organisation is theirs.
        "role:dep_person_of_org",
        "Lena Holt at the Institute of Geology and Omar Vance at the Coastal "
        "Institute won prizes.",
        {("Lena Holt", "", "", "Institute of Geology")},
    ),
    (
        "role:dep_appointed",
        "Anna Weiss was appointed professor of chemistry at Danforth University.",
        {("Anna Weiss", "Professor", "", "Danforth University")},
    ),
    (
        "role:dep_appointed",
        "Anna Weiss was appointed by the treasurer of Danforth University.",
        set(),
    ),
    (
        "role:dep_by_title",
        "Northwind Bank is run by Marco Bellini, the chief executive.",
        {("Marco Bellini", CEO, "", "Northwind Bank")},
    ),
    (
        "role:dep_by_title",
        "Northwind Bank was praised by Marco Bellini, a chief executive.",
        set(),
    ),
    (
        "role:dep_title_is_person",
        "The chief executive of Northwind Bank is Marco Bellini.",
        {("Marco Bellini", CEO, "", "Northwind Bank")},
    ),
    (
        "role:dep_title_is_person",
        "The chief executive of Northwind Bank met Marco Bellini.",
        set(),
    ),
    (
        "role:dep_left_org",
        "Anna Weiss resigned from Northwind Bank in 2004.",
        {("Anna Weiss", "", "former", "Northwind Bank")},
    ),
    (
        "role:dep_left_org",
        "Anna Weiss left Northwind Bank in 2004.",
        {("Anna Weiss", "", "former", "Northwind Bank")},
    ),
    (
        "role:dep_left_org",
        "Anna Weiss resigned from the board after a row with Northwind Bank.",
        set(),
    ),
    ("role:dep_left_org", "Anna Weiss left a message for Northwind Bank.", set()),
    (
        "role:dep_served_on",
        "Anna Weiss served on the Danforth Arts Council for a decade.",
        {("Anna Weiss", "", "", "Danforth Arts Council")},
    ),
    (
        "role:dep_served_on",
        "Anna Weiss served on a panel with the Danforth Arts Council.",
        set(),
    ),
    (
        "role:dep_its_title",
        "Northwind Bank was founded in 1990 by Marco Bellini, who is still its chief "
        "executive.",
        {("Marco Bellini", CEO, "", "Northwind Bank")},
    ),
    (
        "role:dep_its_title",
        "Northwind Bank, whose chief executive is Marco Bellini, grew fast.",
        {("Marco Bellini", CEO, "", "Northwind Bank")},
    ),
    (
        "role:dep_its_title",
        "Northwind Bank sued Danforth Mills, whose chief executive is Marco Bellini.",
        set(),
    ),
    (
        "role:dep_its_title",
        "Marco Bellini praised Northwind Bank for its chief executive.",
        set(),
    ),
    (
        # an appointment an organisation announces is to its own office
        "role:dep_reported_by_org",
        "Northwind Bank said Marco Bellini had been appointed chief financial officer.",
        {("Marco Bellini", "Chief Financial Officer", "", "Northwind Bank")},
    ),
    (
        "role:dep_reported_by_org",
        "Northwind Bank said it had appointed Marco Bellini as chief risk officer.",
        {("Marco Bellini", "Chief Risk Officer", "", "Northwind Bank")},
    ),
    (
        # a title with an organisation of its own keeps it: the announcing one is
        # only a fallback (role:dep_reported_by_org adds no row)
        "role:dep_appointed",
        "Northwind Bank said Marco Bellini had been appointed chief executive of "
        "Danforth Mills.",
        {("Marco Bellini", CEO, "", "Danforth Mills")},
    ),
    (
        "role:dep_reported_by_org",
        "Anna Weiss said Marco Bellini had been appointed chief financial officer.",
        set(),
    ),
    (
        "role:dep_served_in",
        "Anna Weiss served in the Royal Danish Navy during the war.",
        {("Anna Weiss", "", "", "Royal Danish Navy")},
    ),
    (
        "role:dep_served_in",
        "Anna Weiss served in a restaurant near the Royal Danish Navy base.",
        set(),
    ),
    (
        "role:dep_career_at",
        "Anna Weiss began her career at Northwind Bank in 1990.",
        {("Anna Weiss", "", "", "Northwind Bank")},
    ),
    ("role:dep_career_at", "Anna Weiss praised her career at Northwind Bank.", set()),
    (
        "role:dep_career_at",
        "Anna Weiss began her talks with Northwind Bank in 1990.",
        set(),
    ),
    # A "where" clause on an organisation says what its subject did there; "he"
    # or "she" stands for the one person named before it.
    (
        "role:dep_where_worked",
        "Anna Weiss moved to Northwind Bank, where she worked as a trader.",
        {("Anna Weiss", "", "", "Northwind Bank")},
    ),
    (
        "role:dep_where_worked",
        "Anna Weiss visited Northwind Bank, where she met the press.",
        set(),
    ),
    (
        "role:dep_where_title",
        "Anna Weiss left Northwind Bank, where she was chief risk officer, in 2019.",
        {("Anna Weiss", "Chief Risk Officer", "", "Northwind Bank")},
    ),
    (
        "role:dep_where_title",
        "Anna Weiss went to Northwind Bank, where she served as chief economist.",
        {("Anna Weiss", "Chief Economist", "", "Northwind Bank")},
    ),
    (
        "role:dep_where_title",
        "Anna Weiss was taken to Northwind Clinic, where she was pronounced dead.",
        set(),
    ),
    # "the helm" or "the reins" of an organisation is its leadership: taken, held
    # or kept; handed over, it is someone else's.
    (
        "role:dep_at_helm",
        "Anna Weiss took the helm of Northwind Bank in 2015.",
        {("Anna Weiss", "", "", "Northwind Bank")},
    ),
    (
        "role:dep_at_helm",
        "Anna Weiss took the reins at Northwind Bank in 2015.",
        {("Anna Weiss", "", "", "Northwind Bank")},
    ),
    (
        "role:dep_at_helm",
        "Anna Weiss has been at the helm of Northwind Bank since 2015.",
        {("Anna Weiss", "", "", "Northwind Bank")},
    ),
    (
        "role:dep_at_helm",
        "Anna Weiss, who took over leadership of Northwind Bank, spoke.",
        {("Anna Weiss", "", "", "Northwind Bank")},
    ),
    (
        "role:dep_at_helm",
        "Anna Weiss handed the reins of Northwind Bank to her deputy.",
        set(),
    ),
    (
        "role:dep_at_helm",
        "Anna Weiss took the helm of the rescue boat near Northwind Bank.",
        set(),
    ),
    (
        "role:dep_on_joining",
        "Before joining Northwind Bank in 2004, Anna Weiss taught music in Oslo.",
        {("Anna Weiss", "", "", "Northwind Bank")},
    ),
    (
        "role:dep_on_joining",
        "Prior to joining Northwind Bank, Anna Weiss worked as a lawyer.",
        {("Anna Weiss", "", "", "Northwind Bank")},
    ),
    (
        "role:dep_on_joining",
        "Before joining the protest against Northwind Bank, Anna Weiss wrote a letter.",
        set(),
    ),
    (
        # the title hangs on the joining verb's "as"
        "role:dep_on_joining_as_title",
        "Before joining Northwind Bank as its chief economist, Anna Weiss taught in "
        "Oslo.",
        {("Anna Weiss", "Chief Economist", "", "Northwind Bank")},
    ),
    (
        "role:dep_on_joining_as_title",
        "Anna Weiss spent ten years at Eastgate Bank before joining Northwind Bank as "
        "chief economist.",
        {
            ("Anna Weiss", "", "", "Eastgate Bank"),
            ("Anna Weiss", "Chief Economist", "", "Northwind Bank"),
        },
    ),
    (
        "role:dep_on_joining_as_title",
        "Before joining the march past Northwind Bank as a steward, Anna Weiss sang.",
        set(),
    ),
    (
        "role:dep_on_leaving",
        "After retiring from Northwind Bank, Anna Weiss moved to Leeds.",
        {("Anna Weiss", "", "former", "Northwind Bank")},
    ),
    (
        "role:dep_on_leaving",
        "After retiring from the board, Anna Weiss praised Northwind Bank.",
        set(),
    ),
    (
        "role:dep_on_leaving",
        "After leaving Northwind Bank in 2004, Anna Weiss opened a bakery.",
        {("Anna Weiss", "", "former", "Northwind Bank")},
    ),
    (
        "role:dep_on_leaving",
        "After visiting Northwind Bank in 2004, Anna Weiss opened a bakery.",
        set(),
    ),
    (
        "role:dep_on_leaving",
        # the denial is of another verb, not of leaving
        "Anna Weiss has not spoken since leaving Northwind Bank.",
        {("Anna Weiss", "", "former", "Northwind Bank")},
    ),
    (
        "role:dep_joined_team",
        "Anna Weiss joined the Northwind Bank team in 2004.",
        {("Anna Weiss", "", "", "Northwind Bank")},
    ),
    (
        "role:dep_joined_team",
        "Anna Weiss joined the faculty of Danforth University in 2001.",
        {("Anna Weiss", "", "", "Danforth University")},
    ),
    (
        "role:dep_joined_team",
        "Anna Weiss joined the protest outside Northwind Bank in 2004.",
        set(),
    ),
    (
        "role:dep_joined_team",
        "Anna Weiss joined the team that sued Northwind Bank.",
        set(),
    ),
    (
        "role:dep_joined_board",
        "Anna Weiss joined the board of trustees of Danforth University in 2001.",
        {("Anna Weiss", "", "", "Danforth University")},
    ),
    (
        "role:dep_joined_board",
        "Anna Weiss joined the board of inquiry into Danforth University in 2001.",
        set(),
    ),
    (
        "role:dep_org_before_title",
        "Northwind Bank sold the house to Danforth University professor Anna Weiss.",
        {("Anna Weiss", "Professor", "", "Danforth University")},
    ),
    (
        "role:dep_org_before_title",
        "After a talk at Northwind Bank, professor Anna Weiss left.",
        set(),
    ),
    # An organisation in apposition to the organisation is one too; another apposition
    # is not.
    (
        "role:dep_verb_at_org",
        "Anna Weiss taught at Lakeside College, Danforth University, until 1990.",
        {
            ("Anna Weiss", "", "", "Lakeside College"),
            ("Anna Weiss", "", "", "Danforth University"),
        },
    ),
    (
        "role:dep_verb_at_org",
        "Anna Weiss taught at Lakeside College, a school for the deaf, until 1990.",
        {("Anna Weiss", "", "", "Lakeside College")},
    ),
    # A plural title belongs to every coordinated name; the acronym in apposition is the
    # organisation too.
    (
        "role:dep_title_compound",
        "Later it was written by Danforth Institute of Technology (DIT) professors "
        "Harald Amberg and Gerhard Sorensen, with Juliane Sorensen.",
        {
            (p, "Professor", "", o)
            for p in ("Harald Amberg", "Gerhard Sorensen")
            for o in ("Danforth Institute of Technology", "DIT")
        },
    ),
    # An irregular plural ("spokesmen") is a plural too: a suffix test missed it.
    (
        "role:dep_title_compound",
        "Later it was read by Danforth Institute of Technology (DIT) spokesmen "
        "Harald Amberg and Gerhard Sorensen, with Juliane Sorensen.",
        {
            (p, "Spokesperson", "", o)
            for p in ("Harald Amberg", "Gerhard Sorensen")
            for o in ("Danforth Institute of Technology", "DIT")
        },
    ),
    (
        "role:dep_by_person_at_org",
        "Lakelang is a programming language designed by Anna Weiss at Northwind Labs, "
        "and first released in 1999.",
        {("Anna Weiss", "", "", "Northwind Labs")},
    ),
    (
        "role:dep_by_person_at_org",
        "The letter was written by Anna Weiss at a cafe near Northwind Bank.",
        set(),
    ),
    (
        "role:dep_title_to_org",
        "Helga Strand served as a consultant to Brightwater Analytics until 2015.",
        {("Helga Strand", "Consultant", "", "Brightwater Analytics")},
    ),
    # An envoy to a body does not work for it; only advisers' "to" counts.
    (
        "role:dep_title_to_org",
        "Helga Strand served as the Norwegian envoy to the Brightwater Council until "
        "2015.",
        set(),
    ),
    (
        "role:dep_title_in_org",
        "Helga Strand is a professor in the Danforth Department of Geology.",
        {("Helga Strand", "Professor", "", "Danforth Department of Geology")},
    ),
    (
        "role:dep_title_in_org",
        "Helga Strand is a professor who lectured in the Danforth Department of "
        "Geology.",
        set(),
    ),
    # "the company"/"the club" stands for the one organisation named before it.
    (
        "role:dep_verb_org",
        "Tomas Reyes co-founded Brightwater Analytics in 2004 and has led the company "
        "since 2010.",
        {("Tomas Reyes", "", "", "Brightwater Analytics")},
    ),
    (
        "role:dep_verb_org",
        "Lakeside Rovers won the cup in 1990, when Tomas Reyes and Anna Weiss led the "
        "club.",
        {
            ("Tomas Reyes", "", "", "Lakeside Rovers"),
            ("Anna Weiss", "", "", "Lakeside Rovers"),
        },
    ),
    (
        "role:dep_verb_org",
        "Tomas Reyes praised Brightwater Analytics and later led the company his "
        "brother founded.",
        set(),
    ),
    (
        "role:dep_appos_of_title",
        "The study was led by Danforth University psychologists Anna Weiss and Tomas "
        "Reyes.",
        {
            ("Anna Weiss", "Psychologist", "", "Danforth University"),
            ("Tomas Reyes", "Psychologist", "", "Danforth University"),
        },
    ),
    (
        "role:dep_title_on_org",
        "Hanna Berg is a judge on the Harbour Court of Appeals.",
        {("Hanna Berg", "Judge", "", "Harbour Court of Appeals")},
    ),
    (
        "role:dep_title_on_org",
        "Hanna Berg, a councillor on Westmere County Council, spoke on Monday.",
        {("Hanna Berg", "Councillor", "", "Westmere County Council")},
    ),
    (
        "role:dep_title_on_org",
        # an expert on a body studies it
        "Hanna Berg, an expert on the Norland Union, spoke on Monday.",
        set(),
    ),
    (
        "role:dep_title_of_org_unit",
        # a project is the organisation's own unit of work
        "Omar Vance, a former manager for Kestrel Insurance's claims project, left.",
        {("Omar Vance", "Manager", "former", "Kestrel Insurance")},
    ),
    (
        "role:dep_title_of_org_unit",
        # no title: a critic of the organisation's project
        "Omar Vance, a critic of Kestrel Insurance's claims project, left.",
        set(),
    ),
    (
        "role:dep_org_unit_title",
        "Roger Holm, a Burlington Mills operations manager, said the plant closed.",
        {("Roger Holm", "Manager", "", "Burlington Mills")},
    ),
    (
        "role:dep_org_unit_title",
        "Roger Holm, a manager, praised the Burlington Mills operations team.",
        set(),
    ),
    (
        "role:dep_org_unit_title",
        # a nominee to a body holds no seat there yet
        "Roger Holm, the Burlington Mills nominee director, spoke first.",
        set(),
    ),
    (
        "role:dep_verb_obj_at_org",
        "Lena Marsh covered education for the Harbor Courier for a decade.",
        {("Lena Marsh", "", "", "Harbor Courier")},
    ),
    (
        "role:dep_verb_obj_at_org",
        "Lena Marsh covered the story about the Harbor Courier.",
        set(),
    ),
    (
        "role:dep_while_working",
        "Javier Ortega completed a law degree while working for Solberg Freight.",
        {("Javier Ortega", "", "", "Solberg Freight")},
    ),
    (
        "role:dep_while_working",
        "After working at Solberg Freight for a decade, Tim Rees opened a bakery.",
        {("Tim Rees", "", "", "Solberg Freight")},
    ),
    (
        "role:dep_while_working",
        "Javier Ortega praised Solberg Freight while visiting the port.",
        set(),
    ),
    (
        "role:dep_appointed_object",
        "Shareholders elected Mary Jonsson president of the Farmers Union last week.",
        {("Mary Jonsson", "President", "", "Farmers Union")},
    ),
    (
        "role:dep_appointed_object",
        "Mary Jonsson praised the president of the Farmers Union last week.",
        set(),
    ),
    (
        "role:dep_appointed_as",
        "The trustees named Mary Jonsson as treasurer of the Farmers Union in May.",
        {("Mary Jonsson", "Treasurer", "", "Farmers Union")},
    ),
    (
        # the appointer is the subject: the title after "as" is the appointee's
        "role:dep_appointed_as",
        "Mary Jonsson appointed Tom Berg as treasurer of the Farmers Union in May.",
        {("Tom Berg", "Treasurer", "", "Farmers Union")},
    ),
    (
        "role:dep_appointed_as",
        "The trustees named Mary Jonsson as a witness against the Farmers Union.",
        set(),
    ),
    (
        "role:dep_person_of_orgnoun",
        "Sam Kade of the law firm of Dewey Marlow said the deal was off.",
        {("Sam Kade", "", "", "Dewey Marlow")},
    ),
    (
        "role:dep_person_of_orgnoun",
        "Sam Kade spoke to the law firm of Dewey Marlow on Friday.",
        set(),
    ),
    (
        "role:dep_as",
        "In 2003 Okafor joined Danforth Bank as chief executive of Danforth Credit "
        "Union.",
        # The office shows the loose subject is a person, so "joined Danforth
        # Bank" is read for him too.
        {
            ("Okafor", CEO, "", "Danforth Credit Union"),
            ("Okafor", "", "", "Danforth Bank"),
        },
    ),
    (
        "role:dep_copula",
        "Brightwater is the owner of the Harbor Courier.",
        set(),
    ),
    (
        "role:dep_copula",
        "Lincoln is the chief executive of Danforth Bank.",
        set(),
    ),
    (
        "role:dep_copula",
        "Previously, he was executive vice president at Danforth Bank.",
        set(),
    ),
    (
        "role:dep_appointed_to",
        "Ann Brandt was elected to the council and promoted to chairman of Danforth "
        "Bank.",
        {("Ann Brandt", "Chair", "", "Danforth Bank")},
    ),
    (
        "role:dep_appointed_to",
        "Ann Brandt was elected to the council and spoke to the chairman of Danforth "
        "Bank.",
        set(),
    ),
    (
        "role:dep_appointed_to_body",
        "Ann Brandt was appointed to the board of Danforth Bank.",
        {("Ann Brandt", "", "", "Danforth Bank")},
    ),
    (
        "role:dep_appointed_to_body",
        "Ann Brandt was appointed to the task force on Danforth Bank.",
        set(),
    ),
    (
        "role:dep_appointed_to_body",
        "Ann Brandt was elected to the board of directors of Danforth Bank in May.",
        {("Ann Brandt", "", "", "Danforth Bank")},
    ),
    (
        # a committee that only advises the organisation is not its board
        "role:dep_appointed_to_body",
        "Ann Brandt was elected to the board of advisers to Danforth Bank in May.",
        set(),
    ),
    (
        "role:dep_its_title",
        "As its lead designer Maya Lind told the Harbor Courier, the line sold out.",
        set(),
    ),
    (
        "role:dep_as_clause",
        "Tomas Reyes went on to serve as president of Danforth University.",
        {("Tomas Reyes", "President", "", "Danforth University")},
    ),
    (
        "role:dep_as_clause",
        "Sara Kade moved to Oslo in 2000 and began serving as editor of the Harbor "
        "Courier.",
        {("Sara Kade", "Editor", "", "Harbor Courier")},
    ),
    (
        "role:dep_as_clause",
        "Tomas Reyes left after Anna Weiss began serving as president of Danforth "
        "University.",
        {("Anna Weiss", "President", "", "Danforth University")},
    ),
    (
        "role:dep_as_clause",
        "Tomas Reyes went on to praise the president of Danforth University.",
        set(),
    ),
    (
        # a second verb of the subject, "serve" a clause of it
        "role:dep_as_clause",
        "Sara Kade joined Norvik Telecom in 2001 and went on to serve as president "
        "of Danforth University.",
        {
            ("Sara Kade", "President", "", "Danforth University"),
            ("Sara Kade", "", "", "Norvik Telecom"),
        },
    ),
    (
        # ... and "become": the title is the first verb's subject's
        "role:dep_to_become",
        "Sara Kade joined Norvik Telecom in 2001 and rose to become chief executive "
        "of Danforth University.",
        {
            ("Sara Kade", CEO, "", "Danforth University"),
            ("Sara Kade", "", "", "Norvik Telecom"),
        },
    ),
    (
        # ... not when the second verb has a subject of its own
        "role:dep_to_become",
        "Sara Kade joined Norvik Telecom in 2001 and Tomas Reyes rose to become "
        "chief executive of Danforth University.",
        {
            ("Tomas Reyes", CEO, "", "Danforth University"),
            ("Sara Kade", "", "", "Norvik Telecom"),
        },
    ),
    (
        "role:dep_to_become",
        "Helga Strand moved to Oslo to become chief executive of Norvik Telecom.",
        {("Helga Strand", CEO, "", "Norvik Telecom")},
    ),
    (
        # "become" has a subject of its own: the plant, not Helga Strand.
        "role:dep_to_become",
        "Helga Strand said the plant would become the main supplier of Norvik Telecom.",
        set(),
    ),
    (
        "role:dep_fronted_title",
        "A former treasurer of the Lakeside Rowing Club, Tomas Reyes now runs a "
        "bakery.",
        {("Tomas Reyes", "Treasurer", "former", "Lakeside Rowing Club")},
    ),
    (
        "role:dep_fronted_title",
        "The treasurer of the Lakeside Rowing Club and Tomas Reyes met on Monday.",
        set(),
    ),
    (
        # the parse makes the fronted title a clause of the verb (advcl)
        "role:dep_fronted_title",
        "Formerly the chief economist at Harbor Capital, Wen Lu joined the fund in "
        "May.",
        {("Wen Lu", "Chief Economist", "", "Harbor Capital")},
    ),
    (
        # or a second passive subject
        "role:dep_fronted_title",
        "The former chief executive of Kestrel Mining, Tomas Reyes was named to the "
        "board in 2006.",
        {("Tomas Reyes", CEO, "former", "Kestrel Mining")},
    ),
    (
        # the person is no subject beside the title: nothing
        "role:dep_fronted_title",
        "Once the treasurer of the Lakeside Rowing Club, the hall now belongs to Tomas "
        "Reyes.",
        set(),
    ),
    (
        "role:dep_title_of_org",
        "Wen Lu, an oil analyst from Harbor Capital, expects prices to rise.",
        {("Wen Lu", "Analyst", "", "Harbor Capital")},
    ),
    (
        "role:dep_title_of_org",
        "Wen Lu, an oil analyst, flew in from Harbor Capital on Monday.",
        set(),
    ),
    (
        "role:dep_person_of_org",
        "Anna Weiss of Danforth University and Tomas Reyes of Brightwater Analytics "
        "signed the letter.",
        {
            ("Anna Weiss", "", "", "Danforth University"),
            ("Tomas Reyes", "", "", "Brightwater Analytics"),
        },
    ),
    (
        "role:dep_verb_org",
        "Priya Natarajan quit Acme Corp in 2015 to join Northwind Bank.",
        {
            ("Priya Natarajan", "", "", "Northwind Bank"),
            ("Priya Natarajan", "", "former", "Acme Corp"),
        },
    ),
    ("role:dep_verb_org", "Priya Natarajan declined to join Northwind Bank.", set()),
    (
        "role:dep_served_on",
        "Priya Natarajan sits on the board of Northwind Bank.",
        {("Priya Natarajan", "", "", "Northwind Bank")},
    ),
    (
        "role:dep_served_on",
        "Priya Natarajan sat on the bench of Northwind Park.",
        set(),
    ),
    (
        "role:dep_verb_org",
        "Priya Natarajan asked Omar Vance to join Northwind Bank.",
        set(),
    ),
    # Path rules: what no parse rule spells out, read off the path from the
    # organisation up to the person's verb or name.
    (
        "role:path_title",
        "Anna Weiss was elevated to chief executive of Northwind Bank in 2001.",
        {("Anna Weiss", CEO, "", "Northwind Bank")},
    ),
    (
        "role:path_title",
        "Ingrid Malmo has held several posts, including as deputy chair of the "
        "Board of Trustees of Northwind Bank.",
        {("Ingrid Malmo", "Vice Chair", "", "Northwind Bank")},
    ),
    (
        "role:path_title",
        "Tomas Reyes, now in his second year as treasurer of the Lakeside Rowing "
        "Club, resigned on Monday.",
        {("Tomas Reyes", "Treasurer", "", "Lakeside Rowing Club")},
    ),
    (
        "role:path_title",
        "Tomas Reyes, the brother of the treasurer of the Lakeside Rowing Club, "
        "resigned on Monday.",
        set(),
    ),
    (
        "role:path_title",
        "Ingrid Malmo was named co-chair of a panel for the review of Northwind Bank.",
        set(),
    ),
    # A job owned by someone else is not the subject's: a pronoun that does not
    # fit the subject's name, or another person's name.
    (
        "role:path_title",
        "Tomas Reyes thanked the outgoing chair for her years as treasurer of the "
        "Lakeside Rowing Club.",
        set(),
    ),
    (
        "role:path_title",
        "Tomas Reyes praised Ingrid Malmo's work as treasurer of the Lakeside Rowing "
        "Club.",
        set(),
    ),
    (
        "role:path_title",
        "Ingrid Malmo thanked the board for her years as treasurer of the Lakeside "
        "Rowing Club.",
        {("Ingrid Malmo", "Treasurer", "", "Lakeside Rowing Club")},
    ),
    (
        "role:path_verb",
        "Priya Natarajan decided to quit her job at Northwind Bank in 2015.",
        {("Priya Natarajan", "", "", "Northwind Bank")},
    ),
    (
        "role:path_verb",
        "During her tenure at Northwind Bank, Priya Natarajan doubled its profits.",
        {("Priya Natarajan", "", "", "Northwind Bank")},
    ),
    (
        "role:path_verb",
        "Priya Natarajan criticised his job at Northwind Bank.",
        set(),
    ),
    (
        "role:path_verb",
        "Omar Vance left the meeting with Northwind Bank early.",
        set(),
    ),
    # "promoted to" says the title; the second title hangs on the first
    # organisation in the parse.
    (
        "role:path_title",
        "Ingrid Malmo was promoted to chair of Northwind Bank and president of "
        "Danforth Bank.",
        {
            ("Ingrid Malmo", "Chair", "", "Northwind Bank"),
            ("Ingrid Malmo", "President", "", "Danforth Bank"),
        },
    ),
    # An organisation's apposition describes the organisation: the leader in
    # Danforth Analytics is not the person (the path rule reads no row for it).
    (
        "role:dep_copula",
        "Ingrid Malmo is the founder of Northwind Bank, a leader in Danforth "
        "Analytics.",
        {("Ingrid Malmo", "Founder", "", "Northwind Bank")},
    ),
    (
        "role:path_title",
        "Tomas Reyes has held several posts, including as president and chief "
        "executive of Danforth Bank.",
        {
            ("Tomas Reyes", "President", "", "Danforth Bank"),
            ("Tomas Reyes", "Chief Executive Officer", "", "Danforth Bank"),
        },
    ),
    # A known place the recognizer read as an organisation (hand-set ORG here).
    (
        "role:path_title",
        "Omar Vance has worked in several places, including as a reporter in Aleppo.",
        set(),
    ),
    # A loose subject that holds an office in its sentence is a person: its
    # untitled readings there count too; without the office they do not.
    (
        "role:dep_left_org",
        "In 1998 Okafor left Northwind Bank to become chief executive of Halvorsen "
        "Energy Group.",
        {
            ("Okafor", "", "former", "Northwind Bank"),
            ("Okafor", "Chief Executive Officer", "", "Halvorsen Energy Group"),
        },
    ),
    ("role:dep_left_org", "In 1998 Okafor left Northwind Bank.", set()),
    # Serving, working or teaching at, for or in a place is a person's doing: the
    # loose subject's reading counts without an office; "with" is no such sign.
    (
        "role:dep_served_in",
        "In 1984 Okafor served in the Norvik Army.",
        {("Okafor", "", "", "Norvik Army")},
    ),
    ("role:dep_verb_at_org", "In 1984 Okafor served with the Norvik Army.", set()),
    # So is one whose verb's object is "his"/"her" something, or who is employed
    # by an organisation; "its career" is an organisation's.
    (
        "role:dep_career_at",
        "In 1990 Okafor began his career at Norvik Bank.",
        {("Okafor", "", "", "Norvik Bank")},
    ),
    ("role:dep_career_at", "In 1990 Okafor began its career at Norvik Bank.", set()),
    # An office read without an organisation shows the person too; an owner may
    # be an organisation.
    (
        "role:dep_verb_org",
        "Okafor joined Norvik Bank in 2004 as chief executive.",
        {("Okafor", "", "", "Norvik Bank")},
    ),
    ("role:dep_verb_org", "Carrow joined Norvik Bank in 2004 as owner.", set()),
    # A loose subject that is a given name is a person's, with no other sign
    # (and the sentence is parsed for it without a cue word); a surname is not.
    (
        "role:dep_joined_team",
        "Courtney joined the Norvik Bank team in 2012.",
        {("Courtney", "", "", "Norvik Bank")},
    ),
    ("role:dep_joined_team", "Carrow joined the Norvik Bank team in 2012.", set()),
    # a field "for" the organisation, as "at" it
    (
        "role:dep_title_portfolio_at_org",
        "Wen Lu, head of office leasing for Harbor Capital, said the market was calm.",
        {("Wen Lu", "Head", "", "Harbor Capital")},
    ),
    # "from" as "of": the person's own organisation, not where they came from
    (
        "role:dep_person_of_org",
        "Simon Evans, from Harbor Capital, said the road was closed.",
        {("Simon Evans", "", "", "Harbor Capital")},
    ),
    (
        "role:dep_person_of_org",
        "Simon Evans returned from Harbor Capital on Monday.",
        set(),
    ),
    (
        "role:dep_verb_at_org",
        "Okafor is employed by Norvik Bank.",
        {("Okafor", "", "", "Norvik Bank")},
    ),
    (
        "role:dep_mentor_at_org",
        "In 1925 he studied chemistry under Anna Weiss at Northwind University.",
        {("Anna Weiss", "", "", "Northwind University")},
    ),
    # Lunch with someone somewhere says nothing of where they work.
    (
        "role:dep_mentor_at_org",
        "He had lunch with Anna Weiss at Northwind Bank.",
        set(),
    ),
]
