package dev.bosun.amazon;

import tools.jackson.databind.JsonNode;

/**
 * One element of a top-level array of a JSON document report (one search term, one ASIN, one marketplace's
 * metrics): the unit a problem rejects, as a row is in a table. A problem recorded with {@link ReportContent#reject}
 * at a path inside the element ({@code path() + ".clickShare"}) rejects this element alone; under --lenient the
 * others are imported.
 *
 * @param path the element's path without the leading {@code $.}, e.g. {@code dataByDepartmentAndSearchTerm[12]}
 * @param index the 0-based position in its array
 * @param node the element as read
 */
public record DocumentElement(String path, int index, JsonNode node) {}
