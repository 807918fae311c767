// extract_article_text: every paragraph of 30 bytes or more (a <p>, or a run of text directly
// inside a block) scores its parent with its length and its grandparent with half of it, as
// readability does; the best-scored element is the article body, unless the page marks one
// with itemprop="articleBody" that holds text.
#include "html_text.hpp"

#include <unordered_map>
#include <utility>

#include "html_boilerplate.hpp"
#include "html_dom.hpp"
#include "text_scan.hpp"

namespace dateline::detail {
namespace {

constexpr std::size_t shortest_scored_paragraph = 30;
constexpr std::size_t paragraph_limit = 64 * 1024;
constexpr std::size_t shortest_marked_body = 200;

const GumboNode* parent_element(const GumboNode* n) {
    const GumboNode* p = n->parent;
    return p && is_element(p) ? p : nullptr;
}

bool is_block(const GumboNode* n) { return is_element(n) && !is_inline(n); }

// Elements whose direct text runs are scored (a <br>-separated body has no <p>).
bool holds_paragraph_text(const GumboNode* n) {
    switch (n->v.element.tag) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_TD: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY:
        return true;
    default:
        return false;
    }
}

// Scores by element, kept in the order the elements were first scored (the page's order), so
// that ties go to the first and the choice never depends on addresses.
class block_scores {
public:
    void add(const GumboNode* n, std::size_t score) {
        const auto [it, inserted] = index_.try_emplace(n, order_.size());
        if (inserted) order_.emplace_back(n, 0);
        order_[it->second].second += score;
    }

    // A paragraph of `length` bytes: its parent gets the length, the grandparent half of it.
    void add_paragraph(const GumboNode* block, std::size_t length) {
        const GumboNode* parent = parent_element(block);
        if (!parent) return;
        add(parent, length);
        if (const GumboNode* grand = parent_element(parent)) add(grand, length / 2);
    }

    const GumboNode* best() const {
        const GumboNode* best = nullptr;
        std::size_t best_score = 0;
        for (const auto& [node, score] : order_) {
            if (score > best_score) {
                best = node;
                best_score = score;
            }
        }
        return best;
    }

private:
    std::unordered_map<const GumboNode*, std::size_t> index_;
    std::vector<std::pair<const GumboNode*, std::size_t>> order_;
};

const GumboNode* best_scored_block(const GumboNode* root, furniture_rule rule) {
    block_scores scores;
    walk(root, [&](const GumboNode* n) {
        if (n->type == GUMBO_NODE_DOCUMENT) return true;
        if (n->type == GUMBO_NODE_TEXT) {
            const GumboNode* parent = parent_element(n);
            const std::size_t length = trim(n->v.text.text).size();
            if (parent && holds_paragraph_text(parent) && length >= shortest_scored_paragraph) scores.add_paragraph(n, length);
            return false;
        }
        if (!is_element(n) || is_boilerplate(n, rule) || is_element(n, GUMBO_TAG_HEADER)) return false;
        if (is_element(n, GUMBO_TAG_P)) {
            const std::size_t length = text_of(n, paragraph_limit).size();
            if (length >= shortest_scored_paragraph) scores.add_paragraph(n, length);
            return false;
        }
        return true;
    });
    return scores.best();
}

const GumboNode* marked_body(const GumboNode* root) {
    return first_element(root, [](const GumboNode* n) {
        return attribute(n, "itemprop") == "articleBody" &&
               text_of(n, shortest_marked_body * 4).size() >= shortest_marked_body;
    });
}

// Paragraphs of an element: a block element starts and ends one; text and inline elements go
// into the current one. Headings inside the body are paragraphs too; the <h1> is the headline.
class paragraph_collector {
public:
    paragraph_collector(std::vector<std::string>& out, furniture_rule rule) : out_(out), rule_(rule) {}

    void collect(const GumboNode* root) {
        std::vector<std::pair<const GumboNode*, unsigned>> stack{{root, 0u}};
        while (!stack.empty()) {
            auto& [node, next] = stack.back();
            const GumboVector& children = node->v.element.children;
            if (next >= children.length) {
                if (is_block(node)) flush();
                stack.pop_back();
                continue;
            }
            const auto* child = static_cast<const GumboNode*>(children.data[next++]);
            if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE || child->type == GUMBO_NODE_CDATA) {
                if (current_.size() < paragraph_limit) current_ += child->v.text.text;
                continue;
            }
            if (!is_element(child) || is_boilerplate(child, rule_) || is_element(child, GUMBO_TAG_H1) ||
                is_element(child, GUMBO_TAG_FIGURE) || is_element(child, GUMBO_TAG_HEADER))
                continue;
            if (is_element(child, GUMBO_TAG_BR)) {
                flush();
                continue;
            }
            if (is_block(child)) flush();
            stack.emplace_back(child, 0u);
        }
        flush();
    }

private:
    void flush() {
        std::string text = fold_spaces(current_);
        current_.clear();
        if (!text.empty()) out_.push_back(std::move(text));
    }

    std::vector<std::string>& out_;
    furniture_rule rule_;
    std::string current_;
};

const GumboNode* first_h1(const GumboNode* root) {
    return first_element(root, [](const GumboNode* n) { return is_element(n, GUMBO_TAG_H1) && !text_of(n, 1024).empty(); });
}

// The <h1> nearest around the body: the first inside the body's closest ancestor (a few levels
// up) that has one, else the page's first.
const GumboNode* headline_of(const GumboNode* body, const GumboNode* root) {
    constexpr int levels_up = 6;
    int level = 0;
    for (const GumboNode* n = body; n && level < levels_up; n = parent_element(n), ++level)
        if (const GumboNode* h = first_h1(n)) return h;
    return first_h1(root);
}

}  // namespace

article_text extract_article_text(const GumboNode* root) {
    article_text out;
    // Class names are a hint that misleads now and then ("sidebar-off" on the article's own
    // wrapper): when they leave no text, the page is read again by tags alone.
    for (const auto rule : {furniture_rule::tags_and_names, furniture_rule::tags_only}) {
        out.body = marked_body(root);
        if (!out.body) out.body = best_scored_block(root, rule);
        if (out.body) paragraph_collector(out.paragraphs, rule).collect(out.body);
        if (!out.paragraphs.empty()) break;
    }
    out.headline_element = headline_of(out.body, root);
    if (out.headline_element) out.headline = text_of(out.headline_element, 1024);
    return out;
}

}  // namespace dateline::detail
