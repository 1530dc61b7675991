"""Turning a captured article into the text a fact-checker cites, and saying what is what in it.

Captured pages carry non-breaking and odd spaces, paragraphs repeated by the page template,
photo captions and credits, share counters, "More from ..." teasers and reader comments. The
normalised text folds the spaces, drops repeats, teasers and page chrome, and keeps captions,
credits and comments, marked as such (a quote may come from a caption; a figure in a credit is
not a claim; a claim in a comment is the commenter's). Every normalised character knows its
offset in the original, so positions can be reported against either.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from claims.figures_parser import find_figures

NORMALISER_VERSION = 1

# Kinds of span marked in a normalised text.
CAPTION = "caption"
CREDIT = "credit"
COPYRIGHT = "copyright"
DATELINE = "dateline"
BYLINE = "byline"
HEADING = "heading"
COMMENTS = "comments"
COMMENT = "comment"
COMMENTER = "commenter"
CORRECTION = "correction"
THREAD_HEADING = "thread_heading"
STATS = "stats"
ENTRY_HEADING = "entry_heading"
REFERENCE = "reference"
# A page's ticker or widget of the moment's readings: the weather, the markets, a match's
# score ("Weather: Tenvale 6°C, heavy showers", "Index: 14,812.6 ▲0.4%", "GOAL! X 2-1 Y").
TICKER = "ticker"
# A sentence inside a paragraph that states nothing to check (`_asides`): a speaker's signpost
# ("Two claims to look at there."), a verbless echo ("Fifteen minutes."), a newsletter's word
# to its readers ("62% of you said yes", "(1,340 votes)"). Marked, not dropped: it may sit in a
# transcript a fact-checker quotes from.
ASIDE = "aside"
NOT_CLAIMS = frozenset(
    {
        ASIDE,
        REFERENCE,
        CREDIT,
        COPYRIGHT,
        DATELINE,
        BYLINE,
        COMMENTER,
        CORRECTION,
        THREAD_HEADING,
        STATS,
        ENTRY_HEADING,
    }
)

_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
_TEASER_WORDS = (
    r"(?:More from\b|Recommended\b|Related(?: (?:articles|stories|content|posts|reading))?\b|"
    r"Read more\b|Read next\b|See also\b|Also read\b|Read also\b|Most popular\b|Most read\b|"
    # "More local news", "More business stories", "More headlines": a section's own teasers.
    r"More\s+(?:[A-Za-z]+\s+){0,2}(?:news|stories|headlines)(?=\s*(?:$|[:|»›>–—-]))|Trending\b|"
    r"Top stories\b|Latest news\b|You may also like\b|You might also like\b|More stories\b|"
    r"Most (?:viewed|shared|watched|commented)\b|More on this (?:story|topic|subject)\b)"
)
_TEASER_HEADING = re.compile(rf"^{_TEASER_WORDS}", re.IGNORECASE)
# A newsletter's or a page's promise of what comes next, set off by a colon: "Coming up in the
# Briefing: ...", "Next week: ...", "In the next issue: ...", "Still to come in Friday's
# edition: ...". Only the name of where it comes may stand before the colon, so that a
# sentence ("Next week the council will decide: ...") stays the story's.
_AHEAD = (
    r"(?i:Coming (?:up|next|soon)|Still to come|Up next|Next (?:week|month|time|issue|edition)|"
    r"In (?:the |our )?next (?:issue|edition|newsletter|episode)|"
    r"In next (?:week|month)['’]s (?:issue|edition|newsletter))"
)
_AHEAD_PLACE_WORD = r"(?:[A-Z][\w’'-]*|edition|issue|newsletter|podcast|briefing|episode)"
_TEASER_AHEAD = re.compile(
    rf"^{_AHEAD}(?:\s+(?:in|on|for)\s+(?:(?:the|our|this|next)\s+|[A-Za-z]+['’]s\s+)?"
    rf"{_AHEAD_PLACE_WORD}(?:\s+{_AHEAD_PLACE_WORD}){{0,3}})?\s*:\s*\S",
)
# "Read more: <headline>" on one line is one teaser, not the start of a list of them.
_TEASER_LINE = re.compile(rf"^{_TEASER_WORDS}\s*[:|»›>–—-]\s*\S", re.IGNORECASE)
# "READ: <headline>", "Read also: <headline>": a link's label and a colon. Only with the colon
# (a line "Read the full report here" is the story's), and never a heading that would end the
# article (`_TEASER_HEADING`): the label alone may start a sentence.
# A local station's "MORE: <headline>" is the same, in capitals only.
# The labels a link to another piece carries (also `_SEE_ALSO`'s).
_LINK_LABEL = r"(?:READ|Read|MORE)"
_READ_LABEL_LINE = re.compile(rf"^{_LINK_LABEL}(?:\s+(?:also|ALSO))?\s*[:|]\s*\S")
# A paywall's offer opens a sentence: "Get 3 months for £1", "Only £2 a week", "Just $1 for your
# first month", "Try it free for 30 days", "Join for $1", "Start your free trial"; a price set
# after it ("Members who join for $1 a month ...") is the story's.
_SENTENCE_START = r"(?:^|(?<=[.!?] )|(?<=[.!?][”\"’] ))"
_PRICE = r"(?:just |only )?(?:[£$€]\d[\d.,]*|\d+\s?(?:p|c|cents|pence))"
_PERIOD_WORD = r"(?:a |an |per |/ ?)(?:day|week|wk|month|mo|year|yr)"
_SHORT_COUNT = r"(?:\d+|one|two|three|four|six|twelve)"
_OFFER = (
    rf"get {_SHORT_COUNT} (?:months?|weeks?|years?)\b[^.!?]{{0,30}}? for {_PRICE}|"
    rf"(?:just|only) {_PRICE} (?:{_PERIOD_WORD}|for (?:your|the) first)|"
    r"try (?:it |us |\w+ )?(?:for )?free(?: for \d+ days)?|"
    r"start your (?:free )?trial|"
    # "Join X from £3.50 a month and get ...": the name of what to join may stand between.
    rf"join (?:now |today |us |them |(?:(?-i:[A-Z])[\w’'&-]*\s){{1,3}})?(?:for|from) {_PRICE}|"
    rf"(?:subscribe|sign up|join) (?:now |today )?(?:for|from) {_PRICE}|"
    # An introductory price and what follows it: "First month £1, then £6.99 a month."
    rf"first (?:{_SHORT_COUNT} )?(?:months?|weeks?|years?|issues?) (?:for |at )?(?:free|{_PRICE})"
    rf"(?:,? then {_PRICE} {_PERIOD_WORD})?|"
    # "Get Vashby Herald+ for £2 a week": the paid edition's name between.
    rf"get (?:(?-i:[A-Z])[\w’'&+-]*\s){{1,3}}(?:for|from) {_PRICE} {_PERIOD_WORD}"
)
# What a page asks of its reader (subscribe, sign up, share, comment) is no part of the article.
# A metered paywall counts what is left ("You've read 3 of your 5 free articles"); a membership
# appeal names what the reader may become or support ("become a member from $10 a month",
# "Support local radio"); a news alert names where to get it ("Get breaking news on WhatsApp").
_PROMPT = re.compile(
    # A business's subscriptions are news ("Subscription revenue climbed 22%", "subscriber
    # numbers"): the noun before what it earns or counts is no ask.
    r"\b(?:subscribe|subscription(?!s?\s+(?:revenue|sales|income|growth|business|base|"
    r"numbers?|fees?|services?|rev)\b)|subscriber(?!s?\s+(?:numbers?|growth|base|"
    r"additions|count)\b)|sign up|sign-up|newsletter|unlimited access|"
    r"free trial|cancel any ?time|log in|register now|have your say|join the debate|"
    r"share this (?:article|story)|comments are closed|free (?:articles?|stories)|"
    r"become an? (?:[\w’'-]+ ){0,2}(?:member|supporter|subscriber|patron|donor)|"
    r"support (?:local|independent|our|public[- ]interest|nonprofit|non-profit) "
    r"(?:journalism|radio|news|reporting)|"
    r"get (?:breaking|the latest) news|"
    # A link to the page's own data, the reader told to take it ("Data: download our
    # spreadsheet of all 812 bridges").
    r"download our (?:spreadsheet|data(?:set)?|full (?:data|report|results)|interactive)|"
    # "Download the full Q1 report (24 pages, PDF)": a file the page offers.
    r"download (?:the|our) (?:full |complete )?[^.!?()]{0,40}\((?:[^()]*?\b)?(?:pdf|csv|xlsx?|"
    r"\d+\s?[kKmM]B)|"
    # A briefing sent to the reader's phone or inbox ("Get our morning briefing on WhatsApp",
    # "Get the headlines straight to your inbox") and the tap that joins it ("Tap to join").
    r"get (?:[\w’'-]+ ){0,4}(?:briefing|newsletter|alerts?|updates|headlines|news)(?: \w+)? "
    r"(?:on|via|in|to) (?:whatsapp|telegram|signal|your (?:inbox|phone))|"
    r"(?:tap|click) (?:here )?to (?:join|subscribe|sign up|follow)|"
    # A donation match, the reader told their gift counts twice ("Every gift is matched up to
    # $50,000 through Dec. 31", "Your donation will be doubled"); news of a match fund names
    # the appeal's donations, not the reader's.
    r"(?:every|each|your) (?:gift|donation)\b[^.!?]{0,40}\b(?:is|are|will be) "
    r"(?:matched|doubled)|"
    # A newsletter asks for a reply or a forward ("Reply to this email: we read every one",
    # "Hit reply", "Forward it to a friend"); a union's or a club's price of membership, which
    # ends its pitch (`_is_pitch`: "Not yet a member? Join today. Membership from £11.40 a
    # month.").
    r"reply to this (?:email|e-mail|newsletter|message)|hit reply|"
    r"forward (?:this|it|this email) to a (?:friend|colleague)|"
    rf"memberships? (?:is |are |costs? |starts? (?:at |from )?)?(?:from |at |for )?{_PRICE}|"
    # A file the page offers, its format and size in brackets at the line's end ("Table 3104 -
    # PPM by operator (ODS, 212KB)").
    r"\s\((?:[^()]*,\s*)?(?:pdf|csv|xlsx?|ods|docx?|zip|pptx?)\s*,\s*\d[\d.,]*\s?[kmg]b(?=\)\s*$)|"
    # A newsletter's pitch for its paid edition: "This is the free edition of X.", "Paid
    # subscribers also get ...", and the imperative at a sentence's start, "Upgrade for £5 a
    # month", "Upgrade now", "Go premium" ("a £2m upgrade for the station" is news).
    r"(?:this is|you(?:['’]re| are) reading) (?:the|a) (?:free|preview|public) "
    r"(?:edition|version|issue)|"
    r"paid (?:subscribers|members)(?: \([^()]{0,40}\))? (?:also )?(?:get|receive|unlock|enjoy)|"
    # A subscription's perks, priced ("match highlights and ad-free reading for €4.99 a month"),
    # a discount for subscribers ("subscribers get 15% off"), an event's early price ("Early-bird
    # passes Rs 14,500"), a membership's renewal ("renew before May 31 and save 15%").
    r"ad-free (?:reading|access|browsing|experience|version)|"
    r"(?:subscribers|members) (?:also )?(?:get|save|enjoy) \d+% off|"
    r"early[- ]bird (?:passes|pass|tickets?|rates?|prices?|registration|offer)|"
    r"renew (?:now|today|before|by)\b[^.!?]{0,40}\bsave\b|"
    # A paid tier's pitch in the page's own voice: "X Pro subscribers also get our weekly ...",
    # "Members also receive our ..." ("our" is the publisher's: news of a service's
    # subscribers names the service's offer, not "our").
    r"(?:subscribers|members|supporters) (?:also )?(?:get|receive|unlock|enjoy) "
    r"(?:our|access to our|exclusive|unlimited|ad-free)|"
    # How a reader-funded page pays its way, said to its readers: "X is funded by 2,140
    # members.", "X is free to read because 3,900 readers chip in", "This article is free to
    # read.", "We don't have a paywall".
    r"(?:is|are) (?:funded|supported|paid for|made possible) by (?:[\d,.]+k? |thousands of |"
    r"hundreds of |its |our )?(?:members|readers|supporters|donors|people like you)\b|"
    r"free to read (?:because|thanks to)\b|"
    # What the reader's money does: "A gift of $10 a month keeps a reporter in court",
    # "€5 a month keeps it ad-free".
    rf"(?:a|your) (?:gift|donation) of {_PRICE}|"
    r"(?<=\d )(?:a |per )(?:day|week|month|year) (?:keeps|pays for|funds|covers)\b|"
    # A competition for the reader ("go in the draw to win a $500 fuel card") and a page's
    # feedback widget ("1,204 people found this page useful").
    r"(?:go|be) in the draw\b|for (?:your|a) chance to win\b|"
    # A newsletter's count of its readers, in its pitch: "Join 6,400 subscribers", "More than
    # 9,000 readers already read it".
    r"join (?:more than |over )?[\d,.]+k?\+? (?:other )?(?:subscribers|readers|members|"
    r"listeners)\b|"
    r"[\d,.]+k?\+? (?:other )?[\w-]+ already (?:read|get|receive|subscribe to|follow) "
    r"(?:it|this|us|our|the newsletter)\b|"
    # "Join 4,300 growers who already subscribe.", "free for members": a newsletter's pitch.
    r"join (?:more than |over )?[\d,.]+k?\+? (?:other )?[\w-]+ who already "
    r"(?:subscribe|read|get it|receive it)\b|"
    # The pitch is a fragment with no verb of its own ("Weekly prices and reports, free for
    # members."); "Entry will be free for members." is news of a rule.
    r"^(?![^.!?]*\b(?:is|are|was|were|will|would|be|remains?)\b)[^.!?]*\bfree for (?:all )?"
    r"(?:[A-Z]{2,5} )?(?:members|subscribers)(?=\.?$)|"
    r"found this (?:page|article|story|answer) (?:useful|helpful)|"
    r"(?:this|our) (?:article|story|journalism|reporting|site|newsletter) (?:is|remains|stays) "
    r"free(?: to read| for (?:everyone|all))?\b|"
    r"\bwe\b[^.!?]{0,20}\bpaywall|"
    # A reader-funded page's ask, wherever in its sentence: "If you value our reporting,
    # donate from $5", "chip in from £3", "give from €2 a month".
    # "Support us from £3 a month", "back us for $5": the same ask, the reader told whom to pay.
    rf"(?:donate|contribute|chip in|give|support us|back us)(?: now| today)? (?:for|from) "
    rf"{_PRICE}|"
    r"(?:^|(?<=[.!?] ))(?:upgrade (?:now|today|here|to (?:a )?(?:paid|premium|pro|full)|"
    # "Upgrade to X Pro for N1,500 a month": the newsletter's paid tier, by its name.
    r"to [\w’'-]+ (?:pro|premium|plus|gold)\b|"
    r"for (?:just |only )?[£$€]\d[\d.,]* ?(?:a|per|/) ?(?:month|year|week|mo|yr))|"
    r"go (?:premium|paid|pro)|donate (?:now|today|here))|"
    # A metered paywall's count of what the reader has used ("You've read 4 articles this
    # month"), and its offer at a sentence's start: "Get 3 months for £1", "Only £2 a week",
    # "Try it free for 30 days", "Join for $1", "Subscribe from £1.50 a week".
    r"you(?:['’]ve| have) (?:read|viewed|used|enjoyed) (?:\d+|all|your|one|two|three|four|five)"
    r"\b[^.!?]{0,30}?\b(?:articles?|stories|pieces|free)|"
    rf"{_SENTENCE_START}(?:{_OFFER}))\b",
    re.IGNORECASE,
)
_PROMPT_WORDS = 16
# A line that opens by telling the reader to subscribe, sign up, upgrade or donate ("Subscribe
# to X Plus for only $9 a month and get unlimited access to all our stories") is a prompt at
# any length such a line runs to, not only a short one.
# So does a sentence that asks on a condition ("If X helps you keep up with City Hall, become a
# member for as little as $5 a month.").
_ASKING_LINE = re.compile(
    r"^(?:Subscribe|Sign up|Upgrade|Donate|Join|(?:If|When)\b[^,.!?]{1,90},\s+(?:please\s+)?"
    r"(?:become|subscribe|sign up|donate|join|support us|chip in)\b)"
)
_ASKING_LINE_WORDS = 30
# What news says and a prompt never does: who said it ("the company said", "according to").
# A line about subscribers or a newsletter that reports someone's words is the story's.
_REPORTED = re.compile(
    r"\b(?:said|says|told|according to|announced|reported|(?:rules|figures|accounts|filings) "
    r"(?:say|show))\b",
    re.IGNORECASE,
)
# The sentences of a line, for a line of prompts that runs past one prompt's length.
_LINE_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"‘])")
_STAMP_WORD = re.compile(r"^(?:last\s+)?(?:updated|published|posted|modified)\b", re.I)
# Text that ends on a clock time's "a.m." or "p.m.", whose stop ends no sentence (the sentence
# splitter in extract reads it too).
CLOCK_END = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
_MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# A timestamp: a clock time, a date in figures, "3 hours ago", or a date after "Updated".
# A clock time with a full stop ("4.05pm", "the 7.30 train") is no amount: a decimal that a
# money sign opens or a scale or a unit closes ("€1.38bn", "2.41m visitors", "4.25%", "1.25
# million") is not a time.
# Nor is a decimal a measure follows ("2.35 metres: the height the river reached", "0.8 degrees").
_DECIMAL_TIME = (
    r"(?<![$€£¥₹])\d{1,2}\.\d{2}(?=[ap]\.?m|[^\w%]|$)"
    r"(?!\s?(?:thousand|million|billion|trillion|per\s?cent|percent|pc|degrees?|°|"
    r"(?:milli|centi|kilo)?met(?:re|er)s?|[mck]m|kg|tonnes?|miles?|inches|feet|litres?|"
    r"points?|pts|percentage)(?!\w))"
)
_TIMESTAMP = re.compile(
    rf"\b(?:\d{{1,2}}:\d{{2}}|{_DECIMAL_TIME})"
    r"\s?(?:[ap]\.?m\.?|GMT|BST|UTC|ET|EST|EDT|CET|[A-Z]{2,4}T)?(?!\.?\d)|"
    r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|"
    r"weeks?)\s+ago\b|"
    rf"^(?:last\s+)?(?:updated|published|posted|modified)\b.*(?:\b(?:19|20)\d{{2}}\b|"
    rf"\b{_MONTH_NAME}\s+\d)",
    re.IGNORECASE,
)
_CHROME_LINES = [
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"^\d+(?:\s+\d+)*$",  # share and comment counters: "0 0"
        r"^Reuse this content\b",
        r"^Follow the topics in this article$",
        r"^(?:Share|Tweet|Email|Print|Save)(?: this(?: article| story)?)?$",
        r"^Recent Features$",
        r"^Write (?:a |your )?(?:comment|response|reply)\s*(?:…|\.\.\.)?$",
        # A thread's links to what it hides: "View 121 more comments", "See all responses",
        # "Load more replies", "Show 3 replies".
        r"^(?:View|See|Show|Load|Read)\s+(?:all\s+)?(?:\d[\d,.]*[km]?\s+)?"
        r"(?:more\s+|previous\s+|earlier\s+|other\s+)?(?:comments?|replies|reply|responses)$",
        # A video player's rail ("MUST WATCH (15 Videos)", "JUST WATCHED ...").
        r"^(?:MUST WATCH|JUST WATCHED)\b",
        # A gallery's button to open all of it ("Show all 50", "View all 12 photos").
        r"^(?:View|See|Show)\s+all\s+\d{1,4}(?:\s+(?:photos?|images?|pictures?|slides?))?$",
        # A gallery's label and its count ("Gallery: X One | 14 Photos", "12 images"), session
        # 54.
        r"^(?:(?:Photo\s+)?Gallery|Slideshow|In\s+pictures)\b.{0,80}?[|:·-]\s*\d{1,4}\s+"
        r"(?:photos?|images?|pictures?|slides?)$",
        r"^\d{1,4}\s+(?:photos?|images?|pictures?|slides?)$",
        # An advert's small print closes it ("Earn 4.75% AER on X. Rate variable. T&Cs
        # apply."): a sponsor's line, however many figures it quotes, not the story's.
        # "T&C apply" is written singular too.
        r"^(?=(?:\S+\s+){0,39}\S+$).*\b(?:Ts?\s?&\s?Cs?|terms(?:\s+and\s+conditions)?|"
        r"conditions)\s+apply\.?$",
        # A police appeal's call for witnesses ("Anyone with information is asked to contact
        # X on 101, quoting crime reference ..."): how to reach the force, not a claim.
        r"^(?:Anyone|Anybody|Witnesses|Those|People)\s+(?:with|who\s+(?:has|have|saw|witnessed|"
        r"knows?))\b.{0,80}\b(?:(?:is|are)\s+(?:asked|urged|encouraged|being\s+asked)|"
        r"should)\s+(?:to\s+)?(?:contact|call|ring|phone|get\s+in\s+touch|report|come\s+forward)\b",
        # A programme's catch-up line: "Watch again on X Player (available for 30 days).",
        # "Listen back on the app".
        r"^(?:Watch|Listen)\s+(?:again|back|live|now|in\s+full)\s+(?:on|via|at|in)\s+"
        r"(?=(?:\S+\s+){0,14}\S+$)\S",
        r"^Advertisement$",
        # A support line under a distressing story ("If this story has raised concerns for
        # you, X is available 24 hours a day on 1800 ...", "If you or someone you know is
        # struggling, call ..."): where to get help, not a claim.
        r"^If\s+(?:this|the\s+above)\s+(?:story|article|report|piece)\s+(?:has\s+)?(?:raised|"
        r"raises|brought\s+up)\s+(?:issues|concerns)|^If\s+you(?:\s+or\s+someone\s+you\s+know)?"
        r"\s+(?:are|is|have\s+been|need|feel)\s+(?:affected|struggling|in\s+distress|support|"
        r"help)\b.{0,120}(?:\d{3,}[\s-]?\d{3,}|\S@\S)",
        r"^Sign up\b.*\bnewsletter\b",
        r"^Skip to (?:main )?content$",
        # A wire story's exchange rate for its conversions ("($1 = 0.7893 pounds)"): the
        # working behind the figures in brackets, not a claim.
        r"^\(\s*(?:[$€£¥]|[A-Z]{3}\s?)?1\s*=\s*[^()]{1,40}\)$",
        # A betting advert's legal notice: an age limit opening it, or the plea to gamble
        # responsibly, in a short line ("18+ | Gamble responsibly | T&Cs apply").
        r"^(?=(?:\S+\s+){0,11}\S+$)(?:(?:1[89]|21)\+(?=.*\b(?:gambl|bet|odds|wager))"
        r"|(?:.*\b)?(?:please\s+)?(?:gamble|bet|play)\s+(?:responsibly|safely|safer)\b)",
        # Whom the press may call, a label and a colon, then an address or a number ("Media
        # enquiries: press@example.org, available 24 hours", "Press office: 020 7946 0000"):
        # the issuer's contact, not a claim; the label alone too, its address on the next line.
        r"^(?:(?:Media|Press|News)\s+(?:enquiries|inquiries|queries|contacts?|office|desk)|"
        r"For\s+(?:media|press)\s+(?:enquiries|inquiries|queries))\s*:"
        r"(?:\s*$|.*(?:\S@\S|\d{3,}[\s-]?\d{3,}))",
    )
]
# A page's counters of what readers did with it: "1.4k shares", "Shares: 1,204 | Comments: 87",
# "2.3K views", "Likes 45", "312 shares · 48 comments". A whole line of them is chrome; a
# sentence about shares ("Shares in the company fell 4%") is not a line of counters. A lone
# comment count ("3 comments", "Comments (4)") is the comment thread's heading, left to it.
_COUNT = r"\d[\d,.]*\s?[kKmM]?"
_COUNTER_NOUN = (
    r"(?:shares?|comments?|views?|likes?|reactions?|reads?|retweets?|reposts?|claps?|upvotes?|"
    r"saves?|plays?|listens?)"
)
_COUNTER = (
    rf"(?:{_COUNT}\s+{_COUNTER_NOUN}|{_COUNTER_NOUN}(?:\s*:\s*|\s+){_COUNT}"
    # A button that counts for one network ("Share on Facebook (47)").
    rf"|{_COUNTER_NOUN}(?:\s+(?:on|to|via)\s+[A-Z][\w.]*)?\s*\({_COUNT}\))"
)
_COUNTER_LINE = re.compile(rf"^{_COUNTER}(?:\s*[|·•,/]?\s*{_COUNTER})*$", re.IGNORECASE)
_COMMENT_COUNTER = re.compile(r"\bcomments?\b", re.IGNORECASE)


def _without_icons(content: str) -> str:
    """A line with its icons (emoji, arrows, pictographs: "💬 63 Comments", "↗ 1.2k shares")
    made spaces: a counter's icon says what it counts, as its word does."""
    if content.isascii():
        return content
    bare = "".join(
        " " if unicodedata.category(char) == "So" or char == "\ufe0f" else char for char in content
    )
    return " ".join(bare.split())


# An icon with a bare count after it, in a field of its own ("💬 212", "👁 3.4k"): the icon says
# what it counts, as a counter's noun does ("212 comments").
_ICON_COUNT_FIELD = re.compile(rf"^(?P<icon>[^\w\s]+)\s*(?P<count>{_COUNT})$")


def _icon_counts_named(content: str) -> str:
    """A line whose icon counts (`_ICON_COUNT_FIELD`) read as counts of reactions."""
    if content.isascii():
        return content
    fields = _BAR_FIELDS.split(content.strip())
    for number, cell in enumerate(fields):
        found = _ICON_COUNT_FIELD.match(cell)
        if found and all(
            unicodedata.category(char) == "So" or char == "\ufe0f" for char in found["icon"]
        ):
            fields[number] = f"{found['count']} reactions"
    return " | ".join(fields)


def _is_counter_line(content: str) -> bool:
    """Whether a line is a page's counters (`_COUNTER_LINE`), not only a count of comments, or
    a share bar that carries one (`_is_share_bar`), its icons aside."""
    content = _without_icons(_icon_counts_named(content))
    if not _COUNTER_LINE.match(content):
        return _is_share_bar(content)
    counters = re.findall(_COUNTER, content, re.IGNORECASE)
    return any(not _COMMENT_COUNTER.search(counter) for counter in counters)


# A share bar: a row of buttons set off by bars or dots, the places to share the page to and
# perhaps its label ("Share | Email | Print | 46 shares", "Share this page: Email | Copy link |
# 2.3K shares"), with a counter in the row. Every field but the counter is a button's
# short label with no figure in it; a row of figures ("Turnout | 61% | 12 shares") is a table's.
_BAR_FIELDS = re.compile(r"\s*[|·•]\s*")
_COUNTER_FIELD = re.compile(_COUNTER, re.IGNORECASE)
_BUTTON_WORDS = 4
# A row that opens on the word "Share" may count on a button itself, in brackets ("Share:
# Facebook (214) | X | Email"); without that word a row of names with counts in brackets is a
# table's ("North (214) | South (180) | East (95)").
_SHARE_ROW = re.compile(r"^Share\b", re.IGNORECASE)
_BUTTON_COUNT = re.compile(rf"\S\s*(?P<count>\({_COUNT}\))$")
# A player's button may carry its length in brackets ("Listen (6 min)", "Watch (2:31)"); and a
# row with a button that acts on the page (share it, gift it, listen to it) is the page's
# toolbar, even where its only counter counts comments ("Comments (27) | Gift this article |
# Listen (6 min)").
_BUTTON_LENGTH = re.compile(r"\s*\((?:\d+\s*min(?:ute)?s?|\d{1,2}:\d{2})\)$", re.IGNORECASE)
_PAGE_ACTION = re.compile(
    r"^(?:share|gift|save|print|listen|watch|email|copy\s+link|bookmark|follow)\b", re.IGNORECASE
)


# A row that opens on its "Share" label and holds nothing but the networks to share to, some
# counted ("Share | Facebook 1.4k | X | Email | Copy link", "[Share] WhatsApp Facebook LinkedIn
# | 2.3K shares").
_NETWORK = (
    r"(?:Facebook|X|WhatsApp|LinkedIn|E-?mail|Print|Copy(?: link)?|Telegram|Reddit|"
    r"Pinterest|Messenger|Threads|Bluesky|Mastodon|SMS|Flipboard)"
)
_NETWORKS_ROW = re.compile(
    rf"^\[?Share(?: this(?: page| story| article)?)?\]?:?"
    rf"(?:(?:\s*[|·•]\s*|\s+)(?:{_NETWORK}(?:\s+{_COUNT})?|{_COUNTER}))+$",
    re.IGNORECASE,
)


def _is_share_bar(content: str) -> bool:
    if _NETWORKS_ROW.match(content.strip()):
        return True
    fields = [field for field in _BAR_FIELDS.split(content.strip()) if field]
    if len(fields) < 3:
        return False
    counters = [field for field in fields if _COUNTER_FIELD.fullmatch(field)]
    buttons = [field for field in fields if field not in counters]
    counted_buttons = False
    if _SHARE_ROW.match(content):
        found = [_BUTTON_COUNT.search(button) for button in buttons]
        counted_buttons = any(found)
        buttons = [
            button[: count.start("count")] if count else button
            for button, count in zip(buttons, found, strict=True)
        ]
    buttons = [_BUTTON_LENGTH.sub("", button) for button in buttons]
    acts_on_page = any(_PAGE_ACTION.match(button) for button in buttons)
    if not counted_buttons and (
        not counters
        or (all(_COMMENT_COUNTER.search(counter) for counter in counters) and not acts_on_page)
    ):
        return False
    return all(
        len(button.split()) <= _BUTTON_WORDS and not any(char.isdigit() for char in button)
        for button in buttons
    )


# A social page's line about an account or a group: its audience counted beside labels ("Public
# group · 8.4K members", "2.3K Followers · Writer for X"): the page's furniture.
_AUDIENCE_COUNT = re.compile(
    rf"^{_COUNT}\s+(?:members|followers|subscribers|following|fans|connections)$", re.IGNORECASE
)
_PROFILE_LABEL_WORDS = 6


def _is_profile_line(content: str) -> bool:
    fields = [field for field in _BAR_FIELDS.split(content.strip()) if field]
    counts = [field for field in fields if _AUDIENCE_COUNT.match(field)]
    return (
        len(fields) >= 2
        and bool(counts)
        and all(
            len(field.split()) <= _PROFILE_LABEL_WORDS and not any(c.isdigit() for c in field)
            for field in fields
            if field not in counts
        )
    )


# A row of a newsletter's buttons with its ask among them ("Share X | Read past issues |
# Upgrade to paid ($9/month)"): the ask may carry a price, the other buttons no figure.
def _is_button_row(content: str) -> bool:
    fields = [field for field in _BAR_FIELDS.split(content.strip()) if field]
    asks = [field for field in fields if _is_prompt(field)]
    return (
        len(fields) >= 2
        and bool(asks)
        and all(
            len(field.split()) <= _BUTTON_WORDS and not any(char.isdigit() for char in field)
            for field in fields
            if field not in asks
        )
    )


# A postal address on a line of its own, its parts set off by commas ("The Ledger, PO Box 2240,
# 111 22 Nordby", "Acme Ltd, 14 Mill Lane, Leeds LS1 4AB"): a box or a house number on a named
# street is one part; no part runs to a sentence.
_ADDRESS_PART = re.compile(
    r"^(?:(?:P\.?\s?O\.?\s+|Post\s+Office\s+)?Box\s+\d+|\d+[A-Za-z]?\s+(?:[A-Z][\w'’-]*\s+){1,3}"
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Way|Place|Pl|Square|Sq|Boulevard|Blvd|"
    r"Court|Ct|Terrace|Parade|Quay|Row|Close|Crescent|Highway|Hwy|Gate|Gatan|Vej|Strasse)\.?)$"
)
_ADDRESS_PART_WORDS = 5


def _is_address_line(content: str) -> bool:
    parts = [part.strip() for part in content.strip().rstrip(".").split(",")]
    return (
        2 <= len(parts) <= 6
        and any(_ADDRESS_PART.match(part) for part in parts)
        and all(part and len(part.split()) <= _ADDRESS_PART_WORDS for part in parts)
    )


# A weather widget's line: a reading in degrees among short fields set off by bars or dots
# ("Nordby today: 36° / 24° · UV 9 · Pollen high · Full forecast"). A table's row (the page
# reader opens it on a bar) is data, not a widget.
_DEGREES = re.compile(r"-?\d+(?:\.\d+)?\s?°")
_WIDGET_FIELD_WORDS = 6


def _is_weather_widget(content: str) -> bool:
    fields = [field for field in _BAR_FIELDS.split(content.strip()) if field]
    return (
        not content.lstrip().startswith("|")
        and len(fields) >= 2
        and any(_DEGREES.search(field) for field in fields)
        and all(len(field.split()) <= _WIDGET_FIELD_WORDS for field in fields)
        and not _TERMINAL.search(content)
    )


# A page's links to its own files, with their type and size ("Download full report (PDF, 2.4
# MB) | Download summary (PDF, 410 KB) | Print this page"): the size of a file is no claim.
_FILE_NOTE = re.compile(
    r"\s*\((?:PDF|DOCX?|XLSX?|CSV|ODS|ODT|RTF|EPUB|ZIP|PPTX?|MP3|MP4)\b[^()]{0,30}\)",
    re.IGNORECASE,
)
_FILE_ACTION = re.compile(r"^(?:Download|Print|Share|Save|Email|View|Open|Read)\b", re.IGNORECASE)
_FILE_LINK_WORDS = 6


def _is_download_row(content: str) -> bool:
    fields = [field for field in _BAR_FIELDS.split(content.strip()) if field]
    if not any(_FILE_NOTE.search(field) for field in fields):
        return False
    return all(
        _FILE_ACTION.match(field)
        and len((bare := _FILE_NOTE.sub("", field)).split()) <= _FILE_LINK_WORDS
        and not any(char.isdigit() for char in bare)
        for field in fields
    )


# An audio or a video teaser: the medium and a colon, then the title of what to play ("Listen:
# The River Nobody Owns, a three-part series (28 mins)", "Watch: ... (2:31)", "Podcast: ...,
# episode 3"). A line of a page's furniture, not the story's sentence ("Watch crews said ...").
# A listening time alone ("Listen: 4 min") dates the page's header and is left to it.
_MEDIA_TEASER = re.compile(
    r"^(?:Listen|Watch|Podcast|Video|Audio|Play)(?:\s+(?:again|now|live|more|back|in\s+full))?"
    r"\s*[:|–—]\s*\S",
    re.IGNORECASE,
)
_MEDIA_TEASER_WORDS = 30


def _is_media_teaser(content: str) -> bool:
    """Whether a line is an audio or a video teaser (`_MEDIA_TEASER`), short and reporting no
    one's words."""
    return (
        bool(_MEDIA_TEASER.match(content))
        and len(content.split()) <= _MEDIA_TEASER_WORDS
        and not _READING_TIME.match(content)
        and not _REPORTED.search(content)
    )


# A heading may carry the section's count: "Comments (3)", "Join the conversation (12)", and
# the thread's sort order after a bar ("Comments (4) | Sort by: Newest"); a blog's heading
# names the post ("2 thoughts on “...”", "5 responses to “...”").
_COMMENTS_HEADING = re.compile(
    r"^(?:(?:Join the Conversation|\d+\s+Comments?|Comments|Reader comments|"
    # A social network's thread set under the story ("Comments from Facebook (63)").
    r"Comments\s+(?:from|on|via)\s+[A-Z][\w.]*|"
    r"Leave a (?:Reply|comment)|What readers say|Responses(?=\s*\(\d+\))|"
    # "Discussion" alone is as often a crosshead of the story (over a poll's analysis): the
    # thread's with its count, or as a newsletter heads it ("Discussion about this post").
    r"Discussion(?=\s*\(\d+\))|Discussion about this (?:post|story|article)|"
    # A social thread's sort order heads it ("Most relevant ▾", "Top comments", "Newest first").
    r"(?:Most relevant|Top comments|All comments|Newest first|Oldest first)(?:\s*[▾▼⌄])?)"
    r"(?:\s*\(\d+\))?"
    r"(?:\s*[|·•]\s*(?:Sort(?:ed)?|Order(?:ed)?|Show)\b.*)?|"
    r"\d+\s+(?:thoughts?|responses?|repl(?:y|ies)|comments?)\s+(?:on|to)\s+[“\"‘'].*)$",
    re.IGNORECASE,
)
# A newsletter sets its button to the comments mid-post, between the paragraphs of its story
# ("Leave a comment", beside "Share"): a button, not the thread's heading, wherever it stands;
# a thread under it opens on its own shape.
_COMMENT_BUTTON = re.compile(r"^Leave a (?:comment|reply)$", re.IGNORECASE)
# The furniture of a comment thread: when each was posted, and what a reader may do to it. A
# comment is dated as often as it is timed ("May 19", "September 9, 2025 at 7:14 pm", "19 May
# 2025, 10:02").
_COMMENT_TIME = re.compile(
    r"^(?:\d+\s*(?:s|m|h|d|w|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|"
    r"years?)\s+ago|just now|an? (?:minute|hour|day|week|month|year) ago|"
    # A newsletter's thread says it compactly, under the commenter's name ("2h", "5d").
    r"\d{1,3}[hdw]|"
    rf"(?:{_MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_NAME})"
    r"(?:,?\s+(?:19|20)\d{2})?(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?)$",
    re.IGNORECASE,
)
# A commenter's line may carry the comment's time after a bar ("quayside_kate | 2 hours ago")
# or say that the commenter speaks ("Yvette B. says:", "Tom wrote:").
_COMMENTER_WITH_TIME = re.compile(r"^(?P<name>[^|·•]{1,40}?)\s+[|·•]\s+(?P<time>.+)$")
_COMMENTER_SAYS = re.compile(r"^(?P<name>\S.{0,38}?)\s+(?:says|said|wrote|writes)\s*:$", re.I)
_COMMENT_ACTION = r"(?:Reply|Replies|Like|Likes|Report|Flag|Share|Recommend|Upvote|Downvote)"
_COMMENT_ACTIONS = re.compile(
    rf"^(?:\d+\s+)?{_COMMENT_ACTION}(?:\s*\(\d+\))?(?:\s*[·|•/]?\s*(?:\d+\s+)?"
    rf"{_COMMENT_ACTION}(?:\s*\(\d+\))?)*$",
    re.IGNORECASE,
)
_WEEKDAY_NAME = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|"
    r"fri|sat|sun)\.?"
)
# A wire story's dateline opens its first paragraph: the place in capitals, perhaps a region
# and a date, the agency in brackets, a dash ("PLACE, Region, Aug 12 (Agency) -"). The date may
# be a weekday, with or without the day of the month ("Fri 4", "Tue., Aug 12", "Thursday"). The
# place alone in capitals before a dash is one too ("PLACE — ..."); a capitalised word is not.
_WIRE_DATELINE = re.compile(
    # Two places share one dateline with a slash ("PLACE/OTHER PLACE, March 7 (Agency) -").
    r"^(?P<place>[A-Z][A-Z'’.-]*[A-Z.](?:(?:\s+|\s?/\s?)[A-Z][A-Z'’.-]*[A-Z.])*)"
    r"(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*){0,2}"
    rf"(?:,?\s+(?i:{_WEEKDAY_NAME}),?(?=\s))?"
    rf"(?:,?\s+(?:(?i:{_MONTH_NAME})\s+\d{{1,2}}|\d{{1,2}}(?:\s+(?i:{_MONTH_NAME}))?))?"
    r"\s*(?:\((?P<agency>[^()\n]{2,40})\)\s*)?[-–—]{1,2}(?=\s+\S)"
)
# The place in capitals and a colon, as papers in Malaysia, India and Nigeria open a story
# ("KUALA LUMPUR: A former finance manager ..."): a dateline where no other line of the page
# opens on a label in capitals and a colon, as a transcript's speakers do ("MOOR: ..."), and
# only on the story's first paragraph.
_COLON_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'’.-]*[A-Z.](?:\s+[A-Z][A-Z'’.-]*[A-Z.])*):(?=\s+[A-Z“\"‘])"
)
_COMMENT_HEADER = re.compile(r"^(?P<indent>[ ]*)\d{1,3}\.\s+(?P<name>[^\s].{0,40})$")
# A credit names who took or owns a picture: "Jane Doe/Picture Agency", "JANE DOE / AGENCY", an
# agency's capitals before the photographer ("AGENCY/Jane Doe") or before PHOTO, or words of
# the trade (photo, images, illustration, pool, handout).
_CREDIT_PAIR = r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}\s?/\s?[A-Z]"
_CREDIT_WORDS = re.compile(
    r"\b(?:Photo|photo|Photos|photos|Images|Pictures|illustration|Illustration|Pool|Handout|"
    rf"handout)\b|{_CREDIT_PAIR}"
)
# A gallery's counter under its picture ("1 of 12 photos", "3/8 Images", "Slide 2 of 9"): where
# the reader stands in the gallery, no claim.
_GALLERY_COUNTER = re.compile(
    r"^(?:(?:Photo|Image|Picture|Slide)\s+\d{1,3}\s*(?:of|/)\s*\d{1,3}"
    r"|\d{1,3}\s*(?:of|/)\s*\d{1,3}\s+(?:photos?|images?|pictures?|slides?))\s*$",
    re.IGNORECASE,
)
_CREDIT_LINE = re.compile(
    r"^(?:\(.*\)|©\s*\S.{0,80}|(?:Credit|Photo|Photograph|Picture|Image|Source)\s*:\s*\S.{0,80})$"
)
# Where a syndicated story ran first ("This story originally appeared on X under the headline
# "...".", "This article was first published in Y"): a credit; the headline it quotes is the
# other site's, no claim of this page.
_SYNDICATION_NOTE = re.compile(
    r"^This\s+(?:story|article|piece|report|column)\s+(?:was\s+)?"
    r"(?:originally|first)\s+(?:appeared|published|ran|posted)\s+(?:on|in|at|by)\b"
)
# An embedded post's signature, as a page without the network's script shows it: "— Name
# (@handle) April 5, 2025", perhaps with its counts after it. A credit: the post above it is
# the poster's (intake's `_signed_below`), the date and counts no claim.
POST_SIGNATURE = re.compile(r"^[—–]\s*(?P<name>[^()\n@]{2,80}?)\s*\(@[\w.]{2,40}\)")
# The credit that ends a caption: "(Photo: Name)", "File photo by Name", "Picture by Name",
# "Picture: Name", "| Photo Credit: R. Name", "(Courtesy of Name)", the label in capitals
# ("PHOTO: NAME FILE") or set off by a slash ("Photo / Name"). The name may open on initials,
# whose full stops end no sentence.
_CREDITED_INITIALS = r"(?:[A-Z]\.\s?)*"
_PICTURE_LABEL = r"(?:Photo|Photograph|Picture|Image|PHOTO|PHOTOGRAPH|PICTURE|IMAGE)s?"
_TRAILING_CREDIT = re.compile(
    r"(?:\((?:(?:File\s+)?(?:Photo|Photograph|Picture|Image|Credit|Courtesy)\b[^()]*)\)|"
    r"\b(?:(?:File|Cover|Handout)\s+)?(?:[Pp]hoto|[Pp]hotograph|[Pp]icture|[Ii]mage)s?\s+"
    rf"(?:by|courtesy of)\s+{_CREDITED_INITIALS}[A-Z][^.!?]{{0,60}}|"
    rf"\b(?:{_PICTURE_LABEL}|(?:Credit|CREDIT|Source|Illustration|ILLUSTRATION)s?)\s*:\s*"
    rf"{_CREDITED_INITIALS}[A-Z(][^.!?:]{{0,60}}|"
    rf"\b{_PICTURE_LABEL}\s+/\s+[A-Z][^.!?:/]{{0,60}}|"
    # "Gazette file photo/Ada Moor": a paper's file picture, credited after a slash.
    r"\b[Ff]ile\s+(?:photo|picture|image)s?\s*/\s*[A-Z][^.!?:/]{0,60})\s*$"
)
_INLINE_CREDIT = re.compile(
    rf"{_TRAILING_CREDIT.pattern}|\((?:Photo|Photo credit|Image|Credit)[^()]*\)|\([^()]*{_CREDIT_PAIR}[^()]*\)"
    r"|\s©\s*[^©\n]{2,80}$|\s+[A-Z]{3,}/[A-Z][a-z]+\s[A-Z][^\n]*$|\s/\s?[A-Z]{2,}\sPHOTO\s?/.*$"
)
_CAPTION_HINTS = re.compile(
    _TRAILING_CREDIT.pattern + "|"
    r"\(Photo by|Photo credit|\b[A-Z]{3,}/[A-Z][a-z]+\s[A-Z]|\b[A-Z]{2,}\sPHOTO\b|\(FILES\)|"
    rf"^Cover photo:|\s©\s*\S|\([^()]*{_CREDIT_PAIR}[^()]*\)\s*$|"
    r"\([^()]*\b(?:Images|Pictures)\)\s*$|"
    # A placeholder a page's text keeps where its chart or picture stood ("[Chart 1: Annual
    # growth in pay, 2019 to 2024. Source: X]").
    r"^\[(?:Chart|Graph|Graphic|Image|Photo|Picture|Map|Video|Audio|Infographic|Figure)"
    r"(?:\s+\d+)?\s*:[^\]]*\]\s*$"
)
# A page's note on its own corrections ("This article was amended on ... to correct ...", "An
# earlier version said 79.", "Correction: ...", "Clarification (March 4): ...", "Editor's note:
# ...", "ERRATUM: ...", "CORRIGENDUM: ...", "For the record: ...", the label dated after a
# comma, "Correction, 15 May: ...", a dated verb, "Amended on 2 June: ...", the page's own
# sentence in brackets, "(This story has been corrected to show ...)"), and a wire story's tag
# under its headline, a whole line in brackets opening with what the refiled story changes
# ("(Corrects turnout in paragraph 3 to 61.2 percent from 62.1 percent)", "(Adds quotes,
# background)"): the page's record of its mistakes and edits, kept for the reader, never a
# claim. The whole paragraph is the note, so its follow-on sentences ("It is 721.") go with it.
_PAGE_WORDS = r"(?:article|story|report|piece|post|page|headline|version|item|graphic|chart)"
_CORRECTION_NOTE = re.compile(
    # A live page's or a blog's update label may open it ("Update, 14:20: An earlier version").
    r"^(?:Updated?\b(?:[^:\n]|:(?=\d)){0,25}:\s*)?"
    rf"(?:\(?This\s+{_PAGE_WORDS}\s+(?:was|has\s+been|had\s+been|is\s+being)\s+"
    r"(?:amended|corrected|updated|changed|edited|clarified)\b|"
    rf"(?:An?|The)\s+(?:earlier|previous|older|original|print)\s+(?:{_PAGE_WORDS}|edition)\b|"
    r"(?:Amended|Corrected|Clarified)\s+on\s+[^:\n]{1,40}:|"
    # An editor's note is one only where it speaks of an error or a change: one that says
    # what follows ("Editor's note: The bulletin below was published by X") is the page's.
    r"Editor['’]s\s+note\s*[:—–-](?=[^\n]*?\b(?:correct|amend|earlier\s+version|previous\s+"
    r"version|misstat|misspel|misidentif|misattribut|incorrect|error|clarif|should\s+have|"
    r"updated\s+to|removed|withdrawn|retract))|"
    r"(?:Corrections?|Clarifications?|Amendments?|Errat(?:um|a)|"
    r"Corrigend(?:um|a)|Retractions?|For\s+the\s+record)\b"
    r"(?:\s*(?:and|&)\s*clarifications?)?"
    r"(?:(?:\s*\([^()\n]{1,40}\))?\s*[:—–-]|\s*,\s*[^,:\n]{0,30}\d[^,:\n]{0,30}:)|"
    r"\((?:Corrects|Fixes|Clarifies|Updates|Adds|Recasts|Changes|Removes|Amends|Refiles|"
    r"Rewrites|Deletes|Replaces)\b[^()\n]*\)\s*$)",
    re.IGNORECASE,
)
# A result's or a match's box of labelled values ("Scorers: Moor 12, Roe 80. Attendance:
# 21,400."): each field a short label and a colon, its value names and figures with no word of
# running prose (a lowercase word), so the box records the result rather than stating a claim
# ("Rail: a third of services cancelled" is a headline, not a box).
# A transcript's speaker ("MOOR: 40.") or an interview's answer ("A: 40.") is no label: the
# label is a capitalised word of three letters or more.
_STATS_LABEL = re.compile(r"(?:^|(?<=[.;])\s+)(?P<label>[A-Z][a-z][\w’'-]+(?:\s+[\w’'-]+){0,2}):\s")
_STATS_CONNECTORS = frozenset({"and", "v", "vs"})
# Where a press release's own boilerplate begins ("Notes to editors", "Editor's notes"): the
# numbered notes, the "About us" and the media contact after it are the issuer's furniture.
_RELEASE_NOTES = re.compile(
    r"^(?:Notes?\s+(?:to|for)\s+(?:the\s+)?editors?|Editors?['’]?s?\s+notes?)\s*:?$", re.I
)
# A paper that runs a press release may add its own reporting after the release's notes,
# under its own name ("The Evening Star adds: ...", "Herald adds:"): the story again, the
# publisher's, where the notes end.
_PUBLISHER_ADDS = re.compile(r"^(?:The\s+)?[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,3}\s+adds\s*:\s")
# A live blog's entry opens on a line that is its time alone ("16:05 BST", "4.05pm"); the
# short line under it is the entry's headline, which sums up the entry below it.
_ENTRY_TIME = re.compile(
    r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|GMT|BST|UTC|CET|CEST|[A-Z]{1,2}[SD]?T)?$", re.I
)
# "(c)" is the copyright sign typed on a keyboard ("(c) 2026 The Lantern, a nonprofit newsroom").
_COPYRIGHT = re.compile(
    r"^(?:Copyright\b|©|\(c\)\s+(?=(?:19|20)\d{2}\b)).*(?:rights reserved|\b(?:19|20)\d{2}\b)",
    re.I,
)
# A clock time, or a reading or listening time ("5 min read", "14 minute read", "a 9-minute
# read", "4 min listen").
_DATELINE = re.compile(
    r"\b\d{1,2}:\d{2}\s?(?:AM|PM)\b|\b\d+[\s-]+min(?:ute)?s?\s+(?:read|listen)\b", re.IGNORECASE
)
# A reading or listening time as a whole line, said with what it times ("Estimated reading
# time: 7 minutes", "Listen to this article Estimated 7 minutes", "Listen: 4 min", "Reading
# time: 6 mins"): how long the page takes, not a claim. "An estimated 7 minutes" in a sentence
# is the story's.
# So is a clip's or an interview's length on its player ("Duration: 11 min 42 sec", "Running
# time: 3:42").
_READING_TIME = re.compile(
    r"^(?:(?:Listen(?:\s+to\s+(?:this|the)\s+(?:article|story|piece))?|Estimated|"
    r"(?:Estimated\s+)?(?:reading|listening|read|listen|audio)\s+(?:time|length)|Duration|"
    # A radio script's timing of an item ("DUR: 0'17\"", "TOTAL DUR: 1'52\"").
    r"(?:Total\s+)?Dur|Running\s+time|Run\s+time)\s*:?\s*)+"
    r"(?:about\s+|approx\.?\s+|~)?(?:\d+\s*(?:min(?:ute)?s?|mins?)(?:\s+\d+\s*(?:sec(?:ond)?s?|s))?"
    r"|\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}['’]\d{2}(?:\"|”|'')?)\.?$",
    re.IGNORECASE,
)
# A byline may name two or three reporters, where they filed from and their role or desk ("By
# Ada Moor and Ben Roe", "By Ada Moor, Ben Roe & Cy Lee", "By Ada Moor in Lagos", "By Ada Moor,
# local democracy reporter", "By Ada Moor | Economics Editor"): capitalised names, then a few
# words with no figure. A byline read as a heading lets its reporter stand, unintroduced, for
# "the council" that speaks first in the story.
_BYLINE_NAMES = r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}"
_BYLINE_PLACE = r"(?: in [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})?"
_BYLINE_ROLE = r"(?:(?:,| [|–—-]) [^\W\d_][^\d,|]{0,60})?"
_BYLINE = re.compile(
    rf"\b[A-Z]\w*:\s*@\w+|^By {_BYLINE_NAMES}(?:(?:,| and| &) {_BYLINE_NAMES}){{0,3}}"
    rf"{_BYLINE_PLACE}{_BYLINE_ROLE}$"
)
_TERMINAL = re.compile(r"[.!?:;”\"’')\]]$")
# A headline or standfirst of two clauses a semicolon or a colon joins ("Fares to rise 9%;
# operator blames fuel", "Harbour 2030: a £900m bid and a budget twice the estimate"), perhaps
# ending on a quotation with no stop inside it (... insists it "pays fairly"): a line with no
# sentence ending inside it or at its end. A paragraph of the body ends on a full stop.
_HEADLINE_WORDS = 40
_STOP_INSIDE = re.compile(r"[.!?…][”\"’')\]]*\s+\S")
_STOP_AT_END = re.compile(r"[.!?:;…)\]]$")
_CLOSING_QUOTES = "”\"’'"
# A transcript names its speaker on a line of their own, their job (and firm) after a dash
# ("Ada Tamsley -- Chief Executive Officer", "Ben Roe - Halsmoor Securities - Analyst"): a line
# each turn of theirs repeats, no paragraph the page repeated.
SPEAKER_LINE = re.compile(
    r"^\s*(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\s+(?:--|[—–-])\s+"
    r"(?P<role>[^\n]{2,140}?)\s*$"
)
# A bullet or a list number opening a line ("• ", "- ", "3. "): the line is a list's item.
BULLET = re.compile(r"^\s*(?:[•▪◦·*‣-]|–|—|\d{1,2}[.)])\s+")
# A bullet that is a symbol, not a number.
_SYMBOL_BULLET = re.compile(r"^\s*(?:[•▪◦·*‣-]|–|—)\s+")
# A newsletter's or a magazine's issue line, its fields set off by bars or dots ("Issue 88 |
# Monday 2 June 2025 | Free edition", "Vol. 3, Issue 17 · 14 May 2024"): a field that dates
# it or numbers the issue, and no field that is a figure of its own (a table's row is one).
_FIELD_BAR = re.compile(r"\s+(?:\||·|•|//)\s+")
_ISSUE_NUMBER = re.compile(
    r"^(?:(?:Vol(?:ume)?\.?|No\.?|Number|Issue|Edition|Episode|#)\s*\d+[,\s]*)+$", re.I
)
_DAY_AND_MONTH = re.compile(
    rf"^(?:{_WEEKDAY_NAME},?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_NAME}"
    rf"|{_MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+(?:19|20)\d{{2}})?$",
    re.I,
)
_FIGURE_FIELD = re.compile(r"^[£$€]?\d[\d.,]*\s*(?:%|m|bn|k|pts?)?$", re.I)
_ISSUE_FIELD_WORDS = 6
# A citation: a line labelled as one ("Journal reference: ...", "Reference: ...", "Cite as:
# ..."), a line with a DOI, an ISBN or an ISSN, or a source named with its volume and pages
# ("Source: Review of Transport Studies, 2024, 18(3): 201-219"). A sentence that reports what
# the study found ("found", "shows") is the story's, whatever it cites.
_CITATION_LABEL = re.compile(
    r"^(?:Journal\s+references?|References?|Citations?|Cite\s+(?:this\s+\w+\s+)?as|"
    r"Bibliography|Full\s+(?:reference|citation))\s*:",
    re.IGNORECASE,
)
# A note on method under a poll or a survey, labelled as one ("Methodology: X interviewed 1,862
# adults online between ... Margin of error +/- 2.3 points."): the fine print of how the figures
# were made, which the story states where it reports them, not a claim of its own.
_METHOD_NOTE = re.compile(
    r"^(?:(?:Poll(?:ing)?|Survey|Research|Our)\s+)?(?:Methodology|Methods?|Technical\s+"
    r"(?:note|details)|Fieldwork|About\s+(?:this|the|our)\s+(?:poll|survey|research|data))\s*:",
    re.IGNORECASE,
)
_SOURCE_LABEL = re.compile(
    r"^(?:Sources?|Published\s+in|Paper|Study|Full\s+(?:paper|study|text)|Original\s+"
    r"(?:paper|study|research)|Journal)\s*:",
    re.IGNORECASE,
)
_BIBLIOGRAPHIC = re.compile(
    r"\bdoi(?:\.org/|\s*:)|\b10\.\d{4,9}/\S|\bE?ISBN\b|\b[EP]?ISSN\b", re.IGNORECASE
)
_VOLUME_PAGES = re.compile(
    r"\b(?:vol|volume|no|issue)\.?\s*\d+|\bpp?\.\s*\d+|\b\d+\s*\(\d+\)\s*:\s*\d+|"
    r"\b\d+\s*,\s*\d+\s*[-–]\s*\d+\b",
    re.IGNORECASE,
)
_FINDING_VERB = re.compile(
    r"\b(?:found|finds|find|shows?|showed|shown|suggests?|suggested|estimates?|estimated|"
    r"concluded|reported|said|says)\b",
    re.IGNORECASE,
)
_REFERENCE_WORDS = 40
# A pull quote: a line that is one quotation and nothing else, with no stop of its own before
# the closing mark (a quoted sentence in the story ends in one: "... street."), set large
# between paragraphs to repeat the story's words.
# The heading of a page's list of sources, under a fact check or an explainer: the lines under
# it cite documents (a title, a date, "tables 1 to 4") until the story's prose resumes.
_SOURCES_HEADING = re.compile(
    r"^(?:Sources?|References|Data\s+sources?|Sources?\s+and\s+(?:notes|methods?|methodology)|"
    r"Further\s+reading)\s*:?$",
    re.IGNORECASE,
)
_PULL_QUOTE = re.compile(r"^[“\"‘][^“”\"]{3,200}[^.!?,;:…“”\"‘’\s][”\"’]$")
_SENTENCE_INSIDE = re.compile(r"[.!?:;][”\"’')\]]?\s+\S")


@dataclass(frozen=True)
class Span:
    kind: str
    start: int
    end: int
    label: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "start": self.start, "end": self.end, "label": self.label}


@dataclass
class NormalisedText:
    """The normalised text, its marked spans, what was removed, and the way back to the
    original: `offsets[i]` is where normalised character i came from."""

    text: str
    original: str
    spans: list[Span] = field(default_factory=list)
    removed: list[dict[str, Any]] = field(default_factory=list)
    offsets: list[int] = field(default_factory=list)

    def original_position(self, position: int) -> int:
        if position >= len(self.offsets):
            return len(self.original)
        return self.offsets[position]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            at = self.original_position(start)
            return at, at
        return self.original_position(start), self.original_position(end - 1) + 1

    def kinds_at(self, start: int, end: int) -> set[str]:
        return {span.kind for span in self.spans if span.start < end and start < span.end}

    def label_at(self, position: int, kind: str) -> str:
        for span in self.spans:
            if span.kind == kind and span.start <= position < span.end:
                return span.label
        return ""

    def info(self) -> dict[str, Any]:
        """What is stored beside the snapshot: enough to show and reuse the marking."""
        counts: dict[str, int] = {}
        for item in self.removed:
            counts[item["kind"]] = counts.get(item["kind"], 0) + 1
        return {
            "version": NORMALISER_VERSION,
            "spans": [span.as_dict() for span in self.spans],
            "removed": self.removed,
            "removed_counts": counts,
        }


@dataclass
class _Line:
    text: str
    offsets: list[int]
    start: int  # original offset of the line's first character


def _fold_characters(original: str) -> tuple[str, list[int]]:
    """Odd spaces become plain spaces, zero-width characters and CRs go, and a table pasted
    from a page as tab-separated lines is set in the rows intake reads tables in
    (`_tab_table_rows`); offsets follow."""
    chars: list[str] = []
    offsets: list[int] = []
    rows = _tab_table_rows(original)
    for index, char in enumerate(original):
        if index in rows:
            # A row's opening bar, or the bar a run of tabs between cells stands for.
            bar = rows[index]
            chars.extend(bar)
            offsets.extend([index] * len(bar))
            continue
        if char in _ZERO_WIDTH:
            continue
        if char == "\r":
            if original[index + 1 : index + 2] == "\n":
                continue
            char = "\n"
        elif char == "\t" or (char != "\n" and unicodedata.category(char) == "Zs"):
            char = " "
        chars.append(char)
        offsets.append(index)
    return "".join(chars), offsets


# A line of cells parted by tabs ("Band D\t£1,778.06\t£84.51"), as a table copied from a page
# pastes: two cells or more, the tabs between them, none at either end. Read by splitting, not
# by a pattern, so that a pasted line of any length costs one pass.
_TABS = re.compile(r"\t+")


def _tab_row(original: str, start: int, end: int) -> tuple[int, int, int] | None:
    """Where the cells of a tab-separated row between `start` and `end` begin and end, and how
    many there are; None for a line that is no such row."""
    line = original[start:end]
    if "\t" not in line:
        return None
    begin = start + len(line) - len(line.lstrip(" "))
    finish = start + len(line.rstrip(" "))
    cells = _TABS.split(original[begin:finish])
    if len(cells) < 2 or not all(cell.strip() for cell in cells):
        return None
    return begin, finish, len(cells)


def _tab_table_rows(original: str) -> dict[int, str]:
    """Where a table pasted as tab-separated lines takes its bars: a block of two lines or more
    in a row, each of cells parted by tabs (`_tab_row`), the same number of cells in each, a
    figure in one of them. By offset, what the character there (a row's first, a run of tabs
    and the spaces around it, or the row's last) is read as: "| " opening a row, " | " between
    its cells, " |" closing it."""
    bars: dict[int, str] = {}
    if "\t" not in original:
        return bars
    block: list[tuple[int, int, int]] = []

    def close() -> None:
        if (
            len(block) >= 2
            and len({cells for _, _, cells in block}) == 1
            and any(c.isdigit() for begin, finish, _ in block for c in original[begin:finish])
        ):
            for begin, finish, _ in block:
                bars[begin] = "| " + original[begin]
                for tabs in _TABS.finditer(original, begin, finish):
                    first, last = tabs.start(), tabs.end()
                    while first > begin and original[first - 1] == " ":
                        first -= 1
                    while last < finish and original[last] == " ":
                        last += 1
                    for at in range(first, last):
                        bars[at] = ""
                    bars[first] = " | "
                bars[finish - 1] = original[finish - 1] + " |"
        block.clear()

    position = 0
    for line in original.split("\n"):
        row = _tab_row(original, position, position + len(line.rstrip("\r")))
        if row is not None:
            block.append(row)
        elif block:
            close()
        position += len(line) + 1
    if block:
        close()
    return bars


def _lines(text: str, offsets: list[int]) -> list[_Line]:
    lines: list[_Line] = []
    position = 0
    for raw in text.split("\n"):
        line_offsets = offsets[position : position + len(raw)]
        # Trailing spaces go; runs of spaces inside the line fold to one (leading indentation
        # stays: it is how a comment thread shows who replies to whom).
        kept_chars: list[str] = []
        kept_offsets: list[int] = []
        stripped = raw.rstrip(" ")
        for index, char in enumerate(stripped):
            if (
                char == " "
                and kept_chars
                and kept_chars[-1] == " "
                and any(c != " " for c in kept_chars)
            ):
                continue
            kept_chars.append(char)
            kept_offsets.append(line_offsets[index])
        start = (
            offsets[position] if position < len(offsets) else (offsets[-1] + 1 if offsets else 0)
        )
        lines.append(_Line("".join(kept_chars), kept_offsets, start))
        position += len(raw) + 1
    return lines


def _fold_key(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _is_timestamp(content: str) -> bool:
    """A short line stating when ("Updated 03.04.2019 09:12", "2 hours ago", "Jan. 5, 2024 at
    7:00 a.m."), not a sentence that happens to name a time."""
    if len(content.split()) > 14:
        # "Published 6:00 a.m. ET May 4, 2026 | Updated 9:12 a.m. ET May 4, 2026": stamps set
        # side by side, each a timestamp of its own.
        fields = _FIELD_BAR.split(content.strip())
        return len(fields) > 1 and all(_is_timestamp(field) for field in fields)
    if not _TIMESTAMP.search(content):
        return False
    return (
        not _TERMINAL.search(content)
        or bool(CLOCK_END.search(content))
        or bool(_STAMP_WORD.match(content))
    )


def _is_stats_line(content: str) -> bool:
    """Whether a line is a box of labelled values (`_STATS_LABEL`) with a figure in it. It
    takes two fields or more to make a box: one ("Turnout: 61.2%.") may be the story's figure,
    set apart."""
    labels = list(_STATS_LABEL.finditer(content))
    if len(labels) < 2 or labels[0].start() != 0 or not any(char.isdigit() for char in content):
        return False
    bounds = [*(label.end() for label in labels)]
    ends = [*(label.start() for label in labels[1:]), len(content)]
    for start, end in zip(bounds, ends, strict=True):
        words = content[start:end].split()
        if not words or any(
            word[:1].islower() and word.strip(".,;") not in _STATS_CONNECTORS for word in words
        ):
            return False
    return True


_TICKER_LABEL = re.compile(
    # Not "Markets:" or "Traffic:", which open a digest's news items as often as a widget.
    r"^(?:Weather|Forecast|Tides?|Pollen(?:\s+count)?|UV\s+index|Surf|"
    r"Air\s+quality)\s*[:|–—-]\s*\S",
    re.IGNORECASE,
)
_TICKER_ARROW = re.compile(r"[▲▼△▽↑↓]\s*[-+]?\d")
# A live page's event line in capitals ("GOAL! Ostry City 2-1 Eastmere (Tarvo 71')", "FULL
# TIME: ..."): the match's running score, no claim.
_LIVE_EVENT = re.compile(
    r"^(?:GOAL|TRY|WICKET|RED CARD|YELLOW CARD|PENALTY|SUBSTITUTION|SUB|FULL[- ]TIME|"
    r"HALF[- ]TIME|KICK[- ]OFF|FT|HT|SIX|FOUR|OUT)\s*[!:]"
)
_TICKER_WORDS = 20


def _is_ticker(content: str) -> bool:
    """Whether a short line is a ticker's reading (`TICKER`): a live page's event line, one
    labelled as the weather's, or a value with the arrow a market's board shows its move by."""
    words = len(content.split())
    if words > _TICKER_WORDS or not any(char.isdigit() for char in content):
        return False
    if _LIVE_EVENT.match(content):
        return True
    return bool(_TICKER_LABEL.match(content)) or (
        _TICKER_ARROW.search(content) is not None and words <= _TICKER_WORDS // 2
    )


def is_copyright_line(content: str) -> bool:
    """Whether a line is a page's copyright notice ("© 2025 X Ltd. All rights reserved.")."""
    return bool(_COPYRIGHT.match(content.strip()))


def _is_reference(content: str) -> bool:
    """Whether a line is a citation (`_CITATION_LABEL`, `_BIBLIOGRAPHIC`), where the study is
    published, not what it found, or a note on how a poll or a survey was done
    (`_METHOD_NOTE`)."""
    if _CITATION_LABEL.match(content) or _METHOD_NOTE.match(content):
        return True
    if len(content.split()) > _REFERENCE_WORDS or _FINDING_VERB.search(content):
        return False
    identifier = _BIBLIOGRAPHIC.search(content)
    return bool(identifier) or bool(_SOURCE_LABEL.match(content) and _VOLUME_PAGES.search(content))


def _classify(content: str) -> str:
    if _COPYRIGHT.match(content):
        return COPYRIGHT
    if _is_reference(content):
        return REFERENCE
    if _CREDIT_LINE.match(content) and (
        _CREDIT_WORDS.search(content) or content.startswith(("©", "Credit:"))
    ):
        return CREDIT
    if (
        POST_SIGNATURE.match(content)
        or _GALLERY_COUNTER.match(content)
        or _SYNDICATION_NOTE.match(content)
    ):
        return CREDIT
    if _CAPTION_HINTS.search(content):
        return CAPTION
    # A table's row ("| FY2021 | 6 | 4.12 | R780-million |") states its cells, whatever a cell
    # reads like alone ("4.12" as a date).
    table_row = content.startswith("|") and content.endswith("|")
    if not table_row and (
        (_DATELINE.search(content) and len(content.split()) <= 14)
        or _READING_TIME.match(content)
        or _is_timestamp(content)
        or _is_issue_line(content)
    ):
        return DATELINE
    if not table_row and _is_ticker(content):
        return TICKER
    if _is_stats_line(content):
        return STATS
    if _BYLINE.search(content):
        return BYLINE
    if len(content.split()) <= 14 and not _TERMINAL.search(content):
        return HEADING
    if _PULL_QUOTE.match(content) and len(content.split()) <= 30:
        return HEADING
    # A standfirst (the line under a headline) runs longer than a headline but is still one
    # unpunctuated line, not a paragraph: no sentence ends inside it.
    if (
        len(content.split()) <= 30
        and not _TERMINAL.search(content)
        and not _SENTENCE_INSIDE.search(content)
    ):
        return HEADING
    if _is_headline_of_clauses(content) or _is_shouted_heading(content):
        return HEADING
    return ""


# A box's or a section's heading set in capitals, perhaps with a note in brackets after it
# ("HOW THE HOSPITALS COMPARE (parking for up to two hours)"): the capitals make it a heading
# though the bracket closes it as a sentence's stop would.
_SHOUTED_WORDS = 14


def _is_shouted_heading(content: str) -> bool:
    bare = _BRACKETED.sub(" ", content)
    letters = [char for char in bare if char.isalpha()]
    return (
        len(content.split()) <= _SHOUTED_WORDS
        and len(bare.split()) >= 3
        and len(letters) >= 10
        and all(char.isupper() for char in letters)
        and not _SENTENCE_INSIDE.search(content)
        and not BULLET.match(content)
    )


# A box's item that opens on its figure, then a colon and what the figure measures: "$61.9
# billion: projected deficit", "42.1 per cent: debt as a share of GDP", "4,800: posts cut"; a
# digest sets a dash there ("$2.14 billion — lottery ticket sales"), an item no full stop ends
# ("Twelve people — two of them children — were hurt." is a sentence).
_FIGURE_ITEM = re.compile(r"^(?P<figure>[^:]{1,30}?)(?::|\s+[—–](?=[^\n]*[^.\s]\s*$))\s+\S")
_RANGE_WORDS = frozenset({"to", "-", "–", "—", "and"})
_MEASURE_AFTER_FIGURE = re.compile(r"(?:\s+(?-i:[a-z]+)){1,2}")


def _is_figure_item(content: str) -> bool:
    """Whether a line opens on a figure and nothing else before its colon (`_FIGURE_ITEM`): a
    year or a name there ("Budget 2026: what it means") is a headline's label, not a figure."""
    item = _FIGURE_ITEM.match(content)
    if item is None:
        return False
    label = item.group("figure").strip()
    figures = find_figures(label)
    if (
        len(figures) == 2
        and figures[0].start == 0
        and figures[1].end == len(label)
        and label[figures[0].end : figures[1].start].strip() in _RANGE_WORDS
    ):
        # A band's bounds ("Rs 3.5 lakh to Rs 7 lakh: 5%", "£12,571-£50,270: 20%"), as a
        # table of tax bands or fares lists them.
        return True
    # The figure may be followed by the measure it is in ("2.35 metres: the height the river
    # reached", "9 days: the longest the road was shut"), in lowercase, as a unit is written.
    return (
        len(figures) == 1
        and figures[0].start == 0
        and (
            figures[0].end == len(label)
            or _MEASURE_AFTER_FIGURE.fullmatch(label, figures[0].end) is not None
        )
    )


# A box's line that names what it gives before its value, as a list of key figures sets them
# without bullets ("Members polled: 2,406", "Turnout: 64.8%", "Model: Quenmoor X"): a label
# of a few words, no figure in it, a colon, then the value.
_LABELLED_LINE = re.compile(r"^(?P<label>[A-Z][^:\d]{0,40}?):\s+(?P<value>\S.{0,60})$")


def ends_as_a_sentence(line: str) -> bool:
    """Whether a line ends as a sentence or a lead-in does (a stop, a colon, a closing quote),
    not as a heading or a date line does."""
    return bool(_TERMINAL.search(line.rstrip()))


def is_figure_line(content: str) -> bool:
    """Whether a line, without a bullet, is an item of a list of figures: its figure first
    ("$61.9 billion: projected deficit", "Rs 3.5 lakh to Rs 7 lakh: 5%") or its label first
    ("Turnout: 64.8%"). Such a line is an item only under a lead-in that opens a list."""
    return _is_figure_item(content) or _is_labelled_figure(content)


def _labelled_line(content: str) -> re.Match[str] | None:
    """A box's label and its value, a figure or not ("Model: Quenmoor X", "Build dates: March
    2020 to May 2022", "Turnout: 64.8%"), as `_LABELLED_LINE` reads one; None for a
    headline set in capitals or a label too long to be one."""
    item = _LABELLED_LINE.match(content)
    if item is None or len(item.group("label").split()) > 6 or item.group("label").isupper():
        return None
    return item


# A table's row as plain text gives it, its cells between pipes with none at its ends ("4 |
# Ada Moor | Quenmoor Town | £35m"), as a page's table copied from a browser may read.
_TEXT_TABLE_CELLS = re.compile(r"[ \t]\|[ \t]")


def _in_text_table(lines: list[_Line], index: int) -> bool:
    """Whether a line is a row of figures in a table set in text: three cells or more, one of
    them a figure, with a line of as many cells beside it (the table's heading row or
    another row)."""

    def cells(at: int) -> int:
        if not 0 <= at < len(lines):
            return 0
        text = lines[at].text.strip()
        return len(_TEXT_TABLE_CELLS.split(text)) if not text.startswith("|") else 0

    count = cells(index)
    return (
        count >= 3
        and any(char.isdigit() for char in lines[index].text)
        and count in (cells(index - 1), cells(index + 1))
    )


# A short line that ends on its figure ("Ada Moor (Labour) 14,882", "Spoilt ballots 214").
ENDS_ON_A_FIGURE = re.compile(r"^[^\d.!?:;]{2,80}?\s[\d][\d,.]*%?$")


def _in_figure_list(lines: list[_Line], index: int) -> bool:
    """Whether a line is one of a list of short lines, each ending on its figure, set line
    under line as a results box sets a count ("Ada Moor (Labour) 14,882" / "Ben Roe (Green)
    9,310"): a row of a table, not a heading."""

    def ends_on_a_figure(at: int) -> bool:
        return 0 <= at < len(lines) and bool(ENDS_ON_A_FIGURE.match(lines[at].text.strip()))

    return ends_on_a_figure(index) and (ends_on_a_figure(index - 1) or ends_on_a_figure(index + 1))


def _is_labelled_figure(content: str) -> bool:
    """Whether a line is a label and its figure (`_labelled_line`), the figure first after
    the colon and at most a few words after it: "Turnout: 64.8%", not "Venue: Quenmoor Street
    hall, from 7pm" or "Speed test: four in five homes got less than advertised"."""
    item = _labelled_line(content)
    if item is None:
        return False
    value = item.group("value")
    figures = find_figures(value)
    return bool(figures) and figures[0].start == 0 and len(value[figures[0].end :].split()) <= 3


# A line that records a result rather than says it: names and figures in the notation of a
# score or a table, perhaps after a short label ("Rovers 187/7 (20 ov)", "Player of the match:
# Ada Moor (Rovers) 94 (51)"), with no word of running prose outside its brackets.
_RECORD_LABEL = re.compile(r"^[A-Z][^:]{0,40}:\s+")
_BRACKETED = re.compile(r"\([^()]*\)")
_RECORD_CONNECTORS = frozenset({"and", "&", "v", "v.", "vs", "vs.", "-", "–"})
_RECORD_FIGURE = re.compile(r"^[^\w\s]?\d")  # "187/7", "94", "$68.5m", "-3"
_RECORD_WORDS = 14


def _is_record_line(content: str) -> bool:
    """Whether a line is a record (`_RECORD_LABEL`, `_RECORD_CONNECTORS`): outside brackets,
    capitalised names and figures only, at least one of each. A bullet's item is a list's."""
    if len(content.split()) > _RECORD_WORDS or BULLET.match(content):
        return False
    label = _RECORD_LABEL.match(content)
    words = _BRACKETED.sub(" ", content[label.end() if label else 0 :]).split()
    names = [word for word in words if word[:1].isupper()]
    figures = [word for word in words if _RECORD_FIGURE.match(word)]
    rest = [word for word in words if word not in names and word not in figures]
    return bool(names and figures) and all(word in _RECORD_CONNECTORS for word in rest)


def _is_headline_of_clauses(content: str) -> bool:
    """Whether a line is a headline or a standfirst whose clauses a semicolon or a colon joins
    (`_HEADLINE_WORDS`): it ends on no stop, perhaps after a quotation's closing mark, and no
    sentence ends inside it. A bullet's item is the list's, not a headline."""
    if len(content.split()) > _HEADLINE_WORDS or BULLET.match(content):
        return False
    unquoted = content.rstrip(_CLOSING_QUOTES)
    return bool(unquoted) and not (_STOP_AT_END.search(unquoted) or _STOP_INSIDE.search(unquoted))


def _is_issue_line(content: str) -> bool:
    """Whether a line is an issue line (`_FIELD_BAR`): short fields, one of which dates the
    issue or numbers it, and none a figure of its own."""
    fields = _FIELD_BAR.split(content.strip())
    if len(fields) < 2 or _TERMINAL.search(content):
        return False
    if any(
        len(field.split()) > _ISSUE_FIELD_WORDS or _FIGURE_FIELD.match(field) for field in fields
    ):
        return False
    return any(_ISSUE_NUMBER.match(field) or _DAY_AND_MONTH.match(field) for field in fields)


def _is_comment_header(lines: list[_Line], index: int) -> re.Match[str] | None:
    match = _COMMENT_HEADER.match(lines[index].text)
    if match is None or len(match.group("name").split()) > 4:
        return None
    if _TERMINAL.search(match.group("name")):
        return None
    indent = len(match.group("indent"))
    for following in lines[index + 1 :]:
        if following.text.strip():
            return match if len(following.text) - len(following.text.lstrip()) > indent else None
    return None


def _following(lines: list[_Line], index: int, count: int) -> list[str]:
    """The next `count` non-empty lines after `index`, stripped."""
    found: list[str] = []
    for line in lines[index + 1 :]:
        if line.text.strip():
            found.append(line.text.strip())
            if len(found) == count:
                break
    return found


# A count an icon stood for, left at a line's end once its icon is gone ("Reply · 41 👍").
_ICON_COUNT = re.compile(r"\s*[·|•]?\s*\d+$")


# A social post's row under each comment: its actions, its age in a letter ("1h", "58m",
# "2d") and its reactions' icons with their counts ("Like · Reply · 58m · 👍 6 😡 31").
_ACTION_WORD = re.compile(rf"^(?:{_COMMENT_ACTION}|Comment|Edited|Author)$", re.IGNORECASE)
_COMPACT_AGE = re.compile(r"^\d{1,3}\s?(?:s|m|h|d|w|y|mo|mins?|hrs?|wks?|yrs?)$", re.IGNORECASE)
_BARE_COUNT = re.compile(rf"^\(?{_COUNT}\)?$")


def _action_row(content: str) -> tuple[bool, bool]:
    """Whether a line is a row of a comment's actions (`_ACTION_WORD`), perhaps with its age
    (`_COMPACT_AGE`, `_COMMENT_TIME`) and its reactions' counts (icons, or bracketed), and
    whether the row dates its comment."""
    bare = _without_icons(content)
    iconed = bare != content
    actions = timed = False
    for cell in _BAR_FIELDS.split(bare.strip()):
        if not cell:
            continue
        if _COMMENT_TIME.match(cell):
            timed = True
            continue
        for token in cell.split():
            if _ACTION_WORD.match(token):
                actions = True
            elif _COMPACT_AGE.match(token):
                timed = True
            elif not (_BARE_COUNT.match(token) and (iconed or token.startswith("("))):
                return False, False
    return actions, actions and timed


def _is_thread_furniture(content: str) -> bool:
    if _COMMENT_TIME.match(content) or _COMMENT_ACTIONS.match(content):
        return True
    if _action_row(content)[0]:
        return True
    bare = _without_icons(content)
    return bare != content and bool(_COMMENT_ACTIONS.match(_ICON_COUNT.sub("", bare)))


def _reads_as_username(content: str) -> bool:
    """A line that can name a commenter: a handle or a name, perhaps with a place after a comma
    ("quayside_kate", "Holm Reader, Dunmore"); never a sentence or the thread's furniture."""
    return (
        len(content.split()) <= 4
        and len(content) <= 40
        and not _TERMINAL.search(content)
        and not _is_thread_furniture(content)
        and not _COMMENTS_HEADING.match(content)
    )


def _inline_commenter(content: str) -> str:
    """The commenter a line names with the comment's time after a bar ("quayside_kate | 2 hours
    ago") or as speaking ("Yvette B. says:"), or ""."""
    timed = _COMMENTER_WITH_TIME.match(content)
    if timed is not None and _COMMENT_TIME.match(timed.group("time").strip()):
        name = timed.group("name").strip()
    else:
        says = _COMMENTER_SAYS.match(content)
        name = says.group("name").strip() if says is not None else ""
    return name if name and _reads_as_username(name.rstrip(".")) else ""


def _is_prompt(content: str) -> bool:
    """Whether a line asks something of its reader (`_PROMPT`): one short prompt, or a line
    whose every sentence is one ("You've read 3 of your 5 free articles. Subscribe from £1.")."""
    if _REPORTED.search(content) or content.startswith("|"):
        # A table's row is the table's, whatever its label says ("| Subscription revenue |").
        return False
    if len(content.split()) <= _PROMPT_WORDS or (
        _ASKING_LINE.match(content) and len(content.split()) <= _ASKING_LINE_WORDS
    ):
        return bool(_PROMPT.search(content))
    sentences = _LINE_SENTENCES.split(content)
    prompts = [
        bool(_PROMPT.search(sentence))
        and _word_count(sentence)
        <= (_ASKING_LINE_WORDS if _ASKING_LINE.match(sentence) else _PROMPT_WORDS)
        for sentence in sentences
    ]
    # The short line a prompt's pitch opens with, figureless, goes with it ("X is a nonprofit
    # newsroom. A gift of $10 a month keeps a reporter in court. Donate today.", "Want the
    # day's headlines by email? Sign up ...").
    return (
        len(sentences) > 1
        and any(prompts)
        and all(
            prompt
            or (
                _word_count(sentence) <= _PITCH_OPENING_WORDS
                and not any(char.isdigit() for char in sentence)
            )
            for prompt, sentence in zip(prompts, sentences, strict=True)
        )
    )


_PITCH_OPENING_WORDS = 8


def _word_count(text: str) -> int:
    """The words of a line, a dash or a bullet between them aside."""
    return sum(1 for word in text.split() if any(char.isalnum() for char in word))


# A box selling the page's paid tier or its membership runs a few short sentences up to the ask
# ("Want every split? X Pro unlocks data for 1,400 races. €4.99 a month, cancel anytime.",
# "Local news is a public service. X is member-supported: 8,200 listeners gave last year.
# Become a member for $5 a month."): what leads up to the ask sells it, figures and all. The ask
# must end the paragraph and carry a price or a membership; a story's paragraph reports
# someone's words or runs longer.
_ASK = re.compile(
    rf"(?:{_PRICE}\s*{_PERIOD_WORD}\b|\bcancel any ?time\b|"
    r"\bbecome an? (?:[\w’'-]+ ){0,2}(?:member|supporter|subscriber|patron|donor)\b)",
    re.IGNORECASE,
)
_PITCH_SENTENCES = 4


# A newsletter's sponsor is announced at the head of its paragraph ("This issue is brought to
# you by X. Cut your bill by up to 40% ..."): what follows in the paragraph is the sponsor's
# sales copy, figures and all.
_SPONSORED = re.compile(
    r"^(?:This|Today['’]s) (?:issue|edition|newsletter|episode|email|briefing|podcast|show) "
    r"(?:is|was) (?:brought to you|sponsored|supported|presented|made possible) by\b",
    re.IGNORECASE,
)


def _is_pitch(content: str) -> bool:
    """Whether a paragraph is a pitch (`_ASK`): at most `_PITCH_SENTENCES` short sentences that
    report no one's words, the last of them a prompt that asks for money or membership; or a
    sponsor's paragraph (`_SPONSORED`)."""
    sentences = _LINE_SENTENCES.split(content)
    if len(sentences) > _PITCH_SENTENCES or _REPORTED.search(content):
        return False
    if _SPONSORED.match(content):
        return True
    if len(sentences) < 2:
        return False
    last = sentences[-1]
    return bool(_PROMPT.search(last) and _ASK.search(last)) and all(
        len(sentence.split()) <= _PROMPT_WORDS for sentence in sentences
    )


# An advert's promise to the reader, its price starred for the small print under it ("Thinking
# of moving? Our customers save up to €250* by switching."): a sales line set in the page, not
# the story's; news does not star its figures.
_STARRED_PRICE = re.compile(r"[£$€]\d[\d.,]*\*")
_TO_THE_READER = re.compile(r"\b(?:you|your|our (?:customers|members|clients|users))\b", re.I)
_ADVERT_WORDS = 30


# A shop's advert set in the page ("Garden Centre: Spring bulbs 3 for £10 this weekend only",
# "Now from €6,499 at selected dealers.", "Wash, 20L drums €59.99 + VAT | Free delivery over
# €300"): the words of an offer, which news reports with a verb of saying or in a sentence of its
# own. One offer phrase with the advertiser's name as its label, or two offer phrases, or an
# offer and a call to buy, make the line an advert.
_OFFER_PHRASE = re.compile(
    # "15% off selected models", not "5% off their peak".
    r"\b\d+ for [£$€]\d|\b\d+(?:\.\d+)?%\s+off\b(?!\s+(?:its|their|the|a|an|his|her)\b)|"
    r"\boff (?:selected|all|everything)\b|"
    r"\bfree (?:delivery|shipping|postage|installation|fitting|p&p)\b|\+\s?VAT\b|"
    r"\b(?:this|next) (?:weekend|week|month) only\b|\bwhile stocks last\b|"
    r"\bnow (?:only|just|from) [£$€]\d|\bsale ends\b|"
    r"\bat (?:selected|participating) (?:dealers|dealerships|stores|shops|retailers|branches|"
    r"outlets|pharmacies|showrooms)\b",
    re.IGNORECASE,
)
# The advertiser's name labelling the line ("Harbour Motors: ...", "Acme Direct | ...").
_ADVERTISER_LABEL = re.compile(r"^[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}\s*[:|]\s")
_CALL_TO_BUY = re.compile(
    r"\b(?:call|phone|ring)\s+(?:us\s+)?(?:on\s+)?\+?\d[\d\s]{5,}|"
    r"\b(?:shop|order|book|buy)\s+(?:now|today|online)\b",
    re.IGNORECASE,
)


def _is_advert(content: str) -> bool:
    """Whether a short line that reports no one's words sells to its reader: to `_TO_THE_READER`
    at a starred price, or in the words of a shop's offer (`_OFFER_PHRASE`)."""
    if len(content.split()) > _ADVERT_WORDS or _REPORTED.search(content):
        return False
    if _STARRED_PRICE.search(content) and _TO_THE_READER.search(content):
        return True
    offers = len(_OFFER_PHRASE.findall(content))
    return offers >= 2 or (
        offers == 1 and bool(_ADVERTISER_LABEL.match(content) or _CALL_TO_BUY.search(content))
    )


def _commenter_named_by(lines: list[_Line], index: int) -> str:
    """The commenter a line inside the comment section names, when it is the short line over a
    comment (the next line that is not the thread's furniture is the comment itself), or ""."""
    content = lines[index].text.strip()
    inline = _inline_commenter(content)
    if inline:
        return inline
    if not _reads_as_username(content):
        return ""
    following = [line for line in _following(lines, index, 4) if not _is_thread_furniture(line)]
    if not following or _reads_as_username(following[0]):
        return ""
    return content.split(",")[0].strip()


def _opens_comment_thread(lines: list[_Line], index: int) -> bool:
    """A thread with no heading is known by its shape: a username over "2 hours ago", then the
    comment, then "Reply · Like · Report" or the next username and time. One name over a time
    (a byline over its timestamp) is not enough."""
    content = lines[index].text.strip()
    following = _following(lines, index, 6)
    if _inline_commenter(content) and following:
        # "name | 2 hours ago" carries its own time: the comment, then its furniture, follow.
        return any(_is_thread_furniture(line) for line in following[:3])
    if not _reads_as_username(content):
        return False
    # A social post's comment: the name, the comment, then its row of actions that dates it
    # ("Like · Reply · 1h"); a byline over a paragraph has no such row.
    if (
        len(following) >= 2
        and not _is_thread_furniture(following[0])
        and _action_row(following[1])[1]
    ):
        return True
    if not following or not _COMMENT_TIME.match(following[0]):
        return False
    return any(_is_thread_furniture(line) for line in following[1:])


def _thread_follows(lines: list[_Line], index: int) -> bool:
    """Whether the line after `index` opens a comment thread by its shape: a numbered
    commenter, a username over the comment's time, or a commenter's line that carries it."""
    for following in range(index + 1, len(lines)):
        if lines[following].text.strip():
            return _is_comment_header(lines, following) is not None or _opens_comment_thread(
                lines, following
            )
    return False


def _body_begun(paragraphs: list[tuple[int, int, str]]) -> bool:
    """Whether the article's body has begun: a paragraph of sentences after the byline or date
    line that closes the page's header (`_HEADER_PARAGRAPHS`), or, on a page with no such
    line, any paragraph of sentences. Sentences above the byline are the standfirst's."""
    closing = next(
        (
            number
            for number, (_, _, kind) in enumerate(paragraphs[:_HEADER_PARAGRAPHS])
            if kind in (BYLINE, DATELINE)
        ),
        -1,
    )
    return any(not kind for _, _, kind in paragraphs[closing + 1 :])


def _header_closed(paragraphs: list[tuple[int, int, str]]) -> bool:
    """Whether the paragraph before is the date line or byline that closes the page's header:
    a box's heading right under it ("Key findings") opens the body, as one in the body does;
    above the byline, a list of bullets sums up the story."""
    return bool(paragraphs) and paragraphs[-1][2] in (BYLINE, DATELINE)


# How far down a page its header may reach (kicker, headline, standfirst, byline, date), in
# paragraphs, and how long a standfirst may run.
_HEADER_PARAGRAPHS = 6
_STANDFIRST_WORDS = 60


# A site's navigation: a row of at least four links set off by bars or dots, each a word or
# two with no figure ("Home | News | Schools | Sport | Jobs").
_NAVIGATION_FIELDS = 4
_NAVIGATION_WORDS = 2


def _is_navigation_row(content: str) -> bool:
    fields = [field for field in _BAR_FIELDS.split(content.strip()) if field]
    return len(fields) >= _NAVIGATION_FIELDS and all(
        len(field.split()) <= _NAVIGATION_WORDS and not any(char.isdigit() for char in field)
        for field in fields
    )


# A headline asks as often as it tells ("Did knife crime really fall by a third?"): as short as
# a headline, ending in its question, and no line's kind otherwise.
_QUESTION_HEADLINE_WORDS = 14


def _question_headline(text: str, header: list[tuple[int, int, str]]) -> list[Span]:
    """The page's first paragraph when it is a headline asking a question (as short as a
    headline, the story under it), which states no claim of its own."""
    if len(header) < 2 or header[0][2]:
        return []
    start, end, _ = header[0]
    content = text[start:end].strip()
    if content.endswith("?") and len(content.split()) <= _QUESTION_HEADLINE_WORDS:
        return [Span(HEADING, start, end)]
    return []


def _standfirsts(text: str, paragraphs: list[tuple[int, int, str]]) -> list[Span]:
    """The page's header above its byline or date line: a paragraph there is a headline or a
    standfirst, even one of whole sentences ("More than a third of homes sit empty. Who gets to
    live here?"), which sums up the story rather than stating a claim of its own. Only the
    first few paragraphs can be a header, and only when a byline or date line closes it."""
    # A masthead's issue line ("Issue 88 | Monday 2 June 2025") dates the issue, above the
    # story's headline: it neither closes the header nor counts as one of its paragraphs.
    # So is a navigation row above it ("News | Sport | Business | Jobs").
    header = [
        paragraph
        for paragraph in paragraphs[: _HEADER_PARAGRAPHS * 2]
        if not _is_issue_line(text[paragraph[0] : paragraph[1]])
        and not _is_navigation_row(text[paragraph[0] : paragraph[1]])
    ][:_HEADER_PARAGRAPHS]
    closing = next(
        (number for number, (_, _, kind) in enumerate(header) if kind in (BYLINE, DATELINE)),
        None,
    )
    if closing is None:
        return _question_headline(text, header) + _standfirst_under_headline(text, header)
    return [
        Span(HEADING, start, end)
        for start, end, kind in header[:closing]
        if not kind and len(text[start:end].split()) <= _STANDFIRST_WORDS
    ]


# A standfirst sums up the story in the present tense of a headline ("Miner falls 3.2% after
# cutting its forecast; bond yields climb.", "A viral post says X. Police figures show Y.");
# the lead under it reports, and says when and on whose word ("fell 14% last year, the
# council said"). A paragraph that dates nothing and reports no one's words in the past is
# the page's summary of what follows.
_STANDFIRST_SENTENCES = 3
_STANDFIRST_LINE_WORDS = 40
# Reporting in the past only: a standfirst's "says" and "show" are `_REPORTED`'s too.
_REPORTED_PAST = re.compile(
    # A study's or a count's findings reported in the past ("a X poll showed", "the audit
    # found", "police recorded") are a lead's too.
    r"\b(?:said|told|according to|announced|reported|confirmed|revealed|showed|found|"
    r"estimated|recorded)\b",
    re.IGNORECASE,
)
# Days and months by their full, capitalised names (`_WEEKDAY_NAME` and `_MONTH_NAME` read a
# stamp's abbreviations in any case, and "sat", "sun", "may" and "march" are words of prose).
_DATES_SOMETHING = re.compile(
    r"\b(?:(?i:yesterday|today|tonight|overnight|ago)|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)|(?:19|20)\d{2}|"
    r"(?i:(?:last|this|next|previous|past)\s+(?:night|week|weekend|month|year|season|quarter|"
    r"term|decade|spring|summer|autumn|fall|winter)))\b"
)


# A live page's entry opens with the time it was posted ("09:12 - ...", "14.30: ...").
_CLOCK_OPENS = re.compile(r"\d{1,2}[:.]\d{2}(?!\d)")


# A headline, then a standfirst line that runs longer than a headline does.
_HEADLINE_LEAST_WORDS = 5
_STANDFIRST_LINE_LEAST_WORDS = 10


def _is_standfirst_line(text: str, line: tuple[int, int, str], above: tuple[int, int, str]) -> bool:
    """Whether a heading is a standfirst under a headline (`_STANDFIRST_LINE_LEAST_WORDS`,
    `_HEADLINE_LEAST_WORDS`), not a headline under a kicker ("Markets close")."""
    headline = text[above[0] : above[1]]
    # A kicker's fields set off by bars or dots ("ANALYSIS · Housing") are no headline.
    words = [word for word in headline.split() if any(char.isalpha() for char in word)]
    return (
        len(text[line[0] : line[1]].split()) >= _STANDFIRST_LINE_LEAST_WORDS
        and len(words) >= _HEADLINE_LEAST_WORDS
        and not _BAR_FIELDS.search(headline)
    )


def _standfirst_under_headline(text: str, header: list[tuple[int, int, str]]) -> list[Span]:
    """On a page whose header no byline or date line closes (an HTML page's, whose byline the
    extraction drops), the paragraph right under its headline, when it reads as a standfirst
    (`_DATES_SOMETHING`, `_REPORTED_PAST`) and the story goes on under it."""
    opening = next((number for number, (_, _, kind) in enumerate(header) if kind != HEADING), 0)
    if opening == 0 or opening + 1 >= len(header) or header[opening][2]:
        return []
    if opening >= 2 and _is_standfirst_line(text, header[opening - 1], header[opening - 2]):
        # The headline and its standfirst stand above: the paragraph under them is the lead.
        return []
    start, end, _ = header[opening]
    content = text[start:end]
    if (
        len(content.split()) > _STANDFIRST_LINE_WORDS
        or len(_LINE_SENTENCES.split(content)) > _STANDFIRST_SENTENCES
        or BULLET.match(content)
        or content.endswith(":")
        or _REPORTED_PAST.search(content)
        or _DATES_SOMETHING.search(content)
        # A live page's entry opens with its time ("09:12 - The X Weather Service has ...").
        or _CLOCK_OPENS.match(content)
    ):
        return []
    return [Span(HEADING, start, end)]


# How far down a page the byline or date line closing a header of records may come: a
# scoreboard, its links and the headline, standfirst and byline under it.
_RECORD_HEADER_PARAGRAPHS = 18


def _header_records(text: str, paragraphs: list[tuple[int, int, str]]) -> list[Span]:
    """The records (`_is_record_line`) above the byline or date line that closes the page's
    header: a scoreboard over a match report ("Rovers 187/7 (20 ov)"), the result the story
    goes on to tell, set as a record, not a claim. In the body a row of results is a box's
    (a list of candidates' votes), left to it."""
    closing = next(
        (
            number
            for number, (_, _, kind) in enumerate(paragraphs[:_RECORD_HEADER_PARAGRAPHS])
            if kind in (BYLINE, DATELINE)
        ),
        0,
    )
    return [
        Span(STATS, start, end)
        for start, end, kind in paragraphs[:closing]
        if not kind and _is_record_line(text[start:end])
    ]


# An opinion piece says so above its headline ("Opinion", "Opinion | Guest Column", "Comment",
# "Op-ed"): its author, not the publisher, speaks in it.
_OPINION_LABEL = re.compile(
    r"^(?:Opinion|Comment|Op-?ed|Guest\s+(?:column|essay|opinion|view|comment|post)|Columns?|"
    r"Columnists?|Viewpoint|Commentary|Perspective|My\s+view|Point\s+of\s+view)"
    r"(?:\s*[|/:·•-]\s*[\w ’'-]{1,30})?$",
    re.IGNORECASE,
)
# An opinion piece closes on its author's biography ("Ada Moor is a senior fellow at ...",
# "— Ada Moor was a head teacher for 20 years."), a few paragraphs from the end at most.
_AUTHOR_BIO = re.compile(
    r"^[—–*_\s]*(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})\s+"
    r"(?:is|was|has\s+been|had\s+been)\s+(?:a|an|the)\s"
)
# One author's byline, perhaps with where they write from and their role ("By Ada Moor,
# columnist"): the name is the author's.
_BYLINE_NAME = re.compile(
    rf"^By\s+(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{1,3}}){_BYLINE_PLACE}{_BYLINE_ROLE}$"
)
_BIO_PARAGRAPHS = 4


def _column_author(text: str, paragraphs: list[tuple[int, int, str]]) -> list[Span]:
    """In an opinion piece (`_OPINION_LABEL` over its headline), its author: the byline, or
    failing one the biography it closes on, as a byline span labelled with the author's name.
    The biography ("She taught science for 12 years.") is the page's note on its author, not
    a claim; the author's name is who speaks where the piece names no other source."""
    if not any(
        _OPINION_LABEL.match(text[start:end].strip())
        for start, end, _ in paragraphs[:_HEADER_PARAGRAPHS]
    ):
        return []
    found: list[Span] = []
    for start, end, kind in paragraphs[:_HEADER_PARAGRAPHS]:
        byline = _BYLINE_NAME.match(text[start:end].strip()) if kind == BYLINE else None
        if byline is not None:
            found.append(Span(BYLINE, start, end, byline.group("name")))
    for start, end, kind in paragraphs[-_BIO_PARAGRAPHS:]:
        bio = _AUTHOR_BIO.match(text[start:end]) if not kind else None
        if bio is None:
            continue
        name = bio.group("name")
        # The byline's author, or someone the piece has not named before (a person the piece
        # argues with is introduced earlier: "Ben Roe is a state senator who ...").
        if (found[0].label == name) if found else name not in text[:start]:
            found.append(Span(BYLINE, start, end, name))
    return found


# A news story's note on its reporter, under the story: "Jo Roe is a Local Democracy Reporter.
# The scheme is funded by ...", "Sam Lee is the paper's health correspondent." The first
# sentence says no more than who the reporter is; the note's other sentences are about the
# reporter or the scheme that pays for the post, the page's furniture, not the story's claims.
_REPORTER_NOTE = re.compile(
    # Session 53: the masthead's own possessive stands for "the" ("Ada Moor is IGN's deal
    # curator and ..."), and the note may go on about the reporter after "and" or "who".
    r"^[—–*_\s]*(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})\s+is\s+"
    r"(?:a|an|the|[A-Z][\w’'.-]*[’']s)\s+"
    r"(?:[\w’'-]+\s+){0,5}(?i:reporter|correspondent|journalist|editor|writer|columnist|"
    r"producer|fellow|curator|critic|reviewer|contributor)(?:\.(?:\s|$)|\s+(?:and|who)\s)"
)


def _reporter_notes(text: str, paragraphs: list[tuple[int, int, str]]) -> list[Span]:
    """The note on the story's reporter among its last paragraphs (`_REPORTER_NOTE`), as a
    byline span: someone the story has not named before (a person it reports on, "Ms Roe is a
    former reporter", is introduced earlier)."""
    found: list[Span] = []
    for start, end, kind in paragraphs[-_BIO_PARAGRAPHS:]:
        note = _REPORTER_NOTE.match(text[start:end]) if not kind else None
        if note is not None and note.group("name") not in text[:start]:
            found.append(Span(BYLINE, start, end))
    return found


# A paragraph of prose in a story ends on a sentence's stop or a closing quote and runs to a
# real paragraph's length: a teaser's headline has no stop, and its standfirst is one sentence.
_PROSE_END = re.compile(r"[.!?][”\"’']?$|[”\"]$")
_PROSE_WORDS = 12


def _is_prose(content: str) -> bool:
    return (
        bool(_PROSE_END.search(content))
        and len(content.split()) >= _PROSE_WORDS
        and not _TEASER_HEADING.match(content)
        and not _TEASER_LINE.match(content)
        and not _READ_LABEL_LINE.match(content)
        # The page's own lines under a block (an offer, a footer) are no story resuming.
        and not _is_prompt(content)
        and not _is_pitch(content)
        and not _COPYRIGHT.match(content)
        and not any(pattern.match(content) for pattern in _CHROME_LINES)
    )


# The notes' own headings name the issuer or the contact ("About the union", "Media contact",
# "Methodology"): the boilerplate goes on under them.
_NOTES_HEADING = re.compile(
    r"^(?:About|Contacts?|Media|Press|Notes?|Method(?:ology|s)?|Background|Sources?|ENDS)\b",
    re.IGNORECASE,
)


def _reporting_resumes(lines: list[_Line], index: int) -> bool:
    """Whether a paper's own reporting resumes after a press release's notes at `lines[index]`:
    a crosshead of its own (not one of the notes', `_NOTES_HEADING`) over a paragraph of prose
    that reports someone's words ("Ministry responds" over "A spokesperson said ..."). The notes
    state the issuer's facts about itself; they quote no one."""
    content = lines[index].text.strip()
    if not _is_crosshead(content) or _NOTES_HEADING.match(content):
        return False
    following = _following(lines, index, 1)
    return bool(following) and _is_prose(following[0]) and bool(_REPORTED.search(following[0]))


def _is_crosshead(content: str) -> bool:
    """A short line with no stop that may head the story's next section ("Why prices rose")."""
    return (
        len(content.split()) <= 12
        and not _TERMINAL.search(content)
        and not _TEASER_HEADING.match(content)
        and not BULLET.match(content)
    )


def _teaser_block_end(lines: list[_Line], index: int) -> int:
    """Where the teaser block that `lines[index]` heads ("Also read", "Related", "More
    stories") ends: at a comments heading (the thread is the page's, not the block's), or where
    the story resumes, a crosshead over two paragraphs of prose (a teaser's headline has one
    standfirst under it, a footer's notice may run to two sentences), or two paragraphs of
    prose in a row. Failing both, the block runs to the end of the page, as a closing one does."""
    following = [number for number in range(index + 1, len(lines)) if lines[number].text.strip()]
    contents = [lines[number].text.strip() for number in following]
    keys = [_fold_key(content) for content in contents]
    # A line set twice in a row is a teaser's picture (its alt text, then its caption), which
    # reads as prose but is none of the story's.
    prose = [
        _is_prose(content) and keys[max(at - 1, 0) : at + 2].count(keys[at]) == 1
        for at, content in enumerate(contents)
    ]
    for at, content in enumerate(contents):
        if _COMMENTS_HEADING.match(content):
            return following[at]
        # A crosshead stands apart, a blank line above it; the block's links run line by line,
        # and its last one is no crosshead over the story that resumes.
        apart = following[at] - 1 != (following[at - 1] if at else index)
        if prose[at : at + 2] == [True, True] or (
            apart and _is_crosshead(content) and prose[at + 1 : at + 3] == [True, True]
        ):
            return following[at]
    return len(lines)


# A count said as a word, two or more (or digits): what opens a signpost or an echo.
_COUNT_WORD = (
    r"(?:\d[\d,.]*|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|fifteen|twenty|thirty|forty|fifty|sixty|a\s+hundred|hundreds)(?:-\w+)?)"
)
# A signpost to what follows, in a presenter's or a newsletter's voice: "Two claims to look at
# there.", "Ten numbers today, from X to Y.", "Three things to know this morning."
_SIGNPOST = re.compile(
    rf"^(?:(?:Good\s+(?:morning|afternoon|evening)|Hello|Hi|So|OK|Right)[,.!]?\s+)?{_COUNT_WORD}"
    r"\s+(?:more\s+)?(?:numbers|things|claims|stories|charts|points|questions|facts|figures|"
    r"items|reads|links|takeaways|graphs)\s+(?:today|this\s+(?:morning|week|evening)|"
    r"to\s+(?:look\s+at|check|know|watch|consider|read|unpack)|for\s+you|"
    r"in\s+this\s+(?:issue|edition|newsletter|episode))\b",
    re.IGNORECASE,
)
# A verbless echo of a figure just said, for emphasis: "Fifteen minutes." "Two years!" A count
# and a plural noun, no more (a verb after a plural count has no -s: "Six schools close.").
_ECHO = re.compile(
    rf"^(?:(?:just|only|nearly|almost|over|about)\s+)?{_COUNT_WORD}\s+[a-z]+s[.!]+[”\"’]?$",
    re.IGNORECASE,
)
# A newsletter's own poll, told to its readers: "62% of you said yes", "(1,340 votes)".
_READERS_POLL = re.compile(
    r"\b\d[\d.]*\s?(?:%|per\s?cent|percent)\s+of\s+you\s+(?:said|voted|told\s+us|chose|"
    r"picked|answered|think|thought)\b",
    re.IGNORECASE,
)
_VOTES_COUNT = re.compile(r"\(\s*[\d,.]+\s?[kK]?\s+votes?\s*\)")
# A pointer in brackets to another piece, which names it by its title ("(see “50 Smartest
# Companies: X”)", "(see 35 Innovators Under 35, 2013)", "(MORE: 13 Best Tweets About the
# Quake)"): the other piece's title, whose numbers state nothing here. Session 55.
_SEE_ALSO = re.compile(
    rf"\(\s*(?:(?i:see)(?:\s+also)?\s+|(?:{_LINK_LABEL}|More|RELATED|Related|WATCH|Watch)\s*:\s*)"
    r"[^()\n]{1,150}\)"
)
# Another piece's title in square brackets, a link set in the paragraphs ("[Trippy Tales: The
# History of 8 Hallucinogens]"), session 55: in title case (`title_case_words`), which an
# editor's insertion ("[the council]", "[sic]") is not.
_BRACKETED_TITLE = re.compile(r"\[(?P<title>[^\[\]\n]{3,150})\]")
# A title in quotes with a number in it, in a sentence of prose ("CNN's “10 People Who Don’t
# Matter” list"): a list's, a book's or a film's name, whose number states nothing. A quotation
# in a headline set in title case is the headline's words (`_asides`).
# Spoken words close on their punctuation inside the quotes ("We Will Cut 400 Jobs," she said).
# A title is short: its bounds keep a long paragraph with one stray quote mark quick.
_QUOTED_TITLE = re.compile(r"[“\"](?P<title>[^“”\"\n]{0,100}?\d[^“”\"\n]{0,100}(?<![,.!?;:]))[”\"]")
_TITLE_WORD_LEAST_LETTERS = 4
_TITLE_LEAST_WORDS = 3


def title_case_words(text: str, *, least_words: int = _TITLE_LEAST_WORDS) -> bool:
    """Whether a text capitalises its words as a headline in title case does: every word of at
    least `_TITLE_WORD_LEAST_LETTERS` letters, and at least `least_words` of them (the short
    ones, "of", "the", "in", are left small)."""
    words = [
        word
        for word in re.findall(r"[^\W\d_][\w’'-]*", text)
        if len(word) >= _TITLE_WORD_LEAST_LETTERS
    ]
    return len(words) >= least_words and all(word[:1].isupper() for word in words)


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[”\"’]?\s+(?=[A-Z“\"‘(])")


# A live page's selection of its readers' messages, under a heading that names them ("Your
# messages", "Readers' views", "What you've told us"): each a quotation signed with a dash and
# the sender's name, perhaps their place ('"Our classroom hit 33 degrees." - Teacher, Brayford').
# A reader's words, the commenter's, not the page's; the heading's block ends at the next
# heading or entry.
_READERS_HEADING = re.compile(
    r"^(?:Your (?:messages|comments|views|stories|texts|emails)|(?:Readers?|Listeners?|Viewers?)"
    r"['’]?s? (?:messages|comments|views|letters|texts)|What you(?:['’]ve| have) (?:told|sent) us)"
    r"\s*:?$",
    re.IGNORECASE,
)
_READER_MESSAGE = re.compile(
    r"^[“\"](?P<message>[^“”\"]+)[”\"]\s*[-–—]\s*(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})"
    r"(?:,\s*[A-Z][\w'’ -]{0,40})?$"
)


def _asides(content: str) -> list[tuple[int, int]]:
    """Where in a paragraph its asides are (`ASIDE`: `_SIGNPOST`, `_ECHO`, `_READERS_POLL`,
    `_VOTES_COUNT`, `_SEE_ALSO`, `_BRACKETED_TITLE`, `_QUOTED_TITLE`), as offsets into it."""
    found = [match.span() for match in _VOTES_COUNT.finditer(content)]
    found += [match.span() for match in _SEE_ALSO.finditer(content)]
    found += [
        match.span()
        for match in _BRACKETED_TITLE.finditer(content)
        if title_case_words(match.group("title"))
    ]
    found += [
        match.span()
        for match in _QUOTED_TITLE.finditer(content)
        if title_case_words(match.group("title"))
        and not title_case_words(content[: match.start()] + content[match.end() :])
    ]
    starts = [0, *(match.end() for match in _SENTENCE_BREAK.finditer(content))]
    ends = [*(match.start() for match in _SENTENCE_BREAK.finditer(content)), len(content)]
    for start, end in zip(starts, ends, strict=True):
        sentence = content[start:end].rstrip()
        if _SIGNPOST.match(sentence) or _ECHO.match(sentence) or _READERS_POLL.search(sentence):
            found.append((start, start + len(sentence)))
    return found


def normalise(original: str) -> NormalisedText:
    folded, offsets = _fold_characters(original)
    lines = _lines(folded, offsets)
    colon_labels = sum(1 for line in lines if _COLON_DATELINE.match(line.text.strip()))

    out_chars: list[str] = []
    out_offsets: list[int] = []
    spans: list[Span] = []
    removed: list[dict[str, Any]] = []
    seen_paragraphs: set[str] = set()
    previous_content = ""
    in_comments = False
    comments_start: int | None = None
    commenters: list[tuple[int, str]] = []  # (indent, name), the thread so far
    blank_pending = False
    in_release_notes = False
    in_led_list = False  # a list of bullets under a lead-in that ends on a colon
    in_readers_messages = False  # under a live page's heading of its readers' messages
    in_source_list = False  # under a "Sources" heading, until prose resumes
    paragraphs: list[tuple[int, int, str]] = []  # the article's, before its comments: kinds

    def remove(kind: str, line: _Line) -> None:
        end = line.offsets[-1] + 1 if line.offsets else line.start
        removed.append({"kind": kind, "original_start": line.start, "original_end": end})

    def emit(line: _Line) -> tuple[int, int]:
        nonlocal blank_pending
        if out_chars:
            separator = "\n\n" if blank_pending else "\n"
            for char in separator:
                out_chars.append(char)
                out_offsets.append(line.start)
        blank_pending = False
        start = len(out_chars)
        out_chars.extend(line.text)
        out_offsets.extend(line.offsets)
        return start, len(out_chars)

    index = 0
    while index < len(lines):
        line = lines[index]
        content = line.text.strip()
        if not content:
            blank_pending = bool(out_chars)
            index += 1
            continue
        teaser = (
            _TEASER_LINE.match(content)
            or _READ_LABEL_LINE.match(content)
            or _TEASER_AHEAD.match(content)
            or _is_media_teaser(content)
        )
        if not in_comments and (
            teaser or _is_prompt(content) or _is_pitch(content) or _is_advert(content)
        ):
            remove("teaser" if teaser else "prompt", line)
            index += 1
            continue
        if not in_comments and _TEASER_HEADING.match(content) and len(content) <= 60:
            # The block's heading and its links go; the article resumes where it clearly does
            # (`_teaser_block_end`): a block mid-story is not the end of the page.
            block_end = _teaser_block_end(lines, index)
            for rest in lines[index:block_end]:
                if rest.text.strip():
                    remove("teaser", rest)
            index = block_end
            continue
        # A list's bullet says nothing of what the line is ("- 941 comments", "• Share").
        bare = _SYMBOL_BULLET.sub("", content)
        if (
            any(pattern.match(bare) for pattern in _CHROME_LINES)
            or _is_counter_line(bare)
            or _is_profile_line(content)
            or _is_download_row(content)
            or _is_button_row(content)
            or _is_address_line(content)
            or _is_weather_widget(content)
        ):
            remove("chrome", line)
            index += 1
            continue
        if (
            not in_comments
            and _COMMENTS_HEADING.match(bare)
            and (
                _COMMENT_BUTTON.match(bare)
                or not (_body_begun(paragraphs) or _thread_follows(lines, index))
            )
        ):
            # Above the story ("17 comments" under the byline, beside the share buttons) a
            # comment count is the page's counter, a link down to the thread, not its heading:
            # the article has yet to begin, and no reader's comment follows it. A button to
            # the comments (`_COMMENT_BUTTON`) is one wherever it stands.
            remove("chrome", line)
            index += 1
            continue
        header = _is_comment_header(lines, index)
        if not in_comments and (
            _COMMENTS_HEADING.match(content)
            # A thread is read by its shape only under the story: in the page's header a
            # reporter's name over the story's date and its share buttons has the same shape.
            or (
                (header is not None or _opens_comment_thread(lines, index))
                and _body_begun(paragraphs)
            )
        ):
            in_comments = True
        if in_release_notes and (
            _PUBLISHER_ADDS.match(content) or _reporting_resumes(lines, index)
        ):
            in_release_notes = False
        if not in_comments and (in_release_notes or _RELEASE_NOTES.match(content)):
            # A press release's notes to editors, "About us" and media contact, up to the end
            # (or the page's comments), are the issuer's furniture, not the story.
            in_release_notes = True
            remove("release_notes", line)
            index += 1
            continue
        if in_comments:
            if _is_thread_furniture(content):
                remove("chrome", line)
                index += 1
                continue
            if _COPYRIGHT.match(content):
                # The page's footer after its comments belongs to the page, not to a reader.
                start, end = emit(line)
                spans.append(Span(COPYRIGHT, start, end))
                index += 1
                continue
            start, end = emit(line)
            if comments_start is None:
                comments_start = start
            username = "" if header is not None else _commenter_named_by(lines, index)
            if header is not None or username:
                indent = (
                    len(header.group("indent"))
                    if header is not None
                    else len(line.text) - len(line.text.lstrip())
                )
                name = header.group("name").strip() if header is not None else username
                commenters = [item for item in commenters if item[0] < indent]
                commenters.append((indent, name))
                spans.append(Span(COMMENTER, start, end, name))
            elif _COMMENTS_HEADING.match(content):
                # The thread's heading states nothing: a count of comments, or the headline
                # it echoes ("2 thoughts on “Council to cut 1,200 jobs”").
                spans.append(Span(THREAD_HEADING, start, end))
            else:
                indent = len(line.text) - len(line.text.lstrip())
                owner = next(
                    (name for level, name in reversed(commenters) if level == indent - 2),
                    commenters[-1][1] if commenters else "",
                )
                spans.append(Span(COMMENT, start, end, owner))
            index += 1
            continue
        key = _fold_key(content)
        if key == previous_content or (
            len(key.split()) >= 5 and key in seen_paragraphs and not SPEAKER_LINE.match(content)
        ):
            remove("repeated_paragraph", line)
            index += 1
            continue
        previous_content = key
        seen_paragraphs.add(key)
        kind = CORRECTION if _CORRECTION_NOTE.match(content) else _classify(content)
        if kind == HEADING and (
            _in_text_table(lines, index)
            # A list of short lines each ending on a figure in the story's body (a results
            # box); above it, the standfirst's points sum the story up.
            or (_body_begun(paragraphs) and _in_figure_list(lines, index))
        ):
            kind = ""  # a row of a table set in text: its figures are stated, not headlined
        if in_source_list and _is_prose(content):
            in_source_list = False
        elif in_source_list and kind in ("", HEADING):
            # A line of the list of sources ("Office for X, Workforce 2025 (tables 1 to 4)"):
            # where a figure was found, however its brackets close it.
            kind = REFERENCE
        if kind == HEADING and _SOURCES_HEADING.match(content):
            in_source_list = True
        message = _READER_MESSAGE.match(content) if in_readers_messages else None
        if message is not None:
            kind = ""  # a short message, unstopped after its sender's name, is no heading
        if (
            kind == HEADING
            and paragraphs
            and paragraphs[-1][2] == DATELINE
            and _ENTRY_TIME.match("".join(out_chars[paragraphs[-1][0] : paragraphs[-1][1]]))
        ):
            kind = ENTRY_HEADING
        bulleted = bool(BULLET.match(content))
        # A box's item may open on its figure instead of a bullet ("$61.9 billion: projected
        # deficit", "4,800: posts to be cut"), as a box of key figures sets them.
        itemised = bulleted or (in_led_list and is_figure_line(content))
        if kind == HEADING and itemised and in_led_list:
            # A bullet under a lead-in that ends on a colon ("Other findings from the survey:")
            # is a sentence of the list, which the lead-in opens: the body's, not a heading.
            kind = ""
        # A box's heading inside the story ("What we know so far", "Key points") leads its
        # bullets as a colon does: each is a statement of the box, the body's; a line under
        # the heading naming the box's source ("Source: ...") leaves it open. Above the story
        # a list of bullets is its summary, headlines of what follows.
        in_led_list = (
            (itemised and in_led_list)
            # A box's line with no figure ("Model: X", "Fix: a new pump, free") keeps it open.
            or (in_led_list and _labelled_line(content) is not None)
            or (in_led_list and bool(_SOURCE_LABEL.match(content)))
            or (
                not bulleted
                and kind in ("", HEADING)
                and (
                    content.endswith(":")
                    or (kind == HEADING and (_body_begun(paragraphs) or _header_closed(paragraphs)))
                )
            )
        )
        start, end = emit(line)
        paragraphs.append((start, end, kind))
        if kind:
            spans.append(Span(kind, start, end))
            in_readers_messages = kind in (HEADING, ENTRY_HEADING) and bool(
                _READERS_HEADING.match(content)
            )
        else:
            at = start + line.text.find(content)
            if message is not None:
                spans.append(Span(COMMENT, start, end, message.group("name")))
            spans.extend(Span(ASIDE, at + low, at + high) for low, high in _asides(content))
        wire = _WIRE_DATELINE.match(content) if kind in ("", HEADING) else None
        if wire is None and kind == "" and colon_labels == 1 and not _body_begun(paragraphs[:-1]):
            # Only where it opens the story: a label over a later paragraph is a speaker's.
            wire = _COLON_DATELINE.match(content)
        if wire is not None and (wire.groupdict().get("agency") or len(wire.group("place")) >= 3):
            # The dateline is chrome; the sentence it opens is the article's first.
            at = start + line.text.find(content)
            spans.append(Span(DATELINE, at, at + wire.end()))
        if kind == CAPTION:
            line_text = "".join(out_chars[start:end])
            for credit in _INLINE_CREDIT.finditer(line_text):
                spans.append(Span(CREDIT, start + credit.start(), start + credit.end()))
        index += 1

    text = "".join(out_chars)
    spans.extend(_standfirsts(text, paragraphs))
    spans.extend(_header_records(text, paragraphs))
    spans.extend(_column_author(text, paragraphs))
    spans.extend(_reporter_notes(text, paragraphs))
    if comments_start is not None:
        spans.append(Span(COMMENTS, comments_start, len(text)))
    spans.sort(key=lambda span: (span.start, span.end))
    return NormalisedText(
        text=text, original=original, spans=spans, removed=removed, offsets=out_offsets
    )
