#include "markup_text.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include "html_dom.hpp"
#include "html_parse.hpp"
#include "text_scan.hpp"

namespace dateline::detail {
namespace {

enum class gap { none, space, line, paragraph };

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

// Before and after every element that is not inline text, a paragraph break; <br> a line break.
gap gap_around(const GumboNode* element) {
    if (is_element(element, GUMBO_TAG_BR)) return gap::line;
    return is_inline(element) ? gap::none : gap::paragraph;
}

// Depth-first without recursion (a fragment nested a million tags deep must not overflow the
// stack), with a step on leaving an element, which detail::walk does not have.
void collect_text(const GumboNode* root, text_builder& out) {
    std::vector<std::pair<const GumboNode*, unsigned>> stack{{root, 0u}};
    while (!stack.empty()) {
        auto& [node, next] = stack.back();
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
            out.text(node->v.text.text);
            stack.pop_back();
            continue;
        }
        const bool element = node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
        if (!element && node->type != GUMBO_NODE_DOCUMENT) {  // a comment
            stack.pop_back();
            continue;
        }
        if (element && next == 0) {
            if (is_hidden_content(node) || is_element(node, GUMBO_TAG_HEAD)) {
                stack.pop_back();
                continue;
            }
            out.separate(gap_around(node));
        }
        const GumboVector& children = element ? node->v.element.children : node->v.document.children;
        if (next < children.length) {
            const auto* child = static_cast<const GumboNode*>(children.data[next++]);
            stack.emplace_back(child, 0u);
            continue;
        }
        if (element) out.separate(gap_around(node));
        stack.pop_back();
    }
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
    const parsed_page page(html);
    text_builder out;
    collect_text(page.root(), out);
    return std::move(out).take();
}

}  // namespace dateline::detail
