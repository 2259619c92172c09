"""One positive and one negative invented sentence per date rule id.

id -> (positive text, the text the rule matches in it, negative text where the
rule must not match: a near miss).
"""

DATE_CASES = {
    "date:present_ref": (
        "Freight rates are currently twice the spring level.",
        "currently",
        "The current freight rate is twice the spring level.",
    ),
    "date:past_ref": (
        "The ferry operator has recently added a night route.",
        "recently",
        "The ferry operator added a route after a recent survey.",
    ),
    "date:future_ref": (
        "The council expects more visitors in the near future.",
        "the near future",
        "The council discussed the futures market with visitors.",
    ),
    "date:holiday": (
        "The harbour market will close on Christmas Eve.",
        "Christmas Eve",
        "The harbour market will close on the eve of the festival.",
    ),
    "date:latest_period": (
        "Orders rose in the latest quarter, the mill said.",
        "the latest quarter",
        "Orders rose in the latest survey, the mill said.",
    ),
    "date:relative_unit": (
        "The orchard doubled its yield last year.",
        "last year",
        "The orchard doubled its yield at last.",
    ),
    "date:set": (
        "The ferry leaves the island every morning.",
        "every morning",
        "The ferry leaves the island with every passenger aboard.",
    ),
    "date:year_ago": (
        "Profit fell from the year-ago quarter, the cooperative said.",
        "year-ago quarter",
        "Profit fell a year after the merger, the cooperative said.",
    ),
    "date:deictic": (
        "The mill reopens tomorrow after repairs.",
        "tomorrow",
        "The mill reopens after repairs to its wheel.",
    ),
    "date:quarter": (
        "Sales of the glassworks rose in Q3 2024.",
        "Q3 2024",
        "Sales of the glassworks rose in hall Q3B.",
    ),
    "date:fiscal": (
        "The glassworks expects a loss in fiscal 2025.",
        "fiscal 2025",
        "The glassworks expects a fiscal loss this time.",
    ),
    "date:numeric": (
        "The lease was signed on 11/15/2024 in the old harbour.",
        "11/15/2024",
        "The lease covers 11/15 of the old harbour.",
    ),
    "date:decade": (
        "The harbour was rebuilt in the 1990s by a cooperative.",
        "the 1990s",
        "The harbour was rebuilt with 1990 stones by a cooperative.",
    ),
    "date:year_period": (
        "Exports fell sharply in the 2023 period, the board said.",
        "the 2023 period",
        "Exports fell sharply in 2023 overall, the board said.",
    ),
    "date:clock": (
        "The auction opens at 9:30 a.m. on the quay.",
        "9:30 a.m.",
        "The auction opens at quay 9 on the west side.",
    ),
}
