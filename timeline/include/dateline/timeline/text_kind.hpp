// What kind of text a document is, where the kinds are tagged by different conventions.
#pragma once

#include <string_view>

namespace dateline {

// A short post (a tweet, a status line): at most 280 bytes of text, one paragraph, and either a
// mark only posts have (a mention, a hashtag, a link, an emoji, an emoticon) or nothing that reads
// as news. News reads so by a wire dateline ("WASHINGTON (AP) -- The ..."), or as a sentence or
// two that begin with a capital, end with a full stop, name someone or something, exclaim and
// ask nothing, and have nobody speaking of themselves outside quotes ("I", "my", "we", "lol").
// Longer items, or items of several paragraphs, are no posts.
bool is_short_post(std::string_view body);

}  // namespace dateline
