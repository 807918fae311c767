#include "sample_chronology.hpp"

#include <stdexcept>

namespace dateline::test {

date::local_days day(int y, unsigned m, unsigned d) {
    return date::local_days{date::year{y} / date::month{m} / date::day{d}};
}

date::local_seconds at(int y, unsigned m, unsigned d, int hour, int minute) {
    return date::local_seconds{day(y, m, d)} + std::chrono::hours{hour} + std::chrono::minutes{minute};
}

timex make_timex(const document& doc, std::string_view phrase, std::string value, granularity grain,
                 std::optional<local_interval> when, std::string_view rule, anchor_kind anchor,
                 std::string anchor_value, timex_type type, std::size_t from) {
    const auto begin = doc.content.find(phrase, from);
    if (begin == std::string::npos) throw std::logic_error("phrase not in the document");
    timex t;
    t.begin = begin;
    t.end = begin + phrase.size();
    t.text = std::string(phrase);
    t.clause_tense = tense::past;
    t.r.type = type;
    t.r.value = std::move(value);
    t.r.when = when;
    t.r.grain = grain;
    t.r.rule = rule;
    t.r.anchor = anchor;
    t.r.anchor_value = std::move(anchor_value);
    return t;
}

event make_event(std::size_t doc_index, const document& doc, std::size_t sentence_index, std::string_view sentence,
                 timex t) {
    const auto begin = doc.content.find(sentence);
    if (begin == std::string::npos) throw std::logic_error("sentence not in the document");
    event e;
    e.document = doc_index;
    e.sentence_index = sentence_index;
    e.span = {begin, begin + sentence.size()};
    e.text = std::string(sentence);
    e.when = t.r.when;
    e.grain = t.r.grain;
    e.value = t.r.value;
    e.timexes.push_back(std::move(t));
    e.anchor = 0;
    return e;
}

chronology friday_report(const document& doc, std::string_view sentence, bool undated_copy) {
    const local_interval friday{date::local_seconds{day(2025, 4, 25)}, date::local_seconds{day(2025, 4, 26)}};
    const event e = make_event(0, doc, 0, sentence,
                               make_timex(doc, "Friday", "2025-04-25", granularity::day, friday, "weekday.future",
                                          anchor_kind::dct, "2025-04-24"));
    chronology c;
    c.documents = {doc};
    event_group g;
    g.when = friday;
    g.grain = granularity::day;
    g.value = "2025-04-25";
    g.reports = {e};
    c.dated = {g};
    if (undated_copy) {
        c.documents.push_back(doc);
        c.documents[1].published.reset();
        c.undated = {e};
        c.undated[0].document = 1;
        c.undated[0].timexes[0].r.value.clear();
    }
    return c;
}

namespace {

event_group group_of(std::vector<event> reports) {
    event_group g;
    g.when = *reports.front().when;
    g.grain = reports.front().grain;
    g.value = reports.front().value;
    g.reports = std::move(reports);
    return g;
}

}  // namespace

chronology sample_chronology() {
    chronology c;

    document a;
    a.path = "a.txt";
    a.content =
        "---\npublished: 2025-04-24\nsource: Kyiv Daily\n---\n"
        "Kyiv was hit hard last night. Trump reprimanded the Ukrainian leader on Wednesday.\n"
        "Talks continued this week.\n";
    a.body_begin = a.content.find("Kyiv was");
    a.published = publication_time{day(2025, 4, 24), std::nullopt, ""};
    a.published_from = date_origin::front_matter;
    a.title = "Kyiv hit hard";
    a.source = "Kyiv Daily";
    a.url = "https://kyiv.example/a";

    document b;
    b.path = "b.txt";
    b.content = "Trump wrote on Truth Social on Wednesday.\n";
    b.published = publication_time{day(2025, 4, 25), std::nullopt, ""};
    b.published_from = date_origin::manifest;
    b.source = "Evening Post";

    document cdoc;
    cdoc.path = "c.txt";
    cdoc.content = "The talks resumed on Friday.\n";
    cdoc.title = "Talks resume";
    cdoc.source = "Wire";

    const local_interval week17{date::local_seconds{day(2025, 4, 21)}, date::local_seconds{day(2025, 4, 28)}};
    const local_interval wednesday{date::local_seconds{day(2025, 4, 23)}, date::local_seconds{day(2025, 4, 24)}};
    const local_interval night{at(2025, 4, 23, 18), at(2025, 4, 24, 6)};

    const event this_week =
        make_event(0, a, 2, "Talks continued this week.",
                   make_timex(a, "this week", "2025-W17", granularity::week, week17, "named_unit.this",
                              anchor_kind::dct, "2025-04-24"));
    const event wednesday_a =
        make_event(0, a, 1, "Trump reprimanded the Ukrainian leader on Wednesday.",
                   make_timex(a, "Wednesday", "2025-04-23", granularity::day, wednesday, "weekday.past",
                              anchor_kind::dct, "2025-04-24"));
    const event wednesday_b =
        make_event(1, b, 0, "Trump wrote on Truth Social on Wednesday.",
                   make_timex(b, "Wednesday", "2025-04-23", granularity::day, wednesday, "weekday.past",
                              anchor_kind::dct, "2025-04-25"));
    const event last_night =
        make_event(0, a, 0, "Kyiv was hit hard last night.",
                   make_timex(a, "last night", "2025-04-23TNI", granularity::part_of_day, night,
                              "part_of_day.last_night", anchor_kind::dct, "2025-04-24", timex_type::time));
    event friday = make_event(2, cdoc, 0, "The talks resumed on Friday.",
                              make_timex(cdoc, "Friday", "", granularity::none, std::nullopt, "weekday.past",
                                         anchor_kind::missing, ""));

    c.documents = {a, b, cdoc};
    c.dated = {group_of({this_week}), group_of({wednesday_a, wednesday_b}), group_of({last_night})};
    c.undated = {friday};
    c.diagnostics = {{severity::warning, "d.txt", 3, 14, "expected a date after \"published:\""}};
    return c;
}

}  // namespace dateline::test
