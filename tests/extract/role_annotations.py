"""Hand-set entities and parses of the role test sentences (see role_docs.py).

Seeded from a model's reading (seed_role_annotations.py) and kept as data: a
changed model does not change them. Entities: "text=LABEL" items; parses:
"head:dep" per token, per sentence.
"""

# fmt: off
ANNOTATIONS: dict[str, tuple[str, dict[str, str]]] = {
    'Acting Director General of Norvik Telecom Ltd Sarah Whitfield opened the plant.': (
        'Norvik Telecom Ltd=ORG; Sarah Whitfield=PERSON',
        {
            'Acting Director General of Norvik Telecom Ltd Sarah Whitfield opened the plant.':
                '2:compound 2:compound 2:ROOT 2:prep 3:pobj 6:compound 2:punct 8:compound 9:nsubj 9:ROOT 11:det 9:dobj 9:punct',
        },
    ),
    'The Director General of Norvik Telecom Ltd will open the plant on Monday.': (
        'Norvik Telecom Ltd=ORG; Monday=DATE',
        {
            'The Director General of Norvik Telecom Ltd will open the plant on Monday.':
                '2:det 2:compound 8:nsubj 2:prep 6:compound 6:compound 3:pobj 8:aux 8:ROOT 10:det 8:dobj 8:prep 11:pobj 8:punct',
        },
    ),
    'Meridian Bank CEO David Okafor said profits rose.': (
        'Meridian Bank=ORG; David Okafor=PERSON',
        {
            'Meridian Bank CEO David Okafor said profits rose.':
                '1:compound 2:compound 4:compound 4:compound 5:nsubj 5:ROOT 7:nsubj 5:ccomp 5:punct',
        },
    ),
    'Meridian Bank said David Okafor had left the room.': (
        'Meridian Bank=ORG; David Okafor=PERSON',
        {
            'Meridian Bank said David Okafor had left the room.':
                '1:compound 2:nsubj 2:ROOT 4:compound 6:nsubj 6:aux 2:ccomp 8:det 6:dobj 2:punct',
        },
    ),
    "Meridian Bank's chief economist Laura Benson expects two rate cuts.": (
        'Meridian Bank=ORG; Laura Benson=PERSON; two=CARDINAL',
        {
            "Meridian Bank's chief economist Laura Benson expects two rate cuts.":
                '1:compound 4:poss 1:case 4:amod 7:nsubj 6:compound 4:appos 7:ROOT 10:nummod 10:compound 7:dobj 7:punct',
        },
    ),
    "Meridian Bank's new headquarters impressed Laura Benson.": (
        'Meridian Bank=ORG; Laura Benson=PERSON',
        {
            "Meridian Bank's new headquarters impressed Laura Benson.":
                '1:compound 4:poss 1:case 4:amod 5:nsubj 5:ROOT 7:compound 5:dobj 5:punct',
        },
    ),
    'Spokeswoman Laura Benson declined to comment.': (
        'Laura Benson=PERSON',
        {
            'Spokeswoman Laura Benson declined to comment.':
                '2:compound 2:compound 3:nsubj 3:ROOT 5:aux 3:xcomp 3:punct',
        },
    ),
    "Laura Benson declined to comment on the spokeswoman's remarks.": (
        'Laura Benson=PERSON',
        {
            "Laura Benson declined to comment on the spokeswoman's remarks.":
                '1:compound 2:nsubj 2:ROOT 4:aux 2:xcomp 4:prep 7:det 9:poss 7:case 5:pobj 2:punct',
        },
    ),
    'Robert Hale, the former chief financial officer of Granite Logistics Inc., was charged on Friday.': (
        'Robert Hale=PERSON; Granite Logistics Inc.=ORG; Friday=DATE',
        {
            'Robert Hale, the former chief financial officer of Granite Logistics Inc., was charged on Friday.':
                '1:compound 14:nsubjpass 1:punct 7:det 7:amod 7:amod 7:amod 1:appos 7:prep 11:compound 11:compound 8:pobj 1:punct 14:auxpass 14:ROOT 14:prep 15:pobj 14:punct',
        },
    ),
    'Robert Hale, a critic of Granite Logistics Inc., was charged on Friday.': (
        'Robert Hale=PERSON; Granite Logistics Inc.=ORG; Friday=DATE',
        {
            'Robert Hale, a critic of Granite Logistics Inc., was charged on Friday.':
                '1:compound 11:nsubjpass 1:punct 4:det 1:appos 4:prep 8:compound 8:compound 5:pobj 1:punct 11:auxpass 11:ROOT 11:prep 12:pobj 11:punct',
        },
    ),
    'Robert Hale, a veteran banker and chairman of Granite Logistics Inc., spoke first.': (
        'Robert Hale=PERSON; Granite Logistics Inc.=ORG; first=ORDINAL',
        {
            'Robert Hale, a veteran banker and chairman of Granite Logistics Inc., spoke first.':
                '1:compound 13:nsubj 1:punct 5:det 5:compound 1:appos 5:cc 5:conj 5:prep 11:compound 11:compound 8:pobj 1:punct 13:ROOT 13:advmod 13:punct',
        },
    ),
    'Robert Hale, a veteran banker and friend of Granite Logistics Inc., spoke first.': (
        'Robert Hale=PERSON; Granite Logistics Inc.=ORG; first=ORDINAL',
        {
            'Robert Hale, a veteran banker and friend of Granite Logistics Inc., spoke first.':
                '1:compound 13:nsubj 1:punct 5:det 5:compound 1:appos 5:cc 5:conj 5:prep 11:compound 11:compound 8:pobj 1:punct 13:ROOT 13:advmod 13:punct',
        },
    ),
    "Robert Hale, Granite Logistics Inc.'s chief executive, spoke first.": (
        'Robert Hale=PERSON; Granite Logistics Inc.=ORG; first=ORDINAL',
        {
            "Robert Hale, Granite Logistics Inc.'s chief executive, spoke first.":
                '1:compound 10:nsubj 1:punct 5:compound 5:compound 8:poss 5:case 8:amod 1:appos 1:punct 10:ROOT 10:advmod 10:punct',
        },
    ),
    "Robert Hale, Granite Logistics Inc.'s biggest critic, spoke first.": (
        'Robert Hale=PERSON; Granite Logistics Inc.=ORG; first=ORDINAL',
        {
            "Robert Hale, Granite Logistics Inc.'s biggest critic, spoke first.":
                '1:compound 10:nsubj 1:punct 5:compound 5:compound 8:poss 5:case 8:amod 1:appos 1:punct 10:ROOT 10:advmod 10:punct',
        },
    ),
    'The panel included Robert Hale (chairman, Granite Logistics Inc.) and two economists.': (
        'Robert Hale=PERSON; Granite Logistics Inc.=ORG; two=CARDINAL',
        {
            'The panel included Robert Hale (chairman, Granite Logistics Inc.) and two economists.':
                '1:det 2:nsubj 2:ROOT 4:compound 2:dobj 4:punct 4:appos 6:punct 10:compound 10:compound 6:appos 4:punct 4:cc 14:nummod 4:conj 2:punct',
        },
    ),
    'The panel included Robert Hale (a customer of Granite Logistics Inc.) and two economists.': (
        'Robert Hale=PERSON; Granite Logistics Inc.=ORG; two=CARDINAL',
        {
            'The panel included Robert Hale (a customer of Granite Logistics Inc.) and two economists.':
                '1:det 2:nsubj 2:ROOT 4:compound 2:dobj 4:punct 7:det 4:appos 7:prep 11:compound 11:compound 8:pobj 4:punct 4:cc 15:nummod 4:conj 2:punct',
        },
    ),
    '"We are ready," said Maria Lopez, a spokeswoman.': (
        'Maria Lopez=PERSON',
        {
            '"We are ready," said Maria Lopez, a spokeswoman.':
                '6:punct 2:nsubj 6:ccomp 2:acomp 6:punct 6:punct 6:ROOT 8:compound 6:nsubj 8:punct 11:det 8:appos 6:punct',
        },
    ),
    '"We are ready," said Maria Lopez, adding that talks would resume.': (
        'Maria Lopez=PERSON',
        {
            '"We are ready," said Maria Lopez, adding that talks would resume.':
                '6:punct 2:nsubj 6:ccomp 2:acomp 6:punct 6:punct 6:ROOT 8:compound 6:nsubj 6:punct 6:advcl 14:mark 14:nsubj 14:aux 10:ccomp 6:punct',
        },
    ),
    'The chief executive of Halvorsen Energy Group, Maria Lopez, resigned on Tuesday.': (
        'Halvorsen Energy Group=ORG; Maria Lopez=PERSON; Tuesday=DATE',
        {
            'The chief executive of Halvorsen Energy Group, Maria Lopez, resigned on Tuesday.':
                '2:det 2:amod 11:nsubj 2:prep 6:compound 6:compound 3:pobj 6:punct 9:compound 6:appos 2:punct 11:ROOT 11:prep 12:pobj 11:punct',
        },
    ),
    'The chief executive of Halvorsen Energy Group met Maria Lopez on Tuesday.': (
        'Halvorsen Energy Group=ORG; Maria Lopez=PERSON; Tuesday=DATE',
        {
            'The chief executive of Halvorsen Energy Group met Maria Lopez on Tuesday.':
                '2:det 2:amod 7:nsubj 2:prep 6:compound 6:compound 3:pobj 7:ROOT 9:compound 7:dobj 7:prep 10:pobj 7:punct',
        },
    ),
    "Halvorsen Energy Group's chief executive, Maria Lopez, resigned on Tuesday.": (
        'Halvorsen Energy Group=ORG; Maria Lopez=PERSON; Tuesday=DATE',
        {
            "Halvorsen Energy Group's chief executive, Maria Lopez, resigned on Tuesday.":
                '2:compound 2:compound 5:poss 2:case 5:amod 10:nsubj 5:punct 8:compound 5:appos 5:punct 10:ROOT 10:prep 11:pobj 10:punct',
        },
    ),
    "Halvorsen Energy Group's shares fell, Maria Lopez said on Tuesday.": (
        'Halvorsen Energy Group=ORG; Maria Lopez=PERSON; Tuesday=DATE',
        {
            "Halvorsen Energy Group's shares fell, Maria Lopez said on Tuesday.":
                '2:compound 2:compound 4:poss 2:case 5:nsubj 9:ccomp 9:punct 8:compound 9:nsubj 9:ROOT 9:prep 10:pobj 9:punct',
        },
    ),
    'Maria Lopez has been the interim president of Halvorsen Energy Group since March.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG; March=DATE',
        {
            'Maria Lopez has been the interim president of Halvorsen Energy Group since March.':
                '1:compound 3:nsubj 3:aux 3:ROOT 6:det 6:amod 3:attr 6:prep 10:compound 10:compound 7:pobj 3:prep 11:pobj 3:punct',
        },
    ),
    'Maria Lopez was a supplier of Halvorsen Energy Group for years.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG; years=DATE',
        {
            'Maria Lopez was a supplier of Halvorsen Energy Group for years.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:attr 4:prep 8:compound 8:compound 5:pobj 4:prep 9:pobj 2:punct',
        },
    ),
    'Maria Lopez is a Spanish engineer and the founder of Halvorsen Energy Group.': (
        'Maria Lopez=PERSON; Spanish=NORP; Halvorsen Energy Group=ORG',
        {
            'Maria Lopez is a Spanish engineer and the founder of Halvorsen Energy Group.':
                '1:compound 2:nsubj 2:ROOT 5:det 5:amod 2:attr 5:cc 8:det 5:conj 8:prep 12:compound 12:compound 9:pobj 2:punct',
        },
    ),
    'Maria Lopez is a Spanish engineer who was chairwoman of Halvorsen Energy Group.': (
        'Maria Lopez=PERSON; Spanish=NORP; Halvorsen Energy Group=ORG',
        {
            'Maria Lopez is a Spanish engineer who was chairwoman of Halvorsen Energy Group.':
                '1:compound 2:nsubj 2:ROOT 5:det 5:amod 2:attr 7:nsubj 5:relcl 7:attr 8:prep 12:compound 12:compound 9:pobj 2:punct',
        },
    ),
    'Maria Lopez was appointed chief operating officer of Halvorsen Energy Group in June.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG; June=DATE',
        {
            'Maria Lopez was appointed chief operating officer of Halvorsen Energy Group in June.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 6:amod 6:compound 3:oprd 6:prep 10:compound 10:compound 7:pobj 3:prep 11:pobj 3:punct',
        },
    ),
    'Maria Lopez was appointed to review the accounts of Halvorsen Energy Group.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG',
        {
            'Maria Lopez was appointed to review the accounts of Halvorsen Energy Group.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 5:aux 3:xcomp 7:det 5:dobj 7:prep 11:compound 11:compound 8:pobj 3:punct',
        },
    ),
    'Maria Lopez served as general counsel of Halvorsen Energy Group for a decade.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG; a decade=DATE',
        {
            'Maria Lopez served as general counsel of Halvorsen Energy Group for a decade.':
                '1:compound 2:nsubj 2:ROOT 2:prep 5:amod 3:pobj 5:prep 9:compound 9:compound 6:pobj 2:prep 12:det 10:pobj 2:punct',
        },
    ),
    'Maria Lopez served as a witness against Halvorsen Energy Group.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG',
        {
            'Maria Lopez served as a witness against Halvorsen Energy Group.':
                '1:compound 2:nsubj 2:ROOT 2:prep 5:det 3:pobj 5:prep 9:compound 9:compound 6:pobj 2:punct',
        },
    ),
    'Maria Lopez took over as chief executive of Halvorsen Energy Group last year.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG; last year=DATE',
        {
            'Maria Lopez took over as chief executive of Halvorsen Energy Group last year.':
                '1:compound 2:nsubj 2:ROOT 2:prt 2:prep 6:amod 4:pobj 6:prep 10:compound 10:compound 7:pobj 12:amod 2:npadvmod 2:punct',
        },
    ),
    'Maria Lopez took over the assets of Halvorsen Energy Group last year.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG; last year=DATE',
        {
            'Maria Lopez took over the assets of Halvorsen Energy Group last year.':
                '1:compound 2:nsubj 2:ROOT 2:prt 5:det 2:dobj 5:prep 9:compound 9:compound 6:pobj 11:amod 2:npadvmod 2:punct',
        },
    ),
    'Maria Lopez stepped down as chair of Halvorsen Energy Group on Monday.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG; Monday=DATE',
        {
            'Maria Lopez stepped down as chair of Halvorsen Energy Group on Monday.':
                '1:compound 2:nsubj 2:ROOT 2:advmod 2:prep 4:pobj 5:prep 9:compound 9:compound 6:pobj 2:prep 10:pobj 2:punct',
        },
    ),
    'Maria Lopez stepped down from the stage at Halvorsen Energy Group on Monday.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG; Monday=DATE',
        {
            'Maria Lopez stepped down from the stage at Halvorsen Energy Group on Monday.':
                '1:compound 2:nsubj 2:ROOT 2:advmod 2:prep 6:det 4:pobj 6:prep 10:compound 10:compound 7:pobj 2:prep 11:pobj 2:punct',
        },
    ),
    'Maria Lopez joined Halvorsen Energy Group as chief technology officer in 2019.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG; 2019=DATE',
        {
            'Maria Lopez joined Halvorsen Energy Group as chief technology officer in 2019.':
                '1:compound 2:nsubj 2:ROOT 5:compound 5:compound 2:dobj 2:prep 9:amod 9:compound 6:pobj 2:prep 10:pobj 2:punct',
        },
    ),
    "Maria Lopez met Halvorsen Energy Group's chief technology officer in 2019.": (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG; 2019=DATE',
        {
            "Maria Lopez met Halvorsen Energy Group's chief technology officer in 2019.":
                '1:compound 2:nsubj 2:ROOT 5:compound 5:compound 9:poss 5:case 9:amod 9:compound 2:dobj 2:prep 10:pobj 2:punct',
        },
    ),
    'Halvorsen Energy Group named Maria Lopez its new chief executive on Thursday.': (
        'Halvorsen Energy Group=ORG; Maria Lopez=PERSON; Thursday=DATE',
        {
            'Halvorsen Energy Group named Maria Lopez its new chief executive on Thursday.':
                '2:compound 2:compound 3:nsubj 3:ROOT 5:compound 3:dobj 9:poss 9:amod 9:amod 3:oprd 3:prep 10:pobj 3:punct',
        },
    ),
    "Halvorsen Energy Group sued Maria Lopez over its new chief executive's pay.": (
        'Halvorsen Energy Group=ORG; Maria Lopez=PERSON',
        {
            "Halvorsen Energy Group sued Maria Lopez over its new chief executive's pay.":
                '2:compound 2:compound 3:nsubj 3:ROOT 5:compound 3:dobj 3:prep 10:poss 10:amod 10:amod 12:poss 10:case 6:pobj 3:punct',
        },
    ),
    "Halvorsen Energy Group's current chief executive is Maria Lopez.": (
        'Halvorsen Energy Group=ORG; Maria Lopez=PERSON',
        {
            "Halvorsen Energy Group's current chief executive is Maria Lopez.":
                '2:compound 2:compound 6:poss 2:case 6:amod 6:amod 7:nsubj 7:ROOT 9:compound 7:attr 7:punct',
        },
    ),
    "Halvorsen Energy Group's current strategy is Maria Lopez's work.": (
        'Halvorsen Energy Group=ORG; Maria Lopez=PERSON',
        {
            "Halvorsen Energy Group's current strategy is Maria Lopez's work.":
                '2:compound 2:compound 5:poss 2:case 5:amod 6:nsubj 6:ROOT 8:compound 10:poss 8:case 6:attr 6:punct',
        },
    ),
    "Maria Lopez is Halvorsen Energy Group's chief executive.": (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG',
        {
            "Maria Lopez is Halvorsen Energy Group's chief executive.":
                '1:compound 2:nsubj 2:ROOT 5:compound 5:compound 8:poss 5:case 8:amod 2:attr 2:punct',
        },
    ),
    "Maria Lopez is Halvorsen Energy Group's biggest customer.": (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG',
        {
            "Maria Lopez is Halvorsen Energy Group's biggest customer.":
                '1:compound 2:nsubj 2:ROOT 5:compound 5:compound 8:poss 5:case 8:amod 2:attr 2:punct',
        },
    ),
    'The chief executive of Halvorsen Energy Group is Maria Lopez.': (
        'Halvorsen Energy Group=ORG; Maria Lopez=PERSON',
        {
            'The chief executive of Halvorsen Energy Group is Maria Lopez.':
                '2:det 2:amod 7:nsubj 2:prep 6:compound 6:compound 3:pobj 7:ROOT 9:compound 7:attr 7:punct',
        },
    ),
    'The biggest customer of Halvorsen Energy Group is Maria Lopez.': (
        'Halvorsen Energy Group=ORG; Maria Lopez=PERSON',
        {
            'The biggest customer of Halvorsen Energy Group is Maria Lopez.':
                '2:det 2:amod 7:nsubj 2:prep 6:compound 6:compound 3:pobj 7:ROOT 9:compound 7:attr 7:punct',
        },
    ),
    'Maria Lopez became president after a close vote.': (
        'Maria Lopez=PERSON',
        {
            'Maria Lopez became president after a close vote.':
                '1:compound 2:nsubj 2:ROOT 2:attr 2:prep 7:det 7:amod 4:pobj 2:punct',
        },
    ),
    'Maria Lopez became angry after a close vote.': (
        'Maria Lopez=PERSON',
        {
            'Maria Lopez became angry after a close vote.':
                '1:compound 2:nsubj 2:ROOT 2:acomp 2:prep 7:det 7:amod 4:pobj 2:punct',
        },
    ),
    'Maria Lopez, who heads Halvorsen Energy Group, said the deal was done.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG',
        {
            'Maria Lopez, who heads Halvorsen Energy Group, said the deal was done.':
                '1:compound 9:nsubj 1:punct 4:nsubj 1:relcl 7:compound 7:compound 4:dobj 1:punct 9:ROOT 11:det 13:nsubjpass 13:auxpass 9:ccomp 9:punct',
        },
    ),
    'Maria Lopez, who sued Halvorsen Energy Group, said the deal was done.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG',
        {
            'Maria Lopez, who sued Halvorsen Energy Group, said the deal was done.':
                '1:compound 9:nsubj 1:punct 4:nsubj 1:relcl 7:compound 7:compound 4:dobj 1:punct 9:ROOT 11:det 13:nsubjpass 13:auxpass 9:ccomp 9:punct',
        },
    ),
    'Maria Lopez chairs Halvorsen Energy Group and two charities.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG; two=CARDINAL',
        {
            'Maria Lopez chairs Halvorsen Energy Group and two charities.':
                '1:compound 2:nsubj 2:ROOT 5:compound 5:compound 2:dobj 5:cc 8:nummod 5:conj 2:punct',
        },
    ),
    'Maria Lopez praised Halvorsen Energy Group and two charities.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG; two=CARDINAL',
        {
            'Maria Lopez praised Halvorsen Energy Group and two charities.':
                '1:compound 2:nsubj 2:ROOT 5:compound 5:compound 2:dobj 5:cc 8:nummod 5:conj 2:punct',
        },
    ),
    'Maria Lopez founded Halvorsen Energy Group in 2004.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG; 2004=DATE',
        {
            'Maria Lopez founded Halvorsen Energy Group in 2004.':
                '1:compound 2:nsubj 2:ROOT 5:compound 5:compound 2:dobj 2:prep 6:pobj 2:punct',
        },
    ),
    'Maria Lopez bought Halvorsen Energy Group in 2004.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG; 2004=DATE',
        {
            'Maria Lopez bought Halvorsen Energy Group in 2004.':
                '1:compound 2:nsubj 2:ROOT 5:compound 5:compound 2:dobj 2:prep 6:pobj 2:punct',
        },
    ),
    'Halvorsen Energy Group was founded in 2004 by Maria Lopez.': (
        'Halvorsen Energy Group=ORG; 2004=DATE; Maria Lopez=PERSON',
        {
            'Halvorsen Energy Group was founded in 2004 by Maria Lopez.':
                '2:compound 2:compound 4:nsubjpass 4:auxpass 4:ROOT 4:prep 5:pobj 4:agent 9:compound 7:pobj 4:punct',
        },
    ),
    'Halvorsen Energy Group was fined in 2004 by Maria Lopez.': (
        'Halvorsen Energy Group=ORG; 2004=DATE; Maria Lopez=PERSON',
        {
            'Halvorsen Energy Group was fined in 2004 by Maria Lopez.':
                '2:compound 2:compound 4:nsubjpass 4:auxpass 4:ROOT 4:prep 5:pobj 4:agent 9:compound 7:pobj 4:punct',
        },
    ),
    'Halvorsen Energy Group is led by chief executive Maria Lopez.': (
        'Halvorsen Energy Group=ORG; Maria Lopez=PERSON',
        {
            'Halvorsen Energy Group is led by chief executive Maria Lopez.':
                '2:compound 2:compound 4:nsubjpass 4:auxpass 4:ROOT 4:agent 7:amod 9:compound 9:compound 5:pobj 4:punct',
        },
    ),
    'Halvorsen Energy Group is backed by investors including Maria Lopez.': (
        'Halvorsen Energy Group=ORG; Maria Lopez=PERSON',
        {
            'Halvorsen Energy Group is backed by investors including Maria Lopez.':
                '2:compound 2:compound 4:nsubjpass 4:auxpass 4:ROOT 4:agent 5:pobj 6:prep 9:compound 7:pobj 4:punct',
        },
    ),
    'Halvorsen Energy Group is led by Maria Lopez.': (
        'Halvorsen Energy Group=ORG; Maria Lopez=PERSON',
        {
            'Halvorsen Energy Group is led by Maria Lopez.':
                '2:compound 2:compound 4:nsubjpass 4:auxpass 4:ROOT 4:agent 7:compound 5:pobj 4:punct',
        },
    ),
    'Halvorsen Energy Group, which is run by Maria Lopez, grew.': (
        'Halvorsen Energy Group=ORG; Maria Lopez=PERSON',
        {
            'Halvorsen Energy Group, which is run by Maria Lopez, grew.':
                '2:compound 2:compound 11:nsubj 2:punct 6:nsubjpass 6:auxpass 2:relcl 6:agent 9:compound 7:pobj 2:punct 11:ROOT 11:punct',
        },
    ),
    'Halvorsen Energy Group, led by Maria Lopez, grew.': (
        'Halvorsen Energy Group=ORG; Maria Lopez=PERSON',
        {
            'Halvorsen Energy Group, led by Maria Lopez, grew.':
                '2:compound 2:compound 9:nsubj 2:punct 2:acl 4:agent 7:compound 5:pobj 2:punct 9:ROOT 9:punct',
        },
    ),
    'Halvorsen Energy Group, which is owned by Maria Lopez, grew.': (
        'Halvorsen Energy Group=ORG; Maria Lopez=PERSON',
        {
            'Halvorsen Energy Group, which is owned by Maria Lopez, grew.':
                '2:compound 2:compound 11:nsubj 2:punct 6:nsubjpass 6:auxpass 2:relcl 6:agent 9:compound 7:pobj 2:punct 11:ROOT 11:punct',
        },
    ),
    'Halvorsen Energy Group, led by Lopez loyalist Ana Ruiz, grew.': (
        'Halvorsen Energy Group=ORG; Lopez=PERSON; Ana Ruiz=PERSON',
        {
            'Halvorsen Energy Group, led by Lopez loyalist Ana Ruiz, grew.':
                '2:compound 2:compound 11:nsubj 2:punct 2:acl 4:agent 7:compound 9:compound 9:compound 5:pobj 2:punct 11:ROOT 11:punct',
        },
    ),
    'Halvorsen Energy Group is owned by Maria Lopez.': (
        'Halvorsen Energy Group=ORG; Maria Lopez=PERSON',
        {
            'Halvorsen Energy Group is owned by Maria Lopez.':
                '2:compound 2:compound 4:nsubjpass 4:auxpass 4:ROOT 4:agent 7:compound 5:pobj 4:punct',
        },
    ),
    'Maria Lopez joined Halvorsen Energy Group in 2015.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG; 2015=DATE',
        {
            'Maria Lopez joined Halvorsen Energy Group in 2015.':
                '1:compound 2:nsubj 2:ROOT 5:compound 5:compound 2:dobj 2:prep 6:pobj 2:punct',
        },
    ),
    'Maria Lopez joined talks with Halvorsen Energy Group in 2015.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG; 2015=DATE',
        {
            'Maria Lopez joined talks with Halvorsen Energy Group in 2015.':
                '1:compound 2:nsubj 2:ROOT 2:dobj 3:prep 7:compound 7:compound 4:pobj 3:prep 8:pobj 2:punct',
        },
    ),
    'Maria Lopez has worked at Halvorsen Energy Group since 2015.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG; 2015=DATE',
        {
            'Maria Lopez has worked at Halvorsen Energy Group since 2015.':
                '1:compound 3:nsubj 3:aux 3:ROOT 3:prep 7:compound 7:compound 4:pobj 3:prep 8:pobj 3:punct',
        },
    ),
    'Maria Lopez has complained about Halvorsen Energy Group since 2015.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG; 2015=DATE',
        {
            'Maria Lopez has complained about Halvorsen Energy Group since 2015.':
                '1:compound 3:nsubj 3:aux 3:ROOT 3:prep 7:compound 7:compound 4:pobj 3:prep 8:pobj 3:punct',
        },
    ),
    'Maria Lopez left Halvorsen Energy Group to start her own company.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG',
        {
            'Maria Lopez left Halvorsen Energy Group to start her own company.':
                '1:compound 2:nsubj 2:ROOT 5:compound 5:compound 2:dobj 7:aux 2:xcomp 10:poss 10:amod 7:dobj 2:punct',
        },
    ),
    'Maria Lopez praised Halvorsen Energy Group before starting her own company.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG',
        {
            'Maria Lopez praised Halvorsen Energy Group before starting her own company.':
                '1:compound 2:nsubj 2:ROOT 5:compound 5:compound 2:dobj 2:prep 6:pcomp 10:poss 10:amod 7:dobj 2:punct',
        },
    ),
    'Before joining Halvorsen Energy Group, Maria Lopez worked as a teacher.': (
        'Halvorsen Energy Group=ORG; Maria Lopez=PERSON',
        {
            'Before joining Halvorsen Energy Group, Maria Lopez worked as a teacher.':
                '8:prep 0:pcomp 4:compound 4:compound 1:dobj 8:punct 7:compound 8:nsubj 8:ROOT 8:prep 11:det 9:pobj 8:punct',
        },
    ),
    'Before suing Halvorsen Energy Group, Maria Lopez worked as a teacher.': (
        'Halvorsen Energy Group=ORG; Maria Lopez=PERSON',
        {
            'Before suing Halvorsen Energy Group, Maria Lopez worked as a teacher.':
                '8:prep 0:pcomp 4:compound 4:compound 1:dobj 8:punct 7:compound 8:nsubj 8:ROOT 8:prep 11:det 9:pobj 8:punct',
        },
    ),
    'After leaving Halvorsen Energy Group, Maria Lopez moved to Lisbon.': (
        'Halvorsen Energy Group=ORG; Maria Lopez=PERSON; Lisbon=GPE',
        {
            'After leaving Halvorsen Energy Group, Maria Lopez moved to Lisbon.':
                '8:prep 0:pcomp 4:compound 4:compound 1:dobj 8:punct 7:compound 8:nsubj 8:ROOT 8:prep 9:pobj 8:punct',
        },
    ),
    'After visiting Halvorsen Energy Group, Maria Lopez moved to Lisbon.': (
        'Halvorsen Energy Group=ORG; Maria Lopez=PERSON; Lisbon=GPE',
        {
            'After visiting Halvorsen Energy Group, Maria Lopez moved to Lisbon.':
                '8:prep 0:pcomp 4:compound 4:compound 1:dobj 8:punct 7:compound 8:nsubj 8:ROOT 8:prep 9:pobj 8:punct',
        },
    ),
    'Maria Lopez, a member of the Northfield Rowing Club, won gold.': (
        'Maria Lopez=PERSON; Northfield Rowing Club=ORG',
        {
            'Maria Lopez, a member of the Northfield Rowing Club, won gold.':
                '1:compound 11:nsubj 1:punct 4:det 1:appos 4:prep 9:det 9:compound 9:compound 5:pobj 1:punct 11:ROOT 11:dobj 11:punct',
        },
    ),
    'Maria Lopez, a rival of the Northfield Rowing Club, won gold.': (
        'Maria Lopez=PERSON; Northfield Rowing Club=ORG',
        {
            'Maria Lopez, a rival of the Northfield Rowing Club, won gold.':
                '1:compound 11:nsubj 1:punct 4:det 1:appos 4:prep 9:det 9:compound 9:compound 5:pobj 1:punct 11:ROOT 11:dobj 11:punct',
        },
    ),
    'Maria Lopez is a member of the Northfield Rowing Club.': (
        'Maria Lopez=PERSON; Northfield Rowing Club=ORG',
        {
            'Maria Lopez is a member of the Northfield Rowing Club.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:attr 4:prep 9:det 9:compound 9:compound 5:pobj 2:punct',
        },
    ),
    'Maria Lopez is a neighbour of the Northfield Rowing Club.': (
        'Maria Lopez=PERSON; Northfield Rowing Club=ORG',
        {
            'Maria Lopez is a neighbour of the Northfield Rowing Club.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:attr 4:prep 9:det 9:compound 9:compound 5:pobj 2:punct',
        },
    ),
    'Maria Lopez, a Halvorsen Energy Group employee, was hurt.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG',
        {
            'Maria Lopez, a Halvorsen Energy Group employee, was hurt.':
                '1:compound 10:nsubjpass 1:punct 7:det 6:compound 6:compound 7:compound 1:appos 1:punct 10:auxpass 10:ROOT 10:punct',
        },
    ),
    'Maria Lopez, a Halvorsen Energy Group customer, was hurt.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG',
        {
            'Maria Lopez, a Halvorsen Energy Group customer, was hurt.':
                '1:compound 10:nsubjpass 1:punct 7:det 6:compound 6:compound 7:compound 1:appos 1:punct 10:auxpass 10:ROOT 10:punct',
        },
    ),
    'Maria Lopez has held senior positions with Halvorsen Energy Group.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG',
        {
            'Maria Lopez has held senior positions with Halvorsen Energy Group.':
                '1:compound 3:nsubj 3:aux 3:ROOT 5:amod 3:dobj 5:prep 9:compound 9:compound 6:pobj 3:punct',
        },
    ),
    'Maria Lopez has held shares in Halvorsen Energy Group.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG',
        {
            'Maria Lopez has held shares in Halvorsen Energy Group.':
                '1:compound 3:nsubj 3:aux 3:ROOT 3:dobj 4:prep 8:compound 8:compound 5:pobj 3:punct',
        },
    ),
    'Maria Lopez serves on the board of directors of Halvorsen Energy Group.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG',
        {
            'Maria Lopez serves on the board of directors of Halvorsen Energy Group.':
                '1:compound 2:nsubj 2:ROOT 2:prep 5:det 3:pobj 5:prep 6:pobj 7:prep 11:compound 11:compound 8:pobj 2:punct',
        },
    ),
    'Maria Lopez spoke on the radio about Halvorsen Energy Group.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG',
        {
            'Maria Lopez spoke on the radio about Halvorsen Energy Group.':
                '1:compound 2:nsubj 2:ROOT 2:prep 5:det 3:pobj 5:prep 9:compound 9:compound 6:pobj 2:punct',
        },
    ),
    'Maria Lopez is chief executive of Halvorsen Energy Group and chairwoman of Granite Logistics Inc.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG; Granite Logistics Inc.=ORG',
        {
            'Maria Lopez is chief executive of Halvorsen Energy Group and chairwoman of Granite Logistics Inc.':
                '1:compound 2:nsubj 2:ROOT 4:amod 2:attr 4:prep 8:compound 8:compound 5:pobj 4:cc 4:conj 10:prep 14:compound 14:compound 11:pobj',
        },
    ),
    'Maria Lopez is chief executive of Halvorsen Energy Group, and the chairwoman of Granite Logistics Inc. is David Okafor.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG; Granite Logistics Inc.=ORG; David Okafor=PERSON',
        {
            'Maria Lopez is chief executive of Halvorsen Energy Group, and the chairwoman of Granite Logistics Inc. is David Okafor.':
                '1:compound 2:nsubj 2:ROOT 4:amod 2:attr 4:prep 8:compound 8:compound 5:pobj 4:punct 2:cc 12:det 17:nsubj 12:prep 16:compound 16:compound 13:pobj 2:conj 19:compound 17:attr 17:punct',
        },
    ),
    'Maria Lopez is a director of Meridian Bank and Norvik Energy.': (
        'Maria Lopez=PERSON; Meridian Bank=ORG; Norvik Energy=ORG',
        {
            'Maria Lopez is a director of Meridian Bank and Norvik Energy.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:attr 4:prep 7:compound 5:pobj 7:cc 10:compound 7:conj 2:punct',
        },
    ),
    "Maria Lopez is a director of Meridian Bank and Norvik Energy's chief economist is David Okafor.": (
        'Maria Lopez=PERSON; Meridian Bank=ORG; Norvik Energy=ORG; David Okafor=PERSON',
        {
            "Maria Lopez is a director of Meridian Bank and Norvik Energy's chief economist is David Okafor.":
                '1:compound 2:nsubj 14:ccomp 4:det 2:attr 4:prep 7:compound 5:pobj 7:cc 10:compound 13:poss 10:case 13:amod 7:conj 14:ROOT 16:compound 14:attr 14:punct',
        },
    ),
    'Maria Lopez was a director of Halvorsen Energy Group, Granite Logistics Inc. and Meridian Bank.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG; Granite Logistics Inc.=ORG; Meridian Bank=ORG',
        {
            'Maria Lopez was a director of Halvorsen Energy Group, Granite Logistics Inc. and Meridian Bank.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:attr 4:prep 8:compound 8:compound 5:pobj 8:punct 12:compound 12:compound 8:conj 12:cc 15:compound 12:conj 2:punct',
        },
    ),
    'Maria Lopez was a director of Halvorsen Energy Group, Granite Logistics Inc. said on Monday.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG; Granite Logistics Inc.=ORG; Monday=DATE',
        {
            'Maria Lopez was a director of Halvorsen Energy Group, Granite Logistics Inc. said on Monday.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:attr 4:prep 8:compound 8:compound 5:pobj 8:punct 12:compound 12:compound 13:nsubj 2:conj 13:prep 14:pobj 13:punct',
        },
    ),
    'Granite Logistics Inc. was founded in 1998 and is now led by chief executive Robert Hale.': (
        'Granite Logistics Inc.=ORG; 1998=DATE; now=DATE; Robert Hale=PERSON',
        {
            'Granite Logistics Inc. was founded in 1998 and is now led by chief executive Robert Hale.':
                '2:compound 2:compound 4:nsubjpass 4:auxpass 4:ROOT 4:prep 5:pobj 4:cc 10:auxpass 10:advmod 4:conj 10:agent 13:amod 15:compound 15:compound 11:pobj 4:punct',
        },
    ),
    'Granite Logistics Inc. was founded in 1998 and was praised by Robert Hale.': (
        'Granite Logistics Inc.=ORG; 1998=DATE; Robert Hale=PERSON',
        {
            'Granite Logistics Inc. was founded in 1998 and was praised by Robert Hale.':
                '2:compound 2:compound 4:nsubjpass 4:auxpass 4:ROOT 4:prep 5:pobj 4:cc 9:auxpass 4:conj 9:agent 12:compound 10:pobj 4:punct',
        },
    ),
    'Robert Hale was last year the chief financial officer of Granite Logistics Inc.': (
        'Robert Hale=PERSON; last year=DATE; Granite Logistics Inc.=ORG',
        {
            'Robert Hale was last year the chief financial officer of Granite Logistics Inc.':
                '1:compound 2:nsubj 2:ROOT 4:amod 2:npadvmod 8:det 8:amod 8:amod 2:attr 8:prep 12:compound 12:compound 9:pobj',
        },
    ),
    'Robert Hale is currently a customer of Granite Logistics Inc.': (
        'Robert Hale=PERSON; currently=DATE; Granite Logistics Inc.=ORG',
        {
            'Robert Hale is currently a customer of Granite Logistics Inc.':
                '1:compound 2:nsubj 2:ROOT 2:advmod 5:det 2:attr 5:prep 9:compound 9:compound 6:pobj',
        },
    ),
    'Before joining Castell Analytics, Dr. Priya Raman taught statistics in Leeds.': (
        'Castell Analytics=ORG; Priya Raman=PERSON; Leeds=GPE',
        {
            'Before joining Castell Analytics, Dr. Priya Raman taught statistics in Leeds.':
                '8:prep 0:pcomp 3:compound 1:dobj 8:punct 7:compound 7:compound 8:nsubj 8:ROOT 8:dobj 9:prep 10:pobj 8:punct',
        },
    ),
    'Before suing Castell Analytics, Dr. Priya Raman taught statistics in Leeds.': (
        'Castell Analytics=ORG; Priya Raman=PERSON; Leeds=GPE',
        {
            'Before suing Castell Analytics, Dr. Priya Raman taught statistics in Leeds.':
                '8:prep 0:pcomp 3:compound 1:dobj 8:punct 7:compound 7:compound 8:nsubj 8:ROOT 8:dobj 9:prep 10:pobj 8:punct',
        },
    ),
    'Oliver Stannard serves as the chairman of Brightwater Energy, as well as chief financial officer of Kessler Mining Corp.': (
        'Oliver Stannard=PERSON; Brightwater Energy=ORG; Kessler Mining Corp.=ORG',
        {
            'Oliver Stannard serves as the chairman of Brightwater Energy, as well as chief financial officer of Kessler Mining Corp.':
                '1:compound 2:nsubj 2:ROOT 2:prep 5:det 3:pobj 5:prep 8:compound 6:pobj 5:punct 12:advmod 12:advmod 5:cc 15:amod 15:amod 5:conj 15:prep 19:compound 19:compound 16:pobj',
        },
    ),
    'Oliver Stannard serves as the chairman of Brightwater Energy, as well as a shareholder of Kessler Mining Corp.': (
        'Oliver Stannard=PERSON; Brightwater Energy=ORG; Kessler Mining Corp.=ORG',
        {
            'Oliver Stannard serves as the chairman of Brightwater Energy, as well as a shareholder of Kessler Mining Corp.':
                '1:compound 2:nsubj 2:ROOT 2:prep 5:det 3:pobj 5:prep 8:compound 6:pobj 2:punct 12:advmod 12:advmod 2:cc 14:det 2:conj 14:prep 18:compound 18:compound 15:pobj',
        },
    ),
    'Helen Marsh was a professor of geology at Eastbrook University for a decade.': (
        'Helen Marsh=PERSON; Eastbrook University=ORG; a decade=DATE',
        {
            'Helen Marsh was a professor of geology at Eastbrook University for a decade.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:attr 4:prep 5:pobj 4:prep 9:compound 7:pobj 4:prep 12:det 10:pobj 2:punct',
        },
    ),
    'Helen Marsh was a student of geology at the time.': (
        'Helen Marsh=PERSON',
        {
            'Helen Marsh was a student of geology at the time.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:attr 4:prep 5:pobj 2:prep 9:det 7:pobj 2:punct',
        },
    ),
    'Tomas Varga co-founded and served as the CEO of Lindqvist Robotics until 2015.': (
        'Tomas Varga=PERSON; Lindqvist Robotics=ORG; 2015=DATE',
        {
            'Tomas Varga co-founded and served as the CEO of Lindqvist Robotics until 2015.':
                '1:compound 2:compound 2:ROOT 2:acomp 2:acomp 4:cc 4:conj 6:prep 9:det 7:pobj 9:prep 12:compound 10:pobj 6:prep 13:pobj 2:punct',
        },
    ),
    'Tomas Varga co-founded the band and served as its drummer.': (
        'Tomas Varga=PERSON',
        {
            'Tomas Varga co-founded the band and served as its drummer.':
                '1:compound 2:compound 2:ROOT 2:punct 2:advcl 6:det 4:dobj 4:cc 4:conj 8:prep 11:poss 9:pobj 2:punct',
        },
    ),
    'Lindqvist Robotics builds warehouse machines. Its chief executive Tomas Varga said orders doubled.': (
        'Lindqvist Robotics=ORG; Tomas Varga=PERSON',
        {
            'Lindqvist Robotics builds warehouse machines.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 2:punct',
            'Its chief executive Tomas Varga said orders doubled.':
                '2:poss 2:amod 5:nsubj 4:compound 2:appos 5:ROOT 7:nsubj 5:ccomp 5:punct',
        },
    ),
    'Lindqvist Robotics and Brandt Logistics signed a deal. Its chief executive Tomas Varga said orders doubled.': (
        'Lindqvist Robotics=ORG; Brandt Logistics=ORG; Tomas Varga=PERSON',
        {
            'Lindqvist Robotics and Brandt Logistics signed a deal.':
                '1:compound 5:nsubj 1:cc 4:compound 1:conj 5:ROOT 7:det 5:dobj 5:punct',
            'Its chief executive Tomas Varga said orders doubled.':
                '2:poss 2:amod 5:nsubj 4:compound 2:appos 5:ROOT 7:nsubj 5:ccomp 5:punct',
        },
    ),
    'Before co-founding Lindqvist Robotics, Tomas Varga worked in banking.': (
        'Lindqvist Robotics=ORG; Tomas Varga=PERSON',
        {
            'Before co-founding Lindqvist Robotics, Tomas Varga worked in banking.':
                '9:prep 5:amod 5:amod 5:amod 5:compound 0:pobj 9:punct 8:compound 9:nsubj 9:ROOT 9:prep 10:pobj 9:punct',
        },
    ),
    'Before founding the club, Tomas Varga worked in banking.': (
        'Tomas Varga=PERSON',
        {
            'Before founding the club, Tomas Varga worked in banking.':
                '7:prep 0:pcomp 3:det 1:dobj 7:punct 6:compound 7:nsubj 7:ROOT 7:prep 8:pobj 7:punct',
        },
    ),
    'Lindqvist Robotics and Brandt Logistics signed a deal. Tomas Varga praised its workers.': (
        'Lindqvist Robotics=ORG; Brandt Logistics=ORG; Tomas Varga=PERSON',
        {
            'Lindqvist Robotics and Brandt Logistics signed a deal.':
                '1:compound 5:nsubj 1:cc 4:compound 1:conj 5:ROOT 7:det 5:dobj 5:punct',
            'Tomas Varga praised its workers.':
                '1:compound 2:nsubj 2:ROOT 4:poss 2:dobj 2:punct',
        },
    ),
    "Eastbrook University opened a lab. The school's provost Helen Marsh cut the ribbon.": (
        'Eastbrook University=ORG; Helen Marsh=PERSON',
        {
            'Eastbrook University opened a lab.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:dobj 2:punct',
            "The school's provost Helen Marsh cut the ribbon.":
                '1:det 3:poss 1:case 6:nsubj 5:compound 6:nsubj 6:ROOT 8:det 6:dobj 6:punct',
        },
    ),
    'Lindqvist Robotics has a design team of twelve led by chief engineer Tomas Varga.': (
        'Lindqvist Robotics=ORG; twelve=CARDINAL; Tomas Varga=PERSON',
        {
            'Lindqvist Robotics has a design team of twelve led by chief engineer Tomas Varga.':
                '1:compound 2:nsubj 2:ROOT 5:det 5:compound 2:dobj 5:prep 6:pobj 7:acl 8:agent 11:amod 13:compound 13:compound 9:pobj 2:punct',
        },
    ),
    'Lindqvist Robotics hired Brandt Logistics for a project led by chief engineer Tomas Varga.': (
        'Lindqvist Robotics=ORG; Brandt Logistics=ORG; Tomas Varga=PERSON',
        {
            'Lindqvist Robotics hired Brandt Logistics for a project led by chief engineer Tomas Varga.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 2:prep 7:det 5:pobj 7:acl 8:agent 11:amod 13:compound 13:compound 9:pobj 2:punct',
        },
    ),
    'Lindqvist Robotics and Brandt Logistics began a project led by Tomas Varga.': (
        'Lindqvist Robotics=ORG; Brandt Logistics=ORG; Tomas Varga=PERSON',
        {
            'Lindqvist Robotics and Brandt Logistics began a project led by Tomas Varga.':
                '1:compound 5:nsubj 1:cc 4:compound 1:conj 5:ROOT 7:det 5:dobj 7:acl 8:agent 11:compound 9:pobj 5:punct',
        },
    ),
    'Lindqvist Robotics doubled its sales under chief executive Tomas Varga.': (
        'Lindqvist Robotics=ORG; Tomas Varga=PERSON',
        {
            'Lindqvist Robotics doubled its sales under chief executive Tomas Varga.':
                '1:compound 2:nsubj 2:ROOT 4:poss 2:dobj 4:prep 7:amod 9:compound 9:compound 5:pobj 2:punct',
        },
    ),
    'Lindqvist Robotics bought Brandt Logistics under chief executive Tomas Varga.': (
        'Lindqvist Robotics=ORG; Brandt Logistics=ORG; Tomas Varga=PERSON',
        {
            'Lindqvist Robotics bought Brandt Logistics under chief executive Tomas Varga.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 2:prep 7:amod 9:compound 9:compound 5:pobj 2:punct',
        },
    ),
    'Lindqvist Robotics and Brandt Logistics merged under Tomas Varga.': (
        'Lindqvist Robotics=ORG; Brandt Logistics=ORG; Tomas Varga=PERSON',
        {
            'Lindqvist Robotics and Brandt Logistics merged under Tomas Varga.':
                '1:compound 5:nsubj 1:cc 4:compound 1:conj 5:ROOT 5:prep 8:compound 6:pobj 5:punct',
        },
    ),
    'Okonkwo is a senior analyst at Halvorsen Technical University.': (
        'Okonkwo=ORG; Halvorsen Technical University=ORG',
        {
            'Okonkwo is a senior analyst at Halvorsen Technical University.':
                '1:nsubj 1:ROOT 4:det 4:amod 1:attr 4:prep 8:compound 8:compound 5:pobj 1:punct',
        },
    ),
    'Okonkwo is an analyst at Halvorsen Capital Partners.': (
        'Okonkwo=ORG; Halvorsen Capital Partners=ORG',
        {
            'Okonkwo is an analyst at Halvorsen Capital Partners.':
                '1:nsubj 1:ROOT 3:det 1:attr 3:prep 7:compound 7:compound 4:pobj 1:punct',
        },
    ),
    'He is a professor at Westmoor State University.': (
        'Westmoor State University=ORG',
        {
            'He is a professor at Westmoor State University.':
                '1:nsubj 1:ROOT 3:det 1:attr 3:prep 7:compound 7:compound 4:pobj 1:punct',
        },
    ),
    'Brannigan State is the largest partner of Westmoor University.': (
        'Brannigan State=GPE; Westmoor University=ORG',
        {
            'Brannigan State is the largest partner of Westmoor University.':
                '1:compound 2:nsubj 2:ROOT 5:det 5:amod 2:attr 5:prep 8:compound 6:pobj 2:punct',
        },
    ),
    'Meridian Bank is led by Mr. Tobias Renner, President and Chief Executive Officer.': (
        'Meridian Bank=ORG; Tobias Renner=PERSON',
        {
            'Meridian Bank is led by Mr. Tobias Renner, President and Chief Executive Officer.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 3:agent 7:compound 7:compound 4:pobj 7:punct 7:conj 9:cc 13:compound 13:compound 9:conj 3:punct',
        },
    ),
    'The parade is led by Mr. Tobias Renner, a retired farmer.': (
        'Tobias Renner=PERSON',
        {
            'The parade is led by Mr. Tobias Renner, a retired farmer.':
                '1:det 3:nsubjpass 3:auxpass 3:ROOT 3:agent 7:compound 7:compound 4:pobj 7:punct 11:det 11:amod 7:appos 3:punct',
        },
    ),
    'Meridian Bank is led by chief executive Mr. Tobias Renner.': (
        'Meridian Bank=ORG; Tobias Renner=PERSON',
        {
            'Meridian Bank is led by chief executive Mr. Tobias Renner.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 3:agent 6:amod 9:compound 9:compound 9:compound 4:pobj 3:punct',
        },
    ),
    'Meridian Bank is owned by the family trust of Tobias Renner.': (
        'Meridian Bank=ORG; Tobias Renner=PERSON',
        {
            'Meridian Bank is owned by the family trust of Tobias Renner.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 3:agent 7:det 7:compound 4:pobj 7:prep 10:compound 8:pobj 3:punct',
        },
    ),
    'Meridian Bank is led by Ms. Alma Kestrel.': (
        'Meridian Bank=ORG; Alma Kestrel=PERSON',
        {
            'Meridian Bank is led by Ms. Alma Kestrel.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 3:agent 7:compound 7:compound 4:pobj 3:punct',
        },
    ),
    'Meridian Bank is admired by Ms. Alma Kestrel.': (
        'Meridian Bank=ORG; Alma Kestrel=PERSON',
        {
            'Meridian Bank is admired by Ms. Alma Kestrel.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 3:agent 7:compound 7:compound 4:pobj 3:punct',
        },
    ),
    'Meridian Bank lends money, and the chief executive is Laura Benson.': (
        'Meridian Bank=ORG; Laura Benson=PERSON',
        {
            'Meridian Bank lends money, and the chief executive is Laura Benson.':
                '1:compound 2:nsubj 2:ROOT 2:dobj 2:punct 2:cc 8:det 8:amod 9:nsubj 2:conj 11:compound 9:attr 9:punct',
        },
    ),
    'Meridian Bank and Granite Logistics Inc. do business, and the chief executive is Laura Benson.': (
        'Meridian Bank=ORG; Granite Logistics Inc.=ORG; Laura Benson=PERSON',
        {
            'Meridian Bank and Granite Logistics Inc. do business, and the chief executive is Laura Benson.':
                '1:compound 6:nsubj 1:cc 5:compound 5:compound 1:conj 6:ROOT 6:dobj 6:punct 6:cc 12:det 12:amod 13:nsubj 6:conj 15:compound 13:attr 13:punct',
        },
    ),
    'Meridian Bank lends money. Laura Benson is the chief executive.': (
        'Meridian Bank=ORG; Laura Benson=PERSON',
        {
            'Meridian Bank lends money.':
                '1:compound 2:nsubj 2:ROOT 2:dobj 2:punct',
            'Laura Benson is the chief executive.':
                '1:compound 2:nsubj 2:ROOT 5:det 5:amod 2:attr 2:punct',
        },
    ),
    'Meridian Bank and Granite Logistics Inc. do business. Laura Benson is the chief executive.': (
        'Meridian Bank=ORG; Granite Logistics Inc.=ORG; Laura Benson=PERSON',
        {
            'Meridian Bank and Granite Logistics Inc. do business.':
                '1:compound 6:nsubj 1:cc 5:compound 5:compound 1:conj 6:ROOT 6:dobj 6:punct',
            'Laura Benson is the chief executive.':
                '1:compound 2:nsubj 2:ROOT 5:det 5:amod 2:attr 2:punct',
        },
    ),
    'Meridian Bank lends money. Laura Benson is the best cook in town.': (
        'Meridian Bank=ORG; Laura Benson=PERSON',
        {
            'Meridian Bank lends money.':
                '1:compound 2:nsubj 2:ROOT 2:dobj 2:punct',
            'Laura Benson is the best cook in town.':
                '1:compound 2:nsubj 2:ROOT 5:det 5:amod 2:attr 5:prep 6:pobj 2:punct',
        },
    ),
    "The board met after Laura Benson's eight years as Meridian Bank chief executive.": (
        'Laura Benson=PERSON; eight years=DATE; Meridian Bank=ORG',
        {
            "The board met after Laura Benson's eight years as Meridian Bank chief executive.":
                '1:det 2:nsubj 2:ROOT 2:prep 5:compound 8:poss 5:case 8:nummod 3:pobj 8:prep 11:nmod 13:nmod 13:amod 9:pobj 2:punct',
        },
    ),
    "Laura Benson's tenure as chief executive of Meridian Bank ended in May.": (
        'Laura Benson=PERSON; Meridian Bank=ORG; May=DATE',
        {
            "Laura Benson's tenure as chief executive of Meridian Bank ended in May.":
                '1:compound 3:poss 1:case 10:nsubj 3:prep 6:amod 4:pobj 6:prep 9:compound 7:pobj 10:ROOT 10:prep 11:pobj 10:punct',
        },
    ),
    "The board met after Laura Benson's eight years as a Meridian Bank customer.": (
        'Laura Benson=PERSON; eight years=DATE; Meridian Bank=ORG',
        {
            "The board met after Laura Benson's eight years as a Meridian Bank customer.":
                '1:det 2:nsubj 2:ROOT 2:prep 5:compound 8:poss 5:case 8:nummod 3:pobj 8:prep 13:det 12:compound 13:compound 9:pobj 2:punct',
        },
    ),
    'Laura Benson was named chief executive of Meridian Bank, succeeding Robert Hale.': (
        'Laura Benson=PERSON; Meridian Bank=ORG; Robert Hale=PERSON',
        {
            'Laura Benson was named chief executive of Meridian Bank, succeeding Robert Hale.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 5:amod 3:oprd 5:prep 8:compound 6:pobj 3:punct 3:advcl 12:compound 10:dobj 3:punct',
        },
    ),
    'Laura Benson moved to Meridian Bank in 2004, becoming chief executive, succeeding Robert Hale.': (
        'Laura Benson=PERSON; Meridian Bank=ORG; 2004=DATE; Robert Hale=PERSON',
        {
            'Laura Benson moved to Meridian Bank in 2004, becoming chief executive, succeeding Robert Hale.':
                '1:compound 2:nsubj 2:ROOT 2:prep 5:compound 3:pobj 2:prep 6:pobj 2:punct 2:advcl 11:amod 9:attr 9:punct 9:advcl 15:compound 13:dobj 2:punct',
        },
    ),
    'Laura Benson praised Meridian Bank, thanking Robert Hale.': (
        'Laura Benson=PERSON; Meridian Bank=ORG; Robert Hale=PERSON',
        {
            'Laura Benson praised Meridian Bank, thanking Robert Hale.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 2:punct 2:advcl 8:compound 6:dobj 2:punct',
        },
    ),
    'Laura Benson is best known as the founder of Meridian Bank.': (
        'Laura Benson=PERSON; Meridian Bank=ORG',
        {
            'Laura Benson is best known as the founder of Meridian Bank.':
                '1:compound 4:nsubjpass 4:auxpass 4:advmod 4:ROOT 4:prep 7:det 5:pobj 7:prep 10:compound 8:pobj 4:punct',
        },
    ),
    'Laura Benson is best known as a critic of Meridian Bank.': (
        'Laura Benson=PERSON; Meridian Bank=ORG',
        {
            'Laura Benson is best known as a critic of Meridian Bank.':
                '1:compound 4:nsubjpass 4:auxpass 4:advmod 4:ROOT 4:prep 7:det 5:pobj 7:prep 10:compound 8:pobj 4:punct',
        },
    ),
    'Laura Benson was a Dutch poet, painter, and professor of chemistry at Dunrow University.': (
        'Laura Benson=PERSON; Dutch=NORP; Dunrow University=ORG',
        {
            'Laura Benson was a Dutch poet, painter, and professor of chemistry at Dunrow University.':
                '1:compound 2:nsubj 2:ROOT 5:det 5:amod 2:attr 5:punct 5:conj 7:punct 7:cc 7:conj 10:prep 11:pobj 5:prep 15:compound 13:pobj 2:punct',
        },
    ),
    'Laura Benson was a Dutch poet, painter, and a friend of Dunrow University.': (
        'Laura Benson=PERSON; Dutch=NORP; Dunrow University=ORG',
        {
            'Laura Benson was a Dutch poet, painter, and a friend of Dunrow University.':
                '1:compound 2:nsubj 2:ROOT 5:det 5:amod 2:attr 5:punct 5:appos 7:punct 7:cc 11:det 7:conj 11:prep 14:compound 12:pobj 2:punct',
        },
    ),
    'Laura Benson is a director for Digital Heritage Studies at Dunrow University.': (
        'Laura Benson=PERSON; Digital Heritage Studies=ORG; Dunrow University=ORG',
        {
            'Laura Benson is a director for Digital Heritage Studies at Dunrow University.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:attr 4:prep 8:compound 8:compound 5:pobj 8:prep 11:compound 9:pobj 2:punct',
        },
    ),
    'Laura Benson is a donor for Digital Heritage Studies at Dunrow University.': (
        'Laura Benson=PERSON; Digital Heritage Studies=ORG; Dunrow University=ORG',
        {
            'Laura Benson is a donor for Digital Heritage Studies at Dunrow University.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:attr 4:prep 8:compound 8:compound 5:pobj 4:prep 11:compound 9:pobj 2:punct',
        },
    ),
    'Laura Benson was professor of chemistry at Dunrow University and at Kelsey College.': (
        'Laura Benson=PERSON; Dunrow University=ORG; Kelsey College=ORG',
        {
            'Laura Benson was professor of chemistry at Dunrow University and at Kelsey College.':
                '1:compound 2:nsubj 2:ROOT 2:attr 3:prep 4:pobj 3:prep 8:compound 6:pobj 6:cc 6:conj 12:compound 10:pobj 2:punct',
        },
    ),
    'Laura Benson is the Master of Kelsey College (president and chief executive).': (
        'Laura Benson=PERSON; Master of Kelsey College=ORG',
        {
            'Laura Benson is the Master of Kelsey College (president and chief executive).':
                '1:compound 2:nsubj 2:ROOT 4:det 2:attr 4:prep 7:compound 5:pobj 4:punct 4:appos 9:cc 12:amod 9:conj 2:punct 2:punct',
        },
    ),
    'Laura Benson is a partner in Tarrant Ambler Associates.': (
        'Laura Benson=PERSON; Tarrant Ambler Associates=ORG',
        {
            'Laura Benson is a partner in Tarrant Ambler Associates.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:attr 4:prep 8:compound 8:compound 5:pobj 2:punct',
        },
    ),
    'Laura Benson is a believer in Tarrant Ambler Associates.': (
        'Laura Benson=PERSON; Tarrant Ambler Associates=ORG',
        {
            'Laura Benson is a believer in Tarrant Ambler Associates.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:attr 4:prep 8:compound 8:compound 5:pobj 2:punct',
        },
    ),
    'Laura Benson was a professor of operations research and of statistics at Kelsey University.': (
        'Laura Benson=PERSON; Kelsey University=ORG',
        {
            'Laura Benson was a professor of operations research and of statistics at Kelsey University.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:attr 4:prep 7:compound 5:pobj 4:cc 4:prep 9:pobj 10:prep 13:compound 11:pobj 2:punct',
        },
    ),
    'Laura Benson was a professor of chemistry and physics in Oslo when Kelsey University closed.': (
        'Laura Benson=PERSON; Oslo=GPE; Kelsey University=ORG',
        {
            'Laura Benson was a professor of chemistry and physics in Oslo when Kelsey University closed.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:attr 4:prep 5:pobj 6:cc 6:conj 4:prep 9:pobj 14:advmod 13:compound 14:nsubj 2:advcl 2:punct',
        },
    ),
    'The panel includes Robert Hale, founder of Granite Logistics Inc., and Tomas Greer, chief executive of Meridian Bank.': (
        'Robert Hale=PERSON; Granite Logistics Inc.=ORG; Tomas Greer=PERSON; Meridian Bank=ORG',
        {
            'The panel includes Robert Hale, founder of Granite Logistics Inc., and Tomas Greer, chief executive of Meridian Bank.':
                '1:det 2:nsubj 2:ROOT 4:compound 2:dobj 4:punct 4:appos 6:prep 10:compound 10:compound 7:pobj 4:punct 4:cc 14:compound 4:conj 14:punct 17:amod 14:appos 17:prep 20:compound 18:pobj 2:punct',
        },
    ),
    'Laura Benson is a professor at Kelsey University and a Halvorsen Prize laureate.': (
        'Laura Benson=PERSON; Kelsey University=ORG; Halvorsen Prize=ORG',
        {
            'Laura Benson is a professor at Kelsey University and a Halvorsen Prize laureate.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:attr 4:prep 7:compound 5:pobj 7:cc 12:det 11:compound 12:compound 7:conj 2:punct',
        },
    ),
    'The panel includes Robert Hale, founder of Granite Logistics Inc., Tomas Greer, chief executive of Meridian Bank, and others.': (
        'Robert Hale=PERSON; Granite Logistics Inc.=ORG; Tomas Greer=PERSON; Meridian Bank=ORG',
        {
            'The panel includes Robert Hale, founder of Granite Logistics Inc., Tomas Greer, chief executive of Meridian Bank, and others.':
                '1:det 2:nsubj 2:ROOT 4:compound 2:dobj 4:punct 4:appos 6:prep 10:compound 10:compound 7:pobj 10:punct 13:compound 6:conj 13:punct 16:amod 13:appos 16:prep 19:compound 17:pobj 13:punct 13:cc 13:conj 2:punct',
        },
    ),
    'Laura Benson worked as chief executive of Meridian Bank, and earlier as finance director of Granite Logistics Inc.': (
        'Laura Benson=PERSON; Meridian Bank=ORG; Granite Logistics Inc.=ORG',
        {
            'Laura Benson worked as chief executive of Meridian Bank, and earlier as finance director of Granite Logistics Inc.':
                '1:compound 2:nsubj 2:ROOT 2:prep 5:amod 3:pobj 5:prep 8:compound 6:pobj 2:punct 2:cc 2:advmod 11:prep 14:compound 12:pobj 14:prep 18:compound 18:compound 15:pobj',
        },
    ),
    'Laura Benson worked as chief executive of Meridian Bank, and as a result Granite Logistics Inc. lost its best analyst.': (
        'Laura Benson=PERSON; Meridian Bank=ORG; Granite Logistics Inc.=ORG',
        {
            'Laura Benson worked as chief executive of Meridian Bank, and as a result Granite Logistics Inc. lost its best analyst.':
                '1:compound 2:nsubj 2:ROOT 2:prep 5:amod 3:pobj 5:prep 8:compound 6:pobj 2:punct 2:cc 17:prep 13:det 11:pobj 16:compound 16:compound 17:nsubj 2:conj 20:poss 20:amod 17:dobj 17:punct',
        },
    ),
    'Robert Hale, long regarded as a pioneer of offshore wind power, serves as chairman of Northwind Freight Ltd.': (
        'Robert Hale=PERSON; Northwind Freight Ltd.=ORG',
        {
            'Robert Hale, long regarded as a pioneer of offshore wind power, serves as chairman of Northwind Freight Ltd.':
                '1:compound 13:nsubj 1:punct 4:advmod 1:acl 4:prep 7:det 5:pobj 7:prep 11:amod 11:compound 8:pobj 1:punct 13:ROOT 13:prep 14:pobj 15:prep 19:compound 19:compound 16:pobj',
        },
    ),
    'Robert Hale, long regarded as a pioneer of offshore wind power, said Northwind Freight Ltd serves as a model.': (
        'Robert Hale=PERSON; Northwind Freight Ltd=ORG',
        {
            'Robert Hale, long regarded as a pioneer of offshore wind power, said Northwind Freight Ltd serves as a model.':
                '1:compound 13:nsubj 1:punct 4:advmod 1:acl 4:prep 7:det 5:pobj 7:prep 11:amod 11:compound 8:pobj 1:punct 13:ROOT 16:compound 16:compound 17:nsubj 13:ccomp 17:prep 20:det 18:pobj 13:punct',
        },
    ),
    'Laura Benson is a professor in the Department of Physics at Kelsey University.': (
        'Laura Benson=PERSON; Department of Physics=ORG; Kelsey University=ORG',
        {
            'Laura Benson is a professor in the Department of Physics at Kelsey University.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:attr 4:prep 7:det 5:pobj 7:prep 8:pobj 7:prep 12:compound 10:pobj 2:punct',
        },
    ),
    "Laura Benson is a partner in Tarrant Ambler Associates at Kelsey University's request.": (
        'Laura Benson=PERSON; Tarrant Ambler Associates=ORG; Kelsey University=ORG',
        {
            "Laura Benson is a partner in Tarrant Ambler Associates at Kelsey University's request.":
                '1:compound 2:nsubj 2:ROOT 4:det 2:attr 4:prep 8:compound 8:compound 5:pobj 8:prep 11:compound 13:poss 11:case 9:pobj 2:punct',
        },
    ),
    'Laura Benson is an Israeli-American partner in Tarrant Ambler Associates.': (
        'Laura Benson=PERSON; Israeli=NORP; Tarrant Ambler Associates=ORG',
        {
            'Laura Benson is an Israeli-American partner in Tarrant Ambler Associates.':
                '1:compound 2:nsubj 2:ROOT 7:det 6:amod 6:punct 7:amod 2:attr 7:prep 11:compound 11:compound 8:pobj 2:punct',
        },
    ),
    'Meridian Bank says the first Halvorsen Energy Group turbine was designed under the tenure of CEO Robert Hale.': (
        'Meridian Bank=ORG; first=ORDINAL; Halvorsen Energy Group=ORG; Robert Hale=PERSON',
        {
            'Meridian Bank says the first Halvorsen Energy Group turbine was designed under the tenure of CEO Robert Hale.':
                '1:compound 2:nsubj 2:ROOT 8:det 8:amod 7:compound 7:compound 8:compound 10:nsubjpass 10:auxpass 2:ccomp 10:prep 13:det 11:pobj 13:prep 17:compound 17:compound 14:pobj 2:punct',
        },
    ),
    'Granite Logistics Inc. sold its stake to Meridian Bank and its chief executive Laura Benson.': (
        'Granite Logistics Inc.=ORG; Meridian Bank=ORG; Laura Benson=PERSON',
        {
            'Granite Logistics Inc. sold its stake to Meridian Bank and its chief executive Laura Benson.':
                '2:compound 2:compound 3:nsubj 3:ROOT 5:poss 3:dobj 3:dative 8:compound 6:pobj 8:cc 12:poss 12:amod 14:compound 14:compound 8:conj 3:punct',
        },
    ),
    'Northwind Freight Ltd, which works with Meridian Bank, is led by its chairman, Robert Hale.': (
        'Northwind Freight Ltd=ORG; Meridian Bank=ORG; Robert Hale=PERSON',
        {
            'Northwind Freight Ltd, which works with Meridian Bank, is led by its chairman, Robert Hale.':
                '2:compound 2:compound 11:nsubjpass 2:punct 5:nsubj 2:relcl 5:prep 8:compound 6:pobj 2:punct 11:auxpass 11:ROOT 11:agent 14:poss 12:pobj 14:punct 17:compound 14:appos 11:punct',
        },
    ),
    'Meridian Bank lends to Northwind Freight Ltd, a carrier led by their founder, Robert Hale.': (
        'Meridian Bank=ORG; Northwind Freight Ltd=ORG; Robert Hale=PERSON',
        {
            'Meridian Bank lends to Northwind Freight Ltd, a carrier led by their founder, Robert Hale.':
                '1:compound 2:nsubj 2:ROOT 2:prep 6:compound 6:compound 3:pobj 6:punct 9:det 6:appos 9:acl 10:agent 13:poss 11:pobj 13:punct 16:compound 13:appos 2:punct',
        },
    ),
    'Led by chairman Robert Hale, the team met Meridian Bank and Northwind Freight Ltd.': (
        'Robert Hale=PERSON; Meridian Bank=ORG; Northwind Freight Ltd.=ORG',
        {
            'Led by chairman Robert Hale, the team met Meridian Bank and Northwind Freight Ltd.':
                '8:advcl 0:agent 4:compound 4:compound 1:pobj 8:punct 7:det 8:nsubj 8:ROOT 10:compound 8:dobj 10:cc 14:compound 14:compound 10:conj',
        },
    ),
    'Laura Benson works as a lecturer (Statistics) at Kelsey University.': (
        'Laura Benson=PERSON; Kelsey University=ORG',
        {
            'Laura Benson works as a lecturer (Statistics) at Kelsey University.':
                '1:compound 2:nsubj 2:ROOT 2:prep 5:det 3:pobj 5:punct 5:appos 5:punct 5:prep 11:compound 9:pobj 2:punct',
        },
    ),
    'Laura Benson is a Master of Science graduate of Kelsey University.': (
        'Laura Benson=PERSON; Kelsey University=ORG',
        {
            'Laura Benson is a Master of Science graduate of Kelsey University.':
                '1:compound 2:nsubj 2:ROOT 7:det 7:nmod 4:prep 5:pobj 2:attr 7:prep 10:compound 8:pobj 2:punct',
        },
    ),
    'The Office of Fair Trading under the Department of Commerce issued the fine.': (
        'Office of Fair Trading=ORG; Department of Commerce=ORG',
        {
            'The Office of Fair Trading under the Department of Commerce issued the fine.':
                '1:det 10:nsubj 1:prep 4:compound 2:pobj 1:prep 7:det 5:pobj 7:prep 8:pobj 10:ROOT 12:det 10:dobj 10:punct',
        },
    ),
    'The Office of Fair Trading fined the Department of Commerce under a new law.': (
        'Office of Fair Trading=ORG; Department of Commerce=ORG',
        {
            'The Office of Fair Trading fined the Department of Commerce under a new law.':
                '1:det 5:nsubj 1:prep 4:compound 2:pobj 5:ROOT 7:det 5:dobj 7:prep 8:pobj 5:prep 13:det 13:amod 10:pobj 5:punct',
        },
    ),
    'The Anti-Fraud Unit within the National Crime Agency made the arrests.': (
        'Anti-Fraud Unit=ORG; National Crime Agency=ORG',
        {
            'The Anti-Fraud Unit within the National Crime Agency made the arrests.':
                '4:det 4:compound 4:compound 4:compound 10:nsubj 4:prep 9:det 9:compound 9:compound 5:pobj 10:ROOT 12:det 10:dobj 10:punct',
        },
    ),
    'The Anti-Fraud Unit arrested two men within hours, the National Crime Agency said.': (
        'Anti-Fraud Unit=ORG; two=CARDINAL; hours=TIME; National Crime Agency=ORG',
        {
            'The Anti-Fraud Unit arrested two men within hours, the National Crime Agency said.':
                '4:det 4:compound 4:compound 4:compound 5:nsubj 15:ccomp 7:nummod 5:dobj 5:prep 8:pobj 15:punct 14:det 14:compound 14:compound 15:nsubj 15:ROOT 15:punct',
        },
    ),
    "Halvorsen Energy Group's Research Division published the study.": (
        "Halvorsen Energy Group's Research Division=ORG",
        {
            "Halvorsen Energy Group's Research Division published the study.":
                '2:compound 2:compound 5:poss 2:case 5:compound 6:nsubj 6:ROOT 8:det 6:dobj 6:punct',
        },
    ),
    "Halvorsen Energy Group's Meridian Bank deal collapsed.": (
        "Halvorsen Energy Group's Meridian Bank=ORG",
        {
            "Halvorsen Energy Group's Meridian Bank deal collapsed.":
                '2:compound 2:compound 6:poss 2:case 5:compound 6:compound 7:nsubj 7:ROOT 7:punct',
        },
    ),
    'Staff of the Cyber Defence Unit in the Ministry of Defence were briefed.': (
        'Cyber Defence Unit=ORG; Ministry of Defence=ORG',
        {
            'Staff of the Cyber Defence Unit in the Ministry of Defence were briefed.':
                '12:nsubjpass 0:prep 5:det 4:compound 5:compound 1:pobj 5:prep 8:det 6:pobj 8:prep 9:pobj 12:auxpass 12:ROOT 12:punct',
        },
    ),
    'Shares of Meridian Bank in Halvorsen Energy Group were sold.': (
        'Meridian Bank=ORG; Halvorsen Energy Group=ORG',
        {
            'Shares of Meridian Bank in Halvorsen Energy Group were sold.':
                '9:nsubjpass 0:prep 3:compound 1:pobj 3:prep 7:compound 7:compound 4:pobj 9:auxpass 9:ROOT 9:punct',
        },
    ),
    'Northwind Freight Ltd, a wholly owned subsidiary of Granite Logistics Inc., won the contract.': (
        'Northwind Freight Ltd=ORG; Granite Logistics Inc.=ORG',
        {
            'Northwind Freight Ltd, a wholly owned subsidiary of Granite Logistics Inc., won the contract.':
                '2:compound 2:compound 13:nsubj 2:punct 7:det 6:advmod 7:amod 2:appos 7:prep 11:compound 11:compound 8:pobj 2:punct 13:ROOT 15:det 13:dobj 13:punct',
        },
    ),
    'Northwind Freight Ltd, a fierce rival of Granite Logistics Inc., won the contract.': (
        'Northwind Freight Ltd=ORG; Granite Logistics Inc.=ORG',
        {
            'Northwind Freight Ltd, a fierce rival of Granite Logistics Inc., won the contract.':
                '2:compound 2:compound 12:nsubj 2:punct 6:det 6:amod 2:appos 6:prep 10:compound 10:compound 7:pobj 2:punct 12:ROOT 14:det 12:dobj 12:punct',
        },
    ),
    'Northwind Freight Ltd is a subsidiary of Granite Logistics Inc.': (
        'Northwind Freight Ltd=ORG; Granite Logistics Inc.=ORG',
        {
            'Northwind Freight Ltd is a subsidiary of Granite Logistics Inc.':
                '2:compound 2:compound 3:nsubj 3:ROOT 5:det 3:attr 5:prep 9:compound 9:compound 6:pobj',
        },
    ),
    'Northwind Freight Ltd is a competitor of Granite Logistics Inc.': (
        'Northwind Freight Ltd=ORG; Granite Logistics Inc.=ORG',
        {
            'Northwind Freight Ltd is a competitor of Granite Logistics Inc.':
                '2:compound 2:compound 3:nsubj 3:ROOT 5:det 3:attr 5:prep 9:compound 9:compound 6:pobj',
        },
    ),
    'Helga Strand is the chief operating officer of Brightwater Analytics.': (
        'Helga Strand=PERSON; Brightwater Analytics=ORG',
        {
            'Helga Strand is the chief operating officer of Brightwater Analytics.':
                '1:compound 2:nsubj 2:ROOT 6:det 6:amod 6:compound 2:attr 6:prep 9:compound 7:pobj 2:punct',
        },
    ),
    'Helga Strand is the daughter of the chief operating officer of Brightwater Analytics.': (
        'Helga Strand=PERSON; Brightwater Analytics=ORG',
        {
            'Helga Strand is the daughter of the chief operating officer of Brightwater Analytics.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:attr 4:prep 9:det 9:amod 9:compound 5:pobj 9:prep 12:compound 10:pobj 2:punct',
        },
    ),
    'Tomas Reyes, treasurer of the Lakeside Rowing Club, resigned on Monday.': (
        'Tomas Reyes=PERSON; Lakeside Rowing Club=ORG; Monday=DATE',
        {
            'Tomas Reyes, treasurer of the Lakeside Rowing Club, resigned on Monday.':
                '1:compound 10:nsubj 1:punct 1:appos 3:prep 8:det 7:compound 8:compound 4:pobj 1:punct 10:ROOT 10:prep 11:pobj 10:punct',
        },
    ),
    'Tomas Reyes, a neighbour of the Lakeside Rowing Club treasurer, complained on Monday.': (
        'Tomas Reyes=PERSON; Lakeside Rowing Club=ORG; Monday=DATE',
        {
            'Tomas Reyes, a neighbour of the Lakeside Rowing Club treasurer, complained on Monday.':
                '1:compound 12:nsubj 1:punct 4:det 1:appos 4:prep 10:det 8:compound 9:compound 10:compound 5:pobj 1:punct 12:ROOT 12:prep 13:pobj 12:punct',
        },
    ),
    'The new treasurer of the Lakeside Rowing Club, Tomas Reyes, resigned on Monday.': (
        'Lakeside Rowing Club=ORG; Tomas Reyes=PERSON; Monday=DATE',
        {
            'The new treasurer of the Lakeside Rowing Club, Tomas Reyes, resigned on Monday.':
                '2:det 2:amod 12:nsubj 2:prep 7:det 6:compound 7:compound 3:pobj 7:punct 10:compound 7:appos 2:punct 12:ROOT 12:prep 13:pobj 12:punct',
        },
    ),
    'The report was written by Northwind Bank economists Priya Natarajan and Marco Bellini.': (
        'Northwind Bank=ORG; Priya Natarajan=PERSON; Marco Bellini=PERSON',
        {
            'The report was written by Northwind Bank economists Priya Natarajan and Marco Bellini.':
                '1:det 3:nsubjpass 3:auxpass 3:ROOT 3:agent 6:compound 7:compound 4:pobj 9:compound 7:appos 9:cc 12:compound 9:conj 3:punct',
        },
    ),
    'The treasurer of the Lakeside Rowing Club met Tomas Reyes on Monday.': (
        'Lakeside Rowing Club=ORG; Tomas Reyes=PERSON; Monday=DATE',
        {
            'The treasurer of the Lakeside Rowing Club met Tomas Reyes on Monday.':
                '1:det 7:nsubj 1:prep 6:det 5:compound 6:compound 2:pobj 7:ROOT 9:compound 7:dobj 7:prep 10:pobj 7:punct',
        },
    ),
    'Ingrid Malmo served as chief financial officer at Northwind Bank for six years.': (
        'Ingrid Malmo=PERSON; Northwind Bank=ORG; six years=DATE',
        {
            'Ingrid Malmo served as chief financial officer at Northwind Bank for six years.':
                '1:compound 2:nsubj 2:ROOT 2:prep 6:amod 6:amod 3:pobj 6:prep 9:compound 7:pobj 2:prep 12:nummod 10:pobj 2:punct',
        },
    ),
    'Priya Natarajan, who serves as treasurer of Northwind Bank, spoke first.': (
        'Priya Natarajan=PERSON; Northwind Bank=ORG; first=ORDINAL',
        {
            'Priya Natarajan, who serves as treasurer of Northwind Bank, spoke first.':
                '1:compound 11:nsubj 1:punct 4:nsubj 1:relcl 4:prep 5:pobj 6:prep 9:compound 7:pobj 1:punct 11:ROOT 11:advmod 11:punct',
        },
    ),
    'Priya Natarajan is an engineer who serves as president of Northwind Bank.': (
        'Priya Natarajan=PERSON; Northwind Bank=ORG',
        {
            'Priya Natarajan is an engineer who serves as president of Northwind Bank.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:attr 6:nsubj 4:relcl 6:prep 7:pobj 8:prep 11:compound 9:pobj 2:punct',
        },
    ),
    'Ingrid Malmo sent a letter as chief financial officer to Northwind Bank.': (
        'Ingrid Malmo=PERSON; Northwind Bank=ORG',
        {
            'Ingrid Malmo sent a letter as chief financial officer to Northwind Bank.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:dobj 4:prep 8:amod 8:amod 5:pobj 2:dative 11:compound 9:pobj 2:punct',
        },
    ),
    'Priya Natarajan, who served as a witness against Northwind Bank, spoke first.': (
        'Priya Natarajan=PERSON; Northwind Bank=ORG; first=ORDINAL',
        {
            'Priya Natarajan, who served as a witness against Northwind Bank, spoke first.':
                '1:compound 12:nsubj 1:punct 4:nsubj 1:relcl 4:prep 7:det 5:pobj 7:prep 10:compound 8:pobj 1:punct 12:ROOT 12:advmod 12:punct',
        },
    ),
    'Marco Bellini is the president and chief executive of Northwind Bank.': (
        'Marco Bellini=PERSON; Northwind Bank=ORG',
        {
            'Marco Bellini is the president and chief executive of Northwind Bank.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:attr 4:cc 7:amod 4:conj 4:prep 10:compound 8:pobj 2:punct',
        },
    ),
    'Priya Natarajan, who was president of Northwind Bank, died on Sunday.': (
        'Priya Natarajan=PERSON; Northwind Bank=ORG; Sunday=DATE',
        {
            'Priya Natarajan, who was president of Northwind Bank, died on Sunday.':
                '1:compound 10:nsubj 1:punct 4:nsubj 1:relcl 4:attr 5:prep 8:compound 6:pobj 1:punct 10:ROOT 10:prep 11:pobj 10:punct',
        },
    ),
    'Marco Bellini is a shareholder of Northwind Bank.': (
        'Marco Bellini=PERSON; Northwind Bank=ORG',
        {
            'Marco Bellini is a shareholder of Northwind Bank.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:attr 4:prep 7:compound 5:pobj 2:punct',
        },
    ),
    'Priya Natarajan, who was a critic of Northwind Bank, died on Sunday.': (
        'Priya Natarajan=PERSON; Northwind Bank=ORG; Sunday=DATE',
        {
            'Priya Natarajan, who was a critic of Northwind Bank, died on Sunday.':
                '1:compound 11:nsubj 1:punct 4:nsubj 1:relcl 6:det 4:attr 6:prep 9:compound 7:pobj 1:punct 11:ROOT 11:prep 12:pobj 11:punct',
        },
    ),
    'Marco Bellini is the Northwind Bank president.': (
        'Marco Bellini=PERSON; Northwind Bank=ORG',
        {
            'Marco Bellini is the Northwind Bank president.':
                '1:compound 2:nsubj 2:ROOT 6:det 5:compound 6:compound 2:attr 2:punct',
        },
    ),
    'Marco Bellini is the Northwind Bank shareholder.': (
        'Marco Bellini=PERSON; Northwind Bank=ORG',
        {
            'Marco Bellini is the Northwind Bank shareholder.':
                '1:compound 2:nsubj 2:ROOT 6:det 5:compound 6:compound 2:attr 2:punct',
        },
    ),
    'Priya Natarajan joined Northwind Bank in March.': (
        'Priya Natarajan=PERSON; Northwind Bank=ORG; March=DATE',
        {
            'Priya Natarajan joined Northwind Bank in March.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 2:prep 5:pobj 2:punct',
        },
    ),
    'Priya Natarajan visited Northwind Bank in March.': (
        'Priya Natarajan=PERSON; Northwind Bank=ORG; March=DATE',
        {
            'Priya Natarajan visited Northwind Bank in March.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 2:prep 5:pobj 2:punct',
        },
    ),
    'Ingrid Malmo worked for Northwind Bank until 2010.': (
        'Ingrid Malmo=PERSON; Northwind Bank=ORG; 2010=DATE',
        {
            'Ingrid Malmo worked for Northwind Bank until 2010.':
                '1:compound 2:nsubj 2:ROOT 2:prep 5:compound 3:pobj 2:prep 6:pobj 2:punct',
        },
    ),
    'Ingrid Malmo waited for Northwind Bank to reply.': (
        'Ingrid Malmo=PERSON; Northwind Bank=ORG',
        {
            'Ingrid Malmo waited for Northwind Bank to reply.':
                '1:compound 2:nsubj 2:ROOT 7:mark 5:compound 7:nsubj 7:aux 2:advcl 2:punct',
        },
    ),
    'Northwind Bank is led by Ingrid Malmo.': (
        'Northwind Bank=ORG; Ingrid Malmo=PERSON',
        {
            'Northwind Bank is led by Ingrid Malmo.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 3:agent 6:compound 4:pobj 3:punct',
        },
    ),
    'Northwind Bank was praised by Ingrid Malmo.': (
        'Northwind Bank=ORG; Ingrid Malmo=PERSON',
        {
            'Northwind Bank was praised by Ingrid Malmo.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 3:agent 6:compound 4:pobj 3:punct',
        },
    ),
    'Priya Natarajan is a Canadian businesswoman, president of Northwind Bank.': (
        'Priya Natarajan=PERSON; Canadian=NORP; Northwind Bank=ORG',
        {
            'Priya Natarajan is a Canadian businesswoman, president of Northwind Bank.':
                '1:compound 2:nsubj 2:ROOT 5:det 5:amod 2:attr 5:punct 5:appos 7:prep 10:compound 8:pobj 2:punct',
        },
    ),
    'Priya Natarajan is a Canadian businesswoman, a critic of Northwind Bank.': (
        'Priya Natarajan=PERSON; Canadian=NORP; Northwind Bank=ORG',
        {
            'Priya Natarajan is a Canadian businesswoman, a critic of Northwind Bank.':
                '1:compound 2:nsubj 2:ROOT 5:det 5:amod 2:attr 5:punct 8:det 5:appos 8:prep 11:compound 9:pobj 2:punct',
        },
    ),
    'Marco Bellini is the president of the regional lender Northwind Bank.': (
        'Marco Bellini=PERSON; Northwind Bank=ORG',
        {
            'Marco Bellini is the president of the regional lender Northwind Bank.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:attr 4:prep 8:det 8:amod 5:pobj 10:compound 8:appos 2:punct',
        },
    ),
    'Marco Bellini is the president of a club for the regional lender Northwind Bank.': (
        'Marco Bellini=PERSON; Northwind Bank=ORG',
        {
            'Marco Bellini is the president of a club for the regional lender Northwind Bank.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:attr 4:prep 7:det 5:pobj 7:prep 11:det 11:amod 8:pobj 13:compound 11:appos 2:punct',
        },
    ),
    'Priya Natarajan was a businesswoman and a Northwind Bank engineer.': (
        'Priya Natarajan=PERSON; Northwind Bank=ORG',
        {
            'Priya Natarajan was a businesswoman and a Northwind Bank engineer.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:attr 4:cc 9:det 8:compound 9:compound 4:conj 2:punct',
        },
    ),
    'Priya Natarajan was a businesswoman and a critic of Northwind Bank.': (
        'Priya Natarajan=PERSON; Northwind Bank=ORG',
        {
            'Priya Natarajan was a businesswoman and a critic of Northwind Bank.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:attr 4:cc 7:det 4:conj 7:prep 10:compound 8:pobj 2:punct',
        },
    ),
    'She met Northwind Bank chemist Priya Natarajan in Oslo.': (
        'Northwind Bank=ORG; Priya Natarajan=PERSON; Oslo=GPE',
        {
            'She met Northwind Bank chemist Priya Natarajan in Oslo.':
                '1:nsubj 1:ROOT 3:compound 4:compound 6:compound 6:compound 1:dobj 6:prep 7:pobj 1:punct',
        },
    ),
    'She met Northwind Bank customer Priya Natarajan in Oslo.': (
        'Northwind Bank=ORG; Priya Natarajan=PERSON; Oslo=GPE',
        {
            'She met Northwind Bank customer Priya Natarajan in Oslo.':
                '1:nsubj 1:ROOT 3:compound 4:compound 6:compound 6:compound 1:dobj 6:prep 7:pobj 1:punct',
        },
    ),
    # The recognizer's ORG for a hometown.
    'Marco Bellini of Raleigh said prices would rise.': (
        'Marco Bellini=PERSON; Raleigh=ORG',
        {
            'Marco Bellini of Raleigh said prices would rise.':
                '1:compound 4:nsubj 1:prep 2:pobj 4:ROOT 7:nsubj 7:aux 4:ccomp 4:punct',
        },
    ),
    'Marco Bellini of Northwind Bank said prices would rise.': (
        'Marco Bellini=PERSON; Northwind Bank=ORG',
        {
            'Marco Bellini of Northwind Bank said prices would rise.':
                '1:compound 5:nsubj 1:prep 4:compound 2:pobj 5:ROOT 8:nsubj 8:aux 5:ccomp 5:punct',
        },
    ),
    # The parser hung the second "at" on the first person, past the second.
    'Lena Holt at the Institute of Geology and Omar Vance at the Coastal Institute won prizes.': (
        'Lena Holt=PERSON; Institute of Geology=ORG; Omar Vance=PERSON; Coastal Institute=ORG',
        {
            'Lena Holt at the Institute of Geology and Omar Vance at the Coastal Institute won prizes.':
                '1:compound 14:nsubj 1:prep 4:det 2:pobj 4:prep 5:pobj 4:cc 9:compound 4:conj 1:prep 13:det 13:compound 10:pobj 14:ROOT 14:dobj 14:punct',
        },
    ),
    'Marco Bellini said Northwind Bank would raise prices.': (
        'Marco Bellini=PERSON; Northwind Bank=ORG',
        {
            'Marco Bellini said Northwind Bank would raise prices.':
                '1:compound 2:nsubj 2:ROOT 4:compound 6:nsubj 6:aux 2:ccomp 6:dobj 2:punct',
        },
    ),
    'Anna Weiss was appointed professor of chemistry at Danforth University.': (
        'Anna Weiss=PERSON; Danforth University=ORG',
        {
            'Anna Weiss was appointed professor of chemistry at Danforth University.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 3:oprd 4:prep 5:pobj 4:prep 9:compound 7:pobj 3:punct',
        },
    ),
    'Anna Weiss was appointed by the treasurer of Danforth University.': (
        'Anna Weiss=PERSON; Danforth University=ORG',
        {
            'Anna Weiss was appointed by the treasurer of Danforth University.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 3:agent 6:det 4:pobj 6:prep 9:compound 7:pobj 3:punct',
        },
    ),
    'Northwind Bank is run by Marco Bellini, the chief executive.': (
        'Northwind Bank=ORG; Marco Bellini=PERSON',
        {
            'Northwind Bank is run by Marco Bellini, the chief executive.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 3:agent 6:compound 4:pobj 6:punct 10:det 10:amod 6:appos 3:punct',
        },
    ),
    'Northwind Bank was praised by Marco Bellini, a chief executive.': (
        'Northwind Bank=ORG; Marco Bellini=PERSON',
        {
            'Northwind Bank was praised by Marco Bellini, a chief executive.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 3:agent 6:compound 4:pobj 6:punct 10:det 10:amod 6:appos 3:punct',
        },
    ),
    'The chief executive of Northwind Bank is Marco Bellini.': (
        'Northwind Bank=ORG; Marco Bellini=PERSON',
        {
            'The chief executive of Northwind Bank is Marco Bellini.':
                '2:det 2:amod 6:nsubj 2:prep 5:compound 3:pobj 6:ROOT 8:compound 6:attr 6:punct',
        },
    ),
    'The chief executive of Northwind Bank met Marco Bellini.': (
        'Northwind Bank=ORG; Marco Bellini=PERSON',
        {
            'The chief executive of Northwind Bank met Marco Bellini.':
                '2:det 2:amod 6:nsubj 2:prep 5:compound 3:pobj 6:ROOT 8:compound 6:dobj 6:punct',
        },
    ),
    'Anna Weiss resigned from Northwind Bank in 2004.': (
        'Anna Weiss=PERSON; Northwind Bank=ORG; 2004=DATE',
        {
            'Anna Weiss resigned from Northwind Bank in 2004.':
                '1:compound 2:nsubj 2:ROOT 2:prep 5:compound 3:pobj 2:prep 6:pobj 2:punct',
        },
    ),
    'In 1998 Okafor left Northwind Bank to become chief executive of Halvorsen Energy Group.': (
        'Okafor=ORG; 1998=DATE; Northwind Bank=ORG; Halvorsen Energy Group=ORG',
        {
            'In 1998 Okafor left Northwind Bank to become chief executive of Halvorsen Energy Group.':
                '3:prep 0:pobj 3:nsubj 3:ROOT 5:compound 3:dobj 7:aux 3:xcomp 9:amod 7:attr 9:prep 13:compound 13:compound 10:pobj 3:punct',
        },
    ),
    'In 1998 Okafor left Northwind Bank.': (
        'Okafor=ORG; 1998=DATE; Northwind Bank=ORG',
        {
            'In 1998 Okafor left Northwind Bank.':
                '3:prep 0:pobj 3:nsubj 3:ROOT 5:compound 3:dobj 3:punct',
        },
    ),
    'In 1925 he studied chemistry under Anna Weiss at Northwind University.': (
        '1925=DATE; Anna Weiss=PERSON; Northwind University=ORG',
        {
            'In 1925 he studied chemistry under Anna Weiss at Northwind University.':
                '3:prep 0:pobj 3:nsubj 3:ROOT 3:dobj 3:prep 7:compound 5:pobj 3:prep 10:compound 8:pobj 3:punct',
        },
    ),
    'He had lunch with Anna Weiss at Northwind Bank.': (
        'Anna Weiss=PERSON; Northwind Bank=ORG',
        {
            'He had lunch with Anna Weiss at Northwind Bank.':
                '1:nsubj 1:ROOT 1:dobj 1:prep 5:compound 3:pobj 1:prep 8:compound 6:pobj 1:punct',
        },
    ),
    'He met Marco Bellini in Oslo, where he was named president of Northwind Bank.': (
        'Marco Bellini=PERSON; Oslo=GPE; Northwind Bank=ORG',
        {
            'He met Marco Bellini in Oslo, where he was named president of Northwind Bank.':
                '1:nsubj 1:ROOT 3:compound 1:dobj 1:prep 4:pobj 5:punct 10:advmod 10:nsubjpass 10:auxpass 5:relcl 10:oprd 11:prep 14:compound 12:pobj 1:punct',
        },
    ),
    'Ines met Marco Bellini in Oslo, where he was named president of Northwind Bank.': (
        'Marco Bellini=PERSON; Oslo=GPE; Northwind Bank=ORG',
        {
            'Ines met Marco Bellini in Oslo, where he was named president of Northwind Bank.':
                '1:nsubj 1:ROOT 3:compound 1:dobj 1:prep 4:pobj 5:punct 10:advmod 10:nsubjpass 10:auxpass 5:relcl 10:oprd 11:prep 14:compound 12:pobj 1:punct',
        },
    ),
    'Anna Weiss left Northwind Bank in 2004.': (
        'Anna Weiss=PERSON; Northwind Bank=ORG; 2004=DATE',
        {
            'Anna Weiss left Northwind Bank in 2004.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 2:prep 5:pobj 2:punct',
        },
    ),
    'Anna Weiss resigned from the board after a row with Northwind Bank.': (
        'Anna Weiss=PERSON; Northwind Bank=ORG',
        {
            'Anna Weiss resigned from the board after a row with Northwind Bank.':
                '1:compound 2:nsubj 2:ROOT 2:prep 5:det 3:pobj 2:prep 8:det 6:pobj 8:prep 11:compound 9:pobj 2:punct',
        },
    ),
    'Anna Weiss left a message for Northwind Bank.': (
        'Anna Weiss=PERSON; Northwind Bank=ORG',
        {
            'Anna Weiss left a message for Northwind Bank.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:dobj 4:prep 7:compound 5:pobj 2:punct',
        },
    ),
    'Anna Weiss served on the Danforth Arts Council for a decade.': (
        'Anna Weiss=PERSON; Danforth Arts Council=ORG; a decade=DATE',
        {
            'Anna Weiss served on the Danforth Arts Council for a decade.':
                '1:compound 2:nsubj 2:ROOT 2:prep 7:det 6:compound 7:compound 3:pobj 2:prep 10:det 8:pobj 2:punct',
        },
    ),
    'Anna Weiss served on a panel with the Danforth Arts Council.': (
        'Anna Weiss=PERSON; Danforth Arts Council=ORG',
        {
            'Anna Weiss served on a panel with the Danforth Arts Council.':
                '1:compound 2:nsubj 2:ROOT 2:prep 5:det 3:pobj 5:prep 10:det 9:compound 10:compound 6:pobj 2:punct',
        },
    ),
    'Northwind Bank was founded in 1990 by Marco Bellini, who is still its chief executive.': (
        'Northwind Bank=ORG; 1990=DATE; Marco Bellini=PERSON',
        {
            'Northwind Bank was founded in 1990 by Marco Bellini, who is still its chief executive.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 3:prep 4:pobj 3:agent 8:compound 6:pobj 8:punct 11:nsubj 8:relcl 11:advmod 15:poss 15:amod 11:attr 3:punct',
        },
    ),
    'Northwind Bank, whose chief executive is Marco Bellini, grew fast.': (
        'Northwind Bank=ORG; Marco Bellini=PERSON',
        {
            'Northwind Bank, whose chief executive is Marco Bellini, grew fast.':
                '1:compound 10:nsubj 1:punct 5:poss 5:amod 6:nsubj 1:relcl 8:compound 6:attr 1:punct 10:ROOT 10:advmod 10:punct',
        },
    ),
    'Northwind Bank sued Danforth Mills, whose chief executive is Marco Bellini.': (
        'Northwind Bank=ORG; Danforth Mills=GPE; Marco Bellini=PERSON',
        {
            'Northwind Bank sued Danforth Mills, whose chief executive is Marco Bellini.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 4:punct 8:poss 8:amod 9:nsubj 4:relcl 11:compound 9:attr 2:punct',
        },
    ),
    'Marco Bellini praised Northwind Bank for its chief executive.': (
        'Marco Bellini=PERSON; Northwind Bank=ORG',
        {
            'Marco Bellini praised Northwind Bank for its chief executive.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 2:prep 8:poss 8:amod 5:pobj 2:punct',
        },
    ),
    'Anna Weiss served in the Royal Danish Navy during the war.': (
        'Anna Weiss=PERSON; Royal Danish Navy=ORG',
        {
            'Anna Weiss served in the Royal Danish Navy during the war.':
                '1:compound 2:nsubj 2:ROOT 2:prep 7:det 7:compound 7:compound 3:pobj 2:prep 10:det 8:pobj 2:punct',
        },
    ),
    'Anna Weiss served in a restaurant near the Royal Danish Navy base.': (
        'Anna Weiss=PERSON; Royal Danish Navy=ORG',
        {
            'Anna Weiss served in a restaurant near the Royal Danish Navy base.':
                '1:compound 2:nsubj 2:ROOT 2:prep 5:det 3:pobj 5:prep 11:det 10:compound 10:compound 11:compound 6:pobj 2:punct',
        },
    ),
    'Anna Weiss began her career at Northwind Bank in 1990.': (
        'Anna Weiss=PERSON; Northwind Bank=ORG; 1990=DATE',
        {
            'Anna Weiss began her career at Northwind Bank in 1990.':
                '1:compound 2:nsubj 2:ROOT 4:poss 2:dobj 2:prep 7:compound 5:pobj 2:prep 8:pobj 2:punct',
        },
    ),
    'Anna Weiss praised her career at Northwind Bank.': (
        'Anna Weiss=PERSON; Northwind Bank=ORG',
        {
            'Anna Weiss praised her career at Northwind Bank.':
                '1:compound 2:nsubj 2:ROOT 4:poss 2:dobj 2:prep 7:compound 5:pobj 2:punct',
        },
    ),
    'Anna Weiss began her talks with Northwind Bank in 1990.': (
        'Anna Weiss=PERSON; Northwind Bank=ORG; 1990=DATE',
        {
            'Anna Weiss began her talks with Northwind Bank in 1990.':
                '1:compound 2:nsubj 2:ROOT 4:poss 2:dobj 4:prep 7:compound 5:pobj 2:prep 8:pobj 2:punct',
        },
    ),
    'Before joining Northwind Bank in 2004, Anna Weiss taught music in Oslo.': (
        'Northwind Bank=ORG; 2004=DATE; Anna Weiss=PERSON; Oslo=GPE',
        {
            'Before joining Northwind Bank in 2004, Anna Weiss taught music in Oslo.':
                '9:prep 0:pcomp 3:compound 1:dobj 1:prep 4:pobj 9:punct 8:compound 9:nsubj 9:ROOT 9:dobj 9:prep 11:pobj 9:punct',
        },
    ),
    'Prior to joining Northwind Bank, Anna Weiss worked as a lawyer.': (
        'Northwind Bank=ORG; Anna Weiss=PERSON',
        {
            'Prior to joining Northwind Bank, Anna Weiss worked as a lawyer.':
                '8:advmod 0:prep 1:pcomp 4:compound 2:dobj 8:punct 7:compound 8:nsubj 8:ROOT 8:prep 11:det 9:pobj 8:punct',
        },
    ),
    'Before joining the protest against Northwind Bank, Anna Weiss wrote a letter.': (
        'Northwind Bank=ORG; Anna Weiss=PERSON',
        {
            'Before joining the protest against Northwind Bank, Anna Weiss wrote a letter.':
                '10:prep 0:pcomp 3:det 1:dobj 3:prep 6:compound 4:pobj 10:punct 9:compound 10:nsubj 10:ROOT 12:det 10:dobj 10:punct',
        },
    ),
    'After leaving Northwind Bank in 2004, Anna Weiss opened a bakery.': (
        'Northwind Bank=ORG; 2004=DATE; Anna Weiss=PERSON',
        {
            'After leaving Northwind Bank in 2004, Anna Weiss opened a bakery.':
                '9:prep 0:pcomp 3:compound 1:dobj 1:prep 4:pobj 9:punct 8:compound 9:nsubj 9:ROOT 11:det 9:dobj 9:punct',
        },
    ),
    'After visiting Northwind Bank in 2004, Anna Weiss opened a bakery.': (
        'Northwind Bank=ORG; 2004=DATE; Anna Weiss=PERSON',
        {
            'After visiting Northwind Bank in 2004, Anna Weiss opened a bakery.':
                '9:prep 0:pcomp 3:compound 1:dobj 1:prep 4:pobj 9:punct 8:compound 9:nsubj 9:ROOT 11:det 9:dobj 9:punct',
        },
    ),
    'Anna Weiss joined the Northwind Bank team in 2004.': (
        'Anna Weiss=PERSON; Northwind Bank=ORG; 2004=DATE',
        {
            'Anna Weiss joined the Northwind Bank team in 2004.':
                '1:compound 2:nsubj 2:ROOT 6:det 5:compound 6:compound 2:dobj 2:prep 7:pobj 2:punct',
        },
    ),
    'Anna Weiss joined the faculty of Danforth University in 2001.': (
        'Anna Weiss=PERSON; Danforth University=ORG; 2001=DATE',
        {
            'Anna Weiss joined the faculty of Danforth University in 2001.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:dobj 4:prep 7:compound 5:pobj 2:prep 8:pobj 2:punct',
        },
    ),
    'Anna Weiss joined the board of trustees of Danforth University in 2001.': (
        'Anna Weiss=PERSON; Danforth University=ORG; 2001=DATE',
        {
            'Anna Weiss joined the board of trustees of Danforth University in 2001.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:dobj 4:prep 5:pobj 6:prep 9:compound 7:pobj 2:prep 10:pobj 2:punct',
        },
    ),
    'Anna Weiss joined the board of inquiry into Danforth University in 2001.': (
        'Anna Weiss=PERSON; Danforth University=ORG; 2001=DATE',
        {
            'Anna Weiss joined the board of inquiry into Danforth University in 2001.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:dobj 4:prep 5:pobj 6:prep 9:compound 7:pobj 2:prep 10:pobj 2:punct',
        },
    ),
    'Anna Weiss joined the protest outside Northwind Bank in 2004.': (
        'Anna Weiss=PERSON; Northwind Bank=ORG; 2004=DATE',
        {
            'Anna Weiss joined the protest outside Northwind Bank in 2004.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:dobj 4:prep 7:compound 5:pobj 2:prep 8:pobj 2:punct',
        },
    ),
    'Anna Weiss joined the team that sued Northwind Bank.': (
        'Anna Weiss=PERSON; Northwind Bank=ORG',
        {
            'Anna Weiss joined the team that sued Northwind Bank.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:dobj 6:nsubj 4:relcl 8:compound 6:dobj 2:punct',
        },
    ),
    'Northwind Bank sold the house to Danforth University professor Anna Weiss.': (
        'Northwind Bank=ORG; Danforth University=ORG; Anna Weiss=PERSON',
        {
            'Northwind Bank sold the house to Danforth University professor Anna Weiss.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:dobj 2:dative 7:compound 8:compound 10:compound 10:compound 5:pobj 2:punct',
        },
    ),
    'After a talk at Northwind Bank, professor Anna Weiss left.': (
        'Northwind Bank=ORG; Anna Weiss=PERSON',
        {
            'After a talk at Northwind Bank, professor Anna Weiss left.':
                '10:prep 2:det 0:pobj 2:prep 5:compound 3:pobj 10:punct 9:compound 9:compound 10:nsubj 10:ROOT 10:punct',
        },
    ),
    'Anna Weiss taught at Lakeside College, Danforth University, until 1990.': (
        'Anna Weiss=PERSON; Lakeside College=ORG; Danforth University=ORG; 1990=DATE',
        {
            'Anna Weiss taught at Lakeside College, Danforth University, until 1990.':
                '1:compound 2:nsubj 2:ROOT 2:prep 5:compound 3:pobj 5:punct 8:compound 5:appos 2:punct 2:prep 10:pobj 2:punct',
        },
    ),
    'Anna Weiss taught at Lakeside College, a school for the deaf, until 1990.': (
        'Anna Weiss=PERSON; Lakeside College=ORG; 1990=DATE',
        {
            'Anna Weiss taught at Lakeside College, a school for the deaf, until 1990.':
                '1:compound 2:nsubj 2:ROOT 2:prep 5:compound 3:pobj 5:punct 8:det 5:appos 8:prep 11:det 9:pobj 2:punct 2:prep 13:pobj 2:punct',
        },
    ),
    'Later it was written by Danforth Institute of Technology (DIT) professors Harald Amberg and Gerhard Sorensen, with Juliane Sorensen.': (
        'Danforth Institute of Technology=ORG; DIT=ORG; Harald Amberg=PERSON; Gerhard Sorensen=PERSON; Juliane Sorensen=PERSON',
        {
            'Later it was written by Danforth Institute of Technology (DIT) professors Harald Amberg and Gerhard Sorensen, with Juliane Sorensen.':
                '3:advmod 3:nsubjpass 3:auxpass 3:ROOT 3:agent 6:compound 12:nmod 6:prep 7:pobj 6:punct 6:appos 12:punct 14:compound 14:compound 3:npadvmod 14:cc 17:compound 14:conj 14:punct 14:prep 21:compound 19:pobj 3:punct',
        },
    ),
    'Lakelang is a programming language designed by Anna Weiss at Northwind Labs, and first released in 1999.': (
        'Lakelang=ORG; Anna Weiss=PERSON; Northwind Labs=ORG; first=ORDINAL; 1999=DATE',
        {
            'Lakelang is a programming language designed by Anna Weiss at Northwind Labs, and first released in 1999.':
                '1:nsubj 1:ROOT 4:det 4:compound 1:attr 4:acl 5:agent 8:compound 6:pobj 5:prep 11:compound 9:pobj 1:punct 1:cc 15:advmod 1:conj 15:prep 16:pobj 1:punct',
        },
    ),
    'The letter was written by Anna Weiss at a cafe near Northwind Bank.': (
        'Anna Weiss=PERSON; Northwind Bank=ORG',
        {
            'The letter was written by Anna Weiss at a cafe near Northwind Bank.':
                '1:det 3:nsubjpass 3:auxpass 3:ROOT 3:agent 6:compound 4:pobj 3:prep 9:det 7:pobj 9:prep 12:compound 10:pobj 3:punct',
        },
    ),
    'Helga Strand served as a consultant to Brightwater Analytics until 2015.': (
        'Helga Strand=PERSON; Brightwater Analytics=ORG; 2015=DATE',
        {
            'Helga Strand served as a consultant to Brightwater Analytics until 2015.':
                '1:compound 2:nsubj 2:ROOT 2:prep 5:det 3:pobj 5:prep 8:compound 6:pobj 2:prep 9:pobj 2:punct',
        },
    ),
    'Helga Strand served as the Norwegian envoy to the Brightwater Council until 2015.': (
        'Helga Strand=PERSON; Norwegian=NORP; Brightwater Council=ORG; 2015=DATE',
        {
            'Helga Strand served as the Norwegian envoy to the Brightwater Council until 2015.':
                '1:compound 2:nsubj 2:ROOT 2:prep 6:det 6:amod 3:pobj 2:prep 10:det 10:compound 7:pobj 2:prep 11:pobj 2:punct',
        },
    ),
    'Helga Strand is a professor in the Danforth Department of Geology.': (
        'Helga Strand=PERSON; Danforth Department of Geology=ORG',
        {
            'Helga Strand is a professor in the Danforth Department of Geology.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:attr 4:prep 8:det 8:compound 5:pobj 8:prep 9:pobj 2:punct',
        },
    ),
    'Helga Strand is a professor who lectured in the Danforth Department of Geology.': (
        'Helga Strand=PERSON; Danforth Department of Geology=ORG',
        {
            'Helga Strand is a professor who lectured in the Danforth Department of Geology.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:attr 6:nsubj 4:relcl 6:prep 10:det 10:compound 7:pobj 10:prep 11:pobj 2:punct',
        },
    ),
    'Tomas Reyes co-founded Brightwater Analytics in 2004 and has led the company since 2010.': (
        'Tomas Reyes=PERSON; Brightwater Analytics=ORG; 2004=DATE; 2010=DATE',
        {
            'Tomas Reyes co-founded Brightwater Analytics in 2004 and has led the company since 2010.':
                '1:compound 2:nsubj 2:ROOT 2:acomp 6:amod 6:compound 3:dobj 3:prep 7:pobj 2:cc 11:aux 2:conj 13:det 11:dobj 11:prep 14:pobj 2:punct',
        },
    ),
    'Lakeside Rovers won the cup in 1990, when Tomas Reyes and Anna Weiss led the club.': (
        'Lakeside Rovers=ORG; 1990=DATE; Tomas Reyes=PERSON; Anna Weiss=PERSON',
        {
            'Lakeside Rovers won the cup in 1990, when Tomas Reyes and Anna Weiss led the club.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:dobj 2:prep 5:pobj 6:punct 14:advmod 10:compound 14:nsubj 10:cc 13:compound 10:conj 6:relcl 16:det 14:dobj 2:punct',
        },
    ),
    'Tomas Reyes praised Brightwater Analytics and later led the company his brother founded.': (
        'Tomas Reyes=PERSON; Brightwater Analytics=ORG',
        {
            'Tomas Reyes praised Brightwater Analytics and later led the company his brother founded.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 2:cc 7:advmod 2:conj 9:det 7:dobj 11:poss 12:nsubj 9:relcl 2:punct',
        },
    ),
    'The study was led by Danforth University psychologists Anna Weiss and Tomas Reyes.': (
        'Danforth University=ORG; Anna Weiss=PERSON; Tomas Reyes=PERSON',
        {
            'The study was led by Danforth University psychologists Anna Weiss and Tomas Reyes.':
                '1:det 3:nsubjpass 3:auxpass 3:ROOT 3:agent 6:compound 7:compound 4:pobj 9:compound 7:appos 9:cc 12:compound 9:conj 3:punct',
        },
    ),
    'Maria Lopez, chief executive of Halvorsen Energy Group, said the Research Division within Halvorsen Energy Group was closed.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG; Research Division=ORG; 90:112=ORG',
        {
            'Maria Lopez, chief executive of Halvorsen Energy Group, said the Research Division within Halvorsen Energy Group was closed.':
                '1:compound 10:nsubj 1:punct 4:amod 1:appos 4:prep 8:compound 8:compound 5:pobj 1:punct 10:ROOT 13:det 13:compound 18:nsubj 13:prep 17:compound 17:compound 14:pobj 10:ccomp 18:acomp 10:punct',
        },
    ),
    'Maria Lopez is the founder, president and chief executive of Halvorsen Energy Group.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG',
        {
            'Maria Lopez is the founder, president and chief executive of Halvorsen Energy Group.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:attr 4:punct 4:conj 6:cc 9:amod 6:conj 4:prep 13:compound 13:compound 10:pobj 2:punct',
        },
    ),
    'Robert Hale, the former president and CEO of Granite Logistics Inc., was charged.': (
        'Robert Hale=PERSON; Granite Logistics Inc.=ORG',
        {
            'Robert Hale, the former president and CEO of Granite Logistics Inc., was charged.':
                '1:compound 14:nsubjpass 1:punct 5:det 5:amod 1:appos 5:cc 5:conj 5:prep 11:compound 11:compound 8:pobj 1:punct 14:auxpass 14:ROOT 14:punct',
        },
    ),
    'The chief executive of Halvorsen Energy Group resigned on Tuesday.': (
        'Halvorsen Energy Group=ORG; Tuesday=DATE',
        {
            'The chief executive of Halvorsen Energy Group resigned on Tuesday.':
                '2:det 2:amod 7:nsubj 2:prep 6:compound 6:compound 3:pobj 7:ROOT 7:prep 8:pobj 7:punct',
        },
    ),
    'Maria Lopez said Halvorsen Energy Group would cut 200 jobs.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG; 200=CARDINAL',
        {
            'Maria Lopez said Halvorsen Energy Group would cut 200 jobs.':
                '1:compound 2:nsubj 2:ROOT 5:compound 5:compound 7:nsubj 7:aux 2:ccomp 9:nummod 7:dobj 2:punct',
        },
    ),
    '': (
        '',
        {
        },
    ),
    'David Okafor is chief executive of the Danish shipping company Meridian Bank.': (
        'David Okafor=PERSON; Danish=NORP; Meridian Bank=ORG',
        {
            'David Okafor is chief executive of the Danish shipping company Meridian Bank.':
                '1:compound 2:nsubj 2:ROOT 4:amod 2:attr 4:prep 9:det 9:amod 9:compound 5:pobj 11:compound 9:appos 2:punct',
        },
    ),
    'David Okafor is chief executive of Meridian Bank Holdings (MBH), the lender said.': (
        'David Okafor=PERSON; Meridian Bank Holdings=ORG; MBH=ORG',
        {
            'David Okafor is chief executive of Meridian Bank Holdings (MBH), the lender said.':
                '1:compound 2:nsubj 15:ccomp 4:amod 2:attr 4:prep 8:compound 8:compound 5:pobj 8:punct 8:appos 8:punct 15:punct 14:det 15:nsubj 15:ROOT 15:punct',
        },
    ),
    'David Okafor is chief executive of Meridian Bank Holdings (Lagos), the lender said.': (
        'David Okafor=PERSON; Meridian Bank Holdings=ORG; Lagos=ORG',
        {
            'David Okafor is chief executive of Meridian Bank Holdings (Lagos), the lender said.':
                '1:compound 2:nsubj 15:ccomp 4:amod 2:attr 4:prep 10:compound 10:nmod 10:nmod 8:punct 5:pobj 2:punct 15:punct 14:det 15:nsubj 15:ROOT 15:punct',
        },
    ),
    'Laura Benson served as the seventh president of Meridian Bank.': (
        'Laura Benson=PERSON; seventh=ORDINAL; Meridian Bank=ORG',
        {
            'Laura Benson served as the seventh president of Meridian Bank.':
                '1:compound 2:nsubj 2:ROOT 2:prep 6:det 6:amod 3:pobj 6:prep 9:compound 7:pobj 2:punct',
        },
    ),
    'Laura Benson is Professor Emeritus of Mathematics at Dunrow University.': (
        'Laura Benson=PERSON; Dunrow University=ORG',
        {
            'Laura Benson is Professor Emeritus of Mathematics at Dunrow University.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:attr 4:prep 5:pobj 4:prep 9:compound 7:pobj 2:punct',
        },
    ),
    'Laura Benson is the chief executive of Meridian Bank (also known as Meridian Group).': (
        'Laura Benson=PERSON; Meridian Bank=ORG; Meridian Group=ORG',
        {
            'Laura Benson is the chief executive of Meridian Bank (also known as Meridian Group).':
                '1:compound 2:nsubj 2:ROOT 5:det 5:amod 2:attr 5:prep 8:compound 6:pobj 5:punct 11:advmod 5:acl 11:prep 14:compound 12:pobj 2:punct 2:punct',
        },
    ),
    'Marco Bellini said he was president of Northwind Bank.': (
        'Marco Bellini=PERSON; Northwind Bank=ORG',
        {
            'Marco Bellini said he was president of Northwind Bank.':
                '1:compound 2:nsubj 2:ROOT 4:nsubj 2:ccomp 4:attr 5:prep 8:compound 6:pobj 2:punct',
        },
    ),
    'Marco Bellini told Anna Weiss he was president of Northwind Bank.': (
        'Marco Bellini=PERSON; Anna Weiss=PERSON; Northwind Bank=ORG',
        {
            'Marco Bellini told Anna Weiss he was president of Northwind Bank.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 6:nsubj 2:ccomp 6:attr 7:prep 10:compound 8:pobj 2:punct',
        },
    ),
    'Marco Bellini opened a bakery in 1990. He was later president of Northwind Bank.': (
        'Marco Bellini=PERSON; 1990=DATE; Northwind Bank=ORG',
        {
            'Marco Bellini opened a bakery in 1990.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:dobj 2:prep 5:pobj 2:punct',
            'He was later president of Northwind Bank.':
                '1:nsubj 1:ROOT 3:amod 1:attr 3:prep 6:compound 4:pobj 1:punct',
        },
    ),
    'Marco Bellini met Anna Weiss in 1990. He was later president of Northwind Bank.': (
        'Marco Bellini=PERSON; Anna Weiss=PERSON; 1990=DATE; Northwind Bank=ORG',
        {
            'Marco Bellini met Anna Weiss in 1990.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 2:prep 5:pobj 2:punct',
            'He was later president of Northwind Bank.':
                '1:nsubj 1:ROOT 3:amod 1:attr 3:prep 6:compound 4:pobj 1:punct',
        },
    ),
    'The bakery opened in 1990. He was later president of Northwind Bank.': (
        '1990=DATE; Northwind Bank=ORG',
        {
            'The bakery opened in 1990.':
                '1:det 2:nsubj 2:ROOT 2:prep 3:pobj 2:punct',
            'He was later president of Northwind Bank.':
                '1:nsubj 1:ROOT 3:amod 1:attr 3:prep 6:compound 4:pobj 1:punct',
        },
    ),
    'Anna Weiss and Marco Bellini, president of Northwind Bank, arrived on Friday.': (
        'Anna Weiss=PERSON; Marco Bellini=PERSON; Northwind Bank=ORG; Friday=DATE',
        {
            'Anna Weiss and Marco Bellini, president of Northwind Bank, arrived on Friday.':
                '1:compound 11:nsubj 1:cc 4:compound 1:conj 4:punct 4:appos 6:prep 9:compound 7:pobj 4:punct 11:ROOT 11:prep 12:pobj 11:punct',
        },
    ),
    'Anna Weiss moved to Oslo in 1990 and joined Northwind Bank.': (
        'Anna Weiss=PERSON; Oslo=GPE; 1990=DATE; Northwind Bank=ORG',
        {
            'Anna Weiss moved to Oslo in 1990 and joined Northwind Bank.':
                '1:compound 2:nsubj 2:ROOT 2:prep 3:pobj 2:prep 5:pobj 2:cc 2:conj 10:compound 8:dobj 2:punct',
        },
    ),
    'Anna Weiss spoke first and then Marco Bellini joined Northwind Bank.': (
        'Anna Weiss=PERSON; first=ORDINAL; Marco Bellini=PERSON; Northwind Bank=ORG',
        {
            'Anna Weiss spoke first and then Marco Bellini joined Northwind Bank.':
                '1:compound 2:nsubj 2:ROOT 2:advmod 2:cc 8:advmod 7:compound 8:nsubj 2:conj 10:compound 8:dobj 8:punct',
        },
    ),
    'Tomas Reyes is Professor Emeritus of Geology at Danforth University.': (
        'Tomas Reyes=PERSON; Danforth University=ORG',
        {
            'Tomas Reyes is Professor Emeritus of Geology at Danforth University.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:attr 4:prep 5:pobj 4:prep 9:compound 7:pobj 2:punct',
        },
    ),
    'Sofia Brandt, a veteran lobbyist with the Northwind Growers Association, testified on Tuesday.': (
        'Sofia Brandt=PERSON; Northwind Growers Association=ORG; Tuesday=DATE',
        {
            'Sofia Brandt, a veteran lobbyist with the Northwind Growers Association, testified on Tuesday.':
                '1:compound 12:nsubj 1:punct 5:det 5:compound 1:appos 5:prep 10:det 9:compound 10:compound 6:pobj 1:punct 12:ROOT 12:prep 13:pobj 12:punct',
        },
    ),
    'The Iranian foreign minister, Ali Rezai, rejected the claim on Sunday.': (
        'Iranian=NORP; Ali Rezai=PERSON; Sunday=DATE',
        {
            'The Iranian foreign minister, Ali Rezai, rejected the claim on Sunday.':
                '3:det 3:amod 3:amod 8:nsubj 3:punct 6:compound 3:appos 3:punct 8:ROOT 10:det 8:dobj 8:prep 11:pobj 8:punct',
        },
    ),
    'After meeting the foreign minister, Ali Rezai left the capital.': (
        'Ali Rezai=PERSON',
        {
            'After meeting the foreign minister, Ali Rezai left the capital.':
                '8:prep 0:pcomp 4:det 4:amod 1:dobj 8:punct 7:compound 8:nsubj 8:ROOT 10:det 8:dobj 8:punct',
        },
    ),
    'Sofia Brandt is a perennial candidate for the Green Alliance.': (
        'Sofia Brandt=PERSON; Green Alliance=ORG',
        {
            'Sofia Brandt is a perennial candidate for the Green Alliance.':
                '1:compound 2:nsubj 2:ROOT 5:det 5:amod 2:attr 5:prep 9:det 9:compound 6:pobj 2:punct',
        },
    ),
    'Sofia Brandt is a perennial critic of the Green Alliance.': (
        'Sofia Brandt=PERSON; Green Alliance=ORG',
        {
            'Sofia Brandt is a perennial critic of the Green Alliance.':
                '1:compound 2:nsubj 2:ROOT 5:det 5:amod 2:attr 5:prep 9:det 9:compound 6:pobj 2:punct',
        },
    ),
    'Sofia Brandt is a Danish engineer, chair of Halvorsen Energy Group.': (
        'Sofia Brandt=PERSON; Danish=NORP; Halvorsen Energy Group=ORG',
        {
            'Sofia Brandt is a Danish engineer, chair of Halvorsen Energy Group.':
                '1:compound 2:nsubj 2:ROOT 5:det 5:amod 2:attr 5:punct 5:conj 7:prep 11:compound 11:compound 8:pobj 2:punct',
        },
    ),
    'Roger Holm, a Burlington Mills operations manager, said the plant closed.': (
        'Roger Holm=PERSON; Burlington Mills=ORG',
        {
            'Roger Holm, a Burlington Mills operations manager, said the plant closed.':
                '1:compound 9:nsubj 1:punct 7:det 5:compound 6:compound 7:compound 1:appos 1:punct 9:ROOT 11:det 12:nsubj 9:ccomp 9:punct',
        },
    ),
    'Roger Holm, a manager, praised the Burlington Mills operations team.': (
        'Roger Holm=PERSON; Burlington Mills=ORG',
        {
            'Roger Holm, a manager, praised the Burlington Mills operations team.':
                '1:compound 6:nsubj 1:punct 4:det 1:appos 1:punct 6:ROOT 11:det 9:compound 10:compound 11:compound 6:dobj 6:punct',
        },
    ),
    'Lena Marsh covered education for the Harbor Courier for a decade.': (
        'Lena Marsh=PERSON; Harbor Courier=ORG; a decade=DATE',
        {
            'Lena Marsh covered education for the Harbor Courier for a decade.':
                '1:compound 2:nsubj 2:ROOT 2:dobj 3:prep 7:det 7:compound 4:pobj 2:prep 10:det 8:pobj 2:punct',
        },
    ),
    'Lena Marsh covered the story about the Harbor Courier.': (
        'Lena Marsh=PERSON; Harbor Courier=ORG',
        {
            'Lena Marsh covered the story about the Harbor Courier.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:dobj 4:prep 8:det 8:compound 5:pobj 2:punct',
        },
    ),
    'Javier Ortega completed a law degree while working for Solberg Freight.': (
        'Javier Ortega=PERSON; Solberg Freight=ORG',
        {
            'Javier Ortega completed a law degree while working for Solberg Freight.':
                '1:compound 2:nsubj 2:ROOT 5:det 5:compound 2:dobj 7:mark 2:advcl 7:prep 10:compound 8:pobj 2:punct',
        },
    ),
    'After working at Solberg Freight for a decade, Tim Rees opened a bakery.': (
        'Solberg Freight=ORG; a decade=DATE; Tim Rees=PERSON',
        {
            'After working at Solberg Freight for a decade, Tim Rees opened a bakery.':
                '11:prep 0:pcomp 1:prep 4:compound 2:pobj 1:prep 7:det 5:pobj 11:punct 10:compound 11:nsubj 11:ROOT 13:det 11:dobj 11:punct',
        },
    ),
    'Javier Ortega praised Solberg Freight while visiting the port.': (
        'Javier Ortega=PERSON; Solberg Freight=ORG',
        {
            'Javier Ortega praised Solberg Freight while visiting the port.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 6:mark 2:advcl 8:det 6:dobj 2:punct',
        },
    ),
    'Shareholders elected Mary Jonsson president of the Farmers Union last week.': (
        'Mary Jonsson=PERSON; Farmers Union=ORG; last week=DATE',
        {
            'Shareholders elected Mary Jonsson president of the Farmers Union last week.':
                '1:nsubj 1:ROOT 3:compound 4:compound 1:dobj 4:prep 8:det 8:compound 5:pobj 10:amod 1:npadvmod 1:punct',
        },
    ),
    'Mary Jonsson praised the president of the Farmers Union last week.': (
        'Mary Jonsson=PERSON; Farmers Union=ORG; last week=DATE',
        {
            'Mary Jonsson praised the president of the Farmers Union last week.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:dobj 4:prep 8:det 8:compound 5:pobj 10:amod 2:npadvmod 2:punct',
        },
    ),
    'Sam Kade of the law firm of Dewey Marlow said the deal was off.': (
        'Sam Kade=PERSON; Dewey Marlow=ORG',
        {
            'Sam Kade of the law firm of Dewey Marlow said the deal was off.':
                '1:compound 9:nsubj 1:prep 5:det 5:compound 2:pobj 5:prep 8:compound 6:pobj 9:ROOT 11:det 12:nsubj 9:ccomp 12:advmod 9:punct',
        },
    ),
    'Sam Kade spoke to the law firm of Dewey Marlow on Friday.': (
        'Sam Kade=PERSON; Dewey Marlow=ORG; Friday=DATE',
        {
            'Sam Kade spoke to the law firm of Dewey Marlow on Friday.':
                '1:compound 2:nsubj 2:ROOT 2:prep 6:det 6:compound 3:pobj 6:prep 9:compound 7:pobj 2:prep 10:pobj 2:punct',
        },
    ),
    'In 2003 Okafor joined Danforth Bank as chief executive of Danforth Credit Union.': (
        '2003=DATE; Okafor=ORG; Danforth Bank=ORG; Danforth Credit Union=ORG',
        {
            'In 2003 Okafor joined Danforth Bank as chief executive of Danforth Credit Union.':
                '3:prep 0:pobj 3:nsubj 3:ROOT 5:compound 3:dobj 3:prep 8:amod 6:pobj 8:prep 12:compound 12:compound 9:pobj 3:punct',
        },
    ),
    'Brightwater is the owner of the Harbor Courier.': (
        'Brightwater=ORG; Harbor Courier=ORG',
        {
            'Brightwater is the owner of the Harbor Courier.':
                '1:nsubj 1:ROOT 3:det 1:attr 3:prep 7:det 7:compound 4:pobj 1:punct',
        },
    ),
    'Lincoln is the chief executive of Danforth Bank.': (
        'Lincoln=GPE; Danforth Bank=ORG',
        {
            'Lincoln is the chief executive of Danforth Bank.':
                '1:nsubj 1:ROOT 4:det 4:amod 1:attr 4:prep 7:compound 5:pobj 1:punct',
        },
    ),
    'Previously, he was executive vice president at Danforth Bank.': (
        'Danforth Bank=ORG',
        {
            'Previously, he was executive vice president at Danforth Bank.':
                '3:advmod 3:punct 3:nsubj 3:ROOT 6:amod 6:compound 3:attr 6:prep 9:compound 7:pobj 3:punct',
        },
    ),
    "Ines Varga, a professor at Halvorsen University's Marlow School of Law, spoke.": (
        'Ines Varga=PERSON; Halvorsen University=ORG; Marlow School of Law=ORG',
        {
            "Ines Varga, a professor at Halvorsen University's Marlow School of Law, spoke.":
                '1:compound 14:nsubj 1:punct 4:det 1:appos 4:prep 7:compound 10:poss 7:case 10:compound 5:pobj 10:prep 11:pobj 1:punct 14:ROOT 14:punct',
        },
    ),
    'Ines Varga, treasurer of the Board of Trustees of Halvorsen University, spoke.': (
        'Ines Varga=PERSON; Board of Trustees=ORG; Halvorsen University=ORG',
        {
            'Ines Varga, treasurer of the Board of Trustees of Halvorsen University, spoke.':
                '1:compound 13:nsubj 1:punct 1:appos 3:prep 6:det 4:pobj 6:prep 7:pobj 6:prep 11:compound 9:pobj 1:punct 13:ROOT 13:punct',
        },
    ),
    'Ines Varga, treasurer of the Board of Trustees, praised Halvorsen University.': (
        'Ines Varga=PERSON; Board of Trustees=ORG; Halvorsen University=ORG',
        {
            'Ines Varga, treasurer of the Board of Trustees, praised Halvorsen University.':
                '1:compound 10:nsubj 1:punct 1:appos 3:prep 6:det 4:pobj 6:prep 7:pobj 1:punct 10:ROOT 12:compound 10:dobj 10:punct',
        },
    ),
    'Ines Varga, a professor at Marlow School of Law, praised Halvorsen.': (
        'Ines Varga=PERSON; Marlow School of Law=ORG; Halvorsen=PERSON',
        {
            'Ines Varga, a professor at Marlow School of Law, praised Halvorsen.':
                '1:compound 11:nsubj 1:punct 4:det 1:appos 4:prep 7:compound 5:pobj 7:prep 8:pobj 1:punct 11:ROOT 11:dobj 11:punct',
        },
    ),
    'Ann Brandt was elected to the council and promoted to chairman of Danforth Bank.': (
        'Ann Brandt=PERSON; Danforth Bank=ORG',
        {
            'Ann Brandt was elected to the council and promoted to chairman of Danforth Bank.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 3:prep 6:det 4:pobj 3:cc 3:conj 8:prep 9:pobj 10:prep 13:compound 11:pobj 3:punct',
        },
    ),
    'Ann Brandt was elected to the council and spoke to the chairman of Danforth Bank.': (
        'Ann Brandt=PERSON; Danforth Bank=ORG',
        {
            'Ann Brandt was elected to the council and spoke to the chairman of Danforth Bank.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 3:prep 6:det 4:pobj 3:cc 3:conj 8:prep 11:det 9:pobj 11:prep 14:compound 12:pobj 3:punct',
        },
    ),
    'Ann Brandt was appointed to the board of Danforth Bank.': (
        'Ann Brandt=PERSON; Danforth Bank=ORG',
        {
            'Ann Brandt was appointed to the board of Danforth Bank.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 3:prep 6:det 4:pobj 6:prep 9:compound 7:pobj 3:punct',
        },
    ),
    'Ann Brandt was appointed to the task force on Danforth Bank.': (
        'Ann Brandt=PERSON; Danforth Bank=ORG',
        {
            'Ann Brandt was appointed to the task force on Danforth Bank.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 3:prep 7:det 7:compound 4:pobj 7:prep 10:compound 8:pobj 3:punct',
        },
    ),
    'As its lead designer Maya Lind told the Harbor Courier, the line sold out.': (
        'Maya Lind=PERSON; Harbor Courier=ORG',
        {
            'As its lead designer Maya Lind told the Harbor Courier, the line sold out.':
                '6:mark 3:poss 3:compound 6:nsubj 5:compound 3:appos 13:advcl 9:det 9:compound 6:dobj 13:punct 12:det 13:nsubj 13:ROOT 13:prt 13:punct',
        },
    ),
    'Prices will fall, said Ana Gayo at Harbor Capital.': (
        'Ana Gayo=PERSON; Harbor Capital=ORG',
        {
            'Prices will fall, said Ana Gayo at Harbor Capital.':
                '2:nsubj 2:aux 4:ccomp 4:punct 4:ROOT 6:compound 4:nsubj 6:prep 9:compound 7:pobj 4:punct',
        },
    ),
    'Ana Gayo at Harbor Capital says prices will fall.': (
        'Ana Gayo=PERSON; Harbor Capital=ORG',
        {
            'Ana Gayo at Harbor Capital says prices will fall.':
                '1:compound 5:nsubj 1:prep 4:compound 2:pobj 5:ROOT 8:nsubj 8:aux 5:ccomp 5:punct',
        },
    ),
    'The crowd cheered Ana Gayo at the Harbor Arena on Friday.': (
        'Ana Gayo=PERSON; Harbor Arena=ORG; Friday=DATE',
        {
            'The crowd cheered Ana Gayo at the Harbor Arena on Friday.':
                '1:det 2:nsubj 2:ROOT 4:compound 2:dobj 2:prep 8:det 8:compound 5:pobj 2:prep 9:pobj 2:punct',
        },
    ),
    'Tomas Reyes went on to serve as president of Danforth University.': (
        'Tomas Reyes=PERSON; Danforth University=ORG',
        {
            'Tomas Reyes went on to serve as president of Danforth University.':
                '1:compound 2:nsubj 2:ROOT 2:prt 5:aux 2:advcl 5:prep 6:pobj 7:prep 10:compound 8:pobj 2:punct',
        },
    ),
    'Sara Kade moved to Oslo in 2000 and began serving as editor of the Harbor Courier.': (
        'Sara Kade=PERSON; Oslo=GPE; 2000=DATE; Harbor Courier=ORG',
        {
            'Sara Kade moved to Oslo in 2000 and began serving as editor of the Harbor Courier.':
                '1:compound 2:nsubj 2:ROOT 2:prep 3:pobj 2:prep 5:pobj 2:cc 2:conj 8:xcomp 9:prep 10:pobj 11:prep 15:det 15:compound 12:pobj 2:punct',
        },
    ),
    'Tomas Reyes left after Anna Weiss began serving as president of Danforth University.': (
        'Tomas Reyes=PERSON; Anna Weiss=PERSON; Danforth University=ORG',
        {
            'Tomas Reyes left after Anna Weiss began serving as president of Danforth University.':
                '1:compound 2:nsubj 2:ROOT 6:mark 5:compound 6:nsubj 2:advcl 6:xcomp 7:prep 8:pobj 9:prep 12:compound 10:pobj 2:punct',
        },
    ),
    'Tomas Reyes went on to praise the president of Danforth University.': (
        'Tomas Reyes=PERSON; Danforth University=ORG',
        {
            'Tomas Reyes went on to praise the president of Danforth University.':
                '1:compound 2:nsubj 2:ROOT 2:prt 5:aux 2:advcl 7:det 5:dobj 7:prep 10:compound 8:pobj 2:punct',
        },
    ),
    'Wen Lu, an oil analyst from Harbor Capital, expects prices to rise.': (
        'Wen Lu=PERSON; Harbor Capital=ORG',
        {
            'Wen Lu, an oil analyst from Harbor Capital, expects prices to rise.':
                '1:compound 10:nsubj 1:punct 5:det 5:compound 1:appos 5:prep 8:compound 6:pobj 1:punct 10:ROOT 13:nsubj 13:aux 10:ccomp 10:punct',
        },
    ),
    'Wen Lu, an oil analyst, flew in from Harbor Capital on Monday.': (
        'Wen Lu=PERSON; Harbor Capital=ORG; Monday=DATE',
        {
            'Wen Lu, an oil analyst, flew in from Harbor Capital on Monday.':
                '1:compound 7:nsubj 1:punct 5:det 5:compound 1:appos 1:punct 7:ROOT 7:advmod 7:prep 11:compound 9:pobj 7:prep 12:pobj 7:punct',
        },
    ),
    'Anna Weiss of Danforth University and Tomas Reyes of Brightwater Analytics signed the letter.': (
        'Anna Weiss=PERSON; Danforth University=ORG; Tomas Reyes=PERSON; Brightwater Analytics=ORG',
        {
            'Anna Weiss of Danforth University and Tomas Reyes of Brightwater Analytics signed the letter.':
                '1:compound 11:nsubj 1:prep 4:compound 2:pobj 1:cc 7:compound 1:conj 7:prep 10:compound 8:pobj 11:ROOT 13:det 11:dobj 11:punct',
        },
    ),
    'Helga Strand moved to Oslo to become chief executive of Norvik Telecom.': (
        'Helga Strand=PERSON; Oslo=GPE; Norvik Telecom=ORG',
        {
            'Helga Strand moved to Oslo to become chief executive of Norvik Telecom.':
                '1:compound 2:nsubj 2:ROOT 2:prep 3:pobj 6:aux 2:advcl 8:amod 6:attr 8:prep 11:compound 9:pobj 2:punct',
        },
    ),
    'Helga Strand said the plant would become the main supplier of Norvik Telecom.': (
        'Helga Strand=PERSON; Norvik Telecom=ORG',
        {
            'Helga Strand said the plant would become the main supplier of Norvik Telecom.':
                '1:compound 2:nsubj 2:ROOT 4:det 6:nsubj 6:aux 2:ccomp 9:det 9:amod 6:attr 9:prep 12:compound 10:pobj 2:punct',
        },
    ),
    'A former treasurer of the Lakeside Rowing Club, Tomas Reyes now runs a bakery.': (
        'Lakeside Rowing Club=ORG; Tomas Reyes=PERSON; now=DATE',
        {
            'A former treasurer of the Lakeside Rowing Club, Tomas Reyes now runs a bakery.':
                '2:det 2:amod 12:nsubj 2:prep 7:det 7:compound 7:compound 3:pobj 12:punct 10:compound 12:nsubj 12:advmod 12:ROOT 14:det 12:dobj 12:punct',
        },
    ),
    'The treasurer of the Lakeside Rowing Club and Tomas Reyes met on Monday.': (
        'Lakeside Rowing Club=ORG; Tomas Reyes=PERSON; Monday=DATE',
        {
            'The treasurer of the Lakeside Rowing Club and Tomas Reyes met on Monday.':
                '1:det 10:nsubj 1:prep 6:det 6:compound 6:compound 2:pobj 6:cc 9:compound 6:conj 10:ROOT 10:prep 11:pobj 10:punct',
        },
    ),
    'Sen. Owen Pryce voted against the bill on Tuesday.': (
        'Owen Pryce=PERSON; Tuesday=DATE',
        {
            'Sen. Owen Pryce voted against the bill on Tuesday.':
                '2:compound 2:compound 3:nsubj 3:ROOT 3:prep 6:det 4:pobj 3:prep 7:pobj 3:punct',
        },
    ),
    'Harbour Council Speaker Agnes Morel opened the session.': (
        'Harbour Council=ORG; Agnes Morel=PERSON',
        {
            'Harbour Council Speaker Agnes Morel opened the session.':
                '1:compound 2:compound 4:compound 4:compound 5:nsubj 5:ROOT 7:det 5:dobj 5:punct',
        },
    ),
    'President-elect Marta Ilves named her cabinet on Friday.': (
        'Marta Ilves=PERSON; Friday=DATE',
        {
            'President-elect Marta Ilves named her cabinet on Friday.':
                '2:compound 2:punct 4:compound 4:compound 5:nsubj 5:ROOT 7:poss 5:dobj 5:prep 8:pobj 5:punct',
        },
    ),
    'Meridian Bank CEO David Okafor and Harbor Trust chairman Ian Lowe met on Monday.': (
        'Meridian Bank=ORG; David Okafor=PERSON; Harbor Trust=ORG; Ian Lowe=PERSON; Monday=DATE',
        {
            'Meridian Bank CEO David Okafor and Harbor Trust chairman Ian Lowe met on Monday.':
                '1:compound 2:compound 4:compound 4:compound 11:nsubj 4:cc 7:compound 8:compound 10:compound 10:compound 4:conj 11:ROOT 11:prep 12:pobj 11:punct',
        },
    ),
    'Spokeswoman Laura Benson and Harbor Trust declined to comment.': (
        'Laura Benson=PERSON; Harbor Trust=ORG',
        {
            'Spokeswoman Laura Benson and Harbor Trust declined to comment.':
                '1:compound 2:compound 6:nsubj 2:cc 5:compound 2:conj 6:ROOT 8:aux 6:xcomp 6:punct',
        },
    ),
    'Navy Adm. Carl Weston commands the fleet.': (
        'Navy=ORG; Carl Weston=PERSON',
        {
            'Navy Adm. Carl Weston commands the fleet.':
                '1:compound 3:compound 3:compound 4:nsubj 4:ROOT 6:det 4:dobj 4:punct',
        },
    ),
    'Under chancellor Tomas Varga, Lindqvist Robotics set new rules.': (
        'Tomas Varga=PERSON; Lindqvist Robotics=ORG',
        {
            'Under chancellor Tomas Varga, Lindqvist Robotics set new rules.':
                '7:prep 0:pobj 3:compound 0:pobj 7:punct 6:compound 7:nsubj 7:ROOT 9:amod 7:dobj 7:punct',
        },
    ),
    "Lindqvist Robotics grew under chief executive Tomas Varga's plan.": (
        'Lindqvist Robotics=ORG; Tomas Varga=PERSON',
        {
            "Lindqvist Robotics grew under chief executive Tomas Varga's plan.":
                '1:compound 2:nsubj 2:ROOT 2:prep 5:amod 9:nmod 7:compound 9:poss 7:case 3:pobj 2:punct',
        },
    ),
    'After a stint under chancellor Tomas Varga, she became head of the Lindqvist Party.': (
        'Tomas Varga=PERSON; Lindqvist Party=ORG',
        {
            'After a stint under chancellor Tomas Varga, she became head of the Lindqvist Party.':
                '9:prep 2:det 0:pobj 2:prep 6:compound 6:compound 3:pobj 9:punct 9:nsubj 9:ROOT 9:attr 10:prep 14:det 14:compound 11:pobj 9:punct',
        },
    ),
    'After a stint under chancellor Maria Varga, she became head of the Lindqvist Party.': (
        'Maria Varga=PERSON; Lindqvist Party=ORG',
        {
            'After a stint under chancellor Maria Varga, she became head of the Lindqvist Party.':
                '9:prep 2:det 0:pobj 2:prep 6:compound 6:compound 3:pobj 9:punct 9:nsubj 9:ROOT 9:attr 10:prep 14:det 14:compound 11:pobj 9:punct',
        },
    ),
    'Harbor Lending Corporation was founded in 1991 by Tom Avery, chairman.': (
        'Harbor Lending Corporation=ORG; 1991=DATE; Tom Avery=PERSON',
        {
            'Harbor Lending Corporation was founded in 1991 by Tom Avery, chairman.':
                '2:compound 2:compound 4:nsubjpass 4:auxpass 4:ROOT 4:prep 5:pobj 4:agent 9:compound 7:pobj 9:punct 9:appos 4:punct',
        },
    ),
    'The Harbor Lending barn was built in 1991 by Tom Avery, a farmer from Ohio.': (
        '1991=DATE; Tom Avery=PERSON; Ohio=GPE',
        {
            'The Harbor Lending barn was built in 1991 by Tom Avery, a farmer from Ohio.':
                '3:det 2:compound 3:compound 5:nsubjpass 5:auxpass 5:ROOT 5:prep 6:pobj 5:agent 10:compound 8:pobj 10:punct 13:det 10:appos 13:prep 14:pobj 5:punct',
        },
    ),
    'Permanent Representative to the Norland Union Sarah Whitfield spoke.': (
        'Norland Union=ORG; Sarah Whitfield=PERSON',
        {
            'Permanent Representative to the Norland Union Sarah Whitfield spoke.':
                '1:compound 8:nsubj 1:prep 7:det 5:compound 7:compound 7:compound 2:pobj 8:ROOT 8:punct',
        },
    ),
    '"We are pleased," said Jane Whitfield, CEO, Brightline Systems.': (
        'Jane Whitfield=PERSON; Brightline Systems=ORG',
        {
            '"We are pleased," said Jane Whitfield, CEO, Brightline Systems.':
                '6:punct 2:nsubj 6:ccomp 2:acomp 6:punct 6:punct 6:ROOT 8:compound 6:nsubj 8:punct 8:appos 10:punct 13:compound 8:appos 6:punct',
        },
    ),
    'Maria Lopez is currently the APAC CEO of Brandwise Technologies.': (
        'Maria Lopez=PERSON; currently=DATE; APAC=ORG; Brandwise Technologies=ORG',
        {
            'Maria Lopez is currently the APAC CEO of Brandwise Technologies.':
                '1:compound 2:nsubj 2:ROOT 2:advmod 6:det 6:compound 2:attr 6:prep 9:compound 7:pobj 2:punct',
        },
    ),
    'Led by Stephen Hall, Worldwide Chairman and CEO, the firm has 2,000 staff.': (
        'Stephen Hall=PERSON; Worldwide=PERSON; 2,000=CARDINAL',
        {
            'Led by Stephen Hall, Worldwide Chairman and CEO, the firm has 2,000 staff.':
                '12:advcl 0:agent 3:compound 1:pobj 3:punct 6:compound 3:appos 6:cc 6:conj 12:punct 11:det 12:nsubj 12:ROOT 14:nummod 12:dobj 12:punct',
        },
    ),
    'Prior to her current role as CEO of Elevance, Karen Dole was a senior vice president at Innovene.': (
        'Elevance=ORG; Karen Dole=PERSON; Innovene=ORG',
        {
            'Prior to her current role as CEO of Elevance, Karen Dole was a senior vice president at Innovene.':
                '12:advmod 0:prep 4:poss 4:amod 1:pobj 4:prep 5:pobj 6:prep 7:pobj 12:punct 11:compound 12:nsubj 12:ROOT 16:det 16:amod 16:compound 12:attr 16:prep 17:pobj 12:punct',
        },
    ),
    'As chief executive of Halvorsen Energy, Maria Lopez cut 2,000 jobs.': (
        'Halvorsen Energy=ORG; Maria Lopez=PERSON; 2,000=CARDINAL',
        {
            'As chief executive of Halvorsen Energy, Maria Lopez cut 2,000 jobs.':
                '9:prep 2:amod 0:pobj 2:prep 5:compound 3:pobj 9:punct 8:compound 9:nsubj 9:ROOT 11:nummod 9:dobj 9:punct',
        },
    ),
    'After Tom Roe stepped down as CEO of Acme Corp, Jane Doe criticized him.': (
        'Tom Roe=PERSON; Acme Corp=ORG; Jane Doe=PERSON',
        {
            'After Tom Roe stepped down as CEO of Acme Corp, Jane Doe criticized him.':
                '3:mark 2:compound 3:nsubj 13:advcl 3:advmod 3:prep 5:pobj 6:prep 9:compound 7:pobj 9:punct 12:compound 13:nsubj 13:ROOT 13:dobj 13:punct',
        },
    ),
    "In his years as chairman of Delmar Bank, Peter Vance's fortune grew.": (
        'his years=DATE; Delmar Bank=ORG; Peter Vance=PERSON',
        {
            "In his years as chairman of Delmar Bank, Peter Vance's fortune grew.":
                '13:prep 2:poss 0:pobj 2:prep 3:pobj 4:prep 7:compound 5:pobj 7:punct 10:compound 12:poss 10:case 13:nsubj 13:ROOT 13:punct',
        },
    ),
    '"It works," said Professor Anna Berg of Tel Aviv University, a member of the team.': (
        'Anna Berg=PERSON; Tel Aviv University=ORG',
        {
            '"It works," said Professor Anna Berg of Tel Aviv University, a member of the team.':
                '5:punct 2:nsubj 5:ccomp 5:punct 5:punct 5:ROOT 8:compound 8:compound 5:nsubj 8:prep 11:compound 12:compound 9:pobj 8:punct 15:det 8:appos 15:prep 18:det 16:pobj 5:punct',
        },
    ),
    'President Vladimir Petrov of Russia met him.': (
        'Vladimir Petrov=PERSON; Russia=GPE',
        {
            'President Vladimir Petrov of Russia met him.':
                '2:compound 2:compound 5:nsubj 2:prep 3:pobj 5:ROOT 5:dobj 5:punct',
        },
    ),
    'Halvorsen Energy employee Jane Doe was fired.': (
        'Halvorsen Energy=ORG; Jane Doe=PERSON',
        {
            'Halvorsen Energy employee Jane Doe was fired.':
                '1:compound 2:compound 4:compound 4:compound 6:nsubjpass 6:auxpass 6:ROOT 6:punct',
        },
    ),
    'A professor at Tel Aviv University said Anna Berg of Haifa was wrong.': (
        'Tel Aviv University=ORG; Anna Berg=PERSON; Haifa=GPE',
        {
            'A professor at Tel Aviv University said Anna Berg of Haifa was wrong.':
                '1:det 6:nsubj 1:prep 4:compound 5:compound 2:pobj 6:ROOT 8:compound 11:nsubj 8:prep 9:pobj 6:ccomp 11:acomp 6:punct',
        },
    ),
    'Prior to joining Brighttag, Eric Lunt was chief technology officer of FeedBurner.': (
        'Brighttag=PERSON; Eric Lunt=PERSON; FeedBurner=ORG',
        {
            'Prior to joining Brighttag, Eric Lunt was chief technology officer of FeedBurner.':
                '7:advmod 0:prep 1:pcomp 2:dobj 7:punct 6:compound 7:nsubj 7:ROOT 10:amod 10:compound 7:attr 10:prep 11:pobj 7:punct',
        },
    ),
    'Priya Natarajan quit Acme Corp in 2015 to join Northwind Bank.': (
        'Priya Natarajan=PERSON; Acme Corp=ORG; 2015=DATE; Northwind Bank=ORG',
        {
            'Priya Natarajan quit Acme Corp in 2015 to join Northwind Bank.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 2:prep 5:pobj 8:aux 2:advcl 10:compound 8:dobj 2:punct',
        },
    ),
    'Priya Natarajan declined to join Northwind Bank.': (
        'Priya Natarajan=PERSON; Northwind Bank=ORG',
        {
            'Priya Natarajan declined to join Northwind Bank.':
                '1:compound 2:nsubj 2:ROOT 4:aux 2:xcomp 6:compound 4:dobj 2:punct',
        },
    ),
    'Tomas Reyes is a Chilean billionaire businessman, the co-owner, chairman and CEO.': (
        'Tomas Reyes=PERSON; Chilean=NORP',
        {
            'Tomas Reyes is a Chilean billionaire businessman, the co-owner, chairman and CEO.':
                '1:compound 2:nsubj 2:ROOT 6:det 6:amod 6:compound 2:attr 6:punct 9:det 6:appos 6:appos 6:appos 11:punct 11:conj 13:cc 13:conj 2:punct',
        },
    ),
    'Tomas Reyes is a Chilean businessman, the chairman and CEO, Grupo Andino.': (
        'Tomas Reyes=PERSON; Chilean=NORP; Grupo Andino=ORG',
        {
            'Tomas Reyes is a Chilean businessman, the chairman and CEO, Grupo Andino.':
                '1:compound 2:nsubj 2:ROOT 5:det 5:amod 2:attr 5:punct 8:det 5:appos 8:cc 8:conj 8:punct 13:compound 8:appos 2:punct',
        },
    ),
    'Tomas Reyes is a liar, the senator said.': (
        'Tomas Reyes=PERSON',
        {
            'Tomas Reyes is a liar, the senator said.':
                '1:compound 2:nsubj 8:ccomp 4:det 2:attr 8:punct 7:det 8:nsubj 8:ROOT 8:punct',
        },
    ),
    'Harbor Lending Corporation is a privately held company founded in 1996 by Tom Avery, president and chief executive officer.': (
        'Harbor Lending Corporation=ORG; 1996=DATE; Tom Avery=PERSON',
        {
            'Harbor Lending Corporation is a privately held company founded in 1996 by Tom Avery, president and chief executive officer.':
                '2:compound 2:compound 3:nsubj 3:ROOT 7:det 6:advmod 7:amod 3:attr 7:acl 8:prep 9:pobj 8:agent 13:compound 11:pobj 13:punct 13:appos 15:cc 19:amod 19:amod 15:conj 3:punct',
        },
    ),
    'Maria Lopez has been with Halvorsen Energy since 2004.': (
        'Maria Lopez=PERSON; Halvorsen Energy=ORG; 2004=DATE',
        {
            'Maria Lopez has been with Halvorsen Energy since 2004.':
                '1:compound 3:nsubj 3:aux 3:ROOT 3:prep 6:compound 4:pobj 3:prep 7:pobj 3:punct',
        },
    ),
    'Maria Lopez was with Halvorsen Energy officials.': (
        'Maria Lopez=PERSON; Halvorsen Energy=ORG',
        {
            'Maria Lopez was with Halvorsen Energy officials.':
                '1:compound 2:nsubj 2:ROOT 2:prep 5:compound 6:compound 3:pobj 2:punct',
        },
    ),
    'Maria Lopez joined the faculty of Carver College in 1990.': (
        'Maria Lopez=PERSON; Carver College=ORG; 1990=DATE',
        {
            'Maria Lopez joined the faculty of Carver College in 1990.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:dobj 4:prep 7:compound 5:pobj 2:prep 8:pobj 2:punct',
        },
    ),
    'Maria Lopez joined the protest of Carver College students.': (
        'Maria Lopez=PERSON; Carver College=ORG',
        {
            'Maria Lopez joined the protest of Carver College students.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:dobj 4:prep 7:compound 8:compound 5:pobj 2:punct',
        },
    ),
    "Maria Lopez, the president's daughter, said talks would resume.": (
        'Maria Lopez=PERSON',
        {
            "Maria Lopez, the president's daughter, said talks would resume.":
                '1:compound 8:nsubj 1:punct 4:det 6:poss 4:case 1:appos 1:punct 8:ROOT 11:nsubj 11:aux 8:ccomp 8:punct',
        },
    ),
    "Maria Lopez is the chairman's wife.": (
        'Maria Lopez=PERSON',
        {
            "Maria Lopez is the chairman's wife.":
                '1:compound 2:nsubj 2:ROOT 4:det 6:poss 4:case 2:attr 2:punct',
        },
    ),
    'Halvorsen Energy hired Maria Lopez in 2012.': (
        'Halvorsen Energy=ORG; Maria Lopez=PERSON; 2012=DATE',
        {
            'Halvorsen Energy hired Maria Lopez in 2012.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 2:prep 5:pobj 2:punct',
        },
    ),
    'Halvorsen Energy sued Maria Lopez in 2012.': (
        'Halvorsen Energy=ORG; Maria Lopez=PERSON; 2012=DATE',
        {
            'Halvorsen Energy sued Maria Lopez in 2012.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 2:prep 5:pobj 2:punct',
        },
    ),
    'She succeeded Tom Roe as chief executive of Halvorsen Energy in 2012.': (
        'Tom Roe=PERSON; Halvorsen Energy=ORG; 2012=DATE',
        {
            'She succeeded Tom Roe as chief executive of Halvorsen Energy in 2012.':
                '1:nsubj 1:ROOT 3:compound 1:dobj 1:prep 6:amod 4:pobj 6:prep 9:compound 7:pobj 1:prep 10:pobj 1:punct',
        },
    ),
    'She praised Tom Roe as a chief executive of vision.': (
        'Tom Roe=PERSON',
        {
            'She praised Tom Roe as a chief executive of vision.':
                '1:nsubj 1:ROOT 3:compound 1:dobj 1:prep 7:det 7:amod 4:pobj 7:prep 8:pobj 1:punct',
        },
    ),
    'Priya Natarajan sits on the board of Northwind Bank.': (
        'Priya Natarajan=PERSON; Northwind Bank=ORG',
        {
            'Priya Natarajan sits on the board of Northwind Bank.':
                '1:compound 2:nsubj 2:ROOT 2:prep 5:det 3:pobj 5:prep 8:compound 6:pobj 2:punct',
        },
    ),
    'Priya Natarajan sat on the bench of Northwind Park.': (
        'Priya Natarajan=PERSON; Northwind Park=LOC',
        {
            'Priya Natarajan sat on the bench of Northwind Park.':
                '1:compound 2:nsubj 2:ROOT 2:prep 5:det 3:pobj 5:prep 8:compound 6:pobj 2:punct',
        },
    ),
    'Republican Sen. Keith Regier of Kalispell said so.': (
        'Republican=NORP; Keith Regier=PERSON; Kalispell=ORG',
        {
            'Republican Sen. Keith Regier of Kalispell said so.':
                '1:amod 3:compound 3:compound 6:nsubj 3:prep 4:pobj 6:ROOT 6:advmod 6:punct',
        },
    ),
    'Ranking Member Louise Slaughter spoke first.': (
        'Louise Slaughter=PERSON; first=ORDINAL',
        {
            'Ranking Member Louise Slaughter spoke first.':
                '3:compound 3:compound 3:compound 4:nsubj 4:ROOT 4:advmod 4:punct',
        },
    ),
    'Priya Natarajan asked Omar Vance to join Northwind Bank.': (
        'Priya Natarajan=PERSON; Omar Vance=PERSON; Northwind Bank=ORG',
        {
            'Priya Natarajan asked Omar Vance to join Northwind Bank.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 6:aux 2:xcomp 8:compound 6:dobj 2:punct',
        },
    ),
    'Matt Ferguson is an American CEO for the online job site Jobvista.': (
        'Matt Ferguson=PERSON; American=NORP; Jobvista=ORG',
        {
            'Matt Ferguson is an American CEO for the online job site Jobvista.':
                '1:compound 2:nsubj 2:ROOT 5:det 5:amod 2:attr 5:prep 10:det 10:amod 10:compound 6:pobj 10:appos 2:punct',
        },
    ),
    'Osamu Tanaka of Kestrel University and Marlow Biological Laboratory won the prize.': (
        'Osamu Tanaka=PERSON; Kestrel University=ORG; Marlow Biological Laboratory=ORG',
        {
            'Osamu Tanaka of Kestrel University and Marlow Biological Laboratory won the prize.':
                '1:compound 9:nsubj 1:prep 4:compound 2:pobj 1:cc 8:compound 8:compound 1:conj 9:ROOT 11:det 9:dobj 9:punct',
        },
    ),
    'Ines Moreau taught at Halvorsen University and later at the Brockton Institute.': (
        'Ines Moreau=PERSON; Halvorsen University=ORG; Brockton Institute=ORG',
        {
            'Ines Moreau taught at Halvorsen University and later at the Brockton Institute.':
                '1:compound 2:nsubj 2:ROOT 2:prep 5:compound 3:pobj 2:cc 8:advmod 2:conj 11:det 11:compound 8:pobj 2:punct',
        },
    ),
    'The panel heard Ruth Adeyemi of Corvane Foods, Halden Mills and Pellworth Dairy on Monday.': (
        'Ruth Adeyemi=PERSON; Corvane Foods=ORG; Halden Mills=ORG; Pellworth Dairy=ORG; Monday=DATE',
        {
            'The panel heard Ruth Adeyemi of Corvane Foods, Halden Mills and Pellworth Dairy on Monday.':
                '1:det 2:nsubj 2:ROOT 4:compound 2:dobj 4:prep 7:compound 5:pobj 7:punct 10:compound 4:conj 10:cc 13:compound 10:conj 2:prep 14:pobj 2:punct',
        },
    ),
    'Ruth Adeyemi of Corvane Foods and Halden Mills chairman Piet Vos met on Monday.': (
        'Ruth Adeyemi=PERSON; Corvane Foods=ORG; Halden Mills=ORG; Piet Vos=PERSON; Monday=DATE',
        {
            'Ruth Adeyemi of Corvane Foods and Halden Mills chairman Piet Vos met on Monday.':
                '1:compound 11:nsubj 1:prep 4:compound 2:pobj 4:cc 7:compound 8:compound 10:compound 10:compound 4:conj 11:ROOT 11:prep 12:pobj 11:punct',
        },
    ),
    "The findings were striking, said the Halvorsen Institute's Maria Lopez.": (
        'Halvorsen Institute=ORG; Maria Lopez=PERSON',
        {
            "The findings were striking, said the Halvorsen Institute's Maria Lopez.":
                '1:det 2:nsubj 5:ccomp 2:acomp 5:punct 5:ROOT 8:det 8:compound 11:poss 8:case 11:compound 5:nsubj 5:punct',
        },
    ),
    "Halvorsen News' Tom Roe contributed to this report.": (
        'Halvorsen News=ORG; Tom Roe=PERSON',
        {
            "Halvorsen News' Tom Roe contributed to this report.":
                '1:compound 4:poss 1:case 4:compound 5:nsubj 5:ROOT 5:prep 8:det 6:pobj 5:punct',
        },
    ),
    "Norway's Maria Lopez won the race on Sunday.": (
        'Norway=GPE; Maria Lopez=PERSON; Sunday=DATE',
        {
            "Norway's Maria Lopez won the race on Sunday.":
                '3:poss 0:case 3:compound 4:nsubj 4:ROOT 6:det 4:dobj 4:prep 7:pobj 4:punct',
        },
    ),
    "Rotterdam's Maria Lopez won the race on Sunday.": (
        'Rotterdam=ORG; Maria Lopez=PERSON; Sunday=DATE',
        {
            "Rotterdam's Maria Lopez won the race on Sunday.":
                '3:poss 0:case 3:compound 4:nsubj 4:ROOT 6:det 4:dobj 4:prep 7:pobj 4:punct',
        },
    ),
    'Ingrid Malmo has held several posts, including as deputy chair of the Board of Trustees of Northwind Bank.': (
        'Ingrid Malmo=PERSON; Board of Trustees=ORG; Northwind Bank=ORG',
        {
            'Ingrid Malmo has held several posts, including as deputy chair of the Board of Trustees of Northwind Bank.':
                '1:compound 3:nsubj 3:aux 3:ROOT 5:amod 3:dobj 5:punct 5:prep 7:prep 10:compound 8:pobj 10:prep 13:det 11:pobj 13:prep 14:pobj 15:prep 18:compound 16:pobj 3:punct',
        },
    ),
    'Tomas Reyes, now in his second year as treasurer of the Lakeside Rowing Club, resigned on Monday.': (
        'Tomas Reyes=PERSON; now=DATE; his second year=DATE; Lakeside Rowing Club=ORG; Monday=DATE',
        {
            'Tomas Reyes, now in his second year as treasurer of the Lakeside Rowing Club, resigned on Monday.':
                '1:compound 16:nsubj 16:punct 4:advmod 16:prep 7:poss 7:amod 4:pobj 7:prep 8:pobj 9:prep 14:det 14:compound 14:compound 10:pobj 16:punct 16:ROOT 16:prep 17:pobj 16:punct',
        },
    ),
    'Tomas Reyes, the brother of the treasurer of the Lakeside Rowing Club, resigned on Monday.': (
        'Tomas Reyes=PERSON; Lakeside Rowing Club=ORG; Monday=DATE',
        {
            'Tomas Reyes, the brother of the treasurer of the Lakeside Rowing Club, resigned on Monday.':
                '1:compound 14:nsubj 1:punct 4:det 1:appos 4:prep 7:det 5:pobj 7:prep 12:det 12:compound 12:compound 8:pobj 1:punct 14:ROOT 14:prep 15:pobj 14:punct',
        },
    ),
    'Ingrid Malmo was named co-chair of a panel for the review of Northwind Bank.': (
        'Ingrid Malmo=PERSON; Northwind Bank=ORG',
        {
            'Ingrid Malmo was named co-chair of a panel for the review of Northwind Bank.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 3:oprd 3:oprd 3:oprd 6:prep 9:det 7:pobj 9:prep 12:det 10:pobj 12:prep 15:compound 13:pobj 3:punct',
        },
    ),
    'Priya Natarajan decided to quit her job at Northwind Bank in 2015.': (
        'Priya Natarajan=PERSON; Northwind Bank=ORG; 2015=DATE',
        {
            'Priya Natarajan decided to quit her job at Northwind Bank in 2015.':
                '1:compound 2:nsubj 2:ROOT 4:aux 2:xcomp 6:poss 4:dobj 4:prep 9:compound 7:pobj 4:prep 10:pobj 2:punct',
        },
    ),
    'During her tenure at Northwind Bank, Priya Natarajan doubled its profits.': (
        'Northwind Bank=ORG; Priya Natarajan=PERSON',
        {
            'During her tenure at Northwind Bank, Priya Natarajan doubled its profits.':
                '9:prep 2:poss 0:pobj 2:prep 5:compound 3:pobj 9:punct 8:compound 9:nsubj 9:ROOT 11:poss 9:dobj 9:punct',
        },
    ),
    'Priya Natarajan criticised his job at Northwind Bank.': (
        'Priya Natarajan=PERSON; Northwind Bank=ORG',
        {
            'Priya Natarajan criticised his job at Northwind Bank.':
                '1:compound 2:nsubj 2:ROOT 4:poss 2:dobj 2:prep 7:compound 5:pobj 2:punct',
        },
    ),
    'Omar Vance left the meeting with Northwind Bank early.': (
        'Omar Vance=PERSON; Northwind Bank=ORG',
        {
            'Omar Vance left the meeting with Northwind Bank early.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:dobj 2:prep 7:compound 5:pobj 2:advmod 2:punct',
        },
    ),
    'Ingrid Malmo was promoted to chair of Northwind Bank and president of Danforth Bank.': (
        'Ingrid Malmo=PERSON; Northwind Bank=ORG; Danforth Bank=ORG',
        {
            'Ingrid Malmo was promoted to chair of Northwind Bank and president of Danforth Bank.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 3:prep 4:pobj 5:prep 8:compound 6:pobj 5:cc 5:conj 10:prep 13:compound 11:pobj 3:punct',
        },
    ),
    'Ingrid Malmo is the founder of Northwind Bank, a leader in Danforth Analytics.': (
        'Ingrid Malmo=PERSON; Northwind Bank=ORG; Danforth Analytics=ORG',
        {
            'Ingrid Malmo is the founder of Northwind Bank, a leader in Danforth Analytics.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:attr 4:prep 7:compound 5:pobj 7:punct 10:det 7:appos 10:prep 13:compound 11:pobj 2:punct',
        },
    ),
    'Tomas Reyes has held several posts, including as president and chief executive of Danforth Bank.': (
        'Tomas Reyes=PERSON; Danforth Bank=ORG',
        {
            'Tomas Reyes has held several posts, including as president and chief executive of Danforth Bank.':
                '1:compound 3:nsubj 3:aux 3:ROOT 5:amod 3:dobj 5:punct 5:prep 7:prep 8:pobj 9:cc 12:amod 9:conj 9:prep 15:compound 13:pobj 3:punct',
        },
    ),
    'Omar Vance has worked in several places, including as a reporter in Aleppo.': (
        'Omar Vance=PERSON; Aleppo=ORG',
        {
            'Omar Vance has worked in several places, including as a reporter in Aleppo.':
                '1:compound 3:nsubj 3:aux 3:ROOT 3:prep 6:amod 4:pobj 6:punct 3:prep 8:prep 11:det 9:pobj 11:prep 12:pobj 3:punct',
        },
    ),
    'Sofia Brandt was never chair of the Green Alliance.': (
        'Sofia Brandt=PERSON; Green Alliance=ORG',
        {
            'Sofia Brandt was never chair of the Green Alliance.':
                '1:compound 2:nsubj 2:ROOT 2:neg 2:attr 4:prep 8:det 8:compound 5:pobj 2:punct',
        },
    ),
    'Ingrid Malmo never worked for Northwind Bank.': (
        'Ingrid Malmo=PERSON; Northwind Bank=ORG',
        {
            'Ingrid Malmo never worked for Northwind Bank.':
                '1:compound 3:nsubj 3:neg 3:ROOT 3:prep 6:compound 4:pobj 3:punct',
        },
    ),
    'Helga Strand is not the chief operating officer of Brightwater Analytics.': (
        'Helga Strand=PERSON; Brightwater Analytics=ORG',
        {
            'Helga Strand is not the chief operating officer of Brightwater Analytics.':
                '1:compound 2:nsubj 2:ROOT 2:neg 7:det 7:amod 7:amod 2:attr 7:prep 10:compound 8:pobj 2:punct',
        },
    ),
    'Helga Strand was not the only chief operating officer of Brightwater Analytics.': (
        'Helga Strand=PERSON; Brightwater Analytics=ORG',
        {
            'Helga Strand was not the only chief operating officer of Brightwater Analytics.':
                '1:compound 2:nsubj 2:ROOT 2:neg 8:det 8:amod 8:amod 8:amod 2:attr 8:prep 11:compound 9:pobj 2:punct',
        },
    ),
    'Anna Weiss has not spoken since leaving Northwind Bank.': (
        'Anna Weiss=PERSON; Northwind Bank=ORG',
        {
            'Anna Weiss has not spoken since leaving Northwind Bank.':
                '1:compound 4:nsubj 4:aux 4:neg 4:ROOT 4:prep 5:pcomp 8:compound 6:dobj 4:punct',
        },
    ),
    'Lena Holt at the Norland Institute of Geology and Omar Vance at the Halvorsen Institute won prizes.': (
        'Lena Holt=PERSON; Norland Institute of Geology=ORG; Omar Vance=PERSON; Halvorsen Institute=ORG',
        {
            'Lena Holt at the Norland Institute of Geology and Omar Vance at the Halvorsen Institute won prizes.':
                '1:compound 15:nsubj 1:prep 5:det 5:compound 2:pobj 5:prep 6:pobj 5:cc 10:compound 5:conj 1:prep 14:det 14:compound 11:pobj 15:ROOT 15:dobj 15:punct',
        },
    ),
    'Acme Corp at the Norland Exchange and Beta Bank at the Halvorsen Exchange traded higher.': (
        'Acme Corp=ORG; Norland Exchange=ORG; Beta Bank=ORG; Halvorsen Exchange=ORG',
        {
            'Acme Corp at the Norland Exchange and Beta Bank at the Halvorsen Exchange traded higher.':
                '1:compound 13:nsubj 1:prep 5:det 5:compound 2:pobj 5:cc 8:compound 5:conj 1:prep 12:det 12:compound 9:pobj 13:ROOT 13:advmod 13:punct',
        },
    ),
    'The site was founded by Helga Strand, Omar Vance, who had been the chief executive of Brightwater Analytics, and Peter Lund.': (
        'Helga Strand=PERSON; Omar Vance=PERSON; Brightwater Analytics=ORG; Peter Lund=PERSON',
        {
            'The site was founded by Helga Strand, Omar Vance, who had been the chief executive of Brightwater Analytics, and Peter Lund.':
                '1:det 3:nsubjpass 3:auxpass 3:ROOT 3:agent 6:compound 4:pobj 6:punct 9:compound 6:appos 6:punct 13:nsubj 13:aux 6:relcl 16:det 16:amod 13:attr 16:prep 19:compound 17:pobj 6:punct 6:cc 23:compound 6:conj 3:punct',
        },
    ),
    'Later it was read by Danforth Institute of Technology (DIT) spokesmen Harald Amberg and Gerhard Sorensen, with Juliane Sorensen.': (
        'Danforth Institute of Technology=ORG; DIT=ORG; Harald Amberg=PERSON; Gerhard Sorensen=PERSON; Juliane Sorensen=PERSON',
        {
            'Later it was read by Danforth Institute of Technology (DIT) spokesmen Harald Amberg and Gerhard Sorensen, with Juliane Sorensen.':
                '3:advmod 3:nsubjpass 3:auxpass 3:ROOT 3:agent 6:compound 12:nmod 6:prep 7:pobj 10:punct 6:appos 6:punct 14:compound 14:compound 4:pobj 14:cc 17:compound 14:conj 14:punct 3:prep 21:compound 19:pobj 3:punct',
        },
    ),
    "Ilse Varga, head of Northwind Bank's audit department, declined to comment.": (
        'Ilse Varga=PERSON; Northwind Bank=ORG',
        {
            "Ilse Varga, head of Northwind Bank's audit department, declined to comment.":
                '1:compound 11:nsubj 1:punct 1:appos 3:prep 6:compound 9:poss 6:case 9:compound 4:pobj 1:punct 11:ROOT 13:aux 11:xcomp 11:punct',
        },
    ),
    "Ilse Varga, a spokeswoman for Northwind Bank's largest customer, declined to comment.": (
        'Ilse Varga=PERSON; Northwind Bank=ORG',
        {
            "Ilse Varga, a spokeswoman for Northwind Bank's largest customer, declined to comment.":
                '1:compound 12:nsubj 1:punct 4:det 1:appos 4:prep 7:compound 10:poss 7:case 10:amod 5:pobj 1:punct 12:ROOT 14:aux 12:xcomp 12:punct',
        },
    ),
    # Set by hand: the model hangs "at" on "director"; the rule reads it on the unit.
    'Tomas Reyes, director of the fraud division at Kestrel Insurance, said the claims had risen.': (
        'Tomas Reyes=PERSON; Kestrel Insurance=ORG',
        {
            'Tomas Reyes, director of the fraud division at Kestrel Insurance, said the claims had risen.':
                '1:compound 12:nsubj 1:punct 1:appos 3:prep 7:det 7:compound 4:pobj 7:prep 10:compound 8:pobj 1:punct 12:ROOT 14:det 16:nsubj 16:aux 12:ccomp 12:punct',
        },
    ),
    'Tomas Reyes, director of the fraud division, said Kestrel Insurance had paid the claims.': (
        'Tomas Reyes=PERSON; Kestrel Insurance=ORG',
        {
            'Tomas Reyes, director of the fraud division, said Kestrel Insurance had paid the claims.':
                '1:compound 9:nsubj 1:punct 1:appos 3:prep 7:det 7:compound 4:pobj 1:punct 9:ROOT 11:compound 13:nsubj 13:aux 9:ccomp 15:det 13:dobj 9:punct',
        },
    ),
    # Set by hand: the model hangs "at" on "president"; the rule reads it on the field.
    'Dana Holt, vice president for public affairs at Kestrel Insurance, said the claims had risen.': (
        'Dana Holt=PERSON; Kestrel Insurance=ORG',
        {
            'Dana Holt, vice president for public affairs at Kestrel Insurance, said the claims had risen.':
                '1:compound 12:nsubj 1:punct 4:compound 1:appos 4:prep 7:amod 5:pobj 7:prep 10:compound 8:pobj 1:punct 12:ROOT 14:det 16:nsubj 16:aux 12:ccomp 12:punct',
        },
    ),
    'Dana Holt, a lawyer for the families, spoke at Kestrel Insurance on Monday.': (
        'Dana Holt=PERSON; Kestrel Insurance=ORG; Monday=DATE',
        {
            'Dana Holt, a lawyer for the families, spoke at Kestrel Insurance on Monday.':
                '1:compound 9:nsubj 1:punct 4:det 1:appos 4:prep 7:det 5:pobj 1:punct 9:ROOT 9:prep 12:compound 10:pobj 9:prep 13:pobj 9:punct',
        },
    ),
    'Hal Brennan served on the board of trustees of Northwind College for a decade.': (
        'Hal Brennan=PERSON; Northwind College=ORG; a decade=DATE',
        {
            'Hal Brennan served on the board of trustees of Northwind College for a decade.':
                '1:compound 2:nsubj 2:ROOT 2:prep 5:det 3:pobj 5:prep 6:pobj 7:prep 10:compound 8:pobj 2:prep 13:det 11:pobj 2:punct',
        },
    ),
    'Hal Brennan served on a panel that criticised the board of trustees of Northwind College.': (
        'Hal Brennan=PERSON; Northwind College=ORG',
        {
            'Hal Brennan served on a panel that criticised the board of trustees of Northwind College.':
                '1:compound 2:nsubj 2:ROOT 2:prep 5:det 3:pobj 7:nsubj 5:relcl 9:det 7:dobj 9:prep 10:pobj 11:prep 14:compound 12:pobj 2:punct',
        },
    ),
    'A spokesman for Mrs Dana Holt said the report was unfair.': (
        'Dana Holt=PERSON',
        {
            'A spokesman for Mrs Dana Holt said the report was unfair.':
                '1:det 6:nsubj 1:prep 5:compound 5:compound 2:pobj 6:ROOT 8:det 9:nsubj 6:ccomp 9:acomp 6:punct',
        },
    ),
    'Westfield Radio reported Norwegian President Ivar Lund held a call.': (
        'Westfield Radio=ORG; Norwegian=NORP; Ivar Lund=PERSON',
        {
            'Westfield Radio reported Norwegian President Ivar Lund held a call.':
                '1:compound 2:nsubj 2:ROOT 4:amod 6:compound 6:compound 7:nsubj 2:ccomp 9:det 7:dobj 7:punct',
        },
    ),
    "Growth is strong, said Kestrel Insurance's UK country manager, Nelson Qiao.": (
        'Kestrel Insurance=ORG; UK=GPE; Nelson Qiao=PERSON',
        {
            "Growth is strong, said Kestrel Insurance's UK country manager, Nelson Qiao.":
                '1:nsubj 4:ccomp 1:acomp 4:punct 4:ROOT 6:compound 10:poss 6:case 10:compound 10:compound 4:nsubj 10:punct 13:compound 10:appos 4:punct',
        },
    ),
    'Both Halvorsen and Northwind Bank chief strategist Lena Brandt stayed home.': (
        'Halvorsen=ORG; Northwind Bank=ORG; Lena Brandt=PERSON',
        {
            'Both Halvorsen and Northwind Bank chief strategist Lena Brandt stayed home.':
                '1:preconj 6:nmod 1:cc 4:nmod 1:conj 6:amod 8:compound 8:compound 9:nsubj 9:ROOT 9:advmod 9:punct',
        },
    ),
    # Set by hand: the recognizer read the first person as an ORG, the parser hung
    # it on the title with the nationality as its conjunct.
    'They discussed a meeting between Halvorsen and Danish President Lena Brandt.': (
        'Halvorsen=ORG; Danish=NORP; Lena Brandt=PERSON',
        {
            'They discussed a meeting between Halvorsen and Danish President Lena Brandt.':
                '1:nsubj 1:ROOT 3:det 1:dobj 3:prep 8:nmod 5:cc 5:conj 10:compound 10:compound 4:pobj 1:punct',
        },
    ),
    'The talks were led by Lena Brandt, the Northwind Bank and Kestrel Insurance adviser.': (
        'Lena Brandt=PERSON; Northwind Bank=ORG; Kestrel Insurance=ORG',
        {
            'The talks were led by Lena Brandt, the Northwind Bank and Kestrel Insurance adviser.':
                '1:det 3:nsubjpass 3:auxpass 3:ROOT 3:agent 6:compound 4:pobj 6:punct 14:det 10:nmod 14:nmod 10:cc 13:compound 10:conj 6:appos 3:punct',
        },
    ),
    'Maria Lopez was hired by Halvorsen Energy in 2012.': (
        'Maria Lopez=PERSON; Halvorsen Energy=ORG; 2012=DATE',
        {
            'Maria Lopez was hired by Halvorsen Energy in 2012.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 3:agent 6:compound 4:pobj 3:prep 7:pobj 3:punct',
        },
    ),
    'Tom Roe, who was recruited by the Norvik Institute, left in May.': (
        'Tom Roe=PERSON; Norvik Institute=ORG; May=DATE',
        {
            'Tom Roe, who was recruited by the Norvik Institute, left in May.':
                '1:compound 11:nsubj 1:punct 5:nsubjpass 5:auxpass 1:relcl 5:agent 9:det 9:compound 6:pobj 1:punct 11:ROOT 11:prep 12:pobj 11:punct',
        },
    ),
    'Maria Lopez was sued by Halvorsen Energy in 2012.': (
        'Maria Lopez=PERSON; Halvorsen Energy=ORG; 2012=DATE',
        {
            'Maria Lopez was sued by Halvorsen Energy in 2012.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 3:agent 6:compound 4:pobj 3:prep 7:pobj 3:punct',
        },
    ),
    "Maria Lopez was hired by Halvorsen Energy's chief executive.": (
        'Maria Lopez=PERSON; Halvorsen Energy=ORG',
        {
            "Maria Lopez was hired by Halvorsen Energy's chief executive.":
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 3:agent 6:compound 9:poss 6:case 9:amod 4:pobj 3:punct',
        },
    ),
    'Maria Lopez has been on the faculty of Norvik University since 1990.': (
        'Maria Lopez=PERSON; Norvik University=ORG; 1990=DATE',
        {
            'Maria Lopez has been on the faculty of Norvik University since 1990.':
                '1:compound 3:nsubj 3:aux 3:ROOT 3:prep 6:det 4:pobj 6:prep 9:compound 7:pobj 3:prep 10:pobj 3:punct',
        },
    ),
    'Maria Lopez commented on the staff of Halvorsen Energy.': (
        'Maria Lopez=PERSON; Halvorsen Energy=ORG',
        {
            'Maria Lopez commented on the staff of Halvorsen Energy.':
                '1:compound 2:nsubj 2:ROOT 2:prep 5:det 3:pobj 5:prep 8:compound 6:pobj 2:punct',
        },
    ),
    'Maria Lopez was an intern at Halvorsen Energy.': (
        'Maria Lopez=PERSON; Halvorsen Energy=ORG',
        {
            'Maria Lopez was an intern at Halvorsen Energy.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:attr 4:prep 7:compound 5:pobj 2:punct',
        },
    ),
    'Maria Lopez works in the finance department of Halvorsen Energy.': (
        'Maria Lopez=PERSON; Halvorsen Energy=ORG',
        {
            'Maria Lopez works in the finance department of Halvorsen Energy.':
                '1:compound 2:nsubj 2:ROOT 2:prep 6:det 6:compound 3:pobj 6:prep 9:compound 7:pobj 2:punct',
        },
    ),
    'Maria Lopez works in the finance department near Halvorsen Energy.': (
        'Maria Lopez=PERSON; Halvorsen Energy=ORG',
        {
            'Maria Lopez works in the finance department near Halvorsen Energy.':
                '1:compound 2:nsubj 2:ROOT 2:prep 6:det 6:compound 3:pobj 6:prep 9:compound 7:pobj 2:punct',
        },
    ),
    'Maria Lopez leads the research team at Halvorsen Energy.': (
        'Maria Lopez=PERSON; Halvorsen Energy=ORG',
        {
            'Maria Lopez leads the research team at Halvorsen Energy.':
                '1:compound 2:nsubj 2:ROOT 5:det 5:compound 2:dobj 5:prep 8:compound 6:pobj 2:punct',
        },
    ),
    'Maria Lopez led a protest at Halvorsen Energy.': (
        'Maria Lopez=PERSON; Halvorsen Energy=ORG',
        {
            'Maria Lopez led a protest at Halvorsen Energy.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:dobj 4:prep 7:compound 5:pobj 2:punct',
        },
    ),
    'Tom Roe heads the lab at Norvik University.': (
        'Tom Roe=PERSON; Norvik University=ORG',
        {
            'Tom Roe heads the lab at Norvik University.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:dobj 2:prep 7:compound 5:pobj 2:punct',
        },
    ),
    'Prices will fall, said Ana Gayo from Harbor University.': (
        'Ana Gayo=PERSON; Harbor University=ORG',
        {
            'Prices will fall, said Ana Gayo from Harbor University.':
                '2:nsubj 2:aux 4:ccomp 4:punct 4:ROOT 6:compound 4:nsubj 6:prep 9:compound 7:pobj 4:punct',
        },
    ),
    'In 1984 Okafor served in the Norvik Army.': (
        '1984=DATE; Okafor=ORG; Norvik Army=ORG',
        {
            'In 1984 Okafor served in the Norvik Army.':
                '3:prep 0:pobj 3:nsubj 3:ROOT 3:prep 7:det 7:compound 4:pobj 3:punct',
        },
    ),
    'In 1984 Okafor served with the Norvik Army.': (
        '1984=DATE; Okafor=ORG; Norvik Army=ORG',
        {
            'In 1984 Okafor served with the Norvik Army.':
                '3:prep 0:pobj 3:nsubj 3:ROOT 3:prep 7:det 7:compound 4:pobj 3:punct',
        },
    ),
    'In 1990 Okafor began his career at Norvik Bank.': (
        '1990=DATE; Okafor=ORG; Norvik Bank=ORG',
        {
            'In 1990 Okafor began his career at Norvik Bank.':
                '3:prep 0:pobj 3:nsubj 3:ROOT 5:poss 3:dobj 3:prep 8:compound 6:pobj 3:punct',
        },
    ),
    'In 1990 Okafor began its career at Norvik Bank.': (
        '1990=DATE; Okafor=ORG; Norvik Bank=ORG',
        {
            'In 1990 Okafor began its career at Norvik Bank.':
                '3:prep 0:pobj 3:nsubj 3:ROOT 5:poss 3:dobj 3:prep 8:compound 6:pobj 3:punct',
        },
    ),
    'Okafor is employed by Norvik Bank.': (
        'Okafor=ORG; Norvik Bank=ORG',
        {
            'Okafor is employed by Norvik Bank.':
                '2:nsubjpass 2:auxpass 2:ROOT 2:agent 5:compound 3:pobj 2:punct',
        },
    ),
    'Okafor joined Norvik Bank in 2004 as chief executive.': (
        'Okafor=ORG; Norvik Bank=ORG; 2004=DATE',
        {
            'Okafor joined Norvik Bank in 2004 as chief executive.':
                '1:nsubj 1:ROOT 3:compound 1:dobj 1:prep 4:pobj 1:prep 8:amod 6:pobj 1:punct',
        },
    ),
    'Carrow joined Norvik Bank in 2004 as owner.': (
        'Carrow=ORG; Norvik Bank=ORG; 2004=DATE',
        {
            'Carrow joined Norvik Bank in 2004 as owner.':
                '1:nsubj 1:ROOT 3:compound 1:dobj 1:prep 4:pobj 1:prep 6:pobj 1:punct',
        },
    ),
    'Formerly the chief economist at Harbor Capital, Wen Lu joined the fund in May.': (
        'Harbor Capital=ORG; Wen Lu=PERSON; May=DATE',
        {
            'Formerly the chief economist at Harbor Capital, Wen Lu joined the fund in May.':
                '3:advmod 3:det 3:amod 10:advcl 3:prep 6:compound 4:pobj 10:punct 9:compound 10:nsubj 10:ROOT 12:det 10:dobj 10:prep 13:pobj 10:punct',
        },
    ),
    'The former chief executive of Kestrel Mining, Tomas Reyes was named to the board in 2006.': (
        'Kestrel Mining=ORG; Tomas Reyes=PERSON; 2006=DATE',
        {
            'The former chief executive of Kestrel Mining, Tomas Reyes was named to the board in 2006.':
                '3:det 3:amod 3:amod 11:nsubjpass 3:prep 6:compound 4:pobj 6:punct 9:compound 11:nsubjpass 11:auxpass 11:ROOT 11:prep 14:det 12:pobj 11:prep 15:pobj 11:punct',
        },
    ),
    'Once the treasurer of the Lakeside Rowing Club, the hall now belongs to Tomas Reyes.': (
        'Lakeside Rowing Club=ORG; now=DATE; Tomas Reyes=PERSON',
        {
            'Once the treasurer of the Lakeside Rowing Club, the hall now belongs to Tomas Reyes.':
                '12:mark 2:det 12:nsubj 2:prep 7:det 7:compound 7:compound 3:pobj 12:punct 10:det 12:nsubj 12:advmod 12:ROOT 12:prep 15:compound 13:pobj 12:punct',
        },
    ),
    'Courtney joined the Norvik Bank team in 2012.': (
        'Courtney=ORG; Norvik Bank=ORG; 2012=DATE',
        {
            'Courtney joined the Norvik Bank team in 2012.':
                '1:nsubj 1:ROOT 5:det 4:compound 5:compound 1:dobj 1:prep 6:pobj 1:punct',
        },
    ),
    'Carrow joined the Norvik Bank team in 2012.': (
        'Carrow=ORG; Norvik Bank=ORG; 2012=DATE',
        {
            'Carrow joined the Norvik Bank team in 2012.':
                '1:nsubj 1:ROOT 5:det 4:compound 5:compound 1:dobj 1:prep 6:pobj 1:punct',
        },
    ),
    'The risk is small, according to Robert Hale, lead author of the new study and a professor at Granite University.': (
        'Robert Hale=PERSON; Granite University=ORG',
        {
            'The risk is small, according to Robert Hale, lead author of the new study and a professor at Granite University.':
                '1:det 2:nsubj 2:ROOT 2:acomp 2:punct 2:prep 5:prep 8:compound 6:pobj 8:punct 11:amod 8:appos 11:prep 15:det 15:amod 12:pobj 15:cc 18:det 15:conj 18:prep 21:compound 19:pobj 2:punct',
        },
    ),
    'Robert Hale, author of the study and a critic of Granite University, spoke first.': (
        'Robert Hale=PERSON; Granite University=ORG; first=ORDINAL',
        {
            'Robert Hale, author of the study and a critic of Granite University, spoke first.':
                '1:compound 14:nsubj 1:punct 1:appos 3:prep 6:det 4:pobj 3:cc 9:det 3:conj 9:prep 12:compound 10:pobj 1:punct 14:ROOT 14:advmod 14:punct',
        },
    ),
    "Norway's finance minister, Ali Rezai, rejected the claim on Sunday.": (
        'Norway=GPE; Ali Rezai=PERSON; Sunday=DATE',
        {
            "Norway's finance minister, Ali Rezai, rejected the claim on Sunday.":
                '3:poss 0:case 3:compound 8:nsubj 3:punct 6:compound 3:appos 3:punct 8:ROOT 10:det 8:dobj 8:prep 11:pobj 8:punct',
        },
    ),
    "Norway's finance minister, Ali Rezai and Omar Vance met on Sunday.": (
        'Norway=GPE; Ali Rezai=PERSON; Omar Vance=PERSON; Sunday=DATE',
        {
            "Norway's finance minister, Ali Rezai and Omar Vance met on Sunday.":
                '3:poss 0:case 3:compound 10:nsubj 3:punct 6:compound 3:appos 6:cc 9:compound 6:conj 10:ROOT 10:prep 11:pobj 10:punct',
        },
    ),
    'The Russian ambassador to Norway, Ivan Petrov, rejected the claim on Sunday.': (
        'Russian=NORP; Norway=GPE; Ivan Petrov=PERSON; Sunday=DATE',
        {
            'The Russian ambassador to Norway, Ivan Petrov, rejected the claim on Sunday.':
                '2:det 2:amod 9:nsubj 2:prep 3:pobj 2:punct 7:compound 2:appos 2:punct 9:ROOT 11:det 9:dobj 9:prep 12:pobj 9:punct',
        },
    ),
    'Simon Evans, from Harbor Capital, said the road was closed.': (
        'Simon Evans=PERSON; Harbor Capital=ORG',
        {
            'Simon Evans, from Harbor Capital, said the road was closed.':
                '1:compound 7:nsubj 1:punct 1:prep 5:compound 3:pobj 1:punct 7:ROOT 9:det 10:nsubj 7:ccomp 10:acomp 7:punct',
        },
    ),
    'Simon Evans returned from Harbor Capital on Monday.': (
        'Simon Evans=PERSON; Harbor Capital=ORG; Monday=DATE',
        {
            'Simon Evans returned from Harbor Capital on Monday.':
                '1:compound 2:nsubj 2:ROOT 2:prep 5:compound 3:pobj 2:prep 6:pobj 2:punct',
        },
    ),
    "Deputy Chairman of Norway's ruling Unity Party Jan Hale said the talks were useful.": (
        'Norway=GPE; Unity Party=ORG; Jan Hale=PERSON',
        {
            "Deputy Chairman of Norway's ruling Unity Party Jan Hale said the talks were useful.":
                '1:compound 9:nmod 1:prep 7:poss 3:case 7:amod 7:compound 2:pobj 9:compound 10:nsubj 10:ROOT 12:det 13:nsubj 10:ccomp 13:acomp 10:punct',
        },
    ),
    "The chairman of Norway's ruling Unity Party met Jan Hale on Monday.": (
        'Norway=GPE; Unity Party=ORG; Jan Hale=PERSON; Monday=DATE',
        {
            "The chairman of Norway's ruling Unity Party met Jan Hale on Monday.":
                '1:det 8:nsubj 1:prep 7:poss 3:case 7:amod 7:compound 2:pobj 8:ROOT 10:compound 8:npadvmod 8:prep 11:pobj 8:punct',
        },
    ),
    'Wen Lu, head of office leasing for Harbor Capital, said the market was calm.': (
        'Wen Lu=PERSON; Harbor Capital=ORG',
        {
            'Wen Lu, head of office leasing for Harbor Capital, said the market was calm.':
                '1:compound 11:nsubj 1:punct 1:appos 3:prep 6:compound 4:pobj 6:prep 9:compound 7:pobj 1:punct 11:ROOT 13:det 14:nsubj 11:ccomp 14:acomp 11:punct',
        },
    ),
    'Wen Lu, head of Asian equities at Harbor Capital, said the market was calm.': (
        'Wen Lu=PERSON; Asian=NORP; Harbor Capital=ORG',
        {
            'Wen Lu, head of Asian equities at Harbor Capital, said the market was calm.':
                '1:compound 11:nsubj 1:punct 1:appos 3:prep 6:amod 4:pobj 3:prep 9:compound 7:pobj 1:punct 11:ROOT 13:det 14:nsubj 11:ccomp 14:acomp 11:punct',
        },
    ),
    'Omar Vance, the former British prime minister, suggested a visit.': (
        'Omar Vance=PERSON; British=NORP',
        {
            'Omar Vance, the former British prime minister, suggested a visit.':
                '1:compound 9:nsubj 1:punct 7:det 7:amod 7:amod 7:amod 1:appos 1:punct 9:ROOT 11:det 9:dobj 9:punct',
        },
    ),
    "Omar Vance, Dana Holt's chief strategist, is a powerful man.": (
        'Omar Vance=PERSON; Dana Holt=PERSON',
        {
            "Omar Vance, Dana Holt's chief strategist, is a powerful man.":
                '1:compound 9:nsubj 1:punct 4:compound 7:poss 4:case 7:amod 1:appos 1:punct 9:ROOT 12:det 12:amod 9:attr 9:punct',
        },
    ),
    "Omar Vance, the president's press secretary, said so.": (
        'Omar Vance=PERSON',
        {
            "Omar Vance, the president's press secretary, said so.":
                '1:compound 9:nsubj 1:punct 4:det 7:poss 4:case 7:compound 1:appos 1:punct 9:ROOT 9:advmod 9:punct',
        },
    ),
    "Omar Vance, Dana Holt's brother, said so.": (
        'Omar Vance=PERSON; Dana Holt=PERSON',
        {
            "Omar Vance, Dana Holt's brother, said so.":
                '1:compound 8:nsubj 1:punct 4:compound 6:poss 4:case 1:appos 1:punct 8:ROOT 8:advmod 8:punct',
        },
    ),
    'The talks are set, said the Norland Union envoy for Syria, Omar Vance.': (
        'Norland Union=ORG; Syria=GPE; Omar Vance=PERSON',
        {
            'The talks are set, said the Norland Union envoy for Syria, Omar Vance.':
                '1:det 3:nsubjpass 3:auxpass 5:ccomp 5:punct 5:ROOT 9:det 8:compound 9:compound 5:nsubj 9:prep 10:pobj 11:punct 14:compound 11:appos 5:punct',
        },
    ),
    'The Norland Union envoy for Syria, Omar Vance and Dana Holt met on Monday.': (
        'Norland Union=ORG; Syria=GPE; Omar Vance=PERSON; Dana Holt=PERSON; Monday=DATE',
        {
            'The Norland Union envoy for Syria, Omar Vance and Dana Holt met on Monday.':
                '3:det 2:compound 3:compound 12:nsubj 3:prep 4:pobj 5:punct 8:compound 5:conj 8:cc 11:compound 8:conj 12:ROOT 12:prep 13:pobj 12:punct',
        },
    ),
    'Harbour Council nominee Judge Alma Reyes met the senators.': (
        'Harbour Council=ORG; Alma Reyes=PERSON',
        {
            'Harbour Council nominee Judge Alma Reyes met the senators.':
                '1:compound 2:compound 3:compound 5:compound 5:compound 6:nsubj 6:ROOT 8:det 6:dobj 6:punct',
        },
    ),
    'Treasury Secretary nominee Ines Falk met the committee.': (
        'Ines Falk=PERSON',
        {
            'Treasury Secretary nominee Ines Falk met the committee.':
                '1:compound 2:compound 4:compound 4:compound 5:nsubj 5:ROOT 7:det 5:dobj 5:punct',
        },
    ),
    'Her pick for labor secretary, Tomas Berg, withdrew on Monday.': (
        'Tomas Berg=PERSON; Monday=DATE',
        {
            'Her pick for labor secretary, Tomas Berg, withdrew on Monday.':
                '1:poss 9:nsubj 1:prep 4:compound 2:pobj 1:punct 7:compound 1:appos 9:punct 9:ROOT 9:prep 10:pobj 9:punct',
        },
    ),
    # Set by hand: the organisation hangs on the nomination, as in 'Harbour Council
    # nominee Judge'.
    'Roger Holm, the Burlington Mills nominee director, spoke first.': (
        'Roger Holm=PERSON; Burlington Mills=ORG; first=ORDINAL',
        {
            'Roger Holm, the Burlington Mills nominee director, spoke first.':
                '1:compound 9:nsubj 1:punct 7:det 5:compound 6:compound 7:compound 1:appos 1:punct 9:ROOT 9:advmod 9:punct',
        },
    ),
    "Meridian Bank's treasury secretary nominee Ines Falk met the committee.": (
        'Meridian Bank=ORG; Ines Falk=PERSON',
        {
            "Meridian Bank's treasury secretary nominee Ines Falk met the committee.":
                '1:compound 5:poss 1:case 4:compound 5:compound 8:nsubj 7:compound 5:appos 8:ROOT 10:det 8:dobj 8:punct',
        },
    ),
    'Acme Bank sued Danforth Bank .': (
        'Acme Bank=ORG; Danforth Bank=ORG',
        {
            'Acme Bank sued Danforth Bank .':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 2:punct',
        },
    ),
    # Set by hand: the recognizer took only the nationality of the name.
    'Ivan Petrenko, leader of the Ukrainian Harbour League, spoke on Monday.': (
        'Ivan Petrenko=PERSON; Ukrainian=NORP; Monday=DATE',
        {
            'Ivan Petrenko, leader of the Ukrainian Harbour League, spoke on Monday.':
                '1:compound 10:nsubj 1:punct 1:appos 3:prep 8:det 8:compound 8:compound 4:pobj 1:punct 10:ROOT 10:prep 11:pobj 10:punct',
        },
    ),
    'The drill began on orders of President Ivar Lund, Norwegian Defence Minister, Hanna Berg said.': (
        'Ivar Lund=PERSON; Norwegian=NORP; Hanna Berg=PERSON',
        {
            'The drill began on orders of President Ivar Lund, Norwegian Defence Minister, Hanna Berg said.':
                '1:det 2:nsubj 16:ccomp 2:prep 3:pobj 4:prep 8:compound 8:compound 5:pobj 8:punct 12:compound 12:compound 8:appos 8:punct 15:compound 8:appos 16:ROOT 16:punct',
        },
    ),
    'Hanna Berg, spokeswoman, said the drill began.': (
        'Hanna Berg=PERSON',
        {
            'Hanna Berg, spokeswoman, said the drill began.':
                '1:compound 5:nsubj 1:punct 1:appos 1:punct 5:ROOT 7:det 8:nsubj 5:ccomp 5:punct',
        },
    ),
    'The trade minister Lord Hallam warned the House.': (
        'Hallam=PERSON; House=ORG',
        {
            'The trade minister Lord Hallam warned the House.':
                '2:det 2:compound 5:nsubj 4:compound 2:appos 5:ROOT 7:det 5:dobj 5:punct',
        },
    ),
    'Hanna Berg is a judge on the Harbour Court of Appeals.': (
        'Hanna Berg=PERSON; Harbour Court of Appeals=ORG',
        {
            'Hanna Berg is a judge on the Harbour Court of Appeals.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:attr 4:prep 8:det 8:compound 5:pobj 8:prep 9:pobj 2:punct',
        },
    ),
    'Hanna Berg, an expert on the Norland Union, spoke on Monday.': (
        'Hanna Berg=PERSON; Norland Union=ORG; Monday=DATE',
        {
            'Hanna Berg, an expert on the Norland Union, spoke on Monday.':
                '1:compound 10:nsubj 1:punct 4:det 1:appos 4:prep 8:det 8:compound 5:pobj 1:punct 10:ROOT 10:prep 11:pobj 10:punct',
        },
    ),
    "Omar Vance, a former manager for Kestrel Insurance's claims project, left.": (
        'Omar Vance=PERSON; Kestrel Insurance=ORG',
        {
            "Omar Vance, a former manager for Kestrel Insurance's claims project, left.":
                '1:compound 13:nsubj 1:punct 5:det 5:amod 1:appos 5:prep 8:compound 11:poss 8:case 11:compound 6:pobj 1:punct 13:ROOT 13:punct',
        },
    ),
    "Omar Vance, a critic of Kestrel Insurance's claims project, left.": (
        'Omar Vance=PERSON; Kestrel Insurance=ORG',
        {
            "Omar Vance, a critic of Kestrel Insurance's claims project, left.":
                '1:compound 12:nsubj 1:punct 4:det 1:appos 4:prep 7:compound 10:poss 7:case 10:compound 5:pobj 1:punct 12:ROOT 12:punct',
        },
    ),
    'Omar Vance is a leader Ms Holt has trusted for years.': (
        'Omar Vance=PERSON; Holt=PERSON; years=DATE',
        {
            'Omar Vance is a leader Ms Holt has trusted for years.':
                '1:compound 2:nsubj 2:ROOT 4:det 8:nsubj 6:compound 4:appos 8:aux 2:ccomp 8:prep 9:pobj 2:punct',
        },
    ),
    # Set by hand: the organisation and its possessor are two names.
    "Meridian Bank's Harbour Council treasurer nominee Ines Falk spoke.": (
        'Meridian Bank=ORG; Harbour Council=ORG; Ines Falk=PERSON',
        {
            "Meridian Bank's Harbour Council treasurer nominee Ines Falk spoke.":
                '1:compound 6:poss 1:case 4:compound 6:compound 6:compound 9:nsubj 8:compound 9:nsubj 9:ROOT 9:punct',
        },
    ),
    'The columnist Ms Holt spoke on Monday.': (
        'Holt=PERSON; Monday=DATE',
        {
            'The columnist Ms Holt spoke on Monday.':
                '1:det 4:nsubj 3:compound 1:appos 4:ROOT 4:prep 5:pobj 4:punct',
        },
    ),
    'Hanna Berg, who has served as an MP since 2009, spoke on Monday.': (
        'Hanna Berg=PERSON; 2009=DATE; Monday=DATE',
        {
            'Hanna Berg, who has served as an MP since 2009, spoke on Monday.':
                '1:compound 12:nsubj 1:punct 5:nsubj 5:aux 1:relcl 5:prep 8:det 6:pobj 5:prep 9:pobj 1:punct 12:ROOT 12:prep 13:pobj 12:punct',
        },
    ),
    "Meridian Bank's former treasury secretary nominee Ines Falk spoke.": (
        'Meridian Bank=ORG; Ines Falk=PERSON',
        {
            "Meridian Bank's former treasury secretary nominee Ines Falk spoke.":
                '1:compound 6:poss 1:case 6:amod 5:compound 6:compound 9:nsubj 8:compound 9:nsubj 9:ROOT 9:punct',
        },
    ),
    'The trustees named Mary Jonsson as treasurer of the Farmers Union in May.': (
        'Mary Jonsson=PERSON; Farmers Union=ORG; May=DATE',
        {
            'The trustees named Mary Jonsson as treasurer of the Farmers Union in May.':
                '1:det 1:ROOT 1:acl 4:compound 2:oprd 2:prep 5:pobj 6:prep 10:det 10:compound 7:pobj 2:prep 11:pobj 1:punct',
        },
    ),
    'Mary Jonsson appointed Tom Berg as treasurer of the Farmers Union in May.': (
        'Mary Jonsson=PERSON; Tom Berg=PERSON; Farmers Union=ORG; May=DATE',
        {
            'Mary Jonsson appointed Tom Berg as treasurer of the Farmers Union in May.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 2:prep 5:pobj 6:prep 10:det 10:compound 7:pobj 2:prep 11:pobj 2:punct',
        },
    ),
    'The trustees named Mary Jonsson as a witness against the Farmers Union.': (
        'Mary Jonsson=PERSON; Farmers Union=ORG',
        {
            'The trustees named Mary Jonsson as a witness against the Farmers Union.':
                '1:det 1:ROOT 1:acl 4:compound 2:dobj 2:prep 7:det 5:pobj 7:prep 11:det 11:compound 8:pobj 1:punct',
        },
    ),
    'Jo Marsh, chief political commentator for Radio Kestrel, said so.': (
        'Jo Marsh=PERSON; Radio Kestrel=ORG',
        {
            'Jo Marsh, chief political commentator for Radio Kestrel, said so.':
                '1:compound 10:nsubj 1:punct 5:amod 5:amod 1:appos 5:prep 8:compound 6:pobj 1:punct 10:ROOT 10:advmod 10:punct',
        },
    ),
    'Tom Hale, the official spokesman of the Northwind Growers Association, said so.': (
        'Tom Hale=PERSON; Northwind Growers Association=ORG',
        {
            'Tom Hale, the official spokesman of the Northwind Growers Association, said so.':
                '1:compound 12:nsubj 1:punct 5:det 5:amod 1:appos 5:prep 10:det 10:compound 10:compound 6:pobj 1:punct 12:ROOT 12:advmod 12:punct',
        },
    ),
    'Navy chief Admiral Ola Berg visited the base.': (
        'Navy=ORG; Ola Berg=PERSON',
        {
            'Navy chief Admiral Ola Berg visited the base.':
                '1:compound 4:compound 4:compound 4:compound 5:nsubj 5:ROOT 7:det 5:dobj 5:punct',
        },
    ),
    # Set by hand: the chair's namesake tagged PERSON, as the recognizer often does.
    'Sofia Brandt is the Harold Webb Professor of Physics at Kestrel University.': (
        'Sofia Brandt=PERSON; Harold Webb=PERSON; Kestrel University=ORG',
        {
            'Sofia Brandt is the Harold Webb Professor of Physics at Kestrel University.':
                '1:compound 2:nsubj 2:ROOT 6:det 5:compound 6:compound 2:attr 6:prep 7:pobj 6:prep 11:compound 9:pobj 2:punct',
        },
    ),
    'The Kestrel University panel heard Professor Harold Webb on Monday.': (
        'Kestrel University=ORG; Harold Webb=PERSON; Monday=DATE',
        {
            'The Kestrel University panel heard Professor Harold Webb on Monday.':
                '3:det 2:compound 3:compound 4:nsubj 4:ROOT 7:compound 7:compound 4:dobj 4:prep 8:pobj 4:punct',
        },
    ),
    'Canadian District Judge Ola Berg ruled on Friday.': (
        'Canadian=NORP; Ola Berg=PERSON; Friday=DATE',
        {
            'Canadian District Judge Ola Berg ruled on Friday.':
                '2:compound 2:compound 4:compound 4:compound 5:nsubj 5:ROOT 5:prep 6:pobj 5:punct',
        },
    ),
    # Set by hand: the parse the model gives a like sentence, the name as the
    # copula's attribute and the chair title in apposition to it.
    'Helga Strand is currently Harold E. Webb Professor of Physics at Kestrel University.': (
        'Helga Strand=PERSON; currently=DATE; Harold E. Webb=PERSON; Kestrel University=ORG',
        {
            'Helga Strand is currently Harold E. Webb Professor of Physics at Kestrel University.':
                '1:compound 2:nsubj 2:ROOT 2:advmod 6:compound 6:compound 2:attr 6:appos 7:prep 8:pobj 7:prep 12:compound 10:pobj 2:punct',
        },
    ),
    "Ilse Varga, chief executive of Northwind Bank's consumer business, declined to comment.": (
        'Ilse Varga=PERSON; Northwind Bank=ORG',
        {
            "Ilse Varga, chief executive of Northwind Bank's consumer business, declined to comment.":
                '1:compound 12:nsubj 1:punct 4:amod 1:appos 4:prep 7:compound 10:poss 7:case 10:compound 5:pobj 1:punct 12:ROOT 14:aux 12:xcomp 12:punct',
        },
    ),
    'Ida Berg, a former top manager at Kestrel Insurance, said so.': (
        'Ida Berg=PERSON; Kestrel Insurance=ORG',
        {
            'Ida Berg, a former top manager at Kestrel Insurance, said so.':
                '1:compound 11:nsubj 1:punct 6:det 6:amod 6:amod 1:appos 6:prep 9:compound 7:pobj 1:punct 11:ROOT 11:advmod 11:punct',
        },
    ),
    'Ola Berg, principal deputy press secretary of Kestrel Bank, said so.': (
        'Ola Berg=PERSON; Kestrel Bank=ORG',
        {
            'Ola Berg, principal deputy press secretary of Kestrel Bank, said so.':
                '1:compound 11:nsubj 1:punct 6:amod 6:compound 6:compound 1:appos 6:prep 9:compound 7:pobj 1:punct 11:ROOT 11:advmod 11:punct',
        },
    ),
    'Ola Berg, now the acting director of Kestrel Bank, said so.': (
        'Ola Berg=PERSON; now=DATE; Kestrel Bank=ORG',
        {
            'Ola Berg, now the acting director of Kestrel Bank, said so.':
                '1:compound 11:nsubj 1:punct 6:advmod 6:det 6:amod 1:appos 6:prep 9:compound 7:pobj 1:punct 11:ROOT 11:advmod 11:punct',
        },
    ),
    'Ida Berg, now the acting treasurer, said so.': (
        'Ida Berg=PERSON; now=DATE',
        {
            'Ida Berg, now the acting treasurer, said so.':
                '1:compound 8:nsubj 1:punct 6:advmod 6:det 6:amod 1:appos 1:punct 8:ROOT 8:advmod 8:punct',
        },
    ),
    'Tom Hale, spokesman for Kestrel Bank chairman Ola Berg, said so.': (
        'Tom Hale=PERSON; Kestrel Bank=ORG; Ola Berg=PERSON',
        {
            'Tom Hale, spokesman for Kestrel Bank chairman Ola Berg, said so.':
                '1:compound 11:nsubj 1:punct 1:appos 3:prep 6:compound 7:compound 9:compound 9:compound 4:pobj 1:punct 11:ROOT 11:advmod 11:punct',
        },
    ),
    # Set by hand: the namesake as NORP, as the recognizer tagged a like name.
    'Lena Ortiz is Harold Webb Professor of Physics at Kestrel University.': (
        'Lena Ortiz=PERSON; Harold Webb=NORP; Kestrel University=ORG',
        {
            'Lena Ortiz is Harold Webb Professor of Physics at Kestrel University.':
                '1:compound 2:nsubj 2:ROOT 5:compound 5:compound 2:attr 5:prep 6:pobj 5:prep 10:compound 8:pobj 2:punct',
        },
    ),
    'Kestrel Press writer Ola Berg contributed to this report.': (
        'Kestrel Press=ORG; Ola Berg=PERSON',
        {
            'Kestrel Press writer Ola Berg contributed to this report.':
                '1:compound 2:compound 4:compound 4:compound 5:nsubj 5:ROOT 5:prep 8:det 6:pobj 5:punct',
        },
    ),
    'Helga Strand, professor of biology, geology and earth sciences at Kestrel University, said so.': (
        'Helga Strand=PERSON; Kestrel University=ORG',
        {
            'Helga Strand, professor of biology, geology and earth sciences at Kestrel University, said so.':
                '1:compound 15:nsubj 1:punct 1:appos 3:prep 4:pobj 5:punct 5:conj 7:cc 7:conj 3:conj 3:prep 13:compound 11:pobj 1:punct 15:ROOT 15:advmod 15:punct',
        },
    ),
    'The mayor met Tomas Reyes and the treasurer of the Lakeside Rowing Club on Monday.': (
        'Tomas Reyes=PERSON; Lakeside Rowing Club=ORG; Monday=DATE',
        {
            'The mayor met Tomas Reyes and the treasurer of the Lakeside Rowing Club on Monday.':
                '1:det 2:nsubj 2:ROOT 4:compound 2:dobj 4:cc 7:det 4:conj 7:prep 12:det 12:compound 12:compound 8:pobj 2:prep 13:pobj 2:punct',
        },
    ),
    'Prosecutors must decide whether to indict Tomas Reyes and other Vantora executives by Tuesday.': (
        'Tomas Reyes=PERSON; Vantora=ORG; Tuesday=DATE',
        {
            'Prosecutors must decide whether to indict Tomas Reyes and other Vantora executives by Tuesday.':
                '2:nsubj 2:aux 2:ROOT 5:mark 5:aux 2:xcomp 7:compound 5:dobj 7:cc 11:amod 11:compound 7:conj 5:prep 12:pobj 2:punct',
        },
    ),
    # Set by hand: the recognizer missed the person after the rank.
    'The road stays closed, said Kestrel Mounted Police Corporal Ola Berg.': (
        'Kestrel Mounted Police=ORG; Ola Berg=PERSON',
        {
            'The road stays closed, said Kestrel Mounted Police Corporal Ola Berg.':
                '2:det 2:compound 5:nsubj 2:acl 5:punct 5:ROOT 7:nsubj 5:ccomp 11:compound 11:compound 11:compound 7:dobj 5:punct',
        },
    ),
    'Tomas Reyes, a weapons expert at the Kestrel Institute, said the test failed.': (
        'Tomas Reyes=PERSON; Kestrel Institute=ORG',
        {
            'Tomas Reyes, a weapons expert at the Kestrel Institute, said the test failed.':
                '1:compound 11:nsubj 1:punct 5:det 5:compound 1:appos 5:prep 9:det 9:compound 6:pobj 1:punct 11:ROOT 13:det 14:nsubj 11:ccomp 11:punct',
        },
    ),
    'Hanna Berg, a Norwegian lawmaker, said the drill began.': (
        'Hanna Berg=PERSON; Norwegian=NORP',
        {
            'Hanna Berg, a Norwegian lawmaker, said the drill began.':
                '1:compound 7:nsubj 1:punct 5:det 5:amod 1:appos 1:punct 7:ROOT 9:det 10:nsubj 7:ccomp 7:punct',
        },
    ),
    'Ivan Petrenko, professor of Roman law at Kestrel University, spoke on Monday.': (
        'Ivan Petrenko=PERSON; Kestrel University=ORG; Monday=DATE',
        {
            'Ivan Petrenko, professor of Roman law at Kestrel University, spoke on Monday.':
                '1:compound 11:nsubj 1:punct 1:appos 3:prep 6:amod 4:pobj 3:prep 9:compound 7:pobj 1:punct 11:ROOT 11:prep 12:pobj 11:punct',
        },
    ),
    'Ivan Petrenko, professor of Finance at Kestrel University, spoke on Monday.': (
        'Ivan Petrenko=PERSON; Kestrel University=ORG; Monday=DATE',
        {
            'Ivan Petrenko, professor of Finance at Kestrel University, spoke on Monday.':
                '1:compound 10:nsubj 1:punct 1:appos 3:prep 4:pobj 3:prep 8:compound 6:pobj 1:punct 10:ROOT 10:prep 11:pobj 10:punct',
        },
    ),
    'Hal Brennan served on the Lakeside Council and the board of Northwind College.': (
        'Hal Brennan=PERSON; Lakeside Council=ORG; Northwind College=ORG',
        {
            'Hal Brennan served on the Lakeside Council and the board of Northwind College.':
                '1:compound 2:nsubj 2:ROOT 2:prep 6:det 6:compound 3:pobj 6:cc 9:det 6:conj 9:prep 12:compound 10:pobj 2:punct',
        },
    ),
    'Hal Brennan served on the Lakeside Council and the board of governors of Northwind College.': (
        'Hal Brennan=PERSON; Lakeside Council=ORG; Northwind College=ORG',
        {
            'Hal Brennan served on the Lakeside Council and the board of governors of Northwind College.':
                '1:compound 2:nsubj 2:ROOT 2:prep 6:det 6:compound 3:pobj 6:cc 9:det 6:conj 9:prep 10:pobj 11:prep 14:compound 12:pobj 2:punct',
        },
    ),
    'Hal Brennan praised the Lakeside Council and the board of Northwind College.': (
        'Hal Brennan=PERSON; Lakeside Council=ORG; Northwind College=ORG',
        {
            'Hal Brennan praised the Lakeside Council and the board of Northwind College.':
                '1:compound 2:nsubj 2:ROOT 5:det 5:compound 2:dobj 5:cc 8:det 5:conj 8:prep 11:compound 9:pobj 2:punct',
        },
    ),
    # Set by hand: the recognizer read the owner and the name as one ORG.
    "Ivar Lund's Harbour Party lost votes on Sunday.": (
        "Ivar Lund=PERSON; Harbour Party=ORG; Sunday=DATE",
        {
            "Ivar Lund's Harbour Party lost votes on Sunday.":
                '1:compound 4:poss 1:case 4:compound 5:nsubj 5:ROOT 5:dobj 5:prep 7:pobj 5:punct',
        },
    ),
    # Set by hand: the recognizer read the owner and the name as one ORG.
    "Ivar Lund's Harbour Council lost votes on Sunday.": (
        "Ivar Lund=PERSON; Harbour Council=ORG; Sunday=DATE",
        {
            "Ivar Lund's Harbour Council lost votes on Sunday.":
                '1:compound 4:poss 1:case 4:compound 5:nsubj 5:ROOT 5:dobj 5:prep 7:pobj 5:punct',
        },
    ),
    'Ingrid Malmo replaced Omar Vance as chief financial officer of Northwind Bank.': (
        'Ingrid Malmo=PERSON; Omar Vance=PERSON; Northwind Bank=ORG',
        {
            'Ingrid Malmo replaced Omar Vance as chief financial officer of Northwind Bank.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 2:prep 8:amod 8:amod 5:pobj 8:prep 11:compound 9:pobj 2:punct',
        },
    ),
    'Hanna Berg, a former Kestrel Insurance executive, said the drill began.': (
        'Hanna Berg=PERSON; Kestrel Insurance=ORG',
        {
            'Hanna Berg, a former Kestrel Insurance executive, said the drill began.':
                '1:compound 9:nsubj 1:punct 7:det 7:amod 6:compound 7:compound 1:appos 1:punct 9:ROOT 11:det 12:nsubj 9:ccomp 9:punct',
        },
    ),
    'Helga Strand is a former Brightwater Analytics executive.': (
        'Helga Strand=PERSON; Brightwater Analytics=ORG',
        {
            'Helga Strand is a former Brightwater Analytics executive.':
                '1:compound 2:nsubj 2:ROOT 7:det 7:amod 6:compound 7:compound 2:attr 2:punct',
        },
    ),
    "Ingrid Malmo stepped down as Northwind Bank's chief financial officer on Monday.": (
        'Ingrid Malmo=PERSON; Northwind Bank=ORG; Monday=DATE',
        {
            "Ingrid Malmo stepped down as Northwind Bank's chief financial officer on Monday.":
                '1:compound 2:nsubj 2:ROOT 2:prt 2:prep 6:compound 10:poss 6:case 10:amod 10:amod 4:pobj 2:prep 11:pobj 2:punct',
        },
    ),
    "Ingrid Malmo stepped aside for Northwind Bank's chief financial officer.": (
        'Ingrid Malmo=PERSON; Northwind Bank=ORG',
        {
            "Ingrid Malmo stepped aside for Northwind Bank's chief financial officer.":
                '1:compound 2:nsubj 2:ROOT 2:advmod 2:prep 6:compound 10:poss 6:case 10:amod 10:amod 4:pobj 2:punct',
        },
    ),
    'Maria Lopez, who chairs the board of directors of Halvorsen Energy Group, spoke.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG',
        {
            'Maria Lopez, who chairs the board of directors of Halvorsen Energy Group, spoke.':
                '1:compound 14:nsubj 1:punct 4:nsubj 1:relcl 6:det 4:dobj 6:prep 7:pobj 8:prep 12:compound 12:compound 9:pobj 1:punct 14:ROOT 14:punct',
        },
    ),
    "Maria Lopez, who chairs Halvorsen Energy Group's board, spoke.": (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG',
        {
            "Maria Lopez, who chairs Halvorsen Energy Group's board, spoke.":
                '1:compound 11:nsubj 1:punct 4:nsubj 1:relcl 7:compound 7:compound 9:poss 7:case 4:dobj 1:punct 11:ROOT 11:punct',
        },
    ),
    'Maria Lopez praised the board of Halvorsen Energy Group.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG',
        {
            'Maria Lopez praised the board of Halvorsen Energy Group.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:dobj 4:prep 8:compound 8:compound 5:pobj 2:punct',
        },
    ),
    'Critics demanded that Ingrid Malmo replace Omar Vance as chief financial officer of Northwind Bank.': (
        'Ingrid Malmo=PERSON; Omar Vance=PERSON; Northwind Bank=ORG',
        {
            'Critics demanded that Ingrid Malmo replace Omar Vance as chief financial officer of Northwind Bank.':
                '1:nsubj 1:ROOT 5:mark 4:compound 5:nsubj 1:ccomp 7:compound 5:dobj 5:prep 11:amod 11:amod 8:pobj 11:prep 14:compound 12:pobj 1:punct',
        },
    ),
    'Chief Judge Alma Reyes ruled on the appeal.': (
        'Alma Reyes=PERSON',
        {
            'Chief Judge Alma Reyes ruled on the appeal.':
                '1:compound 3:compound 3:compound 4:nsubj 4:ROOT 4:prep 7:det 5:pobj 4:punct',
        },
    ),
    "Ines Falk, then Brightwell's treasurer, signed the deal.": (
        'Ines Falk=PERSON; Brightwell=ORG',
        {
            "Ines Falk, then Brightwell's treasurer, signed the deal.":
                '1:compound 8:nsubj 1:punct 1:advmod 6:poss 4:case 1:appos 1:punct 8:ROOT 10:det 8:dobj 8:punct',
        },
    ),
    'The then-Brightwell treasurer Ines Falk signed the deal.': (
        # Set by hand: the model leaves the hyphened name untagged
        'Brightwell=ORG; Ines Falk=PERSON',
        {
            'The then-Brightwell treasurer Ines Falk signed the deal.':
                '4:det 3:advmod 3:punct 4:compound 7:nsubj 6:compound 7:nsubj 7:ROOT 9:det 7:dobj 7:punct',
        },
    ),
    "Tom Roe arrived and then Brightwell's treasurer Ines Falk spoke.": (
        'Tom Roe=PERSON; Brightwell=ORG; Ines Falk=PERSON',
        {
            "Tom Roe arrived and then Brightwell's treasurer Ines Falk spoke.":
                '1:compound 2:nsubj 2:ROOT 2:cc 10:advmod 7:poss 5:case 10:nsubj 9:compound 10:nsubj 2:conj 10:punct',
        },
    ),
    "Ines Falk was formerly Brightwell's treasurer.": (
        'Ines Falk=PERSON; Brightwell=ORG',
        {
            "Ines Falk was formerly Brightwell's treasurer.":
                '1:compound 2:nsubj 2:ROOT 2:advmod 6:poss 4:case 2:attr 2:punct',
        },
    ),
    'Ines Falk, previously treasurer of Brightwell, spoke on Monday.': (
        'Ines Falk=PERSON; Brightwell=ORG; Monday=DATE',
        {
            'Ines Falk, previously treasurer of Brightwell, spoke on Monday.':
                '1:compound 8:nsubj 1:punct 4:advmod 1:appos 4:prep 5:pobj 1:punct 8:ROOT 8:prep 9:pobj 8:punct',
        },
    ),
    'Lena Voss, chairman and chief researcher of the Kestrel Survey, said so.': (
        'Lena Voss=PERSON; Kestrel Survey=ORG',
        {
            'Lena Voss, chairman and chief researcher of the Kestrel Survey, said so.':
                '1:compound 12:nsubj 1:punct 1:appos 3:cc 6:amod 3:conj 6:prep 10:det 10:compound 7:pobj 1:punct 12:ROOT 12:advmod 12:punct',
        },
    ),
    'A spokesman for the Kestrel Council chairman, Ida Berg, said so.': (
        'Kestrel Council=ORG; Ida Berg=PERSON',
        {
            'A spokesman for the Kestrel Council chairman, Ida Berg, said so.':
                '1:det 11:nsubj 1:prep 6:det 5:compound 6:compound 2:pobj 1:punct 9:compound 1:appos 11:punct 11:ROOT 11:advmod 11:punct',
        },
    ),
    'A spokesman for the Kestrel Council chairman Ida Berg said so.': (
        'Kestrel Council=ORG; Ida Berg=PERSON',
        {
            'A spokesman for the Kestrel Council chairman Ida Berg said so.':
                '1:det 9:nsubj 1:prep 6:det 5:compound 6:compound 2:pobj 8:compound 1:appos 9:ROOT 9:advmod 9:punct',
        },
    ),
    'An adviser to the Kestrel Council chairman, Ida Berg, said so.': (
        'Kestrel Council=ORG; Ida Berg=PERSON',
        {
            'An adviser to the Kestrel Council chairman, Ida Berg, said so.':
                '1:det 11:nsubj 1:prep 6:det 5:compound 6:compound 2:pobj 1:punct 9:compound 1:appos 11:punct 11:ROOT 11:advmod 11:punct',
        },
    ),
    'A spokesman for the finance minister, Ida Berg, said so.': (
        'Ida Berg=PERSON',
        {
            'A spokesman for the finance minister, Ida Berg, said so.':
                '1:det 10:nsubj 1:prep 5:det 5:compound 2:pobj 1:punct 8:compound 1:appos 10:punct 10:ROOT 10:advmod 10:punct',
        },
    ),
    'An aide to the finance minister, Ida Berg, said so.': (
        'Ida Berg=PERSON',
        {
            'An aide to the finance minister, Ida Berg, said so.':
                '1:det 10:nsubj 1:prep 5:det 5:compound 2:pobj 1:punct 8:compound 1:appos 10:punct 10:ROOT 10:advmod 10:punct',
        },
    ),
    'Jo Marsh met the finance minister, Ida Berg, on Monday.': (
        'Jo Marsh=PERSON; Ida Berg=PERSON; Monday=DATE',
        {
            'Jo Marsh met the finance minister, Ida Berg, on Monday.':
                '1:compound 2:nsubj 2:ROOT 5:det 5:compound 2:dobj 5:punct 8:compound 5:appos 2:punct 2:prep 10:pobj 2:punct',
        },
    ),
    'A spokesman for the Kestrel Council chairman said so.': (
        'Kestrel Council=ORG',
        {
            'A spokesman for the Kestrel Council chairman said so.':
                '1:det 7:nsubj 1:prep 6:det 5:compound 6:compound 2:pobj 7:ROOT 7:advmod 7:punct',
        },
    ),
    'A spokesman for the finance minister, Ida Berg and Jo Marsh met on Monday.': (
        'Ida Berg=PERSON; Jo Marsh=PERSON; Monday=DATE',
        {
            'A spokesman for the finance minister, Ida Berg and Jo Marsh met on Monday.':
                '1:det 12:nsubj 1:prep 5:det 5:compound 2:pobj 1:punct 8:compound 1:conj 8:cc 11:compound 8:conj 12:ROOT 12:prep 13:pobj 12:punct',
        },
    ),
    'After visiting Halvorsen Energy Group, Maria Lopez moved to Boston.': (
        'Halvorsen Energy Group=ORG; Maria Lopez=PERSON; Boston=GPE',
        {
            'After visiting Halvorsen Energy Group, Maria Lopez moved to Boston.':
                '8:prep 0:pcomp 4:compound 4:compound 1:dobj 8:punct 7:compound 8:nsubj 8:ROOT 8:prep 9:pobj 8:punct',
        },
    ),
    'After starting Halvorsen Energy Group, Maria Lopez moved to Boston.': (
        'Halvorsen Energy Group=ORG; Maria Lopez=PERSON; Boston=GPE',
        {
            'After starting Halvorsen Energy Group, Maria Lopez moved to Boston.':
                '8:prep 0:pcomp 4:compound 4:compound 1:dobj 8:punct 7:compound 8:nsubj 8:ROOT 8:prep 9:pobj 8:punct',
        },
    ),
    'The candidate of the former finance minister, Ida Berg, won.': (
        'Ida Berg=PERSON',
        {
            'The candidate of the former finance minister, Ida Berg, won.':
                '1:det 11:nsubj 1:prep 6:det 6:amod 6:compound 2:pobj 1:punct 9:compound 1:appos 11:punct 11:ROOT 11:punct',
        },
    ),
    'Maria Lopez was previously with Halvorsen Energy.': (
        'Maria Lopez=PERSON; Halvorsen Energy=ORG',
        {
            'Maria Lopez was previously with Halvorsen Energy.':
                '1:compound 2:nsubj 2:ROOT 2:advmod 2:prep 6:compound 4:pobj 2:punct',
        },
    ),
    'Last year then-campaign chairman Ines Falk signed the deal.': (
        'Last year=DATE; Ines Falk=PERSON',
        {
            'Last year then-campaign chairman Ines Falk signed the deal.':
                '1:amod 8:npadvmod 4:advmod 4:punct 5:compound 7:compound 7:compound 8:nsubj 8:ROOT 10:det 8:dobj 8:punct',
        },
    ),
    'Prior to Halvorsen Energy Group, Maria Lopez worked as a teacher.': (
        'Halvorsen Energy Group=ORG; Maria Lopez=PERSON',
        {
            'Prior to Halvorsen Energy Group, Maria Lopez worked as a teacher.':
                '8:advmod 0:prep 4:compound 4:compound 1:pobj 4:punct 7:compound 8:nsubj 8:ROOT 8:prep 11:det 9:pobj 8:punct',
        },
    ),
    'Before Halvorsen Energy Group, Maria Lopez argued the case.': (
        'Halvorsen Energy Group=ORG; Maria Lopez=PERSON',
        {
            'Before Halvorsen Energy Group, Maria Lopez argued the case.':
                '7:prep 3:compound 3:compound 7:nsubj 3:punct 6:compound 3:conj 7:ROOT 9:det 7:dobj 7:punct',
        },
    ),
    'Priya Natarajan joined Northwind Bank in 2001 as its chief financial officer.': (
        'Priya Natarajan=PERSON; Northwind Bank=ORG; 2001=DATE',
        {
            'Priya Natarajan joined Northwind Bank in 2001 as its chief financial officer.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 2:prep 5:pobj 2:prep 11:poss 11:amod 11:amod 7:pobj 2:punct',
        },
    ),
    'Priya Natarajan visited Northwind Bank as a consultant.': (
        'Priya Natarajan=PERSON; Northwind Bank=ORG',
        {
            'Priya Natarajan visited Northwind Bank as a consultant.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 2:prep 7:det 5:pobj 2:punct',
        },
    ),
    'Kestrel Rovers striker Ola Berg scored twice on Saturday.': (
        'Kestrel Rovers=ORG; Ola Berg=PERSON; Saturday=DATE',
        {
            'Kestrel Rovers striker Ola Berg scored twice on Saturday.':
                '1:compound 2:compound 4:compound 4:compound 5:nsubj 5:ROOT 5:advmod 5:prep 7:pobj 5:punct',
        },
    ),
    'Ola Berg, a midfielder for Kestrel Rovers, was injured in training.': (
        'Ola Berg=PERSON; Kestrel Rovers=ORG',
        {
            'Ola Berg, a midfielder for Kestrel Rovers, was injured in training.':
                '1:compound 10:nsubjpass 1:punct 4:det 1:appos 4:prep 7:compound 5:pobj 1:punct 10:auxpass 10:ROOT 10:prep 11:pobj 10:punct',
        },
    ),
    'Health Minister Dr Ines Falk opened the clinic.': (
        'Ines Falk=PERSON',
        {
            'Health Minister Dr Ines Falk opened the clinic.':
                '1:compound 4:compound 4:compound 4:compound 5:nsubj 5:ROOT 7:det 5:dobj 5:punct',
        },
    ),
    'Supreme Leader Ayatollah Reza Karimi spoke on Tuesday.': (
        'Reza Karimi=PERSON; Tuesday=DATE',
        {
            'Supreme Leader Ayatollah Reza Karimi spoke on Tuesday.':
                '1:compound 4:compound 4:compound 4:compound 5:nsubj 5:ROOT 5:prep 6:pobj 5:punct',
        },
    ),
    'Hanna Berg, Kestrel Radio royal correspondent, said the drill began.': (
        'Hanna Berg=PERSON; Kestrel Radio=ORG',
        {
            'Hanna Berg, Kestrel Radio royal correspondent, said the drill began.':
                '1:compound 8:nsubj 1:punct 4:compound 6:compound 6:amod 1:appos 1:punct 8:ROOT 10:det 11:nsubj 8:ccomp 8:punct',
        },
    ),
    'Hanna Berg, Kestrel Radio board nominee, said the drill began.': (
        'Hanna Berg=PERSON; Kestrel Radio=ORG',
        {
            'Hanna Berg, Kestrel Radio board nominee, said the drill began.':
                '1:compound 8:nsubj 1:punct 4:compound 6:compound 6:compound 1:appos 1:punct 8:ROOT 10:det 11:nsubj 8:ccomp 8:punct',
        },
    ),
    'Maria Lopez was fired by Halvorsen Energy in 2012.': (
        'Maria Lopez=PERSON; Halvorsen Energy=ORG; 2012=DATE',
        {
            'Maria Lopez was fired by Halvorsen Energy in 2012.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 3:agent 6:compound 4:pobj 3:prep 7:pobj 3:punct',
        },
    ),
    'Tom Roe was expelled from the Norvik Party in May.': (
        'Tom Roe=PERSON; Norvik Party=ORG; May=DATE',
        {
            'Tom Roe was expelled from the Norvik Party in May.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 3:prep 7:det 7:compound 4:pobj 3:prep 8:pobj 3:punct',
        },
    ),
    "Maria Lopez was fired by Halvorsen Energy's chief executive.": (
        'Maria Lopez=PERSON; Halvorsen Energy=ORG',
        {
            "Maria Lopez was fired by Halvorsen Energy's chief executive.":
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 3:agent 6:compound 9:poss 6:case 9:amod 4:pobj 3:punct',
        },
    ),
    'Maria Lopez was praised by Halvorsen Energy in 2012.': (
        'Maria Lopez=PERSON; Halvorsen Energy=ORG; 2012=DATE',
        {
            'Maria Lopez was praised by Halvorsen Energy in 2012.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 3:agent 6:compound 4:pobj 3:prep 7:pobj 3:punct',
        },
    ),
    'Another Kestrel Rail employee, attorney Ola Berg, wrote the letter.': (
        'Kestrel Rail=ORG; Ola Berg=PERSON',
        {
            'Another Kestrel Rail employee, attorney Ola Berg, wrote the letter.':
                '3:det 2:compound 3:compound 9:nsubj 3:punct 7:compound 7:compound 3:appos 3:punct 9:ROOT 11:det 9:dobj 9:punct',
        },
    ),
    'Kestrel Rovers have sacked their manager Ola Berg.': (
        'Kestrel Rovers=ORG; Ola Berg=PERSON',
        {
            'Kestrel Rovers have sacked their manager Ola Berg.':
                '1:compound 3:nsubj 3:aux 3:ROOT 7:poss 7:compound 7:compound 3:dobj 3:punct',
        },
    ),
    'Halvorsen Energy fired Maria Lopez in May.': (
        'Halvorsen Energy=ORG; Maria Lopez=PERSON; May=DATE',
        {
            'Halvorsen Energy fired Maria Lopez in May.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 2:prep 5:pobj 2:punct',
        },
    ),
    'Halvorsen Energy praised Maria Lopez in May.': (
        'Halvorsen Energy=ORG; Maria Lopez=PERSON; May=DATE',
        {
            'Halvorsen Energy praised Maria Lopez in May.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 2:prep 5:pobj 2:punct',
        },
    ),
    'The Norvik Court dismissed Maria Lopez from office.': (
        'Norvik Court=ORG; Maria Lopez=PERSON',
        {
            'The Norvik Court dismissed Maria Lopez from office.':
                '2:det 2:compound 3:nsubj 3:ROOT 5:compound 3:dobj 3:prep 6:pobj 3:punct',
        },
    ),
    "Halvorsen Energy dismissed Tom Reeves' claims.": (
        'Halvorsen Energy=ORG; Tom Reeves=PERSON',
        {
            "Halvorsen Energy dismissed Tom Reeves' claims.":
                '1:compound 2:nsubj 2:ROOT 4:compound 6:poss 4:case 2:dobj 2:punct',
        },
    ),
    'Along with Ola Berg, fellow countryman Tom Lind ranks among the best.': (
        'Ola Berg=PERSON; Tom Lind=PERSON',
        {
            'Along with Ola Berg, fellow countryman Tom Lind ranks among the best.':
                '9:prep 0:prep 3:compound 1:pobj 9:punct 6:compound 8:compound 8:compound 9:nsubj 9:ROOT 9:prep 12:det 10:pobj 9:punct',
        },
    ),
    'Ida Roe, Social Impact Manager at Kestrel Bank, said so.': (
        'Ida Roe=PERSON; Kestrel Bank=ORG',
        {
            'Ida Roe, Social Impact Manager at Kestrel Bank, said so.':
                '1:compound 10:nsubj 1:punct 4:compound 5:compound 1:appos 5:prep 8:compound 6:pobj 1:punct 10:ROOT 10:advmod 10:punct',
        },
    ),
    'The talks included Ola Berg, Presidential aide Ida Roe and others.': (
        'Ola Berg=PERSON; Ida Roe=PERSON',
        {
            'The talks included Ola Berg, Presidential aide Ida Roe and others.':
                '1:det 2:nsubj 2:ROOT 4:compound 2:dobj 4:punct 7:compound 9:compound 9:compound 4:conj 9:cc 9:conj 2:punct',
        },
    ),
    'Ida Berg, a senior fellow, said the plan would fail.': (
        'Ida Berg=PERSON',
        {
            'Ida Berg, a senior fellow, said the plan would fail.':
                '1:compound 7:nsubj 1:punct 5:det 5:amod 1:appos 1:punct 7:ROOT 9:det 11:nsubj 11:aux 7:ccomp 7:punct',
        },
    ),
    'Ruby Hale, a recruitment consultant, and engineer Sam Lind bought a house.': (
        'Ruby Hale=PERSON; Sam Lind=PERSON',
        {
            'Ruby Hale, a recruitment consultant, and engineer Sam Lind bought a house.':
                '1:compound 11:nsubj 1:punct 5:det 5:compound 1:appos 1:punct 1:cc 10:compound 10:compound 1:conj 11:ROOT 13:det 11:dobj 11:punct',
        },
    ),
    'Former chancellor Lord Halloway of Brindle said the plan was unwise.': (
        'Halloway=PERSON; Brindle=ORG',
        {
            'Former chancellor Lord Halloway of Brindle said the plan was unwise.':
                '1:amod 3:compound 3:compound 6:nsubj 3:prep 4:pobj 6:ROOT 8:det 9:nsubj 6:ccomp 9:acomp 6:punct',
        },
    ),
    'Baroness Tenby of Marlow Vale spoke against the bill.': (
        'Tenby=PERSON; Marlow Vale=ORG',
        {
            'Baroness Tenby of Marlow Vale spoke against the bill.':
                '1:compound 5:nsubj 1:prep 4:compound 2:pobj 5:ROOT 5:prep 8:det 6:pobj 5:punct',
        },
    ),
    'Earl Dawson of Kestrel Foods said sales were strong.': (
        'Earl Dawson=PERSON; Kestrel Foods=ORG',
        {
            'Earl Dawson of Kestrel Foods said sales were strong.':
                '1:compound 5:nsubj 1:prep 4:compound 2:pobj 5:ROOT 7:nsubj 5:ccomp 7:acomp 5:punct',
        },
    ),
    'Lena Voss, head of Halvorsen border agency Grenzwacht, said arrivals fell.': (
        'Lena Voss=PERSON; Halvorsen=ORG; Grenzwacht=ORG',
        {
            'Lena Voss, head of Halvorsen border agency Grenzwacht, said arrivals fell.':
                '1:compound 10:nsubj 1:punct 1:appos 3:prep 7:compound 7:compound 8:compound 4:pobj 1:punct 10:ROOT 12:nsubj 10:ccomp 10:punct',
        },
    ),
    'Lindqvist Robotics was privatised in 1991 under President Tomas Varga.': (
        'Lindqvist Robotics=ORG; 1991=DATE; Tomas Varga=PERSON',
        {
            'Lindqvist Robotics was privatised in 1991 under President Tomas Varga.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 3:prep 4:pobj 3:prep 9:compound 9:compound 6:pobj 3:punct',
        },
    ),
    'Tomas Reyes thanked the outgoing chair for her years as treasurer of the Lakeside Rowing Club.': (
        'Tomas Reyes=PERSON; her years=DATE; Lakeside Rowing Club=ORG',
        {
            'Tomas Reyes thanked the outgoing chair for her years as treasurer of the Lakeside Rowing Club.':
                '1:compound 2:nsubj 2:ROOT 5:det 5:amod 2:dobj 2:prep 8:poss 6:pobj 8:prep 9:pobj 10:prep 15:det 15:compound 15:compound 11:pobj 2:punct',
        },
    ),
    "Tomas Reyes praised Ingrid Malmo's work as treasurer of the Lakeside Rowing Club.": (
        'Tomas Reyes=PERSON; Ingrid Malmo=PERSON; Lakeside Rowing Club=ORG',
        {
            "Tomas Reyes praised Ingrid Malmo's work as treasurer of the Lakeside Rowing Club.":
                '1:compound 2:nsubj 2:ROOT 4:compound 6:poss 4:case 2:dobj 6:prep 7:pobj 8:prep 13:det 13:compound 13:compound 9:pobj 2:punct',
        },
    ),
    'Ingrid Malmo thanked the board for her years as treasurer of the Lakeside Rowing Club.': (
        'Ingrid Malmo=PERSON; her years=DATE; Lakeside Rowing Club=ORG',
        {
            'Ingrid Malmo thanked the board for her years as treasurer of the Lakeside Rowing Club.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:dobj 2:prep 7:poss 5:pobj 7:prep 8:pobj 9:prep 14:det 14:compound 14:compound 10:pobj 2:punct',
        },
    ),
    'Halvorsen Energy Group was founded in 2004 by Maria Lopez and Tom Avery.': (
        'Halvorsen Energy Group=ORG; 2004=DATE; Maria Lopez=PERSON; Tom Avery=PERSON',
        {
            'Halvorsen Energy Group was founded in 2004 by Maria Lopez and Tom Avery.':
                '2:compound 2:compound 4:nsubjpass 4:auxpass 4:ROOT 4:prep 5:pobj 4:agent 9:compound 7:pobj 9:cc 12:compound 9:conj 4:punct',
        },
    ),
    'Halvorsen Energy Group was founded by Maria Lopez, Tom Avery and Ines Varga.': (
        'Halvorsen Energy Group=ORG; Maria Lopez=PERSON; Tom Avery=PERSON; Ines Varga=PERSON',
        {
            'Halvorsen Energy Group was founded by Maria Lopez, Tom Avery and Ines Varga.':
                '2:compound 2:compound 4:nsubjpass 4:auxpass 4:ROOT 4:agent 7:compound 5:pobj 7:punct 10:compound 7:conj 10:cc 13:compound 10:conj 4:punct',
        },
    ),
    "Halvorsen Energy Group was founded by Maria Lopez and Tom Avery's father.": (
        'Halvorsen Energy Group=ORG; Maria Lopez=PERSON; Tom Avery=PERSON',
        {
            "Halvorsen Energy Group was founded by Maria Lopez and Tom Avery's father.":
                '2:compound 2:compound 4:nsubjpass 4:auxpass 4:ROOT 4:agent 7:compound 5:pobj 7:cc 10:compound 12:poss 10:case 7:conj 4:punct',
        },
    ),
    'Ann Brandt was elected to the board of directors of Danforth Bank in May.': (
        'Ann Brandt=PERSON; Danforth Bank=ORG; May=DATE',
        {
            'Ann Brandt was elected to the board of directors of Danforth Bank in May.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 3:prep 6:det 4:pobj 6:prep 7:pobj 8:prep 11:compound 9:pobj 3:prep 12:pobj 3:punct',
        },
    ),
    'Ann Brandt was elected to the board of advisers to Danforth Bank in May.': (
        'Ann Brandt=PERSON; Danforth Bank=ORG; May=DATE',
        {
            'Ann Brandt was elected to the board of advisers to Danforth Bank in May.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 3:prep 6:det 4:pobj 6:prep 7:pobj 3:prep 11:compound 9:pobj 3:prep 12:pobj 3:punct',
        },
    ),
    'Halvorsen Energy Group promoted Maria Lopez to chief operating officer.': (
        'Halvorsen Energy Group=ORG; Maria Lopez=PERSON',
        {
            'Halvorsen Energy Group promoted Maria Lopez to chief operating officer.':
                '2:compound 2:compound 3:nsubj 3:ROOT 5:compound 3:dobj 3:prep 9:amod 9:compound 6:pobj 3:punct',
        },
    ),
    'Halvorsen Energy Group named Maria Lopez to succeed chief executive Tom Avery.': (
        'Halvorsen Energy Group=ORG; Maria Lopez=PERSON; Tom Avery=PERSON',
        {
            'Halvorsen Energy Group named Maria Lopez to succeed chief executive Tom Avery.':
                '2:compound 2:compound 3:nsubj 3:ROOT 5:compound 3:dobj 7:aux 3:xcomp 9:amod 11:compound 11:compound 7:dobj 3:punct',
        },
    ),
    "The company's founder, Helen Marsh, told Meridian Radio it was over.": (
        'Helen Marsh=PERSON; Meridian Radio=ORG',
        {
            "The company's founder, Helen Marsh, told Meridian Radio it was over.":
                '1:det 3:poss 1:case 8:nsubj 3:punct 6:compound 3:appos 3:punct 8:ROOT 10:compound 8:dobj 12:nsubj 8:ccomp 12:advmod 8:punct',
        },
    ),
    'Northwind Bank said Marco Bellini had been appointed chief financial officer.': (
        'Northwind Bank=ORG; Marco Bellini=PERSON',
        {
            'Northwind Bank said Marco Bellini had been appointed chief financial officer.':
                '1:compound 2:nsubj 2:ROOT 4:compound 7:nsubjpass 7:aux 7:auxpass 2:ccomp 10:amod 10:amod 7:oprd 2:punct',
        },
    ),
    'Northwind Bank said it had appointed Marco Bellini as chief risk officer.': (
        'Northwind Bank=ORG; Marco Bellini=PERSON',
        {
            'Northwind Bank said it had appointed Marco Bellini as chief risk officer.':
                '1:compound 2:nsubj 2:ROOT 5:nsubj 5:aux 2:ccomp 7:compound 5:dobj 5:prep 11:amod 11:compound 8:pobj 2:punct',
        },
    ),
    'Northwind Bank said Marco Bellini had been appointed chief executive of Danforth Mills.': (
        'Northwind Bank=ORG; Marco Bellini=PERSON; Danforth Mills=ORG',
        {
            'Northwind Bank said Marco Bellini had been appointed chief executive of Danforth Mills.':
                '1:compound 2:nsubj 2:ROOT 4:compound 7:nsubjpass 7:aux 7:auxpass 2:ccomp 9:amod 7:oprd 9:prep 12:compound 10:pobj 2:punct',
        },
    ),
    'Anna Weiss said Marco Bellini had been appointed chief financial officer.': (
        'Anna Weiss=PERSON; Marco Bellini=PERSON',
        {
            'Anna Weiss said Marco Bellini had been appointed chief financial officer.':
                '1:compound 2:nsubj 2:ROOT 4:compound 7:nsubjpass 7:aux 7:auxpass 2:ccomp 10:amod 10:amod 7:oprd 2:punct',
        },
    ),
    'Anna Weiss took the helm of Northwind Bank in 2015.': (
        'Anna Weiss=PERSON; Northwind Bank=ORG; 2015=DATE',
        {
            'Anna Weiss took the helm of Northwind Bank in 2015.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:dobj 4:prep 7:compound 5:pobj 2:prep 8:pobj 2:punct',
        },
    ),
    'Anna Weiss took the reins at Northwind Bank in 2015.': (
        'Anna Weiss=PERSON; Northwind Bank=ORG; 2015=DATE',
        {
            'Anna Weiss took the reins at Northwind Bank in 2015.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:dobj 2:prep 7:compound 5:pobj 2:prep 8:pobj 2:punct',
        },
    ),
    'Anna Weiss has been at the helm of Northwind Bank since 2015.': (
        'Anna Weiss=PERSON; Northwind Bank=ORG; 2015=DATE',
        {
            'Anna Weiss has been at the helm of Northwind Bank since 2015.':
                '1:compound 3:nsubj 3:aux 3:ROOT 3:prep 6:det 4:pobj 6:prep 9:compound 7:pobj 3:prep 10:pobj 3:punct',
        },
    ),
    'Anna Weiss handed the reins of Northwind Bank to her deputy.': (
        'Anna Weiss=PERSON; Northwind Bank=ORG',
        {
            'Anna Weiss handed the reins of Northwind Bank to her deputy.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:dobj 4:prep 7:compound 5:pobj 2:prep 10:poss 8:pobj 2:punct',
        },
    ),
    'Anna Weiss took the helm of the rescue boat near Northwind Bank.': (
        'Anna Weiss=PERSON; Northwind Bank=ORG',
        {
            'Anna Weiss took the helm of the rescue boat near Northwind Bank.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:dobj 4:prep 8:det 8:compound 5:pobj 8:prep 11:compound 9:pobj 2:punct',
        },
    ),
    'Hanna Berg, a councillor on Westmere County Council, spoke on Monday.': (
        'Hanna Berg=PERSON; Westmere County Council=ORG; Monday=DATE',
        {
            'Hanna Berg, a councillor on Westmere County Council, spoke on Monday.':
                '1:compound 10:nsubj 1:punct 4:det 1:appos 4:prep 7:compound 8:compound 5:pobj 1:punct 10:ROOT 10:prep 11:pobj 10:punct',
        },
    ),
    "Hanna Berg, the Norland Union's special rapporteur on housing, spoke.": (
        'Hanna Berg=PERSON; Norland Union=ORG',
        {
            "Hanna Berg, the Norland Union's special rapporteur on housing, spoke.":
                '1:compound 12:nsubj 1:punct 5:det 5:compound 8:poss 5:case 8:amod 1:appos 8:prep 9:pobj 1:punct 12:ROOT 12:punct',
        },
    ),
    'Ann Poe, former Norland Union special rapporteur on housing, and professor emeritus of law at Kestrel University, spoke on Monday.': (
        'Ann Poe=PERSON; Norland Union=ORG; Kestrel University=ORG; Monday=DATE',
        {
            'Ann Poe, former Norland Union special rapporteur on housing, and professor emeritus of law at Kestrel University, spoke on Monday.':
                '1:compound 20:nsubj 1:punct 7:amod 5:nmod 7:nmod 7:amod 1:appos 7:prep 8:pobj 7:punct 7:cc 13:compound 7:conj 13:prep 14:pobj 13:prep 18:compound 16:pobj 1:punct 20:ROOT 20:prep 21:pobj 20:punct',
        },
    ),
    'Anna Weiss moved to Northwind Bank, where she worked as a trader.': (
        'Anna Weiss=PERSON; Northwind Bank=ORG',
        {
            'Anna Weiss moved to Northwind Bank, where she worked as a trader.':
                '1:compound 2:nsubj 2:ROOT 2:prep 5:compound 3:pobj 5:punct 9:advmod 9:nsubj 5:relcl 9:prep 12:det 10:pobj 2:punct',
        },
    ),
    'Anna Weiss visited Northwind Bank, where she met the press.': (
        'Anna Weiss=PERSON; Northwind Bank=ORG',
        {
            'Anna Weiss visited Northwind Bank, where she met the press.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 4:punct 8:advmod 8:nsubj 4:relcl 10:det 8:dobj 2:punct',
        },
    ),
    'Anna Weiss left Northwind Bank, where she was chief risk officer, in 2019.': (
        'Anna Weiss=PERSON; Northwind Bank=ORG; 2019=DATE',
        {
            'Anna Weiss left Northwind Bank, where she was chief risk officer, in 2019.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 4:punct 8:advmod 8:nsubj 4:relcl 11:amod 11:compound 8:attr 4:punct 2:prep 13:pobj 2:punct',
        },
    ),
    'Anna Weiss went to Northwind Bank, where she served as chief economist.': (
        'Anna Weiss=PERSON; Northwind Bank=ORG',
        {
            'Anna Weiss went to Northwind Bank, where she served as chief economist.':
                '1:compound 2:nsubj 2:ROOT 2:prep 5:compound 3:pobj 5:punct 9:advmod 9:nsubj 5:relcl 9:prep 12:amod 10:pobj 2:punct',
        },
    ),
    'Anna Weiss was taken to Northwind Clinic, where she was pronounced dead.': (
        'Anna Weiss=PERSON; Northwind Clinic=ORG',
        {
            'Anna Weiss was taken to Northwind Clinic, where she was pronounced dead.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 3:prep 6:compound 4:pobj 6:punct 11:advmod 11:nsubjpass 11:auxpass 6:relcl 11:oprd 3:punct',
        },
    ),
    'After retiring from Northwind Bank, Anna Weiss moved to Leeds.': (
        'Northwind Bank=ORG; Anna Weiss=PERSON; Leeds=GPE',
        {
            'After retiring from Northwind Bank, Anna Weiss moved to Leeds.':
                '8:prep 0:pcomp 1:prep 4:compound 2:pobj 8:punct 7:compound 8:nsubj 8:ROOT 8:prep 9:pobj 8:punct',
        },
    ),
    'After retiring from the board, Anna Weiss praised Northwind Bank.': (
        'Anna Weiss=PERSON; Northwind Bank=ORG',
        {
            'After retiring from the board, Anna Weiss praised Northwind Bank.':
                '8:prep 0:pcomp 1:prep 4:det 2:pobj 8:punct 7:compound 8:nsubj 8:ROOT 10:compound 8:dobj 8:punct',
        },
    ),
    'Hanna Berg joined Kestrel Insurance in 1990 and became its chief economist in 1995.': (
        'Hanna Berg=PERSON; Kestrel Insurance=ORG; 1990=DATE; 1995=DATE',
        {
            'Hanna Berg joined Kestrel Insurance in 1990 and became its chief economist in 1995.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 2:prep 5:pobj 2:cc 2:conj 11:poss 11:amod 8:attr 8:prep 12:pobj 2:punct',
        },
    ),
    'Hanna Berg joined Kestrel Insurance in 1990 and moved to Leeds.': (
        'Hanna Berg=PERSON; Kestrel Insurance=ORG; 1990=DATE; Leeds=GPE',
        {
            'Hanna Berg joined Kestrel Insurance in 1990 and moved to Leeds.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 2:prep 5:pobj 2:cc 2:conj 8:prep 9:pobj 2:punct',
        },
    ),
    'Anna Weiss was elevated to chief executive of Northwind Bank in 2001.': (
        'Anna Weiss=PERSON; Northwind Bank=ORG; 2001=DATE',
        {
            'Anna Weiss was elevated to chief executive of Northwind Bank in 2001.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 3:prep 6:amod 4:pobj 6:prep 9:compound 7:pobj 3:prep 10:pobj 3:punct',
        },
    ),
    'Dutch PM Pieter de Vries arrived in Brussels.': (
        'Dutch=NORP; Pieter de Vries=PERSON; Brussels=GPE',
        {
            'Dutch PM Pieter de Vries arrived in Brussels.':
                '4:amod 4:compound 4:compound 4:compound 5:nsubj 5:ROOT 5:prep 6:pobj 5:punct',
        },
    ),
    'The talks begin at 5 pm, Pieter de Vries said.': (
        '5 pm=TIME; Pieter de Vries=PERSON',
        {
            'The talks begin at 5 pm, Pieter de Vries said.':
                '1:det 2:nsubj 10:ccomp 2:prep 5:nummod 3:pobj 10:punct 9:compound 9:compound 10:nsubj 10:ROOT 10:punct',
        },
    ),
    'Capt Pieter de Vries and PC Anna Dekker arrived in Brussels.': (
        'Pieter de Vries=PERSON; Anna Dekker=PERSON; Brussels=GPE',
        {
            'Capt Pieter de Vries and PC Anna Dekker arrived in Brussels.':
                '3:compound 3:compound 3:compound 8:nsubj 3:cc 6:compound 7:compound 3:conj 8:ROOT 8:prep 9:pobj 8:punct',
        },
    ),
    'Prof Pieter de Vries arrived in Brussels.': (
        'Pieter de Vries=PERSON; Brussels=GPE',
        {
            'Prof Pieter de Vries arrived in Brussels.':
                '3:compound 3:compound 3:compound 4:nsubj 4:ROOT 4:prep 5:pobj 4:punct',
        },
    ),
    'Lt. Col. Pieter de Vries and Reps. Anna Dekker and Tom Hale spoke.': (
        'Pieter de Vries=PERSON; Anna Dekker=PERSON; Tom Hale=PERSON',
        {
            'Lt. Col. Pieter de Vries and Reps. Anna Dekker and Tom Hale spoke.':
                '4:compound 4:compound 4:compound 4:compound 12:nsubj 4:cc 8:compound 8:compound 4:conj 8:cc 11:compound 8:conj 12:ROOT 12:punct',
        },
    ),
    'The AARP, the Freedom Caucus, GOP Sens. Anna Weiss and Tom Hale, Ann Poe, Ivo Lind and the Heritage Trust opposed it.': (
        'AARP=ORG; Freedom Caucus=ORG; GOP=ORG; Anna Weiss=PERSON; Tom Hale=PERSON; Ann Poe=PERSON; Ivo Lind=PERSON; Heritage Trust=ORG',
        {
            'The AARP, the Freedom Caucus, GOP Sens. Anna Weiss and Tom Hale, Ann Poe, Ivo Lind and the Heritage Trust opposed it.':
                '1:det 24:nsubj 1:punct 5:det 5:compound 1:appos 5:punct 10:compound 10:compound 10:compound 5:conj 10:cc 13:compound 10:conj 13:punct 16:compound 13:conj 16:punct 19:compound 16:conj 19:cc 23:det 23:compound 19:conj 24:ROOT 24:dobj 24:punct',
        },
    ),
    "Marco Bellini, the college's dean and former chairman of Northwind Bank, spoke on Monday.": (
        'Marco Bellini=PERSON; Northwind Bank=ORG; Monday=DATE',
        {
            "Marco Bellini, the college's dean and former chairman of Northwind Bank, spoke on Monday.":
                '1:compound 14:nsubj 1:punct 4:det 6:poss 4:case 1:appos 6:cc 9:amod 6:conj 9:prep 12:compound 10:pobj 1:punct 14:ROOT 14:prep 15:pobj 14:punct',
        },
    ),
    'Marco Bellini, the dean and former chairman of Northwind Bank, spoke on Monday.': (
        'Marco Bellini=PERSON; Northwind Bank=ORG; Monday=DATE',
        {
            'Marco Bellini, the dean and former chairman of Northwind Bank, spoke on Monday.':
                '1:compound 12:nsubj 1:punct 4:det 1:appos 4:cc 7:amod 4:conj 7:prep 10:compound 8:pobj 1:punct 12:ROOT 12:prep 13:pobj 12:punct',
        },
    ),
    'Meridian Airlines pilot Ola Berg landed the plane safely.': (
        'Meridian Airlines=ORG; Ola Berg=PERSON',
        {
            'Meridian Airlines pilot Ola Berg landed the plane safely.':
                '1:compound 2:compound 4:compound 4:compound 5:nsubj 5:ROOT 7:det 5:dobj 5:advmod 5:punct',
        },
    ),
    'The plane landed safely, said pilot Ola Berg.': (
        'Ola Berg=PERSON',
        {
            'The plane landed safely, said pilot Ola Berg.':
                '1:det 2:nsubj 5:ccomp 2:advmod 5:punct 5:ROOT 8:compound 8:compound 5:nsubj 5:punct',
        },
    ),
    'Helga Strand and Piet Okafor founded Brightwater Analytics in 2004.': (
        'Helga Strand=PERSON; Piet Okafor=PERSON; Brightwater Analytics=ORG; 2004=DATE',
        {
            'Helga Strand and Piet Okafor founded Brightwater Analytics in 2004.':
                '1:compound 5:nsubj 1:cc 4:compound 1:conj 5:ROOT 7:compound 5:dobj 5:prep 8:pobj 5:punct',
        },
    ),
    'Helga Strand founded a charity with Piet Okafor in 2004.': (
        'Helga Strand=PERSON; Piet Okafor=PERSON; 2004=DATE',
        {
            'Helga Strand founded a charity with Piet Okafor in 2004.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:dobj 2:prep 7:compound 5:pobj 2:prep 8:pobj 2:punct',
        },
    ),
    'Dana Holm founded Brightwater Analytics with Piet Okafor in 2004.': (
        'Dana Holm=PERSON; Brightwater Analytics=ORG; Piet Okafor=PERSON; 2004=DATE',
        {
            'Dana Holm founded Brightwater Analytics with Piet Okafor in 2004.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 2:prep 7:compound 5:pobj 2:prep 8:pobj 2:punct',
        },
    ),
    'Helga Strand and Piet Okafor work at Brightwater Analytics.': (
        'Helga Strand=PERSON; Piet Okafor=PERSON; Brightwater Analytics=ORG',
        {
            'Helga Strand and Piet Okafor work at Brightwater Analytics.':
                '1:compound 5:nsubj 1:cc 4:compound 1:conj 5:ROOT 5:prep 8:compound 6:pobj 5:punct',
        },
    ),
    'Helga Strand, a friend of Piet Okafor at Brightwater Analytics, works there.': (
        'Helga Strand=PERSON; Piet Okafor=PERSON; Brightwater Analytics=ORG',
        {
            'Helga Strand, a friend of Piet Okafor at Brightwater Analytics, works there.':
                '1:compound 12:nsubj 1:punct 4:det 1:appos 4:prep 7:compound 5:pobj 4:prep 10:compound 8:pobj 1:punct 12:ROOT 12:advmod 12:punct',
        },
    ),
    # hand-set: the parse a real news sentence of this shape had (the name after
    # the 'and' hung on the first name as its conjunct)
    'Clare Bailey from the Harlow Party and Paula Brand have a strong appeal.': (
        'Clare Bailey=PERSON; Harlow Party=ORG; Paula Brand=PERSON',
        {
            'Clare Bailey from the Harlow Party and Paula Brand have a strong appeal.':
                '1:compound 9:nsubj 1:prep 5:det 5:compound 2:pobj 1:cc 8:compound 1:conj 9:ROOT 12:det 12:amod 9:dobj 9:punct',
        },
    ),
    "Halvorsen News' Tom Roe, Ann Poe, Jo Lind and Eva Berg contributed to this report.": (
        'Halvorsen News=ORG; Tom Roe=PERSON; Ann Poe=PERSON; Jo Lind=PERSON; Eva Berg=PERSON',
        {
            "Halvorsen News' Tom Roe, Ann Poe, Jo Lind and Eva Berg contributed to this report.":
                '1:compound 14:nsubj 1:case 4:compound 14:nsubj 4:punct 7:compound 4:appos 4:punct 10:compound 4:conj 10:cc 13:compound 10:conj 14:ROOT 14:prep 17:det 15:pobj 14:punct',
        },
    ),
    "Halvorsen News' Tom Roe and Vesta Radio's Ann Poe contributed to this report.": (
        'Halvorsen News=ORG; Tom Roe=PERSON; Vesta Radio=ORG; Ann Poe=PERSON',
        {
            "Halvorsen News' Tom Roe and Vesta Radio's Ann Poe contributed to this report.":
                '1:compound 10:poss 1:case 4:nmod 10:nmod 4:cc 7:compound 4:conj 7:case 10:compound 11:nsubj 11:ROOT 11:prep 14:det 12:pobj 11:punct',
        },
    ),
    "Rotterdam's Maria Lopez and Eva Berg won the race on Sunday.": (
        'Rotterdam=ORG; Maria Lopez=PERSON; Eva Berg=PERSON; Sunday=DATE',
        {
            "Rotterdam's Maria Lopez and Eva Berg won the race on Sunday.":
                '3:poss 0:case 3:compound 7:nsubj 3:cc 6:compound 3:conj 7:ROOT 9:det 7:dobj 7:prep 10:pobj 7:punct',
        },
    ),
    # hand-set: "Jack Date" as ORG, as the recognizer read such a name in real news
    "Halvorsen News' Tom Roe, Ann Poe, Jack Date and Eva Berg contributed to this report.": (
        'Halvorsen News=ORG; Tom Roe=PERSON; Ann Poe=PERSON; Jack Date=ORG; Eva Berg=PERSON',
        {
            "Halvorsen News' Tom Roe, Ann Poe, Jack Date and Eva Berg contributed to this report.":
                '1:compound 14:nsubj 1:case 4:compound 14:nsubj 4:punct 7:compound 4:appos 4:punct 10:compound 4:conj 10:cc 13:compound 10:conj 14:ROOT 14:prep 17:det 15:pobj 14:punct',
        },
    ),
    'Meridian Bank economists Ann Poe, Jo Lind and Tom Hale expect a cut.': (
        'Meridian Bank=ORG; Ann Poe=PERSON; Jo Lind=PERSON; Tom Hale=PERSON',
        {
            'Meridian Bank economists Ann Poe, Jo Lind and Tom Hale expect a cut.':
                '1:compound 2:compound 4:compound 4:compound 11:nsubj 4:punct 7:compound 4:conj 7:cc 10:compound 7:conj 11:ROOT 13:det 11:dobj 11:punct',
        },
    ),
    'Sen. Anna Dekker and Tom Hale spoke on Monday.': (
        'Anna Dekker=PERSON; Tom Hale=PERSON; Monday=DATE',
        {
            'Sen. Anna Dekker and Tom Hale spoke on Monday.':
                '2:compound 2:compound 6:nsubj 2:cc 5:compound 2:conj 6:ROOT 6:prep 7:pobj 6:punct',
        },
    ),
    'Maria Lopez, 70, who owned the failed Halvorsen Savings Bank, spoke.': (
        'Maria Lopez=PERSON; Halvorsen Savings Bank=ORG',
        {
            'Maria Lopez, 70, who owned the failed Halvorsen Savings Bank, spoke.':
                '1:compound 13:nsubj 1:punct 1:appos 1:punct 6:nsubj 1:relcl 11:det 11:amod 11:compound 11:compound 6:dobj 1:punct 13:ROOT 13:punct',
        },
    ),
    'Maria Lopez owns shares in Halvorsen Energy Group.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG',
        {
            'Maria Lopez owns shares in Halvorsen Energy Group.':
                '1:compound 2:nsubj 2:ROOT 2:dobj 2:prep 7:compound 7:compound 4:pobj 2:punct',
        },
    ),
    "Halvorsen Energy Group is owned by Maria Lopez's family.": (
        'Halvorsen Energy Group=ORG; Maria Lopez=PERSON',
        {
            "Halvorsen Energy Group is owned by Maria Lopez's family.":
                '2:compound 2:compound 4:nsubjpass 4:auxpass 4:ROOT 4:agent 7:compound 9:poss 7:case 5:pobj 4:punct',
        },
    ),
    'Halvorsen Energy Group is backed by Maria Lopez.': (
        'Halvorsen Energy Group=ORG; Maria Lopez=PERSON',
        {
            'Halvorsen Energy Group is backed by Maria Lopez.':
                '2:compound 2:compound 4:nsubjpass 4:auxpass 4:ROOT 4:agent 7:compound 5:pobj 4:punct',
        },
    ),
    "Lindqvist Robotics cut 300 jobs, said Tomas Varga, the company's chief executive.": (
        'Lindqvist Robotics=ORG; 300=CARDINAL; Tomas Varga=PERSON',
        {
            "Lindqvist Robotics cut 300 jobs, said Tomas Varga, the company's chief executive.":
                '1:compound 2:nsubj 6:ccomp 4:nummod 2:dobj 6:punct 6:ROOT 8:compound 6:nsubj 8:punct 11:det 14:poss 11:case 14:amod 8:appos 6:punct',
        },
    ),
    'Lindqvist Robotics cut 300 jobs, said Tomas Varga, its chief executive.': (
        'Lindqvist Robotics=ORG; 300=CARDINAL; Tomas Varga=PERSON',
        {
            'Lindqvist Robotics cut 300 jobs, said Tomas Varga, its chief executive.':
                '1:compound 2:nsubj 6:ccomp 4:nummod 2:dobj 6:punct 6:ROOT 8:compound 6:nsubj 8:punct 12:poss 12:amod 8:appos 6:punct',
        },
    ),
    'Lindqvist Films will adapt a novel by the author Tomas Varga, its producer said.': (
        'Lindqvist Films=ORG; Tomas Varga=PERSON',
        {
            'Lindqvist Films will adapt a novel by the author Tomas Varga, its producer said.':
                '1:compound 3:nsubj 3:aux 14:ccomp 5:det 3:dobj 3:prep 8:det 6:pobj 10:compound 8:appos 14:punct 13:poss 14:nsubj 14:ROOT 14:punct',
        },
    ),
    "Lindqvist Robotics cut 300 jobs. Tomas Varga, the bank's chief executive, said demand was weak.": (
        'Lindqvist Robotics=ORG; 300=CARDINAL; Tomas Varga=PERSON',
        {
            'Lindqvist Robotics cut 300 jobs.':
                '1:compound 2:nsubj 2:ROOT 4:nummod 2:dobj 2:punct',
            "Tomas Varga, the bank's chief executive, said demand was weak.":
                '1:compound 9:nsubj 1:punct 4:det 7:poss 4:case 7:amod 1:appos 1:punct 9:ROOT 11:nsubj 9:ccomp 11:acomp 9:punct',
        },
    ),
    'Ola Berg - political adviser to the Nordic Unity Front - told reporters the talks had stalled.': (
        'Ola Berg=PERSON; Nordic Unity Front=ORG',
        {
            'Ola Berg - political adviser to the Nordic Unity Front - told reporters the talks had stalled.':
                '4:compound 3:npadvmod 3:punct 4:amod 16:nsubj 4:prep 12:det 8:compound 9:compound 11:npadvmod 11:punct 12:amod 5:pobj 14:det 16:nsubj 16:aux 16:ROOT 16:punct',
        },
    ),
    'Guests: Ola Berg - senior lecturer at Brightwater College Lena Holt - director at Tessaly Partners': (
        'Ola Berg=PERSON; Brightwater College=ORG; Lena Holt=PERSON; Tessaly Partners=ORG',
        {
            'Guests: Ola Berg - senior lecturer at Brightwater College Lena Holt - director at Tessaly Partners':
                '0:ROOT 0:punct 5:compound 5:npadvmod 5:punct 6:amod 0:appos 6:prep 9:compound 7:pobj 13:compound 13:compound 13:punct 0:appos 13:prep 16:compound 14:pobj',
        },
    ),
    'Ola Berg - then a teenager - moved to Tessaly Partners in 2004.': (
        'Ola Berg=PERSON; Tessaly Partners=ORG; 2004=DATE',
        {
            'Ola Berg - then a teenager - moved to Tessaly Partners in 2004.':
                '1:compound 7:npadvmod 7:punct 7:advmod 5:det 7:nsubj 7:punct 7:ROOT 7:prep 10:compound 8:pobj 7:prep 11:pobj 7:punct',
        },
    ),
    'Tomas Reyes, a professor of law at the Lyon campus of Brenmoor University, disagreed.': (
        'Tomas Reyes=PERSON; Lyon=GPE; Brenmoor University=ORG',
        {
            'Tomas Reyes, a professor of law at the Lyon campus of Brenmoor University, disagreed.':
                '1:compound 15:nsubj 1:punct 4:det 1:appos 4:prep 5:pobj 4:prep 10:det 10:compound 7:pobj 10:prep 13:compound 11:pobj 1:punct 15:ROOT 15:punct',
        },
    ),
    'Supt Anna Berg, from Northshire Police, said the road would reopen.': (
        'Anna Berg=PERSON; Northshire Police=ORG',
        {
            'Supt Anna Berg, from Northshire Police, said the road would reopen.':
                '2:compound 2:compound 8:nsubj 8:punct 3:prep 6:compound 4:pobj 8:punct 8:ROOT 10:det 12:nsubj 12:aux 8:ccomp 8:punct',
        },
    ),
    'Professor Dr Anna Berg of Brightwater College said the data were thin.': (
        'Anna Berg=PERSON; Brightwater College=ORG',
        {
            'Professor Dr Anna Berg of Brightwater College said the data were thin.':
                '1:compound 3:compound 3:compound 7:nsubj 3:prep 6:compound 4:pobj 7:ROOT 9:det 10:nsubj 7:ccomp 10:acomp 7:punct',
        },
    ),
    'Senator Anna Berg of the Harbour Party voted against the bill.': (
        'Anna Berg=PERSON; Harbour Party=ORG',
        {
            'Senator Anna Berg of the Harbour Party voted against the bill.':
                '2:compound 2:compound 7:nsubj 2:prep 6:det 6:compound 3:pobj 7:ROOT 7:prep 10:det 8:pobj 7:punct',
        },
    ),
    'The former minister Lord Berg of Blaby said he would vote against it.': (
        'Berg=PERSON; Blaby=ORG',
        {
            'The former minister Lord Berg of Blaby said he would vote against it.':
                '2:det 2:amod 7:nsubj 4:compound 2:appos 4:prep 5:pobj 7:ROOT 10:nsubj 10:aux 7:ccomp 10:prep 11:pobj 7:punct',
        },
    ),
    'Harbour Rowing Association (HRA) chief executive, Laura Benson, said: "The deal between the HRA and Brandt Logistics works."': (
        'Harbour Rowing Association=ORG; HRA=ORG; Laura Benson=PERSON; 92:95=ORG; Brandt Logistics=ORG',
        {
            'Harbour Rowing Association (HRA) chief executive, Laura Benson, said: "The deal between the HRA and Brandt Logistics works."':
                '2:compound 2:compound 12:nsubj 2:punct 7:nmod 7:punct 7:amod 2:appos 7:punct 10:compound 7:appos 2:punct 12:ROOT 12:punct 12:punct 16:det 23:nsubj 16:prep 19:det 17:pobj 19:cc 22:compound 19:conj 12:ccomp 12:punct 12:punct',
        },
    ),
    'Senator Laura Benson at the Harbour Party said the vote was lost.': (
        'Laura Benson=PERSON; Harbour Party=ORG',
        {
            'Senator Laura Benson at the Harbour Party said the vote was lost.':
                '2:compound 2:compound 7:nsubj 2:prep 6:det 6:compound 3:pobj 7:ROOT 9:det 11:nsubjpass 11:auxpass 7:ccomp 7:punct',
        },
    ),
    'Introduced by President Laura Benson at a Norland Union conference in 1984, the rule was soon dropped.': (
        'Laura Benson=PERSON; Norland Union=ORG; 1984=DATE',
        {
            'Introduced by President Laura Benson at a Norland Union conference in 1984, the rule was soon dropped.':
                '17:advcl 0:agent 4:compound 4:compound 1:pobj 0:prep 9:det 8:compound 9:compound 5:pobj 0:prep 10:pobj 17:punct 14:det 17:nsubjpass 17:auxpass 17:advmod 17:ROOT 17:punct',
        },
    ),
    'Maria Lopez started at Halvorsen Energy Group as an analyst.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG',
        {
            'Maria Lopez started at Halvorsen Energy Group as an analyst.':
                '1:compound 2:nsubj 2:ROOT 2:prep 6:compound 6:compound 3:pobj 2:prep 9:det 7:pobj 2:punct',
        },
    ),
    'Maria Lopez returned to Halvorsen Energy Group as chief technology officer.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG',
        {
            'Maria Lopez returned to Halvorsen Energy Group as chief technology officer.':
                '1:compound 2:nsubj 2:ROOT 2:prep 6:compound 6:compound 3:pobj 2:prep 10:amod 10:compound 7:pobj 2:punct',
        },
    ),
    'Maria Lopez arrived at Halvorsen Airport as a tourist.': (
        'Maria Lopez=PERSON; Halvorsen Airport=FAC',
        {
            'Maria Lopez arrived at Halvorsen Airport as a tourist.':
                '1:compound 2:nsubj 2:ROOT 2:prep 5:compound 3:pobj 2:prep 8:det 6:pobj 2:punct',
        },
    ),
    'Priya Natarajan began at Northwind Bank in 1990 as a junior analyst.': (
        'Priya Natarajan=PERSON; Northwind Bank=ORG; 1990=DATE',
        {
            'Priya Natarajan began at Northwind Bank in 1990 as a junior analyst.':
                '1:compound 2:nsubj 2:ROOT 2:prep 5:compound 3:pobj 2:prep 6:pobj 2:prep 11:det 11:amod 8:pobj 2:punct',
        },
    ),
    'Priya Natarajan spoke at Northwind Bank in 1990 as a guest.': (
        'Priya Natarajan=PERSON; Northwind Bank=ORG; 1990=DATE',
        {
            'Priya Natarajan spoke at Northwind Bank in 1990 as a guest.':
                '1:compound 2:nsubj 2:ROOT 2:prep 5:compound 3:pobj 2:prep 6:pobj 2:prep 10:det 8:pobj 2:punct',
        },
    ),
    'Sofia Brandt was warden of Kestrel College from 1990 to 2001.': (
        'Sofia Brandt=PERSON; Kestrel College=ORG; 1990=DATE; 2001=DATE',
        {
            'Sofia Brandt was warden of Kestrel College from 1990 to 2001.':
                '1:compound 2:nsubj 2:ROOT 2:attr 3:prep 6:compound 4:pobj 3:prep 7:pobj 7:prep 9:pobj 2:punct',
        },
    ),
    'Ola Berg, a scholar at Kestrel University, said the law was unclear.': (
        'Ola Berg=PERSON; Kestrel University=ORG',
        {
            'Ola Berg, a scholar at Kestrel University, said the law was unclear.':
                '1:compound 9:nsubj 1:punct 4:det 1:appos 4:prep 7:compound 5:pobj 1:punct 9:ROOT 11:det 12:nsubj 9:ccomp 12:acomp 9:punct',
        },
    ),
    # (parse hand-set: the second title coordinated with the first)
    'Priya Natarajan is professor of economics and director of Northwind Bank.': (
        'Priya Natarajan=PERSON; Northwind Bank=ORG',
        {
            'Priya Natarajan is professor of economics and director of Northwind Bank.':
                '1:compound 2:nsubj 2:ROOT 2:attr 3:prep 4:pobj 3:cc 3:conj 7:prep 10:compound 8:pobj 2:punct',
        },
    ),
    # (parse hand-set: the second title coordinated with the first, 'at' on it)
    'Priya Natarajan is professor of history and dean of research at Northwind University.': (
        'Priya Natarajan=PERSON; Northwind University=ORG',
        {
            'Priya Natarajan is professor of history and dean of research at Northwind University.':
                '1:compound 2:nsubj 2:ROOT 2:attr 3:prep 4:pobj 3:cc 3:conj 7:prep 8:pobj 7:prep 12:compound 10:pobj 2:punct',
        },
    ),
    'Marco Bellini is a pilot of Northwind 737s.': (
        'Marco Bellini=PERSON; Northwind=ORG',
        {
            'Marco Bellini is a pilot of Northwind 737s.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:attr 4:prep 7:compound 5:pobj 2:punct',
        },
    ),
    'Dana Holt, the top Democrat on the Harbour Oversight Committee, disagreed.': (
        'Dana Holt=PERSON; Democrat=NORP; Harbour Oversight Committee=ORG',
        {
            'Dana Holt, the top Democrat on the Harbour Oversight Committee, disagreed.':
                '1:compound 12:nsubj 1:punct 5:det 5:amod 1:appos 5:prep 10:det 9:compound 10:compound 6:pobj 1:punct 12:ROOT 12:punct',
        },
    ),
    'Dana Holt, who is the ranking Republican on the Harbour Oversight Committee, disagreed.': (
        'Dana Holt=PERSON; Republican=NORP; Harbour Oversight Committee=ORG',
        {
            'Dana Holt, who is the ranking Republican on the Harbour Oversight Committee, disagreed.':
                '1:compound 14:nsubj 1:punct 4:nsubj 1:relcl 7:det 7:amod 4:attr 7:prep 12:det 11:compound 12:compound 8:pobj 1:punct 14:ROOT 14:punct',
        },
    ),
    "Dana Holt, a Democrat on the Harbour Oversight Committee's plan, disagreed.": (
        'Dana Holt=PERSON; Democrat=NORP; Harbour Oversight Committee=ORG',
        {
            "Dana Holt, a Democrat on the Harbour Oversight Committee's plan, disagreed.":
                '1:compound 13:nsubj 1:punct 4:det 1:appos 4:prep 9:det 8:compound 9:compound 11:poss 9:case 5:pobj 1:punct 13:ROOT 13:punct',
        },
    ),
    'Lena Fisk and Omar Dahl, the chairman and treasurer of the Northfield Rowing Club, signed the letter.': (
        'Lena Fisk=PERSON; Omar Dahl=PERSON; Northfield Rowing Club=ORG',
        {
            'Lena Fisk and Omar Dahl, the chairman and treasurer of the Northfield Rowing Club, signed the letter.':
                '1:compound 16:nsubj 1:cc 4:compound 1:conj 4:punct 7:det 4:appos 7:cc 7:conj 7:prep 14:det 14:compound 14:compound 10:pobj 1:punct 16:ROOT 18:det 16:dobj 16:punct',
        },
    ),
    'Lena Fisk met Omar Dahl, the chairman and treasurer of the Northfield Rowing Club.': (
        'Lena Fisk=PERSON; Omar Dahl=PERSON; Northfield Rowing Club=ORG',
        {
            'Lena Fisk met Omar Dahl, the chairman and treasurer of the Northfield Rowing Club.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 4:punct 7:det 4:appos 7:cc 7:conj 7:prep 14:det 14:compound 14:compound 10:pobj 2:punct',
        },
    ),
    "Jana Brill, Deputy Speaker of Norland's State Assembly, opened the session.": (
        'Jana Brill=PERSON; Norland=GPE; State Assembly=ORG',
        {
            "Jana Brill, Deputy Speaker of Norland's State Assembly, opened the session.":
                '1:compound 11:nsubj 1:punct 4:compound 1:appos 4:prep 9:poss 6:case 9:compound 5:pobj 1:punct 11:ROOT 13:det 11:dobj 11:punct',
        },
    ),
    "The plan failed, said Jana Brill, Norland's State Assembly Deputy Speaker.": (
        'Jana Brill=PERSON; Norland=GPE; State Assembly=ORG',
        {
            "The plan failed, said Jana Brill, Norland's State Assembly Deputy Speaker.":
                '1:det 2:nsubj 4:ccomp 4:punct 4:ROOT 6:compound 4:nsubj 6:punct 13:poss 8:case 11:compound 13:compound 13:compound 6:appos 4:punct',
        },
    ),
    "Speaker of Norland's State Assembly, Jana Brill, opened the session.": (
        'Norland=GPE; State Assembly=ORG; Jana Brill=PERSON',
        {
            "Speaker of Norland's State Assembly, Jana Brill, opened the session.":
                '10:nsubj 0:prep 5:poss 2:case 5:compound 1:pobj 0:punct 8:compound 0:appos 0:punct 10:ROOT 12:det 10:dobj 10:punct',
        },
    ),
    'Lena Fisk, who Omar Dahl appointed as treasurer, resigned.': (
        'Lena Fisk=PERSON; Omar Dahl=PERSON',
        {
            'Lena Fisk, who Omar Dahl appointed as treasurer, resigned.':
                '1:compound 10:nsubj 1:punct 6:dobj 5:compound 6:nsubj 1:relcl 6:prep 7:pobj 1:punct 10:ROOT 10:punct',
        },
    ),
    'Lena Fisk, whom Omar Dahl named as treasurer of the Northfield Rowing Club, resigned.': (
        'Lena Fisk=PERSON; Omar Dahl=PERSON; Northfield Rowing Club=ORG',
        {
            'Lena Fisk, whom Omar Dahl named as treasurer of the Northfield Rowing Club, resigned.':
                '1:compound 15:nsubj 1:punct 6:dobj 5:compound 6:nsubj 1:relcl 6:prep 7:pobj 8:prep 13:det 13:compound 13:compound 9:pobj 1:punct 15:ROOT 15:punct',
        },
    ),
    'Brightwater Analytics, of which Lena Fisk is chairman, grew fast.': (
        'Brightwater Analytics=ORG; Lena Fisk=PERSON',
        {
            'Brightwater Analytics, of which Lena Fisk is chairman, grew fast.':
                '1:compound 10:nsubj 1:punct 7:prep 3:pobj 6:compound 7:nsubj 1:relcl 7:attr 1:punct 10:ROOT 10:advmod 10:punct',
        },
    ),
    'Besides Lena Fisk, the Norvish defence minister, Omar Dahl, attended the talks.': (
        'Lena Fisk=PERSON; Norvish=NORP; Omar Dahl=PERSON',
        {
            'Besides Lena Fisk, the Norvish defence minister, Omar Dahl, attended the talks.':
                '12:prep 2:compound 12:nsubj 2:punct 7:det 6:amod 7:compound 2:appos 7:punct 10:compound 7:appos 2:punct 12:ROOT 14:det 12:dobj 12:punct',
        },
    ),
    "Omar Dahl, Lena Fisk's campaign manager, resigned on Monday.": (
        'Omar Dahl=PERSON; Lena Fisk=PERSON; Monday=DATE',
        {
            "Omar Dahl, Lena Fisk's campaign manager, resigned on Monday.":
                '1:compound 9:nsubj 1:punct 4:compound 7:poss 4:case 7:compound 1:appos 1:punct 9:ROOT 9:prep 10:pobj 9:punct',
        },
    ),
    'The Norvish ambassador to the Harbour Council, Jana Brill, spoke first.': (
        'Norvish=NORP; Harbour Council=ORG; Jana Brill=PERSON; first=ORDINAL',
        {
            'The Norvish ambassador to the Harbour Council, Jana Brill, spoke first.':
                '2:det 2:amod 11:nsubj 2:prep 6:det 6:compound 3:pobj 2:punct 9:compound 2:appos 2:punct 11:ROOT 11:advmod 11:punct',
        },
    ),
    'The plan is flawed, said Lena Fisk, formerly of Brightwater Analytics.': (
        'Lena Fisk=PERSON; Brightwater Analytics=ORG',
        {
            'The plan is flawed, said Lena Fisk, formerly of Brightwater Analytics.':
                '1:det 2:nsubj 5:ccomp 2:acomp 5:punct 5:ROOT 7:compound 5:nsubj 7:punct 10:advmod 7:prep 12:compound 10:pobj 5:punct',
        },
    ),
    'The plan is flawed, said Lena Fisk, formerly Lena Holm.': (
        'Lena Fisk=PERSON; Lena Holm=PERSON',
        {
            'The plan is flawed, said Lena Fisk, formerly Lena Holm.':
                '1:det 2:nsubj 5:ccomp 2:acomp 5:punct 5:ROOT 7:compound 5:nsubj 7:punct 11:advmod 11:compound 7:appos 5:punct',
        },
    ),
    'Guests: Lena Fisk, executive director, Brightwater Analytics.': (
        'Lena Fisk=PERSON; Brightwater Analytics=ORG',
        {
            'Guests: Lena Fisk, executive director, Brightwater Analytics.':
                '0:ROOT 0:punct 3:compound 0:appos 3:punct 6:amod 3:appos 6:punct 9:compound 6:appos 0:punct',
        },
    ),
    'Harbour Assembly Democrat Lena Fisk voted against the plan.': (
        'Harbour Assembly=ORG; Democrat=NORP; Lena Fisk=PERSON',
        {
            'Harbour Assembly Democrat Lena Fisk voted against the plan.':
                '1:compound 2:compound 4:compound 4:compound 5:nsubj 5:ROOT 5:prep 8:det 6:pobj 5:punct',
        },
    ),
    'Harbour Assembly Democrats and Lena Fisk voted against the plan.': (
        'Harbour Assembly=ORG; Democrats=NORP; Lena Fisk=PERSON',
        {
            'Harbour Assembly Democrats and Lena Fisk voted against the plan.':
                '2:compound 2:compound 6:nsubj 2:cc 5:compound 2:conj 6:ROOT 6:prep 9:det 7:pobj 6:punct',
        },
    ),
    'Unity Party politician Lena Fisk voted against the plan.': (
        'Unity Party=ORG; Lena Fisk=PERSON',
        {
            'Unity Party politician Lena Fisk voted against the plan.':
                '1:compound 2:compound 4:compound 4:compound 5:nsubj 5:ROOT 5:prep 8:det 6:pobj 5:punct',
        },
    ),
    'The top Democrat on the Harbour Oversight Committee, Dana Holt, disagreed.': (
        'Democrat=NORP; Harbour Oversight Committee=ORG; Dana Holt=PERSON',
        {
            'The top Democrat on the Harbour Oversight Committee, Dana Holt, disagreed.':
                '2:det 2:amod 12:nsubj 2:prep 7:det 6:compound 7:compound 3:pobj 2:punct 10:compound 2:appos 12:punct 12:ROOT 12:punct',
        },
    ),
    '"It will pass," said the Halvorsen Courier\'s political editor, Ana Ruiz.': (
        'Ana Ruiz=PERSON',
        {
            '"It will pass," said the Halvorsen Courier\'s political editor, Ana Ruiz.':
                '6:punct 3:nsubj 3:aux 6:ccomp 6:punct 6:punct 6:ROOT 9:det 9:compound 12:poss 9:case 12:amod 6:nsubj 12:punct 15:compound 12:appos 6:punct',
        },
    ),
    "The Halvorsen Review magazine's proprietor, Ana Ruiz, sold it on Monday.": (
        'Halvorsen Review=ORG; Ana Ruiz=PERSON; Monday=DATE',
        {
            "The Halvorsen Review magazine's proprietor, Ana Ruiz, sold it on Monday.":
                '3:det 2:compound 3:compound 5:poss 3:case 10:nsubj 5:punct 8:compound 5:appos 5:punct 10:ROOT 10:dobj 10:prep 12:pobj 10:punct',
        },
    ),
    '"It will pass," said the Halvorsen Review magazine\'s Scotland editor, Ana Ruiz.': (
        'Halvorsen Review=ORG; Scotland=GPE; Ana Ruiz=PERSON',
        {
            '"It will pass," said the Halvorsen Review magazine\'s Scotland editor, Ana Ruiz.':
                '6:punct 3:nsubj 3:aux 6:ccomp 6:punct 6:punct 6:ROOT 10:det 9:compound 10:compound 13:poss 10:case 13:compound 6:nsubj 13:punct 16:compound 13:appos 6:punct',
        },
    ),
    "Nadia Okafor, a politician with Halvorsen's Union Party, said so.": (
        "Nadia Okafor=PERSON; Halvorsen=GPE; Union Party=ORG",
        {
            "Nadia Okafor, a politician with Halvorsen's Union Party, said so.":
                '1:compound 11:nsubj 1:punct 4:det 1:appos 4:prep 9:poss 6:case 9:compound 5:pobj 1:punct 11:ROOT 11:advmod 11:punct',
        },
    ),
    'Nadia Okafor, a longtime employee at Halvorsen Energy Group, said so.': (
        'Nadia Okafor=PERSON; Halvorsen Energy Group=ORG',
        {
            'Nadia Okafor, a longtime employee at Halvorsen Energy Group, said so.':
                '1:compound 11:nsubj 1:punct 5:det 5:compound 1:appos 5:prep 9:compound 9:compound 6:pobj 1:punct 11:ROOT 11:advmod 11:punct',
        },
    ),
    'Nadia Okafor, a former member of the Union Party, said so.': (
        'Nadia Okafor=PERSON; Union Party=ORG',
        {
            'Nadia Okafor, a former member of the Union Party, said so.':
                '1:compound 11:nsubj 1:punct 5:det 5:amod 1:appos 5:prep 9:det 9:compound 6:pobj 1:punct 11:ROOT 11:advmod 11:punct',
        },
    ),
    'Lena Fisk, who was appointed as chief negotiator, told reporters so.': (
        'Lena Fisk=PERSON',
        {
            'Lena Fisk, who was appointed as chief negotiator, told reporters so.':
                '1:compound 10:nsubj 1:punct 5:nsubjpass 5:auxpass 1:relcl 5:prep 8:amod 6:pobj 1:punct 10:ROOT 10:dobj 10:advmod 10:punct',
        },
    ),
    'Hanna Berg was named treasurer last week.': (
        'Hanna Berg=PERSON; last week=DATE',
        {
            'Hanna Berg was named treasurer last week.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 3:oprd 6:amod 3:npadvmod 3:punct',
        },
    ),
    'Hanna Berg was nominated as treasurer last week.': (
        'Hanna Berg=PERSON; last week=DATE',
        {
            'Hanna Berg was nominated as treasurer last week.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 3:prep 4:pobj 7:amod 3:npadvmod 3:punct',
        },
    ),
    'The hackers hit Forbes, Ohio Rep. Jana Brill, the European Parliament and the police.': (
        'Forbes=GPE; Ohio=GPE; Jana Brill=PERSON; European Parliament=ORG',
        {
            'The hackers hit Forbes, Ohio Rep. Jana Brill, the European Parliament and the police.':
                '1:det 2:nsubj 2:ROOT 2:dobj 3:punct 6:compound 8:compound 8:compound 2:dobj 8:punct 12:det 12:compound 8:appos 12:cc 15:det 12:conj 2:punct',
        },
    ),
    'The president fired his deputy Omar Dahl, a Nuer, in 2013.': (
        'Omar Dahl=PERSON; Nuer=ORG; 2013=DATE',
        {
            'The president fired his deputy Omar Dahl, a Nuer, in 2013.':
                '1:det 2:nsubj 2:ROOT 4:poss 2:dobj 6:compound 4:appos 6:punct 9:det 6:appos 4:punct 2:prep 11:pobj 2:punct',
        },
    ),
    'Hanna Berg, 48, a former Colorado attorney general, was confirmed on Monday.': (
        'Hanna Berg=PERSON; Colorado=GPE; Monday=DATE',
        {
            'Hanna Berg, 48, a former Colorado attorney general, was confirmed on Monday.':
                '1:compound 12:nsubjpass 1:punct 1:appos 1:punct 9:det 9:amod 9:compound 9:compound 1:appos 1:punct 12:auxpass 12:ROOT 12:prep 13:pobj 12:punct',
        },
    ),
    'Hanna Berg, the library manager, said the books were damaged.': (
        'Hanna Berg=PERSON',
        {
            'Hanna Berg, the library manager, said the books were damaged.':
                '1:compound 7:nsubj 1:punct 5:det 5:compound 1:appos 1:punct 7:ROOT 9:det 11:nsubjpass 11:auxpass 7:ccomp 7:punct',
        },
    ),
    "Lindqvist Robotics builds warehouse machines. Tomas Varga is the company's chief executive.": (
        'Lindqvist Robotics=ORG; Tomas Varga=PERSON',
        {
            'Lindqvist Robotics builds warehouse machines.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 2:punct',
            "Tomas Varga is the company's chief executive.":
                '1:compound 2:nsubj 2:ROOT 4:det 7:poss 4:case 7:amod 2:attr 2:punct',
        },
    ),
    'The film adapts a novel by Tomas Varga, the producer said on Monday.': (
        'Tomas Varga=PERSON; Monday=DATE',
        {
            'The film adapts a novel by Tomas Varga, the producer said on Monday.':
                '1:det 2:nsubj 11:ccomp 4:det 2:dobj 4:prep 7:compound 5:pobj 11:punct 10:det 11:nsubj 11:ROOT 11:prep 12:pobj 11:punct',
        },
    ),
    'Hanna Berg was elected to chair the Lindqvist Society in 2001.': (
        'Hanna Berg=PERSON; Lindqvist Society=ORG; 2001=DATE',
        {
            'Hanna Berg was elected to chair the Lindqvist Society in 2001.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 3:prep 4:pobj 8:det 8:compound 5:dobj 3:prep 9:pobj 3:punct',
        },
    ),
    'Hanna Berg was chosen to lead the Lindqvist Group after the merger.': (
        'Hanna Berg=PERSON; Lindqvist Group=ORG',
        {
            'Hanna Berg was chosen to lead the Lindqvist Group after the merger.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 5:aux 3:xcomp 8:det 8:compound 5:dobj 5:prep 11:det 9:pobj 3:punct',
        },
    ),
    'Hanna Berg was nominated to lead the Lindqvist Group.': (
        'Hanna Berg=PERSON; Lindqvist Group=ORG',
        {
            'Hanna Berg was nominated to lead the Lindqvist Group.':
                '1:compound 3:nsubjpass 3:auxpass 3:ROOT 5:aux 3:advcl 8:det 8:compound 5:dobj 3:punct',
        },
    ),
    'According to an aide, Ivan Petrov said the talks had stalled.': (
        'Ivan Petrov=PERSON',
        {
            'According to an aide, Ivan Petrov said the talks had stalled.':
                '7:prep 0:prep 3:det 1:pobj 7:punct 6:compound 7:nsubj 7:ROOT 9:det 11:nsubj 11:aux 7:ccomp 7:punct',
        },
    ),
    "Trade is growing fast, Brazil's ambassador to Egypt, Ivan Petrov told reporters.": (
        'Brazil=GPE; Egypt=GPE; Ivan Petrov=PERSON',
        {
            "Trade is growing fast, Brazil's ambassador to Egypt, Ivan Petrov told reporters.":
                '2:nsubj 2:aux 13:ccomp 2:advmod 2:punct 7:poss 5:case 2:npadvmod 7:prep 8:pobj 13:punct 12:compound 13:nsubj 13:ROOT 13:dobj 13:punct',
        },
    ),
    'Anna Weiss, who took over leadership of Northwind Bank, spoke.': (
        'Anna Weiss=PERSON; Northwind Bank=ORG',
        {
            'Anna Weiss, who took over leadership of Northwind Bank, spoke.':
                '1:compound 11:nsubj 1:punct 4:nsubj 1:relcl 4:prt 4:dobj 6:prep 9:compound 7:pobj 1:punct 11:ROOT 11:punct',
        },
    ),
    'Hanna Berg, a renowned stem cell scientist, spoke at the meeting.': (
        'Hanna Berg=PERSON',
        {
            'Hanna Berg, a renowned stem cell scientist, spoke at the meeting.':
                '1:compound 9:nsubj 1:punct 7:det 7:amod 6:compound 7:compound 1:appos 1:punct 9:ROOT 9:prep 12:det 10:pobj 9:punct',
        },
    ),
    'The talks failed, said Hanna Berg, a senior rebel commander.': (
        'Hanna Berg=PERSON',
        {
            'The talks failed, said Hanna Berg, a senior rebel commander.':
                '1:det 2:nsubj 4:ccomp 4:punct 4:ROOT 6:compound 4:nsubj 6:punct 11:det 11:amod 11:amod 6:appos 4:punct',
        },
    ),
    'Hanna Berg is an American law professor.': (
        'Hanna Berg=PERSON; American=NORP',
        {
            'Hanna Berg is an American law professor.':
                '1:compound 2:nsubj 2:ROOT 6:det 6:amod 6:compound 2:attr 2:punct',
        },
    ),
    'Lena Fisk, who is a senior policy adviser, stayed at home.': (
        'Lena Fisk=PERSON',
        {
            'Lena Fisk, who is a senior policy adviser, stayed at home.':
                '1:compound 10:nsubj 1:punct 4:nsubj 1:relcl 8:det 8:amod 8:compound 4:attr 1:punct 10:ROOT 10:prep 11:pobj 10:punct',
        },
    ),
    'Tom Reed, who lost the primary to Hanna Berg, is a Norwegian state senator.': (
        'Tom Reed=PERSON; Hanna Berg=PERSON; Norwegian=NORP',
        {
            'Tom Reed, who lost the primary to Hanna Berg, is a Norwegian state senator.':
                '1:compound 11:nsubj 1:punct 4:nsubj 1:relcl 6:det 4:dobj 4:prep 9:compound 7:pobj 1:punct 11:ROOT 15:det 15:amod 15:compound 11:attr 11:punct',
        },
    ),
    'Maria Lopez is a Spanish citizen who admires the founder of Halvorsen Energy Group.': (
        'Maria Lopez=PERSON; Spanish=NORP; Halvorsen Energy Group=ORG',
        {
            'Maria Lopez is a Spanish citizen who admires the founder of Halvorsen Energy Group.':
                '1:compound 2:nsubj 2:ROOT 5:det 5:amod 2:attr 7:nsubj 5:relcl 9:det 7:dobj 9:prep 13:compound 13:compound 10:pobj 2:punct',
        },
    ),
    'Maria Lopez is a Spanish citizen who met the chairwoman of Halvorsen Energy Group.': (
        'Maria Lopez=PERSON; Spanish=NORP; Halvorsen Energy Group=ORG',
        {
            'Maria Lopez is a Spanish citizen who met the chairwoman of Halvorsen Energy Group.':
                '1:compound 2:nsubj 2:ROOT 5:det 5:amod 2:attr 7:nsubj 5:relcl 9:det 7:dobj 9:prep 13:compound 13:compound 10:pobj 2:punct',
        },
    ),
    'The governor of Kandahar province, Omar Dahl, said the road was closed.': (
        'Kandahar=GPE; Omar Dahl=PERSON',
        {
            'The governor of Kandahar province, Omar Dahl, said the road was closed.':
                '1:det 9:nsubj 1:prep 4:compound 2:pobj 1:punct 7:compound 1:appos 1:punct 9:ROOT 11:det 12:nsubj 9:ccomp 12:acomp 9:punct',
        },
    ),
    'A spokesman for the mayor of Bergen, Omar Dahl, said the road was closed.': (
        'Bergen=GPE; Omar Dahl=PERSON',
        {
            'A spokesman for the mayor of Bergen, Omar Dahl, said the road was closed.':
                '1:det 11:nsubj 1:prep 4:det 2:pobj 4:prep 5:pobj 6:punct 9:compound 6:appos 1:punct 11:ROOT 13:det 14:nsubj 11:ccomp 14:acomp 11:punct',
        },
    ),
    'The council thanked Maria Lopez, who resigned as treasurer in May.': (
        'Maria Lopez=PERSON; May=DATE',
        {
            'The council thanked Maria Lopez, who resigned as treasurer in May.':
                '1:det 2:nsubj 2:ROOT 4:compound 2:dobj 4:punct 7:nsubj 4:relcl 7:prep 8:pobj 7:prep 10:pobj 2:punct',
        },
    ),
    "Maria Lopez resigned as the treasurer's deputy in May.": (
        'Maria Lopez=PERSON; May=DATE',
        {
            "Maria Lopez resigned as the treasurer's deputy in May.":
                '1:compound 2:nsubj 2:ROOT 2:prep 5:det 7:poss 5:case 3:pobj 7:prep 8:pobj 2:punct',
        },
    ),
    '"The plan will fail," the First Minister, Maria Lopez said on Monday.': (
        'First=ORDINAL; Maria Lopez=PERSON; Monday=DATE',
        {
            '"The plan will fail," the First Minister, Maria Lopez said on Monday.':
                '13:punct 2:det 4:nsubj 4:aux 13:ccomp 13:punct 13:punct 9:det 9:compound 13:nsubj 9:punct 12:compound 9:appos 13:ROOT 13:prep 14:pobj 13:punct',
        },
    ),
    'She replaced Tom Roe as treasurer in 2012.': (
        'Tom Roe=PERSON; 2012=DATE',
        {
            'She replaced Tom Roe as treasurer in 2012.':
                '1:nsubj 1:ROOT 3:compound 1:dobj 1:prep 4:pobj 1:prep 6:pobj 1:punct',
        },
    ),
    "She replaced Tom Roe's deputy as treasurer in 2012.": (
        'Tom Roe=PERSON; 2012=DATE',
        {
            "She replaced Tom Roe's deputy as treasurer in 2012.":
                '1:nsubj 1:ROOT 3:compound 5:poss 3:case 1:dobj 5:prep 6:pobj 1:prep 8:pobj 1:punct',
        },
    ),
    'She is the favourite to succeed Tom Roe as chief executive of Halvorsen Energy.': (
        'Tom Roe=PERSON; Halvorsen Energy=ORG',
        {
            'She is the favourite to succeed Tom Roe as chief executive of Halvorsen Energy.':
                '1:nsubj 1:ROOT 3:det 1:attr 5:aux 3:relcl 7:compound 5:dobj 5:prep 10:amod 8:pobj 10:prep 13:compound 11:pobj 1:punct',
        },
    ),
    'She hopes to see Tom Roe as chief executive of Halvorsen Energy.': (
        'Tom Roe=PERSON; Halvorsen Energy=ORG',
        {
            'She hopes to see Tom Roe as chief executive of Halvorsen Energy.':
                '1:nsubj 1:ROOT 3:aux 1:xcomp 5:compound 3:dobj 3:prep 8:amod 6:pobj 8:prep 11:compound 9:pobj 1:punct',
        },
    ),
    'She is the favourite to succeed Tom Roe as treasurer.': (
        'Tom Roe=PERSON',
        {
            'She is the favourite to succeed Tom Roe as treasurer.':
                '1:nsubj 1:ROOT 3:det 1:attr 5:aux 3:relcl 7:compound 5:dobj 5:prep 8:pobj 1:punct',
        },
    ),
    'She hopes to succeed in the race as treasurer.': (
        '',
        {
            'She hopes to succeed in the race as treasurer.':
                '1:nsubj 1:ROOT 3:aux 1:xcomp 3:prep 6:det 4:pobj 6:prep 7:pobj 1:punct',
        },
    ),
    'Russian President Ivan Petrov and his Turkish counterpart Omar Dahl held talks.': (
        'Russian=NORP; Ivan Petrov=PERSON; Turkish=NORP; Omar Dahl=PERSON',
        {
            'Russian President Ivan Petrov and his Turkish counterpart Omar Dahl held talks.':
                '1:amod 3:compound 3:compound 10:nsubj 3:cc 7:poss 7:amod 3:conj 9:compound 7:appos 10:ROOT 10:dobj 10:punct',
        },
    ),
    'Ivan Petrov called his Turkish counterpart Omar Dahl on Monday.': (
        'Ivan Petrov=PERSON; Turkish=NORP; Omar Dahl=PERSON; Monday=DATE',
        {
            'Ivan Petrov called his Turkish counterpart Omar Dahl on Monday.':
                '1:compound 2:nsubj 2:ROOT 5:poss 5:amod 2:dobj 7:compound 5:appos 2:prep 8:pobj 2:punct',
        },
    ),
    "Omar Dahl, the city's mayor, said the road was closed.": (
        'Omar Dahl=PERSON',
        {
            "Omar Dahl, the city's mayor, said the road was closed.":
                '1:compound 8:nsubj 1:punct 4:det 6:poss 4:case 1:appos 1:punct 8:ROOT 10:det 11:nsubj 8:ccomp 11:acomp 8:punct',
        },
    ),
    "Omar Dahl, the city's mayor Ines Varga and two aides met on Monday.": (
        'Omar Dahl=PERSON; Ines Varga=PERSON; two=CARDINAL; Monday=DATE',
        {
            "Omar Dahl, the city's mayor Ines Varga and two aides met on Monday.":
                '1:compound 12:nsubj 1:punct 4:det 6:poss 4:case 1:appos 8:compound 6:appos 6:cc 11:nummod 6:conj 12:ROOT 12:prep 13:pobj 12:punct',
        },
    ),
    'As attorney general, Maria Lopez oversees the inquiry.': (
        'Maria Lopez=PERSON',
        {
            'As attorney general, Maria Lopez oversees the inquiry.':
                '6:prep 2:compound 0:pobj 6:punct 5:compound 6:nsubj 6:ROOT 8:det 6:dobj 6:punct',
        },
    ),
    'As a mother, Maria Lopez worries.': (
        'Maria Lopez=PERSON',
        {
            'As a mother, Maria Lopez worries.':
                '6:prep 2:det 0:pobj 6:punct 5:compound 6:nsubj 6:ROOT 6:punct',
        },
    ),
    'The delegation is led by the trade minister, Maria Lopez.': (
        'Maria Lopez=PERSON',
        {
            'The delegation is led by the trade minister, Maria Lopez.':
                '1:det 3:nsubjpass 3:auxpass 3:ROOT 3:agent 7:det 7:compound 4:pobj 7:punct 10:compound 7:appos 3:punct',
        },
    ),
    'His spokesperson, Maria Lopez says the talks will resume.': (
        'Maria Lopez=PERSON',
        {
            'His spokesperson, Maria Lopez says the talks will resume.':
                '1:poss 5:nsubj 5:punct 4:compound 5:nsubj 5:ROOT 7:det 9:nsubj 9:aux 5:ccomp 5:punct',
        },
    ),
    "Omar Dahl, Egypt's health ministry spokesman, said the road was closed.": (
        'Omar Dahl=PERSON; Egypt=GPE',
        {
            "Omar Dahl, Egypt's health ministry spokesman, said the road was closed.":
                '1:compound 9:nsubj 1:punct 7:poss 3:case 6:compound 7:compound 1:appos 1:punct 9:ROOT 11:det 12:nsubj 9:ccomp 12:acomp 9:punct',
        },
    ),
    'Maria Lopez serves as Vice President of Sales for Halvorsen Energy Group.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG',
        {
            'Maria Lopez serves as Vice President of Sales for Halvorsen Energy Group.':
                '1:compound 2:nsubj 2:ROOT 2:prep 5:compound 3:pobj 5:prep 6:pobj 7:prep 11:compound 11:compound 8:pobj 2:punct',
        },
    ),
    "Omar Dahl, Prime Minister Lena Fisk's spokesman, said the talks failed.": (
        'Omar Dahl=PERSON; Lena Fisk=PERSON',
        {
            "Omar Dahl, Prime Minister Lena Fisk's spokesman, said the talks failed.":
                '1:compound 10:nsubj 1:punct 4:compound 6:compound 6:compound 8:poss 6:case 1:appos 1:punct 10:ROOT 12:det 13:nsubj 10:ccomp 10:punct',
        },
    ),
    "Guards stopped Ana Reyes, the town's Party chief, and mayor Ben Cole.": (
        'Ana Reyes=PERSON; Party=ORG; Ben Cole=PERSON',
        {
            "Guards stopped Ana Reyes, the town's Party chief, and mayor Ben Cole.":
                '1:nsubj 1:ROOT 3:compound 1:dobj 3:punct 6:det 9:poss 6:case 9:compound 3:appos 1:punct 1:cc 14:compound 14:compound 1:conj 1:punct',
        },
    ),
    'Guards stopped Ana Reyes, the party treasurer, and mayor Ben Cole.': (
        'Ana Reyes=PERSON; Ben Cole=PERSON',
        {
            'Guards stopped Ana Reyes, the party treasurer, and mayor Ben Cole.':
                '1:nsubj 1:ROOT 3:compound 1:dobj 3:punct 7:det 7:compound 3:appos 1:punct 1:cc 12:compound 12:compound 1:conj 1:punct',
        },
    ),
    "Harlow Bank's Asia chief economist, Ada Quist, said rates would rise.": (
        'Harlow Bank=ORG; Asia=LOC; Ada Quist=PERSON',
        {
            "Harlow Bank's Asia chief economist, Ada Quist, said rates would rise.":
                '1:compound 5:poss 1:case 5:nmod 5:amod 10:nsubj 5:punct 8:compound 5:appos 5:punct 10:ROOT 13:nsubj 13:aux 10:ccomp 10:punct',
        },
    ),
    "Harlow Bank's chief economist in Asia, Ada Quist, said rates would rise.": (
        'Harlow Bank=ORG; Asia=LOC; Ada Quist=PERSON',
        {
            "Harlow Bank's chief economist in Asia, Ada Quist, said rates would rise.":
                '1:compound 4:poss 1:case 4:amod 11:nsubj 4:prep 5:pobj 4:punct 9:compound 4:appos 4:punct 11:ROOT 14:nsubj 14:aux 11:ccomp 11:punct',
        },
    ),
    "Ada Quist, the Harlow Bank's West Africa representative, said so.": (
        'Ada Quist=PERSON; Harlow Bank=ORG; West Africa=GPE',
        {
            "Ada Quist, the Harlow Bank's West Africa representative, said so.":
                '1:compound 11:nsubj 1:punct 5:det 5:compound 9:poss 5:case 8:compound 9:compound 1:appos 1:punct 11:ROOT 11:advmod 11:punct',
        },
    ),
    'Helen Zhou, a company spokeswoman, said the plant would close.': (
        'Helen Zhou=PERSON',
        {
            'Helen Zhou, a company spokeswoman, said the plant would close.':
                '1:compound 7:nsubj 1:punct 5:det 5:compound 1:appos 1:punct 7:ROOT 9:det 11:nsubj 11:aux 7:ccomp 7:punct',
        },
    ),
    'Helen Zhou, a former oil company executive, joined the board.': (
        'Helen Zhou=PERSON',
        {
            'Helen Zhou, a former oil company executive, joined the board.':
                '1:compound 9:nsubj 1:punct 7:det 7:amod 6:compound 7:compound 1:appos 1:punct 9:ROOT 11:det 9:dobj 9:punct',
        },
    ),
    "Marlow Bank's chief executive, Dr Jane Okafor, said sales rose.": (
        'Marlow Bank=ORG; Jane Okafor=PERSON',
        {
            "Marlow Bank's chief executive, Dr Jane Okafor, said sales rose.":
                '1:compound 4:poss 1:case 4:amod 10:nsubj 4:punct 8:compound 8:compound 4:appos 4:punct 10:ROOT 12:nsubj 10:ccomp 10:punct',
        },
    ),
    'The chief executive of Marlow Bank, Dr Jane Okafor, said sales rose.': (
        'Marlow Bank=ORG; Jane Okafor=PERSON',
        {
            'The chief executive of Marlow Bank, Dr Jane Okafor, said sales rose.':
                '2:det 2:amod 11:nsubj 2:prep 5:compound 3:pobj 2:punct 9:compound 9:compound 2:appos 2:punct 11:ROOT 13:nsubj 11:ccomp 11:punct',
        },
    ),
    'The Norwegian foreign minister, Mr Ivar Lund, said the talks failed.': (
        'Norwegian=NORP; Ivar Lund=PERSON',
        {
            'The Norwegian foreign minister, Mr Ivar Lund, said the talks failed.':
                '3:det 3:amod 3:amod 9:nsubj 3:punct 7:compound 7:compound 3:appos 3:punct 9:ROOT 11:det 12:nsubj 9:ccomp 9:punct',
        },
    ),
    'Jane Okafor, head of research at Marlow Bank, said sales rose.': (
        'Jane Okafor=PERSON; Marlow Bank=ORG',
        {
            'Jane Okafor, head of research at Marlow Bank, said sales rose.':
                '1:compound 10:nsubj 1:punct 1:appos 3:prep 4:pobj 3:prep 8:compound 6:pobj 1:punct 10:ROOT 12:nsubj 10:ccomp 10:punct',
        },
    ),
    "Jane Okafor, the bank's head of research, said sales rose.": (
        'Jane Okafor=PERSON',
        {
            "Jane Okafor, the bank's head of research, said sales rose.":
                '1:compound 10:nsubj 1:punct 4:det 6:poss 4:case 1:appos 6:prep 7:pobj 1:punct 10:ROOT 12:nsubj 10:ccomp 10:punct',
        },
    ),
    'Helen Marsh was the general manager of cabin interiors at Eastbrook Aviation.': (
        'Helen Marsh=PERSON; Eastbrook Aviation=ORG',
        {
            'Helen Marsh was the general manager of cabin interiors at Eastbrook Aviation.':
                '1:compound 2:nsubj 2:ROOT 5:det 5:amod 2:attr 5:prep 8:compound 6:pobj 5:prep 11:compound 9:pobj 2:punct',
        },
    ),
    'Helen Marsh served as general manager of cabin interiors at Eastbrook Aviation.': (
        'Helen Marsh=PERSON; Eastbrook Aviation=ORG',
        {
            'Helen Marsh served as general manager of cabin interiors at Eastbrook Aviation.':
                '1:compound 2:nsubj 2:ROOT 2:prep 5:amod 3:pobj 5:prep 8:compound 6:pobj 5:prep 11:compound 9:pobj 2:punct',
        },
    ),
    'Shares of Marlow Bank, whose chief executive, Jane Okafor, sold hers, fell.': (
        'Marlow Bank=ORG; Jane Okafor=PERSON',
        {
            'Shares of Marlow Bank, whose chief executive, Jane Okafor, sold hers, fell.':
                '12:nsubj 0:prep 3:compound 1:pobj 3:punct 7:poss 7:amod 3:appos 7:punct 10:compound 7:appos 3:punct 12:ROOT 12:dobj 12:punct 12:conj 15:punct',
        },
    ),
    "Shares of Marlow Bank, whose chief executive Jane Okafor's husband sold his stake, fell.": (
        'Marlow Bank=ORG; Jane Okafor=PERSON',
        {
            "Shares of Marlow Bank, whose chief executive Jane Okafor's husband sold his stake, fell.":
                '12:nsubj 0:prep 3:compound 1:pobj 3:punct 9:poss 7:amod 9:compound 9:compound 11:poss 9:case 3:appos 12:ROOT 14:poss 12:dobj 16:punct 12:conj 16:punct',
        },
    ),
    'Shares of Marlow Bank, whose customers include Jane Okafor, fell.': (
        'Marlow Bank=ORG; Jane Okafor=PERSON',
        {
            'Shares of Marlow Bank, whose customers include Jane Okafor, fell.':
                '11:nsubj 0:prep 3:compound 1:pobj 3:punct 6:poss 7:nsubj 3:relcl 9:compound 7:dobj 0:punct 11:ROOT 11:punct',
        },
    ),
    'Former Marlow Bank contractor Tom Reed said the files were real.': (
        'Marlow Bank=ORG; Tom Reed=PERSON',
        {
            'Former Marlow Bank contractor Tom Reed said the files were real.':
                '3:amod 2:compound 3:compound 5:compound 5:compound 6:nsubj 6:ROOT 8:det 9:nsubj 6:ccomp 9:acomp 6:punct',
        },
    ),
    'Priya Natarajan left Eastgate Bank in 2015 to join Northwind Bank as its chief financial officer.': (
        'Priya Natarajan=PERSON; Eastgate Bank=ORG; 2015=DATE; Northwind Bank=ORG',
        {
            'Priya Natarajan left Eastgate Bank in 2015 to join Northwind Bank as its chief financial officer.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 2:prep 5:pobj 8:aux 2:advcl 10:compound 8:dobj 8:prep 15:poss 15:amod 15:amod 11:pobj 2:punct',
        },
    ),
    'Sara Kade joined Norvik Telecom in 2001 and went on to serve as president of Danforth University.': (
        'Sara Kade=PERSON; Norvik Telecom=ORG; 2001=DATE; Danforth University=ORG',
        {
            'Sara Kade joined Norvik Telecom in 2001 and went on to serve as president of Danforth University.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 2:prep 5:pobj 2:cc 2:conj 8:prt 11:aux 8:advcl 11:prep 12:pobj 13:prep 16:compound 14:pobj 2:punct',
        },
    ),
    'Sara Kade joined Norvik Telecom in 2001 and rose to become chief executive of Danforth University.': (
        'Sara Kade=PERSON; Norvik Telecom=ORG; 2001=DATE; Danforth University=ORG',
        {
            'Sara Kade joined Norvik Telecom in 2001 and rose to become chief executive of Danforth University.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 2:prep 5:pobj 2:cc 2:conj 10:aux 8:advcl 12:amod 10:attr 12:prep 15:compound 13:pobj 2:punct',
        },
    ),
    'Sara Kade joined Norvik Telecom in 2001 and Tomas Reyes rose to become chief executive of Danforth University.': (
        'Sara Kade=PERSON; Norvik Telecom=ORG; 2001=DATE; Tomas Reyes=PERSON; Danforth University=ORG',
        {
            'Sara Kade joined Norvik Telecom in 2001 and Tomas Reyes rose to become chief executive of Danforth University.':
                '1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 2:prep 5:pobj 2:cc 9:compound 10:nsubj 2:conj 12:aux 10:advcl 14:amod 12:attr 14:prep 17:compound 15:pobj 10:punct',
        },
    ),
    "Jane Okafor, who heads Marlow Bank's Asia unit, said rates would rise.": (
        'Jane Okafor=PERSON; Marlow Bank=ORG; Asia=LOC',
        {
            "Jane Okafor, who heads Marlow Bank's Asia unit, said rates would rise.":
                '1:compound 11:nsubj 1:punct 4:nsubj 1:relcl 6:compound 9:poss 6:case 9:compound 4:dobj 1:punct 11:ROOT 14:nsubj 14:aux 11:ccomp 11:punct',
        },
    ),
    "Jane Okafor heads Marlow Bank's talks with regulators.": (
        'Jane Okafor=PERSON; Marlow Bank=ORG',
        {
            "Jane Okafor heads Marlow Bank's talks with regulators.":
                '1:compound 2:nsubj 2:ROOT 4:compound 6:poss 4:case 2:dobj 6:prep 7:pobj 2:punct',
        },
    ),
    'Maria Lopez heads sales at Halvorsen Energy.': (
        'Maria Lopez=PERSON; Halvorsen Energy=ORG',
        {
            'Maria Lopez heads sales at Halvorsen Energy.':
                '1:compound 2:nsubj 2:ROOT 2:dobj 2:prep 6:compound 4:pobj 2:punct',
        },
    ),
    'Maria Lopez, an engineer employed by Halvorsen Energy, spoke first.': (
        'Maria Lopez=PERSON; Halvorsen Energy=ORG; first=ORDINAL',
        {
            'Maria Lopez, an engineer employed by Halvorsen Energy, spoke first.':
                '1:compound 10:nsubj 1:punct 4:det 1:appos 4:acl 5:agent 8:compound 6:pobj 1:punct 10:ROOT 10:advmod 10:punct',
        },
    ),
    'Maria Lopez, an analyst working on the Halvorsen Energy account, spoke first.': (
        'Maria Lopez=PERSON; Halvorsen Energy=ORG; first=ORDINAL',
        {
            'Maria Lopez, an analyst working on the Halvorsen Energy account, spoke first.':
                '1:compound 12:nsubj 1:punct 4:det 1:appos 4:acl 5:prep 10:det 9:compound 10:compound 6:pobj 1:punct 12:ROOT 12:advmod 12:punct',
        },
    ),
    'Ingrid Malmo spent four hours at the Northwind Golf Club on Sunday.': (
        'Ingrid Malmo=PERSON; four hours=TIME; Northwind Golf Club=ORG; Sunday=DATE',
        {
            'Ingrid Malmo spent four hours at the Northwind Golf Club on Sunday.':
                '1:compound 2:nsubj 2:ROOT 4:nummod 2:dobj 2:prep 9:det 9:compound 9:compound 5:pobj 2:prep 10:pobj 2:punct',
        },
    ),
    'Ingrid Malmo stayed two nights at Harlow Lodge.': (
        'Ingrid Malmo=PERSON; two nights=DATE; Harlow Lodge=ORG',
        {
            'Ingrid Malmo stayed two nights at Harlow Lodge.':
                '1:compound 2:nsubj 2:ROOT 4:nummod 2:npadvmod 2:prep 7:compound 5:pobj 2:punct',
        },
    ),
    'Ingrid Malmo spent a decade at Northwind Bank.': (
        'Ingrid Malmo=PERSON; a decade=DATE; Northwind Bank=ORG',
        {
            'Ingrid Malmo spent a decade at Northwind Bank.':
                '1:compound 2:nsubj 2:ROOT 4:det 2:dobj 2:prep 7:compound 5:pobj 2:punct',
        },
    ),
    'Marco Bellini, of Northwind Bank, denied the charge.': (
        'Marco Bellini=PERSON; Northwind Bank=ORG',
        {
            'Marco Bellini, of Northwind Bank, denied the charge.':
                '1:compound 7:nsubj 1:punct 1:prep 5:compound 3:pobj 1:punct 7:ROOT 9:det 7:dobj 7:punct',
        },
    ),
    'Marco Bellini, 49, of Tullyvale Holdings, told the court he had never worked.': (
        'Marco Bellini=PERSON; Tullyvale Holdings=ORG',
        {
            'Marco Bellini, 49, of Tullyvale Holdings, told the court he had never worked.':
                '1:compound 9:nsubj 1:punct 1:appos 1:punct 1:prep 7:compound 5:pobj 1:punct 9:ROOT 11:det 9:dobj 15:nsubj 15:aux 15:neg 11:relcl 9:punct',
        },
    ),
    'Tom Reed, who lost the primary to Hanna Berg, is a Norwegian senator.': (
        'Tom Reed=PERSON; Hanna Berg=PERSON; Norwegian=NORP',
        {
            'Tom Reed, who lost the primary to Hanna Berg, is a Norwegian senator.':
                '1:compound 11:nsubj 1:punct 4:nsubj 1:relcl 6:det 4:dobj 4:dative 9:compound 7:pobj 1:punct 11:ROOT 14:det 14:amod 11:attr 11:punct',
        },
    ),
    'Hanna Berg, a Norwegian MP, opened the debate.': (
        'Hanna Berg=PERSON; Norwegian=NORP',
        {
            'Hanna Berg, a Norwegian MP, opened the debate.':
                '1:compound 7:nsubj 1:punct 5:det 5:compound 1:appos 1:punct 7:ROOT 9:det 7:dobj 7:punct',
        },
    ),
    'Her husband, Tom Reed, is a senior adviser to the mayor.': (
        'Tom Reed=PERSON',
        {
            'Her husband, Tom Reed, is a senior adviser to the mayor.':
                '1:poss 6:nsubj 1:punct 4:compound 1:appos 1:punct 6:ROOT 9:det 9:amod 6:attr 9:prep 12:det 10:pobj 6:punct',
        },
    ),
    'The era began with Tom Reed, who was president until 1990.': (
        'Tom Reed=PERSON; 1990=DATE',
        {
            'The era began with Tom Reed, who was president until 1990.':
                '1:det 2:nsubj 2:ROOT 2:prep 5:compound 3:pobj 5:punct 8:nsubj 5:relcl 8:attr 8:prep 10:pobj 2:punct',
        },
    ),
    'Maria Lopez founded Halvorsen Energy Group, where she served as president until 2004.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG; 2004=DATE',
        {
            'Maria Lopez founded Halvorsen Energy Group, where she served as president until 2004.':
                '1:compound 2:nsubj 2:ROOT 5:compound 5:compound 2:dobj 5:punct 9:advmod 9:nsubj 5:relcl 9:prep 10:pobj 9:prep 12:pobj 2:punct',
        },
    ),
    'Maria Lopez served as CEO of Halvorsen Energy Group from 1983 to 1984 and CEO of Granite Logistics Inc. from 1994 to 1997.': (
        'Maria Lopez=PERSON; Halvorsen Energy Group=ORG; 1983=DATE; Granite Logistics Inc.=ORG; 1994=DATE; 1997=DATE',
        {
            'Maria Lopez served as CEO of Halvorsen Energy Group from 1983 to 1984 and CEO of Granite Logistics Inc. from 1994 to 1997.':
                '1:compound 2:nsubj 2:ROOT 2:prep 3:pobj 4:prep 8:compound 8:compound 5:pobj 2:prep 9:pobj 9:prep 11:pobj 2:cc 2:conj 14:prep 18:compound 18:compound 15:pobj 2:prep 19:pobj 19:prep 21:pobj 2:punct',
        },
    ),
    'Jane Okafor, Marlow police chief, said the roads were closed.': (
        'Jane Okafor=PERSON; Marlow=GPE',
        {
            'Jane Okafor, Marlow police chief, said the roads were closed.':
                '1:compound 7:nsubj 1:punct 5:compound 5:compound 1:appos 1:punct 7:ROOT 9:det 11:nsubjpass 11:auxpass 7:ccomp 7:punct',
        },
    ),
    'Jane Okafor, former Marlow city council leader, said the roads were closed.': (
        'Jane Okafor=PERSON; Marlow=GPE',
        {
            'Jane Okafor, former Marlow city council leader, said the roads were closed.':
                '1:compound 9:nsubj 1:punct 7:amod 5:compound 6:compound 7:compound 1:appos 1:punct 9:ROOT 11:det 13:nsubjpass 13:auxpass 9:ccomp 9:punct',
        },
    ),
    "Jane Okafor, Marlow's mayor, said the roads were closed.": (
        'Jane Okafor=PERSON; Marlow=GPE',
        {
            "Jane Okafor, Marlow's mayor, said the roads were closed.":
                '1:compound 7:nsubj 1:punct 5:poss 3:case 1:appos 1:punct 7:ROOT 9:det 11:nsubjpass 11:auxpass 7:ccomp 7:punct',
        },
    ),
    'Jane Okafor, Marlow police chief Tom Avery and Ann Roe met on Monday.': (
        'Jane Okafor=PERSON; Marlow=GPE; Tom Avery=PERSON; Ann Roe=PERSON; Monday=DATE',
        {
            'Jane Okafor, Marlow police chief Tom Avery and Ann Roe met on Monday.':
                '1:compound 11:nsubj 1:punct 5:compound 5:compound 7:compound 7:compound 1:conj 7:cc 10:compound 7:conj 11:ROOT 11:prep 12:pobj 11:punct',
        },
    ),
    "Lindqvist Robotics will close two plants, said Tomas Varga, the company's chief executive in Europe.": (
        'Lindqvist Robotics=ORG; two=CARDINAL; Tomas Varga=PERSON; Europe=LOC',
        {
            "Lindqvist Robotics will close two plants, said Tomas Varga, the company's chief executive in Europe.":
                '1:compound 3:nsubj 3:aux 7:ccomp 5:nummod 3:dobj 7:punct 7:ROOT 9:compound 7:nsubj 9:punct 12:det 15:poss 12:case 15:amod 9:appos 15:prep 16:pobj 7:punct',
        },
    ),
    'Jane Okafor, Marlow police chief, Tom Avery, and Ann Roe signed the deal.': (
        'Jane Okafor=PERSON; Marlow=GPE; Tom Avery=PERSON; Ann Roe=PERSON',
        {
            'Jane Okafor, Marlow police chief, Tom Avery, and Ann Roe signed the deal.':
                '1:compound 13:nsubj 1:punct 5:compound 5:compound 1:appos 5:punct 8:compound 5:conj 8:punct 8:cc 12:compound 8:conj 13:ROOT 15:det 13:dobj 13:punct',
        },
    ),
    'Before joining Northwind Bank as its chief economist, Anna Weiss taught in Oslo.': (
        'Northwind Bank=ORG; Anna Weiss=PERSON; Oslo=GPE',
        {
            'Before joining Northwind Bank as its chief economist, Anna Weiss taught in Oslo.':
                '11:prep 0:pcomp 3:compound 1:dobj 1:prep 7:poss 7:amod 4:pobj 11:punct 10:compound 11:nsubj 11:ROOT 11:prep 12:pobj 11:punct',
        },
    ),
    'Anna Weiss spent ten years at Eastgate Bank before joining Northwind Bank as chief economist.': (
        'Anna Weiss=PERSON; ten years=DATE; Eastgate Bank=ORG; Northwind Bank=ORG',
        {
            'Anna Weiss spent ten years at Eastgate Bank before joining Northwind Bank as chief economist.':
                '1:compound 2:nsubj 2:ROOT 4:nummod 2:npadvmod 2:prep 7:compound 5:pobj 2:prep 8:pcomp 11:compound 9:dobj 9:prep 14:amod 12:pobj 2:punct',
        },
    ),
    'Before joining the march past Northwind Bank as a steward, Anna Weiss sang.': (
        'Northwind Bank=ORG; Anna Weiss=PERSON',
        {
            'Before joining the march past Northwind Bank as a steward, Anna Weiss sang.':
                '13:prep 0:pcomp 3:det 1:dobj 3:prep 6:compound 4:pobj 1:prep 9:det 7:pobj 13:punct 12:compound 13:nsubj 13:ROOT 13:punct',
        },
    ),
    'Mayor of Bergen Ola Berg opened the new bridge on Monday.': (
        'Bergen=GPE; Ola Berg=PERSON; Monday=DATE',
        {
            'Mayor of Bergen Ola Berg opened the new bridge on Monday.':
                '5:nsubj 0:prep 4:compound 4:compound 1:pobj 5:ROOT 8:det 8:amod 5:dobj 5:prep 9:pobj 5:punct',
        },
    ),
    'The Mayor of Bergen said Ola Berg had opened the new bridge.': (
        'Bergen=GPE; Ola Berg=PERSON',
        {
            'The Mayor of Bergen said Ola Berg had opened the new bridge.':
                '1:det 4:nsubj 1:prep 2:pobj 4:ROOT 6:compound 8:nsubj 8:aux 4:ccomp 11:det 11:amod 8:dobj 4:punct',
        },
    ),
}
# fmt: on
