package dev.bosun.workflow.oplog.db;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.JSONB;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Named values (before/after of a change) in a {@code jsonb} column. They are stored as an array of
 * {@code [name, value]} pairs, because a jsonb object forgets the order its keys were given in, and people read
 * "bid, then budget" in the order the module chose.
 */
public final class JsonValues {

    private static final JsonMapper JSON_MAPPER = JsonMapper.builder().build();
    private static final TypeReference<List<List<String>>> PAIRS = new TypeReference<>() {};

    private JsonValues() {}

    public static JSONB write(Map<String, String> values) {
        List<List<String>> pairs = new ArrayList<>();
        if (values != null) {
            values.forEach((name, value) -> pairs.add(List.of(name, value == null ? "" : value)));
        }
        return JSONB.valueOf(JSON_MAPPER.writeValueAsString(pairs));
    }

    /** Null when the values are empty, for columns where no values means nothing to show. */
    public static JSONB writeOrNull(Map<String, String> values) {
        return values == null || values.isEmpty() ? null : write(values);
    }

    public static Map<String, String> read(JSONB json) {
        if (json == null || json.data() == null || json.data().isBlank()) {
            return Map.of();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (List<String> pair : JSON_MAPPER.readValue(json.data(), PAIRS)) {
            if (pair.size() == 2) {
                values.put(pair.get(0), pair.get(1));
            }
        }
        return Collections.unmodifiableMap(values);
    }
}
