"""The parameters each check kind takes, as models: a rule's `params:` is validated against
its check's model when the pack loads, so a misspelt kind or parameter is a located pack
error instead of a rule that silently does nothing. Kept apart from the checks themselves
(only pydantic here) so that loading a pack imports no engine code."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class NoParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TensionParams(NoParams):
    # which family of arithmetic the rule reports (auditor/checks/tension.py, classify)
    via: Literal["value", "period", "place", "change", "ordering", "share", "self", "relation"]
    # (via change) how many outlets must give another figure for a doubted figure of a change's
    # own article for that figure, not the change's arithmetic, to be what is wrong
    # (tension._against_own_figures)
    outvoted_by: int = Field(2, ge=1, le=1000)
    # (via relation) how far, as a share, the population estimate a rate was worked out over may
    # lie from the year's population, when the rate's own article states none
    # (auditor/engine/compile.py, over_an_estimate); 0: every rate is over the one population
    population_estimates: float = Field(0, ge=0, lt=1)
    # (via value) words that make a figure an estimate ("projected", "estimated"): two figures
    # of one quantity, each an estimate that named officials give and no official gives both,
    # are two officials' differing estimates, not a contradiction (comparability.differing_estimates);
    # empty: every figure is checked against every other
    estimate_words: tuple[str, ...] = ()
    # ... and patterns (regular expressions, any case) by which an estimate's own sentence dates
    # it to an earlier day ("projected a $24 million deficit back in April"): beside the same
    # article's current estimate of the quantity, the estimate and its update, not a
    # contradiction (comparability.an_earlier_estimate); empty: never
    earlier_estimate_patterns: tuple[str, ...] = ()
    # (via value) for the metrics whose label names one of `measured_metric_words` (a clearance
    # rate), the measures a figure can name, each with the patterns (regular expressions, any
    # case) that name it in its speaker, its note or its own sentence of the quote: two figures
    # of one quantity that name no measure in common are taken by different measures, not a
    # contradiction (comparability.differing_measures); empty: every figure is checked
    measures: dict[str, tuple[str, ...]] = {}
    measured_metric_words: tuple[str, ...] = ()
    # (via value, period; via change, two changes alone) families of counts that share a
    # metric's name but are counted in different ways (officers short of a complement and
    # vacant positions; uniformed positions filled and sworn officers; officers on the street
    # and sworn officers; academy enrollees and officers hired): two figures, each
    # naming a way of its family (CountWays) and none in common, are two counts, not a
    # contradiction (comparability.differing_counts); a figure naming none is checked
    counted_ways: tuple["CountWays", ...] = ()
    # (via value) words by which a figure's own sentence says it takes in cases of another kind
    # ("including nine deaths involved in the investigation"): when the number after them is
    # exactly its gap to the other figure, the two are two definitions (comparability.counts_more)
    inclusion_words: tuple[str, ...] = ()
    # ... and patterns (regular expressions, any case) whose group `count` is the number of a
    # figure's cases its own sentence says are of another kind ("six of those were ... found to
    # be justifiable"): when that number is exactly its gap to the other figure, the same
    inclusion_patterns: tuple[str, ...] = ()
    # ... unless the smaller figure takes in that kind too: its own sentence or note, or its
    # metric's label, matches one of these ("70 homicides, including six justifiable homicides")
    inclusion_scope_patterns: tuple[str, ...] = ()
    # (via value) words by which a figure's own sentence says it leaves out cases the other
    # counts ("This number drops to 571 if you subtract 33 officers who are on continuous
    # leave"): when the number after them is exactly its gap to the other, larger, figure, the
    # two are two definitions (comparability.counts_less); empty: never
    exclusion_words: tuple[str, ...] = ()
    # ... and patterns (regular expressions, any case) whose group `count` is the number of cases
    # not yet decided that a figure's own sentence names beside it ("ECDOH has confirmed 51
    # opioid-related overdose deaths with another 94 probable cases - an unofficial total of
    # 145"): when that number is exactly its gap to the other, larger, figure, the smaller is the
    # confirmed part of the larger (comparability.counts_less); empty: never
    undecided_patterns: tuple[str, ...] = ()
    # ... and a lower figure whose own sentence says that many of the cases (group `count`, exactly
    # the gap) did not happen in its period ("Although three of those deaths did not actually
    # happen in 2016, 34 homicides is still higher than the average", beside the story's 37)
    left_out_patterns: tuple[str, ...] = ()
    # (via value) patterns (regular expressions, any case) by which a figure's quote says its
    # count began partway through its period ("police didn't start tracking carjackings as a
    # separate statistic until fall 2020. They reported 170 incidents that year"): a lower
    # figure so counted is a part of the period, not a rival of the whole period's count
    # (comparability.counts_less); empty: never
    late_start_patterns: tuple[str, ...] = ()
    # ... or whose own sentence gives it as a part of a total it names as such ("Of the
    # record-matching total, 79 homicides were investigated by" the police): a part, not a rival.
    # (via change) a change that names one of these parts (in its own sentence or note) and the
    # figures set against it none, or the other way round, are of two counts
    # (comparability.change_of_another_part)
    part_patterns: tuple[str, ...] = ()
    # ... never a figure whose own words leave out only what its metric's definition leaves out
    # already, against a figure of the same outlet (homicides "excluding justified killings"):
    # it is the metric's count, and audited (comparability.counts_less)
    defined_out: tuple["DefinedOut", ...] = ()
    # ... or whose own sentence names one kind of a whole (`part`: crashes "on city streets") that
    # the higher figure's names together with another (`whole`: "on freeways and streets"), or a
    # figure after a measure its sentence names ("reduced the estimated gap to $58.6 million"): a
    # part, not a rival (comparability.counts_less); empty: never
    parts_of_wholes: tuple["PartOfWhole", ...] = ()
    # (via value) words by which a higher figure's own sentence names a lower figure as one of its
    # parts ("a $774.3 million budget with $657 million in operating and $117 million in
    # capital"): the lower figure, one of the numbers listed after them, is that part
    # (comparability.counts_less)
    named_part_words: tuple[str, ...] = ()
    # ... and words that, between two of those numbers, end the list: the numbers are a change
    # and its base, not parts ("with 20 more killings than the 100 recorded in 2023")
    named_part_breaks: tuple[str, ...] = ()
    # ... and, of a stock only, whose own sentence gives it as the period's low point ("a low
    # point of 821 officers in 2016"); a count over the period so worded is the period's count
    low_point_patterns: tuple[str, ...] = ()
    # (via value) a figure given more than this many days before its period began is a plan or
    # a forecast (the second year of a biennial budget, the staffing a budget funds two years
    # on): a figure of that period given after it replaces it, not a contradiction
    # (comparability.planned_ahead); 0: never
    plan_ahead_days: int = Field(0, ge=0, le=3650)
    # ... and a figure given before its period began whose own sentence or note names it a
    # proposal or plan ("proposed"; "planning a class of 50") is a plan however near its period:
    # a figure of that period given surely after it (a later plan, the budget passed) replaces it
    plan_patterns: tuple[str, ...] = ()
    # (via value) words right after a figure by which its own sentence gives it as some of a whole
    # ("16 of the 43 fatal traffic accidents"): a part, below a figure of its quantity its own
    # story tells or its sentence names as the whole, is no rival (comparability.told_as_some_of)
    some_of_patterns: tuple[str, ...] = ()
    # ... unless one of these (regular expressions, any case) ends right before the figure: "All
    # 45 of the city's homicides" gives the whole, not some of it
    some_of_whole_before: tuple[str, ...] = ()
    # two counts so far whose end day is not known (undated sources) may be of two days: a gap
    # within the count's own pace over those days is no contradiction (comparability.running_days_apart)
    running_days_apart: bool = False
    # (via value) patterns (regular expressions, any case) that place a count so far at an early
    # hour of its day in its own sentence ("The shooting early Thursday brings the total ... to
    # 70"): beside a higher count to the same day in a story of that day, the count of an earlier
    # hour (comparability.running_days_apart, _to_the_hour); empty: never
    earlier_hour_patterns: tuple[str, ...] = ()
    # (via period) counts that grow for months after their days (drug deaths awaiting
    # toxicology) for the metrics whose label names one of `settling_metric_words`: a count to a
    # day given within `settled_days` of it, and a higher count of a shorter stretch from the
    # same start given that long after, are the count of its day and the settled count, not a
    # part above its whole (comparability.settled_since); 0 or empty: never
    settling_metric_words: tuple[str, ...] = ()
    settled_days: int = Field(0, ge=0, le=3650)
    # ... when the shorter stretch covers at least this share of the longer one's days
    settled_share: float = Field(0.85, ge=0, le=1)
    # (via period) a whole and its parts told on different days whose sum misses the whole by at
    # most `restated_parts_count` or `restated_parts_share` of it: a count restated between
    # reports (comparability.parts_of_other_reports); None: every such sum is audited
    restated_parts_count: int | None = Field(None, ge=0, le=100)
    restated_parts_share: float = Field(0, ge=0, le=1)
    # ... all told within this many days, those credited to a body to one counting body
    restated_parts_days: int = Field(0, ge=0, le=3650)
    # (via relation) a whole of a complete relation whose own sentence counts, in the group
    # `count` of one of these patterns, exactly the cases its parts' sum falls short by, counts a
    # kind no part takes in (comparability.names_the_gap); empty: never
    other_kind_patterns: tuple[str, ...] = ()
    # (via change) whether to report a tension between changes alone (no stated figure among its
    # claims) that only the default reading of their hedges makes, the generous one reconciling
    # them ("an increase of nearly $9 million" and "about $10 million more"; "down as much as 26
    # percent" and "14 percent lower"): false, two wordings of one change that nothing pins are
    # not reported (tension.py); a hard tension, or one with a figure, always is
    soft_changes_alone: bool = True
    # (via change) whether a change set, with plain figures alone, against a quantity whose rival
    # counts stand (figures, none restated, that cannot both hold) is passed over when a pair of
    # the stated figures gives it (revisions.fits_a_standing_rival); false: judged as any change
    fits_a_rival: bool = False
    # (via change) patterns (regular expressions, any case) that come just before a budget
    # version's word (the revision rule's `budget_versions`) in a change's own sentence, telling
    # the version the change is of ("when approved", "as proposed"): against figures of its year
    # that each name another version beside them, a change of that version, not a rival
    # (comparability.of_another_version); empty: never
    version_told_patterns: tuple[str, ...] = ()


class DefinedOut(NoParams):
    # the metrics whose definition leaves these cases out, and the words (a regular expression,
    # any case) that say a figure leaves them out, removed before `part_patterns` are looked for
    metrics: tuple[str, ...] = Field(min_length=1)
    pattern: str


class PartOfWhole(NoParams):
    # patterns (regular expressions, any case) of the part and of the whole that takes it in;
    # no `whole`: the higher figure need name none (only not the part)
    part: str
    whole: str | None = None
    # true: only against a higher figure with a copy in one of the part's sources (the gap
    # before the measure, as the same article tells it)
    one_source: bool = False


class CountWays(NoParams):
    # the family applies to metrics whose label names one of these words
    metric_words: tuple[str, ...] = Field(min_length=1)
    # each way of counting, with the patterns (regular expressions, any case) that name it in
    # the figure's own sentence of the quote (or, when that names none, its note)
    ways: dict[str, tuple[str, ...]] = Field(min_length=2)
    # true: a figure whose sentence and note name no way is of the way the rest of its quote
    # names, or else its credited speaker (a count credited to "the Medical Examiner" is the
    # examiner's count)
    speaker_names: bool = False


class NamedCountWays(CountWays):
    """A family of rules/counted_ways.yaml, by its id: the checks take the families by name
    (`counted_ways: all`, or a list of ids), resolved when the pack loads (pack/load.py)."""
    id: str


TensionParams.model_rebuild()


class NotComparableParams(NoParams):
    differ_in: Literal["definition", "place", "estimator", "measure"]
    # (estimator) words that make a figure an estimate (comparability.differing_estimates)
    estimate_words: tuple[str, ...] = ()
    # (measure) as TensionParams.measures and .measured_metric_words
    measures: dict[str, tuple[str, ...]] = {}
    measured_metric_words: tuple[str, ...] = ()
    # (definition) as TensionParams.counted_ways: one metric's figures counted in different ways
    counted_ways: tuple[CountWays, ...] = ()


class ImpliedParams(NoParams):
    # a figure is reported when the claims pin it within this factor (high / low)
    max_spread: int = Field(10, ge=1, le=1_000_000)


class CorroborationParams(NoParams):
    # what agrees: independent claims of one figure ("figures"), or a change, share or rate
    # with the figures it is worked out from ("arithmetic")
    of: Literal["figures", "arithmetic"] = "figures"


class RevisionParams(NoParams):
    # an inferred restatement moves a count by at most this share of it (late rulings, late
    # reports); a bigger change is left to the tension checks. Declared ones (`supersedes:`)
    # have no limit.
    max_change: float = Field(0.1, gt=0, le=10)
    # ... but a body's count added to over time credited to its preliminary data ("X
    # (preliminary data)", a parenthesis naming one of `preliminary_words`) is restated upward by
    # X's later figure by up to this share (revisions.its_preliminary_data); 0: max_change
    preliminary_max_change: float = Field(0, ge=0, le=10)
    # a count restated downward moves by at most this share (a death reclassified: ruled
    # self-defence, an accident, outside the city); a bigger fall is left to the tension checks
    max_fall: float = Field(0.1, gt=0, le=1)
    # ... unless the lower figure came out at least this many days after the higher one: then
    # up to max_change (rulings that a death was justified or accidental take months); 0: never
    fall_settles_days: int = Field(0, ge=0, le=3660)
    # ... and a fall of one, both figures credited to one government body of the place or of a
    # place holding it, restates whatever the share (revisions.moves_little); false: only
    # within max_fall
    one_by_the_body: bool = False
    # ... when the later figure came out at least this many days after the earlier (a ruling
    # takes weeks; a move of one within days is a misreport); 0: any time
    one_by_the_body_days: int = Field(0, ge=0, le=3660)
    # a figure for a period that its own article works out (from a difference or ratio and the
    # figure it relates) for a stretch from the same first day ending at least this many days
    # before the period's end restates nothing and is no last word of its line
    # (revisions.given_for_a_shorter_stretch); 0: never
    shorter_stretch_days: int = Field(0, ge=0, le=3660)
    # a fall read across two stretches from one start restates only to a whole year's count
    # (revisions.falls_to_a_year_end); false: to any longer stretch
    fall_to_a_year_end: bool = False
    # a figure for a period given while the period ran (not after its last day) is the count so
    # far, completed like one published on that day (revisions.counted_so_far); false: only
    # figures published on or after the period's last day
    so_far_while_it_ran: bool = False
    # parts that tile a period restated upward, published before the restatement and adding up
    # to the old figure, go with the revision (revisions._parts_of_their_day); false: only a fall's
    parts_of_a_rise: bool = False
    # a body's count so far above a longer stretch's count already out is restated by nothing
    # (revisions.passed_when_given); false: the body's later word may restate it
    passed_when_given: bool = False
    # an outlet's own figure given after the body's, differing, is restated by nothing
    # (revisions.strayed_from_the_body); false: a later figure may restate it
    after_the_bodys_word: bool = False
    # a later figure does not restate one when a story out before it gave both
    # (revisions.held_in_one_story); false: it may
    held_in_one_story: bool = False
    # an outlet's own figure told beside the release that restated it is no repeat of the old
    # figure (revisions.told_with_the_release); false: it goes with the old figure
    told_with_the_release: bool = False
    # an outlet's own figure given after the body's word and differing from it restates no figure
    # its line credited to a body (revisions.told_against_the_body); false: it may
    told_against_the_body: bool = False
    # an outlet's own later figure restates no figure its line credited, in the figure's own
    # words, to a study (revisions.a_studys_figure_in_the_line); []: it may
    study_words: tuple[str, ...] = ()
    # the body's later word restates an outlet's own figure only when the body had not already
    # given it by then (revisions.said_already); false: it may
    said_already: bool = False
    # a claim of its day is judged, for a quantity restated after it, by the figures out by its
    # day only, not also by the newer ones (revisions._of_their_day); false: by both
    only_figures_of_its_day: bool = False
    # changes and shares worked out from the old figure before it was restated, that fit it
    # and not the new one, are reported with the revision (judged by the figures of their
    # day) instead of as tensions; false reports them as tensions against the new figure
    of_their_day: bool = True
    # names under which a place's own government and its police department give one count:
    # "{place}" stands for any name of the claim's place or a place it lies within
    # ("City of {place}", "{place} Police Department"); their figures are one body's;
    # "{name}" stands for a person's name ("{name}, {place} Police Chief")
    one_body: tuple[str, ...] = ()
    # ... and, for a place of kind state only, its bodies that keep a count the state publishes
    one_body_of_a_state: tuple[str, ...] = ()
    # ... and, for a claim of the state itself only (not of a city or county within it), its bodies
    # that count for its places too: their figure for a county is another counter's
    one_body_of_the_state_itself: tuple[str, ...] = ()
    # words naming the record a body's figure was read from, after its name ("Pittsburgh
    # Bureau of Police data"): the name without them is matched against `one_body`
    record_words: tuple[str, ...] = ()
    # the kinds of document a body's own release is ("slides", "press release"): read on a copy
    # site ("(slides, via slidetodoc.com)" after its name) it is the body's word (revisions.release_voice)
    release_forms: tuple[str, ...] = ()
    # words naming an outlet's own tally after its name ("The Florida Times-Union's records",
    # "Tulsa World database"): a figure credited so is that outlet's count, in its line
    outlet_record_words: tuple[str, ...] = ()
    # web addresses that name a wire's or an aggregator's site, never an outlet's own ("KY3
    # (apnews.com)" is the AP's story): revisions.outlet_lines
    not_an_outlets_site: tuple[str, ...] = ()
    # an outlet's own-words figure given again in another of its articles at least this many
    # days apart is its count of those months, not a lapse (revisions.tally_given_again); 0: never
    tally_given_again_days: int = Field(0, ge=0)
    # an outlet's later figure credited to another counter (`other_counter_words`) restates no
    # earlier figure it credited to the place's government (revisions.another_counter_in_the_line)
    another_counter_in_the_line: bool = False
    # words naming a body's spokesperson after its name ("Natashia Kerr, Colorado Springs Police
    # Department spokeswoman", "APD spokesman"): the spokesperson speaks for the body, whose name
    # without them is matched against `one_body`
    spokesperson_words: tuple[str, ...] = ()
    # an official named with one of these titles ("{name}, {place} Coroner") keeps the count of
    # the title's office ("{place} Coroner's Office": revisions.the_office_of_its_holder)
    office_titles: tuple[str, ...] = ()
    # a body named without its place ("Community Overdose Action Team") is the body of the
    # claim's place named so elsewhere in the corpus ("Montgomery County Community Overdose
    # Action Team"), when exactly one is (revisions.the_body_of_its_place); false: itself
    bare_names_of_the_place: bool = False
    # a body's release crediting a figure to another counter (`other_counter_words`) passes that
    # counter's count on (revisions.passed_on); false: a release's figures are its own body's
    releases_pass_on_counts: bool = False
    # how many days apart two outlets' reports of a body's figure may be and still be reports
    # of one word (revisions.misreported_when_given)
    same_word_days: int = Field(3, ge=0, le=366)
    # two outlets' figures of one period possibly that close together, that disagree and that
    # one later figure between them restates both, are kept as a tension between them
    # (revisions.rivals_restated_together); false: the restatement settles them both
    rivals_kept: bool = True
    # two figures for a closed period both given more than the suspicion pack's `years_on` days
    # after it ended, the later within this many days of the earlier, are two retellings of a
    # settled release: nothing restates the earlier (revisions.retold_years_on); 0: off
    retold_years_on_days: int = Field(0, ge=0, le=3660)
    # two figures for a period closed more than the suspicion pack's `in_its_day` days before
    # either was given, the later within this many days of the earlier, are two retellings of a
    # settled count, even in one outlet's line: nothing restates the earlier
    # (revisions.retold_in_a_week); 0: off
    retold_in_a_week_days: int = Field(0, ge=0, le=366)
    # a figure in an official's spoken words given years after its period does not restate one
    # given in its day (revisions.recalled_years_on)
    recalled_years_on: bool = False
    # ... but words naming one of these ("our final count, in this report") read the body's record
    recalled_not_words: tuple[str, ...] = ()
    # ... unless the earlier report's words call its figure one of these ("preliminary
    # statistics"): the body's release of the next days restates it (revisions.called_preliminary)
    preliminary_words: tuple[str, ...] = ()
    # ... not where these deny it ("final, not preliminary, data": revisions.preliminary_data_of)
    not_preliminary_words: tuple[str, ...] = ()
    # a figure for a period published on its last day whose words call the period over ("closed
    # out the year with 212") is the period's total, not the count so far (revisions.counted_so_far)
    period_ended_words: tuple[str, ...] = ()
    # the toll of an event (a count over at most this many days, given after them) only rises
    # as deaths are confirmed: a later, higher figure for it restates an earlier one by any
    # amount (revisions.toll_counted); 0: never
    event_toll_days: int = Field(0, ge=0, le=366)
    # ... and a figure its own sentence gives as the count before the article's ("previously
    # reported as 210") is restated by the article's higher one
    earlier_count_words: tuple[str, ...] = ()
    # ... of any count, not only a toll: restated by its article's other exact figure
    # (revisions.restated_in_its_article); false: of a toll only
    restated_in_its_article: bool = False
    # a body's figure its words call final restates the figures for its period out before
    # (revisions.called_final)
    final_words: tuple[str, ...] = ()
    # ... unless the same part of its sentence, or its note, names one of these ("will not be
    # released until", "preliminary")
    not_final_words: tuple[str, ...] = ()
    # a figure whose words say cases are still pending is restated by the first higher figure
    # for it out later, up to `pending_max_rise` above it (revisions.pending_counted)
    pending_words: tuple[str, ...] = ()
    # a count whose words say it takes in cases not yet decided ("319 suspected and confirmed
    # overdose deaths") is restated by the first exact figure for it out later, either way, up to
    # `max_change` from it (revisions.suspected_decided)
    suspected_words: tuple[str, ...] = ()
    # patterns (regular expressions, any case) whose group `count` is the number of cases not yet
    # decided a pending figure's words name ("and there are still 20 probable cases"): the count
    # completed is at most that many above it (revisions.pending_counted); empty: no such ceiling
    pending_count_patterns: tuple[str, ...] = ()
    # patterns (regular expressions, any case) of "pending" in another sense than cases not yet
    # counted ("30 cases pending trial"): left out of the words read for `pending_words`
    pending_other_senses: tuple[str, ...] = ()
    pending_max_rise: float = Field(0.25, gt=0, le=10)
    # ... and up to `pending_own_max_rise` above it when the higher figure is the same counting
    # body's own (revisions.pending_counted)
    pending_own_max_rise: float = Field(1.0, gt=0, le=10)
    # a change of a count out before its period's last day, or by this many days after it when its
    # day may be before it, is a change so far, restated like a preliminary one
    # (revisions.told_at_its_periods_end); 0: only one out surely before the last day
    change_told_at_the_end_days: int = Field(0, ge=0, le=366)
    # ... and a figure whose own sentence says it corrects its article ("has clarified that the
    # department actually hired 105") restates the article's other figure for the same quantity,
    # by any amount, and the copies of that figure made before it (revisions.corrected_in_words)
    correction_words: tuple[str, ...] = ()
    # the counting body's later word on a closed period, this many days or more after another
    # outlet's lone figure for it in its own words, restates that figure
    # (revisions.restated_by_the_counter); 0: never
    restated_by_the_counter_days: int = Field(0, ge=0, le=3660)
    # ... when that figure came out within this many days of its period's end (a look back
    # years on states a settled count); 0: whenever
    counts_settle_days: int = Field(0, ge=0, le=36600)
    # the words that name a budget's version, by version: "proposed", "adopted", "current";
    # a later version of a fiscal year's budget restates an earlier one's statements
    # (revisions.budget_versions); empty: never
    budget_versions: dict[Literal["proposed", "adopted", "current"], tuple[str, ...]] = {}
    # words that name a version only in a page's title, beside a budget word ("budget pitch")
    title_version_words: dict[Literal["proposed", "adopted", "current"], tuple[str, ...]] = {}
    # ... for the metrics whose label names one of these words (a budget, not a count)
    budget_metric_words: tuple[str, ...] = ()
    # words by which a statement's own quote gives its figure as the budget's first version ("the
    # 696 the city was originally planning"): restated by its own article's figure of a later version
    original_version_words: tuple[str, ...] = ()
    # patterns that give a statement's figure, written after them, as the version an amendment
    # was made to ("adding about $3.6 million to Mayor Dave Bronson's $583.6 million spending
    # plan"): the version before the one its article names (revisions.budget_versions)
    amended_from_patterns: tuple[str, ...] = ()
    # words by which a figure's own sentence gives it as a past peak of the quantity ("which stood
    # as high as $320 million"): such a figure, agreeing with the old figure of a revision or one
    # of its repeats, goes with them even when given after the restatement (revisions.with_repeats)
    past_peak_words: tuple[str, ...] = ()
    # the share of the longer sentence's words two sentences share for one to copy the other: a
    # repeat of the old figure that may predate its restatement goes with it only when it copies
    # the old figure's sentence (revisions.with_repeats; 0: never)
    copied_words_share: float = 0
    # a count so far to a day in the last this share of a year, given while it ran, is completed
    # by its counter's figure for the year (engine/completions.py); 0: never
    completed_so_far_share: float = Field(0, ge=0, le=1)
    # a figure credited to another counting body is its own count, never a repeat of a restated
    # figure (revisions.another_counters_figure); false: it may be
    echoes_of_one_counter: bool = False
    # ... when that body's name holds one of these words (a bureau of investigation, a medical
    # examiner): the others (an outlet, a dashboard) retell the old figure
    other_counter_words: tuple[str, ...] = ()
    # words by which a figure's own sentence gives it as an earlier report retold: it restates
    # nothing (revisions.retold); empty: never
    retold_words: tuple[str, ...] = ()
    # ... but not in a sentence with any of these words: it corrects or compares ("now", "than")
    retold_not_with_words: tuple[str, ...] = ()
    # an outlet's own-words figure for the year completes another outlet's count so far only
    # when out within this many days of the year's end (engine/completions.py)
    completed_by_another_outlet_days: int = Field(0, ge=0)


PARAMS: dict[str, type[NoParams]] = {
    "tension": TensionParams,
    "corroboration": CorroborationParams,
    "implied": ImpliedParams,
    "not-comparable": NotComparableParams,
    "revision": RevisionParams,
    "dating": NoParams,
    "not-checkable": NoParams,
}
