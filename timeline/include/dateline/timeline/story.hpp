// Which parts of a document tell a story far from its publication date (a history, a biography,
// a paragraph of background in a news report): there yearless and relative expressions ("on 12
// June", "that spring", "in April") count from the story's own time, the last date mentioned,
// instead of the publication date.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "dateline/parser/ast.hpp"
#include "dateline/parser/timex.hpp"

namespace dateline {

// How relative expressions are anchored: `automatic` finds the stories, `dct` never counts from
// a story's time, `narrative` takes the whole document as one story.
enum class anchor_mode : std::uint8_t { automatic, dct, narrative };

// One recognised expression as story detection sees it: where it begins in the body, what it
// says and the tense of its clause.
struct story_evidence {
    std::size_t begin = 0;
    const temporal_ast* ast = nullptr;
    tense clause_tense = tense::unknown;
};

// Where the stories are: for each expression, 0 when it is outside any story, else the number of
// its story (a story of the whole document is 1; each story paragraph has its own number, so that
// the story's time starts afresh in it).
std::vector<std::uint32_t> story_regions(std::string_view body, std::span<const story_evidence> expressions,
                                         const std::optional<publication_time>& published, anchor_mode mode);

}  // namespace dateline
