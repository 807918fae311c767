// The chronology writers hand their output to a sink while they write it: the pieces, joined,
// are the bytes of the whole output, the same for any number of threads, and a long chronology
// comes in many pieces (each chunk of dates as it is done), not as one string at the end.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dateline/render/html.hpp"
#include "dateline/render/json.hpp"
#include "dateline/render/markdown.hpp"
#include "sample_chronology.hpp"

namespace dateline {
namespace {

// The sample chronology's dated groups again and again, each copy a year and a day later, so that
// there are many dates (and some background among them).
chronology many_dates() {
    chronology c = test::sample_chronology();
    const std::vector<event_group> groups = c.dated;
    for (int copy = 1; copy < 120; ++copy) {
        for (event_group g : groups) {
            const date::days later{366 * copy};
            g.when = {g.when.begin + later, g.when.end + later};
            g.background = copy % 7 == 0;
            c.dated.push_back(std::move(g));
        }
    }
    return c;
}

using writer = void (*)(const chronology&, const render_options&, const byte_sink&);
using renderer = std::string (*)(const chronology&, const render_options&);

struct format_case {
    const char* name;
    writer write;
    renderer render;
    bool fragment;
};

const format_case formats[] = {
    {"json", write_json, render_json, false},
    {"markdown", write_markdown, render_markdown, false},
    {"html page", write_html, render_html, false},
    {"html fragment", write_html, render_html, true},
};

TEST(streamed_output, pieces_joined_are_the_whole_output_for_any_number_of_threads) {
    const chronology c = many_dates();
    for (const format_case& f : formats) {
        render_options o;
        o.fragment = f.fragment;
        const std::string whole = f.render(c, o);
        for (const unsigned threads : {1u, 2u, 3u, 8u}) {
            o.threads = threads;
            std::vector<std::string> pieces;
            f.write(c, o, [&](std::string_view bytes) { pieces.emplace_back(bytes); });
            std::string joined;
            for (const std::string& piece : pieces) joined += piece;
            EXPECT_TRUE(joined == whole) << f.name << ", " << threads << " threads";
            // 360 groups (json: 64 a chunk) or about 300 dates (markdown, html: 32 a chunk).
            EXPECT_GT(pieces.size(), 5u) << f.name << ", " << threads << " threads";
        }
    }
}

}  // namespace
}  // namespace dateline
