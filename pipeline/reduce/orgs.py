"""Which organisation names are one organisation across the corpus.

Rows are distinct mention keys of type ORG with `key` (`lang.orgnames.variant_key`
of the anchor: word order, number forms, spelling and aliases folded),
`anchor`, `acronym` (the acronym the article uses for it, if any) and
`article_id`. Keys are merged by union-find:

0. a name the corpus writes with different acronyms in different countries'
   news is one name per acronym (`homonyms`: the FPÖ and the PVV);
1. equal keys;
2. long forms sharing an acronym, when compatible (`merge.merge_orgs`);
3. a bare acronym ("NATO", "U.N.") joins the one long form the corpus pairs it
   with anywhere (not a long form named for a country that the corpus spells
   out in a fifth as many articles as it writes the acronym alone: one
   "Nigerian Bottling Company (NBC)" is no reading of NBC's 20 other
   articles), or failing that the long form whose initials (of its content
   words; failing that, for three capitals or more, of all its words: "DOJ")
   spell it and
   that holds `DOMINANCE` of the articles of all long forms with those
   initials ("AP": Associated Press in 94 of 104), scoped by country or not
   ("NHS": the National Health Service of British articles); two-letter
   acronyms only when that long form is in `MIN_ARTICLES_SHORT` articles or more;
   and not by initials to a long form of another country's news (one
   "Sanford Police Department" of an American article is no reading of the
   "SPD" of German politics), nor, once paired, to a long form that does not
   hold its pair's words (`acronym_initials`);
4. near-identical spellings within a first-word block (`merge`), and a name
   whose letters a scrape lost ("Sinn F\ufffd\ufffdin") with the one name it could
   be (`name_slips.merge_damaged`, as for people);
5. a name behind a country code ("US Federal Reserve") and the same name
   without it, when the corpus has both (`scopes`). Generic names arrive
   scoped by country (`scopes`), and no merge joins two countries' keys;
5b. in sports reports, a team's place ("TEXAS" of a standings table) and its
   nickname ("Rangers") join its one full team name ("Texas Rangers") (`teams`).

Then, per row, links that hold within one article only (a writer's short
reference, not a name of its own; 6 and 7 in `article_links`):

6. a name that ends exactly one longer name of its article ("Intelligence
   Committee" beside "House Intelligence Committee") is that organisation
   there; elsewhere too when in `DOMINANCE` of the articles where it ends a
   longer name it ends that one, else it stays itself, so the House's and the
   Senate's committees never meet through it; so does a name that opens one
   longer name ending in a company or university word ("Amnesty" of
   "Amnesty International", `article_links.opened_links`), one word or more;
7. a lone generic head ("the Ministry", "the Board": lexicon generic_orgs),
   scoped by country or not, is the one organisation of its article ending in
   that word, and none where there is none or several; a newspaper's
   masthead word ("the Post", lexicon masthead_words) is the one of its
   article ending in it ("the Washington Post"), and itself otherwise
   ("The Times");
8. a bare acronym in capitals ("TSA") is, in an article naming exactly one
   organisation whose initials it spells ("Transportation Security
   Administration"), that organisation there (`acronym_links`): the writer
   spelled it out. So is one that joined a long form in steps 1-5, unless the
   corpus writes it alone, its long form nowhere in the article, in
   `KNOWN_BARE_ARTICLES` articles or more: readers know that one without
   being told, so one article's "Erasmus University" makes no "EU" of it,
   while one article's "Harbour Safety Authority (HSA)" does not make the HSA
   of another article naming only the "Highland Sailing Association".

Last, an organisation whose every mention is in a headline (`n_headline`, when
the rows have it) is none: a headline's capitals mislead the recognizer
("Quits Amid Company Controversies", "Meet Zealandia"), and a name no article
body of the corpus confirms is no row of its own.

`cluster_orgs` returns each row's root key, "" for a row that is no
organisation.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import pandas as pd

from pipeline.lang.acronyms import is_short_form
from pipeline.lang.lexicons import lower_set
from pipeline.lang.orgnames import acronym_key, initials
from pipeline.lang.orgscope import possessive_scope
from pipeline.reduce.acronym_initials import DOMINANCE, merge_by_initials
from pipeline.reduce.article_links import generic_head, in_article_links, opened_links
from pipeline.reduce.homonyms import split_homonyms
from pipeline.reduce.merge import UnionFind, grouped, merge_orgs
from pipeline.reduce.name_slips import merge_damaged
from pipeline.reduce.teams import link_teams

# Articles that write an acronym alone, its long form nowhere in them, before it is
# one the corpus's readers know ("EU", "UN") and an article's own long form with
# its initials no longer takes it (step 8).
KNOWN_BARE_ARTICLES = 10


def acronym_links(rows: pd.DataFrame, uf: UnionFind) -> dict[tuple[str, str], str]:
    """(article_id, key) -> the root key a bare acronym stands for in that article
    (step 8)."""
    one = rows.drop_duplicates(["article_id", "key"])
    pairs = list(zip(one["key"].tolist(), one["anchor"].tolist()))
    named = {uf.find(k) for k, a in pairs if " " in a}
    parts = grouped(one["article_id"].tolist(), pairs)
    # Per organisation, the articles that write an acronym of it alone.
    alone: Counter = Counter()
    for part in parts.values():
        spelled_out = {uf.find(k) for k, a in part if " " in a}
        alone.update({uf.find(k) for k, a in part if is_short_form(a)} - spelled_out)
    known = {root for root in named if alone[root] >= KNOWN_BARE_ARTICLES}
    out: dict[tuple[str, str], str] = {}
    for art, part in parts.items():
        spelled: dict[str, set[str]] = defaultdict(set)
        for key, anchor in part:
            if " " in anchor and (ini := initials(anchor)):
                spelled[ini].add(uf.find(key))
        for key, anchor in part:
            if not is_short_form(anchor) or uf.find(key) in known:
                continue
            roots = spelled.get(acronym_key(anchor), set())
            if len(roots) == 1:
                out[art, key] = next(iter(roots))
    return out


def cluster_orgs(rows: pd.DataFrame) -> pd.Series:
    """The root key of each row's organisation, "" for none (index aligned with
    `rows`)."""
    # One name of two countries' organisations is two names (`homonyms`).
    rows = rows.assign(key=split_homonyms(rows))
    # One row per key: its first anchor and its largest acronym. A possessive
    # country ("Britain's National Health Service", `nlp.country_links`) comes
    # last: the initials of the name are an acronym's (NHS), not "BNHS".
    owned = rows["anchor"].map({a: possessive_scope(a) for a in set(rows["anchor"])})
    first = (
        rows.assign(_owned=owned)
        .sort_values("_owned", kind="stable")
        .drop_duplicates("key")
        .set_index("key")["anchor"]
    )
    acronym = (
        rows.sort_values(["key", "acronym"], ascending=[True, False], kind="stable")
        .drop_duplicates("key")
        .set_index("key")["acronym"]
    )
    keys = pd.DataFrame({"anchor": first, "acronym": acronym}).sort_index()
    keys = keys.rename_axis("key").reset_index()
    arts = rows.groupby("key")["article_id"].nunique().to_dict()
    uf = UnionFind()
    for k in keys["key"]:
        uf.find(k)
    merge_orgs(keys, uf, arts)
    # a name a scrape lost letters of is the one name it could be ("Sinn Fein")
    merge_damaged(keys["key"].tolist(), dict(zip(keys["key"], keys["anchor"])), uf)
    leads: dict[str, Counter] = defaultdict(Counter)
    if "lead" in rows:
        one = rows.drop_duplicates(["key", "article_id"])
        for key, lead in zip(one["key"].tolist(), one["lead"].tolist()):
            leads[key][lead] += 1
    merge_by_initials(keys, arts, uf, leads)
    if "bare" in rows:
        # "US Federal Reserve" is the "Federal Reserve" the corpus names too.
        known = set(keys["key"])
        for key, bare in sorted(set(zip(rows["key"].tolist(), rows["bare"].tolist()))):
            if bare and bare in known:
                uf.union(key, bare)
    link_teams(rows, keys, uf)
    links = in_article_links(rows)
    opened = opened_links(rows)
    for where, root in [*acronym_links(rows, uf).items(), *opened.items()]:
        links.setdefault(where, root)
    # A short name that stands for one long name wherever its article has one
    # (or for one in DOMINANCE of them) is that organisation everywhere.
    stands_for: dict[str, Counter] = defaultdict(Counter)
    other_links = {w[1] for w, long in links.items() if long and opened.get(w) != long}
    for (_, short), long in links.items():
        if long:
            stands_for[short][uf.find(long)] += 1
    for short, counts in sorted(stands_for.items()):
        (top, n), *_ = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        # (a lone generic head only ever within its article: step 7)
        lone = generic_head(short, lower_set("generic_orgs"))
        # One word ends longer names too often to stand for one ("Committee"),
        # but opens one only when the writer dropped its last words.
        named = " " in short or short not in other_links
        if named and not lone and n >= DOMINANCE * sum(counts.values()):
            uf.union(short, top)
    out = []
    for art, key in zip(rows["article_id"].tolist(), rows["key"].tolist()):
        target = links.get((art, key), key)
        out.append(uf.find(target) if target else "")
    roots = pd.Series(out, index=rows.index, dtype=object)
    if "n_headline" in rows:
        in_body = (rows["n"] - rows["n_headline"]).groupby(roots).sum()
        roots = roots.where(roots.map(in_body) > 0, "")
    return roots
