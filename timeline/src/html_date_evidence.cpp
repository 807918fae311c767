// find_page_date: one walk over the page collects every kind of evidence, then the strongest
// kind present gives the date. Within a kind the first in the page wins (the article comes
// before its sidebars and comments). Dates in boilerplate (comments, related links, footers,
// sidebars) are never read.
#include "html_date_evidence.hpp"

#include <algorithm>

#include <date/date.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "dateline/timeline/metadata_date.hpp"
#include "byline_date.hpp"
#include "displayed_date.hpp"
#include "html_boilerplate.hpp"
#include "html_dom.hpp"
#include "text_scan.hpp"
#include "url_date.hpp"

namespace dateline::detail {
namespace {

constexpr std::size_t longest_evidence_value = 120;
constexpr std::size_t longest_byline = 200;
constexpr int deepest_json = 24;

// The kinds of evidence, strongest first.
enum class strength : std::uint8_t {
    json_ld_article, meta, itemprop, time_element, json_ld_other, url, byline_words, byline, near_headline, dated_meta,
    title, sidebar_byline_words, script_data, count
};

constexpr std::size_t longest_visible_text = 1u << 20;
constexpr std::size_t headline_window_before = 200;  // a dateline above the headline
constexpr std::size_t headline_window_after = 300;   // the byline under it

// Meta tags that name the first publication, by name or property, lowercase; earlier names win.
constexpr std::string_view publication_meta_names[]{
    "article:published_time", "og:published_time", "og:article:published_time", "article.published",
    "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "citation_publication_date",
    "publishdate", "publish-date", "publish_date", "published_time", "published-date", "publication_date",
    "date_published", "datepublished", "originalpublicationdate", "article_date_original",
    "cxenseparse:recs:publishtime",
};

// Meta tags that name some date of the page: often the publication, now and then a revision
// or a print issue. They count after the page's own byline.
constexpr std::string_view dated_meta_names[]{
    "pubdate", "dc.date", "dcterms.date", "dcterms.created", "dc.date.created", "dc.created", "date",
    "citation_date", "release_date", "displaydate",
};

// Meta tags that name the last revision, lowercase.
constexpr std::string_view revision_meta_names[]{
    "article:modified_time", "og:updated_time", "og:article:modified_time", "lastmod", "last-modified",
    "dcterms.modified", "modified_time", "datemodified",
};

// Keys under which a page's scripts (state for a JavaScript front end) give its own first
// publication; read only when the page says nothing else ("createdAt":"2022-01-31T15:58:43+01:00").
constexpr std::string_view script_date_keys[]{
    "\"datePublished\":\"", "\"publishedAt\":\"", "\"published_at\":\"", "\"publishDate\":\"",
    "\"firstPublished\":\"", "\"createdAt\":\"", "\"dateCreated\":\"",
};
constexpr std::size_t longest_script_date = 40;

constexpr std::string_view article_types[]{
    "NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
    "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting", "Report",
    "TechArticle", "SocialMediaPosting",
};

std::string quote_value(std::string_view value) {
    value = trim(value);
    if (value.size() > longest_evidence_value) value = value.substr(0, longest_evidence_value);
    return fmt::format("\"{}\"", value);
}

bool is_copyright_line(std::string_view text) {
    return text.find("\xC2\xA9") != std::string_view::npos || to_lower_ascii(text).find("copyright") != std::string::npos;
}

// A "post-info" box that lists other articles (headings, list items) is no byline.
bool holds_a_list_of_articles(const GumboNode* n) {
    bool found = false;
    walk(n, [&](const GumboNode* d) {
        if (found || !is_element(d)) return false;
        switch (d->v.element.tag) {
        case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_LI:
            found = true;
            return false;
        default:
            return true;
        }
    });
    return found;
}

class evidence_collector {
public:
    std::array<std::optional<date_evidence>, static_cast<std::size_t>(strength::count)> found;
    std::vector<unreadable_date> unreadable;
    std::optional<date_evidence> revision;             // the first dateModified, article:modified_time, ...
    std::vector<publication_time> shown_clock_times;   // <time datetime> values with a clock and no zone

    void offer_revision(std::string_view value, std::string evidence, std::size_t line) {
        if (revision) return;
        if (auto when = parse_metadata_date(value)) revision = date_evidence{*when, date_origin::meta, std::move(evidence), line};
    }

    void offer_shown_clock_time(std::string_view value) {
        if (auto when = parse_metadata_date(value); when && when->time_of_day && when->zone.empty())
            shown_clock_times.push_back(*when);
    }

    // Read from the page as saved: the reader drops scripts before parsing.
    void offer_script_data(std::string_view page) {
        for (const auto key : script_date_keys) {
            for (std::size_t at = page.find(key); at != std::string_view::npos; at = page.find(key, at + 1)) {
                const std::string_view rest = page.substr(at + key.size(), longest_script_date);
                const std::string_view value = rest.substr(0, rest.find('"'));
                if (auto when = parse_metadata_date(value)) {
                    offer_found(strength::script_data,
                                {*when, date_origin::meta,
                                 fmt::format("script {}{}", key.substr(0, key.size() - 1), quote_value(value)), 0});
                    return;
                }
            }
        }
    }

    void offer(strength s, date_origin origin, std::string_view value, std::string evidence, std::size_t line,
               bool report_unreadable) {
        auto& slot = found[static_cast<std::size_t>(s)];
        if (slot) return;
        if (auto when = parse_metadata_date(value)) {
            slot = date_evidence{*when, origin, std::move(evidence), line};
        } else if (report_unreadable && !trim(value).empty()) {
            unreadable.push_back({std::move(evidence), line});
        }
    }

    void offer_found(strength s, date_evidence e) {
        auto& slot = found[static_cast<std::size_t>(s)];
        if (!slot) slot = std::move(e);
    }

    void offer_meta(const GumboNode* n) {
        std::string_view key_attr = "property";
        std::string_view key = attribute(n, "property");
        if (key.empty()) key_attr = "name", key = attribute(n, "name");
        if (key.empty()) key_attr = "itemprop", key = attribute(n, "itemprop");
        if (key.empty() || key.size() > 64) return;
        const std::string name = to_lower_ascii(key);
        const std::string_view content = attribute(n, "content");
        const std::size_t line = n->v.element.start_pos.line;
        for (const auto revision_name : revision_meta_names)
            if (name == revision_name) offer_revision(content, fmt::format("meta {}={}", key, quote_value(content)), line);
        if (key_attr == "itemprop" && name == "datepublished") {
            offer(strength::itemprop, date_origin::time_element, content,
                  fmt::format("meta itemprop=datePublished content={}", quote_value(content)), line, true);
            return;
        }
        if (offer_named_meta(strength::meta, publication_meta_names, meta_rank_, name, key, content, line)) return;
        offer_named_meta(strength::dated_meta, dated_meta_names, dated_meta_rank_, name, key, content, line);
    }

    // A meta tag of one of `names`: the earliest-ranked name in the list wins over a later one in
    // the page. False when the name is not in the list.
    template <std::size_t N>
    bool offer_named_meta(strength s, const std::string_view (&names)[N], std::size_t& best_rank, const std::string& name,
                          std::string_view key, std::string_view content, std::size_t line) {
        for (std::size_t rank = 0; rank < N; ++rank) {
            if (name != names[rank]) continue;
            auto& slot = found[static_cast<std::size_t>(s)];
            if (slot && best_rank <= rank) return true;
            const std::string evidence = fmt::format("meta {}={}", key, quote_value(content));
            if (auto when = parse_metadata_date(content)) {
                slot = date_evidence{*when, date_origin::meta, evidence, line};
                best_rank = rank;
            } else if (!trim(content).empty()) {
                unreadable.push_back({evidence, line});
            }
            return true;
        }
        return false;
    }

    void offer_json_ld(const GumboNode* script) {
        std::string text;
        for (unsigned i = 0; i < script->v.element.children.length; ++i) {
            const auto* child = static_cast<const GumboNode*>(script->v.element.children.data[i]);
            if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA || child->type == GUMBO_NODE_WHITESPACE)
                text += child->v.text.text;
        }
        const auto json = nlohmann::json::parse(text, nullptr, false);
        if (json.is_discarded()) return;
        visit_json(json, script->v.element.start_pos.line, 0);
    }

    void offer_url(std::string_view url) {
        if (url.empty()) return;
        if (const auto day = date_in_url(url))
            offer_found(strength::url, {publication_time{*day, std::nullopt, {}}, date_origin::url,
                                        fmt::format("URL {}", url.substr(0, 300)), 0});
    }

    void offer_written(strength s, std::string_view text, std::string_view what) {
        if (found[static_cast<std::size_t>(s)]) return;
        if (const auto date = find_written_date(text))
            offer_found(s, {date->when, date_origin::byline, fmt::format("{} {}", what, quote_value(text)), 0});
    }

    void offer_byline(const GumboNode* n) {
        auto& slot = found[static_cast<std::size_t>(strength::byline)];
        if (slot) return;
        const std::string text = text_of(n, longest_byline + 1);
        if (text.size() > longest_byline || is_copyright_line(text) || holds_a_list_of_articles(n)) return;
        if (const auto date = find_written_date(text))
            slot = date_evidence{date->when, date_origin::byline, fmt::format("byline {}", quote_value(text)),
                                 n->v.element.start_pos.line};
    }

private:
    static bool is_article_type(const nlohmann::json& type) {
        const auto matches = [](const nlohmann::json& t) {
            if (!t.is_string()) return false;
            const auto& s = t.get_ref<const std::string&>();
            for (const auto a : article_types)
                if (s == a) return true;
            return false;
        };
        if (type.is_array()) {
            for (const auto& t : type)
                if (matches(t)) return true;
            return false;
        }
        return matches(type);
    }

    void visit_json(const nlohmann::json& j, std::size_t line, int depth) {
        if (depth > deepest_json) return;
        if (j.is_array()) {
            for (const auto& item : j) visit_json(item, line, depth + 1);
            return;
        }
        if (!j.is_object()) return;
        const auto published = j.find("datePublished");
        if (published != j.end() && published->is_string()) {
            const auto type = j.find("@type");
            const bool article = type != j.end() && is_article_type(*type);
            std::string type_name = "object";
            if (type != j.end() && type->is_string()) type_name = type->get<std::string>();
            if (type != j.end() && type->is_array() && !type->empty() && type->front().is_string())
                type_name = type->front().get<std::string>();
            const auto& value = published->get_ref<const std::string&>();
            offer(article ? strength::json_ld_article : strength::json_ld_other, date_origin::json_ld, value,
                  fmt::format("JSON-LD {} datePublished={}", type_name.substr(0, 40), quote_value(value)), line, article);
            const auto modified = j.find("dateModified");
            if (article && modified != j.end() && modified->is_string())
                offer_revision(modified->get_ref<const std::string&>(),
                               fmt::format("JSON-LD {} dateModified={}", type_name.substr(0, 40),
                                           quote_value(modified->get_ref<const std::string&>())),
                               line);
        }
        for (const auto& [key, value] : j.items())
            if (value.is_structured()) visit_json(value, line, depth + 1);
    }

    std::size_t meta_rank_ = std::size(publication_meta_names);
    std::size_t dated_meta_rank_ = std::size(dated_meta_names);
};

bool is_byline_element(const GumboNode* n) {
    return class_or_id_contains(n, {"byline", "dateline", "date", "time", "publish", "posted", "meta", "info", "author"});
}

// The text a reader sees, furniture left out, with where the headline starts and ends in it.
struct visible_text {
    std::string text;
    std::size_t headline_begin = std::string::npos;
    std::size_t headline_end = std::string::npos;
    std::string sidebars;  // "Über diesen Artikel: ... wurde am 19. Mai 2010 gepostet" when nothing else dates the page
};

void add_text(visible_text& v, const GumboNode* n) {
    if (v.text.size() < longest_visible_text) v.text += n->v.text.text;
}

// The date nearest the headline: in it or in the lines under it, else in those just above it.
std::optional<written_date> date_near_headline(const visible_text& v) {
    if (v.headline_begin == std::string::npos) return std::nullopt;
    const std::string_view text = v.text;
    const std::size_t end = std::min(text.size(), v.headline_end + headline_window_after);
    if (auto after = find_written_date(text.substr(v.headline_begin, end - v.headline_begin))) {
        after->begin += v.headline_begin;
        after->end += v.headline_begin;
        if (!is_copyright_line(text.substr(after->begin > 24 ? after->begin - 24 : 0, std::min<std::size_t>(after->begin, 24))))
            return after;
    }
    // Above the headline, the last date is the nearest.
    std::optional<written_date> last;
    std::size_t pos = v.headline_begin > headline_window_before ? v.headline_begin - headline_window_before : 0;
    while (pos < v.headline_begin) {
        const auto d = find_written_date(text.substr(pos, v.headline_begin - pos));
        if (!d) break;
        last = written_date{d->when, pos + d->begin, pos + d->end};
        pos += d->end;
    }
    return last;
}

std::string_view span_of(std::string_view text, const written_date& d) { return text.substr(d.begin, d.end - d.begin); }

// A sidebar about the page itself, not a comment thread ("sidebar", "Über diesen Artikel").
bool is_sidebar(const GumboNode* n) {
    return class_or_id_contains(n, {"sidebar"}) && !class_or_id_contains(n, {"comment"});
}

// The publication date as the page's readers saw it: the local day of a UTC time when the page
// shows the local clock time, and the revision's day when the page shows that day and never the
// publication's ("Updated March 14, 2021" on a page first published March 8).
void as_shown_to_readers(date_evidence& chosen, const evidence_collector& c, std::string_view visible_text) {
    if (const auto local = shown_local_time(chosen.when, c.shown_clock_times); local && local->day != chosen.when.day) {
        chosen.evidence += fmt::format(", shown as {}", date::format("%F", local->day));
        chosen.when = *local;
    }
    if (c.revision && c.revision->when.day > chosen.when.day && shows_day(visible_text, c.revision->when.day) &&
        !shows_day(visible_text, chosen.when.day)) {
        chosen = date_evidence{c.revision->when, c.revision->origin,
                               fmt::format("{}, the day the page shows (it never shows the first publication's, {})",
                                           c.revision->evidence, date::format("%F", chosen.when.day)),
                               c.revision->line};
    }
}

}  // namespace

page_date find_page_date(const GumboNode* root, std::string_view canonical_url, const GumboNode* headline,
                         std::string_view title, std::string_view unparsed_page) {
    evidence_collector c;
    visible_text visible;
    walk(root, [&](const GumboNode* n) {
        if (n->type == GUMBO_NODE_DOCUMENT) return true;
        if (n->type == GUMBO_NODE_TEXT) {
            add_text(visible, n);
            return false;
        }
        if (n->type == GUMBO_NODE_WHITESPACE) {  // "am</span> <a>13. März": words stay apart
            if (!visible.text.empty() && visible.text.back() != ' ') visible.text += ' ';
            return false;
        }
        if (!is_element(n)) return false;
        const GumboTag tag = n->v.element.tag;
        if (tag == GUMBO_TAG_META) {
            c.offer_meta(n);
            return false;
        }
        if (tag == GUMBO_TAG_SCRIPT) {
            if (iequals_ascii(trim(attribute(n, "type")), "application/ld+json")) c.offer_json_ld(n);
            return false;
        }
        if (tag == GUMBO_TAG_TITLE) return false;
        if (is_boilerplate(n, furniture_rule::for_dates)) {
            if (is_sidebar(n) && visible.sidebars.size() < longest_visible_text) visible.sidebars += text_of(n, longest_byline * 8) + ' ';
            return false;
        }
        if (!is_inline(n)) visible.text += ' ';
        if (n == headline) {
            visible.headline_begin = visible.text.size();
            visible.headline_end = visible.headline_begin + text_of(n, 4096).size();
        }
        const std::size_t line = n->v.element.start_pos.line;
        if (attribute(n, "itemprop") == "datePublished") {
            const std::string_view value = !attribute(n, "datetime").empty() ? attribute(n, "datetime") : attribute(n, "content");
            if (!value.empty()) {
                c.offer(strength::itemprop, date_origin::time_element, value,
                        fmt::format("itemprop=datePublished {}", quote_value(value)), line, true);
            } else {
                const std::string text = text_of(n, 200);
                if (const auto date = find_written_date(text))
                    c.offer_found(strength::itemprop, {date->when, date_origin::time_element,
                                                       fmt::format("itemprop=datePublished {}", quote_value(text)), line});
            }
        }
        if (attribute(n, "itemprop") == "dateModified") {
            const std::string_view value = !attribute(n, "datetime").empty() ? attribute(n, "datetime") : attribute(n, "content");
            c.offer_revision(value, fmt::format("itemprop=dateModified {}", quote_value(value)), line);
        }
        if (tag == GUMBO_TAG_TIME) {
            const std::string_view value = attribute(n, "datetime");
            if (!value.empty()) {
                c.offer(strength::time_element, date_origin::time_element, value, fmt::format("time datetime={}", quote_value(value)), line, false);
                c.offer_shown_clock_time(value);
            }
        }
        if (is_byline_element(n)) c.offer_byline(n);
        return true;
    });
    c.offer_url(canonical_url);
    if (const auto cued = find_cued_date(visible.text))
        c.offer_found(strength::byline_words, {cued->when, date_origin::byline,
                                               fmt::format("byline {}", quote_value(span_of(visible.text, *cued))), 0});
    if (const auto near = date_near_headline(visible))
        c.offer_found(strength::near_headline,
                      {near->when, date_origin::byline,
                       fmt::format("date by the headline {}", quote_value(span_of(visible.text, *near))), 0});
    c.offer_written(strength::title, title, "title");
    // The last resorts, strongest first, looked at only while nothing dates the page.
    const auto nothing_found = [&c] {
        return std::none_of(c.found.begin(), c.found.end(), [](const auto& slot) { return slot.has_value(); });
    };
    if (nothing_found())
        if (const auto cued = find_cued_date(visible.sidebars))
            c.offer_found(strength::sidebar_byline_words,
                          {cued->when, date_origin::byline,
                           fmt::format("sidebar {}", quote_value(span_of(visible.sidebars, *cued))), 0});
    if (nothing_found()) c.offer_script_data(unparsed_page);

    page_date out;
    out.unreadable = std::move(c.unreadable);
    for (auto& slot : c.found) {
        if (slot) {
            out.found = std::move(slot);
            break;
        }
    }
    if (out.found) as_shown_to_readers(*out.found, c, visible.text);
    return out;
}

}  // namespace dateline::detail
