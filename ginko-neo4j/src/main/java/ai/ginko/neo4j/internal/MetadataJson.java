package ai.ginko.neo4j.internal;

import ai.ginko.core.GinkoException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Event metadata is stored as one JSON string property: Neo4j properties cannot hold nested maps, and a string
 * keeps the metadata exactly as given. Integers are read back as {@code Long}, as the core API normalises them.
 */
final class MetadataJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .build();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private MetadataJson() {
    }

    static String write(Map<String, Object> metadata) {
        try {
            return MAPPER.writeValueAsString(metadata);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("metadata cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    static Map<String, Object> read(String json) {
        if (json == null || json.isEmpty()) {
            return Map.of();
        }
        try {
            return MAPPER.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new GinkoException("stored event metadata is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
