#include "check.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace dateline::fuzz {

void fail(std::string_view what, std::string_view detail) {
    std::fprintf(stderr, "invariant broken: %.*s\n", static_cast<int>(what.size()), what.data());
    if (!detail.empty()) std::fprintf(stderr, "  %.*s\n", static_cast<int>(detail.size()), detail.data());
    std::abort();
}

void check_diagnostics(const std::vector<diagnostic>& ds, std::string_view path) {
    for (const diagnostic& d : ds) {
        const std::string line = format(d);
        require(d.path == path, "a diagnostic names the input's path", line);
        require(!d.message.empty(), "a diagnostic gives a reason", line);
        require(line.find('\n') == std::string::npos, "a diagnostic is one line", line);
    }
}

void check_resolution(const resolution& r) {
    require(!r.rule.empty(), "every resolution names its rule", r.value);
    for (const char c : r.value) {
        const bool plain = c > ' ' && c < 0x7f && c != '<' && c != '>' && c != '&' && c != '"' && c != '\'';
        require(plain, "a TIMEX3 value is plain printable ASCII", r.value);
    }
    require(r.value.rfind('-', 0) != 0, "a TIMEX3 value never starts with a negative year", r.value);
    if (r.when) {
        require(r.when->begin < r.when->end, "a resolved interval is not empty", r.value);
        require(r.resolved(), "an expression with an interval has a value", std::string(r.rule));
    }
    if (r.anchor == anchor_kind::dct || r.anchor == anchor_kind::narrative || r.anchor == anchor_kind::story)
        require(!r.anchor_value.empty(), "an anchored resolution names its anchor", r.value);
    if (r.anchor == anchor_kind::missing) require(!r.resolved(), "a missing anchor leaves it unresolved", r.value);
}

void check_publication_time(const publication_time& p) {
    require(date::year_month_day{p.day}.ok(), "a publication day is a valid date");
    if (p.time_of_day)
        require(*p.time_of_day >= std::chrono::minutes{0} && *p.time_of_day < std::chrono::hours{24},
                "a publication time lies inside its day");
}

void check_tagged(const tagged_document& t, std::string_view content) {
    std::size_t last = 0;
    for (const sentence_span& s : t.sentences) {
        require(s.begin < s.end && s.end <= content.size(), "a sentence is a non-empty span of the text");
        require(s.begin >= last, "sentences come in order and do not overlap");
        last = s.end;
    }
    last = 0;
    for (const timex& x : t.timexes) {
        require(x.begin < x.end && x.end <= content.size(), "a timex is a non-empty span of the text", x.text);
        require(x.begin >= last, "timexes come in order and do not overlap", x.text);
        require(content.substr(x.begin, x.end - x.begin) == x.text, "a timex's text is the bytes it spans", x.text);
        last = x.end;
        check_resolution(x.r);
    }
}

}  // namespace dateline::fuzz
