// Invariants the fuzz targets check on what the library returns. A broken invariant prints what
// was expected and aborts, which libFuzzer records as a crash together with the input.
#pragma once

#include <string_view>
#include <vector>

#include "dateline/parser/timex.hpp"
#include "dateline/timeline/diagnostic.hpp"
#include "dateline/timeline/event.hpp"

namespace dateline::fuzz {

[[noreturn]] void fail(std::string_view what, std::string_view detail = {});

inline void require(bool ok, std::string_view what, std::string_view detail = {}) {
    if (!ok) fail(what, detail);
}

// Every diagnostic names `path`, has a reason and formats to one line.
void check_diagnostics(const std::vector<diagnostic>& ds, std::string_view path);

// A resolution is unresolved, or has a printable value, an interval that is not empty, and the
// anchor it claims.
void check_resolution(const resolution& r);

// A publication time is a valid day with a time of day inside the day.
void check_publication_time(const publication_time& p);

// Sentences and timexes lie inside `content`, in order, without overlapping; timex text is the
// bytes it spans.
void check_tagged(const tagged_document& t, std::string_view content);

}  // namespace dateline::fuzz
