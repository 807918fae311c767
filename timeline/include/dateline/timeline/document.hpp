// An article as dateline sees it: the file as read, where its body starts, and what is known
// about its publication.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "dateline/parser/timex.hpp"

namespace dateline {

// Where a document's publication time came from, strongest first.
enum class date_origin : std::uint8_t { front_matter, manifest, command_line, text_dateline, none };

std::string_view to_string(date_origin o);  // "front matter", "manifest", "--published", "dateline in text", "none"

struct document {
    std::string path;        // as given on the command line (or built from a folder walk)
    std::string content;     // the file as read, byte for byte; every offset points into this
    std::size_t body_begin = 0;  // first byte after the front matter (0 when there is none)
    std::optional<publication_time> published;
    date_origin published_from = date_origin::none;
    std::string title;
    std::string source;
    std::string url;

    std::string_view body() const { return std::string_view(content).substr(body_begin); }
    bool dated() const { return published.has_value(); }
};

}  // namespace dateline
