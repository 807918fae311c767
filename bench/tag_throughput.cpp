// Tags a corpus of at least 20 MB (the TBAQ texts, tiled) on one thread and prints the
// throughput of recognition alone and of the whole tagging (recognize + tense + resolve), the
// number of expressions found, and the peak resident memory of the process.
//
//   tag_throughput [TBAQ_FOLDER] [MIN_MEGABYTES]
#include <sys/resource.h>

#include <chrono>
#include <cstdlib>
#include <string>

#include <fmt/format.h>

#include "corpus.hpp"
#include "dateline/parser/recognize.hpp"
#include "dateline/timeline/analyze.hpp"

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

long peak_rss_kib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
    const std::string folder = argc > 1 ? argv[1] : DATELINE_SHARED_DIR "/data/tbaq";
    const double min_megabytes = argc > 2 ? std::atof(argv[2]) : 20.0;

    const auto documents = dateline::bench::load_timeml_folder(folder);
    const auto corpus = dateline::bench::tile(documents, static_cast<std::size_t>(min_megabytes * 1e6));
    const double megabytes = static_cast<double>(dateline::bench::total_bytes(corpus)) / 1e6;

    auto start = std::chrono::steady_clock::now();
    std::size_t recognized = 0;
    std::vector<dateline::recognized> found;
    for (const auto& d : corpus) {
        found.clear();
        dateline::recognize(d.content, found);
        recognized += found.size();
    }
    const double recognize_seconds = seconds_since(start);

    start = std::chrono::steady_clock::now();
    std::size_t tagged = 0;
    for (const auto& d : corpus) tagged += dateline::tag_document(d).timexes.size();
    const double tag_seconds = seconds_since(start);

    fmt::print("corpus          {:.1f} MB in {} documents ({} distinct TBAQ documents)\n", megabytes, corpus.size(),
               documents.size());
    fmt::print("recognize       {:.1f} MB/s  ({} expressions, {:.2f} s)\n", megabytes / recognize_seconds, recognized,
               recognize_seconds);
    fmt::print("tag (full)      {:.1f} MB/s  ({} timexes, {:.2f} s)\n", megabytes / tag_seconds, tagged, tag_seconds);
    fmt::print("peak memory     {:.1f} MiB resident\n", static_cast<double>(peak_rss_kib()) / 1024.0);
    return 0;
}
