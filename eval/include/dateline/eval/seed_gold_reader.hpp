// Reads the hand-made gold of the seed articles (fixtures/seeds-gold/*.json):
//   {"doc": "000_x.txt", "dct": "2025-04-24",
//    "timexes": [{"text", "start", "end", "start_byte"?, "end_byte"?, "type", "value", "mod"?}]}
// Offsets are byte offsets into the article named by "doc". When "start_byte"/"end_byte" are
// present they are used: in the seed files "start"/"end" count characters, not bytes, and only
// the *_byte pair lands on the text in a UTF-8 article. Other keys ("occurrence", "note") are
// ignored. Reading is in two steps because the caller loads the article named inside the JSON.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/eval/annotation.hpp"
#include "dateline/timeline/diagnostic.hpp"

namespace dateline {

struct seed_gold {
    std::string doc;  // the article's file name, as written in "doc"
    std::string dct;  // TIMEX3 value of the publication date
    std::vector<timex_annotation> timexes;  // as given: not yet checked against the article
};

struct seed_gold_result {
    std::optional<seed_gold> gold;
    std::vector<diagnostic> diagnostics;
};

seed_gold_result read_seed_gold(std::string_view path, std::string_view json);

// The article under its gold: every span must hold its "text" in the article's bytes, and the
// dct must be a date. Problems are errors (at gold_path) and give no document; timexes come
// back in text order. The document's path is article_path, its publication time the dct.
annotated_result attach_article(const seed_gold& gold, std::string_view gold_path, std::string article_path,
                                std::string article);

}  // namespace dateline
