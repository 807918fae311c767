// story_regions: a document is a story when most of the years it names lie well before its
// publication and its clauses are in the past tense; in other documents a paragraph is one when
// it names such a date and says nothing in the present or future tense.
#include <algorithm>
#include <string>

#include <date/date.h>

#include "dateline/timeline/story.hpp"

namespace dateline {
namespace {

// Years at least this far before the publication year are history, not news.
constexpr int years_before = 2;

// The year an expression names in full ("June 1944", "spring 1943", "the 1960s"), if any.
std::optional<int> full_year(const temporal_ast& a) {
    if (!a.year || a.two_digit_year) return std::nullopt;
    switch (a.kind) {
    case ast_kind::calendar_date:
    case ast_kind::decade:
    case ast_kind::season:
    case ast_kind::quarter:
    case ast_kind::half_year:
    case ast_kind::holiday: return *a.year;
    default: break;
    }
    return std::nullopt;
}

// What only the writer's present can anchor: "Friday", "yesterday", "last week", "two years ago",
// "now". News is full of them; a history has few.
bool said_from_now(const temporal_ast& a) {
    switch (a.kind) {
    case ast_kind::weekday:
    case ast_kind::relative_day: return true;
    case ast_kind::vague: return a.vague == vague_ref::present;
    case ast_kind::named_unit:
    case ast_kind::offset:
    case ast_kind::part_of_day:
        return a.rel == relation::last || a.rel == relation::this_ || a.rel == relation::next ||
               (a.kind == ast_kind::offset && a.rel == relation::none);
    default: break;
    }
    return false;
}

// "June 1944", "6 June 1944": a month or a day of a year long before the publication.
bool is_old_date(const temporal_ast& a, int published_year) {
    const auto y = full_year(a);
    return y && a.month && *y <= published_year - years_before;
}

struct tally {
    std::size_t years = 0, old_years = 0, past = 0, not_past = 0, deictic = 0, all = 0;

    void add(const story_evidence& e, int published_year) {
        ++all;
        if (said_from_now(*e.ast)) ++deictic;
        if (const auto y = full_year(*e.ast)) {
            ++years;
            if (*y <= published_year - years_before) ++old_years;
        }
        if (e.clause_tense == tense::past) ++past;
        else if (e.clause_tense == tense::present || e.clause_tense == tense::future) ++not_past;
    }
};

// A whole history: many old years, at least half the years named old, the past tense dominating, and few
// expressions that only the writer's present anchors (news reports have many: "on Friday").
bool tells_story(const tally& t) {
    return t.old_years >= 5 && t.old_years * 2 >= t.years && t.past >= 2 * t.not_past && t.deictic * 10 <= t.all;
}

// A paragraph is a line (wire copy and plain-text articles break lines only between paragraphs).
std::size_t paragraph_end(std::string_view body, std::size_t from) {
    const std::size_t line_break = body.find('\n', from);
    return line_break == std::string_view::npos ? body.size() : line_break;
}

bool is_blank(char c) { return c == ' ' || c == '\t'; }

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A date that sets the scene opens its sentence: "On 6 June 1944, ...", "In June 1944 ...". A
// date inside a noun phrase ("charged in the Dec. 21, 1988, bombing") tells no story.
bool opens_sentence(std::string_view body, std::size_t begin) {
    std::size_t i = begin;
    while (i > 0 && is_blank(body[i - 1])) --i;
    std::size_t word = i;
    while (word > 0 && is_letter(body[word - 1])) --word;
    if (word < i && i - word <= 6) {
        std::string lower;
        for (std::size_t k = word; k < i; ++k) lower += static_cast<char>(body[k] | 0x20);
        if (lower == "on" || lower == "in" || lower == "by" || lower == "during" || lower == "until") {
            i = word;
            while (i > 0 && is_blank(body[i - 1])) --i;
        }
    }
    if (i == 0) return true;
    const char before = body[i - 1];
    return before == '.' || before == '!' || before == '?' || before == '"' || before == '\n';
}

// A date with its year, placed to the month (a year alone at its middle, "late 1943" too).
struct named_time {
    int year;
    date::year_month month;
};

std::optional<named_time> time_named(const temporal_ast& a) {
    const auto y = full_year(a);
    if (!y) return std::nullopt;
    unsigned month = 7;
    if (a.month) month = *a.month;
    else if (a.kind == ast_kind::season) month = a.season == season_name::spring   ? 4
                                                 : a.season == season_name::summer ? 7
                                                 : a.season == season_name::fall   ? 10
                                                                                   : 1;
    return named_time{*y, date::year{*y} / date::month{month}};
}

long long months_between(const named_time& a, const named_time& b) {
    const auto apart = (a.month - b.month).count();
    return apart < 0 ? -apart : apart;
}

// A date in another year than the story's and the next date's, which lie closer to each other
// than to it, and more than a season from the story's time (a story moving on from "December 26,
// 1776" to "January 3, 1777" is no aside).
bool stands_apart(const named_time& here, const named_time& story, const named_time& next) {
    constexpr long long moving_on = 2;
    const long long story_to_next = months_between(story, next);
    return here.year != story.year && here.year != next.year && months_between(here, story) > moving_on &&
           story_to_next < months_between(here, story) && story_to_next < months_between(here, next);
}

}  // namespace

std::vector<bool> mentioned_in_passing(std::string_view body, std::span<const story_evidence> expressions,
                                       std::span<const std::uint32_t> regions) {
    const std::size_t n = std::min(expressions.size(), regions.size());
    std::vector<bool> passing(expressions.size(), false);
    std::vector<std::optional<named_time>> named(n);
    for (std::size_t i = 0; i < n; ++i)
        if (regions[i] != 0) named[i] = time_named(*expressions[i].ast);
    // The next expression with a year in the same story, found once from the end (asking at each
    // expression would be quadratic in a story of many undated expressions).
    constexpr std::size_t none = static_cast<std::size_t>(-1);
    std::vector<std::size_t> next_named(n, none);
    for (std::size_t i = n; i-- > 1;)
        if (regions[i] == regions[i - 1]) next_named[i - 1] = named[i] ? i : next_named[i];
    std::optional<named_time> story;  // the last date that moved the story
    for (std::size_t i = 0; i < n; ++i) {
        if (regions[i] == 0) continue;
        if (i > 0 && regions[i] != regions[i - 1]) story.reset();
        const auto& here = named[i];
        if (!here) continue;
        if (story && next_named[i] != none && !opens_sentence(body, expressions[i].begin) &&
            stands_apart(*here, *story, *named[next_named[i]])) {
            passing[i] = true;
            continue;
        }
        story = here;
    }
    return passing;
}

std::vector<std::uint32_t> story_regions(std::string_view body, std::span<const story_evidence> expressions,
                                         const std::optional<publication_time>& published, anchor_mode mode) {
    std::vector<std::uint32_t> regions(expressions.size(), 0);
    if (mode == anchor_mode::dct) return regions;
    if (mode == anchor_mode::narrative || !published) {
        if (mode == anchor_mode::narrative) std::fill(regions.begin(), regions.end(), 1u);
        return regions;
    }
    const int published_year = static_cast<int>(date::year_month_day{published->day}.year());
    tally whole;
    for (const story_evidence& e : expressions) whole.add(e, published_year);
    if (tells_story(whole)) {
        std::fill(regions.begin(), regions.end(), 1u);
        return regions;
    }
    // Paragraph by paragraph: the story starts at the first old date (a month or a day: a bare year
    // is as often background, "since 1980", "a 1987 Chevrolet") named in it.
    std::uint32_t next_story = 2;
    for (std::size_t first = 0; first < expressions.size();) {
        const std::size_t end = paragraph_end(body, expressions[first].begin);
        std::size_t last = first;
        while (last < expressions.size() && expressions[last].begin < end) ++last;
        tally paragraph;
        std::optional<std::size_t> story_begins;
        for (std::size_t i = first; i < last; ++i) {
            paragraph.add(expressions[i], published_year);
            if (!story_begins && is_old_date(*expressions[i].ast, published_year) &&
                opens_sentence(body, expressions[i].begin))
                story_begins = i;
        }
        if (story_begins && paragraph.not_past == 0) {
            for (std::size_t i = *story_begins; i < last; ++i) regions[i] = next_story;
            ++next_story;
        }
        first = last;
    }
    return regions;
}

}  // namespace dateline
