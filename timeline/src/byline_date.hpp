// The publication date in a page's own words: a date right after a word that says it is one
// ("Published 24 April 2025", "Veröffentlicht am 24.04.2025", "Erschienen am: 01.11.2023",
// "Publié le 24 avril 2025", "Pubblicato il 24 aprile 2025", "Publicado el 24 de abril de 2025").
// Words that name a later change ("Updated", "Aktualisiert", "Mis à jour") are no such word.
#pragma once

#include <optional>
#include <string_view>

#include "dateline/timeline/metadata_date.hpp"

namespace dateline::detail {

// The first such date in `text` (a page's visible text); begin and end span the words and the
// date ("Veröffentlicht am 24.04.2025", "19. Mai 2010 um 23:03 Uhr gepostet").
std::optional<written_date> find_cued_date(std::string_view text);

}  // namespace dateline::detail
