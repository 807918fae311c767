#include "dateline/timeline/feed_reader.hpp"

#include <algorithm>
#include <array>
#include <sstream>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "dateline/timeline/metadata_date.hpp"
#include "markup_text.hpp"
#include "text_scan.hpp"

namespace dateline {
namespace {

enum class feed_kind { rss, atom };

struct feed_shape {
    feed_kind kind;
    pugi::xml_node channel;  // where the feed's title is
    pugi::xml_node items;    // whose <item> or <entry> children are the articles
};

std::string_view local_name(const char* name) {
    const std::string_view n(name);
    const std::size_t colon = n.find(':');
    return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

std::optional<feed_shape> shape_of(const pugi::xml_node root) {
    const std::string_view name = local_name(root.name());
    if (name == "rss") return feed_shape{feed_kind::rss, root.child("channel"), root.child("channel")};
    if (name == "RDF") return feed_shape{feed_kind::rss, root.child("channel"), root};
    if (name == "feed") return feed_shape{feed_kind::atom, root, root};
    return std::nullopt;
}

// The character data directly inside an element (text and CDATA sections, joined).
std::string text_in(const pugi::xml_node element) {
    std::string out;
    for (const pugi::xml_node child : element.children())
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) out += child.value();
    return out;
}

// The first child element with one of these names that holds any text, and that text.
struct named_text {
    std::string_view name;
    std::string text;
    pugi::xml_node element;
};
named_text first_text(const pugi::xml_node item, std::initializer_list<std::string_view> names) {
    for (const std::string_view name : names) {
        for (const pugi::xml_node child : item.children()) {
            if (std::string_view(child.name()) != name) continue;
            std::string text = text_in(child);
            if (!detail::trim(text).empty() || child.first_child().type() == pugi::node_element)
                return {name, std::move(text), child};
        }
    }
    return {};
}

// Atom content type="xhtml" holds elements, not text: they are written out and read as HTML.
std::string markup_inside(const pugi::xml_node element) {
    std::ostringstream out;
    for (const pugi::xml_node child : element.children()) child.print(out, "", pugi::format_raw);
    return out.str();
}

std::string plain_text(const named_text& body) {
    const std::string_view type = body.element.attribute("type").value();
    if (type == "xhtml") return detail::text_of_markup(markup_inside(body.element));
    if (type == "text") return std::string(detail::trim(body.text));
    return detail::looks_like_markup(body.text) ? detail::text_of_markup(body.text) : std::string(detail::trim(body.text));
}

std::string link_of(const pugi::xml_node item, feed_kind kind) {
    if (kind == feed_kind::rss) return std::string(detail::trim(text_in(item.child("link"))));
    for (const pugi::xml_node link : item.children("link")) {
        const std::string_view rel = link.attribute("rel").value();
        if (rel.empty() || rel == "alternate") return link.attribute("href").value();
    }
    return {};
}

std::string title_of(const pugi::xml_node node) {
    const std::string title = text_in(node.child("title"));
    return detail::looks_like_markup(title) ? detail::text_of_markup(title) : std::string(detail::fold_spaces(title));
}

// Line numbers of item offsets, counted forward from the last one (items come in file order).
class line_counter {
public:
    explicit line_counter(std::string_view bytes) : bytes_(bytes) {}
    std::size_t line_at(std::ptrdiff_t offset) {
        if (offset < 0) return 0;  // not known (the parser converted the encoding)
        const auto at = std::min(static_cast<std::size_t>(offset), bytes_.size());
        if (at < pos_) return 0;
        for (; pos_ < at; ++pos_)
            if (bytes_[pos_] == '\n') ++line_;
        return line_;
    }

private:
    std::string_view bytes_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
};

// A declared single-byte Western encoding is read as Latin-1; anything else as UTF-8.
pugi::xml_encoding declared_encoding(std::string_view bytes) {
    const std::string head = detail::to_lower_ascii(bytes.substr(0, std::min<std::size_t>(bytes.size(), 200)));
    if (!head.starts_with("<?xml")) return pugi::encoding_auto;
    const std::size_t end = head.find("?>");
    const std::string_view declaration = std::string_view(head).substr(0, end);
    for (const std::string_view name : {"iso-8859-1", "latin1", "latin-1", "windows-1252", "cp1252"})
        if (declaration.find(name) != std::string_view::npos) return pugi::encoding_latin1;
    return pugi::encoding_auto;
}

std::string lower_first(std::string s) {
    if (!s.empty()) s[0] = detail::to_lower_ascii(s[0]);
    return s;
}

struct item_reader {
    std::string_view file;
    feed_kind kind;
    std::string source;
    articles_result& out;

    void read(const pugi::xml_node item, std::size_t line) {
        const auto error = [&](std::string message) {
            out.diagnostics.push_back({severity::error, std::string(file), line, 0, std::move(message)});
        };
        const named_text body = kind == feed_kind::rss ? first_text(item, {"content:encoded", "description"})
                                                       : first_text(item, {"content", "summary"});
        document doc;
        doc.path = line > 0 ? fmt::format("{}:{}", file, line) : std::string(file);
        doc.content = body.name.empty() ? std::string() : plain_text(body);
        if (detail::trim(doc.content).empty()) {
            error(kind == feed_kind::rss ? "feed item has no text (no content:encoded or description)"
                                         : "feed entry has no text (no content or summary)");
            return;
        }
        const named_text date = kind == feed_kind::rss ? first_text(item, {"pubDate", "dc:date"})
                                                       : first_text(item, {"published", "updated", "issued", "modified"});
        if (!date.name.empty()) {
            const std::string_view written = detail::trim(date.text);
            doc.published = parse_metadata_date(written);
            if (!doc.published) {
                error(fmt::format("cannot read publication date \"{}\" in <{}>", written, date.name));
                return;
            }
            doc.published_from = date_origin::feed;
            doc.published_evidence = fmt::format("feed <{}>{}</{}>", date.name, written, date.name);
        }
        doc.title = title_of(item);
        doc.url = link_of(item, kind);
        doc.source = source;
        out.documents.push_back(std::move(doc));
    }
};

}  // namespace

articles_result read_feed(std::string_view file, std::string_view bytes) {
    articles_result out;
    pugi::xml_document xml;
    const pugi::xml_parse_result parsed =
        xml.load_buffer(bytes.data(), bytes.size(), pugi::parse_default, declared_encoding(bytes));
    line_counter lines(bytes);
    if (!parsed) {
        diagnostic d{severity::error, std::string(file), 0, 0, "not an XML feed: " + lower_first(parsed.description())};
        // Text with no element at all has no place worth pointing at.
        if (parsed.status != pugi::status_no_document_element) {
            const auto at = detail::locate(bytes, 0, std::clamp<std::size_t>(static_cast<std::size_t>(std::max<std::ptrdiff_t>(parsed.offset, 0)), 0, bytes.size()));
            d.line = at.line;
            d.column = at.column;
        }
        out.diagnostics.push_back(std::move(d));
        return out;
    }
    const pugi::xml_node root = xml.document_element();
    const std::optional<feed_shape> shape = shape_of(root);
    if (!shape) {
        out.diagnostics.push_back({severity::error, std::string(file), 0, 0,
                                   fmt::format("not an RSS or Atom feed (its root element is <{}>)", root.name())});
        return out;
    }
    item_reader reader{file, shape->kind, title_of(shape->channel), out};
    const char* item_name = shape->kind == feed_kind::rss ? "item" : "entry";
    std::size_t items = 0;
    for (const pugi::xml_node item : shape->items.children(item_name)) {
        ++items;
        reader.read(item, lines.line_at(item.offset_debug()));
    }
    if (items == 0)
        out.diagnostics.push_back({severity::warning, std::string(file), 0, 0,
                                   fmt::format("the feed has no <{}>; nothing to read", item_name)});
    return out;
}

}  // namespace dateline
