package dev.bosun.workflow.oplog.db;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.JSON;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Named values (before/after of a change) as a JSON object in a {@code json} column, which keeps the order in which
 * they were given.
 */
public final class JsonValues {

    private static final JsonMapper JSON_MAPPER = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {};

    private JsonValues() {}

    public static JSON write(Map<String, String> values) {
        return JSON.valueOf(JSON_MAPPER.writeValueAsString(values == null ? Map.of() : values));
    }

    /** Null when the values are empty, for columns where no values means nothing to show. */
    public static JSON writeOrNull(Map<String, String> values) {
        return values == null || values.isEmpty() ? null : write(values);
    }

    public static Map<String, String> read(JSON json) {
        if (json == null || json.data() == null || json.data().isBlank()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(JSON_MAPPER.readValue(json.data(), MAP));
    }
}
