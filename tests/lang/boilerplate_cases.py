"""One positive and one negative invented text per boilerplate rule id:
id -> (text with boilerplate, the part that must go, near miss that must stay)."""

BOILERPLATE_CASES = {
    "boilerplate:share-buttons": (
        "Tolls rose. Send Facebook Twitter Google+ Whatsapp Tumblr Permalink "
        "http://example.org/p/1 The port reopened.",
        "Send Facebook Twitter Google+ Whatsapp Tumblr Permalink http://example.org/p/1",
        "The board met Facebook and Twitter staff in Dublin.",
    ),
    "boilerplate:share-this": (
        "Share this slide: How will the new tolls affect you?\nThe port reopened.",
        "Share this slide: How will the new tolls affect you?",
        "Fishers share this harbour with ferries.",
    ),
    "boilerplate:follow-us": (
        "The port reopened. Follow us on Twitter for updates.",
        "Follow us on Twitter for updates.",
        "Ferries follow us into the bay on calm days.",
    ),
    "boilerplate:read-more": (
        "The port reopened.\nRead more: Harbour tolls rise again\nFerries ran late.",
        "Read more: Harbour tolls rise again",
        "Pilots read more charts than ever, the harbour master said.",
    ),
    "boilerplate:photo-credit": (
        "The ferry docked at noon. (Photo: Amara Okafor/Harbour Times)",
        "(Photo: Amara Okafor/Harbour Times)",
        "The photo of the ferry won a prize.",
    ),
    "boilerplate:caption-credit": (
        "Ferries wait at the new pier in Kestrel Bay. Photos Provided to Harbour "
        "Times  The pier opened in May.",
        "Photos Provided to Harbour Times",
        "Provided to Harbour Times, the figures show tolls rose.",
    ),
    "boilerplate:reader-call": (
        "The port reopened. Do you have information about the tolls? Call us.",
        "Do you have information about the tolls?",
        "Officials asked whether traders have information about the tolls.",
    ),
    "boilerplate:disclaimer": (
        "The views expressed in this article are the author's own.\nTolls rose.",
        "The views expressed in this article are the author's own.",
        "The views of traders were heard in this article's survey.",
    ),
    "boilerplate:copyright": (
        "Tolls rose.\n© 2017 Harbour Times. All rights reserved.\n",
        "© 2017 Harbour Times. All rights reserved.",
        "The copyright on the 2017 harbour map expired.",
    ),
    "boilerplate:print-citation": (
        "The port reopened on Monday. (Harbour Gazette Weekly 03/14/2025 page7)",
        "(Harbour Gazette Weekly 03/14/2025 page7)",
        "The Harbour Gazette Weekly reported the news on page 7 of its 3/14 issue.",
    ),
    "boilerplate:source-credit": (
        "The port reopened on Monday.\nSource:-Harbour Wire and news agencies",
        "Source:-Harbour Wire and news agencies",
        "Source: officials at the port said tolls would rise next week.",
    ),
    "boilerplate:dateline-credit": (
        "HARBOURTON (Reuters) - The port reopened on Monday.",
        "(Reuters) -",
        "Officials told Reuters (the agency) that the port reopened.",
    ),
    "boilerplate:link": (
        # A web address is page furniture, never a name: the embedded post's picture
        # link, a bare address. The sentence's full stop stays.
        "Ferries ran late. pic.twitter.com/Ab12Cd34 Harbour staff waited "
        "(see https://example.org/tolls?x=1).",
        "pic.twitter.com/Ab12Cd34",
        "Harbour staff posted on Example.org about the tolls.",
    ),
}
