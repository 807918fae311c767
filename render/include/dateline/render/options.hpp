// What the chronology writers (Markdown, HTML, JSON) are asked to do.
#pragma once

#include <string>
#include <string_view>

namespace dateline {

struct render_options {
    std::string title = "Chronology";
    bool explain = false;   // show, per date, the phrase, the rule and the anchor it was resolved from
    bool fragment = false;  // HTML only: a <section> to embed in a page instead of a whole page
    unsigned threads = 1;   // parts of the output written on this many threads (the same bytes for any number)
};

// The title to show: the one asked for, or "Chronology" when it is empty (a page needs one).
inline std::string_view shown_title(const render_options& o) {
    return o.title.empty() ? std::string_view("Chronology") : std::string_view(o.title);
}

}  // namespace dateline
