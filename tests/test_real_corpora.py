"""Floors under the audit of the real-news corpora beside Kansas City's (tests/test_kansas_city.py):
Milwaukee, Memphis, St. Louis, Cleveland, Louisville and Jackson (benchmarks/corpora/*/README.md), scored by benchmarks/eval_corpus.py.

Each floor is the score the audit reached when the floor was set (BENCHMARKS.md gives the
history): a change that loses a contradiction found, a culprit named first or a revision,
or adds a false tension, fails here and has to say why in BENCHMARKS.md. Raise a floor when
the audit gets better."""

from pathlib import Path

import pytest

from benchmarks.eval_corpus import evaluate

CORPORA = Path(__file__).resolve().parents[1] / "benchmarks" / "corpora"

# corpus: (contradictions found, culprits named first, most false tensions, revisions found,
# most findings per real conflict)
FLOORS = {
    # culprits 6 -> 7 when a rate or change its own article works out from its figures stopped
    # weighing as a second statement (rules/suspicion.yaml own-arithmetic)
    # 8, 7 before a lone figure the line leaves and returns from stopped being restated (a lapse:
    # auditor/engine/revisions.py, a_lapse); 9 -> 10 found when two outlets' reports of one word
    # days apart stopped restating each other (revisions.misreported_when_given)
    # 11 found with one_body's police chief (rules/checks/RV001-revision.yaml)
    # 12, 9, 1 with expected verdicts amended to the corpora's convention (a percentage right for
    # the count of its day is a look-alike explained by the revision; a truncated exact percentage
    # is a tension): benchmarks/corpora/milwaukee/NOTES.md, "Amendments" (11, 8, 2 before)
    # 13 when a change came to be judged by the other figure as published by its day, not only its
    # own article's (revisions.misfits_of_their_day with publication: "a 25% dip" to 129 against 174)
    # verdicts-14a: found 13 -> 14 (a figure passed by the counting body, returned_from)
    # verdicts-32b ("more than X%" reaches half again: "a decline of more than 20%" for -25.1%)
    "milwaukee": (14, 9, 0, 12, 1.2),
    # raised when a tension came to show the figures of the doubted claim's day (its own
    # article's, or those published by then, for a figure since restated): 23, 10, 13 and
    # 12, 8, 8 before (auditor/engine/revisions.py, figures_of_their_day); Memphis's false
    # tensions 10 -> 9 with suspects.follows_from_its_own_figures, 9 -> 6 with own-arithmetic's
    # cost (rules/suspicion.yaml)
    # 27, 14 with revisions.misreported_when_given; 6 -> 5 false when a change worked out
    # from one of its article's two figures for a quantity followed from it (own_arithmetic)
    # 28, 15 when a misreported word stopped being restated by its outlet's own later figure
    # 30, 17, 3 with two expected verdicts amended (benchmarks/corpora/memphis/NOTES.md, verdicts-3 round)
    # culprits 19 when a figure beside a doubted one of its sentence came to cost less to doubt
    # (rules/suspicion.yaml beside-a-doubted-figure)
    # culprits 20 when of sets of claims equally cheap to doubt at the generous reading the one
    # that also explains the default reading's tensions came to be doubted (analysis._also_explains)
    # false 3 -> 1, revisions 5 -> 7 when a split of one whole into criminal and justifiable
    # homicides, one death moved between the parts, came to restate the earlier split
    # (revisions.reclassified)
    # eighth session (verdicts-19a/19b, the late-figure convention; the scorer counts copies): 0 false, revisions 9
    # verdicts-33b amendment (NOTES.md, after scoring: WREG's 304 murders for 2021, given after the
    # police's 303, a tension not a revision): 31/31, 22/22, revisions 9/9 -> 8/8
    "memphis": (31, 22, 0, 8, 1.2),
    # 13, 9 before a change was judged by its own article's figures too, restated since
    # (revisions.misfits_of_their_day)
    # 15 found when a change its own article's doubted figures do not give became a tension
    # (revisions.misfits_of_their_day with the audit's doubted figures)
    # false 7 -> 6 when the police's later word restated another outlet's lone figure
    # (revisions.restated_by_the_counter)
    # 4 when an outlet's own figure stopped being outvoted by a body's and a change went with a
    # revision from the first repeat of its old figure (revisions._of_their_day)
    # 16, 11, 3 with an expected verdict amended (benchmarks/corpora/st-louis/NOTES.md, verdicts-3 round)
    # culprits 12 when of two figures one sentence gives for a quantity, equally cheap to doubt,
    # the one written first came to be doubted first (suspects.said_first)
    # 17, 13, 2 with one expected verdict amended to the corpora's convention (a percentage carried
    # past a restatement into an article that gives the restated count is a tension:
    # benchmarks/corpora/st-louis/NOTES.md, "Amendments, 2026-12-04")
    # verdicts-20a (two undated counts so far within a day's pace; 139/141 a tension by the late-figure convention)
    "st-louis": (18, 13, 0, 8, 1.2),
    # held out until scored once at c2f957e (15, 6, 6, 2, 1.0: BENCHMARKS.md); development data
    # since, its expected verdicts amended after the scoring (benchmarks/corpora/cleveland/NOTES.md)
    # false 1 -> 0 when one clearance rate by two measures came to be shown as such (NC004,
    # comparability.differing_measures: "which in the last month has increased to 67%")
    # verdicts-20b ("between A and B" stops at its bounds; a whole percentage rounded to the unit): 17/17
    "cleveland": (17, 10, 0, 7, 1.1),
    # held out until scored once at 69ba661 (4, 3, 14, 4, 1.0: BENCHMARKS.md); development data
    # since (benchmarks/corpora/louisville/NOTES.md, "After the held-out scoring")
    # 10 false tensions until a change that follows from its own article's doubted figures
    # stopped making a tension of its own (suspects.follows_from_its_own_figures)
    # 6, 4 with revisions.misfits_of_their_day on doubted figures
    # false 9 -> 6 with revisions.restated_by_the_counter
    # 8, 6, 4 with two expected verdicts amended (benchmarks/corpora/louisville/NOTES.md, verdicts-3 round)
    # false 4 -> 3, revisions 4 -> 5 with revisions.reading_the_release
    # false 3 -> 2 when a change worked out on a running count came to go with the year's
    # restatement of it (revisions._restated_quantities)
    # false 2 -> 1, revisions 5 -> 6 when the police's word as one report of their release read it
    # came to be restated by their word as a later report read it, a report crediting them with a
    # part of the split (justifiable homicides) reading their release (revisions.reading_the_release)
    # verdicts-14a: revisions 6 -> 7 (an outlet's lower figure against figures that settled elsewhere)
    # verdicts-34a (a council president's figure costs 0.8 to doubt): culprit 6 -> 7
    "louisville": (8, 7, 1, 8, 1.0),
    # held out until scored once at 0291b73 (7, 4, 5, 0, 1.286: BENCHMARKS.md); development data since;
    # 8, 5 with revisions.a_lapse; revisions 0 -> 1 with one expected verdict amended
    # (benchmarks/corpora/jackson/NOTES.md, "After the held-out scoring")
    # 9, 6 when "close to 63%" came to be read as 61% to 63% (rules/qualifiers.yaml units_below)
    # false 4 -> 3 with st26-first-under-100 encoded as docs/claim-files.md reads it (NOTES.md)
    # false 3 -> 2 when two rates of a year no claim gives the population of came to rest on two
    # estimates of it (rules/checks/TN008 population_estimates)
    # false 2 -> 1 when a rate credited to another outlet of the corpus (CNN's, in the New York
    # Post) stopped holding the year's rates to one population (compile.stated_populations)
    # 10 found, at most 1.0 finding per conflict when a figure whose sentence says the count went
    # "from 78 to" it came to restate the 78 of its own article (revisions.declared_in_words)
    # false 1 -> 0, revisions 1 -> 2 when a copy site's credit line naming an outlet with its byline
    # came to be in that outlet's line (revisions.outlet_lines) and a change worked out from two
    # figures both restated since came to be judged by the figures of its day (_of_their_day)
    "jackson": (10, 6, 0, 2, 1.0),
    # held out until scored once at 4fd3d13 (15, 9, 14, 2, 1.118: BENCHMARKS.md); development
    # data since
    # culprits 10, revisions 3 when a city's police chief and mayor came to speak for its count
    # (rules/checks/RV001-revision.yaml one_body "{name}, {place} Police Chief")
    # 16, 11, 12, 1.11 when an uncredited figure in a report of the body's release came to be
    # its word (revisions.reading_the_release) and a figure above one the body lowered since
    # to be set against the figure of its day (revisions.figures_of_their_day)
    # false 12 -> 10 when a figure its report calls preliminary came to be restated by the
    # release of the next day (revisions.called_preliminary)
    # 17, 12, 9, 1.1 when a change set against a restated figure came to be judged by its own
    # article's figures (auditor/checks/tension.py, _judged_by_its_day)
    # revisions 5 when a preview two outlets contradicted the next day stopped restating
    # (revisions.outvoted_days_apart) and the body's own release came first among a day's
    # (first_out, show_the_release)
    # revisions 6 when a report of the release out before the line's restatement came to
    # restate first (revisions.restated_by_the_counter with reading_the_release)
    # 7, 1.085 when of two lines' restatements of a figure the first out came to restate it
    # false 9 -> 5 when two rates of a year no claim gives the population of came to rest on two
    # estimates of it (rules/checks/TN008 population_estimates)
    # 18, 4 when a population given while its year still ran came to be the year's
    # (auditor/engine/compile.py, _stock_period)
    # culprits 13 with analysis._also_explains (276 against 278, each paper's "18% drop" fitting 278)
    # 19, 15, 1.08 when one outlet's same rate for a year to date and the year came to cost one
    # statement (suspects._repeats) and a rate to be judged by its own article's count
    # (revisions.figures_of_their_day)
    # revisions 9, 1.075 when the old figure shown came to be the restating body's own word among
    # its copies (revisions.show_own_old)
    # false 4 -> 2 when a tally its report calls unofficial came to be restated by the body's
    # figure not surely before it (revisions.restatements with called_preliminary)
    # false 2 -> 0 when one clearance rate by two measures came to be shown as such (NC004)
    # verdicts-21 (two outlets' retellings years on of a settled release stay a tension): 20/20
    "detroit": (20, 15, 0, 10, 1.075),
    # held out until scored once at 0961e29 (14, 5, 19, 5, 1.0: BENCHMARKS.md); development data since
    # false 19 -> 17, revisions 7 when a later report of an outlet's own count, crediting it,
    # came to restate it (revisions.misreported_when_given)
    # false 15, revisions 8 when a copy read on another site ("(copied by ...)") came to be in its
    # outlet's line (revisions.outlet_of)
    # false 14 when a vague current figure ("over 340") stopped keeping a change from its day
    # (revisions._of_their_day)
    # false 12 when sums of years and records of a running count's day came to go with the
    # year's restatement of it (revisions._sums_of_their_day, _restated_quantities)
    # false 11, revisions 9 when a place named alone ("Baltimore County (crime dashboard)"), or first
    # of two bodies, came to be its government (rules/checks/RV001 one_body, revisions.counting_body)
    # false 10 when running counts above the restated figure but not the old one, and the changes
    # worked out from them, came to go with the revision (revisions._running_of_their_day)
    # culprits 5 -> 6, false 10 -> 9 when one speaker's figure carried by several outlets came to
    # cost one statement (suspects._copy_groups)
    # false 9 -> 8, revisions 9 -> 10 when a figure whose sentence says the count went "from 301 to"
    # it came to restate the other articles' 301 (revisions.declared_in_words)
    # false 8 -> 6 when a clearance rate from an analysis of FBI data came to be shown beside the
    # paper's as another measure (NC004)
    # found 14 -> 15 when a count's old figure given again years after its restated figure was
    # taken up came to be audited against it, not read as the count going back (revisions.went_back)
    # ncja2412-2011-first-below-200 encoded for 2010, the last year of the run it bounds
    # (2026-12-05, NOTES.md; verdicts-16b2): 6 -> 5 false
    # verdicts-20a (329/330 a tension by the convention), the lead (April's "down 31.6%", NOTES.md): 17/23, 7/11, 3 false
    # verdicts-21 ("an increase from previous years" is not the FBI's measure): 18/23, 8/11
    # verdicts-33b (an outlet's figure strayed from the body's word stays a contradiction; m33v names it
    # first): 19/23, 9/11
    "baltimore": (19, 9, 3, 12, 1.0),
    # held out until scored once at e41f750 (17, 6, 27, 1, 1.278; BENCHMARKS.md): development data since
    # verdicts-9: false 27 -> 14, revisions 1 -> 9 when event tolls that rise came to be restated
    # (revisions.toll_counted); false 10, revisions 10 when "had been X ... has shrunk to Y" and
    # "from $330 million to $220 million" came to declare restatements (declared_in_words)
    # verdicts-10: culprits 6 -> 7, false 10 -> 7 when a budget's later version (proposed, adopted,
    # current) came to restate an earlier version's figures and changes (revisions.budget_versions)
    # false 7 -> 6 when two officials' differing estimates of one quantity came to be shown as such
    # (NC003, comparability.differing_estimates), not as a contradiction
    # 18, 7, 5 with one expected verdict amended to the corpora's convention (ABC13's "1%" for
    # +1.56%, a mis-rounded percentage, is a tension: benchmarks/corpora/houston/NOTES.md, "Amendments")
    # false 5 -> 4 when the share of the year's own homicides cleared came to be shown beside HPD's
    # rate as another measure (NC004); 4 -> 3 when a figure its own words give as a past peak ("which
    # stood as high as $320 million") came to go with the figure before the restatement (RV001
    # past_peak_words, revisions.with_repeats)
    # verdicts-22a ("nearly 3%" may be a decimal rounded up: the mayor's "nearly 3% decline" for 192 to 187): 2 false
    "houston": (18, 7, 1, 11, 1.149),   # vd50b: "down 11%" fits 2016's rival 301 (false 2 -> 1)
    # held out until scored once (2026-12-04, fifth session, at 968322f: 27/30, 15/23, 9 false,
    # revisions 3/9, 0.967 findings per conflict); development data since. Twelfth verdicts round:
    # 7 false (a clearance rate cleared in its year against one counted since the year's end;
    # the Star's 171 restated by its own 174 read via NewsBreak), revisions 4/9, 0.968; culprits
    # 16/23 (the union's 322 beside the department's 301 doubted first). Thirteenth: the scorer
    # takes in copies of a listed change as of a value (RTV6's and WRTV's one "10.77 percent"
    # sentence), culprits 17/23, 6 false, 1.0 findings per conflict
    # verdicts-14a: a growing count restated on (171 -> 172 -> 173), a figure below the police's
    # word of its week restated by nothing: 29/30, 19/23, 5 false, revisions 5/9
    "indianapolis": (29, 20, 5, 7, 1.0),
    # held out until scored once (2026-12-04, sixth session, at b8a919c: 9/15, 5/12, 13 false,
    # revisions 1/7, 1.0 findings per conflict); development data since
    # false 13 -> 9 when counts under one name counted in different ways (officers short and
    # vacancies, positions filled and sworn officers, academy enrollees and officers hired) came
    # to be shown side by side (TN001/TN002/NC001 counted_ways)
    # culprits 5 -> 6 when of copies of a doubted figure the one given years after its period came
    # to be named before the one given in its day (suspects.named_first)
    # false 9 -> 8 when a stock's change between two days of one year stopped being checked
    # against itself (compile._change)
    # false 8 -> 7 when a count hedged to the unit ("nearly 499") came to allow the count itself
    # (rules/qualifiers.yaml units_closed)
    # with verdicts-14a (a year's count so far completed by the first higher figure; an outlet's
    # look back not the police's word; officers and vacancies compared at their date): 11/15,
    # 9/12, 5 false, revisions 4/7
    # with verdicts-16b (a budget is a plan for its whole year; its later versions restate it): 12/15
    # verdicts-22b (the scorer takes in a documented restatement of a listed figure): 15/17, 10/12, 2 false
    "philadelphia": (15, 10, 2, 4, 1.0),
    # held out until scored once at 2271ed7 (2026-12-05): 17/21 found, culprit first 4/9,
    # 6 false tensions, 1.0 findings per conflict, revisions 2/5
    # with an amendment (2026-12-05, NOTES.md): the City's "33%" through two outlets is one
    # tension, each expected entry listing the other copy: 18/21, 5/9, 5 false
    # with verdicts-16b (a correction in words, a preliminary change restated, a figure including
    # exactly the gap, budgets): 20/21, 5/9, 2 false, revisions 5/5
    # verdicts-26 (a rewrite speaks with the voice it copies; at equal cost a figure given more than a
    # year after its period is doubted before one of its day): 20/21, 8/9
    # verdicts-30a/30b (a change on its own article's doubted figure no second tension; a figure recalled
    # years on by another than the counting body replaces nothing): 21/21, 9/9, 1 false
    "columbus": (21, 9, 1, 5, 1.0),
    # held out until scored once at 160c7f3 (2026-12-05): 11/15 found, culprit first 3/6,
    # 10 false tensions, 1.077 findings per conflict, revisions 2/5
    # with verdicts-19a (plans replaced by later figures, subsets their own words announce, hedged
    # changes alone) and verdicts-19b (a decimal figure rounded half up, a misread retelling, copies
    # of a culprit or a revision counted by the scorer), two argued amendments: 13/15, 4/6, 3 false
    # verdicts-20a (two rivals restated together by a figure between them stay a tension): 14/15
    # verdicts-22a (officers "on the streets" are not the sworn count with recruits in training): 2 false
    # verdicts-32c (a look-back years on, against a figure given at the time, a little cheaper to doubt): 5/6
    "minneapolis": (14, 5, 2, 4, 1.0),
    # held out until scored once at fa80323 (2026-12-05): 22/25 found, culprit first 8/11,
    # 8 false tensions, 0.964 findings per conflict, revisions 6/7
    # verdicts-22b: two dated amendments (NOTES.md: the analyst's "about 119" a member of the 2019
    # tension; the 1994 rates on one count over unstated populations a look-alike): 22/24, 9/11, 7 false
    # verdicts-22a: drug deaths counted as the drug's doing and as the drug present are two counts;
    # three member lists completed, 2016's 175/174 a tension by the late-figure convention (NOTES.md): 23/26 (one
    # more tension listed), 10/11, 1 false, 1.069 findings per conflict (false tensions now matched)
    # verdicts-23 (two figures for a long-closed period given within a week are two retellings): 24/25
    # verdicts-27 (a count so far credited to a body and above a longer count already out was never
    # the count of its day): 25/25, 11/11
    # verdicts-30a (a budget's one-time money a part; a change on its article's doubted figure): 0 false
    "new-orleans": (25, 11, 0, 6, 1.075),
    # held out until scored once at c7f923c (2026-12-05, tenth session): 14/19 found, culprit
    # first 3/7, 10 false tensions, 0.933 findings per conflict, revisions 1/3
    # verdicts-24a (a staffing study's strength, versions of a budgeted strength, a part below its
    # total, a change on its own day) and verdicts-24b (a change given before its year ended doubted
    # first, a count on the year's last day completed only within its pace, tie-breaks at equal
    # cost); two dated amendments (NOTES.md): 16/19, 6/7, 2 false, revisions 3/3
    # verdicts-27 (a fall read across two stretches restates only to a whole year's count): 17/19
    # verdicts-31a (a rise over years fitting its page's own figure): 1 false
    "oakland": (17, 6, 1, 3, 0.95),
    # held out until scored once at c7f923c (2026-12-05, tenth session): 12/21 found, culprit
    # first 2/8, 13 false tensions, 1.056 findings per conflict, revisions 6/7
    # verdicts-24a (a budget's clearance measure, cases solved measured as clearance rates) and
    # verdicts-24b (two figures of one article, budgeted positions a plan, tie-breaks at equal
    # cost); dated amendments (NOTES.md: a tension added, 22 in all): 19/22, 8/9, 3 false
    # verdicts-32d (copies of one release share its "preliminary"): 2 false
    # vd45b (a figure naming no system is the count of its article's two systems it fits): 1 false
    "albuquerque": (19, 8, 1, 6, 1.0),
    # held out until scored once at 4dd36aa (2026-12-05, eleventh session): 11/13 found, culprit
    # first 5/6, 5 false tensions, 1.0 findings per conflict, revisions 1/3
    # verdicts-28a (a part named by its own words: "unintentional", "excluding"; a change of one part;
    # drug deaths settling for months) and verdicts-28b (a record said years on; "originally thought";
    # a body's release named first; figures called final; a paper running another's story): 12/13, 6/6,
    # 1 false, revisions 2/3
    # verdicts-vd39a (a late count so far completed by the year's count): revisions 3/3
    # verdicts-vd40a (the World's 56 "according to TPD", then 55 from OSBI data: two counts): 13/13
    "tulsa": (13, 6, 1, 3, 1.0),
    # held out until scored once at 4dd36aa (2026-12-05, eleventh session): 20/20 found, culprit
    # first 11/13, 12 false tensions, 1.04 findings per conflict, revisions 5/10
    # verdicts-28a and 28b (as Tulsa's): 20/20, 13/13, 3 false, revisions 9/10, 1.034 per conflict
    # verdicts-32b ("rose more than 30 percent" for +44.8%): 2 false
    # docs/verdicts.md, vd44d (the health department's "..., Office of the Medical Examiner" is the place's
    # office: RV001 office_titles): 1 false, revisions 10/10
    "denver": (20, 13, 1, 10, 1.04),
    # held out until scored once at 7c860c6 (2026-12-05, twelfth session): 17/19 found, culprit
    # first 9/11, 8 false tensions, 1.2 findings per conflict, revisions 3/5
    # verdicts-29a (records told years on; a record's reach ended by its own source's comparison) and
    # verdicts-29b (an official's figure recalled years on; deaths under review); an amendment (NOTES.md:
    # "a 30-percent increase" for 30.7% a corroboration, 18 tensions): 18/18, 10/10, 5 false
    # verdicts-30a (a count its own words limit to surface streets is a part): 4 false
    "nashville": (18, 10, 4, 3, 1.2),
    # held out until scored once at 7c860c6 (2026-12-05, twelfth session): 17/18 found, culprit
    # first 5/6, 4 false tensions, 0.952 findings per conflict, revisions 4/7
    # verdicts-29a (a month's record before the month ended; a year-to-date record against the same days)
    # and verdicts-29b (near-term budget projections checked; a police colonel speaks for the department;
    # a member list completed, NOTES.md): 18/18, 6/6, 0 false, revisions 7/7
    "cincinnati": (18, 6, 0, 7, 1.0),
    # held out until scored once at 71eca48 (2026-12-05, thirteenth session): 26/30 found, culprit
    # first 11/16, 10 false tensions, 1.074 findings per conflict, revisions 1/6
    # verdicts-30a (a total split into parts; counts off the interstates; the examiner's homicides no part
    # of the police's; a change on its article's doubted figure) and verdicts-30b (who gave a figure:
    # "Department of Public Safety data" the city's; look-backs by others replace nothing; budgeted
    # positions a plan); an amendment (NOTES.md: a member list completed): 30/30, 14/16, 3 false, revisions 3/6
    # verdicts-31c (of copies of one doubted figure, the one certainly published first named; an
    # amendment, NOTES.md: "fell 25 percent" for -25.5% a soft tension): 31/31, 16/17, 2 false
    "pittsburgh": (31, 16, 2, 3, 1.1),
    # held out until scored once at 5bd3376 (2026-12-05, fourteenth session): 16/18 found, culprit
    # first 4/8, 5 false tensions, 1.0 findings per conflict, revisions 2/4
    # verdicts-31a (a count on city streets a part of one on freeways and streets; a gap a measure
    # reduced; an article's earlier estimate; a rise told of another budget version; a rise over
    # years fitting its page's figure) and verdicts-31b (a count so far below the year's is no
    # restatement early in the year; a percentage exact only at its generous reading); an amendment
    # (NOTES.md: the two guns-seized tensions are one, the 1,117 its culprit): 17/17, 7/8, 0 false
    # verdicts-33b (ABC10's 43 for 2020, after the police's 44, named first): culprit 7 -> 8
    "sacramento": (17, 8, 0, 2, 1.06),
    # held out until scored once at bb2dc80 (2026-12-05, fifteenth session): 10/11 found, culprit
    # first 6/6, 5 false tensions, 1.0 findings per conflict, revisions 0/2
    # verdicts-32a (a state's crash count one body's, its divisions' counts restating it; a page that may
    # predate a revision and copies its sentence goes with the old figure; a budget's version from its
    # page's title) with the review mends m32v: 10/11, 6/6, 2 false, revisions 1/2 (the amendment that made
    # 34 then 33 homicides a revision was withdrawn, NOTES.md)
    # verdicts-vd39a (a figure retold as "previously reported" restates nothing): 11/11 found
    "raleigh": (11, 6, 2, 1, 1.0),
    # held out until scored once at 4eaf705 (2026-12-06, sixteenth session): 16/18 found, culprit
    # first 9/11, 7 false tensions, 1.059 findings per conflict, revisions 1/3
    # verdicts-33a (a figure moved on "since" the proposal; a gap to close and a mid-year gap) and two
    # amendments (NOTES.md, after scoring), verdicts-34b (a total "including" its general fund): 18/19,
    # 10/11, 3 false
    # verdicts-vd39a (an interim police chief is the police's; a count so far completed): revisions 2/3
    "fresno": (18, 10, 3, 2, 1.06),
    # held out until scored once at fb60d4e (2026-12-06, sixteenth session, after its verdict rounds):
    # 18/18 found, culprit first 6/9, 4 false tensions, 0.955 findings per conflict, revisions 4/6
    # verdicts-35a (a body named with its own office): 3 false, revisions 5/6
    # vd48b: a body's parts and whole told in its reports of different months are a count restated
    # between them (TN002 restated_parts_*; NDOT's 100 to May, 19 in June, 120 to June): false 2
    "omaha": (18, 6, 2, 5, 1.0),
    # held out until scored once at 68d31f9 (2026-12-06, seventeenth session's start): 8/9 found,
    # culprit first 6/6, 3 false tensions, 1.125 findings per conflict, revisions 0/3
    # verdicts-35a (a later record's window ends an earlier one's reach; a body by its initials): 9/9, 6/6,
    # 1 false, revisions 1/3, 1.1 findings per conflict
    # verdicts-36a (a fall of one by the counting body, a month or more on, restates): 0 false, revisions 2/3
    "wichita": (9, 6, 0, 2, 1.1),
    # held out until scored once at 359dd9d (2026-12-06, seventeenth session's end): 9/11 found,
    # culprit first 4/7, 5 false tensions, 1.154 findings per conflict, revisions 4/8
    # verdicts-v37b (the year just ended counts against a record told nine months or more on):
    # 10/11 found, culprit first 6/7, 5 false, 1.143 findings per conflict
    "tucson": (10, 6, 5, 4, 1.15),
    # held out until scored once at 73dbb95 (2026-12-06, eighteenth session's start): 7/8 found,
    # culprit first 4/4, 6 false tensions, 1.273 findings per conflict, revisions 4/9
    # verdicts-36a (a figure credited to the counting body's data is its word): 5 false, revisions 5/9
    "spokane": (7, 4, 5, 5, 1.25),
    # held out until scored once at fbc4307 (2026-12-06, eighteenth session's end): 15/15 found,
    # culprit first 4/4, 5 false tensions, 1.118 findings per conflict, revisions 2/4
    # verdicts-v37 (a body's spokesperson speaks for it: the police's 41 traffic deaths of 2019,
    # then its spokeswoman's 42, a revision): 4 false, revisions 3/4; 3 false, revisions 4/4 when a
    # figure from a body's preliminary data came to rise by up to 20% (the state's 767, then 912)
    "colorado-springs": (15, 4, 3, 4, 1.12),
    # held out until scored once at 41b19c4 (2026-12-06, nineteenth session's start): 6/6 found,
    # culprit first 5/5, 2 false tensions, 1.0 findings per conflict, revisions 1/3
    # verdicts-v37 (a toll given on its event's day is its first count: the Walmart shooting's 20,
    # then 22): revisions 2/3
    "el-paso": (6, 5, 2, 2, 1.0),
    # held out until scored once at 8e4e5ee (2026-12-06, nineteenth session's end): 4/4 found,
    # culprit first 1/1, 1 false tension, 1.0 findings per conflict, revisions 1/1
    "boise": (4, 1, 1, 1, 1.0),
    # held out until scored once at 50c4273 (2026-12-06, twentieth session's start): 9/12 found,
    # culprit first 4/6, 8 false tensions, 1.0 findings per conflict, revisions 2/6
    # verdicts-vd38a (a count "removing" a kind of case counts less; a state's residents and a
    # forensic center's cases are two counts): false tensions 8 -> 6
    # verdicts-vd38b: 11, 6, +1 false when the police's and Hoodline's miscomputed 14% became one
    # tension each (rules/suspicion.yaml changes_told_apart), scored with round m38vb's scorer (a
    # spelled-out figure, "Fifty-two", is a copy of its digits; another contradiction's culprit, a
    # change in other words, is no copy). That scorer gives the engine before the split 9, 4, 8 (the
    # merged finding matches neither outlet's contradiction); f82d116's scorer gives the split 9, 4, 9
    # verdicts-vd39a (counts so far completed; the TBI's 40 no copy of the police's 40): 12/12 found,
    # revisions 5/6
    # verdicts-vd41b: a body's table read on a copy site is the body's word (revisions.body_of): the
    # Department of Health's 174 fentanyl deaths of 2015, then its slides' 169, a revision: false
    # 5 -> 4, revisions 5 -> 6
    "knoxville": (12, 6, 4, 6, 1.0),
    # held out until scored once at 1aa1d3b (2026-12-06, twenty-first session's start): 11/11 found,
    # culprit first 1/3, 5 false tensions, 1.091 findings per conflict, revisions 0/5
    # verdicts-vd39b: a figure its own article gives for another count is doubted first (culprits
    # 1 -> 2); the 1993 count with its six justifiable, autopsied deaths, a sheriff's own cases and a
    # record naming its months no longer tensions (false 5 -> 1)
    # verdicts-vd39a (counts so far completed by the year's count): revisions 4/5, 1.067 per conflict
    # verdicts-vd40b: a figure an earlier article gave for a shorter stretch from the same day is
    # doubted first (rules/suspicion.yaml stretched-from-a-shorter-stretch): culprits 2 -> 3
    # verdicts-vd41b: a state's police is one of the state's bodies (RV001 one_body_of_a_state): the
    # State Police's 611 road deaths of 2020, then the Department of Public Safety's 619, a revision,
    # no longer a false tension: false 1 -> 0, revisions 4 -> 5
    "little-rock": (11, 3, 0, 5, 1.1),
    # held out until scored once at db528e4 (2026-12-06, twenty-second session's start): 17/19 found,
    # culprit first 4/5, 3 false tensions, 1.105 findings per conflict, revisions 2/8
    # verdicts-vd40b: a city's whole budget below its own General Fund (rules/relations.yaml
    # general-fund-within-budget) is a tension: found 17 -> 18; a figure its sentence gives alone
    # is doubted before a sentence's pair at equal cost (suspects.in_one_sentence): culprits 4 -> 5
    # verdicts-vd40a: an outlet's own site and its records are its line, and its tally given again
    # months apart is restated back (168 -> 167 -> 168): revisions 7/8, 1 false tension, 1.0 per conflict
    "jacksonville": (18, 5, 1, 7, 1.1),
    # held out until scored once at be8451e (2026-12-06, twenty-third session's start): 4/5 found,
    # culprit first 2/3, 1 false tension (2018's 21 against 20, counts with and without an
    # officer-involved killing: a look-alike by the hand), 1.0 findings per conflict, revisions 7/8
    # verdicts-vd41a: a year's figure its own article works out for a shorter stretch restates
    # nothing and is no last word (revisions.given_for_a_shorter_stretch), shown against the year's
    # count; homicides "excluding justified killings" are the metric's count (TN001 defined_out):
    # 5/5 found, culprit first 3/3, 1 false tension (23 - 2 = 21 against 20), revisions 8/8
    "chattanooga": (5, 3, 1, 8, 1.1),
    # held out until scored once at 1bf8834 (2026-12-07, twenty-fourth session's start): 10/11 found,
    # culprit first 3/5, 8 false tensions (three coroner's revisions, a count so far, reporters'
    # rounding down), 1.056 findings per conflict, revisions 8/14. vd42a: 5 false tensions and
    # revisions 11/14 when a release's figure credited to the coroner became the coroner's count
    # (revisions.passed_on), the coroner and the coroner's office one counter
    # (the_office_of_its_holder), and WAFB's 102 for 2017 of mid-December a count so far
    # (counted_so_far, `so_far_while_it_ran`); 4 false when the halves of 2016 beside the 61
    # restated as 62 went with the revision (_parts_of_their_day, `parts_of_a_rise`).
    # vd42b: culprit first 3 -> 4 when a lone figure below a floor its line gave before, which a later
    # figure returns within, stopped being restated (revisions.a_lapse: "At least 114", 106, 114). The
    # 106 is then its own finding beside the 114-or-118 one, which also matches the 106's claim list
    # (it lists the 114s and the 118): findings per conflict 1.056 -> 1.111 alone; with vd42a's
    # revisions both merged, 1.095 (eval_corpus at the merge)
    # vd44c: revisions 11 -> 12 when a vaguer year figure out first ("nearly 300") stopped blocking
    # the completion of the coroner's 290 so far by its 295 (engine/completions.py)
    "baton-rouge": (10, 4, 4, 12, 1.1),
    # held out until scored once at 0084677 (2026-12-07, twenty-fifth session's start): 8/10 found,
    # culprit first 3/4, 4 false tensions (every death against residents only, twice; two rounded
    # changes against a report's later revised base), 1.0 findings per conflict, revisions 4/8.
    # vd43a: 10 found, culprit first 4, 2 false: residents alone a part of every death (TN001
    # part_patterns, "Counting just Kentucky residents"); the Lantern's 1,984 told beside the
    # report that restated it (revisions.told_with_the_release); WKYT's 116 and 119 in one story
    # (revisions.held_in_one_story)
    # vd44c: revisions 4 -> 7: the state's office of highway safety named with its police is the
    # state's (one_body_of_a_state: 628 so far -> 638, 564 to date -> 834); an undated article's
    # count so far is completed (WTVQ's 26 in October -> 28; engine/completions.py)
    "lexington": (10, 4, 2, 7, 1.1),
    # held out until scored once at f2173f9 (2026-12-07, twenty-sixth session's start): 3/5 found,
    # culprit first 2/3, 8 false tensions, 1.111 findings per conflict, revisions 6/12.
    # vd44a: "a little more than 1 percent" a floor, reaching what rounds to 1% (rules/qualifiers.yaml
    # percent_units_above): KTUU's 79 -> 80 no longer a tension, false 8 -> 7.
    # vd44b: the mayor's plan an amendment was made to is the proposal, restated by the budget as
    # passed (RV001 amended_from_patterns); officers a quote calls fully trained are a part of the
    # sworn force (TN001 part_patterns). vd44c: a budget figure told beside the passed budget,
    # naming no version, is the proposal (revisions.budget_versions, told_beside; the same
    # revision). With all three merged: false 5, revisions 7
    "anchorage": (3, 2, 5, 7, 1.2),
    # held out until scored once at d4bb50b (2026-12-07, twenty-seventh session's start): 10/11
    # found, culprit first 6/8, 4 false tensions, 1.0 findings per conflict, revisions 7/11
    # vd45a: a count its body said would rise is completed by the body's own later count, up to
    # double (review fix: pending_own_max_rise)
    # (RV001 pending_words; the fire marshal's 38 on 31 December 2017, then 56): false 4 -> 3; an
    # official's figure another outlet gives again after the carrying outlet's own is not restated
    # by it (revisions.outlived_its_retelling; the governor's 402, WHO-TV's 404, the Gazette's 402):
    # found 11/11, culprit first 8/8, false 2
    "des-moines": (11, 8, 2, 7, 1.1),
    # held out until scored once at d31856d (2026-12-07, twenty-eighth session's start): 12/14
    # found, culprit first 3/7, 5 false tensions, 1.05 findings per conflict, revisions 8/18
    # vd46a: fatal crashes held below their deaths (rules/relations.yaml deaths-in-fatal-crashes): found
    # 13/14; a figure told for the neighbouring year (suspects.told_for_a_neighbouring_period): culprit
    # first 6/7; the record's member list given the Daily News's 48 (NOTES, 2026-12-07): 7/7, false 5
    # vd46b: the state's residents against "everyone who died in the county" (counted_ways), a body
    # named without its place (RV001 bare_names_of_the_place), a year's own-words figure beside the
    # body's counts of its first months is not its release (revisions._a_part_of): 13/14 found,
    # culprit first 4/7, 2 false tensions, revisions 9/18
    # both merged: found 14/14, culprit first 7/7, false 3 (the 1,156 / 1,157 restatement, the counts
    # so far 12 / 11, and 10TV's "more than 3,000" now a soft tension), revisions 9/18
    "dayton": (14, 7, 3, 9, 1.1),
    # held out until scored once at 9ef4911 (2026-12-07, twenty-ninth session's start): 13/14
    # found, culprit first 5/8, 9 false tensions, 0.94 findings per conflict, revisions 4/13
    # vd47a: a change told before its period's last day is restated by the body's later change
    # (revisions.told_at_its_periods_end: the police's 44% then 45%): culprit first 6/8 (the blog's
    # 70 named before the police's 71), revisions 5/13; a part-year count falls a year on by
    # max_fall only (revisions.moves_little: WKBW's 42 against the 46s, named first): culprit 7/8
    # vd47b: a change "by half" in percent is 50 percent; confirmed deaths told with probable cases
    # beside them will rise (RV001 pending_words), and are the confirmed part of the total their
    # sentence gives (TN001 undecided_patterns); "suspected and confirmed" moves either way (RV001
    # suspected_words); a "revised total" restates a count so far that may be of its stretch; a
    # change told before its year ended is preliminary: culprit first 6/8, false 3 (three
    # documented look-alikes), revisions 9/13
    # both merged (the preliminary-change rule kept as vd47a wrote it, with vd47b's cap): 13/14, 7/8, 3 false, revisions 9/13
    "buffalo": (13, 7, 3, 9, 1.1),
    # held out until scored once at 2db7677 (2026-12-07, thirtieth session's start): 22/27
    # found, culprit first 12/18, 11 false tensions, 1.22 findings per conflict, revisions 1/8
    # vd48a: a whole multiple's default floor a round figure's ("double" 1.8 times or more), two
    # multiples cheaper to doubt than the count they overstate, a change's tension with its own
    # story's figures, a percentage beside its difference doubted first, a to-date change's base
    # its story's own figure for last year (the briefing's day), one verdict's claims amended
    # (NOTES.md, Amendments): 26/27, 17/18, 9 false
    # vd48b: a body's parts and whole told in different reports (TN002 restated_parts_*: the
    # police's monthly reports, three sums) and a total whose sentence counts the manslaughters
    # its parts leave out (TN008 other_kind_patterns): false 11 -> 7
    # both merged: 26/27, 17/18, 5 false, 1.19 findings per conflict
    "shreveport": (26, 17, 5, 1, 1.2),
    # held out until scored once at 6e0df32 (2026-12-07, thirty-first session's start): 12/21
    # found, culprit first 5/13, 10 false tensions, 1.13 findings per conflict, revisions 3/12
    # round 49 (vd49a): a change's own sentence spares its figures from beside-a-doubted-figure, a
    # retelling beside its figures is its body's teller, a stock's record beats its dated figures,
    # a retold change without figures scored as a copy: 18/21, 11/13, 8 false, 1.0
    # vd49b: a record told with a later year's figure in its sentence holds as of its year; plans
    # proposed before their year replaced by the budget passed (TN002 plan_patterns); "more than
    # doubled" to the next whole multiple; "16 of the 43" a part; three deaths "did not actually
    # happen in 2016"; an outlet's count so far completed by its own year figure: false 10 -> 4,
    # revisions 3 -> 5, findings per conflict 1.133 -> 1.059
    # both merged: 18/21, 11/13, 2 false, revisions 5/12, 0.96 findings per conflict
    "toledo": (18, 11, 2, 5, 1.0),
    # held out until scored once at b7b89ce (2026-12-07, thirty-second session's start): 8/23
    # found, culprit first 4/12, 11 false tensions, 1.2 findings per conflict, revisions 2/9
    # vd50a: rival tellers of one year's count are no restatement (revisions.said_already,
    # told_against_the_body, a_studys_figure_in_the_line), a change judged by the figures of its
    # day only (RV001 only_figures_of_its_day): found 12/23, culprit first 6/12, false 10; the
    # "nearly 200 more" member list completed from the sources (NOTES, 2026-12-07): 13/23, 7/12, 9
    # vd50b: a change that fits a rival count of its day; a count told early in its day below the
    # day's later count; law enforcement's overdose deaths against the Medical Examiner's: false 11 -> 5
    # (with the amendment 9/23, 5/12, 4 false)
    # both merged: found 13/23, culprit first 7/12, false 3, 1.07 findings per conflict
    "rochester": (13, 7, 3, 2, 1.1),
    # held out until scored once at d4db041 (2026-12-08, thirty-third session's start): 10/12
    # found, culprit first 3/7, 7 false tensions, 1.0 findings per conflict, revisions 6/13
    # vd51b: running counts to their day or told with cases pending completed; a count naming its
    # pending cases completed within them; a percent change's floor read as a percentage; a share
    # its article's arithmetic; a goal given ahead; a grant's positions the gap: false 0, revisions 10/13
    # vd51a: a county's count retold under the city's name (suspects.told_for_its_part), the
    # counter's two statements under two speakers (_the_counters_words), an approximate count so
    # far above the year's (so_far_above_the_whole): 12/12, 7/7 (the city's 42 against the 41
    # submitted to the FBI, a documented look-alike the 45's false revisions had hidden, is a second
    # finding of the 2013 conflict: merged, 1.045; the ceiling 1.0 -> 1.05)
    "fort-wayne": (12, 7, 0, 10, 1.05),
}


@pytest.mark.slow   # an audit of about 300 claims each
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_audit_of_a_real_corpus_stays_at_or_above_its_floor(name):
    score, _ = evaluate(CORPORA / name, workers=1)
    found, culprits, false, revisions, per_conflict = FLOORS[name]
    assert len(score.found) >= found, score.missed
    assert len(score.culprit_first) >= culprits, score.culprit_not_first
    assert len(score.false_tensions) <= false, score.false_tensions
    assert len(score.revisions_found) >= revisions
    assert score.findings_per_conflict <= per_conflict
