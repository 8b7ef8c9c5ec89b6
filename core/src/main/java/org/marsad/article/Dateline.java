package org.marsad.article;

import java.util.Optional;

/**
 * The dateline that opens a wire dispatch, e.g. «موسكو-سانا» or «القاهرة (رويترز) -».
 *
 * @param text   the dateline as written (removed from the body)
 * @param place  the place name as written, e.g. «موسكو»
 * @param agency the canonical agency name, e.g. "SANA", "Reuters", or empty when only a place is given
 */
public record Dateline(String text, String place, Optional<String> agency) {}
