"""Reading an ingested article for claims: which sentences state a check-worthy figure, who
makes each claim, the quote to cite, and how check-worthy it is and why.

Pure functions over text come first (extract_suggestions, used by `extract_claims` without a
database); storing the suggestions follows.
"""

import dataclasses
import functools
import hashlib
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pysbd  # type: ignore[import-untyped]
from babel import Locale
from django.db import transaction
from django.utils.text import slugify
from pysbd.utils import TextSpan  # type: ignore[import-untyped]

from claims.figures_parser import (
    ABOUT,
    AT_LEAST,
    CONTEST,
    CONTEST_GLOSS_AFTER,
    COUNT,
    CURRENCY,
    EXACT,
    LESS_THAN,
    MORE_THAN,
    NEARLY,
    PERCENT,
    PERCENTAGE_POINTS,
    TOLL_WORDS,
    YEARS,
    ParsedFigure,
    currencies_named,
    currency_of_prefix,
    find_figures,
)
from claims.numbers import SCALE_WORDS, TENS, UNITS
from intake import normalise as marks
from intake.models import Suggestion, TextSection
from intake.normalise import NormalisedText
from sources.models import Entity, EntityKind, Snapshot
from sources.quotes import CONTEXT_CHARS

MAX_SUGGESTION_QUOTE_WORDS = 25
CHECK_WORTHY = 0.35
_WORD = re.compile(r"\S+")
_CLAUSE_END = re.compile(r"[,;:]$|^[—–]$")
_CHANGE_WORDS = re.compile(
    r"\b(?:rise|rose|risen|fell|fall|fallen|drop|dropped|cut|cuts|grew|grow|growth|expanded|"
    r"increase[sd]?|decrease[sd]?|doubled|tripled|halved|largest|biggest|most|first|only|"
    r"record|than|worth|valuation|led to|accounted for|surpassing|lost|gained|gains|losses)\b",
    re.IGNORECASE,
)
# The days of the week.
_WEEKDAY_NAMES = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# A day, which may stand between a verb and what it says ("forecast Tuesday that").
_WEEKDAY = rf"(?:{_WEEKDAY_NAMES}|today|yesterday)"
# Where an amount or a count starts: a digit, a currency's symbol, or the letters a country's
# press writes before its amount ("RM870mil", "Rs 3,000", "KSh11.2bn", "J$1.4 billion").
_AMOUNT_OPENS = (
    r"(?:[\d£$€₹₦₱¥₩₵]|(?-i:[A-Z]{1,3})\$|(?-i:Rs|RM|Rp|KSh|Ksh|Sh|Shs|Tk|Dh|R|N|P|K)\s?\d)"
)
# "Shows" is a plural noun where a preposition follows it ("movies and TV shows from X").
_NOT_A_NOUN = r"(?!\s+(?:from|on|about|of|in|for|with|and|or|by)\b)"
_SPEECH_VERBS = (
    r"says|said|say|told|tells|tell|boasts|boasted|claims|claimed|"
    # "Ada Moor should claim enough votes to win": after a modal, "claim" takes a prize; it
    # says something only before "that".
    r"(?<!\bcan\s)(?<!\bcould\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bmay\s)(?<!\bmight\s)"
    r"(?<!\bmust\s)(?<!\bshould\s)claim|claim(?=\s+that\b)|reported|"
    r"reports|found|finds|"
    # An election's result is its returning officer's or commission's ("..., the X Electoral
    # Authority declared on Friday"): the verb ends the clause, with no object ("declared a
    # dividend") and no agent after it ("as declared by").
    # Or its object is the result it declares ("The returning officer declared the result: X
    # 4,102 votes, Y 3,877").
    r"(?:declared|declares)(?=\s*(?:[.,;]|$|\s+(?:on|early|late|last|this|yesterday|today)\b|"
    r"\s+the\s+(?:results?|count)\b))|"
    r"estimates|estimated|announced|announces|wrote|writes|argues|argued|noted|"
    r"notes|stresses|"
    rf"stressed|concluded|concludes|suggests|suggest|shows{_NOT_A_NOUN}|showed|revealed|reveals|"
    # Session 53: a speaker telling of what happened ("..., Mr. Roe recounted on Monday").
    r"recounted|recounts|"
    # A pollster gives its sample ("Civica interviewed 1,500 adults").
    r"surveyed|interviewed|polled|"
    # A forecast or a belief is its holder's claim ("Organisers expect 35,000", "had expected a
    # 0.3% fall", "The think tank X reckons").
    r"expect|expects|expected|reckons|reckoned|believes|believed|thinks|fears|feared|"
    # The verbs other house styles attribute with ("has disclosed", "stated", "conceded").
    # "states" is a plural noun as often ("seven battleground states on Monday").
    rf"stated|states{_NOT_A_NOUN}|disclosed|discloses|confirmed|confirms|conceded|concedes|acknowledged|"
    r"acknowledges|admitted|admits|explained|explains|insisted|insists|lamented|laments|"
    r"observed|observes|(?:pointed|points)\s+out|calculated|calculates|calculate|"
    # A body that cites figures puts them forward ("The ministry points to the N350 billion
    # set aside", "X cites a 40% rise"); not "cited", which as often ends a clause about the
    # figure ("the €9.4bn the minister cited").
    r"(?:pointed|points)\s+to|cites|"
    r"maintained|maintains|cautioned|cautions|complained|complains|suggested|"
    # Verbs of saying that many papers use as readily as "said" ("X opined", "averred",
    # "remarked", "clarified"), a quip, and a complaint's words.
    r"opined|opines|averred|remarked|posited|quipped|clarified|clarifies|decried|decries|"
    r"bemoaned|bemoans|"
    # Before what is said only: "recalled 12,000 cars" is a product recall, "declared a
    # dividend" a decision, "highlighted 46 cases" a finding the sentence gives otherwise.
    r"(?:hinted|hints|regretted|regrets|recalled|recalls|reiterated|reiterates|emphasi[sz]ed|"
    r"emphasi[sz]es|highlighted|highlights|declared|declares)(?=\s+that\b)|"
    # "assured residents that", "urged the board to note that".
    r"(?:assured|assures|urged|urges)(?=\s+(?:[\w’'-]+\s+){0,4}?that\b)|"
    # Evidence given ("the authority testified to the council that ...").
    r"(?:testified|testifies)(?=\s+(?:[\w’'-]+\s+){0,5}?that\b)|"
    # "has touted estimates that 2.2 million ...": a claim put forward.
    r"(?:touted|touts)(?=\s+(?:[\w’'-]+\s+){0,3}?that\b)|"
    # A promise is its maker's claim ("X pledged that her country would double its output to
    # 450 gigawatts", "vowed to build 40,000 homes").
    r"(?:pledged|pledges|promised|promises|vowed|vows)(?=\s+(?:that|to)\b)|"
    # "indicated that", "posted that" ("posted on X" is below).
    r"(?:indicated|indicates|posted)(?=\s+that\b)|alleged|alleges|"
    # A reply that disputes ("Democrats counter that ...", "the union retorted that ...").
    r"(?:countered|counters|counter)(?=\s+that\b)|retorted|"
    # A reply that closes its sentence after the quotation it gives ("“About a billion,” Moor
    # replied."), or opens one ("Moor replied: “...”"), session 56; "responded to the floods
    # by ..." is what was done, and "6,214 teachers responded, from ..." a survey's count.
    r"(?:replied|responded|answered)(?=\s*(?:[.!?]|[,:]\s*[“\"‘]|$))|"
    # What a body that counts or checks does with its figures ("X identified 4,200 leaks",
    # "flagged 46 schools", "tallied 312 breaks"), and a valuation ("pegged the cost at $4m").
    r"identified|flagged|documented|tallied|tallies|"
    # What is pegged may take a few words ("pegged the odds of reaching it by 2026 at one in
    # seven"), session 54.
    rf"(?:pegged|pegs|valued|values)(?=\s+(?:[\w’'-]+\s+){{1,8}}?at\s+(?:about\s+|around\s+)?"
    rf"(?:{_AMOUNT_OPENS}|(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s))|"
    # A company's results are its own statement of them, as "reported" says ("X posted a 9%
    # rise in revenue", "swung to a net loss of £3.8bn", "booked a profit of ...").
    r"(?:posted|posts|booked|books|swung\s+to|swings\s+to|returned|delivered)"
    r"(?=\s+[^.;]{0,40}?\b(?:profits?|loss(?:es)?|revenues?|sales|earnings|turnover|surplus|"
    r"deficit|EBITDA|margins?)\b)|"
    # A post on a social network is its poster's claim ("the MP posted on X", "tweeted").
    r"(?:posted|posts)(?=\s+(?:on|to)\s+(?:[A-Z]\w*|social\s+media)\b)|tweeted|tweets|"
    r"(?:was|were)\s+quoted\s+as\s+saying|"
    # "advised the auditor in August that ...": told, not counselled ("advised against").
    r"advised(?=\s+[^,.;]{1,60}?\bthat\b)|"
    # A forecaster's or a company's view of what is to come ("the bank now sees inflation at
    # 2.4%", "X sees revenue growth of 1.8%"), session 54: only with a measure of an economy's
    # or a business's course and its figure, never "the city sees 300 visitors".
    r"sees(?=\s+(?:[\w’'-]+\s+){0,2}?(?:growth|inflation|revenues?|sales|earnings|profits?|"
    r"demand|output|GDP|margins?|unemployment|deficit|spending|prices|rates?)\s+(?:of|at|"
    r"rising|falling|growing|slowing|reaching|between)\b)|"
    # "projected growth of 2 percent", never "was projected to grow"; "forecast a 3 percent
    # rise", never "the forecast of".
    # The day may come between ("forecast Tuesday that"), session 54.
    # A forecast's agent after it ("is forecast by X Research to reach $84 billion"), session 55.
    r"forecast(?=\s+by\s+(?![\d(]))|"
    rf"projected(?!\s+to\b)|(?:forecasts?|projects)(?=(?:\s+(?:on\s+)?{_WEEKDAY})?"
    rf"\s+(?:(?:that|a|an|growth|inflation)\b|{_AMOUNT_OPENS}))|"
    # A company's guidance names what it forecasts before the figure ("forecast second-half
    # sales of between €2bn and ...", "forecast core profit of 80 pence"); "its forecast of
    # €9bn" has no such words and stays a noun.
    r"(?:forecast|projects)(?=\s+(?:[\w-]+\s+){1,4}?(?:of|at)\s+(?:between\s+|about\s+|around\s+|up\s+to\s+)?"
    rf"{_AMOUNT_OPENS})|"
    # A revision of one's own forecast or target states the new figure ("trimmed its annual
    # outlook to ...", "raised her price target to £12"): never "cut the rate", whose figure
    # is the decision's, not a forecast.
    r"(?:cut|cuts|raised|raises|lowered|lowers|trimmed|trims|lifted|lifts|reaffirmed|"
    # Session 54: the stronger words of revision ("the fund slashed its outlook for growth to
    # 1.6%", "hiked its target", "pared its forecast").
    r"slashed|slashes|boosted|boosts|hiked|hikes|pared|pares|upgraded|upgrades|downgraded|"
    r"downgrades|revised|revises|"
    # Or its keeping ("left unchanged its forecast for growth — a modest 3.2%", "kept its
    # outlook at 2%").
    r"(?:left|leaves|kept|keeps)(?:\s+unchanged)?|maintained|maintains|"
    # An officer revises the company's own plan as its voice ("The finance chief raised the
    # group's investment plan to £900m").
    r"reaffirms|reiterated|reiterates)(?=\s+(?:its|their|his|her|the\s+(?:company|group|firm)['’]s)"
    r"\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:forecasts?|projections?|estimates?|outlook|guidance|targets?|plans?|budgets?)\b)|"
    # "added 41,000 jobs", "adds about £2m a year": an increase, not words added.
    r"add(?:ed|s)(?!\s+(?:(?:a|an|another|some|about|around|roughly|nearly|almost|over|more|"
    rf"than|just|only|a\s+further|up\s+to)\s+){{0,3}}{_AMOUNT_OPENS})"
    # Session 53: "added his seventh", "added three assists": a score or a tally added to.
    r"(?!\s+(?:his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten)\s)"
    r"(?!\s+(?:a|an|another)\s+(?:goal|try|point|assist|run|wicket|basket|touchdown|"
    r"field\s+goal|penalty|free\s+throw|birdie)\b)|"
    r"promised|promises|warned|warns|predicted|predicts|puts|estimate|asserted|asserts|"
    # A plural subject's present tense ("Provincial health authorities report that ...",
    # "Economists predict that ...", "Company officials acknowledge that ..."). Where the word
    # is as often a noun ("a report that ...", "a note"), only before "that" or an
    # amount. Never after a modal, "to" or "do" ("The Magpie can reveal", "will confirm",
    # "did not admit"), whose subject is no source of the figure.
    r"(?<!\bcan\s)(?<!\bcould\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bmay\s)(?<!\bmight\s)"
    r"(?<!\bmust\s)(?<!\bshould\s)(?<!\bto\s)(?<!\bdo\s)(?<!\bdoes\s)(?<!\bdid\s)"
    r"(?<!\bnot\s)(?<!n[’']t\s)(?:"
    r"predict|acknowledge|argue|conclude|reveal|disclose|confirm|concede|admit|insist|warn|"
    r"assert|reckon|believe|(?:report|note|stress|find)(?=\s+(?:that\b|"
    rf"{_AMOUNT_OPENS})))|"
    # South Asian house style: "informed the House", "apprised that", "alleged that"; never
    # "an informed guess" or "the alleged fraud".
    r"(?:informed|informs|apprised|apprises)(?=\s+(?:that\b|the\b|[A-Z]))|"
    r"(?:alleged|alleges)(?=\s+that\b)|"
    # "put it at 47 percent", "put the rise at 4 percent", "put the figure nearer 3,400": a
    # source giving its figure.
    r"put(?=\s+(?:it|them|this|that|the(?:\s+[\w’'-]+){1,4})\s+"
    r"(?:at|nearer|closer\s+to|as\s+(?:high|low)\s+as)\b)|"
    # So does "put customers' actual losses at £231,000": any thing it puts at a figure, of
    # a few words, a list's commas among them ("put losses to homes, farms and roads at ..."),
    # a comparison's before its figure ("put the death toll higher, at 52").
    r"put(?=(?:,?\s+[a-z][\w’'-]*){1,7},?\s+(?:at|nearer|closer\s+to)\s+(?:about\s+|around\s+|"
    rf"roughly\s+|some\s+|just\s+|only\s+|more\s+than\s+|less\s+than\s+)?{_AMOUNT_OPENS})|"
    # A relative clause's "put at" ("a fee the club put at £11.5m"): the object is before.
    rf"put(?=\s+at\s+(?:about\s+|around\s+|roughly\s+|some\s+)?{_AMOUNT_OPENS})|"
    # A debate's and a hearing's verbs: a reply ("The minister replied that ..."), an answer
    # given ("agreed that", "accepted that"), a figure put to a witness ("put it to the witness
    # that ...") and a question's premise ("asked the minister whether he accepted that ...").
    r"(?:replied|replies|responded|responds|retorted|countered|counters|agreed|agrees|"
    r"accepted|accepts|"
    # A denial is a statement ("A spokesperson for X denied that ..."): "she said" after it is
    # the denier's.
    r"denied|denies)(?=\s+that\b)|"
    r"(?:put|puts)(?=\s+it\s+to\b)|"
    r"(?:asked|asks)(?=\s+(?:[\w’'-]+\s+){0,4}?(?:whether|if|why|how)\b)|"
    # A pollster quotes its margin and "has" the parties on their shares ("X has Labour on
    # 34%", "both firms quote a margin of 3 points").
    r"quote|quotes|quoted(?!\s+as\b)|"
    r"(?:has|had)(?=\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}(?:on|at)\s+"
    rf"(?:just\s+|only\s+|about\s+|around\s+)?{_AMOUNT_OPENS})|"
    # A poll "put No ahead by 46 per cent to 44", "puts Labour behind": the pollster's shares.
    r"(?:put|puts)(?=\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}(?:ahead|behind|level|clear)\b)"
)
# The documents that set out what is to come, whose owner gives their figures.
_PLANS = (
    r"(?:plans?|roadmap|proposals?|budget|forecasts?|projections?|estimates?|scenarios?|"
    r"targets?|strategy|model|modelling|modeling|guidance)"
)
_ACCORDING_TO = re.compile(
    # "per data from X" (American papers) says "according to"; "per cent", "per day" do not,
    # nor does a rate's "per second" after a unit ("9 cubic metres per second"): the name
    # after "per" keeps its capital whatever the flag.
    # ("per annum" is no "per an ...": each word whole).
    r"(?:\baccording to|(?<![\d%]\s)\b[Pp]er(?=\s+(?:(?:data|figures|statistics|records|the|a|an|its|"
    r"their)\b|(?-i:[A-Z])))"
    # "Under the ministry's roadmap, generation is to reach 28,450MW": an owner's plan or
    # forecast that a sentence opens on gives its figures, as "according to" it would.
    rf"|^[“\"‘]?under(?=\s+(?:the\s+)?[\w’' -]+?['’]s?\s+(?:[\w-]+\s+){{0,3}}?{_PLANS}\s*,))"
    # A dash set as two hyphens ("according to X -- there is ...") closes the phrase too.
    r"\s+(?P<phrase>(?:[^,;—–-]|-(?!-))+?)(?=[,;—–]|\s?--|\.(?:\s|$)|$)",
    re.I,
)
# Figures "tabled in Parliament", "presented to the Senate", "laid before the Assembly": what
# follows names the audience of the figures, which the words before have named the source of;
# so does a place where a document came out ("the bureau's report released in Abuja"), unless
# who released it follows ("released in Lagos by X").
_PUT_BEFORE = re.compile(
    r"\s+(?:(?:tabled|presented|submitted|laid|put)\s+(?:in|to|before)|"
    r"(?:released|published|issued|launched|unveiled)(?:\s+[\w’'-]+){0,3}?\s+(?:in|at)"
    r"(?![^,;]*\bby\b))\s+(?=(?:the\s+)?[A-Z])"
)
# An unnamed source described by what it knows ("according to a person familiar with the
# talks", "two people close to the negotiations"): news convention gives its figures to that
# description, which is neither the publisher's voice nor any body's.
_ANONYMOUS_WHO = (
    r"(?:(?:a|an|one|two|three|four|five|six|several|some|other|multiple|many|various)\s+)?"
    r"(?:person|people|sources?|"
    r"officials?|individuals?|insiders?|executives?)\s+(?:familiar\s+with|close\s+to|"
    r"with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on)\s+the(?:\s+[\w’'-]+){1,3}?"
)
_ANONYMOUS_SOURCE = re.compile(rf"\s*{_ANONYMOUS_WHO}\s*", re.IGNORECASE)
# The same source with why it goes unnamed ("a person close to the talks who asked not to be
# named"): the source is the description before "who".
_ANONYMOUS_SOURCE_EXPLAINED = re.compile(
    _ANONYMOUS_SOURCE.pattern + r"(?=(?:who|because|since)\b)", re.IGNORECASE
)
# The same source as the subject that speaks ("A person familiar with the negotiations said",
# "Two people close to the board, who asked not to be named, said") or in the closing
# reporting clause ("..., two people familiar with the matter said."): the description again.
_ANONYMOUS_SPEAKER = re.compile(
    # The description may run on ("A person familiar with the inspectorate's investigation
    # into a rockfall that killed two workers said"): the source is still the person.
    rf"(?:^[“\"‘]?|,\s+)(?P<who>{_ANONYMOUS_WHO})(?:,[^,;]{{1,80}},|\s+(?:into|on|over|about|"
    r"of|in|at|for|that|which)\s[^,;.“”\"]{1,80}?)?\s+(?:said|say|says|told|added|estimated)\b",
    re.IGNORECASE,
)
# A source given only as "the" and one noun ("according to the exchange", "published by the
# directorate"): the noun may shorten a name the article gave before.
_THE_NOUN = re.compile(r"\s*the\s+(?P<noun>[a-z]+(?:-[a-z]+)?)\s*")
# The same after a passive's "by", a time or place after it ("counted by the directorate in
# 2024").
_THE_NOUN_THEN_WHEN = re.compile(
    r"\s*the\s+(?P<noun>[a-z]+(?:-[a-z]+)?)"
    r"(?=\s*$|\s+(?:in|on|at|for|last|this|over|during|since|between|from)\b)"
)
# Devices known by their letters, which record without being anyone's source ("in footage
# recorded by CCTV").
_DEVICES = r"(?:CCTV|ANPR|GPS|dashcam|bodycam)"
# "In the view of the Chamber of Commerce, ...", "as reported by X", "were revealed by X",
# "In the chamber's view, ...": the source named after the phrase (or owning the view).
_VIEW_OF = re.compile(
    r"\b(?:[Ii]n\s+the\s+(?:view|words|estimation|opinion|reckoning|judgement|judgment)\s+of|"
    r"[Aa]s\s+(?:reported|estimated|calculated|stated|announced|noted|disclosed)\s+by|"
    # "polled by phone", "surveyed by email": a means, not who did it.
    r"(?:polled|surveyed|questioned|interviewed|consulted)\s+by"
    r"(?!\s+(?:tele)?phone|\s+e-?mail|\s+post\b|\s+text|\s+video|\s+(?:the\s+)?internet)|"
    r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
    r"(?:revealed|disclosed|reported|announced|confirmed|published|released|estimated|stated|"
    r"calculated|compiled|given|made\s+public)\s+by|"
    # Figures a data firm keeps ("withdrawals from the exchanges tracked by data firm X came to $90m").
    r"(?:tracked|monitored)\s+by|"
    # What a body records is its figure ("offences recorded by the X Police Department fell");
    # a name follows, not a passer-by or a device (`_DEVICES`).
    rf"(?:recorded|logged|registered)\s+by(?=\s+(?:the\s+)?[A-Z]|\s+the\s+[a-z]+\b)"
    rf"(?!\s+{_DEVICES}\b))"
    r"\s+(?P<phrase>[^,;.—–]+)"
    r"|\b[Ii]n\s+(?:(?P<owner>(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,5}?)['’]s|"
    # "In his view", "In their estimation": whom the pronoun names (`_pronoun_means`).
    r"(?P<pronoun>his|her|their|its))\s+"
    r"(?:own\s+)?(?:view|words|estimation|opinion|reckoning|estimate|assessment|judgement|"
    r"judgment|calculation)\b"
)
# "..., by the union's estimate", "By the Y Trust's count, ...": a clause that opens on "by"
# and an owner's estimate gives the owner's figure ("rose by more than the council's estimate"
# is no such clause).
_BY_OWNERS_COUNT = re.compile(
    r"(?:^|,\s+)[Bb]y\s+(?:the\s+)?(?P<owner>[a-z]+|[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|&)\s+)?"
    r"[A-Z][\w’'-]*)*)['’]s\s+(?:own\s+)?(?:latest\s+)?"
    r"(?:estimate|count|reckoning|calculation|tally|figures)s?\b"
)
# "By her calculations, ...", "..., by their count": the same clause with a pronoun for the
# owner, whom the pronoun names; so does a body the pronoun owns ("By her office's reckoning",
# "by his team's estimate"), which counts for that person as "His office said" speaks for him.
_BY_PRONOUNS_COUNT = re.compile(
    r"(?:^|,\s+)[Bb]y\s+(?P<pronoun>his|her|their|its)\s+(?:[a-z]+['’]s\s+)?(?:own\s+)?"
    r"(?:latest\s+)?"
    r"(?:estimate|count|reckoning|calculation|tally|figures)s?\b"
)
# A body or a document a person's possessive pronoun owns ("his office", "her team's survey").
_PERSONS_OWN_BODY = re.compile(r"\s*(?P<pronoun>his|her|His|Her)\s+[a-z]+\b")
# The nouns a report describes someone it has named by, as it goes on ("The retired nurse
# said", "the young mother added"): a person's own circumstances, no office or body.
# ("The driver said", "the man said" may be someone the report never named, and are left out.)
_PERSON_DESCRIPTIONS = (
    r"teacher|nurse|mother|father|parent|mum|mom|dad|student|pensioner|retiree|resident|"
    r"farmer|homeowner|buyer|tenant|widow|widower|grandmother|grandfather|grandparent|"
    r"veteran|shopkeeper|businessman|businesswoman|entrepreneur|volunteer|worker|carer|"
    r"caregiver|commuter|survivor"
)
# The description, its article first, right before the verb; or an age ("the 42-year-old").
_DESCRIBED_PERSON = re.compile(
    rf"(?:^|\s)[“\"‘]?[Tt]he\s+(?:(?:[a-z][\w-]*\s+){{0,2}}?(?:{_PERSON_DESCRIPTIONS})|"
    r"\d{1,3}-year-old)$"
)
# A source's name in brackets that ends a sentence, a name that ends as a source's does
# ("... in May (Merrow Statistics Office).").
_CITED_IN_BRACKETS = re.compile(
    r"\s\((?P<name>[A-Z][\w’'&-]*(?:\s+(?:(?:of|for|and|&|the)\s+)*[A-Z][\w’'&-]*)*\s+"
    r"(?:Office|Agency|Service|Bureau|Department|Ministry|Commission|Authority|Institute|Board|"
    r"Council|Survey|Centre|Center|Unit|Directorate|Inspectorate|Association|Federation|"
    r"Foundation|Trust|Bank|Fund|Monitor|Tracker|Statistics|Data))\)\s*\.?\s*$"
)
# A word standing for another of the documents just cited, before a document's verb
# ("Another showed ...", "One found ..."); a person's verb ("One said ...") is not read so.
_ANOTHER_SHOWS = re.compile(
    r"^(?:Another|One|The\s+other|Each)\s+(?=(?:also\s+)?(?:showed|shows|found|finds|put|puts|"
    r"gave|gives|listed|lists|projected|projects|suggested|suggests|estimated|estimates)\b)"
)
# A plural pronoun that shows something is documents or figures, never people ("They also show
# the trust missed ...").
_THEY_SHOW = re.compile(
    r"^(?P<pronoun>They)\s+(?:also\s+|further\s+)?(?:show|reveal|suggest|indicate)\b"
)
# The pronoun an owner's possessive stands for ("In her view" is what "she" names), or the
# object pronoun after "according to" ("according to him").
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it", "him": "he"}
# A name set off by commas after a description ("the head teacher, Ruth Kemp,").
_NAME_SET_OFF = re.compile(r",\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})(?:,|[.;]?\s*$)")
# The nouns of the bodies named for the data they keep ("records office", "statistics bureau",
# "data unit").
_KEEPERS_OF_DATA = (
    r"(?:office|bureau|unit|agency|department|division|service|centre|center|team|board|"
    r"authority|commission|committee|institute|directorate|branch|section|desk|cell|"
    # A body that guards data ("the Kelvasi data regulator", "the data protection board").
    r"regulator|watchdog|protection|commissioner|ombudsman|inspectorate)"
)
# "a Northfield Polling poll gave ...", "the Riverside University survey found ...".
_NAMED_STUDY = re.compile(
    # A name may join its words with "of", "for" or "and" ("X and Y District Council estimates").
    # "of the" too ("the Association of the Republic estimates").
    r"(?P<phrase>(?:[A-Z][\w’'&.-]*\s+(?:(?:of|for)\s+the\s+|(?:of|for|and)\s+)?)*[A-Z][\w’'&.-]*)\s+(?:poll|survey|study|report|analysis|"
    r"audit|review|census|data|figures|estimates?|forecast|index)\b"
    # A study's noun that names a place or a thing with the word after it ("the X census
    # metropolitan area", "a X data centre") is no study.
    r"(?!\s+(?:metropolitan|tracts?|areas?|blocks?|districts?|divisions?|centres?|centers?))"
    # Nor is one that opens the name of the body that keeps or guards it ("the X data
    # regulator", "the Y census office").
    rf"(?!\s+{_KEEPERS_OF_DATA}\b)"
)
# A possessive right before a study's capitalised words ("its Westmark forecast", "the board's Eastmere data").
_POSSESSED_BEFORE = re.compile(r"(?:\b(?:its|their|his|her|our|my)|\w['’]s?)\s+$")
_EVENT_BEFORE = re.compile(
    # Session 54: where or while something happened ("sat among a dozen people at a Bible
    # study", "during the Halsmoor review").
    r"\b(?:after|following|before|since|ahead\s+of|at|during)\s+(?:the|a|an)\s+$",
    re.I,
)
# A numeral right after "a" or "an" counts nothing: it opens a name ("a 7 News poll").
_NUMBERED_NAME = re.compile(r"\b[Aa]n?\s+(?P<number>\d+)\s+")
# "X rose 4 percent, the Statistics Office said on Friday, beating the 3 percent forecast in a Y
# poll": a named body's reporting clause set off by commas is the sentence's source; a study
# named after it is a source for its own clause only.
_REPORTING_CLAUSE = re.compile(
    r",\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+(?:(?:of|for|and)\s+)?)*[A-Z][\w’'-]*\s+"
    r"(?:said|says|reported|reports|announced|estimated|estimates)"
    r"(?:\s+(?:on|in|at|late|early|last|this)\s+\w+|\s+today|\s+yesterday)?\s*,"
)
# "The office also published its quarterly report": a body that publishes a report, survey or
# study is its source, whose figures the next sentences give ("It showed ...").
_PUBLISHES_REPORT = re.compile(
    r"^(?:[Tt]he\s+)?(?P<body>[\w’'-]+(?:\s+[\w’'-]+){0,4}?)\s+"
    # "has just published", "on Monday released", "also issued".
    r"(?:(?:also|has|have|had|just|now|today|recently|finally|on\s+[A-Z]\w+)\s+){0,3}"
    r"(?:published|publishes|released|releases|issued|issues|unveiled|unveils)\s+"
    r"(?:its|their|a|an|the)\s+(?:[\w’'-]+\s+){0,4}?(?P<noun>report|study|survey|review|"
    r"analysis|paper|index|audit|census|forecast|figures|data|statistics|bulletin|ranking|"
    r"table|statement|findings|results|update|assessment|estimates)\b"
)
# The verbs that close a speaker's appositive ("..., Dr Ada Moor, has disclosed"), with the
# auxiliaries and adverbs that may come first.
_APPOSITIVE_VERBS = (
    # "The Governor, Musa Bello, on Thursday said ...": a time may come before the verb.
    r"(?:(?:on|last|this|late|early)\s+[A-Za-z]+\s+|yesterday\s+|today\s+)?"
    r"(?:(?:has|have|had|also|later|further|then|separately|earlier)\s+)*"
    r"(?:said|says|told|added|argued|warned|noted|wrote|estimated|estimates|stated|states|"
    r"disclosed|revealed|confirmed|explained|insisted|claimed|claims|announced|reported|"
    r"conceded|acknowledged|admitted|observed|lamented|maintained|believes|stressed|"
    r"predicted|projected|forecast|calculated|expects|expected|predicts|reckons|reckoned|"
    r"thinks|fears|feared|warns|argues|notes|insists|cautioned|cautions|tells|"
    # A reply in a debate ("..., Ada Moor, replied that"); a pollster's shares ("X, polling
    # online for Y, has Labour on 34%").
    r"replied|responded|countered|retorted|"
    # A valuation ("Ada Moor, a professor at X, pegged the odds at one in seven"), session 54.
    r"pegged|pegs|valued|"
    # "..., a heart specialist at X, pointed out that": the other verbs of reported speech.
    r"(?:pointed|points)\s+out|suggested|emphasised|emphasized|highlighted|contended|testified|"
    # The verbs `_SPEECH_VERBS` has for other house styles ("opined", "averred") and for a
    # complaint or a boast, and those it takes before what is said ("recalled that").
    r"opined|averred|remarked|posited|quipped|clarified|decried|bemoaned|complained|alleged|"
    r"boasted|asserted|(?:hinted|regretted|recalled|reiterated|declared|informed|assured|urged)"
    r"(?=\s+(?:[\w’'-]+\s+){0,4}?that\b)|"
    r"(?:has|had)(?=\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}(?:on|at)\s+"
    rf"(?:just\s+|only\s+|about\s+|around\s+)?{_AMOUNT_OPENS})|"
    # A body that counted gives the count ("The X Trust, a charity, counted 312 pairs").
    r"counted|recorded|logged|registered|surveyed|found|"
    # A pollster's shares ("X, polling by phone for Y, put No ahead by 46 per cent to 44").
    r"(?:put|puts)(?=\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}(?:ahead|behind|level|clear)\b))"
)
# The particles of a family name, lower case between its capitalised words ("Johan van der
# Merwe", "Ana da Silva", "Ahmad bin Ismail").
_FAMILY_PARTICLES: tuple[str, ...] = (
    "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das", "la", "le",
    "bin", "binti", "ter", "ten", "ap",
)  # fmt: skip
_PARTICLES_BEFORE = rf"(?:(?:{'|'.join(_FAMILY_PARTICLES)})\s+){{0,2}}"
# "…, the central bank's chair, Oliver Grant, said" names the speaker between commas.
_APPOSITIVE_SPEAKER = re.compile(
    rf",\s+(?P<name>(?:[A-Z][\w’'.-]*\s+{_PARTICLES_BEFORE}){{0,3}}[A-Z][\w’'-]*),\s+"
    rf"{_APPOSITIVE_VERBS}\b"
)
# "…, the opposition's health spokesperson, Ada Moor of the X Party, said": the person named
# with the body she is of, between commas, speaks (for herself as much as the body).
_APPOSITIVE_PERSON_OF_BODY = re.compile(
    r",\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s+(?:of|at|from)\s+(?:the\s+)?"
    rf"[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w’'-]*)*,\s+{_APPOSITIVE_VERBS}\b"
)
# The verbs a speaker is put after, as "said" is ("..., disclosed the Finance Commissioner",
# "“...,” insisted the minister"): never "told", whose object is the hearer.
_INVERTED_VERBS = (
    r"stated|disclosed|revealed|confirmed|conceded|acknowledged|admitted|lamented|observed|"
    r"declared|asserted|maintained|announced|explained|insisted|claimed|added|"
    # Session 53: an agency or a paper named after its verb ("..., reports Quellane.").
    r"reports|reported|recounted"
)
# "said the new council leader, Imran Sheikh" names the speaker after a description.
_SAID_DESCRIBED = re.compile(
    rf"\b(?:said|says|{_INVERTED_VERBS})\s+(?:the|a|an|its|their)\s+"
    r"(?:[\w’'-]+\s+){0,5}?[\w’'-]+,\s+"
    r"(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\b(?!\s+[A-Z])"
    # A name that a list goes on from ("announced the selection of X, Y, Z and W") is the
    # verb's object, no speaker.
    r"(?!,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*(?:,|\s+and\s))"
)
_DISPUTE_VERBS = (
    r"disputed|contested|challenged|questioned|rejected|denied|"
    r"disputes|contests|challenges|questions|rejects|denies"
)
# What one source says and another disputes ("a claim the council disputes").
_DISPUTED_THING = r"(?:claim|figure|estimate|number|count|finding|forecast|calculation|view)"
# Where one sentence gives two sources' figures ("X found 51 percent, while Y showed 48"), a
# figure and its rebuttal ("..., a figure disputed by Y, putting it nearer a third") or a
# trailing participle clause with a source of its own ("..., beating the 28,000 forecast in a Y
# poll"); "according to" and "including" go on with the clause before them.
_CLAUSE_SPLIT = re.compile(
    r",\s+(?=(?:while|whereas|but|though|although)\s)|;\s+|"
    # "..., and 52 to 38 percent in a Y survey": a clause joined by "and" may name its own
    # source; never one that goes on with what the speaker said ("and that ...") or with a
    # pronoun for its subject, who is the speaker still.
    r",\s+(?=and\s(?!(?:that|we|I|they|he|she|it|our|its|their)\b))|"
    rf",\s+(?=(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{_DISPUTE_VERBS})\s+by\b)|"
    r",\s+(?=(?!according\b|including\b)[a-z]+ing\s)|"
    # "..., a claim the council disputes, pointing to its own counts": the rebuttal is the
    # disputing body's clause.
    rf",\s+(?=(?:a|an)\s+{_DISPUTED_THING}\s+(?:that\s+|which\s+)?(?:[\w’'-]+\s+){{1,6}}?"
    rf"(?:{_DISPUTE_VERBS})\b)"
)
# "a figure disputed by the Renters' Alliance": the body that disputes gives the figure after.
_DISPUTED_BY = re.compile(rf"\b(?:{_DISPUTE_VERBS})\s+by\s+(?P<phrase>[^,;.—–]+)")
# "a claim the council disputes", "a figure that the X Board rejects": the same, active.
_DISPUTES_THE_THING = re.compile(
    rf"^(?:a|an)\s+{_DISPUTED_THING}\s+(?:that\s+|which\s+)?"
    rf"(?P<phrase>(?:[\w’'-]+\s+){{0,5}}?[\w’'-]+)\s+(?:{_DISPUTE_VERBS})\b"
)
# "The minister disputed his figure, saying ...", "The agency rejected the claim, citing ...":
# a role or a body named by its noun disputes, then gives its own figure.
_NOUN_DISPUTES_SAYING = re.compile(
    r"^(?:(?:But|And|Meanwhile|However),?\s+)?[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?"
    rf"(?P<noun>[a-z][\w-]*)\s+(?:also\s+)?(?:{_DISPUTE_VERBS}|hit\s+back\s+at)\b[^;]*?,\s+"
    r"(?:saying|arguing|insisting|claiming|noting|adding|stating|pointing\s+to|citing)\b"
)
_BY_SOURCE = re.compile(
    # "estimate that" is the verb, not the noun ("Analysts at X estimate that a cut from Y's
    # margin would ...").
    r"\b(?:report|study|survey|research|analysis|figures|data|statement|poll|"
    r"estimates?(?!\s+that\b)|"
    r"review|audit|inquiry|tests|testing|trials?|assessment|evaluation|paper|bulletin|"
    # "By comparison, X drew 400 litres from Lake Y" is the paper comparing, no study's.
    r"ranking|league\s+table|(?<!by\s)(?<!in\s)comparison|"
    # The words between may give a sample size ("a survey of 2,000 adults by ..."), or be set
    # off by a comma ("The ranking, published by the inspectorate, ...").
    # An aside may say what the study is of before whom it was done by ("a survey of 900
    # readers, carried out for the library by X").
    r"investigation|count|tally|inspections?|checks),?\s+(?:[\w’']+(?:[,.]\d+)*,?\s+){0,8}?"
    # "The trial was funded by X": whoever paid for a study did not state its findings.
    r"(?<!funded\s)(?<!sponsored\s)(?<!financed\s)(?<!bankrolled\s)(?<!paid\sfor\s)"
    r"(?:by|from)\s+(?P<phrase>[^,;.—–]+)",
    re.IGNORECASE,
)
# "..., said the Reserve Bank of Tarnia." names a body after the verb, closing its clause ("told
# the X" names whoever heard it, never the claimant).
_SAID_THE = re.compile(
    rf"\b(?:said|says|wrote|noted|added|{_INVERTED_VERBS})\s+the\s+"
    # A capital and a letter: "says the R1.1bn" names a sum, no one.
    r"(?P<name>[A-Z][^\W\d_][\w’'-]*(?:\s+(?:of|for|and|on)\s+(?:the\s+)?[A-Z][\w’'-]*|\s+[A-Z][\w’'-]*)*)"
    r"(?=\s*(?:[,.;]|$|\s(?:on|in|at|last|this|yesterday|today|earlier)\b))"
)
# A spokesperson named only by the body they speak for, the body's name next ("chief
# spokesman for the X Group"), after "a" or "the".
_SPOKESPERSON_FOR_BODY = (
    r"(?:[a-z][\w-]*\s+)?(?:spokes(?:man|woman|person)|representative)\s+for\s+(?:the\s+)?"
)
# "..., said a spokesperson for the X Fire Department.": the body its unnamed spokesperson
# speaks for, after the verb.
_SAID_A_SPOKESPERSON_FOR = re.compile(
    rf"\b(?:said|says|added)\s+(?:an?|the)\s+{_SPOKESPERSON_FOR_BODY}"
    r"(?P<name>[A-Z][\w’'&-]*(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?[A-Z][\w’'&-]*)*)"
)
# "..., says the agency.": the verb before a body's or a role's noun, closing the sentence.
_SAID_THE_NOUN = re.compile(
    rf",[”\"’]?\s+(?P<verb>said|says|{_INVERTED_VERBS})\s+the\s+(?P<noun>[a-z]+)"
    r"(?=\s*(?:[,.;]|$|\s(?:on|in|at|last|this|yesterday|today|earlier)\b))"
)
# "..., said Ada Moor", and after a comma the verbs a speaker is put after ("..., estimated Ines
# Roe, an analyst"); "told Ada Moor" names the hearer.
_SAID_BY = re.compile(
    r"(?:\b(?:said|says|wrote|noted|added)|,[”\"’]?\s+(?:estimated|estimates|argued|warned|"
    rf"predicted|reckoned|reckons|calculated|explained|insisted|cautioned|{_INVERTED_VERBS}))"
    r"\s+(?P<phrase>[A-Z][^\W\d_][^,;.—–]*)"
)
# "..., said chief executive Ada Moor.", "..., said trader Ada Moor.": a role or a walk of
# life in lowercase with no article before it, then the person; its last word must describe
# her, not say when or how she spoke (`_NO_ROLE_SAID`). The owner's name before the role
# ("Kestrels team president Ada Moor") is taken with it, else it is read as the speaker.
_SAID_ROLE_NAME = re.compile(
    r"[,”\"’]\s+(?:said|says|added)\s+"
    # The role may be the team's or the firm's, named before it ("said Kestrels team president").
    # A plural owner's apostrophe may close a word of the role ("said students' union president").
    r"(?:[A-Z][\w’'-]*(?:['’]s?)?\s+){0,3}(?:[a-z][\w-]*(?:(?<=s)['’])?\s+){0,2}"
    r"(?P<role>[a-z][\w-]*)\s+"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})(?=\s*(?:[,.;]|$))"
)
_VERB = re.compile(rf"\b(?P<verb>{_SPEECH_VERBS})\b")
# The relative clause whose "it" names back the body a sentence opens on ("The Kelvasi
# Harbour Committee wants ..., which it says ...": `_opening_name`).
_WHICH_IT_BEFORE = re.compile(r",\s+which\s+it\s+\Z")
_VERB_AFTER_SUBJECT = re.compile(r"\s+[a-z]")
# A verb of speech in "-s" straight before an auxiliary (`_AUXILIARY_AFTER`), after the word
# that opens the sentence, is the plural noun it is spelled as, and that word describes it
# ("Early estimates have put the rise at 12%", "Initial reports had suggested ..."): no one
# named "Early" speaks. After a pronoun or a name further on it is a verb ("which it says
# would raise ...").
_PLURAL_NOUN_BEFORE = re.compile(r"[“\"‘]?[A-Z][a-z]+\s+(?:estimates|claims|reports|notes|finds)")
_BRACKETED = re.compile(r"\s*\([^()]*\)")
# A title before a person's name is not part of it ("Sheriff Maria Ortega" is Maria Ortega).
_TITLE_WORDS = (
    r"Mr|Mrs|Ms|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Rev|Sheriff|Mayor|Governor|Gov|"
    # A professor's grade ("Associate Professor Ada Moor of X said").
    r"(?:Associate|Assistant|Adjunct|Emeritus|Clinical|Visiting)(?=\s+Prof)|"
    # Members of a parliament or an assembly.
    # A South African metro's mayoral committee member and a province's executive member ("MMC
    # for Finance Ada Moor", "Health MEC Ben Roe").
    r"MP|MEP|MLA|MSP|MHA|MPP|MLC|MHR|MNA|TD|Cr|MMC|MEC|"
    # A compound military rank as papers hyphenate it ("Major-Gen Ada Moor", "Lt-Col Ben
    # Roe"), session 56.
    r"(?:Maj|Major|Lt|Lieut|Lieutenant|Brig|Brigadier)-(?:Gen|General|Col|Colonel)|"
    r"(?:Rear|Vice)-Admiral|"
    r"Lt|Lieutenant|Cllr|Supt|Insp|Det|Hon|Rt|Fr|Maj|Major|Cmdr|Commander|"
    # A Canadian councillor and an alderman as their papers shorten them ("Coun. Ada Moor").
    r"Coun|Ald|Alderman|Alderwoman|Alderperson|"
    # British police ranks as reports shorten them ("PC Ada Moor", "DCI Ben Roe").
    r"PC|PCSO|DC|DS|DI|DCI|DSU|DCS|"
    # South Asian and West African police ranks ("DCP Ada Moor", "SP Musa Roe", "IGP ...").
    r"SP|ASP|DSP|SSP|CSP|DCP|ACP|IGP|AIG|DIG|"
    # A Kenyan cabinet secretary and principal secretary as papers there shorten them
    # ("Interior CS Ada Moor", "Treasury PS Ben Roe"), before a whole name ("CS Lewis" is an
    # author's initials).
    r"(?:CS|PS|CAS)(?=\s+[A-ZÀ-ÖØ-Þ][\w’'-]+\s+[A-ZÀ-ÖØ-Þ])|"
    # Military ranks a charity's or a ministry's officer keeps in civilian life.
    r"Brigadier|Brig|Corporal|Cpl|Commodore|"
    r"Senator|Sen|Rep|Representative|Councillor|Councilman|Councilwoman|Councilmember|"
    r"Chief|Superintendent|Inspector|Detective|Sergeant|Sgt|Constable|Commissioner|Judge|"
    # An Irish police officer's rank before a whole name ("Detective Garda Ada Moor"; the
    # force's own name, "Garda Síochána", is one word after it), and a prosecutor's office.
    r"Garda(?=\s+[A-ZÀ-ÖØ-Þ][\w’'-]+\s+[A-ZÀ-ÖØ-Þ])|Prosecutor|"
    r"Justice|President|Minister|Secretary|General|Gen|Colonel|Col|Captain|Capt|Coach|Chair|"
    r"Chairman|Chairwoman|Chairperson|Director|Striker|Manager|Deputy|Vice|Assistant|Acting|Interim|"
    r"Executive|Officer|Chancellor|Premier|Attorney|Treasurer|Speaker|Ambassador|Controller|"
    # A department's head, styled by what it heads ("Head of Pricing Ada Moor"; "Head Office" is
    # a body's).
    r"Head(?=\s+of\s)|"
    # A job written with a capital before its holder's name ("Chief Economist Ada Moor", "X Bank
    # Analyst Ben Roe", "Spokesperson Ada Moor").
    r"Economist|Analyst|Strategist|Spokesperson|Spokesman|Spokeswoman|Researcher|"
    # A party's or a chamber's leader ("Opposition Leader Ada Moor", "Leader of the Opposition
    # Ada Moor", "Majority Leader Ben Roe").
    r"Leader|"
    r"Comptroller|Auditor|Registrar|Marshal|Admiral|Bishop|Dean|Provost|Principal|Headteacher|"
    # Honorifics West African and East African papers put before a name.
    r"Alhaji|Alhaja|Mallam|Pastor|Imam|Rabbi|Sheikh|Barrister|Engr|Arc|Comrade|Comr|"
    # Malaysian honours a daily there puts before a name ("Datuk Seri Ada Moor", "Tan Sri").
    r"Datuk\s+S(?:er)?i|Dato['’]?\s+S(?:er)?i|Datuk|Datin|Dato['’]?|Tan\s+Sri|Puan\s+Sri|"
    # Indian, Malaysian and Ethiopian styles of address, and a lawyer's ("Shri Ada Moor", "Smt.
    # Ada Moor", "Haji Ben Roe", "Ato Ben Roe", "Adv. Ada Moor"); not Indonesia's "Pak", which
    # papers in India write for Pakistan ("Pak Army").
    r"Shri|Sri|Smt|Shrimati|Haji|Hajah|Ustaz|Ustazah|Ato|Adv|Advocate|"
    # American legislators' titles, written as one word before the name.
    r"Congresswoman|Congressman|Congressmember|Assemblywoman|Assemblyman|Assemblymember|"
    # An office's engineer and a company's chiefs, as a body's title before its holder ("County
    # Engineer Ada Moor", "Acme CEO Ben Roe"): the person speaks, not the office.
    r"Engineer|CEO|CFO|COO|CTO|"
    # A town's clerk, and offices styled "<office>-General" ("City Clerk Ada Moor", "Relief
    # Commissioner-General Ada Moor", "Director-General Ben Roe").
    r"Clerk|[A-Z][a-z]+-General|"
    # A peer's style, a university's head, an ombudsman and a senior barrister ("Baroness Ada
    # Moor", "Vice-Chancellor Ben Roe", "Ombudsman Ada Moor", "Senior Counsel Ben Roe").
    r"Baroness|Vice-Chancellor|Pro-Vice-Chancellor|Ombudsman|Counsel|"
    # A second-in-command's title hyphenated ("Vice-President Ada Moor", "Vice-Chair Ben Roe").
    r"Vice-(?:President|Chair|Chairman|Chairwoman|Chairperson|Premier|Admiral|Principal)|"
    # The style of a Commonwealth minister or member keeps its article ("Prime Minister Dr. the
    # Hon. Ada Moor").
    r"the\s+Hon|the\s+Rt"
)
# Title words that are also adjectives or nouns that open bodies' names ("Premier Rugby",
# "General Foundries", "Chief Executives' Forum").
_ADJECTIVE_TITLE = re.compile(
    r"^(?:The\s+)?(?:General|Major|Premier|Chief|Principal|Executive|Deputy|Acting|Interim|Vice|"
    r"Assistant|Director|Chair|Speaker|Justice|Marshal|Dean|Coach|Manager|Controller|Registrar|"
    r"Treasurer|Officer|Commander|Captain|Admiral|Bishop|Provost|Leader)\s+[A-Z][\w’'-]+$"
)
# A name after a title may open with initials ("Managing Director S. R. Moor", "Minister P Ben
# Roe"), as many papers write a given name.
_INITIALS = r"(?:[A-Z]\.?\s+)*"
# A name's capital may carry an accent ("Élodie", "Øyvind", "Åsa"): the Latin-1 capitals.
_CAPITAL = "[A-ZÀ-ÖØ-Þ]"
# An owner's mark: "'s", or the apostrophe alone after a plural's "s" ("the growers' survey").
_OWNERS_MARK = r"(?:['’]s|(?<=s)['’])"
_TITLES = re.compile(rf"^(?:(?:{_TITLE_WORDS})\.?\s+)+(?={_INITIALS}{_CAPITAL}[\w’'-]+(?:\s|$))")
# A job title is a run of capitalised words that ends in a title word, whatever portfolio or
# rank goes before it ("Employment Minister", "Deputy Chief Fire Officer", "Health Secretary"),
# a portfolio of two briefs joined by "and" too ("Energy and Climate Minister"): else the
# name is cut at "and" as if two people spoke.
_TITLE_RUN = re.compile(
    rf"^(?:(?:[A-Z][\w’'-]*\s+(?:(?:and|&)\s+(?=[A-Z]))?){{0,3}}?(?:{_TITLE_WORDS})\.?\s+)+"
    rf"(?={_INITIALS}{_CAPITAL}[\w’'-]+(?:\s+{_CAPITAL}[\w’'-]+)*$)"
)
# A title on its own, with the capitalised words that say of what ("Police Minister",
# "Finance MMC"): a role, whose holder the article names with it.
_TITLE_ALONE = re.compile(rf"(?:[A-Z][\w’'-]*\s+){{0,3}}(?:{_TITLE_WORDS})")
# A person the text introduces by title and full name ("Gov. Ines Hale of ... declared", "the
# lead author is Prof. Ada Moor"), who may speak in the next sentence as "she" or "he".
_TITLED_PERSON = re.compile(
    rf"\b(?:(?:{_TITLE_WORDS})\.?\s+)+"
    # A one-word portfolio after a title of capitals ("MMC for Finance Ada Moor"); after a
    # title in words a portfolio may run to more words than one ("Minister for Coastal Affairs
    # Ada Moor"), and where it ends is not known.
    rf"(?:(?<=[A-Z]{{2}}\s)(?:for|of)\s+{_CAPITAL}[a-z]+\s+(?={_CAPITAL}[\w’'-]+\s+{_CAPITAL}))?"
    rf"(?P<name>{_CAPITAL}[\w’'-]+(?:\s+{_CAPITAL}[\w’'-]+){{1,2}})"
)
# The letters after a person's name: a member's seat, a silk, an honour, a degree or a
# fellowship ("Ben Roe MP", "Ada Moor KC, OBE", "Ada Moor PhD", "Ben Roe FRCP").
_POST_NOMINAL_LETTERS = (
    r"MP|MSP|MLA|MEP|TD|MHA|MPP|MLC|QC|KC|SC|BL|OBE|MBE|CBE|KBE|DBE|JP|PhD|DPhil|MD|FRS|FRCP|"
    r"FRCS|MRCP|FRCPath|FMedSci|CEng|FCA"
)
# The abbreviated titles whose full stop ends no sentence and breaks no name ("said Dr. Ada
# Moor", "Lt. Gov. Ian Roe"); "St." opens a name ("St. Anne's Hospital") and keeps its words.
# The name follows on the same line: a stop at a line's end is the end of whatever it ends.
# So is a company's legal form after its name and before a lowercase word or a comma ("X
# Developments Inc. says", "Y Ltd., which ..."), where no sentence starts, and a son's or a
# father's "Jr." or "Sr." after his ("Tomas Corvath Jr., the owner,", "Tomas Corvath, Jr., said").
# The letters after a name set off by commas are read as those written without them ("Ada Moor,
# MBE, said" as "Ada Moor MBE said"), which `_POST_NOMINALS` drops.
_TITLE_STOP = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof|Gov|Lt|Sen|Rep|Rev|Cllr|Supt|Insp|Det|Sgt|Capt|Col|Gen|Maj|"
    r"Cmdr|Brig|Cpl|Hon|Rt|Fr|St|Coun|Ald|Engr|Arc|Barr|Mal|Cdr|Asst|Dep|Smt|Shri|Adv)"
    r"\.(?=[ \t]+[A-Z])"
    # A flat's or a suite's number in an address ("2344 Bragg St., Apt. 1C").
    r"|(?:Apt|Ste|Rm)\.(?=[ \t]+\d)"
    r"|(?P<legal>Inc|Ltd|Corp|Co|Bhd|Plc|Pty|Cos|Jr|Sr)\.(?:(?=[ \t]+[a-z])|(?P<comma>,))"
    r"|(?<=[a-z]),[ \t]+(?P<generation>Jr|Sr)\.(?:(?=[ \t]+[a-z])|(?P<then>,))"
    # "Ada Moor, MBE, said" reads as "Ada Moor MBE said" does.
    rf"|(?<=[a-z]),[ \t]+(?P<letters>(?:{_POST_NOMINAL_LETTERS})(?:,?[ \t]+(?:{_POST_NOMINAL_LETTERS}))*),"
    r"(?=[ \t]+[a-z]))"
)
# The people who speak for the body they are from or at ("Engineers from X", "analysts at X").
_PEOPLE_AT = (
    r"engineers|analysts|economists|researchers|scientists|experts|officials|inspectors|"
    r"auditors|consultants|staff|lawyers|doctors|academics|statisticians"
)
# "Researchers at the University of X analysed 12,000 records": the body they are at.
# "A team led by Ada Moor", "The research team, led by Dr Ada Moor,": a study's leader.
_TEAM_LED_BY = re.compile(
    # The leader may be set off by commas ("The team, led by Dr Ada Moor, compared ...").
    r"^(?:A|An|The)\s+(?:[a-z]+\s+){0,2}?(?:team|group|consortium)(?:\s+of\s+[a-z\s]+?)?\s*,?\s*"
    r"led\s+by\s+(?P<name>(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)
_PEOPLE_AT_BODY = re.compile(
    # Where they are from may be set off by commas ("The researchers, from X University,
    # followed 3,100 children").
    rf"^(?:[Tt]he\s+)?(?i:{_PEOPLE_AT})(?P<comma>,)?\s+(?:from|at|with)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w’'-]*)*)"
    r"(?(comma),)\s+(?:(?:have|has|had|also|then)\s+)?(?P<verb>[a-z]+)\b"
)
# "Dr. Ada Moor, president of the Society for ..., said": the speaker is the name before a
# description set off by commas (the description starts in lower case: a role, "a", "who"). A
# clause that answers another opens with its conjunction ("..., but the Institute for Work, a
# think tank, said"), and a body's name may hold "of" or "for"; a title may stand before a name.
_NAME_BEFORE_APPOSITIVE = re.compile(
    # The conjunction may open the sentence in capitals ("But the X Union, a ..., said").
    r"(?:^|[;:,][”\"’]?\s+|[“\"]\s*)(?:(?:but|and|while|whereas|yet|But|And|Yet)\s+)?"
    # "Engineers from X, hired by the county, estimated": people speak for the body they are from.
    rf"(?:(?i:{_PEOPLE_AT})\s+(?:from|at|with)\s+)?(?:[Tt]he\s+)?"
    # A family name's particles may stand inside a person's ("Ana Maria da Silva Santos").
    rf"(?P<name>[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?{_PARTICLES_BEFORE}"
    r"[A-Z][\w’'-]*){1,6})"
    # The name's acronym may stand in brackets after it ("the X Farmers Union (XFU), a ...").
    r"(?:\s+\([A-Z][A-Za-z&]{1,9}\))?,\s+"
    # A person's age may stand before the description ("Ada Moor, 41, a teacher from X, said"):
    # else the place in the description is read as the speaker.
    r"(?:\d{1,3},\s+)?"
    # The description may open with its body's possessive ("Ada Moor, Acme's chief economist,"),
    # or with the place her role covers ("Ada Moor, Queensland chair of the X College,"), not
    # a list's next name ("X, Y Housing and two charities, said").
    rf"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}}['’]s\s+|(?:[A-Z][\w’'-]*\s+){{1,2}}(?=[a-z])(?!(?:and|or)\b))?"
    rf"[a-z][^,;]*?,\s+{_APPOSITIVE_VERBS}\b"
)
# A person a sentence opens on by her body and her role in lower case, then a description set
# off, then the verb ("Faculty Senate chair Dr. Ada Moor, one of several speakers, said").
_ROLE_NAME_APPOSITIVE = re.compile(
    r"^[“\"‘]?(?:[A-Z][\w’'&-]*\s+){1,4}(?:[a-z]+\s+){0,1}(?P<role>[a-z]+)\s+"
    rf"(?:(?:{_TITLE_WORDS})\.?\s+)*(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,2}}),\s+"
    rf"[a-z][^,;]*?,\s+{_APPOSITIVE_VERBS}\b"
)
# "Acme, the payroll firm used by 900 employers, has admitted ...": a one-word name that opens
# the sentence, described by "the" or "a" and a noun, then its verb ("However, the ..." is no
# name: see `_SENTENCE_ADVERBS`).
_ONE_WORD_NAME_DESCRIBED = re.compile(
    r"^(?P<name>[A-Z][\w’'-]+),\s+(?:the|a|an)\s+[a-z][^,;]*?,\s+"
    rf"(?:{_APPOSITIVE_VERBS})\b"
)
# An aside that is a person's role and name ("The analyst, economist Ada Moor, said", "The
# union's leader, nurse Ada Moor, said") names who speaks: it is no aside about the noun.
_NO_ROLE_AND_NAME = r"(?!(?:[a-z][\w-]*\s+){1,3}[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'-]*)+,)"
# "The institute, in a report released last week, estimated ...": a body named by its common
# noun, an aside between commas, then its verb.
_NOUN_BEFORE_ASIDE = re.compile(
    r"^(?:(?:But|And|Meanwhile|However),?\s+)?[Tt]he\s+(?P<noun>[a-z]+),\s+(?![A-Z])"
    rf"{_NO_ROLE_AND_NAME}"
    rf"(?:[^,;]|(?<=\d),(?=\d)){{3,80}}?,\s+{_APPOSITIVE_VERBS}\b"
)
# A source the article does not name, and says why: "A senior official, who asked not to be
# named because ..., said", "An aide, speaking on condition of anonymity, told".
_UNNAMED_SOURCE = re.compile(
    r"^(?P<det>An?|One)\s+(?P<who>(?:[a-z][\w-]*\s+){0,3}(?P<role>[a-z]+))\s*,\s+"
    r"(?:who\s+(?:asked|requested|spoke|declined|was\s+not|were\s+not)|speaking\s+on\s+condition)"
    rf"[^;]{{0,160}}?,\s+(?:{_APPOSITIVE_VERBS})\b"
)
# "The Kinchela Legal Centre, which has helped 2,300 households, estimated ...": a named body
# speaks after an aside about it, and states the aside's figures too.
_NAME_BEFORE_ASIDE = re.compile(
    r"^(?:(?:But|And|Meanwhile|However),?\s+)?(?:[Tt]he\s+)?"
    r"(?P<name>[A-Z][\w’'-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w’'-]*))*),\s+(?:which|that)\s+"
    rf"(?:[^,;]|(?<=\d),(?=\d)){{3,120}}?,\s+{_APPOSITIVE_VERBS}\b"
)
# "The Federation of X Students disputed the university's numbers, saying ... C$30 million": a
# named body that disputes something goes on to give its own figure.
_DISPUTES_SAYING = re.compile(
    r"^(?:(?:But|And|Meanwhile|However),?\s+)?(?:[Tt]he\s+)?"
    # A description may come before the name ("Passenger group X", "opposition leader Cllr X",
    # "Residents' group X", "Women's network X").
    r"(?:[A-Za-z][\w-]*(?:[’']s?)?\s+){0,4}?"
    r"(?P<name>[A-Z][\w’'-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w’'-]*))*)\s+"
    # Any past verb may come before the participle ("called the profits obscene, saying"), in
    # the perfect too ("has rejected the results, claiming").
    rf"(?:(?:has|have|had)\s+)?(?:{_DISPUTE_VERBS}|(?:also\s+)?[a-z]+ed|hit\s+back|took|gave|"
    r"put)\b[^;]*?,\s+"
    r"(?:saying|arguing|insisting|claiming|noting|adding|stating|warning|pointing\s+out|putting|"
    r"estimating|citing)\b"
)
# "Joanne Pike of the Tenants' Union": a person's name, then the body the person speaks for.
_PERSON_OF_BODY = re.compile(
    # A name of up to five words, a family name's particles among them ("Devendra Pal Singh
    # Ranawat", "Ana Maria da Silva Santos").
    rf"^(?P<person>[A-Z][\w’'-]+(?:\s+{_PARTICLES_BEFORE}[A-Z][\w’'-]+){{1,4}})\s+(?:of|at|from)\s+"
    r"(?:the\s+)?[A-Z]"
)
# A person's name and "at" or "from" before a body's name ("Ada Moor at X Bank said", "Ada
# Moor from the X Trust says"), as "of" joins them.
_PERSON_AT_BODY = re.compile(
    r"(?<![\w’'-])(?P<person>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s+(?P<joint>at|from)"
    r"(?=\s+(?:the\s+)?[A-Z])"
)
_BODY_WORDS = re.compile(
    r"\b(?:Bank|Society|Fund|Union|Association|League|Board|Service|Agency|Office|Federation|"
    r"Chamber|Court|Party|Club|Council|Institute|University|College|School|Centre|Center|"
    r"Department|Ministry|Bureau|Commission|Authority|Committee|Trust|Foundation|Secretary|"
    r"Minister|Director|Head|Chair|Friends|Order|House|Museum|Library|Hospital)\b"
)
# A body whose name goes on with its remit in lower case, as its verb's subject ("The Tamsley
# Commission on pollution and health found", "the X Task Force on hospital waits reported").
_BODY_ON_A_TOPIC = re.compile(
    r"^[“\"‘]?(?:The\s+)?(?P<name>(?:[A-Z][\w’'-]*\s+){1,4}?(?:Commission|Committee|Council|Board|"
    r"Panel|Task\s+Force|Taskforce|Institute|Centre|Center|Inquiry|Review|Foundation|Trust))"
    r"\s+(?:on|for|into)\s+(?:[a-z][\w’'-]*,?\s+){1,5}?(?:has\s+|have\s+|also\s+)?"
    rf"(?:{_SPEECH_VERBS})\b"
)
# "according to police figures", "the ministry's own data", "council figures show": the body
# that owns the figures; an adjective ("official figures") names no one.
_DATA_NOUNS = (
    r"figures|data|statistics|stats|records|numbers|estimates?|count|surveys?|poll|analysis|"
    r"reports?|research|audits?|projections?|forecasts?|accounts|results|register|registry|"
    r"database|census|"
    # A pollster's published tables ("according to X's published tables").
    r"tables|"
    # Session 53: what a team worked out ("according to the researchers' calculations").
    r"calculations?"
)
# A year or a financial year a document covers ("2024", "2023-24", "2023/24").
_YEAR_OF_A_DOCUMENT = re.compile(r"(?:19|20)\d\d(?:[-–/](?:\d\d){1,2})?")
# The documents a body issues whose figures an article reads out ("According to the bulletin",
# "The statement said", "the watchdog's ranking put ...").
# A body's memo to its members gives its figures as its statement does ("the league told
# teams in a memo that ...; ..., the memo says").
# The verbs that put a document out ("figures published by X", "..., compiled by X,").
_PUT_OUT = r"published|released|issued|compiled|produced"
_DOCUMENTS = (
    r"bulletin|statement|ranking|league\s+table|release|communiqu[eé]|filing|return|memo|"
    # "the board's consultation document": one document, its owner's ("documents seen by the
    # paper" are its reporting).
    r"memorandum|disclosure|notice|document|"
    # A letter is its sender's ("a letter from the chief medical officer, Dr X, ... / The
    # letter warned").
    r"letter"
)
# A company's or a club's accounts are its own document as its statement is, when a sentence
# opens on them ("The accounts, filed on Friday, show ...") or cites them ("according to the
# accounts"); "..., the accounts show" after them is the publisher reading them.
_OWN_DOCUMENTS = rf"{_DOCUMENTS}|accounts"
# Figures read off a body's website ("data on the agency's website", "figures posted on X's
# portal"): what is on it, before its owner.
_ON_A_WEBSITE = re.compile(
    rf"^\s*(?:the\s+)?(?:latest\s+)?(?:{_DATA_NOUNS})\s+(?:(?:posted|published)\s+)?on\s+"
    r"(?=.*['’]s\s+(?:website|web\s+site|portal|dashboard)\s*$)"
)
_OWNED_DATA = re.compile(
    r"^\s*(?:[Tt]he\s+)?(?P<owner>[\w’'-]+?(?:\s+[\w’'-]+?){0,3}?)"
    # After a possessive, any two words may say what the data is ("the council's housing
    # register", "the council's 2023 household survey").
    # A plural owner's apostrophe stands alone ("the organisers' registration data").
    r"(?:(?P<possessive>['’]s|(?<=s)['’])\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?|(?:['’]s?)?\s+"
    r"(?:own\s+)?(?:(?:latest|new|provisional|annual|monthly|quarterly|weekly|final|recent|"
    # What the figures cover ("according to county budget figures" are the county's).
    rf"published|internal|unpublished|budget|spending|staffing|performance)\s+)*)(?:{_DATA_NOUNS}|"
    # A body's periodic review gives its figures as its report does ("according to the
    # authority's monthly price review"); so do its price monitor, tracker and index, and a
    # seller's own sales papers ("according to the developer's price list").
    r"reviews?|monitors?|trackers?|index|indices|brochures?|price\s+lists?|prospectus|"
    # What it filed with a regulator ("according to company filings"); "court filings" are
    # the parties' to a case, no court's.
    r"(?<!court\s)filings?"
    # After a possessive, any paper the owner issued is its own ("according to the regulator's
    # approval letter", "the Board's daily storage bulletin", "the returning officer's
    # declaration"); without one, "a letter" or "the notice" names no owner.
    rf"|(?(possessive)(?:{_OWN_DOCUMENTS}|letters?|notices?|breakdown|declaration|"
    r"submissions?|papers|documents|minutes|tally|updates?|briefing|circular|dashboard|"
    # Its website and what is on it ("according to the agency's website").
    r"websites?|web\s+site|portal|"
    # What it plans or expects ("according to the ministry's roadmap").
    rf"{_PLANS})|(?!)))\b"
    # "the county records office", "the statistics bureau": the data's noun opens the name of
    # the body that keeps it, no data of its own.
    rf"(?!\s+{_KEEPERS_OF_DATA}\b)"
)
# What the data is may stand between an owner of two words or more and it ("X Department
# nursery records show", "the X's live dashboard shows").
_DATA_SHOW = re.compile(
    r"(?:^|,\s+|\band\s+)"
    # "X, the council's asset manager, said the authority's records showed five": the speaker
    # reports the records, whose phrase opens after the verb, not with it.
    rf"(?!(?:{_SPEECH_VERBS})\b)"
    r"(?P<phrase>(?:[Tt]he\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s+"
    r"(?:(?P<what>(?!the\b|and\b|of\b)[a-z]+(?:-[a-z]+)?)\s+)?"
    # "the directorate's state-wise figures show", "the returning officer's breakdown shows".
    r"(?:figures|data|statistics|records|numbers|accounts|dashboard|breakdown|tallies|tally|"
    # What the body issues shows them too ("..., the health department's weekly bulletin
    # shows").
    r"returns|bulletins?|updates?|reports?|reviews?|registers?|surveys?|"
    # What it filed with a regulator ("..., company filings show"); not a court's.
    r"(?<!court\s)filings?)\s+"
    r"(?:show|shows|showed|suggest|suggests|suggested|reveal|reveals|revealed|indicate|"
    r"indicates|indicated)\b"
)
# A body's figure as what a sentence opens on, its subject or its frame: "The agency's figure
# for the previous year was 1,951", "On the directorate's numbers, deaths are down 11%", "By
# the union's count, 400 posts have gone".
_OWNED_FIGURE = re.compile(
    # A clause of a sentence opens so too: "..., while the commission's own figure was 48.2%".
    r"^(?:(?:while|whereas|but|and)\s+)?(?:(?P<frame>[Oo]n|[Bb]y|[Ii]n|[Gg]oing\s+by)\s+)?"
    r"(?P<phrase>(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){0,3}[\w’'-]+['’]s)"
    r"(?:\s+(?:own\s+)?(?:[a-z]+\s+)?(?:figures?|numbers|count|data|estimates?|tally|calculations?|"
    r"reckoning|returns|records|statistics)\b(?:(?<=\bcount)(?!\s+of\b)|(?<!\bcount))"
    r"(?=(?:\s+(?:for|of|in|at)\s+[^,;]{1,40}?)?\s+(?:was|were|is|are|stood|came|puts?|showed|"
    r"shows?|makes?|made|suggests?|suggested)\b|\s*,)"
    # "...; on the agency's, they are up 2%": the noun said once, for both.
    r"|(?(frame)(?=,)|(?!)))"
)
# How a body comes to give a document: it got it, or made it ("figures the union obtained", "a
# report the operator published").
_GOT_OR_MADE = (
    r"obtained|gathered|collected|compiled|received|requested|analysed|analyzed|seen|published|"
    r"released|issued|produced|commissioned|filed|submitted|"
    # A survey or a study it ran ("a survey the association carried out among its members").
    r"conducted|carried\s+out|ran"
)
# "Figures the union obtained under freedom of information rules show ...": figures a body got
# and gives, named in a contact clause before their verb.
_DATA_OBTAINED_BY = re.compile(
    r"^(?:The\s+)?(?:[Ff]igures|[Dd]ata|[Nn]umbers|[Ss]tatistics|[Rr]ecords|[Dd]ocuments)\s+"
    r"(?:that\s+|which\s+)?(?P<owner>the\s+[a-z]+|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+"
    rf"(?:has\s+|have\s+|had\s+)?(?:{_GOT_OR_MADE})\b[^;:]{{0,120}}?\s+(?:show|shows|showed|suggest|suggests|reveal|"
    r"reveals|revealed|indicate|indicates)\b"
)
_NOT_OWNERS = frozenset(
    {
        "official",
        "government's",
        "new",
        "latest",
        "these",
        "those",
        "such",
        "other",
        "separate",
        # Session 54: how early or sure the reports are ("Initial reports said ...", "Early
        # estimates put the damage at ..."), an adjective capitalised to open the sentence.
        "initial",
        "early",
        "earlier",
        "preliminary",
        "unconfirmed",
        "previous",
    }
)
# "Police recorded 1,145 offences", "the coastguard logged 64 rescues": a body that counted.
# The count may follow a phrase that sets when, where or what it covers ("In 2024, police
# recorded ...", "Including people found in lorries, the department recorded ..."), and its
# verb an auxiliary or an aside ("The NMD, citing district reports, has recorded 56 deaths").
# A clause's joining word or verb is no word of the name of what counts.
_NO_COUNTER = r"(?:while|whilst|though|although|whereas|said|says|and|but|which|who|that)\b"
# A place that counts is no body ("the state recorded 33,412 crimes" is its police's or the
# paper's figure): which body counted, the article says elsewhere.
_PLACES_THAT_COUNT = frozenset(
    {"district", "state", "city", "county", "country", "region", "nation", "province", "town"}
)
_RECORDED = re.compile(
    r"^(?:(?:In|On|At|Across|During|Over|Since|Between|Among|For|Of|Last|This|By|Including|"
    r"Excluding|Counting|Overall|Altogether|So\s+far)\b[^,;:]{0,80},\s+)?"
    rf"(?:the\s+|The\s+)?(?P<counter>(?!{_NO_COUNTER})[\w’'-]+(?:\s+(?!{_NO_COUNTER})[\w’'-]+){{0,4}}?)"
    # "The X department alone has recorded ...": the word that sets its count apart is no name.
    r"(?:\s+(?:alone|itself))?"
    # Its short form in brackets after the name ("The X Centre for Disease Control (XCDC) has
    # recorded ...").
    r"(?:\s+\([A-Z][A-Za-z&.]{1,11}\))?"
    r"(?:,\s+(?:citing|using|drawing|quoting|based)\b[^,;:]{0,80},)?\s+"
    r"(?:(?:has|have|had|also)\s+)?"
    r"(?:recorded|records|logged|logs|registered|registers|counted|counts)\b"
)
# "He estimated that ...", "She credited a scheme ...": the person just named goes on.
_PRONOUN_GOES_ON = re.compile(
    r"^[“\"‘]?(?P<pronoun>He|She|They)\s+(?:also\s+|later\s+|then\s+|further\s+)?"
    r"(?:said|says|added|adds|estimated|estimates|credited|credits|blamed|blames|attributed|"
    r"pointed|cited|noted|argued|claimed|insisted|admitted|conceded|acknowledged|predicted|"
    r"expects|expected|believes|believed|thinks|warned|told|explained|reckons|reckoned|"
    r"recalled|stressed|promised|pledged|vowed|put|puts)\b"
)
# "She rejected the charge, saying ...": whatever the pronoun's verb, a speech participle set
# off after it is the pronoun's own speech.
_PRONOUN_THEN_SAYING = re.compile(
    r"^[“\"‘]?(?P<pronoun>He|She|They)\s+[a-z]+(?:ed|s)\b[^.;:“”\"]*?,\s+"
    r"(?:saying|adding|arguing|insisting|noting|warning|claiming|estimating)\b"
)
# "in the same poll", "over the same period": the source of the figures before.
# A sentence that opens on the figure just given ("The figure, compiled from returns by 40
# branches, is up 6 per cent"), not on a figure of something new ("The number of ...").
_THE_FIGURE_OPENS = re.compile(
    r"^[“\"‘]?(?:The|That|This)\s+(?:figure|number|total|tally|count)\b(?!\s+(?:of|for)\b)"
)
# "The figure, which X disputes, was first published by Y": the sentence names who gave the
# figure it opens on, whoever gave one before.
_MADE_PUBLIC_BY = re.compile(
    r"(?:,[^,]{1,60},)?\s+(?:was|were|had\s+been|has\s+been)\s+(?:(?:[a-z]+ly|first|also)\s+)?"
    rf"(?:{_PUT_OUT}|calculated|estimated|reported|disclosed|revealed)\s+by\s+"
    r"(?P<phrase>(?:the\s+)?[A-Z][^,;.—–()]*)"
)
# "The figure of 40 came from the X", "The estimate comes from Y": where the sentence says its
# figure came from.
_FIGURE_CAME_FROM = re.compile(
    r"^[“\"‘]?(?:The|That|This)\s+(?:figure|number|total|tally|count|estimate)\b[^.;:]{0,40}?"
    r"\s+(?:came|comes|come)\s+from\s+(?P<phrase>(?:the\s+)?[A-Z][^,;.—–()]*)"
)
# A speaker's tag that hands a figure to its source ("..., and that's from the X, not me").
_THATS_FROM = re.compile(
    r"\b[Tt]hat['’]s\s+(?:from|according\s+to)\s+(?P<name>(?:the\s+)?[A-Z][^,.;!?]{2,80})"
)
# The same tag as the next sentence, perhaps after an exclamation of a word or two.
_THATS_FROM_NEXT = re.compile(
    r"(?:\s+[^.!?\n]{1,20}[.!?])?\s+That['’]s\s+(?:from|according\s+to)\s+"
    r"(?P<name>(?:the\s+)?[A-Z][^,.;!?\n]{2,80})"
)
# A document known by its own name as the subject of a verb that reads figures out, perhaps
# dated and set off by an aside ("The latest X Pay Register, published in spring, shows").
_NAMED_DOCUMENT_SAYS = re.compile(
    r"^[“\"‘]?(?:The\s+)?(?:(?:latest|new|annual|most\s+recent)\s+)?"
    r"(?P<document>(?:[A-Z][\w’'-]*\s+){1,5}(?:Register|Index|Survey|Report|Census|Barometer|"
    r"Monitor|Tracker|Atlas|Review|Outlook|Map))(?:,\s+[^,;]{3,80}?,)?\s+(?:also\s+)?"
    r"(?:shows?|showed|finds?|found|estimates?|estimated|suggests?|records?|recorded)\b"
)
# A body named, then its document stating a figure in a relative clause ("the X Guild, whose
# annual return puts visits at 9 million").
_WHOSE_DOCUMENT = re.compile(
    r"(?<![\w’'-])(?P<owner>[A-Z][\w’'-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w’'-]*)){0,6}),\s+"
    r"whose\s+(?:[a-z][\w-]*\s+){0,3}?(?:return|report|survey|figures|data|statistics|estimate|"
    r"count|analysis|study|index|census|bulletin|accounts)s?\s+(?:puts?|shows?|says?|finds?|found|"
    r"showed|estimates?|gives?|records?|recorded)\b"
)
# A body's own figure, named as such ("The X Observatory's figure of 700 homes ...").
# It may open a clause ("X is right that the Y Department's figure is 20,000").
_OWNERS_FIGURE_OF = re.compile(
    r"(?:^[“\"‘]?|\bthat\s+)(?:[Tt]he\s+)?"
    r"(?P<owner>[A-Z][\w’'-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w’'-]*)){0,5})['’]s\s+"
    r"(?:own\s+|latest\s+|higher\s+|lower\s+)?(?:figure|estimate|count|forecast|tally)\s+"
    r"(?:of|is|was)\b"
)
# A share of a survey's respondents as the subject of their answer ("One in four said they").
_SHARE_OF_THEM_SAID = re.compile(
    # The question may come first ("Asked what would make them stay, 71% named shorter shifts").
    r"^(?:Asked\s+[^,;]{3,80},\s+)?"
    r"(?:(?:One|Two|Three|Four|Nine)\s+in\s+\w+|Half|A\s+(?:third|quarter|fifth)|Two-thirds|"
    r"Three-quarters|Most|\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent))"
    r"(?:\s+of\s+(?:them|those|respondents))?\s+(?:said|say|reported|told|cited|named|chose)\b"
)
_POLL_WORDS = re.compile(r"\b(?:survey|poll|questionnaire)\b", re.IGNORECASE)
# A figure given in the sentence before, projected on ("that figure would rise to 5,000").
_FIGURE_WOULD = re.compile(
    r"\b(?:that|this|the)\s+(?:figure|number|total|estimate|count)\s+(?:would|could|will|might)\b"
)
_SAME_SOURCE = re.compile(
    rf"\bthe\s+same\s+(?:{_DATA_NOUNS}|study|index|census|period|year)\b", re.IGNORECASE
)
# Words that are capitalised without naming anyone: days, months, a sentence's time words.
_NOT_NAMES = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "today",
        "yesterday",
        "tonight",
        # "I" and its contractions are capitalised wherever they stand, and name no one
        # ("A friend says I'm losing money").
        "i",
        "i'm",
        "i’m",
        "i've",
        "i’ve",
        "i'd",
        "i’d",
        "i'll",
        "i’ll",
        # Session 55: adverbs capitalised for opening a sentence ("Apparently Ada's posts
        # were ...", "Reportedly the firm paid ...").
        "apparently",
        "reportedly",
        "allegedly",
        "supposedly",
        "seemingly",
        "evidently",
        "presumably",
        "ultimately",
        "eventually",
        "interestingly",
        "unfortunately",
        "fortunately",
        "surprisingly",
        "ironically",
        "notably",
        "additionally",
    }
)
# Bodies a report calls by what they do ("the operator announced", "the carrier said"), which
# speak for themselves and stand for a name given before.
_BODIES_BY_WHAT_THEY_DO = frozenset(
    {
        "operator",
        "carrier",
        "airline",
        "provider",
        "utility",
        "developer",
        "manufacturer",
        "maker",
        "retailer",
        "supplier",
        "platform",
        "broadcaster",
        "panel",
        "tribunal",
        "chain",
        "bank",
        "network",
        "coalition",
        "alliance",
        "observatory",
        "centre",
        "center",
        # A weather or an economic forecaster ("the national forecaster said").
        "forecaster",
        # An industry's lobby group ("the industry's main lobby said").
        "lobby",
        # An office that watches or counts ("the independent monitor found", "the
        # constabulary's statistics unit recorded").
        "monitor",
        "unit",
    }
)
# People named by their role or office ("the minister said", "the head teacher told"):
# each both says something for itself (_AGENT_NOUNS) and names the person the article gave
# that role (_ROLE_NOUNS).
_PERSON_ROLES = frozenset(
    {
        "analyst",
        "chair",
        "chairman",
        "chairwoman",
        "chief",
        "coach",
        "commissioner",
        "director",
        "economist",
        "executive",
        "founder",
        "governor",
        "head",
        "judge",
        "leader",
        "manager",
        "mayor",
        "minister",
        "officer",
        "officers",
        "official",
        "officials",
        "president",
        "professor",
        "prosecutor",
        "researcher",
        "secretary",
        "sheriff",
        "spokesman",
        "spokesperson",
        "spokeswoman",
        # The officers who report a force's, a court's, a council's or a school's figures
        # ("the area's police commander said", "the school's principal said").
        "commander",
        "superintendent",
        "inspector",
        "registrar",
        "coroner",
        "auditor",
        "treasurer",
        "chancellor",
        "comptroller",
        "administrator",
        "headteacher",
        "principal",
        "dean",
        "warden",
        # A body's specialists who give its figures ("the ministry's chief epidemiologist
        # said", "the bank's chief strategist expects").
        "epidemiologist",
        "statistician",
        "scientist",
        "meteorologist",
        "virologist",
        "actuary",
        "engineer",
        "adviser",
        "advisor",
        "strategist",
        "investigator",
        # A company's head as British papers call her ("its boss said"), and a police force's
        # ("its chief constable said").
        "boss",
        "constable",
    }
)
# The nouns that can say something for themselves when no name is given ("officials said",
# "the health department said", "the league says"); anything else in lowercase ("those were",
# "percent", "voters was") is a fragment, never a claimant.
_AGENT_NOUNS = _PERSON_ROLES | frozenset(
    {
        "police",
        "analysts",
        "economists",
        "researchers",
        # A study's writers, where the story names no study ("..., the authors wrote").
        "authors",
        # A tabloid's word for a body's managers ("Health bosses said").
        "bosses",
        "scientists",
        "experts",
        "advisers",
        "advisors",
        "critics",
        "campaigners",
        "activists",
        "organisers",
        "organizers",
        "residents",
        "workers",
        "doctors",
        "nurses",
        # A country's armed forces, which give their own tolls and counts ("the army said",
        # "Chile’s military said"), session 56.
        "army",
        "military",
        "navy",
        # Those who count the dead and hurt at a scene (session 56).
        "medics",
        "paramedics",
        "rescuers",
        "firefighters",
        "teachers",
        "prosecutors",
        "lawyers",
        "landlords",
        "tenants",
        "suppliers",
        "retailers",
        # Market traders and shopkeepers quoted on the prices they charge ("a crate of tomatoes
        # now costs GH¢520, traders said").
        "traders",
        "vendors",
        # Unnamed sources are a source as news convention gives them ("league sources told
        # the paper", "sources said"): theirs, not the paper's, is the figure.
        "sources",
        "shopkeepers",
        "stallholders",
        "employers",
        "unions",
        "union",
        "department",
        "agency",
        "office",
        "bureau",
        "authority",
        "authorities",
        "council",
        "committee",
        "regulator",
        "government",
        "ministry",
        "league",
        "club",
        "federation",
        "association",
        "party",
        "campaign",
        "comptroller",
        "auditor",
        "forecasters",
        "inspectorate",
        "ombudsman",
        "commission",
        "court",
        "company",
        "firm",
        "group",
        "charity",
        "board",
        "trust",
        "administration",
        "institute",
        "university",
        "hospital",
        "insurers",
        "investors",
        "voters",
        "journalist",
        "reporter",
        "coastguard",
        "service",
        "statisticians",
        "pollster",
        "pollsters",
        "inspectors",
        "watchdog",
        "regulators",
        "force",
        "lender",
        "society",
        "insurer",
        # A place's government, as American papers name it ("the county says", "the city said").
        "county",
        "city",
        "state",
        "town",
        "province",
        "district",
        "municipality",
        # A city's government as South Asian papers name it ("the municipal corporation").
        "corporation",
        "opposition",
        # The sides of a trial speak through their counsel ("according to the prosecution").
        "prosecution",
        "defence",
        "defense",
        "examiner",
        "coroner",
        "registrar",
        "organisation",
        "organization",
        "body",
        *_BODIES_BY_WHAT_THEY_DO,
    }
)
# People who speak as a group where they are, unnamed ("Diplomats in X said", "residents in Y
# told us"), whom no body employs for the place after "in" to stand for.
_PEOPLE_IN_A_PLACE = frozenset(
    {
        "diplomats",
        "officials",
        "authorities",
        "sources",
        "observers",
        "witnesses",
        "insiders",
        "negotiators",
        "delegates",
        "envoys",
        "residents",
        "analysts",
        "economists",
        "experts",
        "critics",
        "campaigners",
        "activists",
        "traders",
        "farmers",
        "doctors",
        "workers",
    }
)
_PUBLIC_BODIES = frozenset(
    {
        "agency",
        "authority",
        "department",
        "ministry",
        "office",
        "bureau",
        "regulator",
        "council",
        "commission",
    }
)
# The generic nouns that stand for a body named earlier ("the agency reported").
_STANDS_FOR_NAME = frozenset(
    {
        "agency",
        "company",
        "firm",
        "group",
        "authority",
        "regulator",
        "ministry",
        "department",
        "club",
        "league",
        "council",
        "office",
        "bureau",
        "union",
        "association",
        "institute",
        "university",
        "campaign",
        "party",
        "organisation",
        "organization",
        "body",
        "watchdog",
        "charity",
        "board",
        "trust",
        "commission",
        "force",
        "lender",
        "society",
        "insurer",
        "inspectorate",
        "ombudsman",
        *_BODIES_BY_WHAT_THEY_DO,
        "hospital",
        "college",
        "school",
        "startup",
        "start-up",
        # A co-operative society, which farm and retail papers call "the co-op".
        "co-op",
        "cooperative",
        "co-operative",
        "housebuilder",
        "builder",
        "grocer",
        "supermarket",
        "miner",
        "producer",
        "exporter",
        "distributor",
        "studio",
        "brewer",
        "giant",
        "conglomerate",
        "service",
        "federation",
        # "the chamber" after a Chamber of Commerce.
        "chamber",
        "committee",
        "court",
        "administration",
        "pollster",
        # Institutions' other kinds ("the guild counted 121,540 patients", "the network's
        # figures").
        "guild",
        "network",
        "alliance",
        "coalition",
        "forum",
        "foundation",
        "directorate",
        "secretariat",
        # A body's part that speaks for it ("the university's admissions cell said", "the
        # party's youth wing", "the union's local branch", "the ministry's statistics division").
        "cell",
        "wing",
        "branch",
        "division",
        "tribunal",
        "observatory",
        "consortium",
        # A publication that gives its own data ("the site's data shows").
        "site",
        "website",
        "newspaper",
        "magazine",
        "outlet",
    }
)
# The same nouns, as a pattern's alternatives, the longest first.
_STANDS_FOR_NOUN = "|".join(
    re.escape(noun) for noun in sorted(_STANDS_FOR_NAME, key=len, reverse=True)
)
# The nouns a body or a person's role is named by ("the agency", "the minister").
_BODY_AND_ROLE_NOUNS = _STANDS_FOR_NAME | _AGENT_NOUNS
# A generic noun may stand for a name that ends in another word: "the force" is a police force
# ("... Police", "... Constabulary"), "the lender" a bank or a building society.
_NAMED_AS: dict[str, str] = {
    "force": r"Police|Constabulary|Force",
    "lender": r"Bank|Society|Mutual|Lenders?",
    "insurer": r"Insurance|Assurance|Mutual|Insurers?",
    # "the watchdog" after the Skyways Complaints Ombudsman or a Standards Authority.
    "watchdog": r"Watchdog|Ombudsman|Regulator|Inspectorate|Commission|Authority|Watch",
    "regulator": r"Regulator|Ombudsman|Commission|Authority",
    # American papers call any public authority "the agency" ("the X Transit Authority").
    "agency": r"Agency|Authority",
    # A trade union is often called an alliance, a federation or a guild ("the X Staff
    # Alliance", "the Y Teachers' Federation"), which "the union" shortens.
    "union": r"Union|Alliance|Federation|Guild",
    # A company's legal form says it is one ("Pellam Copper Corp", "Brisk Foods plc"): what
    # "the company" and "the firm" shorten, even where the article never calls it so.
    "company": r"Company|Corp|Corporation|Inc|Ltd|Limited|plc|PLC|LLC|Holdings",
    "firm": r"Firm|Corp|Corporation|Inc|Ltd|Limited|plc|PLC|LLC|Holdings",
    # A charity is named for what holds its money or joins its people ("the X Trust", "the Y
    # Foundation", "the Z Food Network"), which "the charity" shortens.
    "charity": r"Charity|Trust|Foundation|Appeal|Fund|Network",
    # A co-operative's name may go on past the word ("X Co-operative Society").
    "co-op": r"Co-op|(?:Co-operative|Cooperative)(?:\s+[A-Z][a-z]+)?",
}
# The names a noun stands for only where no name ends in its own words (`_NAMED_AS`): a public
# service, administration, office or directorate that the article calls "the agency" (a bureau,
# which a name's kind makes a government body, is already the public body that spoke last).
_ALSO_NAMED_AS: dict[str, str] = {
    "agency": r"Service|Administration|Office|Directorate",
    # A weather service is named for the weather ("the X Weather Service", "the Met Office",
    # "the Y Meteorological Department"), which "the forecaster" shortens.
    "forecaster": r"Weather|Met|Meteorological|Meteorology|Hydrometeorological",
    # What "the operator" runs is in its name ("X Rail", "Y Ferries", "Z Water"), where the
    # article describes no name as the operator ("operator X Airport Holdings").
    "operator": r"Rail|Railways?|Trains|Trams|Buses|Bus|Coaches|Ferries|Ferry|Airlines?|"
    r"Airways|Airports?|Water|Energy|Power|Telecom|Mobile|Networks?|Lines|Transit|Transport",
}
# A sentence's subject that is a body named by its noun ("The parks department has ...").
_BODY_SUBJECT = re.compile(
    r"[“\"‘]?[Tt]he\s+(?P<words>(?:[a-z][\w-]*\s+){0,2}?"
    rf"(?:{_STANDS_FOR_NOUN}))\b"
)
_CONNECTORS = frozenset({"of", "for", "and", "the", "de", "on", "&"})
# The particles of a family name, lower case between its capitalised words ("Johan van der
# Merwe", "Ana da Silva", "Ahmad bin Ismail"): a run of a name's words goes on through them.
_RUN_JOINERS = _CONNECTORS | frozenset(_FAMILY_PARTICLES)
# The prepositions a sentence opens on to say where or when ("At X School, ...", "Across X
# County, ..."), capitalised only for standing first.
_OPENING_PREPOSITIONS = frozenset(
    {"at", "in", "on", "across", "inside", "within", "throughout", "among", "from", "under"}
)
_STOP_BACK = frozenset(
    {
        "that",
        "which",
        "who",
        "in",
        "on",
        "at",
        "and",
        "but",
        "as",
        "while",
        "when",
        "if",
        "so",
        "the",
        "a",
        "an",
        "by",
        "to",
        "of",
        "has",
        "have",
        "had",
        "also",
        "now",
        "then",
        # A possessive or a demonstrative opens a common noun phrase ("our survey found").
        "our",
        "my",
        "your",
        "his",
        "her",
        "its",
        "their",
        "this",
        "these",
        "those",
    }
)
# The units written after a number, which end the words a subject is read from.
_UNITS_AFTER_A_NUMBER = frozenset({"cents", "cent", "pence", "percent", "points", "pts"})
# Participles and prepositions that open a phrase no subject stands in ("citing X reports",
# "including people found in lorries", "humidifiers after reports that ...").
_OPENS_A_MODIFIER = frozenset(
    {
        "citing",
        "including",
        "excluding",
        "after",
        "before",
        "amid",
        "despite",
        "following",
        "without",
        "than",
    }
)
# The words that open a sentence before a comma without naming anything ("Meanwhile, the ...").
_SENTENCE_ADVERBS = frozenset(
    {
        "meanwhile",
        "however",
        "separately",
        "instead",
        "still",
        "now",
        "today",
        "yesterday",
        "overall",
        "elsewhere",
        "earlier",
        "later",
        "below",
        "above",
        "also",
        "besides",
        "moreover",
        "nonetheless",
        "nevertheless",
        "likewise",
        "otherwise",
        "indeed",
        "then",
        "since",
        "so",
        "yet",
        "but",
        "and",
    }
)
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
# Words that stand in for a noun said before or left unsaid ("Another showed intake
# dropping", "Others said ..."): capitalised to open a sentence, never a name.
_STAND_IN_WORDS = frozenset(
    {
        "another",
        "others",
        "one",
        "some",
        "many",
        "most",
        "several",
        "both",
        "each",
        "all",
        "few",
        "none",
        "either",
        "neither",
        "someone",
        "everyone",
        "anyone",
        "nobody",
    }
)
# The name that stands before "in" and a place, ending the words before a verb ("Police in
# Kelvasi said", "The Red Cross in Gaza said").
_NAME_BEFORE_IN = re.compile(
    r"(?:^|\s)(?:[Tt]he\s+)?(?P<name>[A-Z][\w’'&-]*(?:\s+(?:(?:of|for|and|the)\s+)*"
    r"[A-Z][\w’'&-]*)*)$"
)
# A sentence that is the publisher's own though its paragraph named a source: its sum or
# comparison of the figures before ("That is an extra KSh 20", "Put another way, ...", "By our
# count, ...", "that means ..."), a market's price ("Shares fell 4.2%", "The peso closed at ..."),
# or words in the first person (the paper's "we", or a quotation's).
_NOT_CARRIED = re.compile(
    r"^[“\"‘]|^(?:That|This|That['’]s|It['’]s|These|Those|Which|Put\s+another\s+way|"
    r"In\s+other\s+words|Take\s+one|Taken\s+together)\b|\b(?:that|which)\s+means\b|"
    r"\bworks?\s+out\b|"
    r"\b(?:[Bb]y|[Oo]n)\s+(?:my|our|this\s+\w+['’]s|the\s+[\w-]+['’]s|[A-Z][\w-]*['’]s)\s+"
    r"(?:own\s+)?(?:count|calculation|calculations|tally|reckoning|estimate|analysis)\b|"
    # Others' reports the paper passes on ("X reportedly laid off 60 staff").
    r"\breportedly\b|"
    # Another source, unnamed: "..., according to one estimate", "by some estimates".
    r"\b(?:according\s+to|[Bb]y)\s+(?:one|an|another|some|other)\s+(?:estimates?|analys[ie]s|"
    r"calculations?|studies|study|count)\s*[.,;]|"
    r"(?i:\b(?:shares|stock|stocks|peso|rupee|rand|shilling|naira|dollar|euro|pound|yen)\b[^.]*?"
    r"\b(?:fell|rose|jumped|slid|gained|dropped|climbed|closed|ended|traded)\b)|"
    r"\b(?:we|our|us|my|I)\b"
)
_TIME_NOUNS = frozenset(
    {"day", "days", "night", "week", "weeks", "month", "months", "year", "years", "morning"}
)
_AUXILIARIES = r"will|would|has|have|had|is|are|was|were|can|could|may|might|must|plans|expects"
_AUXILIARY_AFTER = re.compile(rf"\s+(?:{_AUXILIARIES})\b")
_BE_FORMS = frozenset({"be", "been", "being", "is", "are", "was", "were"})
# What may stand between a named subject and its verb ("Kestomar had initially said").
_BETWEEN_SUBJECT_AND_VERB = re.compile(
    r"(?:had|has|have|would|will|did|does|also|already|once|since|later|earlier|again|"
    # An adverb in "-ly" is lower case: "Assembly", "Kelly" end a name, not an adverb.
    r"separately|previously|subsequently|meanwhile|just|further|then|still|(?-i:[a-z]+ly)|"
    # "X now expects": a revision of what it said before.
    r"now|"
    # "X and Y both said", "X and Y each reported": a word that says the subjects are two.
    r"both|each|jointly|together|"
    # "X last week reported", "X on Tuesday said": when, between the subject and its verb.
    r"last|this|on|yesterday|today|week|month|quarter|year|night|morning|afternoon|evening|"
    r"weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    re.IGNORECASE,
)
# A document "according to" names, then the body that made or got it in a clause without
# "that" ("a report the operator published", "figures the union obtained under ...").
_DOCUMENT_THE_BODY_MADE = re.compile(
    r"\s*(?:(?:a|an|the|new)\s+)?(?:[\w’'-]+\s+){0,3}?(?:figures|data|statistics|report|"
    r"survey|analysis|study|audit|review|records|returns|accounts|documents?|papers)\s+"
    rf"(?:(?:that|which)\s+)?the\s+(?P<noun>[a-z]+)\s+(?:had\s+|has\s+)?(?:{_GOT_OR_MADE})\b"
)
# "The team put ...", "The study found ...", "..., the accounts show", "It also found ...": a
# source introduced before goes on, in a later paragraph too, without naming itself again.
_RESEARCH_WORDS = (
    r"team|researchers|authors|scientists|study|paper|research|report|analysis|review|audit|"
    r"inquiry|comparison"
)
# "..., the figures show" is the publisher's own reading of figures, not a source speaking;
# a sentence that opens "The data further showed" goes on with the body whose data was given
# before. "The survey of 2,600 drivers found" says what the survey covered before its verb;
# "In a statement, it said" sets the occasion before the pronoun; "Its figures show" are the
# figures of the body the paragraph is about.
_SOURCE_GOES_ON = re.compile(
    # The clause may follow a quotation ("“...,” the statement said").
    rf"(?:^|,[”\"’]?\s+(?:and\s+)?)(?:[Tt]he\s+(?:(?:latest|new|full|annual|same|research)\s+)*"
    # A report known by what it covers ("the finance report", "the workforce report") is one of
    # a body's set of papers, whose owner the article gave with the set.
    r"(?:(?:finance|financial|performance|workforce|quality|safety|audit|risk|progress|"
    r"monitoring|budget|board|committee|officers['’]?)\s+)?"
    # "The document" is whatever report the article cited before.
    rf"(?P<noun>{_RESEARCH_WORDS}|survey|poll|document|{_DOCUMENTS})"
    r"(?:\s+of\s+(?:[^,;.]|[,.](?=\d)){1,40}?)?|"
    r"^[Tt]he\s+(?P<data>data)|^(?:In\s+(?:a|an|its)\s+[a-z]+,\s+)?(?P<pronoun>It|it)|"
    r"^(?P<its>Its)\s+(?:own\s+)?(?:figures|data|numbers|statistics))\s+"
    r"(?:also\s+|further\s+|then\s+|later\s+)?"
    # What a report does with its figures besides saying them ("It also flagged 46 ...").
    rf"(?:{_SPEECH_VERBS}|show|reveal|flagged|identified|listed|highlighted|recorded|counted|"
    r"recommended|uncovered|documented|ranked|blamed|attributed|logged|traces|traced|"
    r"concedes|conceded|admits|admitted|puts|"
    # Whom a study followed and what it covered are its authors' account of it ("The study
    # followed 40 firms and 1,000 staff").
    r"followed|tracked|sampled|covered|involved|analysed|analyzed|examined|"
    # How a poll was taken is its pollster's account too ("The poll of 812 voters has a margin
    # of error of 3.4 points", "The survey was conducted online", "The poll interviewed 900").
    r"(?:has|had|carries|carried)(?=\s+an?\s+(?:[\w-]+\s+)?margin\b)|"
    r"was\s+(?:conducted|carried\s+out|weighted)(?!\s+(?:by|for)\b)|"
    r"interviewed|questioned|polled|surveyed)\b"
)
# The words that introduce a study, report or survey, whose authors may go on as "the team".
_REPORTED_IN = re.compile(
    r"\b(?:study|research|report|analysis|survey|poll|papers?|audit|review|bulletin|findings|"
    r"update|evaluation|assessment|investigation|inquiry|census|comparison)\b",
    re.IGNORECASE,
)
# What a report or a body does with the figures it gives, besides saying them ("The audit rated
# 187 bridges", "Its bulletin puts deaths at 73", "The office expects grants to cover 30%").
_REPORT_VERBS = (
    r"show|shows|showed|reveal|rated|rates|ranked|ranks|put|puts|flagged|flags|identified|"
    r"identifies|listed|lists|highlighted|highlights|recorded|records|counted|counts|"
    r"recommended|uncovered|documented|blamed|attributed|expects|expected|assumes|assumed|"
    r"gives|gave|sets|placed|places|adds|added|measured|measures|tracked|logged|predicts|"
    # A revision of one's own figures ("The bureau also revised growth up to 0.3%").
    r"revised|revises|upgraded|downgraded|"
    # "The report also lowered the bank's growth forecast": a revision in other words.
    r"(?:lowered|lowers|raised|raises|trimmed|trims)(?=\s+(?:its|their|the)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:forecasts?|projections?|estimates?|outlook|guidance)\b)|"
    # The verbs of gathering the figures ("Its volunteers surveyed 58 farms").
    r"surveyed|surveys|interviewed|polled|questioned|inspected|tested|studied|examined|"
    r"analysed|analyzed|reviewed|sampled"
)
# "Her office said ...", "His party has pledged ...", "Her group's survey ... found": a body
# named only by a person's possessive speaks for that person, whom the pronoun names.
_PRONOUNS_BODY = re.compile(
    r"^[“\"‘]?(?:(?:But|And|Meanwhile),?\s+)?(?P<pronoun>His|Her)\s+(?P<noun>[a-z]+)"
    rf"(?:['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:{_DATA_NOUNS}|study|review|statement)\b"
    r"|\s+(?:(?:has|have|had|also|later|then|previously|separately)\s+){0,2}"
    rf"(?:{_SPEECH_VERBS}|{_REPORT_VERBS}|pledged|pledges)\b)"
)
# Where a source named after "by" ends: at the verb it is the subject of. "records" and "counts"
# may be nouns in the name of a body that keeps data ("Figures from the county records office
# show"); "Data from the council shows office vacancies" ends at its verb.
_BY_SOURCE_ENDS = re.compile(
    rf"\s+(?:that\b|(?:{_SPEECH_VERBS}|{_REPORT_VERBS}|suggest|suggests|indicate|indicates)\b"
    rf"(?!(?:(?<=records)|(?<=counts))\s+{_KEEPERS_OF_DATA}\b))"
)
# The documents a report names as the source of their own figures when it names no issuer
# ("The budget forecasts ...", "..., the budget says", "A viral post claims ..."): a public body's
# budget or plan, or a social media post a fact-check examines. The claimant is the
# document as the article calls it, as a fact-checker would cite it, rather than the publisher.
_STANDING_DOCUMENTS = r"budget|plan|post|tweet|video"
_STANDING_DOCUMENT = re.compile(
    rf"the\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<noun>{_STANDING_DOCUMENTS})(?:\s+(?:documents|papers))?"
)
# What a document does with its figures, besides saying them ("The budget forecasts ...", "It
# includes a £2bn fund"): only a document's verbs, never a body's ("The firm includes").
_DOCUMENT_VERBS = r"forecasts|includes|contains|allocates|earmarks|sets\s+aside|provides\s+for"
# A fact-check's subject: "A post shared 9,000 times claims that ...", "A viral video says ...":
# the post claims what follows its verb; how often it was shared is the publisher's count.
_POST_CLAIMS = re.compile(
    r"^[“\"‘]?(?:A|An|The|One)\s+(?:[\w-]+\s+){0,3}?(?P<noun>post|tweet|video|meme|graphic)\b"
    # Its own verb, before any comma but one inside a number ("shared 9,000 times"): "A video
    # shows ..., the force said" is the force's.
    r"(?:[^.;:,“”\"]|(?<=\d)[,.](?=\d)){0,120}?\s(?P<verb>claims|claimed|says|said|states|stated|"
    r"suggests|suggested|"
    r"asserts|asserted|alleges|alleged)\b"
)
# A reporting clause that closes a sentence ("..., the council said."), whose speaker is the
# sentence's rather than the document it opens with.
_REPORTED_AFTER = re.compile(
    r",[”\"’]?\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}\s+(?:said|says|added|told)\b[^,;]*$"
)
# A survey of a body's own people, with no one else named for it ("A survey of 3,150 QNU
# members, carried out in May, found ...", "A poll of Acme staff shows ...").
# A survey's opening, to the people it asked ("A survey of 3,000 ..."), and its finding after
# them ("... found"): `_SURVEY_OF_MEMBERS` here, and the survey of a body's members that
# `_bodys_own_work` reads by the body's noun.
_SURVEY_OF = (
    r"^(?:A|An|The|Its)\s+(?:[a-z]+\s+)?(?:survey|poll|ballot)\s+of\s+(?:(?:more\s+than\s+)?"
    r"[\d,]+\s+)?"
)
_SURVEY_FINDS = r"[^.;]*?\b(?:found|finds|shows?|showed|suggests?|suggested|revealed)\b"
_SURVEY_OF_MEMBERS = re.compile(
    rf"{_SURVEY_OF}(?P<owner>{_CAPITAL}[\w’'&-]*(?:\s+{_CAPITAL}[\w’'&-]*)*)(?:['’]s?)?\s+"
    rf"(?:members|staff|employees|workers|customers|supporters|subscribers)\b{_SURVEY_FINDS}"
)
# A share of those a survey reached, set before the sentence ("Of the 900 firms polled, ...",
# "Of those questioned, ..."): the survey's finding.
_OF_THOSE_SURVEYED = re.compile(
    r"^Of\s+(?:the|those|all)\s+(?:[\w’'-]+\s+){0,4}?(?:surveyed|polled|questioned|sampled|"
    # "Of the 512 who responded": a survey's respondents, counted by whoever ran it.
    r"interviewed|inspected|tested|assessed|replied|responded|answered|took\s+part)\b"
)
# "It includes ..." after a sentence whose claimant is such a document: the document goes on.
_DOCUMENT_GOES_ON = re.compile(rf"^(?:It|It\s+also)\s+(?:{_DOCUMENT_VERBS})\b")
# A time or a place a sentence opens on before its subject: a phrase of a preposition of time
# or place up to its comma ("In 2024, ", "Over the whole of 2024, ", "By the end of October, ",
# "Across the region, "), or "Last year" / "This month" with or without one.
_LEADING_ADVERBIAL = (
    r"(?:(?:In|By|Over|During|Since|For|Across|Throughout|Between|Until|Through|After|Before|"
    r"From|At|On)\s+[^,;:“”\"]{1,50}?,\s+"
    r"|(?:Last|This|Each|Every)\s+(?:year|month|week|quarter|season|summer|winter|spring|"
    r"autumn|fall),?\s+)"
)
# A sentence whose subject is a definite description ("The study, which tracked 11,400
# households, found", "Its weekly bulletin puts", "The audit office expects", "The agency's
# director told"): whom the description names is the claimant. An aside between commas may
# stand between subject and verb, but not a name ("The club's chairman, Ada Moor, said" is
# hers).
_DEFINITE_SUBJECT = re.compile(
    r"^[“\"‘]?(?:(?:But|And|Meanwhile|However|Separately|Instead),?\s+)?"
    # A time or a place set before the subject ("In 2024, the guild counted ...", "Over the
    # whole of the year, the agency logged ...", "Last year the trust recorded ...").
    rf"(?:{_LEADING_ADVERBIAL})?"
    r"(?P<det>[Tt]he|Its|Their|His|Her)\s+(?:(?P<owner>[a-z][\w-]*)['’]s\s+)?"
    # A plural possessive may say whose the document is for ("Its quarterly members' survey").
    r"(?P<words>(?:[a-z][\w-]*(?:(?<=s)['’])?\s+){0,3}?[a-z][\w-]*)"
    # What the document is of, then an aside, either or both ("The survey of 2,014 adults,
    # conducted last week, puts ...").
    r"(?:\s+(?:of|for|from|on|into)\s+(?:[^,;.]|[,.](?=\d)){1,60}?)?"
    rf"(?:,\s+(?P<aside>(?=[a-z]){_NO_ROLE_AND_NAME}(?:[^,;]|(?<=\d),(?=\d)){{3,120}}?),)?"
    r"\s+(?:(?:also|further|then|later|now|still|separately|itself|has|have|had|will|would)\s+)"
    rf"{{0,2}}(?P<verb>{_SPEECH_VERBS}|{_REPORT_VERBS}|{_DOCUMENT_VERBS})\b"
)
# A reporting clause that ends a sentence with its speaker ("..., she wrote", "..., Ada Moor
# said on Monday").
_TRAILING_SPEAKER = re.compile(
    r",[”\"’]?\s+(?:he|she|they|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s+"
    r"(?:said|says|wrote|writes|added|adds|told|tells)\b[^,;]*$"
)
# The nouns that name a person by role ("the minister said"): a definite description with one
# of them names the person the article gave that role (`_role_holder`).
_ROLE_NOUNS = _PERSON_ROLES | frozenset(
    {"author", "director-general", "representative", "scientist"}
)
_DOCUMENT_NOUNS = re.compile(
    rf"(?:{_DOCUMENTS}|{_RESEARCH_WORDS}|{_DATA_NOUNS}|evaluation|assessment|investigation|"
    r"findings|papers?|census|index|model|budget|plan|accounts)"
)
# A body's pages on the web, which show its own figures as its report does.
_WEB_PAGES = frozenset({"site", "website", "portal", "dashboard", "page"})
# What a person shows a meeting, which speaks for her as her report does.
_PRESENTED = frozenset({"presentation", "slides", "slide", "testimony", "submission", "memo"})
_GENERIC = frozenset(
    {"study", "report", "research", "survey", "company", "firm", "government", "researchers"}
)
# The word a name ends in or contains often says what it names ("... Institute", "... Gazette",
# "... Ministry", "... Holdings"); the first list that matches wins. The first list says no more
# than the default does, but keeps a name that speaks ("Harbour Watch said") from being read as
# a person's.
_NAME_WORDS: list[tuple[str, re.Pattern[str]]] = [
    (
        EntityKind.ORGANISATION,
        re.compile(
            r"\b(?:Watch|House|Project|Consortium|Coalition|Alliance|Initiative|Campaign|"
            r"Group|Network|Trust|Fund|Society|Association|Union|League|Federation|Board|"
            r"Service|Club|Party|Committee|Chamber|Charity|Roundtable|Forum|Guild|Collective|"
            # A trading floor reports prices ("the Norbury Wool Exchange reported").
            r"Exchange|Market|Bourse)\b"
        ),
    ),
    (
        EntityKind.RESEARCH,
        re.compile(
            r"\b(?:Endowment|Institute|University|College|Academy|Centre|Center|Lab|Laboratory|"
            r"Research|Foundation|Think|Observatory)\b"
        ),
    ),
    (
        EntityKind.MEDIA,
        re.compile(
            r"\b(?:Times|Daily|News|Post|Journal|Media|media|Press|Herald|Tribune|Gazette|"
            r"Magazine|Radio|Television)\b"
        ),
    ),
    (
        EntityKind.GOVERNMENT,
        re.compile(
            r"\b(?:Government|government|Ministry|ministry|Police|police|Council|state|"
            # "the Office of Public Energy Advocate" is a public office, whatever it oversees.
            r"Department|Bureau|Commission|Authority|authority|Office\s+of|"
            # A country's armed forces speak as its government ("Ukraine’s Air Force said"),
            # session 56.
            r"Force|Forces|Army|Navy|Coast\s+Guard)\b"
        ),
    ),
    (
        EntityKind.COMPANY,
        re.compile(
            r"\b(?:Company|company|Inc|Ltd|LLC|plc|PLC|Corp|Corporation|Holdings|Technology|"
            r"Technologies|Industries|Analytics|Insights|Consulting|Partners|"
            # The trades firms name themselves for ("Quellbridge Systems", "Harlow Brewing").
            r"Systems|Motors|Airways|Airlines|Pharmaceuticals|Foods|Mining|Logistics|Securities|"
            r"Brewing|Brewery|Software|Telecom|Bank|Insurance|Energy|Resources|Capital|"
            # A utility or an operator named for what it supplies ("Hallow Water", "Tarn
            # Rail"), where no word of a public body's name goes before.
            r"Water|Gas|Electric|Power|Rail|Railways|Mobile|Broadband|Buses|Ferries)\b"
        ),
    ),
]
# What an article calls a name says what it is: "shipping company Quorvex", "Quorvex, a shipping
# company", "the watchdog Harbour Watch", "Lee Park, a senior researcher at ...". The noun comes
# right before the name, or heads the phrase after it ("a spokesman for the company" is a person:
# no "for", "of", "the" ... between the article and the noun).
_DESCRIBED_AS: list[tuple[str, str]] = [
    (
        EntityKind.PERSON,
        r"spokes(?:man|woman|person)|journalist|reporter|researcher|analyst|economist|"
        r"professor|lecturer|scientist|official|minister|senator|director|founder|co-founder|"
        r"executive|chairman|chairwoman|president|mayor|campaigner|activist|lawyer|"
        # A trade or a walk of life written as a title before a name ("Broker Ada Moor of X
        # said", "Retired teacher Ben Roe"), as a sentence may open.
        r"broker|strategist|consultant|statistician|historian|farmer|teacher|nurse|surgeon|"
        r"midwife|pensioner|landlord|tenant|trader|shopkeeper|solicitor|author|commuter|"
        # A market's sellers and a fishing crew's, as a report on prices quotes them ("Vendor
        # Ada Moor said she now sells 13 sacks a week").
        r"vendor|hawker|stallholder|fisherman|fisherwoman|"
        # A science's practitioner ("Criminologist Ada Moor of X University", "epidemiologist").
        r"[a-z]+ologist|physician|pharmacist|accountant|"
        # An officer or a manager of a body ("chief financial officer Ada Moor", "fund manager
        # Ben Roe"), whose name an "according to" gives with no verb of speech to type it.
        r"officer|manager|adviser|advisor|engineer|councillor|treasurer",
    ),
    (
        EntityKind.MEDIA,
        r"newspaper|magazine|tabloid|news\s+(?:site|agency|outlet|service)|site|website|"
        r"outlet|broadcaster|blog",
    ),
    (EntityKind.RESEARCH, r"think[\s-]tank|institute|university|research\s+(?:centre|center)"),
    (EntityKind.GOVERNMENT, r"ministry|regulator|government\s+agency"),
    (
        EntityKind.COMPANY,
        r"company|firm|giant|maker|manufacturer|start-?up|vendor|supplier|provider|"
        r"corporation|conglomerate|titan|retailer|bank|insurer|lender",
    ),
    (
        EntityKind.ORGANISATION,
        r"watchdog|charity|consortium|coalition|alliance|network|NGO|non-?profit|"
        r"organi[sz]ation|association|union|group",
    ),
]
_PERSON_NOUNS = next(nouns for kind, nouns in _DESCRIBED_AS if kind == EntityKind.PERSON)
_COMPANY_DESCRIBED = next(nouns for kind, nouns in _DESCRIBED_AS if kind == EntityKind.COMPANY)
# A person's noun alone, and the same or its plural, compiled once (its alternation is long).
_PERSON_NOUN = re.compile(rf"(?i:{_PERSON_NOUNS})")
_PERSON_NOUN_OR_PLURAL = re.compile(rf"(?i:{_PERSON_NOUNS})s?")

# A person the report does not name, opening the sentence as its subject with "a", "an", "one"
# or "another", perhaps with where they work and why they go unnamed before the verb ("One
# Eastern Conference executive, speaking on condition of anonymity to discuss ..., estimated",
# "However, a senior official in the agency who pleaded anonymity ... told our correspondent",
# "One agent who represents four athletes ..., and who asked not to be named, said"): the
# description up to "who" or the comma is the source, as a reader is given it. Never a
# spokesperson (whose body speaks); a share ("One in five residents said") has no person's
# noun in the singular.
_INDEFINITE_WHO = (
    r"(?:An?|One|Another|an?|one|another)\s+(?:[\w’'-]+\s+){0,4}?"
    rf"(?!spokes)(?:{_PERSON_NOUNS}|agent|employee|worker|resident|member|aide|staffer|insider|"
    r"source|driver|parent|player|coach|doctor|investor|banker|diplomat|operative|lawmaker|"
    r"legislator|negotiator|organi[sz]er|supporter|critic)"
    r"(?:\s+(?:in|at|on|with|from|for|of)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)?"
)
_INDEFINITE_PERSON = re.compile(_INDEFINITE_WHO)
_INDEFINITE_SPEAKER = re.compile(
    r"^[“\"‘]?(?:(?:However|But|And|Meanwhile|Still|Yet),?\s+|(?:In|At|On)\s+[^,;]{3,60},\s+)?"
    rf"(?P<who>{_INDEFINITE_WHO})"
    r"(?=[,\s])(?:,?\s+(?:who|speaking)\b[^;]{0,200}?)?"
    r",?\s+(?:also\s+)?(?:said|says|told|tells|added|estimated|estimates)\b"
)
# The same person after the verb that closes the sentence ("..., said one party operative in
# the state.", "“...,” said a senior official.") or before it, after a quotation ("“...,” one
# analyst said.").
_INDEFINITE_SAID_AFTER = re.compile(
    r"(?:,|[”\"’])\s*(?:(?:said|says|added|told\s+[\w’'-]+)\s+"
    rf"(?P<who>{_INDEFINITE_WHO})|(?P<subject>{_INDEFINITE_WHO}),?\s+(?:said|says|added))"
    r"\s*[.!]?\s*[”\"’]?\s*$"
)
_NOT_A_MODIFIER = (
    r"(?:of|for|at|in|on|with|by|from|to|as|the|a|an|and|or|who|which|that|whose|said|says)\b"
)
# The words between "said" and a name that join or say when or how, not who ("said on Monday
# Ada Moor" is no role's); any other word there describes the speaker, an office or a walk of
# life ("said trader Ada Moor", "said mother-of-two Ada Moor", "said local landlord Ben Roe").
_NO_ROLE_SAID = re.compile(
    rf"{_NOT_A_MODIFIER}|(?:but|last|this|next|yesterday|today|tonight|earlier|later|then|also|"
    r"again|now|once|still|[a-z]+ly)\b"
)
_ACRONYM = re.compile(r"^[A-Z][A-Z&]+$")
# A capital inside one word ("QuorvexData") is a brand's; in a surname it follows a prefix
# ("McAdam", "DeLora").
_INTERCAPPED = re.compile(r"^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)[A-Z])[A-Z][a-z]+[A-Z]\w*$")
# The people who speak for the body named with them ("a Jetwren spokesman", "an Education
# Ministry spokeswoman"): the claim is the body's.
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative"})
# What a body speaks through, after its name in lower case ("the X Transit press office", "X
# Police officers", "the X Ministry weekly update"): the body speaks.
_PARTS_OF_A_BODY = _SPOKES | frozenset(
    {"office", "team", "unit", "desk", "officers", "officials", "staff", "update", "updates"}
    # "X Securities analysts wrote", "X Bank economists expect": the firm's research.
    | {"analysts", "economists", "strategists"}
)
_SPOKES_WORDS = re.compile(r"\b(?:spokes(?:man|woman|person|people)|representative)\b", re.I)
# A title whose portfolio follows with "of" or "for" ("Chief Inspector of Prisons Ada Moor",
# "Minister of State for Health Ada Moor", "Secretary of the Treasury Ada Moor").
# So does a ministry's or a department's name before its officer's, where the officer's title
# stood before "in the" ("Minister in the Ministry of Finance Ada Moor said").
_TITLE_OF = re.compile(
    rf"^(?:[A-Z][\w’'-]*\s+){{0,3}}?(?:{_TITLE_WORDS}|Ministry|Department)\.?\s+(?:of|for)\s+"
    r"(?:the\s+)?"
    r"(?P<rest>[A-Z].*)$"
)
_TITLE_WORD = re.compile(rf"(?:{_TITLE_WORDS})\.?")
# The portfolios a minister's or a secretary's title names in one word ("Secretary of State",
# "Minister of Health").
_ONE_WORD_PORTFOLIOS = frozenset(
    {"state", "health", "defence", "defense", "education", "justice", "finance", "labour"}
    | {"labor", "transport", "transportation", "energy", "agriculture", "commerce", "trade"}
    | {"treasury", "housing", "environment", "culture", "interior", "tourism", "immigration"}
)
# A person a sentence introduces as its subject, described after a comma ("Consumer champion
# Ada Moor, of the group ...", "Ada Moor, a criminologist at ..."), who may go on as "she".
_SUBJECT_PERSON = re.compile(
    # A name may have four words ("Daniel Goh Kah Wee, a physician, ...").
    r"^[“\"‘]?(?:[A-Za-z][\w’'-]*\s+){0,6}?(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})"
    # The description may open with its body's possessive ("Ada Moor, Acme's chief economist").
    r"(?=,\s+(?:[a-z]|[A-Z][\w-]*['’]s\s+[a-z]|\d{1,3},))"
)
# A person named after a preposition and described after a comma, by a role or an age
# ("councillors heard from Ada Moor, chair of the X Association,", "For Ada Moor, 34, from
# Brindle, the news ..."): who "she" names next, though no subject of the sentence.
_PERSON_AFTER_PREPOSITION = re.compile(
    r"(?:^|\s)(?i:from|to|with|by|for|about)\s+"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}),\s+"
    # The description is an age, or a person's role within its first words ("chair of", "a
    # retired nurse"); a body's ("a utility") is not.
    rf"(?=\d{{1,3}},|(?:[a-z][\w’'-]*\s+){{0,3}}?(?:{'|'.join(sorted(_ROLE_NOUNS))}|"
    rf"{_PERSON_NOUNS}|nurse|teacher|resident|mother|father|pensioner|student)\b)"
)
# A person a clause opens with as its subject, before a verb ("At dusk, Ada Moor walks the
# length of the street"), or a person named after a description of her role ("The opposition
# health spokesman, Ada Moor, was on this programme"): who "she" names next.
_CLAUSE_SUBJECT_PERSON = re.compile(
    r"(?:^[“\"‘]?|,\s+)(?P<name>[A-Z][\w’'-]*[\w-](?:\s+[A-Z][\w’'-]*[\w-]){1,2})\s+"
    r"(?:(?:has|had|have|also|now|still|then|often|usually)\s+)?(?:[a-z]+(?:s|ed)|was|is)\b"
)
# A person a sentence opens with as its subject, after a role that may be lowercase
# ("Transport critic Ada Moor then tabled", "Councillor Ada Moor has asked"): whom "she said"
# later in the sentence names.
_SUBJECT_AFTER_ROLE = re.compile(
    r"^[“\"‘]?(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s+"
    r"(?:(?:has|had|also|now|then|later)\s+)?(?:[a-z]+(?:s|ed)|was|is)\b"
)
# The name may carry its own title in lowercase ("The bill's author, council member Ada Moor,").
_ROLE_THEN_PERSON = re.compile(
    # The role may be owned by a name ("Acme's chief executive, Ada Moor, was unimpressed").
    r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)|(?<![\w’'-])(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s)"
    r"\s+(?:[\w’'-]+\s+){0,4}?(?P<role>[\w-]+)"
    # The role may say what it heads ("its head of research, Ada Moor,").
    r"(?:\s+(?:of|for)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?,\s+"
    r"(?:[a-z][\w-]*\s+){0,3}?(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}),"
)
# The verb a subject set off by commas goes on to ("Ada Moor, described ... and said").
_FIRST_VERB = re.compile(r"\s+[a-z]+ed\b")
# A role in lowercase as a title before a full name ("Trust chair Ada Moor", "union president
# Ben Roe didn't wait"): the person, whatever verb or none follows.
_LOWERCASE_TITLE_PERSON = re.compile(
    r"(?<![\w’'-])(?P<role>[a-z]+)\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})"
)
# Words that open a sentence or a clause in capitals without being anyone's given name.
_NOT_GIVEN_NAMES = frozenset(
    {
        "but",
        "and",
        "yet",
        "so",
        "when",
        "while",
        "as",
        "after",
        "before",
        "since",
        "if",
        # Conjunctions opening a sentence before a name ("Where Ada Moor sees a slowdown, ..."),
        "where",
        "whereas",
        "although",
        "though",
        "because",
        "unless",
        "until",
        "whether",
        # Determiners opening a sentence before a name ("Both X and Y have come under fire").
        "both",
        "either",
        "neither",
        "each",
        # Session 54: a preposition opening a sentence before a name ("For Quellane fans,
        # though, ..." before "Quellane says").
        "for",
        "with",
        "from",
        "like",
        "unlike",
        "despite",
        "among",
        "amid",
        "without",
        "against",
        "during",
        "through",
        "beyond",
        # Session 53: a clause of "-ever" before a name ("Whatever Quorvex says about ...").
        "whatever",
        "whichever",
        "whoever",
        "whenever",
        "wherever",
    }
)
# The words before a surname that are no given name of it (`_full_name`).
_NO_GIVEN_NAMES = _STOP_BACK | _PRONOUNS | _NOT_NAMES | _NOT_GIVEN_NAMES
# "A Jetwren spokesman hit back: “...”": whoever stands before a verb and the colon that opens
# a quotation speaks it, whatever the verb.
# A fact box's heading that names its source: "Key figures (source: X)", "At a glance (X)",
# "In numbers - Source: X"; the bullet lines under it are the source's.
# The bracket names a source as a name does, with a capital, unless "source:" says it is one:
# "Firms with most complaints (number received, 2024)" says what the figures count.
_BOX_HEADING = re.compile(
    r"^[^\n•]{2,60}?\s*(?:\((?:(?:source|sources|data|figures)\s*:\s*|(?=(?-i:[A-Z])))"
    r"(?P<bracketed>[A-Z][^()\n]{2,80})\)"
    r"|[-–—:|]\s*(?:source|sources|data)\s*:\s*(?P<after>[A-Z][^\n]{2,80}?))\s*:?\s*$",
    re.I,
)
# One word in the past participle, in brackets after a heading or a listing: its state.
_STATE_IN_BRACKETS = re.compile(r"[A-Z][a-z]+ed")
# A fact box's item that ends by naming its source in brackets: "- £260bn: held in ... (X)",
# "$2.14 billion — ticket sales, 2024 (X)".
_ITEM_SOURCE = re.compile(
    r"(?::|\s[—–])\s.*\((?:(?:source|data)\s*:\s*|via\s+(?:the\s+)?)?(?P<name>[A-Z][^()\n]{2,80}?)\)\s*\.?\s*$",
    re.I,
)
# A fact box's item: a bullet, a short label (its figure, or what the figure measures), a colon.
_FACT_BOX_ITEM = re.compile(r"^\s*(?:[•▪◦·*‣-]|–|—)\s+[^\s:]+(?:\s+[^\s:]+){0,5}:\s+\S")
# The lines of a Q&A interview: "Q: ..." asks, "A: ..." answers.
_QUESTION_LINE = re.compile(r"^\s*(?:Q|Question)\s*[:.]\s")
# A question in the first person singular is a reader writing in about themselves.
_READER_WRITES = re.compile(r"\b(?:I|I['’](?:m|ve|d)|[Mm]y)\b")
_ANSWER_LINE = re.compile(r"^\s*(?:A|Answer)\s*:\s")
# The words that introduce a Q&A as an interview ("X spoke with Y. The interview has been
# edited", "This transcript has been condensed").
_INTERVIEW_WORDS = re.compile(
    r"\b(?:interview(?:s|ed)?|spoke\s+(?:with|to)|talked\s+(?:with|to)|speaks\s+(?:with|to)|"
    r"sat\s+down\s+with|conversation|transcript|edited\s+for|condensed)\b",
    re.IGNORECASE,
)
# "He went on: “...”", "She told the court: “...”": a pronoun, a few words of its verb and a
# colon that opens a quotation.
_PRONOUN_COLON_QUOTE = re.compile(
    r"^(?P<pronoun>He|She|They)\s+(?:[a-z]+\s+){0,3}?[a-z]+:\s*[“\"‘]"
)
_COLON_QUOTE = re.compile(r"^(?P<head>[^:“”\",;]{3,80}?):\s*[“\"‘]")
# A transcript's turn opens with its speaker's name in capitals and a colon ("MOOR: We have
# recorded ..."): the speaker states the figures of the turn.
# A parliament's transcript gives the surname after an honorific and a role with its holder's
# name in brackets ("Ms MOOR: ...", "The CHAIR (Ada Moor): ...").
_SPEAKER_LABEL = re.compile(
    r"^\s*(?P<label>(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Senator|Sen|"
    r"Rep|Hon|The)\.?\s+)?[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+){0,3}|"
    # A broadcast transcript may spell the surname as running text does, after an honorific
    # ("Dr Moor: Last week 41% ..."): the honorific is what marks the label as a speaker's.
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor)\.?\s+[A-Z][a-z][\w’'-]*)"
    r"(?:\s*\((?P<holder>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})\))?\s*:\s+\S"
)
# A call's or a hearing's turn labelled with its speaker's job and full name, as earnings calls
# and committee transcripts print them ("CFO Ada Moor: ...", "Senator Ben Roe: ...", "Analyst
# Ada Moor, Roe Capital: ..."): the title words (an acronym such as "CEO" among them) before a
# person's name, and the firm after a comma, are no part of the name.
# The jobs a transcript labels a turn's speaker by, before her name or alone ("Host Ada Moor:",
# "HOST:").
_TURN_ROLES = ("Analyst", "Host", "Moderator", "Presenter", "Interviewer", "Witness", "Panellist")
_TITLED_TURN = re.compile(
    rf"^\s*(?:[A-Z][\w’'-]*\s+){{0,3}}?(?:(?:{_TITLE_WORDS}|{'|'.join(_TURN_ROLES)}|Panelist|"
    r"[A-Z]{2,4})\.?\s+)+"
    rf"(?P<name>{_CAPITAL}[\w’'-]+(?:\s+{_CAPITAL}[\w’'-]+){{1,2}})"
    r"(?:,\s+[A-Z][^:\n]{1,60}?)?\s*:\s+\S"
)
# A call's turn labelled with a person's full name and, in brackets, the firm she speaks from
# ("Ada Moor (Roe Capital): ...", as earnings calls print an analyst's question).
_AFFILIATED_TURN = re.compile(
    r"^\s*(?P<name>[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){1,2})\s+"
    r"\([A-Z][^()\n:]{1,60}\)\s*:\s+\S"
)


def _written_before(name: str, text: str) -> bool:
    """Whether `text` writes `name` as a word of its running text, not as a turn's label
    ("Mira Quellane:"): found with `str.find`, so that each label's name compiles no pattern."""
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if (
            not (start and (text[start - 1].isalnum() or text[start - 1] in "’'-"))
            and not (end < len(text) and text[end].isalnum())
            and not text[end:].lstrip(" \t").startswith(":")
        ):
            return True
        start = text.find(name, start + 1)
    return False


# A turn labelled with a full name as running text spells it ("Mira Quellane: ...").
_NAMED_TURN = re.compile(r"^\s*(?P<name>[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){1,2})\s*:\s+\S")
# A turn labelled with an initial and a surname, after any title ("Hon. T. Moor: ...").
_INITIALLED_TURN = re.compile(
    rf"^\s*(?:(?:{_TITLE_WORDS})\.?\s+)*(?P<initial>[A-Z])\.\s+(?P<surname>{_CAPITAL}[\w’'-]+)\s*:\s+\S"
)
# The words that end a heading, not a name ("Executive Summary Report:", "Chief Risks Update:").
_HEADING_WORDS = frozenset(
    {
        "report",
        "review",
        "statement",
        "update",
        "summary",
        "findings",
        "notes",
        "figures",
        "highlights",
        "outlook",
        "message",
        "overview",
        "results",
        "risks",
    }
)
# The article's own indirect question ("We asked the council whether it would publish ...",
# "I asked the club how it reached its £420 average"): the outlet asking, which states nothing;
# a figure in it repeats one the article gave (or asks about one), no claim of the outlet's.
_OWN_QUESTION = re.compile(
    r"^\s*(?:We|I)\s+(?:also\s+|then\s+|later\s+|have\s+|had\s+)?(?:asked|put\s+it\s+to)\s+"
    r"(?:[\w’'-]+\s+){0,6}?(?:whether|if|why|how|what|when)\b"
)
# Who "I" and "we" are: the speaker of the turn they are said in.
_FIRST_PERSON = frozenset({"i", "we", "my", "our", "me", "us"})
# The verbs of a reported clause after "said" ("she said Vantor had counted ..."): the name
# before them is what is talked about, not who speaks.
_CLAUSE_VERB_AFTER = re.compile(
    # An adverb may stand between ("said Quellane now has 2,000 customers").
    r"\s+(?:(?:now|also|still|already|currently|only|then|again|just|recently|previously|"
    r"typically|alone|itself|together)\s+)?"
    r"(?:had|has|have|was|were|is|are|would|will|could|should|can|may|might|must|did|"
    r"does|[a-z]{3,}ed|"
    # The verbs a figure moves by ("said GDP grew 0.4%", "said prices rise").
    r"grew|rose|fell|hit|stood|grows|rises|falls|stands|reaches|hits|remains|remain|rise|fall|"
    r"grow|expects|needs|plans|shows|spent|spends|paid|pays|made|makes|lost|loses|won|wins|"
    # Any other verb in the present that takes its object at once ("said Quorvex employs about
    # 450", "said Quorvex operates 12 plants"): a plural noun there ("said X analysts in a
    # note") is followed by no figure or determiner.
    r"[a-z]{3,}s(?=\s+(?:about|around|some|nearly|almost|roughly|more|over|up\s+to|an?|the|"
    r"its|their|\d)))\b"
)
# A document named by its owner's possessive that opens a sentence ("The watchdog's annual
# ranking put ...", "Ofgem's review found ..."): the owner gives its figures.
_OWNERS_DOCUMENT = re.compile(
    r"^(?:(?:[Bb]ut|[Yy]et|while|whereas|[Aa]nd)\s+)?(?:[Tt]he\s+)?"
    r"(?P<owner>[\w’'-]+(?:\s+[\w’'-]+){0,3}?)"
    # Three words may say what the document is ("X's annual road condition survey"); a name
    # ending in "s" may take the apostrophe alone ("the Office for X Statistics' survey").
    # A figure may say which ("X's £1,758 figure assumes a household uses ...").
    # A body's word after the mark continues the owner's name ("the X Growers' Association
    # survey" is the association's, not the growers').
    rf"{_OWNERS_MARK}(?!\s+{_BODY_WORDS.pattern})\s+"
    r"(?:(?:[\w-]+|[£$€¥]?\d[\d,.]*\w*)\s+){0,3}?"
    rf"(?:{_DOCUMENTS}|report|survey|study|review|audit|index|census|"
    # Figures that say something only with a verb ("X's budget assumes 15 percent"; "X's
    # budget is $4m" is the article's own statement).
    r"(?:budget|plan|model|forecasts?|projections?|figures?|data|statistics|estimates?|accounts|"
    r"analysis|calculations?|costings?|modelling|modeling|valuations?|"
    # The document may be dated and set off before its verb ("The club's accounts for the year
    # to June, published on Saturday, show ..."), or say what it used ("X's own calculation,
    # using the bureau's fee data and the rates published by the department, found ...": the
    # sources of its data, not of its finding).
    r"records|"
    # A body's consultation paper puts its figures as a report does ("X's consultation document
    # says hours would fall from 40 to 20").
    r"document|consultation|proposals|submission|"
    # A forecaster's outlook gives its odds ("the agency's seasonal outlook gives a 60 per cent
    # chance of a wet winter"), as a report gives its figures.
    r"outlooks?)"
    r"(?=(?:\s+(?:for|of|to|from|in|on)\s+[^,.;]{1,40}?)??(?:,\s+[^,.;]{1,120},)?"
    # An aside in brackets may stand before the verb ("X's report (link below) says").
    r"(?:\s*\([^()\n]{1,60}\))?"
    # "The central bank's balance-of-payments data tell another story, showing ...".
    # What a document holds is its owner's too ("X's draft budget includes $12m for roads").
    rf"\s+(?:also\s+)?(?:{_SPEECH_VERBS}|{_REPORT_VERBS}|{_DOCUMENT_VERBS}|gives|gave|tell|"
    r"tells)\b))\b"
)


@dataclass(frozen=True)
class Attribution:
    name: str
    kind: str
    words: str  # the words that name the claimant
    at: int = field(default=-1, compare=False)  # where in the article it was made, once known


@dataclass
class SuggestedClaim:
    """One check-worthy sentence, with offsets into the normalised text."""

    sentence: str
    start: int
    end: int
    quote: str
    quote_start: int
    quote_end: int
    prefix: str
    suffix: str
    figures: list[ParsedFigure]
    section: str
    claimant: str
    claimant_kind: str
    attribution: str
    score: float
    reason: str
    original_start: int = 0
    original_end: int = 0

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(" ".join(self.sentence.split()).encode("utf-8")).hexdigest()

    def as_json(self) -> dict[str, Any]:
        return {
            "sentence": self.sentence,
            "start": self.original_start,
            "end": self.original_end,
            "normalised_start": self.start,
            "normalised_end": self.end,
            "quote": self.quote,
            "section": self.section,
            "figures": [
                {
                    "value": figure["value"],
                    "unit": figure["unit"],
                    "qualifier": figure["qualifier"],
                    "currency": figure["currency"],
                    "scale": figure["scale"],
                    "as_written": figure["as_written"],
                    "start": figure["original_start"],
                    "claimant": figure.get("claimant", ""),
                }
                for figure in self.figure_dicts_with_original
            ],
            "claimant": self.claimant or None,
            "claimant_kind": self.claimant_kind or None,
            "score": self.score,
            "reason": self.reason,
        }

    figure_dicts_with_original: list[dict[str, Any]] = field(default_factory=list)
    # Who states each figure, in order ("" for the publisher): a sentence may give two
    # sources' figures ("X found 51 percent, while Y put it at 48").
    figure_claimants: list[str] = field(default_factory=list)


# -- sentences --------------------------------------------------------------------------------


class _Segmenter(pysbd.Segmenter):
    """pysbd's segmenter, placing its sentences in the text with str.find where pysbd compiles
    a regular expression of each sentence (the sentence, escaped, then any whitespace, searched in order):
    the same spans (tests/intake/test_sentences.py compares the two on any text), without a
    compiled pattern per sentence, which cost a third of intake's time and, flooding re's
    cache, had the patterns pysbd reuses compiled again for every text."""

    def sentences_with_char_spans(self, sentences: list[str]) -> list[Any]:
        text = self.original_text
        spans = []
        prior_end = 0
        for sentence in sentences:
            searched_from = 0
            while (start := text.find(sentence, searched_from)) >= 0:
                end = start + len(sentence)
                while end < len(text) and text[end].isspace():
                    end += 1
                if end > prior_end:
                    spans.append(TextSpan(text[start:end], start, end))
                    prior_end = end
                    break
                # as re.finditer goes on: past the match, one further when it was empty
                searched_from = end if end > start else start + 1
        return spans


_SEGMENTER = _Segmenter(language="en", clean=False)

# Room in re's cache of compiled patterns for all the patterns an article needs. pysbd's
# abbreviation rules alone compile some 530 distinct patterns through it, the attribution rules
# about 45 more for each article (names and nouns written into them), and re keeps 512,
# dropping the oldest first: every article compiled most of them again, about 130 compiles an
# article and a quarter of its time (`bench/intake_speed.py` prints both, side by side). re
# reads the bound, `_MAXCACHE`, on every insertion (CPython 3.11 to 3.13). Full, after some 200
# articles, the cache holds about 7.5 MB (under 2 KB a pattern, measured with tracemalloc), and
# drops its oldest as new names come: about 37 compiles an article then, against 35 from empty.
RE_CACHE_SIZE = 4096
if getattr(re, "_MAXCACHE", RE_CACHE_SIZE) < RE_CACHE_SIZE:
    re._MAXCACHE = RE_CACHE_SIZE  # type: ignore[attr-defined]

# A piece with no word in it ("18.", "0 0") is a fragment the page left, never a sentence.
_HAS_WORD = re.compile(r"[^\W\d_]{2}")


# A clock time's "a.m." or "p.m." closing a piece, and the day it falls on opening the next.
# A month needs its day ("p.m. May 4"): "p.m. May said" is a sentence that opens on a name.
# A month's abbreviation with its stop, ending a piece pysbd cut there ("July 28-Aug."), and
# the day of the month opening the next ("12, 1984: ...").
_MONTHS_STOP_END = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$")
_DAY_OF_THE_MONTH = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?![.,]\d)")
_DAY_AFTER_CLOCK = re.compile(
    rf"(?:{_WEEKDAY_NAMES}\b(?:,?\s+\d{{1,2}}\b)?|"
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}\b)(?!\s+[A-Z])"
)


# A line with no full stop, question or exclamation mark or ellipsis before its last character,
# and no closing bracket (pysbd parts a list's items, "a) rents b) wages", and sentences in
# brackets) or carriage return: one sentence, which pysbd returns whole
# (tests/intake/test_sentences.py checks the two agree on any such line). A line that opens on a
# quotation closed before a capital and ends on a stop ('“Enough” Then more.') pysbd parts after
# the quotation, so such a line is asked of pysbd.
_ONE_PIECE = re.compile(r"(?![“\"][^”\"]*[”\"]\s+[A-Z][^\r]*[.!?…]\s*$)[^.!?…)\r]*[.!?…]?\s*")


def _pieces(line: str) -> list[str]:
    """pysbd's pieces of a line, without asking pysbd where the line can hold only one: more
    than half an article's lines (headings, table rows, one-sentence paragraphs), and most of
    the time segmenting takes."""
    if not line.strip():
        return []
    return [line] if _ONE_PIECE.fullmatch(line) else _SEGMENTER.segment(line)


def segment(text: str) -> list[tuple[int, int]]:
    """Every piece of `text` between sentence boundaries, paragraph by paragraph (a line is a
    paragraph): pysbd finds the boundaries (abbreviations, initials, decimals, quotations).
    The pieces, in order, are the text less its whitespace."""
    spans: list[tuple[int, int]] = []
    position = 0
    for line in _without_title_stops(text).split("\n"):
        line_start = position
        position += len(line) + 1
        cursor = 0
        for piece in _pieces(line):
            stripped = piece.strip()
            found = line.find(stripped, cursor) if stripped else -1
            if found < 0:
                continue
            if (
                spans
                and spans[-1][0] >= line_start
                and (
                    (
                        marks.CLOCK_END.search(line, 0, spans[-1][1] - line_start)
                        and _DAY_AFTER_CLOCK.match(stripped)
                    )
                    or (
                        _MONTHS_STOP_END.search(line, 0, spans[-1][1] - line_start)
                        and _DAY_OF_THE_MONTH.match(stripped)
                    )
                )
            ):
                # "meets at 7 p.m. Monday at the hall": the stop of "p.m." ends no sentence
                # when the day the time falls on follows it; nor does a month's ("July
                # 28-Aug. 12, 1984: ...", session 56) before its day.
                spans[-1] = (spans[-1][0], line_start + found + len(stripped))
            else:
                spans.append((line_start + found, line_start + found + len(stripped)))
            cursor = found + len(stripped)
        rest = line[cursor:]
        if rest.strip():  # pysbd changed what it returned: the rest of the line is one piece
            start = cursor + len(rest) - len(rest.lstrip())
            spans.append((line_start + start, line_start + len(line.rstrip())))
    return spans


def _without_title_stops(text: str, *, keep_saints: bool = True) -> str:
    """`text` with the full stop of an abbreviated title before a name made a space, so that
    pysbd ends no sentence at "Cllr." (it knows "Mr." and "Dr." but not every title) and a name
    reads whole; the same length, so positions hold. A saint's "St." may end a sentence as a
    street's does ("on Main St. The ..."), so segmenting keeps it."""

    def space(stop: re.Match[str]) -> str:
        if keep_saints and stop.group(0) == "St.":
            return stop.group(0)
        if stop.group("legal") and not re.match(r"[\w&] ", text[max(0, stop.start() - 2) :]):
            return stop.group(0)  # a legal form after a name's last word only
        if stop.group("letters"):
            return f" {stop.group('letters')}".ljust(len(stop.group(0)))
        if stop.group("generation"):
            # "Tomas Corvath, Jr., said" reads as "Tomas Corvath Jr, said" does.
            written = f" {stop.group('generation')}{stop.group('then') or ''}"
            return written.ljust(len(stop.group(0)))
        if stop.group("comma"):
            # "Quellane Ltd., the lender, said": the comma that sets off the aside stays
            # against the name, as it stands in "Quellane Ltd, the lender, said".
            return stop.group(0)[:-2] + ", "
        return stop.group(0)[:-1] + " "

    return _TITLE_STOP.sub(space, text)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of `text`: its pieces (`segment`) less the fragments a page leaves, a
    piece with no word in it ("18.", "0 0")."""
    return [(start, end) for start, end in segment(text) if _HAS_WORD.search(text[start:end])]


# A quotation opening in a piece pysbd kept whole: it keeps a quotation's sentences together
# ('"We cut 40 jobs. That is not a crisis," he said.'). Hidden, its marks let the sentences in
# it part.
# A stop, then a capital, inside the piece: only then may it hold two sentences (the check is
# cheap, segmenting again is not).
_STOP_THEN_CAPITAL = re.compile(r"[.!?][”\"]?\s+[“\"]?[A-Z]")


def _quoted_sentences_with(
    text: str, start: int, end: int, figures: list[ParsedFigure]
) -> tuple[int, int]:
    """The part of the piece `text[start:end]` from the first to the last of its sentences that
    carry `figures`, where a quotation holds more than one sentence; else the whole piece."""
    piece = text[start:end]
    if not figures or not _QUOTE_MARK.search(piece) or not _STOP_THEN_CAPITAL.search(piece):
        return start, end
    unquoted = _QUOTE_MARK.sub(" ", piece)
    parts = segment(unquoted)
    if len(parts) < 2:
        return start, end
    first = next(
        (p_start for p_start, p_end in parts if p_start <= figures[0].start - start < p_end),
        0,
    )
    last = next(
        (p_end for p_start, p_end in parts if p_start < figures[-1].end - start <= p_end),
        len(piece),
    )
    # The parts are found with the marks hidden: each takes its own marks back.
    while first > 0 and piece[first - 1] in '“"':
        first -= 1
    while last < len(piece) and piece[last] in '”"':
        last += 1
    return start + first, start + last


def _rstrip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


# -- attribution -----------------------------------------------------------------------------


# The words that end a body's name (`_BODY_WORDS`, and a few more), as the owner of a document.
_OWNING_BODY_WORD = re.compile(
    rf"{_BODY_WORDS.pattern}|Observatory|Institution|Inspectorate|Regulator|Directorate|Panel|"
    r"Forum|Network|Alliance|Coalition|Consortium|Council|Municipality|Corporation|Company|"
    r"Partnership|Administration|Secretariat|Tribunal|Assembly|Parliament|Government|Executive|"
    r"Co-operative|Cooperative|Registry|Commissioner|District|County"
)
# The whitespace before each word (none before the first): whether a line break parts them.
_LINE_STARTS = re.compile(r"(?:^|\s+)(?=\S)")


# The prefixes a body's hyphenated word opens with ("X Co-operative Society", "the
# Anti-corruption Commission", "the Inter-agency Council", "the Pan-African Parliament").
_NAME_PREFIX = re.compile(
    r"(?:Co|Non|Anti|Inter|Intra|Pan|Multi|Trans|Counter|Semi|Sub|Cross|Pre|Post|Re)-\w{4}",
    re.IGNORECASE,
)


# A country's or a body's initials written with stops, which open a name ("the U.S. Household
# Product Safety Board", "the U.N. refugee agency") and end no sentence before it.
_DOTTED_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}")


# A given name of two syllables romanised with a hyphen, the second in lower case, after the
# family name ("Wong Siu-ming", "Tsai Ing-wen", "Edmund Szeto Ka-lun"): a word of the name, not
# a compound adjective ("Leeds-based", "Tory-led", "Self-made"), whose parts are longer or whose
# second part is such a compound's.
_HYPHENED_GIVEN_NAME = re.compile(
    r"[A-Z][a-z]{1,4}-(?!(?:led|run|born|made|based|era|wide|like|free|type|backed|owned|held|"
    r"bred|only|side|long|year|day|week|time|term|rate|fold|odd|plus)\b)[a-z]{1,4}"
)


# What a company's holders, staff and customers are, or hold in it ("Shares of X", "Customers of
# Y"): written before its name and "of", never a word of it (`_capitalised_runs`).
_HELD_IN_A_BODY = frozenset(
    {
        "Shares",
        "Stock",
        "Bonds",
        "Shareholders",
        "Investors",
        "Customers",
        "Employees",
        "Staff",
        "Workers",
        "Users",
        "Subscribers",
    }
)


# Month words that are also people's names ("Ada May", "April Tamsley", "Jan Pellwick").
_MONTHS_THAT_NAME = frozenset({"may", "april", "june", "july", "august", "jan", "jun"})
# The words that make the month of such a word after them ("In May", "since April", "Late
# June"), capitalised where they open the sentence.
_BEFORE_A_MONTH = frozenset(
    {
        "in", "on", "since", "by", "until", "till", "during", "from", "early", "late", "mid",
        "last", "next", "this", "that", "each", "every", "through", "throughout", "after",
        "before", "between", "around", "about", "of", "to", "and", "or", "the", "as", "at",
        "within", "for",
    }
)  # fmt: skip


def _a_months_word_names_someone(
    raws: Sequence[str], tokens: Sequence[str], index: int, after_a_name: bool
) -> bool:
    """Whether the month's word at `index` is a person's name: a surname after a given name
    ("Ada May said", not "the Halsmoor Bank June survey"), or a given name before a surname
    ("Economist Jan Pellwick said"); never after a word that makes it a month ("Since May")."""
    word = tokens[index].lower()
    if word not in _MONTHS_THAT_NAME or (index and raws[index - 1].lower() in _BEFORE_A_MONTH):
        return False
    if after_a_name:
        # After a body's word it is the body's month ("the Halsmoor Bank June survey").
        return not _OWNING_BODY_WORD.fullmatch(tokens[index - 1])
    # Before a surname only the abbreviations, which a month keeps only before its day ("Jan
    # 12"): "In May Halsmoor Council said" is cut to "May Halsmoor Council" before it is read
    # here, and a full month's word there is that month. Nor is an abbreviation a given name
    # before a body's longer name ("In Jan Halsmoor Police said", cut the same way).
    # A family name's particles stand between ("Jan de Vries").
    after = list(raws[index + 1 : index + 5])
    while after and after[0] in _FAMILY_PARTICLES:
        after.pop(0)
    following = [raw[:1].isupper() for raw in after[:2]]
    return word in {"jan", "jun"} and following[:2] in ([True], [True, False])


# An Arabic family name's article or patronymic joined to it ("al-Rashid", "bin-Salim").
_ARTICLE_JOINED = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|ibn|abu|bin|ben)-[A-Z][\w’'-]*")
# A British company's legal form, written in lower case as its name's last word ("Tamsley
# Foods plc").
_LOWER_CASE_LEGAL_FORMS = frozenset({"plc"})
# The word a long body's name goes on past after its "of" or "for" ("the Society for the
# Prevention of Cruelty to Animals"); a route "from Wenlow to Castlebury" has neither.
_JOINS_A_LONG_NAME = frozenset({"to"})
# The word a university's name goes on past to its campus (`_capitalised_runs`).
_JOINS_A_CAMPUS = frozenset({"at"})


_POSSESSIVE_END = re.compile(r"['’]s$")
# The countries by their English names (CLDR's, through babel).
_COUNTRIES = frozenset(Locale.parse("en").territories.values())
# A body a country has one of, whose name says nothing without the country's ("Ukraine’s Air
# Force", "Russia’s Defence Ministry", "Chile’s Supreme Court"), session 56.
_A_COUNTRYS_BODY = frozenset(
    {
        "Force",
        "Forces",
        "Army",
        "Navy",
        "Ministry",
        "Court",
        "Police",
        "Government",
        "Parliament",
        "Senate",
        "Cabinet",
        "Military",
        "Guard",
    }
)


def _a_country_owns_the_body(tokens: list[str], index: int) -> bool:
    """Whether the possessive at `index` is a country's, before the one or two capitalised words
    of a body every country has (`_A_COUNTRYS_BODY`), which end the name there."""
    if _POSSESSIVE_END.sub("", tokens[index]) not in _COUNTRIES:
        return False
    for width in (1, 2):
        words = tokens[index + 1 : index + 1 + width]
        after = tokens[index + 1 + width : index + 2 + width]
        if (
            len(words) == width
            and all(word[:1].isupper() for word in words)
            and words[-1] in _A_COUNTRYS_BODY
            and not (after and after[0][:1].isupper())
        ):
            return True
    return False


# The verbs of saying that no noun or adjective is spelled as, which after a word with an
# owner's mark make it their subject ("Moody's said"), where "the firm's estimates" or "the
# bank's stated aim" own what follows.
_ONLY_VERBS_AFTER_AN_OWNER = frozenset(
    {"said", "says", "told", "tells", "expects", "believes", "thinks", "wrote", "writes"}
    | {"argues", "argued", "warned", "warns", "insists", "insisted"}
)


def _owns_nothing_after(raw: str, following: str) -> bool:
    """Whether a word ending in an owner's mark owns nothing: it ends the phrase, a comma or a
    stop closes it, or a verb of saying no noun is spelled as follows ("Moody's said", "Jane's,
    a defence weekly,"; `_ONLY_VERBS_AFTER_AN_OWNER`)."""
    return not following or raw[-1:] in ",;:." or following in _ONLY_VERBS_AFTER_AN_OWNER


def _capitalised_runs(phrase: str) -> list[str]:
    """Runs of capitalised words ("Pellridge Institute for Coastal Studies"). A possessive joins a
    run when a capitalised word follows ("Quorvex’s Data Lab") and otherwise ends it ("Orrin
    Metrics Valdora’s market" names Orrin Metrics); an opening possessive is the owner, dropped."""
    # A plural's apostrophe belongs to the name ("Supporters' Trust"); quotes around do not.
    raws = phrase.split()
    # A line break ends a run: a heading above a paragraph ("WHAT IS PROPOSED" over "Acme
    # Council's plan says") is no word of the name the paragraph opens with.
    line_starts = (
        {index for index, line in enumerate(_LINE_STARTS.findall(phrase)) if "\n" in line}
        if "\n" in phrase
        else set()
    )
    tokens = [raw.strip('“”"()[],.;:').lstrip("'‘").rstrip("’") for raw in raws]
    tokens = [token.rstrip("'") if not token.endswith("s'") else token for token in tokens]
    for index, raw in enumerate(raws[:-1]):
        if (re.fullmatch(r"[A-Z]\.|St\.", raw) or _DOTTED_ABBREVIATION.fullmatch(raw)) and raws[
            index + 1
        ][:1].isupper():
            # An initial keeps its stop: "S. Ada Moor" is how the person's name is written; so
            # does a saint's "St." in a name ("St. Anne's Hospital").
            tokens[index] = raw
    runs: list[list[str]] = []
    spelled_owning: list[list[str]] = []  # names spelled with an owner's mark ("Moody's")
    current: list[str] = []
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if index in line_starts and current:
            runs.append(current)
            current = []
        if raws[index].startswith("(") and current:
            # "the Indian Council of Agricultural Research (ICAR)": the bracket is an aside.
            runs.append(current)
            current = []
        if (
            re.fullmatch(r"[A-Z][\w’']*-[a-z][\w-]*", token)
            and not _NAME_PREFIX.match(token)
            and not (current and _HYPHENED_GIVEN_NAME.fullmatch(token))
        ):
            # "Strava-rival RunLoop", "Leeds-based X": a compound adjective, not a name's word;
            # an English prefix before its hyphen ("Co-operative", "Anti-corruption") makes one.
            # The capitalised words before a place's compound are its own ("Kuala
            # Lumpur-based", "New York-listed"): a place's name, no claimant's. ("Vincent Chow
            # Ka-ho" is a name that goes on after its hyphen.)
            if current and not _LOCATED_COMPOUND.search(token):
                runs.append(current)
            current = []
            continue
        if (
            token
            and token[0].isupper()
            and (
                # A day's possessive ("Wednesday's Fed statement") names no one either.
                _POSSESSIVE_END.sub("", token).lower() not in _NOT_NAMES
                or _a_months_word_names_someone(raws, tokens, index, bool(current))
            )
        ):
            if token.endswith(("’s", "'s")):
                if current and following[:1].isupper():
                    current.append(token)
                    continue
                if current and following.lower() in _AGENT_NOUNS:
                    # "the Secretary of State's office" is the office.
                    current.extend([token, following])
                    runs.append(current)
                    current = []
                    continue
                if current and (
                    _OWNING_BODY_WORD.fullmatch(token[:-2])
                    # So does the last word of a name joined by "of" or "and" ("the Ministry of
                    # Health and Social Care's figures"), no second name run into the first.
                    or any(word in _CONNECTORS for word in current)
                ):
                    # "the Kell Tidal Observatory's estimate": a word that ends a body's
                    # name ends this one, owner of what follows, not another name after it.
                    current.append(token[:-2])
                    runs.append(current)
                    current = []
                    continue
                if not current and _a_country_owns_the_body(tokens, index):
                    # "Ukraine’s Air Force said": the country's is part of the body's name.
                    current.append(token)
                    continue
                if not current and _owns_nothing_after(raws[index], following):
                    # "Moody's said", "According to Jane's, ...": a name spelled with an owner's
                    # mark (a founder's firm), where nothing follows for it to own. Session 55.
                    runs.append([token])
                    spelled_owning.append(runs[-1])
                    continue
                if current:
                    runs.append(current)
                current = []
                continue
            current.append(token)
        elif (
            current
            and (
                token in _RUN_JOINERS
                or token in _LOWER_CASE_LEGAL_FORMS
                # An Arabic family name's article, joined to it ("Ahmed al-Rashid").
                or _ARTICLE_JOINED.fullmatch(token)
                or (
                    token in _JOINS_A_LONG_NAME
                    and {"of", "for"} & set(current)
                    and following[:1].isupper()
                )
                # A university's campus ("the University of Halsmoor at Kelvasi"), session 55.
                or (
                    token in _JOINS_A_CAMPUS
                    and current[:2] == ["University", "of"]
                    and following[:1].isupper()
                )
            )
        ):
            current.append(token)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    cleaned: list[str] = []
    for run in runs:
        while run and run[-1] in _RUN_JOINERS:
            run.pop()
        while run and run[0] in _RUN_JOINERS:
            run.pop(0)
        if (
            run
            and run[-1].endswith(("’s", "'s"))
            and len(run[-1]) > 3
            and not any(run is owning for owning in spelled_owning)
        ):
            # "the X Office's January report": the owner kept with a word that turned out to
            # name no one ("January") is the owner's name, not its possessive.
            run[-1] = run[-1][:-2]
        if len(run) > 1 and run[0].lower() in _OPENING_PREPOSITIONS:
            # "At Brookfield School, results held up": a preposition capitalised because it
            # opens the sentence says where, and is no word of the name after it.
            run.pop(0)
        if len(run) > 2 and run[0] in _HELD_IN_A_BODY and run[1] == "of":
            # "Shares of Tamsley Corp rose 4%": what holders or customers have in a company,
            # capitalised because it opens the sentence, is no word of the company's name.
            del run[:2]
        if run:
            cleaned.append(" ".join(run))
    return cleaned


# A senior judge's style in English and Commonwealth courts ("Mr Justice Ames", "Lady Justice
# Roe-Hart"): the surname alone is how no report names the judge, so the style is the name.
_JUDICIAL_STYLE = re.compile(rf"^(?:Mr|Mrs|Ms|Lady|Lord)\s+Justice\s+{_CAPITAL}[\w’'-]+$")


# The letters after a person's name ("Sorcha Moor TD", "Ben Roe MP", "Ada Moor KC, OBE", a
# barrister's "BL").
_POST_NOMINALS = re.compile(
    rf"^(?P<name>{_CAPITAL}[\w’'-]*(?:\s+{_CAPITAL}[\w’'-]*)+?)"
    rf"(?:,?\s+(?:{_POST_NOMINAL_LETTERS}))+$"
)


# The trades a firm or a body is described by, written as a title before its name where a
# sentence opens ("Developer X", "Carmaker Y", "Watchdog Z"): only nouns that open no name
# themselves ("Bank", "Group", "Union" and "Network" do: "Bank Negara", "Union Pacific").
_TRADES: tuple[str, ...] = (
    "developer", "housebuilder", "retailer", "grocer", "supermarket", "insurer", "lender",
    "miner", "carmaker", "automaker", "chipmaker", "drugmaker", "airline", "carrier", "operator",
    "broadcaster", "regulator", "watchdog", "charity", "supplier", "manufacturer", "brewer",
    "bookmaker", "exporter", "importer", "refiner", "producer", "conglomerate", "start-up",
    "startup", "firm", "builder", "telco", "fintech", "pollster", "consultancy",
)  # fmt: skip
# The trade may come after a word that says which ("Rival operator X", "Property developer X").
_TRADE_BEFORE_NAME = re.compile(
    r"(?:(?:Rival|Property|Online|Budget|State-owned|Fellow|Local|Regional|National|Listed)\s+"
    rf"(?:{'|'.join(_TRADES)})|(?:{'|'.join(trade.capitalize() for trade in _TRADES)}))"
    r"\s+(?=[A-Z0-9])"
)


# The members of a committee, a board or a council ("MPs on the X Committee", "Members of the Y
# Board", "trustees of the Z Trust").
_MEMBERS_OF_A_BODY = re.compile(
    r"(?i:MPs|MSPs|MSs|TDs|MLAs|MEPs|members|councillors|senators|peers|lawmakers|legislators|"
    r"trustees|directors|governors)\s+(?:on|of)\s+(?:the\s+)?(?=[A-Z])"
)


# A person named after her body's possessive ("Halsmoor Council's Ada Moor", "X Homes' Ben Roe").
_OWNERS_PERSON = re.compile(
    r"(?P<owner>.+?)(?:['’]s|(?<=s)['’])\s+(?P<person>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})$"
)


# Where a body is based, written before its name ("Halsmoor-based Quellane", "Ostreva-headquartered
# X"): the name's adjective, no word of it.
_WHERE_BASED = re.compile(
    r"^(?:[A-Z][\w.’'-]*\s+)?[A-Z][\w.’']*-(?:based|headquartered)\s+(?=[A-Z])"
)


_DID_AFTER_NAME = re.compile(
    r"\s+(?:released|published|issued|unveiled|presented|produced|compiled|launched)\s+"
    r"(?=(?:a|an|the|its|their|two|three|four|five|six|seven|eight|nine|ten|\d)\b)"
)
_CLAUSE_OPENING = re.compile(r"^(?:(?:and|but|though|although|while|whereas|yet|so)\s+)+")


# Lower-case words before a plural owner in lower case ("above analysts'"), which no name
# opens on; a determiner ("the analysts'") is read where names are compared.
_WORD_BEFORE_PLURAL_OWNERS = re.compile(r"^(?!the\b)(?:[a-z]+\s+)+(?=[a-z]+s['’]$)")


_MODAL_AT_END = re.compile(r"(?:\s+(?:can|could|will|would|may|might|must|should|shall))+$")


def _clean_name(name: str) -> str:
    """`name` without the job title before it: a run of capitalised words ending in a title word
    when what is left reads as a person's name (no word of a body's name: "Hollin Coach
    Company" keeps its words), else the title words alone; a judge's style is kept whole."""
    if _JUDICIAL_STYLE.match(name):
        return name
    # A dash closes one phrase and opens the speaker's ("the country's outbreak—and Halsmoor
    # officials"); a conjunction opens the clause she speaks in ("..., though officials say").
    name = _CLAUSE_OPENING.sub("", re.split(r"—| [–-] ", name)[-1].strip())
    # "beating analysts' estimates", "above economists' forecasts": the owners of the
    # estimates, not the word that sets the figure against them.
    name = _WORD_BEFORE_PLURAL_OWNERS.sub("", name)
    # "Ada Moor could claim that ...": the modal is the verb's, no name ends in one.
    name = _MODAL_AT_END.sub("", name)
    # A body's name ends before what it did ("the Office of the Inspector General released two
    # reports" read as one name up to "reports").
    name = _DID_AFTER_NAME.split(name, maxsplit=1)[0]
    name = _WHERE_BASED.sub("", name)
    owned = _OWNERS_PERSON.match(name)
    if (
        owned is not None
        and guess_kind(owned.group("person"), via_speech=True) == EntityKind.PERSON
        and not re.fullmatch(_KEEPERS_OF_DATA, owned.group("person").split()[-1].lower())
    ):
        # "Halsmoor Council's Ada Tamsley said": the body's person speaks, by her own name (its
        # "Data Team" is no person).
        return owned.group("person")
    members = _MEMBERS_OF_A_BODY.match(name)
    if members is not None and (
        _BODY_WORDS.search(name[members.end() :])
        or guess_kind(name[members.end() :]) == EntityKind.COMPANY
    ):
        # "MPs on the X Housing Committee", "Directors of Y Foods": a body's members speak for
        # it ("Members of Ada Moor's family" are no body's).
        name = name[members.end() :]
    # "Sorcha Moor TD", "Ben Roe MP": the letters after a name say what she is, not who.
    name = _POST_NOMINALS.sub(r"\g<name>", name)
    of_title = _TITLE_OF.match(name)
    if of_title is not None:
        # The name is the last two words, after a portfolio of at least one capitalised word
        # ("Prisons", "State for Health"); "Director of the Institute for Fiscal Studies"
        # names no one ("for" before the last two words).
        rest = of_title.group("rest").split()
        # A one-word portfolio leaves three words for the name ("Secretary of State Hillary
        # Rodham Clinton").
        three = len(rest) == 4 and rest[0].lower() in _ONE_WORD_PORTFOLIOS
        person = " ".join(rest[-3:] if three else rest[-2:])
        if (
            len(rest) >= 3
            and rest[-3][:1].isupper()
            and all(word[:1].isupper() for word in rest[-2:])
            and guess_kind(person, via_speech=True) == EntityKind.PERSON
        ):
            return person
    described = re.match(rf"(?:(?i:{_PERSON_NOUNS})s?\s+)+(?=[A-Z])", name)
    if (
        described is not None
        # "Reporters Without Frontiers": a preposition after the noun makes it the name's word.
        and name[described.end() :].split()[0].lower() not in _OPENS_A_MODIFIER
        and (
            guess_kind(name[described.end() :], via_speech=True) == EntityKind.PERSON
            # "Economist Dr Ada Moor of X Bank": an honorific after the description marks a
            # person's name, whatever body the name goes on to give as hers.
            or _TITLES.match(name[described.end() :]) is not None
            # "Broker Ada Moor of X Brokers": so does a person's name before "of" a body.
            or bool(_person_of_body(name[described.end() :]))
        )
    ):
        # "Economists Ada Moor and ...", "Analyst Ben Roe": a description, not a name.
        name = name[described.end() :]
    run = _TITLE_RUN.match(name)
    if run is not None:
        rest = name[run.end() :].strip()
        if not _BODY_WORDS.search(rest) and not any(p.search(rest) for _, p in _NAME_WORDS):
            return rest
    rest = _TITLES.sub("", name).strip()
    if rest != name and (_BODY_WORDS.search(rest) or any(p.search(rest) for _, p in _NAME_WORDS)):
        # "General Insurance Roundtable", "National Farmers Guild": what follows the title word
        # is a body's name, so the word opens that name rather than titling a person.
        return name
    return rest


# The descriptions of _DESCRIBED_AS, compiled once per kind (each holds a long alternation of
# nouns, slow to compile; built around each name, they overflowed the re module's cache and
# were compiled again on every call): the noun right before a name, searched in the text that
# ends where the name starts, and the description after a name and its comma.
_DESCRIBED_BEFORE = [
    (kind, re.compile(rf"(?<![\w-])(?i:{nouns})\s+(?:the\s+)?\Z")) for kind, nouns in _DESCRIBED_AS
]
# "Ada Moor, the union's president": a noun owning the description is no description of her
# (the role after it is).
_DESCRIBED_AFTER = [
    (
        kind,
        re.compile(
            rf"\s*,\s+(?:a|an|the)\s+(?:(?!{_NOT_A_MODIFIER})[\w’'-]+\s+){{0,5}}?"
            rf"(?i:{nouns})(?![\w-]|['’]s\b)"
        ),
    )
    for kind, nouns in _DESCRIBED_AS
]
# How far before a name the noun that describes it may start ("research centre the ").
_DESCRIPTION_REACH = 80
_WORD_CHAR = re.compile(r"[\w-]")


@functools.lru_cache(maxsize=256)
def _noun_pattern(source: str) -> re.Pattern[str]:
    """A pattern built for a describing noun ("company", "agency"): few, asked for by every
    article. Kept here: `re`'s cache (`RE_CACHE_SIZE`) fills with the patterns built for each
    name an article gives and drops its oldest first, and these long ones, dropped, were
    compiled again and again."""
    return re.compile(source)


def _name_at(name: str, text: str) -> Iterator[tuple[int, int]]:
    """Every place `name` stands in `text` as a whole word at its end, overlapping or not."""
    # A plain search, not a pattern made for each name: names are many and each new pattern is
    # compiled, a sixth of extraction's time before this.
    if not name:
        return
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if not _WORD_CHAR.match(text, end):
            yield start, end
        start = text.find(name, start + 1)


def _described_kind(name: str, text: str) -> str:
    """The kind the text's first description of `name` gives it ("" when it gives none)."""
    firsts: dict[tuple[str, bool], int] = {}
    for start, end in _name_at(name, text):
        for kind, before in _DESCRIBED_BEFORE:
            if (kind, True) not in firsts:
                noun = before.search(text, max(0, start - _DESCRIPTION_REACH), start)
                if noun is not None:
                    firsts[(kind, True)] = noun.start()
        # The description after the name needs the name to open a word.
        if start and _WORD_CHAR.match(text, start - 1):
            continue
        for kind, after in _DESCRIBED_AFTER:
            if (kind, False) not in firsts and after.match(text, end):
                firsts[(kind, False)] = start
    found = [(at, kind) for (kind, _), at in firsts.items()]
    return min(found)[1] if found else ""


# A minister's or secretary's title, its portfolio of up to two briefs before it ("Home
# Secretary", "Ports and Inland Waterways Minister").
_PORTFOLIO_TITLE = re.compile(
    r"^(?:[A-Z][\w’'-]*\s+(?:(?:and|&)\s+(?=[A-Z]))?){1,4}(?:Minister|Secretary)$"
)


def guess_kind(name: str, *, via_speech: bool = False, described_in: Iterable[str] = ()) -> str:
    """What kind of claimant `name` is: as the texts describe it (the sentence first, then the
    article), else as its own words say; a one-word brand ("QuorvexData") is a company's; else a
    person when it speaks and reads like a person's name (one to three capitalised words, no
    acronym), else an organisation."""
    for text in described_in:
        described = _described_kind(name, text)
        if described:
            return described
    if via_speech and _PORTFOLIO_TITLE.match(name):
        # "The Ports and Inland Waterways Minister said": the minister, a person, whom "he
        # said" names next, however many words the portfolio takes.
        return EntityKind.PERSON
    for kind, pattern in _NAME_WORDS:
        if pattern.search(name):
            return kind
    words = name.split()
    if len(words) == 1 and _INTERCAPPED.match(name):
        return EntityKind.COMPANY
    if len(words) == 1 and _ACRONYM.match(name):
        return EntityKind.ORGANISATION
    # A family name's particles ("Johan van der Merwe") are no words of a body's name.
    capitalised = [word for word in words if word not in _RUN_JOINERS - _CONNECTORS]
    if (
        via_speech
        and 1 <= len(capitalised) <= 3
        and words[0][:1].isupper()
        and all(word[:1].isupper() for word in capitalised)
    ):
        return EntityKind.PERSON
    return EntityKind.ORGANISATION


def _agent_phrase(phrase: str) -> str:
    """A body named by its common noun ("the state comptroller", "health officials"): the
    words before the noun, from the first that is not an article or a quantity."""
    words = [word.strip('“”"()[],.;:') for word in phrase.split()]
    for index, word in enumerate(words):
        if word.lower() in _AGENT_NOUNS and (index + 1 == len(words) or words[index + 1] in ("",)):
            kept = [w for w in words[: index + 1] if w]
            while kept and kept[0].lower() in _STOP_BACK | {"an", "some", "its", "their"}:
                kept.pop(0)
            return " ".join(kept)
    return ""


def _leading_body(phrase: str) -> str:
    """A body named by its common noun at the start of `phrase`, whatever follows ("the mayor's
    own party put it at ..." is the mayor's own party); an owner's possessive is part of it."""
    words = [word.strip('“”"()[],.;:') for word in phrase.split()][:6]
    for index, word in enumerate(words):
        if word.endswith(("’s", "'s")):
            continue
        if word.lower() in _AGENT_NOUNS:
            end = index + 1
            while end < len(words) and words[end].lower() in _AGENT_NOUNS:
                end += 1  # "the city auditor", "the state comptroller"
            kept = words[:end]
            while kept and kept[0].lower() in _STOP_BACK | {"an", "some"}:
                kept.pop(0)
            return " ".join(kept)
        if not word or word[:1].isupper():
            return ""
    return ""


# "polling by X for the Y Evening Post": who commissioned the work, after "for the", is no part
# of the name of who did it, when it is a publication or a body of its own ("for the Y
# Farmers' Union"); "the Institute for Fiscal Study" keeps its "for".
_COMMISSIONED_BY = re.compile(r"\s+for\s+the\s+(?P<client>[A-Z].*)$")


def _without_client(name: str) -> str:
    """`name` less a client after "for the" that names a publication or a body."""
    client = _COMMISSIONED_BY.search(name)
    if client is None or client.start() == 0:
        return name
    words = client.group("client")
    if guess_kind(words) == EntityKind.MEDIA or re.search(
        r"^(?:Ministry|Department|Office)\b|\b(?:Union|Association|Federation|Council|Chamber|Party|Trust|League|Society|Board|"
        # A newspaper's masthead ("the X Evening Star", "the Y Courier").
        r"Star|Mail|Courier|Chronicle|Observer|Record|Mirror|Express|Standard|Telegraph|"
        r"Guardian|Echo|Sentinel|Examiner|Inquirer|Advertiser|Gazette|Herald|Post|Times)$",
        words,
    ):
        return name[: client.start()]
    return name


def _from_phrase(phrase: str, *, after_by: bool = False) -> str:
    """The name in "research by the Pellridge Institute", "a report in the ... Daily"; a
    client the work was done for ("polling by X for the Y Post") is no part of it."""
    if after_by:
        runs = _capitalised_runs(phrase)
        return (
            _without_client(runs[0]) if runs else (_agent_phrase(phrase) or _leading_body(phrase))
        )
    parts = re.split(r"\b(?:by|from)\b", phrase, maxsplit=1)
    if len(parts) > 1:
        runs = _capitalised_runs(parts[1])
        return _without_client(runs[0]) if runs else _agent_phrase(parts[1])
    runs = _capitalised_runs(phrase)
    if not runs:
        return _agent_phrase(phrase)
    at = phrase.rfind(runs[-1])
    described = _DESCRIBED_SOURCE.match(phrase)
    if (
        described is not None
        and len(runs) == 1
        and not phrase[at + len(runs[-1]) :].strip()
        and phrase[:at].rstrip().endswith((" in", " in the"))
        and (
            described.group("noun") in _GROUP_NOUNS
            or _PERSON_NOUN_OR_PLURAL.fullmatch(described.group("noun"))
        )
    ):
        # "according to a group representing rural counties in X": a source described, not
        # named, whose description ends on where it is; the place is none of it, and the
        # description, as the text gives it, is the source.
        return phrase.strip()
    if at >= 0 and _BODY_DESCRIBED_AFTER.fullmatch(phrase[at + len(runs[-1]) :]):
        # "according to the Halsmoor city council": the place's name and the body its words
        # describe there, as "the Halsmoor city council said" reads.
        return phrase[at:].strip()
    if (
        len(runs) >= 2
        and not phrase[at + len(runs[-1]) :].strip()
        and _IN_THE_PLACE.fullmatch(phrase, phrase.rfind(runs[-2], 0, at) + len(runs[-2]), at)
    ):
        # "according to the Health Ministry in X": the body as its branch there, as "the
        # Health Ministry in X said" reads; a name that may be a person's is given alone.
        who = runs[-2]
        if guess_kind(who, via_speech=True) != EntityKind.PERSON or _BODY_WORDS.search(who):
            return f"{who} in {runs[-1]}"
        return who
    return runs[-1]


# A source described, not named: "a" and a group's or a person's noun ("a group representing
# ...", "an official at ...").
_DESCRIBED_SOURCE = re.compile(r"\s*(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)\s+[a-z]")
_GROUP_NOUNS = frozenset({"group", "coalition", "association", "alliance", "network", "body"})
# What stands between a body and the place it is in ("the Red Cross in Ostreva").
_IN_THE_PLACE = re.compile(r"\s+in\s+(?:the\s+)?")


# A body named by its place and its kind in lower case after it ("Halsmoor city council",
# "Kelvasi state health ministry").
_BODY_DESCRIBED_AFTER = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2}\s+(?:council|government|ministry|department|office|authority|"
    r"agency|board|commission|administration|police|bureau|directorate)\s*"
)


def _owner(words: str) -> str:
    """The body `words` name as the owner of figures ("police", "the ministry's own" is the
    ministry, "Home Office"), or "" for an adjective ("official") or a fragment."""
    words = re.sub(r"(?i)^(?:the|a|an)\s+", "", words.strip())
    # "new police figures", "the latest council data": the figures' age is no part of the owner.
    words = re.sub(
        r"(?i)^(?:(?:new|latest|fresh|recent|provisional|final|annual|monthly|quarterly|weekly)"
        r"\s+)+(?=\S+\s*$|\S+\s+\S)",
        "",
        words,
    )
    words = re.sub(r"\s+own$", "", words)
    words = re.sub(r"['’]s?$", "", words)
    if words.lower() in _NOT_OWNERS:
        return ""  # "Official figures show": an adjective capitalised to open the sentence
    runs = _capitalised_runs(words)
    if runs and runs[-1] == words:
        return words
    if runs and words.endswith(runs[-1]) and words[: -len(runs[-1])].strip().islower():
        # "broadcaster StrandTV's figures", "the consultancy Ulvery Lane's data": what the
        # body is, then its name.
        return runs[-1]
    last = words.split()[-1].lower() if words.split() else ""
    if words.lower() in _NOT_OWNERS or last not in _AGENT_NOUNS:
        return ""
    return _agent_phrase(words)


def _written_lower(word: str, article: str) -> bool:
    """Whether the article writes a capitalised word in lower case elsewhere: a common word
    ("Farmers", "Trustees", "Where"), then, and no word of a person's name."""
    return re.search(rf"\b{re.escape(word.lower())}\b", article) is not None


_SPEAKS_AFTER_BODY = re.compile(
    rf"\s+(?:the\s+)?[A-Z][\w’'&-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w’'&-]*)*,?\s+"
    rf"(?:(?:also|has|had|have)\s+)?(?:{_SPEECH_VERBS}|{_REPORT_VERBS}|estimates?|estimated|"
    r"forecasts?|wrote|writes)\b"
)


# A capitalised word (a title's stop and all) right before where a name starts.
_CAPITAL_WORD_BEFORE = re.compile(r"[A-Z][\w’'-]*\.?\s+$")


def _of_body_instead(match: re.Match[str]) -> str:
    """ "Ada Moor at X Bank" written "Ada Moor of X Bank" (the same length: "from" as "of" and
    two spaces), which names her as the person of her body; a name read there no person's
    ("Consumer Prices at X") is left as written."""
    rest = match.string[match.end() :]
    if (
        # "Staff Nurse Ada Moor at X": a longer run of capitals than a name's.
        _CAPITAL_WORD_BEFORE.search(match.string, 0, match.start())
        # "X Bank at the Y Fair": a body's name.
        or not _person_of_body(f"{match.group('person')} of{rest}")
        # She speaks: her verb follows her body's name.
        or not _SPEAKS_AFTER_BODY.match(rest)
    ):
        return match.group(0)
    return f"{match.group('person')} of{' ' * (len(match.group('joint')) - 2)}"


def _person_of_body(name: str, article: str = "") -> str:
    """The person in "Joanne Pike of the Tenants' Union" ("" when the name before "of" is a
    body's own, as in "Bank of England" or "Secretary of State's office", or an adjective
    and a common noun the article writes in lower case, as in "the Associated Farmers of X
    County" of an article about farmers)."""
    match = _PERSON_OF_BODY.match(name)
    if match is None or _BODY_WORDS.search(match.group("person")):
        return ""
    if any(pattern.search(match.group("person")) for _, pattern in _NAME_WORDS):
        return ""
    first, *_, last = match.group("person").split()
    if re.search(r"\w{3}(?:ed|al|ive|ent)$", first) and _written_lower(last, article):
        # "the Associated Farmers of X County" in an article about farmers: an adjective and
        # a common noun, no given name and surname ("Tom Price of the X Union" stays his,
        # whatever the article says of prices).
        return ""
    return match.group("person")


# A headline in title case capitalises all its words but the short ones, and has more than three.
_HEADLINE_LEAST_WORDS = 4


def _title_cased_line(line: str) -> bool:
    """Whether a line is set as a headline in title case (`marks.title_case_words`)."""
    return marks.title_case_words(line, least_words=_HEADLINE_LEAST_WORDS)


def _credited_as(name: str, earlier: Iterable[Attribution]) -> bool:
    """Whether an earlier sentence's figures were credited to `name`."""
    return any(found.name == name for found in earlier)


def _full_name(surname: str, article: str, before: int) -> str:
    """The full name a surname stands for, as the article first introduces it ("Dr. Ada Moor,
    a ..." before "Moor said"), or "" when the article gives it no given name."""
    if _INTERCAPPED.match(surname):
        return ""  # "RunLoop": a brand's name, which takes no given name
    text = _without_title_stops(article[:before], keep_saints=False)
    if surname not in text:
        return ""  # Asked first: the pattern made for the surname costs a compile (`_name_at`).
    # A given name stands on the surname's line: a word ending the line before is a heading's.
    for match in re.finditer(
        # A word followed by more of a name is no surname there ("Faizal" in "Minister for
        # Coastal Affairs Faizal Rahim-Ong" opens his name): the word before it is a title's,
        # not a given name.
        # A nickname in quotes may stand between ("Rogelio “Boyet” Moor"): it is kept, as the
        # article names him.
        rf"((?:[A-Z][\w’'-]+[ \t]+){{1,3}})(?P<nickname>[“\"‘][A-Z][\w’'-]*[”\"’][ \t]+)?"
        # A possessive ends the name ("Jonah Moor's late double" before "Moor said").
        rf"{re.escape(surname)}(?![\w-]|[’'](?!s\b)\w|[ \t]+{_CAPITAL})",
        text,
    ):
        # A person may have more than one given name ("Samuel Kiprotich Orwell", "Jose
        # Lorenzo Varga"): the words before the surname are given names back to the first
        # that is a title's, a body's or no name's.
        given: list[str] = []
        # A name before an owner's "'s" may be a headline's words: one in title case
        # capitalises them all ("Inside Moor’s $1.5 Billion Bet"), and in one in sentence case
        # a word the article writes in lower case elsewhere is no given name ("Inside Moor's
        # bet on kitchens").
        owned = text[match.end() : match.end() + 1] in ("’", "'")
        if owned and _title_cased_line(_line_at(text, match.start())[1]):
            continue
        for word in reversed(match.group(1).split()):
            if owned and _written_lower(word, article):
                break
            if re.search(r"-[a-z]", word):
                break  # "Strava-rival RunLoop": an adjective before a brand, no given name
            if _TITLE_WORD.fullmatch(word) or word.lower() in _NO_GIVEN_NAMES:
                break
            if _POSSESSIVE_END.search(word) and not given:
                # An owner straight before the surname ("Wednesday's Fed", "the firm's Moor") is
                # no given name (session 55).
                break
            if given and (re.search(r"[’']s?$", word) or _written_lower(word, article)):
                # Before a given name, an owner ("the party’s Ada Moor") or a word the article
                # writes in lower case elsewhere ("Where", "Trustees", "Advocate") is no name.
                break
            if guess_kind(" ".join([word, *given, surname]), via_speech=True) != (
                EntityKind.PERSON
            ):
                # "Kestrel Valley School Division": the words make a body's name with the
                # word before them, so the "surname" ends a body's name, no person's.
                given = []
                break
            given.insert(0, word)
        if len(given) > 1 and _BODY_JOINS_BEFORE.search(text, 0, match.start()):
            # "the Ministry of Finance Ada Moor": the word after "of" ends the body's name, and
            # her given names start after it.
            given = given[1:]
        if given:
            return f"{' '.join(given)} {match.group('nickname') or ''}{surname}"
    return ""


# A word that joins a body's name just before a match of capitalised words ("Ministry of |").
_BODY_JOINS_BEFORE = re.compile(r"\b(?:of|for)[ \t]+$")


def _latest_speaker(earlier: Iterable[Attribution]) -> Attribution | None:
    """Whom "he" or "she" opening a paragraph names: the latest person who spoke or was
    introduced, or the latest body that spoke through its spokesperson."""
    return next(
        (
            found
            for found in reversed(list(earlier))
            if found.kind == EntityKind.PERSON or _SPOKES_WORDS.search(found.words)
        ),
        None,
    )


def _document_source(
    noun: str, article: str, before: int, earlier: Iterable[Attribution]
) -> Attribution | None:
    """Whose document "the bulletin" or "the statement" is: the body the article last named
    with it ("the annual bulletin of the Bureau of ...", "the Bureau's bulletin"), else the
    latest body that spoke of it ("The Bureau published its bulletin")."""
    text = article[:before]
    # "X surveyed 1,200 users ... / ..., according to the survey": the body that surveyed made
    # the survey, as much as one that named it ("X reported revenue" made no report).
    did_it = "(?:ed)?" if noun == "survey" else ""
    noun = re.escape(noun)
    best: tuple[int, str] = (-1, "")
    # "a traffic disclosure filed by parent company X": the filer, described or not; "the
    # filing" is what was filed.
    filed = (
        r"(?:filed|submitted|lodged)\s+by\s+(?:(?:its\s+)?(?:parent\s+)?(?:company|firm|group)\s+)?"
    )
    for match in re.finditer(
        rf"\b{noun}s?\s+(?:(?:{_PUT_OUT})\s+)?(?:of|by|from)\s+"
        rf"(?:the\s+)?(?P<name>[A-Z][^,;.()—–\n]*)|\b{noun}s?\s+{filed}(?P<filer>[A-Z][^,;.()—–\n]*)"
        + (
            rf"|\b{filed}(?P<of_filing>[A-Z][^,;.()—–\n]*)" if noun in ("filing", "filings") else ""
        ),
        text,
    ):
        groups = match.groupdict()
        name = groups["name"] or groups["filer"] or groups.get("of_filing") or ""
        runs = _capitalised_runs(name)
        if runs and name.startswith(runs[0].split()[0]):
            best = max(best, (match.start(), runs[0]))
    for match in re.finditer(
        # "a letter from the chief medical officer, Dr Ada Moor, to the minister": the person
        # the role names, set off after it.
        rf"\b{noun}s?\s+(?:of|by|from)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,4}}[a-z][\w-]*,\s+"
        rf"(?:(?:{_TITLE_WORDS})\.?\s+)?(?P<person>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,2}}),",
        text,
    ):
        best = max(best, (match.start(), match.group("person")))
    for match in re.finditer(
        rf"(?P<name>[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w’'-]*)*)['’]s\s+"
        rf"(?:[\w-]+\s+){{0,3}}?{noun}\b",
        text,
    ):
        name = re.sub(r"^(?:The|A|An)\s+", "", match.group("name"))
        if name.lower() not in _NOT_NAMES | _STOP_BACK:
            best = max(best, (match.start(), name))
    for match in re.finditer(
        # "since the X Authority (XA) began publishing its register": the body that issues or
        # keeps the document as its own, named as the subject, in a sentence that gave no
        # figure of its own for it and so made no claimant.
        # The name stands on one line: a heading above it is none of it.
        r"(?P<name>[A-Z][\w’'-]*(?:[^\S\n]+(?:(?:of|for|and)[^\S\n]+)?[A-Z][\w’'-]*)*)"
        r"(?:\s+\([A-Z]+\))?"
        r"\s+(?:[a-z]+\s+){0,2}?(?:(?:publish|issu|releas|compil|keep|kept|maintain)[a-z]*\s+"
        # "The X Union sent a letter to the council": the sender's letter.
        r"(?:its|their)|(?:sent|wrote|signed|delivered)\s+(?:a|an|its|their))\s+"
        rf"(?:[\w-]+\s+){{0,2}}?{noun}\b",
        text,
    ):
        name = re.sub(r"^(?:The|A|An)\s+", "", match.group("name"))
        if name.lower() not in _NOT_NAMES | _STOP_BACK:
            best = max(best, (match.start(), name))
    for match in re.finditer(rf"\b[Ii]ts\s+(?:[\w-]+\s+){{0,3}}?{noun}\b", text):
        # "The X Trust ran a deficit last year, its latest annual report shows": the body the
        # sentence opens with owns the document "its" gives it.
        line_start, line = _line_at(text, match.start())
        leading = _SENTENCE_BREAK.split(line[: match.start() - line_start])[-1]
        owner = _opening_name(leading.strip(), article)
        if owner and guess_kind(owner, described_in=(article,)) != EntityKind.PERSON:
            best = max(best, (match.start(), owner))
    issuer = _latest_issuer(noun, article, earlier)
    if best[1] and (issuer is None or issuer.at < best[0]):
        return Attribution(best[1], guess_kind(best[1], described_in=(article,)), best[1])
    if issuer is not None:
        return issuer
    # The body whose words named the document, or whose sentence cited it ("..., according to a
    # report due before the council's committee" made the council its claimant).
    # A verb's "to report" or "would report" is no document.
    cited = re.compile(
        rf"\b(?:a|an|the|its|their)\s+(?:(?!(?:to|would|will|could|should|may|must|did|does)\b)"
        rf"[\w’'-]+\s+){{0,3}}?{noun}s?\b",
        re.I,
    )
    return next(
        (
            found
            for found in reversed(list(earlier))
            if found.kind != EntityKind.PERSON
            and (
                re.search(rf"\b{noun}{did_it}\b", found.words, re.I)
                or (found.at >= 0 and cited.search(_sentence_at(article, found.at)))
            )
        ),
        None,
    )


def _standing_document(
    name: str, words: str, article: str, at: int, earlier: Iterable[Attribution]
) -> Attribution:
    """Whose figures a budget or a plan (`_STANDING_DOCUMENT`) gives, when a sentence
    names it as its source: the issuer the article names with it ("the agency's budget", "the
    X Trust published its budget"), else the body that spoke in the paragraph before or this
    one ("The trust set its budget on Monday. / The budget forecasts ..."); failing both, the
    document itself, as a fact-checker would cite it, rather than a body further back that did
    not issue it. A post, a tweet or a video is its own source."""
    standing = _STANDING_DOCUMENT.fullmatch(name)
    noun = standing.group("noun") if standing else ""
    if noun in ("budget", "plan"):
        source = _document_source(noun, article, at, earlier)
        if source is None or _STANDING_DOCUMENT.fullmatch(source.name):
            since = _paragraph_before(article, at)
            source = next(
                (
                    found
                    for found in reversed(list(earlier))
                    if found.kind != EntityKind.PERSON
                    and found.name[:1].isupper()
                    and found.at >= since
                ),
                None,
            )
        if source is None:
            # "X plans to halve its emissions by 2030. The plan includes ...": the body whose
            # sentence in this paragraph says it plans, or set a budget, before the document.
            paragraph = article[article.rfind("\n", 0, max(0, at)) + 1 : max(0, at)]
            for sentence in reversed(_SENTENCE_BREAK.split(paragraph.strip())[:-1]):
                body = _opening_body(sentence, article)
                if body is not None and re.search(rf"\b{noun}(?:s|ned)?\b", sentence):
                    source = body
                    break
        if source is not None:
            return Attribution(source.name, source.kind, words)
    return Attribution(name, guess_kind(name), words)


def _sentence_at(article: str, at: int) -> str:
    """The sentence of `article` that starts at `at`: to its first full stop, or its line's end."""
    line = article[at:].split("\n", 1)[0]
    return re.split(r"(?<=[.!?])[”\"’]?\s+(?=[“\"‘]?[A-Z])", line, maxsplit=1)[0]


def _latest_issuer(noun: str, article: str, earlier: Iterable[Attribution]) -> Attribution | None:
    """Whoever the article last said issued a document of the kind `noun` names, in the sentence
    that made them a claimant ("X said in a statement that ...", "The city's auditor, Ada Moor,
    said in a report published on Monday ...", "X published a survey"): a person as much as a
    body. Someone who only talks about the document ("Ada Moor said the report was flawed")
    did not issue it."""
    # "said in a statement", "published its annual report"; "found nothing new in the report"
    # is a reader's.
    # "according to a report released Monday by X", "a report by X": the issuer after "by".
    issues = re.compile(
        r"\b(?:in\s+(?:a|an|its|his|her|their)|(?:issued|issues|published|publishes|released|"
        r"releases|presented|produced|put\s+out)\s+(?:a|an|the|its|his|her|their))\s+"
        rf"(?:[\w’'-]+\s+){{0,3}}?{noun}s?\b"
        rf"|\b(?:a|an)\s+(?:[\w’'-]+\s+){{0,3}}?{noun}\s+(?:(?:released|published|issued|"
        r"produced|commissioned|presented)\s+(?:[\w’'-]+\s+){0,3}?)?by\b",
        re.IGNORECASE,
    )
    for found in reversed(list(earlier)):
        if found.at >= 0 and article and issues.search(_sentence_at(article, found.at)):
            return found
    return None


_TOLD_WHOM = re.compile(r"(?<=\btold)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s*$")
# The words that join the words of a body's name or of a title ("Bureau of Statistics",
# "Minister for Housing and Planning").
_JOINS_A_NAME = frozenset({"of", "for", "and"})


def _colon_speaker(sentence: str) -> str:
    """Who speaks a quotation opened by a colon ("A Jetwren spokesman hit back: “...”"): the
    words before the verb, capitalised or a body's noun, or "" when there are none."""
    match = _COLON_QUOTE.match(sentence)
    if match is None:
        return ""
    # "X told the Herald:": whom she told is no part of who speaks.
    words = _TOLD_WHOM.sub("", match.group("head")).split()
    while words and words[0].lower() in ("a", "an", "the"):
        words.pop(0)
    verb = len(words)
    while verb and words[verb - 1][:1].islower():
        verb -= 1
    named = verb
    while named and words[named - 1][:1].isupper():
        named -= 1
    if (
        named > 0
        and verb - named >= 2
        and 0 < len(words) - verb <= 4
        # "Director of Public Health Ada Moor": a title's own capitals run on into the name.
        and words[named - 1] not in _JOINS_A_NAME
    ):
        # "Union leader Ada Tamsley said: “...”", "Ward councillor Ada Tamsley said:": the
        # name after the role that describes her, not the role with it.
        return " ".join(words[named:verb])
    subject: list[str] = []
    for at, word in enumerate(words):
        if (
            word[:1].isupper()
            or word.lower() in _AGENT_NOUNS | _SPOKES
            # "The X Bureau of Statistics said:": a name's joining word before its capital.
            or (
                subject
                and word in _JOINS_A_NAME
                and at + 1 < len(words)
                and words[at + 1][:1].isupper()
            )
        ):
            subject.append(word)
        else:
            break
    rest = words[len(subject) :]
    if not subject or not rest or not rest[0].islower() or len(rest) > 4:
        return ""
    if subject[0].lower() in _STOP_BACK | _PRONOUNS | _NOT_GIVEN_NAMES:
        return ""
    if subject[-1].endswith(("’s", "'s")):
        # "The steward's verdict: “...”": an owner and a noun label the quotation, whose speaker is
        # named after it ("..., says Ada Moor") if at all.
        return ""
    return " ".join(subject)


def _carried(context: Iterable[Attribution], earlier: Iterable[Attribution]) -> Attribution | None:
    """The source "the same poll" refers to: the latest body that gave figures in the
    paragraph, else in the article."""
    for found in [*reversed(list(context)), *reversed(list(earlier))]:
        if found.kind != EntityKind.PERSON:
            return found
    return None


# What follows a name that opens a sentence (`_lone_opening_word`), read where the name ends.
_ASIDE_AFTER_NAME = re.compile(r",\s+(?:which|who|whose|a|an|the)\s")
_OWNER_AFTER_NAME = re.compile(r"['’]s\s")


def _lone_opening_word(name: str, sentence: str, article: str) -> bool:
    """Whether `name` is one word capitalised only because it opens the sentence ("Patient data
    for 2m people ..."): no body's common noun, and never capitalised inside a sentence of the
    article."""
    if " " in name or name.lower() in _AGENT_NOUNS:
        return False
    opening = sentence.lstrip(" “\"‘'")
    if not opening.startswith(name):
        return False
    if _ASIDE_AFTER_NAME.match(opening, len(name)):
        return False  # "Unison, which represents ...": a name with an aside about it
    if _OWNER_AFTER_NAME.match(opening, len(name)):
        return False  # "Quillmark's analysis found ...": an adjective takes no possessive
    if f"({name})" in (article or sentence):
        return False  # "ERSO figures show" after "the Energy Retail Standards Office (ERSO)"
    return not _written_inside_a_sentence(name, article or sentence)


def _written_inside_a_sentence(words: str, text: str) -> bool:
    """Whether `text` writes `words`, as capitalised, after a word or a comma: inside a sentence,
    where a capital makes a name, not only where one opens."""
    return words in text and re.search(rf"[\w,;’'][ \t]+{re.escape(words)}\b", text) is not None


def _paragraph_subject(sentence: str, article: str, at: int) -> Attribution | None:
    """The body the paragraph opened with as its subject, before `sentence` (ending at `at`)
    said "it": "Zipvane declined to comment. In a statement, it said ..." is Zipvane's."""
    if not article:
        return None
    before = article[article.rfind("\n", 0, max(0, at - len(sentence))) + 1 : at - len(sentence)]
    if not before.strip():
        return None
    name = _clean_name(_opening_name(before.strip(), article))
    # "The guild's central claim is stark. It says ...": a sentence that opens on "it" after
    # one about what a body claims goes on with the body.
    owner = r"(?:['’]s)?" if re.match(r"[“\"‘]?It\s", sentence) else ""
    definite = re.match(
        rf"(?:The|the)\s+(?P<described>(?:[a-z]+\s+){{0,2}}?(?P<noun>{_STANDS_FOR_NOUN})){owner}"
        r"\s+[a-z]",
        before.strip(),
    )
    if not name and definite:
        # "The network also pointed to ... , it said": the body the paragraph's subject
        # shortens, named before.
        name = _stands_for(definite.group("noun"), article, at - len(sentence), ())
        if not name[:1].isupper() and definite.group("described") != definite.group("noun"):
            # "The agriculture ministry defended the package. In a statement, it said ...":
            # a body the article describes and does not name, as described.
            name = definite.group("described")
        elif not name[:1].isupper():
            return None
    kind = guess_kind(name, described_in=(before, article)) if name else ""
    if not name or kind == EntityKind.PERSON or _lone_opening_word(name, before.strip(), article):
        return None
    return Attribution(name, kind, f"{name} ... it")


# Where one sentence of a line ends and the next begins, for the rules that look at the sentence
# before (`segment` splits the article; these look back within one line of it).
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[“\"‘]?[A-Z])")


def _subject_just_before(article: str, start: int) -> Attribution | None:
    """The body the last sentence of the paragraph before `start` opens with as its subject:
    whom "Its" opening the next paragraph names ("The X Ministry rejects that picture. / Its own
    figures show ..."), though that sentence gave no figure and so made no claimant."""
    paragraph = article.rfind("\n", 0, start)
    previous = article[: max(paragraph, 0)].rstrip()
    line = previous[previous.rfind("\n") + 1 :]
    return _opening_body(_SENTENCE_BREAK.split(line)[-1], article)


def _body_of_sentence_before(article: str, at: int) -> Attribution | None:
    """The body the sentence before the one ending at `at`, in its paragraph, opens with as its
    subject, when its name says it is a body ("The X Ministry declined to take part. In a
    statement, a spokesperson said ..."): whom a spokesperson named for no body speaks for."""
    paragraph = article[article.rfind("\n", 0, at) + 1 : at]
    sentences = _SENTENCE_BREAK.split(paragraph.strip())
    if len(sentences) < 2:
        return None
    found = _opening_body(sentences[-2], article)
    return found if found is not None and _BODY_WORDS.search(found.name) else None


def _opening_body(last: str, article: str) -> Attribution | None:
    """The body a sentence opens with as its subject, before a lowercase verb, or None."""
    if not last.endswith((".", "!", "?")):
        return None  # a heading, a caption's fragment: no sentence with a subject
    people_at = _PEOPLE_AT_BODY.match(last)
    if people_at is not None:
        # "Officials at the X Board met on Tuesday. / It said ...": the body its people are
        # at, the sentence's subject as far as "it" goes.
        name = people_at.group("name")
        return Attribution(name, guess_kind(name, described_in=(article,)), f"{name} ... Its")
    runs = _capitalised_runs(" ".join(last.split()[:10]))
    if not runs or not last.startswith(runs[0]):
        return None
    after = last[len(runs[0]) :]
    # "X, which represents 186 hotels, disputes ...", "X, the mid-sized exchange that serves
    # 3.1 million users, paused ...": an aside about the subject stands between it and its verb.
    # So does one that places it among others, or says where it is based or who owns it ("X,
    # one of the largest suppliers, has written ...", "X, based in Y, cut ...").
    aside = re.match(
        r",\s+(?:which\s|who\s|(?:the|a|an)\s+[a-z]|one\s+of\s|part\s+of\s|formerly\s|"
        r"(?:based|headquartered)\s+in\s|owned\s+by\s)(?:[^,;:“”\"]|(?<=\d),(?=\d))+,",
        after,
    )
    rest = after[aside.end() if aside else 0 :].split()[:1]
    if not rest or not re.fullmatch(r"[a-z]+", rest[0]):
        return None  # the subject is followed by its verb
    name = re.sub(r"^(?:The|A|An)\s+", "", runs[0])
    kind = guess_kind(name, described_in=(article,))
    if kind == EntityKind.PERSON or _lone_opening_word(name, last, article):
        return None
    return Attribution(name, kind, f"{name} ... Its")


def _opening_name(sentence: str, article: str) -> str:
    """The name a sentence opens with, as its subject ("Tarnby Athletic lost £4m ..."), or ""."""
    people_at = _PEOPLE_AT_BODY.match(sentence)
    if people_at is not None:
        return people_at.group("name")  # "Officials at the X Board met ...": the board
    # Ten words hold a body's long name ("The Grain Traders and Millers League of X"); five cut
    # it at "and" or "of".
    runs = _capitalised_runs(" ".join(sentence.split()[:10]))
    if not runs or not sentence.lstrip(" “\"‘'").startswith(runs[0]):
        return ""
    name = re.sub(r"^(?:The|A|An)\s+", "", runs[0])
    if name.lower() in _NOT_NAMES | _STOP_BACK | _PRONOUNS or name == runs[0].split()[0] == "The":
        return ""
    return "" if _lone_opening_word(name, sentence, article) else name


def _source_going_on(
    noun: str, earlier: list[Attribution], article: str = ""
) -> Attribution | None:
    """The source a sentence continues without naming it: for "the report" or "the audit",
    whoever was last said to issue one (a person too: "the city's auditor, Ada Moor, said in a
    report ..."); for "the survey" or "the poll", the latest body whose figures were given under
    that noun; for "the team", "the study" or "it", the latest body that published a study,
    report or survey."""
    issuer = _latest_issuer(noun, article, earlier) if noun and article else None
    # A poll is a survey, and news calls the one by either name ("The latest X survey puts
    # ... / The poll of 1,206 voters ...").
    called = "(?:poll|survey)" if noun in ("poll", "survey") else noun
    if issuer is not None and not any(
        found.at < 0 or found.at > issuer.at
        for found in earlier
        if found.kind != EntityKind.PERSON
        and re.search(rf"\b{called}\b", found.words)
        # The same issuer's report read on ("..., the report says") is no other's.
        and found.name != issuer.name
    ):
        return issuer
    bodies = [found for found in reversed(earlier) if found.kind != EntityKind.PERSON]
    if noun in ("survey", "poll", "data"):
        return next((found for found in bodies if re.search(rf"\b{called}\b", found.words)), None)
    reported = next((found for found in bodies if _REPORTED_IN.search(found.words)), None)
    if reported is not None or not noun:
        return reported
    # "Researchers at X have found ... The paper found ...": a study's paper is its
    # researchers', the latest research body that spoke.
    return next((found for found in bodies if found.kind == EntityKind.RESEARCH), None)


# Words that say how a body stands to the one the story is about ("Rival X", "Sister paper Y").
_RIVAL_WORDS = frozenset({"rival", "fellow", "sister", "competitor", "parent"})


def _without_opening_description(name: str, sentence: str, article: str) -> str:
    """`name` less a job or a trade that opens the sentence in capitals only because it opens
    it ("Paramedic Joel Whitcombe, who ..." is Joel Whitcombe; "Developer X said" is X)."""
    words = name.split()
    rest = " ".join(words[1:])
    trade = _TRADE_BEFORE_NAME.match(name)
    opening = sentence.lstrip(" “\"‘'")
    if (
        trade is not None
        and len(name) > trade.end()
        and opening.startswith(name)
        # "Operator Holdings Ltd" written so inside a sentence too is that firm's whole name.
        and not _written_inside_a_sentence(trade.group(0).strip(), article)
    ):
        # "Developer X Properti Tbk said", "Retailer Corrin & Tate said": the trade a sentence
        # opens on describes the firm and is no word of its name.
        return name[trade.end() :]
    if len(words) >= 2 and words[0].lower() in _RIVAL_WORDS and opening.startswith(name):
        # "Rival X Packaging reported ...": a word that relates the body to the story's, in
        # capitals only because it opens the sentence, is no part of its name.
        return rest
    if (
        len(words) >= 3
        and all(word[:1].isupper() for word in words[1:])
        and not _BODY_WORDS.search(rest)
        # "Saltrow Housing Aid, a coastal charity, found": a body the sentence describes keeps
        # its first word.
        and guess_kind(rest, via_speech=True, described_in=(sentence,)) == EntityKind.PERSON
        and _lone_opening_word(words[0], sentence, article)
        and _reads_as_a_job(words[0], article)
    ):
        return rest
    return name


# The endings of English words for what a person does or is ("Economist", "Paramedic",
# "Farmer", "Resident", "Volunteer"), and such words with none of them: a first word without
# one is a given name ("Mohd Irfan Vashby-Tan", "Maria Inés Quenmere"), not a description.
# Common words for what a person does or is, whose endings given names have too ("Senior" and
# "Victor", "Paramedic" and "Eric"), beside those `_PERSON_ROLES`, `_JOBS_WITHOUT_ENDINGS` and
# `_PERSON_NOUNS` list: read as such wherever the article writes them.
_COMMON_JOBS = frozenset(
    {
        "senior",
        "junior",
        "sophomore",
        "freshman",
        "paramedic",
        "medic",
        "resident",
        "student",
        "driver",
        "worker",
        "shopper",
        "voter",
        "vendor",
        "retiree",
        "homeowner",
        "parent",
        "doctor",
        "barrister",
        "councillor",
        "firefighter",
        "fisherman",
        "miner",
        "owner",
        "member",
        "customer",
        "passenger",
        "patient",
        "survivor",
        "victim",
    }
)
# The endings of such words that no common given name has.
_JOB_ONLY_ENDINGS = re.compile(r"(?:ist|eer|keeper|smith|wright|woman|person|ician|arian)$")
_JOB_ENDINGS = re.compile(
    r"(?:ist|er|or|ian|ant|ent|ic|eer|man|woman|ess|ive|ary|ee|ar|ster|smith|wright|keeper)$"
)
_JOBS_WITHOUT_ENDINGS = frozenset(
    {
        "nurse",
        "midwife",
        "chef",
        "pilot",
        "mum",
        "dad",
        "widow",
        "widower",
        "landlord",
        "vet",
        "priest",
        "nun",
        "grandmother",
        "grandfather",
        "mother",
        "father",
        "wife",
        "husband",
        "son",
        "daughter",
        "pupil",
        "cook",
        "clerk",
        "guard",
        "judge",
        "coach",
        # A court's lawyers ("Counsel Ada Moor, representing the accused, ...").
        "counsel",
        "advocate",
    }
)


def _reads_as_a_job(word: str, article: str) -> bool:
    """Whether a capitalised word that opens a sentence before a person's name reads as what
    she does or how she is styled ("Paramedic Joel Roe", "Mr Ó Ceallaigh"): one of the common
    such words, or a word with a job's ending that only jobs have ("Economist", "Volunteer"),
    or one that given names have too ("Lilian", "Mary", "Peter", "Victor" as "Librarian",
    "Secretary", "Farmer", "Doctor") where the article writes it in lower case as well ("the
    farmer said"): a given name it never does."""
    lower = word.lower()
    return (
        _TITLE_WORD.fullmatch(word) is not None
        or lower in _JOBS_WITHOUT_ENDINGS
        or lower in _COMMON_JOBS
        or lower in _PERSON_ROLES
        or _PERSON_NOUN.fullmatch(lower) is not None
        or bool(_JOB_ONLY_ENDINGS.search(lower))
        or (
            bool(_JOB_ENDINGS.search(lower)) and _capitalised_to_open(word, article, or_plural=True)
        )
    )


# A name that ends in a word for a place's feature names a place ("How Carnvellan Bay voted",
# "Ferrier Parade was closed"), which is no person, however often "she" follows it. Words that
# are also common surnames (Hill, Wood, Green, Park, Lane) are left out.
_PLACE_NAME = re.compile(
    r"\s(?:Bay|Street|Road|Avenue|Boulevard|Parade|Crescent|Square|Terrace|Quay|Wharf|Valley|"
    r"River|Island|Islands|Harbour|Harbor|Creek|Cove|Heights|Coast|Estuary|Peninsula|Gulf|"
    r"Mountains|Falls|Springs|Canyon|Ward|District|County|Borough|Township|Province|Region)$"
)


# A sentence that opens on one capitalised word before its verb ("Moor-Quill was the first to
# leave.", "Moor struck again"): a surname, when the article gave the full name before.
_SURNAME_SUBJECT = re.compile(
    # After an opening participle's clause too ("Asked about the aid, Moor sighed.").
    r"^[“\"‘]?(?:(?:Asked|Speaking|Pressed|Questioned|Interviewed|Reached|Contacted|Writing)\b"
    r"[^,;:“”\"]{3,120},\s+)?"
    r"(?P<name>[A-Z][\w’'-]+)\s+(?:(?:has|had|also|then|later|still)\s+)?"
    r"(?:[a-z]+(?:s|ed)|was|is)\b"
)


# Elected and public offices a paper writes in lowercase before the holder's name ("ward
# councillor Ada Moor (Independent, X ward) will speak"): the holder is whom "she said" names
# next, though the sentence states nothing.
_LOWERCASE_OFFICES = frozenset(
    {"councillor", "alderman", "alderwoman", "senator", "assemblyman", "assemblywoman", "mayor"}
)
# What a person is, written before her name as a title is ("United boss Karen Moor", "Rovers
# skipper Dan Roe", "striker Jonah Moor", "opposition lawmaker Ada Roe"): she, not the body.
_DESCRIBED_BEFORE_NAME = frozenset(
    {
        "boss",
        "skipper",
        "captain",
        "owner",
        "striker",
        "midfielder",
        "goalkeeper",
        "winger",
        "defender",
        "trainer",
        "jockey",
        "referee",
        "umpire",
        "lawmaker",
        "legislator",
        "ambassador",
        "envoy",
        "candidate",
        "headmaster",
        "headmistress",
        "vicar",
        "priest",
    }
)
# The lower-case words a person's name may follow as her title, introducing her ("union
# president Ben Roe didn't wait"; a group of officials or officers is no one person). After
# "said" any description may stand there (`_NO_ROLE_SAID`).
_TITLES_BEFORE_A_NAME = (_ROLE_NOUNS | _SPOKES | _LOWERCASE_OFFICES | _DESCRIBED_BEFORE_NAME) - {
    "officials",
    "officers",
}


def _with_surname_after(name: str, text: str, end: int) -> str:
    """A given name left alone when a long title took the name's first words ("Chief Financial
    Officer Ada" of "Chief Operating Officer Ada Moor"), with the surname that follows."""
    after = re.match(rf"[ \t]+(?P<surname>{_CAPITAL}[\w’'-]+)\b", text[end:])
    if len(name.split()) != 1 or after is None:
        return name
    return f"{name} {after.group('surname')}"


# A parliament's chambers, which a title may name before a person's name ("Leader of the
# Opposition in the Assembly Ada Moor").
_CHAMBERS = frozenset({"Assembly", "Senate", "Parliament", "Legislature", "Commons", "Lords"})


_OWNERS_MARK_AT_END = re.compile(rf"{_OWNERS_MARK}$")


def _people_introduced(sentence: str, article: str = "", at: int = -1) -> list[Attribution]:
    """The people a sentence introduces by title and full name, or as its subject described
    after a comma, speaking or not; or, with the sentence's place `at` in the article, as its
    subject by the surname of a person the article named in full before. A headline in title
    case introduces no one: its capitals are the style's ("An Investor Advocate Will Push For
    ..." names no "Will Push For"), session 55; a signature's line ("Dr Ada Moor, Halsmoor
    Trust") sets the name off with a comma, as a headline does not."""
    if (
        _title_cased_line(sentence)
        and "," not in sentence
        and not sentence.rstrip().endswith((".", "!", "?", '"', "”"))
    ):
        return []
    plain = _without_title_stops(sentence, keep_saints=False)
    people = [
        Attribution(
            match.group(0)
            if _JUDICIAL_STYLE.match(match.group(0))
            # "President Ada Moor’s administration": her name, without the owner's mark.
            else _with_surname_after(
                _clean_name(_OWNERS_MARK_AT_END.sub("", match.group("name"))), plain, match.end()
            ),
            EntityKind.PERSON,
            match.group(0),
        )
        for match in _TITLED_PERSON.finditer(plain)
        # "a Quellby Premier Hockey League game": a title word inside a body's name
        # titles no one.
        if guess_kind(match.group("name"), via_speech=True) == EntityKind.PERSON
    ]
    surname = _SURNAME_SUBJECT.match(plain)
    if surname is not None and at >= 0 and article:
        # Whom "he" names next: the person the sentence is about, though it states nothing.
        full = _full_name(surname.group("name"), article, at)
        if full and _introduced_as_person(full, article):
            people.append(Attribution(full, EntityKind.PERSON, surname.group(0)))
    subjects = [match for match in [_SUBJECT_PERSON.match(plain)] if match is not None]
    # A subject before its verb is a person only when the article goes on with "she" or "he"
    # (a street or a firm before a verb is not).
    subjects += [
        match
        for match in _CLAUSE_SUBJECT_PERSON.finditer(plain)
        if _introduced_as_person(match.group("name"), article or sentence)
    ]
    subjects += list(_PERSON_AFTER_PREPOSITION.finditer(plain))
    subjects += [
        match
        for match in _LOWERCASE_TITLE_PERSON.finditer(plain)
        if match.group("role") in _TITLES_BEFORE_A_NAME
    ]
    subjects += [
        match
        for match in _ROLE_THEN_PERSON.finditer(plain)
        if match.group("role").lower() in _ROLE_NOUNS | _SPOKES
        or _PERSON_NOUN.fullmatch(match.group("role"))
    ]
    for subject in subjects:
        name = _without_opening_description(_clean_name(subject.group("name")), plain, article)
        if (
            re.search(r"\bthe\s+\Z", plain[: subject.start("name")])
            and len(name.split()) == 3
            and (_BODY_WORDS.search(name.split()[0]) or name.split()[0] in _CHAMBERS)
        ):
            # "Leader of the Opposition in the Assembly Ada Moor": "the" takes the body's name,
            # and the person's is what follows it.
            name = name.split(maxsplit=1)[1]
        if (
            len(name.split()) >= 2
            and name.split()[0].lower() not in _NOT_NAMES | _STOP_BACK | _NOT_GIVEN_NAMES
            and guess_kind(name, via_speech=True, described_in=(sentence,)) == EntityKind.PERSON
            and not _PLACE_NAME.search(name)
            # "Finance MMC tables the budget": a portfolio and a title, with no name.
            and not _TITLE_WORD.fullmatch(name.split()[-1])
            and all(found.name != name for found in people)
            and not _shortens_a_body(name, article[: max(at, 0)] if article else "")
        ):
            people.append(Attribution(name, EntityKind.PERSON, subject.group(0)))
    return people


def _short_name_of_a_body(
    name: str,
    article: str,
    at: int,
    known: Iterable[Attribution],
    furniture: Sequence[tuple[int, int]],
) -> bool:
    """Whether two words open a body's longer name the article gave before `at` ("Harbor Crest
    projects ..." after "Harbor Crest Securities") and name no person it gave before: the
    body's short name. A headline's words in title case ("Zellbrook Council Budget Approved")
    are no longer name."""
    return (
        len(name.split()) == 2
        and _shortens_a_body(name, _without_furniture(article, tuple(furniture))[: max(0, at)])
        # A person of that name the article gave before (not this sentence's own reading).
        and not any(
            other.kind == EntityKind.PERSON
            and other.at < at
            and (
                other.name == name
                or other.name.endswith(f" {name}")
                or other.name.startswith(f"{name} ")
            )
            for other in known
        )
    )


# Kept for the last few articles read, as `_longer_names` is: every speaker of an article asks.
@functools.lru_cache(maxsize=8)
def _without_furniture(article: str, furniture: tuple[tuple[int, int], ...]) -> str:
    """The article with its headlines, standfirsts and captions blanked (its length kept)."""
    for since, until in furniture:
        article = _blanked(article, since, until)
    return article


def _blanked(text: str, start: int, end: int) -> str:
    """`text` with start..end written as spaces: what was there left out of a reading, every
    other offset where it was."""
    return text[:start] + " " * (end - start) + text[end:]


def _shortens_a_body(name: str, before: str) -> bool:
    """Whether the text before wrote `name` as the start of a body's longer name ("Harbor
    Crest projects 16.8 million" after "Harbor Crest Securities"): the short form is the
    body's, no person's."""
    return name in before and any(
        guess_kind(longer.group(0)) != EntityKind.PERSON
        for longer in re.finditer(rf"\b{re.escape(name)}(?:\s+[A-Z][\w’'&-]*)+", before)
    )


# The tier a body's kind is described by ("the city council", "the state health
# department"), which a name it shortens carries too.
_TIER_WORDS = frozenset(
    [
        "city",
        "county",
        "district",
        "state",
        "regional",
        "national",
        "federal",
        "provincial",
        "municipal",
        "town",
        "borough",
        "parish",
        "metropolitan",
        "shire",
        "village",
        "island",
    ]
)
# Counting words, which open a quantity ("five likely voters"), never a name: the number words
# from two up (the one reading of them, `claims.numbers`; "One" opens names, "One Nation"),
# their scales in the plural, and the words of a rough count.
_COUNT_WORDS = frozenset(
    [
        *UNITS[2:],
        *TENS,
        *SCALE_WORDS,
        *(f"{scale}s" for scale in SCALE_WORDS),
        "dozens",
        "half",
        "most",
        "many",
        "several",
    ]
)


# The words that open a question or a clause of manner or place, in lower case: never a name's.
_WH_WORDS = frozenset({"where", "how", "what", "which", "whether", "when", "why", "who", "whom"})


def is_claimant_name(name: str) -> bool:
    """Whether `name` can be a claimant: a name (a capitalised word that is not a day or a
    month), or a body named by its common noun ("health officials"); never a fragment of a
    sentence ("those were", "percent", "voters was")."""
    words = name.split()
    if not words or any(char.isdigit() for char in name) or not words[0][:1].isalnum():
        return False  # "- Think tank": a list's bullet opens no name
    if _ANONYMOUS_SOURCE.fullmatch(name) or _INDEFINITE_PERSON.fullmatch(name):
        # "a person familiar with the talks", "one agent", "a senior official in the agency":
        # an unnamed source, as described
        return True
    if words[0].lower() in _COUNT_WORDS:
        return False  # "five likely voters" (read back from "one in five likely voters say")
    if words[0] in _WH_WORDS:
        return False  # "where workers" (read back from "figures by where workers sit")
    if len(words) == 1 and name[:1].isupper() and name.lower() in _NOT_OWNERS:
        return False  # "Initial", "Official" (read back from "Initial reports said ...")
    if len(words) == 1 and currency_of_prefix(name):
        return False  # "KSh", "USD": an amount's currency (read back from "earned KSh 161bn")
    if _STANDING_DOCUMENT.fullmatch(name):
        return True  # "the budget": a document that gives its own figures
    owned = next(
        (index for index, word in enumerate(words) if word.endswith(("'s", "’s", "s'", "s’"))),
        len(words),
    )
    tail = words[owned + 1 :]
    if (
        tail
        and all(word.islower() for word in tail)
        and not (tail[-1].strip("’'") in _AGENT_NOUNS or _is_body_noun(tail[-1]))
    ):
        # "Rovers' fair price" (read back from "X's 'fair price' claim"): what a
        # possessive owns is a name only when it ends in a body or a person's role ("the
        # club's chief executive"); else the words are a fragment of a noun phrase.
        return False
    last = words[-1].lower().strip("’'")
    if (
        len(words) > 1
        and all(word.islower() and word not in _CONNECTORS for word in words[1:])
        and not any(
            _names_who(word) and not (index == 0 and word in _NOT_OWNERS)
            for index, word in enumerate(word.lower().strip("’'") for word in words)
        )
    ):
        # "Average class size reported ...", "Think tank says ...": a sentence's or an item's
        # opening capital makes no name of the common words after it; nor does "Official",
        # an adjective there ("Official data showed ...", not "a WHO official").
        return False
    if any(word[:1].isupper() and word.lower() not in _NOT_NAMES for word in words):
        # A pronoun with its verb run into it ("We've", "They're", "I'd") is no name either.
        bare = re.sub(r"['’](?:ve|re|ll|d|m|s)$", "", words[0].lower())
        # A word in capitals is a body's short name, though it spells a pronoun ("according
        # to WHO estimates").
        acronym = words[0].isupper() and len(words[0]) > 1
        return not (
            len(words) == 1 and not acronym and bare in _STOP_BACK | _PRONOUNS | _STAND_IN_WORDS
        )
    return last in _AGENT_NOUNS or _is_body_noun(last)


# The nouns a campaign's own name may end in, set lower case ("the Keep the Baths Open group").
_CAMPAIGN_NOUNS = frozenset({"group", "campaign", "coalition", "alliance"})


def _campaigns_named(text: str, noun: str = "") -> list[str]:
    """The campaigns `text` names by words in capitals and a lower-case noun ("the Save Our
    Pier group", "the Stop the Pylons campaign"), with the noun, in order."""
    nouns = re.escape(noun) if noun else "|".join(sorted(_CAMPAIGN_NOUNS))
    found = [
        match.group("name")
        for match in re.finditer(
            r"\b[Tt]he[ \t]+(?P<name>[A-Z][\w’'-]*(?:[ \t]+(?:the[ \t]+|our[ \t]+|of[ \t]+)?"
            rf"[A-Z][\w’'-]*){{1,4}}[ \t]+(?:{nouns}))\b",
            text,
        )
    ]
    return found


def _a_name(found: Attribution | None, article: str) -> Attribution | None:
    """A claimant that is a name, or None: one word the article writes in lower case too
    ("Deficit", "Current", "Two", "Nobody"), capitalised only for opening a sentence or a line,
    is a fragment, and what it was read for is the publisher's; a body's kind ("Charity",
    "Council"), which the article may name no further, stands. A possessive's apostrophe
    ("Quorrins'") is no part of the name."""
    if found is None or " " in found.name:
        return found
    name = found.name
    if name.endswith(("s'", "s’")):
        found = dataclasses.replace(found, name=name[:-1])
        name = found.name
    lower = name.lower()
    if lower in _STANDS_FOR_NAME or lower in _AGENT_NOUNS or _PERSON_NOUN.fullmatch(name):
        return found
    if found.kind == EntityKind.COMMENTER or not name[:1].isupper():
        return found
    if lower in _INDEFINITE_PRONOUNS or _adjective_of_a_people(name, article):
        return None  # "Nobody", "Australian" (read from "the largest Australian study")
    if len(name) > 1 and name.isupper() and name.isalpha():
        # "According to WHO": an acronym is set in capitals wherever it stands, not to open a
        # sentence, whatever lower-case word ("who") the article writes with its letters.
        return found
    return None if _capitalised_to_open(name, article) else found


# Pronouns that name no one, capitalised where they open a sentence or a quotation.
_INDEFINITE_PRONOUNS = frozenset(
    {"nobody", "everybody", "somebody", "anybody", "everyone", "someone", "anyone", "no-one"}
)
# A people's or a country's adjective ("Australian", "Nigerian", "Japanese", "Scottish").
# ("Israeli" and "Iraqi" are left out: a company's name ends in "i" as often, "Orvalei cameras".)
_PEOPLES_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ian|ean|an|ese|ish)")


def _adjective_of_a_people(name: str, article: str) -> bool:
    """Whether `name` is a people's adjective that the article writes only before a noun
    ("the largest Australian study", "the Nigerian unit"), never as a name that acts or
    speaks ("Meridian said", "Meridian's filings")."""
    if not _PEOPLES_ADJECTIVE.fullmatch(name):
        return False
    after = [
        match.group(1) for match in re.finditer(rf"\b{re.escape(name)}\b(\s+\S+|\S*)", article)
    ]
    return bool(after) and all(
        re.fullmatch(r"\s+[a-z][a-z-]*", following) is not None
        and _NAME_FOLLOWS.fullmatch(following.strip()) is None
        for following in after
    )


# Words after a one-word name that make it a subject or an agent, not an adjective: a verb of
# saying, reporting or an auxiliary ("Meridian said", "Meridian has"), or a joining word.
_NAME_FOLLOWS = re.compile(
    rf"(?:{_SPEECH_VERBS}|{_REPORT_VERBS}|{_AUXILIARIES}|announced|added|and|or|on|in|at|for|by)"
)


def _capitalised_to_open(name: str, article: str, *, or_plural: bool = False) -> bool:
    """Whether `name` is one word the article also writes in lower case ("Inspectors",
    "Suppliers", "Yesterday"), or its plural where `or_plural` ("Farmer" and "the farmers"):
    capitalised only where it opens a sentence, no name."""
    plural = "s?" if or_plural else ""
    return (
        " " not in name
        and name.lower() in article
        and re.search(rf"(?<![\w’'-]){re.escape(name.lower())}{plural}\b", article) is not None
    )


# A person named by her role at a body ("the ETSC chairman", "the union's general secretary").
_BODY_ROLE = re.compile(
    r"(?:[Tt]he\s+)?(?P<body>[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,3})(?:['’]s)?\s+"
    r"(?P<role>chief\s+executive|general\s+secretary|managing\s+director|chairman|chairwoman|"
    r"chairperson|chair|president|director|secretary|commissioner|governor|chief)"
)


# The bodies a government names by their portfolio ("the statistics office", "the crime
# records office", "the health ministry"): the portfolio's words say which office it is.
_PORTFOLIO_BODIES = frozenset(
    {"office", "agency", "ministry", "department", "bureau", "directorate", "inspectorate"}
)
# Such a name as a phrase of lowercase words ("the crime records office"), nothing else in it.
_PORTFOLIO_PHRASE = re.compile(
    r"(?:the\s+)?(?!(?:same|said|saying|its|their|own|new|latest|main)\b)"
    r"(?:[a-z]+\s+){1,3}[a-z]+"
)


def _latest_name_with(name_words: str, text: str) -> str:
    """The latest name in `text` that ends in the noun `name_words` stands for ("the Regional
    Health Agency"), or goes on past it with "of" or "for" ("the Ashgrove Institute for
    Population Policy"), or opens on it ("the Guild of Parish Treasurers"); or ""."""
    own_names = list(
        _noun_pattern(
            rf"\b(?:[A-Z][\w’'-]*\s+(?:(?:of|for|and)\s+)?)+(?:{name_words})\b"
            r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*)*)?"
            rf"|\b(?:{name_words})\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*"
            r"(?:\s+(?:and\s+)?[A-Z][\w’'-]*)*"
        ).finditer(text)
    )
    runs = _capitalised_runs(own_names[-1].group(0)) if own_names else []
    if not runs:
        return ""
    name = re.sub(r"^(?:The|A|An)\s+", "", runs[-1])
    officer = _OFFICER_AFTER_BODY.match(name)
    if (
        officer is not None
        and guess_kind(officer.group("person"), via_speech=True) == EntityKind.PERSON
        # "the Guild of Charity Finance Officers": words of the body's name, no one's; the
        # minister's own surname, the article writes on its own too ("Moor said").
        and not _words_of(officer.group("person")) & (_BODY_AND_ROLE_NOUNS | _KIND_WORDS)
        and len(re.findall(rf"\b{re.escape(officer.group('person').split()[-1])}\b", text)) > 1
    ):
        # "Minister in the Ministry of Finance Ada Moor": the ministry, without its minister.
        return officer.group("body")
    return name


# A body's name ending in what it is of or for, then a person's two names ("Ministry of Finance
# Ada Moor"), as a title before a name writes them.
_OFFICER_AFTER_BODY = re.compile(
    r"^(?P<body>.+?\b(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*)*?)"
    r"\s+(?P<person>[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)$"
)


# The nouns that stand for the company a story is about ("the company said").
_COMPANY_NOUNS = frozenset({"company", "firm"})
# How many sentences a company opens make it the one a story is about (`_the_company_about`).
_ABOUT_TIMES = 2


# What a person does to a company, as the subject before it ("Ada Moor founded X in 1979",
# "Ben Roe joined X"): a sentence that opens so is about a founder, not the company.
_FOUNDER_VERB = re.compile(
    r",?\s+(?:(?:has|had|who)\s+)?(?:co-)?(?:founded|started|joined|chairs|chaired|retired|died|"
    r"inherited|bought)\b"
)


# A company's own bodies ("The Board of Directors declared a dividend"), which "the company"
# after them does not mean.
_COMPANY_ORGANS = frozenset({"board", "directors", "trustees", "shareholders"})


def _opening_company(sentence: str, article: str) -> Attribution | None:
    """The company or organisation a sentence opens with as its subject (`_opening_body`), or
    None: not a word capitalised only as it opens the sentence ("Suppliers must ..."), a
    plural common noun ("Analysts at broker X said") or a person the article introduces."""
    body = _opening_body(sentence, article)
    if (
        body is None
        # A research firm ("X Research") is one of them, as "X Analytics" is.
        or body.kind not in (EntityKind.COMPANY, EntityKind.ORGANISATION, EntityKind.RESEARCH)
        or body.name.split()[-1].lower() in _AGENT_NOUNS
        # "The Board of Directors declared a dividend": the company's organ, no company.
        or _COMPANY_ORGANS & _words_of(body.name)
        or _capitalised_to_open(body.name, article)
        or _introduced_as_person(body.name, article)
        or (
            body.name in sentence
            and _FOUNDER_VERB.match(sentence, sentence.index(body.name) + len(body.name))
        )
    ):
        return None
    return body


def _companies_opening(article: str) -> Counter[str]:
    """How many sentences of `article` each company or organisation opens as its subject
    (`_opening_company`), by the first word of its name ("Halden Mobile will cut ...",
    "Halden shipped ..."): the body a business story is about opens most of its sentences."""
    counts: Counter[str] = Counter()
    for paragraph in article.split("\n"):
        for sentence in _SENTENCE_BREAK.split(paragraph.strip()):
            body = _opening_company(sentence, article)
            if body is not None:
                counts[body.name.split()[0]] += 1
    return counts


def _the_company_about(name: str, article: str, before: int, earlier: Iterable[Attribution]) -> str:
    """The company a story is about where "the company" found `name` only by a description
    ("research firm X"), a claimant or a sentence's subject: the body that opens more of the
    story's sentences before `before` than `name` does, at least twice (`_companies_opening`),
    none of the people who spoke (`earlier`), named as the article first names it in full;
    else `name`. A business story names a tracker, a broker or a regulator beside the company
    it is about, and "the company" goes on meaning that company."""
    counts = _companies_opening(article[:before])
    for found in earlier:
        if found.kind == EntityKind.PERSON and " " in found.name:
            # A person the article quotes ("Maren Tolsby said ...") is no company; a name of
            # one word read as a person's only because it spoke ("Norvane said") may be one.
            counts.pop(found.name.split()[0], None)
    if not counts:
        return name
    top, times = counts.most_common(1)[0]
    if top == name.split()[0] or times < _ABOUT_TIMES or times <= counts[name.split()[0]]:
        return name
    full = re.search(rf"(?<![\w’'-]){re.escape(top)}(?:[^\S\n]+[A-Z][\w’'&-]*)*", article[:before])
    return full.group(0) if full else top


def _latest_named_with(named: list[Attribution], words: str) -> str:
    """The latest of the `named` claimants whose name has one of `words` (alternatives of a
    pattern) as a word, or "": a person is no body her title names ("Council leader Cllr Ada
    Moor"), nor are a body's people ("University officials")."""
    for found in reversed(named):
        if _TITLED_PERSON.search(found.name) or found.name.split()[-1] in _AGENT_NOUNS:
            continue
        if re.search(rf"\b(?:{words})\b", found.name, re.IGNORECASE):
            return found.name
    return ""


# A line of five words or more, no sentence, whose every word of four letters or more is
# capitalised but one: a headline in title case ("Rolling Blackouts in X Have Power Experts
# Stumped"), not a name.
_LONG_WORD = re.compile(r"[^\W\d_][\w’'-]{3,}")


@functools.lru_cache(maxsize=8)
def _without_title_case_lines(text: str) -> str:
    """`text` with its title-case headlines blanked, the same length."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        words = _LONG_WORD.findall(line)
        if (
            len(line.split()) >= 5
            and not marks.ends_as_a_sentence(line.strip())
            and sum(not word[:1].isupper() for word in words) <= 1
            and sum(word[:1].isupper() for word in words) >= 4
        ):
            lines[index] = " " * len(line)
    return "\n".join(lines)


def _stands_for(
    noun: str,
    article: str,
    before: int,
    earlier: Iterable[Attribution],
    *,
    subject: str = "",
    spoken_last: bool = True,
) -> str:
    """The name a generic noun stands for: the latest claimant whose name has the noun ("the
    agency" after the Regional Health Agency), else the latest name the article gives that
    noun or one of its kind ("the company" after "chipmaker Voltra", "the regulator" after
    "the energy regulator Ofmark")."""

    # A headline set in title case names no one ("Rolling Blackouts in X Have Power Experts
    # Stumped"), though its words read as names.
    article = _without_title_case_lines(article)

    def about(name: str) -> str:
        # A name found for "the company" by a description, a claimant or a subject some
        # paragraphs back: the company the story is about may be meant (`_the_company_about`).
        return (
            _the_company_about(name, article, before, earlier) if noun in _COMPANY_NOUNS else name
        )

    if noun in _COMPANY_NOUNS:
        # "X will shut 40 stores. The company said ...": a paragraph names the company as the
        # subject of one sentence and goes on with "the company" in the next, though the first
        # made it no claimant.
        paragraph = article[article.rfind("\n", 0, before) + 1 : before]
        # "X will shut 40 stores, according to the company": so does the sentence's own
        # subject, the company named where the sentence opens.
        sentences = _SENTENCE_BREAK.split(paragraph.strip())
        opens_with_noun = re.match(rf"[“\"‘]?[Tt]he\s+{noun}\b", sentences[-1]) is not None
        if len(sentences) >= 2 or not opens_with_noun:
            subject_before = _opening_body(sentences[-1 if not opens_with_noun else -2], article)
            if (
                subject_before is not None
                and subject_before.kind != EntityKind.PERSON
                # A surname the article gave a person ("Moor said the union had ...") is hers.
                and not any(
                    found.kind == EntityKind.PERSON
                    and found.name.split()[-1] == subject_before.name.split()[-1]
                    for found in earlier
                )
                # A word that opens the sentence only ("Copper output fell") is no name: a
                # name the article writes inside a sentence too ("shares in X") is.
                and (
                    opens_with_noun
                    or re.search(
                        rf"(?<![\w’'-])[a-z]+[ \t]+{re.escape(subject_before.name.split()[0])}\b",
                        article,
                    )
                )
            ):
                return subject_before.name
    paragraph_start = article.rfind("\n", 0, before) + 1
    if noun in _COMPANY_NOUNS and not _SENTENCE_BREAK.search(article[paragraph_start:before]):
        # "X now employs 2,600 people. / Roughly a third of its orders ..., the company said": a
        # paragraph of one sentence goes on with the company the paragraph before ended on as
        # its subject; not a body whose name says it is another kind ("the Office for Fair
        # Pricing"), nor a person by title ("Chief Executive Ada Moor said ...").
        previous = article[:paragraph_start].rstrip()
        last_line = previous[previous.rfind("\n") + 1 :]
        company = _opening_company(_SENTENCE_BREAK.split(last_line)[-1], article)
        if (
            company is not None
            and not _KIND_WORDS & _words_of(company.name)
            and not _TITLED_PERSON.search(company.name)
        ):
            return company.name
    named = [found for found in earlier if found.name[:1].isupper()]
    name_words = _NAMED_AS.get(noun, re.escape(noun.capitalize()))
    own_claimant = _latest_named_with(named, f"{re.escape(noun)}|{name_words}")
    if own_claimant:
        return own_claimant
    nouns = re.escape(noun)
    for kind, described in _DESCRIBED_AS:
        if re.fullmatch(rf"(?i:{described})", noun):
            nouns = rf"{described}|\w*maker|{nouns}"
            if kind == EntityKind.COMPANY:
                # Business news describes a company by its trade and "group" ("packaging
                # group X", "the mining group X"): the company that "the company" shortens.
                # So does its trade alone, a maker's kind ("chip designer X", "miner X",
                # "housebuilder X"), which names no other kind of body.
                nouns = (
                    rf"[a-z]+[^\S\n]+group|\w*(?:designer|producer|builder|miner|distributor|"
                    rf"brewer|exporter|importer|refiner|shipper)|{nouns}"
                )
            break
    # A name the article gives that ends in the noun ("the Regional Health Agency"), or goes on
    # past it with "of" or "for" ("the Ashgrove Institute for Population Policy").
    own_name = _latest_name_with(name_words, article[:before])
    if own_name:
        return own_name
    if noun in _CAMPAIGN_NOUNS:
        # "Ada Moor, who chairs the Save Our Pier group": a campaign's name may end in the
        # common noun, set lower case, which is part of the name.
        campaigns = _campaigns_named(article[:before], noun)
        if campaigns:
            return campaigns[-1]
    name = ""
    # The name follows on the same line: a name that ends one paragraph ("... X Network")
    # and the first word of the next ("Food banks ...") are no noun and name.
    for match in _noun_pattern(
        rf"(?<![\w-])(?i:{nouns})[^\S\n]+(?:the[^\S\n]+)?"
        r"(?P<name>[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*)*)"
    ).finditer(article[:before]):
        runs = _capitalised_runs(match.group("name"))
        if runs:
            name = runs[0]
    if name:
        return about(name)
    # "Kolvik Drinks, the country's biggest bottler": a name the article describes after it.
    # A name stands on one line (a credit line's "/ X Review" above it is none of it), and may
    # join its words with "&" ("Smith & Jones, the grocer").
    for match in _noun_pattern(
        # "Friends of the Marsh, a volunteer group": "of the" joins a name's words too.
        r"(?P<name>[A-Z][\w’'-]*(?:[^\S\n]+(?:(?:of|for|and|&)[^\S\n]+(?:the[^\S\n]+)?)?"
        r"[A-Z][\w’'-]*)*),\s+(?:a|an|the)\s+"
        rf"(?:(?!{_NOT_A_MODIFIER})[\w’'-]+\s+){{0,4}}?(?i:{nouns})\b"
        # "In data sent to the Gazette, the company said ...": a noun its verb follows is the
        # subject of the clause, not a description of the name before the comma.
        rf"(?!\s+(?:also\s+)?(?:{_SPEECH_VERBS}|puts|put)\b)"
        # "Written off by Wall Street, the Boise retailer shut ...": a description is closed
        # by punctuation or goes on with a preposition, a relative or a participle ("a group
        # formed in June", "a charity representing ..."); one a verb follows is the clause's
        # subject.
        r"(?=\s*(?:[,.;:)\]—–-]|$)|\s+(?:of|in|at|on|for|with|from|by|to|and|that|which|whose|"
        r"who|based|known|owned|run|listed|[a-z]+ing|[a-z]+ed\s+(?:in|on|at|by|last|this|"
        r"earlier|to|from|after|with|as|for))\b)"
    ).finditer(article[:before]):
        runs = _capitalised_runs(match.group("name"))
        if runs and runs[-1].lower() not in _SENTENCE_ADVERBS and not runs[-1].endswith("ly"):
            # "Meanwhile, the ..." names no one.
            name = re.sub(r"^(?:The|A|An)\s+", "", runs[-1])
    if name:
        return about(name)
    # Failing a proper name, a body the article named by adjective and noun ("the agriculture
    # ministry") is what the noun alone stands for; before the government body that spoke last,
    # as "the office said" after "Figures from the county records office show ..." is that
    # office, not the police who spoke before it.
    lowered = _described_body(noun, earlier)
    if lowered is not None:
        return lowered.name
    if noun in _PUBLIC_BODIES:
        # Failing a name the article describes with the noun ("X, the state's trade office"),
        # a public body is the government body that spoke last.
        for found in reversed(named):
            if found.kind == EntityKind.GOVERNMENT:
                return found.name
    if subject and not _capitalised_to_open(subject, article):
        # "Tolvane Motors will cut 1,800 jobs, the carmaker said": the sentence's own subject;
        # not a word capitalised only because it opens the sentence, which the article writes
        # in lower case too ("Inspectors issued 27 orders, the company said").
        return subject
    also = _ALSO_NAMED_AS.get(noun)
    # "The X Weather Service said ... The agency said": failing a name the noun's own words
    # end (`_NAMED_AS`), a name that is another word for the same kind of body.
    other_claimant = _latest_named_with(named, also) if also else ""
    if other_claimant:
        return other_claimant
    # Failing any name the noun fits, a body noun ("the agency", "the operator") is the body
    # that spoke last, which a news report names before it shortens it.
    latest = _latest_body(earlier, article, noun=noun) if spoken_last else None
    if latest is not None:
        return about(latest.name)
    if noun in _COMPANY_NOUNS:
        # Failing a body that spoke, "the company" is the company a sentence of the last few
        # paragraphs had as its subject ("X has applied for permission to build 14 turbines.
        # ... The company says ...").
        for paragraph in article[:before].split("\n")[::-1][:12]:
            for sentence in reversed(_SENTENCE_BREAK.split(paragraph.strip())):
                body = _opening_company(sentence, article)
                if body is not None:
                    return about(body.name)
    # "The Quellane wage board approved ... / ..., the board said": a body the article wrote
    # by its place and the noun in lower case, which spoke by no verb of speech before.
    written = [
        found.group("name")
        for found in re.finditer(
            rf"\b[Tt]he\s+(?P<name>(?:[A-Z][\w’'-]+\s+){{1,3}}(?:[a-z]+\s+){{0,2}}{re.escape(noun)})\b"
            r"(?![’'-])",
            article[:before],
        )
    ]
    if written:
        return written[-1]
    # "HHA launched a review. ... the authority testified that ...": a body's short form, the
    # subject of a sentence in this paragraph or the one before, where nothing else fits.
    since = _paragraph_before(article, before)
    acronyms = [
        found.group("acronym")
        for found in _ACRONYM_SUBJECT.finditer(article, since, before)
        if found.group("acronym").lower() not in _NOT_NAMES
    ]
    return acronyms[-1] if noun in _STANDS_FOR_NAME and acronyms else ""


# A body's short form as a sentence's subject ("HHA launched", "NCDC has recorded").
_ACRONYM_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:The\s+)?(?P<acronym>[A-Z]{2,6})\s+"
    r"(?:(?:has|had|have|also|then)\s+)?[a-z]+(?:ed|s)\b"
)


def _described_body(noun: str, earlier: Iterable[Attribution]) -> Attribution | None:
    """The latest claimant the article named by a description that ends in `noun` and opens in
    lower case ("the agriculture ministry", "the Agriculture department", "county records
    office" for "ministry", "department", "office"), or None."""
    return next(
        (
            found
            for found in reversed(list(earlier))
            if (found.name[:1].islower() and found.name.split()[-1:] == [noun])
        ),
        None,
    )


# The words that say what kind of body a name is ("... Trust", "... Unit", "... Agency"): "the
# league" cannot shorten a name that ends in one of them, unless it is "League".
_KIND_WORDS = frozenset(
    {
        *_STANDS_FOR_NAME,
        *_PUBLIC_BODIES,
        "team",
        "division",
        "directorate",
        "service",
        "fund",
        "federation",
        "chamber",
        "court",
        "department",
        "foundation",
        "museum",
        "library",
        "watch",
        "project",
        "consortium",
        "initiative",
        "group",
        "forum",
        "guild",
        "collective",
        "police",
        "constabulary",
        "government",
        "parliament",
        "assembly",
    }
)


def _is_body_noun(noun: str, article: str = "") -> bool:
    """Whether a common noun names a body that may stand for its name ("the agency", "the
    carmaker", "the drugmaker"), or one the article describes a name with ("Velmora, the
    country's biggest grocer", "grocer Velmora")."""
    if noun in _STANDS_FOR_NAME or (noun.endswith("maker") and len(noun) > 5):
        return True
    if not article or not noun.isalpha() or noun in _ROLE_NOUNS:
        return False
    if noun not in article and noun.capitalize() not in article:
        return False  # Neither pattern below can match, and each costs a compile per noun.
    if not _DOCUMENT_NOUNS.fullmatch(noun) and re.search(
        rf"\b[A-Z][\w’'-]*[ \t]+(?:(?:of|for|and)[ \t]+)?{noun.capitalize()}\b", article
    ):
        # "the directorate" after the Marine Survey Directorate, "the guide" after the X Guide:
        # a name the article gave that ends in the noun, which the noun shortens.
        return True
    return (
        re.search(
            rf"[A-Z][\w’'-]*,\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,4}}?{noun}\b"
            rf"|\b{noun}[ \t]+(?:the[ \t]+)?[A-Z]",
            article,
        )
        is not None
    )


# A role's document ("the superintendent's figures", "the treasurer's own report").
_ROLES_DOCUMENT = re.compile(
    r"(?i:the)\s+(?P<role>[a-z]+)['’]s\s+(?:[a-z][\w-]*\s+){0,2}?"
    rf"(?:{_DOCUMENTS}|{_DATA_NOUNS}|calculations?)"
)
# A cited document's compiler set off after it ("according to the statistics, compiled by X,").
_SET_OFF_COMPILER = re.compile(
    rf",\s+(?:{_PUT_OUT}|collected|collated)\s+by\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w’'-]*)*)"
)
# "In March, X raised $120 million in a round led by Y": the company that raises money, the
# sentence's subject after an opening phrase of time, is no investor named after "led by".
_RAISED_IN_A_ROUND = re.compile(
    r"^[\s“\"‘']*(?:(?:In|On|Last|This|Earlier)\s+[\w ]{1,20},\s+)?"
    r"(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(?:has\s+|had\s+)?"
    r"(?:raised|secured|closed|landed)\s(?:[^.;]|\.(?=\d))*?\b(?:co-)?led\s+by\s"
)
# "Revenue at X", "Pre-tax profits at X", "Sales of X": the figures of the body named.
_FIGURES_AT = re.compile(
    r"^[A-Z][a-z-]+\s+(?:[a-z-]+\s+)?(?:at|of)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
)
# The bodies that report on themselves ("Tolvane Motors will cut 1,800 jobs, the carmaker said"),
# as an agency, a regulator or a league reports on others.
_SELF_REPORTING = frozenset(
    {
        "company",
        "firm",
        "group",
        "operator",
        "carrier",
        "airline",
        "retailer",
        "lender",
        "bank",
        "insurer",
        "supplier",
        "developer",
        "manufacturer",
        "maker",
        "chain",
        "platform",
        "broadcaster",
        "utility",
        "provider",
        "charity",
        "club",
        "union",
        "university",
        "hospital",
        "school",
        "college",
        "trust",
        "society",
    }
)


def _words_of(text: str) -> set[str]:
    return {word.lower().strip("’'.,;:“”\"") for word in text.split()}


# The body nouns only a state's body goes by: "the agency" or "the office" may be a company's,
# "the ministry" is not.
_GOVERNMENT_ONLY_NOUNS = frozenset({"ministry", "department", "bureau", "council", "commission"})


def _latest_body(
    earlier: Iterable[Attribution], article: str, *, noun: str = ""
) -> Attribution | None:
    """The body that spoke last (whose name or attribution, for a `noun` such as "the league",
    says no other kind of body: not "... Trust", not "the club said"): a claimant read as a
    body, or one read as a person only because it spoke ("Statistics Norland said", "Tarrowline
    says") that the article never introduces as a person."""
    return next(
        (
            found
            for found in reversed(list(earlier))
            if found.name[:1].isupper()
            # "A Tandara engineer told ...": a person the body's name describes is no body.
            and not _PERSON_NOUN.fullmatch(found.name.split()[-1])
            and not (noun and _KIND_WORDS & _words_of(f"{found.name} {found.words}") - {noun})
            # "Halsmoor Foods said ... / the ministry said": a company is no ministry.
            and not (noun in _GOVERNMENT_ONLY_NOUNS and found.kind == EntityKind.COMPANY)
            and (found.kind != EntityKind.PERSON or not _introduced_as_person(found.name, article))
        ),
        None,
    )


# A title or a person's noun right before a name, compiled once (see _DESCRIBED_BEFORE).
_PERSON_BEFORE = re.compile(
    rf"(?:\b(?:{_TITLE_WORDS})\.?|(?i:\b(?:{_PERSON_NOUNS}|{_TITLE_WORDS})),?)\s+\Z"
)


# A release's title-case job after a name ("Ada Moor, President and Chief Executive Officer"),
# matched where the name ends.
_TITLE_CASE_JOB_AFTER = re.compile(
    rf",\s+(?:[A-Z][\w’'-]*\s+(?:and\s+|&\s+|of\s+)?){{0,4}}?(?:{_PERSON_NOUNS}|{_TITLE_WORDS})"
    r"(?=[,;.)]|\s+(?:and|of|at|for)\b|$)"
)


def _introduced_as_person(name: str, article: str) -> bool:
    """Whether the article shows `name` is a person's: a title or a person's description
    before it ("Dr Ada Moor", "economist Ada Moor"), a description after it ("Ada Moor, a
    ...", "Ada Moor, 42,"), or "he", "she", "his" or "her" soon after it."""
    if name not in article:
        return False  # Asked first: the patterns made for the name cost a compile (`_name_at`).
    escaped = re.escape(name)
    if any(
        _PERSON_BEFORE.search(article, max(0, found.start() - _DESCRIPTION_REACH), found.start())
        for found in re.finditer(rf"(?={escaped}\b)", article)
    ):
        return True
    shapes = (
        rf"\b{escaped},\s+(?:a|an|who|\d)\b",
        # "Ada Moor, the housing minister, and ...": a person's role after her name.
        rf"\b{escaped},\s+the\s+(?:[a-z][\w’'-]*\s+){{0,3}}?(?:{_PERSON_NOUNS})"
        r"(?=[,;.)]|\s+(?:and|who|said|says|for|of|at|in|on|with|from)\b)",
        rf"\b{escaped}\b[\s\S]{{0,600}}?\b(?:[Ss]he|[Hh]e|[Hh]er|[Hh]is)\b",
    )
    if any(re.search(shape, article) for shape in shapes):
        return True
    # "Ada Moor, President and Chief Executive Officer": a release's title-case job after the
    # name, no article before it (one pattern, matched where the name ends).
    start = article.find(f"{name},")
    while start >= 0:
        if not (start and article[start - 1].isalnum()) and _TITLE_CASE_JOB_AFTER.match(
            article, start + len(name)
        ):
            return True
        start = article.find(f"{name},", start + 1)
    return False


# An analysts' consensus a figure is compared with ("below the €2.3bn analysts had expected",
# "the 62 cents that analysts polled by X forecast"): the figure right before it is the
# consensus, whose compiler the sentence names after "according to".
# Who makes a consensus, and what they did ("analysts had expected", "economists forecast").
_FORECASTERS = r"(?:analysts|economists|forecasters)"
_EXPECTED = (
    r"(?:had\s+|have\s+|were\s+)?(?:expected|forecast|estimated|predicted|expecting|"
    r"anticipated)\b"
)
_CONSENSUS_AFTER = re.compile(
    # The figure's unit may come between ("412 million euros analysts had expected").
    rf"(?:\s+[a-z]+){{0,2}}?\s+(?:that\s+)?{_FORECASTERS}\s+"
    rf"(?:polled\s+by\s+[^,;]{{1,40}}?\s+)?{_EXPECTED}"
)
_CONSENSUS = re.compile(rf"[\d%](?:[^\W\d_]+)?{_CONSENSUS_AFTER.pattern}")
# The consensus as a sentence's subject ("Economists polled by X had expected a reading of 3.2%").
_FORECASTERS_EXPECTED = re.compile(
    rf"^(?:[A-Z][a-z]+\s+)?{_FORECASTERS}\s+(?:polled|surveyed)\s+by\s+[^,;]{{1,40}}?\s+"
    rf"{_EXPECTED}",
    re.IGNORECASE,
)


def _consensus_source(sentence: str) -> tuple[re.Match[str], re.Match[str]] | None:
    """For a sentence that compares a figure with analysts' consensus and names the consensus's
    compiler after it ("X forecast revenue of $4bn, below the $4.4bn analysts had expected,
    according to estimates compiled by Y"), the consensus and the "according to" match; else
    None."""
    consensus = _CONSENSUS.search(sentence)
    if consensus is None:
        return None
    # The last such phrase: "per share" before the consensus reads as one too.
    according = next(
        (
            match
            for match in _ACCORDING_TO.finditer(sentence, consensus.end())
            if match.group(0).lower().startswith("according")
        ),
        None,
    )
    return None if according is None else (consensus, according)


# A body's named map, survey or register as the subject of a verb of saying, an aside between
# ("The X Agency's National Flood Map, updated in 2024, estimates that ...").
_OWNERS_NAMED_DOCUMENT = re.compile(
    r"^[“\"‘]?(?:The\s+)?(?P<owner>[A-Z][\w’'-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w’'-]*)){0,5})"
    r"['’]s\s+(?:[A-Z][\w’'-]*\s+){0,5}(?:Map|Report|Survey|Index|Register|Review|Tracker|"
    r"Monitor|Atlas|Census|Barometer|Outlook|Database|Dashboard|Study|Audit|Assessment)"
    # Its year and its number in a series ("X's Report 2024 Series 2 found ...").
    r"(?:\s+(?:\d{4}(?:[-–/]\d{2,4})?|(?:Series|Part|Volume|Issue|No\.)\s+\d+))*"
    # "X's Visitor Expenditure Survey put spending at ...": a named document puts its figures
    # as it states them.
    rf"(?:,\s+[^,;]{{3,80}}?,)?\s+(?:also\s+)?(?:{_SPEECH_VERBS}|puts?|gives|gave)\b"
)

# Papers put before a body's own board, cabinet or committee ("Papers presented to the X Trust
# board show ...", "A report to the Y Council cabinet says ..."): its officers write them, so
# what they show is the body's, not the paper's that read them.
_PAPERS_TO_THE_BOARD = re.compile(
    r"^[“\"‘]?(?:(?:[A-Z][a-z]+|[Tt]he|[Aa]n?)\s+)?(?:[a-z]+\s+)?(?i:papers|documents|report|"
    r"reports|figures)\s+(?:(?:presented|submitted|put|going|tabled|published)\s+)?"
    r"(?:to|for|before)\s+(?:the\s+|this\s+week['’]s\s+)?"
    r"(?P<owner>[A-Z][\w’'-]*(?:\s+(?:of|for|and|&|[A-Z][\w’'-]*)){0,5}?)\s+"
    r"(?:board|cabinet|committee|executive|governing\s+body|council\s+meeting)\b"
    r"(?:[^,.;]{0,60}?)\s+(?:show|shows|showed|say|says|said|reveal|reveals|revealed|suggest|"
    r"suggests|warn|warns|put|puts|set\s+out|sets\s+out)\b"
)


def _with_saints_stop(found: Attribution, sentence: str) -> Attribution:
    """`found` with a saint's "St." written as the sentence writes it ("St. Anne's Trust"):
    attribution reads the sentence with the stop made a space, and a name keeps its spelling."""
    if "St " not in found.name or "St." not in sentence:
        return found
    written = found.name.replace("St ", "St. ")
    return dataclasses.replace(found, name=written) if written in sentence else found


# A family name's particle ("Ó Ceallaigh", "van Dijk", "Mac Giolla"): the name it opens is a
# surname still, however many words it is written in.
_SURNAME_PARTICLE = re.compile(
    r"(?:Ó|O’|O'|Ní|Nic|Mac|Mc|Ua|van|von|de|del|della|da|di|du|le|la|ter|ten|bin|binti|al|el)"
)


# The small words inside a body's name, in English and the languages whose names a news
# report keeps ("Bank of the West", "Banco do Brasil", "Syndicat des Poiriers du X").
_NAME_PARTICLES = r"of|for|and|on|the|&|de|des|du|del|della|la|le|di|da|do|dos|das|van|von|der"
# A name of capitalised words, its particles between them ("the X Department for Coasts and
# Harbours").
_NAME_RUN = rf"{_CAPITAL}[\w’'&-]*(?:\s+(?:(?:{_NAME_PARTICLES})\s+)*{_CAPITAL}[\w’'&-]*)*"


def _without_trailing_common_words(run: str) -> str:
    """A run of capitalised words without an owner's "'s" and the words after the name that
    are capitalised without being one ("Quorvex Lines On Monday" is Quorvex Lines), nor the
    title of its document ("Ofrail Annual Report" is Ofrail's). An owner's mark ends the name
    wherever it stands ("Quorvex Airlines' Pelsby traffic" is Quorvex Airlines), unless a
    body's word follows it."""
    owner = re.search(rf"{_OWNERS_MARK}(?![\w’'-])", run)
    if owner and _OWNING_BODY_WORD.match(run[owner.end() :].strip()):
        # "the X Growers' Association", "the Governor's Office": the mark inside a body's name.
        owner = None
    words = _OWNERS_REPORT_NOTE.sub("", run[: owner.start()] if owner else run).split()
    while len(words) > 1 and words[-1].lower() in _NOT_NAMES | _STOP_BACK:
        words.pop()
    return " ".join(words)


# A capitalised word just before a name, other than an article: the name is the end of a longer
# one ("Quillbrook Crown Court" holds no "Crown Court" of its own).
_NAME_WORD_BEFORE = re.compile(rf"(?<![\w’'-])(?!(?:The|A|An)[ \t]){_CAPITAL}[\w’'-]*[ \t]+$")


def _in_full(
    found: Attribution,
    article: str,
    at: int,
    known: Iterable[Attribution],
    publisher: str = "",
    furniture: Sequence[tuple[int, int]] = (),
) -> Attribution:
    """`found` under the fuller name the article gave it: a person's surname ("Moor", "Ó
    Ceallaigh") as the "Ada Moor" the article introduced, a body's opening word as the whole
    name the attribution's own words give it or the article introduced it by. A short name
    the article gives to two fuller ones, or to none, stays as written."""
    name = found.name
    words = name.split()
    if not article or not words or len(words) > 2 or not words[-1][:1].isupper():
        return found
    shortened = _short_name_of_a_body(name, article, at, known, furniture)
    if len(words) == 2 and _SURNAME_PARTICLE.fullmatch(words[0]) is None and not shortened:
        return found
    if name.lower() in _NOT_NAMES | _STOP_BACK | _PRONOUNS or names_the_publisher(name, publisher):
        return found  # a word of the masthead is the publisher's own voice, as written
    # A person the article named in full before, as a speaker or by introducing her; the
    # article's text is read for a given name only where the short name is a person's.
    people = {
        other.name
        for other in known
        if other.kind == EntityKind.PERSON and other.name.endswith(f" {name}")
    }
    # "Varrick responded that ..." where the article gives "City Manager Ada Varrick" only
    # further down (a live page, its latest entry first): a person's full name from there.
    full = _full_name(name, article, at) or (
        _full_name(name, article, len(article)) if found.kind == EntityKind.PERSON else ""
    )
    if (
        full
        and (
            found.kind == EntityKind.PERSON
            # A name not read as a person's ("according to Moor") is hers when the article gave
            # it in full inside a sentence ("Opposition Leader Ada Moor opened ..."), a
            # capitalised word that opens a sentence ("Chipmaker Quorvex") being no given name,
            # and never writes it as a thing's ("the Advertiser's calculation").
            or (
                re.search(rf"[\w,][ \t]+{re.escape(full)}\b", article[: max(0, at)])
                and not re.search(rf"\b[Tt]he\s+{re.escape(name)}\b", article)
            )
        )
    ):
        people.add(full)
    if not people and len(words) == 1 and found.kind == EntityKind.PERSON:
        # "Norsyafiqa said" after "Datuk Norsyafiqa Ahmad-Lindqvist": a report that goes on with a
        # person's given name (Malay, Indonesian and Icelandic usage; a child, an athlete) means
        # the one person introduced under it.
        people = {
            other.name
            for other in known
            if other.kind == EntityKind.PERSON
            and len(given := _without_title_words(other.name).split()) >= 2
            and given[0] == name
        }
    if len(people) == 1:
        return dataclasses.replace(found, name=people.pop(), kind=EntityKind.PERSON)
    if (
        people
        or (len(words) > 1 and not shortened)
        # An acronym ("QFL") is short for the name it abbreviates, not the words it opens.
        or name.isupper()
        # "Mr Faizal": an honorific names a person, whose name the body rules do not give.
        or re.search(rf"\b(?:{_TITLE_WORDS})\.?\s+{re.escape(name)}\b", found.words)
    ):
        return found
    # A body is named in full in the words that give it ("according to figures released by
    # the Quorvex des Lignes (QDL)" read as "Quorvex"), else as the article introduced it
    # (below).
    opening = re.compile(
        rf"(?<![\w’'-]){re.escape(name)}(?:[ \t]+(?:(?:{_NAME_PARTICLES})[ \t]+)*"
        rf"{_CAPITAL}[\w’'&-]*)+"
    )
    joined = re.compile(rf"{re.escape(name)}\s+(?:the|and)\s")  # "X and Y", no name of X's

    def mentions(text: str) -> Iterator[re.Match[str]]:
        return (match for match in opening.finditer(text) if not joined.match(match.group(0)))

    bodies = {
        _without_trailing_common_words(mention.group(0))
        # The words that give it here, or gave it where it spoke before ("The figures put
        # ..." after "figures released by the Quorvex des Lignes").
        for words in {found.words, *(other.words for other in known if other.name == name)}
        for mention in mentions(words)
    }
    bodies.discard(name)
    if not bodies:
        # Failing those words, the fuller name the article introduced the body by, when it gave
        # one only and wrote no short name before it ("Quorvex said" after "Quorvex Freight
        # Lines reported"): the fuller name opens with the short one ("Quillbrook Crown Court" is
        # no "Crown"), and a headline, shortening names as the body does not, has no stop at
        # its end.
        alone = re.compile(rf"(?<![\w’'-]){re.escape(name)}(?![ \t]+{_CAPITAL})(?![\w’'-])")
        bodies = {
            _without_trailing_common_words(mention.group(0))
            for mention in mentions(article[: max(0, at)])
            if not _NAME_WORD_BEFORE.search(article[max(0, mention.start() - 40) : mention.start()])
            # A headline set in title case capitalises every word after the name ("Quorvex
            # Halts Withdrawals After Exploit"): its capitals are no name's.
            and not _in_title_case_furniture(article, mention.start(), furniture)
            and not any(
                alone.search(line.group(0))
                for line in re.finditer(r"[^\n]+", article[: mention.start()])
                if line.group(0).rstrip().endswith((".", "!", "?", "”", '"'))
                # A standfirst or a caption shortens names as a headline does.
                and not any(since <= line.start() < until for since, until in furniture)
            )
        }
        bodies.discard(name)
    # A headline's shorter form of the name the story gives ("Quorvex Freight" over
    # "Quorvex Freight Lines Inc.") is that name, not a second body.
    bodies = {body for body in bodies if not any(other.startswith(f"{body} ") for other in bodies)}
    if len(bodies) != 1:
        return found
    body = bodies.pop()
    rest = body.split()[1:]
    if (
        any(char.isdigit() for char in body)
        or any(_TITLE_WORD.fullmatch(word) for word in rest)
        # "Quorvex Stock Is Falling After Its Results": a headline in title case, whose verbs
        # and pronouns are no name's words.
        or any(word in _CAPITALISED_CLAUSE_WORDS for word in rest)
        or guess_kind(body) == EntityKind.PERSON
        # "Quorvex Director-General Ada Moor": a person's name after a title the
        # title words do not list.
        or any(guess_kind(" ".join(pair)) == EntityKind.PERSON for pair in itertools.pairwise(rest))
    ):
        return found
    return dataclasses.replace(found, name=body, kind=guess_kind(body))


# Words of a clause that a headline set in title case capitalises, and no body's name holds.
_CAPITALISED_CLAUSE_WORDS = frozenset(
    [
        "Is",
        "Are",
        "Was",
        "Were",
        "Has",
        "Have",
        "Had",
        "Will",
        "Would",
        "Can",
        "Could",
        "Should",
        "Does",
        "Did",
        "Its",
        "It",
        "Why",
        "How",
        "You",
        "Your",
        "We",
        "Our",
        "They",
        "Their",
        "After",
        "Says",
        "Said",
    ]
)


def _in_title_case_furniture(article: str, at: int, furniture: Sequence[tuple[int, int]]) -> bool:
    """Whether `at` stands in a headline, standfirst or caption set in title case: most of
    its words of four letters or more open with a capital."""
    for since, until in furniture:
        if since <= at < until:
            words = re.findall(r"[^\W\d_][\w’'-]{3,}", article[since:until])
            capitalised = sum(word[0].isupper() for word in words)
            return len(words) >= 3 and capitalised * 5 >= len(words) * 4
    return False


def _named_in_full(
    found: Attribution,
    article: str,
    at: int,
    known: Iterable[Attribution],
    publisher: str,
    furniture: Sequence[tuple[int, int]] = (),
) -> Attribution:
    """`found` under the fullest name the article gives it (`_in_full`, then
    `_named_in_full_anywhere`), an acronym as the name the article spelled it out as
    ("ORP data show" after "the Office for Rail Punctuality (ORP)")."""
    acronym = _ACRONYM_CLAIMANT.fullmatch(found.name)
    if acronym is not None:
        name = _spelled_out(acronym.group("acronym"), article) or _initials_of(
            acronym.group("acronym"), article
        )
        if name:
            return Attribution(name, guess_kind(name), found.words, found.at)
    elif _ONE_WORD_NAME.fullmatch(found.name):
        # "Vrco" after "the Vashby Rates Council (Vrco)": a short form in
        # brackets that abbreviates the name before it ("Ada Moor (Labour)" does not).
        name = _spelled_out(found.name, article)
        if name and _abbreviates(found.name.upper(), name):
            return Attribution(name, guess_kind(name), found.words, found.at)
    if found.name[:1].isupper() and f"{found.name} in " in article:
        # "the Inspectorate for Education and Training in Wales (IETW)": the place is a word of
        # the name where its short form spells the place too (`_spelled_out`).
        placed = re.search(
            rf"{re.escape(found.name)}[ \t]+in[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*"
            r"[ \t]+\((?P<acronym>[A-Z]{2,8})\)",
            article,
        )
        name = _spelled_out(placed.group("acronym"), article) if placed else ""
        if name.startswith(f"{found.name} in "):
            found = dataclasses.replace(found, name=name)
    trimmed = _DOCUMENT_MODIFIER_AFTER.sub("", found.name)
    if trimmed != found.name and trimmed[:1].isupper():
        # "X Port Authority annual" read from "Source: X Port Authority annual reports": the
        # document's words after the owner's name are no part of it.
        found = dataclasses.replace(found, name=trimmed)
    return _named_in_full_anywhere(
        _body_named_longer_before(
            _in_full(found, article, at, known, publisher, furniture), article, at, publisher
        ),
        article,
    )


# What a document is said to be, left after its owner's name when the document's noun is cut
# off ("annual", "quarterly", "latest", "provisional").
_DOCUMENT_MODIFIER_AFTER = re.compile(
    r"(?:\s+(?:annual|monthly|quarterly|weekly|daily|latest|provisional|final|interim|own))+$"
)


# Words that open a sentence before a name without being part of it ("Several Progressive
# Harbour Alliance members ...", "Both Pelsby councils ...").
_QUANTIFIERS = frozenset(
    {
        "several",
        "both",
        "all",
        "many",
        "some",
        "most",
        "each",
        "every",
        "other",
        "neither",
        "either",
        "only",
        "even",
        "few",
        "such",
        "no",
        "any",
        "two",
        "three",
        "four",
        "five",
    }
)


def _without_title_words(name: str) -> str:
    """A person's name without the titles and honours before it ("Datuk Seri Ada Moor")."""
    words = name.split()
    while len(words) > 2 and _TITLE_WORD.fullmatch(words[0]):
        words = words[1:]
    return " ".join(words)


def _body_named_longer_before(
    found: Attribution, article: str, at: int, publisher: str
) -> Attribution:
    """A body's short name of two to four words as the one longer name the article gave it
    before: the words it leaves off before ("Lottery Commission" after "the Westerly
    Lottery Commission") or its kind's name ("Public Works" after "the Department of Public
    Works"). A longer name that opens a sentence with a word the article also writes in lower
    case ("Yesterday Lottery Commission ...") is no name; two longer names, or none, leave it."""
    name = found.name
    words = name.split()
    if (
        not 2 <= len(words) <= 4
        or not all(word[:1].isupper() or word in ("of", "for", "and") for word in words)
        or not words[-1][:1].isupper()
        or name.isupper()
        or names_the_publisher(name, publisher)
    ):
        return found
    bodies = set()
    for end, body in _longer_names(name, found.kind == EntityKind.PERSON, article):
        if end > at:
            break
        if body == _JOINED:
            return found  # "the Northern X Board and Southern X Board": two bodies, joined
        bodies.add(body)
    if len(bodies) != 1:
        return found
    body = bodies.pop()
    return dataclasses.replace(found, name=body, kind=guess_kind(body))


# `_longer_names`'s mark for a longer name that joins two bodies with the short one in each.
_JOINED = "\x00joined"


# Kept for the last few articles read: an article's figures ask in turn, and a worker reads one
# article at a time.
@functools.lru_cache(maxsize=64)
def _longer_names(name: str, person: bool, article: str) -> tuple[tuple[int, str], ...]:
    """The longer names `_body_named_longer_before` may take `name` for, where each ends in the
    article, in order: read once for a name and an article, however many of its figures ask."""
    found: list[tuple[int, str]] = []
    for end, whole, start in _names_ending_in(name, article):
        body = re.sub(r"^(?:The|A|An)[ \t]+", "", whole)
        first = body.split()[0]
        if body == name or first.lower() in _NOT_NAMES | _STOP_BACK | _SENTENCE_ADVERBS:
            continue
        if body.count(name) > 1:
            found.append((end, _JOINED))
            continue
        if (
            body == whole
            and _opens_a_sentence(article, start)
            and (first.lower() in _QUANTIFIERS or _capitalised_to_open(first, article))
        ):
            continue
        if not _OWNING_BODY_WORD.search(body):
            continue  # "Pelsby and Greater Wenmoor": places, joined; no body
        joined = re.search(r"(?P<last>\S+)[ \t]+and[ \t]+$", body[: -len(name)])
        if joined and re.fullmatch(_OWNING_BODY_WORD, joined.group("last")):
            continue  # "the X Transit Agency and Quillmark Analytics": a list of two bodies
        of_form = re.search(r"\b(?:of|for)[ \t]+(?:the[ \t]+)?$", body[: -len(name)])
        if of_form and _OWNING_BODY_WORD.search(name):
            continue  # "the Board of X Society": a part of the body X names, not X
        if person and not of_form:
            continue  # a person's name is never the end of a body's ("Ann Roe" is no Trust's)
        if any(_TITLE_WORD.fullmatch(word) for word in body.split()) or any(
            guess_kind(" ".join(pair)) == EntityKind.PERSON
            for pair in itertools.pairwise(body[: -len(name)].split())
        ):
            continue
        found.append((end, body))
    return tuple(found)


# The capitalised words before a short name that make it a longer one ("Westerly" before
# "Lottery Commission", "Department of" before "Public Works"), read back from the short name.
_NAME_WORDS_BEFORE = re.compile(
    rf"(?<![\w’'-])(?:(?:{_CAPITAL}[\w’'&-]*[ \t]+(?:(?:of|for)[ \t]+(?:the[ \t]+)?|and[ \t]+)?)+"
    rf"|(?:{_CAPITAL}[\w’'-]*[ \t]+)*{_CAPITAL}[\w’'-]*[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?)\Z"
)
# What may not follow a name's last word: more of a word, or another capitalised word.
_NAME_GOES_ON = re.compile(rf"[\w’'-]|[ \t]+{_CAPITAL}")
# How far back a longer name's first words may start.
_NAME_REACH = 160


def _names_ending_in(name: str, article: str) -> Iterator[tuple[int, str, int]]:
    """Each longer name in the article that ends in `name` as its last words: where it ends,
    its words, and where it starts."""
    for at, end in _name_at(name, article):
        if (at and re.match(r"[\w’'-]", article[at - 1])) or _NAME_GOES_ON.match(article, end):
            continue
        window_start = max(0, at - _NAME_REACH)
        words = _NAME_WORDS_BEFORE.search(article[window_start:at])
        if words is not None:
            start = window_start + words.start()
            yield end, article[start:end], start


def _opens_a_sentence(article: str, start: int) -> bool:
    """Whether `start` opens a line or a sentence, after an opening quotation mark if any."""
    before = article[max(0, start - 3) : start]
    before = before[:-1] if before.endswith(("“", '"', "‘")) else before
    return not before or before.endswith("\n") or re.search(r"[.!?”\"][ \t]+$", before) is not None


# A claimant that is an acronym alone ("ORP", "the TLO"): a name the article may spell out.
_ACRONYM_CLAIMANT = re.compile(r"(?:the\s+)?(?P<acronym>[A-Z][A-Z&]{1,7})")
_ONE_WORD_NAME = re.compile(r"[A-Z][a-z]+")


def _initials_of(acronym: str, article: str) -> str:
    """The one name in the article whose words' initials spell `acronym` ("the QPHL" after "a
    Quellby Premier Hockey League game"), "of", "for", "and" and "the" inside it aside;
    "" for none, or for two different names."""
    if len(acronym) < 3 or "&" in acronym:
        return ""
    joiner = r"[ \t]+(?:(?:of|for|and|the|&)[ \t]+)*"
    pattern = joiner.join(rf"{letter}[a-z’'-]+" for letter in acronym)
    names = {match.group(0) for match in re.finditer(rf"(?<![\w’'-]){pattern}(?![\w’'-])", article)}
    return names.pop() if len(names) == 1 else ""


def _named_in_full_anywhere(found: Attribution, article: str) -> Attribution:
    """A body the article calls by its kind ("the port authority said" in the opening line)
    under the one full name the article gives that kind anywhere, later as much as before
    ("Ada Moor, chief executive of the Orrin Sound Port Authority, said"): a report may use the
    common noun first and name the body further down. Two such names, or none, leave it."""
    name = found.name
    words = name.split()
    campaigns = (
        {campaign for line in article.split("\n") for campaign in _campaigns_named(line)}
        if name.lower() in ("campaigners", "protesters")
        else set()
    )
    if len(campaigns) == 1:
        # "Campaigners say ...": the one campaign the article names ("the Save Our Pier
        # group"), wherever it names it, speaks for them.
        return dataclasses.replace(found, name=campaigns.pop(), kind=EntityKind.ORGANISATION)
    if not words or len(words) > 3 or any(word[:1].isupper() for word in words[1:]):
        return found
    if not re.fullmatch(r"[A-Za-z][a-z-]*", words[0]) or found.kind == EntityKind.PERSON:
        return found
    # A public body's kind names one body in a report ("the port authority"); a club's or a
    # company's kind may name the supporters' club or a parent company as well.
    if words[-1].lower() not in _PUBLIC_BODIES | {"board", "trust", "inspectorate"}:
        return found
    kind = r"[ \t]+".join(word.capitalize() for word in words)
    fuller = {
        re.sub(r"^(?:The|A|An)\s+", "", match.group(0))
        for match in re.finditer(
            rf"\b(?:[A-Z][\w’'-]*[ \t]+(?:(?:of|for|and)[ \t]+)?)+{kind}\b"
            r"(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w’'-]*)*)?"
            rf"|\b{kind}[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*"
            r"(?:[ \t]+(?:and[ \t]+)?[A-Z][\w’'-]*)*",
            article,
        )
    }
    fuller = {
        body
        for body in fuller
        if body.split()[0].lower() not in _NOT_NAMES | _STOP_BACK | _SENTENCE_ADVERBS
    }
    if len(fuller) != 1:
        return found
    body = fuller.pop()
    return dataclasses.replace(found, name=body, kind=guess_kind(body))


# A sentence whose subject is a source the article described before ("The same adviser put",
# "The same people said", "The same official added").
_THE_SAME_SPEAKER = re.compile(
    rf"^[“\"‘]?The\s+same\s+(?P<noun>[a-z]+)\s+(?:also\s+)?(?:{_SPEECH_VERBS}|put|puts|added)\b"
)
# A person "according to" describes and says why it leaves unnamed ("a player's adviser who
# asked not to be named", "an engineer at the plant who spoke on condition of anonymity").
# Why a report leaves a source unnamed ("who asked not to be named", "speaking on background",
# "on condition of anonymity"): one clause for both shapes below.
_WHY_UNNAMED = (
    r"(?:who\s+(?:asked|spoke|requested|declined|agreed|pleaded|"
    # "who did not wish to be identified", "who was not authorised to speak".
    r"(?:did|does|would)\s+not\s+(?:wish|want)|(?:was|is|were|are)\s+not\s+"
    r"(?:authori[sz]ed|allowed|permitted))|speaking\s+(?:on|only\s+on|anonymously)|"
    r"on\s+condition)\b"
)
_DESCRIBED_UNNAMED = re.compile(
    rf"\s*(?P<who>(?:a|an)\s+(?:[\w’'-]+\s+){{0,6}}?[\w’'-]+),?\s+{_WHY_UNNAMED}"
)
# A source the report describes by role and employer and says why it leaves unnamed ("A theatre
# nurse at X Infirmary, who asked not to be named, said", "A senior official in the ministry,
# speaking on background, said", "An engineer with the firm, speaking on condition of
# anonymity, told us"): the description is the source, as a reader is given it.
# The employer may be in the role's words alone ("A senior finance ministry official", "A
# member of library staff"), and the verb may follow another ("described the slowdown as “a
# blip” and said").
_UNNAMED_BY_ROLE = re.compile(
    r"^[“\"‘]?(?P<role>(?:A|An)\s+(?:(?:[a-z][\w-]*\s+){1,3}?(?:at|in|with|from|for)\s+"
    r"(?:(?:one\s+of\s+)?the\s+(?:[a-z][\w-]*\s+){0,3}?(?P<noun>[a-z][\w-]*)|"
    rf"(?:one\s+of\s+)?(?:the\s+)?(?:[a-z][\w-]*\s+)*?{_CAPITAL}[^,;]*?"
    # A place and its region after a comma ("a store manager in Spokane, Washington").
    rf"(?:,\s+{_CAPITAL}[\w’'-]*(?:\s+{_CAPITAL}[\w’'-]*)?(?=,\s+{_WHY_UNNAMED}))?)|"
    r"[a-z][\w-]*(?:\s+[\w’'-]+){0,5}?)),\s+"
    rf"{_WHY_UNNAMED}[^;]*?,\s+(?:[^;,.]*?\s+and\s+)?(?:{_SPEECH_VERBS})\b"
)


# A sentence whose subject is a document named by its title, perhaps with its year and a clause
# set off after it ("The Independent Retail Crime Survey 2025, based on responses from 1,612
# store owners, found ...").
_TITLED_DOCUMENT_SUBJECT = re.compile(
    r"^[“\"‘]?The\s+(?:[A-Z][\w’'-]*\s+){1,6}?(?P<noun>Survey|Report|Study|Review|Audit|Census)"
    r"(?:\s+\d{4}(?:[-–/]\d{2,4})?)?(?:\s*,(?:[^,;]|(?<=\d),(?=\d)){1,120},)?\s+(?:also\s+)?"
    r"(?:found|finds|shows?|"
    r"showed|says|said|estimates?|estimated|puts|put|reveals?|revealed)\b"
)


# A body that releases a document whose findings the sentence goes on to give ("The X Council
# (XC) today released the Y Report 2024, which shows that ...").
# "The X Union stood by its figure, saying ...", "In a statement, the X Council rejected the
# claim, adding that ...": the sentence's subject says what its participle of saying goes on
# with, whatever the verb before it did.
_SUBJECT_THEN_SAYING = re.compile(
    r"^[“\"‘]?(?:(?:In|At|On)\s+[^,;]{3,60},\s+)?(?P<who>[Tt]he\s+(?:[a-z][\w’'-]*\s+){0,3}?"
    r"[a-z][\w-]*|(?:[Tt]he\s+)?(?!The\b)[A-Z][\w’'&-]*(?:\s+(?:(?:of|for|and|the)\s+)*"
    r"[A-Z][\w’'&-]*)*)\s+(?!(?:said|says|added|adds)\b)[a-z][\w-]*\b[^,;]*,\s+"
    r"(?:saying|adding|arguing|noting|warning|insisting|claiming|stating|estimating)\b"
)
_RELEASED_WHICH_SHOWS = re.compile(
    r"^[“\"‘]?(?P<who>[^,;]+?)\s+(?:(?:today|yesterday|on\s+\w+|has|have|had)\s+)?"
    r"(?:released|published|issued|unveiled|launched|presented|tabled)\s+(?:its|their|the|a|an)\s+"
    r"[^,;]{3,120}?\b(?i:report|survey|study|data|figures|statistics|index|review|audit|"
    r"assessment|bulletin|census)\b[^,;]{0,40},\s+which\s+(?:shows?|showed|found|finds|says|"
    r"said|estimates?|estimated|puts|put|reveals?|revealed)\b"
)


# A sentence's first word in capitals before words in lower case ("INSPECTORS have found").
_SHOUTED_LEDE = re.compile(r"^[A-Z]{3,}(?=\s+[a-z])")


def _unnamed_by_role(sentence: str, article: str, at: int) -> Attribution | None:
    """The person a sentence describes and says why it leaves unnamed, as described: after
    "according to" (`_DESCRIBED_UNNAMED`), or as its subject (`_UNNAMED_BY_ROLE`), "the <noun>"
    of the employer given as the name the article gave that body ("in the department" after
    the Department of X)."""
    according = _ACCORDING_TO.search(sentence)
    described = _DESCRIBED_UNNAMED.match(according.group("phrase")) if according else None
    if according is not None and described is not None:
        # "..., according to a player's adviser who asked not to be named": the description.
        return Attribution(described.group("who"), EntityKind.PERSON, according.group(0).strip())
    match = _UNNAMED_BY_ROLE.match(sentence)
    if match is None:
        after = _INDEFINITE_SAID_AFTER.search(sentence)
        if after is None:
            return None
        who = after.group("who") or after.group("subject")
        return Attribution(who[0].lower() + who[1:], EntityKind.PERSON, after.group(0).strip())
    role = match.group("role")
    role = role[0].lower() + role[1:]
    noun = match.group("noun")
    if noun is not None and re.search(rf"\bthe\s+{re.escape(noun)}$", role):
        body = _named_with(noun, article[: max(0, at)])
        if body:
            role = f"{role[: -len(noun) - 4]}the {body}"
    return Attribution(role, EntityKind.PERSON, match.group(0).lstrip('“"‘'))


# A sentence that opens on such a spokesperson ("A spokesperson for X", "The chief spokesman
# for the X Group").
_SPOKESPERSON_FOR = re.compile(rf"^[“\"‘]?(?:An?|The)\s+{_SPOKESPERSON_FOR_BODY}(?=[A-Z])")


# A legislator's party and district or state after her name ("R-Pinecrest", "D-Ill.").
_PARTY_AND_DISTRICT = re.compile(r",\s+[RDI]-[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2},(?=\s)")
# A body described before its name, set off after the description ("according to the rail
# regulator, the Office of Rail Standards", "the rail regulator, the X, said"): the name is
# the body's, which the description only introduces.
_DESCRIPTION_BEFORE_NAME = re.compile(
    r"\b(?P<description>[Tt]he\s+(?:[a-z][\w-]*\s+){0,3}?"
    rf"(?:{_STANDS_FOR_NOUN}),\s+)"
    r"the\s+[A-Z][\w’'-]*(?:\s+(?:(?:of|for|on|and|&)\s+)?[A-Z][\w’'-]*)*"
    # The comma that closes the name before its verb goes with the description ("the rail
    # regulator, the X, said" reads "the X said").
    rf"(?:(?P<closing>,)(?=\s+(?:{_SPEECH_VERBS})\b)|\s*(?=[,.;]|$))"
)


def _without_description_before_name(sentence: str) -> str:
    """`sentence` with a description set before a body's name blanked (`_DESCRIPTION_BEFORE_NAME`),
    its length kept."""

    def blanked(match: re.Match[str]) -> str:
        description = match.group("description")
        name = match.group(0)[len(description) :]
        if match.group("closing"):
            name = name[:-1] + " "
        return " " * len(description) + name

    return _DESCRIPTION_BEFORE_NAME.sub(blanked, sentence)


# Initials before a family name ("K. Ramachandran", "R.K. Tamsley", "S. Jaya Kelvasi"), as
# many papers write names: each initial's stop is read as a letter of the name, so that the
# name is one run of capitalised words to every rule that reads names; the stop is given back
# in the name found.
_INITIAL_STOPS = re.compile(r"(?<![\w.’'-])(?:[A-Z]\.[ \t]?){1,3}(?=[A-Z][a-z])")
_INITIAL_STOP = "\ua4f8"  # a letter no English text uses, in the stop's place
# What no claimant's name ends on: a dash, the mark of a sentence's subject set off before an
# aside ("Rep. X's shock retirement — revealed just 30 hours before ... — has roiled"), which
# is an event, not a speaker.
_NO_NAME = re.compile(r"\s[—–-]$")


@functools.lru_cache(maxsize=8)
def _initials_joined(text: str) -> str:
    """`text` with each initial's stop (`_INITIAL_STOPS`) made `_INITIAL_STOP`: the same length,
    so that positions hold; cached, as each sentence of an article reads the whole article."""
    if "." not in text:
        return text
    return _INITIAL_STOPS.sub(lambda found: found.group(0).replace(".", _INITIAL_STOP), text)


def find_attribution(
    sentence: str,
    context: Iterable[Attribution] = (),
    *,
    article: str = "",
    at: int = 0,
    earlier: Iterable[Attribution] = (),
    publisher: str = "",
) -> Attribution | None:
    """Who the sentence says makes its claim (`_attribution_in`), initials in names read as
    part of them (`_INITIAL_STOPS`); the speaker before a colon that opens a quotation, whoever
    the quotation cites; None for a name no one has (`_NO_NAME`)."""
    sentence, article = _initials_joined(sentence), _initials_joined(article)
    found = _attribution_in(
        sentence, context, article=article, at=at, earlier=earlier, publisher=publisher
    )
    if found is not None and _NO_NAME.search(found.name):
        return None
    if found is not None and "/" in found.name and publisher:
        # "the latest Midvale Courier/Brosna Insights poll": a poll the paper commissioned is
        # its pollster's, the name beside the paper's.
        others = [
            part.strip()
            for part in found.name.split("/")
            if part.strip() and not names_the_publisher(part.strip(), publisher)
        ]
        if len(others) == 1 and others[0] != found.name:
            found = dataclasses.replace(found, name=others[0], kind=guess_kind(others[0]))
    if found is None and article:
        found = _study_named_next(sentence, article, at)
    colon = _COLON_QUOTE.match(sentence)
    if found is not None and colon is not None:
        # "Ms X said: “Data from Y shows that positivity has nearly doubled ...”": a source
        # inside the quotation is the speaker's, who puts its figures forward.
        speaker = _attribution_in(
            colon.group(0), context, article=article, at=at, earlier=earlier, publisher=publisher
        )
        if speaker is not None:
            found = speaker
    if found is None or _INITIAL_STOP not in found.name + found.words:
        return found
    return Attribution(
        found.name.replace(_INITIAL_STOP, "."),
        found.kind,
        found.words.replace(_INITIAL_STOP, "."),
        at=found.at,
    )


# A study the sentence gives its figures to without naming who made it ("..., according to a
# new study.", "A recent survey found ..."), which the next sentences name ("This is the second
# such study released by the X Center ...", "The survey, carried out by Y, ...").
_A_STUDY_UNNAMED = re.compile(
    r"\baccording\s+to\s+(?:a|an)\s+(?:(?:new|recent|latest|fresh)\s+)?"
    r"(?:study|report|survey|analysis|poll)\s*[.,;]"
    r"|(?:^|,\s+)(?:[Aa]|[Aa]n)\s+(?:(?:new|recent|latest|fresh)\s+)?"
    r"(?:study|report|survey|analysis|poll)\s+(?:found|finds|shows|showed|says|said|suggests|"
    r"suggested)\b"
)
_STUDY_MADE_BY = re.compile(
    r"\b(?:study|report|survey|analysis|poll)\b,?\s+(?:[a-z]+\s+){0,5}?(?:by|from)\s+"
    r"(?:the\s+)?(?P<name>[A-Z][\w’'&.-]*(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?"
    r"[A-Z][\w’'&.-]*)*)"
)
# How many sentences on the study's maker may be named.
_STUDY_NAMED_WITHIN = 2


def _study_named_next(sentence: str, article: str, at: int) -> Attribution | None:
    """The maker of an unnamed study the sentence cites (`_A_STUDY_UNNAMED`), as the next
    sentences name it (`_STUDY_MADE_BY`); None where they do not."""
    if not _A_STUDY_UNNAMED.search(sentence):
        return None
    following = _SENTENCE_BREAK.split(article[at : at + 600].strip())[:_STUDY_NAMED_WITHIN]
    for line in following:
        made = _STUDY_MADE_BY.search(line)
        if made is not None:
            name = made.group("name").rstrip(".")
            return Attribution(name, guess_kind(name), made.group(0))
    return None


# A phrase of where: a preposition of place, perhaps "the", before a name ("in the Y",
# "atop Mount Z", "near X"); or, before an abbreviated state's or country's name, a city after
# "in" or "at" and its comma ("in Halsmoor, D.C.").
_PLACE_BEFORE = re.compile(r"\b(?:in|atop|near|inside|outside|across|throughout)\s+(?:the\s+)?$")
_CITY_BEFORE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,\s+$")


def _in_a_place_phrase(sentence: str, found: Attribution) -> tuple[int, int] | None:
    """Where in `sentence` the name `found` read before its verb ("Ostreva told", "D.C said")
    stands in a phrase of where (`_PLACE_BEFORE`, `_CITY_BEFORE`): the name's span, or None."""
    if not found.words.startswith(found.name):
        return None
    at = sentence.find(found.name)
    if at <= 0:
        return None
    before = sentence[:at]
    place = _PLACE_BEFORE.search(before)
    if place is not None:
        # "Officials in the Tolvey Treasury said": the people in a body, for whom it speaks.
        word = re.search(r"([A-Za-z]+)\s*$", before[: place.start()])
        if word is not None and word.group(1).lower() in _AGENT_NOUNS:
            return None
    elif not ("." in found.name and _CITY_BEFORE.search(before)):
        return None
    return at, at + len(found.name)


def _attribution_in(
    sentence: str,
    context: Iterable[Attribution] = (),
    *,
    article: str = "",
    at: int = 0,
    earlier: Iterable[Attribution] = (),
    publisher: str = "",
) -> Attribution | None:
    """Who the sentence says makes its claim, or None when it is the publisher's own. Earlier
    attributions in the paragraph (`context`) stand for "it" and "the study"; earlier ones in
    the article (`earlier`) and its text before `at` say whom "the agency" names; the
    article's text may say what a name is ("Quorvex, a shipping company"). A name that is the
    `publisher`'s, or part of it, is the publisher's own statement."""
    # "Sen. Ada Moor, R-Lakeview, said": an American legislator's party and district, set off
    # after her name, are no name of anyone's; read as though the sentence left them out
    # (blanked, so that the sentence keeps its length and its place in the article).
    sentence = _PARTY_AND_DISTRICT.sub(lambda tag: " " * len(tag.group(0)), sentence)
    sentence = _without_description_before_name(sentence)
    sentence = _PERSON_AT_BODY.sub(_of_body_instead, sentence)
    # "INSPECTORS have found ...", "POLICE said ...": a lede's opening word set in capitals
    # is the common noun it spells ("Inspectors"), not an acronym's name.
    sentence = _SHOUTED_LEDE.sub(
        lambda word: (
            word.group(0).capitalize()
            if word.group(0).lower() in _BODY_AND_ROLE_NOUNS
            else word.group(0)
        ),
        sentence,
        count=1,
    )
    unnamed = _unnamed_by_role(sentence, article, at - len(sentence))
    if unnamed is not None:
        return unnamed
    same = _THE_SAME_SPEAKER.match(sentence)
    if same is not None:
        # "The same adviser put the wage bill at ...", "The same people said ...": the source the
        # article last described by that noun, named or not.
        noun = same.group("noun")
        before = next(
            (found for found in reversed(list(earlier)) if noun in found.name.lower().split()),
            None,
        )
        if before is not None:
            return Attribution(before.name, before.kind, same.group(0))
    owned = _OWNERS_NAMED_DOCUMENT.match(sentence)
    if owned is not None:
        # "The X Agency's National Flood Map, updated in 2024, estimates ...": the body that
        # keeps a named map or survey states what it estimates.
        owner = owned.group("owner")
        return Attribution(owner, guess_kind(owner), owned.group(0).strip())
    titled = _TITLED_DOCUMENT_SUBJECT.match(sentence)
    if titled is not None:
        # "The Independent Retail Crime Survey 2025, based on ..., found": a document the
        # article named by its title, issued by whoever it said issued a survey before.
        issuer = _source_going_on(titled.group("noun").lower(), list(earlier), article)
        if issuer is not None:
            return Attribution(issuer.name, issuer.kind, titled.group(0).strip())
    released = _RELEASED_WHICH_SHOWS.match(sentence)
    if released is not None:
        # "X today released the Y Report 2024, which shows that ...": the figures are the
        # releasing body's, whatever capitals the report's title or the amounts carry.
        clause = f"{released.group('who')} said."
        found = _find_attribution(clause, (), article=article, at=at, earlier=earlier)
        if found is not None:
            return Attribution(found.name, found.kind, released.group(0).strip())
    papers = _PAPERS_TO_THE_BOARD.match(sentence)
    if papers is not None and _BODY_WORDS.search(papers.group("owner")):
        owner = papers.group("owner")
        return Attribution(owner, guess_kind(owner), papers.group(0).strip())
    found = _find_attribution(sentence, context, article=article, at=at, earlier=earlier)
    spokes_for = _SPOKESPERSON_FOR.match(sentence)
    if spokes_for is not None and (found is None or found.name.split()[0].lower() in _SPOKES):
        # "A spokesperson for X, the body responsible for river defences, said ...": the body
        # speaks, as "X, the body responsible ..., said" would; read from its name on (the
        # rest ends where the sentence does, so `at` holds). So where the sentence was read
        # as the spokesperson's own name ("spokesperson for X plc").
        found = _find_attribution(
            sentence[spokes_for.end() :], context, article=article, at=at, earlier=earlier
        )
    lead_at = len(sentence) - len(sentence.lstrip())
    if (
        found is not None
        and article
        and found.words.startswith(found.name)
        and sentence.startswith(found.name, lead_at)
        and _a_name(found, article) is None
    ):
        # "Muggings reported along the stretch dropped ..., the office said": a common noun
        # capitalised to open the sentence, read as a speaker, is none (`_a_name`); the
        # sentence is read again without it, for a source it names further on. Blanked, the
        # word keeps the sentence's length.
        blanked = _blanked(sentence, lead_at, lead_at + len(found.name))
        found = _find_attribution(blanked, context, article=article, at=at, earlier=earlier)
    placed = _in_a_place_phrase(sentence, found) if found is not None else None
    if placed is not None:
        # "Owen Roe of the X Infirmary in the Y told ...", "scientists using a telescope atop
        # Mount Z have confirmed ...", "... University in Halsmoor, D.C., said": a place a
        # phrase of where puts before the verb is no one who speaks; the sentence is read again
        # without it, for the subject further back. Blanked, it keeps the sentence's length.
        found = _find_attribution(
            _blanked(sentence, *placed), context, article=article, at=at, earlier=earlier
        )
    saying = _SUBJECT_THEN_SAYING.match(sentence) if found is None else None
    subject = re.sub(r"^[Tt]he\s+", "", saying.group("who")) if saying else ""
    if saying is not None and (
        # One capitalised word may be a common noun opening the sentence ("Rents rose 9%,
        # saying more about ..."): a name of two words or more, a short form or a body's noun.
        len(subject.split()) > 1
        or subject.isupper()
        or subject.lower() in _AGENT_NOUNS | _STANDS_FOR_NAME
    ):
        # "The X Union stood by its figure, saying ...": the subject, read as the speaker of
        # "<subject> said." would be.
        said = _find_attribution(
            f"{saying.group('who')} said.", (), article=article, at=at, earlier=earlier
        )
        if said is not None:
            found = Attribution(said.name, said.kind, saying.group(0).strip())
    if (
        found is not None
        and _quoted_within(sentence, found.words)
        # "we" and "our" in a quotation are its speaker, whom the paragraph named.
        and (found.words.split() or [""])[0].lower() not in _FIRST_PERSON
    ):
        # '"Our target is three million. Some people say that is too ambitious."': who speaks
        # inside a quotation is its speaker's words; the quotation's speaker is named after it
        # ('"The company told us ...," said the youth leader, Ada Moor') or around it (the
        # paragraph's, the one before). Blanked, the quotation keeps the sentence's length.
        closing = next(
            (
                mark
                for mark in _QUOTE_MARK.finditer(sentence, 1)
                if not _opening_mark(sentence, mark.start())
            ),
            None,
        )
        unquoted = " " * (closing.end() if closing else len(sentence)) + (
            sentence[closing.end() :] if closing else ""
        )
        found = _find_attribution(unquoted, context, article=article, at=at, earlier=earlier)
    consensus = _consensus_source(sentence)
    if consensus is not None and found is not None and found.words == consensus[1].group(0).strip():
        # The consensus's compiler gives the consensus (`figure_claimants`); the sentence is
        # its own subject's ("X forecast revenue of $4bn"), when it has one.
        according = consensus[1]
        rest = sentence[: according.start()].rstrip(" ,") + sentence[according.end() :]
        opening = _find_attribution(rest, context, article=article, at=at, earlier=earlier)
        if (
            opening is not None
            and is_claimant_name(opening.name)
            # The words name a speaker before the consensus ("X on Tuesday forecast"), not the
            # analysts who expected it.
            and 0 <= rest.find(opening.words.split()[0]) < consensus[0].start()
        ):
            found = opening
    plain = _without_asides(sentence)
    if plain != sentence and (found is None or _said_inside_an_aside(found.words, sentence)):
        # "X, which surveys its members, puts ...": the subject is read past the aside, whose own
        # words ("..., which serves the city, said") are no subject of the verb after it.
        read_past = _find_attribution(plain, context, article=article, at=at, earlier=earlier)
        split = _CLAUSE_SPLIT.search(plain)
        if read_past is not None and not (split and plain.find(read_past.words) > split.start()):
            # A subject found past an aside in a later clause ("..., while X, which ..., puts")
            # is that clause's (`figure_claimants`), not the sentence's.
            found = read_past
    our_work = _OUR_WORK_OF.match(sentence)
    if found is not None and (
        names_the_publisher(found.name, publisher)
        or _OWN_VOICE.search(found.words)
        or (
            our_work is not None
            and found.name in our_work.group("of")
            and (
                our_work.group("own") is None
                or names_the_publisher(our_work.group("own"), publisher)
            )
        )
        or any(
            found.name.endswith(own.group(0).split()[-1]) for own in _OWN_VOICE.finditer(sentence)
        )
    ):
        return None
    officer_of = _officer_of_the_subject(found, sentence, article) if found else None
    if officer_of is not None:
        return officer_of
    if found is not None and is_claimant_name(found.name):
        return _with_saints_stop(
            _bare_noun_named(found, article, at - len(sentence), [*earlier, *context]), sentence
        )
    owner = re.match(r"\s*(?:The\s+)?(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)[’']s\s", sentence)
    if owner and names_the_publisher(owner.group("owner"), publisher):
        # "Shelfline's own panel ... over the same period": the publisher's own work, which
        # carries no source from before.
        return None
    owners_figure = _OWNERS_FIGURE_OF.search(sentence)
    if owners_figure is not None:
        # "The X Observatory's figure of 700 homes uses a wider definition": the owner's,
        # and so are "the same data" later in the sentence.
        owner = owners_figure.group("owner")
        return Attribution(owner, guess_kind(owner), owners_figure.group(0).strip())
    # A sentence that names no source of its own but "the same poll" gives that poll's figures.
    same = _SAME_SOURCE.search(sentence)
    carried = _carried(context, earlier) if same else None
    if same and publisher and article:
        # "Figures obtained by the Post show ... / ..., the same figures show": the paper's own
        # figures, named in the sentence before, which made no claimant to carry.
        lines = article[: max(0, at - len(sentence))].rstrip().rsplit("\n", 1)[-1:]
        last = _SENTENCE_BREAK.split(lines[0].strip())[-1:] if lines else []
        if last and any(names_the_publisher(run, publisher) for run in _capitalised_runs(last[0])):
            return None
    if same and carried is not None:
        return Attribution(carried.name, carried.kind, same.group(0))
    tagged = _THATS_FROM.search(sentence)
    if tagged is None and article and 0 < at < len(article):
        line_end = article.find("\n", at)
        tagged = _THATS_FROM_NEXT.match(article, at, line_end if line_end >= 0 else len(article))
    if tagged is not None:
        # "It costs £900 a week, and that's from the X Association, not me": a speaker hands
        # her figure to its source, in the sentence or just after it ("Imagine! That's from
        # the Y Institute").
        runs = _capitalised_runs(tagged.group("name"))
        if runs:
            return Attribution(runs[0], guess_kind(runs[0]), tagged.group(0).strip())
    document = _NAMED_DOCUMENT_SAYS.match(sentence)
    if document is not None:
        # "The latest X Pay Register, published in spring, shows ...": a register or
        # an index known by its own name gives its figures, whoever keeps it.
        name = document.group("document")
        return Attribution(name, guess_kind(name), document.group(0).strip())
    whose = _WHOSE_DOCUMENT.search(sentence)
    if whose is not None:
        # "It was the X Guild, whose annual return puts visits at 9 million": the document's
        # owner, named before it, gives its figures.
        owner = whose.group("owner")
        return Attribution(owner, guess_kind(owner), whose.group(0).strip())
    came_from = _FIGURE_CAME_FROM.match(sentence)
    if came_from is not None and (runs := _capitalised_runs(came_from.group("phrase"))):
        # "The figure of 40 came from the X Fire Department": the body the figure is said to
        # come from.
        return Attribution(runs[0], guess_kind(runs[0]), came_from.group(0).strip())
    the_figure = _THE_FIGURE_OPENS.match(sentence)
    made_public = _MADE_PUBLIC_BY.match(sentence, the_figure.end()) if the_figure else None
    if made_public is not None and (runs := _capitalised_runs(made_public.group("phrase"))):
        # "The figure was first published by the X Centre in a January report": whoever the
        # sentence says made the figure public, not the source that gave one before.
        return Attribution(runs[0], guess_kind(runs[0]), made_public.group(0).strip())
    if the_figure is not None and made_public is None:
        # "X counted 5,000 claims. The figure, compiled from 40 branches, is up 6 per
        # cent": the figure the source just gave, which it goes on to describe.
        since = _paragraph_before(article, at - len(sentence)) if article else 0
        given = [*context] or [found for found in earlier if found.at >= since]
        if given:
            return Attribution(given[-1].name, given[-1].kind, the_figure.group(0))
    share = _SHARE_OF_THEM_SAID.match(sentence)
    polled = [found for found in context if _POLL_WORDS.search(found.words)] if share else []
    if share and polled:
        # "A survey by X found ... One in four said they worked": the survey's respondents
        # answer it, and X reports what they said.
        return Attribution(polled[-1].name, polled[-1].kind, share.group(0))
    projected = _FIGURE_WOULD.search(sentence)
    latest = list(context)[-1:] if projected else []
    if projected and latest:
        # "X estimates 2,000 homes are at risk. Without more money, that figure would rise to
        # 5,000": the source of the figure goes on to say what would become of it.
        return Attribution(latest[0].name, latest[0].kind, projected.group(0))
    own_work = _bodys_own_work(sentence, article, at, [*earlier, *context])
    if own_work is not None and names_the_publisher(own_work.name, publisher):
        return None  # "according to the newspaper's own analysis", the newspaper the publisher
    return own_work


# An officer of a body, unnamed, whom the sentence gives as "its" or as the body's noun's
# ("X plans to sell 14 car parks, its finance chief said", "..., the council's spokesman said").
_UNNAMED_OFFICER = re.compile(
    r"(?:(?P<noun>[a-z]+)['’]s\s+)?(?:[a-z][\w-]*\s+){0,3}?(?P<role>[a-z]+)"
)


def _officer_of_the_subject(found: Attribution, sentence: str, article: str) -> Attribution | None:
    """The body the sentence opens with as its subject, where its claimant is an officer of
    that body the article does not name (`_UNNAMED_OFFICER`): the officer speaks for it."""
    officer = _UNNAMED_OFFICER.fullmatch(found.name)
    if officer is None or officer.group("role") not in _PERSON_ROLES | _SPOKES:
        return None
    noun = officer.group("noun")
    if noun is None and not re.search(rf"\b(?:its|their)\s+{re.escape(found.name)}\b", sentence):
        return None
    subject = _opening_name(sentence.lstrip(), article)
    if not subject:
        return None
    kind = guess_kind(subject, described_in=(article,))
    if (
        noun is not None
        and not re.search(rf"\b{re.escape(noun)}\b", subject, re.IGNORECASE)
        # "the firm's boss" after "Tamsley Foods will cut ...": a company by any name.
        and not (noun in _COMPANY_NOUNS and kind == EntityKind.COMPANY)
    ):
        return None
    return Attribution(subject, kind, found.words)


# A body's own document or people, named by the body's common noun, that give a sentence's
# figures where nothing else in it names a source (`_bodys_own_work`): "according to the
# hospice's annual review", "..., the port's annual figures show", "according to figures the
# club released", "council staff said", "A survey of 412 guild members found".
_BODYS_DOCUMENTS = (
    rf"(?:{_DATA_NOUNS}|{_DOCUMENTS}|review|decisions?|papers|minutes|website|filings|"
    # The body's people who gather or read its figures ("according to the group's collectors").
    r"researchers|analysts|economists|collectors|inspectors|auditors|actuaries)"
)
_BODYS_WORK = (
    re.compile(
        r"\baccording\s+to\s+the\s+(?P<noun>[a-z]+)['’]s\s+(?:own\s+)?(?:[a-z][\w-]*\s+){0,3}?"
        rf"{_BODYS_DOCUMENTS}\b"
    ),
    re.compile(
        r",\s+the\s+(?P<noun>[a-z]+)['’]s\s+(?:own\s+)?(?:[a-z][\w-]*\s+){0,3}?"
        rf"{_BODYS_DOCUMENTS}\s+(?:show|shows|showed|found|finds|suggest|suggests|suggested|"
        r"reveal|reveals|revealed|say|says|said)\b"
    ),
    re.compile(rf"\baccording\s+to{_DOCUMENT_THE_BODY_MADE.pattern}"),
    re.compile(
        r"(?:^|,\s+)(?:[Tt]he\s+)?(?P<noun>[a-z]+)\s+(?:staff|officials|officers)\s+"
        r"(?:said|say|says|told)\b"
    ),
    re.compile(
        rf"{_SURVEY_OF}(?:(?P<noun>[a-z]+)\s+members\b|members\s+of\s+(?:the\s+)?"
        rf"(?P<owner>{_CAPITAL}[\w’'&-]*(?:\s+(?:of\s+|and\s+)?{_CAPITAL}[\w’'&-]*)*))"
        rf"{_SURVEY_FINDS}"
    ),
)


def _named_with_noun(name: str, noun: str, article: str) -> bool:
    """Whether `name` has the common noun in it ("Port of Vellmund" for "port"), or the article
    describes it by the noun ("the regulator Ofmark", "Kolvik, the country's biggest bottler")."""
    escaped = re.escape(name)
    return bool(
        re.search(rf"\b{noun}\b", name, re.IGNORECASE)
        or re.search(
            rf"(?i:{noun})\s+(?:the\s+)?{escaped}\b"
            rf"|\b{escaped},\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,4}}?(?i:{noun})\b",
            article,
        )
    )


def _bodys_own_work(
    sentence: str, article: str, at: int, earlier: Sequence[Attribution]
) -> Attribution | None:
    """The body whose own document, staff or members' survey gives the sentence's figures
    (`_BODYS_WORK`): the body its common noun stands for as the article named it, else the
    body as the noun describes it ("the club"); None for no such words, or a noun that names
    no body."""
    for pattern in _BODYS_WORK:
        match = pattern.search(sentence)
        if match is None:
            continue
        words = match.group(0).strip(" ,")
        owner = match.groupdict().get("owner")
        if owner:
            owner = owner.removesuffix("’s").removesuffix("'s")
            return Attribution(owner, guess_kind(owner), words)
        noun = match.group("noun")
        if not _is_body_noun(noun, article):
            continue
        spoke = next(
            (found for found in reversed(earlier) if noun in found.name.lower().split()), None
        )
        if spoke is not None:
            # "..., the port authority said. / ..., the port's annual figures show": the body
            # of that noun that spoke before.
            return Attribution(spoke.name, spoke.kind, words)
        name = _stands_for(noun, article, max(0, at - len(sentence)), earlier)
        if not name[:1].isupper() or not _named_with_noun(name, noun, article):
            # A body "the regulator" may only guess at (the public body that spoke last) is not
            # given for the regulator's document: the regulator as the noun describes it is.
            name = f"the {noun}"
        return Attribution(name, guess_kind(name, described_in=(article,)), words)
    return None


# The words a police force's name calls it by.
_POLICE_FORCE = re.compile(r"\b(?:Police|Constabulary|Garda|Gendarmerie|Carabinieri)\b")


# A part of a body its common noun owns ("the ministry's surveillance unit", "the council's
# housing team"), which speaks for the body.
_A_BODYS_PART = re.compile(
    r"(?P<owner>[A-Za-z]+)['’]s\s+(?:[a-z][\w-]*\s+){0,3}(?:unit|team|division|branch|"
    r"department|office|directorate|programme|program|taskforce|arm|wing|secretariat|"
    r"laboratory|lab|desk|service)"
)


# The offices papers shorten to their letters once the holder is named ("Chief Minister Ada
# Moor announced ... / the CM said"), read as the office written out.
_ROLE_ABBREVIATIONS = {
    "cm": "chief minister",
    "dcm": "deputy chief minister",
    "pm": "prime minister",
    "dpm": "deputy prime minister",
}


# A country's central bank goes by many names ("the Federal Reserve", "the Reserve Bank of X",
# "the Bank of X", "the X Central Bank"), session 54: "the central bank" is the one the article
# named last.
_CENTRAL_BANK_NAME = re.compile(
    r"(?:[A-Z][\w.’'-]*\s+)*(?:Federal\s+Reserve|Reserve\s+Bank|Central\s+Bank)"
    r"(?:\s+of(?:\s+[A-Z][\w’'-]*)+)?|\bBank\s+of(?:\s+[A-Z][\w’'-]*)+"
)


def _bare_noun_named(
    found: Attribution, article: str, before: int, earlier: list[Attribution]
) -> Attribution:
    """A claimant read as a common noun alone ("Commission", "club", "minister", capitalised
    or not) is the body or the person the article named with that noun (`_stands_for`,
    `_role_holder`): a bare noun is no name, and intake gave it where the sentence's own
    words named the body only so ("..., the Commission said"). So is a part of it the noun
    owns ("the ministry's surveillance unit")."""
    owned = _A_BODYS_PART.fullmatch(found.name)
    if owned is not None and owned.group("owner").lower() in _STANDS_FOR_NAME:
        # A body's, not a person's: "the mayor's office" is no mayor.
        owner = _bare_noun_named(
            dataclasses.replace(found, name=owned.group("owner")), article, before, earlier
        )
        return owner if owner.name.lower() != owned.group("owner").lower() else found
    noun = found.name.lower()
    if noun == "central bank":
        banks = list(_CENTRAL_BANK_NAME.finditer(article, 0, before))
        if banks:
            name = re.sub(r"^(?:The|the)\s+", "", banks[-1].group(0))
            return Attribution(name, guess_kind(name, described_in=(article,)), found.words)
    if " " in noun:
        return found
    if noun in _STANDS_FOR_NAME:
        name = _stands_for(noun, article, before, earlier)
        # Only a name with the noun in it ("the Commission" for the X Spectrum Commission): a
        # body that merely spoke last may be another kind of body altogether.
        if name.lower() != noun and re.search(rf"\b{noun}\b", name, re.IGNORECASE):
            return Attribution(name, guess_kind(name, described_in=(article,)), found.words)
        # Failing a name, the body that spoke as the noun describes it ("The national statistics
        # bureau's data put ... / The bureau puts ...").
        described = _described_body(noun, earlier)
        if described is not None:
            return Attribution(described.name, described.kind, found.words)
    elif noun in _ROLE_NOUNS or noun in _ROLE_ABBREVIATIONS:
        holder = _role_holder(_ROLE_ABBREVIATIONS.get(noun, noun), article, earlier)
        if holder is not None:
            return Attribution(holder.name, holder.kind, found.words)
    elif noun == "police":
        # "..., police said" after the X Constabulary gave its figures: the force, whatever
        # word its name calls it by.
        force = next(
            (
                spoke
                for spoke in reversed(earlier)
                if spoke.kind != EntityKind.PERSON and _POLICE_FORCE.search(spoke.name)
            ),
            None,
        )
        if force is not None:
            return Attribution(force.name, force.kind, found.words)
    return found


# A relative clause set off by commas after a name ("X, which represents 4,000 tenants, said",
# "Ada Moor, chair of X, whose members ..., said"): an aside between a subject and its verb.
_RELATIVE_ASIDE = re.compile(
    r",\s+(?:which|who|whose)\s+(?:[^,;:“”\"]|(?<=\d),(?=\d)){3,160}?(?=,\s+[a-z])"
    # "Ada Moor, the finance minister, put losses at ...": a person's role set off after her
    # name, before her verb.
    rf"|(?<=[a-z]),\s+the\s+(?:[a-z][\w’'-]*\s+){{0,4}}?(?:{_PERSON_NOUNS})(?=,\s+[a-z])"
    # Or set off by dashes ("Ada Moor - the council's spokeswoman - said").
    rf"|(?<=[a-z] )[-–—]\s+(?:the|a|an)\s+(?:[a-z][\w’'-]*\s+){{0,4}}?(?:{_PERSON_NOUNS})"
    r"\s+[-–—](?=\s+[a-z])"
)


def _said_inside_an_aside(words: str, sentence: str) -> bool:
    """Whether the words that name a claimant open inside a relative clause of `sentence`
    ("city said" read from "..., which serves the city, said")."""
    first = words.split()[0] if words.split() else ""
    return bool(first) and any(
        re.search(rf"(?<![\w’'-]){re.escape(first)}(?![\w’'-])", aside.group(0))
        for aside in _RELATIVE_ASIDE.finditer(sentence)
    )


def _without_asides(sentence: str) -> str:
    """`sentence` less the relative clauses set off between a subject and its verb, so that the
    subject stands next to its verb ("X, which polls its members, puts" reads "X puts"). Inside
    a person's description ("Ada Moor, chair of X, which ..., said") the description's closing
    comma stays, for the description to read as one."""
    parts: list[str] = []
    cursor = 0
    for aside in _RELATIVE_ASIDE.finditer(sentence):
        before = sentence[cursor : aside.start()]
        last_comma = sentence.rfind(",", 0, aside.start())
        described = (
            last_comma >= 0
            and sentence[last_comma + 1 : aside.start()].strip()[:1].islower()
            and re.search(r"[A-Z][\w’'-]*$", sentence[:last_comma]) is not None
        )
        parts.append(before)
        cursor = aside.end() if described else aside.end() + 1
    parts.append(sentence[cursor:])
    return "".join(parts)


# The article's own work, whatever its publisher is called ("An analysis by this newspaper").
_OWN_VOICE = re.compile(
    r"\b(?:this|our)\s+(?:newspaper|paper|website|site|publication|outlet|magazine|newsroom|"
    r"programme|program|station|network|channel)\b",
    re.IGNORECASE,
)
# "Our analysis of the regulator's monthly reviews shows ...": the article's own work on
# someone's documents, whose owner supplied the material, not the finding.
_OUR_WORK_OF = re.compile(
    # The publisher may name itself ("A Courier count of the names listed on X found"): see
    # `names_the_publisher`.
    r"^\s*(?:Our|(?:An?|The)\s+(?P<own>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*?)(?:['’]s)?)\s+"
    r"(?:own\s+)?(?:[a-z]+\s+)?(?:analysis|calculations?|review|count|tally|"
    # "Our latest survey of 1,012 likely voters finds": the outlet's own poll.
    r"examination|reading|investigation|survey|poll|polling|study|audit)\s+of\s+"
    # A count's own comma ("of 1,012 likely voters") is no clause's.
    r"(?P<of>(?:[^,;:“”\"]|(?<=\d),(?=\d)){1,100}?)\s+"
    r"(?:shows?|showed|found|finds|suggests?|suggested|reveals?|revealed|indicates?|indicated)\b"
)
# Words a publisher's name shares with many others: alone, they name no one in particular.
_MASTHEAD_WORDS = frozenset(
    {"the", "news", "daily", "media", "press", "online", "group", "weekly", "sunday", "evening"}
)


def names_the_publisher(name: str, publisher: str) -> bool:
    """Whether `name` is the publisher's name or a run of its words ("Chronicle" or "Evening
    Chronicle" for the Dunmore Evening Chronicle: "a Chronicle analysis shows" is the article's
    own work); a lone word every masthead uses ("News", "Daily") is not enough."""
    words = re.sub(r"(?i)^the\s+", "", name).lower().split()
    masthead = re.sub(r"(?i)^the\s+", "", publisher).lower().split()
    if not words or not masthead or (len(words) == 1 and words[0] in _MASTHEAD_WORDS):
        return False
    return any(
        masthead[index : index + len(words)] == words
        for index in range(len(masthead) - len(words) + 1)
    )


def _first_of_two_people(name: str) -> str:
    """The first of two people who speak together ("Ada Moor and Ben Roe said" is Ada Moor's
    as much as Ben Roe's); a body whose name holds "and" keeps it ("Bank of Trade and Industry")."""
    first, joined, second = name.partition(" and ")
    if not joined or " and " in second:
        return name
    # "Ada Moor and Ben Roe of the Renters' Union": the body after them is theirs.
    second = re.split(r"\s+(?:of|at|from)\s+", second, maxsplit=1)[0]
    people = [_clean_name(part) for part in (first, second)]
    if len(people[0].split()) >= 2 and all(
        part[:1].isupper()
        and not _BODY_WORDS.search(part)
        and guess_kind(part, via_speech=True) == EntityKind.PERSON
        for part in people
    ):
        return people[0]
    return name


# "a filing with the X Stock Exchange", "a regulatory filing to the Y Commission": a document a
# company files with the market or the regulator that oversees it, who only receive it.
_FILED_WITH = re.compile(
    r"^\s*(?:a|an|the|its|their|this)\s+(?:[\w-]+\s+){0,2}?(?:filings?|returns?|"
    r"disclosures?|submissions?)\s+(?:with|to)\s+(?:the\s+)?[A-Z]"
)


def _filer(
    phrase: str, sentence: str, article: str, at: int, earlier: Iterable[Attribution]
) -> str:
    """The company that made the filing `phrase` names with an exchange or a regulator (the
    sentence's own subject, else the company the article is about), or "" when the phrase is
    no such filing or the article names no company."""
    if _FILED_WITH.match(phrase) is None:
        return ""
    subject = _opening_name(sentence, article)
    if subject and guess_kind(subject, described_in=(sentence, article)) == EntityKind.COMPANY:
        return subject
    name = _stands_for("company", article, at, earlier)
    if not name[:1].isupper() or name in phrase:
        return ""
    return name


def _named_with(described: str, text: str) -> str:
    """The one name `text` gives that ends in the words `described` ("County Council" names
    Harnwick County Council for "council"), or that opens with them before "of" or "for" (the
    Department of Early Years for "department"); "" when it gives none, or two."""
    words = [re.escape(word.capitalize()) for word in described.split()]
    ending = r"\s+".join(words)
    names = {
        runs[-1]
        for match in re.finditer(rf"(?:{_CAPITAL}[\w’'-]*[ \t]+)+{ending}\b", text)
        if (runs := _capitalised_runs(match.group(0)))
        and runs[-1].endswith(described.split()[-1].capitalize())
    } | {
        re.sub(r"['’]s$", "", match.group(0))
        for match in re.finditer(
            rf"(?<![\w’'-]){ending}[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
            rf"{_CAPITAL}[\w’'-]*(?:[ \t]+(?:(?:of|for|and|&)[ \t]+)?{_CAPITAL}[\w’'-]*)*",
            text,
        )
    }
    names = {re.sub(r"^(?:The|A|An)\s+", "", found) for found in names}
    return names.pop() if len(names) == 1 else ""


# People as a group a report gives figures for ("City staff estimate", "One audience member
# said"): described, not named, but someone speaking all the same.
_PEOPLE_NOUNS = frozenset(
    {
        "staff",
        "member",
        "members",
        "residents",
        "people",
        "voters",
        "workers",
        "employees",
        "researchers",
        "experts",
        "parents",
        "teachers",
        "nurses",
        "doctors",
        "patients",
        "students",
        "users",
        "customers",
        "consumers",
        "owners",
        "leaders",
        "volunteers",
        "farmers",
        "scientists",
        "campaigners",
        "authors",
        "investigators",
        "inspectors",
    }
)


def _names_who(noun: str) -> bool:
    """Whether a common noun, or its plural, names a body or people ("firms", "staff",
    "researchers"), who may speak though the words give no name."""
    single = noun.removesuffix("s")
    return (
        noun in _AGENT_NOUNS
        or noun in _PEOPLE_NOUNS
        or _is_body_noun(noun)
        or _is_body_noun(single)
        or _is_person_noun(noun)
        or _is_person_noun(single)
    )


def _is_person_noun(noun: str) -> bool:
    """Whether a common noun names a person ("analyst", "spokeswoman", "nurse"), not a body."""
    return (
        noun in _ROLE_NOUNS or noun in _SPOKES or _PERSON_NOUN_OR_PLURAL.fullmatch(noun) is not None
    )


# Where a body is or how it is held, in a compound adjective ("Drellham-based", "state-owned").
_LOCATED = r"(?:based|listed|headquartered|owned|registered|run|backed|funded)"
_LOCATED_COMPOUND = re.compile(rf"-{_LOCATED}$")
# A body's noun after where it is or how it is held ("the Drellham-based consultancy", "the
# Quellisby-listed miner", "the state-owned utility").
_LOCATED_BODY = re.compile(rf"(?:the\s+)?[\w’'-]+-{_LOCATED}\s+(?P<noun>[a-z]+)")


# A study's client after its maker (`_BY_SOURCE`'s "by"), and the maker's name right before the
# study's noun ("A Halsmoor Strategies survey ...").
_COMMISSIONED_BY_CLIENT = re.compile(r"\bcommissioned\s+by\s+$")
_MAKER_BEFORE = re.compile(r"\b[A-Z][\w’'&-]*\s+$")


def _the_noun_shortens(
    bare: re.Match[str] | None,
    article: str,
    at: int,
    known: Sequence[Attribution],
    described_in: tuple[str, ...],
) -> Attribution | None:
    """For a source given as "the" and its noun (`bare`, a match of `_THE_NOUN` or
    `_THE_NOUN_THEN_WHEN`: "according to the exchange", "recorded by the directorate in 2024"),
    the name the article gave before that ends in the noun ("the Norbury Wool Exchange", "the
    National Road Safety Directorate"), which the noun shortens; None for no such phrase, an
    agent noun ("the police") or a noun no name ends in."""
    if (
        bare is None
        or bare.group("noun") in _AGENT_NOUNS
        or not re.search(rf"[A-Z][\w’'-]*[ \t]+{bare.group('noun').capitalize()}\b", article)
    ):
        return None
    name = _stands_for(bare.group("noun"), article, at, known)
    if not name[:1].isupper():
        return None
    return Attribution(name, guess_kind(name, described_in=described_in), bare.group(0).strip())


def _find_attribution(
    sentence: str,
    context: Iterable[Attribution],
    *,
    article: str,
    at: int,
    earlier: Iterable[Attribution],
) -> Attribution | None:
    described_in = (sentence, article) if article else (sentence,)
    sentence = _without_title_stops(sentence, keep_saints=False)

    def pronoun_speaker(pronoun: str, words: str) -> Attribution | None:
        """Whom `pronoun` names in this paragraph or the one before, a person first, as the
        speaker of `words` ("He went on:", "She estimated", "in his view")."""
        meant = _pronoun_means(
            pronoun,
            context,
            earlier,
            article=article,
            since=_paragraph_before(article, at - len(sentence)),
            people_first=True,
        )
        return None if meant is None else Attribution(meant.name, meant.kind, words)

    def named(
        name: str, words: str, *, via_speech: bool, owned_by_subject: bool = False
    ) -> Attribution | None:
        if via_speech and _TITLE_ALONE.fullmatch(name):
            # "The Police Minister said" after "Police Minister Ada Moor ...": the person the
            # article introduced with that title.
            introduced = re.search(
                rf"\b{re.escape(name)}\s+(?P<person>{_CAPITAL}[\w’'-]+(?:[ \t]+{_CAPITAL}[\w’'-]+)"
                r"{1,2})",
                _without_title_stops(article[: max(0, at - len(sentence))], keep_saints=False),
            )
            if introduced is not None:
                return Attribution(introduced.group("person"), EntityKind.PERSON, words)
        words_of_name = name.split()
        role_of = _BODY_ROLE.fullmatch(name)
        if role_of is not None:
            # "The ETSC chairman added" after "The chairman of the X Commission (ETSC), Ada
            # Moor, said": the person the article gave that role at that body.
            # The sentences before that give the role at the body, whoever they made speak.
            given = [
                line
                for line in _SENTENCE_BREAK.split(
                    _without_title_stops(article[: max(0, at - len(sentence))])
                )
                if role_of.group("role").lower() in line.lower() and role_of.group("body") in line
            ]
            holder = next(
                (
                    found
                    for found in reversed([*earlier, *context])
                    if found.kind == EntityKind.PERSON
                    and any(re.search(rf"\b{re.escape(found.name)}\b", line) for line in given)
                ),
                None,
            )
            if holder is not None:
                return Attribution(holder.name, holder.kind, words)
        bare = re.fullmatch(r"(?:the\s+)?(?P<noun>[a-z]+)", name)
        if (
            bare is not None
            and _is_person_noun(bare.group("noun"))
            and bare.group("noun") not in _SPOKES  # the body a spokesperson speaks for, below
        ):
            # "the official said" after "A senior official at X, who asked not to be named,
            # told ...", "The executive said" after "the National Health Delivery Executive
            # said": the source the article gave with that noun, named or described.
            noun = bare.group("noun")
            same = next(
                (
                    found
                    for found in reversed([*earlier, *context])
                    if found.name != name and re.search(rf"\b{noun}\b", found.name, re.IGNORECASE)
                ),
                None,
            )
            if same is not None:
                return Attribution(same.name, same.kind, words)
        if (
            len(words_of_name) > 1
            and words_of_name[-1].lower() in _SPOKES
            and words_of_name[-2][:1].isupper()
        ):
            # "A Justice Ministry spokeswoman": the body speaks; "A Ministry spokesman" is the
            # ministry named before.
            runs = _capitalised_runs(" ".join(words_of_name[:-1]))
            if runs:
                body = re.sub(r"^(?:The|A|An)\s+", "", runs[-1])
                if " " not in body and body.lower() in _STANDS_FOR_NAME:
                    body = _stands_for(body.lower(), article, at, [*earlier, *context]) or body
                return Attribution(body, guess_kind(body, described_in=described_in), words)
        located = _LOCATED_BODY.fullmatch(name)
        if located is not None and not _is_person_noun(located.group("noun")):
            # "the Drellham-based consultancy said": where the body is says nothing of which
            # it is. The noun stands for a name the article gave the body with that noun, else
            # for the body that spoke last ("according to a tally kept by X").
            noun = located.group("noun")
            body = (
                _stands_for(noun, article, at, [*earlier, *context])
                if _is_body_noun(noun, article)
                else ""
            )
            if not body[:1].isupper():
                latest = _latest_body([*earlier, *context], article, noun=noun)
                body = latest.name if latest is not None else body
            if body[:1].isupper():
                return Attribution(body, guess_kind(body, described_in=described_in), words)
        titled = _TITLES.match(name) is not None
        original = name
        name = _without_opening_description(_clean_name(name), sentence, article)
        # A title kept past a description ("Economist Dr Ada Moor of X") titles the name too.
        titled = titled or _TITLES.match(name) is not None
        if _ADJECTIVE_TITLE.match(original) and " " not in name and original.endswith(name):
            # "Premier Rugby said", "General Foundries said": a title word that is also an
            # adjective, before one word the article never gives a given name, opens a body's
            # name ("Premier Ford" after "Premier Doug Ford" is his).
            known = any(
                found.name.endswith(f" {name}") and found.kind == EntityKind.PERSON
                for found in [*earlier, *context]
            )
            if not known and not _full_name(name, article, at):
                name = re.sub(r"^(?:The|A|An)\s+", "", original)
        if not name:
            return None
        if (
            name.lower() in _PERSON_ROLES
            and name[:1].isupper()
            and re.match(rf"[“\"‘]?{re.escape(name)}\s", sentence.lstrip()) is not None
        ):
            # "Researcher says the stolen set is bigger": a headline's role without its
            # article ("a researcher") names no one.
            return None
        if name.lower() in _SPOKES:
            # "The parks department has planted 900 trees, a spokesman said": for the body the
            # sentence opens with as its subject, named before by its noun.
            opening = _BODY_SUBJECT.match(sentence)
            subject_words = opening.group("words") if opening else ""
            subject = next(
                # "the parks department" is the Tolvey County Parks Department, not a Department
                # of Parks named since.
                (
                    found.name
                    for found in reversed([*earlier, *context])
                    if " " in subject_words and found.name.lower().endswith(f" {subject_words}")
                ),
                "",
            ) or (
                # Not merely the body that spoke last: "The hospital treated 87 patients, a
                # spokesman said" after a motoring group's figures is the hospital's.
                _stands_for(
                    subject_words.split()[-1],
                    article,
                    at,
                    [*earlier, *context],
                    spoken_last=False,
                )
                if subject_words
                else ""
            )
            if subject[:1].isupper():
                return Attribution(subject, guess_kind(subject, described_in=described_in), words)
            if subject_words:
                # A body the article names by its noun alone speaks as that noun ("hospital").
                return Attribution(
                    subject_words, guess_kind(subject_words, described_in=described_in), words
                )
            # "A spokesperson said": for the body the paragraph is about, or the one before.
            spoken_for = next(
                (a for a in reversed(list(context)) if a.kind != EntityKind.PERSON), None
            ) or _pronoun_means(
                "it", (), earlier, article=article, since=_paragraph_before(article, at)
            )
            if spoken_for is None and name.islower():
                spoken_for = _body_of_sentence_before(article, at)
            if spoken_for is not None:
                return Attribution(spoken_for.name, spoken_for.kind, words)
        if via_speech:
            name = _first_of_two_people(name)
        if not via_speech and _lone_opening_word(name, sentence, article):
            return None  # "Patient data for ...": an adjective, not a name
        if via_speech or titled:
            # "Ada Moor of the X Union said", "according to Professor Ada Moor of X": hers.
            name = _person_of_body(_TITLES.sub("", name), article) or name
        # "the mayor's own party" is described by its owner, not a body named before; so is
        # "the islands' statistics office", whose owner is plural.
        possessive = re.search(r"\w['’]s?\s", name) is not None
        if name.islower() and _is_body_noun(name.split()[-1], article) and not possessive:
            # "X lost £4m, according to the club's accounts": failing a body named before, the
            # owner of the figures is the name the sentence opens with, its subject.
            noun = name.split()[-1]
            subject = (
                _opening_name(sentence, article)
                if owned_by_subject and (noun in _SELF_REPORTING or noun.endswith("maker"))
                else ""
            )
            # The words after the subject, past the "The" it is written with ("The Halsmoor
            # Hawks will be ...", whose subject is read as "Halsmoor Hawks").
            stripped = sentence.lstrip(" “\"‘'")
            after_subject = stripped[stripped.find(subject) + len(subject) :].split()[:1]
            if subject and (
                guess_kind(subject, described_in=described_in) == EntityKind.PERSON
                or not after_subject
                or not re.fullmatch(
                    rf"{_AUXILIARIES}|{_SPEECH_VERBS}|[a-z]+(?<!s)|[a-z]+ss", after_subject[0]
                )
            ):
                # "Fares on X services will rise": a noun after the name, which is no subject.
                subject = ""
            business = _FIGURES_AT.match(sentence.lstrip(" “\"‘'"))
            if owned_by_subject and not subject and business and noun in _SELF_REPORTING:
                subject = business.group("name")  # "Revenue at X rose 5%, the company said"
            raised = _RAISED_IN_A_ROUND.match(sentence) if owned_by_subject else None
            if raised is not None and noun in _SELF_REPORTING:
                # "X raised $120 million in a round led by Y, the company said": the round's
                # figures are those of the company that raised it, not of its lead investor.
                name = re.sub(r"^(?:The|A|An)\s+", "", raised.group("name"))
            else:
                # "... in the Department of Corrections, where the prison population reached
                # 24,300, according to the department": a body the sentence itself names
                # before the noun is the one it means, whoever spoke before.
                said_here = sentence.find(words.split()[0]) if words.split() else -1
                stands_for = (
                    _latest_name_with(
                        _NAMED_AS.get(noun, re.escape(noun.capitalize())),
                        sentence[:said_here],
                    )
                    if said_here > 0
                    else ""
                ) or _stands_for(noun, article, at, [*earlier, *context], subject=subject)
                tiers = [word for word in name.split()[:-1] if word in _TIER_WORDS]
                portfolio_words = (
                    [word for word in name.split()[:-1] if word not in _TIER_WORDS | _STOP_BACK]
                    if noun in _PORTFOLIO_BODIES and _PORTFOLIO_PHRASE.fullmatch(name)
                    else []
                )
                if not all(
                    re.search(rf"\b{re.escape(word)}\b", stands_for, re.IGNORECASE)
                    for word in tiers
                ) or not all(
                    # "the statistics office" is no "National Crime Records Office": each word
                    # that describes the body, its stem at least, is in the name it shortens.
                    re.search(rf"\b{re.escape(word[:6])}", stands_for, re.IGNORECASE)
                    for word in portfolio_words
                ):
                    # "according to the city council": a body its words describe ("city") is
                    # no name without them ("Council of Visiting Scholars' Societies").
                    stands_for = ""
                if not (len(name.split()) >= 4 and noun not in stands_for.lower() and not subject):
                    # "according to the regional storm response committee": a body described
                    # in three words or more before its noun is named well enough as it is; it
                    # shortens no name without its noun (the body or minister that spoke last).
                    name = stands_for or name
        elif len(name.split()) == 1 and name[:1].isupper():
            # A surname after the full name ("Grant said" after "Oliver Grant").
            people = [f for f in reversed([*earlier, *context]) if f.kind == EntityKind.PERSON]
            name = (
                next((found.name for found in people if found.name.endswith(f" {name}")), "")
                # Where the family name is not last ("Mr Faizal" for Faizal Rahim-Ong, "Ms
                # Lim" for Grace Lim Shu Fen, as Singapore and Malaysia write them), the
                # honorific's person is the one whose full name holds the word, given in the
                # most words.
                or (
                    max(
                        (
                            found.name
                            for found in reversed([*earlier, *context])
                            if f" {name} " in f" {found.name} "
                            and (
                                found.kind == EntityKind.PERSON
                                # Four words are too many for `guess_kind` to read as a person's;
                                # an honorific before them says they are one.
                                or _TITLES.match(found.words) is not None
                            )
                        ),
                        key=lambda full: len(full.split()),
                        default="",
                    )
                    if titled
                    else ""
                )
                or (_full_name(name, article, at) if via_speech else "")
                or name
            )
        spokes_of = re.fullmatch(
            r"(?P<described>(?:[a-z]+\s+){0,2}(?P<noun>[a-z]+))\s+(?P<role>[a-z]+)", name
        )
        if (
            spokes_of
            and spokes_of.group("role") in _SPOKES
            and spokes_of.group("noun") in _STANDS_FOR_NAME
        ):
            # "A force spokesperson said", "a company spokesman": the role speaks for the body
            # its noun shortens, when that body has spoken before (a name the article only
            # mentions, "after eight years at X University", is no one's employer here).
            noun = spokes_of.group("noun")
            described = spokes_of.group("described")
            name_words = _NAMED_AS.get(noun, re.escape(noun.capitalize()))
            if described != noun:
                # "a transit authority spokesperson": the body named with all those words.
                name_words = r"\s+".join(re.escape(word) for word in described.split())
            name = next(
                (
                    found.name
                    for found in reversed([*earlier, *context])
                    if found.name[:1].isupper()
                    and found.kind != EntityKind.PERSON
                    and re.search(rf"\b(?:{name_words})\b", found.name, re.IGNORECASE)
                ),
                # Failing that, the one public body the article has named that way so far
                # ("X Transit Authority figures show ...", "its deal with X County Council"),
                # as a news report names the authority it covers before its spokesperson
                # speaks (a university or a firm only mentioned is no one's employer here); or
                # the body as described ("a health ministry spokeswoman" speaks for the
                # health ministry).
                (
                    (
                        _named_with(described, article[: max(0, at - len(sentence))])
                        # Else the one the page names later, as a box's source note does
                        # ("Source: X County Borough Council budget papers").
                        or _named_with(described, article)
                    )
                    if noun in _PUBLIC_BODIES
                    else ""
                )
                or (f"the {described}" if described != noun else name),
            )
        kind = guess_kind(name, via_speech=via_speech, described_in=described_in)
        return Attribution(name, kind, words)

    lead_in = _colon_lead_in(sentence, context, article=article, at=at, earlier=earlier)
    if lead_in is not None:
        return lead_in
    post = _POST_CLAIMS.match(sentence)
    if post is not None:
        name = f"the {post.group('noun')}"
        return Attribution(name, guess_kind(name), post.group(0).lstrip('“"‘'))
    authors = _authors_of_a_document(sentence, [*earlier, *context], article)
    if authors is not None:
        return authors
    filed = _ACCORDING_TO_ITS_FILING.match(sentence)
    if filed is not None:
        # "According to a securities filing on Monday, X has set aside $4.5 million": what a
        # body files states its own figures.
        found = named(filed.group("who"), filed.group(0), via_speech=False)
        if found is not None and is_claimant_name(found.name):
            return found
    told = _SHARE_TOLD.match(sentence)
    if told is not None:
        # "Some 17% of voters told X Research they ...": the share is the pollster's, whom
        # the respondents answered, as "X Research said." would name it.
        found = named(told.group("who"), told.group(0), via_speech=False)
        if found is not None and is_claimant_name(found.name):
            return found
    by_count = _BY_OWNERS_COUNT.search(sentence)
    if by_count:
        owner = by_count.group("owner")
        found = named(
            owner if owner[:1].isupper() else _owner(owner),
            by_count.group(0).strip(", "),
            via_speech=False,
        )
        if found is not None and found.name[:1].isupper():
            return found
    by_pronoun = _BY_PRONOUNS_COUNT.search(sentence)
    if by_pronoun:
        speaker = pronoun_speaker(
            _POSSESSIVE_PRONOUNS[by_pronoun.group("pronoun")], by_pronoun.group(0).strip(", ")
        )
        if speaker is not None:
            return speaker
    view = _VIEW_OF.search(sentence)
    if view and view.group("pronoun"):
        speaker = pronoun_speaker(
            _POSSESSIVE_PRONOUNS[view.group("pronoun").lower()], view.group(0).strip()
        )
        if speaker is not None:
            return speaker
    elif view:
        phrase = view.group("phrase") or view.group("owner")
        owned_by_person = _PERSONS_OWN_BODY.match(phrase)
        if owned_by_person is not None:
            # "analysts consulted by her office": the person's office works for her.
            speaker = pronoun_speaker(
                _POSSESSIVE_PRONOUNS[owned_by_person.group("pronoun").lower()],
                view.group(0).strip(),
            )
            if speaker is not None and speaker.kind == EntityKind.PERSON:
                return speaker
        the_noun = _the_noun_shortens(
            _THE_NOUN_THEN_WHEN.match(phrase), article, at, [*earlier, *context], described_in
        )
        if the_noun is not None:
            return Attribution(the_noun.name, the_noun.kind, view.group(0).strip())
        found = named(
            _from_phrase(phrase, after_by=True) or _owner(phrase) or phrase.strip(),
            view.group(0).strip(),
            via_speech=False,
        )
        if found is not None and is_claimant_name(found.name):
            return found
    owners = _OWNERS_DOCUMENT.match(sentence)
    for pattern in (_ACCORDING_TO, _BY_SOURCE):
        match = pattern.search(sentence)
        if (
            match
            and pattern is _BY_SOURCE
            and owners
            and sentence.startswith(",", owners.end())
            and match.end() <= sentence.find(",", owners.end() + 1)
        ):
            # "X's own calculation, using the bureau's data and the rates published by the
            # department, found ...": the aside names where the data came from; the finding
            # is the document's owner's.
            match = None
        if (
            match
            and pattern is _BY_SOURCE
            and _COMMISSIONED_BY_CLIENT.search(sentence, match.start(), match.start("phrase"))
            and _MAKER_BEFORE.search(sentence, 0, match.start())
        ):
            # "A Halsmoor Strategies survey of 512 voters, commissioned by the X campaign, has
            # ...": the survey's maker is named before it; the client ordered it, no more.
            match = None
        if match:
            phrase = match.group("phrase")
            if pattern is _ACCORDING_TO and _ANONYMOUS_SOURCE.fullmatch(phrase):
                return Attribution(phrase.strip(), EntityKind.PERSON, match.group(0).strip())
            explained = _ANONYMOUS_SOURCE_EXPLAINED.match(phrase)
            if pattern is _ACCORDING_TO and explained is not None:
                return Attribution(
                    explained.group(0).strip(), EntityKind.PERSON, match.group(0).strip()
                )
            if pattern is _ACCORDING_TO:
                # "according to Treasury figures tabled in Parliament": the body the figures
                # are put before is their audience, not their source.
                phrase = _PUT_BEFORE.split(phrase, maxsplit=1)[0]
            if pattern is _BY_SOURCE:
                # "Figures published by the directorate show that ... for the bank": the source
                # ends at the verb it is the subject of; what the figures say is none of it.
                phrase = _BY_SOURCE_ENDS.split(phrase, maxsplit=1)[0]
            named_after = _NAME_SET_OFF.match(sentence, match.end())
            if (
                named_after
                and not _SPOKES_WORDS.search(phrase)
                and (pattern is _ACCORDING_TO or not _capitalised_runs(phrase))
            ):
                # "According to the head teacher, Ruth Kemp, 96 per cent ...", "a report by the
                # council's director of finance, Ada Moor, said": the name given (a
                # spokesman's statement stays the body's).
                found = named(named_after.group("name"), match.group(0), via_speech=True)
                if found is not None and found.kind == EntityKind.PERSON:
                    return found
            compiled_after = (
                _SET_OFF_COMPILER.match(sentence, match.end()) if pattern is _ACCORDING_TO else None
            )
            if compiled_after is not None:
                # "According to the quarterly statistics, compiled by the X Unit, ...": the
                # body that put together what the sentence cites.
                found = named(compiled_after.group("name"), match.group(0), via_speech=False)
                if found is not None and found.name[:1].isupper():
                    return found
            person_owns = re.match(r"(?i)(?P<pronoun>his|her)\s", phrase) or re.fullmatch(
                # "according to him": the person as "his testimony" names her.
                r"(?i)\s*(?P<pronoun>him|her)\s*",
                phrase,
            )
            if pattern is _ACCORDING_TO and person_owns is not None:
                # "according to his testimony", "according to her calculations": the person the
                # pronoun names.
                speaker = pronoun_speaker(
                    _POSSESSIVE_PRONOUNS[person_owns.group("pronoun").lower()],
                    match.group(0).strip(),
                )
                if speaker is not None and speaker.kind == EntityKind.PERSON:
                    return speaker
            if pattern is _ACCORDING_TO and not re.match(r"(?i)(?:its|their)\b", phrase):
                # "according to a statement signed by its spokesman, X": the body "its" names,
                # which the rest of the sentence names as the one speaking.
                its_own = re.search(r"(?i)\b(?:by|from|of)\s+(?:its|their)\s+[\w\s-]*$", phrase)
                rest = sentence[: match.start()] + sentence[match.end() :]
                speaker = (
                    _find_attribution(rest, (), article=article, at=at, earlier=earlier)
                    if its_own
                    else None
                )
                if speaker is not None and speaker.kind != EntityKind.PERSON:
                    return speaker
            if pattern is _ACCORDING_TO and re.match(r"(?i)(?:its|their)\b", phrase):
                # "according to its annual report": the body the sentence is about, named as
                # its subject ("The company employs ...") or the latest body that spoke.
                subject = re.match(r"\s*The\s+(?P<noun>[a-z]+)\b", sentence)
                if subject and _is_body_noun(subject.group("noun"), article):
                    found = named(subject.group("noun"), match.group(0), via_speech=False)
                    if found is not None and found.name[:1].isupper():
                        return found
                # "Nationally, the disease control centre has recorded ...": a body the
                # sentence's subject names in lower case, by its words and its noun.
                lower = _LOWER_BODY_SUBJECT.match(sentence)
                if lower is not None and _is_body_noun(lower.group("noun"), article):
                    name = lower.group("body")
                    return Attribution(name, guess_kind(name), match.group(0).strip())
                # "TDE spent £74m on consultants, according to its annual report": the body
                # the sentence opens with, by name.
                opener = _opening_name(sentence, article)
                if opener and guess_kind(opener, described_in=described_in) != EntityKind.PERSON:
                    found = named(opener, match.group(0).strip(), via_speech=False)
                    if found is not None and found.name[:1].isupper():
                        return found
                bodies = [a for a in [*earlier, *context] if a.kind != EntityKind.PERSON]
                if bodies:
                    return bodies[-1]
            filer = _filer(phrase, sentence, article, at, [*earlier, *context])
            if pattern is _ACCORDING_TO and filer:
                # "according to a filing with the X Stock Exchange": the company that filed.
                kind = guess_kind(filer, described_in=described_in)
                return Attribution(filer, kind, match.group(0).strip())
            made_by = _DOCUMENT_THE_BODY_MADE.match(phrase)
            if pattern is _ACCORDING_TO and made_by is not None:
                # "according to a review the operator released on Monday", "figures the guild
                # obtained through a records request": the body that made or got the document
                # gives its figures.
                found = named(made_by.group("noun"), match.group(0).strip(), via_speech=False)
                if found is not None and found.name[:1].isupper():
                    return found
                opener = _opening_name(sentence, article)
                if opener and _is_body_noun(made_by.group("noun"), article):
                    # "X ran 71% of its sailings on time, according to a review the operator
                    # released": the body the sentence opens with, which the noun shortens.
                    kind = guess_kind(opener, described_in=described_in)
                    if kind != EntityKind.PERSON:
                        return Attribution(opener, kind, match.group(0).strip())
            document = re.fullmatch(
                # A capitalised word before the noun names whose it is ("according to the
                # Pellwick survey"), read as the study's name, not as the latest survey's.
                rf"\s*(?:the|this|that)\s+(?:(?:(?![A-Z])[\w’'-]+\s+){{0,2}}?(?P<noun>{_OWN_DOCUMENTS}|"
                # A list a body keeps and publishes ("according to the register") is its own.
                r"report|survey|study|review|audit|census|register|database|tracker)"
                # "The data" and "the latest figures" are those the article said a body
                # released (no owner named: "the Tidings' figures" are the paper's own).
                r"|(?:[a-z][\w-]*\s+){0,2}?(?P<data>data|figures|statistics))"
                # What it covers or when it came out ("the report for week 12", "the figures
                # published on Friday"); who issued it ("published by X") is read before.
                r"(?:\s+(?:for|on|in|dated|covering|published|released|issued)(?:\s+[\w-]+){1,4})?"
                r"\s*",
                phrase,
            )
            if pattern is _ACCORDING_TO and document:
                # "According to the bulletin": the body whose bulletin the article named.
                source = _document_source(
                    document.group("noun") or document.group("data"),
                    article,
                    at,
                    [*earlier, *context],
                )
                if source is not None:
                    return Attribution(source.name, source.kind, match.group(0).strip())
            if pattern is _ACCORDING_TO and _STANDING_DOCUMENT.fullmatch(phrase.strip()):
                # "according to the budget documents"
                return _standing_document(
                    phrase.strip(), match.group(0).strip(), article, at, [*earlier, *context]
                )
            bare = _THE_NOUN.fullmatch(phrase)
            # "according to the exchange" after "the Norbury Wool Exchange reported": the name
            # before that ends in the noun, which the noun shortens.
            the_noun = _the_noun_shortens(
                bare if pattern is _ACCORDING_TO else None,
                article,
                at,
                [*earlier, *context],
                described_in,
            )
            if the_noun is not None:
                return Attribution(the_noun.name, the_noun.kind, match.group(0).strip())
            # "according to data on the agency's website": the website's owner's data.
            owned = _OWNED_DATA.match(_ON_A_WEBSITE.sub("", phrase))
            if pattern is _ACCORDING_TO and owned and owned.group("owner").lower() in ("our", "my"):
                # "according to our analysis of population estimates and X data": the
                # publisher's own work, whoever's data it used.
                return None
            if owned and _capitalised_runs(phrase[owned.end() :]):
                # "according to the data company X": the data noun describes the firm named
                # after it, whose figures they are.
                owned = None
            if pattern is _ACCORDING_TO and owned and not re.search(r"\b(?:by|from)\b", phrase):
                owner = _owner(owned.group("owner"))
                if owner:
                    return named(
                        owner, match.group(0).strip(), via_speech=False, owned_by_subject=True
                    )
                role_owns = _ROLES_DOCUMENT.fullmatch(phrase.strip())
                if role_owns is not None and (
                    role_owns.group("role").lower() in _ROLE_NOUNS
                    or _TITLE_WORD.fullmatch(role_owns.group("role").capitalize())
                ):
                    # "according to the superintendent's figures": the person the article
                    # gave that role.
                    holder = _role_holder(
                        role_owns.group("role").lower(), article, [*earlier, *context]
                    )
                    if holder is not None:
                        return Attribution(holder.name, holder.kind, match.group(0).strip())
                if not _capitalised_runs(owned.group("owner")):
                    return None  # "according to official figures": the publisher's
            named_owner = _NAMED_OWNERS_TITLED_DOCUMENT.fullmatch(phrase.strip())
            if pattern is _ACCORDING_TO and named_owner is not None:
                # "according to the X Bureau's December Crop Report": the body whose document
                # the title names, not the title's words.
                found = named(named_owner.group("owner"), match.group(0).strip(), via_speech=False)
                if found is not None and found.kind != EntityKind.PERSON:
                    return found
            titled = _OWNERS_TITLED_DOCUMENT.fullmatch(phrase.strip())
            if pattern is _ACCORDING_TO and titled is not None and owned is None:
                # "according to the communications regulator's latest state of the ICT sector
                # report": a document's title may run on, capitals inside it ("ICT") naming no
                # one; the owner named before it issued it.
                owner = _owner(titled.group("owner"))
                if owner:
                    return named(
                        owner, match.group(0).strip(), via_speech=False, owned_by_subject=True
                    )
            found = named(
                _from_phrase(phrase, after_by=pattern is _BY_SOURCE)
                # "published by the directorate", "according to the consultancy" after "X, a
                # property consultancy": the body the noun shortens or the article described.
                or (
                    bare.group(0).strip()
                    if bare
                    and (
                        pattern is _BY_SOURCE
                        or (
                            bare.group("noun") not in _AGENT_NOUNS
                            and _is_body_noun(bare.group("noun"), article)
                        )
                    )
                    else ""
                ),
                match.group(0).strip(),
                via_speech=False,
            )
            if found is not None:
                return found
    pronoun_colon = _PRONOUN_COLON_QUOTE.match(sentence)
    if pronoun_colon:
        # "He went on: “...”", "She added: “...”": the person the pronoun names speaks.
        speaker = pronoun_speaker(
            pronoun_colon.group("pronoun"), pronoun_colon.group(0).rstrip('“"‘ ')
        )
        if speaker is not None:
            return speaker
    colon_speaker = _colon_speaker(sentence)
    if colon_speaker:
        found = named(
            colon_speaker, f"{colon_speaker}:", via_speech=colon_speaker.split()[-1][:1].isupper()
        )
        if found is not None and is_claimant_name(found.name):
            return found
    if owners:
        owner = owners.group("owner")
        runs = _capitalised_runs(owner)
        if owner in _STANDS_FOR_NAME or (runs and runs[0] == owner):
            found = named(owner, owners.group(0), via_speech=False)
            # "The club's accounts ... show": the club, by name when the article gives one.
            if found is not None and is_claimant_name(found.name):
                return found
        elif (
            owner.islower()
            and " " in owner
            and _is_body_noun(owner.split()[-1], article)
            # Words of a body's name: no article or pronoun inside ("your own department"), no
            # verb before it ("saying the company").
            and not set(owner.split()) & (_PRONOUNS | {"the", "a", "an", "own", "your", "our"})
            and not owner.split()[0].endswith("ing")
        ):
            # "The statistics office's most recent household survey found ...": a body the
            # article names in lower case, by its words and its noun.
            return Attribution(f"the {owner}", guess_kind(owner), owners.group(0))
    team = _TEAM_LED_BY.match(sentence)
    if team:
        # "A team led by Ada Moor, an epidemiologist at X, followed 14,820 people": the
        # study's leader speaks for what her team did and found.
        found = named(team.group("name"), team.group(0), via_speech=True)
        if found is not None and found.kind == EntityKind.PERSON:
            return found
    people_at = _PEOPLE_AT_BODY.match(sentence)
    if people_at and re.fullmatch(
        rf"{_SPEECH_VERBS}|{_REPORT_VERBS}|analysed|analyzed|estimate|calculate|found|find|"
        # Whom researchers studied is their account of their study ("Researchers at X followed
        # 4,812 adults"), as "The study followed ..." is.
        r"followed|monitored|recruited|enrolled",
        people_at.group("verb"),
    ):
        found = named(people_at.group("name"), people_at.group(0), via_speech=False)
        if found is not None and is_claimant_name(found.name):
            return found
    for shape in (_NAME_BEFORE_ASIDE, _DISPUTES_SAYING):
        opening = shape.match(sentence)
        if opening:
            found = named(opening.group("name"), opening.group(0), via_speech=False)
            if found is not None and is_claimant_name(found.name):
                return found
    noun_disputes = _NOUN_DISPUTES_SAYING.match(sentence)
    if noun_disputes:
        noun = noun_disputes.group("noun")
        before_now = [*earlier, *context]
        holder = _role_holder(noun, article, before_now) if noun in _ROLE_NOUNS else None
        if holder is not None:
            return Attribution(holder.name, holder.kind, noun_disputes.group(0))
        if noun not in _ROLE_NOUNS and _is_body_noun(noun, article):
            found = named(noun, noun_disputes.group(0), via_speech=False)
            if found is not None and found.name[:1].isupper():
                return found
    disputes_thing = _DISPUTES_THE_THING.match(sentence)
    if disputes_thing:
        phrase = disputes_thing.group("phrase")
        found = named(
            _from_phrase(phrase, after_by=True) or phrase,
            disputes_thing.group(0),
            via_speech=False,
        )
        if found is not None and is_claimant_name(found.name):
            return found
    on_topic = _BODY_ON_A_TOPIC.match(sentence)
    if on_topic is not None:
        # "The Tamsley Commission on pollution and health found that ...": a body named with
        # its remit in lower case speaks by its name's capitalised words.
        name = on_topic.group("name")
        return Attribution(name, guess_kind(name), on_topic.group(0))
    anonymous = _ANONYMOUS_SPEAKER.search(sentence)
    if anonymous is not None:
        who = anonymous.group("who")
        return Attribution(who[0].lower() + who[1:], EntityKind.PERSON, anonymous.group(0))
    unnamed = _UNNAMED_SOURCE.match(sentence)
    if unnamed and unnamed.group("role").lower() in _PERSON_ROLES | {"source", "official"}:
        # "A senior county official, who asked not to be named, said ...": an anonymous
        # source is the claimant as the article describes them, and "the official" after.
        who = f"{unnamed.group('det').lower()} {unnamed.group('who')}"
        return Attribution(who, EntityKind.PERSON, unnamed.group(0).strip())
    indefinite = _INDEFINITE_SPEAKER.match(sentence)
    if indefinite is not None:
        # As written: "One audience member", "a senior official in the agency".
        who = indefinite.group("who")
        return Attribution(who, EntityKind.PERSON, indefinite.group(0))
    aside = _NOUN_BEFORE_ASIDE.match(sentence)
    if aside and aside.group("noun") in _BODY_AND_ROLE_NOUNS:
        # "the commission, which oversees the vote, has revealed": the body named before, or
        # failing one the commission as the sentence names it.
        found = named(aside.group("noun"), aside.group(0), via_speech=False)
        if found is not None and is_claimant_name(found.name):
            return found
    study = _NAMED_STUDY.search(sentence)
    if study and _POSSESSED_BEFORE.search(sentence, 0, study.start("phrase")):
        # "the bureau has trimmed its Westmark forecast", "X said its Eastmere data showed": a
        # possessive owns the study; the capitalised words after it say what it covers.
        study = None
    reporting = _REPORTING_CLAUSE.search(sentence)
    if study and reporting and reporting.end() <= study.start():
        study = None  # the body's reporting clause comes first: the verbs below find it
    if study and re.search(r"\bciting\s+(?:the\s+)?\Z", sentence[: study.start()]):
        # "The airline said ..., citing X data": the data the speaker cites, not the speaker.
        study = None
    if study:
        runs = _capitalised_runs(study.group("phrase"))
        name = runs[-1] if runs else ""
        numbered = _NUMBERED_NAME.search(sentence, 0, study.start("phrase") + 1)
        if numbered and numbered.end() == study.start("phrase"):
            # "a 7 On Call analysis": an article before a numeral does not count it, so
            # the numeral opens the name (a station's segment), prepositions and all.
            name = f"{numbered.group('number')} {study.group('phrase')}"
        name = re.sub(r"^(?:A|An|The)\s+", "", name)
        if (
            name
            and not name.endswith(("’s", "'s"))
            and name.lower() not in _STOP_BACK
            # "Official figures show": an adjective capitalised to open the sentence.
            and name.lower() not in _NOT_OWNERS
            # "Shares fell 4% after the X report": the report is an event the figure followed,
            # not the figure's source.
            and not _EVENT_BEFORE.search(sentence, 0, study.start())
            # "The wider X index slipped 1.1%": an index that moves is what the figure
            # measures; only one that shows or finds something speaks ("the X index shows").
            and not (
                study.group(0).lower().endswith("index")
                and not re.match(
                    rf"\s+(?:also\s+)?(?:{_SPEECH_VERBS}|{_REPORT_VERBS})\b",
                    sentence[study.end() :],
                )
            )
        ):
            of_body = _person_of_body(name, article)
            # "Ada Moor of the X Agency estimates that ...": the person, of her body, as
            # "said" would make her; "estimates" is her verb, not a study's noun.
            found = (
                named(of_body, study.group(0), via_speech=True)
                if of_body
                else named(name, study.group(0), via_speech=False)
            )
            if found is not None:
                return found
    publishes = _PUBLISHES_REPORT.match(sentence)
    if publishes:
        body = publishes.group("body")
        runs = _capitalised_runs(body)
        if (runs and runs[0] == body) or body.lower() in _STANDS_FOR_NAME:
            found = named(body if runs else body.lower(), publishes.group(0), via_speech=False)
            if found is not None and found.name[:1].isupper():
                return found
    going_on = _SOURCE_GOES_ON.search(sentence)
    if going_on:
        noun = going_on.group("noun") or going_on.group("data") or ""
        source = None
        if going_on.group("pronoun") or going_on.group("its"):
            # "It stated ...": the body the paragraph is about, when it has named one.
            source = next(
                (
                    found
                    for found in reversed(list(context))
                    if found.kind != EntityKind.PERSON and found.name[:1].isupper()
                ),
                None,
            )
            source = source or _paragraph_subject(sentence, article, at)
            if source is None and going_on.group("pronoun"):
                # "The X Ministry said it had paid £4m. / It added that ...": a paragraph that
                # opens on "it" goes on with the body that spoke in the paragraph before, ahead
                # of a report named further back.
                source = _body_just_before(earlier, article, at - len(sentence))
        elif re.fullmatch(_DOCUMENTS, noun):
            source = _document_source(noun, article, at, [*earlier, *context])
        source = source or _source_going_on(noun, [*earlier, *context], article)
        if source is None and going_on.group("pronoun"):
            # "It noted ..." opening a paragraph: the body named last in the article.
            source = _latest_body([*earlier, *context], article)
        if source is not None:
            return Attribution(source.name, source.kind, going_on.group(0).strip(", "))
    members = _SURVEY_OF_MEMBERS.match(sentence)
    if members is not None and " by " not in members.group(0):
        # "A survey of 3,000 QNU members found ...": a body's survey of its own members, the
        # acronym's body as the article spelled it out.
        owner = members.group("owner")
        if _ACRONYM.match(owner):
            owner = _spelled_out(owner, article[: max(0, at - len(sentence))]) or owner
        return Attribution(owner, guess_kind(owner, described_in=described_in), members.group(0))
    of_those = _OF_THOSE_SURVEYED.match(sentence)
    if of_those:
        # "Of the ponds surveyed in June, 58 per cent held less water": the survey's own
        # result, from whoever the article said ran it.
        source = _source_going_on("survey", [*earlier, *context], article) or _source_going_on(
            "", [*earlier, *context], article
        )
        if source is None:
            # "Ada Moor said the society had polled its members. Of the 512 who
            # replied, ...": whoever in the paragraph told of the survey gives its results.
            since = article.rfind("\n", 0, max(0, at - len(sentence))) + 1
            source = next(
                (
                    found
                    for found in reversed(list(earlier))
                    if found.at >= since
                    and re.search(r"\b(?:survey|poll|question)\w*", _sentence_at(article, found.at))
                ),
                None,
            )
        if source is not None:
            return Attribution(source.name, source.kind, of_those.group(0))
    document_goes_on = _DOCUMENT_GOES_ON.match(sentence)
    latest = list(earlier)[-1:]
    if (
        document_goes_on
        and latest
        and _STANDING_DOCUMENT.fullmatch(latest[0].name)
        and latest[0].at >= _paragraph_before(article, at - len(sentence))
    ):
        # "The budget forecasts ... / It includes a £2bn fund ...": the document the sentence
        # before gave figures from, no further back than the paragraph before.
        return Attribution(latest[0].name, latest[0].kind, document_goes_on.group(0))
    another_shows = _ANOTHER_SHOWS.match(sentence)
    if another_shows:
        # "“...,” one slide read. Another showed intake dropping ...": another of the same
        # documents, whose source "it" would name.
        return _find_attribution(
            f"It {sentence[another_shows.end() :]}",
            context,
            article=article,
            at=at,
            earlier=earlier,
        )
    they_show = _THEY_SHOW.match(sentence)
    if they_show:
        # "They also show ..." after "The documents say ...": the documents, or figures, the
        # sentence before gave, whose source is the claimant there.
        meant = _pronoun_means(
            "they",
            context,
            earlier,
            article=article,
            since=_paragraph_before(article, at - len(sentence)),
            sentence=sentence,
            at=at,
        )
        if meant is not None and meant.kind != EntityKind.PERSON:
            return Attribution(meant.name, meant.kind, they_show.group(0))
    pronouns_body = _PRONOUNS_BODY.match(sentence)
    if pronouns_body and pronouns_body.group("noun") in _STANDS_FOR_NAME | {"team", "campaign"}:
        speaker = pronoun_speaker(
            "he" if pronouns_body.group("pronoun") == "His" else "she", pronouns_body.group(0)
        )
        if speaker is not None and speaker.kind == EntityKind.PERSON:
            return speaker
    definite = _definite_subject(sentence, context, article=article, at=at, earlier=earlier)
    if definite is not None:
        return definite
    goes_on = _PRONOUN_GOES_ON.match(sentence) or _PRONOUN_THEN_SAYING.match(sentence)
    if goes_on:
        speaker = pronoun_speaker(goes_on.group("pronoun"), goes_on.group(0))
        if speaker is not None:
            return speaker
    trailing_figures = _FIGURES_SHOW.search(sentence)
    if trailing_figures:
        given = _figures_given_by([*earlier, *context])
        if given is not None:
            return Attribution(given.name, given.kind, trailing_figures.group(0).strip(", "))
    obtained = _DATA_OBTAINED_BY.match(sentence)
    if obtained:
        # "Figures the union obtained through a records request show ...": the body that got
        # the figures gives them, by name when the article names the noun's body.
        owner = obtained.group("owner")
        noun = re.sub(r"^the\s+", "", owner)
        found = (
            named(noun, obtained.group(0), via_speech=False)
            if noun.islower() and _is_body_noun(noun, article)
            else named(owner, obtained.group(0), via_speech=False)
            if owner[:1].isupper()
            else None
        )
        if found is not None and is_claimant_name(found.name):
            return found

    def data_owner(phrase: str, words: str) -> Attribution | None:
        """The owner of the data a phrase names ("the club's latest accounts", "X Police")."""
        owner = _owner(phrase)
        owned_by = re.fullmatch(
            r"(?:[Tt]he\s+)?(?P<noun>[a-z]+)['’]s(?:\s+[a-z]+(?:-[a-z]+)?){0,2}", phrase
        )

        def body_it_stands_for(noun: str) -> Attribution | None:
            # The body the noun stands for, the sentence's subject when the article names no
            # other; a name, never the noun itself.
            found = named(noun, words, via_speech=False, owned_by_subject=True)
            return found if found is not None and found.name[:1].isupper() else None

        if not owner and owned_by and _is_body_noun(owned_by.group("noun")):
            # "X lost £4m, the club's latest accounts show".
            found = body_it_stands_for(owned_by.group("noun"))
            if found is not None:
                return found
        noun = owner or phrase.strip()
        if (
            noun.islower()
            and noun.isalpha()
            and noun not in _NOT_OWNERS
            and noun not in ("the", "a", "an", "its", "their", "our", "these", "those")
            and _is_body_noun(noun, article)
        ):
            # "Sales at X rose 12%, company figures show", "... on the X Exchange, exchange
            # data show", as "the company's figures" is.
            found = body_it_stands_for(noun)
            if found is not None:
                return found
        return named(owner, words, via_speech=False) if owner else None

    shown = _DATA_SHOW.search(sentence)
    if shown:
        phrase = shown.group("phrase")
        if shown.group("what") and (
            len(phrase.split()) < 2 or re.fullmatch(r"(?:[Tt]he\s+)?[a-z]+['’]s", phrase)
        ):
            # "new police figures reveal", "State employment data show", "the club's latest
            # accounts show": one word, or a noun's possessive, with a word between it and the
            # data names them with that word, as it is read without one.
            phrase = f"{phrase} {shown.group('what')}"
        found = data_owner(phrase, shown.group(0).strip(", "))
        if found is not None:
            return found
    framed = _OWNED_FIGURE.match(sentence)
    # "The board's own estimate is about a quarter, she noted": the speaker named is the source.
    if framed and not _SPEAKER_SET_OFF.search(sentence, framed.end()):
        found = data_owner(framed.group("phrase"), framed.group(0))
        # A name, not a person's role ("The judge's figure of 20%").
        if found is not None and found.name[:1].isupper():
            return found
    counted = _RECORDED.match(sentence)
    if counted and counted.group("counter").split()[-1].lower() not in _PLACES_THAT_COUNT:
        counter = counted.group("counter")
        counter_words = counter.split()
        runs = _capitalised_runs(counter)
        whole_name = bool(runs) and runs[0] == counter and len(counter_words) > 1
        placed = re.match(r"(?:\S+\s+){0,3}?(?P<noun>\S+)\s+(?:in|of|at|for)\s+[A-Z]", counter)
        if placed and placed.group("noun").lower() in _AGENT_NOUNS:
            # "Police in Harlow Vale recorded ...", "The state health department in Kelvasi has
            # recorded ...": the police or the department there.
            whole_name = True
        # One capitalised word that counts is a body only when it is one ("Police", never
        # "Temperatures"), or shortens the name of a body that has spoken ("X counted 418
        # ..." after "X Property Analytics found").
        shortened = next(
            (
                found.name
                for found in reversed([*earlier, *context])
                if len(counter_words) == 1
                and found.kind != EntityKind.PERSON
                and found.name.startswith(f"{counter} ")
            ),
            "",
        )
        if shortened:
            return Attribution(
                shortened, guess_kind(shortened, described_in=described_in), counted.group(0)
            )
        # An acronym that counts is a body's short form ("The NWQA recorded ...").
        acronym = len(counter_words) == 1 and _ACRONYM.match(counter) is not None
        if whole_name or acronym or counter_words[-1].lower() in _AGENT_NOUNS:
            found = named(counter, counted.group(0), via_speech=False)
            if found is not None:
                return found
    one_word = _ONE_WORD_NAME_DESCRIBED.match(sentence)
    if one_word and one_word.group("name").lower() not in (
        _SENTENCE_ADVERBS | _NOT_NAMES | _NOT_GIVEN_NAMES
    ):
        found = named(one_word.group("name"), one_word.group(0), via_speech=False)
        if found is not None and is_claimant_name(found.name):
            return found
    role_named = _ROLE_NAME_APPOSITIVE.match(sentence)
    if role_named and role_named.group("role") in _PERSON_ROLES | _ROLE_NOUNS:
        # "Faculty Senate chair Dr. Ada Moor, one of several speakers, said ...": the person
        # her body's role names, past the description set off after her.
        found = named(role_named.group("name"), role_named.group(0).strip(), via_speech=True)
        if found is not None and found.kind == EntityKind.PERSON:
            return found
    before_appositive = _NAME_BEFORE_APPOSITIVE.search(sentence)
    if before_appositive:
        found = named(
            before_appositive.group("name"), before_appositive.group(0).strip(), via_speech=True
        )
        if found is not None:
            return found
    person_of_body = _APPOSITIVE_PERSON_OF_BODY.search(sentence)
    if person_of_body:
        found = named(
            person_of_body.group("name"), person_of_body.group(0).strip(", "), via_speech=True
        )
        if found is not None and found.kind == EntityKind.PERSON:
            return found
    appositive = _APPOSITIVE_SPEAKER.search(sentence)
    if appositive:
        runs = _capitalised_runs(appositive.group("name"))
        # A title's stop is no break in the name ("..., Dr. Ada Lin Moor, said"): the runs are
        # read without it, so the name is compared without it.
        untitled = " ".join(
            _without_title_stops(appositive.group("name"), keep_saints=False).split()
        )
        if runs and runs[-1] == untitled:
            found = named(runs[-1], appositive.group(0).strip(", "), via_speech=True)
            if found is not None:
                return found
    described = _SAID_DESCRIBED.search(sentence)
    if described:
        found = named(described.group("name"), described.group(0), via_speech=True)
        if found is not None:
            return found
    role_said = _SAID_ROLE_NAME.search(sentence)
    if role_said and not _NO_ROLE_SAID.fullmatch(role_said.group("role")):
        found = named(role_said.group("name"), role_said.group(0).strip(), via_speech=True)
        if found is not None:
            return found
    said = _SAID_BY.search(sentence)
    if said:
        runs = _capitalised_runs(said.group("phrase"))
        phrase = said.group("phrase")
        opens_clause = (
            phrase.startswith(runs[0]) and _CLAUSE_VERB_AFTER.match(phrase[len(runs[0]) :])
            if runs
            else False
        )
        named_after = _NAME_SET_OFF.match(sentence, said.end())
        if (
            named_after
            and len(runs) == 1
            and re.fullmatch(r"[A-Z][\w-]*['’]s?(?:\s+[a-z][\w-]*){1,3}", phrase.strip())
        ):
            # "said Harbour United's head coach, Ada Moor": the owner's role, then the person in it.
            return named(named_after.group("name"), said.group(0).strip(), via_speech=True)
        if runs and phrase.startswith(runs[0].split()[0]) and not opens_clause:
            return named(runs[0], said.group(0).strip(), via_speech=True)
    said_the = _SAID_THE.search(sentence) or _SAID_A_SPOKESPERSON_FOR.search(sentence)
    found_the = said_the and named(
        said_the.group("name"), said_the.group(0).strip(), via_speech=False
    )
    if found_the:
        return found_the
    said_noun = _SAID_THE_NOUN.search(sentence)
    if said_noun and said_noun.group("noun") in _BODY_AND_ROLE_NOUNS:
        # "..., says the agency.", "..., said the minister.": read as "..., the agency says.",
        # whom the noun names there.
        upright = f", the {said_noun.group('noun')} {said_noun.group('verb')}"
        found = _find_attribution(
            sentence[: said_noun.start()] + upright + sentence[said_noun.end() :],
            context,
            article=article,
            at=at,
            earlier=earlier,
        )
        if found is not None:
            return found
    disputed = _DISPUTED_BY.search(sentence)
    if disputed and sentence.lstrip().startswith(("a ", "an ", "the ")):
        # Only a clause that opens with the disputed figure is the disputing body's; a sentence
        # that goes on to a dispute is its speaker's.
        found = named(
            _from_phrase(disputed.group("phrase"), after_by=True),
            disputed.group(0).strip(),
            via_speech=False,
        )
        if found is not None:
            return found
    verbs = list(_VERB.finditer(sentence))
    trailing_speaker = _TRAILING_SPEAKER.search(sentence)
    if trailing_speaker:
        # "The group expects $8bn, she wrote": the speaker the sentence ends with comes first.
        verbs.sort(key=lambda verb: verb.start() < trailing_speaker.start())
    for verb in verbs:
        if _PLURAL_NOUN_BEFORE.fullmatch(sentence, 0, verb.end()) and _AUXILIARY_AFTER.match(
            sentence, verb.end()
        ):
            continue  # "Early estimates have put the rise at 12%": a plural noun, no verb
        by_agent = re.match(r"\s+by\s+(?P<phrase>[^,;.—–()]+)", sentence[verb.end() :])
        if by_agent:
            owned_by_person = _PERSONS_OWN_BODY.match(by_agent.group("phrase"))
            if owned_by_person is not None:
                # "a shortfall estimated by her office": the body a person's pronoun owns works
                # for that person, as "Her office said" speaks for her.
                speaker = pronoun_speaker(
                    _POSSESSIVE_PRONOUNS[owned_by_person.group("pronoun").lower()],
                    f"{verb['verb']}{by_agent.group(0)}",
                )
                if speaker is not None and speaker.kind == EntityKind.PERSON:
                    return speaker
            the_noun = _the_noun_shortens(
                _THE_NOUN_THEN_WHEN.match(by_agent.group("phrase")),
                article,
                at,
                [*earlier, *context],
                described_in,
            )
            if the_noun is not None:
                return Attribution(
                    the_noun.name, the_noun.kind, f"{verb['verb']}{by_agent.group(0)}"
                )
            # "Two deaths confirmed by police": a passive names its speaker after "by", and
            # the words before the verb are what was said, no one who said it.
            found = named(
                _from_phrase(by_agent.group("phrase"), after_by=True),
                f"{verb['verb']}{by_agent.group(0)}",
                via_speech=False,
            )
            if found is not None and is_claimant_name(found.name):
                return found
            continue
        # An aside in brackets after a name ("Ada Moor (Civic, Harlow East) asked") is none of
        # the name: the speaker is before it.
        before = _BRACKETED.sub("", sentence[: verb.start()]).split()
        if before and before[-1].lower() in _BE_FORMS:
            continue  # "will be added", "was found": a passive names no speaker before it
        if (
            before
            and (
                before[-1].lower() in ("own", "a", "an", "the", "its", "their", "his", "her")
                or (
                    before[-1].endswith(("'s", "’s"))
                    # "Moody's said", "Sainsbury's expects": a verb no noun is spelled as, after a
                    # name spelled with an owner's mark (session 55).
                    and not (
                        len(before) == 1
                        and before[0][:1].isupper()
                        and verb["verb"] in _ONLY_VERBS_AFTER_AN_OWNER
                    )
                )
            )
        ):
            continue  # "the Board's own estimate is ...": a noun after its owner, no verb
        if before and before[-1] == "and":
            # "The agency's chief, Ada Moor, described the offer as fair and said it would cost
            # £2m": the person introduced as the subject of the first verb says the second.
            head = sentence[: verb.start()]
            subject = _ROLE_THEN_PERSON.search(head)
            if subject is not None and _FIRST_VERB.match(head, subject.end()):
                found = named(
                    subject.group("name"), f"{subject.group(0)} {verb['verb']}", via_speech=True
                )
                if found is not None:
                    return found
        # "Kestomar had initially said": past the auxiliaries and adverbs to a named subject.
        between = 0
        while len(before) > 1 and _BETWEEN_SUBJECT_AND_VERB.fullmatch(before[-1]):
            before.pop()
            between += 1
        if (
            len(before) > 1
            and before[-1].endswith(",")
            and before[-1][:-1].lower() in _SENTENCE_ADVERBS
            and before[-2].endswith(",")
            and before[-2][:1].isupper()
        ):
            # "Tolvane, however, said": an adverb set off by commas between a name and its verb.
            before = [*before[:-2], before[-2][:-1]]
            between += 1
        elif (
            len(before) > 1
            and re.fullmatch(r"\d{1,3},?", before[-1])
            and before[-2].endswith(",")
            and before[-2][:1].isupper()
        ):
            # "Ada Moor, 64, said": a person's age set off by commas after her name (its second
            # comma gone with an aside after it: "Ada Moor, 64, who ..., said").
            before = [*before[:-2], before[-2][:-1]]
            between += 1
        trailing_document = re.search(
            rf"(?:^|,[”\"’]?\s+)(?P<document>the\s+(?:{_STANDING_DOCUMENTS}))$", " ".join(before)
        )
        if trailing_document and re.fullmatch(r"says?|said|shows?|showed", verb["verb"]):
            # "..., the budget says."
            name = trailing_document.group("document")
            return _standing_document(
                name, f"{name} {verb['verb']}", article, at, [*earlier, *context]
            )
        described = _DESCRIBED_PERSON.search(" ".join(before[-4:]))
        since = _paragraph_before(article, at - len(sentence))
        person = next(
            (
                found
                for found in reversed([*earlier, *context])
                if found.kind == EntityKind.PERSON
                # Named there, or the claimant of a sentence there.
                and (found.at >= since or found.name in article[since : at - len(sentence)])
            ),
            None,
        )
        if described is not None and person is not None:
            # "The retired nurse said", "the 42-year-old told": the person named in this
            # paragraph or the one before, described as the report goes on.
            return Attribution(
                person.name, person.kind, f"{described.group(0).strip()} {verb['verb']}"
            )
        collected: list[str] = []
        window = list(reversed(before[-9:]))
        for position, raw in enumerate(window):
            token = raw.strip('“”"()[]').lstrip("'‘")
            if raw.endswith((",", ";", ":", "”", '"')) and collected:
                break
            if (
                raw.rstrip('”"’').endswith((".", "!", "?"))
                and len(token.rstrip(".!?")) > 2
                and not _DOTTED_ABBREVIATION.fullmatch(raw)
            ):
                break  # the end of a sentence inside a quotation: its subject is not before
            if (
                raw == "and"
                and collected
                and collected[-1] in _STANDS_FOR_NAME
                and all(word.islower() for word in collected)
                and window[position + 1 : position + 3][-1:] == ["the"]
                and window[position + 1].isalpha()
                and window[position + 1].islower()
            ):
                # "the energy and climate ministry said": a body named by two nouns before its
                # own, between "the" and the noun.
                collected.insert(0, token)
                continue
            if (
                token.lower() in _CONNECTORS
                and collected
                and (collected[0][:1].isupper() or collected[0] == "the")
                and position + 1 < len(before[-9:])
                and (
                    window[position + 1][:1].isupper()
                    # "Secretary of the Treasury Ada Moor said": "the" after "of" joins too.
                    or (token.lower() == "the" and window[position + 1].lower() in ("of", "for"))
                )
            ):
                collected.insert(0, token)  # "the Bureau of Justice Statistics says"
                continue
            if not collected and raw.startswith("(") and raw.endswith(")"):
                continue  # "the Council of ... (ICAR) stated": the acronym is an aside
            people = window[position + 1].strip("“”\"‘'") if position + 1 < len(window) else ""
            if (
                raw == "in"
                and collected
                and collected[0][:1].isupper()
                and people.lower() in _PEOPLE_IN_A_PLACE
                and re.fullmatch(
                    r"says?|said|told|tells|warned|warns|believe[sd]?|"
                    # What they count where they are ("Health authorities in X have
                    # confirmed 212 cases", "Doctors in Y reported 40 deaths").
                    r"confirm(?:s|ed)?|report(?:s|ed)?|record(?:s|ed)?|estimate[sd]?",
                    verb["verb"],
                )
            ):
                # "Diplomats in X said": people where they are, who speak for themselves;
                # the place after "in" is no one who speaks. Words that open the sentence
                # before them describe them ("Health officials in X province said").
                describing = window[position + 2 :]
                if (
                    len(before) == len(window)
                    and len(describing) <= 2
                    and all(word.isalpha() for word in describing)
                    and not {word.lower() for word in describing} & _STOP_BACK
                ):
                    people = " ".join([*reversed(describing), people])
                name = f"{people} in {' '.join(collected)}"
                # A place's authorities are its government; the others speak as people.
                kind = (
                    EntityKind.GOVERNMENT if people.endswith("authorities") else EntityKind.PERSON
                )
                return Attribution(name, kind, f"{name} {verb['verb']}")
            named_before = (
                _NAME_BEFORE_IN.search(" ".join(reversed(window[position + 1 :])))
                if raw == "in" and collected
                else None
            )
            if (
                named_before is not None
                and all(word[:1].isupper() for word in collected)
                # A month or a day after "in" says when, not where ("Police in March said").
                and collected[0].lower() not in _NOT_NAMES
            ):
                # "Police in Kelvasi said", "The Red Cross in Gaza said": who stands before "in"
                # speaks, never the place. A body speaks as its branch there; a name that may
                # be a person's ("Ada Moor in Kelvasi") is given alone.
                who = named_before.group("name")
                place = " ".join(collected)
                words = f"{who} in {place} {verb['verb']}"
                if (
                    guess_kind(who, via_speech=True) != EntityKind.PERSON
                    or _BODY_WORDS.search(who)
                    or who.lower() in _AGENT_NOUNS
                    or who.isupper()
                ):
                    name = f"{who} in {place}"
                    return Attribution(name, guess_kind(who), words)
                return named(who, words, via_speech=True)
            if (
                token.lower() in _OPENS_A_MODIFIER
                and token[:1].isupper()
                and collected
                and collected[0][:1].isupper()
            ):
                # "Medics Without Walls said": capitalised before a name's word, the
                # preposition is one of them.
                collected.insert(0, token)
                continue
            if token.lower() in _OPENS_A_MODIFIER:
                # "The NMD, citing district reports, has put ...", "Including people found in
                # lorries, the department recorded ...": the words are inside a participle's
                # or a preposition's phrase, which holds no subject of the sentence.
                collected = []
                break
            if (
                collected
                and _YEAR_OF_A_DOCUMENT.fullmatch(token)
                and _DOCUMENT_NOUNS.fullmatch(collected[-1]) is not None
            ):
                # "..., the board's 2023-24 report says": the year a document covers is one of
                # its words, as "annual" is, not a figure that ends its owner's name.
                collected.insert(0, token)
                continue
            if (
                not token
                # A body's short name in capitals is no pronoun ("a WHO official said").
                or (token.lower() in _STOP_BACK and not (token.isupper() and len(token) > 1))
                or token[0].isdigit()
                # "against the 41 cents analysts expected": a figure's unit ends the subject.
                or token.lower() in _UNITS_AFTER_A_NUMBER
            ):
                break
            collected.insert(0, token.rstrip(",;:"))
            if raw.endswith((",", ";", ":")):
                break
        if not collected and before and before[-1] in ("and", "but"):
            # "Ada Moor termed the numbers alarming and said ...": one subject, two verbs.
            subject_name = _clean_name(_opening_name(sentence, article))
            if subject_name and guess_kind(subject_name, via_speech=True) == EntityKind.PERSON:
                return named(subject_name, f"{subject_name} ... {verb['verb']}", via_speech=True)
        if (
            not collected
            or (
                between
                and not collected[-1][:1].isupper()
                and collected[-1].lower() not in _SPOKES | _STANDS_FOR_NAME
                # "..., the government's independent climate advisers have said": a definite
                # description of those who speak is a subject whatever stands before its verb.
                and not (
                    collected[-1].lower() in _AGENT_NOUNS
                    and (
                        window[len(collected) : len(collected) + 1] in (["the"], ["The"])
                        # "Provincial health authorities have confirmed 212 cases": those who
                        # speak, described, opening the sentence as its subject.
                        or (len(window) == len(collected) and collected[0][:1].isupper())
                    )
                )
            )
        ):
            continue
        owner_word = window[len(collected) : len(collected) + 1]
        if (
            owner_word in (["His"], ["Her"], ["his"], ["her"])
            and len(collected) == 1
            and (_DOCUMENT_NOUNS.fullmatch(collected[0]) or _is_body_noun(collected[0]))
        ):
            # "His report said ...", "her office estimated": a person's document or office
            # speaks for the person the pronoun names.
            speaker = pronoun_speaker(
                _POSSESSIVE_PRONOUNS[owner_word[0].lower()],
                f"{owner_word[0]} {collected[0]} {verb['verb']}",
            )
            if speaker is not None and speaker.kind == EntityKind.PERSON:
                return speaker
        if collected[-1].lower() in _ROLE_NOUNS and window[len(collected) : len(collected) + 1] == [
            "the"
        ]:
            holder = _role_holder(collected[-1].lower(), article, [*earlier, *context])
            if holder is not None:  # "..., the minister said": the person given that role
                return Attribution(
                    holder.name, holder.kind, f"{' '.join(collected)} {verb['verb']}"
                )
        if "what" in (collected[0].lower(), *window[len(collected) : len(collected) + 1]):
            # "about 17% of what X reported": what X said is the thing measured, and the
            # sentence measuring it is not X's.
            continue
        if window[len(collected) : len(collected) + 1] in (["our"], ["Our"], ["my"], ["My"]):
            # "Our association surveyed its members": the body of whoever says "our", the
            # speaker of the quotation or the transcript's turn (the publisher, in its own voice).
            continue
        if (
            len(collected) == 1
            # "Moor conceded" after "Ada Moor": a surname, capitalised, is no common noun
            # shortening a name.
            and (collected[0].islower() or collected[0].lower() in _STANDS_FOR_NAME)
            and _is_body_noun(collected[0].lower(), article)
        ):
            # "X will cut 1,800 jobs, the carmaker said": a reporting clause after the
            # sentence's subject names that subject.
            trailing = window[1:2] == ["the"] and len(window) > 2 and window[2].endswith(",")
            found = named(
                collected[0].lower(),
                f"{collected[0]} {verb['verb']}",
                via_speech=False,
                owned_by_subject=trailing,
            )
            if found is not None and (
                found.name[:1].isupper()
                # "..., the company added" after "..., the water company said": the body the
                # article described, and so credited, before.
                or (
                    found.name != collected[0].lower()
                    and _credited_as(found.name, [*earlier, *context])
                )
            ):
                return found
        own_subject = (
            re.search(r"(?:^|,\s+)[Tt]he\s+(?P<noun>[a-z]+)\s", sentence[: verb.start()])
            if len(collected) == 1 and collected[0].lower() in ("it", "they")
            else None
        )
        if own_subject and _is_body_noun(own_subject.group("noun"), article):
            # "To cut costs, the company will close two plants, it said": the pronoun's
            # antecedent is the body the sentence itself has as subject.
            found = named(
                own_subject.group("noun"), f"{collected[0]} {verb['verb']}", via_speech=False
            )
            if found is not None and found.name[:1].isupper():
                return found
        own_name = (
            _opening_name(sentence, article)
            if collected == ["it"] and _WHICH_IT_BEFORE.search(sentence, 0, verb.start())
            else ""
        )
        if (
            own_name
            # The name is the subject: its verb follows it ("... Committee wants").
            and _VERB_AFTER_SUBJECT.match(sentence, sentence.find(own_name) + len(own_name))
            and guess_kind(own_name, described_in=described_in) != EntityKind.PERSON
        ):
            # "The Kelvasi Harbour Committee wants a €12 fee, which it says would raise €3m":
            # "it" is the body the sentence opens on, named as "the committee" would be above.
            found = named(own_name, f"it {verb['verb']}", via_speech=False)
            if found is not None:
                return found
        if len(collected) == 1 and (
            collected[0].lower() in _PRONOUNS or collected[0].lower() in _GENERIC
        ):
            meant = _pronoun_means(
                collected[0],
                context,
                earlier,
                article=article,
                since=_paragraph_before(article, at - len(sentence)),
                sentence=sentence,
                at=at,
            )
            if meant is not None:
                return Attribution(meant.name, meant.kind, f"{collected[0]} {verb['verb']}")
            document_noun = collected[0].lower()
            if _DOCUMENT_NOUNS.fullmatch(document_noun) and window[1:2] in (["the"], ["The"]):
                # "..., the report says" where no one has spoken for a while: the body the
                # article gave that document ("X ran a deficit, its annual report shows").
                source = _document_source(document_noun, article, at, [*earlier, *context])
                if source is not None and source.name[:1].isupper():
                    return Attribution(
                        source.name, source.kind, f"the {document_noun} {verb['verb']}"
                    )
            subject_words = (
                _described_subject(sentence, article)
                if collected[0].lower() in ("it", "they")
                else ""
            )
            if subject_words:
                # "The harbour committee she chairs wants a cap ..., which it says would raise
                # €3m": with no one before for "it", the pronoun is the sentence's own subject,
                # a body the article names only by its description.
                noun = subject_words.split()[-1]
                name = _stands_for(noun, article, at, [*earlier, *context])
                if not name[:1].isupper() or (
                    " " in subject_words and not name.lower().endswith(subject_words)
                ):
                    # "the harbour committee" is no committee named before unless its name
                    # ends in those words ("the Eastholm Harbour Committee").
                    name = subject_words
                return Attribution(
                    name,
                    guess_kind(name, described_in=described_in),
                    f"the {subject_words} ... {collected[0]} {verb['verb']}",
                )
            if collected[0].lower() in ("researchers", "authors", "scientists") and window[1:2] in (
                ["the"],
                ["The"],
            ):
                # "..., the researchers reported": a study's authors no name was given for
                # since, as the article calls them, rather than the paper's own statement.
                return Attribution(
                    f"the {collected[0].lower()}",
                    EntityKind.RESEARCH,
                    f"the {collected[0]} {verb['verb']}",
                )
            continue
        if collected[-1][:1].isupper():
            runs = _capitalised_runs(" ".join(collected))
            name = runs[-1] if runs else ""
            via_speech = True
            titled_by = re.fullmatch(r"(?P<owner>[a-z]+)['’]s", collected[0])
            if (
                titled_by is not None
                and _DOCUMENT_NOUNS.fullmatch(collected[-1].lower())
                and _is_body_noun(titled_by.group("owner"), article)
            ):
                # "the bureau's National Household Survey shows": the body that keeps the
                # document its title names, as "the bureau's survey shows" is.
                found = named(
                    titled_by.group("owner"),
                    f"{' '.join(collected)} {verb['verb']}",
                    via_speech=False,
                )
                if found is not None and found.name[:1].isupper():
                    return found
        else:
            # A time word before the noun is no part of the body's name: headlinese drops the
            # article ("United draw on day club reveals loss" is the club's).
            while len(collected) > 1 and collected[0] in _TIME_NOUNS:
                collected = collected[1:]
            name = " ".join(collected)
            via_speech = False
            roles = len(collected) - next(
                (i for i, word in enumerate(collected) if word.lower() in _ROLE_NOUNS), 0
            )
            if (
                0 < roles <= len(collected) - 2
                and all(word[:1].isupper() for word in collected[:-roles])
                and not collected[-roles - 1].endswith(("'s", "’s"))
                and all(
                    word.lower() in _ROLE_NOUNS and not word.endswith("s")
                    for word in collected[-roles:]
                )
            ):
                # "Water Standards Authority chief executive tells committee ...": a body's
                # officer the headline does not name speaks for the body.
                name = " ".join(collected[:-roles])
            head = collected[-1].lower().strip("’'")
            capitals = next(
                (i for i, word in enumerate(collected) if not word[:1].isupper()), len(collected)
            )
            if (
                1 < capitals < len(collected)
                and (_DOCUMENT_NOUNS.fullmatch(head) or head in _PARTS_OF_A_BODY)
                and all(word.islower() for word in collected[capitals:])
                and not collected[capitals - 1].endswith(("'s", "’s", "s'", "s’"))
            ):
                # "The X Transit monthly bulletin shows ...", "the X Water annual report
                # found", "the X Transit press office said", "X Police officers recorded":
                # the body whose document, office or staff it is, as "X's annual report" is.
                name = " ".join(collected[:capitals])
            if head in _PRONOUNS:
                # "Let's start with what we found": words of the sentence before a pronoun
                # subject, capitalised only for opening it, are no name; the pronoun speaks.
                continue
            possessor = re.match(
                r"(?P<owner>(?:[A-Z][\w’'-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?)*[A-Z][\w’'-]*)"
                r"['’]s\s",
                name,
            )
            owning_noun = re.match(r"(?P<owner>[a-z]+)['’]s\s", name)
            opens_clause = window[len(collected) : len(collected) + 1] in (["the"], ["The"]) and (
                len(window) == len(collected) + 1 or window[len(collected) + 1].endswith(",")
            )
            if (
                owning_noun
                and opens_clause  # "an analysis of the service's data found": the analyst's
                and _is_body_noun(owning_noun.group("owner"), article)
                and _DOCUMENT_NOUNS.fullmatch(head)
            ):
                # "..., the council's March survey found": the body the noun stands for, named
                # before ("the country's census" is no body's).
                found = named(
                    owning_noun.group("owner"), f"{name} {verb['verb']}", via_speech=False
                )
                if found is not None and found.name[:1].isupper():
                    return found
            if possessor and (
                _DOCUMENT_NOUNS.fullmatch(head) or head in _SPOKES or head in _WEB_PAGES
            ):
                # "..., the Rescue Agency's annual report shows", "X Group's spokesperson
                # confirmed", "the Electoral Office of X's results site now shows": the owner's
                # ("X's campaign said" stays the campaign's).
                return named(possessor.group("owner"), f"{name} {verb['verb']}", via_speech=False)
            if not any(word[:1].isupper() for word in collected) and not (
                head in _AGENT_NOUNS | _SPOKES or _is_body_noun(head)
            ):
                continue  # "the rest is coming ... will be": no one who can speak
        if name and len(name) > 1:
            spoken = " ".join(collected) if _SPOKES_WORDS.search(" ".join(collected)) else name
            return named(name, f"{spoken} {verb['verb']}", via_speech=via_speech)
    estimate = _OWNED_ESTIMATE.match(sentence)
    if estimate and _is_body_noun(estimate.group("owner"), article):
        # "The council's estimate for the repair rose to £6.8m": whatever the figure did, an
        # estimate is its owner's figure, when no one else is named for it.
        found = named(estimate.group("owner"), estimate.group(0).strip(), via_speech=False)
        if found is not None and found.name[:1].isupper():
            return found
    if _IT_SAID_AFTER.search(sentence):
        # "Quillmark Bank will cut 400 roles, it said on Monday.": "it" is the body the
        # sentence opens with.
        opener = _opening_name(sentence, article)
        kind = guess_kind(opener, described_in=(sentence, article)) if opener else ""
        if opener and kind != EntityKind.PERSON:
            return Attribution(opener, kind, sentence)
    relative = _WHO_SAID.search(sentence)
    if relative:
        # "Those were the words of Ada Moor, the group's chief executive, who said members
        # had recorded 48 incidents": the person the relative clause has speak.
        found = named(relative.group("name"), relative.group(0).strip(", "), via_speech=True)
        if found is not None and found.kind == EntityKind.PERSON:
            return found
    cited = _CITED_IN_BRACKETS.search(sentence)
    if cited:
        # "Unemployment rose to 4.2% in May (X Statistics Office).": failing a speaker, a body
        # named in brackets at the sentence's end is its source, as a fact box's item names
        # its own.
        found = named(cited.group("name"), cited.group(0).strip(" ."), via_speech=False)
        if found is not None and found.kind != EntityKind.PERSON:
            return found
    return None


# A reporting clause that ends a sentence with "it" for its speaker (", it said on Monday.").
_IT_SAID_AFTER = re.compile(
    r",\s+it\s+(?:also\s+)?(?:said|says|added|adds|reported|reports|announced|estimated|"
    r"estimates|told\s+[^,;]{1,40}?)\b[^,;]*$"
)
# A person named, perhaps described, then made to speak by a relative clause ("..., Ada Moor,
# the group's chief executive, who said ...").
_WHO_SAID = re.compile(
    r"(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'-]+){1,3})(?:,\s+[^,;“”\"]{3,100}?)?,\s+who\s+"
    r"(?:also\s+|later\s+|then\s+)?(?:said|says|added|adds|told|tells|warned|warns|estimated|"
    r"estimates|argued|argues|noted|notes|claimed|claims|insisted|insists)\b"
)


# A body's document whose title runs on between the owner and the noun that ends it ("the
# communications regulator's latest state of the ICT sector report"): the whole of an
# "according to" phrase.
_OWNERS_TITLED_DOCUMENT = re.compile(
    r"(?:[Tt]he\s+)?(?P<owner>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})['’]s\s+"
    r"(?:[\w’'-]+\s+){0,8}?(?:report|survey|study|review|bulletin|update|audit|assessment|"
    r"analysis|dashboard|tracker|statistics|figures|data)s?"
)


# A named body's document by its title ("the X Bureau's December Crop Report", "X's 2025
# Housing Market Outlook"): the owner is the body.
_NAMED_OWNERS_TITLED_DOCUMENT = re.compile(
    r"(?:[Tt]he\s+)?(?P<owner>[A-Z][\w’'&-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w’'&-]*)*)"
    r"['’]s\s+(?:(?:[A-Z0-9][\w’'-]*|[a-z]+)\s+){0,6}?(?:Report|Survey|Study|Review|Bulletin|"
    r"Index|Outlook|Update|Audit|Assessment|Census|Monitor|Tracker|Barometer|Statistics|Data)"
    r"(?:\s+\d{4}(?:[-–/]\d{2,4})?)?"
)


# A sentence whose subject is a body named in lower case, after a word that sets the scene
# ("Nationally, the disease control centre has recorded ...").
_LOWER_BODY_SUBJECT = re.compile(
    r"^\s*(?:[A-Z][a-z]+,\s+)?(?P<body>[Tt]he\s+(?:[a-z][\w-]*\s+){0,3}?(?P<noun>[a-z]+))\s+"
    r"(?:has|have|had|is|was|are|were|[a-z]+ed)\b"
)


# A sentence whose subject is a body's own estimate ("The council's latest estimate for ...").
_OWNED_ESTIMATE = re.compile(
    r"^[“\"‘]?(?:The|the)\s+(?P<owner>[a-z]+)['’]s\s+(?:own\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:estimate|forecast|projection|valuation|costing)s?\b"
)


# An inline lead-in that ends in a colon and governs what follows it as a list's lead-in
# governs its items: a reporting clause ("Sales slowed, the federation said: 62% of ...") or a
# possessive's document ("The union's figures: 38% of ..."). A quotation after the colon is
# `_colon_speaker`'s.
_COLON_LEAD_IN = re.compile(r"^(?P<head>[^:“”\"]{3,160}?):\s+(?![“\"‘'])(?=\S)")
_ENDS_REPORTING = re.compile(
    rf"\b(?:{_SPEECH_VERBS})(?:\s+(?:on|in|at|late|early|last|this)\s+\w+|\s+today|"
    r"\s+yesterday)?$"
)
_OWNERS_DOCUMENT_ALONE = re.compile(
    r"^(?:[Tt]he\s+)?(?:[a-z]+|[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w’'-]*)*)"
    rf"['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:{_DOCUMENT_NOUNS.pattern})$"
)


def _colon_lead_in(
    sentence: str,
    context: Iterable[Attribution],
    *,
    article: str,
    at: int,
    earlier: Iterable[Attribution],
) -> Attribution | None:
    """Who an inline lead-in before a colon names as the source of what follows it: the
    speaker of a reporting clause that ends the lead-in, or the owner of a document the
    lead-in is ("The union's figures:"); None for any other colon ("The result: ...")."""
    match = _COLON_LEAD_IN.match(sentence)
    if match is None:
        return None
    head = match.group("head").strip()
    if _ENDS_REPORTING.search(head):
        return _find_attribution(head, context, article=article, at=at, earlier=earlier)
    if _OWNERS_DOCUMENT_ALONE.match(head):
        return _lead_in_owner(head, article, at, [*earlier, *context])
    return None


# A filing no owner is named for, opening the sentence, whose subject is a name: the filer's
# own ("According to a securities filing on Monday, X has set aside ...", "According to its
# annual report, X employs ...").
_ACCORDING_TO_ITS_FILING = re.compile(
    r"^According\s+to\s+(?:a|an|its|their|the)\s+(?:(?:securities|regulatory|stock\s+exchange|"
    r"annual|quarterly|interim|latest|most\s+recent|recent|new)\s+){0,2}"
    r"(?:filing|filings|results|accounts|annual\s+report|prospectus|disclosure|announcement|"
    # What follows it says when it was filed, never whose ("a statement from the union").
    r"statement)\b(?![^,]*\b(?:from|by|of|for|with|to)\b)[^,]{0,40},\s+"
    rf"(?P<who>{_NAME_RUN})"
    r"\s+(?:has|have|had|is|are|was|were|will|would|expects?|reported|posted|made|employs?|"
    r"holds?|owes?|paid|spent|set|earned|lost)\b"
)


# A share of the people asked, who told the pollster or the survey named after the verb
# ("Some 17% of voters told X Research that ...", "One in five parents told the X Forum"): the
# one they told states the share, not the respondents.
_SHARE_TOLD = re.compile(
    r"^(?:(?:Some|About|Around|Nearly|Almost|Over|Just|Only|More\s+than|Fewer\s+than|"
    r"Less\s+than)\s+)?(?:[\d.,]+\s?(?:%|per\s?cent|percent)|[A-Za-z]+(?:-[a-z]+)?\s+in\s+"
    r"(?:\d+|[a-z]+)|[Aa]\s+(?:third|quarter|fifth|half)|[Hh]alf|[Tt]wo-thirds|[Mm]ost)\s+(?:of\s+)?"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:[a-z]+)\s+told\s+(?:the\s+)?"
    rf"(?P<who>{_NAME_RUN})"
)


# Those who answered a survey are what it found, not speakers ("Of the 1,200 people who
# answered its survey, 47% said ..."): the survey's owner states the shares.
_RESPONDENTS = re.compile(
    r"\b(?:who|that)\s+(?:answered|responded\s+to|completed|took\s+part\s+in|filled\s+in|"
    r"replied\s+to)\s+(?P<det>its|their|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>survey|poll|questionnaire|consultation)\b"
)
# The people who carried out a document's work, as a sentence's bare subject ("Auditors rode
# 1,400 trains and found ...", "Inspectors visited 60 homes"): the document's issuer speaks.
_AUTHORS = {"auditors": "audit", "inspectors": "inspection", "investigators": "investigation"}
_AUTHORS_OPEN = re.compile(
    rf"^(?:The\s+)?(?P<people>(?i:{'|'.join(_AUTHORS)}))\s+(?!(?:at|from|with|of|for)\b)[a-z]+"
)


def _authors_of_a_document(
    sentence: str, before: list[Attribution], article: str
) -> Attribution | None:
    """The source of a survey's respondents' shares (`_RESPONDENTS`), or of a document whose
    authors are the sentence's subject (`_AUTHORS_OPEN`); None when the article has given no
    such document's source."""
    respondents = _RESPONDENTS.search(sentence)
    if respondents and respondents.group("det") in ("its", "their"):
        # "its survey": the body the article last gave figures for.
        return next((found for found in reversed(before) if found.kind != EntityKind.PERSON), None)
    if respondents:
        return _source_going_on(respondents.group("noun"), before, article)
    authors = _AUTHORS_OPEN.match(sentence)
    if authors is None:
        return None
    noun = _AUTHORS[authors.group("people").lower()]
    return _latest_issuer(noun, article, before) or next(
        (
            found
            for found in reversed(before)
            if re.search(rf"\b{noun}", found.words, re.IGNORECASE)
        ),
        None,
    )


def _body_just_before(
    earlier: Iterable[Attribution], article: str, start: int
) -> Attribution | None:
    """The body that was the last to speak, when it spoke in the paragraph before the one
    `start` falls in (or earlier in this one): whom "it" opening a paragraph names. None when a
    person spoke after it, or it spoke further back."""
    last = list(earlier)[-1:]
    if not last or not 0 <= _paragraph_before(article, start) <= last[0].at:
        return None
    return _latest_body(last, article)


# "..., the figures show." closing a sentence that names no source: the figures the article
# has been giving, whoever gave them.
_FIGURES_SHOW = re.compile(
    r",\s+the\s+(?:(?:latest|new|same|official)\s+)?(?:figures|data|statistics|numbers)\s+"
    r"(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates|reveal|reveals)\b"
    r"[^,;]*$"
)
_FIGURE_WORDS = re.compile(r"\b(?:figures|data|statistics|numbers)\b", re.IGNORECASE)


def _figures_given_by(earlier: list[Attribution]) -> Attribution | None:
    """Whose figures "the figures" are: the body whose figures the article gave ("according to
    figures released by X", "X's data show"), when it is still the latest to speak ("the force
    said" after them); None when no body's figures were given, or someone else has spoken
    since, when "the figures show" is the publisher's own reading of them."""
    if not earlier or earlier[-1].kind == EntityKind.PERSON:
        return None
    given = next((found for found in reversed(earlier) if _FIGURE_WORDS.search(found.words)), None)
    if given is None or given.kind == EntityKind.PERSON or given.name != earlier[-1].name:
        return None
    return given


def _paragraph_before(article: str, at: int) -> int:
    """Where the paragraph before the one `at` falls in starts (blank lines are no paragraph),
    or 0."""
    start = article.rfind("\n", 0, max(0, at)) + 1
    while start > 0:
        line_start = article.rfind("\n", 0, start - 1) + 1
        if article[line_start : start - 1].strip():
            return line_start
        start = line_start
    return 0


def _role_holder(role: str, article: str, earlier: Iterable[Attribution]) -> Attribution | None:
    """The latest person the article gives `role` ("Railways minister Arvind Menon", "Arvind
    Menon, the railways minister") for "the minister" to name. A title's stop between the
    role and the name ("Superintendent Dr. Ada Moor") ends no sentence."""
    article = _without_title_stops(article)
    for found in reversed(list(earlier)):
        if found.kind != EntityKind.PERSON:
            continue
        name = re.escape(found.name)
        if re.search(
            rf"(?i:\b{role})\b[^.\n]{{0,60}}?\b{name}\b"
            rf"|\b{name},\s+(?:[\w’'-]+\s+){{0,5}}?(?i:{role})\b",
            article,
        ):
            return found
    return None


_HIS_WORDS = frozenset({"he", "his", "him", "mr"})
_HER_WORDS = frozenset({"she", "her", "hers", "mrs", "ms", "miss"})


def _other_people(pronoun: str, named: list[Attribution], article: str) -> set[str]:
    """The people "he" or "she" cannot name: those one of whose attributions opened with the
    other pronoun ("he said"), or whom the article titles as the other ("Mrs Moor")."""
    other = _HER_WORDS if pronoun == "he" else _HIS_WORDS
    titled = _titled_surnames(article)
    people = {found.name for found in named if found.kind == EntityKind.PERSON}
    return {
        name
        for name in people
        if any(
            found.name == name and (found.words.split() or [""])[0].lower() in other
            for found in named
        )
        or titled.get(name.split()[-1], frozenset()) & other
    }


_HONORIFIC_SURNAME = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+([A-Z][\w’'-]+)")


@functools.lru_cache(maxsize=64)
def _titled_surnames(article: str) -> dict[str, frozenset[str]]:
    """Each surname the article writes after an honorific, with the honorifics it takes
    ("Mr Moor" gives "Moor": {"mr"}): the titles that say a person is "he" or "she"."""
    titled: dict[str, set[str]] = {}
    for honorific, surname in _HONORIFIC_SURNAME.findall(article):
        titled.setdefault(surname, set()).add(honorific.lower())
    return {surname: frozenset(found) for surname, found in titled.items()}


# A name and a plural common noun ("Halvard's advisers", "Kelvasi officials"): a group.
_PLURAL_END = re.compile(r"^(?:[A-Z][\w’'-]*\s+)+[a-z]+[^s\W]s$")


def _pronoun_means(
    pronoun: str,
    context: Iterable[Attribution],
    earlier: Iterable[Attribution],
    *,
    article: str,
    since: int = 0,
    people_first: bool = False,
    sentence: str = "",
    at: int = 0,
) -> Attribution | None:
    """Whom "he", "she", "it" or "they" (or "the study") that speaks names: whoever spoke last
    in the paragraph ("he" or "she" the latest person there, when `people_first`); failing
    one, "he" or "she" the latest person in the article, and "it" or "they" the claimant
    before, when that is a body and spoke after `since` (the start of the paragraph before)."""
    pronoun = pronoun.lower()
    opening = _SUBJECT_AFTER_ROLE.match(sentence)
    if opening is not None and re.search(
        rf"[,.!?]?[”\"’]\s*,?\s*(?i:{pronoun})\b", sentence[opening.end() :]
    ):
        # '"Bro Teifion is not on its own," she said': the subject is inside the quotation the
        # pronoun's speaker said, and no speaker of it.
        opening = None
    if (
        pronoun in ("he", "she")
        and opening is not None
        and re.search(rf"\b{pronoun}\b", sentence[opening.end() :], re.IGNORECASE)
        and not _BODY_WORDS.search(opening.group("name"))
        and guess_kind(opening.group("name"), via_speech=True) == EntityKind.PERSON
    ):
        # "Transport critic Ada Moor then tabled a survey that she said showed ...": the person
        # the sentence opens with, as its subject, not one who spoke before it.
        return Attribution(opening.group("name"), EntityKind.PERSON, opening.group(0))
    spoken = list(context)
    if pronoun in ("he", "she"):
        # "Ben Moor ... he said. / There are, she said, 148,900": not a person the article
        # gave the other pronoun or title.
        earlier = list(earlier)
        other = _other_people(pronoun, [*earlier, *spoken], article)
        # Nor a group named by its plural ("the president's advisers"), whom "he" is not.
        spoken = [
            found
            for found in spoken
            if found.name not in other and not _PLURAL_END.search(found.name)
        ]
        earlier = [
            found
            for found in earlier
            if found.name not in other and not _PLURAL_END.search(found.name)
        ]
    people = [found for found in spoken if found.kind == EntityKind.PERSON]
    if people_first and pronoun in ("he", "she") and people:
        return people[-1]
    if spoken:
        return spoken[-1]
    if pronoun in ("he", "she"):
        return _latest_speaker(earlier)
    subject = _paragraph_subject(sentence, article, at) if sentence else None
    if subject is not None:
        return subject  # "The network pointed to ... Half were delivered, it said."
    if pronoun == "it":
        # "X Council wants to raise rates by 9%. / It says it faces a $1.9m deficit", "... /
        # 4,200 homes were affected, it said": "it" in a paragraph's first sentence goes on
        # with the body the paragraph before ended on as its subject, as "Its" does
        # (`_subject_just_before`); never a person ("Dr Ada Moor said ... / It said ...").
        start = max(0, at - len(sentence))
        opens_paragraph = not article[article.rfind("\n", 0, start) + 1 : start].strip()
        before = _subject_just_before(article, start) if opens_paragraph else None
        if before is not None and not _TITLED_PERSON.search(before.name):
            return before
    last = list(earlier)[-1:]
    if last and 0 <= last[0].at < since:
        return None  # "it" and "they" reach back to the paragraph before, no further
    if pronoun in ("it", "they") and last and _latest_body(last, article) is not None:
        return last[0]
    if (
        pronoun in ("it", "they")
        and last
        and last[0].name.islower()
        and _is_body_noun(last[0].name.split()[-1])
    ):
        return last[0]  # "the regional fire service said ... It said"
    if pronoun == "they" and last and last[0].name.islower() and last[0].name.endswith("s"):
        return last[0]  # "organisers said ... They said": people named by what they do
    return None


def _definite_subject(
    sentence: str,
    context: Iterable[Attribution],
    *,
    article: str,
    at: int,
    earlier: Iterable[Attribution],
) -> Attribution | None:
    """Whom a sentence's definite subject names (`_DEFINITE_SUBJECT`): a body noun ("the
    operator") the body it shortens; a document ("the audit", "its bulletin") the body whose
    document it is; an owner's role ("the agency's director") the owner. None when the subject
    is no such noun, or names no one the article has named."""
    match = _DEFINITE_SUBJECT.match(sentence)
    if match is None or _TRAILING_SPEAKER.search(sentence):
        return None  # "The group expects $8bn, she wrote": the speaker the sentence ends with
    words = match.group(0).strip()
    head = match.group("words").split()[-1].lower()
    owner = match.group("owner")
    before = [*earlier, *context]
    owned_by_many = any(word.endswith(("'", "’")) for word in match.group("words").split())
    if owned_by_many and not _DOCUMENT_NOUNS.fullmatch(head):
        # "The islands' statistics office puts ...": a body its plural owner describes is no
        # body named before; only a document may be owned so ("Its members' survey found").
        return None
    named_aside = re.fullmatch(
        r"the\s+(?P<name>[A-Z][\w’'&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'&-]*)*)"
        r"(?:\s+[a-z][\w-]*){0,3}",
        match.group("aside") or "",
    )
    if named_aside and not owner and match.group("det") in ("The", "the"):
        # "The contractor, the X joint venture, told the committee ...": the description
        # is set beside the name of whom it describes, who speaks.
        name = named_aside.group("name")
        if name.lower() not in _NOT_NAMES | _STOP_BACK:
            return Attribution(name, guess_kind(name, described_in=(sentence, article)), words)
    if owner and _DOCUMENT_NOUNS.fullmatch(owner) and _DOCUMENT_NOUNS.fullmatch(head):
        # "The report's sector-by-sector figures show": a document's figures are the
        # document's, whose source is found as "the report" finds it.
        head, owner = owner, None
    if owner:
        if not (head in _ROLE_NOUNS | _SPOKES or _DOCUMENT_NOUNS.fullmatch(head)) or not (
            owner in _AGENT_NOUNS or _is_body_noun(owner)
        ):
            return None
        # "The agency's director told ...", "The auditor's report said ...": the owner speaks,
        # through its director or its report: the body the noun stands for, or the noun as the
        # article first gave it ("the city auditor").
        name = _stands_for(owner, article, at, before) if _is_body_noun(owner) else ""
        name = name or next(
            (a.name for a in reversed(before) if a.name.islower() and a.name.endswith(owner)),
            owner,
        )
        return Attribution(name, guess_kind(name, described_in=(article,)), words)
    if head in _ROLE_NOUNS:
        # "The minister stated ...": the person the article gave that role.
        holder = _role_holder(head, article, before)
        return Attribution(holder.name, holder.kind, words) if holder else None
    source: Attribution | None = None
    if match.group("det") in ("His", "Her"):
        # "Her presentation showed ...", "His report says ...": a person's document speaks
        # for the person the pronoun names; "Her husband said" names someone else.
        if not (_DOCUMENT_NOUNS.fullmatch(head) or head in _PRESENTED):
            return None
        person = _pronoun_means(
            "he" if match.group("det") == "His" else "she",
            context,
            earlier,
            article=article,
            people_first=True,
            sentence=sentence,
            at=at,
        )
        if person is None or person.kind != EntityKind.PERSON:
            return None
        return Attribution(person.name, person.kind, words)
    if match.group("det") in ("Its", "Their"):
        # "Its weekly bulletin puts ...": the body the paragraph is about, else the latest.
        source = next(
            (a for a in reversed(list(context)) if a.kind != EntityKind.PERSON), None
        ) or _paragraph_subject(sentence, article, at)
        if source is None and article and article[: at - len(sentence)].endswith("\n"):
            source = _subject_just_before(article, at - len(sentence))
        source = source or _latest_body(before, article)
    elif _STANDING_DOCUMENT.fullmatch(f"the {match.group('words')}"):
        if _REPORTED_AFTER.search(sentence):
            return None  # "The plan includes 400 homes, the council said": the council's
        # "The budget forecasts ..."
        return _standing_document(f"the {match.group('words')}", words, article, at, before)
    elif re.fullmatch(_DOCUMENT_VERBS, match.group("verb")) and match.group("verb") != "forecasts":
        return None  # "The firm includes ...": only a document includes figures
    elif head == "documents":
        # Documents are the body's the article said issued them ("consultation documents
        # released by X"), else the publisher's own ("Documents seen by the Post show").
        source = _document_source(head, article, at, before)
    elif _DOCUMENT_NOUNS.fullmatch(head):
        source = (
            _document_source(head, article, at, before)
            if re.fullmatch(_OWN_DOCUMENTS, head)
            else None
        ) or _source_going_on(head, before, article)
        source = source or _latest_body(before, article)
    elif head in _STANDS_FOR_NAME:
        name = _stands_for(head, article, at, before)
        modifiers = set(match.group("words").lower().split()[:-1])
        if modifiers and not _words_of(name) & (modifiers | {head}):
            # "The county council said ..." after a power company spoke: a body described by
            # more than its noun is not a body whose name has none of those words.
            return None
        if name[:1].isupper():
            source = Attribution(name, guess_kind(name, described_in=(article,)), words)
    if source is None:
        return None
    return Attribution(source.name, source.kind, words)


# A sentence's subject that is a body's description ("The harbour committee she chairs ...",
# "The city's transport board ..."): what "it" names when nothing before does.
_DESCRIBED_SUBJECT = re.compile(r"^[“\"‘]?[Tt]he\s+(?P<words>(?:[a-z][\w’'-]*\s+){0,2}[a-z]+)")


def _described_subject(sentence: str, article: str) -> str:
    """The description a sentence opens with as its subject, to its body noun ("harbour
    committee" from "The harbour committee she chairs wants"), or "" when its first words name
    no body."""
    match = _DESCRIBED_SUBJECT.match(sentence)
    words = match.group("words").split() if match else []
    for index, word in enumerate(words):
        if word.isalpha() and _is_body_noun(word, article):
            return " ".join(words[: index + 1])
    return ""


# A clause with no subject of its own, a second verb for the subject before ("..., but
# cautioned that", "..., and added that").
_GOES_ON_WITHOUT_SUBJECT = re.compile(
    rf"(?:but|and|yet|while)\s+(?:also\s+|later\s+|then\s+)?(?:{_SPEECH_VERBS}|cautioned|"
    r"cautions|pointed\s+out|went\s+on\s+to\s+say)\s+(?:that\b)?"
)


# "X, which says it has 6 million users, ...", "The Y Trust, which claims to have helped 2,300
# families, ...": a named subject's own claim, in a relative clause set off by commas. The name
# may come after its description ("Rival operator X, which says ..."; but "Friends of the X"
# is one name, its "of the" no description), and the clause after one of its own ("X, a
# volunteer group that says it has 1,100 members, ...").
_WHICH_SAYS = re.compile(
    r"^(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+(?:(?!(?:of|the|for|and)\s)[a-z][\w-]*\s+){1,2}(?=[A-Z]))?"
    r"(?P<name>[A-Z][\w’'-]*(?:[^\S\n]+(?:(?:of|for|and|&)[^\S\n]+(?:the[^\S\n]+)?)?"
    r"[A-Z][\w’'-]*)*)"
    r",\s+(?:(?:a|an)\s+(?:[a-z][\w-]*\s+){1,3}?(?:that|which|who)|which|who)\s+"
    r"(?:says|said|claims|claimed|estimates|estimated|reports|reported)\s+"
    r"(?P<clause>(?:[^,;]|(?<=\d),(?=\d))+),"
)


# A figure given by a source named right after it ("the £612,000 alleged by the Crown", "the 74
# spills reported by the company"): the few words of its unit, a reporting participle, "by".
_FIGURE_GIVEN_BY = re.compile(
    r"(?:\s+[a-z][\w-]*){0,3}?\s+(?:alleged|reported|claimed|estimated|cited|quoted|recorded|"
    rf"counted|published|forecast|predicted|projected|calculated)\s+by\s+(?!{_DEVICES}\b)"
    r"(?P<phrase>(?:the\s+)?[A-Z][^,;.—–()]*)"
)


# A figure compared with one a named study gives ("..., compared with 38% in a Y survey", "...,
# against 41% in the latest Y poll").
_COMPARED_IN_STUDY = re.compile(
    r",?\s+(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+[^,;]{1,40}?\s+in\s+(?:a|an|the)\s+"
    r"(?:(?:latest|new|recent|rival|separate)\s+)?"
    r"(?P<maker>[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*)*)\s+(?:survey|poll|study|report|census|analysis)\b"
)


# A noun phrase set after a clause to sum it up, whose relative clause has its own speaker
# (", a move the ministry said would cut prices by 7%", ", a rise that critics say is too
# small"): the speaker says what the relative clause says, not what the clause before states.
_SUMMING_UP_APPOSITIVE = re.compile(
    r",\s+(?:a|an)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+(?:that\s+|which\s+)?"
    r"(?:(?:the|its|their|his|her)\s+)?(?:[\w’'()-]+\s+){0,8}?"
    rf"(?:{_SPEECH_VERBS})\s+(?:(?:would|will|could|might|was|is|were|are|had|has)\b)"
)


# A past report ("X said", "X told the committee that") sets what it reports back a tense ("the
# bridge was on schedule"); a contrasting clause after it in the present ("..., although its
# cost has risen to $95m") is not set back, and so is the narrator's aside, not the report.
_PAST_REPORT = re.compile(r"\b(?:said|told|stated|claimed|insisted|argued|wrote|added)\b")
_PRESENT_CONTRAST = re.compile(
    r"^(?:although|though|even\s+though|whereas)\s+(?:[^\s,;“”\"]+\s+){0,5}?"
    r"(?:has|have|is|are)\s+(?!(?:to|been\s+told)\b)"
)


# A subordinate clause with a speaker of its own after a main clause that states a move
# ("Shares in X jumped 9% after it said bookings rose 15%", "X shares fell 2%, after the
# company trimmed its outlook to 40,000 units"): the move is the main clause's (often the
# publisher's market report), what the speaker says is the speaker's.
_SUBORDINATE_SPEAKER = re.compile(
    r"(?:,\s+|\s)(?:after|as|when|because|since|(?<=,\s)(?:although|though))\s+"
    r"(?P<subject>it|they|the(?:\s+[a-z][\w-]*){1,3}|"
    # "X has raised no objection, although its formal response estimates 290 lorry trips":
    # the document of the body the main clause is about.
    r"(?:its|their)(?:\s+[a-z][\w-]*){1,3}|"
    r"[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*)*)\s+(?:(?:also|had|has|have|then|later)\s+)?"
    # When it said so may come between ("after X earlier this month said"), session 54.
    rf"(?:(?:(?:earlier|late|early)\s+this|last)\s+(?:week|month|year)\s+|(?:on\s+)?{_WEEKDAY}\s+)?"
    rf"(?:{_SPEECH_VERBS})\b"
)
# "..., with the X Transit Agency forecasting 2.3m journeys", "..., with analysts expecting a
# 0.2% rise": a source named after "with" and the participle of its forecast or its count; the
# figures after it are the source's, as after "after X said".
_WITH_SPEAKER = re.compile(
    r"(?:,\s+|\s)with\s+(?P<subject>the(?:\s+[a-z][\w-]*){1,3}|[a-z]+|"
    r"(?:the\s+)?[A-Z][\w’'&-]*(?:\s+(?:of|for|and|[A-Z][\w’'&-]*))*)\s+(?:now\s+|also\s+)?"
    r"(?:forecasting|predicting|projecting|expecting|estimating|reporting|recording|counting|"
    r"putting)\b"
)
# A clause joined by "while" or "whereas" that opens on a name of its own ("..., while Tamsley
# Capital shed 2.7%"): no part of what the subordinate clause's speaker said.
_PARALLEL_CLAUSE = re.compile(
    r",\s+(?:while|whereas)\s+(?P<name>[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*)*)\s+[a-z]"
)
# The nouns by which a subordinate clause names the company its main clause is about ("X
# shares fell after the company said").
_SAME_COMPANY = frozenset({"it", "they", "company", "firm", "group"})


def _subordinate_claimants(
    sentence: str,
    figures: list[ParsedFigure],
    result: list[Attribution | None],
    whole: Attribution | None,
    find: Callable[[str], Attribution | None],
    article: str,
) -> None:
    """Give the figures of a subordinate clause with its own speaker (`_SUBORDINATE_SPEAKER`)
    to that speaker, and those of the main clause before it to the main clause's own source,
    when the sentence's claimant was read from the subordinate clause or there is none."""
    match = _SUBORDINATE_SPEAKER.search(sentence) or _WITH_SPEAKER.search(sentence)
    if match is None or not any(figure.start >= match.start() for figure in figures):
        return
    main = sentence[: match.start()]
    if whole is not None and whole.words.split()[0] in main:
        return  # the sentence's speaker is the main clause's ("X said ... after it cut ...")
    subject = match.group("subject")
    speaker: Attribution | None = None
    if subject.split()[-1] in _SAME_COMPANY or subject.split()[0] in ("its", "their"):
        # "it", "the company": the body the main clause is about, the first name in it that is
        # not only capitalised for opening the sentence ("Courier firm Dashlow jumped").
        name = next(
            (
                run
                for run in _capitalised_runs(main)
                if run.lower() not in _NOT_NAMES | _STOP_BACK
                and (
                    not _lone_opening_word(run, main, article)
                    # "X shares fell": a company's name, whether or not the article gives it again.
                    or re.search(rf"\b{re.escape(run)}(?:['’]s)?\s+(?:shares|stock)\b", main)
                )
            ),
            "",
        )
        if name:
            kind = guess_kind(name, described_in=(sentence, article) if article else (sentence,))
            speaker = Attribution(name, kind, match.group(0).strip(", "))
    if speaker is None and match.re is _WITH_SPEAKER:
        # Read as the clause its participle stands for ("the agency forecast 2.3m journeys").
        speaker = find(f"{match.group('subject')} estimated{sentence[match.end() :]}")
    # The clause from its subject: "after" before it opens a phrase no subject stands in
    # (`_OPENS_A_MODIFIER`), session 54.
    speaker = speaker or find(sentence[match.start("subject") :])
    if speaker is None or not is_claimant_name(speaker.name):
        return
    own = find(f"{main.rstrip(' ,')}.")
    # "X lost 3.2% after it warned ..., while Y shed 2.7%": a clause that opens on another
    # name after the subordinate one goes on with the main clause's account, as its parallel.
    parallel = _PARALLEL_CLAUSE.search(sentence, match.end())
    until = (
        parallel.start()
        if parallel is not None and parallel.group("name") != speaker.name
        else len(sentence)
    )
    for index, figure in enumerate(figures):
        result[index] = speaker if match.start() <= figure.start < until else own


# A relative clause whose subject names a source for what follows its verb ("... before the
# dry season, which the Weather Office expects to cut river flows by 25%", "a deficit, which the
# Treasury forecasts at 3%"): the figures after the verb are that source's, whoever states
# the rest of the sentence. A capitalised name only: "which the company expects" is left to
# the sentence's own reading.
_WHICH_SOURCE_EXPECTS = re.compile(
    r",\s+which\s+(?:the\s+)?(?P<name>[A-Z][\w’'&-]*(?:\s+(?:of|for|and|[A-Z][\w’'&-]*))*?)\s+"
    r"(?:expects|expected|forecasts|forecast|predicts|predicted|estimates|estimated|projects|"
    r"projected|puts|put)\s"
)


# An agent named after "by" and described by what it found ("rated poor by inspectors, who
# found that almost a quarter of residents had missed doses"): the finding after "that" is the
# agent's.
_BY_WHO_FOUND = re.compile(
    r"\bby\s+(?:the\s+)?(?P<name>[a-z]+|[A-Z][\w’'-]*(?:\s+(?:of|for|[A-Z][\w’'-]*))*),\s+who\s+"
    r"(?:also\s+)?(?:found|find|concluded|reported|said|noted|estimated)\s+that\b"
)


# The analysts' consensus a results figure is set against ("ahead of estimates of $3.95bn",
# "beating the consensus of 98 cents"), right before the consensus figure.
# A company's own forecast ("its previous forecast of $15.9bn") is no consensus.
_CONSENSUS_BEFORE = re.compile(
    r"(?<!\bits\s)(?<!\btheir\s)(?<!\bown\s)(?<!\bprevious\s)\b(?:(?:market|average|the)\s+)?"
    r"(?:estimates?|consensus|expectations?|analysts['’]?\s+(?:forecasts?|estimates?))\s+"
    r"(?:of|for)\s+(?:about\s+|around\s+)?$"
)
# Who compiles a consensus ("according to data compiled by Y", "analysts polled by Y").
_COMPILED_BY = re.compile(
    r"\b(?:compiled|polled|surveyed|gathered|collated)\s+by\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
)
# A sum someone did on the figures ("an increase of 42% by the Post's calculation", "..., on
# our count"): the figure right before it is the reckoner's.
_RECKONED_BY = re.compile(
    r",?\s+(?:by|on|in|according\s+to)\s+(?:the\s+)?(?P<owner>our|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*?)"
    r"(?:['’]s?)?\s+(?:own\s+)?(?:calculations?|count|reckoning|sums|arithmetic|analysis)\b"
)


def _compared_with_a_study(
    sentence: str,
    figures: list[ParsedFigure],
    result: list[Attribution | None],
    own_source: Callable[[str], Attribution | None],
) -> None:
    """ "X found 41% support, compared with 38% in a Y survey" (`_COMPARED_IN_STUDY`): the
    figure compared is Y's; the others are the main clause's own source's."""
    compared = _COMPARED_IN_STUDY.search(sentence)
    if compared is None or compared.group("maker").lower() in _NOT_NAMES:
        return
    maker = compared.group("maker")
    study = Attribution(maker, guess_kind(maker), compared.group(0).strip(", "))
    own = own_source(f"{sentence[: compared.start()]}.")
    for index, figure in enumerate(figures):
        if compared.start() <= figure.start < compared.end():
            result[index] = study
        elif own is not None and own.name != maker:
            result[index] = own


def figure_claimants(
    sentence: str,
    figures: list[ParsedFigure],
    whole: Attribution | None,
    context: Iterable[Attribution],
    *,
    article: str = "",
    at: int = 0,
    earlier: Iterable[Attribution] = (),
    publisher: str = "",
) -> list[Attribution | None]:
    """Who states each figure (positions within `sentence`): the sentence's claimant, unless
    it joins clauses that each name their own source ("X found 51 percent, while a second
    survey by Y showed 48 percent"), where each figure is its clause's."""
    result: list[Attribution | None] = [whole for _ in figures]
    found_by = _BY_WHO_FOUND.search(sentence) if whole is None else None
    if found_by is not None and (
        found_by.group("name")[:1].isupper() or found_by.group("name") in _AGENT_NOUNS
    ):
        agent = Attribution(
            found_by.group("name"),
            guess_kind(found_by.group("name"), described_in=(sentence,)),
            found_by.group(0),
        )
        for index, figure in enumerate(figures):
            if figure.start >= found_by.end():
                result[index] = agent
    expects = _WHICH_SOURCE_EXPECTS.search(sentence)
    if expects is not None and is_claimant_name(expects.group("name")):
        source = Attribution(
            expects.group("name"),
            guess_kind(expects.group("name"), described_in=(sentence,)),
            expects.group(0).strip(", "),
        )
        for index, figure in enumerate(figures):
            if figure.start >= expects.end():
                result[index] = source
    says = _WHICH_SAYS.match(sentence)
    if says is not None and whole is None:
        # "X, which says it has 6 million users, raised $40m": the clause is X's claim, the
        # rest of the sentence the publisher's.
        name = says.group("name")
        kind = guess_kind(name, described_in=(sentence, article) if article else (sentence,))
        for index, figure in enumerate(figures):
            if says.start("clause") <= figure.start < says.end("clause"):
                result[index] = Attribution(name, kind, says.group(0).strip(", "))
    for index, figure in enumerate(figures):
        given_by = _FIGURE_GIVEN_BY.match(sentence, figure.end)
        if given_by is not None:
            # "not the £612,000 alleged by the Crown", "against the 74 reported by X": a figure
            # its own source gives, as a reduced relative clause straight after it.
            name = _from_phrase(given_by.group("phrase"), after_by=True)
            if name[:1].isupper() and name.split()[0].lower() not in _NOT_NAMES:
                kind = guess_kind(
                    name, described_in=(sentence, article) if article else (sentence,)
                )
                result[index] = Attribution(name, kind, given_by.group(0).strip())
    post = _POST_CLAIMS.match(sentence)
    if post is not None and whole is not None and whole.words == post.group(0).lstrip('“"‘'):
        for index, figure in enumerate(figures):
            if figure.start < post.start("verb"):
                result[index] = None  # "A post shared 9,000 times claims": the share count
    _subordinate_claimants(
        sentence,
        figures,
        result,
        whole,
        lambda clause: find_attribution(
            clause, (), article=article, at=at, earlier=earlier, publisher=publisher
        ),
        article,
    )
    consensus = _consensus_source(sentence)
    if consensus is not None:
        # "..., below the €2.3bn analysts had expected, according to Y": Y's consensus.
        compiler = find_attribution(
            sentence[consensus[1].start() :],
            context,
            article=article,
            at=at,
            earlier=earlier,
            publisher=publisher,
        )
        for index, figure in enumerate(figures):
            if compiler is not None and _CONSENSUS_AFTER.match(sentence, figure.end):
                result[index] = compiler
    compiled = None
    for index, figure in enumerate(figures):
        if not _CONSENSUS_BEFORE.search(sentence, 0, figure.start) or consensus is not None:
            continue
        # "... ahead of estimates of $3.95bn", "beating the consensus of 98 cents": a results
        # story names who compiles the analysts' consensus once ("according to data compiled
        # by Y"), and the consensus it quotes later is Y's still.
        if compiled is None:
            named = [*_COMPILED_BY.finditer(article, 0, max(0, at - len(sentence)))][-1:]
            compiler_name = named[0].group("name") if named else ""
            if compiler_name:
                compiled = Attribution(compiler_name, guess_kind(compiler_name), named[0].group(0))
        if compiled is not None:
            result[index] = compiled
    for index, figure in enumerate(figures):
        reckoned = _RECKONED_BY.match(sentence, figure.end)
        if reckoned is None:
            continue
        # "an increase of 42% by the Post's calculation": whoever did the sum, the paper itself
        # (its own name, "our") as much as another.
        owner = re.sub(r"['’]s?$", "", reckoned.group("owner"))
        if owner.lower() == "our" or names_the_publisher(owner, publisher):
            result[index] = None
        else:
            result[index] = Attribution(owner, guess_kind(owner), reckoned.group(0).strip())
    summing_up = _SUMMING_UP_APPOSITIVE.search(sentence)
    if summing_up is not None and whole is not None and whole.name in summing_up.group(0):
        # The speaker found is the appositive's: the clause it sums up has its own source, or
        # none (the publisher's statement).
        before = find_attribution(
            sentence[: summing_up.start()] + ".",
            context,
            article=article,
            at=at,
            earlier=earlier,
            publisher=publisher,
        )
        for index, figure in enumerate(figures):
            if figure.start < summing_up.start():
                result[index] = before
    bounds = [0, *(match.end() for match in _CLAUSE_SPLIT.finditer(sentence)), len(sentence)]
    previous: Attribution | None = whole
    # A sentence of one clause has none to give its own source.
    for low, high in itertools.pairwise(bounds if len(bounds) > 2 else []):
        clause = sentence[low:high]
        if previous is not None and _GOES_ON_WITHOUT_SUBJECT.match(clause):
            # "X said ..., but cautioned that ... 6%": one subject for both verbs.
            for index, figure in enumerate(figures):
                if low <= figure.start < high:
                    result[index] = previous
            continue
        aside = clause.split(",")[0].strip()
        own: Attribution | None
        if (
            whole is not None
            and re.match(r"[a-z]+ing\s", clause)
            and (aside in whole.words or sentence[:low].rstrip(", ") == whole.words)
        ):
            # "X, polling online for Y, has Yes on 54%": the participle is an aside inside the
            # words that name the sentence's claimant, no clause with a source of its own; so
            # is one straight after them ("X's own calculation, using data published by Y,
            # found ...": where the data came from, not who found it).
            own = whole
        else:
            own = find_attribution(
                clause, (), article=article, at=at, earlier=earlier, publisher=publisher
            )
        same = _SAME_SOURCE.search(clause)
        if own is not None and previous is not None and same and own.words == same.group(0):
            # "X said wages rose 5% ..., while rents climbed 11% over the same period": the
            # clause before is the nearest source "the same" goes back to, not one further back.
            own = previous
        if own is None and re.match(r"[a-z]+ing\s", clause):
            # "..., a figure disputed by Y, putting the fall nearer a quarter": a participle
            # goes on with the source of the clause before it.
            own = previous
        if (
            own is None
            and whole is not None
            and _PRESENT_CONTRAST.match(clause)
            and _PAST_REPORT.search(whole.words)
            and not _inside_quotation(sentence, low)
        ):
            # "X told MPs the bridge was "on schedule", although its cost has risen": the
            # contrast the report does not set back is the publisher's.
            for index, figure in enumerate(figures):
                if low <= figure.start < high:
                    result[index] = None
        previous = own
        if own is None:
            continue
        for index, figure in enumerate(figures):
            if low <= figure.start < high:
                result[index] = own
    _compared_with_a_study(
        sentence,
        figures,
        result,
        lambda main: find_attribution(
            main, (), article=article, at=at, earlier=earlier, publisher=publisher
        ),
    )
    return result


# -- quotes and scores -----------------------------------------------------------------------


def clip_quote(sentence: str, figures: list[ParsedFigure]) -> tuple[int, int]:
    """The span (within `sentence`) of the clause that carries the figures, at most 25 words."""
    tokens = [(match.start(), match.end()) for match in _WORD.finditer(sentence)]
    if len(tokens) <= MAX_SUGGESTION_QUOTE_WORDS:
        return tokens[0][0], _strip_clause_punctuation(sentence, tokens[0][0], tokens[-1][1])

    def token_at(position: int) -> int:
        for index, (start, end) in enumerate(tokens):
            if start <= position < end or position < start:
                return index
        return len(tokens) - 1

    first = token_at(figures[0].start)
    last = token_at(max(figures[0].end - 1, figures[0].start))
    for figure in figures[1:]:
        candidate = token_at(max(figure.end - 1, figure.start))
        if candidate - first + 1 <= MAX_SUGGESTION_QUOTE_WORDS:
            last = candidate
    low, high = first, last
    # Out to the clause's edges: a comma, semicolon, colon or dash ends a clause.
    while low > 0 and not _CLAUSE_END.search(sentence[tokens[low - 1][0] : tokens[low - 1][1]]):
        low -= 1
    while high < len(tokens) - 1 and not _CLAUSE_END.search(
        sentence[tokens[high][0] : tokens[high][1]]
    ):
        high += 1
    # A short clause reads better with its neighbour; a long one is cut around the figure.
    while high - low + 1 < 8 and high < len(tokens) - 1:
        high += 1
    if high - low + 1 > MAX_SUGGESTION_QUOTE_WORDS:
        low = max(low, first - 8)
        high = min(high, low + MAX_SUGGESTION_QUOTE_WORDS - 1)
        if high < last:
            high = last
            low = max(0, high - MAX_SUGGESTION_QUOTE_WORDS + 1)
    return tokens[low][0], _strip_clause_punctuation(sentence, tokens[low][0], tokens[high][1])


def _strip_clause_punctuation(sentence: str, start: int, end: int) -> int:
    while end > start and sentence[end - 1] in ",;:—– ":
        end -= 1
    return end


# A long-read's scene-setting counts nothing anyone claims: a loose "a dozen colleagues", or a
# person's own years at their work ("She has taught here for nineteen years", a pronoun as the
# subject of a perfect; not a pledge, "has promised to ... for 3 years"). A loose count is weighed below the threshold, so it is suggested
# only when a source is named for it; someone's own years are their biography even when the
# paragraph's speaker carries on to the sentence, so they weigh less still.
_LOOSE_COUNT = re.compile(r"(?:an?|half\s+a)\s+dozen", re.IGNORECASE)
# The subject may be named ("Ada Moor has run the shop for two decades").
_OWN_TENURE = re.compile(
    # The subject may open a quotation, and be people a speaker points to ("“Some of these
    # people have stacked shelves here for 20 years,” she said").
    r"^[“\"‘]?(?:He|She|They|I|We|(?:[A-Z][\w’'-]+\s+){1,2}[A-Z][\w’'-]+|"
    r"(?:(?:Some|Many|Most|All|Few|Several)\s+of\s+)?(?:these|those|the|our|my|us|them)?\s*"
    r"(?:people|staff|workers|employees|colleagues|members|families|residents|volunteers|"
    r"them|us))\s+"
    r"(?:has|have|had|’s|'s|’ve|'ve)\s+(?:(?:been|also|now)\s+)*"
    r"[a-z]+(?:ed|t|n|ght|un)\b(?!\s+to\s)[^.;]*?\bfor\s+$"
)
_YEARS_AFTER = re.compile(r"\s+(?:years?|decades?)\b")
# Time someone spent ("We spent two years thinking it was our mistake", "she spent six months
# on a waiting list"): their own experience, told to set a scene, not a figure anyone claims.
_TIME_SPENT = re.compile(r"\b(?:spent|spend|spends|spending)\s+$", re.IGNORECASE)
_SPENT_UNITS = re.compile(r"\s+(?:years?|decades?|months?|weeks?|days?|hours?)\b")
# A sitting's or a programme's timetable ("The inquiry, which is scheduled to sit for 30 days",
# "the hearing is due to last three weeks"): the plan the story reports, not a claim.
_TIMETABLE = re.compile(
    r"\b(?:scheduled|due|set|timetabled|listed)\s+to\s+(?:sit|run|last|continue|meet|be\s+held)"
    r"\s+(?:for\s+)?$"
)
_TIMETABLE_UNITS = re.compile(
    r"\s+(?:(?:sitting|working|court)\s+)?(?:days?|weeks?|months?|hours?)\b"
)


# When something happened, counted back from now ("Two years ago this month, I stood ..."),
# dates a scene; and an age that bounds a group ("people over 50", "those aged 65 and over",
# a Q&A's answer to who is at risk) says whom the story is about: neither is a figure anyone
# claims, so each is suggested only beside another figure.
_AGO = re.compile(r"\s+(?:(?:years?|months?|weeks?|days?|decades?)\s+)?ago\b")
_AGE_BOUND = re.compile(
    r"\b(?:(?:people|those|anyone|adults|children|men|women|patients|residents|pupils|students|"
    r"drivers|workers|voters)\s+(?:aged\s+)?(?:over|under|older\s+than|younger\s+than|above|"
    r"below)|aged)\s+$",
    re.IGNORECASE,
)


# A person's biography ("after eight years as dean", "fishes with his two sons"): the years
# someone spent in a past post, and the family a description gives them, describe the person,
# not anything anyone claims.
_YEARS_IN_A_POST_BEFORE = re.compile(r"\b(?:after|following|for)\s+$", re.IGNORECASE)
_YEARS_IN_A_POST_AFTER = re.compile(r"\s+(?:years?|decades?|months?)\s+as\s+")
_AS_AFTER = re.compile(r"\s+as\s+")
_FAMILY_BEFORE = re.compile(r"\b(?:his|her|their|my|our)\s+$", re.IGNORECASE)
# "a father of three", "the mother-of-two": the children a description gives a parent.
_PARENT_OF_BEFORE = re.compile(
    r"\b(?:father|mother|parent|grandfather|grandmother|grandparent|dad|mum|mom)s?[\s-]+of[\s-]+$",
    re.IGNORECASE,
)
_FAMILY_AFTER = re.compile(
    r"\s+(?:sons?|daughters?|children|kids|brothers?|sisters?|grandchildren|grandsons?|"
    r"granddaughters?|siblings)\b"
)


def _biography(sentence: str, figure: ParsedFigure) -> bool:
    """Whether a figure describes a person's life (`_YEARS_IN_A_POST_BEFORE`, `_FAMILY_BEFORE`)."""
    before = sentence[: figure.start]
    # "eight years" is one figure in years, "8" before "years" a count.
    post = _YEARS_IN_A_POST_AFTER if figure.unit == COUNT else _AS_AFTER
    if (
        figure.unit in (YEARS, COUNT)
        and _YEARS_IN_A_POST_BEFORE.search(before)
        and post.match(sentence, figure.end)
    ):
        return True
    if figure.unit == COUNT and figure.value < 20 and _PARENT_OF_BEFORE.search(before):
        return True
    return (
        figure.unit == COUNT
        and figure.value < 10
        and _FAMILY_BEFORE.search(before) is not None
        and _FAMILY_AFTER.match(sentence, figure.end) is not None
    )


# A person's age set off by commas after the name ("For Ada Moor, 34, from Brindle, ..."), or
# after the noun that stands for the person ("The worker, 42, spent 11 weeks in hospital").
_AGED_PEOPLE = (
    r"man|woman|boy|girl|child|baby|teenager|pensioner|worker|driver|rider|victim|passenger|"
    r"pedestrian|cyclist|motorist|resident|patient|student|pupil|mother|father|son|daughter|"
    r"wife|husband|grandmother|grandfather|widow|widower|defendant|suspect|accused|owner|"
    r"player|nurse|teacher|farmer|soldier|officer"
)
_AGE_AFTER_NAME = re.compile(
    rf"(?:{_CAPITAL}[\w’'-]+|\b(?i:the|a|an|his|her|their)\s+(?:[a-z][\w-]*\s+){{0,2}}?"
    # Session 55: the age then or now ("Page, now 28, hated it", "X, then 26, was asked").
    rf"(?:{_AGED_PEOPLE})),\s+(?:(?:now|then|aged)\s+)?$"
)
_AGE_CLOSES = re.compile(r"\s*,")
# An age in brackets after the person, as South African, Indian and Irish papers write it
# ("Granny (78) suffers in silence", "Thabo Moor (34) was arrested"), session 56: after a
# noun for a person, or after a full name when a verb or a clause about the person follows
# ("Halsmoor North (41), Kelvasi (38)" counts a list's items).
_AGE_IN_BRACKETS_AFTER_NOUN = re.compile(
    rf"\b(?i:{_AGED_PEOPLE}|granny|grandma|grandpa|gogo)\s*\($"
)
# A person's name as written in full, given name and surname.
_FULL_NAME = rf"{_CAPITAL}[\w’'-]+\s+{_CAPITAL}[\w’'-]+"
_AGE_IN_BRACKETS_AFTER_NAME = re.compile(rf"{_FULL_NAME}\s*\($")
_BRACKETED_AGE_CLOSES = re.compile(r"\)")
_ABOUT_THE_PERSON_AFTER = re.compile(
    r"\)\s+(?:was|is|has|had|said|says|died|who|were|of|from|allegedly|appeared|told)\b"
)
# A full name's age closing its sentence ("... and wounded photographer Ada Moor, 28."), session
# 56.
_AGE_AFTER_FULL_NAME = re.compile(rf"{_FULL_NAME},\s+$")
_AGE_ENDS_SENTENCE = re.compile(r"\s*[.!]?\s*$")


def _age_in_apposition(sentence: str, figure: ParsedFigure) -> bool:
    """Whether a figure is a person's age set off after the name (`_AGE_AFTER_NAME`)."""
    return (
        figure.unit == COUNT
        and figure.qualifier == EXACT
        and figure.value < 120
        and figure.as_written.isdigit()
        and (
            (
                _AGE_AFTER_NAME.search(sentence[: figure.start]) is not None
                and _AGE_CLOSES.match(sentence, figure.end) is not None
            )
            or (
                _AGE_AFTER_FULL_NAME.search(sentence[: figure.start]) is not None
                and _AGE_ENDS_SENTENCE.fullmatch(sentence, figure.end) is not None
            )
            or (
                _AGE_IN_BRACKETS_AFTER_NOUN.search(sentence[: figure.start]) is not None
                and _BRACKETED_AGE_CLOSES.match(sentence, figure.end) is not None
            )
            or (
                _AGE_IN_BRACKETS_AFTER_NAME.search(sentence[: figure.start]) is not None
                and _ABOUT_THE_PERSON_AFTER.match(sentence, figure.end) is not None
            )
        )
    )


# Where, not how many: a street address's number ("the town hall, 44 Quarry Lane", "at 9 Elm
# Rd."). Weighed below any source's lift, so a sentence with nothing else (a meeting notice:
# "The board meets at 7 p.m. Monday at the town hall, 44 Quarry Lane.", whose clock time the
# parser never reads as a figure) is not suggested. "Court" is left out: "12 Crown Court
# trials" counts trials.
_STREET_AFTER = re.compile(
    # A direction may open the street's name ("200 W. Varrow St.").
    r"\s+(?:(?:N|S|E|W|NE|NW|SE|SW)\.?\s+)?(?:[A-Z][\w’'-]*\s+){1,3}"
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Drive|"
    r"Way|Terrace|Parkway|Pkwy|Highway|Hwy|Crescent|Row)\b"
)


# The span of a record ("stocks fell to their lowest level in eight years", "sales at their
# highest for three decades", "the first rise in 15 years"): the years measure how rare the
# superlative is, a frame of the claim rather than a figure of its own, so the sentence is
# suggested for the figure it measures (the level, the rise), not for the years alone: weighed
# below a source's and a change's lift together ("fell to its lowest in nine years, X said").
_RECORD_BEFORE = re.compile(
    r"\b(?:highest|lowest|most|fewest|least|biggest|largest|smallest|worst|best|weakest|"
    r"strongest|fastest|slowest|deepest|sharpest|steepest|first|only)\b[^.;,:!?]{0,40}?"
    r"\b(?:in|for)\s+(?:(?:the\s+)?(?:past|last|nearly|almost|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)
# Someone's time in a post, said of them ("ending his nine years in office", "after two decades
# at the helm"): their biography, not a claim.
_TENURE_AFTER = re.compile(
    r"\s+(?:in\s+(?:office|power|the\s+(?:job|post|role|chair))|at\s+the\s+helm)\b"
)
_YEARS_WORD_AFTER = re.compile(r"\s+(?:years?|decades?)\b")


def _counts_years(sentence: str, figure: ParsedFigure) -> int:
    """Where the years a figure counts end in `sentence` ("nine years", "two decades"), or -1."""
    if figure.unit == YEARS:
        return figure.end
    if figure.unit == COUNT:
        after = _YEARS_WORD_AFTER.match(sentence, figure.end)
        if after is not None:
            return after.end()
    return -1


# What someone calls for ("She called on the government to answer every appeal within 21
# days", "urged ministers to hire 500 more inspectors"): the figure is in the demand, which
# asks for something rather than stating it, so there is nothing in it to check. A comma after
# "to ..." may open a clause that states something ("urged them to act, and said 40 had left").
_DEMANDED = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+on|urg(?:e|es|ed|ing))\s+[^.;:!?“”\"]{1,80}?\bto\s+"
    r"[^.,;:!?“”\"]*$",
    re.IGNORECASE,
)


def _street_number(sentence: str, figure: ParsedFigure) -> bool:
    """Whether a figure is a street number (`_STREET_AFTER`). A clock time is no figure at all:
    the parser sets it aside ("time of day")."""
    if figure.unit != COUNT or figure.qualifier != EXACT or not figure.as_written.isdigit():
        return False
    return bool(_STREET_AFTER.match(sentence, figure.end))


# "the two", "the earlier two" ("these two" and "those two" the figure reader sets aside already,
# `_DEMONSTRATIVE_BEFORE` in claims/figures_parser.py).
_THE_TWO_BEFORE = re.compile(r"(?<!\bof\s)\b(?:[Tt]he|earlier|other)\s+$")


def _scene_setting(sentence: str, figure: ParsedFigure) -> float | None:
    """The weight of a scene-setting figure, or None when the figure is not one."""
    if _street_number(sentence, figure):
        return 0.05
    if _THE_TWO_BEFORE.search(sentence[: figure.start]) and figure.as_written.lower() == "two":
        # "the two officers", "the two sides", "the earlier two": a pair the story has named
        # already, referred back to; no count it states ("two of the three" is a part of a
        # whole, weighed as one).
        return 0.05
    if _DEMANDED.search(sentence[: figure.start]):
        return 0.05
    years_end = _counts_years(sentence, figure)
    if years_end >= 0 and figure.qualifier == EXACT:
        if _RECORD_BEFORE.search(sentence[: figure.start]):
            return 0.05
        if _TENURE_AFTER.match(sentence, years_end):
            return 0.15
    if _biography(sentence, figure):
        return 0.15
    if figure.qualifier == EXACT and _AGO.match(sentence, figure.end):
        return 0.2
    # The bound may be read as the figure's qualifier ("over 50").
    before = sentence[: figure.start] + re.sub(r"\d.*", "", figure.as_written)
    if figure.unit == COUNT and figure.value < 120 and _AGE_BOUND.search(before):
        return 0.2
    own_years = figure.unit == YEARS or (
        figure.unit == COUNT and _YEARS_AFTER.match(sentence, figure.end) is not None
    )
    if own_years and _OWN_TENURE.search(sentence[: figure.start]):
        return 0.15
    if (
        figure.unit in (YEARS, COUNT)
        and _TIME_SPENT.search(sentence[: figure.start])
        and (figure.unit == YEARS or _SPENT_UNITS.match(sentence, figure.end))
    ):
        return 0.15
    if (
        figure.qualifier == EXACT
        and _TIMETABLE.search(sentence[: figure.start])
        and _TIMETABLE_UNITS.match(sentence, figure.end)
    ):
        return 0.3
    if (
        figure.qualifier == EXACT
        and _LOOSE_COUNT.fullmatch(figure.as_written)
        # "leading to a dozen arrests": a toll, however loosely counted (session 56).
        and not _TOLL_WORDS.search(sentence)
    ):
        return 0.3
    return None


# The words between a part and its whole: "Seven of the nine", "11 out of 16", "nine of its 57".
_PART_OF = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|those\s+|these\s+)?")


# Two counts joined by a dash in a sentence about a vote ("voted 9-4", "on a 6-5 vote").
_TALLY_DASH = re.compile(r"\s?[-\u2013]\s?")
_VOTE_WORDS = re.compile(r"\bvot(?:e|es|ed|ing)\b", re.IGNORECASE)
# A small count that adds to a tally ("Five more cases were confirmed").
_MORE_AFTER = re.compile(r"\s+(?:more|additional|further)\s+[a-z]")
# A count of the items the piece itself lists ("11 things we learned", "12 questions about").
# So is a teaser's count of another piece's list ("15 Amazing Images of Stars", "11
# Fascinating Facts About Our Galaxy").
_LISTICLE_AFTER = re.compile(
    # Up to two words that praise or sort the items ("key", "Fun", "must-know"), whatever they
    # are: a word that joins ("of", "the") opens no such phrase.
    r"(?:\s+(?!(?:of|the|a|an|in|on|for|to|and|or|from|by|at)\b)[^\W\d_][\w’'-]*){0,2}"
    r"\s+(?:things|questions|ways|reasons|takeaways|lessons|tips|charts|graphs|numbers|facts|"
    r"images|photos|pictures|myths|secrets|mistakes|tricks)\s+(?:we|you|to|that|about|"
    r"from|on|for|behind|why|how|the|in|of)\b",
    re.IGNORECASE,
)
# A count opening its sentence that announces what the writer goes on to list ("Three things
# stand out:", "Three things, none of them glamorous."), session 55.
_SIGNPOST_AFTER = re.compile(
    r"\s+(?:things|points|numbers|takeaways|lessons|questions)(?:\s+(?:stand|stood)\s+out\b|\s*[,:])",
    re.IGNORECASE,
)
# A count of days or years is a span of time, whatever it sits beside ("the count took two days").
_TIME_AFTER = re.compile(r"\s+(?:days?|weeks?|months?|years?|hours?|minutes?)\b")
# The sources a report counts ("two officials told X", "three people familiar with the talks
# said"), session 55.
_SOURCES_COUNTED_AFTER = re.compile(
    r"\s+(?:(?:senior|government|administration|security|industry|police|western|other)\s+)?"
    r"(?:officials|sources|people|diplomats|insiders|executives|aides|persons)\b"
    r"(?:\s+(?:familiar\s+with|close\s+to|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on)"
    r"\s+[^,.;]{1,60}?)?,?\s+(?:said|say|says|told)\b",
    re.IGNORECASE,
)
# Things a small count in words counts: a plural noun, up to three words on ("nine deaths",
# "three alcohol-related crashes", "five Indian fighter jets"), no verb or joining word between.
_THINGS_COUNTED_AFTER = re.compile(
    r"(?:\s+(?!(?:of|the|a|an|in|on|for|to|and|or|from|by|at|times|more|were|are|is|was|be|been|"
    r"have|has|had|will|would|could|can|may|might|did|do|does|who|which|that|they|them|we|he|"
    r"she|it|per|each|with|as|than|while|when|after|before|into|over|under)\b)[^\W\d_][\w’'-]*){0,3}?"
    r"\s+(?!(?:times|others|ones|is|was|has|this|its|us|as|does|less|plus|figures|polls|surveys|"
    r"studies|reports|seasons|innings)\b)[a-z][a-z-]*[a-rt-z]s\b"
)
# A count that refers back to things already named ("the two men", "all three", "both").
_REFERRED_BACK_BEFORE = re.compile(
    r"\b(?:the|all|both|these|those|its|their|his|her|our|my|your|each|every|other|first|last|"
    r"next|another)\s+$|[’']s\s+$",
    re.IGNORECASE,
)
# A vote cast, not one to come ("three days before the vote").
_VOTED = re.compile(r"\bvoted\b", re.IGNORECASE)
# The dead, the hurt, the missing and the arrested, whose small counts a story rests on.
_TOLL_WORDS = re.compile(
    rf"\b(?:{TOLL_WORDS}|charged|rescued|"
    # Session 56: the sanctioned ("fined three times in seven days", "Two men were jailed").
    r"fined|convicted|jailed|sentenced|"
    # Session 54: the toll in a participle's clause ("opened fire, killing two people").
    r"evacuated|killing|injuring|wounding|"
    # Session 56: the toll as a noun ("leading to a dozen arrests", "nine deaths").
    r"arrests|deaths|fatalities|casualties|injuries)\b"
    # Session 55: the bodies a search recovers ("six bodies have been recovered", "a total of 7
    # bodies - 4 men, 3 women - recovered so far", "found two more bodies").
    r"|\bbod(?:y|ies)\b[^.!?]{0,40}?\b(?:recovered|found|retrieved|pulled|identified)\b"
    r"|\b(?:recovered|found|retrieved|pulled)\b[^.!?]{0,25}?\bbod(?:y|ies)\b",
    re.IGNORECASE,
)


# The word after a decimal that says what it measures: a unit or a noun, not a joining word.
_MEASURED_IN = re.compile(
    r"\s*(?!(?:and|or|of|to|in|at|on|for|the|a|an|is|was|from|by|with|than)\b)[^\W\d_]{2,}"
)


# A specification written onto its number: storage, a screen's or a lens's size, a refresh rate,
# a battery's charge ("32GB", "38mm", "12MP", "120Hz", "11-inch", a TV's 70"). All but a size in
# millimetres ("45mm of rain" is a measurement) are a product's, wherever they stand.
_PRODUCT_SPECIFICATION = re.compile(r"(?:GB|TB|MB|MP|Hz|mAh|-inch)(?![^\W\d_])", re.IGNORECASE)
# A listing's size in millimetres ("Ostreva Watch Series 3 38mm"), which in a sentence may be
# rain.
_MILLIMETRES = re.compile(r"mm", re.IGNORECASE)
# The units of a machine's speed, which the figure reader leaves after the number ("runs in 4K
# at 30 FPS", "tops out at 4.2 teraflops"), and a screen's pixels ("2,560 by 1,440 pixels"),
# session 54.
_SPECIFICATION_AFTER = re.compile(
    r"(?:\s?(?:fps|teraflops|tflops|gigaflops)|(?:\s+(?:by|x|×)\s+[\d,]+)?\s+pixels?)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
_SPECIFICATION_MARK = re.compile(r"[\"”″]")
# The small words a product's listing may join its names and specifications with.
_LISTING_JOINS = frozenset({"with", "for", "and", "in", "of", "to", "or", "the", "a", "on", "from"})


def _product_listing(sentence: str, figures: list[ParsedFigure]) -> bool:
    """Whether a line names a product by its specifications, as a shop's or a deals page's
    listing does ("Kelvasi Phone 7, Unlocked, 32GB – Black", "Ostreva Watch Series 3 38mm"): a
    specification written onto a number (`_specification`) in a line of names
    (`_listing_words`). A sentence that says something of the product has its verb, and a price
    the listing states ("... for $169.99") is a claim."""
    return (
        not any(figure.unit == CURRENCY for figure in figures)
        and any(_specification(sentence, figure) for figure in figures)
        and _listing_words(sentence)
    )


def _specification(sentence: str, figure: ParsedFigure) -> bool:
    """Whether a figure is a specification written onto its number: a product's
    (`_product_specification`), a size in millimetres or a TV's 70"."""
    return bool(
        _product_specification(sentence, figure)
        or _MILLIMETRES.search(sentence[figure.start : figure.end])
        or _SPECIFICATION_MARK.match(sentence, figure.end)
    )


# A reviewer's rating: a score out of five or ten after the word that gives it ("Score 4.5 out
# of 5", "Rating: 8/10", "Verdict: 4/5"), or stars ("4.5 stars", "three out of five stars").
_RATING_WORD = r"\b(?:score|rating|rated|verdict|grade)\s*:?\s*"
_OUT_OF_WORDS = r"\s*(?:/|out\s+of)\s*"
_RATING_BEFORE = re.compile(rf"{_RATING_WORD}$", re.IGNORECASE)
_OUT_OF = re.compile(rf"{_OUT_OF_WORDS}(?:5|10|five|ten)\b", re.IGNORECASE)
# The scale of such a rating ("Rating 9 out of 10": the 10).
_RATED_OUT_OF = re.compile(rf"{_RATING_WORD}\d+(?:\.\d+)?{_OUT_OF_WORDS}$", re.IGNORECASE)
_STARS_AFTER = re.compile(rf"(?:{_OUT_OF_WORDS}(?:5|five))?\s*(?:-|\s)stars?\b", re.IGNORECASE)


def _review_rating(sentence: str, figure: ParsedFigure) -> bool:
    """Whether a figure is a reviewer's rating (`_RATING_BEFORE` and `_OUT_OF`, the scale after
    such a rating, or `_STARS_AFTER`): the review's verdict, an opinion no one checks. "Four
    out of five doctors" has no word of rating before it."""
    # "9 out of 10" may be read as one figure, a share, with its scale inside.
    out_of = _OUT_OF.match(sentence, figure.end) or _OUT_OF.search(
        sentence, figure.start, figure.end
    )
    return bool(
        (out_of and _RATING_BEFORE.search(sentence[: figure.start]))
        or _RATED_OUT_OF.search(sentence[: figure.start])
        or _STARS_AFTER.match(sentence, figure.end)
    )


def _product_specification(sentence: str, figure: ParsedFigure) -> bool:
    """Whether a figure is a product's specification by the unit written onto it
    (`_PRODUCT_SPECIFICATION`): "a 16-inch laptop", "32GB of memory", "a 120Hz screen" describe
    the thing, as an age in apposition describes a person, and state no claim in a sentence or
    a listing. (A mark after the number is an inch only in a listing: in a sentence it closes
    a quotation, "his “under 300” figure".)"""
    return bool(
        _PRODUCT_SPECIFICATION.search(sentence[figure.start : figure.end])
        or _SPECIFICATION_AFTER.match(sentence, figure.end)
    )


def _listing_words(sentence: str) -> bool:
    """Whether a line has no word in lower case but the small ones that join names (a brand's
    "iPad" is capitalised inside): a listing's names, no sentence's verb."""
    return not any(
        word[:1].islower() and word.lower() not in _LISTING_JOINS and word[1:] == word[1:].lower()
        for word in re.findall(r"(?<![\w-])[^\W\d_][\w’'-]*", sentence)
    )


def score_sentence(
    sentence: str, figures: list[ParsedFigure], *, section: str, attributed: bool
) -> tuple[float, list[str]]:
    """Check-worthiness from 0 to 1 and the reasons for it; `figures` are placed within
    `sentence`."""
    if _product_listing(sentence, figures):
        return 0.0, ["names a product by its specifications"]
    if figures and all(_age_in_apposition(sentence, figure) for figure in figures):
        # "Ada Moor, 43, argues the government's cases", "killed Ada Moor, 37, and wounded Ben
        # Roe, 28.": the ages say who the sentence is about, whoever says it and whatever it
        # compares (session 56). Beside another figure ("Ada Moor, 47, was convicted of nine
        # counts") the sentence is weighed as it always was.
        return 0.15, ["gives people's ages"]
    best = 0.0
    best_reason = ""
    for figure, following in itertools.pairwise(figures):
        if (
            figure.unit == COUNT
            and following.unit == COUNT
            and _PART_OF.fullmatch(sentence, figure.end, following.start)
            and figure.value < following.value
            and not _review_rating(sentence, figure)
        ):
            # "Seven of the nine deaths", "11 of 16 regions": a part of a whole, a share the
            # sentence states in counts, however small they are.
            best, best_reason = 0.45, "states a part of a whole (x of y)"
        elif (
            figure.unit == COUNT
            and following.unit == COUNT
            and _TALLY_DASH.fullmatch(sentence, figure.end, following.start)
            and (
                _VOTE_WORDS.search(sentence)
                or CONTEST.search(sentence)
                or CONTEST_GLOSS_AFTER.match(sentence, following.end)
            )
        ):
            # "Councillors voted 9-4 to rezone the site", "failed on a 7-4 vote": a vote's
            # tally, which decides a question, however few voted. So does a game's result
            # ("defeated the Giants 5-3"), however few scored (session 56).
            best, best_reason = 0.45, "states a vote's tally or a game's result"
    for figure in figures:
        scene = _scene_setting(sentence, figure)
        if scene is not None:
            weight, why = scene, "sets a scene (a loose count, someone's own years)"
        elif _product_specification(sentence, figure):
            weight, why = 0.0, "names a product by its specifications"
        elif _review_rating(sentence, figure):
            weight, why = 0.0, "a reviewer's rating"
        elif figure.unit == COUNT and (
            _LISTICLE_AFTER.match(sentence, figure.end)
            or (
                not sentence[: figure.start].strip() and _SIGNPOST_AFTER.match(sentence, figure.end)
            )
        ):
            # "11 things we learned from ...", "Five questions about ...": how many items the
            # piece itself lists, no claim about the world.
            weight, why = 0.0, "counts the piece's own list"
        elif figure.unit in (PERCENT, PERCENTAGE_POINTS) and figure.kind == "fraction":
            weight, why = 0.5, "states a share"
        elif figure.unit in (PERCENT, PERCENTAGE_POINTS):
            weight, why = 0.55, "states a percentage"
        elif figure.unit == CURRENCY:
            weight, why = 0.55, "states a sum of money"
        elif figure.kind == "vague":
            weight, why = 0.35, "states a rough magnitude"
        elif figure.unit == YEARS:
            weight, why = 0.4, "states a duration"
        elif figure.unit == COUNT and figure.value >= 1_000_000:
            weight, why = 0.5, "states a count in millions or more"
        elif figure.unit == COUNT and figure.value >= 1000:
            weight, why = 0.45, "states a count in thousands"
        elif figure.unit == COUNT and figure.value >= 10:
            weight, why = 0.4, "states a count"
        elif figure.unit == COUNT and figure.value % 1 and _MEASURED_IN.match(sentence, figure.end):
            # "an average stay of 8.3 nights", "6.2 mg/L", "5.1 decisions per caseworker": a
            # number with a decimal part, of a unit or a noun, is measured or averaged, never a
            # handful of things counted. Bare ("It's 7.42.", "paragraphs 4.12 and 4.29") it may
            # be a clock's time or a reference.
            weight, why = 0.4, "states a measured figure"
        elif _TABLE_ROW.fullmatch(sentence):
            # "| Independents | 2 | -1 |": a table's row is its data, however small the count.
            weight, why = 0.4, "states a count in a table's row"
        elif figure.unit == COUNT and _TIME_AFTER.match(sentence, figure.end):
            weight, why = 0.3, "states a small count"
        elif figure.unit == COUNT and _MORE_AFTER.match(sentence, figure.end):
            # "Five more cases were confirmed": a count that adds to a tally, however small.
            weight, why = 0.4, "adds to a tally"
        elif figure.unit == COUNT and _VOTED.search(sentence):
            # "The six opposition senators voted for it": who voted which way decides a question.
            weight, why = 0.4, "counts a vote"
        elif figure.unit == COUNT and _TOLL_WORDS.search(sentence):
            # "Two people died", "Police arrested three men": a toll or an arrest count.
            weight, why = 0.4, "counts the dead, the hurt or the arrested"
        elif figure.unit == COUNT and _SOURCES_COUNTED_AFTER.match(sentence, figure.end):
            # "two officials told X", "three people familiar with the talks said": how many
            # sources a report has, not a figure they state.
            weight, why = 0.05, "counts a report's sources"
        elif (
            figure.unit == COUNT
            and figure.kind == "number"
            and not any(char.isdigit() for char in figure.as_written)
            and _THINGS_COUNTED_AFTER.match(sentence, figure.end)
            and not _REFERRED_BACK_BEFORE.search(sentence, 0, figure.start)
        ):
            weight, why = CHECK_WORTHY, "counts things in words"
        else:
            weight, why = 0.3, "states a small count"
        if weight > best:
            best, best_reason = weight, why
    reasons = [best_reason]
    score = best
    question = sentence.rstrip().endswith("?")
    if attributed and not question:
        # Who asks a question ("CHAIR: Can you guarantee that $2.31 billion is final?") does
        # not say its figure is so.
        score += 0.15
        reasons.append("names who says it")
    if _CHANGE_WORDS.search(sentence):
        score += 0.1
        reasons.append("compares or measures change")
    if any(figure.qualifier != EXACT for figure in figures):
        score += 0.05
        reasons.append("qualified (at least, nearly…)")
    if question and _ASKS_THE_READER.search(sentence):
        # "Has your bandwidth grown more than 15% this year?": the writer asks the reader
        # about the reader's own case, and states nothing (session 55).
        return 0.0, ["asks the reader"]
    if question:
        score -= 0.25
        reasons.append("a question, not an assertion")
    if section == TextSection.CAPTION:
        score -= 0.1
        reasons.append("in a photo caption")
    if section == TextSection.COMMENT:
        score -= 0.1
        reasons.append("a reader's comment")
    return round(max(0.0, min(1.0, score)), 2), reasons


# A question put to the reader about the reader ("Has your bandwidth grown ...?", "Do you
# spend more than $50 a week ...?").
_ASKS_THE_READER = re.compile(
    r"^\W*(?:(?:has|have|had|is|are|was|were|do|does|did|can|could|would|will|should)\s+"
    r"(?:you|your)\b|(?:how|what|why|when)\s+(?:\w+\s+){0,2}(?:do|does|did|can|would|will)\s+"
    r"you\b)",
    re.IGNORECASE,
)


# -- extraction ------------------------------------------------------------------------------


def _section_of(normalised: NormalisedText, start: int, end: int) -> str:
    kinds = normalised.kinds_at(start, end)
    if marks.COMMENT in kinds or marks.COMMENTS in kinds:
        return TextSection.COMMENT
    if marks.CAPTION in kinds:
        return TextSection.CAPTION
    if marks.HEADING in kinds:
        return TextSection.HEADING
    return TextSection.BODY


def _figure_key(figure: ParsedFigure) -> tuple[Decimal, str]:
    return figure.value, figure.unit


# A number joined to a noun by a hyphen qualifies it ("a 12-month basis", "a 15-year high", "its
# 121-year history"): a description, not a figure to check. An amount in a rate stays one ("a
# £100m-a-year deal").
_COMPOUND_AFTER = re.compile(r"-(?!(?:a|an|per)-)[^\W\d_]")
# "Percentages may not add up to 100 because of rounding": a note on a table's sums.
# The figure may take "up to" as its own words ("add up to 100").
_SUMS_TO = re.compile(r"\b(?:add|sum|total)(?:\s+up)?(?:\s+to)?\s+\Z")


def _rounding_total(sentence: str, at: int) -> bool:
    """Whether the figure at `at` is the total a note on rounding says shares may not reach."""
    return "rounding" in sentence and _SUMS_TO.search(sentence[:at]) is not None


_QUOTE_OPENS = re.compile(r"^\s*[“\"‘]|[“]")
# A speech verb after its speaker ("she said", "Moor told MPs"): reported speech, past tense.
_SAID_AFTER = re.compile(r"\b(?:said|told|added|explained|argued|warned|noted|estimated)\b")
# A sentence whose verb is in the tense of reported speech ("Rangers would revisit ...", "The
# fund could run dry by May", "Staff had been told ..."), before any comma.
_BACKSHIFTED = re.compile(
    r"^(?:[A-Z][\w’'-]*|The|Its|Their|Her|His)(?:\s+[\w’'.,%$€£-]+){0,5}?\s+"
    # "had" and a participle, regular or not ("had hired", "had spent", "had lost", "had paid").
    r"(?:would|could|might|had\s+(?:also\s+|already\s+|just\s+)?"
    r"(?:been|[a-z]+(?:ed|en|wn|nt|lt|ught|ost|ade|ut|id))|"
    r"was\s+(?:due|going|expected)|were\s+(?:due|going|expected))\s"
)
_QUOTE_STARTS = re.compile(r"\s*[“\"‘]")
_WHOLE_QUOTE = re.compile(r"^[“\"‘][^“”\"]+[”\"’]$")


# A results story: a company reports its quarter or year ("X reported revenue of $4bn", "the
# group posted a pre-tax profit of £90m", "X forecast sales of ..."), and the sentences after it
# read out the rest of its accounts with no "it said" ("Net income rose to $80m", "Gross margin
# narrowed to 31%", "Revenue from the cloud unit jumped 12%", "Excluding items, it earned 40
# cents a share"): those lines are the company's own figures, from its results, not the paper's.
_RESULTS_ITEMS = (
    r"revenues?|sales|turnover|(?:net|pre-?tax|operating|gross|underlying|adjusted|core)\s+"
    r"(?:income|profits?|loss(?:es)?|earnings|margins?)|profits?|earnings|losses|net\s+loss|"
    r"(?:gross|operating)\s+margins?|margins?|ebitda|EBITDA|inventor(?:y|ies)|bookings|"
    r"orders|(?:free\s+)?cash\s+flow|dividends?|debt|cash\s+reserves"
)
_REPORTS_RESULTS = re.compile(
    r"\b(?:reported|reports|posted|posts|announced|announces|forecast|forecasts|expects|"
    r"predicted|predicts)\s+(?:a\s+|an\s+|its\s+)?(?:[\w.,%-]+\s+){0,6}?"
    rf"(?:{_RESULTS_ITEMS}|results)\b"
)
_RESULTS_LINE = re.compile(
    r"^(?:(?:For|In)\s+the\s+(?:[\w-]+\s+){1,3}?(?:quarter|half|year|period),\s+|"
    r"Excluding\s+(?:items|one-?offs|one-time\s+items|charges),\s+)?"
    # The line's subject is an item of the accounts, perhaps of one part of the business
    # ("Revenue from the data-centre unit", "Client computing revenue, by contrast,").
    rf"(?:(?:[\w-]+\s+){{0,4}}?(?i:{_RESULTS_ITEMS})(?:\s+(?:from|at|in|of)\s+(?:the\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:unit|division|business|segment|arm))?"
    # The period the line is for ("Revenue for the quarter ended March 31, the first of its
    # fiscal year, rose 18%").
    r"(?:\s+(?:for|in)\s+the\s+(?:[\w-]+\s+){0,3}?(?:quarter|half|year|period|months)"
    r"(?:\s+(?:ended|ending|to|through)\s+[A-Z][a-z]+\s+\d{1,2}(?:,\s+\d{4})?)?)?"
    r"(?:,\s+[a-z][^,]{0,60},)?\s+"
    r"(?:also\s+)?(?:rose|fell|jumped|climbed|increased|declined|dropped|slipped|narrowed|"
    r"widened|grew|shrank|surged|soared|slumped|plunged|totalled|totaled|reached|improved|"
    r"edged|doubled|halved|more\s+than\s+doubled|came\s+in|was|were|stood)|"
    # Session 53: the company by what it does ("The home-improvement retailer earned $2.8
    # billion"), as the article describes a company elsewhere (`_COMPANY_DESCRIBED`).
    rf"(?:[Ii]t|[Tt]he\s+(?:[\w-]+\s+){{0,2}}?(?:group|{_COMPANY_DESCRIBED}))\s+"
    r"(?:earned|lost|made|generated))\b"
)


def _results_reporter(
    sentence: str, article: str, earlier: Iterable[Attribution]
) -> Attribution | None:
    """For a line of a company's accounts that names no source (`_RESULTS_LINE`), the company
    the article last said reported its results, or None."""
    line = _RESULTS_LINE.match(sentence.lstrip(' “"‘'))
    if line is None:
        return None
    for found in reversed(list(earlier)):
        if not found.name[:1].isupper() or found.at < 0:
            continue
        if found.kind == EntityKind.PERSON and _introduced_as_person(found.name, article):
            continue  # a chief executive who "reported" the results speaks for the company
        if _REPORTS_RESULTS.search(_sentence_at(article, found.at)):
            return Attribution(found.name, found.kind, line.group(0).strip())
    return None


# Someone gives out figures without a verb of saying ("The returning officer, Ada Moor, has
# declared the result.", "The agency has published its monthly figures."), and the sentences
# after it in the paragraph read them out ("A total of 88,412 papers were verified ..."): the
# figures are the announcer's, as an entry of a live page gives the official it reports.
_ANNOUNCES_FIGURES = re.compile(
    r"^[“\"‘]?(?P<who>[^.;:“”\"]{2,80}?)\s+(?:has\s+|have\s+|had\s+|just\s+)*"
    r"(?:announced|declared|published|released|confirmed|issued|revealed|set\s+out|"
    r"announces|declares|publishes|releases|confirms|issues)\s+"
    r"(?:the|its|their|her|his)\s+(?:[\w-]+\s+){0,2}?(?:figures|totals|results?|numbers|count|"
    r"tally|data|statistics)\b"
)


# A sentence that opens on a body's release itself, whatever it says of it ("Monday's
# jobs release from the X Office was better than feared."): the sentence straight after it
# reads out the release's figures.
_RELEASE_FROM = re.compile(
    r"^(?:[A-Z][\w’'-]*['’]s\s+|The\s+)(?:[a-z-]+\s+){0,3}?(?:release|bulletin|report|figures|"
    r"statistics|data)\s+(?:from|by|of)\s+(?P<body>(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of|for|and|"
    r"[A-Z][\w’'-]*))*)"
)


_DOCUMENT_OPENS = re.compile(
    r"^The\s+(?:[a-z-]+\s+){0,2}?(?P<noun>report|review|audit)\s+[a-z]+ed\b"
)


def _announced_in_paragraph(
    article: str, start: int, earlier: Iterable[Attribution]
) -> Attribution | None:
    """For a sentence that names no source, who an earlier sentence of its paragraph said gave
    out the figures (`_ANNOUNCES_FIGURES`): the person or body named there, or None."""
    paragraph = article[article.rfind("\n", 0, start) + 1 : start]
    sentences = _SENTENCE_BREAK.split(paragraph.strip())
    released = _RELEASE_FROM.match(sentences[-1]) if sentences else None
    if released is not None:
        runs = _capitalised_runs(released.group("body"))
        if runs:
            name = re.sub(r"^(?:The|A|An)\s+", "", runs[0])
            return Attribution(name, guess_kind(name, described_in=(article,)), released.group(0))
    document = _DOCUMENT_OPENS.match(sentences[-1]) if sentences else None
    if document is not None:
        # "The performance report painted a bleak picture. In October, 63.4% ...": the
        # report the article cited before, whoever issued it.
        issuer = _source_going_on(document.group("noun"), list(earlier), article)
        if issuer is not None:
            return Attribution(issuer.name, issuer.kind, document.group(0))
    for before in reversed(sentences):
        announced = _ANNOUNCES_FIGURES.match(before)
        if announced is None:
            continue
        who = announced.group("who")
        runs = [run for run in _capitalised_runs(who) if run.split()[0] not in ("The", "A")]
        if runs:
            name = runs[-1]
            return Attribution(name, guess_kind(name, described_in=(article,)), who)
        noun = who.split()[-1].lower()
        if who.lower().startswith("the ") and _is_body_noun(noun, article):
            name = _stands_for(noun, article, start, earlier)
            if name:
                return Attribution(name, guess_kind(name), who)
        return None
    return None


# A sentence that breaks down the count the one before it gave ("The agency closed 8,905
# cases. Of those, 71% were resolved within 60 days", "Of these, 40 were children"): the
# breakdown comes from the same source as the count.
_OF_THAT_COUNT = re.compile(
    r"^(?:Of\s+(?:those|these|them|that\s+(?:total|number|figure)|the\s+total),|"
    r"Of\s+(?:those|these)\s+[a-z]+,)\s"
)


# A report put to a council's own members, which names no owner ("according to a report to
# cabinet", "Figures in the cabinet report show", "..., the committee report says"): officers
# write it for the body, so its figures are the body's. So are the papers put to a public
# body's board ("according to papers presented to the trust's board", "The board papers
# show"), as a hospital trust or a college publishes them.
_REPORT_TO_MEMBERS = re.compile(
    r"\b(?:(?:a|the)\s+)?(?:[a-z]+\s+)?(?:report|papers)\s+(?:(?:presented|submitted|put|sent)\s+)?"
    r"(?:to|for|before)\s+(?:the\s+)?(?:(?P<noun>[a-z]+)['’]s\s+)?"
    r"(?:cabinet|councillors|members|board|governors|trustees|(?:[a-z]+\s+)?committee)\b|"
    r"\b[Tt]he\s+(?:cabinet|committee|board)\s+(?:report|papers)\b"
)
_MEMBERS_OF = re.compile(
    r"(?P<body>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?:Council|Authority|Trust|Commission))['’]s\s+"
    r"(?:cabinet|committee|councillors|board|governors|trustees|[a-z]+\s+committee)\b"
)
# The same body named by its kind ("the trust's board"), for `_stands_for` to name.
_KIND_MEMBERS = re.compile(
    r"\b[Tt]he\s+(?P<noun>[a-z]+)['’]s\s+(?:cabinet|committee|councillors|board|governors|"
    r"trustees)\b"
)


def _members_report(
    sentence: str, article: str, before: int, earlier: Iterable[Attribution]
) -> Attribution | None:
    """For a sentence citing a report to a body's members or board (`_REPORT_TO_MEMBERS`), the
    body the sentence names by its kind ("the trust's board"), else the one body whose
    cabinet, committee or board the article names; None for none or two."""
    report = _REPORT_TO_MEMBERS.search(sentence)
    if report is None:
        return None
    nouns = (
        {report.group("noun")}
        if report.group("noun")
        else {found.group("noun") for found in _KIND_MEMBERS.finditer(article)}
    )
    bodies = {match.group("body") for match in _MEMBERS_OF.finditer(article)}
    if not bodies and len(nouns) == 1:
        noun = nouns.pop()
        name = _stands_for(noun, article, before, earlier) if noun in _STANDS_FOR_NAME else ""
        bodies = {name} if name else set()
    if len(bodies) != 1:
        return None
    body = bodies.pop()
    return Attribution(body, guess_kind(body), report.group(0))


# Who answered a survey or a poll, as a sentence that gives their answers names them ("58% of
# responding members said", "Respondents reported", "a third of those polled"): the survey's
# figures, the sentence naming no other source.
_SURVEY_ANSWERS = re.compile(
    r"\bof\s+(?:the\s+)?(?:(?:responding|surveyed|polled)\s+)?(?:respondents|members|"
    r"those\s+(?:surveyed|polled|questioned|asked|who\s+(?:responded|answered))|"
    r"(?:[a-z]+\s+)?(?:people|adults|voters|firms|companies|businesses|employers|parents|"
    r"households)\s+(?:surveyed|polled|questioned|asked))\b|"
    r"^(?:Respondents|Those\s+(?:surveyed|polled))\b|"
    # A poll's standings: a net rating, a lead by its two shares, voters' answers ("His net
    # approval stands at -19", "Commonweal leads 48-41", "11% of undecided voters").
    r"\bnet\s+(?:approval|rating|favou?rability|satisfaction)\b|\bapproval\s+rating\b|"
    r"\bleads?\s+\d+\s*[-–]\s*\d+\b|"
    r"\b(?:among|of)\s+(?:likely\s+|registered\s+|undecided\s+)?voters\b"
)


def _survey_respondents(
    sentence: str, article: str, earlier: list[Attribution]
) -> Attribution | None:
    """For a sentence that gives a survey's or a poll's respondents' answers (`_SURVEY_ANSWERS`),
    the body whose survey or poll the article gave figures from last; None for none."""
    respondents = _SURVEY_ANSWERS.search(sentence)
    if respondents is None:
        return None
    source = _source_going_on("survey", earlier, article) or _source_going_on(
        "poll", earlier, article
    )
    if source is None:
        return None
    return Attribution(source.name, source.kind, respondents.group(0))


def _quoted_within(sentence: str, words: str) -> bool:
    """Whether `words` stand inside a quotation that opens `sentence` and is still open where
    they start."""
    # The words may open with the mark that closes the quotation ('," Ada Moor told').
    core = words.lstrip(',.;:!?"”’“‘ ')
    where = sentence.find(core) if core else -1
    return (
        where > 0
        and _opening_mark(sentence, 0)
        and _quotation_open_after(sentence[:where], open_before=False)
    )


def _inside_quotation(text: str, start: int) -> bool:
    """Whether a quotation opened earlier in the paragraph is still open at `start` (a quote of
    several sentences: "She said: “We hired 200. We cut 9 percent.”")."""
    before = text[text.rfind("\n", 0, start) + 1 : start]
    return _quotation_open_after(before, open_before=False)


# A sentence that opens on a body's possession ("Its revenue rose", "Their members voted"),
# not "It's". Its shares' price is the market's, which the paper reports itself.
_ITS_OPENS = re.compile(r"^(?:Its|Their)\s+(?!shares\b|stock\b|share\s+price\b)[\w-]+")
# How many paragraphs a quotation left open may run: a letter's or a statement's length. A
# mark left open by mistake stops speaking for the rest of the article after as many.
_QUOTED_PARAGRAPHS = 12


def _quotation_open_after(paragraph: str, open_before: bool) -> bool:
    """Whether a quotation is open at a paragraph's end, given whether one was at its start:
    the last mark in it opens one, or there is none and one was open."""
    marks_in = [mark.start() for mark in _QUOTE_MARK.finditer(paragraph)]
    return _opening_mark(paragraph, marks_in[-1]) if marks_in else open_before


def _closing_mark_next(text: str, at: int) -> bool:
    """Whether the next quotation mark from `at` closes a quotation."""
    mark = _QUOTE_MARK.search(text, at)
    return mark is not None and not _opening_mark(text, mark.start())


def _opening_mark(text: str, at: int) -> bool:
    """Whether the quotation mark at `at` opens a quotation: a curly one by its shape, a
    straight one by where it stands (after a space, a bracket or a line's start)."""
    mark = text[at]
    if mark != '"':
        return mark == "“"
    return at == 0 or text[at - 1].isspace() or text[at - 1] in "([{—–-"


_QUOTE_MARK = re.compile(r'[“”"]')


# How many paragraphs on a quotation that opens a paragraph may run before it closes.
_QUOTE_RUN_PARAGRAPHS = 4


def _quote_run_speaker(
    text: str, paragraph_start: int, earlier: Iterable[Attribution]
) -> Attribution | None:
    """Who speaks a quotation that opens the paragraph at `paragraph_start` and runs on, each
    paragraph opening with a mark and only the last closing it (“... / “... / “... ,” said
    Ada Moor), or that opens and closes in it: the speaker named in the sentence where it
    closes, a few paragraphs on at most, or at the start of the paragraph after ("So said Ada
    Moor, ..."); None where none is named so."""
    start, paragraph = _line_at(text, paragraph_start)
    if not _QUOTE_STARTS.match(paragraph):
        return None
    for _ in range(_QUOTE_RUN_PARAGRAPHS):
        if not _quotation_open_after(paragraph, True):
            closing = _SENTENCE_BREAK.split(paragraph)[-1]
            at = start + len(paragraph)
            found = find_attribution(closing, article=text, at=at, earlier=earlier)
            following = _line_below(text, start)[0]
            if found is not None or following < 0:
                return found
            # Its speaker named in the next paragraph's first words ("So said Ada Moor, ...",
            # "Those were the words of Ada Moor, ...").
            points_back = _POINTS_BACK.match(text[following:])
            if points_back is None or not points_back.group("person"):
                return None
            name = _clean_name(points_back.group("person"))
            return Attribution(name, EntityKind.PERSON, points_back.group(0))
        start, paragraph = _line_below(text, start)
        if start < 0 or not _QUOTE_STARTS.match(paragraph):
            return None
    return None


def _opens_with_quote(text: str, start: int) -> bool:
    """Whether the paragraph `start` falls in opens with a quotation mark."""
    return _QUOTE_STARTS.match(_line_at(text, start)[1]) is not None


def _latest_person(context: list[Attribution]) -> Attribution | None:
    """Who speaks a quotation that names no speaker: the person who spoke last in the
    paragraph."""
    people = [found for found in context if found.kind == EntityKind.PERSON]
    return people[-1] if people else None


_SPEECH_ONLY = re.compile(rf"\b(?:{_SPEECH_VERBS})\b")
# A speaker set off after what they say: ", she noted", ", the minister said".
_SPEAKER_SET_OFF = re.compile(rf",\s+(?:[\w’'-]+\s+){{0,4}}?(?:{_SPEECH_VERBS})\b")
# A sentence that names the source of the one before it ("That is the early estimate of Ada
# Moor", "Those are the figures of the county council").
_POINTS_BACK = re.compile(
    r"^(?:That|This|These|Those)\s+(?:is|was|are|were)\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:estimate|forecast|projection|calculation|figure|reckoning|assessment|finding|count|"
    # A quotation answered for someone: "“...” That was the response from Ada Moor, ..."
    r"response|reply|answer|explanation|"
    # "“...” That was the message from Police Minister Ada Moor at a briefing ...".
    r"message|words|warning|verdict|view|claim|promise|pledge|boast)s?"
    r"\s+(?:of|from|by)\s+(?P<phrase>[^;.]+)"
    # "“...” That assessment came from Ada Moor, ...", "The warning came from X".
    r"|^(?:That|This|The)\s+(?:[\w-]+\s+){0,2}?(?:assessment|estimate|claim|warning|criticism|"
    r"verdict|view|figure|prediction|forecast|complaint|charge|accusation|rebuttal|response|"
    r"reply|answer)\s+(?:came|comes)\s+from\s+(?P<source>[^;.]+)"
    # "“...” That was Councillor Ada Moor, who chairs ..., speaking at a hearing": a person's
    # full name, set off or followed by the occasion, says who spoke the quotation before.
    # "So said Ada Moor, president of ...", "Those were the words of Ada Moor, a trader".
    rf"|^(?:(?:That|This)\s+(?:was|is)|(?:So|Thus)\s+said|(?:Those|These)\s+(?:were|are)\s+the\s+"
    rf"words\s+of)\s+(?P<person>(?:(?:{_TITLE_WORDS})\.?\s+)*"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})"
    r"(?=,|\s+(?:speaking|writing|talking|addressing)\b|\s*\.?$)"
)


# Where the occasion begins after a source's name ("at a briefing", "during Thursday's
# hearing", "in a note on Monday"); a capital after "in", "on" or "to" goes on with the name
# ("the Council on Foreign Relations", "the Institute for Studies in Ageing").
_OCCASION = re.compile(
    r",|\s+(?:at|during|after|before|while|when|where|as)\s+(?=(?:a|an|the|[a-z]+day\b|[A-Z]))"
    r"|\s+(?:in|on|to)\s+(?=(?:a|an|the)\s|[A-Z][a-z]+day\b)"
)


# A quotation's speech tag with a pronoun for its speaker (", she said", "said he").
_PRONOUN_SAID = re.compile(
    r"[,”\"’]\s+(?:(?:she|he)\s+(?:said|says|added|adds|told\s+\w+)|(?:said|says|added)\s+(?:she|he))\b"
)


def _speaker_after(
    text: str,
    sentences: list[tuple[int, int]],
    number: int,
    context: list[Attribution],
    earlier: list[Attribution],
    *,
    quoted: bool = True,
) -> Attribution | None:
    """The speaker of a quotation named in the next sentence of its paragraph ("“We had 380
    fewer break-ins.” Sheriff Maria Ortega said so on Tuesday."), or the source of any
    sentence that the next one points back to (`_POINTS_BACK`)."""
    if number + 1 >= len(sentences):
        return None
    start, end = sentences[number]
    following_start, following_end = sentences[number + 1]
    following = text[following_start:following_end]
    points_back = _POINTS_BACK.match(following)
    if "\n" in text[end:following_start] and not (
        # A paragraph that is one quotation may be answered for in the next paragraph's first
        # sentence ("“...” / That assessment came from Ada Moor, ...").
        points_back is not None and quoted and _WHOLE_QUOTE.match(_line_at(text, start)[1].strip())
    ):
        return None
    if points_back is not None and points_back.group("person"):
        name = _clean_name(points_back.group("person"))
        return Attribution(name, EntityKind.PERSON, following)
    if points_back is not None:
        # "The bill could reach £180m. That is the estimate of Ada Moor, an analyst, ...": the
        # sentence after names whose figure it was, whatever else it goes on to say.
        # The source ends where the occasion begins ("the message from Police Minister Ada
        # Moor at a briefing in X on Thursday").
        source = _OCCASION.split(points_back.group("phrase") or points_back.group("source"))[0]
        return find_attribution(
            f"according to {source}",
            context,
            article=text,
            at=start,
            earlier=earlier,
        )
    if quoted and _PRONOUN_SAID.search(text, start, end):
        # "“We cut waits by 12%,” she said. Health Minister Ada Moor was opening a clinic.":
        # a pronoun no one before it names is the person the next sentence introduces.
        people = _people_introduced(following, text, following_start)
        if len(people) == 1:
            return people[0]
    if (
        not quoted
        or len(following.split()) > 12
        or not _SPEECH_ONLY.search(following)
        # '"Our target is three million. Some people say that is too ambitious."': a sentence
        # still inside the quotation is the speaker's words, not who speaks them.
        or _inside_quotation(text, following_start)
    ):
        return None
    return find_attribution(following, context, article=text, at=start, earlier=earlier)


def _after_dateline(normalised: NormalisedText, start: int, end: int) -> int:
    """Where the sentence at `start` begins once a wire dateline that opens it ("PLACE, Aug 12
    (Agency) -") is cut off: the dateline is chrome, the sentence after it the article's."""
    for span in normalised.spans:
        if span.kind == marks.DATELINE and span.start <= start < span.end < end:
            start = span.end
            while start < end and normalised.text[start].isspace():
                start += 1
    return start


# What a copyright line says around its holder: "Copyright © 2025 X Ltd. All rights reserved."
_COPYRIGHT_MARKS = re.compile(r"^(?:\s*(?:Copyright|\(c\)|©|(?:19|20)\d{2}|[-–,])\s*)+", re.I)
_COPYRIGHT_END = re.compile(r"\.\s|[,|·(]|\s(?:19|20)\d{2}\b|\bAll\s+rights\b|\bRegistered\b|\.?$")


def copyright_holder(normalised: NormalisedText) -> str:
    """The holder a page's copyright line names ("Namaru Chronicle Publications Ltd" for
    "Copyright © 2025 Namaru Chronicle Publications Ltd. All rights reserved."): the publisher
    of a text that comes without its publisher's name, or ""."""
    # The original text: a copyright line after a teaser list is cut from the normalised one.
    for line in normalised.original.splitlines():
        if not marks.is_copyright_line(line):
            continue
        rest = _COPYRIGHT_MARKS.sub("", line.strip())
        end = _COPYRIGHT_END.search(rest)
        holder = rest[: end.start() if end else len(rest)].strip()
        if _capitalised_runs(holder):
            return holder
    return ""


# A post or a statement set out under its own lead-in, as a page's blockquote gives it with its
# quotation marks lost: the line above ends on a colon ("X posted this on 22 September:",
# "In a statement, the ministry said:") or says its subject posted "this" or "the following"
# ("The party's official account posted this a short while ago."). The verbs that set out a
# post may be no speech verbs elsewhere ("weighed in on X over the weekend"), so the lead-in is
# read with "said" in their place.
_SETS_OUT = (
    r"(?:has\s+|have\s+)?(?:posted|tweeted|wrote|shared|published|issued|put\s+out|"
    r"weighed\s+in|responded|replied|hit\s+back|added)"
)
_POSTED_THIS = re.compile(
    rf"^(?P<who>.+?)\s+{_SETS_OUT}(?P<rest>\s+(?:this|the\s+following)\b[^:;]{{0,60}}?)[.:]$"
)
_SET_OUT_BY = re.compile(rf"^(?P<who>.+?)\s+{_SETS_OUT}(?P<rest>\b[^:;]{{0,60}}):$")
# A body's account on a network posts as the body does ("The party's official account").
_ACCOUNT_OF = re.compile(
    r"['’]s?\s+(?:(?:official|verified|own)\s+)?(?:[\w-]+\s+)?(?:account|page|handle|feed|channel)$"
)


def _set_out_above(
    text: str, paragraph_start: int, earlier: Iterable[Attribution]
) -> Attribution | None:
    """Who a paragraph is set out as the words of by the line above it (`_POSTED_THIS`,
    `_SET_OUT_BY`, or any reporting clause ending on a colon), or None."""
    above = _paragraph_before(text, paragraph_start)
    if paragraph_start == 0 or above >= paragraph_start:
        return None
    line = text[above:paragraph_start].strip()
    if not line.endswith((":", ".")) or marks.BULLET.match(line):
        return None
    lead_in = _SENTENCE_BREAK.split(line)[-1]
    posted = _POSTED_THIS.match(lead_in) or (
        _SET_OUT_BY.match(lead_in) if lead_in.endswith(":") else None
    )
    if posted is not None:
        who = _ACCOUNT_OF.sub("", posted.group("who"))
        clause = f"{who} said{posted.group('rest')}."
    elif lead_in.endswith(":") and _ENDS_REPORTING.search(lead_in[:-1]):
        # Its verb ends it ("the ministry said:"): a lead-in that goes on past its verb
        # ("X summarises a study by Y:") sets out words its subject may only be quoting.
        clause = lead_in[:-1] + "."
    else:
        return None
    at = above + line.rfind(lead_in)
    found = find_attribution(clause, article=text, at=at + len(clause), earlier=earlier)
    if found is None or found.words.split()[0].lower() in _FIRST_PERSON:
        return None
    return Attribution(found.name, found.kind, lead_in)


def _signed_below(text: str, end: int) -> Attribution | None:
    """The poster an embedded post's signature names on the line under the paragraph that
    `end` falls in (`marks.POST_SIGNATURE`), or None."""
    below = _line_below(text, end)[1]
    signature = marks.POST_SIGNATURE.match(below.strip())
    if signature is None:
        return None
    name = signature.group("name").strip()
    if not _capitalised_runs(name):
        return None
    return Attribution(name, guess_kind(name), signature.group(0))


def _line_below(text: str, at: int) -> tuple[int, str]:
    """The start and the text of the next line with anything on it after the line `at` falls
    in, or (-1, "") where that line is the text's last; found by position, without copying the
    rest of the text (a sentence's reader asks it of every line)."""
    end = text.find("\n", at)
    if end < 0:
        return -1, ""
    start = end
    while start < len(text) and text[start] == "\n":
        start += 1
    stop = text.find("\n", start)
    return start, text[start : stop if stop >= 0 else len(text)]


def _line_at(text: str, at: int) -> tuple[int, str]:
    """The start and the text of the line `at` falls in."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, text[start : end if end >= 0 else len(text)]


def _turn_speaker(
    line: str, article: str, at: int, earlier: Iterable[Attribution]
) -> Attribution | None:
    """The speaker a transcript's turn opens with ("QUINTYNE: ..." after "Dr Ana Quintyne told
    the programme"): the person the article introduced under that surname, or None when the
    label names no one it introduced (a "WATCH:" or "UPDATE:" label names no speaker)."""
    titled = _TITLED_TURN.match(line) or _AFFILIATED_TURN.match(line)
    if titled is not None:
        name = titled.group("name")
        if guess_kind(name, via_speech=True) == EntityKind.PERSON and not (
            _HEADING_WORDS & _words_of(name)
        ):
            return Attribution(name, EntityKind.PERSON, line[: line.index(":") + 1].strip())
    named = _NAMED_TURN.match(line)
    if named is not None and _written_before(
        named.group("name"), article[: article.rfind("\n", 0, at) + 1]
    ):
        # "Mira Quellane: Minister, you promised 10,000 homes" after "... spoke to host Mira
        # Quellane": a full name written as running text writes it, whom the article
        # introduced before her turns.
        name = named.group("name")
        return Attribution(name, EntityKind.PERSON, f"{name}:")
    initialled = _INITIALLED_TURN.match(line)
    if initialled is not None:
        # "Hon. T. Moor: ..." in a legislature's record: the person the article introduced
        # with that surname and a given name of that initial.
        surname, initial = initialled.group("surname"), initialled.group("initial")
        people = {
            found.name
            for found in earlier
            if found.kind == EntityKind.PERSON
            and found.name.endswith(f" {surname}")
            and found.name.startswith(initial)
        } | {
            full
            for full in [_full_name(surname, article, at)]
            if full.startswith(initial) and not full.startswith(f"{initial}. ")
        }
        if len(people) == 1:
            return Attribution(people.pop(), EntityKind.PERSON, line[: line.index(":") + 1].strip())
    label = _SPEAKER_LABEL.match(line)
    if label is None:
        return _surname_turn_speaker(line, article, at, earlier)
    role = label.group("label").split()[-1]
    holder = label.group("holder") or next(
        # "CHAIR: ..." after "CHAIR (Ada Moor): ...": the role's holder, as first labelled.
        (
            match.group(1)
            for match in re.finditer(
                rf"^\s*(?:The\s+)?{re.escape(role)}\s*\(([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,3}})\)\s*:",
                article[:at],
                re.MULTILINE,
            )
        ),
        "",
    )
    if holder and guess_kind(holder, via_speech=True) == EntityKind.PERSON:
        return Attribution(holder, EntityKind.PERSON, f"{label.group('label')}:")
    surname = role
    for found in reversed(list(earlier)):
        if found.kind == EntityKind.PERSON and found.name.split()[-1].lower() == surname.lower():
            return Attribution(found.name, found.kind, f"{label.group('label')}:")
    # The surname as the article spells it in running text, before the turns began.
    spelled = next(
        (
            match.group(0)
            for match in re.finditer(rf"\b{re.escape(surname)}\b", article[:at], re.IGNORECASE)
            if not match.group(0).isupper()
        ),
        "",
    )
    name = _full_name(spelled, article, at) if spelled else ""
    if not name:
        return _full_name_labelled(label.group("label"), article)
    return Attribution(name, EntityKind.PERSON, f"{label.group('label')}:")


# The words a broadcast's or a hearing's transcript labels an unnamed speaker with, beside a
# role's ("UNIDENTIFIED MAN:", "AUDIENCE MEMBER:", "STUDIO GUEST:", "THE HOST:").
_TRANSCRIPT_ROLES = frozenset(role.lower() for role in _TURN_ROLES) | frozenset(
    {
        "the", "caller", "guest", "counsel", "anchor", "narrator", "voice", "audience", "member",
        "speaker", "panelist", "correspondent", "unidentified", "male", "female", "man",
        "woman", "studio", "senior", "first", "second", "third", "off-camera",
    }
)  # fmt: skip


# The words of a live page's or a story's label before a colon ("BREAKING NEWS:", "FACT
# CHECK:", "EDITOR'S NOTE:"), which no speaker is named by.
_KICKER_WORDS = frozenset(
    {
        "news", "breaking", "live", "latest", "check", "watch", "exclusive", "analysis",
        "opinion", "explainer", "editor", "editor's", "editor’s", "note", "correction",
        "clarification", "alert", "bulletin", "listen", "read", "more", "related",
    }
)  # fmt: skip


@functools.lru_cache(maxsize=64)
def _turns_labelled(article: str) -> int:
    """How many of the article's lines open with a speaker's label."""
    return sum(1 for line in article.split("\n") if _SPEAKER_LABEL.match(line))


def _full_name_labelled(label: str, article: str) -> Attribution | None:
    """A turn labelled with a full name in capitals ("ADA TAMSLEY: We built 1,200 homes",
    "TAMSLEY FOODS: ..."), a speaker the article never introduced: the person or the body so
    named, as running text would spell it, where the article is a transcript of turns. A
    label of a heading's words ("BREAKING NEWS:", "KEY FIGURES:"), a role's ("THE MAYOR:",
    "CHIEF EXECUTIVE:") or a series' title over a story ("PRICED OUT: PART 2") names no one."""
    words = label.split()
    if not 2 <= len(words) <= 3 or not all(word.isupper() for word in words):
        return None
    if _turns_labelled(article) < 2:
        return None
    # "MARY-KATE O'TAMSLEY" as "Mary-Kate O'Tamsley", "MCCORVATH" as "McCorvath".
    name = re.sub(r"\bMc[a-z]", lambda mc: mc.group(0)[:2] + mc.group(0)[2].upper(), label.title())
    kind = guess_kind(name, via_speech=True)
    if (
        kind not in (EntityKind.PERSON, EntityKind.COMPANY, EntityKind.GOVERNMENT)
        or (_HEADING_WORDS | _KICKER_WORDS) & _words_of(name)
        or all(word.lower() in _BODY_AND_ROLE_NOUNS | _TRANSCRIPT_ROLES for word in words)
    ):
        return None
    return Attribution(name, kind, f"{label}:")


# How many of a turn's paragraphs its label, set on a line of its own, is looked for over.
_TURN_REACH = 12
# A speaker's label alone on its line ("CHIEF ADA MOOR:", "Deputy Chief Ben Roe:").
_LABEL_ALONE = re.compile(r"^\s*(?P<label>[^\s:][^:\n]{1,80}):\s*$")


# An earnings call's or a briefing's transcript names each speaker on a line of their own, their
# job (and firm) after a dash (`marks.SPEAKER_LINE`); the operator's line has no dash.
_CALL_ROLE = re.compile(rf"\b(?i:{_PERSON_NOUNS}|{_TITLE_WORDS}|analyst|relations)\b")
_OPERATOR_LINE = re.compile(r"^\s*(?:Conference\s+)?Operator\s*:?\s*$", re.IGNORECASE)


@functools.lru_cache(maxsize=64)
def _call_speakers(article: str) -> frozenset[str]:
    """The call's speakers, where at least two of the article's lines name one with a job
    (`_call_speaker`): every name a speaker line gives (an analyst's line may give only a
    firm, "Mira Quellane - Halsmoor Securities"); else none."""
    lines = article.split("\n")
    if sum(1 for line in lines if _call_speaker(line)) < 2:
        return frozenset()
    return frozenset(
        found.group("name") for line in lines if (found := marks.SPEAKER_LINE.match(line))
    )


def _call_speaker(line: str) -> re.Match[str] | None:
    """A transcript's speaker line (`marks.SPEAKER_LINE`) whose words after the dash say a job
    ("Chief Executive Officer", "Analyst"), not a headline's second half."""
    found = marks.SPEAKER_LINE.match(line)
    return found if found is not None and _CALL_ROLE.search(found.group("role")) else None


def _turn_above(article: str, at: int, earlier: Iterable[Attribution]) -> Attribution | None:
    """The speaker of a transcript's turn whose label stands on a line of its own above it
    ("CHIEF ADA MOOR:" over "Last year, 143 people were killed ..."): the label nearest above,
    over the turn's other paragraphs, as `_turn_speaker` reads it; None where a line above is
    a turn labelled on its own line, or a label that names no one ("KEY POINTS:") comes
    first."""
    end = _line_at(article, at)[0] - 1
    lines = 0
    while end > 0 and lines < _TURN_REACH:
        start, line = _line_at(article, end)
        end = start - 1
        if not line.strip():
            continue
        lines += 1
        if _OPERATOR_LINE.match(line):
            return None  # the call's operator, who states no figure of a speaker's
        called = _call_speaker(line)
        if called is not None and _call_speakers(article):
            return Attribution(called.group("name"), EntityKind.PERSON, line.strip())
        if line.strip() in _call_speakers(article):
            # "Ada Tamsley" alone over her turn, where the call's list of participants gave
            # her job ("Ada Tamsley - Chief Executive Officer").
            return Attribution(line.strip(), EntityKind.PERSON, line.strip())
        alone = _LABEL_ALONE.match(line)
        if alone is not None:
            # Read as the turn it heads, its first words on the label's line.
            return _turn_speaker(f"{alone.group('label')}: …", article, start, earlier)
        # Only a line with a colon near its start can be a turn labelled on its own line.
        if ":" in line[:90] and _turn_speaker(line, article, start, earlier) is not None:
            return None
    return None


# A trade paper's or a magazine's interview turn labelled with the surname as running text
# spells it ("Moor-Quill: We hold ..."), no capitals and no honorific to mark it a speaker's.
_SURNAME_LABEL = re.compile(r"^\s*(?P<label>[A-Z][a-z][\w’'-]*)\s*:\s+\S")


def _surname_turn_speaker(
    line: str, article: str, at: int, earlier: Iterable[Attribution]
) -> Attribution | None:
    """The speaker of a turn labelled with a surname alone ("Moor: We hold ..."): only the
    person the article introduced before the turn with that surname, so that "Source:" or
    "Update:" names no one."""
    label = _SURNAME_LABEL.match(line)
    if label is None:
        return None
    surname = label.group("label")
    words = f"{surname}:"
    for found in reversed(list(earlier)):
        if found.kind == EntityKind.PERSON and found.name.split()[-1] == surname:
            return Attribution(found.name, found.kind, words)
    # The turns' own lines give only the surname: the given name is before the first of them.
    first_turn = re.search(rf"(?m)^\s*{re.escape(surname)}\s*:", article)
    name = _full_name(surname, article, first_turn.start() if first_turn else at)
    return Attribution(name, EntityKind.PERSON, words) if name else None


# A lead-in that names whose document the list under it reads from ("Here is how the agency's
# report breaks down the total:", "This is how X's figures split the spending:").
_LEAD_IN_DOCUMENT = re.compile(
    r"\b(?:the\s+)?(?P<owner>[a-z]+|[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w’'-]*)*)"
    rf"['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:{_DOCUMENT_NOUNS.pattern})\b"
)


# A list's lead-in naming a document by its owner's acronym ("The XYA figures, as published:").
_ACRONYMS_DOCUMENT = re.compile(
    rf"^(?:The\s+)?(?P<acronym>[A-Z]{{2,8}})\s+(?:[a-z][\w-]*\s+)?"
    rf"(?:breakdown|{_DOCUMENT_NOUNS.pattern})\b"
)


def _spelled_out(acronym: str, before: str) -> str:
    """The name the text before spells `acronym` out as, the acronym in brackets after it
    ("the X Y Agency (XYA)", "the Syndicat des Poiriers du Vallon (SPV)"), or ""."""
    if f"({acronym})" not in before:
        return ""  # Asked first: the patterns made for the acronym cost a compile (`_name_at`).
    # The name stands on the line of its short form: a line above ends it (a caption's
    # credit, a byline).
    spelled = re.search(
        # A country's dotted initials may open the name ("the U.S. X Board (XB)").
        rf"(?P<name>(?:(?:[A-Z]\.){{2,}}[ \t]+)?[A-Z][\w’'-]*"
        rf"(?:[ \t]+(?:(?:{_NAME_PARTICLES})[ \t]+)*[A-Z][\w’'-]*)*)"
        rf"[ \t]+\({re.escape(acronym)}\)",
        before,
    )
    if spelled is None:
        return ""
    placed = re.search(
        rf"(?P<name>[A-Z][\w’'-]*(?:[ \t]+(?:(?:{_NAME_PARTICLES}|in)[ \t]+)*[A-Z][\w’'-]*)*)"
        rf"[ \t]+\({re.escape(acronym)}\)",
        before,
    )
    if placed is not None and placed.start() < spelled.start():
        # "the Inspectorate for Education and Training in Wales (IETW)": the place a body
        # serves is a word of its name where the short form spells it too ("Wales" is not the
        # body).
        name = re.sub(r"^(?:The|A|An)\s+", "", placed.group("name"))
        # "the Council for Rural Schools in Kelvasi (CRS)": the short form may leave the place
        # out, and so does the name it stands for.
        for candidate in (name, name.split(" in ")[0]):
            if "".join(word[0] for word in candidate.split() if word[:1].isupper()) == acronym:
                return candidate
    # "The X Y Agency (XYA) said": the article opening the sentence is no word of the name.
    name = re.sub(r"^(?:The|A|An)\s+", "", spelled.group("name"))
    words = name.split()
    for first, word in enumerate(words[1:], start=1):
        # "Ada Moor of the Taifa Democratic Movement (TDM)": the words whose capitals are the
        # short form's letters, where a name runs into the body's through "of the".
        tail = words[first:]
        if (
            word[:1].isupper()
            and words[first - 1].islower()  # after "of the", not inside the name ("Al X")
            and "".join(w[0] for w in tail if w[:1].isupper()) == acronym
        ):
            return " ".join(tail)
    return name


def _acronyms_document(lead_in: str, before: str) -> Attribution | None:
    """The body whose acronym a lead-in's document carries, where the text before spelled the
    acronym out after the body's name ("the X Y Agency (XYA)")."""
    match = _ACRONYMS_DOCUMENT.match(lead_in)
    if match is None:
        return None
    name = _spelled_out(match.group("acronym"), before)
    if not name:
        return None
    return Attribution(name, guess_kind(name), match.group(0))


# A table's note that names a document by its owner ("Source: Quorvex Hosting terms of use",
# "Source: QFL annual declarations", "Source: Quorvex Rovers secretary's report to members",
# "Source: X annual reports", "Source: X service requests dataset"):
# the owner states the rows, not the document.
_OWNED_NOTE = re.compile(
    # A body's name may join its words ("Ministry of Agriculture weekly price bulletin").
    rf"^(?P<owner>{_CAPITAL}[\w’'&-]*(?:\s+(?:(?:of|for|and|&)\s+)?{_CAPITAL}[\w’'&-]*)*)\s+"
    r"(?:(?P<role>[a-z]+)['’]s\s+)?(?:[a-z][\w-]*\s+){0,3}?"
    rf"(?:terms|declarations|filings?|minutes|datasets?|decisions?|rulings?|determinations?|"
    r"observations?|readings?|measurements?|"
    rf"{_DOCUMENT_NOUNS.pattern})s?\b"
)


_KIND_NOTE = re.compile(
    r"^(?:the\s+)?(?P<noun>[a-z]+)(?:['’]s)?\s+(?:own\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:filings?|accounts|data|figures|results|reports?|statements?|records|returns|statistics)$"
)
_NAMED_BODY_NOTE = re.compile(
    rf"^(?:the\s+)?(?P<owner>{_CAPITAL}[\w’'&-]*(?:\s+(?:of|for|and|on|&|{_CAPITAL}[\w’'&-]*))*)"
    r"\s+\([A-Z][A-Za-z&]+\)(?:\s+[a-z][\w-]*)+\s*$"
)


# A note that names a body in lower case before what it gives ("provincial elections office
# unofficial results", "electoral commission tallying centre"): the body's, as "the" names it.
_LOWER_BODY_NOTE = re.compile(
    # The note may open in sentence case ("Agriculture department price monitoring").
    r"^(?:[Tt]he\s+)?(?P<owner>(?:[A-Za-z][a-z-]*\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:office|commission|agency|ministry|"
    r"department|bureau|authority|board|council|service|institute|tribunal))\b(?:\s+[a-z(][^,;]*)?$"
)


# A note that names a body's own named series ("Tenancy Standards Authority Rent Index", "XYZ
# Selected Food Price Watch"): the body's, an acronym spelled out as the article does.
_BODY_NAME_WORDS = _BODY_WORDS.pattern.removeprefix(r"\b").removesuffix(r"\b")
_NAMED_SERIES_NOTE = re.compile(
    rf"^(?:the\s+)?(?P<owner>(?:{_CAPITAL}[\w’'&-]*\s+)*?{_BODY_NAME_WORDS}|[A-Z]{{2,}}[A-Za-z&]*)"
    r"\s+(?:[A-Z][\w’'&-]*\s+){0,4}(?:Index|Report|Survey|Watch|Monitor|Tracker|Bulletin|"
    r"Review|Census|Statistics|Barometer|Outlook|Register|Dashboard|Digest|Yearbook|Update)\b"
)


def _note_owner(note: str, before: str, earlier: Iterable[Attribution]) -> Attribution | None:
    """Who owns the document a table's note names (`_OWNED_NOTE`): the person the article gives
    the role whose document it is ("secretary's report" after "club secretary Ada Moor"), else
    the body an acronym spells out, else the owner as named; the body a kind names ("company
    filing", `_KIND_NOTE`) as "the company" names it; the body a name and its short form name
    (`_NAMED_BODY_NOTE`); None for no such note."""
    words = f"Source: {note}"
    kind_noted = _KIND_NOTE.match(note)
    if kind_noted is not None and kind_noted.group("noun") in _STANDS_FOR_NAME:
        # "Source: company filing": the company the article is about, as "the company" is.
        name = _stands_for(kind_noted.group("noun"), before, len(before), list(earlier))
        return Attribution(name, guess_kind(name), words) if name else None
    # "X Agency (XA) river monitoring programme": the body its short form follows owns
    # whatever the note goes on to call its work, as long as the note says no more of whom.
    named_body = _NAMED_BODY_NOTE.match(note)
    if named_body is not None and _BODY_WORDS.search(named_body.group("owner")):
        owner = named_body.group("owner")
        return Attribution(owner, guess_kind(owner), words)
    series = _NAMED_SERIES_NOTE.match(note)
    if series is not None:
        owner = series.group("owner")
        if _ACRONYM.match(owner):
            owner = _spelled_out(owner, before) or owner
        return Attribution(owner, guess_kind(owner), words)
    lower_body = _LOWER_BODY_NOTE.match(note)
    if lower_body is not None:
        owner = f"the {lower_body.group('owner')}"
        return Attribution(owner, guess_kind(owner), words)
    match = _OWNED_NOTE.match(note)
    if match is None:
        return None
    role = match.group("role")
    holder = _role_holder(role, before, earlier) if role else None
    if holder is not None:
        return Attribution(holder.name, holder.kind, words)
    owner = match.group("owner")
    if _ACRONYM.match(owner):
        owner = _spelled_out(owner, before) or owner
    return Attribution(owner, guess_kind(owner), words)


def _lead_in_owner(
    lead_in: str, text: str, at: int, earlier: Iterable[Attribution]
) -> Attribution | None:
    """The owner of the document a list's lead-in names ("the agency's report" is the agency
    named before, "X's figures" X's), or None when it names no one's."""
    match = _LEAD_IN_DOCUMENT.search(lead_in)
    if match is None:
        return _acronyms_document(lead_in, text[:at])
    owner = match.group("owner")
    if _DOCUMENT_NOUNS.fullmatch(owner):
        # "The report's key findings:", "Among the audit's other findings:": a document's
        # findings are whoever the article said issued that document.
        issuer = _source_going_on(owner, list(earlier), text)
        if issuer is None:
            return None
        return Attribution(issuer.name, issuer.kind, match.group(0))
    if owner.islower():
        if not _is_body_noun(owner, text):
            return None
        owner = _stands_for(owner, text, at, list(earlier))
    else:
        owner = re.sub(r"^(?:The|A|An)\s+", "", owner)
    if not owner[:1].isupper() or owner.lower() in _NOT_NAMES | _STOP_BACK | _PRONOUNS:
        return None
    return Attribution(owner, guess_kind(owner, described_in=(text,)), match.group(0))


# A list's lead-in whose subject asks for or offers what the list sets out ("The X Union is
# calling for:", "The state government's budget promises:"), and one that says whose words the
# list is taken from ("From the X Department's answers this week:", "Key points from the X
# Securities note:").
_LEAD_IN_PROPOSES = re.compile(
    r"^(?P<subject>\S.*?)\s+(?:(?:is|are)\s+)?(?:call(?:s|ing)\s+for|asks?\s+for|asking\s+for|"
    r"wants?|propos(?:es|e|ing)|promis(?:es|e|ing)|pledg(?:es|e|ing)|demands?|demanding|"
    r"recommends?|recommending|seeks?|seeking|urges?|urging)$"
)
_LEAD_IN_FROM = re.compile(rf"\b[Ff]rom\s+(?:the\s+)?(?P<owner>{_NAME_RUN})(?:['’]s)?\s+[a-z]")


def _lead_in_proposer(
    lead_in: str, text: str, at: int, earlier: Iterable[Attribution]
) -> Attribution | None:
    """The source of a list a lead-in says is asked for or offered by its subject, or taken
    from a named body's words (`_LEAD_IN_PROPOSES`, `_LEAD_IN_FROM`): the subject or the body
    as "<it> said." would name it (a short form spelled out, "the union" the union named
    before), a document's owner for a document ("X's budget promises:"); None otherwise."""
    proposes = _LEAD_IN_PROPOSES.match(lead_in)
    named = _LEAD_IN_FROM.search(lead_in) if proposes is None else None
    if named and named.group("owner").split()[0].lower() in _NOT_NAMES:
        named = None  # "From Monday X fares will be:" says when, not whose
    who = proposes.group("subject") if proposes else named.group("owner") if named else ""
    who = re.sub(rf"{_OWNERS_MARK}$", "", who)
    if not who:
        return None
    owner = _lead_in_owner(who, text, at, earlier) if proposes else None
    if owner is not None:
        return Attribution(owner.name, owner.kind, lead_in)
    # "The state government's 2025 budget, tabled in November, promises:": the budget's owner,
    # as the article describes it.
    who = re.sub(rf"{_OWNERS_MARK}\s.*$", "", who)
    said = _find_attribution(f"{who} said.", (), article=text, at=at, earlier=list(earlier))
    return Attribution(said.name, said.kind, lead_in) if said is not None else None


# A list's lead-in that names what is proposed, and by no one ("The options before members
# are:", "The three proposals are:").
_PROPOSALS_LEAD_IN = re.compile(
    r"^(?:The|the)\s+(?:[a-z]+\s+)?(?:options|proposals|choices|scenarios)\b(?!.*\b(?:by|from)\s)"
)


def _list_item(line: str) -> bool:
    """Whether a line is a list's item: a bullet, or a figure and its label with none."""
    return bool(marks.BULLET.match(line)) or marks.is_figure_line(line.strip())


def _box_source(text: str, at: int, earlier: Iterable[Attribution] = ()) -> Attribution | None:
    """For a bullet line, the source its fact box's heading names: the lines above it are
    bullets back to a heading such as "Key figures (source: X)", or a lead-in that names its
    source and ends in a colon ("According to the health department's update:"), which governs
    the list under it as a sentence governs its clauses; None for any other line, or a box
    whose heading names no source ("What we found")."""
    start, line = _line_at(text, at)
    if not _list_item(line):
        return None
    own = _ITEM_SOURCE.search(line)
    if own and _capitalised_runs(own.group("name")):
        # "- 4.3%: best easy-access rate this week (X)": the item names its own source, as a
        # heading "Key figures (X)" names the box's.
        name = own.group("name").strip()
        return Attribution(name, guess_kind(name), f"({name})")
    while start > 0:
        start, line = _line_at(text, start - 1)
        if _list_item(line) or not line.strip():
            continue  # a page's list may come with a blank line between its items
        labelled = _TABLE_NOTE.match(line.strip())
        if labelled is not None:
            # "In numbers" / "Source: X, snapshot of 14 February" / "- 5,412 people in custody":
            # the box's line that names its source, read as a table's note is.
            name = labelled.group("name").strip()
            return _note_line_source(name, line.strip(), text[:start], earlier, named=name)
        heading = _BOX_HEADING.match(line.strip())
        if heading is None and line.rstrip().endswith(":"):
            lead_in = line.strip().rstrip(":")
            found = find_attribution(lead_in, article=text, at=start + len(line), earlier=earlier)
            if found is None:
                found = _lead_in_owner(lead_in, text, start, earlier)
            if found is None:
                found = _lead_in_proposer(lead_in, text, start, earlier)
            if found is None and _PROPOSALS_LEAD_IN.match(lead_in):
                # "The options before members are:": a consultation's options are the
                # proposals of the body consulting, the body the article has been quoting.
                found = _latest_body(earlier, text)
                if found is not None:
                    return Attribution(found.name, found.kind, lead_in)
            document = _DEFINITE_SUBJECT.match(lead_in)
            if found is None and document and document.group("det") == "The":
                head = document.group("words").split()[-1]
                if _DOCUMENT_NOUNS.fullmatch(head) and not document.group("owner"):
                    # "The budget papers show how the money is split:" names no owner the
                    # article gave: the document itself is the list's source, not the paper.
                    name = f"the {document.group('words')}"
                    return Attribution(name, guess_kind(name), document.group(0).strip())
            return found or _note_below_list(text, at, earlier)
        if heading is None:
            return _note_below_list(text, at, earlier)
        name = (heading.group("bracketed") or heading.group("after")).strip().rstrip(".")
        if heading.group("bracketed") and _STATE_IN_BRACKETS.fullmatch(name):
            # "X phone, 32GB – Black (Renewed)", "Fees (Updated)": a listing's or a heading's
            # state, one word in the past participle, names no source.
            return None
        if heading.group("bracketed") and _abbreviates(name, line[: line.find("(")]):
            # "Mental health and psychosocial support (MHPSS)": the heading's own short form,
            # a source only when the words it shortens name a body ("Office for Fair Rents
            # (OFR)").
            words = line[: line.find("(")].strip()
            if not _BODY_WORDS.search(words):
                return None
            return Attribution(words, guess_kind(words), line.strip())
        # "Key figures (X survey, end of 2024)": the source up to its first comma, and the
        # owner of the document it names, as a table's note is read.
        name = name.split(",", 1)[0].strip()
        owner = _note_owner(name, text[:start], earlier)
        if owner is not None:
            return Attribution(owner.name, owner.kind, line.strip())
        return Attribution(name, guess_kind(name), line.strip())
    return _note_below_list(text, at, earlier)


def _note_below_list(text: str, at: int, earlier: Iterable[Attribution] = ()) -> Attribution | None:
    """For a bullet line whose box names no source above it, the source a note right under the
    list names ("- Confirmed deaths: 9" ... "Source: X District Health Office"), read as a
    table's note is; None where the line after the list is anything else."""
    end = _line_at(text, at)[0]
    while end < len(text):
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        line = text[end:line_end]
        if _list_item(line) or not line.strip():
            end = line_end + 1
            continue
        labelled = _TABLE_NOTE.match(line.strip())
        if labelled is None:
            return None
        note_line = line.strip()[labelled.start("name") :]
        if any(_NOTE_OWN_WORK.match(part) for part in _NOTE_PARTS.split(note_line)):
            # "Source: Gazette analysis of ...": someone's own work, the publisher's perhaps,
            # which the list's lines are not credited away from.
            return None
        name = labelled.group("name").strip()
        # "Source: X Annual Report 2023-24": the report's owner.
        owned = _OWNERS_REPORT_NOTE.sub("", name)
        return _note_line_source(name, line.strip(), text[:end], earlier, named=owned)
    return None


def _note_line_source(
    note: str, line: str, before: str, earlier: Iterable[Attribution], *, named: str
) -> Attribution | None:
    """The source a fact box's or a list's "Source:" line gives: the owner of the document its
    `note` names (`_note_owner`), else the name it gives (`named`, the note or its owner's part)
    when that has a capital, else None."""
    owner = _note_owner(note, before, earlier)
    if owner is not None:
        return Attribution(owner.name, owner.kind, line)
    return Attribution(named, guess_kind(named), line) if _capitalised_runs(named) else None


# A note's document after its owner's name ("X Annual Report 2023-24", "X Quarterly Bulletin").
_OWNERS_REPORT_NOTE = re.compile(
    r"\s+(?:(?:Annual|Quarterly|Monthly|Weekly|Interim)\s+)?(?:Report|Review|Accounts|Bulletin|"
    r"Statement|Update|Returns)(?:\s+[\d/\u2010-\u2015-]+)?$"
)


def _abbreviates(short: str, words: str) -> bool:
    """Whether `short` is an acronym of `words`: each word's initial in turn ("and", "of" and
    the like may be skipped), each perhaps with more of its letters after it ("Mental health
    and psychosocial support" for MHPSS, "Water, sanitation and hygiene" for its four-letter
    short form, "Non-food items" for NFI): a heading's bracketed short form of itself, which
    names no source."""
    if len(short) < 2 or not short.isupper():
        return False
    parts = [part.upper() for part in re.split(r"[\s,/-]+", words) if part]

    def fits(letter: int, word: int) -> bool:
        if word == len(parts):
            return letter == len(short)
        part = parts[word]
        if part.lower() in _CONNECTORS and fits(letter, word + 1):
            return True
        if letter == len(short) or short[letter] != part[0]:
            return False
        # The word gives its initial, then any of its letters in order.
        taken, rest = letter + 1, part[1:]
        for char in rest:
            if fits(taken, word + 1):
                return True
            if taken < len(short) and short[taken] == char:
                taken += 1
        return fits(taken, word + 1)

    return fits(0, 0)


# A fact-check's header gives the claim on one line and who made it on the next ("Claim: "We
# have cut ..."" then "Said by: Health Secretary Ada Moor, in the Assembly, 12 May"; "What was
# claimed: ..." then "Who claimed it: X, a social media page").
_CLAIM_LINE = re.compile(
    r"^\s*(?:(?:The\s+)?Claims?|What\s+was\s+(?:claimed|said))\s*:", re.IGNORECASE
)
_SAID_BY_LINE = re.compile(
    r"^\s*(?:(?:Said|Claimed|Made|Stated|Posted)\s+by|Speaker|Claimant|"
    r"Who\s+(?:said|claimed|made|posted)\s+it)\s*:\s*"
    r"(?P<who>[^,;(\n]+)",
    re.IGNORECASE,
)


def _claim_line_source(text: str, at: int) -> Attribution | None:
    """For a fact-check's "Claim:" line, who the "Said by:" line under it names."""
    start, line = _line_at(text, at)
    if not _CLAIM_LINE.match(line):
        return None
    following = _line_below(text, start)[1]
    said_by = _SAID_BY_LINE.match(following)
    if said_by is None:
        return None
    who = said_by.group("who").strip()
    title = _TITLE_RUN.match(who)
    name = who[title.end() :] if title else who
    if not name[:1].isupper():
        return None
    return Attribution(name, guess_kind(name, via_speech=True), following.strip())


# A press release a paper runs as sent says whose it is ("Submitted by X" under its headline,
# "This article is a press release supplied to the Post by X"): the issuer, not the paper,
# states what it names no source for, its report's findings among them.
_RELEASE_ISSUER = re.compile(
    r"^\s*(?:(?:Submitted|Supplied|Issued|Provided|Contributed)\s+by|"
    # A republished report's credit line, with its date after a bar ("Republished from the X
    # Fire Authority | 12 May 2025").
    r"(?:Republished|Reproduced|Reprinted)\s+from)\s+"
    r"(?P<line>(?:the\s+)?[A-Z][^\n|·]{1,60}?)\s*(?:[|·][^\n]*)?$|"
    r"\bpress\s+release\s+(?:(?:supplied|issued|provided|sent|submitted)\s+"
    r"(?:to\s+[^.\n]{1,60}?\s+)?)?(?:by|from)\s+(?P<sentence>(?:the\s+)?[A-Z][^.,;\n]{1,60})|"
    # An editor's note over a release of any name ("The following is a news release from X",
    # "This media release was provided by X"): a note, never a story's "in a news release".
    r"(?:^|(?<=[.!?:]\s))(?:The\s+following\s+is|This\s+is)\s+an?\s+(?:news|media)\s+release\s+"
    r"(?:(?:supplied|issued|provided|sent|submitted)\s+)?(?:by|from)\s+"
    r"(?P<note>(?:the\s+)?[A-Z][^.,;\n]{1,60})|"
    r"(?:^|(?<=[.!?:]\s))This\s+(?:news|media|press)\s+release\s+(?:was|is|has\s+been)\s+"
    r"(?:supplied|issued|provided|sent|submitted|distributed)\s+by\s+"
    r"(?P<passive>(?:the\s+)?[A-Z][^.,;\n]{1,60})",
    re.MULTILINE,
)


# The office a release comes from when it speaks for one person ("the Office of Senator Ada
# Moor"): the release is hers.
_OFFICE_OF = re.compile(r"^(?:the\s+)?(?:[Oo]ffice|[Pp]ress\s+[Oo]ffice)\s+of\s+")
# The desk a body's release is issued by ("Corporate Communications, X Police", "Press Office,
# X Council"), which speaks for the body named beside it.
_COMMUNICATIONS_DESK = re.compile(
    r"^(?:the\s+)?(?:(?:Corporate|Media|Public|External)\s+)?(?:Communications|Affairs|Relations|"
    r"Press\s+Office|Media\s+(?:Office|Team|Relations)|News\s+(?:Desk|Office))$",
    re.IGNORECASE,
)
# A line in brackets under a newsletter's item that credits where its figures come from
# ("(via the X Council)", "(Source: X, table 3)"): the item's unattributed figures are X's.
_CREDIT_LINE = re.compile(
    r"^[ \t]*\((?i:via|sources?\s*:)\s+(?:the\s+)?(?P<name>[A-Z][^()\n,]{1,80}?)"
    r"(?:,[^()\n]*)?\)[ \t]*$",
    re.MULTILINE,
)


# A written answer's credit over it ("Answered by Ada Moor, Minister of State for X"), as a
# legislature's record and the digests of it print one: the paragraphs under it are hers.
_ANSWERED_BY = re.compile(
    r"^[ \t]*(?:Answered|Replied|Reply|Response|Answer\s+given)\s+(?:by|from)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][^,(\n]{1,80}?)[ \t]*(?:[,(][^\n]*)?$",
    re.MULTILINE,
)
# A line that opens the next question, or closes the answer ("-----"): the answer ends there.
_ANSWER_ENDS = re.compile(r"^[ \t]*(?:Asked\s+by\b|(?:-{3,}|\*{3,}|_{3,})[ \t]*$)")


def _answered_paragraphs(text: str) -> Iterator[tuple[int, int, Attribution]]:
    """The paragraphs of each written answer (`_ANSWERED_BY`), as their span and who gave them:
    from the first sentence under the credit (a date line under it, "Answered on 13 March",
    is no part of the answer) to the next question, rule or heading."""
    for answered in _ANSWERED_BY.finditer(text):
        runs = _capitalised_runs(answered.group("name"))
        if not runs:
            continue
        name = runs[0]
        start = end = -1
        position = answered.end() + 1
        while position < len(text):
            line_start = position
            line_end = text.find("\n", position)
            line_end = len(text) if line_end < 0 else line_end
            line = text[position:line_end].strip()
            position = line_end + 1
            if not line:
                continue
            if _ANSWER_ENDS.match(line) or _ANSWERED_BY.match(line):
                break
            if not marks.ends_as_a_sentence(line):
                if start >= 0:
                    break  # a heading: the answer is over
                continue  # the date line under the credit
            if start < 0:
                start = line_start
            end = line_end
        if start >= 0:
            yield start, end, Attribution(name, guess_kind(name), answered.group(0).strip())


def _credited_paragraphs(text: str) -> list[tuple[int, int, Attribution]]:
    """The paragraphs a credit line closes (`_CREDIT_LINE`), each as its span and its source:
    the lines above the credit back to a blank line; a list of lines that each end on a figure
    (`marks.ENDS_ON_A_FIGURE`), perhaps under its heading, that a "Source:" note closes; and the
    paragraphs of a written answer under the credit naming who gave it
    (`_answered_paragraphs`)."""
    credited = list(_answered_paragraphs(text))
    for note in _TABLE_NOTE.finditer(text):
        # "Ada Moor (Labour) 14,882 / Ben Roe (Green) 9,310 // Source: X Commission": a list of
        # lines that each end on a figure, the note under it naming whose they are.
        block_end = note.start()
        while block_end and text[block_end - 1].isspace():
            block_end -= 1
        blank = text.rfind("\n\n", 0, block_end)
        block_start = blank + 2 if blank >= 0 else 0
        rows = [line.strip() for line in text[block_start:block_end].split("\n") if line.strip()]
        if rows and not any(char.isdigit() for char in rows[0]) and len(rows[0].split()) <= 4:
            rows = rows[1:]  # the list's heading ("Results")
        runs = _capitalised_runs(note.group("name"))
        if len(rows) >= 2 and runs and all(marks.ENDS_ON_A_FIGURE.match(row) for row in rows):
            name = runs[0]
            credited.append(
                (block_start, block_end, Attribution(name, guess_kind(name), note.group(0).strip()))
            )
    for credit in _CREDIT_LINE.finditer(text) if "(" in text else ():
        runs = _capitalised_runs(credit.group("name"))
        if not runs:
            continue
        paragraph_start = text.rfind("\n\n", 0, credit.start()) + 1
        name = runs[0]
        credited.append(
            (
                paragraph_start,
                credit.start(),
                Attribution(name, guess_kind(name), credit.group(0).strip()),
            )
        )
    return credited


# A table as intake reads it, in markdown rows ("| 2019-20 | 41.5 | 7 |"): a header row, a
# rule under it ("|---|---|"), then the rows of figures, perhaps with blank lines between.
_TABLE_ROW = re.compile(r"^[ \t]*\|(?:[^|\n]*\|){2,}[ \t]*$", re.MULTILINE)
_TABLE_RULE = re.compile(r"[ \t]*\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*")
# The note under a table that names where its figures come from ("Source: Ada Moor et al.,
# working paper, 2024"), up to its first comma, or the end of its first sentence when the
# note goes on to say what the figures count ("Source: X trust. Figures include season tickets"):
# a stop after a lowercase word, before a capital or a key to an abbreviation ("Source: X
# Partners. psf: per sq ft"), so that "U.S. Census Bureau" stays whole.
_TABLE_NOTE = re.compile(
    r"^[ \t]*(?:Sources?|Data)\s*:\s*(?P<name>[A-Z][^,;\n]{1,80}?)\s*"
    r"(?:[,;]|(?-i:(?<=[a-z]{2})\.\s+(?=[A-Z]|[a-z/]+\s*[:=]))|\.?[ \t]*$)",
    re.IGNORECASE | re.MULTILINE,
)


# A part of a table's note that credits the publisher's own work ("Source: X analysis of council
# data", X the publisher's name, or "...; our calculations"): the rows are the publisher's
# reading, not the source's, whatever else the note lists beside it.
_NOTE_OWN_WORK = re.compile(
    r"^\s*(?:[Oo]ur|(?P<own>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*?)(?:['’]s)?)\s+(?:own\s+)?"
    r"(?:analysis|calculations?|projections?|estimates?|research|count|tally)\b"
)
_NOTE_PARTS = re.compile(r";|(?<=[a-z]{2})\.\s+(?=[A-Z])")


# A table's note that names an officer by role, then the body ("Source: Returning Officer, X
# Electoral Authority", "Source: Chief Medical Officer, Department of Health").
_ROLE_OF_BODY_NOTE = re.compile(
    r"^(?P<role>(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+),\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w’'&-]*(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?[A-Z][\w’'&-]*)+)"
)


# A table's cell that holds a number alone ("5.82", "+17.1%", "£1,240", "−3").
_NUMBER_CELL = re.compile(r"[+\-\u2212±]?[$€£₹¥]?\d[\d.,]*\s?%?")


def _has_number_cell(row: str) -> bool:
    return any(_NUMBER_CELL.fullmatch(cell) for cell in _cells(row))


# Where a line names a table's source, wherever in the line ("Rs/kWh unless stated. Source: X").
_SOURCE_LABEL_OPENS = r"(?<![\w-])(?:Sources?|Data)\s*:\s*"
_SOURCE_LABEL = re.compile(rf"{_SOURCE_LABEL_OPENS}[A-Z]")
# The same, in the line right under a table, where its place makes it the table's note: the
# source may be written in lower case ("... to 9am Sunday. Source: national forecaster").
_NOTE_LABEL_UNDER = re.compile(rf"{_SOURCE_LABEL_OPENS}\S")


@dataclass
class _Table:
    rows_from: int  # where the first row under the rule starts
    lead_in: tuple[int, str]  # the line above the table: where it starts, and its text
    note: str  # the source the note under the table names, or ""
    note_line: str = ""  # the whole of that note, after "Source:"
    source_column: int | None = None  # a column whose header is "Source": each row's source


# A table's column that names each row's source ("| Measure | 2025 | 2024 | Source |").
_SOURCE_HEADER = re.compile(r"(?i:(?:data\s+)?sources?|source\s+of\s+data)")


def _cells(row: str) -> list[str]:
    """A table row's cells, stripped ("| a | b |" -> ["a", "b"])."""
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def _row_source(
    table: _Table, text: str, at: int, earlier: Iterable[Attribution]
) -> Attribution | None:
    """The source a table's "Source" column names for the row `at` falls in: an acronym as the
    article spelled it out, a common noun ("Company") as the body it stands for; None where
    the table has no such column or the row's cell is empty."""
    if table.source_column is None:
        return None
    cells = _cells(_line_at(text, at)[1])
    if table.source_column >= len(cells) or not cells[table.source_column]:
        return None
    cell = cells[table.source_column]
    words = f"Source: {cell}"
    if _ACRONYM.match(cell):
        name = _spelled_out(cell, text[:at]) or cell
        return Attribution(name, guess_kind(name), words)
    if " " not in cell and _is_body_noun(cell.lower(), text):
        # "| Vayu Motocorp sales | 4.82 lakh | Company |": the company the row's label names,
        # else the one the noun stands for in the article.
        # A one-word label is the row's opening capital ("Total", "Exports"), no company.
        label = [run for run in _capitalised_runs(cells[0]) if " " in run or _ACRONYM.match(run)]
        name = label[0] if label else _stands_for(cell.lower(), text, at, list(earlier))
        return Attribution(name, guess_kind(name), words) if name[:1].isupper() else None
    if _capitalised_runs(cell):
        return Attribution(cell, guess_kind(cell), words)
    return None


def _tables(text: str) -> dict[int, _Table]:
    """Each line of a markdown table that has a rule under its header, by where the line
    starts, with what introduces the table and what its note credits."""
    found: dict[int, _Table] = {}
    lines = list(_TABLE_ROW.finditer(text))
    index = 0
    while index < len(lines):
        block = [lines[index]]
        while (
            index + 1 < len(lines) and not text[block[-1].end() : lines[index + 1].start()].strip()
        ):
            index += 1
            block.append(lines[index])
        index += 1
        rules = [row for row in block if _TABLE_RULE.fullmatch(row.group(0))]
        if not rules and len(block) > 2 and not _has_number_cell(block[0].group(0)):
            # A table pasted without the rule under its header ("| District | Cases |" over
            # rows of figures): the header is the first row, where no cell is a number ("|
            # Market | Week to 13 Apr | Change |").
            rules = [block[0]]
        if not rules:
            continue
        before = text[: block[0].start()].rstrip()
        lead_start = before.rfind("\n") + 1
        under = text[block[-1].end() :].lstrip("\n")
        note = _TABLE_NOTE.match(under)
        credited_under = _NOTE_LABEL_UNDER.search(under.split("\n", 1)[0])
        if note is None and credited_under is not None:
            # The line under the table credits its source after a caption's words ("Rainfall
            # in the 24 hours to 9am. Source: X"), as the line above may.
            note = _TABLE_NOTE.match(under[credited_under.start() :])
        credited = _SOURCE_LABEL.search(before[lead_start:])
        if note is None and credited is not None:
            # The line above the table credits its source ("Rs/kWh unless stated. Source: X"),
            # as a note under it does.
            note = _TABLE_NOTE.match(before[lead_start + credited.start() :])
        header = next(
            (
                _cells(row.group(0))
                for row in block
                if not _TABLE_RULE.fullmatch(row.group(0))
                and any(_SOURCE_HEADER.fullmatch(cell) for cell in _cells(row.group(0)))
            ),
            [],
        )
        table = _Table(
            rows_from=rules[0].end(),
            lead_in=(lead_start, before[lead_start:]),
            # "Source: X (provisional)": the bracket says of what state the figures are.
            note=re.sub(r"\s*\([^()]*\)$", "", note.group("name").strip()) if note else "",
            note_line=note.string[note.start("name") :].split("\n", 1)[0] if note else "",
            # The last column, after the row's label and its figures: a first column named
            # "Source" lists where money came from ("| Source | Amount |"), not who says so.
            source_column=(
                len(header) - 1
                if len(header) > 2 and _SOURCE_HEADER.fullmatch(header[-1])
                else None
            ),
        )
        for row in block:
            found[row.start()] = table
    return found


# A judge as a sentence's subject, giving a finding of the court below or of the bench
# ("The judge assessed damages at £2.9m", "Lady Justice Ames ... would have assessed it at
# 25%", "At trial, Judge Ada Moor found"): what the judge finds, awards or applies is the
# judge's figure, though no verb of speech says so. A finding's verbs only: "the judge left
# the court" or "the judge's figure" (a noun) states nothing of the judge's.
_JUDGE_FINDS = re.compile(
    r"^(?:(?:At\s+trial|On\s+appeal|In\s+(?:her|his)\s+judgment),\s+)?"
    r"(?:(?P<style>(?:Mr|Mrs|Ms|Lady|Lord)\s+Justice\s+[A-Z][\w’'-]+|Judge\s+[A-Z][\w’'-]+"
    r"(?:\s+[A-Z][\w’'-]+)?)|(?P<role>[Tt]he\s+(?:trial\s+|sentencing\s+|[A-Z][a-z]+\s+Court\s+)?"
    r"judge))\s+(?:(?:[a-z]+\s+){0,6}?(?:but|and)\s+)?(?:would\s+have\s+|also\s+|had\s+)?"
    r"(?:found|finds|assessed|assesses|applied|applies|awarded|awards|held|holds|ruled|rules|"
    r"fixed|fixes|valued|values|reduced|reduces|ordered|orders|calculated|set|sets)\b"
)


def _judges_finding(sentence: str, earlier: Iterable[Attribution]) -> Attribution | None:
    """The judge whose finding the sentence reports (`_JUDGE_FINDS`): the judge named, or for
    "the judge" the latest judge the article named by style, else "the judge". An appeal's
    "the judge" is the judge below ("Mr Justice Ames", "Judge Ada Moor"), not the appeal
    judges ("Lady Justice Roe", "Lord Justice Hart") who review the finding, so those are
    taken only when no judge below is named."""
    finds = _JUDGE_FINDS.match(sentence.lstrip(' “"‘'))
    if finds is None:
        return None
    words = finds.group(0)
    if finds.group("style"):
        return Attribution(_clean_name(finds.group("style")), EntityKind.PERSON, words)
    judges = [
        found
        for found in reversed(list(earlier))
        if found.kind == EntityKind.PERSON
        and re.match(r"(?:(?:Mr|Mrs|Ms|Lady|Lord)\s+Justice|Judge)\s", found.words)
    ]
    judge = next(
        (found for found in judges if not re.match(r"(?:Lady|Lord)\s", found.words)),
        judges[0] if judges else None,
    )
    if judge is not None:
        return Attribution(judge.name, EntityKind.PERSON, words)
    return Attribution("the judge", EntityKind.PERSON, words)


def _table_source(
    table: _Table, text: str, earlier: Iterable[Attribution], publisher: str = ""
) -> Attribution | None:
    """Who states a table's rows: the source its note names, else whoever the line that
    introduces it names ("The researchers' results are set out below:"); None, the
    publisher's own, when the note credits the publisher's own work (`_NOTE_OWN_WORK`)."""
    for part in _NOTE_PARTS.split(table.note_line):
        own = _NOTE_OWN_WORK.match(part)
        if own is not None and (
            own.group("own") is None or names_the_publisher(own.group("own"), publisher)
        ):
            return None
    # "Source: exchange data compiled by X": X states the rows, read from the data; the
    # publisher's own reading where X is the publisher. (A note that opens on a name, "X
    # figures compiled by Y", is X's: `_note_owner`.)
    compiled = _COMPILED_BY.search(table.note) if table.note[:1].islower() else None
    if compiled is not None:
        by = compiled.group("name")
        if names_the_publisher(by, publisher):
            return None
        return Attribution(by, guess_kind(by), f"Source: {table.note}")
    role_of = _ROLE_OF_BODY_NOTE.match(table.note_line)
    if role_of is not None and _PERSON_NOUN.fullmatch(role_of.group("role").split()[-1]):
        # "Source: Returning Officer, X Electoral Authority": an officer's role, then the body
        # whose officer it is and whose figures the rows are.
        body = role_of.group("body")
        if names_the_publisher(body, publisher):
            return None
        return Attribution(body, guess_kind(body), f"Source: {table.note_line.strip()}")
    if table.note:
        owner = _note_owner(table.note, text[: table.rows_from], earlier)
        if owner is not None:
            return owner
        return Attribution(table.note, guess_kind(table.note), f"Source: {table.note}")
    start, lead_in = table.lead_in
    if not lead_in:
        return None
    declared = _DECLARES.search(lead_in)
    if declared is not None:
        # "I, Ada Moor, being the Returning Officer ..., do hereby give notice that the votes
        # ... are as follows", "The returning officer, Ada Moor, has declared the result": an
        # official's declaration, set out in the table under it.
        name = declared.group("name") or declared.group("officer")
        return Attribution(name, EntityKind.PERSON, declared.group(0).strip(" .:"))
    return find_attribution(lead_in, article=text, at=start + len(lead_in), earlier=earlier)


# An official who declares what the table under the line sets out: a statutory notice's "I,
# Ada Moor, being the Returning Officer ..., do hereby give notice", or a report's "The
# returning officer, Ada Moor, has declared the result".
_DECLARES = re.compile(
    rf"(?:^|[.:]\s+)I,\s+(?P<name>{_CAPITAL}[\w’'-]+(?:\s+{_CAPITAL}[\w’'-]+){{1,3}}),\s+"
    r"(?:being\s+)?the\s+[^,]{3,80}?,?\s+(?:do\s+)?(?:hereby\s+)?(?:give|gives)\s+notice\b"
    rf"|\b[Tt]he\s+[a-z]+(?:\s+[a-z]+)?\s+officer,\s+(?P<officer>{_CAPITAL}[\w’'-]+"
    rf"(?:\s+{_CAPITAL}[\w’'-]+){{1,3}}),\s+(?:has\s+)?declared\s+the\s+results?\b"
)


# The line that ends a press release as sent ("###", "-30-", "ENDS"): what follows is the
# publisher's again (its note, its boilerplate checks).
# A letter run in full ends at its sign-off ("Yours sincerely,"), its signature under it.
_RELEASE_END = re.compile(
    r"^\s*(?:#{3}|-30-|-?\s*ENDS?\s*-?|Yours\s+(?:sincerely|faithfully|truly)\b.*)\s*$",
    re.MULTILINE,
)


# A press release's own header, printed with it where a paper runs it whole ("FOR IMMEDIATE
# RELEASE" / "X County Sheriff's Office" / ...): the issuer is the first line under it that
# names a body, before the release's title in capitals or its first sentence.
_IMMEDIATE_RELEASE = re.compile(
    r"^[ \t]*(?:FOR\s+IMMEDIATE\s+RELEASE|NEWS\s+RELEASE)\b[^\n]*$", re.MULTILINE | re.IGNORECASE
)


def _release_header_issuer(text: str) -> Attribution | None:
    """The body a release's "FOR IMMEDIATE RELEASE" header names under it, with the header's
    place as where its voice begins, or None."""
    header = _IMMEDIATE_RELEASE.search(text)
    if header is None:
        return None
    for line in text[header.end() :].strip().splitlines()[:4]:
        line = line.strip()
        if not line or line.isupper() or re.search(r"[.!?:]$|\d", line) or len(line.split()) > 8:
            break  # the release's title or first sentence: no header names a body
        name = _release_issuer(line)
        if (
            name
            and name == re.sub(r"^(?:The|the)\s+", "", line)
            and guess_kind(name) != (EntityKind.PERSON)
        ):
            return Attribution(name, guess_kind(name), header.group(0).strip(), at=header.start())
    if _RELEASE_END.search(text, header.end()) is None:
        return None  # no end the release marks: where the paper's own words resume is unknown
    # "NEWS RELEASE" / title / "CITY — The X Commission carried 14.2 million trips ...": the
    # body the release's first sentence opens with, after its dateline, issues it.
    for line in text[header.end() :].strip().splitlines()[:6]:
        sentence = _RELEASE_DATELINE.sub("", line.strip())
        if not sentence.endswith((".", "!", "?")) and not re.search(r"[.!?]\s", sentence):
            continue  # the title, or the line a title wraps onto
        opening = _opening_body(_SENTENCE_BREAK.split(sentence)[0], text)
        if opening is None:
            return None
        return Attribution(opening.name, opening.kind, header.group(0).strip(), at=header.start())
    return None


# A release's dateline before its first sentence ("WEXCOMBE, ONT. — ", "CARRICK FALLS — ").
_RELEASE_DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]{1,40}?\s+[—–-]+\s+")


def _release_issuer(line: str) -> str:
    """Who issues a release, from its "Issued by" line: the person an office speaks for, the
    body a communications desk speaks for, else the line's first name."""
    if _OFFICE_OF.match(line):
        person = _TITLED_PERSON.search(line)
        if person is not None:
            return person.group("name")
    parts = [part.strip() for part in line.split(",")]
    if len(parts) > 1 and _COMMUNICATIONS_DESK.match(parts[0]):
        line = ", ".join(parts[1:])
    runs = _capitalised_runs(line)
    return runs[0] if runs else ""


# An editor's note over a body's report that a site runs in full ("The following
# briefing was issued by X on 3 May and is reproduced in full"): what the report names no
# source for is X's, as a press release's is its issuer's, up to the rule ("---") that closes
# it; the note itself, and what follows the rule, are the site's.
# So is a body's document the report says it runs below ("The council's letter to tenants is
# reprinted in full below", "X's statement is republished below"): its issuer is the body
# the document names in its own heading, when the note gives it by a common noun.
_REPUBLISHED_REPORT = re.compile(
    # "The following is a news release issued by X on Tuesday. It is republished as received.",
    # "This press release was issued by X and is republished unedited."
    # "The bulletin below was published by X at 9.30am today and is reproduced in full".
    r"\b(?:(?:The\s+following|This)\s+(?:is\s+an?\s+)?(?:[a-z]+\s+){0,2}?(?:report|statement|"
    r"release|update|bulletin|briefing)|The\s+(?:[a-z]+\s+){0,2}?(?:report|statement|release|"
    r"update|bulletin|briefing)\s+(?:below|that\s+follows))\s+(?:was\s+)?"
    # "This situation update was first published by X on 14 May. It is republished here".
    r"(?:(?:first|originally|initially)\s+)?(?:issued|published|"
    # "was issued Tuesday afternoon by X", "released on 3 May by X": when, before who.
    r"released|produced|prepared)(?:\s+(?:on|at|this|last|early|late|[A-Z]?[a-z]+day|"
    r"morning|afternoon|evening|night|today|yesterday|\d{1,2}(?:st|nd|rd|th)?|[A-Z][a-z]+)){0,3}?"
    r"\s+by\s+"
    # The note may say so in a sentence of its own ("... was issued by X on Wednesday. We have
    # published it in full").
    r"(?P<issuer>(?:the\s+)?[A-Z][^.,;\n]{1,100})(?:[^\n]*?\b(?:republished|reproduced|reprinted|"
    r"published\s+it\s+in\s+full|printed\s+it\s+in\s+full|run\s+it\s+in\s+full)\b|"
    # A note that is a line of its own says no more ("The following media release was issued
    # by X on Monday."): the release follows it.
    r"[^.\n]{0,30}\.?[ \t]*$)|"
    # "Below is the council's statement, published in full."
    r"(?:^|(?<=[.!?]\s))(?:(?:Below|Here)\s+is\s+)?"
    r"(?P<owner>[Tt]he\s+(?P<noun>[a-z]+)|(?:The\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
    r"['’]s\s+"
    r"(?:[a-z]+\s+){0,2}?(?:notice|report|statement|release|update|bulletin|briefing|letter|"
    r"circular)(?:\s+to\s+[a-z]+(?:\s+[a-z]+)?)?(?:\s+(?:is|was)\s+(?:republished|reproduced|"
    r"reprinted)\b|\s*,?\s+(?:published|reproduced|reprinted|printed)\s+in\s+full\b)|"
    # "What follows is an edited version of the X release.", "Below is the full text of X's
    # statement."
    # "The letter, signed by General Secretary X, is reproduced in full below": its signer's.
    r"\b(?:The|This)\s+(?:open\s+)?(?:letter|statement)\s*,\s*(?:signed|written|sent)\s+by\s+"
    r"(?P<signer>[^,.;\n]{3,80}?)\s*,\s*(?:is|was|has\s+been)\s+(?:reproduced|republished|"
    r"reprinted|printed)\b|"
    r"(?:^|(?<=[.!?]\s))(?:What\s+follows\s+is|Below\s+is|The\s+following\s+is)\s+"
    r"(?:an?|the)\s+(?:(?:edited|shortened|abridged|full|lightly\s+edited)\s+)?"
    r"(?:version|text|copy)\s+of\s+(?:the\s+)?(?P<version_of>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*?)"
    r"(?:['’]s)?\s+(?:[a-z]+\s+)?(?:release|statement|report|bulletin|briefing|update)\b",
    re.MULTILINE,
)
# A section of the publisher's own after a body's text it ran ("Our take", "Our view"): the
# body's voice ends at its heading.
_OWN_SECTION = re.compile(r"^(?:Our|My)\s+(?:take|view|verdict|analysis|comment)\b", re.MULTILINE)
# A company's legal form after its name ("X Creamery Limited", "X Holdings plc"): no part of the
# name a report gives it.
_LEGAL_FORM = re.compile(r"\s+(?:Limited|Ltd\.?|PLC|plc|Inc\.?|LLC|GmbH|S\.A\.|AG)$")
_RULE_LINE = re.compile(r"^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$", re.MULTILINE)


def _voice_span(text: str, voice: Attribution | None) -> tuple[int, int]:
    """Where the document's voice (`_document_voice`) states what no one else is named for: a
    republished report between the rule under its editor's note and the next rule; a release
    up to the line that ends it ("###"); an author's piece throughout."""
    if voice is None or voice.at < 0:
        return 0, len(text)
    if _REPUBLISHED_REPORT.match(text, voice.at):
        note_end = text.find("\n", voice.at)
        rules = list(_RULE_LINE.finditer(text, note_end if note_end >= 0 else len(text)))
        if rules and not text[note_end : rules[0].start()].strip():
            return rules[0].end(), rules[1].start() if len(rules) > 1 else len(text)
        if not rules:
            # A release run in full with no rules round it ends where it says ("ENDS"), or
            # where the paper's own section begins ("Our take"); what follows is the paper's
            # reporting again.
            since = note_end if note_end >= 0 else len(text)
            ends = [
                found.start()
                for pattern in (_RELEASE_END, _OWN_SECTION)
                if (found := pattern.search(text, since)) is not None
            ]
            return note_end, min(ends, default=len(text))
        return note_end, rules[0].start()
    release_end = _RELEASE_END.search(text, voice.at)
    # A release under its own header begins there: what a paper printed above it is its own.
    begins = voice.at if _IMMEDIATE_RELEASE.match(text, voice.at) else 0
    return begins, release_end.start() if release_end is not None else len(text)


def _heading_body(text: str, after: int) -> list[str]:
    """The body a document's heading lines name, under the first rule after `after` and above
    its first sentence ("LETTER TO TENANTS" / "X Housing Limited" / ...): [name] or []."""
    rule = _RULE_LINE.search(text, after)
    if rule is None:
        return []
    for line in text[rule.end() :].strip().splitlines()[:4]:
        line = line.strip()
        if not line or line.isupper():
            continue  # the document's title in capitals
        if re.search(r"[.!?:]$", line) or len(line.split()) > 8:
            return []  # its first sentence: no heading names a body
        named = all(
            word[:1].isupper() or re.fullmatch(_NAME_PARTICLES, word) for word in line.split()
        )
        if named and guess_kind(line) != EntityKind.PERSON:
            return [_LEGAL_FORM.sub("", line)]
    return []


def _document_voice(normalised: NormalisedText) -> Attribution | None:
    """Who states what a text names no source for, when it is not the publisher: an opinion
    piece's author (the byline or biography `normalise` marks with the author's name), or the
    issuer of a press release run as it was sent; None for the publisher's own reporting."""
    author = next(
        (span.label for span in normalised.spans if span.kind == marks.BYLINE and span.label),
        "",
    )
    if author:
        return Attribution(author, EntityKind.PERSON, "the piece's author")
    for republished in _REPUBLISHED_REPORT.finditer(normalised.text):
        signer = republished.group("signer")
        if signer:
            # A letter's signer named with her title ("General Secretary X") is the person.
            person = _TITLED_PERSON.search(signer)
            name = person.group("name") if person else (_capitalised_runs(signer) or [""])[-1]
            if name:
                return Attribution(
                    name,
                    guess_kind(name, via_speech=True),
                    republished.group(0),
                    at=republished.start(),
                )
        runs = _capitalised_runs(
            republished.group("issuer")
            or republished.group("owner")
            or republished.group("version_of")
        )
        if republished.group("noun") in _STANDS_FOR_NAME:
            # "The council's letter": the body its heading names, under the rule below the note;
            # failing that, the one body the article named before with that noun ("Below is
            # the council's statement" after the X Exporters Council).
            runs = _heading_body(normalised.text, republished.end())
            if not runs:
                before = normalised.text[: republished.start()]
                runs = [found] if (found := _named_with(republished.group("noun"), before)) else []
        if runs:
            name = re.sub(r"^(?:The|A|An)\s+", "", runs[0])
            return Attribution(name, guess_kind(name), republished.group(0), at=republished.start())
    headed = _release_header_issuer(normalised.text)
    if headed is not None:
        return headed
    wired = _wire_release_issuer(normalised.text)
    if wired is not None:
        return wired
    issuer = _RELEASE_ISSUER.search(normalised.text)
    if issuer is None:
        return None
    name = _release_issuer(
        issuer.group("line")
        or issuer.group("sentence")
        or issuer.group("note")
        or issuer.group("passive")
    )
    if not name:
        return None
    return Attribution(name, guess_kind(name), issuer.group(0).strip(), at=issuer.start())


# A release a newswire distributes carries the wire's tag in its dateline ("CITY, Ore., Feb. 12,
# 2026 /Quillwire/ --", "CITY, Feb. 12, 2026 (QUILL NEWSWIRE) --", "CITY--(QUILL WIRE)--"),
# and often its issuer's name after "SOURCE" at its foot: the wire's page runs the issuer's
# words, not its own reporting. In brackets the tag says it is a wire: a news agency's or a
# station's dateline ("CITY (Quillpress) -", "CITY, Mo. (KTRQ) —") opens its own reporting.
_WIRE_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Za-z\d .,'’-]{1,80}?\s*(?:/[ \t]*(?P<tag>[A-Z][\w .&-]{1,40}?)[ \t]*/|"
    r"\([ \t]*(?i:[\w .&-]{0,30}?wire[\w .&-]{0,20})[ \t]*\))[ \t]*(?:--|[—–])[ \t]*"
    r"(?P<first>[^\n]+)",
    re.MULTILINE,
)
_WIRE_SOURCE_LINE = re.compile(
    r"^[ \t]*SOURCE:?[ \t]+(?P<name>[A-Z][^\n]{1,80}?)[ \t]*$", re.MULTILINE
)


def _wire_release_issuer(text: str) -> Attribution | None:
    """The issuer of a release a newswire runs (`_WIRE_DATELINE`): the body its "SOURCE" line
    names; else the one its dateline's tag names, where the release names it again (a wire's
    own name is no part of the release's words); else the one its first sentence opens with;
    None for any other page."""
    dateline = _WIRE_DATELINE.search(text)
    if dateline is None:
        return None
    source = _WIRE_SOURCE_LINE.search(text, dateline.end())
    tag = dateline.group("tag") or ""
    opening = dateline.group("first")
    if source is not None:
        runs = _capitalised_runs(source.group("name"))
    elif tag and re.search(rf"(?<![\w’'-]){re.escape(tag.strip())}\b", opening):
        # "TORONTO, Oct. 22 /X Network/ – Canadians made 2.1 million visits ..., the annual
        # report released today by X Network": the release credits the body its tag names.
        runs = _capitalised_runs(tag)
    else:
        # The run drops the commas of a legal form ("Halvane Industries, Inc." gives "Halvane
        # Industries Inc"): the sentence opens on its first word.
        runs = _capitalised_runs(" ".join(opening.split()[:10]))
        runs = runs[:1] if runs and opening.startswith(runs[0].split()[0]) else []
    if not runs:
        return None
    name = _LEGAL_FORM.sub("", re.sub(r"^(?:The|A|An)\s+", "", runs[0]))
    kind = guess_kind(name, described_in=(text,))
    return Attribution(name, kind, dateline.group(0).strip(), at=dateline.start())


def _names_the_publisher(sentence: str, publisher: str) -> bool:
    """Whether a sentence names the publisher, or speaks of itself as this newspaper."""
    return bool(_OWN_VOICE.search(sentence)) or any(
        names_the_publisher(run, publisher) for run in _capitalised_runs(sentence)
    )


# A page's masthead, its first line when that is a short name alone ("Westford Live", "THE
# DALE HERALD"), not a headline or a menu.
_MASTHEAD_LINE = re.compile(r"[A-Z][\w’'&.-]*(?:[ \t]+(?:of|the|&|[A-Z][\w’'&.-]*)){0,3}")


# The nouns newspapers and news sites take for their names ("the Westford Post", "Valley
# Live"): a title-case headline of a few words ("Harbour Council Budget Approved") has none.
_MASTHEAD_NOUNS = frozenset(
    {
        "news",
        "daily",
        "weekly",
        "press",
        "online",
        "live",
        "times",
        "post",
        "herald",
        "gazette",
        "journal",
        "courier",
        "echo",
        "star",
        "chronicle",
        "mail",
        "record",
        "observer",
        "tribune",
        "standard",
        "express",
        "telegraph",
        "guardian",
        "independent",
        "review",
        "today",
        "wire",
        "bulletin",
        "dispatch",
        "sentinel",
        "advertiser",
        "argus",
        "examiner",
        "mercury",
        "citizen",
        "leader",
        "voice",
        "clarion",
        "register",
        "globe",
        "reporter",
        "recorder",
        "messenger",
        "enquirer",
        "inquirer",
        "monitor",
        "digest",
    }
)


def _masthead(text: str) -> str:
    """The publisher's name as the page's first line gives it (`_MASTHEAD_LINE`): one word (a
    site's brand), a line set in capitals, or a name with a newspaper's noun in it; "" for
    anything else, a short headline in title case above all, whose names are the story's."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if not _MASTHEAD_LINE.fullmatch(first):
        return ""
    words = first.split()
    if len(words) == 1 or first.isupper() or _MASTHEAD_NOUNS & {w.lower() for w in words}:
        return first
    return ""


# An unnamed source the article described before, named again by its noun ("..., one of the
# people said", "the person added", "the source said"): the description it was given.
_UNNAMED_AGAIN = re.compile(
    r"(?:^|,[”\"’]?\s+)(?:one\s+of\s+(?:the|those|them|these)\s+(?P<many>people|sources|officials|"
    r"insiders)|the\s+(?P<one>person|people|source|sources|official|insider))\s+"
    r"(?:also\s+)?(?:said|says|added|adds|told|tells|confirmed|noted)\b"
)
_UNNAMED_NOUNS = {
    "people": ("person", "people"),
    "person": ("person", "people"),
    "sources": ("source",),
    "source": ("source",),
    "officials": ("official",),
    "official": ("official",),
    "insiders": ("insider",),
    "insider": ("insider",),
}


def _unnamed_source_again(sentence: str, earlier: list[Attribution]) -> Attribution | None:
    """The unnamed source "one of the people" or "the source" names again: the latest
    described by that noun and no name (`_ANONYMOUS_SOURCE`, `_INDEFINITE_PERSON`)."""
    again = _UNNAMED_AGAIN.search(sentence)
    if again is None:
        return None
    stems = _UNNAMED_NOUNS[again.group("many") or again.group("one")]
    for found in reversed(earlier):
        described = _ANONYMOUS_SOURCE.fullmatch(found.name) or _INDEFINITE_PERSON.fullmatch(
            found.name
        )
        if described and any(stem in found.name.lower() for stem in stems):
            # One of "two people familiar with the talks" is one of the people so described.
            name = re.sub(r"^(?:two|three|four|several|some)\s+", "", found.name)
            return Attribution(name, found.kind, again.group(0).strip(', ”"’'))
    return None


def extract_suggestions(normalised: NormalisedText, *, publisher: str = "") -> list[SuggestedClaim]:
    """Every check-worthy sentence of a normalised article, in reading order. The `publisher`'s
    name, when known, tells the article's own analysis from a source's; failing it, the
    holder of the page's copyright is the publisher."""
    text = normalised.text
    # Sentences are parsed one at a time, with the currencies the whole text names: an article
    # names the peso once ("a weaker peso") and prices rice in "P52" a kilo elsewhere.
    currencies = currencies_named(text)
    publisher = publisher or copyright_holder(normalised) or _masthead(text)
    voice = _document_voice(normalised)
    # The issuer's voice stops where the release says it ends ("###"); an author's does not.
    voice_start, voice_end = _voice_span(text, voice)
    credits = _credited_paragraphs(text)
    tables = _tables(text) if "|" in text else {}
    credit_spans = [
        (span.start, span.end) for span in normalised.spans if span.kind in marks.NOT_CLAIMS
    ]
    # The page's headlines, standfirsts and captions, which shorten the names the story gives.
    furniture = [
        (span.start, span.end)
        for span in normalised.spans
        if span.kind in (marks.HEADING, marks.CAPTION)
    ]
    candidates: list[SuggestedClaim] = []
    context: list[Attribution] = []
    previous_paragraph: list[Attribution] = []
    earlier: list[Attribution] = []  # every attribution so far, for "the agency" to name
    last_line = -1
    interviewee: Attribution | None = None  # a Q&A interview's, once its first question opens
    reporting: Attribution | None = None  # the person whose reported speech the last sentence is
    asked = False  # whether a question has opened: the first decides whose the answers are
    # A quotation left open at a paragraph's end (a letter or statement quoted in full), with
    # whose it is, how many paragraphs it has run, and the paragraph being read: its start and
    # the last source named in it (the line the sentence being read stands on starts there).
    quoting: Attribution | None = None
    quote_open = False
    quoted_paragraphs = 0
    paragraph_start = 0
    paragraph_voice: Attribution | None = None
    said_before: Attribution | None = None  # the sentence before's source
    # A table's row of figures has no word in it, and is kept for them.
    sentences = [
        (start, end)
        for start, end in segment(text)
        if _HAS_WORD.search(text[start:end]) or start in tables
    ]
    for number, (start, end) in enumerate(sentences):
        line = text.count("\n", 0, start)
        if line != last_line:
            # Attributions carry within a paragraph only; a quotation that opens the next one
            # may go on with the person who spoke last in this one.
            previous_paragraph, context = context, []
            last_line = line
            line_start = _line_at(text, start)[0]
            opened = not quote_open
            quote_open = _quotation_open_after(text[paragraph_start:line_start], quote_open) and (
                # A quotation goes on into a paragraph that opens with a mark again, as one
                # of several paragraphs is set, or that its closing mark ends ahead (a letter
                # quoted whole with one pair of marks); otherwise its mark was left open.
                _opens_with_quote(text, line_start) or _closing_mark_next(text, line_start)
            )
            quoted_paragraphs = quoted_paragraphs + 1 if quote_open else 0
            if not quote_open or quoted_paragraphs > _QUOTED_PARAGRAPHS:
                quoting = None
            elif opened:
                quoting = paragraph_voice
            paragraph_start, paragraph_voice = line_start, None
        start = _after_dateline(normalised, start, end)
        kinds = normalised.kinds_at(start, end)
        # A photo's caption describes the picture; what it states the body states (and cites).
        # A correction note is the page's record of its own mistakes.
        if kinds & {
            marks.DATELINE,
            marks.TICKER,
            marks.COPYRIGHT,
            marks.BYLINE,
            marks.COMMENTER,
            marks.CAPTION,
            marks.CORRECTION,
        }:
            continue
        # A caption's credit ("© Name/Agency") is not part of what it says.
        for credit_start, credit_end in credit_spans:
            if start < credit_start < end and credit_end >= end:
                end = _rstrip_end(text, start, credit_start)
        sentence = text[start:end]
        if not sentence.strip():
            continue
        figures = [
            figure.shifted(start)
            for figure in find_figures(sentence, named=currencies)
            if not any(c_start <= figure.start + start < c_end for c_start, c_end in credit_spans)
            and not _COMPOUND_AFTER.match(sentence, figure.end)
            and not _rounding_total(sentence, figure.start)
        ]
        section = _section_of(normalised, start, end)
        table = tables.get(paragraph_start) if tables else None
        if table is not None and table.rows_from > start:
            continue  # a table's header and its rule state nothing
        if table is not None:
            # A table's row states its figures as a fact box's item does: the body's.
            section = TextSection.BODY
        attribution: Attribution | None
        if section == TextSection.COMMENT:
            commenter = normalised.label_at(start, marks.COMMENT)
            attribution = Attribution(
                commenter or "Unnamed commenter", EntityKind.COMMENTER, "reader comment"
            )
        else:
            attribution = find_attribution(
                sentence, context, article=text, at=end, earlier=earlier, publisher=publisher
            ) or _unnamed_source_again(sentence, earlier)
            if attribution is None:
                attribution = _speaker_after(
                    text,
                    sentences,
                    number,
                    context,
                    earlier,
                    quoted=_QUOTE_OPENS.search(sentence) is not None,
                )
            if attribution is None and (
                _QUOTE_STARTS.match(sentence) or _inside_quotation(text, start)
            ):
                attribution = _latest_person(context)
                if (
                    attribution is None
                    and context
                    and _SPEECH_ONLY.search(context[-1].words) is not None
                ):
                    # "X Precast said it regretted ... / “We have recorded no incidents since.”":
                    # a quotation after a body's statement, with no person in the paragraph to
                    # speak it, is the body's.
                    attribution = context[-1]
                if attribution is None and not context and _opens_with_quote(text, start):
                    # "“Last week we turned away 40 ambulances.": a paragraph that opens with a
                    # quotation and names no speaker goes on with the person who spoke in the
                    # paragraph before, no further back; unless the quotation runs on into
                    # paragraphs after it and its speaker is named where it closes.
                    attribution = _quote_run_speaker(
                        text, paragraph_start, earlier
                    ) or _latest_person(previous_paragraph)
                    lead_in = text[:paragraph_start].rstrip()
                    lead_in = re.split(r"[.!?]\s+", lead_in[lead_in.rfind("\n") + 1 :])[-1]
                    if (
                        previous_paragraph
                        and lead_in.endswith(":")
                        and previous_paragraph[-1].words.split()[-1] in lead_in
                    ):
                        # "In a statement, the club said:" over the quotation: whoever that
                        # lead-in names, a body as much as a person, is what the quote says.
                        attribution = previous_paragraph[-1]
            if attribution is None and quoting is not None:
                # A letter or statement quoted over several paragraphs, its marks opened once
                # and closed at its end: what it names no source for is its writer's.
                attribution = quoting
            line_text = _line_at(text, start)[1]
            if not asked and _QUESTION_LINE.match(line_text):
                asked = True
                # Whoever the article introduced before its first question gives the answers,
                # unless a heading sets the questions apart: an explainer's ("Q&A: Why do the
                # numbers differ?") and readers' ("YOU ASKED") the publisher answers itself. An
                # interview's introduction may be set as a heading too ("Edited transcript").
                lead = text[_paragraph_before(text, start) : start].strip()
                interviewee = (
                    next((a for a in reversed(earlier) if a.kind == EntityKind.PERSON), None)
                    if _INTERVIEW_WORDS.search(lead) or lead.endswith((".", ":", "!", "”", '"'))
                    else None
                )
            if (
                _OWN_QUESTION.match(sentence)
                and not _inside_quotation(text, start)
                and not (_SPEAKER_LABEL.match(line_text) or _SURNAME_LABEL.match(line_text))
            ):
                # The outlet's own question, not a speaker's "we" (a quotation, a turn).
                continue
            if _QUESTION_LINE.match(line_text) and _READER_WRITES.search(line_text):
                # A reader's letter to an advice column ("Q: I have £18,000 in ... My partner
                # and I owe ..."): the reader's own circumstances, which the answer takes as
                # given, not a claim to check.
                continue
            if (
                attribution is None
                and reporting is not None
                and _BACKSHIFTED.match(sentence)
                and not _QUOTE_OPENS.search(sentence)
            ):
                # "Up to 40% of saplings could die, she said. / Rangers would revisit the plots
                # in May": a sentence in the tense of reported speech, straight after a person's
                # reported speech, goes on reporting her.
                attribution = Attribution(reporting.name, reporting.kind, "reported speech")
            reporting = (
                attribution
                if attribution is not None
                and attribution.kind == EntityKind.PERSON
                and _SAID_AFTER.search(attribution.words)
                and not _QUOTE_OPENS.search(sentence)
                else None
            )
            if attribution is None and table is not None:
                attribution = _row_source(table, text, start, earlier) or _table_source(
                    table, text, earlier, publisher
                )
            if attribution is None:
                attribution = (
                    _results_reporter(sentence, text, earlier)
                    or _announced_in_paragraph(text, start, earlier)
                    or _members_report(sentence, text, end, earlier)
                    or _survey_respondents(sentence, text, earlier)
                )
            of_that = _OF_THAT_COUNT.match(sentence) if attribution is None else None
            # The count broken down may end the paragraph before ("... , the data shows. / Of
            # those, 312,000 have waited more than a year"): the sentence before's source.
            counted = context[-1] if context else said_before
            if of_that is not None and counted is not None:
                attribution = Attribution(counted.name, counted.kind, of_that.group(0))
            its = _ITS_OPENS.match(sentence) if attribution is None else None
            if (
                its is not None
                and said_before is not None
                and said_before.kind != EntityKind.PERSON
            ):
                # "The company reported revenue of $3.96bn. Its data-centre segment grew 31%":
                # the body the sentence before gave its figures goes on giving its own.
                attribution = Attribution(said_before.name, said_before.kind, its.group(0))
            box = _box_source(text, start, earlier) if attribution is None else None
            if box is not None and names_the_publisher(box.name, publisher):
                # "Source: Gazette survey of trust websites" under a box: the paper's own work,
                # as a table's note crediting it is.
                box = None
            if attribution is None:
                attribution = (
                    box
                    or _claim_line_source(text, start)
                    or _signed_below(text, end)
                    or _set_out_above(text, paragraph_start, earlier)
                    or (interviewee if _ANSWER_LINE.match(line_text) else None)
                    or _judges_finding(sentence, earlier)
                )
            if attribution is None or attribution.kind != EntityKind.PERSON:
                # Someone introduced here, speaking or not, is who "she said" names next, in
                # this paragraph or, failing another speaker, the next.
                introduced = _people_introduced(sentence, text, start)
                context.extend(introduced)
                earlier.extend(introduced)
            # A dateline's place in capitals ("KUALA LUMPUR: A former ...") is no speaker.
            turn = (
                None
                if marks.DATELINE in normalised.kinds_at(paragraph_start, paragraph_start + 1)
                else _turn_speaker(line_text, text, start, earlier)
            ) or _turn_above(text, start, earlier)
            if turn is not None and (
                attribution is None
                or (attribution.words.split() or [""])[0].lower() in _FIRST_PERSON
            ):
                # The turn's speaker says what the turn names no other source for, and is its
                # "I" and "we"; the speaker stays out of `context`, so that "he" in the turn
                # still names the person the turn talks about.
                attribution = turn
                earlier.append(dataclasses.replace(attribution, at=start))
            elif attribution is not None:
                if attribution.kind == EntityKind.PERSON and _short_name_of_a_body(
                    attribution.name, text, start, earlier, furniture
                ):
                    # A body's short name is no person whom "he said" names next.
                    attribution = dataclasses.replace(attribution, kind=EntityKind.ORGANISATION)
                context.append(attribution)
                earlier.append(dataclasses.replace(attribution, at=start))
            elif (
                paragraph_voice is not None
                and section == TextSection.BODY
                and paragraph_voice.kind != EntityKind.COMMENTER
                and is_claimant_name(paragraph_voice.name)
                and not _NOT_CARRIED.search(sentence)
                # "The council said 1,200 homes were affected. The Red Cross sent 40
                # volunteers.": a sentence whose subject is another name tells what that one
                # did, in the paper's words.
                and _opening_name(sentence, text) in ("", paragraph_voice.name)
            ):
                # "The unemployment rate held at 4.6 percent, the office said. Average hourly
                # earnings rose 3.9 percent.": a sentence that names no source goes on with the
                # one its paragraph named last, as news writes a run of a source's figures;
                # not the paper's own sums, market prices or its first person (`_NOT_CARRIED`).
                attribution = paragraph_voice
            if attribution is None or not _FORECASTERS_EXPECTED.search(sentence):
                # "Economists polled by X had expected 3.2%": a consensus the paragraph's data
                # are set against, whose compiler gives none of the data that follow.
                paragraph_voice = attribution or paragraph_voice
        said_before = attribution
        whole_quote = _WHOLE_QUOTE.match(_line_at(text, start)[1].strip())
        if (
            whole_quote is not None
            and section == TextSection.BODY
            and (attribution is None or attribution.words in whole_quote.group(0))
        ):
            # A paragraph that is one quotation no one is named for, here or in the paragraph
            # before (what the quotation itself says, "teachers told us", is no speaker of
            # it), is a pull quote set large to repeat the story's words: a heading, which is
            # suggested only for a figure the body does not state.
            section = TextSection.HEADING
        if section == TextSection.HEADING and _FACT_BOX_ITEM.match(_line_at(text, start)[1]):
            # A fact box's item ("- 63.1%: the same measure nationally", "- Fuel sales: up
            # 1.2%") is the box's own statement of the figure, as short as a heading but not
            # one summing up the body: it stands even where the body states the same figure.
            section = TextSection.BODY
        if not figures:
            continue
        local = [figure.shifted(-start) for figure in figures]
        score, reasons = score_sentence(
            sentence,
            local,
            section=section,
            attributed=attribution is not None and section != TextSection.COMMENT,
        )
        if score < CHECK_WORTHY:
            continue
        specifications = [_specification(sentence, figure) for figure in local]
        if any(specifications) and not all(specifications):
            # "Ostreva Watch Series 3 38mm for $169.99 (Originally $200)": a listing is
            # suggested for its prices, not for the specifications that name the product; a
            # sentence ("the 16-inch model costs $2,399") for its figures but the product's.
            if not _listing_words(sentence):
                specifications = [_product_specification(sentence, figure) for figure in local]
            figures = [f for f, spec in zip(figures, specifications, strict=True) if not spec]
            local = [f for f, spec in zip(local, specifications, strict=True) if not spec]
        ages = [_age_in_apposition(sentence, figure) for figure in local]
        if any(ages) and not all(ages):
            # "Kayla Dunmire, 34, was fined three times": someone's age says who she is, no
            # claim; the sentence is suggested for its other figures.
            figures = [figure for figure, age in zip(figures, ages, strict=True) if not age]
            local = [figure for figure, age in zip(local, ages, strict=True) if not age]
        per_figure = (
            [attribution for _ in figures]
            if section == TextSection.COMMENT
            else figure_claimants(
                sentence,
                local,
                attribution,
                context,
                article=text,
                at=end,
                earlier=earlier,
                publisher=publisher,
            )
        )
        credit = next((found for since, until, found in credits if since <= start < until), None)
        if credit is not None and not context and section != TextSection.COMMENT:
            # An item's figures no sentence of it attributes are those of the source its credit
            # line names; once a sentence names a source, those after it go on with that one.
            per_figure = [own or credit for own in per_figure]
            attribution = attribution or credit
        if (
            voice is not None
            and voice_start <= start < voice_end
            and section != TextSection.COMMENT
            and not _names_the_publisher(sentence, publisher)
        ):
            # What the sentence names no source for is the author's or the issuer's.
            per_figure = [own or voice for own in per_figure]
            attribution = attribution or voice
        if section == TextSection.BODY:
            # A quotation of several sentences is suggested for the ones with the figures in:
            # the rest of it ("That is not a protest, that is a mandate," he said.) states
            # nothing to check; who said it was read over the whole.
            start, end = _quoted_sentences_with(text, start, end, figures)
            sentence = text[start:end]
            local = [figure.shifted(-start) for figure in figures]
        # A short name ("Moor", "Quorvex") is given as the article introduced it in full, and a
        # body's kind ("the port authority") as the one name the article gives it: the same
        # for the sentence's claimant, which the suggestion's page offers, as for each figure's.
        per_figure = [
            _a_name(own and _named_in_full(own, text, start, earlier, publisher, furniture), text)
            for own in per_figure
        ]
        attribution = _a_name(
            attribution and _named_in_full(attribution, text, start, earlier, publisher, furniture),
            text,
        )
        quote_from, quote_to = clip_quote(sentence, local)
        quote_start, quote_end = start + quote_from, start + quote_to
        if attribution is None:
            reasons.append("no attribution: the publisher's own statement")
        original_start, original_end = normalised.original_span(start, end)
        figure_dicts = []
        for figure, own in zip(figures, per_figure, strict=True):
            data = figure.as_dict()
            data["original_start"] = normalised.original_position(figure.start)
            data["claimant"] = own.name if own else ""
            figure_dicts.append(data)
        candidates.append(
            SuggestedClaim(
                sentence=sentence,
                start=start,
                end=end,
                quote=text[quote_start:quote_end],
                quote_start=quote_start,
                quote_end=quote_end,
                prefix=text[max(0, quote_start - CONTEXT_CHARS) : quote_start],
                suffix=text[quote_end : quote_end + CONTEXT_CHARS],
                figures=figures,
                section=section,
                claimant=attribution.name if attribution else "",
                claimant_kind=attribution.kind if attribution else "",
                attribution=attribution.words if attribution else "",
                score=score,
                reason="; ".join(reasons),
                original_start=original_start,
                original_end=original_end,
                figure_dicts_with_original=figure_dicts,
                figure_claimants=[own.name if own else "" for own in per_figure],
            )
        )
    # A caption that repeats a figure from the body adds nothing: the body sentence is cited.
    # So does a headline: the story under it states (and is cited for) the same figure, often
    # rounded ("nearly 2,900" over 2,870).
    body_figures = {
        _figure_key(figure)
        for item in candidates
        if item.section not in (TextSection.CAPTION, TextSection.HEADING)
        for figure in item.figures
    }
    # A sentence the page sets again word for word (a heading over each day of a plan, a
    # pull quote, a teaser's line under two sections) is one claim: suggested where it first
    # stands.
    suggested: list[SuggestedClaim] = []
    seen: set[str] = set()
    for item in candidates:
        fingerprint = item.fingerprint
        if fingerprint in seen:
            continue
        if item.section in (TextSection.CAPTION, TextSection.HEADING) and all(
            _repeats_the_body(
                figure, body_figures, _headline_bound(text[item.start : figure.start])
            )
            for figure in item.figures
        ):
            continue
        seen.add(fingerprint)
        suggested.append(item)
    return suggested


# A headline's verb that bounds its figure from below ("wage bill tops £30m", "sales pass 2
# million", "debt breaks £1bn"): the figure is a floor under the body's ("£30.7m"), as "more
# than" makes it.
_HEADLINE_FLOOR = re.compile(
    r"\b(?:tops?|topped|tops\s+out\s+at|pass(?:es|ed)?|exceed(?:s|ed)?|surpass(?:es|ed)?|"
    r"breaks?|broke|cross(?:es|ed)?|beats?)\s+$",
    re.IGNORECASE,
)


def _headline_bound(before: str) -> str:
    """The qualifier a headline's verb gives the figure after it (`_HEADLINE_FLOOR`), or ""."""
    return MORE_THAN if _HEADLINE_FLOOR.search(before) else ""


# How far a qualified headline figure may sit from the body's figure it sums up ("more than a
# third" over 38 per cent, "nearly a third" over 31 per cent): as factors of the headline's.
_BOUNDED_BY: dict[str, tuple[Decimal, Decimal]] = {
    MORE_THAN: (Decimal(1), Decimal("1.25")),
    AT_LEAST: (Decimal(1), Decimal("1.25")),
    NEARLY: (Decimal("0.85"), Decimal(1)),
    LESS_THAN: (Decimal("0.75"), Decimal(1)),
    ABOUT: (Decimal("0.9"), Decimal("1.1")),
}


def _repeats_the_body(
    figure: ParsedFigure, body_figures: set[tuple[Decimal, str]], bound: str = ""
) -> bool:
    """Whether a caption's or headline's figure is one the body states, as it is, rounded to
    the figure's own precision (2,900 rounds 2,870; 40% rounds 39.4%), or within what its
    qualifier, or the `bound` its headline's verb gives it, allows ("more than a third" over
    38%, "tops £30m" over £30.7m)."""
    value, unit = _figure_key(figure)
    if (value, unit) in body_figures:
        return True
    if figure.kind == "vague" and any(
        body_unit == unit and body_value >= value for body_value, body_unit in body_figures
    ):
        # "Millions of users" over a body that counts 2.7 million: a vague amount says no more
        # than the body's figure at or above it.
        return True
    bounds = _BOUNDED_BY.get(figure.qualifier if figure.qualifier != EXACT else bound)
    if bounds is not None and any(
        body_unit == unit and value * bounds[0] <= body_value <= value * bounds[1]
        for body_value, body_unit in body_figures
    ):
        return True
    exponent = value.normalize().as_tuple().exponent
    if not isinstance(exponent, int) or value == 0:
        return False
    step = Decimal(1).scaleb(exponent)
    return any(
        body_unit == unit
        and body_value != 0
        and (body_value / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step == value
        for body_value, body_unit in body_figures
    )


# -- storing suggestions ---------------------------------------------------------------------


def resolve_entity(name: str) -> Entity | None:
    """An entity already recorded under this name (or one that starts with it), if any."""
    if not name:
        return None
    exact = (
        Entity.objects.filter(name__iexact=name).first()
        or Entity.objects.filter(slug=slugify(name)).first()
    )
    if exact is not None:
        return exact
    prefixed = list(Entity.objects.filter(name__istartswith=name + " ")[:2])
    return prefixed[0] if len(prefixed) == 1 else None


@transaction.atomic
def suggestions_store(
    *, snapshot: Snapshot, normalised: NormalisedText, page_publisher: str = ""
) -> tuple[list[Suggestion], int]:
    """Store the snapshot's suggestions; a sentence already suggested for this source (from an
    earlier ingest) is not suggested again. Returns the new suggestions and how many were
    already there. The source's publisher tells the article's own statements from its
    sources'; failing one, the name the fetched page gives itself (`page_publisher`)."""
    created: list[Suggestion] = []
    existing = 0
    publisher = snapshot.source.publisher
    for item in extract_suggestions(
        normalised, publisher=publisher.name if publisher is not None else page_publisher
    ):
        if Suggestion.objects.filter(source=snapshot.source, fingerprint=item.fingerprint).exists():
            existing += 1
            continue
        suggestion = Suggestion(
            source=snapshot.source,
            snapshot=snapshot,
            fingerprint=item.fingerprint,
            sentence=item.sentence,
            sentence_start=item.start,
            sentence_end=item.end,
            quote=item.quote,
            quote_start=item.quote_start,
            quote_end=item.quote_end,
            prefix=item.prefix,
            suffix=item.suffix,
            figures=[
                {**figure.as_dict(), "claimant": name}
                for figure, name in zip(item.figures, item.figure_claimants, strict=False)
            ],
            section=item.section,
            claimant_name=item.claimant,
            claimant_kind=item.claimant_kind,
            claimant=resolve_entity(item.claimant),
            attribution=item.attribution[:300],
            score=item.score,
            reason=item.reason,
        )
        suggestion.full_clean()
        suggestion.save()
        created.append(suggestion)
    return created, existing
