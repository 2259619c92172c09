"""One positive and one negative invented case per team pattern id (teams.jsonl).

TEAM_CASES: id -> (text, its place entities, the names that become teams; negative
text, its place entities). Every text is a sports report (three cue words near
the match), so a negative case shows the words around the name, not the gate,
keep it a place. Entities are hand-set: "text=LABEL" items.
"""

LEAGUE = " It was a league match in a long season ."

TEAM_CASES = {
    "team:result-subject": (
        "Riverton beat Kingsbay 2-1 ." + LEAGUE,
        "Riverton=GPE; Kingsbay=GPE",
        {"Riverton", "Kingsbay"},
        "Fans from Riverton cheered as Kingsbay scored ." + LEAGUE,
        "Riverton=GPE",
    ),
    "team:result-object": (
        "The visitors defeated Kingsbay in extra time ." + LEAGUE,
        "Kingsbay=GPE",
        {"Kingsbay"},
        "The visitors stayed in Kingsbay after the game ." + LEAGUE,
        "Kingsbay=GPE",
    ),
    "team:lost-to": (
        "The champions lost to Kingsbay on Sunday ." + LEAGUE,
        "Kingsbay=GPE",
        {"Kingsbay"},
        "The champions flew to Kingsbay on Sunday ." + LEAGUE,
        "Kingsbay=GPE",
    ),
    "team:opponent": (
        "Two goals against Kingsbay settled it ." + LEAGUE,
        "Kingsbay=GPE",
        {"Kingsbay"},
        "Two goals near Kingsbay settled it ." + LEAGUE,
        "Kingsbay=GPE",
    ),
    "team:victory-over": (
        "Their victory over Kingsbay lifted them to third ." + LEAGUE,
        "Kingsbay=GPE",
        {"Kingsbay"},
        "Their victory parade in Kingsbay lifted the town ." + LEAGUE,
        "Kingsbay=GPE",
    ),
    "team:match-with": (
        "Saturday 's match with Kingsbay was called off ." + LEAGUE,
        "Kingsbay=GPE",
        {"Kingsbay"},
        "Saturday 's match in Kingsbay was called off ." + LEAGUE,
        "Kingsbay=GPE",
    ),
    "team:staff": (
        "Kingsbay manager Tom Reed was sent off ." + LEAGUE,
        "Kingsbay=GPE; Tom Reed=PERSON",
        {"Kingsbay"},
        "The mayor of Kingsbay was sent a ticket ." + LEAGUE,
        "Kingsbay=GPE",
    ),
    "team:possessive": (
        "Kingsbay 's opening goal came early ." + LEAGUE,
        "Kingsbay=GPE",
        {"Kingsbay"},
        "Kingsbay 's harbour came into view ." + LEAGUE,
        "Kingsbay=GPE",
    ),
    "team:host": (
        "Hosts Kingsbay took the lead ." + LEAGUE,
        "Kingsbay=GPE",
        {"Kingsbay"},
        "Hotels in Kingsbay took the bookings ." + LEAGUE,
        "Kingsbay=GPE",
    ),
    "team:plays": (
        "Kingsbay has scored once in four games ." + LEAGUE,
        "Kingsbay=GPE",
        {"Kingsbay"},
        "Kingsbay has grown in four years ." + LEAGUE,
        "Kingsbay=GPE",
    ),
    "team:club": (
        "He was loaned to the club Kingsbay for a year ." + LEAGUE,
        "Kingsbay=GPE",
        {"Kingsbay"},
        "He was loaned a flat in Kingsbay for a year ." + LEAGUE,
        "Kingsbay=GPE",
    ),
}
