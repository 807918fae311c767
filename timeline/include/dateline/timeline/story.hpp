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

// Which dates of a story are mentioned in passing and do not move its time: a date with its year,
// not opening its sentence, in another year than the story's time before it and the next date with
// a year after it, when those two lie closer to each other (in months) than either to it, and more
// than two months from the story's time ("In March 1944 ... had invaded Burma in late 1943. By
// June", "declassified in 2005, revealed that there was no attack on 4 August"). A story returns
// to its own time after a flashback, a forward reference or a citation. `regions` as
// story_regions gives; outside stories nothing is in passing.
std::vector<bool> mentioned_in_passing(std::string_view body, std::span<const story_evidence> expressions,
                                       std::span<const std::uint32_t> regions);

}  // namespace dateline
