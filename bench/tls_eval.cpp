// tls_eval: `build --top K` on each Timeline17 timeline, scored against the editors' timeline.
//
//   tls_eval [FOLDER] [--per-date M] [--set NAME=VALUE]... [--grid NAME=V1,V2,...]... [--verbose] [--dump FILE]
//
// FOLDER (default ../shared/data/tls/timeline17-dev) holds one folder per topic with
// InputDocs/<YYYY-MM-DD>/*.txt (the folder is the publication date) and timelines/*.txt (a date
// line, the editors' sentences, a line of dashes). For each timeline with K distinct dates the
// K most salient days are picked, exactly as `dateline build --top K` does, and the bench prints
// date precision, recall and F1, and ROUGE-1 F1 of the chosen sentences against the editors'
// sentences of the same dates (unigram counts summed over the dates both have), per timeline and
// the mean, and the seconds each topic took (read, build, select, render Markdown).
// --set changes a salience_model parameter, to try a value without rebuilding; --dump writes the
// evidence of every day as tab-separated lines (dump_evidence) for studying features elsewhere.
// --grid tries every combination of the values given (on top of --set) and prints the best
// setting on all timelines and the leave-one-out figure: each timeline scored with the setting
// that is best on the others (ties: the first in grid order), the check that tuned weights
// generalise to timelines they were not tuned on.
#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "dateline/render/markdown.hpp"
#include "dateline/timeline/analyze.hpp"
#include "dateline/timeline/reader_comments.hpp"
#include "dateline/timeline/readers.hpp"
#include "dateline/timeline/top_dates.hpp"

namespace fs = std::filesystem;
using namespace dateline;

namespace {

std::string read_bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::vector<fs::path> sorted_entries(const fs::path& folder, bool directories) {
    std::vector<fs::path> out;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec))
        if (entry.is_directory() == directories) out.push_back(entry.path());
    std::sort(out.begin(), out.end());
    return out;
}

// Every article of a topic, published on the day its folder is named after.
std::vector<document> load_topic(const fs::path& topic) {
    std::vector<document> documents;
    for (const auto& day_folder : sorted_entries(topic / "InputDocs", true)) {
        const auto published = parse_publication_time(day_folder.filename().string());
        if (!published) continue;
        for (const auto& file : sorted_entries(day_folder, false)) {
            auto result = read_article(file.string(), read_bytes(file));
            if (!result.doc) continue;
            result.doc->published = publication_time{published->day, std::nullopt, ""};
            result.doc->published_from = date_origin::path;
            documents.push_back(std::move(*result.doc));
        }
    }
    return documents;
}

using timeline = std::map<std::string, std::string>;  // date -> the editors' sentences

timeline read_timeline(const fs::path& path) {
    timeline out;
    std::istringstream in(read_bytes(path));
    std::string line;
    std::string date;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.starts_with("-----")) {
            date.clear();
        } else if (date.empty() && line.size() == 10 && line[4] == '-' && line[7] == '-') {
            date = line;
            out[date];
        } else if (!date.empty()) {
            out[date] += line + "\n";
        }
    }
    return out;
}

std::map<std::string, int> unigrams(const std::string& text) {
    std::map<std::string, int> counts;
    std::string word;
    for (const char ch : text + " ") {
        if (std::isalnum(static_cast<unsigned char>(ch))) {
            word += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        } else if (!word.empty()) {
            ++counts[word];
            word.clear();
        }
    }
    return counts;
}

struct overlap {
    double shared = 0, system = 0, reference = 0;
    void add(const std::string& system_text, const std::string& reference_text) {
        const auto s = unigrams(system_text);
        const auto r = unigrams(reference_text);
        for (const auto& [w, n] : s) {
            system += n;
            if (const auto it = r.find(w); it != r.end()) shared += std::min(n, it->second);
        }
        for (const auto& [w, n] : r) reference += n;
    }
    double f1() const {
        if (shared == 0) return 0.0;
        const double p = shared / system, r = shared / reference;
        return 2 * p * r / (p + r);
    }
};

bool set_parameter(salience_model& m, const std::string& assignment) {
    const auto eq = assignment.find('=');
    if (eq == std::string::npos) return false;
    const std::string name = assignment.substr(0, eq);
    const double value = std::atof(assignment.c_str() + eq + 1);
    if (name == "per_document") m.per_document = value;
    else if (name == "absolute_bonus") m.absolute_bonus = value;
    else if (name == "lead_bonus") m.lead_bonus = value;
    else if (name == "lead_sentences") m.lead_sentences = static_cast<std::size_t>(value);
    else if (name == "recalled_bonus") m.recalled_bonus = value;
    else if (name == "recalled_after") m.recalled_after = static_cast<int>(value);
    else if (name == "per_publication_day") m.per_publication_day = value;
    else if (name == "per_recalling_day") m.per_recalling_day = value;
    else if (name == "per_published_document") m.per_published_document = value;
    else if (name == "after_last_publication") m.after_last_publication = static_cast<int>(value);
    else return false;
    return true;
}

// Every day the editors chose or the model ranks within 2K: rank, score, documents, chosen.
void print_ranks(const chronology& c, const salience_model& m, const timeline& reference) {
    auto scores = score_days(c, m);
    std::stable_sort(scores.begin(), scores.end(),
                     [](const day_salience& a, const day_salience& b) { return a.score > b.score; });
    for (std::size_t rank = 0; rank < scores.size(); ++rank) {
        const std::string day = date::format("%F", scores[rank].day);
        const bool gold = reference.count(day) > 0;
        if (!gold && rank >= 2 * reference.size()) continue;
        fmt::print("  {:>4} {} {:7.2f} docs={:<3} pubdays={:<3} reports={:<4} {}\n", rank + 1, day, scores[rank].score,
                   scores[rank].documents, scores[rank].publication_days, scores[rank].reports,
                   gold ? (rank < reference.size() ? "HIT" : "missed") : (rank < reference.size() ? "wrong" : ""));
    }
}

struct grid_axis {
    std::string name;
    std::vector<std::string> values;
};

// "NAME=V1,V2,..." -> an axis, or nothing when NAME is no parameter or a value is missing.
std::optional<grid_axis> parse_axis(const std::string& text) {
    const auto eq = text.find('=');
    if (eq == std::string::npos) return std::nullopt;
    grid_axis axis{text.substr(0, eq), {}};
    std::istringstream values(text.substr(eq + 1));
    std::string value;
    salience_model scratch;
    while (std::getline(values, value, ',')) {
        if (value.empty() || !set_parameter(scratch, axis.name + "=" + value)) return std::nullopt;
        axis.values.push_back(value);
    }
    if (axis.values.empty()) return std::nullopt;
    return axis;
}

// One scored timeline: its topic's chronology and the editors' days.
struct scored_timeline {
    std::string name;
    const chronology* all = nullptr;
    std::set<std::string> days;
};

double date_f1(const scored_timeline& t, const salience_model& m) {
    std::size_t hits = 0;
    const auto picked = most_salient_days(*t.all, m, t.days.size());
    for (const auto& s : picked) hits += t.days.count(date::format("%F", s.day));
    if (hits == 0) return 0.0;
    const double p = static_cast<double>(hits) / static_cast<double>(picked.size());
    const double r = static_cast<double>(hits) / static_cast<double>(t.days.size());
    return 2 * p * r / (p + r);
}

// Every combination of the axes' values, first axis slowest; each as its assignments.
std::vector<std::vector<std::string>> grid_settings(const std::vector<grid_axis>& axes) {
    std::vector<std::vector<std::string>> settings{{}};
    for (const auto& axis : axes) {
        std::vector<std::vector<std::string>> next;
        for (const auto& setting : settings)
            for (const auto& value : axis.values) {
                next.push_back(setting);
                next.back().push_back(axis.name + "=" + value);
            }
        settings = std::move(next);
    }
    return settings;
}

void run_grid(const std::vector<grid_axis>& axes, const salience_model& base,
              const std::vector<scored_timeline>& timelines) {
    const auto settings = grid_settings(axes);
    std::vector<std::vector<double>> f1(settings.size());  // [setting][timeline]
    for (std::size_t s = 0; s < settings.size(); ++s) {
        salience_model m = base;
        for (const auto& assignment : settings[s]) set_parameter(m, assignment);
        for (const auto& t : timelines) f1[s].push_back(date_f1(t, m));
    }
    const auto total = [&](std::size_t s, std::size_t left_out) {
        double sum = 0;
        for (std::size_t i = 0; i < timelines.size(); ++i)
            if (i != left_out) sum += f1[s][i];
        return sum;
    };
    const auto best = [&](std::size_t left_out) {
        std::size_t b = 0;
        for (std::size_t s = 1; s < settings.size(); ++s)
            if (total(s, left_out) > total(b, left_out) + 1e-12) b = s;
        return b;
    };
    const double n = static_cast<double>(timelines.size());
    const std::size_t everywhere = best(timelines.size());
    fmt::print("\ngrid of {} settings; best on all {} timelines: {}  mean F1 {:.3f}\n", settings.size(),
               timelines.size(), fmt::join(settings[everywhere], " "), total(everywhere, timelines.size()) / n);
    double held_out = 0;
    for (std::size_t i = 0; i < timelines.size(); ++i) {
        const std::size_t b = best(i);
        held_out += f1[b][i];
        fmt::print("  {:<40} {:>6.3f}  tuned on the others: {}\n", timelines[i].name, f1[b][i],
                   fmt::join(settings[b], " "));
    }
    fmt::print("leave-one-out mean F1 {:.3f}\n", held_out / n);
}

// --dump: the evidence of every topic as tab-separated lines, for studying features outside the
// program (bench/tls_features.py): "D topic document published path", "G topic editors'-day", and
// per day-or-finer timex of every report in a day group "R topic day document sentence absolute
// is-anchor background rule tense text sentence-bytes group-day sentence-text in-comments".
void dump_evidence(std::ostream& out, const std::string& topic, const chronology& c) {
    for (std::size_t d = 0; d < c.documents.size(); ++d)
        if (c.documents[d].published)
            out << "D\t" << topic << "\t" << d << "\t" << date::format("%F", c.documents[d].published->day) << "\t"
                << c.documents[d].path << "\n";
    const auto comments = comment_section_starts(c);
    for (const auto& g : c.dated) {
        const auto group_day = day_of(g);
        if (!group_day) continue;
        for (const auto& e : g.reports)
            for (std::size_t t = 0; t < e.timexes.size(); ++t) {
                const auto& x = e.timexes[t];
                if (!x.r.when || x.r.grain > granularity::day) continue;
                out << "R\t" << topic << "\t" << date::format("%F", date::floor<date::days>(x.r.when->begin)) << "\t"
                    << e.document << "\t" << e.sentence_index << "\t" << (x.r.anchor == anchor_kind::none) << "\t"
                    << (t == e.anchor) << "\t" << g.background << "\t" << x.r.rule << "\t" << to_string(x.clause_tense)
                    << "\t" << x.text << "\t" << e.text.size() << "\t" << date::format("%F", *group_day) << "\t"
                    << e.text << "\t" << in_comments(e, comments) << "\n";
            }
    }
}

}  // namespace

int main(int argc, char** argv) {
    fs::path folder = DATELINE_SHARED_DIR "/data/tls/timeline17-dev";
    top_request request;
    bool verbose = false;
    std::ofstream dump;
    std::vector<grid_axis> axes;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--per-date" && i + 1 < argc) {
            request.per_date = static_cast<std::size_t>(std::atoi(argv[++i]));
        } else if (arg == "--dump" && i + 1 < argc) {
            dump.open(argv[++i]);
        } else if (arg == "--grid" && i + 1 < argc) {
            const auto axis = parse_axis(argv[++i]);
            if (!axis) {
                std::cerr << "tls_eval: expected --grid NAME=V1,V2,... with a salience_model parameter, got " << argv[i]
                          << "\n";
                return 2;
            }
            axes.push_back(*axis);
        } else if (arg == "--verbose") {
            verbose = true;
        } else if (arg == "--set" && i + 1 < argc) {
            if (!set_parameter(request.model, argv[++i])) {
                std::cerr << "tls_eval: unknown parameter in " << argv[i] << "\n";
                return 2;
            }
        } else {
            folder = arg;
        }
    }

    fmt::print("{:<40} {:>4} {:>6} {:>6} {:>6} {:>8} {:>7}\n", "timeline", "K", "P", "R", "F1", "ROUGE-1", "seconds");
    double sum_f1 = 0, sum_rouge = 0;
    int timelines = 0;
    std::vector<std::unique_ptr<chronology>> topics;  // kept for the grid
    std::vector<scored_timeline> scored;
    for (const auto& topic : sorted_entries(folder, true)) {
        const auto start = std::chrono::steady_clock::now();
        topics.push_back(std::make_unique<chronology>(build_chronology(load_topic(topic))));
        const chronology& all = *topics.back();
        if (dump.is_open()) dump_evidence(dump, topic.filename().string(), all);
        for (const auto& file : sorted_entries(topic / "timelines", false)) {
            const timeline reference = read_timeline(file);
            request.count = reference.size();
            if (dump.is_open())
                for (const auto& [day, text] : reference) dump << "G\t" << topic.filename().string() << "\t" << day << "\n";
            const chronology top = select_top(all, request);
            const std::string markdown = render_markdown(top, {});
            const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

            std::map<std::string, std::string> chosen;  // picked day -> its sentences
            for (const auto& g : top.dated)
                for (const auto& e : g.reports) chosen[g.value] += e.text + "\n";
            std::size_t hits = 0;
            overlap rouge;
            for (const auto& [day, sentences] : chosen) {
                const auto it = reference.find(day);
                if (it == reference.end()) continue;
                ++hits;
                rouge.add(sentences, it->second);
            }
            const double p = chosen.empty() ? 0.0 : static_cast<double>(hits) / static_cast<double>(chosen.size());
            const double r = static_cast<double>(hits) / static_cast<double>(reference.size());
            const double f1 = hits == 0 ? 0.0 : 2 * p * r / (p + r);
            sum_f1 += f1;
            sum_rouge += rouge.f1();
            ++timelines;
            const std::string name = topic.filename().string() + "/" + file.filename().string();
            fmt::print("{:<40} {:>4} {:>6.3f} {:>6.3f} {:>6.3f} {:>8.3f} {:>7.2f}\n", name, reference.size(), p, r, f1,
                       rouge.f1(), seconds);
            if (markdown.empty()) return 1;
            scored.push_back({name, &all, {}});
            for (const auto& [day, text] : reference) scored.back().days.insert(day);
            if (verbose) print_ranks(all, request.model, reference);
        }
    }
    if (timelines == 0) {
        std::cerr << "tls_eval: no timelines under " << folder.string() << "\n";
        return 2;
    }
    fmt::print("{:<40} {:>4} {:>6} {:>6} {:>6.3f} {:>8.3f}\n", "mean", "", "", "", sum_f1 / timelines,
               sum_rouge / timelines);
    if (!axes.empty()) run_grid(axes, request.model, scored);
    return 0;
}
