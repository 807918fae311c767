#include "html_parse.hpp"

#include <algorithm>

namespace dateline::detail {
namespace {

constexpr std::size_t block_size = 256 * 1024;
constexpr std::size_t alignment = alignof(std::max_align_t);

}  // namespace

void* parsed_page::allocate(void* self, std::size_t size) {
    auto& page = *static_cast<parsed_page*>(self);
    size = (std::max<std::size_t>(size, 1) + alignment - 1) / alignment * alignment;
    if (size > block_size / 4) {
        // A large buffer gets a block of its own, so that the current block is not wasted.
        page.large_.push_back(std::make_unique_for_overwrite<std::byte[]>(size));
        return page.large_.back().get();
    }
    if (page.blocks_.empty() || page.used_ + size > page.capacity_) {
        page.blocks_.push_back(std::make_unique_for_overwrite<std::byte[]>(block_size));
        page.used_ = 0;
        page.capacity_ = block_size;
    }
    void* p = page.blocks_.back().get() + page.used_;
    page.used_ += size;
    return p;
}

parsed_page::parsed_page(std::string_view html) {
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = &parsed_page::allocate;
    options.deallocator = &parsed_page::deallocate;
    options.userdata = this;
    options.max_errors = 0;  // parse errors are not used; recording them costs memory
    output_ = gumbo_parse_with_options(&options, html.data(), html.size());
}

}  // namespace dateline::detail
