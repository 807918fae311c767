#include "line_reader.hpp"

#include <algorithm>
#include <utility>

namespace dateline::cli {
namespace {

constexpr std::size_t read_step = std::size_t{1} << 20;

}  // namespace

line_reader::line_reader(input_file& in, std::size_t max_line_bytes, std::string already_read)
    : in_(in), max_line_bytes_(max_line_bytes), buffer_(std::move(already_read)) {}

bool line_reader::read_more() {
    // What is left is part of one line, at most the limit: moving it to the front is cheap.
    buffer_.erase(0, begin_);
    begin_ = 0;
    return in_.read_some(buffer_, read_step) > 0;
}

std::size_t line_reader::skip_rest_of_line() {
    std::size_t length = buffer_.size() - begin_;
    buffer_.clear();
    begin_ = 0;
    scanned_ = 0;
    while (in_.read_some(buffer_, read_step) > 0) {
        const std::size_t newline = buffer_.find('\n');
        if (newline != std::string::npos) {
            length += newline;
            begin_ = newline + 1;
            return length;
        }
        length += buffer_.size();
        buffer_.clear();
    }
    return length;
}

line_reader::next_line line_reader::next() {
    for (;;) {
        const std::size_t newline = buffer_.find('\n', begin_ + scanned_);
        if (newline != std::string::npos) {
            const std::string_view text(buffer_.data() + begin_, newline - begin_);
            begin_ = newline + 1;
            scanned_ = 0;
            if (text.size() > max_line_bytes_) return {kind::overlong, {}, text.size()};
            return {kind::line, text, 0};
        }
        scanned_ = buffer_.size() - begin_;
        if (scanned_ > max_line_bytes_) return {kind::overlong, {}, skip_rest_of_line()};
        if (!read_more()) break;
    }
    if (begin_ == buffer_.size() || in_.error()) return {};
    // The last line, without a line break at its end.
    const std::string_view text(buffer_.data() + begin_, buffer_.size() - begin_);
    begin_ = buffer_.size();
    scanned_ = 0;
    if (text.size() > max_line_bytes_) return {kind::overlong, {}, text.size(), false};
    return {kind::line, text, 0, false};
}

}  // namespace dateline::cli
