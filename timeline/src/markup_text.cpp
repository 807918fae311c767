#include "markup_text.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include <gumbo.h>

#include "text_scan.hpp"

namespace dateline::detail {
namespace {

enum class gap { none, space, line, paragraph };

bool is_skipped(GumboTag tag) {
    return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT ||
           tag == GUMBO_TAG_TEMPLATE || tag == GUMBO_TAG_HEAD || tag == GUMBO_TAG_IFRAME;
}

bool is_block(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_HR:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_ASIDE: case GUMBO_TAG_NAV:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_ADDRESS:
        return true;
    default:
        return false;
    }
}

class text_builder {
public:
    void separate(gap g) {
        if (!out_.empty()) pending_ = std::max(pending_, g);
    }

    void text(std::string_view s) {
        for (const char c : s) {
            if (is_ascii_space(c)) {
                separate(gap::space);
                continue;
            }
            switch (pending_) {
            case gap::none: break;
            case gap::space: out_ += ' '; break;
            case gap::line: out_ += '\n'; break;
            case gap::paragraph: out_ += "\n\n"; break;
            }
            pending_ = gap::none;
            out_ += c;
        }
    }

    std::string take() && { return std::move(out_); }

private:
    std::string out_;
    gap pending_ = gap::none;
};

// Depth-first without recursion: a page nested a million tags deep must not overflow the stack.
void collect_text(const GumboNode* root, text_builder& out) {
    struct frame {
        const GumboNode* node;
        unsigned next_child;
    };
    std::vector<frame> stack{{root, 0}};
    while (!stack.empty()) {
        frame& top = stack.back();
        const GumboNode* node = top.node;
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
            out.text(node->v.text.text);
            stack.pop_back();
            continue;
        }
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT && node->type != GUMBO_NODE_TEMPLATE) {
            stack.pop_back();  // comments
            continue;
        }
        const bool element = node->type != GUMBO_NODE_DOCUMENT;
        const GumboTag tag = element ? node->v.element.tag : GUMBO_TAG_UNKNOWN;
        const GumboVector& children = element ? node->v.element.children : node->v.document.children;
        if (top.next_child == 0) {
            if (element && is_skipped(tag)) {
                stack.pop_back();
                continue;
            }
            if (tag == GUMBO_TAG_BR) out.separate(gap::line);
            if (is_block(tag)) out.separate(gap::paragraph);
        }
        if (top.next_child < children.length) {
            const auto* child = static_cast<const GumboNode*>(children.data[top.next_child++]);
            stack.push_back({child, 0});
            continue;
        }
        if (is_block(tag)) out.separate(gap::paragraph);
        stack.pop_back();
    }
}

// Gumbo frees its tree recursively, so a fragment of a hundred thousand nested tags would overflow
// the stack. A fragment with more tags than any article has is stripped of its tags by hand.
constexpr std::size_t most_tags_for_gumbo = 20000;

std::size_t count_tags(std::string_view html) {
    std::size_t n = 0;
    for (std::size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1))
        if (i + 1 < html.size() && is_ascii_alpha(html[i + 1])) ++n;
    return n;
}

std::string without_tags(std::string_view html) {
    text_builder out;
    std::size_t i = 0;
    while (i < html.size()) {
        const std::size_t open = html.find('<', i);
        out.text(html.substr(i, open == std::string_view::npos ? std::string_view::npos : open - i));
        if (open == std::string_view::npos) break;
        const std::size_t close = html.find('>', open);
        out.separate(gap::space);
        i = close == std::string_view::npos ? html.size() : close + 1;
    }
    return std::move(out).take();
}

}  // namespace

bool looks_like_markup(std::string_view text) {
    for (std::size_t at = text.find('<'); at != std::string_view::npos; at = text.find('<', at + 1)) {
        std::size_t i = at + 1;
        if (i < text.size() && (text[i] == '/' || text[i] == '!')) ++i;
        const std::size_t name = i;
        while (i < text.size() && is_ascii_alnum(text[i]) && i - name < 12) ++i;
        if (i == name || i >= text.size()) continue;
        if (text[i] == '>' || text[i] == '/' || text[i] == ' ' || text[i] == '\n' || text[i] == '-') return true;
    }
    return false;
}

std::string text_of_markup(std::string_view html) {
    if (count_tags(html) > most_tags_for_gumbo) return without_tags(html);
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;  // the parse errors of a fragment are of no use here
    GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
    text_builder out;
    collect_text(output->document, out);
    gumbo_destroy_output(&options, output);
    return std::move(out).take();
}

}  // namespace dateline::detail
