// Publication days found by read_html_article on the html-dates pages (../shared/data/html-dates:
// saved pages and the day each was first published), and how fast the pages are read.
//
//   html_dates [FOLDER] [--list]     FOLDER defaults to ../shared/data/html-dates
//
// Prints accuracy (right day / pages), precision (right day / pages given a date), pages with
// no date, pages per second (read_html_article alone, the files already in memory; best of three
// rounds, by the process's CPU time, which a machine shared with other jobs does not inflate,
// and by the wall clock) and peak resident memory. --list prints one line per page: right/wrong/none, the
// expected day, the day found, where it came from.
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <date/date.h>
#include <fmt/format.h>

#include "dateline/timeline/html_article.hpp"

namespace {

struct page {
    std::string file;
    std::string expected;  // YYYY-MM-DD
    std::string bytes;
};

long peak_rss_kib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

double cpu_seconds() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<page> load(const std::string& folder) {
    std::ifstream tsv(folder + "/dates.tsv");
    std::vector<page> pages;
    std::string line;
    std::getline(tsv, line);  // header: file, published, url (the URL is not given to the reader)
    while (std::getline(tsv, line)) {
        const auto tab1 = line.find('\t');
        const auto tab2 = line.find('\t', tab1 + 1);
        if (tab1 == std::string::npos || tab2 == std::string::npos) continue;
        page p{line.substr(0, tab1), line.substr(tab1 + 1, tab2 - tab1 - 1), {}};
        p.bytes = read_file(folder + "/" + p.file);
        pages.push_back(std::move(p));
    }
    return pages;
}

}  // namespace

int main(int argc, char** argv) {
    std::string folder = DATELINE_SHARED_DIR "/data/html-dates";
    bool list = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--list") list = true;
        else folder = arg;
    }
    const std::vector<page> pages = load(folder);
    if (pages.empty()) {
        fmt::print(stderr, "no pages under {} (dates.tsv)\n", folder);
        return 1;
    }

    std::size_t right = 0, dated = 0;
    for (const auto& p : pages) {
        const auto result = dateline::read_html_article(p.file, p.bytes);
        std::string found = "-";
        std::string origin = "none";
        std::string evidence;
        if (result.doc && result.doc->published) {
            found = date::format("%F", result.doc->published->day);
            origin = std::string(to_string(result.doc->published_from));
            evidence = result.doc->published_evidence;
            ++dated;
            if (found == p.expected) ++right;
        }
        if (list) {
            const char* verdict = found == "-" ? "none " : found == p.expected ? "right" : "wrong";
            fmt::print("{} {} {} {:<16} {} {}\n", verdict, p.expected, found, origin, p.file, evidence);
            for (const auto& d : result.diagnostics) fmt::print("      {}\n", format(d));
        }
    }

    double best_seconds = 1e9;
    double best_cpu_seconds = 1e9;
    for (int round = 0; round < 3; ++round) {
        const auto start = std::chrono::steady_clock::now();
        const double cpu_start = cpu_seconds();
        std::size_t chars = 0;
        for (const auto& p : pages) {
            const auto result = dateline::read_html_article(p.file, p.bytes);
            if (result.doc) chars += result.doc->content.size();
        }
        const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
        best_seconds = std::min(best_seconds, took.count());
        best_cpu_seconds = std::min(best_cpu_seconds, cpu_seconds() - cpu_start);
        if (chars == 0) fmt::print(stderr, "no text extracted\n");
    }

    const double n = static_cast<double>(pages.size());
    fmt::print("pages           {}\n", pages.size());
    fmt::print("accuracy        {:.3f} ({} right)\n", static_cast<double>(right) / n, right);
    fmt::print("precision       {:.3f} ({} of {} dated)\n", dated ? static_cast<double>(right) / static_cast<double>(dated) : 0.0, right, dated);
    fmt::print("no date         {}\n", pages.size() - dated);
    fmt::print("pages/s         {:.0f} by CPU time, {:.0f} by the wall clock (one core, best of 3 rounds)\n",
               n / best_cpu_seconds, n / best_seconds);
    fmt::print("peak memory     {:.1f} MiB resident\n", static_cast<double>(peak_rss_kib()) / 1024.0);
    return 0;
}
