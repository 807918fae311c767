// tag_document: recognise expressions in the body, find the tense of each one's clause, find the
// stories told far from the publication date, and resolve each expression against the publication
// date, the narrative reference time (the last date of day or finer granularity mentioned earlier
// in the same document) and, in a story, the story's time.
#include <algorithm>

#include "dateline/parser/huge_pages.hpp"
#include "dateline/parser/recognize.hpp"
#include "dateline/parser/resolve.hpp"
#include "dateline/timeline/analyze.hpp"
#include "dateline/timeline/sentences.hpp"
#include "dateline/timeline/story.hpp"
#include "dateline/timeline/tag.hpp"
#include "dateline/timeline/tense.hpp"
#include "dateline/timeline/text_kind.hpp"

namespace dateline {
namespace {

// Tense cues stand near the expression. The context is cut to this many bytes on each side, so
// that a sentence or line of megabytes (hostile or broken input: no full stop, no line break)
// costs linear time, not time proportional to its length for every expression in it.
constexpr std::size_t tense_window = 256;

// The text whose clause decides the tense of content[begin, end): its sentence, or its line when
// it is in no sentence (clutter, or the tail after the end of the article), cut to tense_window.
sentence_span context_of(std::string_view content, const std::vector<sentence_span>& sentences,
                         std::size_t& cursor, std::size_t begin, std::size_t end) {
    const std::size_t window_begin = begin > tense_window ? begin - tense_window : 0;
    const std::size_t window_end = std::min(content.size(), end + tense_window);
    while (cursor < sentences.size() && sentences[cursor].end <= begin) ++cursor;
    if (cursor < sentences.size() && sentences[cursor].begin <= begin)
        return {std::max(sentences[cursor].begin, window_begin), std::min(std::max(sentences[cursor].end, end), window_end)};
    const std::string_view before = content.substr(window_begin, begin - window_begin);
    const std::size_t break_before = before.rfind('\n');
    const std::size_t line_begin = break_before == std::string_view::npos ? window_begin : window_begin + break_before + 1;
    const std::size_t break_after = content.substr(end, window_end - end).find('\n');
    const std::size_t line_end = break_after == std::string_view::npos ? window_end : end + break_after;
    return {line_begin, line_end};
}

bool can_be_narrative_time(const resolution& r) {
    return r.resolved() && r.when && (r.type == timex_type::date || r.type == timex_type::time) &&
           r.grain <= granularity::day;
}

bool can_be_mentioned_time(const resolution& r) {
    return r.resolved() && r.when && (r.type == timex_type::date || r.type == timex_type::time);
}

// A story's time moves with every date it names at a year or finer, but not with what is counted
// from the publication date ("today" in a history is the writer's day, not the story's), from the
// last date mentioned ("a year earlier" is a glance back), or said in the future tense (in a story
// told in the past, "a campaign planned for 1976" is a plan: "on 11 March" is still 1975's).
bool can_be_story_time(const timex& t) {
    const resolution& r = t.r;
    return can_be_mentioned_time(r) && r.grain <= granularity::year && r.anchor != anchor_kind::dct &&
           r.anchor != anchor_kind::narrative && t.clause_tense != tense::future;
}

// The quarter a business report is about, which "a year earlier" and "the year-ago quarter" are
// counted from: a quarter said in its own right (not itself counted from the reported quarter,
// which would walk "a year earlier" back a year at each mention), ended by the publication date
// (results are reported after the quarter; "fourth-quarter charges" in October are a forecast)
// and ended at most nine months before it ("the 1988 third quarter" in a 1989 report is history).
bool can_be_reported_quarter(const resolution& r, const std::optional<publication_time>& published) {
    if (!r.resolved() || !r.when || r.type != timex_type::date || r.grain != granularity::quarter) return false;
    if (r.anchor == anchor_kind::narrative) return false;
    if (!published) return true;
    const date::year_month_day day{published->day};
    const date::local_days recent_enough{(date::year_month{day.year(), day.month()} - date::months{9}) / day.day()};
    return r.when->end > date::local_seconds{recent_enough} &&
           r.when->end <= date::local_seconds{published->day + date::days{1}};
}

// The happening a report looks back on ("Slepian was killed last fall", "the Oct. 23 slaying"):
// the first date of a season or finer that ended more than a fortnight before the publication day.
bool can_be_event_time(const resolution& r, const std::optional<publication_time>& published) {
    if (!published || !can_be_mentioned_time(r) || r.grain > granularity::season) return false;
    return r.when->end <= date::local_seconds{published->day - date::days{14}};
}

// "In April and June 1955", "(26 June - 4 August 1952)", "March and April 1918": a month, day or
// season without a year, joined to the next expression by a word of a list or range, shares the
// year that one names in full.
bool shares_year_with_next(std::string_view content, const timex& t, const temporal_ast& a, const timex& next,
                           const temporal_ast& b) {
    const bool yearless = !a.year && a.rel == relation::none &&
                          ((a.kind == ast_kind::calendar_date && a.month) || a.kind == ast_kind::season);
    const bool full_year = b.year && !b.two_digit_year && *b.year != 0 && b.rel == relation::none &&
                           (b.kind == ast_kind::calendar_date || b.kind == ast_kind::season);
    if (!yearless || !full_year || next.begin < t.end || next.begin - t.end > 12) return false;
    std::string_view between = content.substr(t.end, next.begin - t.end);
    while (!between.empty() && (between.front() == ' ' || between.front() == '\t')) between.remove_prefix(1);
    while (!between.empty() && (between.back() == ' ' || between.back() == '\t')) between.remove_suffix(1);
    constexpr std::string_view joins[] = {"-", "\u2013", "\u2014", "and", "to", "or", "through", "until", "till"};
    return std::find(std::begin(joins), std::end(joins), between) != std::end(joins);
}

}  // namespace

tagged_document tag_matches(const document& doc, std::vector<recognized> found, const resolver& resolve_with) {
    tagged_document out;
    const std::string_view content = doc.content;
    const std::size_t body_begin = std::min(doc.body_begin, content.size());
    out.sentences = split_sentences(content, body_begin);

    // recognize() gives its matches in order: the sort (and its buffer of a copy of every match)
    // is for other callers.
    const auto by_begin = [](const recognized& a, const recognized& b) { return a.begin < b.begin; };
    if (!std::is_sorted(found.begin(), found.end(), by_begin)) std::stable_sort(found.begin(), found.end(), by_begin);

    // First the extent and tense of every match, which story detection needs for the whole
    // document before anything is resolved.
    std::vector<const recognized*> kept;
    std::vector<story_evidence> evidence;
    kept.reserve(found.size());
    evidence.reserve(found.size());
    reserve_huge(out.timexes, found.size());
    std::size_t sentence_cursor = 0;
    std::size_t covered_until = body_begin;
    for (const recognized& match : found) {
        if (match.begin >= match.end || match.end > content.size() - body_begin) continue;  // out of range
        const std::size_t begin = body_begin + match.begin;
        const std::size_t end = body_begin + match.end;
        if (begin < covered_until) continue;  // overlaps the previous match
        covered_until = end;

        timex t;
        t.begin = begin;
        t.end = end;
        t.text = std::string(content.substr(begin, end - begin));
        const sentence_span context = context_of(content, out.sentences, sentence_cursor, begin, end);
        t.clause_tense = clause_tense(content.substr(context.begin, context.end - context.begin),
                                      begin - context.begin, end - context.begin);
        evidence.push_back({match.begin, &match.ast, t.clause_tense});
        kept.push_back(&match);
        out.timexes.push_back(std::move(t));
    }
    const std::vector<std::uint32_t> stories = story_regions(doc.body(), evidence, doc.published, doc.anchoring);
    const std::vector<bool> in_passing = mentioned_in_passing(doc.body(), evidence, stories);

    resolve_context ctx;
    ctx.dct = doc.published;
    ctx.post = is_short_post(doc.body());
    std::uint32_t story = 0;
    for (std::size_t i = 0; i < out.timexes.size(); ++i) {
        timex& t = out.timexes[i];
        if (stories[i] != story) {
            story = stories[i];
            ctx.story.reset();  // a new story (or none): its time starts afresh
        }
        ctx.clause_tense = t.clause_tense;
        std::optional<resolution> joined;
        if (i + 1 < out.timexes.size() &&
            shares_year_with_next(content, t, kept[i]->ast, out.timexes[i + 1], kept[i + 1]->ast))
            joined = resolve_with(kept[i + 1]->ast, ctx);
        if (joined && joined->when && can_be_mentioned_time(*joined)) {
            resolve_context in_that_year = ctx;
            in_that_year.story = reference_time{*joined->when, joined->grain, joined->value};
            t.r = resolve_with(kept[i]->ast, in_that_year);
        } else {
            t.r = resolve_with(kept[i]->ast, ctx);
        }
        if (!ctx.event && can_be_event_time(t.r, doc.published)) ctx.event = reference_time{*t.r.when, t.r.grain, t.r.value};
        if (can_be_narrative_time(t.r)) ctx.narrative = reference_time{*t.r.when, t.r.grain, t.r.value};
        if (can_be_mentioned_time(t.r) && !in_passing[i]) ctx.mentioned = reference_time{*t.r.when, t.r.grain, t.r.value};
        if (story != 0 && can_be_story_time(t) && !in_passing[i]) ctx.story = reference_time{*t.r.when, t.r.grain, t.r.value};
        // A report of the third quarter that looks back at "a flat second quarter" is still about the third.
        if (can_be_reported_quarter(t.r, doc.published) &&
            (!ctx.reported_quarter || t.r.when->end >= ctx.reported_quarter->when.end))
            ctx.reported_quarter = reference_time{*t.r.when, t.r.grain, t.r.value};
    }
    return out;
}

tagged_document tag_document(const document& doc) {
    return tag_matches(doc, recognize(doc.body(), {.informal = is_short_post(doc.body())}), [](const temporal_ast& ast, const resolve_context& ctx) {
        return resolve(ast, ctx);
    });
}

}  // namespace dateline
