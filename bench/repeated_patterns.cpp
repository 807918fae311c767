// Run time of hostile repeated patterns ("the the the ...", "1/1/1/...", "early early ...",
// weekday names in a row, overflowing numbers, dense dates, one endless sentence) at 1, 2, 4
// and 8 MB, one line with no line break each: prints ns/byte per size for tagging
// (recognize + tense + resolve) and for the whole build (chronology + HTML). Linear time shows
// as ns/byte that stays flat as the size doubles; the last column is ns/byte at 8 MB over 1 MB.
//
//   repeated_patterns [MAX_MEGABYTES]   (default 8)
#include <chrono>
#include <cstdlib>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "dateline/render/html.hpp"
#include "dateline/timeline/analyze.hpp"

namespace {

struct pattern {
    const char* name;
    const char* unit;  // repeated until the text reaches the size
};

const std::vector<pattern> patterns = {
    {"the the the", "the "},
    {"1/1/1/1", "1/"},
    {"early early early", "early "},
    {"weekday names", "Monday Tuesday Wednesday Thursday Friday Saturday Sunday "},
    {"overflowing numbers", "10000000000000 days ago "},
    {"out-of-range dates", "the year 99999999, February 30, week 54, "},
    {"dense dates", "Kyiv was hit on Friday, April 25, 2025, a day after the talks; "},
    {"endless sentence", "and then the talks went on "},
};

std::string repeated(const char* unit, std::size_t bytes) {
    const std::string u(unit);
    std::string text;
    text.reserve(bytes + u.size());
    while (text.size() < bytes) text += u;
    text.resize(bytes);
    return text;
}

dateline::document document_of(std::string text) {
    dateline::document doc;
    doc.path = "repeated.txt";
    doc.content = std::move(text);
    doc.published = dateline::publication_time{date::local_days{date::year{2025} / 4 / 24}, {}, {}};
    return doc;
}

template <typename F>
double nanoseconds_per_byte(std::size_t bytes, F&& run) {
    const auto start = std::chrono::steady_clock::now();
    run();
    const std::chrono::duration<double, std::nano> elapsed = std::chrono::steady_clock::now() - start;
    return elapsed.count() / static_cast<double>(bytes);
}

}  // namespace

int main(int argc, char** argv) {
    const std::size_t max_megabytes = argc > 1 ? static_cast<std::size_t>(std::atoi(argv[1])) : 8;
    std::vector<std::size_t> sizes;
    for (std::size_t mb = 1; mb <= max_megabytes; mb *= 2) sizes.push_back(mb);

    fmt::print("{:<22} {:<6}", "pattern", "stage");
    for (const std::size_t mb : sizes) fmt::print(" {:>9}", fmt::format("{} MB", mb));
    fmt::print(" {:>9}\n", "last/1MB");
    for (const pattern& p : patterns) {
        std::vector<double> tag, build;
        for (const std::size_t mb : sizes) {
            const std::size_t bytes = mb << 20;
            const dateline::document doc = document_of(repeated(p.unit, bytes));
            tag.push_back(nanoseconds_per_byte(bytes, [&] { (void)dateline::tag_document(doc); }));
            build.push_back(nanoseconds_per_byte(bytes, [&] {
                const dateline::chronology c = dateline::build_chronology({doc});
                (void)dateline::render_html(c, {});
            }));
        }
        for (const auto& [stage, figures] : {std::pair{"tag", tag}, std::pair{"build", build}}) {
            fmt::print("{:<22} {:<6}", p.name, stage);
            for (const double ns : figures) fmt::print(" {:>9.1f}", ns);
            fmt::print(" {:>9.2f}\n", figures.back() / figures.front());
        }
    }
    fmt::print("(ns/byte; a ratio near 1 is linear time, near {} would be quadratic)\n", sizes.back());
}
