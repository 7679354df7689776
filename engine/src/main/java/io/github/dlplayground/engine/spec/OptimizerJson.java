package io.github.dlplayground.engine.spec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.dlplayground.engine.optim.OptimizerConfig;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON form of an {@link OptimizerConfig}: its kind and only the hyperparameters that kind reads, e.g.
 * {@code {"kind": "adam", "lr": 0.001, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8, "weight_decay": 0}}.
 * Reading starts from {@link OptimizerConfig#defaults(String)}, so {@code {"kind": "adam"}} is enough; a
 * setting the kind does not read is an error naming it.
 */
final class OptimizerJson {
    private OptimizerJson() {
    }

    static final class Serializer extends JsonSerializer<OptimizerConfig> {
        @Override
        public void serialize(OptimizerConfig config, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("kind", config.kind());
            for (String h : config.hyperparameters()) {
                double v = config.get(h);
                if (Double.isNaN(v)) {
                    continue; // an SGD learning rate not yet given
                }
                gen.writeNumberField(h, v);
            }
            gen.writeEndObject();
        }
    }

    static final class Deserializer extends JsonDeserializer<OptimizerConfig> {
        @Override
        public OptimizerConfig deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = context.readTree(parser);
            return fromTree(node);
        }
    }

    static OptimizerConfig fromTree(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new SpecException("optimizer must be an object such as {\"kind\": \"sgd\", \"lr\": 0.1}");
        }
        JsonNode kind = node.get("kind");
        if (kind == null || !kind.isTextual()) {
            throw new SpecException("optimizer needs a \"kind\": one of " + String.join(", ", OptimizerConfig.KINDS));
        }
        OptimizerConfig config;
        try {
            config = OptimizerConfig.defaults(kind.asText());
        } catch (IllegalArgumentException e) {
            throw new SpecException(e.getMessage(), e);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            if (name.equals("kind")) {
                continue;
            }
            if (!config.hyperparameters().contains(name)) {
                throw new SpecException("optimizer " + config.kind() + " has no setting '" + name + "'; its settings: "
                        + String.join(", ", config.hyperparameters()));
            }
            if (!field.getValue().isNumber()) {
                throw new SpecException("optimizer setting " + name + " must be a number, got " + field.getValue());
            }
            config = config.with(name, field.getValue().doubleValue());
        }
        return config;
    }
}
