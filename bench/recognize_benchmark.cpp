// Micro-benchmarks: recognition and full tagging of one news paragraph.
#include <benchmark/benchmark.h>

#include <string>

#include "dateline/parser/recognize.hpp"
#include "dateline/timeline/analyze.hpp"

namespace {

const std::string paragraph =
    "Trump's envoy is expected to meet Putin on Friday for more talks, a US official disclosed. "
    "In light of Zelenskyy's statement, Trump reprimanded the Ukrainian leader on Wednesday. The Ukrainian "
    "capital was hit hard last night, with 12 civilians losing their lives. The next few days, Trump said, "
    "would be crucial. Russia launched 145 drones and 70 missiles, according to Ukraine's air force, which "
    "claimed to have shot down 112 targets on Thursday, April 24, 2025.";

void recognize_paragraph(benchmark::State& state) {
    std::vector<dateline::recognized> found;
    for (auto _ : state) {
        found.clear();
        dateline::recognize(paragraph, found);
        benchmark::DoNotOptimize(found.data());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * paragraph.size()));
}
BENCHMARK(recognize_paragraph);

void tag_paragraph(benchmark::State& state) {
    dateline::document doc;
    doc.path = "paragraph.txt";
    doc.content = paragraph;
    doc.published = dateline::publication_time{date::local_days{date::year{2025} / 4 / 24}, {}, {}};
    for (auto _ : state) benchmark::DoNotOptimize(dateline::tag_document(doc));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * paragraph.size()));
}
BENCHMARK(tag_paragraph);

}  // namespace

BENCHMARK_MAIN();
